"""Import indicator values from a survey export: preview, then apply in one transaction.

The mapping of an export's columns is remembered in the plan (a MonitoringImportMap per form),
not in a file beside it: it travels with the plan to the colleague who imports next month's
export, syncs with a team plan, and is in the audit trail like any other change.

Each value keeps the submission it came from (`uuid:<the submission's _uuid>` as its source),
so importing the same export again, or a later export that repeats earlier submissions, adds
only what is new. Without a submission column a value equal to one already in the plan (same
indicator, date and value) counts as already imported.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import delete as sa_delete
from sqlalchemy import insert, select, update

from transition_planner.exchange import monitoring_csv as survey
from transition_planner.exchange.matrix import fold
from transition_planner.i18n import N_, translator
from transition_planner.services import records
from transition_planner.services.errors import ServiceError
from transition_planner.services.plans import PlanHandle, plan_info
from transition_planner.store.models import (
    AuditEntry,
    IndicatorValue,
    Location,
    MonitoringImportMap,
    ProtectionIndicator,
    new_id,
)
from transition_planner.store.types import utcnow

UUID_SOURCE = "uuid:"


@dataclass(frozen=True)
class NewValue:
    """A value the import adds."""

    row: int
    indicator_id: str
    indicator: str
    location: str
    measured_on: date
    value: float
    uuid: str = ""

    @property
    def source(self) -> str:
        return UUID_SOURCE + self.uuid if self.uuid else ""


@dataclass(frozen=True)
class RefusedRow:
    """A row of the export that is not imported, and why (a catalogue message)."""

    row: int
    message: str
    params: dict = field(default_factory=dict)

    def word(self, t=None) -> str:
        t = translator(t) if not hasattr(t, "gettext") else t
        text = t.gettext(self.message)
        return text % self.params if self.params else text


@dataclass
class MonitoringPreview:
    """What importing an export would add; nothing is written until it is applied."""

    source: str
    plan_id: str
    form: str
    headers: list[str]
    columns: survey.ColumnMap
    remembered: bool  # the columns came from the plan's mapping of this form
    added: list[NewValue]
    refused: list[RefusedRow]
    already: int = 0  # values already in the plan (the same submission imported before)
    blank: int = 0  # rows without any value

    def to_json(self, t=None) -> dict:
        return {
            "source": self.source, "form": self.form, "remembered": self.remembered,
            "columns": self.columns.to_json(),
            "added": [{"row": v.row, "indicator_id": v.indicator_id, "indicator": v.indicator,
                       "location": v.location, "date": v.measured_on.isoformat(),
                       "value": v.value, "uuid": v.uuid} for v in self.added],
            "refused": [{"row": r.row, "reason": r.word(t)} for r in self.refused],
            "already_imported": self.already, "blank": self.blank,
        }


# --- the remembered mappings ----------------------------------------------------------------


def remembered_map(handle: PlanHandle, headers: list[str], form: str = ""
                   ) -> tuple[str, survey.ColumnMap] | None:
    """The plan's mapping for an export with these headers: the one made on the same headers,
    else the form's (by name) or any whose columns are all in this file."""
    with handle.read() as session:
        maps = list(session.execute(select(MonitoringImportMap)).scalars())
    usable = [(m, survey.ColumnMap.from_json(m.columns)) for m in maps]
    usable = [(m, c) for m, c in usable if not c.problems(headers)]
    for test in (lambda m: m.headers == headers, lambda m: m.name == form, lambda m: True):
        for m, columns in usable:
            if test(m):
                return m.name, columns
    return None


def columns_for(handle: PlanHandle, path) -> tuple[survey.SurveyFile, str, survey.ColumnMap,
                                                   bool]:
    """The export read, its form's name, and the columns to use: remembered, else guessed."""
    data = survey.read_survey_file(path)
    form = survey.form_name(data.name)
    found = remembered_map(handle, data.headers, form)
    if found:
        return data, found[0], found[1], True
    return data, form, survey.guess_map(data.headers, indicator_names(handle)), False


def indicator_names(handle: PlanHandle) -> list[str]:
    with handle.read() as session:
        return sorted(set(session.execute(select(ProtectionIndicator.name)).scalars()))


# --- the preview ----------------------------------------------------------------------------


def preview_values_import(handle: PlanHandle, path, columns: survey.ColumnMap | None = None,
                          form: str | None = None) -> MonitoringPreview:
    """What importing the export at `path` would add, with the rows refused and why.

    `columns`: the mapping to use (None: the plan's remembered one for this export, else a
    guess from the headers). Raises SurveyFileError when the file or the mapping cannot be
    used at all."""
    data, found_form, found, remembered = columns_for(handle, path)
    if columns is not None:
        remembered = remembered and columns == found
    columns = columns if columns is not None else found
    problems = columns.problems(data.headers)
    if problems:
        raise survey.SurveyFileError(
            N_("%(file)s cannot be imported with these columns: %(problems)s."),
            file=data.name, problems="; ".join(
                translator(None).gettext(m) % p if p else translator(None).gettext(m)
                for m, p in problems))
    with handle.read() as session:
        reader = _RowReader(session, data, columns)
    preview = MonitoringPreview(data.name, plan_info(handle).id, form or found_form,
                                data.headers, columns, remembered, [], [])
    reader.read(preview)
    return preview


class _RowReader:
    """Reads every row against the plan's places, indicators and values (read once)."""

    def __init__(self, session, data: survey.SurveyFile, columns: survey.ColumnMap):
        self.data, self.columns = data, columns
        self.index = {h: i for i, h in enumerate(data.headers)}
        places = session.execute(select(Location.id, Location.name, Location.pcode,
                                        Location.parent_id)).all()
        self.place_names = {p.id: p.name for p in places}
        self.by_pcode = {fold(p.pcode): p.id for p in places if p.pcode}
        self.by_name: dict[str, list] = {}
        for p in places:
            self.by_name.setdefault(fold(p.name), []).append(p)
        self.indicators: dict[str, list] = {}  # folded name -> [(id, name, location_id)]
        self.at_place: dict[tuple[str, str], list] = {}  # (folded name, location id) -> same
        for ind in session.execute(select(ProtectionIndicator.id, ProtectionIndicator.name,
                                          ProtectionIndicator.location_id)).all():
            self.indicators.setdefault(fold(ind.name), []).append(ind)
            self.at_place.setdefault((fold(ind.name), ind.location_id), []).append(ind)
        self.by_uuid, self.same = {}, set()
        for v in session.execute(select(IndicatorValue.indicator_id, IndicatorValue.source,
                                        IndicatorValue.measured_on, IndicatorValue.value)):
            if v.source.startswith(UUID_SOURCE):
                self.by_uuid[(v.indicator_id, v.source[len(UUID_SOURCE):])] = (
                    v.measured_on, v.value)
            self.same.add((v.indicator_id, v.measured_on, v.value))

    def cell(self, cells: list, column: str):
        i = self.index[column]
        return cells[i] if i < len(cells) else ""

    def read(self, preview: MonitoringPreview) -> None:
        try:
            order = survey.date_order([self.cell(c, self.columns.date)
                                       for _n, c in self.data.rows
                                       if len(c) == len(self.data.headers)])
        except survey.CellRefused as exc:
            preview.refused = [RefusedRow(n, exc.message, exc.params) for n, _c in self.data.rows]
            return
        uuids: dict[str, int] = {}
        for number, cells in self.data.rows:
            try:
                found = self.row(number, cells, order, uuids)
                old = [self.already(value) for value in found]
            except survey.CellRefused as exc:
                preview.refused.append(RefusedRow(number, exc.message, exc.params))
                continue
            if not found:
                preview.blank += 1
            preview.already += sum(old)
            preview.added += [v for v, was in zip(found, old, strict=True) if not was]

    def row(self, number: int, cells: list, order, uuids: dict) -> list[NewValue]:
        width = len(self.data.headers)
        if self.data.delimiter and len(cells) != width:
            raise survey.CellRefused(
                N_("the row has %(cells)s cells where the header has %(columns)s (is it "
                   "separated by another character?)"), cells=len(cells), columns=width)
        measured = [(column, survey.read_number(self.cell(cells, column), column,
                                                self.data.decimal), name)
                    for column, name in self._value_columns(cells)]
        measured = [m for m in measured if m[1] is not None]
        if not measured:
            return []
        uuid = str(self.cell(cells, self.columns.uuid)).strip() if self.columns.uuid else ""
        uuid = uuid.removeprefix("uuid:")
        if uuid:
            if uuid in uuids:
                raise survey.CellRefused(N_("the submission %(uuid)s is also row %(row)s"),
                                         uuid=uuid, row=uuids[uuid])
            uuids[uuid] = number
        day = survey.read_date(self.cell(cells, self.columns.date), order)
        place = self.place(cells)
        return [NewValue(number, ind.id, ind.name, self.place_names.get(ind.location_id, ""),
                         day, value, uuid)
                for column, value, name in measured
                for ind in [self.indicator(name, place)]]

    def _value_columns(self, cells: list) -> list[tuple[str, str]]:
        if self.columns.values:
            return list(self.columns.values.items())
        name = str(self.cell(cells, self.columns.indicator)).strip()
        if not name:
            raise survey.CellRefused(N_("no indicator named in the column '%(column)s'"),
                                     column=self.columns.indicator)
        return [(self.columns.value, name)]

    def place(self, cells: list) -> str | None:
        if not self.columns.location:
            return None
        text = str(self.cell(cells, self.columns.location)).strip()
        if not text:
            raise survey.CellRefused(N_("no location"))
        if fold(text) in self.by_pcode:
            return self.by_pcode[fold(text)]
        named = self.by_name.get(fold(text), [])
        if len(named) == 1:
            return named[0].id
        if not named:
            raise survey.CellRefused(N_("unknown location '%(text)s' (neither a P-code nor "
                                        "the name of a place of the plan)"), text=text)
        raise survey.CellRefused(
            N_("'%(text)s' names %(count)s places: %(candidates)s; use the P-code"),
            text=text, count=len(named), candidates="; ".join(
                self._describe(p) for p in sorted(named, key=lambda p: (p.pcode, p.id))))

    def _describe(self, p) -> str:
        inside = self.place_names.get(p.parent_id, "")
        return ", ".join(x for x in (p.name, p.pcode, inside) if x)

    def indicator(self, name: str, place: str | None):
        found = (self.indicators.get(fold(name), []) if place is None
                 else self.at_place.get((fold(name), place), []))
        if len(found) == 1:
            return found[0]
        where = self.place_names.get(place, "") if place else ""
        if not found and where:
            raise survey.CellRefused(N_("no indicator '%(name)s' at %(place)s"), name=name,
                                     place=where)
        if not found:
            raise survey.CellRefused(N_("no indicator '%(name)s' in this plan"), name=name)
        raise survey.CellRefused(
            N_("%(count)s indicators are named '%(name)s' (at %(places)s): map a location "
               "column"), count=len(found), name=name,
            places=", ".join(sorted(self.place_names.get(i.location_id, "") for i in found)))

    def already(self, value: NewValue) -> bool:
        if value.uuid:
            before = self.by_uuid.get((value.indicator_id, value.uuid))
            if before is None:
                return False
            if before != (value.measured_on, value.value):
                raise_edited(value, before)
            return True
        return (value.indicator_id, value.measured_on, value.value) in self.same


def raise_edited(value: NewValue, before) -> None:
    raise survey.CellRefused(
        N_("the submission %(uuid)s was imported before with %(old)s on %(old_date)s; edit "
           "that value in the plan"), uuid=value.uuid, old=f"{before[1]:g}",
        old_date=before[0].isoformat())


# --- applying -------------------------------------------------------------------------------


def apply_values_import(handle: PlanHandle, preview: MonitoringPreview,
                        skip_refused: bool = False) -> list[str]:
    """Add the preview's values and remember its mapping, in one transaction; returns the
    ids of the values added. Refused rows stop the import unless `skip_refused` (the person
    saw them in the preview and chose to leave them out)."""
    if preview.refused and not skip_refused:
        raise ServiceError(N_("%(count)s row(s) of %(file)s are refused (see the preview). "
                              "Nothing was imported."), count=len(preview.refused),
                           file=preview.source)
    if not preview.added:
        raise ServiceError(N_("%(file)s holds no value to add. Nothing was imported."),
                           file=preview.source)
    if plan_info(handle).id != preview.plan_id:
        raise ServiceError(N_("This preview was made for another plan. Nothing was "
                              "imported."))
    values, entries = _rows(handle.user, preview)
    with handle.action() as session:
        _refuse_changed_since(session, preview)
        # two INSERTs of many rows, not a flush per value: 24,000 values took 20 s one by one
        session.execute(insert(IndicatorValue.__table__), values)
        session.execute(insert(AuditEntry.__table__), entries)
        _remember(session, handle.user, preview)
    return [row["id"] for row in values]


def _rows(user: str, preview: MonitoringPreview) -> tuple[list[dict], list[dict]]:
    """The values' rows and their audit entries, as records.add would note them."""
    values, entries, now = [], [], utcnow()
    for v in preview.added:
        row = {"id": new_id(), "created_at": now, "updated_at": now, "version": 1,
               "indicator_id": v.indicator_id, "measured_on": v.measured_on,
               "value": v.value, "source": v.source}
        values.append(row)
        entries.append({
            "id": new_id(), "at": now, "user": user, "action": records.CREATE,
            "record_type": IndicatorValue.__tablename__, "record_id": row["id"],
            "record_label": f"{v.indicator} {v.measured_on}",
            "changes": {k: [None, records.jsonable(row[k])]
                        for k in ("indicator_id", "measured_on", "value", "source")},
            "snapshot": None, "source": preview.source, "restored_at": None,
            "record_version": 1,
        })
    return values, entries


def _refuse_changed_since(session, preview: MonitoringPreview) -> None:
    """An indicator deleted, or the submission imported by someone else, since the preview."""
    wanted = {v.indicator_id for v in preview.added}
    present = set(session.execute(select(ProtectionIndicator.id).where(
        ProtectionIndicator.id.in_(wanted))).scalars())
    sources = {(i, s) for i, s in session.execute(select(
        IndicatorValue.indicator_id, IndicatorValue.source).where(
        IndicatorValue.indicator_id.in_(wanted), IndicatorValue.source != ""))}
    if wanted - present or any(v.uuid and (v.indicator_id, v.source) in sources
                               for v in preview.added):
        raise ServiceError(N_("The plan changed since the preview of %(file)s. Nothing was "
                              "imported: preview it again."), file=preview.source)


def _remember(session, user: str, preview: MonitoringPreview) -> None:
    columns = preview.columns.to_json()
    found = session.execute(select(MonitoringImportMap).where(
        MonitoringImportMap.name == preview.form)).scalar_one_or_none()
    if found is None:
        records.add(session, user, MonitoringImportMap(
            name=preview.form, headers=list(preview.headers), columns=columns),
            preview.form, preview.source)
    elif found.columns != columns or found.headers != preview.headers:
        records.update(session, user, found, {"headers": list(preview.headers),
                                              "columns": columns}, preview.form,
                       preview.source)


def _chunks(items: list, size: int = 500):
    for k in range(0, len(items), size):
        yield items[k:k + size]


def remove_values(handle: PlanHandle, value_ids: list[str]) -> list[str]:
    """Delete imported values in one action (undoing an import), each with its restorable
    tombstone as records.delete keeps it; returns the tombstones' ids."""
    table = IndicatorValue.__table__
    with handle.action() as session:
        rows = [dict(r._mapping) for chunk in _chunks(value_ids) for r in session.execute(
            select(table).where(table.c.id.in_(chunk)))]
        for chunk in _chunks(value_ids):
            session.execute(sa_delete(table).where(table.c.id.in_(chunk)))
        now, entries = utcnow(), []
        for row in rows:
            values = {k: records.jsonable(v) for k, v in row.items()}
            entries.append({
                "id": new_id(), "at": now, "user": handle.user, "action": records.DELETE,
                "record_type": table.name, "record_id": row["id"],
                "record_label": str(row["measured_on"]), "changes": {},
                "snapshot": {"rows": [[table.name, values]]}, "source": "",
                "restored_at": None, "record_version": row["version"]})
        if entries:
            session.execute(insert(AuditEntry.__table__), entries)
    return [e["id"] for e in entries]


def restore_values(handle: PlanHandle, tombstones: list[str]) -> None:
    """Bring values removed by remove_values back with their ids, in one action (redoing
    an import); refused, with nothing changed, when one's indicator was deleted since."""
    table, audit = IndicatorValue.__table__, AuditEntry.__table__
    with handle.action() as session:
        entries = [r for chunk in _chunks(tombstones) for r in session.execute(
            select(audit.c.id, audit.c.record_label, audit.c.snapshot, audit.c.record_type,
                   audit.c.record_id).where(audit.c.id.in_(chunk),
                                            audit.c.restored_at.is_(None)))]
        rows = [records._from_json(table.name, e.snapshot["rows"][0][1]) for e in entries]
        wanted = {r["indicator_id"] for r in rows}
        present = {i for chunk in _chunks(list(wanted)) for i in session.execute(
            select(ProtectionIndicator.id).where(ProtectionIndicator.id.in_(chunk))).scalars()}
        for entry, row in zip(entries, rows, strict=True):
            if row["indicator_id"] not in present:
                raise ServiceError(
                    N_("'%(label)s' cannot come back: the %(missing)s it belongs to was "
                       "deleted since. Restore that first."), label=entry.record_label,
                    missing=ProtectionIndicator.__tablename__)
        if not rows:
            return
        now = utcnow()
        session.execute(insert(table), rows)
        for chunk in _chunks([e.id for e in entries]):
            session.execute(update(audit).where(audit.c.id.in_(chunk)).values(restored_at=now))
        session.execute(insert(audit), [{
            "id": new_id(), "at": now, "user": handle.user, "action": records.RESTORE,
            "record_type": e.record_type, "record_id": e.record_id,
            "record_label": e.record_label, "changes": {}, "snapshot": None, "source": "",
            "restored_at": None, "record_version": None} for e in entries])


# --- naming records as a person types them (the command line) ------------------------------


def find_location(handle: PlanHandle, text: str) -> str:
    """The id of the place named by a P-code or a name (case and accents ignored)."""
    with handle.read() as session:
        places = session.execute(select(Location.id, Location.name, Location.pcode)).all()
    if any(p.id == text for p in places):
        return text
    found = [p for p in places if p.pcode and fold(p.pcode) == fold(text)] or [
        p for p in places if fold(p.name) == fold(text)]
    if len(found) == 1:
        return found[0].id
    if not found:
        raise ServiceError(N_("No location '%(text)s' in this plan (give a name or a "
                              "P-code)."), text=text)
    raise ServiceError(N_("'%(text)s' names %(count)s places: %(candidates)s; use the "
                          "P-code."), text=text, count=len(found),
                       candidates="; ".join(f"{p.name} {p.pcode}".strip() for p in found))


def find_indicator(handle: PlanHandle, text: str) -> str:
    """The id of the indicator with this id, or this name (one only)."""
    with handle.read() as session:
        rows = session.execute(select(ProtectionIndicator.id, ProtectionIndicator.name,
                                      Location.name.label("place"))
                               .join(Location, Location.id == ProtectionIndicator.location_id)
                               ).all()
    found = [r for r in rows if r.id == text] or [r for r in rows
                                                  if fold(r.name) == fold(text)]
    if len(found) == 1:
        return found[0].id
    if not found:
        raise ServiceError(N_("No indicator '%(text)s' in this plan."), text=text)
    raise ServiceError(N_("%(count)s indicators are named '%(text)s' (%(candidates)s): give "
                          "the id of one."), text=text, count=len(found),
                       candidates="; ".join(f"{r.place}: {r.id}" for r in found))
