"""The Qt models of the Actors, Locations, Funding and History pages pass Qt's model checks."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, Qt

from transition_planner.services import funding_view, history_view, registry_view
from transition_planner.ui.models.actor_table import (
    COL_READINESS,
    COL_RISK,
    ActorHandoverTableModel,
    ActorTableModel,
)
from transition_planner.ui.models.funding_table import (
    COL_AMOUNT,
    FundingTableModel,
    FundingTotalsModel,
)
from transition_planner.ui.models.history_table import HistoryChangesTableModel, HistoryTableModel
from transition_planner.ui.models.location_tree import (
    COL_CLOSURE,
    LocationClosureTableModel,
    LocationTreeModel,
)


def check(qtmodeltester, model, columns):
    """Qt's model checks, then sorts by every column while the checker watches the signals."""
    qtmodeltester.check(model, force_py=True)
    for column in columns:
        for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
            model.sort(column, order)


def _actor_table(plan):
    model = ActorTableModel()
    model.set_rows(registry_view.actor_rows(plan))
    return model


def _actor_handovers(plan):
    model = ActorHandoverTableModel()
    rows = registry_view.actor_rows(plan)
    model.set_rows(next(r for r in rows if r.acronym == "UNDP").handovers)
    return model


def _location_tree(plan):
    model = LocationTreeModel()
    model.set_rows(registry_view.location_rows(plan))
    return model


def _closure_calendar(plan):
    model = LocationClosureTableModel()
    model.set_rows(registry_view.closure_calendar(registry_view.location_rows(plan)))
    return model


def _funding_table(plan):
    model = FundingTableModel()
    model.set_rows(funding_view.funding_rows(plan))
    return model


def _funding_totals(plan):
    model = FundingTotalsModel()
    start, end = funding_view.horizon(plan)
    model.set_totals(funding_view.yearly_totals(funding_view.funding_rows(plan), start, end),
                     [("required", "Required"), ("pledged", "Pledged")])
    return model


def _history_table(plan):
    model = HistoryTableModel()
    model.set_rows(history_view.history_rows(plan, limit=300))
    return model


def _history_changes(plan):
    model = HistoryChangesTableModel()
    model.set_changes(history_view.history_rows(plan, limit=1)[0].changes)
    return model


@pytest.mark.parametrize("build", [
    _actor_table, _actor_handovers, _location_tree, _closure_calendar, _funding_table,
    _funding_totals, _history_table, _history_changes,
])
def test_models_pass_qt_checks_while_sorted_and_reset(qtmodeltester, demo_plan, build):
    model = build(demo_plan)
    assert model.rowCount() > 0
    check(qtmodeltester, model, range(model.columnCount()))
    if isinstance(model, FundingTotalsModel):
        model.set_totals([], [])
    else:
        model.set_rows([])
    assert model.rowCount() == 0


def test_actor_sort_uses_raw_values(demo_plan):
    model = ActorTableModel()
    model.set_rows(registry_view.actor_rows(demo_plan))
    model.sort(COL_READINESS, Qt.SortOrder.DescendingOrder)
    values = [model.row_at(i).readiness for i in range(model.rowCount())]
    scored = [v for v in values if v is not None]
    assert scored == sorted(scored, reverse=True) and values[0] is None  # unscored: one end
    model.sort(COL_RISK, Qt.SortOrder.DescendingOrder)
    assert model.data(model.index(0, COL_RISK)) == "Not a successor"


def test_tree_sort_keeps_parents_and_orders_children(demo_plan):
    tree = LocationTreeModel()
    tree.set_rows(registry_view.location_rows(demo_plan))
    tree.sort(COL_CLOSURE, Qt.SortOrder.AscendingOrder)
    country = tree.index(0, 0)
    assert tree.rowCount() == 1 and tree.data(country) == "Republic of Kelvara"
    provinces = [tree.index(i, COL_CLOSURE, country) for i in range(tree.rowCount(country))]
    closures = [tree.data(index) for index in provinces]
    assert closures == sorted(closures)
    assert tree.data(provinces[0].siblingAtColumn(0)) == "Tessik"  # closes first, 2026-05-31
    for index in provinces:
        assert tree.parent(index) == country


def test_totals_have_a_column_per_status(demo_plan):
    totals = _funding_totals(demo_plan)
    assert totals.columnCount() == 6
    assert [totals.headerData(i, Qt.Orientation.Horizontal) for i in range(6)] == [
        "Year", "Currency", "Required", "Pledged", "Secured", "Total"]


def test_funding_amounts_sort_by_currency_then_value(demo_plan):
    table = _funding_table(demo_plan)
    table.sort(COL_AMOUNT, Qt.SortOrder.AscendingOrder)
    keys = [(table.row_at(i).currency, table.row_at(i).amount) for i in range(table.rowCount())]
    assert keys == sorted(keys)


@pytest.mark.parametrize("model_class", [ActorTableModel, FundingTableModel, HistoryTableModel])
def test_out_of_range_requests_return_nothing(model_class):
    model = model_class()
    assert model.data(model.index(5, 0)) is None
    assert model.data(QModelIndex()) is None
    assert model.headerData(99, Qt.Orientation.Horizontal) is None
    model.sort(99)  # ignored, not a crash
