"""The Actors page on the demo plan: registry, risk flags, presence, edits with undo/redo."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from transition_planner.services import inventory
from transition_planner.ui.context import ACTOR, MILESTONE, PlanContext
from transition_planner.ui.models.actor_table import COL_NAME, COL_PRESENCE, COL_RISK
from transition_planner.ui.pages.actors import ActorsPage


@pytest.fixture
def ctx(demo_plan):
    context = PlanContext()
    context.set_handle(demo_plan)
    return context


@pytest.fixture
def page(qtbot, ctx):
    widget = ActorsPage(ctx)
    qtbot.addWidget(widget)
    widget.resize(1280, 800)
    widget.show()
    return widget


def actors(plan) -> dict:
    return {a.name: a for a in inventory.list_actors(plan)}


def row_of(page, name: str) -> int:
    model = page.model
    return next(i for i in range(model.rowCount()) if model.row_at(i).name == name)


def select(page, name: str) -> None:
    page.table.selectRow(row_of(page, name))


def type_text(widget, text: str) -> None:
    """Type any text, accents included, the way a keyboard would (keyClicks aborts on them)."""
    widget.setFocus()
    for ch in text:
        QTest.sendKeyEvent(QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, ch,
                           Qt.KeyboardModifier.NoModifier)


def test_registry_lists_actors_and_flags_risky_types(page, demo_plan):
    model = page.model
    assert model.rowCount() == len(inventory.list_actors(demo_plan)) == 40
    army = row_of(page, "Kelvaran Armed Forces")
    assert model.data(model.index(army, COL_RISK)) == "Party to the conflict"
    assert model.data(model.index(army, COL_RISK), Qt.ItemDataRole.BackgroundRole) is not None
    pmc = row_of(page, "Obsidian Shield Security Group")
    assert model.data(model.index(pmc, COL_RISK)) == "Not a successor"
    unicef = row_of(page, "United Nations Children's Fund")
    assert model.data(model.index(unicef, COL_RISK)) == ""


def test_selecting_an_actor_shows_its_form_banner_handovers_and_readiness(page):
    select(page, "Kelvaran Armed Forces")
    assert page.form.fields["name"].text() == "Kelvaran Armed Forces"
    assert page.risk_banner.isVisible()
    assert "Party to the conflict" in page.risk_banner.text()
    select(page, "United Nations Children's Fund")
    assert not page.risk_banner.isVisible()
    assert page.handover_model.rowCount() == 2
    assert page.readiness.text() == "Average readiness: 4.6 / 5"
    ticked = [i.text(0) for i in page.presence_items() if i.checkState(0) == Qt.CheckState.Checked]
    assert ticked == ["Republic of Kelvara"]
    combo = page.form.fields["actor_type"]
    combo.setCurrentIndex(combo.findData("private_military_company"))
    assert page.risk_banner.isVisible() and "Not a successor" in page.risk_banner.text()


def test_add_change_delete_with_undo_and_redo(page, ctx, demo_plan, qtbot):
    page.new_button.click()
    assert page.title.text() == "New actor"
    type_text(page.form.fields["name"], "Réseau des défenseurs de Lomba")
    qtbot.keyClicks(page.form.fields["acronym"], "RDL")
    combo = page.form.fields["actor_type"]
    combo.setCurrentIndex(combo.findData("national_ngo"))
    page.save_button.click()
    added = actors(demo_plan)["Réseau des défenseurs de Lomba"]
    assert (added.acronym, added.actor_type) == ("RDL", "national_ngo")
    assert page.model.row_at(page.table.currentIndex().row()).id == added.id
    assert ctx.undo_stack.undoText() == "Add actor Réseau des défenseurs de Lomba"

    ctx.undo_stack.undo()
    assert "Réseau des défenseurs de Lomba" not in actors(demo_plan)
    assert page.model.rowCount() == 40
    ctx.undo_stack.redo()
    assert actors(demo_plan)["Réseau des défenseurs de Lomba"].id == added.id  # same record
    assert page.model.rowCount() == 41

    select(page, "Réseau des défenseurs de Lomba")
    page.form.fields["acronym"].setText("RDDL")
    page.save_button.click()
    assert actors(demo_plan)["Réseau des défenseurs de Lomba"].acronym == "RDDL"
    ctx.undo_stack.undo()
    assert actors(demo_plan)["Réseau des défenseurs de Lomba"].acronym == "RDL"
    assert page.form.fields["acronym"].text() == "RDL"  # the form follows the undo
    ctx.undo_stack.redo()
    assert actors(demo_plan)["Réseau des défenseurs de Lomba"].acronym == "RDDL"

    page.delete_button.click()
    assert "Réseau des défenseurs de Lomba" not in actors(demo_plan)
    assert page.title.text() == "New actor"
    ctx.undo_stack.undo()
    assert actors(demo_plan)["Réseau des défenseurs de Lomba"].acronym == "RDDL"


def test_bad_input_is_refused_at_the_field(page, ctx, demo_plan, qtbot):
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    depth = ctx.undo_stack.count()
    page.new_button.click()
    page.form.fields["name"].setText("   ")
    assert page.on_save() is False
    assert page.form.problem("name") == "Name is required"
    assert page.form.errors["name"].isVisible()
    assert page.form.fields["name"].hasFocus()
    assert len(inventory.list_actors(demo_plan)) == 40
    assert ctx.undo_stack.count() == depth
    page.form.fields["name"].setText("Lomba Women Mediators")
    assert page.on_save() is True
    assert page.form.problem("name") == ""
    assert not page.form.errors["name"].isVisible()


def test_an_actor_that_takes_over_cannot_be_deleted(page, ctx, demo_plan):
    select(page, "United Nations Children's Fund")
    depth = ctx.undo_stack.count()
    assert page.on_delete() is False
    assert "still used by 2 handover" in page.form.general_error.text()
    assert page.form.general_error.isVisible()
    assert "United Nations Children's Fund" in actors(demo_plan)
    assert ctx.undo_stack.count() == depth


def test_ticking_a_location_records_presence_with_undo(page, ctx, demo_plan):
    select(page, "United Nations Children's Fund")
    unicef = actors(demo_plan)["United Nations Children's Fund"]
    before = set(inventory.actor_presence(demo_plan, unicef.id))
    item = next(i for i in page.presence_items() if i.text(0) == "Kanzi team site")
    assert item.parent().text(0) == "Kanzi"  # the tree of locations
    kanzi = item.data(0, Qt.ItemDataRole.UserRole)
    item.setCheckState(0, Qt.CheckState.Checked)  # the tree is rebuilt: `item` is gone now
    after = set(inventory.actor_presence(demo_plan, unicef.id))
    assert after - before == {kanzi}
    assert "Kanzi team site" in page.model.data(
        page.model.index(row_of(page, unicef.name), COL_PRESENCE))
    ctx.undo_stack.undo()
    assert set(inventory.actor_presence(demo_plan, unicef.id)) == before


def test_filters(page):
    page.search.setText("unicef")
    assert [page.model.row_at(i).name for i in range(page.model.rowCount())] == [
        "United Nations Children's Fund"]
    page.search.clear()
    page.type_filter.setCurrentIndex(page.type_filter.findData("host_security_forces"))
    assert page.model.rowCount() == 2
    page.type_filter.setCurrentIndex(0)
    page.risky_only.setChecked(True)
    assert sorted(page.model.row_at(i).name for i in range(page.model.rowCount())) == [
        "Kelvaran Armed Forces", "Kelvaran National Police", "Obsidian Shield Security Group"]


def test_reloads_only_for_the_kinds_it_shows(page, ctx, demo_plan):
    inventory.add_actor(demo_plan, {"name": "Added elsewhere", "actor_type": "donor"})
    ctx.changed(MILESTONE)
    assert page.model.rowCount() == 40
    ctx.changed(ACTOR)
    assert page.model.rowCount() == 41


def test_a_hidden_page_reloads_when_shown(page, ctx, demo_plan):
    page.hide()
    inventory.add_actor(demo_plan, {"name": "Added while hidden", "actor_type": "donor"})
    ctx.changed(ACTOR)
    assert page.model.rowCount() == 40
    page.show()
    assert page.model.rowCount() == 41


def test_without_a_plan_the_page_is_empty_and_disabled(page, ctx):
    ctx.set_handle(None)
    assert not page.isEnabled()
    assert page.model.rowCount() == 0 and page.presence_items() == []


def test_controls_have_tooltips_and_accessible_names(page):
    for widget in (page.search, page.type_filter, page.table, page.presence,
                   page.handover_table, *page.form.fields.values()):
        assert widget.toolTip(), widget
        assert widget.accessibleName(), widget
    assert page.model.headerData(COL_NAME, Qt.Orientation.Horizontal) == "Name"


def test_an_actor_deleted_meanwhile_cannot_be_saved(page, ctx, demo_plan):
    select(page, "Embassy of Norland")
    embassy = actors(demo_plan)["Embassy of Norland"]
    inventory.delete_actor(demo_plan, embassy.id)  # in another window
    page.form.fields["acronym"].setText("EN")
    assert page.on_save() is False
    assert "deleted by someone else" in page.form.general_error.text()
    assert "Embassy of Norland" not in actors(demo_plan)
    assert ctx.undo_stack.count() == 0


def test_an_edit_read_back_keeps_the_columns_the_user_set(page, demo_plan, qtbot):
    """The table is read again after each edit: it shows the new acronym and keeps the
    column widths the user set; a filter change fits the columns to what it shows."""
    header = page.table.horizontalHeader()
    select(page, page.model.row_at(0).name)
    actor_id = page.current_id
    header.resizeSection(COL_NAME, 333)  # what dragging the Name column's edge does
    page.form.fields["acronym"].setText("ZZQ")
    page.save_button.click()
    assert next(a for a in inventory.list_actors(demo_plan) if a.id == actor_id).acronym == "ZZQ"
    assert page.model.row_at(page.table.currentIndex().row()).acronym == "ZZQ"
    assert header.sectionSize(COL_NAME) == 333
    qtbot.keyClicks(page.search, "a")  # a filter changed: the columns fit what it shows
    assert header.sectionSize(COL_NAME) != 333
