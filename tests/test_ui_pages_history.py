"""The History page on the demo plan: filters, old -> new values, restore with undo/redo."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import func, select
from ui_helpers import type_text

from transition_planner.services import history_view, inventory
from transition_planner.store.models import Capacity, FundingLine, Handover
from transition_planner.ui.context import CAPACITY, LOCATION, PlanContext
from transition_planner.ui.models.history_table import COL_ACTION, COL_CHANGES
from transition_planner.ui.pages.history import HistoryPage


@pytest.fixture
def ctx(demo_plan):
    context = PlanContext()
    context.set_handle(demo_plan)
    return context


@pytest.fixture
def page(qtbot, ctx):
    widget = HistoryPage(ctx)
    qtbot.addWidget(widget)
    widget.resize(1280, 800)
    widget.show()
    return widget


def count(plan, model) -> int:
    with plan.read() as session:
        return session.execute(select(func.count()).select_from(model)).scalar()


def shown(page) -> list:
    return [page.model.row_at(i) for i in range(page.model.rowCount())]


def choose(combo, data) -> None:
    index = combo.findData(data)
    assert index >= 0, data
    combo.setCurrentIndex(index)


def test_lists_the_trail_newest_first(page):
    rows = shown(page)
    assert len(rows) > 1000
    assert all(a.at >= b.at for a, b in zip(rows, rows[1:]))
    assert page.count.text() == f"{len(rows)} entries"


def test_filters_by_type_text_user_and_dates(page, ctx, demo_plan, qtbot):
    choose(page.type_filter, "location")
    rows = shown(page)
    assert rows and {r.record_type for r in rows} == {"location"}
    page.search.setText("kanzi")
    qtbot.waitUntil(lambda: len(shown(page)) < len(rows))
    assert all("kanzi" in r.record_label.casefold() or any(
        "kanzi" in f"{c.old} {c.new}".casefold() for c in r.changes) for r in shown(page))
    page.on_clear_filters()
    demo_plan.user = "second planner"
    inventory.update_location(demo_plan, inventory.list_locations(demo_plan)[0].id,
                              {"notes": "Checked with OCHA"})
    ctx.changed(LOCATION)
    choose(page.user_filter, "second planner")
    assert [r.record_label for r in shown(page)] == [inventory.list_locations(demo_plan)[0].name]
    page.user_filter.setCurrentIndex(0)
    # the day the demo's trail was written (a session that runs past midnight wrote it the
    # day before), on this computer's calendar, as the date fields are
    written = min(r.at for r in shown(page)).astimezone().date()
    type_text(qtbot, page.since, f"{date.today() + timedelta(days=1):%d/%m/%Y}")
    assert shown(page) == []
    type_text(qtbot, page.since, "")
    type_text(qtbot, page.until, f"{written - timedelta(days=1):%d/%m/%Y}")
    assert shown(page) == []  # nothing is older than the demo
    type_text(qtbot, page.until, date.today().isoformat())
    assert len(shown(page)) > 1000


def test_old_and_new_values_read_as_names(page, ctx, demo_plan):
    places = {loc.name: loc for loc in inventory.list_locations(demo_plan)}
    inventory.update_location(demo_plan, places["Kanzi team site"].id,
                              {"parent_id": places["Belgora"].id, "pcode": "KV020202"})
    ctx.changed(LOCATION)
    page.table.selectRow(0)
    assert page.entry.text() == "Location changed “Kanzi team site” by tester"
    changes = {page.changes_model.data(page.changes_model.index(i, 0)): (
        page.changes_model.data(page.changes_model.index(i, 1)),
        page.changes_model.data(page.changes_model.index(i, 2)))
        for i in range(page.changes_model.rowCount())}
    assert changes == {"inside": ("Kanzi", "Belgora"), "P-code": ("KV020101", "KV020202")}
    summary = page.model.data(page.model.index(0, COL_CHANGES))
    assert summary == "inside: Kanzi → Belgora; P-code: KV020101 → KV020202"


def test_restore_a_deleted_capacity_with_undo_and_redo(page, ctx, demo_plan):
    capacities = count(demo_plan, Capacity)
    handover_count, line_count = count(demo_plan, Handover), count(demo_plan, FundingLine)
    victim = next(c for c in inventory.list_capacities(demo_plan)
                  if c.name.startswith("Protective patrols around Kanzi"))
    inventory.delete_capacity(demo_plan, victim.id)
    ctx.changed(CAPACITY)
    assert count(demo_plan, Handover) < handover_count
    deletion = page.model.row_at(0)
    assert (deletion.action, deletion.record_label) == ("delete", victim.name)
    assert page.model.data(page.model.index(0, COL_ACTION)) == "deleted"
    page.table.selectRow(0)
    assert page.restore_button.isEnabled()
    assert "Handover" in page.entry.text() and "Funding line" in page.entry.text()

    page.restore_button.click()
    assert count(demo_plan, Capacity) == capacities
    assert count(demo_plan, Handover) == handover_count
    assert count(demo_plan, FundingLine) == line_count
    assert inventory.get_capacity(demo_plan, victim.id).name == victim.name  # same id
    assert not page.restore_button.isEnabled()  # it is restored now
    assert page.model.data(page.model.index(page.model.row_of_id(deletion.id), COL_ACTION)) \
        == "deleted (restored since)"
    assert ctx.undo_stack.undoText() == f"Restore {victim.name}"

    ctx.undo_stack.undo()
    assert count(demo_plan, Capacity) == capacities - 1
    assert count(demo_plan, Handover) < handover_count
    ctx.undo_stack.redo()
    assert count(demo_plan, Capacity) == capacities
    assert count(demo_plan, FundingLine) == line_count


def test_restore_is_refused_for_what_is_not_a_pending_deletion(page, ctx):
    page.table.selectRow(0)
    assert shown(page)[0].action != "delete"
    assert not page.restore_button.isEnabled()
    assert page.on_restore() is False
    assert ctx.undo_stack.count() == 0


def test_a_failed_restore_says_why_and_changes_nothing(page, ctx, demo_plan):
    actor = inventory.add_actor(demo_plan, {"name": "Short-lived", "actor_type": "donor"})
    inventory.delete_actor(demo_plan, actor.id)
    ctx.changed(CAPACITY)
    page.table.selectRow(0)
    # Someone else restores it first (another copy of the window, say); then this one tries.
    history_view.restore(demo_plan, page.model.row_at(0).id)
    assert page.on_restore() is False
    assert "already restored" in page.error.text() and page.error.isVisible()
    assert ctx.undo_stack.count() == 0


def test_without_a_plan_the_page_is_empty_and_disabled(page, ctx):
    ctx.set_handle(None)
    assert not page.isEnabled()
    assert page.model.rowCount() == 0 and not page.restore_button.isEnabled()


def test_controls_have_tooltips_and_accessible_names(page):
    for widget in (page.type_filter, page.search, page.user_filter, page.changes,
                   page.restore_button, page.clear_filters):
        assert widget.toolTip(), widget
    for widget in (page.type_filter, page.search, page.user_filter, page.table, page.changes):
        assert widget.accessibleName(), widget
