"""The Locations page on the demo plan: the tree, moves by drag, closure dates, undo/redo."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtTest import QTest
from ui_helpers import type_text

from transition_planner.services import inventory
from transition_planner.ui.context import PlanContext
from transition_planner.ui.models.location_tree import COL_CLOSURE, COL_PCODE
from transition_planner.ui.pages.locations import LocationsPage


@pytest.fixture
def ctx(demo_plan):
    context = PlanContext()
    context.set_handle(demo_plan)
    return context


@pytest.fixture
def page(qtbot, ctx):
    widget = LocationsPage(ctx)
    qtbot.addWidget(widget)
    widget.resize(1280, 800)
    widget.show()
    return widget


def locations(plan) -> dict:
    return {loc.name: loc for loc in inventory.list_locations(plan)}


def index_of(page, name: str, column: int = 0):
    return page.model.index_of_id(locations(page.ctx.handle)[name].id, column)


def select(page, name: str) -> None:
    page.tree.setCurrentIndex(index_of(page, name))


def test_tree_shows_the_hierarchy_with_pcodes_and_closures(page):
    model = page.model
    assert model.rowCount() == 1
    country = model.index(0, 0)
    assert model.data(country) == "Republic of Kelvara"
    provinces = sorted(model.data(model.index(i, 0, country))
                       for i in range(model.rowCount(country)))
    assert provinces == ["Lomba", "Nord-Asari", "Selen Capital District", "Tessik", "Varanka"]
    kanzi = index_of(page, "Kanzi team site")
    assert model.data(model.parent(kanzi)) == "Kanzi"
    assert model.data(kanzi.siblingAtColumn(COL_PCODE)) == "KV020101"
    assert model.data(kanzi.siblingAtColumn(COL_CLOSURE)) == "2026-07-31"
    # A territory without its own date shows its province's date, in brackets.
    assert model.data(index_of(page, "Kanzi", COL_CLOSURE)) == "(2026-12-31)"
    assert page.tree.isExpanded(index_of(page, "Kanzi"))


def test_closure_calendar_runs_by_date(page):
    calendar = page.calendar_model
    days = [calendar.row_at(i).closure_date for i in range(calendar.rowCount())]
    assert days == sorted(days)
    assert calendar.row_at(0).name == "Miravel team site"
    page.calendar.selectRow(0)
    assert page.form.fields["name"].text() == "Miravel team site"
    assert page.model.data(page.tree.currentIndex()) == "Miravel team site"


def test_add_a_location_inside_another_with_undo_and_redo(page, ctx, demo_plan, qtbot):
    select(page, "Kanzi")
    page.child_button.click()
    assert page.form.fields["parent_id"].currentText().strip() == "Kanzi"
    assert page.form.fields["level"].currentData() == "team_site"
    qtbot.keyClicks(page.form.fields["name"], "Kanzi-Nord team site")
    qtbot.keyClicks(page.form.fields["pcode"], "KV020102")
    closure = page.form.fields["closure_date"]
    type_text(qtbot, closure, "15/10/2026", commit=False)
    page.save_button.click()
    added = locations(demo_plan)["Kanzi-Nord team site"]
    assert added.parent_id == locations(demo_plan)["Kanzi"].id
    assert (added.pcode, added.closure_date, added.level) == (
        "KV020102", date(2026, 10, 15), "team_site")
    assert page.model.data(page.tree.currentIndex()) == "Kanzi-Nord team site"
    assert any(page.calendar_model.row_at(i).id == added.id
               for i in range(page.calendar_model.rowCount()))
    ctx.undo_stack.undo()
    assert "Kanzi-Nord team site" not in locations(demo_plan)
    ctx.undo_stack.redo()
    assert locations(demo_plan)["Kanzi-Nord team site"].id == added.id


def test_change_a_closure_date_in_its_field(page, ctx, demo_plan, qtbot):
    select(page, "Kanzi team site")
    type_text(qtbot, page.form.fields["closure_date"], "15/12/2026", commit=False)
    page.save_button.click()
    assert locations(demo_plan)["Kanzi team site"].closure_date == date(2026, 12, 15)
    assert page.model.data(index_of(page, "Kanzi team site", COL_CLOSURE)) == "2026-12-15"
    assert ctx.undo_stack.undoText() == "Change location Kanzi team site"
    ctx.undo_stack.undo()
    assert locations(demo_plan)["Kanzi team site"].closure_date == date(2026, 7, 31)
    type_text(qtbot, page.form.fields["closure_date"], "", commit=False)  # none of its own
    page.save_button.click()
    assert locations(demo_plan)["Kanzi team site"].closure_date is None
    assert page.model.data(index_of(page, "Kanzi team site", COL_CLOSURE)) == "(2026-12-31)"


def test_dragging_a_location_onto_another_moves_it(page, ctx, demo_plan, qtbot):
    model = page.model
    kanzi_site = index_of(page, "Kanzi team site")
    belgora = index_of(page, "Belgora")
    mime = model.mimeData([kanzi_site])
    assert model.canDropMimeData(mime, Qt.DropAction.MoveAction, -1, 0, belgora)
    assert model.dropMimeData(mime, Qt.DropAction.MoveAction, -1, 0, belgora)
    qtbot.waitUntil(lambda: locations(demo_plan)["Kanzi team site"].parent_id
                    == locations(demo_plan)["Belgora"].id)
    assert model.data(model.parent(index_of(page, "Kanzi team site"))) == "Belgora"
    assert ctx.undo_stack.undoText() == "Move Kanzi team site into Belgora"
    ctx.undo_stack.undo()
    assert locations(demo_plan)["Kanzi team site"].parent_id == locations(demo_plan)["Kanzi"].id
    assert model.data(model.parent(index_of(page, "Kanzi team site"))) == "Kanzi"


def test_dropping_on_the_empty_area_makes_a_location_top_level(page, demo_plan, qtbot):
    mime = page.model.mimeData([index_of(page, "Tessik")])
    assert page.model.dropMimeData(mime, Qt.DropAction.MoveAction, -1, 0, QModelIndex())
    qtbot.waitUntil(lambda: locations(demo_plan)["Tessik"].parent_id is None)
    assert page.model.rowCount() == 2


def test_a_location_cannot_be_dropped_into_itself_or_its_own_places(page, ctx, demo_plan):
    model = page.model
    mime = model.mimeData([index_of(page, "Lomba")])
    for target in ("Lomba", "Kanzi", "Kanzi team site"):
        assert not model.canDropMimeData(mime, Qt.DropAction.MoveAction, -1, 0,
                                         index_of(page, target))
        assert not model.dropMimeData(mime, Qt.DropAction.MoveAction, -1, 0,
                                      index_of(page, target))
    foreign = model.mimeData([])  # nothing of ours, or another program's data
    foreign.setData("text/plain", b"Lomba")
    assert not model.canDropMimeData(foreign, Qt.DropAction.MoveAction, -1, 0, QModelIndex())
    assert ctx.undo_stack.count() == 0
    # The service refuses a cycle even when asked directly (say, by a stale drop).
    lomba, kanzi = locations(demo_plan)["Lomba"], locations(demo_plan)["Kanzi"]
    assert page.move_location(lomba.id, kanzi.id) is False
    assert "cannot sit inside itself" in page.tree_error.text()
    assert locations(demo_plan)["Lomba"].parent_id == lomba.parent_id


def test_bad_input_is_refused_at_the_field(page, ctx, demo_plan, qtbot):
    select(page, "Kanzi team site")
    page.form.fields["pcode"].setText("KV" + "0" * 19)
    page.form.fields["name"].setText("")
    assert page.on_save() is False
    assert page.form.problem("name") == "Name is required"
    assert "at most 20 characters" in page.form.problem("pcode")
    assert locations(demo_plan)["Kanzi team site"].pcode == "KV020101"
    assert ctx.undo_stack.count() == 0
    # Typing a name with accents, then a valid P-code, saves.
    name = page.form.fields["name"]
    name.setFocus()
    for ch in "Kanzi — base opérationnelle":
        QTest.sendKeyEvent(QTest.KeyAction.Click, name, Qt.Key.Key_unknown, ch,
                           Qt.KeyboardModifier.NoModifier)
    page.form.fields["pcode"].setText("KV020101")
    assert page.on_save() is True
    assert "Kanzi — base opérationnelle" in locations(demo_plan)


def test_a_location_in_use_cannot_be_deleted_an_empty_one_can(page, ctx, demo_plan):
    select(page, "Kanzi team site")
    assert page.on_delete() is False
    assert "still used by" in page.form.general_error.text()
    assert "Kanzi team site" in locations(demo_plan)
    page.on_new()
    page.form.fields["name"].setText("Temporary office")
    page.save_button.click()
    page.delete_button.click()
    assert "Temporary office" not in locations(demo_plan)
    ctx.undo_stack.undo()
    assert "Temporary office" in locations(demo_plan)


def test_parent_choices_leave_out_the_location_and_its_own_places(page):
    select(page, "Lomba")
    combo = page.form.fields["parent_id"]
    names = [combo.itemText(i).strip() for i in range(combo.count())]
    assert "Republic of Kelvara" in names and "Tessik" in names
    assert not {"Lomba", "Kanzi", "Kanzi team site", "Belgora"} & set(names)


def test_drag_and_drop_is_set_up_on_the_tree(page):
    assert page.tree.dragEnabled() and page.tree.acceptDrops()
    assert page.tree.defaultDropAction() == Qt.DropAction.MoveAction
    assert page.model.supportedDropActions() == Qt.DropAction.MoveAction
    flags = page.model.flags(index_of(page, "Kanzi team site"))
    assert flags & Qt.ItemFlag.ItemIsDragEnabled and flags & Qt.ItemFlag.ItemIsDropEnabled


def test_without_a_plan_the_page_is_empty_and_disabled(page, ctx):
    ctx.set_handle(None)
    assert not page.isEnabled()
    assert page.model.rowCount() == 0 and page.calendar_model.rowCount() == 0


def test_controls_have_tooltips_and_accessible_names(page):
    for widget in (page.tree, page.calendar, *page.form.fields.values()):
        assert widget.toolTip(), widget
        assert widget.accessibleName(), widget


def test_the_pcode_typed_is_checked_against_the_gazetteer(page, qtbot):
    from tests.ui_helpers import type_text

    page.on_new()
    pcode = page.form.fields["pcode"]
    type_text(qtbot, pcode, "KV020102", commit=False)
    pcode.editingFinished.emit()
    # the demo's gazetteer knows Kanzi's second commune: its name, the location above it
    # (Kanzi, the nearest unit above that the plan holds) and its centroid fill the form
    assert page.pcode_note.text() == "Lusenda in the gazetteer (admin 3)"
    fields = page.form.fields
    assert fields["name"].text() == "Lusenda"
    assert fields["parent_id"].currentData() == locations(page.ctx.handle)["Kanzi"].id
    lat, lon = float(fields["latitude"].text()), float(fields["longitude"].text())
    assert page.on_save()
    saved = locations(page.ctx.handle)["Lusenda"]
    assert (saved.pcode, saved.latitude, saved.longitude) == ("KV020102", lat, lon)
    type_text(qtbot, pcode, "KV0299", commit=False)
    pcode.editingFinished.emit()
    assert page.pcode_note.text() == "KV0299 is not in the gazetteer: check the code"


def test_coordinates_are_typed_in_degrees(page, qtbot):
    from tests.ui_helpers import type_text

    select(page, "Kanzi team site")
    fields = page.form.fields
    type_text(qtbot, fields["latitude"], "-0,75", commit=False)
    type_text(qtbot, fields["longitude"], "east", commit=False)
    assert not page.on_save()
    assert page.form.problem("longitude") == "Longitude is not a number"
    type_text(qtbot, fields["longitude"], "0.25", commit=False)
    assert page.on_save()
    kanzi = locations(page.ctx.handle)["Kanzi team site"]
    assert (kanzi.latitude, kanzi.longitude) == (-0.75, 0.25)
    page.ctx.undo_stack.undo()
    kanzi = locations(page.ctx.handle)["Kanzi team site"]
    assert (kanzi.latitude, kanzi.longitude) != (-0.75, 0.25)


def test_an_edit_read_back_keeps_the_columns_the_user_set(page, demo_plan, qtbot):
    """The tree is read again after each edit: it shows the new P-code, still expanded,
    with the column widths the user set (fitted once, when first filled)."""
    header = page.tree.header()
    header.resizeSection(COL_PCODE, 222)  # what dragging the P-code column's edge does
    select(page, "Kanzi team site")
    type_text(qtbot, page.form.fields["pcode"], "KV020199", commit=False)
    page.save_button.click()
    assert locations(demo_plan)["Kanzi team site"].pcode == "KV020199"
    assert page.model.data(index_of(page, "Kanzi team site", COL_PCODE)) == "KV020199"
    assert page.tree.isExpanded(index_of(page, "Kanzi"))
    assert header.sectionSize(COL_PCODE) == 222
