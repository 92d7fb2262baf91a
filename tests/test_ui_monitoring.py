"""The Monitoring page in the real window, on the demo plan: choosing a handover, typing values,
undo, the sparkline turning red after three months below the threshold (and the flag on the
Gaps page), refused input, pasted values, default indicators and the way to the Inventory."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication
from ui_helpers import choose, settle, type_text

from transition_planner.services import monitoring
from transition_planner.ui.main_window import MainWindow
from transition_planner.ui.models.monitoring_table import (
    COL_STATE,
    COL_TREND,
    IndicatorTableModel,
    ValueTableModel,
)
from transition_planner.ui.pages.monitoring import MonitoringPage, read_monitoring
from transition_planner.ui.widgets.date_field import show_date
from transition_planner.ui.widgets.sparkline import FIRED

WAIT = 20_000
FORUM = "Provincial protection coordination forum (Lomba) -> Kelvara Protection Cluster"
MEETINGS = "Protection coordination meetings held"  # below 1 a month is bad; 2,2,1,2,3 so far


@pytest.fixture
def window(qtbot, demo_path):
    main = MainWindow()
    main.resize(1366, 768)
    main.show()
    qtbot.waitExposed(main)
    assert main.open_plan(demo_path)
    settle(qtbot, main.page("inventory"))
    yield main
    main._wait_for_workers()
    main.close()


def loaded(qtbot, page: MonitoringPage) -> None:
    qtbot.waitUntil(lambda: page.view is not None and not page.loader.busy(), timeout=WAIT)


def open_page(qtbot, window) -> MonitoringPage:
    """Ctrl+8, as the View menu says."""
    qtbot.keyClick(window, Qt.Key.Key_8, Qt.KeyboardModifier.ControlModifier)
    page = window.current_page()
    assert isinstance(page, MonitoringPage)
    loaded(qtbot, page)
    return page


def handover_id(handle, label: str) -> str:
    return next(h for h, text in monitoring.list_handovers(handle) if text == label)


def indicator(handle, name: str):
    return next(r for r in monitoring.list_indicators(handle) if r.name == name)


def red_pixels(page: MonitoringPage, row: int) -> int:
    """Pixels of the flags' red in the trend cell of a row, as drawn on screen."""
    page.table.clearSelection()  # the selection's colour would hide the line's
    QApplication.processEvents()
    rect = page.table.visualRect(page.model.index(row, COL_TREND))
    image = page.table.viewport().grab(rect).toImage()
    red = 0
    for x in range(image.width()):
        for y in range(image.height()):
            colour = QColor(image.pixel(x, y))
            if abs(colour.red() - FIRED.red()) < 40 and colour.green() < 90 \
                    and colour.blue() < 90:
                red += 1
    return red


def type_value(qtbot, page: MonitoringPage, day: date, value: str) -> None:
    form = page.value_form
    page.new_value_button.click()
    date_field = form.fields["measured_on"]
    type_text(qtbot, date_field, show_date(day, date_field.fmt), commit=False)
    type_text(qtbot, form.fields["value"], value)  # Return adds it


def test_three_months_below_the_threshold_turn_the_sparkline_red(qtbot, window):
    handle = window.ctx.handle
    page = open_page(qtbot, window)
    assert window.current_page_key() == "monitoring"
    forum = handover_id(handle, FORUM)
    choose(page.handover_filter, forum)
    assert [page.model.row_at(r).read.name for r in range(page.model.rowCount())] == [MEETINGS]
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton,
                     pos=page.table.visualRect(page.model.index(0, 0)).center())
    assert page.current_id == indicator(handle, MEETINGS).id
    assert page.values_model.rowCount() == 5
    assert red_pixels(page, 0) == 0  # blue: 2, 2, 1, 2, 3 meetings, none below 1

    type_value(qtbot, page, date(2026, 11, 30), "0")
    loaded(qtbot, page)
    assert [v[2] for v in indicator(handle, MEETINGS).values] == [2, 2, 1, 2, 3, 0]
    assert page.values_model.rowCount() == 6
    # Ctrl+Z takes the value back out of the plan and off the page
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    loaded(qtbot, page)
    assert len(indicator(handle, MEETINGS).values) == 5
    assert page.values_model.rowCount() == 5

    for day in (date(2026, 11, 30), date(2026, 12, 31), date(2027, 1, 31)):
        type_value(qtbot, page, day, "0")
        loaded(qtbot, page)
    shown = indicator(handle, MEETINGS)
    assert shown.trigger is not None and shown.trigger.periods == 3
    assert [v for _d, v in shown.trigger.values] == [0, 0, 0]
    row = page.model.row_of_id(shown.id)
    assert page.model.index(row, COL_STATE).data() == "Re-engage: 3 period(s) beyond"
    assert page.model.index(row, COL_STATE).data(Qt.ItemDataRole.ForegroundRole) is not None
    assert red_pixels(page, row) > 20
    assert "re-engagement" in page.trigger_note.text()

    # the Gaps page lists the trigger with the values and dates that fired it
    gaps = window.show_page("gaps")
    qtbot.waitUntil(lambda: gaps.data is not None and not gaps.worker.busy()
                    and not gaps._timer.isActive(), timeout=WAIT)
    fired = [f for f in gaps.data.flags if f.kind == "re_engagement_trigger"
             and any(r.id == shown.id for r in f.records)]
    assert len(fired) == 1
    assert MEETINGS in fired[0].message
    assert any(f.kind == "re_engagement_trigger" for f in
               (gaps.flag_model.row_at(r) for r in range(gaps.flag_model.rowCount())))


def test_refused_values_change_nothing(qtbot, window):
    handle = window.ctx.handle
    page = open_page(qtbot, window)
    choose(page.handover_filter, handover_id(handle, FORUM))
    page.select_id(indicator(handle, MEETINGS).id)
    form = page.value_form
    before = indicator(handle, MEETINGS).values
    for day_text, value, field in (("2026-11-30", "two", "value"),
                                   ("31/02/2026", "1", "measured_on"),
                                   ("", "1", "measured_on"),
                                   ("2026-11-30", "", "value"),
                                   ("2026-11-30", "1e999", "value")):
        page.new_value_button.click()
        type_text(qtbot, form.fields["measured_on"], day_text, commit=False)
        type_text(qtbot, form.fields["value"], value)
        assert form.problem(field), (day_text, value)
        loaded(qtbot, page)
        assert indicator(handle, MEETINGS).values == before
    assert "not a number" in form.problem("value") or form.problem("value")


def test_edit_a_value_and_an_indicator_when_the_field_is_left(qtbot, window):
    handle = window.ctx.handle
    page = open_page(qtbot, window)
    meetings = indicator(handle, MEETINGS)
    choose(page.handover_filter, handover_id(handle, FORUM))
    page.select_id(meetings.id)
    latest = page.values_model.row_of_id(meetings.values[-1][0])
    qtbot.mouseClick(page.values_table.viewport(), Qt.MouseButton.LeftButton,
                     pos=page.values_table.visualRect(page.values_model.index(latest, 1)).center())
    assert page.value_id == meetings.values[-1][0]
    field = page.value_form.fields["value"]
    window.activateWindow()
    qtbot.mouseClick(field, Qt.MouseButton.LeftButton)  # into the field, as a user does
    qtbot.waitUntil(field.hasFocus)
    type_text(qtbot, field, "4", commit=False)
    qtbot.keyClick(field, Qt.Key.Key_Tab)  # leaving the field saves it
    qtbot.waitUntil(lambda: indicator(handle, MEETINGS).values[-1][2] == 4, timeout=WAIT)
    # the threshold, typed in the indicator's form, saved on Return
    type_text(qtbot, page.form.fields["threshold"], "2,5")
    qtbot.waitUntil(lambda: indicator(handle, MEETINGS).threshold == 2.5, timeout=WAIT)
    loaded(qtbot, page)
    stack = window.ctx.undo_stack
    assert stack.count() == 2 and stack.text(1) == f"Change indicator {MEETINGS}"
    window.ctx.undo_stack.undo()
    assert indicator(handle, MEETINGS).threshold == 1.0
    window.ctx.undo_stack.undo()
    assert indicator(handle, MEETINGS).values[-1][2] == 3


def test_paste_values_shows_the_refused_rows_and_adds_the_others(qtbot, window):
    handle = window.ctx.handle
    page = open_page(qtbot, window)
    meetings = indicator(handle, MEETINGS)
    page.select_id(meetings.id)
    text = ("Date\tMeetings\tSource\r\n"
            "2026-11-30\t1\tCluster minutes\r\n"
            "31/12/2026\t0\tCluster minutes\r\n"
            "2027-13-31\t1\t\r\n"
            "2027-02-28\tnone\t\r\n"
            "2027-03-31\r\n")
    dialog = page.paste_rows(text)
    assert dialog.refused_lines() == [4, 5, 6]
    assert "2 values will be added" in dialog.summary.text()
    assert "column titles" in dialog.summary.text()
    problems = [dialog.table.item(r, 4).text() for r in range(dialog.table.rowCount())]
    assert problems[0] == problems[1] == ""
    assert "not a date" in problems[2] and "not a number" in problems[3]
    assert "a date and a value" in problems[4]
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    values = indicator(handle, MEETINGS).values
    assert [(d, v, s) for _i, d, v, s in values[-2:]] == [
        (date(2026, 11, 30), 1, "Cluster minutes"), (date(2026, 12, 31), 0, "Cluster minutes")]
    window.ctx.undo_stack.undo()  # the paste is one step
    assert len(indicator(handle, MEETINGS).values) == 5
    # nothing usable: a clear message and no button to add
    empty = page.paste_rows("")
    assert not empty.ok.isEnabled() and "no rows" in empty.summary.text()
    empty.reject()


def test_default_indicators_from_the_taxonomy_and_undo(qtbot, window):
    handle = window.ctx.handle
    page = open_page(qtbot, window)
    view = read_monitoring(handle)
    watched = {r.read.handover_id for r in view.rows}
    target = next(c for c in view.handovers if c.id not in watched
                  and monitoring.default_indicators(handle, c.category))
    expected = [d["name"] for d in monitoring.default_indicators(handle, target.category)]
    choose(page.handover_filter, target.id)
    assert page.model.rowCount() == 0
    qtbot.mouseClick(page.defaults_button, Qt.MouseButton.LeftButton)
    loaded(qtbot, page)
    names = sorted(r.name for r in monitoring.list_indicators(handle, target.id))
    assert names == sorted(expected)
    assert page.model.rowCount() == len(expected)
    qtbot.mouseClick(page.defaults_button, Qt.MouseButton.LeftButton)  # has them all now
    assert len(monitoring.list_indicators(handle, target.id)) == len(expected)
    window.ctx.undo_stack.undo()
    assert monitoring.list_indicators(handle, target.id) == []


def test_a_new_indicator_typed_in_the_form(qtbot, window):
    handle = window.ctx.handle
    page = open_page(qtbot, window)
    forum = handover_id(handle, FORUM)
    choose(page.handover_filter, forum)
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    type_text(qtbot, page.form.fields["name"], "Joint visits to Lomba", commit=False)
    type_text(qtbot, page.form.fields["threshold"], "x", commit=False)
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert page.form.problem("threshold")
    assert len(monitoring.list_indicators(handle, forum)) == 1  # refused: nothing added
    type_text(qtbot, page.form.fields["threshold"], "2")
    loaded(qtbot, page)
    added = indicator(handle, "Joint visits to Lomba")
    assert added.handover_id == forum and added.threshold == 2 and added.trigger_when == "below"
    assert page.current_id == added.id  # shown once read back


def test_click_through_to_the_handover_in_the_inventory(qtbot, window):
    handle = window.ctx.handle
    page = open_page(qtbot, window)
    meetings = indicator(handle, MEETINGS)
    choose(page.handover_filter, meetings.handover_id)
    page.select_id(meetings.id)
    qtbot.mouseClick(page.inventory_button, Qt.MouseButton.LeftButton)
    inventory = window.current_page()
    assert window.current_page_key() == "inventory"
    settle(qtbot, inventory)
    capacity = next(c for c in read_monitoring(handle).handovers
                    if c.id == meetings.handover_id).capacity_id
    assert inventory.selected_ids() == [capacity]
    assert "Kelvara Protection Cluster" in inventory.picked.text()


def test_the_page_fits_1366_without_scrolling_sideways(qtbot, window):
    open_page(qtbot, window)
    qtbot.wait(50)
    assert window.holders["monitoring"].horizontalScrollBar().maximum() == 0


def test_models_pass_qt_checks(qtmodeltester, demo_plan):
    view = read_monitoring(demo_plan)
    model = IndicatorTableModel()
    model.set_rows(view.rows)
    qtmodeltester.check(model)
    values = ValueTableModel()
    from transition_planner.ui.models.monitoring_table import ValueRow

    values.set_rows([ValueRow(*v) for v in view.rows[0].read.values])
    qtmodeltester.check(values)


def test_delete_a_value_with_del_and_an_indicator_with_its_button(qtbot, window):
    handle = window.ctx.handle
    page = open_page(qtbot, window)
    meetings = indicator(handle, MEETINGS)
    choose(page.handover_filter, meetings.handover_id)
    page.select_id(meetings.id)
    latest = page.values_model.row_of_id(meetings.values[-1][0])
    qtbot.mouseClick(page.values_table.viewport(), Qt.MouseButton.LeftButton,
                     pos=page.values_table.visualRect(page.values_model.index(latest, 0)).center())
    window.activateWindow()
    page.values_table.setFocus()
    qtbot.waitUntil(page.values_table.hasFocus)
    qtbot.keyClick(page.values_table, Qt.Key.Key_Delete)  # Del in the values: the value
    loaded(qtbot, page)
    assert [v[2] for v in indicator(handle, MEETINGS).values] == [2, 2, 1, 2]
    assert page.values_model.rowCount() == 4
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)  # the indicator
    loaded(qtbot, page)
    assert all(r.name != MEETINGS for r in monitoring.list_indicators(handle))
    assert page.model.rowCount() == 0
    window.ctx.undo_stack.undo()  # back with its values
    loaded(qtbot, page)
    assert [v[2] for v in indicator(handle, MEETINGS).values] == [2, 2, 1, 2]
    window.ctx.undo_stack.undo()
    assert [v[2] for v in indicator(handle, MEETINGS).values] == [2, 2, 1, 2, 3]
