"""The capacity table: plain inventory rows, sorted and filtered in Python, never per cell."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from transition_planner.domain import taxonomy as tx
from transition_planner.services.inventory_view import (
    FUNDING_NONE,
    FUNDING_PARTIAL,
    FUNDING_REQUIRED,
    FUNDING_SECURED,
    InventoryRow,
)
from transition_planner.ui.models.labels import TermLabels
from transition_planner.ui.theme import readable

# What a planner scans first comes first: where, until when, who takes over, how far along.
(COL_NAME, COL_LOCATION, COL_MISSION_END, COL_SUCCESSORS, COL_STATUS, COL_READINESS, COL_FUNDING,
 COL_FLAGS, COL_CATEGORY, COL_TIER, COL_COMPONENT, COL_QUANTITY) = range(12)

HEADERS = (
    QT_TRANSLATE_NOOP("CapacityTableModel", "Capacity"),
    QT_TRANSLATE_NOOP("CapacityTableModel", "Location"),
    QT_TRANSLATE_NOOP("CapacityTableModel", "Mission end"),
    QT_TRANSLATE_NOOP("CapacityTableModel", "Successors"),
    QT_TRANSLATE_NOOP("CapacityTableModel", "Handover status"),
    QT_TRANSLATE_NOOP("CapacityTableModel", "Readiness"),
    QT_TRANSLATE_NOOP("CapacityTableModel", "Funding"),
    QT_TRANSLATE_NOOP("CapacityTableModel", "Flags"),
    QT_TRANSLATE_NOOP("CapacityTableModel", "Category"),
    QT_TRANSLATE_NOOP("CapacityTableModel", "Tier"),
    QT_TRANSLATE_NOOP("CapacityTableModel", "Component"),
    QT_TRANSLATE_NOOP("CapacityTableModel", "Quantity"),
)
FUNDING_TEXT = {
    FUNDING_NONE: QT_TRANSLATE_NOOP("CapacityTableModel", "no funding line"),
    FUNDING_REQUIRED: QT_TRANSLATE_NOOP("CapacityTableModel", "required"),
    FUNDING_PARTIAL: QT_TRANSLATE_NOOP("CapacityTableModel", "partly secured"),
    FUNDING_SECURED: QT_TRANSLATE_NOOP("CapacityTableModel", "secured"),
}
FUNDING_ORDER = {FUNDING_NONE: 0, FUNDING_REQUIRED: 1, FUNDING_PARTIAL: 2, FUNDING_SECURED: 3}
SEVERITY_ORDER = {"high": 3, "medium": 2, "low": 1}
ID_ROLE = Qt.ItemDataRole.UserRole  # the capacity id of a row
ROW_ROLE = Qt.ItemDataRole.UserRole + 1  # the whole InventoryRow
_NUMERIC = {COL_QUANTITY, COL_READINESS, COL_FLAGS}
_HIGH_FLAG = QColor(176, 0, 32)  # dark red: readable on light and dark rows


translate = QCoreApplication.translate  # lupdate finds translate("Context", "text")


class CapacityTableModel(QAbstractTableModel):
    """Every capacity of the plan; sort() and the filters reorder plain row indices."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._labels = TermLabels()
        self._rows: list[InventoryRow] = []
        self._order: list[int] = []  # every row index, in the current sort order
        self._visible: list[int] = []  # the indices that pass the filters, in that order
        self._columns: dict = {}  # per-row lookups (filtered values, id positions), built lazily
        self._keys: dict[int, list] = {}  # sort keys per column, built on first use
        self._sort: tuple[int, Qt.SortOrder] | None = None
        self._search = ""
        self._category: str | None = None
        self._location: str | None = None
        self._status: str | None = None
        self._flagged_only = False
        self._only_ids: frozenset[str] | None = None  # a set picked elsewhere (Gaps page)

    # --- loading ---------------------------------------------------------------------------

    def set_rows(self, rows: list[InventoryRow], labels: TermLabels | None = None) -> None:
        """Replace every row, keeping the current sort and filters."""
        self.beginResetModel()
        if labels is not None:
            self._labels = labels
        self._rows = list(rows)
        self._columns = {}
        self._keys = {}
        self._order = list(range(len(self._rows)))
        if self._sort is not None:
            self._sort_order()
        self._filter()
        self.endResetModel()

    def row_by_id(self, capacity_id: str) -> InventoryRow | None:
        i = self._positions().get(capacity_id)
        return None if i is None else self._rows[i]

    def row_of_id(self, capacity_id: str) -> int:
        """The visible row number of a capacity, or -1 when filtered out or unknown."""
        i = self._positions().get(capacity_id)
        if i is None:
            return -1
        try:
            return self._visible.index(i)
        except ValueError:
            return -1

    def names(self) -> list[tuple[str, str]]:
        """(id, name) of every capacity, filtered or not."""
        return [(r.id, r.name) for r in self._rows]

    def _positions(self) -> dict[str, int]:
        positions = self._columns.get("positions")
        if positions is None:
            positions = self._columns["positions"] = {r.id: i for i, r in enumerate(self._rows)}
        return positions

    def id_at(self, row: int) -> str:
        return self._rows[self._visible[row]].id

    def counts(self) -> dict[str, int]:
        """What the sidebar shows, counted as the Gaps page's key figures are: capacities
        flagged as having no successor, and every gap flag."""
        return {"without_successor": sum(
                    1 for r in self._rows if any(f.kind == "no_successor" for f in r.flags)),
                "flags": sum(len(r.flags) for r in self._rows)}

    def total_count(self) -> int:
        return len(self._rows)

    # --- Qt model API ----------------------------------------------------------------------

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._visible)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(HEADERS):
            if role == Qt.ItemDataRole.DisplayRole:
                return translate("CapacityTableModel", HEADERS[section])
            if role == Qt.ItemDataRole.ToolTipRole and section == COL_READINESS:
                return translate("CapacityTableModel",
                                 "Lowest readiness score (1-5) of the capacity's open handovers")
        return None

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._visible):
            return None
        row = self._rows[self._visible[index.row()]]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, col)
        if role == ID_ROLE:
            return row.id
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, col)
        if role == Qt.ItemDataRole.TextAlignmentRole and col in _NUMERIC:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and col == COL_FLAGS and _worst(row) == 3:
            return readable(QBrush(_HIGH_FLAG))
        return None

    def _text(self, row: InventoryRow, col: int) -> str:
        label = self._labels.label
        if col == COL_NAME:
            return row.name
        if col == COL_CATEGORY:
            return label(tx.CATEGORY, row.category)
        if col == COL_TIER:
            return row.tier
        if col == COL_COMPONENT:
            return label(tx.COMPONENT, row.component)
        if col == COL_LOCATION:
            return row.location
        if col == COL_QUANTITY:
            return f"{QLocale().toString(float(row.quantity), 'g', 8)} {row.unit}".strip()
        if col == COL_MISSION_END:
            return row.mission_end.isoformat() if row.mission_end else ""
        if col == COL_SUCCESSORS:
            return ", ".join(row.successors)
        if col == COL_STATUS:
            return ", ".join(label(tx.HANDOVER_STATUS, s) for s in row.statuses)
        if col == COL_READINESS:
            if row.readiness is not None:
                return f"{row.readiness}/5"
            # successors nobody has scored: "not assessed" is not "ready"
            return translate("CapacityTableModel", "not assessed") if row.successors else ""
        if col == COL_FUNDING:
            return translate("CapacityTableModel", FUNDING_TEXT.get(row.funding, row.funding))
        if col == COL_FLAGS:
            return str(len(row.flags)) if row.flags else ""
        return ""

    def _tooltip(self, row: InventoryRow, col: int) -> str | None:
        if col == COL_FLAGS and row.flags:
            return "\n".join(f"• {flag.message}" for flag in row.flags)
        if col in (COL_NAME, COL_SUCCESSORS, COL_STATUS):
            return self._text(row, col) or None
        return None

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(HEADERS):
            return
        self.beginResetModel()
        self._sort = (column, order)
        self._sort_order()
        self._filter()
        self.endResetModel()

    # --- filters ---------------------------------------------------------------------------

    def set_search(self, text: str) -> None:
        self._set_filter("_search", text.strip().casefold())

    def set_category(self, code: str | None) -> None:
        self._set_filter("_category", code or None)

    def set_location(self, location_id: str | None) -> None:
        self._set_filter("_location", location_id or None)

    def set_status(self, status: str | None) -> None:
        self._set_filter("_status", status or None)

    def set_flagged_only(self, flagged: bool) -> None:
        self._set_filter("_flagged_only", bool(flagged))

    def set_only_ids(self, capacity_ids) -> None:
        """Show only these capacities (None: all), e.g. those behind a figure of the Gaps page."""
        self._set_filter("_only_ids", None if capacity_ids is None else frozenset(capacity_ids))

    def _set_filter(self, attribute: str, value) -> None:
        if getattr(self, attribute) == value:
            return
        self.beginResetModel()
        setattr(self, attribute, value)
        self._filter()
        self.endResetModel()

    def _filter(self) -> None:
        # One comprehension per active filter, each over the survivors of the previous one:
        # a few C-speed passes instead of a Python predicate call per row and filter.
        rows, visible = self._rows, self._order
        if self._search:
            needle, hay = self._search, self._column("haystack")
            visible = [i for i in visible if needle in hay[i]]
        if self._category:
            code, categories = self._category, self._column("category")
            visible = [i for i in visible if categories[i] == code]
        if self._location:
            loc, locations = self._location, self._column("location_id")
            visible = [i for i in visible if locations[i] == loc]
        if self._status:
            status = self._status
            visible = [i for i in visible if status in rows[i].statuses]
        if self._flagged_only:
            visible = [i for i in visible if rows[i].flags]
        if self._only_ids is not None:
            chosen = self._only_ids
            visible = [i for i in visible if rows[i].id in chosen]
        self._visible = visible if visible is not self._order else list(visible)

    def _column(self, name: str) -> list:
        values = self._columns.get(name)
        if values is None:
            if name == "haystack":  # what the search box looks in, lower-case
                values = ["\n".join((r.name, r.location, *r.successors)).casefold()
                          for r in self._rows]
            else:
                values = [getattr(r, name) for r in self._rows]
            self._columns[name] = values
        return values

    # --- sorting ---------------------------------------------------------------------------

    def _sort_order(self) -> None:
        column, order = self._sort
        keys = self._keys.get(column)
        if keys is None:
            keys = self._keys[column] = self._column_keys(column)
        # Rows arrive in name order and the sort is stable: ties stay alphabetical.
        self._order = sorted(range(len(self._rows)), key=keys.__getitem__,
                             reverse=order == Qt.SortOrder.DescendingOrder)

    def _column_keys(self, col: int) -> list:
        """Sort keys of a column for every row: raw values, one comprehension per column."""
        rows = self._rows
        if col == COL_NAME:
            return [r.name.casefold() for r in rows]
        if col == COL_LOCATION:
            return [r.location.casefold() for r in rows]
        if col == COL_TIER:
            return [r.tier for r in rows]
        if col == COL_CATEGORY:
            return self._label_keys(tx.CATEGORY, [r.category for r in rows])
        if col == COL_COMPONENT:
            return self._label_keys(tx.COMPONENT, [r.component for r in rows])
        if col == COL_QUANTITY:
            return [(r.unit.casefold(), r.quantity) for r in rows]
        if col == COL_MISSION_END:
            return [r.mission_end or date.max for r in rows]  # no end date: last
        if col == COL_SUCCESSORS:
            return [(len(r.successors), ", ".join(r.successors).casefold()) for r in rows]
        if col == COL_STATUS:
            position = self._labels.position
            return [min((position(tx.HANDOVER_STATUS, s) for s in r.statuses), default=-1)
                    for r in rows]
        if col == COL_READINESS:
            return [r.readiness if r.readiness is not None else 0 for r in rows]
        if col == COL_FUNDING:
            return [FUNDING_ORDER.get(r.funding, 0) for r in rows]
        return [(len(r.flags), _worst(r)) for r in rows]  # COL_FLAGS

    def _label_keys(self, kind: str, codes: list[str]) -> list[str]:
        """Sort coded columns by the label the user reads, looked up once per code."""
        labels = {code: self._labels.label(kind, code).casefold() for code in set(codes)}
        return [labels[code] for code in codes]


def _worst(row: InventoryRow) -> int:
    return max((SEVERITY_ORDER.get(f.severity, 0) for f in row.flags), default=0)
