"""The location tree (country > province > territory > team site) and the closure calendar."""

from __future__ import annotations

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractItemModel,
    QByteArray,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor

from transition_planner.services.registry_view import LocationRow
from transition_planner.ui.models.row_table import ID_ROLE, ROW_ROLE, RowTableModel, none_last
from transition_planner.ui.theme import readable

COL_NAME, COL_LEVEL, COL_PCODE, COL_CLOSURE, COL_CAPACITIES = range(5)
MIME_TYPE = "application/x-transition-planner-location-ids"
INHERITED = QColor(110, 110, 110)  # grey: a date that comes from an enclosing location


translate = QCoreApplication.translate  # lupdate finds translate("Context", "text")


def closure_text(row: LocationRow) -> str:
    """Its own closure date, or the inherited one in brackets."""
    if row.closure_date:
        return row.closure_date.isoformat()
    return f"({row.effective_closure.isoformat()})" if row.effective_closure else ""


class _Node:
    """A place in the tree; the model keeps every node alive for Qt's internal pointers."""

    __slots__ = ("row", "parent", "children", "number")

    def __init__(self, row: LocationRow | None, parent: _Node | None):
        self.row, self.parent, self.children, self.number = row, parent, [], 0


class LocationTreeModel(QAbstractItemModel):
    """Locations as a tree; dropping one on another asks the page to re-parent it."""

    HEADERS = (
        QT_TRANSLATE_NOOP("LocationTreeModel", "Location"),
        QT_TRANSLATE_NOOP("LocationTreeModel", "Level"),
        QT_TRANSLATE_NOOP("LocationTreeModel", "P-code"),
        QT_TRANSLATE_NOOP("LocationTreeModel", "Closure"),
        QT_TRANSLATE_NOOP("LocationTreeModel", "Capacities"),
    )
    sig_move_requested = Signal(str, object)  # location id, new parent id (None: top level)

    def __init__(self, parent=None):
        super().__init__(parent)
        self._root = _Node(None, None)
        self._nodes: dict[str, _Node] = {}
        self._sort: tuple[int, Qt.SortOrder] | None = None

    # --- rows --------------------------------------------------------------------------------

    def set_rows(self, rows: list[LocationRow]) -> None:
        """Rows in tree order (parents before children), as registry_view returns them."""
        self.beginResetModel()
        self._root = _Node(None, None)
        self._nodes = {}
        for row in rows:
            parent = self._nodes.get(row.parent_id, self._root)
            node = _Node(row, parent)
            node.number = len(parent.children)
            parent.children.append(node)
            self._nodes[row.id] = node
        if self._sort is not None:
            self._sort_children(self._root, *self._sort)
        self.endResetModel()

    def row_by_id(self, location_id: str) -> LocationRow | None:
        node = self._nodes.get(location_id)
        return node.row if node else None

    def index_of_id(self, location_id: str | None, column: int = 0) -> QModelIndex:
        node = self._nodes.get(location_id or "")
        return self.createIndex(node.number, column, node) if node else QModelIndex()

    def _node(self, index: QModelIndex) -> _Node:
        return index.internalPointer() if index.isValid() else self._root

    # --- Qt model API ------------------------------------------------------------------------

    def index(self, row: int, column: int, parent=QModelIndex()) -> QModelIndex:  # noqa: B008
        if column < 0 or column >= len(self.HEADERS) or (parent.isValid() and parent.column()):
            return QModelIndex()
        node = self._node(parent)
        if not 0 <= row < len(node.children):
            return QModelIndex()
        return self.createIndex(row, column, node.children[row])

    def parent(self, index: QModelIndex = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not index.isValid():
            return QModelIndex()
        parent = index.internalPointer().parent
        if parent is None or parent is self._root:
            return QModelIndex()
        return self.createIndex(parent.number, 0, parent)

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() and parent.column() != 0:
            return 0
        return len(self._node(parent).children)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return len(self.HEADERS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.HEADERS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return translate("LocationTreeModel", self.HEADERS[section])
        if role == Qt.ItemDataRole.ToolTipRole and section == COL_CLOSURE:
            return translate("LocationTreeModel", "Planned closure of the mission's presence; a "
                             "date in brackets comes from an enclosing location")
        if role == Qt.ItemDataRole.ToolTipRole and section == COL_PCODE:
            return translate("LocationTreeModel", "OCHA P-code (admin1/admin2 codes)")
        return None

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row, column = index.internalPointer().row, index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == ID_ROLE:
            return row.id
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.ToolTipRole:
            path = " > ".join(filter(None, (row.path, row.name)))
            return path if column == COL_NAME else self._text(row, column) or None
        if role == Qt.ItemDataRole.ForegroundRole and column == COL_CLOSURE:
            return readable(QBrush(INHERITED)) if not row.closure_date else None
        if role == Qt.ItemDataRole.TextAlignmentRole and column == COL_CAPACITIES:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _text(self, row: LocationRow, column: int) -> str:
        if column == COL_NAME:
            return row.name
        if column == COL_LEVEL:
            return row.level_label
        if column == COL_PCODE:
            return row.pcode
        if column == COL_CLOSURE:
            return closure_text(row)
        if column == COL_CAPACITIES:
            return str(row.capacities) if row.capacities else ""
        return ""

    # --- sorting: each location's children, by raw values --------------------------------------

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.HEADERS):
            return
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        tracked = [(index, index.internalPointer(), index.column()) for index in persistent]
        self._sort = (column, order)
        self._sort_children(self._root, column, order)
        self.changePersistentIndexList(
            [index for index, _, _ in tracked],
            [self.createIndex(node.number, col, node) for _, node, col in tracked],
        )
        self.layoutChanged.emit()

    def _sort_children(self, node: _Node, column: int, order: Qt.SortOrder) -> None:
        node.children.sort(key=lambda child: _sort_key(child.row, column),
                           reverse=order == Qt.SortOrder.DescendingOrder)
        for number, child in enumerate(node.children):
            child.number = number
            self._sort_children(child, column, order)

    # --- drag and drop: re-parenting -------------------------------------------------------

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled  # the empty area: move to the top level
        return (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsDragEnabled | Qt.ItemFlag.ItemIsDropEnabled)

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MIME_TYPE]

    def mimeData(self, indexes) -> QMimeData:
        ids = list(dict.fromkeys(i.internalPointer().row.id for i in indexes if i.isValid()))
        mime = QMimeData()
        mime.setData(MIME_TYPE, QByteArray("\n".join(ids).encode("ascii")))
        return mime

    def _dragged(self, mime: QMimeData) -> list[str]:
        if mime is None or not mime.hasFormat(MIME_TYPE):
            return []
        raw = bytes(mime.data(MIME_TYPE).data()).decode("ascii", "replace")
        return [i for i in raw.split("\n") if i in self._nodes]

    def _target(self, row: int, parent: QModelIndex) -> _Node:
        # Dropped between rows (row >= 0) means "beside them": under their parent.
        return self._node(parent)

    def canDropMimeData(self, mime, action, row, column, parent) -> bool:
        dragged = self._dragged(mime)
        if action != Qt.DropAction.MoveAction or len(dragged) != 1:
            return False
        target = self._target(row, parent)
        node = self._nodes[dragged[0]]
        if target is node.parent:
            return False  # already there
        while target is not None:  # never into itself or one of its own locations
            if target is node:
                return False
            target = target.parent
        return True

    def dropMimeData(self, mime, action, row, column, parent) -> bool:
        if not self.canDropMimeData(mime, action, row, column, parent):
            return False
        target = self._target(row, parent)
        self.sig_move_requested.emit(self._dragged(mime)[0],
                                     target.row.id if target.row is not None else None)
        return True  # the page re-parents through the services, then reloads the tree

    def removeRows(self, row: int, count: int, parent=QModelIndex()) -> bool:  # noqa: B008
        return False  # after a move the view asks; the reload from the plan does it instead


def _sort_key(row: LocationRow, column: int):
    if column == COL_CLOSURE:
        return none_last(row.effective_closure)
    if column == COL_CAPACITIES:
        return row.capacities
    if column == COL_LEVEL:
        return row.level_label.casefold()
    if column == COL_PCODE:
        return row.pcode
    return row.name.casefold()


(CAL_COL_DATE, CAL_COL_LOCATION, CAL_COL_LEVEL, CAL_COL_WITHIN, CAL_COL_CAPACITIES) = range(5)


class LocationClosureTableModel(RowTableModel):
    """The team-site closure calendar: dated locations by date, then undated team sites."""

    CONTEXT = "LocationClosureTableModel"
    HEADERS = (
        QT_TRANSLATE_NOOP("LocationClosureTableModel", "Closes on"),
        QT_TRANSLATE_NOOP("LocationClosureTableModel", "Location"),
        QT_TRANSLATE_NOOP("LocationClosureTableModel", "Level"),
        QT_TRANSLATE_NOOP("LocationClosureTableModel", "Within"),
        QT_TRANSLATE_NOOP("LocationClosureTableModel", "Capacities"),
    )
    NUMERIC = frozenset({CAL_COL_CAPACITIES})

    def text(self, row: LocationRow, column: int) -> str:
        if column == CAL_COL_DATE:
            if row.closure_date:
                return row.closure_date.isoformat()
            return translate("LocationClosureTableModel", "no date")
        if column == CAL_COL_LOCATION:
            return row.name
        if column == CAL_COL_LEVEL:
            return row.level_label
        if column == CAL_COL_WITHIN:
            return row.path
        if column == CAL_COL_CAPACITIES:
            return str(row.capacities) if row.capacities else ""
        return ""

    def sort_key(self, row: LocationRow, column: int):
        if column == CAL_COL_DATE:
            return none_last(row.closure_date)
        if column == CAL_COL_CAPACITIES:
            return row.capacities
        return super().sort_key(row, column)

    def foreground(self, row: LocationRow, column: int):
        if column == CAL_COL_DATE and not row.closure_date:
            return QBrush(QColor(176, 0, 32))  # an undated team site is a planning gap
        return None

    def tooltip(self, row: LocationRow, column: int) -> str | None:
        if column == CAL_COL_DATE and not row.closure_date:
            if row.effective_closure:
                return translate("LocationClosureTableModel", "No date of its own; closes "
                                 "with its enclosing location on %1").replace(
                                     "%1", row.effective_closure.isoformat())
            return translate("LocationClosureTableModel", "No closure date planned yet")
        return None
