"""The Successors, Locations and Funding pages read a big plan in the background worker, and
edits made while that read runs land as the user meant; the Funding page's capacity chooser
(10,000 entries at 10k capacities) filters as the user types.

"Big" is lowered to the demo plan's size here (BackgroundPage.BIG), so these tests drive the
path a 10k plan takes, on a plan small enough to check every figure."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from ui_helpers import click_check, type_text

from transition_planner.services import handovers, inventory
from transition_planner.ui.context import PlanContext
from transition_planner.ui.pages.actors import ActorsPage
from transition_planner.ui.pages.funding import FundingPage
from transition_planner.ui.pages.locations import LocationsPage
from transition_planner.ui.pages.plan_page import BackgroundPage
from transition_planner.ui.widgets.chooser import SearchableCombo

WAIT = 20_000


@pytest.fixture
def big(monkeypatch):
    """Every plan counts as big: the pages read it in the worker."""
    monkeypatch.setattr(BackgroundPage, "BIG", 0)


@pytest.fixture
def ctx(demo_plan):
    context = PlanContext()
    context.set_handle(demo_plan)
    return context


def open_page(qtbot, page_class, ctx):
    page = page_class(ctx)
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    qtbot.waitUntil(lambda: not page.loader.busy(), timeout=WAIT)
    return page


def lines(plan) -> dict:
    return {line.id: line for line in handovers.list_funding_lines(plan)}


def pick_row(qtbot, page, row: int) -> None:
    index = page.model.index(row, 0)
    page.table.scrollTo(index)
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton,
                     pos=page.table.visualRect(index).center())


@pytest.mark.parametrize("page_class", [FundingPage, ActorsPage, LocationsPage])
def test_a_big_plan_is_read_in_the_worker_not_on_showing(qtbot, ctx, big, page_class):
    page = page_class(ctx)
    qtbot.addWidget(page)
    page.show()
    assert page.loader.busy()  # showing the page only asked for the read
    assert page.by_id == {}
    qtbot.waitUntil(lambda: not page.loader.busy(), timeout=WAIT)
    assert len(page.by_id) > 10  # the demo plan's records arrived
    assert page.isEnabled()


def test_two_edits_while_the_plan_is_read_back_are_two_undo_steps(qtbot, ctx, big, demo_plan):
    page = open_page(qtbot, FundingPage, ctx)
    pick_row(qtbot, page, 3)
    line_id = page.current_id
    before = lines(demo_plan)[line_id]
    form = page.form.fields
    type_text(qtbot, form["amount"], "123456")  # Return: saved, the read starts
    assert page.loader.busy()
    assert lines(demo_plan)[line_id].amount == Decimal("123456")
    # typed before the read is back: only this field is a change (not the amount again)
    type_text(qtbot, form["donor"], "Late donor")
    after = lines(demo_plan)[line_id]
    assert (after.amount, after.donor) == (Decimal("123456"), "Late donor")
    ctx.undo_stack.undo()
    assert (lines(demo_plan)[line_id].amount, lines(demo_plan)[line_id].donor) == (
        Decimal("123456"), before.donor)
    ctx.undo_stack.undo()
    assert lines(demo_plan)[line_id].amount == before.amount
    qtbot.waitUntil(lambda: not page.loader.busy(), timeout=WAIT)
    assert page.current_id == line_id
    assert Decimal(form["amount"].value()) == before.amount  # the form shows the plan again


def test_a_line_added_is_shown_once_read_back(qtbot, ctx, big, demo_plan):
    page = open_page(qtbot, FundingPage, ctx)
    known = set(lines(demo_plan))
    page.new_button.click()
    type_text(qtbot, page.form.fields["amount"], "777", commit=False)
    page.save_button.click()
    added = set(lines(demo_plan)) - known
    assert len(added) == 1
    assert page.loader.busy()
    qtbot.waitUntil(lambda: not page.loader.busy(), timeout=WAIT)
    new_id = added.pop()
    assert page.current_id == new_id
    assert page.model.row_at(page.table.currentIndex().row()).id == new_id
    assert page.delete_button.isEnabled()


def test_ticks_while_the_plan_is_read_back_undo_one_at_a_time(qtbot, ctx, big, demo_plan):
    page = open_page(qtbot, ActorsPage, ctx)
    pick_row(qtbot, page, 0)
    actor_id = page.current_id
    before = set(inventory.actor_presence(demo_plan, actor_id))
    free = [i for i in page.presence_items()
            if i.data(0, Qt.ItemDataRole.UserRole) not in before][:2]
    ids = [i.data(0, Qt.ItemDataRole.UserRole) for i in free]
    click_check(qtbot, page.presence, page.presence.indexFromItem(free[0]))
    assert page.loader.busy()
    click_check(qtbot, page.presence, page.presence.indexFromItem(free[1]))
    assert set(inventory.actor_presence(demo_plan, actor_id)) == before | set(ids)
    ctx.undo_stack.undo()  # the second tick only
    assert set(inventory.actor_presence(demo_plan, actor_id)) == before | {ids[0]}
    ctx.undo_stack.undo()
    assert set(inventory.actor_presence(demo_plan, actor_id)) == before


# --- the capacity chooser --------------------------------------------------------------------


@pytest.fixture
def funding(qtbot, ctx):
    return open_page(qtbot, FundingPage, ctx)


def test_typing_into_the_capacity_chooser_filters_and_keys_pick(qtbot, funding, ctx, demo_plan):
    page = funding
    pick_row(qtbot, page, 0)
    line_id = page.current_id
    combo = page.form.fields["capacity_id"]
    assert isinstance(combo, SearchableCombo)
    everything = combo.count()
    old = combo.currentData()
    # a word from inside the names (not their start), typed in another case
    target = next(t for t in page.targets.values()
                  if t.capacity_id != old and " " in t.capacity and t.capacity.isascii())
    needle = target.capacity.split(" ", 1)[1][:6].upper()
    combo.setFocus()
    combo.lineEdit().selectAll()
    QTest.keyClicks(combo.lineEdit(), needle)
    completer = combo.completer()
    popup = completer.popup()
    qtbot.waitUntil(popup.isVisible, timeout=5_000)
    offered = [completer.completionModel().index(r, 0).data()
               for r in range(completer.completionCount())]
    assert 0 < len(offered) < everything
    assert all(needle.casefold() in text.casefold() for text in offered)
    wanted = f"{target.capacity} — {target.location}"
    assert wanted in offered
    QTest.keyClick(popup, Qt.Key.Key_Down)  # the first entry offered
    for _ in range(offered.index(wanted)):
        QTest.keyClick(popup, Qt.Key.Key_Down)
    QTest.keyClick(popup, Qt.Key.Key_Return)
    assert combo.currentData() == target.capacity_id
    assert lines(demo_plan)[line_id].capacity_id == target.capacity_id  # saved when picked
    ctx.undo_stack.undo()
    assert lines(demo_plan)[line_id].capacity_id == old


def test_text_naming_no_capacity_is_put_back_when_the_field_is_left(qtbot, funding, ctx,
                                                                     demo_plan):
    page = funding
    pick_row(qtbot, page, 0)
    combo = page.form.fields["capacity_id"]
    shown, depth = combo.currentText(), ctx.undo_stack.count()
    combo.setFocus()
    QTest.keyClicks(combo.lineEdit(), "qqqzzz")
    assert combo.completer().completionCount() == 0
    page.form.fields["donor"].setFocus()
    assert combo.lineEdit().text() == shown
    assert lines(demo_plan)[page.current_id].capacity_id == combo.currentData()
    assert ctx.undo_stack.count() == depth
