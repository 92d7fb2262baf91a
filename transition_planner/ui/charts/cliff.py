"""The protection-cliff chart: coverage per month against the requirement, stacked by provider."""

from __future__ import annotations

from itertools import accumulate

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QCursor
from PySide6.QtWidgets import QToolTip, QVBoxLayout, QWidget

from transition_planner.services.dashboard import CliffData
from transition_planner.ui.charts.common import (
    GAP_COLOUR,
    MISSION_COLOUR,
    OVERLAY_COLOUR,
    PALETTE,
    REQUIREMENT_COLOUR,
    MonthAxis,
    export_scene,
    fit_legend,
    left_to_right,
    legend_sample,
    month_position,
    static_plot,
)
from transition_planner.ui.charts.text import day_text, month_text, number


class CliffChart(QWidget):
    """Monthly provision of the mission and of each kind of successor, stacked, with what
    nobody covers on top, the requirement as a dashed line, the exit and closures marked."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("cliff_chart")
        self.data: CliffData | None = None
        self.overlay: tuple[str, CliffData] | None = None
        self.labels: dict[str, str] = {}
        self.layers: list[tuple[str, list[float]]] = []  # (name, values) bottom to top
        # Time and grids read left to right in every language, as in the printed reports.
        self.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.view = pg.GraphicsLayoutWidget()
        self.view.setMinimumHeight(320)
        layout.addWidget(self.view)
        self.axis = MonthAxis("bottom")
        self.plot = self.view.addPlot(row=0, col=0, axisItems={"bottom": self.axis})
        static_plot(self.plot)
        self.plot.showGrid(x=False, y=True, alpha=0.25)
        self.plot.setLabel("left", self.tr("Capacities (each counts 1)"))
        self.legend = pg.LegendItem(colCount=5, labelTextSize="9pt")
        self.view.addItem(self.legend, row=1, col=0)
        self.view.scene().sigMouseMoved.connect(self._on_mouse_moved)

    def set_data(self, data: CliffData, labels: dict[str, str],
                 overlay: tuple[str, CliffData] | None = None,
                 order: list[str] | tuple[str, ...] = ()) -> None:
        """Draw `data`; labels: actor type -> its name; overlay: (scenario name, its data);
        order: every actor type, so each keeps its colour whatever the selection shows."""
        self.data, self.labels, self.overlay = data, labels, overlay
        self.plot.clear()
        self.legend.clear()
        n = len(data.months)
        self.axis.set_months(list(data.months))
        edges = np.arange(n + 1, dtype=float)
        self.layers = [(self.tr("Mission"), list(data.mission))]
        self.layers += [(labels.get(kind, kind.replace("_", " ")), list(values))
                        for kind, values in data.providers]
        self.layers.append((self.tr("Not covered (gap)"), list(data.gap)))
        colours = [MISSION_COLOUR] + [provider_colour(kind, order)
                                      for kind, _v in data.providers] + [GAP_COLOUR]
        tops = [list(accumulate(values)) for values in zip(*(v for _n, v in self.layers))]
        stacked = list(zip(*tops)) if tops else [[] for _ in self.layers]
        # Each layer is filled from zero, the highest first, so the lower ones cover it.
        for _layer, colour, top in reversed(list(zip(self.layers, colours, stacked))):
            brush = pg.mkBrush(colour)
            if colour == GAP_COLOUR:
                brush.setStyle(Qt.BrushStyle.BDiagPattern)
            curve = pg.PlotDataItem(edges, np.array(top, dtype=float), stepMode="center",
                                    fillLevel=0, fillBrush=brush, pen=pg.mkPen(colour, width=1))
            self.plot.addItem(curve)
        for (name, _values), colour in zip(self.layers, colours):
            sample = legend_sample(colour)
            if colour == GAP_COLOUR:
                sample.setBrush(pg.mkBrush(colour, style=Qt.BrushStyle.BDiagPattern))
            self.legend.addItem(sample, name)
        requirement = pg.PlotDataItem(
            edges, np.array(data.requirement, dtype=float), stepMode="center",
            pen=pg.mkPen(REQUIREMENT_COLOUR, width=2.5, style=Qt.PenStyle.DashLine))
        self.plot.addItem(requirement)
        self.legend.addItem(requirement, self.tr("Required"))
        if overlay is not None:
            self._draw_overlay(edges, *overlay)
        self._mark_dates(data)
        highest = [max(stacked[-1], default=0.0), max(data.requirement, default=0.0), 1.0]
        if overlay is not None:
            highest += [max(overlay[1].coverage, default=0.0),
                        max(overlay[1].requirement, default=0.0)]
        top = max(highest)
        self.plot.setXRange(0, n, padding=0)
        self.plot.setYRange(0, top * 1.12, padding=0)
        fit_legend(self.legend, self.width())
        left_to_right(self.view.ci)

    def _draw_overlay(self, edges, name: str, other: CliffData) -> None:
        """The compared scenario's coverage and requirement, each on a white halo so they
        read over any colour of the stack."""
        items = []
        for values, style, width in ((other.coverage, Qt.PenStyle.SolidLine, 3.0),
                                     (other.requirement, Qt.PenStyle.DotLine, 2.0)):
            y = np.array(values, dtype=float)
            halo = pg.PlotDataItem(edges, y, stepMode="center",
                                   pen=pg.mkPen("#FFFFFF", width=width + 3))
            line = pg.PlotDataItem(edges, y, stepMode="center",
                                   pen=pg.mkPen(OVERLAY_COLOUR, width=width, style=style))
            self.plot.addItem(halo)
            self.plot.addItem(line)
            items.append(line)
        self.legend.addItem(items[0], self.tr("{name}: covered").format(name=name))
        self.legend.addItem(items[1], self.tr("{name}: required").format(name=name))
        n = len(other.months)
        if other.exit_date is not None and 0 <= month_position(other.exit_date,
                                                               other.months[0]) <= n:
            self.plot.addItem(pg.InfiniteLine(
                month_position(other.exit_date, other.months[0]), angle=90, movable=False,
                pen=pg.mkPen(OVERLAY_COLOUR, width=2, style=Qt.PenStyle.DashLine),
                label=self.tr("{name}: exit {date}").format(
                    name=name, date=day_text(other.exit_date)),
                labelOpts={"position": 0.90, "anchors": [(1, 0), (1, 0)],
                           "color": OVERLAY_COLOUR, "fill": pg.mkBrush(255, 255, 255, 220)}))

    def _mark_dates(self, data: CliffData) -> None:
        first = data.months[0]
        n = len(data.months)
        if data.exit_date is not None:
            x = month_position(data.exit_date, first)
            if 0 <= x <= n:
                line = pg.InfiniteLine(
                    x, angle=90, movable=False, pen=pg.mkPen("#000000", width=2),
                    label=self.tr("Exit {date}").format(date=day_text(data.exit_date)),
                    labelOpts={"position": 0.97, "anchors": [(1, 0), (1, 0)],
                               "color": "#000000", "fill": pg.mkBrush(255, 255, 255, 220)})
                self.plot.addItem(line)
        spots = []
        for day, names in data.closures:
            x = month_position(day, first)
            if 0 <= x <= n:
                tip = self.tr("Closure on {date}: {names}").format(
                    date=day_text(day), names=", ".join(names))
                spots.append({"pos": (x, 0), "data": tip})
        if spots:
            closures = pg.ScatterPlotItem(symbol="t1", size=13, brush=pg.mkBrush("#333333"),
                                          pen=pg.mkPen("#FFFFFF", width=1), hoverable=True,
                                          tip=lambda x, y, data: data)
            closures.addPoints(spots)
            self.plot.addItem(closures)
            self.legend.addItem(legend_sample("#333333", "t1"),
                                self.tr("Team-site or office closure"))

    # --- reading ---------------------------------------------------------------------------

    def month_summary(self, month: int) -> str:
        """What a month of the chart shows, in words (the hover text)."""
        data = self.data
        if data is None or not 0 <= month < len(data.months):
            return ""
        def num(value: float) -> str:
            return number(value, 1)

        lines = [f"<b>{month_text(data.months[month], long=True)}</b>",
                 self.tr("Required: {n}").format(n=num(data.requirement[month])),
                 self.tr("Covered: {n}").format(n=num(data.coverage[month]))]
        lines += [f"&nbsp;&nbsp;{name}: {num(values[month])}"
                  for name, values in self.layers[:-1] if values[month] > 1e-9]
        lines.append(self.tr("Not covered: {n}").format(n=num(data.gap[month])))
        if self.overlay is not None:
            name, other = self.overlay
            lines.append(self.tr("{name}: covered {covered} of {required}").format(
                name=name, covered=num(other.coverage[month]),
                required=num(other.requirement[month])))
        return "<br>".join(lines)

    def _on_mouse_moved(self, pos) -> None:
        if self.data is None or not self.plot.sceneBoundingRect().contains(pos):
            return
        x = self.plot.vb.mapSceneToView(pos).x()
        text = self.month_summary(int(np.floor(x)))
        if text:
            QToolTip.showText(QCursor.pos(), text, self.view)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        fit_legend(self.legend, event.size().width())

    def export(self, path) -> object:
        return export_scene(self.view.scene(), path)


def provider_colour(kind: str, order) -> str:
    """A successor type's colour, fixed by its place in the taxonomy."""
    order = list(order)
    index = order.index(kind) if kind in order else len(order) + sum(map(ord, kind))
    return PALETTE[index % len(PALETTE)]
