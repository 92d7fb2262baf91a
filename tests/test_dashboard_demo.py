"""The demo plan's deliberate problems show in the dashboard, and the command line gives the
very same numbers."""

from __future__ import annotations

import json
from decimal import Decimal

import pytest

from transition_planner import cli
from transition_planner.services import dashboard, gaps, inventory
from transition_planner.services.demo import DELIBERATE_PROBLEMS

pytestmark = pytest.mark.both_backends


def _ids_by_name(handle) -> dict[str, str]:
    return {c.name: c.id for c in inventory.list_capacities(handle)}


def test_deliberate_problems_show_in_the_figures_and_flags(demo_plan):
    data = dashboard.load_dashboard(demo_plan)
    ids = _ids_by_name(demo_plan)
    figures = data.figures
    for kind, name in DELIBERATE_PROBLEMS.items():
        assert ids[name] in figures.flag_capacities[kind], (kind, name)
        assert any(r.kind == kind and r.capacity_id == ids[name] for r in data.flags), kind
    assert ids[DELIBERATE_PROBLEMS["no_successor"]] in figures.without_successor
    assert ids[DELIBERATE_PROBLEMS["readiness_below_threshold"]] in figures.not_ready
    assert ids[DELIBERATE_PROBLEMS["unfunded_after_exit"]] in figures.unfunded_capacities["USD"]
    assert figures.unfunded["USD"] > 0 and figures.uncovered_location_months > 0
    assert figures.flags == len(data.flags) == sum(data.report.summary["flags_by_kind"].values())


def test_the_heat_map_shows_the_cliff_where_the_assistants_have_no_successor(demo_plan):
    data = dashboard.load_dashboard(demo_plan)
    report, heat = data.report, data.category_location
    cla = next(c for c in report.facts.capacities
               if c.name == DELIBERATE_PROBLEMS["no_successor"])
    row, column = heat.rows.index(cla.category), heat.columns.index(cla.location_id)
    assert heat.share(row, column) < 1.0
    assert cla.id in dashboard.cell_capacities(report, heat, row, column)
    # Whatever the grid, its totals are the gap report's: every capacity-month of gap.
    total_gap = sum(sum(r) for r in data.location_month.gap)
    assert total_gap == sum(c.gap_total for c in report.coverages.values())


def test_readiness_puts_the_unready_womens_network_first(demo_plan):
    table = dashboard.load_dashboard(demo_plan).readiness
    weakest = table.rows[0]
    assert weakest.actor_name == "Asari Women's Solidarity Network"
    assert weakest.lowest < table.threshold
    assert table.mean == tuple(sorted(table.mean))  # weakest dimension first


def test_the_funding_cliff_adds_up_to_the_unfunded_figure(demo_plan):
    data = dashboard.load_dashboard(demo_plan)
    for currency, amount in data.figures.unfunded.items():
        cliff = data.funding[currency]
        assert sum(cliff.unfunded_after_exit, Decimal(0)) == amount
        assert sum(cliff.yearly_unfunded, Decimal(0)) == amount
        # Nothing is unfunded before the mission leaves its first site.
        first = min(c.mission_end for c in data.report.facts.capacities if c.mission_end)
        assert all(v == 0 for m, v in zip(cliff.months, cliff.unfunded_after_exit)
                   if m <= first)


def test_the_command_line_gives_the_same_numbers(demo_path, capsys):
    assert cli.main(["gaps", str(demo_path), "--series", "--json"]) == cli.EXIT_OK
    printed = json.loads(capsys.readouterr().out)
    from transition_planner.services import plans

    handle = plans.open_plan(demo_path, user="tester")
    try:
        report = gaps.compute(handle)
        expected = json.loads(json.dumps(dashboard.dashboard_json(handle, report)))
        cliff = dashboard.cliff_data(report)
    finally:
        handle.close()
    assert printed["dashboard"] == expected
    assert printed["dashboard"]["key_figures"]["uncovered_location_months"] == (
        printed["summary"]["uncovered_location_months"])
    assert printed["series"]["all"]["all"]["coverage"] == list(cliff.coverage)
    heat = printed["dashboard"]["heatmaps"]["category_location"]
    assert len(heat["share"]) == len(heat["rows"]) and len(heat["share"][0]) == len(
        heat["columns"])
    usd = printed["dashboard"]["funding_cliff"]["USD"]
    assert sum(Decimal(v) for v in usd["unfunded_after_exit"]) == Decimal(
        printed["summary"]["unfunded_after_exit"]["USD"])


def test_the_command_line_refuses_a_plan_that_is_not_one(tmp_path, capsys):
    bogus = tmp_path / "notes.tplan"
    bogus.write_text("not a plan")
    assert cli.main(["gaps", str(bogus), "--series", "--json"]) == cli.EXIT_ERROR
    assert "not a Transition Planner plan" in capsys.readouterr().err
    assert bogus.read_text() == "not a plan"


def test_funding_lines_from_the_facts_are_the_lines_in_the_file(demo_plan):
    report = gaps.compute(demo_plan)
    from_facts = dashboard.funding_lines(demo_plan, report)
    from_file = dashboard.funding_lines(demo_plan)
    assert sorted(from_facts, key=repr) == sorted(from_file, key=repr)
    assert len(from_file) > 100
