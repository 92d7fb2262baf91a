"""Tables that fit their width: on a small screen (1366x768) the columns narrow, in proportion,
until the table needs no horizontal scroll bar; a cell whose text no longer fits ends in "…"
and shows its whole text as a tooltip. Amounts and dates (the model's whole_columns()) keep
the width of their text: "1,283,33…" reads as another amount."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHeaderView,
    QStyle,
    QTableView,
    QToolTip,
    QTreeView,
)

NARROWEST = 48  # a column keeps room for a few letters and its sort arrow
NAME_WIDTH = 170  # the first column, the record's name, keeps this much while others narrow


def columns_width(header: QHeaderView) -> int:
    return sum(header.sectionSize(c) for c in range(header.count())
               if not header.isSectionHidden(c))


def fit_to_width(view: QAbstractItemView, natural: dict[int, int]) -> None:
    """Give the interactive columns of `view` their `natural` widths (column -> width, as the
    table or the planner set them) when these fit; else narrow them until they fit: the
    widest first, down to the width of their titles (long names elide before short codes
    do), then the same way down to NARROWEST. A window made wider gets the widths back."""
    header = view.horizontalHeader() if isinstance(view, QTableView) else view.header()
    room = view.viewport().width()
    if room <= 0:
        return
    shown = [c for c in range(header.count()) if not header.isSectionHidden(c)]
    for column in shown:  # sized to their contents, they would widen again at once
        if header.sectionResizeMode(column) == QHeaderView.ResizeMode.ResizeToContents:
            if columns_width(header) <= room:
                continue
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, header.sectionSize(column))
    narrowable = [c for c in shown
                  if header.sectionResizeMode(c) == QHeaderView.ResizeMode.Interactive]
    for column in narrowable:
        if _stretched(header, column):  # Qt gives it the room left: it needs its contents'
            natural[column] = max(header.sectionSizeHint(column), view.sizeHintForColumn(column))
        else:
            natural.setdefault(column, header.sectionSize(column))
    fixed = columns_width(header) - sum(header.sectionSize(c) for c in narrowable)
    widths = {c: natural[c] for c in narrowable}
    floors = {c: max(NARROWEST, min(widths[c], header.sectionSizeHint(c))) for c in narrowable}
    whole = _whole(view, narrowable)
    for column in whole:
        floors[column] = max(floors[column], view.sizeHintForColumn(column),
                             _text_width(view, view.model().widest_text(column)))
        widths[column] = max(widths[column], floors[column])
    first = header.logicalIndex(0) if header.count() else -1
    if first in floors:  # the first column names the row: it keeps room for a few words
        floors[first] = max(floors[first], min(widths[first], NAME_WIDTH))
    if sum(widths.values()) <= room - fixed:
        fitted = widths
    else:
        fitted = _cap(widths, floors, room - fixed, whole)
    for column, width in fitted.items():
        if width != header.sectionSize(column):
            header.resizeSection(column, width)


def _stretched(header: QHeaderView, column: int) -> bool:
    """Whether `column` is the last one shown and takes whatever room the others leave."""
    if not header.stretchLastSection():
        return False
    for visual in range(header.count() - 1, -1, -1):
        last = header.logicalIndex(visual)
        if not header.isSectionHidden(last):
            return last == column
    return False


def _whole(view: QAbstractItemView, columns: list[int]) -> list[int]:
    """Those of `columns` whose text is never cut short (the model says which)."""
    whole = getattr(view.model(), "whole_columns", None)
    kept = whole() if whole is not None else ()
    return [c for c in columns if c in kept]


def _text_width(view: QAbstractItemView, text: str) -> int:
    """The width a cell needs to draw `text` whole: the style's margins either side of it
    (QCommonStyle's text margin in item views) and a pixel to spare."""
    if not text:
        return 0
    margin = view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1
    return view.fontMetrics().horizontalAdvance(text) + 2 * margin + 1


def _cap(widths: dict, floors: dict, room: int, whole=()) -> dict:
    """Widths cut to one cap (the widest lose most) but none below its floor; when even the
    floors overflow, the floors cut the same way down to NARROWEST, but for the `whole`
    columns' (amounts and dates keep their text)."""
    if sum(floors.values()) > room:
        narrowest = {c: f if c in whole else min(NARROWEST, f) for c, f in floors.items()}
        if narrowest == floors:  # too many columns for the room: the narrowest they go
            return floors
        return _cap(floors, narrowest, room, whole)
    low, high = 0, max(widths.values(), default=0)
    while low < high:  # the largest cap that fits
        cap = (low + high + 1) // 2
        if sum(max(floors[c], min(w, cap)) for c, w in widths.items()) <= room:
            low = cap
        else:
            high = cap - 1
    return {c: max(floors[c], min(w, low)) for c, w in widths.items()}


class FitColumns(QObject):
    """Keeps a table or tree within its width as the window is resized, columns are shown or
    hidden and rows are read; and shows the whole text of an elided cell on hover."""

    def __init__(self, view: QAbstractItemView):
        super().__init__(view)
        self.view = view
        self.enabled = True  # off once the planner sizes a column by hand: their widths win
        self.natural: dict[int, int] = {}  # each column's width before any fitting
        self._fitting = False
        self._pending = QTimer(self, singleShot=True, interval=0)
        self._pending.timeout.connect(self.fit)
        header = view.horizontalHeader() if isinstance(view, QTableView) else view.header()
        self.header = header
        self.title_viewport = header.viewport()
        view.viewport().installEventFilter(self)
        self.title_viewport.installEventFilter(self)
        header.sectionResized.connect(self._on_resized)
        header.setTextElideMode(Qt.TextElideMode.ElideRight)  # "Handover st…", not clipped
        header.sectionCountChanged.connect(self._pending.start)
        header.geometriesChanged.connect(self._pending.start)  # a column shown or hidden
        if view.model() is not None:
            view.model().modelReset.connect(self._pending.start)
        self._pending.start()

    def fit(self) -> None:
        if self.enabled:
            self._fitting = True
            try:
                fit_to_width(self.view, self.natural)
            finally:
                self._fitting = False

    def _on_resized(self, column: int, _old: int, new: int) -> None:
        if QApplication.mouseButtons() & Qt.MouseButton.LeftButton:
            self.enabled = False  # a column's edge dragged by hand
        elif not self._fitting and not _stretched(self.header, column):
            # the page sized it (to its rows, to its defaults): fit that width; a last column
            # that stretches is sized by Qt to the room left, no width of its own
            self.natural[column] = new
            self._pending.start()

    def eventFilter(self, watched, event) -> bool:
        # the event's type first: while the table is destroyed its viewports still send events
        # here, and touching the header (already gone) then crashed the collector
        kind = event.type()
        if kind not in (QEvent.Type.Resize, QEvent.Type.ToolTip):
            return False
        if watched is self.title_viewport:
            return kind == QEvent.Type.ToolTip and self._title_tip(event)
        if kind == QEvent.Type.Resize:
            self._pending.start()
            return False
        return self._elided_tip(event)

    def _title_tip(self, event) -> bool:
        """A column title cut short shows its whole text on hover."""
        section = self.header.logicalIndexAt(event.pos())
        model = self.view.model()
        if section < 0 or model is None or model.headerData(
                section, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole):
            return False
        title = model.headerData(section, Qt.Orientation.Horizontal)
        if not isinstance(title, str) or self.header.sectionSizeFromContents(
                section).width() <= self.header.sectionSize(section):
            return False
        QToolTip.showText(event.globalPos(), title, self.header.viewport())
        return True

    def _elided_tip(self, event) -> bool:
        """The cell's own tooltip if it has one; else its text when the column cuts it."""
        index = self.view.indexAt(event.pos())
        if not index.isValid() or index.data(Qt.ItemDataRole.ToolTipRole):
            return False
        text = index.data(Qt.ItemDataRole.DisplayRole)
        if not isinstance(text, str) or not text:
            return False
        rect = self.view.visualRect(index)
        needed = self.view.fontMetrics().horizontalAdvance(text) + 8
        if isinstance(self.view, QTreeView) and index.column() == 0:
            needed += self.view.indentation()
        if needed <= rect.width():
            return False
        QToolTip.showText(event.globalPos(), text, self.view.viewport(), rect)
        return True


def fit_tables(page, chosen=()) -> list[FitColumns]:
    """Every table and tree of a page kept within its width, except those in `chosen`, whose
    columns the planner sized in an earlier session (the timeline, a drawing that scrolls
    through time, is not a table and keeps its scroll bar)."""
    return [FitColumns(view) for view in page.findChildren(QAbstractItemView)
            if isinstance(view, (QTableView, QTreeView)) and view not in chosen]
