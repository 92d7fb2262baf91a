"""Qt table models of the dashboard: the flags list and the scenario comparison (no pyqtgraph)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor

from transition_planner.domain.gaps import FLAG_KINDS, SEVERITIES
from transition_planner.services.dashboard import FlagRow
from transition_planner.ui.models.row_table import RowTableModel

COL_SEVERITY, COL_KIND, COL_MESSAGE, COL_RECORDS, COL_ACCEPTED = range(5)
FLAG_HEADERS = (
    QT_TRANSLATE_NOOP("FlagTableModel", "Severity"),
    QT_TRANSLATE_NOOP("FlagTableModel", "Flag"),
    QT_TRANSLATE_NOOP("FlagTableModel", "Reason"),
    QT_TRANSLATE_NOOP("FlagTableModel", "Records involved"),
    QT_TRANSLATE_NOOP("FlagTableModel", "Accepted risk"),
)
SEVERITY_TEXT = {
    "high": QT_TRANSLATE_NOOP("FlagTableModel", "High"),
    "medium": QT_TRANSLATE_NOOP("FlagTableModel", "Medium"),
    "low": QT_TRANSLATE_NOOP("FlagTableModel", "Low"),
}
KEY_ROLE = Qt.ItemDataRole.UserRole  # the flag's key (the rows' ID_ROLE)
_SEVERITY = {s: n for n, s in enumerate(SEVERITIES)}
_KIND = {k: n for n, k in enumerate(FLAG_KINDS)}
_HIGH = QColor(176, 0, 32)  # dark red: readable on light and dark rows
_ACCEPTED = QColor(112, 112, 112)
_BETTER, _WORSE = QColor(27, 120, 55), QColor(176, 0, 32)


translate = QCoreApplication.translate  # lupdate finds translate("Context", "text")


class FlagTableModel(RowTableModel):
    """The flags of the gap report; sort() reorders the plain rows, never per cell."""

    CONTEXT = "FlagTableModel"
    HEADERS = FLAG_HEADERS

    def __init__(self, parent=None):
        super().__init__(parent)
        self._kind_labels: dict[str, str] = {}

    def set_rows(self, rows, kind_labels: dict[str, str]) -> None:
        self._kind_labels = dict(kind_labels)
        super().set_rows(rows)

    def row_id(self, row: FlagRow) -> str:
        return row.key  # KEY_ROLE

    def row_of_key(self, key: str) -> int:
        return self.row_of_id(key)

    def text(self, row: FlagRow, column: int) -> str:
        if column == COL_SEVERITY:
            return translate("FlagTableModel", SEVERITY_TEXT.get(row.severity, row.severity))
        if column == COL_KIND:
            return self._kind_labels.get(row.kind, row.kind)
        if column == COL_MESSAGE:
            return row.message
        if column == COL_RECORDS:  # a handover's name repeats its capacity and successor
            return ", ".join(r.name for r in row.records if r.type != "handover")
        if column == COL_ACCEPTED:
            return row.acceptance.justification if row.acceptance else ""
        return ""

    def tooltip(self, row: FlagRow, column: int) -> str:
        if column == COL_ACCEPTED and row.acceptance:
            return translate("FlagTableModel", "Accepted by {who}: {why}").format(
                who=row.acceptance.accepted_by or "?", why=row.acceptance.justification)
        return self.text(row, column)

    def foreground(self, row: FlagRow, column: int):
        if row.acceptance is not None:  # handled: greyed, still listed
            return QBrush(_ACCEPTED)
        return QBrush(_HIGH) if column == COL_SEVERITY and row.severity == "high" else None

    def sort_key(self, row: FlagRow, column: int):
        severity, kind = _SEVERITY.get(row.severity, 9), _KIND.get(row.kind, 99)
        if column == COL_KIND:
            key = (kind, severity)
        elif column == COL_MESSAGE:
            key = row.message.casefold()
        elif column == COL_RECORDS:
            key = tuple(x.name.casefold() for x in row.records)
        elif column == COL_ACCEPTED:
            key = (row.acceptance is None, row.acceptance.justification if row.acceptance else "")
        else:
            key = (severity, kind)
        return (key, row.key)  # ties in the same order every time


COL_MEASURE, COL_FIRST, COL_SECOND, COL_CHANGE = range(4)


class ComparisonTableModel(RowTableModel):
    """Two scenarios side by side: one measure a row, its change from the first to the second
    coloured (every measure counts problems, so an increase is worse)."""

    NUMERIC = frozenset({COL_FIRST, COL_SECOND, COL_CHANGE})

    def __init__(self, parent=None):
        super().__init__(parent)
        self._names = ("", "")

    def set_rows(self, rows, first_name: str, second_name: str) -> None:
        """rows: (measure label, first, second, change) already worded, and the raw change."""
        self._names = (first_name, second_name)
        super().set_rows([tuple(r) for r in rows])

    def column_total(self) -> int:
        return 4

    def header_text(self, section: int) -> str:
        return {
            COL_MEASURE: translate("ComparisonTableModel", "Measure"),
            COL_FIRST: self._names[0], COL_SECOND: self._names[1],
            COL_CHANGE: translate("ComparisonTableModel", "Change"),
        }[section]

    def row_id(self, row) -> str:
        return row[COL_MEASURE]

    def text(self, row, column: int) -> str:
        return row[column]

    def tooltip(self, row, column: int) -> str:
        return row[column]

    def foreground(self, row, column: int):
        if column == COL_CHANGE and row[4]:
            return QBrush(_WORSE if row[4] > 0 else _BETTER)
        return None
