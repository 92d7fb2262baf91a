"""The gap flags of one capacity, kept current while the plan is edited."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLabel, QScrollArea, QVBoxLayout, QWidget

from transition_planner.services.inventory_view import FlagView

FLAG_NAMES = {
    "no_successor": QT_TRANSLATE_NOOP("FlagNames", "No successor"),
    "discontinued": QT_TRANSLATE_NOOP("FlagNames", "Discontinued after the mission leaves"),
    "late_successor": QT_TRANSLATE_NOOP("FlagNames", "Successor starts after the mission leaves"),
    "successor_ends": QT_TRANSLATE_NOOP("FlagNames", "Successor's commitment ends"),
    "partial_cover": QT_TRANSLATE_NOOP("FlagNames", "Only partly covered"),
    "readiness_below_threshold": QT_TRANSLATE_NOOP("FlagNames", "Readiness below threshold"),
    "readiness_not_assessed": QT_TRANSLATE_NOOP("FlagNames", "Readiness not assessed"),
    "alternative_not_agreed": QT_TRANSLATE_NOOP("FlagNames", "Fallback not agreed"),
    "agreement_missing": QT_TRANSLATE_NOOP("FlagNames", "No signed agreement"),
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
    """The capacity's flags as short lines, the rule's name first, coloured by severity."""

    def __init__(self, parent=None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        self.state = QLabel()
        self.state.setObjectName("flags_state")
        layout.addWidget(self.state)
        self.text = QLabel()
        self.text.setObjectName("flag_list")
        self.text.setAccessibleName(self.tr("Gap flags of this capacity"))
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setWidget(self.text)
        layout.addWidget(self.scroll)
        self.flags: tuple[FlagView, ...] = ()
        self.show_flags((), busy=False)

    def show_flags(self, flags: tuple[FlagView, ...], busy: bool) -> None:
        self.flags = tuple(flags)
        lines = []
        for flag in self.flags:
            severity = QCoreApplication.translate("FlagNames", SEVERITY_NAMES.get(flag.severity,
                                                                                  flag.severity))
            colour = SEVERITY_COLOURS.get(flag.severity, QColor(0, 0, 0)).name()
            lines.append(f'<p style="margin:0 0 3px 0"><span style="color:{colour}">'
                         f"<b>{escape(flag_name(flag.kind))}</b> ({escape(severity)})</span>: "
                         f"{escape(flag.message)}</p>")
        self.text.setText("".join(lines))
        self.scroll.setVisible(bool(self.flags))
        self._fit()
        if busy:
            self.state.setText(self.tr("Gap flags: recomputing…"))
        elif self.flags:
            self.state.setText(self.tr("Gap flags: %n", "", len(self.flags)))
        else:
            self.state.setText(self.tr("Gap flags: none, this capacity is covered"))

    def _fit(self) -> None:
        """As tall as the flags, up to about six lines (then it scrolls)."""
        if self.flags:
            needed = self.text.heightForWidth(max(self.width() - 4, 200)) + 4
            self.scroll.setFixedHeight(min(needed, self.fontMetrics().lineSpacing() * 6))

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit()

    def kinds(self) -> list[str]:
        return [flag.kind for flag in self.flags]
