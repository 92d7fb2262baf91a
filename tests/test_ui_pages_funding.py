"""The Funding page on the demo plan: filters, totals per year, edits with undo/redo."""

from __future__ import annotations

from collections import defaultdict
from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from ui_helpers import type_text

from transition_planner.services import handovers, inventory
from transition_planner.ui.context import PlanContext
from transition_planner.ui.pages.funding import FundingPage


@pytest.fixture
def ctx(demo_plan):
    context = PlanContext()
    context.set_handle(demo_plan)
    return context


@pytest.fixture
def page(qtbot, ctx):
    widget = FundingPage(ctx)
    qtbot.addWidget(widget)
    widget.resize(1400, 900)
    widget.show()
    return widget


def lines(plan) -> list:
    return handovers.list_funding_lines(plan)


def shown(page) -> list:
    return [page.model.row_at(i) for i in range(page.model.rowCount())]


def choose(combo, data) -> None:
    index = combo.findData(data)
    assert index >= 0, data
    combo.setCurrentIndex(index)


def totals_by_currency(page) -> dict:
    out = defaultdict(Decimal)
    for total in page.totals_model.totals():
        out[total.currency] += total.total
    return dict(out)


def test_table_and_totals_show_every_line(page, demo_plan):
    assert page.model.rowCount() == len(lines(demo_plan)) == 253
    assert page.count.text() == "253 of 253 lines"
    amounts = defaultdict(Decimal)
    for line in lines(demo_plan):
        amounts[line.currency] += line.amount
    # Spreading over years moves money between years, never creates or loses any.
    assert totals_by_currency(page) == dict(amounts)
    years = sorted({t.year for t in page.totals_model.totals()})
    assert years[0] == 2026


def test_filters_by_source_donor_status_and_text(page):
    choose(page.donor_filter, "Peacebuilding Fund")
    rows = shown(page)
    assert rows and {r.donor for r in rows} == {"Peacebuilding Fund"}
    expected = defaultdict(Decimal)
    for r in rows:
        expected[r.currency] += r.amount
    assert totals_by_currency(page) == dict(expected)  # the totals follow the filter
    status = rows[-1].status
    choose(page.status_filter, status)
    assert {(r.donor, r.status) for r in shown(page)} == {("Peacebuilding Fund", status)}
    assert len(shown(page)) == sum(r.status == status for r in rows)
    page.on_clear_filters()
    choose(page.source_filter, "mission_assessed")
    assert {r.source_type for r in shown(page)} == {"mission_assessed"}
    page.search.setText("kanzi")
    assert shown(page) and all("kanzi" in f"{r.capacity} {r.location}".casefold()
                               for r in shown(page))
    page.clear_filters.click()
    assert page.model.rowCount() == 253


def test_add_change_delete_a_line_with_undo_and_redo(page, ctx, demo_plan, qtbot):
    page.new_button.click()
    form = page.form.fields
    capacity = next(t for t in page.targets.values() if t.handovers)
    choose(form["capacity_id"], capacity.capacity_id)
    handover_id, actor = capacity.handovers[0]
    choose(form["handover_id"], handover_id)
    choose(form["source_type"], "bilateral")
    form["donor"].setFocus()
    for ch in "Héléna Drosk family foundation":
        QTest.sendKeyEvent(QTest.KeyAction.Click, form["donor"], Qt.Key.Key_unknown, ch,
                           Qt.KeyboardModifier.NoModifier)
    qtbot.keyClicks(form["amount"], "250000")
    form["currency"].setText("eur")
    choose(form["status"], "pledged")
    type_text(qtbot, form["period_start"], "01/07/2027", commit=False)
    type_text(qtbot, form["period_end"], "2028-06-30", commit=False)
    page.save_button.click()
    before = 253
    added = [line for line in lines(demo_plan) if line.donor == "Héléna Drosk family foundation"
             and line.amount == Decimal("250000.00")]
    assert len(added) == 1 and len(lines(demo_plan)) == before + 1
    line = added[0]
    assert (line.currency, line.status, line.handover_id, line.capacity_id) == (
        "EUR", "pledged", handover_id, capacity.capacity_id)
    assert (line.period_start, line.period_end) == (date(2027, 7, 1), date(2028, 6, 30))
    assert page.model.row_at(page.table.currentIndex().row()).successor == actor

    ctx.undo_stack.undo()
    assert len(lines(demo_plan)) == before
    ctx.undo_stack.redo()
    assert line.id in {x.id for x in lines(demo_plan)}

    page.select_id(line.id)
    choose(form["status"], "committed")
    page.save_button.click()
    assert next(x for x in lines(demo_plan) if x.id == line.id).status == "committed"
    ctx.undo_stack.undo()
    assert next(x for x in lines(demo_plan) if x.id == line.id).status == "pledged"

    page.delete_button.click()
    assert line.id not in {x.id for x in lines(demo_plan)}
    ctx.undo_stack.undo()
    assert line.id in {x.id for x in lines(demo_plan)}


@pytest.mark.parametrize(("field", "text", "problem"), [
    ("amount", "abc", "Amount is not a number"),
    ("amount", "-5", "Amount must not be negative"),
    ("amount", "", "Amount is not a number"),
    ("currency", "EURO", "Currency must be a three-letter currency code such as USD or EUR"),
    ("currency", "€", "Currency must be a three-letter currency code such as USD or EUR"),
])
def test_bad_input_is_refused_at_the_field(page, ctx, demo_plan, field, text, problem):
    page.new_button.click()
    page.form.fields["amount"].setText("1000")
    page.form.fields[field].setText(text)
    assert page.on_save() is False
    assert page.form.problem(field).startswith(problem)
    assert len(lines(demo_plan)) == 253 and ctx.undo_stack.count() == 0


def test_a_period_ending_before_it_starts_is_refused_at_its_end(page, ctx, demo_plan):
    row = page.model.row_at(0)
    page.select_id(row.id)
    form = page.form.fields
    form["period_start"].set_value(date(2027, 6, 1))
    form["period_end"].set_value(date(2027, 1, 31))
    assert page.on_save() is False
    assert page.form.problem("period_end") == (
        "The funding period ends (2027-01-31) before it starts (2027-06-01)")
    unchanged = next(x for x in lines(demo_plan) if x.id == row.id)
    assert (unchanged.period_start, unchanged.period_end) == (row.period_start, row.period_end)


def test_the_successor_choice_follows_the_capacity(page):
    page.new_button.click()
    form = page.form.fields
    bare = next(t for t in page.targets.values() if not t.handovers)
    choose(form["capacity_id"], bare.capacity_id)
    assert form["handover_id"].count() == 1 and form["handover_id"].currentData() is None
    busy = max(page.targets.values(), key=lambda t: len(t.handovers))
    choose(form["capacity_id"], busy.capacity_id)
    assert form["handover_id"].count() == len(busy.handovers) + 1


def test_without_a_plan_the_page_is_empty_and_disabled(page, ctx):
    ctx.set_handle(None)
    assert not page.isEnabled()
    assert page.model.rowCount() == 0 and page.totals_model.rowCount() == 0


def test_controls_have_tooltips_and_accessible_names(page):
    for widget in (page.source_filter, page.donor_filter, page.status_filter, page.search,
                   page.totals, *page.form.fields.values()):
        assert widget.toolTip(), widget
        assert widget.accessibleName(), widget


def test_a_capacity_deleted_meanwhile_is_named_at_its_field(page, ctx, demo_plan):
    page.new_button.click()
    target = page.form.fields["capacity_id"].currentData()
    page.form.fields["amount"].setText("5000")
    inventory.delete_capacity(demo_plan, target)  # another window did; this page has not heard
    assert page.on_save() is False
    assert page.form.problem("capacity_id") == "No such capacity in this plan"
    assert ctx.undo_stack.count() == 0
    assert target not in {c.id for c in inventory.list_capacities(demo_plan)}


def test_a_line_deleted_meanwhile_cannot_be_saved(page, ctx, demo_plan):
    row = page.model.row_at(0)
    page.select_id(row.id)
    handovers.delete_funding_line(demo_plan, row.id)  # by someone else
    page.form.fields["amount"].setText("1")
    assert page.on_save() is False
    assert "deleted by someone else" in page.form.general_error.text()
    assert row.id not in {x.id for x in lines(demo_plan)}
    assert ctx.undo_stack.count() == 0


def test_an_edit_read_back_in_the_background_keeps_the_columns_the_user_set(
        qtbot, ctx, demo_plan, monkeypatch):
    """On a big plan the page reads its 60,000 lines again after each edit: the table shows
    the new amount, on the same line, and the column widths stay as the user left them (the
    columns are fitted when the table is first filled or the filters change, not on every
    read back)."""
    from ui_helpers import click_row, settle

    monkeypatch.setattr(FundingPage, "BIG", 1)  # the demo plan is read as a big one is
    page = FundingPage(ctx)
    qtbot.addWidget(page)
    page.resize(1400, 900)
    page.show()
    settle(qtbot, page)
    assert page.model.rowCount() == 253
    click_row(qtbot, page.table, 3)
    line_id = page.current_id
    header = page.table.horizontalHeader()
    header.resizeSection(1, 333)  # what dragging the Donor column's edge does
    type_text(qtbot, page.form.fields["amount"], "123456")
    settle(qtbot, page)
    stored = next(x for x in lines(demo_plan) if x.id == line_id)
    assert stored.amount == Decimal("123456.00")
    row = page.model.row_of_id(line_id)
    assert page.model.row_at(row).amount == Decimal("123456.00")
    assert page.table.currentIndex().row() == row and page.current_id == line_id
    assert page.model.rowCount() == 253
    assert header.sectionSize(1) == 333
    choose(page.status_filter, stored.status)  # a filter changed: the columns fit it
    assert header.sectionSize(1) != 333


def test_the_totals_widen_when_an_edit_makes_a_total_longer(qtbot, ctx, demo_plan, monkeypatch):
    """A total read back after an edit is shown whole, never cut to "…"."""
    from ui_helpers import click_row, settle

    monkeypatch.setattr(FundingPage, "BIG", 1)
    page = FundingPage(ctx)
    qtbot.addWidget(page)
    page.resize(1400, 900)
    page.show()
    settle(qtbot, page)
    click_row(qtbot, page.table, 0)
    type_text(qtbot, page.form.fields["amount"], "987654321000")
    settle(qtbot, page)
    assert max(t.total for t in page.totals_model.totals()) >= Decimal("987654321000")
    header = page.totals.horizontalHeader()
    for column in range(header.count()):
        assert header.sectionSize(column) >= min(160, page.totals.sizeHintForColumn(column))
