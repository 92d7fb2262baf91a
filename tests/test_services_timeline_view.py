"""What the timeline draws: lanes per location, closures, milestones, late handovers."""

from __future__ import annotations

from datetime import date

import pytest
from sample_plan_b import WOMEN_LATE_DAYS, build

from transition_planner.services import (
    gaps,
    gaps_cache,
    handovers,
    inventory,
    plans,
    scenarios,
    timeline,
    timeline_view,
)

pytestmark = pytest.mark.both_backends


@pytest.fixture
def ids(plan):
    return build(plan)


def test_lanes_follow_the_location_tree_and_skip_empty_locations(plan, ids):
    data = timeline_view.timeline(plan)
    assert [lane.name for lane in data.lanes] == [
        "", "Kaleko team site", "Ruvo team site", "South Province", "Mbeya field office"]
    assert (data.horizon_start, data.months, data.exit_date) == (
        date(2027, 1, 1), 24, date(2027, 12, 31))
    assert data.scenario == "Baseline"
    mbeya = data.lanes[-1].bars
    assert [(b.capacity, b.handover_id, b.mission_end) for b in mbeya] == [
        ("Mine clearance team", None, date(2028, 3, 31))]  # nobody takes it over


def test_markers_hold_closures_milestones_and_the_exit(plan, ids):
    lanes = {lane.location_id: lane for lane in timeline_view.timeline(plan).lanes}
    mission = lanes[None]
    assert [(m.kind, m.day, m.title) for m in mission.markers] == [
        ("milestone", date(2027, 3, 31), "Mandate renewal"),
        ("exit", date(2027, 12, 31), "Test Mission"),
    ]
    assert [(m.kind, m.day, m.detail) for m in lanes[ids.kaleko].markers] == [
        ("milestone", date(2027, 6, 15), "Handover"),
        ("closure", date(2027, 6, 30), "Team site"),
    ]


def test_a_handover_starting_after_the_site_closes_is_late(plan, ids):
    data = timeline_view.timeline(plan)
    late = data.late_bars
    assert [(b.actor, b.late_days) for b in late] == [
        ("Women for Peace Network", WOMEN_LATE_DAYS)]
    kaleko = next(lane for lane in data.lanes if lane.location_id == ids.kaleko)
    unicef = next(b for b in kaleko.bars if b.actor == "UNICEF")
    assert not unicef.late and unicef.mission_end == date(2027, 6, 30)
    assert late[0].end == date(2028, 8, 14)


def test_a_declined_handover_is_not_flagged_late(plan, ids):
    handovers.set_status(plan, ids.h_women, "declined")
    data = timeline_view.timeline(plan)
    assert data.late_bars == []
    bar = next(b for lane in data.lanes for b in lane.bars if b.handover_id == ids.h_women)
    assert not bar.active and bar.status_label == "Declined"


def test_the_active_scenario_shifts_closures(plan, ids):
    later = plans.add_scenario(plan, {"name": "Slower", "closure_shift_days": 60})
    plans.set_active_scenario(plan, later.id)
    data = timeline_view.timeline(plan)
    assert data.scenario == "Slower"
    kaleko = next(lane for lane in data.lanes if lane.location_id == ids.kaleko)
    closure = next(m for m in kaleko.markers if m.kind == "closure")
    assert closure.day == date(2027, 8, 29)
    assert data.late_bars == []  # the site now closes after the network starts


def test_an_empty_plan_has_only_the_mission_lane(plan):
    data = timeline_view.timeline(plan)
    assert len(data.lanes) == 1 and data.lanes[0].bars == ()
    assert [m.kind for m in data.lanes[0].markers] == ["exit"]


def test_after_edits_it_is_the_timeline_read_from_scratch(plan, ids):
    gaps_cache.compute(plan)  # (as the window's Inventory does) a file's report is then kept
    timeline_view.timeline(plan)  # and the timeline's facts are its own, patched after edits
    handovers.update_handover(plan, ids.h_women, {"start_date": "2027-05-01"})
    inventory.update_capacity(plan, ids.monitoring, {"end_date": "2027-08-31"})
    handovers.delete_handover(plan, ids.h_army)
    inventory.update_location(plan, ids.ruvo, {"closure_date": "2027-10-31"})
    timeline.add_milestone(plan, {"title": "Last patrol", "kind": "handover",
                                  "due_date": "2027-07-01", "location_id": ids.ruvo})
    after_edits = timeline_view.timeline(plan)
    gaps_cache.forget()
    assert after_edits == timeline_view.timeline(plan)
    lanes = {lane.location_id: lane for lane in after_edits.lanes}
    assert [b.handover_id for b in lanes[ids.ruvo].bars] == [None]  # its only successor gone
    assert lanes[ids.ruvo].bars[0].mission_end == date(2027, 8, 31)
    assert [m.kind for m in lanes[ids.ruvo].markers] == ["milestone", "closure"]
    women = next(b for b in lanes[ids.kaleko].bars if b.handover_id == ids.h_women)
    assert women.start == date(2027, 5, 1) and not women.late


# --- read from cold: only the columns the bars draw, dated as the gap engine dates them -----


def _cold_and_from_the_gap_report(handle):
    """The timeline read from cold, the one drawn from the gap engine's facts, and (for a
    plan file) the one drawn from the gap report the window keeps between edits."""
    gaps_cache.forget()
    cold = timeline_view.timeline(handle)
    engine = timeline_view.from_facts(handle, gaps.load_facts(handle))
    if handle.path is None:
        return cold, engine, engine
    gaps_cache.compute(handle)
    reused = gaps_cache.stats["reused"]
    kept = timeline_view.timeline(handle)
    assert gaps_cache.stats["reused"] == reused + 1  # it did take the report kept
    gaps_cache.forget()
    return cold, engine, kept


def test_the_demo_timeline_from_cold_is_the_one_of_the_gap_report(demo_plan):
    cold, engine, kept = _cold_and_from_the_gap_report(demo_plan)
    assert cold == engine == kept
    bars = [b for lane in cold.lanes for b in lane.bars]
    # what the comparison covers: every kind of bar the demo draws
    assert len(bars) > 40 and cold.late_bars
    assert any(b.handover_id is None for b in bars)  # capacities nobody takes over
    assert any(b.handover_id and not b.active for b in bars)  # closed or discontinued
    assert any(b.end for b in bars) and any(b.start is None for b in bars if b.handover_id)
    assert {m.kind for lane in cold.lanes for m in lane.markers} == {
        "closure", "milestone", "exit"}


def test_a_shifted_scenario_with_a_closure_of_its_own_is_applied_from_cold(plan, ids):
    baseline = plans.plan_info(plan).active_scenario_id
    faster = scenarios.clone_scenario(plan, baseline, "Faster", months_earlier=2)
    scenarios.set_closure(plan, faster.id, ids.ruvo, date(2027, 6, 15))
    inventory.update_capacity(plan, ids.monitoring, {"end_date": "2027-12-31"})
    handovers.update_handover(plan, ids.h_unicef, {"modality": "discontinue"})
    plans.set_active_scenario(plan, faster.id)
    cold, engine, kept = _cold_and_from_the_gap_report(plan)
    assert cold == engine == kept
    assert cold.scenario == "Faster" and cold.exit_date == date(2027, 10, 31)
    lanes = {lane.location_id: lane for lane in cold.lanes}
    closures = {loc: m.day for loc, lane in lanes.items() for m in lane.markers
                if m.kind == "closure"}
    # whole calendar months, month ends kept; Ruvo closes when the scenario says
    assert closures == {ids.kaleko: date(2027, 4, 30), ids.ruvo: date(2027, 6, 15),
                        ids.south: date(2028, 1, 31)}
    ends = {b.capacity: b.mission_end for lane in cold.lanes for b in lane.bars}
    assert ends == {"Community alert network": date(2027, 4, 30),
                    "Human rights monitoring": date(2027, 6, 15),  # its own end is later
                    "Mine clearance team": date(2028, 1, 31)}  # South's, inherited
    # UNICEF's handover is a decision to discontinue now: not late, however it is dated
    assert [(b.actor, b.late_days) for b in cold.late_bars] == [
        ("Women for Peace Network", 107), ("Amani Armed Forces", 78)]


def test_bars_that_sort_alike_keep_the_gap_engines_order_from_cold(plan, ids):
    for _ in range(3):  # capacities of one name at one place, nobody taking them over
        inventory.add_capacity(plan, {"name": "Mine clearance team", "location_id": ids.mbeya,
                                      "category": "mine_action"})
    for actor in (ids.unicef, ids.women, ids.army):  # successors starting the same day
        handovers.add_handover(plan, {"capacity_id": ids.clearance, "actor_id": actor,
                                      "share": 0.3, "start_date": "2028-04-01"})
    cold, engine, kept = _cold_and_from_the_gap_report(plan)
    assert cold == engine == kept
    mbeya = next(lane for lane in cold.lanes if lane.location_id == ids.mbeya)
    assert len(mbeya.bars) == 6
