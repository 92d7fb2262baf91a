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


translate = QCoreApplication.translate  # lupdate finds translate("Context", "text")


def action_text(action: str) -> str:
    return translate("HistoryTableModel", ACTIONS[action]) if action in ACTIONS else action


def record_type_text(record_type: str) -> str:
    if record_type not in RECORD_TYPES:
        return record_type
    return translate("HistoryTableModel", RECORD_TYPES[record_type])


# Column names as words; a column not listed reads as its name with spaces.
FIELDS = {
    "name": QT_TRANSLATE_NOOP("HistoryFields", "name"),
    "acronym": QT_TRANSLATE_NOOP("HistoryFields", "acronym"),
    "actor_type": QT_TRANSLATE_NOOP("HistoryFields", "actor type"),
    "description": QT_TRANSLATE_NOOP("HistoryFields", "description"),
    "contact": QT_TRANSLATE_NOOP("HistoryFields", "contact"),
    "sensitive": QT_TRANSLATE_NOOP("HistoryFields", "sensitive"),
    "sensitive_fields": QT_TRANSLATE_NOOP("HistoryFields", "sensitive fields"),
    "parent_id": QT_TRANSLATE_NOOP("HistoryFields", "inside"),
    "level": QT_TRANSLATE_NOOP("HistoryFields", "level"),
    "pcode": QT_TRANSLATE_NOOP("HistoryFields", "P-code"),
    "closure_date": QT_TRANSLATE_NOOP("HistoryFields", "closure date"),
    "latitude": QT_TRANSLATE_NOOP("HistoryFields", "latitude"),
    "longitude": QT_TRANSLATE_NOOP("HistoryFields", "longitude"),
    # the gazetteer's units (an import is one history entry counting them)
    "names": QT_TRANSLATE_NOOP("HistoryFields", "names"),
    "parent_pcode": QT_TRANSLATE_NOOP("HistoryFields", "P-code above"),
    "boundary": QT_TRANSLATE_NOOP("HistoryFields", "boundary"),
    "source": QT_TRANSLATE_NOOP("HistoryFields", "source file"),
    "units": QT_TRANSLATE_NOOP("HistoryFields", "administrative units"),
    "notes": QT_TRANSLATE_NOOP("HistoryFields", "notes"),
    "location_id": QT_TRANSLATE_NOOP("HistoryFields", "location"),
    "category": QT_TRANSLATE_NOOP("HistoryFields", "category"),
    "poc_tier": QT_TRANSLATE_NOOP("HistoryFields", "POC tier"),
    "component": QT_TRANSLATE_NOOP("HistoryFields", "component"),
    "quantity": QT_TRANSLATE_NOOP("HistoryFields", "quantity"),
    "unit": QT_TRANSLATE_NOOP("HistoryFields", "unit"),
    "annual_cost": QT_TRANSLATE_NOOP("HistoryFields", "annual cost"),
    "currency": QT_TRANSLATE_NOOP("HistoryFields", "currency"),
    "end_date": QT_TRANSLATE_NOOP("HistoryFields", "end date"),
    "criticality": QT_TRANSLATE_NOOP("HistoryFields", "criticality"),
    "populations": QT_TRANSLATE_NOOP("HistoryFields", "populations"),
    "required_share": QT_TRANSLATE_NOOP("HistoryFields", "share still required"),
    "data_assets": QT_TRANSLATE_NOOP("HistoryFields", "data assets"),
    "has_sensitive_data": QT_TRANSLATE_NOOP("HistoryFields", "holds sensitive data"),
    "capacity_id": QT_TRANSLATE_NOOP("HistoryFields", "capacity"),
    "actor_id": QT_TRANSLATE_NOOP("HistoryFields", "successor"),
    "role": QT_TRANSLATE_NOOP("HistoryFields", "role"),
    "share": QT_TRANSLATE_NOOP("HistoryFields", "share"),
    "modality": QT_TRANSLATE_NOOP("HistoryFields", "modality"),
    "start_date": QT_TRANSLATE_NOOP("HistoryFields", "start date"),
    "status": QT_TRANSLATE_NOOP("HistoryFields", "status"),
    "agreement_ref": QT_TRANSLATE_NOOP("HistoryFields", "agreement"),
    "data_handover": QT_TRANSLATE_NOOP("HistoryFields", "data handover"),
    "data_protocol_agreed": QT_TRANSLATE_NOOP("HistoryFields", "data protocol agreed"),
    "handover_id": QT_TRANSLATE_NOOP("HistoryFields", "handover"),
    "source_type": QT_TRANSLATE_NOOP("HistoryFields", "source"),
    "donor": QT_TRANSLATE_NOOP("HistoryFields", "donor"),
    "amount": QT_TRANSLATE_NOOP("HistoryFields", "amount"),
    "period_start": QT_TRANSLATE_NOOP("HistoryFields", "from"),
    "period_end": QT_TRANSLATE_NOOP("HistoryFields", "to"),
    "title": QT_TRANSLATE_NOOP("HistoryFields", "title"),
    "kind": QT_TRANSLATE_NOOP("HistoryFields", "kind"),
    "due_date": QT_TRANSLATE_NOOP("HistoryFields", "due date"),
    "body": QT_TRANSLATE_NOOP("HistoryFields", "text"),
    "record_type": QT_TRANSLATE_NOOP("HistoryFields", "record type"),
    "record_id": QT_TRANSLATE_NOOP("HistoryFields", "record"),
    "author": QT_TRANSLATE_NOOP("HistoryFields", "author"),
    "dimension": QT_TRANSLATE_NOOP("HistoryFields", "dimension"),
    "score": QT_TRANSLATE_NOOP("HistoryFields", "score"),
    "confidence": QT_TRANSLATE_NOOP("HistoryFields", "confidence"),
    "evidence": QT_TRANSLATE_NOOP("HistoryFields", "evidence"),
    "assessed_on": QT_TRANSLATE_NOOP("HistoryFields", "assessed on"),
    "enabler_id": QT_TRANSLATE_NOOP("HistoryFields", "needs"),
    "note": QT_TRANSLATE_NOOP("HistoryFields", "note"),
    "threshold": QT_TRANSLATE_NOOP("HistoryFields", "threshold"),
    "baseline": QT_TRANSLATE_NOOP("HistoryFields", "baseline value"),
    "period": QT_TRANSLATE_NOOP("HistoryFields", "period"),
    "trigger_periods": QT_TRANSLATE_NOOP("HistoryFields", "periods before re-engaging"),
    "monitor_from": QT_TRANSLATE_NOOP("HistoryFields", "monitored from"),
    "headers": QT_TRANSLATE_NOOP("HistoryFields", "column titles"),
    "columns": QT_TRANSLATE_NOOP("HistoryFields", "column mapping"),
    "value": QT_TRANSLATE_NOOP("HistoryFields", "value"),
    "measured_on": QT_TRANSLATE_NOOP("HistoryFields", "measured on"),
    "indicator_id": QT_TRANSLATE_NOOP("HistoryFields", "indicator"),
    "flag_key": QT_TRANSLATE_NOOP("HistoryFields", "flag"),
    "justification": QT_TRANSLATE_NOOP("HistoryFields", "justification"),
    "accepted_by": QT_TRANSLATE_NOOP("HistoryFields", "accepted by"),
    "mission_name": QT_TRANSLATE_NOOP("HistoryFields", "mission name"),
    "mission_acronym": QT_TRANSLATE_NOOP("HistoryFields", "mission acronym"),
    "host_country": QT_TRANSLATE_NOOP("HistoryFields", "host country"),
    "mandate_end": QT_TRANSLATE_NOOP("HistoryFields", "mandate end"),
    "planned_exit": QT_TRANSLATE_NOOP("HistoryFields", "planned exit"),
    "languages": QT_TRANSLATE_NOOP("HistoryFields", "languages"),
    "classification": QT_TRANSLATE_NOOP("HistoryFields", "classification"),
    "horizon_start": QT_TRANSLATE_NOOP("HistoryFields", "horizon start"),
    "horizon_months": QT_TRANSLATE_NOOP("HistoryFields", "horizon (months)"),
    "readiness_threshold": QT_TRANSLATE_NOOP("HistoryFields", "readiness threshold"),
    "active_scenario_id": QT_TRANSLATE_NOOP("HistoryFields", "active scenario"),
    "is_baseline": QT_TRANSLATE_NOOP("HistoryFields", "baseline"),
    "closure_shift_days": QT_TRANSLATE_NOOP("HistoryFields", "closure shift (days)"),
    "closure_shift_months": QT_TRANSLATE_NOOP("HistoryFields", "closure shift (months)"),
    "scenario_id": QT_TRANSLATE_NOOP("HistoryFields", "scenario"),
    "unassessed_readiness": QT_TRANSLATE_NOOP("HistoryFields", "unassessed successors count as"),
    "agreement_status": QT_TRANSLATE_NOOP("HistoryFields", "agreement state"),
    "agreement_date": QT_TRANSLATE_NOOP("HistoryFields", "agreement date"),
    "alternative_to_id": QT_TRANSLATE_NOOP("HistoryFields", "fallback for"),
    "exit_date": QT_TRANSLATE_NOOP("HistoryFields", "exit date"),
    "code": QT_TRANSLATE_NOOP("HistoryFields", "code"),
    "label": QT_TRANSLATE_NOOP("HistoryFields", "label"),
    "label_fr": QT_TRANSLATE_NOOP("HistoryFields", "French label"),
    "attributes": QT_TRANSLATE_NOOP("HistoryFields", "attributes"),
    "builtin": QT_TRANSLATE_NOOP("HistoryFields", "built in"),
    "sort_order": QT_TRANSLATE_NOOP("HistoryFields", "order"),
    "trigger_when": QT_TRANSLATE_NOOP("HistoryFields", "trigger"),
    "from_status": QT_TRANSLATE_NOOP("HistoryFields", "from status"),
    "to_status": QT_TRANSLATE_NOOP("HistoryFields", "to status"),
    "changed_at": QT_TRANSLATE_NOOP("HistoryFields", "changed on"),
    "changed_by": QT_TRANSLATE_NOOP("HistoryFields", "changed by"),
}
# The few fixed words the services put into values.
VALUES = frozenset((
    QT_TRANSLATE_NOOP("HistoryValues", "yes"),
    QT_TRANSLATE_NOOP("HistoryValues", "no"),
    QT_TRANSLATE_NOOP("HistoryValues", "(a deleted record)"),
    QT_TRANSLATE_NOOP("HistoryValues", "(deleted location)"),
    QT_TRANSLATE_NOOP("HistoryValues", "(deleted actor)"),
    QT_TRANSLATE_NOOP("HistoryValues", "(deleted capacity)"),
    QT_TRANSLATE_NOOP("HistoryValues", "(deleted handover)"),
))


def field_text(field: str) -> str:
    """A column name as words in the window's language: 'closure_date' reads 'closure date'."""
    if field in FIELDS:
        return translate("HistoryFields", FIELDS[field])
    return field.removesuffix("_id").replace("_", " ")


def value_text(value: str) -> str:
    return translate("HistoryValues", value) if value in VALUES else value


def change_summary(row: HistoryRow) -> str:
    """One line: 'field: old → new; ...' (a deletion names how many linked records went)."""
    if row.action == "delete":
        linked = ", ".join(record_type_text(t) for t in row.tables[1:])
        if not linked:
            return ""
        return translate("HistoryTableModel", "deleted with it: %1").replace("%1", linked)
    return "; ".join(_change_text(c) for c in row.changes)


def _change_text(change: FieldChange) -> str:
    old = shown_value(change.field, change.old) or "∅"
    new = shown_value(change.field, change.new) or "∅"
    return translate("HistoryTableModel", "%1: %2 → %3").replace(
        "%1", field_text(change.field)).replace("%2", old).replace("%3", new)


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
                return translate("HistoryTableModel", "deleted (restored since)")
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
            return translate("HistoryTableModel",
                             "Deleted: select it and press Restore to bring it back")
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
