"""What the timeline draws, per location: milestones, team-site closures and handover windows.

Dates follow the plan's active scenario (closures, mission ends and the exit are shifted the way
the gap engine shifts them). A handover is late, as in the gap engine's late_successor flag, when
it is active (neither closed nor discontinued) and starts after the mission stops providing the
capacity there.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date
from typing import NamedTuple

from sqlalchemy import select

from transition_planner.domain import taxonomy as tx
from transition_planner.services import gaps, gaps_cache
from transition_planner.services.plans import PlanHandle
from transition_planner.services.registry_view import location_rows
from transition_planner.store.models import Milestone, Plan, Scenario

CLOSURE, MILESTONE, EXIT = "closure", "milestone", "exit"


class TimelineMarker(NamedTuple):
    """A dated event drawn as a mark on a lane."""

    kind: str  # CLOSURE | MILESTONE | EXIT
    day: date
    title: str
    detail: str  # the milestone's kind, or the closing location's level


class HandoverBar(NamedTuple):
    """A successor's window on a capacity, next to the mission's own end there.

    A capacity nobody takes over gets one bar with no handover_id, actor or dates: the
    mission's end with nothing after it.
    """

    handover_id: str | None
    capacity_id: str
    capacity: str
    actor: str
    start: date | None  # None: not scheduled yet (nothing to draw but the mission's end)
    end: date | None  # None: open beyond the horizon
    mission_end: date | None  # when the mission stops providing the capacity there
    status: str
    status_label: str
    active: bool  # neither closed (declined, handed back) nor a decision to discontinue
    late_days: int  # days between the mission's end and the successor's start; 0: on time

    @property
    def late(self) -> bool:
        return self.late_days > 0


class TimelineLane(NamedTuple):
    """One location (or the whole mission when location_id is None) and what happens there."""

    location_id: str | None
    name: str
    depth: int
    markers: tuple[TimelineMarker, ...]
    bars: tuple[HandoverBar, ...]


class TimelineData(NamedTuple):
    """The timeline of a plan under one scenario."""

    horizon_start: date
    months: int
    exit_date: date | None
    scenario: str
    lanes: tuple[TimelineLane, ...]
    late: tuple[HandoverBar, ...]  # the late bars, lane by lane (found in the reader's thread)

    @property
    def late_bars(self) -> list[HandoverBar]:
        return list(self.late)


def timeline(handle: PlanHandle, lang: str = "en") -> TimelineData:
    """The lanes: the whole mission first, then locations in tree order that have something."""
    # A plan file's facts as the gap report kept between edits holds them (the window has
    # computed it): after an edit only what it changed is read again, and freeing a whole
    # plan's facts at the end of each read (50 ms at 10k capacities, in one go with the
    # interpreter lock held) stalls the window's thread. A plan on a server is read whole.
    facts = (gaps_cache.compute(handle).facts if handle.path is not None
             else gaps.load_facts(handle))
    taxonomy = handle.taxonomy()
    with handle.read() as session:
        plan = session.execute(select(Plan)).scalar_one()
        scenario = session.get(Scenario, plan.active_scenario_id or "")
        milestones = session.execute(select(
            Milestone.location_id, Milestone.due_date, Milestone.title, Milestone.kind,
        ).order_by(Milestone.due_date)).all()
    markers = defaultdict(list)
    for loc_id, due, title, kind in milestones:
        markers[loc_id].append(TimelineMarker(
            MILESTONE, due, title, taxonomy.label(tx.MILESTONE_KIND, kind, lang)))
    locations = location_rows(handle, lang)
    levels = {r.id: r.level_label for r in locations}
    for loc_id, name, closure in facts.closures:
        markers[loc_id].append(TimelineMarker(CLOSURE, closure, name, levels.get(loc_id, "")))
    if facts.exit_date:
        markers[None].append(TimelineMarker(EXIT, facts.exit_date, plan.mission_acronym
                                            or plan.mission_name or plan.name, ""))
    bars = _bars_by_location(facts, taxonomy, lang)
    lanes = [TimelineLane(None, "", 0, _by_day(markers[None]), ())]
    for row in locations:
        if markers[row.id] or bars[row.id]:
            lane_bars = sorted(bars[row.id], key=lambda b: (b.capacity, b.start or date.max))
            lanes.append(TimelineLane(row.id, row.name, row.depth, _by_day(markers[row.id]),
                                      tuple(lane_bars)))
    late = tuple(b for lane in lanes for b in lane.bars if b.late)
    return TimelineData(facts.horizon_start, facts.months, facts.exit_date,
                        scenario.name if scenario else "", tuple(lanes), late)


def _bars_by_location(facts, taxonomy, lang: str) -> dict[str | None, list[HandoverBar]]:
    """Each successor's bar, and one for each capacity nobody takes over, by location."""
    rules = facts.rules
    closed, discontinue = rules.closed_statuses, rules.discontinue_modalities
    capacities = {c.id: c for c in facts.capacities}
    status_labels: dict[str, str] = {}  # a handful of statuses for 20,000 handovers
    bars = defaultdict(list)
    for h in facts.handovers:
        cap = capacities.get(h.capacity_id)
        if cap is None:
            continue
        status = status_labels.get(h.status)
        if status is None:
            status = status_labels[h.status] = taxonomy.label(tx.HANDOVER_STATUS, h.status,
                                                              lang)
        active = h.status not in closed and h.modality not in discontinue
        end = cap.mission_end
        late = active and h.start and end and h.start > end
        bars[cap.location_id].append(HandoverBar(
            h.id, cap.id, cap.name, h.actor_name, h.start, h.end, end, h.status, status,
            active, (h.start - end).days if late else 0))
    with_successor = {h.capacity_id for h in facts.handovers}
    for cap in facts.capacities:
        if cap.id not in with_successor:
            bars[cap.location_id].append(HandoverBar(
                None, cap.id, cap.name, "", None, None, cap.mission_end, "", "", False, 0))
    return bars


def _by_day(markers: list[TimelineMarker]) -> tuple[TimelineMarker, ...]:
    return tuple(sorted(markers, key=lambda m: (m.day, m.kind, m.title)))
