"""The protection-cliff chart: coverage per month against the requirement, stacked by provider."""

from __future__ import annotations

from itertools import accumulate

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from transition_planner.domain.cliff import COLOURS, PROVIDER_GROUPS, covered_layers, provider_group
from transition_planner.services.dashboard import CliffData
from transition_planner.ui.charts.common import (
    OVERLAY_COLOUR,
    REQUIREMENT_COLOUR,
    LegendChart,
    MonthAxis,
    fit_legend,
    left_to_right,
    legend_sample,
    month_position,
)
from transition_planner.ui.charts.text import day_text, month_text, number


class CliffChart(LegendChart):
    """The protection cliff drawn as the PDF draws it (domain/cliff.py): under the requirement
    line, the part the mission and each group of successors cover, the part nobody covers in
    red on top; the exit and the closures marked; the scenario compared as lines over it."""

    def __init__(self, parent=None):
        self.axis = MonthAxis("bottom")
        super().__init__("cliff_chart", {"bottom": self.axis}, parent)
        self.data: CliffData | None = None
        self.overlay: tuple[str, CliffData] | None = None
        self.labels: dict[str, str] = {}
        self.layers: list[tuple[str, list[float]]] = []  # (name, values) bottom to top
        self.layer_keys: list[str] = []  # mission, the provider groups drawn, gap
        self.plot.showGrid(x=False, y=True, alpha=0.12)
        self.plot.setLabel("left", self.tr("Capacities (each counts 1)"))

    def group_names(self) -> dict[str, str]:
        return {"mission": self.tr("Mission"), "un": self.tr("UN"),
                "government": self.tr("Government"), "ngo": self.tr("NGO / civil society"),
                "other": self.tr("Other"), "gap": self.tr("Not covered (gap)")}

    def set_data(self, data: CliffData, labels: dict[str, str],
                 overlay: tuple[str, CliffData] | None = None) -> None:
        """Draw `data`; labels: actor type -> its name (the hover text names who is in each
        group); overlay: (scenario name, its data)."""
        self.data, self.labels, self.overlay = data, labels, overlay
        self.plot.clear()
        self.legend.clear()
        n = len(data.months)
        self.axis.set_months(list(data.months))
        edges = np.arange(n + 1, dtype=float)
        keys = ("mission", *PROVIDER_GROUPS, "gap")
        columns = {key: [0.0] * n for key in keys}
        for i in range(n):
            provision = {kind: values[i] for kind, values in data.providers}
            mission, groups = covered_layers(data.requirement[i], data.gap[i],
                                             data.mission[i], provision)
            columns["mission"][i] = mission
            for group, value in groups.items():
                columns[group][i] = value
            columns["gap"][i] = data.gap[i]
        shown = [k for k in keys if k in ("mission", "gap") or any(columns[k])]
        names = self.group_names()
        self.layers = [(names[k], columns[k]) for k in shown]
        self.layer_keys = shown
        tops = list(zip(*(accumulate(month) for month in zip(*(columns[k] for k in shown)))))
        # Each layer is filled from zero, the highest first, so the lower ones cover it.
        for key, top in reversed(list(zip(shown, tops or [[]] * len(shown)))):
            colour = COLOURS[key]
            self.plot.addItem(pg.PlotDataItem(
                edges, np.array(top, dtype=float), stepMode="center", fillLevel=0,
                fillBrush=pg.mkBrush(colour), pen=pg.mkPen(colour, width=1)))
        for key in shown:
            self.legend.addItem(legend_sample(COLOURS[key]), names[key])
        requirement = pg.PlotDataItem(
            edges, np.array(data.requirement, dtype=float), stepMode="center",
            pen=pg.mkPen(REQUIREMENT_COLOUR, width=2))
        self.plot.addItem(requirement)
        self.legend.addItem(requirement, self.tr("Required"))
        if overlay is not None:
            self._draw_overlay(edges, *overlay)
        self._mark_dates(data)
        highest = [max(data.requirement, default=0.0), 1.0]
        if overlay is not None:
            highest.append(max(overlay[1].requirement, default=0.0))
        top = max(highest)
        self.plot.setXRange(0, n, padding=0)
        self.plot.setYRange(0, top * 1.12, padding=0)
        self._time_direction()
        fit_legend(self.legend, self.width())
        left_to_right(self.view.ci)

    def _time_direction(self) -> None:
        """Right to left in Arabic as in the Arabic report: the first month on the right, the
        value axis on the right where time begins."""
        rtl = QGuiApplication.isRightToLeft()
        self.plot.invertX(rtl)
        value_axis, other = ("right", "left") if rtl else ("left", "right")
        self.plot.showAxis(value_axis)
        self.plot.hideAxis(other)
        self.plot.setLabel(value_axis, self.tr("Capacities (each counts 1)"))

    def _draw_overlay(self, edges, name: str, other: CliffData) -> None:
        """The compared scenario's covered part of its requirement (as the bars count it:
        nothing above what is required) and its requirement, each on a white halo so they
        read over any colour of the stack."""
        items = []
        for values, style, width in ((covered(other), Qt.PenStyle.SolidLine, 3.0),
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
            closures = pg.ScatterPlotItem(
                symbol="t1", size=13, brush=pg.mkBrush(COLOURS["closure"]),
                pen=pg.mkPen("#FFFFFF", width=1), hoverable=True, tip=lambda x, y, data: data)
            closures.addPoints(spots)
            self.plot.addItem(closures)
            self.legend.addItem(legend_sample(COLOURS["closure"], "t1"),
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
        who: dict[str, list[str]] = {}
        for kind, values in data.providers:
            if values[month] > 1e-9:
                who.setdefault(provider_group(kind), []).append(self.labels.get(kind, kind))
        for key, (name, values) in zip(self.layer_keys, self.layers):
            if key == "gap":
                continue
            if values[month] > 1e-9:
                members = ", ".join(who.get(key, ()))
                lines.append(f"&nbsp;&nbsp;{name}: {num(values[month])}"
                             + (f" ({members})" if members else ""))
        lines.append(self.tr("Not covered: {n}").format(n=num(data.gap[month])))
        if self.overlay is not None:
            name, other = self.overlay
            lines.append(self.tr("{name}: covered {covered} of {required}").format(
                name=name, covered=num(covered(other)[month]),
                required=num(other.requirement[month])))
        return "<br>".join(lines)

    def hover_text(self, period: int) -> str:
        return self.month_summary(period) if self.data is not None else ""


def covered(data: CliffData) -> list[float]:
    """Each month's covered part of the requirement: what is required less the gap."""
    return [max(need - gap, 0.0) for need, gap in zip(data.requirement, data.gap)]
