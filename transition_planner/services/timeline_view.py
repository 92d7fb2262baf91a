"""What the timeline draws, per location: milestones, team-site closures and handover windows.

Dates follow the plan's active scenario (closures, mission ends and the exit are shifted the way
the gap engine shifts them). A handover is late, as in the gap engine's late_successor flag, when
it is active (neither closed nor discontinued) and starts after the mission stops providing the
capacity there.
"""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from datetime import date
from typing import NamedTuple

from transition_planner.domain import taxonomy as tx
from transition_planner.domain.collector import collector_paused
from transition_planner.domain.facts import GapRules, rules_from_taxonomy
from transition_planner.services import gaps, gaps_cache
from transition_planner.services.plans import PlanHandle
from transition_planner.services.registry_view import location_tree

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


# What the Timeline reads with the plan's own DB-API connection (plain SQL both SQLite and
# PostgreSQL run, no parameters): the plan's row, its milestones and, from cold, only the
# columns the bars are drawn with. The orders are those of services.gaps' queries, so the bars
# of one capacity come in the same order as from the gap engine's facts.
PLAN_SQL = ("SELECT planned_exit, horizon_start, horizon_months, readiness_threshold, "
            "unassessed_readiness, active_scenario_id, mission_acronym, mission_name, name "
            "FROM plan")
MILESTONES_SQL = "SELECT location_id, due_date, title, kind FROM milestone ORDER BY due_date"
LOCATIONS_SQL = "SELECT id, parent_id, name, level, closure_date FROM location ORDER BY name"
CAPACITIES_SQL = "SELECT id, name, location_id, end_date FROM capacity ORDER BY name, id"
HANDOVERS_SQL = (
    "SELECT h.id, h.capacity_id, a.name, h.modality, h.start_date, h.end_date, h.status "
    "FROM handover h JOIN actor a ON a.id = h.actor_id ORDER BY h.start_date, h.id")


class _Capacity(NamedTuple):
    """What the Timeline draws of a capacity (gaps.CapacityFacts has these fields too)."""

    id: str
    name: str
    location_id: str
    mission_end: date | None


class _Successor(NamedTuple):
    """What the Timeline draws of a handover (gaps.HandoverFacts has these fields too)."""

    id: str
    capacity_id: str
    actor_name: str
    modality: str
    start: date | None
    end: date | None
    status: str


class _Drawn(NamedTuple):
    """What the Timeline draws of the gap engine's PlanFacts, under the same names."""

    horizon_start: date
    months: int
    exit_date: date | None
    closures: tuple
    capacities: tuple
    handovers: tuple
    rules: GapRules


class _Read(NamedTuple):
    """One read of the plan: its row, its active scenario's name, its milestones, its
    locations (LOCATIONS_SQL); and the facts of the bars when they were read too (None: the
    gap cache holds them)."""

    plan: tuple
    scenario: str
    milestones: list
    locations: list
    facts: _Drawn | None


def timeline(handle: PlanHandle, lang: str = "en") -> TimelineData:
    """The lanes: the whole mission first, then locations in tree order that have something."""
    # A plan file whose gap report is kept between edits (the window has computed it): its
    # facts, brought up to date with only what changed since (no whole plan's facts loaded
    # and freed per read, which stalls the window's thread). Otherwise only the columns the
    # bars need are read: loading and computing the whole report takes 7 times longer at 10k.
    taxonomy = handle.taxonomy()
    read = _read(handle, taxonomy, cold=lambda active: not (
        handle.path is not None and gaps_cache.keeps(handle, active)))
    return _timeline(read, read.facts or gaps_cache.compute(handle).facts, taxonomy,
                     lang)


def from_facts(handle: PlanHandle, facts, lang: str = "en") -> TimelineData:
    """The timeline drawn from the gap engine's facts of the plan (a PlanFacts of its active
    scenario), the plan's row and milestones read now."""
    taxonomy = handle.taxonomy()
    return _timeline(_read(handle, taxonomy, cold=lambda _active: False), facts,
                     taxonomy, lang)


def _read(handle: PlanHandle, taxonomy, cold) -> _Read:
    """The plan's row, scenario name, milestones and locations; the bars' facts too when
    cold(active scenario id) says they are needed; all in one transaction."""
    with collector_paused(), handle.read() as session:
        cursor = session.connection().connection.cursor()  # the driver's own, in the session

        def rows(sql: str) -> list:
            cursor.execute(sql)
            return cursor.fetchall()

        try:
            plan = rows(PLAN_SQL)[0]
            active = plan[5] or ""
            scenarios = rows(gaps.SCENARIOS_SQL)
            scenario = next((s for s in scenarios if s[0] == active), None)
            milestones, locations = rows(MILESTONES_SQL), rows(LOCATIONS_SQL)
            facts = (_bar_facts(rows, plan, scenario, locations, taxonomy) if cold(active)
                     else None)
        except sqlite3.Error as exc:
            if handle.path is None:
                raise
            raise gaps.plan_error(handle.path, exc) from exc
        finally:
            cursor.close()
    return _Read(plan, scenario[1] if scenario else "", milestones, locations, facts)


def _bar_facts(rows, plan: tuple, scenario: tuple | None, location_rows: list,
               taxonomy) -> _Drawn:
    """The facts the bars are drawn with, dated as gaps.read_facts dates them under the
    scenario (its shift, its closures of single places), from only the columns they need."""
    planned_exit, horizon_start, months, threshold, unassessed = plan[:5]
    days = gaps.Days()
    planned_exit = days[planned_exit]
    dates = gaps.Calendar.read(rows, scenario)
    locations = {loc_id: (name, parent, days[closure])
                 for loc_id, parent, name, _level, closure in location_rows}
    ends = {}  # (location, end date) -> the mission's end: a place's capacities share theirs

    def mission_end(loc_id: str, end) -> date | None:
        key = (loc_id, end)
        if key not in ends:
            ends[key] = dates.mission_end(locations, loc_id, end, planned_exit)
        return ends[key]

    make = tuple.__new__  # NamedTuples by the ten thousand, without their Python __new__
    capacities = tuple(make(_Capacity, (cap_id, name, loc_id, mission_end(loc_id, end)))
                       for cap_id, name, loc_id, end in rows(CAPACITIES_SQL))
    handovers = tuple(
        make(_Successor, (h_id, cap_id, actor, modality, days[start], days[end], status))
        for h_id, cap_id, actor, modality, start, end, status in rows(HANDOVERS_SQL))
    return _Drawn(days[horizon_start], months, dates.exit_date(planned_exit),
                  dates.closures(locations), capacities, handovers,
                  rules_from_taxonomy(taxonomy, threshold, unassessed))


def _timeline(read: _Read, facts, taxonomy, lang: str) -> TimelineData:
    markers, days = defaultdict(list), gaps.Days()
    for loc_id, due, title, kind in read.milestones:
        markers[loc_id].append(TimelineMarker(
            MILESTONE, days[due], title, taxonomy.label(tx.MILESTONE_KIND, kind, lang)))
    levels = {loc_id: taxonomy.label(tx.LOCATION_LEVEL, level, lang)
              for loc_id, _parent, _name, level, _closure in read.locations}
    for loc_id, name, closure in facts.closures:
        markers[loc_id].append(TimelineMarker(CLOSURE, closure, name, levels.get(loc_id, "")))
    if facts.exit_date:
        acronym, mission, name = read.plan[6:9]
        markers[None].append(TimelineMarker(EXIT, facts.exit_date, acronym or mission or name,
                                            ""))
    bars = _bars_by_location(facts, taxonomy, lang)
    lanes = [TimelineLane(None, "", 0, _by_day(markers[None]), ())]
    for (loc_id, _parent, name, *_rest), _parent_id, depth, _path, _inherited in location_tree(
            read.locations):
        if markers[loc_id] or bars[loc_id]:
            lane_bars = sorted(bars[loc_id], key=lambda b: (b.capacity, b.start or date.max))
            lanes.append(TimelineLane(loc_id, name, depth, _by_day(markers[loc_id]),
                                      tuple(lane_bars)))
    late = tuple(b for lane in lanes for b in lane.bars if b.late)
    return TimelineData(facts.horizon_start, facts.months, facts.exit_date, read.scenario,
                        tuple(lanes), late)


def _bars_by_location(facts, taxonomy, lang: str) -> dict[str | None, list[HandoverBar]]:
    """Each successor's bar, and one for each capacity nobody takes over, by location."""
    rules = facts.rules
    closed, discontinue = rules.closed_statuses, rules.discontinue_modalities
    capacities = {c.id: c for c in facts.capacities}
    status_labels: dict[str, str] = {}  # a handful of statuses for 20,000 handovers
    bars = defaultdict(list)
    make = tuple.__new__  # (as in _bar_facts)
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
        bars[cap.location_id].append(make(HandoverBar, (
            h.id, cap.id, cap.name, h.actor_name, h.start, h.end, end, h.status, status,
            active, (h.start - end).days if late else 0)))
    with_successor = {h.capacity_id for h in facts.handovers}
    for cap in facts.capacities:
        if cap.id not in with_successor:
            bars[cap.location_id].append(HandoverBar(
                None, cap.id, cap.name, "", None, None, cap.mission_end, "", "", False, 0))
    return bars


def _by_day(markers: list[TimelineMarker]) -> tuple[TimelineMarker, ...]:
    return tuple(sorted(markers, key=lambda m: (m.day, m.kind, m.title)))
