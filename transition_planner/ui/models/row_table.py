"""The one base of the window's flat tables (registries, funding, history, flags, the detail
panel's lists): a list of plain rows, sorted in Python, never per cell."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt

from transition_planner.ui.theme import cell_text

ID_ROLE = Qt.ItemDataRole.UserRole  # the record id of a row
ROW_ROLE = Qt.ItemDataRole.UserRole + 1  # the whole plain row


class RowTableModel(QAbstractTableModel):
    """Rows with an `id`; subclasses give headers and per-column text, sort keys and colours."""

    CONTEXT = "RowTableModel"  # translation context of HEADERS
    HEADERS: tuple[str, ...] = ()  # marked with QT_TRANSLATE_NOOP(CONTEXT, ...)
    NUMERIC: frozenset[int] = frozenset()  # right-aligned columns
    UNCUT: frozenset[int] = frozenset()  # dates and codes: like NUMERIC, never cut short

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

    def header_text(self, section: int) -> str:
        return QCoreApplication.translate(self.CONTEXT, self.HEADERS[section])

    def whole_columns(self) -> frozenset[int]:
        """The columns a table fitted to a small window keeps whole (widgets/fit_columns.py):
        an amount or a date cut short reads as another."""
        return self.NUMERIC | self.UNCUT

    def widest_text(self, column: int) -> str:
        """The widest text a whole column holds over every row, where the model knows it
        cheaply; "" leaves the table to measure the rows it shows."""
        return ""

    def column_total(self) -> int:
        return len(self.HEADERS)

    def row_id(self, row):
        """What ID_ROLE gives and row_of_id looks for: the record id of a row."""
        return row.id

    # --- rows --------------------------------------------------------------------------------

    def set_rows(self, rows: list, sorted_by: tuple | None = None) -> None:
        """Replace every row, keeping the current sort; rows that sorted_rows() put in
        `sorted_by` order need no sorting again when that is still the table's order."""
        self.beginResetModel()
        self._rows = list(rows)
        if self._sort is not None and self._sort != sorted_by:
            self._sort_rows(*self._sort)
        self.endResetModel()

    def sorted_rows(self, rows) -> tuple[list, tuple | None]:
        """The rows in the table's current order, and that order, for set_rows: a page's
        worker thread sorts 60,000 funding lines here instead of the GUI thread (the sort
        keys read the rows only, never Qt)."""
        order, rows = self._sort, list(rows)
        if order is not None:
            self._sort_list(rows, *order)
        return rows, order

    def rows(self) -> list:
        return list(self._rows)

    def row_at(self, number: int):
        return self._rows[number]

    def row_of_id(self, record_id: str | None) -> int:
        """The row number of a record, or -1."""
        if record_id is None:  # no record shown: nothing to look for among 60,000 rows
            return -1
        for number, row in enumerate(self._rows):
            if self.row_id(row) == record_id:
                return number
        return -1

    # --- Qt model API ------------------------------------------------------------------------

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.column_total()

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < self.column_total():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.header_text(section)
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
            return self.row_id(row)
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tooltip(row, column)
        if role == Qt.ItemDataRole.ForegroundRole:
            # readable on the cell in a dark palette too (theme.cell_text)
            return cell_text(self.foreground(row, column), self.background(row, column))
        if role == Qt.ItemDataRole.BackgroundRole:
            return self.background(row, column)
        if role == Qt.ItemDataRole.DecorationRole:
            return self.decoration(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in self.NUMERIC:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        """Sort the row list by raw values; selections follow their rows."""
        if not 0 <= column < self.column_total():
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
        self._sort_list(self._rows, column, order)

    def _sort_list(self, rows: list, column: int, order: Qt.SortOrder) -> None:
        # Python's sort is stable: ties keep the services' order (usually by name).
        rows.sort(key=lambda row: self.sort_key(row, column),
                  reverse=order == Qt.SortOrder.DescendingOrder)


class ColumnTableModel(RowTableModel):
    """A read-only table whose columns are (header, text-of-row) pairs, headers already in the
    window's language (the detail panel's lists); a cell's tooltip is its text."""

    def __init__(self, columns: Sequence[tuple[str, Callable[[object], str]]], parent=None):
        super().__init__(parent)
        self._columns = list(columns)

    def set_headers(self, headers: Sequence[str]) -> None:
        self._columns = [(h, text) for h, (_old, text) in zip(headers, self._columns)]
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self._columns) - 1)

    def column_total(self) -> int:
        return len(self._columns)

    def header_text(self, section: int) -> str:
        return self._columns[section][0]

    def text(self, row, column: int) -> str:
        return self._columns[column][1](row)

    def tooltip(self, row, column: int) -> str | None:
        return self.text(row, column)


def none_last(value):
    """A sort key that puts missing values (None) after every real one."""
    return (value is None, value if value is not None else 0)
