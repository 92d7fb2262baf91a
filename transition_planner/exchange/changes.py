"""What changed since the last matrix export: the audit trail, for the next cluster meeting."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import select

from transition_planner.domain.audience import INTERNAL, check_audience
from transition_planner.exchange.export import EXPORT
from transition_planner.exchange.rows import load_rows
from transition_planner.services.errors import ServiceError
from transition_planner.services.files import check_target, replacing
from transition_planner.services.plans import PlanHandle
from transition_planner.store.models import TABLES, AuditEntry, ReadinessScore

# Outside the mission only the matrix's own records are reported.
SHARED_TYPES = {"capacity", "handover", "readinessscore", "actor", "location"}
_SKIPPED_FIELDS = {"sensitive", "sensitive_fields", "updated_at", "created_at", "id"}
_ID_FIELDS = {"location_id": "location", "actor_id": "actor", "capacity_id": "capacity",
              "parent_id": "location", "handover_id": "handover"}
HEADERS = ("When (UTC)", "Who", "Action", "Record type", "Record", "Field", "Before", "After",
           "Source")


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


def last_export(handle: PlanHandle) -> AuditEntry | None:
    with handle.read() as session:
        return session.execute(
            select(AuditEntry).where(AuditEntry.action == EXPORT)
            .order_by(AuditEntry.at.desc()).limit(1)
        ).scalar_one_or_none()


def changes_since_export(handle: PlanHandle, audience: str | None = None) -> ChangeReport:
    """Every audited change after the last export, as the export's audience may see it."""
    export = last_export(handle)
    if export is None:
        raise ServiceError("This plan has not been exported to a matrix workbook yet.")
    audience = audience or (export.changes.get("audience") or [None, INTERNAL])[1]
    try:
        check_audience(audience)
    except ValueError as exc:
        raise ServiceError(str(exc)) from None
    rows = load_rows(handle, audience)
    names = _names(rows)
    hidden = _hidden(rows)
    lines = []
    with handle.read() as session:
        entries = session.execute(
            select(AuditEntry).where(AuditEntry.at > export.at, AuditEntry.action != EXPORT)
            .order_by(AuditEntry.at)
        ).scalars().all()
        for entry in entries:
            withheld: set[str] = set()
            if audience != INTERNAL:
                if not _shared(session, entry, hidden):
                    continue
                withheld = _withheld(session, entry)
            lines += _lines(entry, names, withheld)
    return ChangeReport(export.at, export.source, audience, lines, handle.path)


def _names(rows) -> dict[str, str]:
    names = {p.id: p.name for p in rows.places.values() if not p.hidden}
    names.update({a.id: a.name for a in rows.successors.values() if not a.hidden})
    for row in rows.rows:
        if not row.hidden:
            names[row.capacity_id] = row.values["name"]
    return names


def _hidden(rows) -> set[str]:
    """Ids of records hidden from the audience.

    A capacity counts as hidden when all its rows are (conservative when only its successor is).
    """
    hidden = {p.id for p in rows.places.values() if p.hidden}
    hidden |= {a.id for a in rows.successors.values() if a.hidden}
    shown_caps = {row.capacity_id for row in rows.rows if not row.hidden}
    for row in rows.rows:
        if row.capacity_id not in shown_caps:
            hidden.add(row.capacity_id)
        if row.hidden and row.handover_id:
            hidden.add(row.handover_id)
    return hidden


def _shared(session, entry: AuditEntry, hidden: set[str]) -> bool:
    if entry.record_type not in SHARED_TYPES or entry.record_id in hidden:
        return False
    if entry.record_type == "readinessscore":
        score = session.get(ReadinessScore, entry.record_id)
        owner = score.handover_id if score else (_snapshot(entry).get("handover_id"))
        if owner is None or owner in hidden:
            return False
    if _snapshot(entry).get("sensitive"):
        return False
    created = entry.changes.get("sensitive") if entry.action == "create" else None
    return not (created and created[1])


def _snapshot(entry: AuditEntry) -> dict:
    rows = (entry.snapshot or {}).get("rows") or []
    return rows[0][1] if rows else {}


def _withheld(session, entry: AuditEntry) -> set[str]:
    """The fields of the record marked sensitive (now, or when it was deleted)."""
    record = session.get(TABLES[entry.record_type], entry.record_id)
    fields = getattr(record, "sensitive_fields", None) if record is not None else (
        _snapshot(entry).get("sensitive_fields"))
    return set(fields or ())


def _lines(entry: AuditEntry, names: dict, withheld: set[str]) -> list[ChangeLine]:
    def line(field="", before="", after=""):
        return ChangeLine(entry.at, entry.user, entry.action, entry.record_type,
                          entry.record_label, field, before, after, entry.source)

    if entry.action in ("delete", "restore") or not entry.changes:
        return [line()]
    out = []
    for field, pair in entry.changes.items():
        if field in _SKIPPED_FIELDS or not isinstance(pair, list) or len(pair) != 2:
            continue
        if field in withheld:
            out.append(line(field, "(withheld)", "(withheld)"))
            continue
        before, after = (_text(field, v, names) for v in pair)
        out.append(line(field, before, after))
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

    from transition_planner.exchange.export import FORMULA_STARTS

    path = Path(path)
    check_target(path, report.plan, "change workbook")
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("Changes")
    for letter, width in zip("ABCDEFGHI", (18, 20, 9, 14, 40, 18, 28, 28, 24)):
        ws.column_dimensions[letter].width = width
    ws.freeze_panes = "A3"
    title = WriteOnlyCell(ws, f"Changes since the export of {report.since:%Y-%m-%d %H:%M} UTC "
                              f"({report.export_file}), for the {report.audience} audience")
    title.font = Font(bold=True, size=12)
    ws.append([title])
    header = []
    for text in HEADERS:
        cell = WriteOnlyCell(ws, text)
        cell.font = Font(bold=True)
        header.append(cell)
    ws.append(header)
    for item in report.lines:
        values = [item.at.replace(tzinfo=None, microsecond=0), item.user, item.action,
                  item.record_type, item.record, item.field, item.before, item.after, item.source]
        cells = []
        for value in values:
            cell = WriteOnlyCell(ws, value)
            if isinstance(value, str) and value.startswith(FORMULA_STARTS):
                cell.data_type = "s"  # text, never a formula
            if isinstance(value, datetime):
                cell.number_format = "yyyy-mm-dd hh:mm"
            cells.append(cell)
        ws.append(cells)
    with replacing(path, plan=report.plan, what="change workbook") as part:
        wb.save(part)
    return path
