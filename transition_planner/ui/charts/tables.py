"""Qt table models of the dashboard: the flags list and the scenario comparison (no pyqtgraph)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from transition_planner.domain.gaps import FLAG_KINDS, SEVERITIES
from transition_planner.services.dashboard import FlagRow

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
KEY_ROLE = Qt.ItemDataRole.UserRole  # the flag's key
_ROOT = QModelIndex()
_HIGH = QColor(176, 0, 32)  # dark red: readable on light and dark rows
_ACCEPTED = QColor(112, 112, 112)
_BETTER, _WORSE = QColor(27, 120, 55), QColor(176, 0, 32)


translate = QCoreApplication.translate  # lupdate finds translate("Context", "text")


class FlagTableModel(QAbstractTableModel):
    """The flags of the gap report; sort() reorders the plain rows, never per cell."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[FlagRow] = []
        self._kind_labels: dict[str, str] = {}
        self._sort: tuple[int, Qt.SortOrder] | None = None

    def set_rows(self, rows, kind_labels: dict[str, str]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._kind_labels = dict(kind_labels)
        if self._sort is not None:
            self._sort_rows(*self._sort)
        self.endResetModel()

    def row_at(self, row: int) -> FlagRow:
        return self._rows[row]

    def row_of_key(self, key: str) -> int:
        return next((n for n, r in enumerate(self._rows) if r.key == key), -1)

    # --- Qt ------------------------------------------------------------------------------

    def rowCount(self, parent=_ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=_ROOT) -> int:
        return 0 if parent.isValid() else len(FLAG_HEADERS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(FLAG_HEADERS)):
            return translate("FlagTableModel", FLAG_HEADERS[section])
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row, column = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == COL_ACCEPTED and row.acceptance:
                return translate("FlagTableModel", "Accepted by {who}: {why}").format(
                    who=row.acceptance.accepted_by or "?", why=row.acceptance.justification)
            return self._text(row, column)
        if role == Qt.ItemDataRole.ForegroundRole:
            if row.acceptance is not None:  # handled: greyed, still listed
                return QBrush(_ACCEPTED)
            return QBrush(_HIGH) if column == COL_SEVERITY and row.severity == "high" else None
        if role == KEY_ROLE:
            return row.key
        return None

    def _text(self, row: FlagRow, column: int) -> str:
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

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        self.layoutAboutToBeChanged.emit()
        old = self.persistentIndexList()
        keys = [self._rows[i.row()].key for i in old]
        self._sort = (column, order)
        self._sort_rows(column, order)
        positions = {r.key: n for n, r in enumerate(self._rows)}
        self.changePersistentIndexList(
            old, [self.index(positions[k], i.column()) for k, i in zip(keys, old)])
        self.layoutChanged.emit()

    def _sort_rows(self, column: int, order) -> None:
        severity = {s: n for n, s in enumerate(SEVERITIES)}
        kind = {k: n for n, k in enumerate(FLAG_KINDS)}
        keys = {
            COL_SEVERITY: lambda r: (severity.get(r.severity, 9), kind.get(r.kind, 99)),
            COL_KIND: lambda r: (kind.get(r.kind, 99), severity.get(r.severity, 9)),
            COL_MESSAGE: lambda r: r.message.casefold(),
            COL_RECORDS: lambda r: tuple(x.name.casefold() for x in r.records),
            COL_ACCEPTED: lambda r: (r.acceptance is None,
                                     r.acceptance.justification if r.acceptance else ""),
        }
        key = keys.get(column, keys[COL_SEVERITY])
        self._rows.sort(key=lambda r: (key(r), r.key),
                        reverse=order == Qt.SortOrder.DescendingOrder)


COL_MEASURE, COL_FIRST, COL_SECOND, COL_CHANGE = range(4)


class ComparisonTableModel(QAbstractTableModel):
    """Two scenarios side by side: one measure a row, its change from the first to the second
    coloured (every measure counts problems, so an increase is worse)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[tuple[str, str, str, str, float]] = []  # texts and the raw change
        self._names = ("", "")

    def set_rows(self, rows, first_name: str, second_name: str) -> None:
        """rows: (measure label, first, second, change) already worded, and the raw change."""
        self.beginResetModel()
        self._rows = [tuple(r) for r in rows]
        self._names = (first_name, second_name)
        self.endResetModel()

    def rowCount(self, parent=_ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=_ROOT) -> int:
        return 0 if parent.isValid() else 4

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            COL_MEASURE: translate("ComparisonTableModel", "Measure"),
            COL_FIRST: self._names[0], COL_SECOND: self._names[1],
            COL_CHANGE: translate("ComparisonTableModel", "Change"),
        }.get(section)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row, column = self._rows[index.row()], index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole) and column < 4:
            return row[column]
        if role == Qt.ItemDataRole.TextAlignmentRole and column != COL_MEASURE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and column == COL_CHANGE and row[4]:
            return QBrush(_WORSE if row[4] > 0 else _BETTER)
        return None
