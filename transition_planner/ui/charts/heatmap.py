"""A grid of coloured cells (coverage shares, readiness scores) with hover details and clicks."""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QCursor
from PySide6.QtWidgets import QScrollArea, QToolTip, QVBoxLayout, QWidget

from transition_planner.ui.charts.common import (
    LabelAxis,
    MonthAxis,
    export_scene,
    fit_legend,
    left_to_right,
    legend_sample,
    static_plot,
    text_colour_on,
)

ROW_HEIGHT = 22  # pixels per row: long plans scroll rather than squeeze their names
MAX_CELL_TEXTS = 600  # above this many cells, values are read by hovering only


class HeatMapChart(QWidget):
    """Rows by columns of cells, each coloured by `colour(value)`; hovering a cell shows its
    details, clicking one emits sig_cell_clicked(row, column)."""

    sig_cell_clicked = Signal(int, int)

    def __init__(self, columns: str = "bottom", parent=None):
        """columns: "bottom" (names written upwards under the grid), "top" (a few wide
        columns named above it) or "months" (a time axis under it)."""
        super().__init__(parent)
        self.setObjectName("heatmap_chart")
        self.values: list[list] = []
        self.tooltip: Callable[[int, int], str] = lambda _r, _c: ""
        # Time and grids read left to right in every language, as in the printed reports.
        self.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.view = pg.GraphicsLayoutWidget()
        self.scroll.setWidget(self.view)
        layout.addWidget(self.scroll)
        self.left = LabelAxis("left")
        if columns == "months":
            self.columns_axis = MonthAxis("bottom")
        else:
            self.columns_axis = LabelAxis(columns)
        side = "top" if columns == "top" else "bottom"
        self.plot = self.view.addPlot(row=0, col=0,
                                      axisItems={"left": self.left, side: self.columns_axis})
        static_plot(self.plot)
        if side == "top":
            self.plot.showAxis("top")
            self.plot.hideAxis("bottom")
        self.plot.invertY(True)
        self.image = pg.ImageItem(axisOrder="row-major")
        self.plot.addItem(self.image)
        self.grid = pg.PlotCurveItem(pen=pg.mkPen("#FFFFFF", width=1), connect="pairs")
        self.plot.addItem(self.grid)
        self.texts: list[pg.TextItem] = []
        self.legend = pg.LegendItem(colCount=6, labelTextSize="9pt")
        self.view.addItem(self.legend, row=1, col=0)
        self.view.scene().sigMouseMoved.connect(self._on_mouse_moved)
        self.view.scene().sigMouseClicked.connect(self._on_mouse_clicked)

    def set_data(self, values: list[list], row_labels, column_labels, *,
                 colour: Callable[[object], str], tooltip: Callable[[int, int], str],
                 legend: list[tuple[str, str]],
                 cell_text: Callable[[object], str] | None = None) -> None:
        """values[row][column]; column_labels: names, or the months of a time axis."""
        self.values, self.tooltip = values, tooltip
        rows, columns = len(values), len(values[0]) if values else 0
        self.left.set_labels(row_labels)
        if isinstance(self.columns_axis, MonthAxis):
            self.columns_axis.set_months(list(column_labels), offset=0.5)
        else:
            self.columns_axis.set_labels(column_labels)
        rgba = np.zeros((max(rows, 1), max(columns, 1), 4), dtype=np.ubyte)
        for r, row in enumerate(values):
            for c, value in enumerate(row):
                rgba[r, c] = QColor(colour(value)).getRgb()
        self.image.setImage(rgba, autoLevels=False, levels=(0, 255))
        self.image.setRect(0, 0, max(columns, 1), max(rows, 1))
        self._draw_grid(rows, columns)
        self._write_cells(values, colour, cell_text)
        self.legend.clear()
        for colour_code, name in legend:
            self.legend.addItem(legend_sample(colour_code), name)
        self.plot.setXRange(0, max(columns, 1), padding=0)
        self.plot.setYRange(0, max(rows, 1), padding=0)
        axis_height = self.columns_axis.height() if isinstance(self.columns_axis, LabelAxis) \
            else 30
        legend_rows = -(-len(legend) // 6)
        self.view.setMinimumHeight(int(rows * ROW_HEIGHT + axis_height + 26 * legend_rows + 40))
        fit_legend(self.legend, self.width())
        left_to_right(self.view.ci)

    def _draw_grid(self, rows: int, columns: int) -> None:
        """Thin white lines between cells (between rows only on a time axis: months run on)."""
        xs, ys = [0.0, 0.0], [0.0, 0.0]
        if not isinstance(self.columns_axis, MonthAxis):
            for c in range(1, columns):
                xs += [c, c]
                ys += [0, rows]
        for r in range(1, rows):
            xs += [0, columns]
            ys += [r, r]
        self.grid.setData(np.array(xs, dtype=float), np.array(ys, dtype=float),
                          connect="pairs")

    def _write_cells(self, values, colour, cell_text) -> None:
        """The value in each cell; text items are reused from one drawing to the next (making
        and removing hundreds of them is most of a redraw)."""
        wanted = []
        if cell_text is not None and sum(len(r) for r in values) <= MAX_CELL_TEXTS:
            for r, row in enumerate(values):
                for c, value in enumerate(row):
                    text = cell_text(value)
                    if text:
                        wanted.append((r, c, text, text_colour_on(colour(value))))
        while len(self.texts) > len(wanted):
            self.plot.removeItem(self.texts.pop())
        for n, (r, c, text, ink) in enumerate(wanted):
            if n < len(self.texts):
                item = self.texts[n]
                item.setText(text, color=ink)
            else:
                item = pg.TextItem(text, color=ink, anchor=(0.5, 0.5))
                self.plot.addItem(item)
                self.texts.append(item)
            item.setPos(c + 0.5, r + 0.5)

    # --- reading ---------------------------------------------------------------------------

    def cell_at(self, scene_pos) -> tuple[int, int] | None:
        """(row, column) under a point of the scene, or None outside the grid."""
        if not self.values or not self.plot.vb.sceneBoundingRect().contains(scene_pos):
            return None
        point = self.plot.vb.mapSceneToView(scene_pos)
        row, column = int(np.floor(point.y())), int(np.floor(point.x()))
        if 0 <= row < len(self.values) and 0 <= column < len(self.values[0]):
            return row, column
        return None

    def cell_scene_pos(self, row: int, column: int):
        """The middle of a cell in scene coordinates (for tests and keyboard use)."""
        from PySide6.QtCore import QPointF

        return self.plot.vb.mapViewToScene(QPointF(column + 0.5, row + 0.5))

    def _on_mouse_moved(self, pos) -> None:
        cell = self.cell_at(pos)
        if cell is not None:
            QToolTip.showText(QCursor.pos(), self.tooltip(*cell), self.view)

    def _on_mouse_clicked(self, event) -> None:
        cell = self.cell_at(event.scenePos())
        if cell is not None:
            self.sig_cell_clicked.emit(*cell)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        fit_legend(self.legend, event.size().width())

    def export(self, path) -> object:
        return export_scene(self.view.scene(), path)
