"""What changed since the last matrix export: the audit trail, for the next cluster meeting."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import select

from transition_planner.domain.audience import INTERNAL, check_audience
from transition_planner.exchange.matrix import CAPACITY, COLUMNS, HANDOVER
from transition_planner.exchange.rows import load_rows
from transition_planner.i18n import N_, current
from transition_planner.services.audit import EXPORT, last_export
from transition_planner.services.errors import ServiceError
from transition_planner.services.files import check_target, replacing
from transition_planner.services.plans import PlanHandle
from transition_planner.services.records import row_values
from transition_planner.store.models import TABLES, AuditEntry

# Outside the mission only the matrix's own records are reported.
SHARED_TYPES = {"capacity", "handover", "readinessscore", "actor", "location", "fundingline"}
_SKIPPED_FIELDS = {"sensitive", "sensitive_fields", "updated_at", "created_at", "id"}
_ID_FIELDS = {"location_id": "location", "actor_id": "actor", "capacity_id": "capacity",
              "parent_id": "location", "handover_id": "handover"}
# the change workbook's columns (worded in the current language)
HEADERS = (N_("When (UTC)"), N_("Who"), N_("Action"), N_("Record type"), N_("Record"),
           N_("Field"), N_("Before"), N_("After"), N_("Source"))


@dataclass(frozen=True)
class ChangeLine:
    at: datetime
    user: str
    action: str
    record_type: str
    record: str
    field: str
    before: str
    after: str
    source: str


@dataclass
class ChangeReport:
    since: datetime
    export_file: str
    audience: str
    lines: list[ChangeLine]
    plan: Path | None = None  # the plan it was made from: never written over


def changes_since_export(handle: PlanHandle, audience: str | None = None) -> ChangeReport:
    """Every audited change after the last export, as the export's audience may see it."""
    export = last_export(handle)
    if export is None:
        raise ServiceError(N_("This plan has not been exported to a matrix workbook yet."))
    audience = audience or (export.changes.get("audience") or [None, INTERNAL])[1]
    try:
        check_audience(audience)
    except ValueError as exc:
        raise ServiceError(str(exc)) from None
    rows = load_rows(handle, audience)
    lines = []
    with handle.read() as session:
        entries = session.execute(
            select(AuditEntry).where(AuditEntry.at > export.at, AuditEntry.action != EXPORT)
            .order_by(AuditEntry.at)
        ).scalars().all()
        if audience == INTERNAL:
            names = _names(rows)
            for entry in entries:
                lines += _lines(entry, entry.record_label, lambda f, v: _text(f, v, names))
        else:
            view = _OutsideView(session, rows)
            for entry in entries:
                if view.shows(entry):
                    lines += view.lines(entry)
    return ChangeReport(export.at, export.source, audience, lines, handle.path)


def _names(rows) -> dict[str, str]:
    names = {p.id: p.name for p in rows.places.values()}
    names.update({a.id: a.name for a in rows.successors.values()})
    for row in rows.rows:
        names[row.capacity_id] = row.values["name"]
    return names


# What the matrix shows of each record type, the only fields an outside audience is told of.
SHARED_FIELDS = {
    "capacity": {c.attr for c in COLUMNS if c.record == CAPACITY},
    "handover": {c.attr for c in COLUMNS if c.record == HANDOVER} | {"capacity_id"},
    "readinessscore": {"score", "dimension"},
    "actor": {"name", "acronym", "actor_type"},
    "location": {"name", "pcode", "parent_id", "level"},
    # the Funding sheet's columns
    "fundingline": {"source_type", "donor", "amount", "currency", "status", "period_start",
                    "period_end", "notes"},
}
_PARENTS = {"capacity": ("location_id",), "handover": ("capacity_id", "actor_id"),
            "readinessscore": ("handover_id",), "location": ("parent_id",), "actor": (),
            "fundingline": ("capacity_id", "handover_id")}
WITHHELD = "(withheld)"


class _OutsideView:
    """The plan's history as a cluster or donor may see it.

    A record is left out when it, or a record it belongs to (its place, capacity, successor),
    was sensitive at any point: now, when it was deleted (its snapshot), or in any audit entry
    of its whole history. Its fields marked sensitive at any point are withheld; only the
    fields the matrix shows are told; names in labels are those the audience may see.
    """

    def __init__(self, session, rows):
        self.kind: dict[str, str] = {}
        self.sensitive: set[str] = set()
        self.withheld: dict[str, set[str]] = defaultdict(set)
        self.parents: dict[str, set[str]] = defaultdict(set)
        self.values: dict[str, dict] = defaultdict(dict)  # latest known values, for labels
        self._hidden: dict[str, bool] = {}
        for entry in session.execute(
            select(AuditEntry).where(AuditEntry.record_type.in_(SHARED_TYPES))
            .order_by(AuditEntry.at)
        ).scalars():
            self.kind[entry.record_id] = entry.record_type
            for field, pair in (entry.changes or {}).items():
                if isinstance(pair, list) and len(pair) == 2:
                    for value in pair:
                        self._note(entry.record_type, entry.record_id, field, value)
            for table, values in (entry.snapshot or {}).get("rows") or []:
                self._note_row(table, values)
        for table in SHARED_TYPES:  # the records as they are now
            for record in session.execute(select(TABLES[table])).scalars():
                self._note_row(table, row_values(record))
        # a capacity none of whose matrix rows the audience sees is left out as a whole
        shown = {row.capacity_id for row in rows.rows if not row.hidden}
        self.sensitive |= {row.capacity_id for row in rows.rows if row.capacity_id not in shown}

    def _note_row(self, table: str, values: dict) -> None:
        if table not in SHARED_TYPES or "id" not in values:
            return
        self.kind[values["id"]] = table
        for field, value in values.items():
            self._note(table, values["id"], field, value)

    def _note(self, table: str, record_id: str, field: str, value) -> None:
        if field == "sensitive" and value:
            self.sensitive.add(record_id)
        elif field == "sensitive_fields" and value:
            withheld = set(value)
            if table == "location" and withheld & {"name", "pcode"}:
                withheld |= {"name", "pcode"}  # as the matrix: either gives the place away
            self.withheld[record_id] |= withheld
        elif field in _PARENTS.get(table, ()) and value:
            self.parents[record_id].add(value)
        if value not in (None, ""):
            self.values[record_id][field] = value

    def hidden(self, record_id: str) -> bool:
        if record_id not in self._hidden:
            self._hidden[record_id] = True  # a loop of parents hides, it does not recurse
            self._hidden[record_id] = record_id in self.sensitive or any(
                self.hidden(parent) for parent in self.parents.get(record_id, ()))
        return self._hidden[record_id]

    def shows(self, entry: AuditEntry) -> bool:
        return entry.record_type in SHARED_TYPES and not self.hidden(entry.record_id)

    def label(self, record_id: str) -> str:
        kind, values = self.kind.get(record_id), self.values.get(record_id, {})
        if kind is None or self.hidden(record_id):
            return f"(a {(kind or 'record').replace('score', ' score')} not shown)"
        if kind == "handover":
            return (f"{self.label(values.get('capacity_id', ''))} -> "
                    f"{self.label(values.get('actor_id', ''))}")
        if kind == "readinessscore":
            return f"{self.label(values.get('handover_id', ''))}: {values.get('dimension', '')}"
        if kind == "fundingline":
            owner = values.get("handover_id") or values.get("capacity_id", "")
            return f"{self.label(owner)}: funding line"
        if "name" in self.withheld.get(record_id, ()):
            return WITHHELD
        return str(values.get("name", ""))

    def lines(self, entry: AuditEntry) -> list[ChangeLine]:
        shared = SHARED_FIELDS[entry.record_type]
        withheld = self.withheld.get(entry.record_id, set())
        changes = {f: p for f, p in (entry.changes or {}).items() if f in shared}

        def text(field, value):
            if field in withheld:
                return WITHHELD
            if field in _ID_FIELDS and value is not None:
                return self.label(value)
            return _text(field, value, {})

        return _lines(entry, self.label(entry.record_id), text, changes)


def _lines(entry: AuditEntry, label: str, text, changes: dict | None = None
           ) -> list[ChangeLine]:
    def line(field="", before="", after=""):
        return ChangeLine(entry.at, entry.user, entry.action, entry.record_type,
                          label, field, before, after, entry.source)

    changes = entry.changes if changes is None else changes
    if entry.action in ("delete", "restore") or not changes:
        return [line()]
    out = []
    for field, pair in changes.items():
        if field in _SKIPPED_FIELDS or not isinstance(pair, list) or len(pair) != 2:
            continue
        out.append(line(field, *(text(field, v) for v in pair)))
    return out or [line()]


def _text(field: str, value, names: dict) -> str:
    if value is None:
        return ""
    if field in _ID_FIELDS:
        return names.get(value, f"(a {_ID_FIELDS[field]} not shown)")
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    return str(value)


def write_changes_workbook(report: ChangeReport, path) -> Path:
    """The change report as a workbook: one line per changed field."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font

    from transition_planner.exchange.export import quoted_text_cell, reads_as_formula

    path = Path(path)
    check_target(path, report.plan, "change workbook")
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("Changes")
    for letter, width in zip("ABCDEFGHI", (18, 20, 9, 14, 40, 18, 28, 28, 24)):
        ws.column_dimensions[letter].width = width
    ws.freeze_panes = "A3"
    t = current()
    title = WriteOnlyCell(ws, t._(
        "Changes since the export of %(when)s UTC (%(file)s), for the %(audience)s audience",
        when=f"{report.since:%Y-%m-%d %H:%M}", file=report.export_file,
        audience=report.audience))
    title.font = Font(bold=True, size=12)
    ws.append([title])
    header = []
    for text in HEADERS:
        cell = WriteOnlyCell(ws, t.gettext(text))
        cell.font = Font(bold=True)
        header.append(cell)
    ws.append(header)
    for item in report.lines:
        values = [item.at.replace(tzinfo=None, microsecond=0), item.user, item.action,
                  item.record_type, item.record, item.field, item.before, item.after, item.source]
        cells = []
        for value in values:
            # the same quoting as the matrix: "#N/A", "=...", "+..." stay the text they are
            cell = quoted_text_cell(ws, value) if reads_as_formula(value) else WriteOnlyCell(
                ws, value)
            if isinstance(value, datetime):
                cell.number_format = "yyyy-mm-dd hh:mm"
            cells.append(cell)
        ws.append(cells)
    with replacing(path, plan=report.plan, what="change workbook") as part:
        wb.save(part)
    return path
