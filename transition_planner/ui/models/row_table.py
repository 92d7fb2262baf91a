"""Base of the registry, funding and history tables: a list of plain rows, sorted in Python."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt

ID_ROLE = Qt.ItemDataRole.UserRole  # the record id of a row
ROW_ROLE = Qt.ItemDataRole.UserRole + 1  # the whole plain row


class RowTableModel(QAbstractTableModel):
    """Rows with an `id`; subclasses give headers and per-column text, sort keys and colours."""

    CONTEXT = "RowTableModel"  # translation context of HEADERS
    HEADERS: tuple[str, ...] = ()  # marked with QT_TRANSLATE_NOOP(CONTEXT, ...)
    NUMERIC: frozenset[int] = frozenset()  # right-aligned columns

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list = []
        self._sort: tuple[int, Qt.SortOrder] | None = None

    # --- what subclasses say -----------------------------------------------------------------

    def text(self, row, column: int) -> str:
        raise NotImplementedError

    def sort_key(self, row, column: int):
        """The raw value a column sorts by; by default its text, ignoring case."""
        return self.text(row, column).casefold()

    def tooltip(self, row, column: int) -> str | None:
        return None

    def foreground(self, row, column: int):
        return None

    def background(self, row, column: int):
        return None

    def decoration(self, row, column: int):
        return None

    def header_tooltip(self, section: int) -> str | None:
        return None

    # --- rows --------------------------------------------------------------------------------

    def set_rows(self, rows: list) -> None:
        """Replace every row, keeping the current sort."""
        self.beginResetModel()
        self._rows = list(rows)
        if self._sort is not None:
            self._sort_rows(*self._sort)
        self.endResetModel()

    def rows(self) -> list:
        return list(self._rows)

    def row_at(self, number: int):
        return self._rows[number]

    def row_of_id(self, record_id: str | None) -> int:
        """The row number of a record, or -1."""
        for number, row in enumerate(self._rows):
            if row.id == record_id:
                return number
        return -1

    # --- Qt model API ------------------------------------------------------------------------

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.HEADERS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate(self.CONTEXT, self.HEADERS[section])
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.header_tooltip(section)
        return None

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row, column = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(row, column)
        if role == ID_ROLE:
            return row.id
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tooltip(row, column)
        if role == Qt.ItemDataRole.ForegroundRole:
            return self.foreground(row, column)
        if role == Qt.ItemDataRole.BackgroundRole:
            return self.background(row, column)
        if role == Qt.ItemDataRole.DecorationRole:
            return self.decoration(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in self.NUMERIC:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        """Sort the row list by raw values; selections follow their rows."""
        if not 0 <= column < len(self.HEADERS):
            return
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        tracked = [(index, self._rows[index.row()]) for index in persistent]
        self._sort = (column, order)
        self._sort_rows(column, order)
        position = {id(row): number for number, row in enumerate(self._rows)}
        self.changePersistentIndexList(
            [index for index, _ in tracked],
            [self.index(position[id(row)], index.column()) for index, row in tracked],
        )
        self.layoutChanged.emit()

    def _sort_rows(self, column: int, order: Qt.SortOrder) -> None:
        # Python's sort is stable: ties keep the services' order (usually by name).
        self._rows.sort(key=lambda row: self.sort_key(row, column),
                        reverse=order == Qt.SortOrder.DescendingOrder)


def none_last(value):
    """A sort key that puts missing values (None) after every real one."""
    return (value is None, value if value is not None else 0)
