"""What the dashboard charts share: colours, axes for months, labels and money, exports."""

from __future__ import annotations

import calendar
from datetime import date
from pathlib import Path

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QCursor, QFontMetricsF
from PySide6.QtWidgets import QToolTip, QVBoxLayout, QWidget

from transition_planner.ui.charts.text import (
    elide,
    locale,
    month_text,
    qdate,
    short_money,
    wrap,
)

pg.setConfigOptions(antialias=True, background="w", foreground="#222222")

# Successors' colours: Okabe-Ito first (readable with colour-blindness), then more for long
# lists; no dark blue (the mission's), no red (the gap's), no purple (the compared scenario's).
PALETTE = ("#E69F00", "#56B4E9", "#009E73", "#F0E442", "#76B7B2", "#CC79A7", "#8C564B",
           "#9E9E9E", "#BCBD22", "#17BECF", "#FFB6C1", "#C49C6B", "#B6E880", "#FECB52",
           "#5E8C6A")
MISSION_COLOUR = "#3E5C8A"  # the mission: a dark UN blue under the successors' lighter colours
GAP_COLOUR = "#C0392B"  # what nobody covers
REQUIREMENT_COLOUR = "#111111"
OVERLAY_COLOUR = "#6A1B9A"  # the scenario compared with, drawn with a white halo
NO_VALUE_COLOUR = "#E0E0E0"  # a heat-map cell where nothing is required
EMPTY_COLOUR = "#FFFFFF"  # a heat-map cell with nothing in it
# Heat-map bins of the share covered: (upper bound, colour); 1.0 means fully covered.
SHARE_BINS = ((0.25, "#B2182B"), (0.5, "#EF8A62"), (0.75, "#FDDB75"), (0.9999, "#A6D96A"),
              (1.0, "#1A9850"))
# Readiness scores 1..5.
SCORE_COLOURS = {1: "#B2182B", 2: "#EF8A62", 3: "#FDDB75", 4: "#A6D96A", 5: "#1A9850"}
EXPORT_FORMATS = (".png", ".svg")
EXPORT_SCALE = 2  # PNG exports at twice the size on screen, for reports and slides


translate = QCoreApplication.translate  # lupdate finds translate("Context", "text")


def share_colour(share: float | None) -> str:
    if share is None:
        return NO_VALUE_COLOUR
    for bound, colour in SHARE_BINS:
        if share <= bound:
            return colour
    return SHARE_BINS[-1][1]


def text_colour_on(background: str) -> str:
    """Black or white, whichever reads better on the background colour."""
    c = QColor(background)
    luminance = 0.299 * c.red() + 0.587 * c.green() + 0.114 * c.blue()
    return "#111111" if luminance > 140 else "#FFFFFF"


def month_position(day: date, first: date) -> float:
    """x of the end of `day` on a month axis whose month i spans [i, i + 1]."""
    days = calendar.monthrange(day.year, day.month)[1]
    return (day.year - first.year) * 12 + day.month - first.month + day.day / days


class MonthAxis(pg.AxisItem):
    """A time axis of whole months: a label at each quarter, with the year on the first label
    and at each January."""

    def __init__(self, orientation: str = "bottom", **kwargs):
        super().__init__(orientation, **kwargs)
        self.months: list[date] = []

    def set_months(self, months: list[date], offset: float = 0.0) -> None:
        """offset: where on a month its label sits (0: its start, 0.5: its middle)."""
        self.months = list(months)
        ticks, first = [], True
        for i, month in enumerate(self.months):
            if i == 0 or month.month not in (1, 4, 7, 10):
                continue  # the first month's label would stick out of the axis
            long = first or month.month == 1
            ticks.append((i + offset, month_text(month) if long else
                          locale().toString(qdate(month), "MMM")))
            first = False
        self.setTicks([ticks])


class MoneyAxis(pg.AxisItem):
    """A value axis with short money labels (1.2M, 350k)."""

    def tickStrings(self, values, scale, spacing):
        return [short_money(v * scale) for v in values]


class LabelAxis(pg.AxisItem):
    """An axis naming each row or column of a grid (centred at i + 0.5). A bottom axis writes
    its names vertically, so long place names never overlap; a top axis wraps them on two
    lines (for a few wide columns)."""

    PAD = 8

    def __init__(self, orientation: str, **kwargs):
        super().__init__(orientation, **kwargs)
        self.labels: list[str] = []
        self.setStyle(tickLength=0, autoExpandTextSpace=True)

    def set_labels(self, labels) -> None:
        metrics = QFontMetricsF(self.font())
        if self.orientation == "top":
            self.labels = [wrap(t, 16, 3) for t in labels]
            lines = max((t.count("\n") + 1 for t in self.labels), default=1)
            self.setHeight(lines * metrics.height() + 2 * self.PAD)
        else:
            self.labels = [elide(t) for t in labels]
        # Sized from the labels at once, not at the first paint: a chart saved before it was
        # ever painted keeps its names.
        widest = max((metrics.horizontalAdvance(t) for t in self.labels), default=0)
        if self.orientation == "bottom":
            self.setHeight(widest + 2 * self.PAD)
        elif self.orientation == "left":
            self.setWidth(widest + 2 * self.PAD)
        self.setTicks([[(i + 0.5, t) for i, t in enumerate(self.labels)]])
        self.picture = None
        self.update()

    def drawPicture(self, p, axisSpec, tickSpecs, textSpecs):
        if self.orientation != "bottom":
            super().drawPicture(p, axisSpec, tickSpecs, textSpecs)
            return
        super().drawPicture(p, axisSpec, tickSpecs, [])
        view = self.linkedView()
        if view is None:
            return
        p.setClipping(False)
        p.setPen(self.textPen())
        metrics = QFontMetricsF(p.font())
        height = metrics.height()
        low, high = view.viewRange()[0]
        for i, text in enumerate(self.labels):
            if not low <= i + 0.5 <= high:
                continue
            x = self.mapFromScene(view.mapViewToScene(QPointF(i + 0.5, 0))).x()
            p.save()
            p.translate(x, self.PAD / 2)
            p.rotate(-90)  # reads bottom to top, its end at the grid
            width = metrics.horizontalAdvance(text) + 2
            p.drawText(QRectF(-width, -height / 2, width, height),
                       int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), text)
            p.restore()


class LegendChart(QWidget):
    """A time chart with its legend under the plot, never over the data: as many legend
    columns as the width holds; time reads left to right in every language, as in the
    printed reports; hovering a period shows `hover_text(period)`."""

    def __init__(self, name: str, axes: dict, parent=None):
        super().__init__(parent)
        self.setObjectName(name)
        self.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.view = pg.GraphicsLayoutWidget()
        self.view.setMinimumHeight(320)
        layout.addWidget(self.view)
        self.plot = self.view.addPlot(row=0, col=0, axisItems=axes)
        static_plot(self.plot)
        self.legend = pg.LegendItem(colCount=5, labelTextSize="9pt")
        self.view.addItem(self.legend, row=1, col=0)
        self.view.scene().sigMouseMoved.connect(self._on_mouse_moved)

    def hover_text(self, period: int) -> str:
        raise NotImplementedError

    def _on_mouse_moved(self, pos) -> None:
        if not self.plot.vb.sceneBoundingRect().contains(pos):
            return
        text = self.hover_text(int(np.floor(self.plot.vb.mapSceneToView(pos).x())))
        if text:
            QToolTip.showText(QCursor.pos(), text, self.view)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        fit_legend(self.legend, event.size().width())

    def export(self, path) -> object:
        return export_scene(self.view.scene(), path)


def left_to_right(item) -> None:
    """Lay a chart out left to right whatever the window's language: time, axes and legends
    read as in the printed reports. Graphics widgets take the application's direction when
    they are made, not their parent's, so each one is set."""
    from PySide6.QtWidgets import QGraphicsWidget

    todo = [item]
    while todo:
        current = todo.pop()
        if isinstance(current, QGraphicsWidget):
            current.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        todo.extend(current.childItems())


def fit_legend(legend: pg.LegendItem, width: int) -> None:
    """As many legend columns (one to five) as the chart's width holds for its longest name:
    a legend wider than the chart would widen the scene past the window."""
    names = [label.itemRect().width() for _sample, label in legend.items]
    column = max(names, default=0) + 70  # the sample and the gaps around it
    columns = max(1, min(5, int(width - 20) // int(column))) if column > 70 else 5
    if legend.columnCount != columns:
        legend.setColumnCount(columns)


def static_plot(plot: pg.PlotItem) -> None:
    """A chart to read, not to explore: no panning, zooming or context menu."""
    plot.setMouseEnabled(x=False, y=False)
    plot.setMenuEnabled(False)
    plot.hideButtons()
    plot.vb.setDefaultPadding(0.0)


def legend_sample(colour: str, symbol: str = "s", size: int = 12, pen=None):
    """A legend entry for a colour (a filled square by default)."""
    return pg.ScatterPlotItem(symbol=symbol, size=size, brush=pg.mkBrush(colour),
                              pen=pen or pg.mkPen("#555555"))


def export_scene(scene, path: str | Path) -> Path:
    """Write a chart's scene to a PNG or SVG file, by the file's suffix."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in EXPORT_FORMATS:
        raise ValueError(
            translate("Charts", "Charts can be saved as PNG or SVG, not '{suffix}'.").format(
                suffix=path.suffix or translate("Charts", "no extension")))
    if not path.parent.is_dir():
        raise OSError(translate("Charts", "The folder {folder} does not exist.").format(
            folder=path.parent))
    from transition_planner.services.errors import ServiceError
    from transition_planner.services.files import replacing

    try:  # written beside the target and moved over it when complete; never over a plan
        with replacing(path, what="chart") as part:
            (_write_svg if suffix == ".svg" else _write_png)(scene, part)
            if part.stat().st_size == 0:  # QImage.save and QSvgGenerator fail only quietly
                raise OSError(translate("Charts", "Could not write {path}.").format(path=path))
    except ServiceError as exc:
        raise OSError(str(exc)) from None
    return path


def _write_png(scene, path: Path) -> None:
    """The chart at twice its size on screen, drawn by Qt as for a high-density screen (so
    lines, text and the legend all keep their proportions)."""
    from PySide6.QtGui import QImage, QPainter

    source = scene.views()[0].viewRect()
    if source.width() < 1 or source.height() < 1:
        raise OSError(translate("Charts", "The chart has no size yet: show it before saving it."))
    image = QImage(int(source.width() * EXPORT_SCALE), int(source.height() * EXPORT_SCALE),
                   QImage.Format.Format_ARGB32)
    image.setDevicePixelRatio(EXPORT_SCALE)
    image.fill(QColor("#FFFFFF"))
    painter = QPainter(image)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        scene.render(painter, QRectF(0, 0, source.width(), source.height()), source)
    finally:
        painter.end()
    image.save(str(path), "PNG")


def _write_svg(scene, path: Path) -> None:
    """Qt's own SVG writer (pyqtgraph 0.14's SVG exporter cannot read back the closed paths,
    "... Z", that Qt 6.10 and later write, and fails on every chart)."""
    from PySide6.QtCore import QSize
    from PySide6.QtGui import QPainter
    from PySide6.QtSvg import QSvgGenerator

    source = scene.views()[0].viewRect()
    generator = QSvgGenerator()
    generator.setFileName(str(path))
    generator.setSize(QSize(int(source.width()), int(source.height())))
    generator.setViewBox(QRectF(0, 0, source.width(), source.height()))
    generator.setTitle(translate("Charts", "Transition Planner chart"))
    # Axes are drawn from recorded pictures, which scale by the ratio of resolutions: the
    # drawing must have the screen's, or their labels shrink away from the data.
    generator.setResolution(scene.views()[0].logicalDpiX())
    painter = QPainter(generator)
    try:
        painter.fillRect(QRectF(0, 0, source.width(), source.height()), QColor("#FFFFFF"))
        scene.render(painter, QRectF(0, 0, source.width(), source.height()), source)
    finally:
        painter.end()
