"""Every edit in the real window lands where the user meant it: driven with mouse and keys."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox, QPlainTextEdit, QTableView
from ui_helpers import activate, click_check, map_successor, settle

from transition_planner.services import handovers, inventory, plans
from transition_planner.ui.main_window import MainWindow
from transition_planner.ui.translations import apply_language


@pytest.fixture
def window(qtbot, demo_path, monkeypatch):
    def no_modal_question(*_args, **_kwargs):  # a test must never wait on a modal box
        raise AssertionError("the window asked a modal question")

    monkeypatch.setattr(QMessageBox, "question", no_modal_question)
    main = MainWindow()  # closed below, after the test has seen what it asks
    main.resize(1366, 768)
    main.show()
    qtbot.waitExposed(main)
    assert main.open_plan(demo_path)
    settle(qtbot, main.page("inventory"))
    yield main
    # what a test left refused in a form is dropped on closing
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *_a, **_k: QMessageBox.StandardButton.Discard)
    main.close()
    main.deleteLater()


def actor_named(handle, name: str):
    return next(a for a in inventory.list_actors(handle) if a.name == name)


def select_table_row(qtbot, table, row: int) -> None:
    """Click a row of a table as a user does."""
    index = table.model().index(row, 0)
    table.scrollTo(index)
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton,
                     pos=table.visualRect(index).center())


def test_ticking_present_in_boxes_does_not_crash_and_saves_each(qtbot, window):
    page = window.show_page("actors")
    handle = window.ctx.handle
    name = "United Nations Children's Fund"
    row = next(i for i in range(page.model.rowCount()) if page.model.row_at(i).name == name)
    select_table_row(qtbot, page.table, row)
    assert page.form.fields["name"].text() == name
    places = [i.data(0, Qt.ItemDataRole.UserRole) for i in page.presence_items()][1:7]

    def tick(location_id):
        item = next(i for i in page.presence_items()
                    if i.data(0, Qt.ItemDataRole.UserRole) == location_id)
        click_check(qtbot, page.presence, page.presence.indexFromItem(item))

    actor_id = actor_named(handle, name).id
    for n, place in enumerate(places, start=1):
        tick(place)
        assert set(places[:n]) <= set(inventory.actor_presence(handle, actor_id))
    for place in places[:3]:  # and off again
        tick(place)
    present = set(inventory.actor_presence(handle, actor_id))
    assert not present & set(places[:3]) and set(places[3:]) <= present


def open_capacity(qtbot, window, name: str):
    """Find a capacity by typing in the inventory search, then click its row."""
    page = window.show_page("inventory")
    settle(qtbot, page)
    page.search.setFocus()
    qtbot.keyClicks(page.search, name)
    row = next(r for r in range(page.model.rowCount()) if page.model.index(r, 0).data() == name)
    select_table_row(qtbot, page.table, row)
    assert page.detail.title.text() == name
    return page.detail


def click_tab(qtbot, tabs, index: int) -> None:
    bar = tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
    assert tabs.currentIndex() == index


def pick_with_keys(qtbot, combo, steps: int = 1) -> None:
    """Move a drop-down list's choice with the arrow keys, as a keyboard user does."""
    combo.setFocus(Qt.FocusReason.TabFocusReason)
    for _ in range(steps):
        qtbot.keyClick(combo, Qt.Key.Key_Down)


def test_readiness_scores_stay_on_the_successor_chosen(qtbot, window):
    handle = window.ctx.handle
    detail = open_capacity(qtbot, window, "Armed escorts for humanitarian convoys")
    click_tab(qtbot, detail.tabs, detail.tabs.indexOf(detail.readiness))
    panel = detail.readiness
    first, second = (panel.handover_choice.itemData(i) for i in range(2))
    assert panel.handover_id() == first
    pick_with_keys(qtbot, panel.handover_choice)
    assert panel.handover_id() == second
    for code in list(panel.rows)[:3]:
        pick_with_keys(qtbot, panel.rows[code].score, 4)  # "4 – mostly ready"
        assert panel.handover_id() == second
    assert {s.dimension: s.score for s in handovers.readiness_of(handle, second)} == {
        code: 4 for code in list(panel.rows)[:3]}
    assert handovers.readiness_of(handle, first) == []


def location_named(handle, name: str):
    return next(loc for loc in inventory.list_locations(handle) if loc.name == name)


def click_location(qtbot, page, name: str) -> None:
    index = page.model.index_of_id(location_named(page.ctx.handle, name).id)
    page.tree.scrollTo(index)
    qtbot.mouseClick(page.tree.viewport(), Qt.MouseButton.LeftButton,
                     pos=page.tree.visualRect(index).center())
    qtbot.waitUntil(lambda: page.form.fields["name"].text() == name, timeout=5000)


def retype(qtbot, field, text: str) -> None:
    """Click into a date or number field, select what is there, type over it, press Return."""
    edit = getattr(field, "edit", field)
    qtbot.mouseClick(edit, Qt.MouseButton.LeftButton)
    qtbot.keyClick(edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(edit, text)
    qtbot.keyClick(edit, Qt.Key.Key_Return)


@pytest.mark.parametrize("typed", ["31/03/2027", "2027-03-31", "20270331"])
def test_a_closure_date_typed_as_displayed_is_the_date_stored(qtbot, window, typed):
    page = window.show_page("locations")
    handle = window.ctx.handle
    click_location(qtbot, page, "Kanzi team site")
    field = page.form.fields["closure_date"]
    assert field.text() == "31/07/2026"  # the format the field shows dates in
    assert field.placeholderText() == "DD/MM/YYYY"
    retype(qtbot, field, typed)
    page.save_button.click()
    assert location_named(handle, "Kanzi team site").closure_date == date(2027, 3, 31)
    assert field.text() == "31/03/2027"


@pytest.mark.parametrize("typed", ["31/02/2027", "31/12/27", "86400", "March"])
def test_a_date_that_is_no_date_is_refused_at_its_field(qtbot, window, typed):
    page = window.show_page("locations")
    handle = window.ctx.handle
    click_location(qtbot, page, "Kanzi team site")
    steps = window.ctx.undo_stack.count()
    retype(qtbot, page.form.fields["closure_date"], typed)
    page.save_button.click()
    assert "is not a date: write it as DD/MM/YYYY" in page.form.problem("closure_date")
    assert location_named(handle, "Kanzi team site").closure_date == date(2026, 7, 31)
    assert window.ctx.undo_stack.count() == steps


def test_a_date_picked_on_the_calendar(qtbot, window):
    detail = open_capacity(qtbot, window, "Armed escorts for humanitarian convoys")
    field = detail.form.fields.widget("end_date")
    qtbot.mouseClick(field.button, Qt.MouseButton.LeftButton)
    assert field.menu.isVisible()
    calendar = field.calendar
    calendar.setSelectedDate(QDate(2027, 9, 30))  # the month shown, then a click on the day
    view = calendar.findChild(QTableView)
    index = next(view.model().index(r, c) for r in range(view.model().rowCount())
                 for c in range(view.model().columnCount())
                 if view.model().index(r, c).data() == 30
                 and r > 2)  # the 30th of this month, not of the last
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton,
                     pos=view.visualRect(index).center())
    capacity = inventory.get_capacity(window.ctx.handle, detail.capacity_id)
    assert capacity.end_date == date(2027, 9, 30)
    assert field.text() == "30/09/2027"


def test_french_dates_and_numbers(qtbot, qapp, window):
    assert apply_language(qapp, "fr")
    try:
        window.retranslate()
        detail = open_capacity(qtbot, window, "Armed escorts for humanitarian convoys")
        fields = detail.form.fields
        assert fields.widget("end_date").placeholderText().startswith("JJ/MM/AAAA")
        retype(qtbot, fields.widget("end_date"), "31/12/2027")
        retype(qtbot, fields.widget("annual_cost"), "1 200 000")
        capacity = inventory.get_capacity(window.ctx.handle, detail.capacity_id)
        assert capacity.end_date == date(2027, 12, 31)
        assert capacity.annual_cost == Decimal("1200000")
        assert fields.widget("annual_cost").text() == "1\u202f200\u202f000"
    finally:
        apply_language(qapp, "en")


@pytest.mark.parametrize(("typed", "stored"), [("1,200,000", "1200000"), ("1 200 000", "1200000"),
                                               ("2500.50", "2500.5"), ("2,5", "2.5")])
def test_english_numbers(qtbot, window, typed, stored):
    detail = open_capacity(qtbot, window, "Armed escorts for humanitarian convoys")
    retype(qtbot, detail.form.fields.widget("annual_cost"), typed)
    capacity = inventory.get_capacity(window.ctx.handle, detail.capacity_id)
    assert capacity.annual_cost == Decimal(stored)


# --- nothing typed is lost --------------------------------------------------------------------


def type_into(qtbot, widget, text: str) -> None:
    """Click into a field and type over it (no Return)."""
    edit = getattr(widget, "edit", widget)
    qtbot.mouseClick(edit, Qt.MouseButton.LeftButton)
    if isinstance(edit, QPlainTextEdit):
        edit.selectAll()
    else:
        qtbot.keyClick(edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(edit, text)


def test_clicking_another_location_keeps_what_was_typed(qtbot, window):
    page = window.show_page("locations")
    handle = window.ctx.handle
    click_location(qtbot, page, "Kanzi team site")
    type_into(qtbot, page.form.fields["notes"], "Road cut in the rainy season")
    type_into(qtbot, page.form.fields["pcode"], "KV0201")
    click_location(qtbot, page, "Oduna team site")
    kanzi = location_named(handle, "Kanzi team site")
    assert (kanzi.notes, kanzi.pcode) == ("Road cut in the rainy season", "KV0201")
    assert page.form.fields["name"].text() == "Oduna team site"
    window.action_undo.trigger()  # each field left is one step
    assert location_named(handle, "Kanzi team site").pcode != "KV0201"


def test_return_and_ctrl_s_save(qtbot, window):
    page = window.show_page("actors")
    handle = window.ctx.handle
    name = "United Nations Children's Fund"
    row = next(i for i in range(page.model.rowCount()) if page.model.row_at(i).name == name)
    select_table_row(qtbot, page.table, row)
    type_into(qtbot, page.form.fields["acronym"], "UNICEF-KV")
    qtbot.keyClick(page.form.fields["acronym"], Qt.Key.Key_Return)
    assert actor_named(handle, name).acronym == "UNICEF-KV"
    activate(qtbot, window)
    type_into(qtbot, page.form.fields["contact"], "Child protection officer, Kanzi")
    qtbot.keyClick(page.form.fields["contact"], Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert actor_named(handle, name).contact == "Child protection officer, Kanzi"


def test_a_new_record_not_added_is_asked_about(qtbot, window):
    page = window.show_page("actors")
    handle = window.ctx.handle
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    type_into(qtbot, page.form.fields["name"], "Kanzi women's association")
    select_table_row(qtbot, page.table, 0)
    qtbot.waitUntil(lambda: page.question is not None)
    page.question.button(QMessageBox.StandardButton.Cancel).click()
    assert page.form.fields["name"].text() == "Kanzi women's association"
    assert page.current_id is None
    select_table_row(qtbot, page.table, 0)
    qtbot.waitUntil(lambda: page.question is not None)
    page.question.button(QMessageBox.StandardButton.Save).click()
    assert actor_named(handle, "Kanzi women's association")
    assert page.current_id == page.model.row_at(0).id


def test_closing_the_window_with_a_field_in_edit_saves_it(qtbot, window):
    detail = open_capacity(qtbot, window, "Armed escorts for humanitarian convoys")
    capacity_id, path = detail.capacity_id, window.ctx.handle.path
    type_into(qtbot, detail.form.fields.widget("unit"), "escort teams")
    window.close()
    assert window.ctx.handle is None
    handle = plans.open_plan(path, user="tester")
    try:
        assert inventory.get_capacity(handle, capacity_id).unit == "escort teams"
    finally:
        handle.close()


def test_redo_has_working_shortcuts(qtbot, window):
    keys = window.action_redo.shortcuts()
    assert len(keys) == len(set(k.toString() for k in keys))
    assert QKeySequence("Ctrl+Y") in keys and QKeySequence("Ctrl+Shift+Z") in keys
    page = window.show_page("locations")
    click_location(qtbot, page, "Kanzi team site")
    type_into(qtbot, page.form.fields["pcode"], "KV9")
    qtbot.keyClick(page.form.fields["pcode"], Qt.Key.Key_Return)
    handle = window.ctx.handle
    activate(qtbot, window)
    page.tree.setFocus()
    qtbot.keyClick(page.tree, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert location_named(handle, "Kanzi team site").pcode != "KV9"
    for key in ("Ctrl+Y", "Ctrl+Shift+Z"):
        QTest.keySequence(page.tree, QKeySequence(key))
        assert location_named(handle, "Kanzi team site").pcode == "KV9"
        window.action_undo.trigger()


def test_map_successor_offers_those_present_there_with_risk_marks_and_a_date(qtbot, window):
    handle = window.ctx.handle
    detail = open_capacity(qtbot, window, "Armed escorts for humanitarian convoys")
    capacity = inventory.get_capacity(handle, detail.capacity_id)
    click_tab(qtbot, detail.tabs, detail.tabs.indexOf(detail.successors))
    before = len(handovers.list_handovers(handle, capacity.id))
    qtbot.mouseClick(detail.successors.add_button, Qt.MouseButton.LeftButton)
    dialog = detail.successors.map_dialog
    offered = [dialog.list.item(i).text() for i in range(dialog.list.count())]
    last_id = dialog.list.item(dialog.list.count() - 1).data(Qt.ItemDataRole.UserRole)
    everyone = inventory.list_actors(handle)
    assert 0 < len(offered) < len(everyone)  # only those present there
    risky = [t for t in offered if t.startswith("⚠")]
    assert all(" — " in t for t in risky)
    qtbot.mouseClick(dialog.show_all, Qt.MouseButton.LeftButton)
    assert dialog.list.count() == len(everyone)
    qtbot.mouseClick(dialog.show_all, Qt.MouseButton.LeftButton)
    dialog.accept()  # nothing chosen: asked again, nothing mapped
    assert dialog.isVisible() and dialog.error.text()
    dialog.reject()
    assert len(handovers.list_handovers(handle, capacity.id)) == before
    name = next(a.name for a in everyone if a.id == last_id)
    map_successor(qtbot, detail.successors, name, "01/08/2026")
    mapped = handovers.list_handovers(handle, capacity.id)
    assert len(mapped) == before + 1
    new = next(h for h in mapped if actor_named(handle, name).id == h.actor_id)
    assert new.start_date == date(2026, 8, 1)


def test_plan_properties_change_with_undo(qtbot, window):
    handle = window.ctx.handle
    before = plans.plan_info(handle)
    window.action_properties.trigger()
    dialog = window.properties_dialog
    assert dialog.fields.widget("name").text() == before.name
    retype(qtbot, dialog.fields.widget("planned_exit"), "31/13/2027")
    dialog.accept()
    assert dialog.isVisible() and "is not a date" in dialog.fields["planned_exit"].error.text()
    retype(qtbot, dialog.fields.widget("planned_exit"), "30/06/2027")
    retype(qtbot, dialog.fields.widget("mission_acronym"), "UNSMK-2")
    dialog.accept()
    after = plans.plan_info(handle)
    assert (after.planned_exit, after.mission_acronym) == (date(2027, 6, 30), "UNSMK-2")
    assert "UNSMK-2" in window.windowTitle()
    window.action_undo.trigger()
    again = plans.plan_info(handle)
    assert (again.planned_exit, again.mission_acronym) == (before.planned_exit,
                                                            before.mission_acronym)
