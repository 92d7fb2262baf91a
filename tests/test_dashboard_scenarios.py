"""Cloning, comparing and deleting scenarios, checked by hand on the small plan."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from test_dashboard_numbers import build_small_plan

from transition_planner.services import audit, dashboard, gaps, plans, scenarios
from transition_planner.services.errors import InvalidInput, ServiceError

D = date.fromisoformat


@pytest.fixture
def small(plan):
    return plan, build_small_plan(plan), plans.plan_info(plan).active_scenario_id


def test_clone_moves_every_closure_by_calendar_months(small):
    plan, ids, baseline = small
    clone = scenarios.clone_scenario(plan, baseline, "Faster", months_earlier=2)
    assert clone.closure_shift_months == -2 and clone.exit_date is None
    assert clone.description == "Baseline with every closure 2 months earlier"
    assert not clone.is_baseline
    assert [s.name for s in plans.list_scenarios(plan)] == ["Baseline", "Faster"]
    assert audit.history(plan, record_type="scenario")[0].record_label == "Faster"
    facts = gaps.load_facts(plan, clone.id)
    ends = {c.id: c.mission_end for c in facts.capacities}
    # month ends stay month ends: 31 March -> 31 January, 30 June -> 30 April
    assert ends[ids["c1"]] == D("2027-01-31") and ends[ids["c2"]] == D("2027-04-30")
    assert facts.exit_date == D("2027-10-31")
    # A clone of the clone adds its own shift.
    again = scenarios.clone_scenario(plan, clone.id, "Even faster", months_earlier=1,
                                     description="one more month")
    assert again.closure_shift_months == -3 and again.description == "one more month"
    year = scenarios.clone_scenario(plan, baseline, "A year early", months_earlier=12)
    facts = gaps.load_facts(plan, year.id)
    assert facts.exit_date == D("2026-12-31")  # 31 December - 12 months


def test_a_scenario_sets_the_closure_of_single_places(small):
    plan, ids, baseline = small
    early = scenarios.clone_scenario(plan, baseline, "North first", months_earlier=0)
    scenarios.set_closure(plan, early.id, ids["north"], D("2027-01-15"))
    ends = {c.id: c.mission_end for c in gaps.load_facts(plan, early.id).capacities}
    assert ends[ids["c1"]] == D("2027-01-15") and ends[ids["c2"]] == D("2027-06-30")
    baseline_ends = {c.id: c.mission_end for c in gaps.load_facts(plan, baseline).capacities}
    assert baseline_ends[ids["c1"]] == D("2027-03-31")  # the baseline keeps its dates
    scenarios.set_closure(plan, early.id, ids["north"], None)
    ends = {c.id: c.mission_end for c in gaps.load_facts(plan, early.id).capacities}
    assert ends[ids["c1"]] == D("2027-03-31")
    with pytest.raises(InvalidInput):
        scenarios.set_closure(plan, early.id, "no-such-place", D("2027-01-15"))


def test_compress_the_calendar_into_a_window(small):
    plan, ids, baseline = small
    short = scenarios.clone_scenario(plan, baseline, "Compressed")
    # North (31 March) and South (30 June) now close within February, in the same order
    assert scenarios.compress_closures(plan, short.id, D("2027-02-01"), D("2027-02-28")) == 2
    ends = {c.id: c.mission_end for c in gaps.load_facts(plan, short.id).capacities}
    assert ends[ids["c1"]] == D("2027-02-01") and ends[ids["c2"]] == D("2027-02-28")
    with pytest.raises(InvalidInput):
        scenarios.compress_closures(plan, short.id, D("2027-03-01"), D("2027-02-01"))


def test_an_unknown_scenario_name_lists_the_ones_there_are(small):
    plan, _ids, baseline = small
    scenarios.clone_scenario(plan, baseline, "Faster", months_earlier=2)
    assert scenarios.find_scenario(plan, " faster ").name == "Faster"
    with pytest.raises(ServiceError, match="its scenarios: 'Baseline', 'Faster'"):
        scenarios.find_scenario(plan, "Slower")


def test_compare_two_scenarios(small):
    plan, _ids, baseline = small
    faster = scenarios.clone_scenario(plan, baseline, "Faster", months_earlier=2).id
    comparison = scenarios.compare_scenarios(plan, baseline, faster)
    a, b = comparison.a, comparison.b
    assert (a.name, b.name) == ("Baseline", "Faster")
    # North is left after 31 January instead of 31 March (23 uncovered months instead of 21),
    # South after 30 April instead of 30 June (20 instead of 18).
    assert (a.uncovered_location_months, b.uncovered_location_months) == (39, 43)
    # C1 21 -> 23 months; C2 18 -> 20 (May without its June successor); C3 2 -> 4.
    assert (a.capacity_gap_months, b.capacity_gap_months) == (41, 47)
    # The agency starting on 1 June is now late for South too: May, 31 days.
    assert (a.flags_by_kind["late_successor"], b.flags_by_kind["late_successor"]) == (1, 2)
    late = sorted(f.details["gap_days"] for f in gaps.compute(plan, faster).flags
                  if f.kind == "late_successor")
    assert late == [31, 123]  # the agency: May; the NGO: May to August
    assert (a.unfunded, b.unfunded) == ({"USD": Decimal("210000.00")},
                                        {"USD": Decimal("230000.00")})
    rows = {key: (x, y, change) for key, x, y, change in comparison.rows()}
    assert rows["uncovered_location_months"] == (39, 43, 4)
    assert rows["flags"] == (4, 5, 1)
    assert rows["unfunded:USD"] == (Decimal("210000.00"), Decimal("230000.00"),
                                    Decimal("20000.00"))
    assert rows["flags:late_successor"] == (1, 2, 1)
    # The overlay of the cliff chart: the faster scenario's coverage drops earlier. In
    # February the mission is still at both sites in the baseline (3), only at South in the
    # faster one (2); in June the baseline has the mission at South plus the agency's half
    # (2.5), the faster one the agency alone (0.5); from September both have the same.
    assert (a.coverage[1], b.coverage[1]) == (3.0, 2.0)
    assert (a.coverage[5], b.coverage[5]) == (2.5, 0.5)
    assert a.coverage[8:] == b.coverage[8:] == (1.0,) * 16
    assert list(b.gap) == list(dashboard.cliff_data(gaps.compute(plan, faster)).gap)


def test_bad_clones_are_refused_and_nothing_is_added(small):
    plan, _ids, baseline = small
    for args, kwargs, field in (
        ((baseline, "Baseline"), {}, "name"),
        ((baseline, "  "), {}, "name"),
        (("no-such-scenario", "Copy"), {}, "source"),
        ((baseline, "Too far"), {"months_earlier": 500}, "months_earlier"),
        ((baseline, "Half"), {"months_earlier": 1.5}, "months_earlier"),
    ):
        with pytest.raises(InvalidInput) as caught:
            scenarios.clone_scenario(plan, *args, **kwargs)
        assert field in caught.value.problems
    assert [s.name for s in plans.list_scenarios(plan)] == ["Baseline"]
    with pytest.raises(InvalidInput):
        scenarios.compare_scenarios(plan, baseline, "no-such-scenario")


def test_delete_a_scenario_but_never_the_active_one(small):
    plan, _ids, baseline = small
    faster = scenarios.clone_scenario(plan, baseline, "Faster", months_earlier=6)
    with pytest.raises(ServiceError, match="active scenario"):
        scenarios.delete_scenario(plan, baseline)
    tombstone = scenarios.delete_scenario(plan, faster.id)
    assert [s.name for s in plans.list_scenarios(plan)] == ["Baseline"]
    audit.restore_deleted(plan, tombstone)
    assert [s.name for s in plans.list_scenarios(plan)] == ["Baseline", "Faster"]


def test_the_dashboard_loads_a_scenario_and_the_one_compared(small):
    plan, _ids, baseline = small
    faster = scenarios.clone_scenario(plan, baseline, "Faster", months_earlier=2).id
    data = dashboard.load_dashboard(plan, scenario_id=faster, compare_id=baseline)
    assert data.scenario_id == faster and data.compare_id == baseline
    assert data.figures.uncovered_location_months == 43
    assert data.compare_report.summary["uncovered_location_months"] == 39
    # Unknown ids fall back to the active scenario and no comparison.
    data = dashboard.load_dashboard(plan, scenario_id="gone", compare_id="gone")
    assert data.scenario_id == baseline and data.compare_report is None
