"""The actor registry table and the table of what one actor takes over."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale
from PySide6.QtGui import QBrush, QColor

from transition_planner.services.registry_view import ActorHandoverRow, ActorRow
from transition_planner.ui.models.row_table import RowTableModel, none_last

(COL_NAME, COL_ACRONYM, COL_TYPE, COL_RISK, COL_HANDOVERS, COL_READINESS,
 COL_PRESENCE) = range(7)
RISK_BACKGROUND = QColor(255, 224, 224)  # pale red behind dark text: a flag, not an alarm
RISK_FOREGROUND = QColor(140, 0, 20)


translate = QCoreApplication.translate  # lupdate finds translate("Context", "text")


def risk_text(party_to_conflict: bool, not_successor: bool) -> str:
    """The flag of an actor type that raises risks, in words ('' when none)."""
    if not_successor:
        return translate("ActorTableModel", "Not a successor")
    if party_to_conflict:
        return translate("ActorTableModel", "Party to the conflict")
    return ""


def risk_explanation(party_to_conflict: bool, not_successor: bool) -> str:
    if not_successor:
        return translate("ActorTableModel",
                         "Actors of this type cannot take over protection capacities "
                         "(e.g. private military companies).")
    if party_to_conflict:
        return translate("ActorTableModel",
                         "Actors of this type may themselves harm civilians: do not hand them "
                         "independent monitoring, and check safeguards before any handover.")
    return ""


def readiness_text(value: float | None) -> str:
    if value is None:
        return ""
    return translate("ActorTableModel", "%1 / 5").replace("%1", QLocale().toString(value, "f", 1))


class ActorTableModel(RowTableModel):
    """Actors with their type, risk flag, presence, handovers and average readiness."""

    CONTEXT = "ActorTableModel"
    HEADERS = (
        QT_TRANSLATE_NOOP("ActorTableModel", "Name"),
        QT_TRANSLATE_NOOP("ActorTableModel", "Acronym"),
        QT_TRANSLATE_NOOP("ActorTableModel", "Type"),
        QT_TRANSLATE_NOOP("ActorTableModel", "Risk"),
        QT_TRANSLATE_NOOP("ActorTableModel", "Taking over"),
        QT_TRANSLATE_NOOP("ActorTableModel", "Readiness"),
        QT_TRANSLATE_NOOP("ActorTableModel", "Present in"),
    )
    NUMERIC = frozenset({COL_HANDOVERS, COL_READINESS})

    def text(self, row: ActorRow, column: int) -> str:
        if column == COL_NAME:
            return row.name
        if column == COL_ACRONYM:
            return row.acronym
        if column == COL_TYPE:
            return row.type_label
        if column == COL_RISK:
            return risk_text(row.party_to_conflict, row.not_successor)
        if column == COL_PRESENCE:
            return ", ".join(row.presence_names)
        if column == COL_HANDOVERS:
            return str(len(row.handovers)) if row.handovers else ""
        if column == COL_READINESS:
            return readiness_text(row.readiness)
        return ""

    def sort_key(self, row: ActorRow, column: int):
        if column == COL_RISK:
            return (row.not_successor, row.party_to_conflict)
        if column == COL_PRESENCE:
            return len(row.presence)
        if column == COL_HANDOVERS:
            return len(row.handovers)
        if column == COL_READINESS:
            return none_last(row.readiness)
        return super().sort_key(row, column)

    def tooltip(self, row: ActorRow, column: int) -> str | None:
        if column == COL_RISK:
            return risk_explanation(row.party_to_conflict, row.not_successor) or None
        if column == COL_HANDOVERS and row.handovers:
            return "\n".join(f"{h.capacity} ({h.location}): {h.share:.0%}, {h.status_label}"
                             for h in row.handovers)
        if column == COL_READINESS:
            return translate("ActorTableModel", "Average of every readiness score (1-5) given "
                             "to this actor's handovers")
        if column in (COL_NAME, COL_TYPE, COL_PRESENCE):
            return self.text(row, column) or None
        return None

    def background(self, row: ActorRow, column: int):
        risky = row.party_to_conflict or row.not_successor
        return QBrush(RISK_BACKGROUND) if column == COL_RISK and risky else None

    def foreground(self, row: ActorRow, column: int):
        risky = row.party_to_conflict or row.not_successor
        return QBrush(RISK_FOREGROUND) if column == COL_RISK and risky else None

    def header_tooltip(self, section: int) -> str | None:
        if section == COL_RISK:
            return translate("ActorTableModel", "Actor types that raise risks: parties to the "
                             "conflict, non-successors")
        return None


(H_COL_CAPACITY, H_COL_LOCATION, H_COL_SHARE, H_COL_STATUS, H_COL_START) = range(5)


class ActorHandoverTableModel(RowTableModel):
    """What one actor is taking over: capacity, location, share and status."""

    CONTEXT = "ActorHandoverTableModel"
    HEADERS = (
        QT_TRANSLATE_NOOP("ActorHandoverTableModel", "Capacity"),
        QT_TRANSLATE_NOOP("ActorHandoverTableModel", "Location"),
        QT_TRANSLATE_NOOP("ActorHandoverTableModel", "Share"),
        QT_TRANSLATE_NOOP("ActorHandoverTableModel", "Status"),
        QT_TRANSLATE_NOOP("ActorHandoverTableModel", "Starts"),
    )
    NUMERIC = frozenset({H_COL_SHARE})

    def text(self, row: ActorHandoverRow, column: int) -> str:
        if column == H_COL_CAPACITY:
            return row.capacity
        if column == H_COL_LOCATION:
            return row.location
        if column == H_COL_SHARE:
            return f"{row.share:.0%}"
        if column == H_COL_STATUS:
            return row.status_label
        if column == H_COL_START:
            return row.start_date.isoformat() if row.start_date else ""
        return ""

    def sort_key(self, row: ActorHandoverRow, column: int):
        if column == H_COL_SHARE:
            return row.share
        if column == H_COL_START:
            return none_last(row.start_date)
        return super().sort_key(row, column)

