"""A Gantt-style timeline per location: milestones, team-site closures, handover windows."""

from __future__ import annotations

import bisect
import calendar
from collections.abc import Callable, Sequence
from datetime import date
from functools import cache, partial
from typing import NamedTuple

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QPainter,
    QPainterPath,
    QPalette,
    QPen,
    QPixmap,
    QPolygonF,
)
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from transition_planner.services import timeline_view
from transition_planner.services.timeline_view import HandoverBar, TimelineData, TimelineLane
from transition_planner.ui.bidi import text_direction
from transition_planner.ui.context import ACTOR, CAPACITY, HANDOVER, LOCATION, MILESTONE, PLAN
from transition_planner.ui.pages.plan_page import BackgroundPage, ui_language
from transition_planner.ui.theme import alarm_colour, alarm_style, faint
from transition_planner.ui.widgets.flow import FlowLayout, flow_policy

LABEL_WIDTH, AXIS_HEIGHT, ROW_HEIGHT = 270, 40, 22
MIN_MONTH_WIDTH = 10.0
ZOOM_MONTHS = (6, 12, 24, 36)  # months in view; 0 stands for the whole horizon

MISSION = QColor(190, 190, 190)  # grey: the mission still provides the capacity
WINDOW = QColor(31, 119, 180)  # blue: a successor's handover window
LATE = QColor(214, 39, 40)  # red: a successor that starts after the mission left
INACTIVE = QColor(150, 150, 150)  # declined, handed back or discontinued
CLOSURE = QColor(230, 120, 0)  # orange: a team site or province closes
MILESTONE_COLOR = QColor(106, 61, 154)  # purple diamond
TODAY = QColor(0, 150, 70)
# Grid, year lines, place bands and the exit line are the text colour faded into the page's,
# so they read on light and dark palettes alike (theme.faint).
GRID, YEAR_LINE, LANE_BAND, EXIT_LINE = 0.09, 0.35, 0.04, 0.9


@cache
def _days_in(year: int, month: int) -> int:
    """Days of a month (calendar.monthrange works out its weekday too: slow 40,000 times)."""
    return calendar.monthrange(year, month)[1]


class TimelineItem(NamedTuple):
    """Something drawn on the chart, in content coordinates (x = 0 at the horizon start)."""

    kind: str  # mission | window | late | gap | none | inactive | closure | milestone | exit
    rect: QRectF
    tip: str | Callable[[], str]  # worded when first asked (a 10k plan has 40,000 bars)
    color: QColor
    label: str = ""  # written inside a bar when it fits

    @property
    def tooltip(self) -> str:
        return self.tip() if callable(self.tip) else self.tip


class _Row(NamedTuple):
    text: str
    depth: int
    lane: TimelineLane
    bar: HandoverBar | None  # None: the lane's own header row


class _Rows(Sequence):
    """The chart's rows, each lane's header row followed by one row per bar, made when asked
    (a 10k plan has 20,000 of them; a screen shows about thirty)."""

    def __init__(self, lanes: tuple[TimelineLane, ...], word: Callable[[HandoverBar], str],
                 whole_mission: str):
        self.lanes, self._word, self._whole_mission = lanes, word, whole_mission
        self.starts: list[int] = []  # the row number of each lane's header row
        count = 0
        for lane in lanes:
            self.starts.append(count)
            count += 1 + len(lane.bars)
        self._count = count

    def __len__(self) -> int:
        return self._count

    def __getitem__(self, number):
        if isinstance(number, slice):
            return [self[n] for n in range(*number.indices(self._count))]
        if number < 0:
            number += self._count
        if not 0 <= number < self._count:
            raise IndexError(number)
        at = bisect.bisect_right(self.starts, number) - 1
        lane, offset = self.lanes[at], number - self.starts[at]
        if offset == 0:
            return _Row(lane.name or self._whole_mission, lane.depth, lane, None)
        bar = lane.bars[offset - 1]
        return _Row(self._word(bar), lane.depth + 1, lane, bar)

    def __eq__(self, other) -> bool:
        return isinstance(other, Sequence) and list(self) == list(other)

    __hash__ = None

    def lane_start(self, number: int) -> int:
        """The header row of the lane a row belongs to."""
        return self.starts[bisect.bisect_right(self.starts, number) - 1]

    def lane_end(self, number: int) -> int:
        """The row after the last of the lane a row belongs to."""
        at = bisect.bisect_right(self.starts, number)
        return self.starts[at] if at < len(self.starts) else self._count


class TimelineView(QAbstractScrollArea):
    """The chart: a pinned label column at the leading edge and month axis on top; mirrored
    right to left when the layout is. Double-clicking a capacity's row (its bars or its
    label) picks that capacity."""

    sig_capacity_picked = Signal(str, str)  # capacity id, name

    def __init__(self, parent=None):
        super().__init__(parent)
        self.data: TimelineData | None = None
        self.months_in_view = 12
        self.rows = _Rows((), self._bar_label, "")
        self.month_width = 40.0
        self.today = date.today()
        self.setMouseTracking(True)
        self.viewport().setMouseTracking(True)
        self.setAccessibleName(self.tr("Timeline chart"))
        self.horizontalScrollBar().setSingleStep(20)
        self.verticalScrollBar().setSingleStep(ROW_HEIGHT)

    # --- data and geometry -------------------------------------------------------------------

    def set_data(self, data: TimelineData | None) -> None:
        self.data = data
        self.rows = _Rows(data.lanes if data else (), self._bar_label, self.tr("Whole mission"))
        self._relayout()

    def set_months_in_view(self, months: int) -> None:
        """Zoom: how many months fill the visible width (0: the whole horizon)."""
        self.months_in_view = months
        self._relayout()

    def _bar_label(self, bar: HandoverBar) -> str:
        if bar.handover_id is None:
            return self.tr("%1: no successor").replace("%1", bar.capacity)
        return bar.capacity

    def _relayout(self) -> None:
        """Month width and scroll ranges. Nothing is laid out ahead: a row's marks are worked
        out when it is painted or hovered (a 10k plan has 40,000 of them, 0.3-0.6 s to lay out
        in one go on the GUI thread, of which a screen shows about a hundred)."""
        months = self.data.months if self.data else 12
        in_view = self.months_in_view or months
        available = max(1, self.viewport().width() - LABEL_WIDTH)
        self.month_width = max(MIN_MONTH_WIDTH, available / max(1, min(in_view, months)))
        content_w = self.month_width * months
        content_h = ROW_HEIGHT * len(self.rows)
        hbar, vbar = self.horizontalScrollBar(), self.verticalScrollBar()
        hbar.setRange(0, max(0, round(content_w - available)))
        hbar.setPageStep(available)
        visible_h = max(1, self.viewport().height() - AXIS_HEIGHT)
        vbar.setRange(0, max(0, content_h - visible_h))
        vbar.setPageStep(visible_h)
        self.viewport().update()

    def x_of(self, day: date) -> float:
        """Content x of a day: months from the horizon start, with the day as a fraction."""
        start = self.data.horizon_start
        months = (day.year - start.year) * 12 + day.month - start.month
        fraction = (day.day - 1) / _days_in(day.year, day.month)
        x = (months + fraction) * self.month_width
        return min(max(x, 0.0), self.data.months * self.month_width)

    def _end_x(self, day: date | None) -> float:
        """Content x just after a day (an end date covers the day itself); None: horizon end."""
        if day is None:
            return self.data.months * self.month_width
        return self.x_of(date.fromordinal(day.toordinal() + 1))

    @property
    def items(self) -> list[TimelineItem]:
        """Every mark of the chart, row by row (for a small plan, or a test: painting and
        hovering work out only the rows they need)."""
        return [item for number in range(len(self.rows)) for item in self.row_items(number)]

    def row_items(self, number: int) -> list[TimelineItem]:
        """The marks of one row, in the order they are drawn. A lane's header row holds its
        markers; a site closure's line runs down to the lane's last row."""
        if self.data is None or not 0 <= number < len(self.rows):
            return []
        row, y = self.rows[number], number * ROW_HEIGHT
        if row.bar is not None:
            return self._bar_items(row.bar, y)
        return self._marker_items(row, y, self.rows.lane_end(number) * ROW_HEIGHT)

    def _marker_items(self, row: _Row, y: float, lane_bottom: float) -> list[TimelineItem]:
        items = []
        for marker in row.lane.markers:
            # A site closes, and the mission exits, at the end of their day; a milestone is on it.
            x = (self.x_of(marker.day) if marker.kind == timeline_view.MILESTONE
                 else self._end_x(marker.day))
            day = marker.day.isoformat()
            if marker.kind == timeline_view.CLOSURE:
                tip = self.tr("%1 (%2) closes on %3").replace("%1", marker.title).replace(
                    "%2", marker.detail).replace("%3", day)
                items.append(TimelineItem("closure", QRectF(x - 4, y, 8, lane_bottom - y),
                                          tip, CLOSURE))
            elif marker.kind == timeline_view.EXIT:
                tip = self.tr("Mission exit (%1): %2").replace("%1", marker.title).replace(
                    "%2", day)
                items.append(TimelineItem("exit", QRectF(x - 4, y, 8, ROW_HEIGHT), tip,
                                          self.palette().color(QPalette.ColorRole.Text)))
            else:
                tip = f"{marker.title} — {marker.detail} — {day}"
                items.append(TimelineItem("milestone", QRectF(x - 6, y + 5, 12, 12), tip,
                                          MILESTONE_COLOR))
        return items

    def _bar_items(self, bar: HandoverBar, y: float) -> list[TimelineItem]:
        items = []
        mission_x = self._end_x(bar.mission_end) if bar.mission_end else None
        if mission_x is None:
            mission_x = self.data.months * self.month_width
        items.append(TimelineItem(
            "mission", QRectF(0, y + 7, mission_x, ROW_HEIGHT - 14),
            partial(self._mission_tip, bar), MISSION))
        if bar.handover_id is None:
            end = self.data.months * self.month_width
            if mission_x < end:  # nobody after the mission: say so where the successor would be
                items.append(TimelineItem(
                    "none", QRectF(mission_x, y + 3, end - mission_x, ROW_HEIGHT - 6),
                    partial(self._nobody_tip, bar), LATE, self.tr("no successor")))
            return items
        if bar.start is None:
            return items
        x0, x1 = self.x_of(bar.start), self._end_x(bar.end)
        if bar.late:
            items.append(TimelineItem("gap", QRectF(mission_x, y + 3, max(0, x0 - mission_x),
                                                    ROW_HEIGHT - 6),
                                      partial(self._window_tip, bar, False), LATE))
        kind, color = (("late", LATE) if bar.late else ("window", WINDOW)) if bar.active \
            else ("inactive", INACTIVE)
        items.append(TimelineItem(kind, QRectF(x0, y + 3, max(2.0, x1 - x0), ROW_HEIGHT - 6),
                                  partial(self._window_tip, bar, not bar.active), color,
                                  bar.actor))
        return items

    def _until(self, bar: HandoverBar) -> str:
        return bar.mission_end.isoformat() if bar.mission_end else self.tr("the horizon's end")

    def _mission_tip(self, bar: HandoverBar) -> str:
        return "\n".join([self.tr("The mission provides %1 until %2").replace(
            "%1", bar.capacity).replace("%2", self._until(bar)), self._pick_hint()])

    def _nobody_tip(self, bar: HandoverBar) -> str:
        return "\n".join([self.tr("Nobody takes over %1 after the mission leaves").replace(
            "%1", bar.capacity), self._pick_hint()])

    def _pick_hint(self) -> str:
        return self.tr("Double-click: show it in the Inventory")

    def _window_tip(self, bar: HandoverBar, inactive: bool) -> str:
        end = bar.end.isoformat() if bar.end else self.tr("open")
        lines = [f"{bar.capacity} → {bar.actor}",
                 self.tr("Status: %1").replace("%1", bar.status_label),
                 self.tr("Window: %1 to %2").replace("%1", bar.start.isoformat())
                 .replace("%2", end),
                 self.tr("The mission leaves: %1").replace("%1", self._until(bar))]
        if bar.late:
            lines.append(self.tr("Starts %1 days after the mission has left: a gap")
                         .replace("%1", str(bar.late_days)))
        if inactive:
            lines.append(self.tr("Not counted: declined, handed back or discontinued"))
        lines.append(self._pick_hint())
        return "\n".join(lines)

    # --- from content to screen ----------------------------------------------------------------

    def _rtl(self) -> bool:
        return self.layoutDirection() == Qt.LayoutDirection.RightToLeft

    def _leading(self) -> Qt.AlignmentFlag:
        """Text alignment to the leading edge; absolute, as the rectangles are mirrored already."""
        side = Qt.AlignmentFlag.AlignRight if self._rtl() else Qt.AlignmentFlag.AlignLeft
        return side | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignVCenter

    def _to_view(self, rect: QRectF) -> QRectF:
        """A content rectangle in viewport coordinates (mirrored right to left when needed)."""
        moved = rect.translated(LABEL_WIDTH - self.horizontalScrollBar().value(),
                                AXIS_HEIGHT - self.verticalScrollBar().value())
        return self._mirror(moved)

    def _mirror(self, rect: QRectF) -> QRectF:
        if not self._rtl():
            return rect
        width = self.viewport().width()
        return QRectF(width - rect.right(), rect.top(), rect.width(), rect.height())

    def item_rect(self, item: TimelineItem) -> QRectF:
        """Where an item shows in the viewport now."""
        return self._to_view(item.rect)

    def item_at(self, pos) -> TimelineItem | None:
        """The topmost item under a viewport point (markers before bars)."""
        if self._in_label_column(pos.x()) or pos.y() < AXIS_HEIGHT:
            return None
        number = self._row_at(pos.y())
        if not 0 <= number < len(self.rows):
            return None
        near = self.row_items(number)  # only its lane's closures reach into it from above
        if self.rows[number].bar is not None:
            near += self.row_items(self.rows.lane_start(number))
        hits = [item for item in near if self.item_rect(item).contains(QPointF(pos))]
        order = ("milestone", "exit", "closure", "late", "window", "inactive", "gap", "none",
                 "mission")
        return min(hits, key=lambda item: order.index(item.kind)) if hits else None

    def _row_at(self, y: float) -> int:
        """The row number at a viewport y (below the axis)."""
        return int((y - AXIS_HEIGHT + self.verticalScrollBar().value()) // ROW_HEIGHT)

    def _in_label_column(self, x: float) -> bool:
        width = self.viewport().width()
        return x >= width - LABEL_WIDTH if self._rtl() else x < LABEL_WIDTH

    def scroll_to_item(self, item: TimelineItem) -> None:
        """Scroll so an item starts a couple of months in, a few rows down."""
        self.horizontalScrollBar().setValue(round(item.rect.x() - 2 * self.month_width))
        self.verticalScrollBar().setValue(round(item.rect.y() - 3 * ROW_HEIGHT))

    # --- Qt events -----------------------------------------------------------------------------

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._relayout()

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        self.viewport().update()

    def sizeHint(self) -> QSize:
        return QSize(900, 500)

    def viewportEvent(self, event) -> bool:
        if event.type() == event.Type.ToolTip:
            text = self.tooltip_at(event.pos())
            if text:
                QToolTip.showText(event.globalPos(), text, self.viewport())
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().viewportEvent(event)

    def tooltip_at(self, pos) -> str:
        """What the tooltip says at a viewport point ('' for nothing)."""
        item = self.item_at(pos)
        if item is not None:
            return item.tooltip
        if self._in_label_column(pos.x()) and pos.y() >= AXIS_HEIGHT:
            number = self._row_at(pos.y())
            if 0 <= number < len(self.rows):
                row = self.rows[number]
                return row.text if row.bar is None else f"{row.text}\n{self._pick_hint()}"
        return ""

    def mouseDoubleClickEvent(self, event) -> None:
        pos = event.position()
        number = self._row_at(pos.y())
        if pos.y() >= AXIS_HEIGHT and 0 <= number < len(self.rows) \
                and self.rows[number].bar is not None:
            bar = self.rows[number].bar
            self.sig_capacity_picked.emit(bar.capacity_id, bar.capacity)
            event.accept()
            return
        super().mouseDoubleClickEvent(event)

    def wheelEvent(self, event) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            steps = (*ZOOM_MONTHS, 0)
            current = steps.index(self.months_in_view) if self.months_in_view in steps else 1
            current += 1 if event.angleDelta().y() < 0 else -1
            self.set_months_in_view(steps[min(max(current, 0), len(steps) - 1)])
            event.accept()
            return
        super().wheelEvent(event)

    # --- painting --------------------------------------------------------------------------

    def paintEvent(self, event) -> None:
        painter = QPainter(self.viewport())
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.viewport().rect(), self.palette().base())
        if self.data is None:
            painter.end()
            return
        self._paint_chart(painter)
        self._paint_labels(painter)
        self._paint_axis(painter)
        painter.end()

    def _time_clip(self) -> QRectF:
        width, height = self.viewport().width(), self.viewport().height()
        return self._mirror(QRectF(LABEL_WIDTH, AXIS_HEIGHT, width - LABEL_WIDTH,
                                   height - AXIS_HEIGHT))

    def _paint_chart(self, painter: QPainter) -> None:
        painter.save()
        painter.setClipRect(self._time_clip())
        content_w = self.data.months * self.month_width
        total_h = ROW_HEIGHT * len(self.rows)
        top = self.verticalScrollBar().value()  # content y of the first line in view
        bottom = top + self.viewport().height()
        first_row = max(0, top // ROW_HEIGHT)
        last_row = min(len(self.rows), bottom // ROW_HEIGHT + 1)
        band = faint(self.palette(), LANE_BAND)
        for number in range(first_row, last_row):
            if self.rows[number].bar is None:
                painter.fillRect(self._to_view(QRectF(0, number * ROW_HEIGHT, content_w,
                                                      ROW_HEIGHT)), band)
        for month in range(self.data.months + 1):
            first = _month_start(self.data.horizon_start, month)
            color = faint(self.palette(), YEAR_LINE if first.month == 1 else GRID)
            self._vline(painter, month * self.month_width, 0, total_h, QPen(color, 1))
        painted = range(first_row, min(len(self.rows), last_row + 1))
        if painted:
            start = self.rows.lane_start(first_row)  # its closures reach down into the view
            for number in ([start] if start < first_row else []) + list(painted):
                for item in self.row_items(number):
                    self._paint_item(painter, item)
        if self.data.exit_date:
            pen = QPen(faint(self.palette(), EXIT_LINE), 2, Qt.PenStyle.DashLine)
            self._vline(painter, self._end_x(self.data.exit_date), 0, total_h, pen)
        if self._in_horizon(self.today):
            self._vline(painter, self.x_of(self.today), 0, total_h, QPen(TODAY, 2))
        painter.restore()

    def _in_horizon(self, day: date) -> bool:
        start = self.data.horizon_start
        return start <= day < _month_start(start, self.data.months)

    def _vline(self, painter: QPainter, x: float, y0: float, y1: float, pen: QPen) -> None:
        rect = self._to_view(QRectF(x, y0, 0, y1 - y0))
        painter.setPen(pen)
        painter.drawLine(QPointF(rect.left(), rect.top()), QPointF(rect.left(), rect.bottom()))

    def _paint_item(self, painter: QPainter, item: TimelineItem) -> None:
        rect = self.item_rect(item)
        if item.kind == "mission":
            painter.fillRect(rect, item.color)
        elif item.kind == "gap":
            painter.fillRect(rect, QBrush(item.color, Qt.BrushStyle.BDiagPattern))
        elif item.kind == "inactive":
            painter.setPen(QPen(item.color, 1))
            painter.setBrush(QBrush(item.color, Qt.BrushStyle.Dense6Pattern))
            painter.drawRect(rect)
        elif item.kind in ("window", "late"):
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(item.color)
            painter.drawRoundedRect(rect, 3, 3)
        elif item.kind == "closure":
            painter.setPen(QPen(item.color, 2))
            x = rect.center().x()
            painter.drawLine(QPointF(x, rect.top() + 4), QPointF(x, rect.bottom()))
            painter.setBrush(item.color)
            painter.drawPolygon(QPolygonF([QPointF(x - 6, rect.top() + 3),
                                           QPointF(x + 6, rect.top() + 3),
                                           QPointF(x, rect.top() + 13)]))
        elif item.kind == "milestone":
            painter.setPen(QPen(item.color.darker(130), 1))
            painter.setBrush(item.color)
            painter.drawPath(_diamond(rect))
        elif item.kind == "exit":
            painter.setPen(QPen(item.color, 1))
            painter.setBrush(item.color)
            x = rect.center().x()
            painter.drawPolygon(QPolygonF([QPointF(x - 6, rect.top() + 3),
                                           QPointF(x + 6, rect.top() + 3),
                                           QPointF(x, rect.top() + 13)]))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        # Write the label in the part of the bar in view, so it stays readable when scrolled.
        shown = rect.intersected(self._time_clip()).adjusted(5, 0, -5, 0)
        if item.label and shown.width() > 30:
            on_colour = item.kind in ("window", "late")
            painter.setPen(Qt.GlobalColor.white if on_colour
                           else alarm_colour(self.palette()) if item.kind == "none"
                           else self.palette().windowText().color())
            self._draw_label(painter, shown, self._leading(), item.label)

    def _draw_label(self, painter: QPainter, rect: QRectF, align, label: str) -> None:
        """A label cut to fit at its own end (after its last word shown, in the direction it
        reads in), against the layout's leading edge."""
        window = painter.layoutDirection()
        painter.setLayoutDirection(text_direction(label, window))
        text = painter.fontMetrics().elidedText(label, Qt.TextElideMode.ElideRight,
                                                int(rect.width()))
        painter.drawText(rect, align, text)
        painter.setLayoutDirection(window)

    def _paint_labels(self, painter: QPainter) -> None:
        height, vs = self.viewport().height(), self.verticalScrollBar().value()
        column = self._mirror(QRectF(0, AXIS_HEIGHT, LABEL_WIDTH, height - AXIS_HEIGHT))
        painter.save()
        painter.fillRect(column, self.palette().window())
        painter.setClipRect(column)
        align = self._leading()
        base_font = painter.font()
        first = max(0, vs // ROW_HEIGHT)
        for number in range(first, min(len(self.rows), first + height // ROW_HEIGHT + 2)):
            row = self.rows[number]
            y = AXIS_HEIGHT + number * ROW_HEIGHT - vs
            indent = 6 + 12 * row.depth
            rect = self._mirror(QRectF(indent, y, LABEL_WIDTH - indent - 4, ROW_HEIGHT))
            font = QFont(base_font)
            font.setBold(row.bar is None)
            late = row.bar is not None and (row.bar.late or row.bar.handover_id is None)
            font.setItalic(row.bar is not None and row.bar.handover_id is None)
            painter.setFont(font)
            painter.setPen(alarm_colour(self.palette()) if late
                           else self.palette().windowText().color())
            self._draw_label(painter, rect, align, row.text)
        painter.setFont(base_font)
        painter.setPen(QPen(faint(self.palette(), YEAR_LINE), 1))
        edge = self._mirror(QRectF(LABEL_WIDTH - 1, AXIS_HEIGHT, 0, height))
        painter.drawLine(QPointF(edge.left(), edge.top()), QPointF(edge.left(), edge.bottom()))
        painter.restore()

    def _paint_axis(self, painter: QPainter) -> None:
        width = self.viewport().width()
        painter.save()
        painter.fillRect(QRectF(0, 0, width, AXIS_HEIGHT), self.palette().window())
        painter.setClipRect(self._mirror(QRectF(LABEL_WIDTH, 0, width - LABEL_WIDTH,
                                                AXIS_HEIGHT)))
        hs = self.horizontalScrollBar().value()
        painter.setPen(self.palette().windowText().color())
        half = AXIS_HEIGHT / 2
        for month in range(self.data.months):
            first = _month_start(self.data.horizon_start, month)
            x = LABEL_WIDTH + month * self.month_width - hs
            cell = self._mirror(QRectF(x, half, self.month_width, half))
            painter.drawText(cell, Qt.AlignmentFlag.AlignCenter, self._month_name(first))
            if first.month == 1 or month == 0:
                months_left = min(13 - first.month, self.data.months - month)
                year_cell = self._mirror(QRectF(x + 4, 0, months_left * self.month_width - 8,
                                                half))
                painter.drawText(year_cell, self._leading(), str(first.year))
                line = self._mirror(QRectF(x, 0, 0, AXIS_HEIGHT))
                painter.setPen(QPen(faint(self.palette(), YEAR_LINE), 1))
                painter.drawLine(QPointF(line.left(), 0), QPointF(line.left(), AXIS_HEIGHT))
                painter.setPen(self.palette().windowText().color())
        painter.setClipping(False)
        painter.setPen(QPen(faint(self.palette(), YEAR_LINE), 1))
        painter.drawLine(QPointF(0, AXIS_HEIGHT - 1), QPointF(width, AXIS_HEIGHT - 1))
        if self.data.scenario:
            corner = self._mirror(QRectF(6, 0, LABEL_WIDTH - 10, AXIS_HEIGHT))
            painter.setPen(self.palette().windowText().color())
            painter.drawText(corner, self._leading(),
                             self.tr("Scenario: %1").replace("%1", self.data.scenario))
        painter.restore()

    def _month_name(self, first: date) -> str:
        locale = self.locale()
        if self.month_width >= 40:
            return locale.monthName(first.month, locale.FormatType.ShortFormat)
        if self.month_width >= 16:
            return locale.monthName(first.month, locale.FormatType.NarrowFormat)
        return ""


def _month_start(start: date, months: int) -> date:
    year, month = divmod(start.year * 12 + start.month - 1 + months, 12)
    return date(year, month + 1, 1)


def _diamond(rect: QRectF) -> QPainterPath:
    path = QPainterPath()
    c = rect.center()
    path.moveTo(c.x(), rect.top())
    path.lineTo(rect.right(), c.y())
    path.lineTo(c.x(), rect.bottom())
    path.lineTo(rect.left(), c.y())
    path.closeSubpath()
    return path


def _swatch(kind: str, palette: QPalette) -> QPixmap:
    """A small picture of one kind of mark, for the legend."""
    pixmap = QPixmap(28, 14)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    box = QRectF(1, 2, 26, 10)
    if kind == "mission":
        painter.fillRect(QRectF(1, 4, 26, 6), MISSION)
    elif kind == "gap":
        painter.fillRect(box, QBrush(LATE, Qt.BrushStyle.BDiagPattern))
    elif kind in ("window", "late"):
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(WINDOW if kind == "window" else LATE)
        painter.drawRoundedRect(box, 3, 3)
    elif kind == "inactive":
        painter.setPen(QPen(INACTIVE, 1))
        painter.setBrush(QBrush(INACTIVE, Qt.BrushStyle.Dense6Pattern))
        painter.drawRect(box)
    elif kind == "closure":
        painter.setPen(QPen(CLOSURE, 2))
        painter.drawLine(QPointF(14, 2), QPointF(14, 14))
    elif kind == "milestone":
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(MILESTONE_COLOR)
        painter.drawPath(_diamond(QRectF(8, 1, 12, 12)))
    elif kind == "exit":
        painter.setPen(QPen(faint(palette, EXIT_LINE), 2, Qt.PenStyle.DashLine))
        painter.drawLine(QPointF(14, 0), QPointF(14, 14))
    elif kind == "today":
        painter.setPen(QPen(TODAY, 2))
        painter.drawLine(QPointF(14, 0), QPointF(14, 14))
    painter.end()
    return pixmap


class TimelinePage(BackgroundPage):
    """The timeline, its legend and its zoom."""

    KINDS = frozenset({LOCATION, CAPACITY, HANDOVER, MILESTONE, ACTOR, PLAN})
    sig_show_inventory = Signal(dict)  # {"capacity_ids": [...], "title": ...}

    def __init__(self, ctx, parent=None):
        super().__init__(ctx, parent)
        self.data: TimelineData | None = None
        self.view = TimelineView(self)
        self.zoom = QComboBox(self)
        for months in ZOOM_MONTHS:
            self.zoom.addItem(self.tr("%1 months").replace("%1", str(months)), months)
        self.zoom.addItem(self.tr("Whole horizon"), 0)
        self.zoom.setCurrentIndex(1)
        self.zoom.setAccessibleName(self.tr("Months in view"))
        self.zoom.setToolTip(self.tr("How many months fill the width (Ctrl + mouse wheel "
                                     "zooms too)"))
        zoom_label = QLabel(self.tr("Show"), self)
        zoom_label.setBuddy(self.zoom)
        self.summary = QLabel(self)
        self.summary.setAccessibleName(self.tr("Timeline summary"))
        self.summary.setWordWrap(True)
        bar = QHBoxLayout()
        bar.addWidget(zoom_label)
        bar.addWidget(self.zoom)
        bar.addSpacing(16)
        bar.addWidget(self.summary, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)
        layout.addWidget(self._legend())
        self.zoom.currentIndexChanged.connect(
            lambda: self.view.set_months_in_view(self.zoom.currentData()))
        self.view.sig_capacity_picked.connect(self._show_in_inventory)
        self.view.set_months_in_view(self.zoom.currentData())
        self.on_plan_changed()

    def _legend(self) -> QWidget:
        legend = QWidget(self)
        legend.setAccessibleName(self.tr("Legend"))
        legend.setSizePolicy(flow_policy())
        layout = FlowLayout(legend, spacing=4)  # wraps at 1366 px and in longer languages
        layout.setContentsMargins(0, 0, 0, 0)
        entries = (
            ("mission", self.tr("Mission provides")),
            ("window", self.tr("Handover window")),
            ("late", self.tr("Starts after the mission left")),
            ("gap", self.tr("Gap")),
            ("inactive", self.tr("Declined or discontinued")),
            ("closure", self.tr("Site closure")),
            ("milestone", self.tr("Milestone")),
            ("exit", self.tr("Mission exit")),
            ("today", self.tr("Today")),
        )
        for kind, text in entries:  # each mark with its words, never split between rows
            entry = QWidget(legend)
            row = QHBoxLayout(entry)
            row.setContentsMargins(0, 0, 10, 0)
            icon = QLabel(entry)
            icon.setPixmap(_swatch(kind, legend.palette()))
            icon.setAccessibleName(text)
            row.addWidget(icon)
            row.addWidget(QLabel(text, entry))
            layout.addWidget(entry)
        return legend

    def read(self, handle):
        return timeline_view.timeline(handle, ui_language())

    def _show_in_inventory(self, capacity_id: str, name: str) -> None:
        self.sig_show_inventory.emit({"capacity_ids": [capacity_id], "title": self.tr(
            "Showing %1, picked on the Timeline").replace("%1", name)})

    def show_data(self, data) -> None:
        self.data = data
        self.view.set_data(self.data)
        if self.data is None:
            self.summary.clear()
            return
        late = self.data.late
        if late:
            self.summary.setText(self.tr("%1 handover(s) start after the mission has left "
                                         "(shown in red).").replace("%1", str(len(late))))
            self.summary.setStyleSheet(alarm_style())
        else:
            self.summary.setText(self.tr("Every scheduled handover starts before the mission "
                                         "leaves."))
            self.summary.setStyleSheet("")
