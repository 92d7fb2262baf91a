"""What the timeline draws: lanes per location, closures, milestones, late handovers."""

from __future__ import annotations

from datetime import date

import pytest
from sample_plan_b import WOMEN_LATE_DAYS, build

from transition_planner.services import handovers, plans, timeline, timeline_view

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
    from transition_planner.services import gaps_cache, inventory

    timeline_view.timeline(plan)  # a file's facts are then kept, and patched after edits
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
