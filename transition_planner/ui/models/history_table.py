"""The audit trail table and the old -> new values of one entry."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QBrush, QColor

from transition_planner.services.history_view import FieldChange, HistoryRow
from transition_planner.ui.models.row_table import RowTableModel, none_last

COL_WHEN, COL_USER, COL_ACTION, COL_TYPE, COL_RECORD, COL_CHANGES = range(6)
DELETED = QColor(176, 0, 32)

ACTIONS = {
    "create": QT_TRANSLATE_NOOP("HistoryTableModel", "added"),
    "update": QT_TRANSLATE_NOOP("HistoryTableModel", "changed"),
    "delete": QT_TRANSLATE_NOOP("HistoryTableModel", "deleted"),
    "restore": QT_TRANSLATE_NOOP("HistoryTableModel", "restored"),
}
RECORD_TYPES = {
    "plan": QT_TRANSLATE_NOOP("HistoryTableModel", "Plan"),
    "scenario": QT_TRANSLATE_NOOP("HistoryTableModel", "Scenario"),
    "taxonomyterm": QT_TRANSLATE_NOOP("HistoryTableModel", "List term"),
    "location": QT_TRANSLATE_NOOP("HistoryTableModel", "Location"),
    "actor": QT_TRANSLATE_NOOP("HistoryTableModel", "Actor"),
    "actorpresence": QT_TRANSLATE_NOOP("HistoryTableModel", "Actor presence"),
    "capacity": QT_TRANSLATE_NOOP("HistoryTableModel", "Capacity"),
    "capacityenabler": QT_TRANSLATE_NOOP("HistoryTableModel", "Enabler link"),
    "handover": QT_TRANSLATE_NOOP("HistoryTableModel", "Handover"),
    "handoverstatuschange": QT_TRANSLATE_NOOP("HistoryTableModel", "Status change"),
    "readinessscore": QT_TRANSLATE_NOOP("HistoryTableModel", "Readiness score"),
    "fundingline": QT_TRANSLATE_NOOP("HistoryTableModel", "Funding line"),
    "milestone": QT_TRANSLATE_NOOP("HistoryTableModel", "Milestone"),
    "protectionindicator": QT_TRANSLATE_NOOP("HistoryTableModel", "Protection indicator"),
    "indicatorvalue": QT_TRANSLATE_NOOP("HistoryTableModel", "Indicator value"),
    "comment": QT_TRANSLATE_NOOP("HistoryTableModel", "Comment"),
    "flagacceptance": QT_TRANSLATE_NOOP("HistoryTableModel", "Accepted flag"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("HistoryTableModel", text)


def action_text(action: str) -> str:
    return _tr(ACTIONS[action]) if action in ACTIONS else action


def record_type_text(record_type: str) -> str:
    return _tr(RECORD_TYPES[record_type]) if record_type in RECORD_TYPES else record_type


# Column names as words; a column not listed reads as its name with spaces.
FIELDS = {name: QT_TRANSLATE_NOOP("HistoryFields", text) for name, text in (
    ("name", "name"), ("acronym", "acronym"), ("actor_type", "actor type"),
    ("description", "description"), ("contact", "contact"), ("sensitive", "sensitive"),
    ("sensitive_fields", "sensitive fields"), ("parent_id", "inside"), ("level", "level"),
    ("pcode", "P-code"), ("closure_date", "closure date"), ("notes", "notes"),
    ("location_id", "location"), ("category", "category"), ("poc_tier", "POC tier"),
    ("component", "component"), ("quantity", "quantity"), ("unit", "unit"),
    ("annual_cost", "annual cost"), ("currency", "currency"), ("end_date", "end date"),
    ("criticality", "criticality"), ("populations", "populations"),
    ("required_share", "share still required"), ("data_assets", "data assets"),
    ("has_sensitive_data", "holds sensitive data"), ("capacity_id", "capacity"),
    ("actor_id", "successor"), ("role", "role"), ("share", "share"), ("modality", "modality"),
    ("start_date", "start date"), ("status", "status"), ("agreement_ref", "agreement"),
    ("data_handover", "data handover"), ("data_protocol_agreed", "data protocol agreed"),
    ("handover_id", "handover"), ("source_type", "source"), ("donor", "donor"),
    ("amount", "amount"), ("period_start", "from"), ("period_end", "to"), ("title", "title"),
    ("kind", "kind"), ("due_date", "due date"), ("body", "text"),
    ("record_type", "record type"), ("record_id", "record"), ("author", "author"),
    ("dimension", "dimension"), ("score", "score"), ("confidence", "confidence"),
    ("evidence", "evidence"), ("assessed_on", "assessed on"), ("enabler_id", "needs"),
    ("note", "note"), ("threshold", "threshold"), ("value", "value"),
    ("measured_on", "measured on"), ("indicator_id", "indicator"),
)}
# The few fixed words the services put into values.
VALUES = {text: QT_TRANSLATE_NOOP("HistoryValues", text) for text in (
    "yes", "no", "(a deleted record)", "(deleted location)", "(deleted actor)",
    "(deleted capacity)", "(deleted handover)",
)}


def field_text(field: str) -> str:
    """A column name as words in the window's language: 'closure_date' reads 'closure date'."""
    if field in FIELDS:
        return QCoreApplication.translate("HistoryFields", FIELDS[field])
    return field.removesuffix("_id").replace("_", " ")


def value_text(value: str) -> str:
    return QCoreApplication.translate("HistoryValues", VALUES[value]) if value in VALUES else value


def change_summary(row: HistoryRow) -> str:
    """One line: 'field: old → new; ...' (a deletion names how many linked records went)."""
    if row.action == "delete":
        linked = ", ".join(record_type_text(t) for t in row.tables[1:])
        return _tr("deleted with it: %1").replace("%1", linked) if linked else ""
    return "; ".join(_change_text(c) for c in row.changes)


def _change_text(change: FieldChange) -> str:
    old = shown_value(change.field, change.old) or "∅"
    new = shown_value(change.field, change.new) or "∅"
    return f"{field_text(change.field)}: {old} → {new}"


def shown_value(field: str, value: str) -> str:
    """A value as the table shows it: fixed words and record types in the window's language."""
    return record_type_text(value) if field == "record_type" and value else value_text(value)


class HistoryTableModel(RowTableModel):
    """Audit entries, newest first: when, who, what, on which record, and the values."""

    CONTEXT = "HistoryTableModel"
    HEADERS = (
        QT_TRANSLATE_NOOP("HistoryTableModel", "When"),
        QT_TRANSLATE_NOOP("HistoryTableModel", "User"),
        QT_TRANSLATE_NOOP("HistoryTableModel", "Action"),
        QT_TRANSLATE_NOOP("HistoryTableModel", "Record type"),
        QT_TRANSLATE_NOOP("HistoryTableModel", "Record"),
        QT_TRANSLATE_NOOP("HistoryTableModel", "Changes"),
    )

    def text(self, row: HistoryRow, column: int) -> str:
        if column == COL_WHEN:
            return row.at.astimezone().strftime("%Y-%m-%d %H:%M")
        if column == COL_USER:
            return row.user
        if column == COL_ACTION:
            if row.action == "delete" and row.restored_at is not None:
                return _tr("deleted (restored since)")
            return action_text(row.action)
        if column == COL_TYPE:
            return record_type_text(row.record_type)
        if column == COL_RECORD:
            return row.record_label
        if column == COL_CHANGES:
            return change_summary(row)
        return ""

    def sort_key(self, row: HistoryRow, column: int):
        if column == COL_WHEN:
            return none_last(row.at)
        return super().sort_key(row, column)

    def foreground(self, row: HistoryRow, column: int):
        if column == COL_ACTION and row.restorable:
            return QBrush(DELETED)
        return None

    def tooltip(self, row: HistoryRow, column: int) -> str | None:
        if column == COL_CHANGES and row.changes:
            return "\n".join(_change_text(c) for c in row.changes)
        if column == COL_ACTION and row.restorable:
            return _tr("Deleted: select it and press Restore to bring it back")
        if column == COL_WHEN:
            return row.at.astimezone().isoformat(timespec="seconds")
        return self.text(row, column) or None


F_COL_FIELD, F_COL_OLD, F_COL_NEW = range(3)


class _Change:
    """A field change with the `id` the base model finds rows by."""

    __slots__ = ("id", "change")

    def __init__(self, change: FieldChange):
        self.id, self.change = change.field, change


class HistoryChangesTableModel(RowTableModel):
    """The fields of one audit entry: each old value next to its new one."""

    CONTEXT = "HistoryChangesTableModel"
    HEADERS = (
        QT_TRANSLATE_NOOP("HistoryChangesTableModel", "Field"),
        QT_TRANSLATE_NOOP("HistoryChangesTableModel", "Old value"),
        QT_TRANSLATE_NOOP("HistoryChangesTableModel", "New value"),
    )

    def set_changes(self, changes) -> None:
        self.set_rows([_Change(c) for c in changes])

    def text(self, row: _Change, column: int) -> str:
        change = row.change
        if column == F_COL_FIELD:
            return field_text(change.field)
        return shown_value(change.field, change.old if column == F_COL_OLD else change.new)

    def tooltip(self, row: _Change, column: int) -> str | None:
        return self.text(row, column) or None
