"""Three-way merge of an edited matrix workbook with the plan, shown as a preview first.

For every plan value a row shows there are three versions: the base (as exported, from the
workbook's hidden `_base` sheet), ours (the plan now) and theirs (the workbook now). A value
changed only in the workbook is taken, one changed only in the plan is kept, one changed on both
sides to different values is a conflict that the user resolves. A row deleted on one side and
edited on the other is a conflict too. Nothing here writes to the plan: see apply.py.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from transition_planner.domain import taxonomy as tx
from transition_planner.domain.audience import CLUSTER
from transition_planner.exchange.matrix import (
    BY_KEY,
    CAPACITY_FIELDS,
    FIELDS,
    HANDOVER_FIELDS,
    MISSION_OWNED,
    YES_NO,
    CellProblem,
    Codes,
    canon,
    fold,
    parse_bool,
    parse_currency,
    parse_date,
    parse_money,
    parse_number,
    parse_score,
    parse_share,
    readable_field,
    text_of,
)
from transition_planner.exchange.read import BaseRow, MatrixFile, SheetRow, WorkbookError
from transition_planner.exchange.rows import PlanRows, load_rows
from transition_planner.i18n import N_, current_language, translator
from transition_planner.services.plans import PlanHandle
from transition_planner.services.records import deletion_rows
from transition_planner.store.models import Capacity, Handover

ADDED, CHANGED, DELETED = "added", "changed", "deleted"
OURS, THEIRS = "ours", "theirs"
# Plan values that must not be blank on a row that exists (a new row takes the default).
NOT_BLANK = {"name", "location", "category", "poc_tier", "component", "criticality", "quantity",
             "currency", "successor", "role", "share", "modality", "status"}
# An import removing more records than this is applied only when the deletions are confirmed.
DELETION_LIMIT = 20
# Tables whose rows go with a deletion as its history, not as records a user counts.
HISTORY_TABLES = {"handoverstatuschange"}
# why a whole row is in conflict (worded in the preview's language where it is made)
DELETED_IN_PLAN = N_("deleted from the plan since the export, but edited in the workbook")
EDITED_IN_PLAN = N_("deleted in the workbook, but edited in the plan since the export")


class OtherOrigin(WorkbookError):
    """The workbook comes from another plan (or says not where from): import as new rows?"""


@dataclass(frozen=True)
class NewActor:
    """A successor the workbook names that the plan does not know yet."""

    name: str
    actor_type: str

    def __str__(self) -> str:
        return "new:" + fold(self.name)


@dataclass
class CellChange:
    """One plan value a row changes; `conflict` when the plan changed it too."""

    field: str
    base: str
    ours: str
    theirs: str
    value: object  # the workbook's value, as a plan value
    conflict: bool = False


@dataclass
class RowChange:
    """What importing one row does: add, change or delete plan records."""

    id: str
    kind: str  # added | changed | deleted
    label: str
    sheet_row: int | None
    capacity_id: str = ""  # the capacity changed, deleted or given a successor; "" = new one
    handover_id: str = ""
    cells: list[CellChange] = field(default_factory=list)
    conflict: str = ""  # why the whole row is in conflict (deleted on one side, edited on other)
    values: dict = field(default_factory=dict)  # added rows: field -> plan value
    group: str = ""  # added rows that make one new capacity share a group
    removes: dict = field(default_factory=dict)  # deleted rows: records removed, by table
    record: str = ""  # "" for a matrix row, "funding" for a line of the Funding sheet
    name: str = ""  # sync: the record's own name (label is the table and the name, in English)
    funding_id: str = ""  # the funding line changed or deleted

    @property
    def has_conflict(self) -> bool:
        return bool(self.conflict) or any(c.conflict for c in self.cells)

    def conflict_keys(self) -> list[str]:
        if self.conflict:
            return [f"{self.id}/row"]
        return [f"{self.id}/{c.field}" for c in self.cells if c.conflict]


@dataclass
class RowProblem:
    """A row that cannot be imported, and why; it is left out (and not deleted)."""

    sheet_row: int | None
    label: str
    reasons: list[str]
    record: str = ""  # "funding": a row of the Funding sheet


@dataclass
class ImportPreview:
    """What importing a workbook would do; nothing is written until it is applied."""

    source: str
    plan_id: str
    export_id: str
    exported_at: str
    audience: str
    as_new: bool
    rows: list[RowChange]
    unchanged: int
    problems: list[RowProblem]
    displays: dict = field(default_factory=dict, repr=False)
    # no base (the hidden sheets were lost in a copy): compared with the plan as it is now, so
    # an edit made in the plan since the export cannot be told from one made in the workbook
    without_base: bool = False
    from_csv: bool = False  # read from a CSV file, which never carries a base
    unchanged_funding: int = 0  # funding lines of the Funding sheet left as they are
    # cells left as they are, the rest of their row imported: a partner's edit of a column the
    # mission owns (locked in the partner's copy), or of a row not the partner's
    refused: list[RowProblem] = field(default_factory=list)

    def of_kind(self, kind: str) -> list[RowChange]:
        return [r for r in self.rows if r.kind == kind]

    @property
    def records_removed(self) -> int:
        """How many records the deletions remove, with what goes with them."""
        return sum(sum(r.removes.values()) for r in self.of_kind(DELETED))

    def conflicts(self) -> list[RowChange]:
        return [r for r in self.rows if r.has_conflict]

    def conflict_keys(self) -> list[str]:
        return [k for r in self.rows for k in r.conflict_keys()]

    def to_json(self) -> dict:
        def cell(c: CellChange) -> dict:
            out = {"field": readable_field(c.field), "old": c.ours, "new": c.theirs}
            if c.conflict:
                out.update(base=c.base, conflict=True)
            return out

        def row(r: RowChange) -> dict:
            out = {"id": r.id, "row": r.sheet_row, "label": r.label}
            if r.record:
                out["record"] = r.record
            if r.kind == CHANGED:
                out["changes"] = [cell(c) for c in r.cells]
            if r.kind == DELETED:
                out["removes"] = dict(r.removes)
            if r.conflict:
                out["conflict"] = r.conflict
            return out

        return {
            "source": self.source, "plan_id": self.plan_id, "exported_at": self.exported_at,
            "audience": self.audience, "as_new": self.as_new,
            "added": [row(r) for r in self.of_kind(ADDED)],
            "changed": [row(r) for r in self.of_kind(CHANGED)],
            "deleted": [row(r) for r in self.of_kind(DELETED)],
            "unchanged": self.unchanged,
            "records_removed": self.records_removed,
            "conflicts": [
                {"key": key, "row": r.sheet_row, "label": r.label,
                 **({"conflict": r.conflict} if r.conflict else {})}
                | ({} if r.conflict else _conflict_cell(r, key))
                for r in self.conflicts() for key in r.conflict_keys()
            ],
            "unreadable": [{"row": p.sheet_row, "label": p.label, "reasons": p.reasons}
                           for p in self.problems],
            "refused": [{"row": p.sheet_row, "label": p.label, "reasons": p.reasons}
                        for p in self.refused],
            "unchanged_funding": self.unchanged_funding,
        }


def _conflict_cell(row: RowChange, key: str) -> dict:
    name = key.split("/", 1)[1]
    c = next(c for c in row.cells if c.field == name)
    return {"field": readable_field(c.field), "base": c.base, "ours": c.ours,
            "theirs": c.theirs}


# --- the three-way rule, shared by the matrix import and the sync of field copies -------------

TAKE, CONFLICT = "take", "conflict"


def merge_value(base, ours, theirs) -> str | None:
    """What merging one value does: None (nothing to write: theirs did not change it, or both
    made the same change), TAKE theirs (only theirs changed it), or CONFLICT (both changed it,
    differently: a person chooses)."""
    if theirs == base or ours == theirs:
        return None
    return CONFLICT if ours != base else TAKE


def merge_fields(base: dict, ours: dict, theirs: dict, fields) -> list[CellChange]:
    """merge_value over the fields of one record; values compared as given (e.g. JSON-ready).
    A record added on both sides has `base` {}: every differing field is a conflict."""
    cells = []
    for name in fields:
        b = base.get(name, _ABSENT)
        outcome = merge_value(b, ours.get(name), theirs.get(name))
        if outcome is not None:
            cells.append(CellChange(name, _shown(base.get(name)), _shown(ours.get(name)),
                                    _shown(theirs.get(name)), theirs.get(name),
                                    conflict=outcome == CONFLICT))
    return cells


_ABSENT = object()  # a base value that never equals anything


def _shown(value) -> str:
    """A value as a reviewer reads it: a whole number without '.0' (a quantity of 30 stored
    as a float is '30'), a list joined."""
    if value is None:
        return ""
    if isinstance(value, list):
        return ", ".join(_shown(v) for v in value)
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


# --- reading rows into plan values -----------------------------------------------------------


@dataclass
class _Parsed:
    sheet: SheetRow
    key: tuple[str, str]
    base: BaseRow | None
    values: dict  # field -> plan value, for the fields the workbook gives
    problems: list[str]
    has_successor: bool = False
    label: str = ""
    refused: list[str] = field(default_factory=list)  # cells left as in the plan

    def canon(self, key: str) -> str:
        return canon(key, self.values[key])


class _Reader:
    """Turns sheet rows into plan values, resolving places, successors and taxonomy labels."""

    def __init__(self, ours: PlanRows, codes: Codes, book: MatrixFile, as_new: bool):
        self.ours, self.codes, self.book, self.as_new = ours, codes, book, as_new
        self.present = set(book.columns)
        # in a copy for a cluster or donor the mission's columns were locked on exported rows:
        # a partner's edit of one (the protection removed) is refused cell by cell
        self.mission_locked = (not as_new and book.is_export
                               and book.meta.get("audience", "internal") != "internal")
        self.places_by_pcode = {fold(p.pcode): p.id for p in ours.places.values() if p.pcode}
        self.places_by_name = defaultdict(list)
        for p in ours.places.values():
            self.places_by_name[fold(p.name)].append(p.id)
        self.actors_by_name = defaultdict(set)
        for a in ours.successors.values():
            self.actors_by_name[fold(a.name)].add(a.id)
            if a.acronym:
                self.actors_by_name[fold(a.acronym)].add(a.id)

    def has(self, key: str) -> bool:
        if key == "location":
            return bool({"location", "pcode"} & self.present)
        return key in self.present

    def parse(self, row: SheetRow) -> _Parsed:
        t = translator(None)  # the preview is worded in the language of who asked for it
        key = (row.text("capacity_id"), row.text("handover_id"))
        base = None if self.as_new else self.book.base.get(key)
        parsed = _Parsed(row, key, base, {}, list(row.problems))
        if not self.as_new and any(key):
            if base is None:
                parsed.problems.append(t._(
                    "its Capacity ID and Handover ID are not from this export (copied from "
                    "another workbook?); add new rows with the id cells empty"))
            elif "base_version" in self.present and row.text("base_version") != base.version:
                parsed.problems.append(t._(
                    "its Base version does not match its ids (copied from another export?)"))
        successor_given = bool(row.text("successor")) or bool(base and base.values["successor"])
        handover_cells = [k for k in HANDOVER_FIELDS if k != "successor" and row.text(k)]
        parsed.has_successor = successor_given or bool(key[1] and not self.as_new)
        if handover_cells and not parsed.has_successor:
            parsed.problems.append(t._(
                "a Successor is needed for the handover cells filled in (%(columns)s)",
                columns=", ".join(BY_KEY[k].header(t.lang) for k in handover_cells)))
        wanted = CAPACITY_FIELDS + (HANDOVER_FIELDS if parsed.has_successor else ())
        for name in wanted:
            if self.has(name):
                self._parse_field(parsed, name)
        self._check(parsed)
        parsed.label = self.label(parsed)
        return parsed

    def _parse_field(self, parsed: _Parsed, name: str) -> None:
        row, base = parsed.sheet, parsed.base
        locked = self.mission_locked and base is not None and BY_KEY[name].owner == MISSION_OWNED
        try:
            value = self._value(name, row, base)
        except CellProblem as exc:
            if locked:  # the partner's copy had the cell locked: the plan's value stays
                parsed.refused.append(self._refusal(name, text_of(row.cells.get(name))))
            else:
                parsed.problems.append(_in_column(name, str(exc)))
            return
        if locked and canon(name, value) != base.values[name]:
            parsed.refused.append(self._refusal(name, self.display_cell(name, value)))
            return
        if base is not None and name in base.withheld:
            if canon(name, value) not in ("", base.values[name]):
                parsed.problems.append(translator(None)._(
                    "%(column)s is not shared with this audience and cannot be changed from "
                    "this workbook", column=_header(name)))
            return
        parsed.values[name] = value

    def _refusal(self, name: str, typed: str) -> str:
        from transition_planner.i18n import translator

        return translator(None)._(
            "%(column)s is the mission's, locked in this copy: '%(value)s' was not imported "
            "(the plan keeps its value; the mission changes it in the plan)",
            column=_header(name), value=typed)

    def display_cell(self, name: str, value) -> str:
        if isinstance(value, NewActor):
            return value.name
        if BY_KEY[name].kind == "location":
            place = self.ours.places.get(value or "")
            return place.name if place else ""
        return canon(name, value)

    def _value(self, name: str, row: SheetRow, base: BaseRow | None):
        column, raw = BY_KEY[name], row.cells.get(name)
        kind = column.kind
        if kind == "location":
            return self._location(row, base)
        if kind == "successor":
            return self._successor(row, base)
        if kind == "code":
            return self.codes.code(column.taxonomy, raw, _what(name, column.en.lower())) or None
        if kind == "codes":
            return self.codes.codes(column.taxonomy, raw, _what(name, "population"))
        decimal = self.book.decimal
        if kind == "date":
            return parse_date(raw)
        if kind == "money":
            return parse_money(raw, decimal)
        if kind == "number":
            number = parse_number(raw, decimal=decimal)
            if number is not None and number < 0:
                raise CellProblem(N_("%(number)s must not be negative"), number=f"{number:g}")
            return number
        if kind == "share":
            if self.book.share_pct and not self.book.is_export and not (
                    isinstance(raw, str) and raw.strip().endswith("%")):
                number = parse_number(raw, "a share", decimal)  # HXL's +pct: 0 to 100
                return None if number is None else parse_share(number / 100)
            return parse_share(raw, decimal)
        if kind == "score":
            return parse_score(raw, decimal)
        if kind == "bool":
            return parse_bool(raw)
        if kind == "currency":
            return parse_currency(raw) or None
        return text_of(raw)

    def _unchanged(self, row: SheetRow, base: BaseRow | None, keys) -> bool:
        return base is not None and base.shown and all(
            k not in self.present or row.text(k) == base.shown.get(k, "") for k in keys)

    def _location(self, row: SheetRow, base: BaseRow | None):
        if self._unchanged(row, base, ("location", "pcode")):
            return base.values["location"]
        shown = base.shown if base is not None else {}
        found = set()
        pcode, name = row.text("pcode"), row.text("location")
        if pcode and ("pcode" not in shown or pcode != shown["pcode"] or name == shown.get(
                "location")):
            if fold(pcode) not in self.places_by_pcode:
                raise CellProblem(N_("unknown P-code '%(pcode)s'"), pcode=pcode)
            found.add(self.places_by_pcode[fold(pcode)])
        if name and ("location" not in shown or name != shown["location"] or not found):
            named = self.places_by_name.get(fold(name), [])
            if not named:
                raise CellProblem(N_("unknown location '%(name)s'"), name=name)
            if len(named) > 1 and not found & set(named):
                raise CellProblem(N_("several places are called '%(name)s'; give the P-code"),
                                  name=name)
            found = found & set(named) if found else set(named)
            if not found:
                raise CellProblem(N_("'%(name)s' does not have the P-code '%(pcode)s'"),
                                  name=name, pcode=pcode)
        if not found:
            return None
        return next(iter(found))

    def _successor(self, row: SheetRow, base: BaseRow | None):
        if self._unchanged(row, base, ("successor", "successor_type")):
            return base.values["successor"] or None
        name, type_text = row.text("successor"), row.text("successor_type")
        if not name:
            return None
        actor_type = self.codes.code(tx.ACTOR_TYPE, type_text,
                                     _what("successor_type", "successor type"))
        found = self.actors_by_name.get(fold(name), set())
        if len(found) > 1:
            raise CellProblem(N_("several successors are called '%(name)s'"), name=name)
        if found:
            actor = self.ours.successors[next(iter(found))]
            if actor_type and actor_type != actor.actor_type:
                raise CellProblem(
                    N_("'%(name)s' is a %(type)s in the plan; change an actor's type in the "
                       "plan's actor list"), name=name,
                    type=self.codes.label(tx.ACTOR_TYPE, actor.actor_type, current_language()))
            return actor.id
        if not actor_type:
            raise CellProblem(N_("unknown successor '%(name)s' (give its Successor type to add "
                                 "it)"), name=name)
        return NewActor(name, actor_type)

    def _check(self, parsed: _Parsed) -> None:
        values, new = parsed.values, parsed.base is None
        for name in NOT_BLANK:
            if name in values and values[name] in (None, ""):
                if not new or name in ("successor", "share", "name", "location"):
                    parsed.problems.append(translator(None)._("%(column)s is empty",
                                                              column=_header(name)))
                else:
                    del values[name]  # a new record takes the default (or its capacity's)
        if new:
            missing = [_header(k) for k in ("name", "location") if not self.has(k)]
            if parsed.has_successor and not self.has("share"):
                missing.append(_header("share"))
            if missing:
                parsed.problems.append(translator(None)._("%(columns)s needed for a new row",
                                                          columns=", ".join(missing)))
        start, end = values.get("start_date"), values.get("handover_end")
        if start and end and end < start:
            parsed.problems.append(translator(None)._(
                "the handover ends (%(end)s) before it starts (%(start)s)", end=str(end),
                start=str(start)))
        self._check_partner(parsed)

    def _check_partner(self, parsed: _Parsed) -> None:
        """A partner's own copy (export --actor) changes and adds that partner's rows only."""
        partner = self.book.meta.get("actor_id") if not self.as_new else ""
        successor = parsed.values.get("successor")
        if not partner or (parsed.has_successor and successor == partner):
            return
        parsed.problems.append(translator(None)._(
            "this workbook is %(partner)s's own copy: a row for another successor (or none) "
            "is not imported from it", partner=self.book.meta.get("actor", "")))

    def label(self, parsed: _Parsed) -> str:
        values, base = parsed.values, parsed.base
        name = values.get("name") or (base.values["name"] if base else "") or "?"
        place_id = values.get("location") or (base.values["location"] if base else "")
        place = self.ours.places.get(place_id)
        text = f"{name} ({place.name})" if place else name
        successor = values.get("successor") or (base.values["successor"] if base else "")
        if isinstance(successor, NewActor):
            return f"{text} -> {successor.name}"
        if successor in self.ours.successors:
            return f"{text} -> {self.ours.successors[successor].name}"
        return text


# --- the merge -------------------------------------------------------------------------------


def preview_import(handle: PlanHandle, path, *, as_new: bool = False, progress=None):
    """Read a workbook (or a matrix CSV file) and say what importing it would change
    (nothing is written)."""
    from transition_planner.exchange import csv_matrix
    from transition_planner.exchange.read import read_matrix_file

    if csv_matrix.is_csv(path):
        book = csv_matrix.read_matrix_csv(path, need_ids=not as_new, progress=progress)
        preview = merge_workbook(handle, book, as_new=as_new)
        preview.from_csv = True
        return preview
    return merge_workbook(handle, read_matrix_file(path, progress=progress), as_new=as_new)


def merge_workbook(handle: PlanHandle, book: MatrixFile, *, as_new: bool = False):
    ours_plan_id = load_rows_plan_id(handle)
    without_base = not as_new and not book.is_export and _has_id_columns(book)
    if not as_new and not without_base:
        _check_origin(book, ours_plan_id)
    if without_base:
        # rows pasted into another workbook: who it was for is unknown, so the outside
        # audience's view is taken (an internal copy's sensitive cells are refused, not lost)
        audience = CLUSTER
    else:
        audience = book.meta.get("audience", "internal") if not as_new else "internal"
    ours = load_rows(handle, audience)
    if without_base:
        book.base = _current_as_base(ours, book)
    merger = _Merger(handle, ours, book, as_new)
    merger.run()
    _merge_funding(merger, book, without_base)
    return ImportPreview(
        book.name, ours_plan_id, "" if as_new else book.meta.get("export_id", ""),
        "" if as_new else book.meta.get("exported_at", ""), audience, as_new,
        merger.changes, merger.unchanged, merger.problems, without_base=without_base,
        unchanged_funding=merger.unchanged_funding, refused=merger.refused,
    )


def _merge_funding(merger: _Merger, book: MatrixFile, without_base: bool) -> None:
    """The Funding sheet, merged after the matrix rows: a line of a handover the import deletes
    goes with it."""
    from transition_planner.exchange.funding_sheet import FundingMerge
    from transition_planner.i18n import translator

    if book.funding is None or not book.funding.rows and not book.funding.base:
        return
    if merger.as_new:
        if book.funding.rows:
            t = translator(None)
            merger.problems.append(RowProblem(None, t._("Funding sheet"), [t._(
                "funding lines are not imported with rows added as new: import the matrix, "
                "export it again and fill its Funding sheet")]))
        return
    deleted = set()
    for change in merger.changes:
        if change.kind == DELETED and not change.record:
            deleted |= ({change.handover_id} if change.handover_id
                        else set(merger.ours.handovers_of.get(change.capacity_id, ())))
    exported = {key[1] for key in book.base if key[1]}
    FundingMerge(merger, book.funding).run(exported, deleted, without_base)


def _has_id_columns(book: MatrixFile) -> bool:
    return all(k in book.columns for k in ("capacity_id", "handover_id"))


def _current_as_base(ours: PlanRows, book: MatrixFile) -> dict:
    """The plan's current values as the base of the rows whose ids it knows: a two-way
    comparison, where every cell that differs from the plan is the workbook's edit."""
    current = ours.by_key()
    base = {}
    for row in book.rows:
        key = (row.text("capacity_id"), row.text("handover_id"))
        plan_row = current.get(key)
        if plan_row is not None and not plan_row.hidden:
            base[key] = BaseRow(row.text("base_version"), plan_row.canon(),
                                plan_row.withheld, {})
    return base


def load_rows_plan_id(handle: PlanHandle) -> str:
    from transition_planner.services.plans import plan_info

    return plan_info(handle).id


def _check_origin(book: MatrixFile, plan_id: str) -> None:
    if not book.is_export:
        raise OtherOrigin(
            N_("%(file)s does not say which plan it was exported from (its hidden _meta sheet "
               "is missing), so its rows cannot be matched. Import it as new rows instead."),
            file=book.name)
    if book.meta.get("plan_id") != plan_id:
        raise OtherOrigin(
            N_("%(file)s was exported from another plan ('%(plan)s'). Open that plan, or import "
               "the workbook's rows as new rows."), file=book.name,
            plan=book.meta.get("plan_name", "?"))
    if not book.has_base:  # (an empty plan's export has one without rows: a template)
        raise WorkbookError(N_("%(file)s has lost its hidden _base sheet; export again."),
                            file=book.name)
    missing = [BY_KEY[k].header(current_language()) for k in ("capacity_id", "handover_id")
               if k not in book.columns]
    if missing:
        raise WorkbookError(N_("The %(columns)s column(s) are missing, so the rows cannot be "
                               "matched with the plan. Put them back and import again."),
                            columns=" and ".join(missing))


class _Merger:
    """Walks the workbook rows and the base once, collecting row changes and problems."""

    def __init__(self, handle: PlanHandle, ours: PlanRows, book: MatrixFile, as_new: bool):
        self.handle = handle
        self.taxonomy = handle.taxonomy()
        self.codes = Codes(self.taxonomy)
        self.ours, self.book, self.as_new = ours, book, as_new
        self.reader = _Reader(ours, self.codes, book, as_new)
        self.ours_rows = ours.by_key()
        self.ours_caps = ours.capacities()
        self.changes: list[RowChange] = []
        self.problems: list[RowProblem] = []
        self.unchanged = 0
        self.unchanged_funding = 0
        self.refused: list[RowProblem] = []
        self._ids = 0

    def next_id(self) -> str:
        self._ids += 1
        return f"r{self._ids}"

    def run(self) -> None:
        parsed_rows = [self.reader.parse(row) for row in self.book.rows]
        seen_keys: dict[tuple, list[int]] = defaultdict(list)
        if not self.as_new:
            for parsed in parsed_rows:
                if any(parsed.key):
                    seen_keys[parsed.key].append(parsed.sheet.number)
        existing, new, unsure = defaultdict(list), [], []
        for parsed in parsed_rows:
            if parsed.refused:
                self.refused.append(RowProblem(parsed.sheet.number, parsed.label,
                                               parsed.refused))
            numbers = seen_keys.get(parsed.key, ())
            if len(numbers) > 1:  # neither copy can be trusted to be the exported row
                others = ", ".join(str(n) for n in numbers if n != parsed.sheet.number)
                parsed.problems.append(translator(None)._(
                    "it has the same ids as row %(rows)s (ids copied from another row? add new "
                    "rows with the id cells empty)", rows=others))
            if parsed.problems:
                self.problems.append(RowProblem(parsed.sheet.number, parsed.label,
                                                parsed.problems))
                if self._may_be_another_row(parsed, len(numbers)):
                    unsure.append(parsed.sheet.number)
            elif parsed.base is not None:
                existing[parsed.key[0]].append(parsed)
            else:
                new.append(parsed)
        present_caps = {key[0] for key in seen_keys}
        for cap_id, rows in existing.items():
            self._merge_capacity(cap_id, rows)
        if not self.as_new:
            self._deletions(set(seen_keys), present_caps, unsure)
        self._new_rows(new)

    def _may_be_another_row(self, parsed: _Parsed, copies: int) -> bool:
        """Whether an unreadable row may be an exported row whose ids no longer say which: its
        ids are not this export's, or are another row's too. Rows that never had ids are new."""
        if not any(parsed.sheet.text(k) for k in ("capacity_id", "handover_id", "base_version")):
            return False
        return parsed.base is None or copies > 1 or (
            "base_version" in self.reader.present
            and parsed.sheet.text("base_version") != parsed.base.version)

    # --- rows that were exported ---

    def _merge_capacity(self, cap_id: str, rows: list[_Parsed]) -> None:
        ours_cap = self.ours_caps.get(cap_id)
        if ours_cap is None:
            self._deleted_in_plan(rows, cap_id="")
            return
        if ours_cap.hidden:
            self._sensitive_since(rows)
            return
        cap_cells = self._capacity_cells(rows, ours_cap)
        for index, parsed in enumerate(rows):
            cells = list(cap_cells) if index == 0 else []
            handover_id, added = parsed.key[1], False
            if handover_id:
                ours_row = self.ours_rows.get((cap_id, handover_id))
                if ours_row is None:
                    if self._edited(parsed, HANDOVER_FIELDS):
                        self._deleted_in_plan([parsed], cap_id=cap_id)
                        added = True
                elif ours_row.hidden:
                    self._sensitive_since([parsed])
                    added = True
                else:
                    cells += self._cells(parsed, ours_row, HANDOVER_FIELDS)
            elif parsed.has_successor:
                self._add(parsed, cap_id)
                added = True
            if cells:
                self.changes.append(RowChange(
                    self.next_id(), CHANGED, parsed.label, parsed.sheet.number, cap_id,
                    handover_id, cells))
            elif not added:
                self.unchanged += 1

    def _capacity_cells(self, rows: list[_Parsed], ours_cap) -> list[CellChange]:
        cells = []
        for name in CAPACITY_FIELDS:
            given = [p for p in rows if name in p.values]
            if not given:
                continue
            base = given[0].base.values[name]
            edits = {p.canon(name): p for p in given if p.canon(name) != base}
            if len(edits) > 1:
                numbers = ", ".join(str(p.sheet.number) for p in edits.values())
                self.problems.append(RowProblem(
                    None, given[0].label,
                    [translator(None)._("rows %(rows)s give different values for %(column)s of "
                                        "this capacity; make them the same", rows=numbers,
                                        column=_header(name))]))
                continue
            if edits:
                cell = self._cell(name, base, ours_cap, next(iter(edits.values())))
                if cell is not None:
                    cells.append(cell)
        return cells

    def _cells(self, parsed: _Parsed, ours_row, names) -> list[CellChange]:
        cells = []
        for name in names:
            if name in parsed.values and parsed.canon(name) != parsed.base.values[name]:
                cell = self._cell(name, parsed.base.values[name], ours_row, parsed)
                if cell is not None:
                    cells.append(cell)
        return cells

    def _cell(self, name: str, base: str, ours_row, theirs: _Parsed) -> CellChange | None:
        if name in ours_row.withheld:
            self.problems.append(RowProblem(theirs.sheet.number, theirs.label, [
                translator(None)._("%(column)s was marked sensitive in the plan since the "
                                   "export; left as it is", column=_header(name))]))
            return None
        ours = canon(name, ours_row.values.get(name))
        value = theirs.values[name]
        outcome = merge_value(base, ours, theirs.canon(name))
        if outcome is None:
            return None  # the same edit on both sides
        return CellChange(name, self.display(name, base), self.display(name, ours),
                          self.display_value(name, value), value, conflict=outcome == CONFLICT)

    def _edited(self, parsed: _Parsed, names) -> bool:
        return any(parsed.canon(k) != parsed.base.values[k] for k in names if k in parsed.values)

    def _deleted_in_plan(self, rows: list[_Parsed], cap_id: str) -> None:
        for parsed in rows:
            if not self._edited(parsed, FIELDS):
                self.unchanged += 1
                continue
            values = {**{k: self._base_value(parsed, k) for k in FIELDS}, **parsed.values}
            self.changes.append(RowChange(
                self.next_id(), ADDED, parsed.label, parsed.sheet.number, cap_id,
                conflict=translator(None)._(DELETED_IN_PLAN), values=values,
                group="" if cap_id else f"deleted:{parsed.key[0]}"))

    def _base_value(self, parsed: _Parsed, name: str):
        """A base value (canonical text) as a plan value, to re-add a row deleted meanwhile."""
        text = parsed.base.values[name]
        kind = BY_KEY[name].kind
        if text == "":
            return None
        if kind == "codes":
            return text.split(",")
        if kind == "date":
            return parse_date(text)
        if kind == "money":
            return parse_money(text)
        if kind in ("number", "share"):
            return float(text)
        if kind == "score":
            return int(text)
        if kind == "bool":
            return text == "yes"
        return text

    def _sensitive_since(self, rows: list[_Parsed]) -> None:
        for parsed in rows:
            if self._edited(parsed, FIELDS):
                self.problems.append(RowProblem(parsed.sheet.number, parsed.label, [
                    translator(None)._("marked sensitive in the plan since the export; left "
                                       "as it is")]))
            else:
                self.unchanged += 1

    def _deletions(self, present_keys: set, present_caps: set, unsure: list[int]) -> None:
        """Rows of the export missing from the workbook are deleted, unless a row that cannot
        be read may be one of them (an unreadable row must never delete anything)."""
        deletions = []
        for key, base in self.book.base.items():
            if key in present_keys:
                continue
            cap_id, handover_id = key
            ours_row = self.ours_rows.get(key)
            if handover_id:
                if ours_row is None:
                    continue
                label = self._ours_label(ours_row)
                if ours_row.hidden:
                    self.problems.append(RowProblem(None, label, [
                        translator(None)._("deleted in the workbook, but marked sensitive "
                                           "since the export: kept")]))
                    continue
                edited = _differs(ours_row.canon(), base.values, HANDOVER_FIELDS)
                deletions.append(RowChange(
                    self.next_id(), DELETED, label, None, cap_id, handover_id,
                    conflict=translator(None)._(EDITED_IN_PLAN) if edited else ""))
            elif cap_id not in present_caps and cap_id in self.ours_caps:
                ours_cap = self.ours_caps[cap_id]
                label = self._ours_label(ours_cap)
                if ours_cap.hidden:
                    continue
                edited = (_differs(ours_cap.canon(), base.values, CAPACITY_FIELDS)
                          or bool(self.ours.handovers_of.get(cap_id)))
                deletions.append(RowChange(
                    self.next_id(), DELETED, label, None, cap_id, "",
                    conflict=translator(None)._(EDITED_IN_PLAN) if edited else ""))
        if deletions and unsure:
            rows = ", ".join(str(n) for n in unsure)
            t = translator(None)
            self.problems.append(RowProblem(None, t._(
                "%(count)s row(s) missing from the workbook", count=len(deletions)), [t._(
                    "they are kept, not deleted: row(s) %(rows)s cannot be read, and each may be "
                    "one of them with its ids changed. Fix those rows and import again to "
                    "delete the missing rows.", rows=rows)]))
            return
        for change in deletions:
            change.removes = self.removal_counts(change)
        self.changes += deletions

    def removal_counts(self, change: RowChange) -> dict[str, int]:
        """The records a deletion removes with it, by kind (what the preview tells)."""
        model, record_id = ((Handover, change.handover_id) if change.handover_id
                            else (Capacity, change.capacity_id))
        with self.handle.read() as session:
            rows = deletion_rows(session, session.get(model, record_id))
        counts: dict[str, int] = {}
        for table, _values in rows:
            if table not in HISTORY_TABLES:
                counts[table] = counts.get(table, 0) + 1
        return counts

    def _ours_label(self, row) -> str:
        place = self.ours.places.get(row.values["location"])
        text = f"{row.values['name']} ({place.name if place else '?'})"
        actor = self.ours.successors.get(row.values.get("successor") or "")
        return f"{text} -> {actor.name}" if actor else text

    # --- rows added in the workbook ---

    def _add(self, parsed: _Parsed, cap_id: str, group: str = "") -> None:
        self.changes.append(RowChange(
            self.next_id(), ADDED, parsed.label, parsed.sheet.number, cap_id,
            values=dict(parsed.values), group=group))

    def _new_rows(self, rows: list[_Parsed]) -> None:
        known = {
            (fold(r.values["name"]), r.values["location"]): cap_id
            for cap_id, r in self.ours_caps.items() if not r.hidden
        }
        groups: dict[tuple, list[_Parsed]] = defaultdict(list)
        for parsed in rows:
            if self.as_new and parsed.key[0]:
                groups[("id", parsed.key[0])].append(parsed)
            else:
                groups[("name", fold(parsed.values.get("name", "")),
                        parsed.values.get("location"))].append(parsed)
        for number, group_rows in enumerate(groups.values(), 1):
            first = group_rows[0].values
            cap_id = known.get((fold(first.get("name", "")), first.get("location")))
            if cap_id is None and not self._same_capacity(group_rows):
                continue
            for parsed in group_rows:
                if cap_id and (not parsed.has_successor or self._has_successor(cap_id, parsed)):
                    differs = self._differs_from_plan(cap_id, parsed)
                    if differs:  # an edit: never counted as unchanged and dropped
                        self.problems.append(RowProblem(parsed.sheet.number, parsed.label, [
                            translator(None)._(
                                "it is in the plan already, with other values in %(columns)s; "
                                "import the workbook without 'as new rows' to update it",
                                columns=", ".join(_header(k) for k in differs))]))
                    else:
                        self.unchanged += 1  # in the plan already (the file imported twice)
                else:
                    self._add(parsed, cap_id or "", group="" if cap_id else f"new:{number}")

    def _differs_from_plan(self, cap_id: str, parsed: _Parsed) -> list[str]:
        """The fields of a row given as new in which the plan's row holds other values."""
        actor = parsed.values.get("successor")
        plan_rows = [self.ours_rows[(cap_id, h)] for h in self.ours.handovers_of.get(cap_id, ())]
        plan_row = next((r for r in plan_rows if r.values["successor"] == actor), None)
        if plan_row is None:
            plan_row = self.ours_caps[cap_id]
        fields = CAPACITY_FIELDS + (HANDOVER_FIELDS if parsed.has_successor else ())
        ours = plan_row.canon()
        # an empty cell says nothing (a field withheld from the copy's audience is empty)
        return [k for k in fields if k in parsed.values and k not in plan_row.withheld
                and canon(k, parsed.values[k]) not in ("", ours[k])]

    def _has_successor(self, cap_id: str, parsed: _Parsed) -> bool:
        actor = parsed.values.get("successor")
        return any(self.ours_rows[(cap_id, h)].values["successor"] == actor
                   for h in self.ours.handovers_of.get(cap_id, ()))

    def _same_capacity(self, rows: list[_Parsed]) -> bool:
        """Rows making one new capacity must agree on its values; fill blanks from each other."""
        merged, clash = {}, []
        for name in CAPACITY_FIELDS:
            texts = {p.canon(name): p.values[name] for p in rows
                     if name in p.values and p.canon(name) not in ("", "0.00")}
            if len(texts) > 1:
                clash.append(_header(name))
            elif texts:
                merged[name] = next(iter(texts.values()))
        numbers = ", ".join(str(p.sheet.number) for p in rows)
        if clash:
            self.problems.append(RowProblem(rows[0].sheet.number, rows[0].label, [
                translator(None)._("rows %(rows)s describe one new capacity but differ in "
                                   "%(columns)s", rows=numbers, columns=", ".join(clash))]))
            return False
        if "category" not in merged:
            self.problems.append(RowProblem(rows[0].sheet.number, rows[0].label, [
                translator(None)._("Category needed for a new capacity")]))
            return False
        for parsed in rows:
            parsed.values.update({k: v for k, v in merged.items() if k not in parsed.values
                                  or parsed.canon(k) in ("", "0.00")})
        return True

    # --- display ---

    def display(self, name: str, text: str) -> str:
        """A canonical value as the person reading the preview knows it, in the current
        language (the window's, or the command line's --lang)."""
        if text == "":
            return ""
        t = translator(None)
        kind = BY_KEY[name].kind
        if kind == "location":
            place = self.ours.places.get(text)
            return f"{place.name} ({place.pcode})" if place and place.pcode else (
                place.name if place else text)
        if kind == "successor":
            actor = self.ours.successors.get(text)
            return actor.name if actor else text
        if kind == "code":
            return self.codes.label(BY_KEY[name].taxonomy, text, t.lang)
        if kind == "codes":
            return "; ".join(self.codes.label(BY_KEY[name].taxonomy, c, t.lang)
                             for c in text.split(","))
        if kind == "share":
            return t.percent(round(float(text), 2))
        if kind == "bool":
            return t.gettext(YES_NO[text == "yes"])
        return text

    def display_value(self, name: str, value) -> str:
        if isinstance(value, NewActor):
            return translator(None)._("%(name)s (new)", name=value.name)
        return self.display(name, canon(name, value))


def _header(name: str) -> str:
    """A column's header in the current language (the preview's)."""
    return BY_KEY[name].header(current_language())


def _what(name: str, english: str) -> str:
    """What a column holds, inside a sentence: its English word, or its header."""
    lang = current_language()
    return english if lang == "en" else BY_KEY[name].header(lang)


def _in_column(name: str, problem: str) -> str:
    return translator(None)._("%(column)s: %(problem)s", column=_header(name), problem=problem)


def _differs(ours: dict[str, str], base: dict[str, str], names) -> bool:
    return any(ours[k] != base[k] for k in names)
