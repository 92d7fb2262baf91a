"""Small line charts of an indicator's values against its threshold, drawn with QPainter: red
where the re-engagement trigger fired, a dashed line for the threshold."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPalette, QPen
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QWidget

FIRED = QColor("#b3261e")  # the flags' red (the sidebar badge's)
STEADY = QColor("#1f6fb2")
THRESHOLD = QColor("#8a6d00")
SPARK_ROLE = Qt.ItemDataRole.UserRole + 10  # a model's Spark for a cell


@dataclass(frozen=True)
class Spark:
    """What a sparkline draws: values by date, the threshold and the points that crossed."""

    values: tuple[tuple[date, float], ...]
    threshold: float
    trigger_when: str  # above | below: the bad side
    fired: bool  # the trigger fired: the line is red
    run: frozenset[date] = frozenset()  # dates of the values counted in the trigger's run
    baseline: float | None = None

    def crosses(self, value: float) -> bool:
        return value < self.threshold if self.trigger_when == "below" else value > self.threshold


def paint_spark(painter: QPainter, rect: QRectF, spark: Spark, palette: QPalette,
                dots: bool = False, labels: tuple[str, str, str] | None = None) -> None:
    """Draw `spark` inside `rect`, time from left to right in every language (as the report's
    charts and the Gaps page's).
    labels: the threshold's value and the first and last dates, written along the chart."""
    if rect.width() < 8 or rect.height() < 6:
        return
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    pad = 3.0
    text_height = painter.fontMetrics().height() if labels else 0
    area = rect.adjusted(pad, pad, -pad, -pad - text_height)
    ys = [v for _d, v in spark.values] + [spark.threshold]
    if spark.baseline is not None:
        ys.append(spark.baseline)
    low, high = min(ys), max(ys)
    if high - low < 1e-9:
        low, high = low - 1, high + 1
    span = high - low
    low, high = low - span * 0.08, high + span * 0.08
    days = [d.toordinal() for d, _v in spark.values]
    first, last = (min(days), max(days)) if days else (0, 1)
    if last == first:
        first, last = first - 1, last + 1

    def x_of(day: int) -> float:
        share = (day - first) / (last - first)
        return area.left() + share * area.width()

    def y_of(value: float) -> float:
        return area.bottom() - (value - low) / (high - low) * area.height()

    y = y_of(spark.threshold)
    painter.setPen(QPen(THRESHOLD, 1, Qt.PenStyle.DashLine))
    painter.drawLine(QPointF(area.left(), y), QPointF(area.right(), y))
    if labels:
        _write_labels(painter, area, y, labels, palette)
    if not spark.values:
        painter.restore()
        return
    colour = FIRED if spark.fired else STEADY
    points = [QPointF(x_of(d.toordinal()), y_of(v)) for d, v in spark.values]
    path = QPainterPath(points[0])
    for point in points[1:]:
        path.lineTo(point)
    painter.setPen(QPen(colour, 2 if dots else 1.6))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawPath(path)
    radius = 3.2 if dots else 2.2
    for point, (day, value) in zip(points, spark.values, strict=True):
        bad = day in spark.run or (dots and spark.crosses(value))
        if not (dots or bad or point is points[-1]):
            continue
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(FIRED if bad else colour)
        painter.drawEllipse(point, radius, radius)
    painter.restore()


def _write_labels(painter: QPainter, area: QRectF, y: float, labels, palette: QPalette) -> None:
    threshold, first, last = labels
    metrics = painter.fontMetrics()
    painter.setPen(THRESHOLD)
    width = metrics.horizontalAdvance(threshold) + 4
    x = area.right() - width
    above = y - 3 if y - metrics.height() > area.top() else y + metrics.ascent() + 2
    painter.drawText(QPointF(x + 2, above), threshold)
    painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
    base = area.bottom() + metrics.ascent() + 2
    painter.drawText(QPointF(area.left(), base), first)
    painter.drawText(QPointF(area.right() - metrics.horizontalAdvance(last), base), last)


class SparklineDelegate(QStyledItemDelegate):
    """Draws a cell's Spark (SPARK_ROLE) instead of text."""

    def paint(self, painter, option, index) -> None:
        spark = index.data(SPARK_ROLE)
        if spark is None:
            super().paint(painter, option, index)
            return
        style = option.widget.style() if option.widget else None
        if style is not None:  # selection and focus as the other cells draw them
            option.text = ""
            self.initStyleOption(option, index)
            option.text = ""
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter,
                              option.widget)
        paint_spark(painter, QRectF(option.rect), spark, option.palette)

    def sizeHint(self, option, index) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(max(size.width(), 110), size.height())


class Sparkline(QWidget):
    """The chart of one indicator, bigger, with a dot per value (red where it crossed)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.spark: Spark | None = None
        self.labels: tuple[str, str, str] | None = None
        self.setMinimumSize(200, 90)

    def set_spark(self, spark: Spark | None, labels: tuple[str, str, str] | None = None) -> None:
        """labels: the threshold and the first and last dates, as the window writes them."""
        self.spark, self.labels = spark, labels
        self.update()

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), self.palette().color(QPalette.ColorRole.Base))
        if self.spark is not None:
            paint_spark(painter, QRectF(self.rect()), self.spark, self.palette(), dots=True,
                        labels=self.labels if self.spark.values else None)
        painter.end()

    def sizeHint(self) -> QSize:
        return QSize(280, 110)
