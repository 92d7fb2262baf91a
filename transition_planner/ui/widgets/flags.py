"""The gap flags of one capacity, kept current while the plan is edited."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from transition_planner.services.inventory_view import FlagView

FLAG_NAMES = {
    "no_successor": QT_TRANSLATE_NOOP("FlagNames", "No successor"),
    "late_successor": QT_TRANSLATE_NOOP("FlagNames", "Successor starts after the mission leaves"),
    "readiness_below_threshold": QT_TRANSLATE_NOOP("FlagNames", "Readiness below threshold"),
    "unfunded_after_exit": QT_TRANSLATE_NOOP("FlagNames", "Unfunded after exit"),
    "over_allocation": QT_TRANSLATE_NOOP("FlagNames", "Shares above 100%"),
    "enabler_orphaned": QT_TRANSLATE_NOOP("FlagNames", "Enabler orphaned"),
    "independence_conflict": QT_TRANSLATE_NOOP("FlagNames", "Independence conflict"),
    "data_without_protocol": QT_TRANSLATE_NOOP("FlagNames",
                                               "Sensitive data without a handover protocol"),
}
SEVERITY_NAMES = {
    "high": QT_TRANSLATE_NOOP("FlagNames", "high"),
    "medium": QT_TRANSLATE_NOOP("FlagNames", "medium"),
    "low": QT_TRANSLATE_NOOP("FlagNames", "low"),
}
SEVERITY_COLOURS = {"high": QColor(176, 0, 32), "medium": QColor(138, 83, 0),
                    "low": QColor(60, 64, 67)}


def flag_name(kind: str) -> str:
    return QCoreApplication.translate("FlagNames", FLAG_NAMES.get(kind, kind))


class LiveFlags(QWidget):
    """A short list of the capacity's flags, the rule's name first, the message as tooltip."""

    def __init__(self, parent=None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        self.state = QLabel()
        self.state.setObjectName("flags_state")
        layout.addWidget(self.state)
        self.list = QListWidget()
        self.list.setObjectName("flag_list")
        self.list.setAccessibleName(self.tr("Gap flags of this capacity"))
        self.list.setWordWrap(True)
        layout.addWidget(self.list)
        self.flags: tuple[FlagView, ...] = ()
        self.show_flags((), busy=False)

    def show_flags(self, flags: tuple[FlagView, ...], busy: bool) -> None:
        self.flags = tuple(flags)
        self.list.clear()
        for flag in self.flags:
            severity = QCoreApplication.translate("FlagNames", SEVERITY_NAMES.get(flag.severity,
                                                                                  flag.severity))
            item = QListWidgetItem(f"{flag_name(flag.kind)} ({severity}): {flag.message}")
            item.setToolTip(flag.message)
            item.setData(Qt.ItemDataRole.UserRole, flag.kind)
            item.setForeground(QBrush(SEVERITY_COLOURS.get(flag.severity, QColor(0, 0, 0))))
            self.list.addItem(item)
        self.list.setVisible(bool(self.flags))
        if self.flags:  # as tall as its flags, up to about four of them
            self.list.setFixedHeight(min(110, sum(self.list.sizeHintForRow(i) for i in
                                                  range(self.list.count())) + 6))
        if busy:
            self.state.setText(self.tr("Gap flags: recomputing…"))
        elif self.flags:
            self.state.setText(self.tr("Gap flags: %n", "", len(self.flags)))
        else:
            self.state.setText(self.tr("Gap flags: none, this capacity is covered"))

    def kinds(self) -> list[str]:
        return [flag.kind for flag in self.flags]
