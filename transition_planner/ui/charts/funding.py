"""The funding cliff: funding per month or year by status or source, the unfunded gap on top."""

from __future__ import annotations

from decimal import Decimal

import numpy as np
import pyqtgraph as pg

from transition_planner.services.dashboard import FundingCliff
from transition_planner.ui.charts.common import (
    GAP_COLOUR,
    MISSION_COLOUR,
    PALETTE,
    LegendChart,
    MoneyAxis,
    MonthAxis,
    fit_legend,
    left_to_right,
    legend_sample,
    month_position,
)
from transition_planner.ui.charts.text import day_text, money, month_text, number

# Funding statuses from the most to the least certain, in colours that say so.
STATUS_COLOURS = {"disbursed": "#1B7837", "committed": "#5AAE61", "pledged": "#A6DBA0",
                  "required": "#BDBDBD"}
# The mission's own budget in the mission's colour, as on the protection-cliff chart.
SOURCE_COLOURS = {"mission_assessed": MISSION_COLOUR, "mission_programmatic": "#8DA7CF"}
BAR_WIDTH = 0.8


class FundingChart(LegendChart):
    """Stacked bars of the funding lines per period, with what the gap engine finds unfunded
    after the mission leaves stacked on top in red."""

    def __init__(self, parent=None):
        self.month_axis = MonthAxis("bottom")
        super().__init__("funding_chart", {"bottom": self.month_axis,
                                           "left": MoneyAxis("left")}, parent)
        self.layers: list[tuple[str, list[Decimal]]] = []
        self.periods: list[str] = []
        self.plot.showGrid(x=False, y=True, alpha=0.25)

    def set_data(self, cliff: FundingCliff, *, yearly: bool, by_source: bool,
                 labels: dict[str, str]) -> None:
        """labels: status or source code -> its name. The months after the exit are shaded."""
        self.plot.clear()
        self.legend.clear()
        if yearly:
            series = cliff.yearly_by_source if by_source else cliff.yearly_by_status
        else:
            series = cliff.by_source if by_source else cliff.by_status
        unfunded = cliff.yearly_unfunded if yearly else cliff.unfunded_after_exit
        if yearly:
            self.periods = [str(y) for y in cliff.years]
            self.month_axis.setTicks([[(i + 0.5, p) for i, p in enumerate(self.periods)]])
        else:
            self.periods = [month_text(m) for m in cliff.months]
            self.month_axis.set_months(list(cliff.months), offset=0.5)
        self.layers = []
        colours = []
        for n, (code, values) in enumerate(series.items()):
            self.layers.append((labels.get(code, code.replace("_", " ")), list(values)))
            colour = (SOURCE_COLOURS if by_source else STATUS_COLOURS).get(code)
            colours.append(colour or PALETTE[n % len(PALETTE)])
        self.layers.append((self.tr("Unfunded after exit (gap analysis)"), list(unfunded)))
        colours.append(GAP_COLOUR)
        count = len(self.periods)
        x = np.arange(count, dtype=float) + 0.5
        base = np.zeros(count)
        for (name, values), colour in zip(self.layers, colours):
            heights = np.array([float(v) for v in values], dtype=float)
            bars = pg.BarGraphItem(x=x, width=BAR_WIDTH, y0=base, height=heights,
                                   brush=pg.mkBrush(colour), pen=pg.mkPen("#FFFFFF", width=0.5))
            self.plot.addItem(bars)
            self.legend.addItem(legend_sample(colour), name)
            base = base + heights
        self.plot.setLabel("left", cliff.currency)
        total = sum(cliff.unfunded_after_exit, Decimal(0))
        self.plot.setTitle(self.tr("Unfunded after exit: {amount}").format(
            amount=money(total, cliff.currency)), color=GAP_COLOUR if total else "#222222",
            size="11pt")
        if cliff.exit_date is not None and not yearly:
            position = month_position(cliff.exit_date, cliff.months[0])
            if 0 <= position <= count:
                after = pg.LinearRegionItem((position, count), movable=False,
                                            brush=pg.mkBrush(192, 57, 43, 22),
                                            pen=pg.mkPen(None))
                after.setZValue(-10)
                self.plot.addItem(after)
                self.plot.addItem(pg.InfiniteLine(
                    position, angle=90, movable=False, pen=pg.mkPen("#000000", width=2),
                    label=self.tr("Exit {date}").format(date=day_text(cliff.exit_date)),
                    labelOpts={"position": 0.97, "anchors": [(1, 0), (1, 0)],
                               "color": "#000000", "fill": pg.mkBrush(255, 255, 255, 220)}))
        self.plot.setXRange(0, max(count, 1), padding=0)
        self.plot.setYRange(0, max(float(base.max()) if count else 0.0, 1.0) * 1.12, padding=0)
        fit_legend(self.legend, self.width())
        left_to_right(self.view.ci)

    def period_summary(self, index: int) -> str:
        """What one bar holds, in words (the hover text)."""
        if not 0 <= index < len(self.periods):
            return ""
        lines = [f"<b>{self.periods[index]}</b>"]
        lines += [f"{name}: {number(values[index])}" for name, values in self.layers
                  if values[index]]
        return "<br>".join(lines)

    def hover_text(self, period: int) -> str:
        return self.period_summary(period)

