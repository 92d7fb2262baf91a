"""The Timeline page on the demo plan: what is drawn where, in which colour, zoom, tooltips."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, QRect, QRectF, Qt
from PySide6.QtGui import QColor, QHelpEvent, QImage, QWheelEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QToolTip
from ui_helpers import ink_height, ink_of

from transition_planner.services import handovers
from transition_planner.ui.bidi import text_direction
from transition_planner.ui.context import HANDOVER, PlanContext
from transition_planner.ui.pages.timeline import (
    AXIS_HEIGHT,
    CLOSURE,
    LABEL_WIDTH,
    LATE,
    ROW_HEIGHT,
    WINDOW,
    TimelinePage,
)


@pytest.fixture
def ctx(demo_plan):
    context = PlanContext()
    context.set_handle(demo_plan)
    return context


@pytest.fixture
def page(qtbot, ctx):
    widget = TimelinePage(ctx)
    qtbot.addWidget(widget)
    widget.resize(1280, 800)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def items(page, kind):
    return [item for item in page.view.items if item.kind == kind]


def colour_at(page, item) -> QColor:
    """The colour a person sees on an item scrolled into view (near its top, clear of its
    text, a few pixels in from its visible leading end)."""
    view = page.view
    view.scroll_to_item(item)
    width, height = view.viewport().width(), view.viewport().height()
    rtl = page.layoutDirection() == Qt.LayoutDirection.RightToLeft
    chart = QRectF(0 if rtl else LABEL_WIDTH, AXIS_HEIGHT, width - LABEL_WIDTH,
                   height - AXIS_HEIGHT)  # the time area, beside the pinned labels
    visible = view.item_rect(item).intersected(chart)
    assert not visible.isEmpty()
    x = visible.right() - 8 if rtl else visible.left() + 8
    return view.viewport().grab().toImage().pixelColor(QPoint(int(x), int(visible.top()) + 2))


def close(a: QColor, b: QColor) -> bool:
    return all(abs(x - y) <= 8 for x, y in zip(a.getRgb()[:3], b.getRgb()[:3]))


def test_lanes_follow_locations_and_the_late_handover_is_red(page):
    view = page.view
    lanes = [row.text for row in view.rows if row.bar is None]
    assert lanes[0] == "Whole mission" and "Kanzi team site" in lanes
    late = items(page, "late")
    assert len(late) == 1
    assert "Kelvaran National Police" in late[0].tooltip
    assert "75 days after the mission has left" in late[0].tooltip
    assert close(colour_at(page, late[0]), LATE)
    on_time = items(page, "window")[0]
    assert close(colour_at(page, on_time), WINDOW)
    assert page.summary.text() == "1 handover(s) start after the mission has left (shown in red)."
    gap = items(page, "gap")
    assert len(gap) == 1 and gap[0].rect.right() == pytest.approx(late[0].rect.left())


def test_closures_milestones_and_exit_are_marked(page, demo_plan):
    closures = items(page, "closure")
    assert any("Kanzi team site (Team site) closes on 2026-07-31" == c.tooltip for c in closures)
    assert items(page, "milestone")
    exits = items(page, "exit")
    assert len(exits) == 1 and exits[0].tooltip.endswith("2027-06-30")


def test_tooltips_on_hover(page):
    late = items(page, "late")[0]
    page.view.scroll_to_item(late)
    centre = page.view.item_rect(late).center().toPoint()
    assert page.view.tooltip_at(centre) == late.tooltip
    event = QHelpEvent(QEvent.Type.ToolTip, centre, page.view.viewport().mapToGlobal(centre))
    QApplication.sendEvent(page.view.viewport(), event)
    assert QToolTip.text() == late.tooltip
    label_point = QPoint(20, centre.y())
    assert page.view.tooltip_at(label_point).startswith("Protective patrols around Kanzi")


def test_zoom_by_months(page):
    view = page.view
    page.zoom.setCurrentIndex(page.zoom.findData(6))
    six = view.month_width
    assert view.horizontalScrollBar().maximum() > 0
    page.zoom.setCurrentIndex(page.zoom.findData(0))  # whole horizon
    whole = view.month_width
    assert six == pytest.approx(whole * 36 / 6)
    assert view.horizontalScrollBar().maximum() == 0
    available = view.viewport().width() - LABEL_WIDTH
    assert whole * 36 == pytest.approx(available)


def test_ctrl_wheel_zooms(page):
    before = page.view.months_in_view
    wheel = QWheelEvent(QPointF(400, 200), QPointF(400, 200), QPoint(0, 0), QPoint(0, -120),
                        Qt.MouseButton.NoButton, Qt.KeyboardModifier.ControlModifier,
                        Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(page.view.viewport(), wheel)
    assert page.view.months_in_view > before


def test_a_handover_moved_before_the_closure_is_no_longer_red(page, ctx, demo_plan):
    late = next(h for h in handovers.list_handovers(demo_plan)
                if h.start_date and h.start_date.isoformat() == "2026-10-14")
    handovers.update_handover(demo_plan, late.id, {"start_date": "2026-07-01"})
    ctx.changed(HANDOVER)
    assert items(page, "late") == [] and items(page, "gap") == []
    assert "Every scheduled handover" in page.summary.text()


def test_right_to_left_mirrors_the_chart(page):
    late = items(page, "late")[0]
    page.view.scroll_to_item(late)
    ltr = page.view.item_rect(late)
    page.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    page.view.scroll_to_item(late)
    rtl = page.view.item_rect(late)
    width = page.view.viewport().width()
    assert rtl.left() == pytest.approx(width - ltr.right())
    assert close(colour_at(page, late), LATE)
    assert page.view.tooltip_at(QPoint(width - 20, rtl.center().toPoint().y())).startswith(
        "Protective patrols")


def test_legend_names_every_mark(page):
    texts = [label.text() for label in page.findChildren(QLabel) if label.text()]
    for text in ("Mission provides", "Handover window", "Starts after the mission left", "Gap",
                 "Site closure", "Milestone", "Mission exit", "Today"):
        assert text in texts


def test_without_a_plan_the_page_is_empty_and_disabled(page, ctx):
    ctx.set_handle(None)
    assert not page.isEnabled()
    assert page.view.items == [] and page.view.rows == []
    assert page.view.tooltip_at(QPoint(400, 100)) == ""


def kanzi_closure(page):
    """Kanzi's closure line and a bar row of its lane some rows below the lane's header."""
    view = page.view
    closure = next(c for c in items(page, "closure") if c.tooltip.startswith("Kanzi team site"))
    header = int(closure.rect.top() // ROW_HEIGHT)
    lane_end = int(closure.rect.bottom() // ROW_HEIGHT)
    assert view.rows[header].bar is None and lane_end - header >= 3
    return closure, header, lane_end - 1  # the lane's last bar row


def test_a_closure_is_hovered_and_drawn_on_its_lanes_bar_rows(page):
    view = page.view
    page.zoom.setCurrentIndex(page.zoom.findData(0))  # the whole horizon: no sideways scroll
    closure, header, bar_row = kanzi_closure(page)
    assert view.rows[bar_row].bar is not None
    # the header scrolled out of view, above; the lane's last bar row on the first line
    view.verticalScrollBar().setValue(bar_row * ROW_HEIGHT)
    assert view.verticalScrollBar().value() > header * ROW_HEIGHT
    rect = view.item_rect(closure)
    x, y = int(rect.center().x()), AXIS_HEIGHT + 1  # the space above the row's bars
    assert view.tooltip_at(QPoint(x, y + ROW_HEIGHT // 2)) == closure.tooltip
    colour = view.viewport().grab().toImage().pixelColor(QPoint(x, y))
    assert close(colour, CLOSURE), colour.name()
    below = AXIS_HEIGHT + ROW_HEIGHT + 1  # the next lane's header: no Kanzi line there
    assert not close(view.viewport().grab().toImage().pixelColor(QPoint(x, below)), CLOSURE)
    assert view.tooltip_at(QPoint(x, below + 2)) != closure.tooltip


def test_marks_are_worked_out_per_row_as_the_whole_chart_lists_them(page):
    view = page.view
    per_row = [item for n in range(len(view.rows)) for item in view.row_items(n)]
    assert [(i.kind, i.rect, i.tooltip) for i in per_row] == [
        (i.kind, i.rect, i.tooltip) for i in view.items]
    kinds = {i.kind for i in per_row}
    assert {"mission", "window", "late", "gap", "closure", "milestone", "exit"} <= kinds
    assert view.row_items(-1) == [] and view.row_items(len(view.rows)) == []


def test_double_clicking_a_bar_or_its_label_shows_the_capacity_in_the_inventory(
        qtbot, demo_window):
    from ui_helpers import settle

    window = demo_window
    page = window.show_page("timeline")
    view = page.view
    qtbot.waitUntil(lambda: view.data is not None and len(view.rows) > 3, timeout=10_000)
    late = items(page, "late")[0]
    number = int(late.rect.top() // ROW_HEIGHT)
    bar = view.rows[number].bar
    view.scroll_to_item(late)
    centre = view.item_rect(late).center().toPoint()
    assert "Double-click: show it in the Inventory" in view.tooltip_at(centre)
    # a lane's own row is a place, not a capacity: nothing happens
    header = next(n for n, row in enumerate(view.rows) if row.bar is None and n > 0)
    view.verticalScrollBar().setValue(header * ROW_HEIGHT)
    QTest.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(20, AXIS_HEIGHT + 5))
    assert window.current_page_key() == "timeline"
    view.scroll_to_item(late)
    QTest.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton,
                      pos=view.item_rect(late).center().toPoint())
    assert window.current_page_key() == "inventory"
    inventory = window.current_page()
    settle(qtbot, inventory)
    assert inventory.selected_ids() == [bar.capacity_id]
    assert bar.capacity in inventory.picked.text()
    # its label in the pinned column does the same
    other = next(row.bar for row in view.rows
                 if row.bar is not None and row.bar.capacity_id != bar.capacity_id)
    window.show_page("timeline")
    row = next(n for n, r in enumerate(view.rows) if r.bar == other)
    view.verticalScrollBar().setValue(row * ROW_HEIGHT)
    y = AXIS_HEIGHT + row * ROW_HEIGHT - view.verticalScrollBar().value() + ROW_HEIGHT // 2
    QTest.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(40, y))
    assert window.current_page_key() == "inventory"
    settle(qtbot, inventory)
    assert inventory.selected_ids() == [other.capacity_id]


def label_ink(page, number: int) -> QImage:
    """The pixels of row `number`'s label, cropped to its ink, as a person reads it."""
    view = page.view
    width = view.viewport().width()
    rtl = view.layoutDirection() == Qt.LayoutDirection.RightToLeft
    top = AXIS_HEIGHT + number * ROW_HEIGHT - view.verticalScrollBar().value()
    # within the label column, clear of the line between it and the chart
    column = QRect(width - LABEL_WIDTH + 4 if rtl else 0, top, LABEL_WIDTH - 4, ROW_HEIGHT)
    return ink_of(view.viewport().grab().toImage().copy(column))


def test_an_english_name_cut_short_reads_the_same_in_the_arabic_window(page):
    """The window right to left (as in Arabic) draws a plan's English names as they are read:
    cut at their end, the ellipsis after the last letter shown, not before the first word."""
    view = page.view
    long_row = next(n for n, row in enumerate(view.rows) if row.bar is not None
                    and row.text.startswith("Explosive ordnance clearance"))
    assert view.fontMetrics().horizontalAdvance(view.rows[long_row].text) > LABEL_WIDTH
    labels = [label_ink(page, long_row)]
    QApplication.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    try:
        page.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        labels.append(label_ink(page, long_row))
    finally:
        QApplication.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    for label in labels:
        width = label.width()
        assert ink_height(label, range(0, 2)) >= 8  # the first letter, E, at the left
        assert ink_height(label, range(width - 8, width)) <= 3  # the ellipsis' dots last
    assert abs(labels[0].width() - labels[1].width()) <= 1  # the same text, the same cut


def test_a_label_reads_in_the_direction_of_its_script():
    ltr, rtl = Qt.LayoutDirection.LeftToRight, Qt.LayoutDirection.RightToLeft
    assert text_direction("Explosive ordnance clearance", rtl) == ltr
    assert text_direction("دوريات الحماية حول كانزي", ltr) == rtl
    assert text_direction("12 — Кельвара", rtl) == ltr  # digits and dashes: no direction
    assert text_direction("2027", rtl) == rtl  # none at all: the window's
