"""Load a plan into the gap engine's plain facts and compute gaps and flags."""

from __future__ import annotations

from collections import defaultdict
from datetime import date, timedelta

from sqlalchemy import select

from transition_planner.domain.collector import collector_paused
from transition_planner.domain.facts import (
    CapacityFacts,
    FundingFacts,
    HandoverFacts,
    PlanFacts,
    rules_from_taxonomy,
)
from transition_planner.domain.gaps import GapReport, compute_gaps
from transition_planner.services.plans import PlanHandle
from transition_planner.store.models import (
    Actor,
    Capacity,
    CapacityEnabler,
    FundingLine,
    Handover,
    Location,
    Plan,
    ReadinessScore,
    Scenario,
)


def _shift(day: date | None, days: int) -> date | None:
    return day + timedelta(days=days) if day and days else day


def load_facts(handle: PlanHandle, scenario_id: str | None = None) -> PlanFacts:
    """Read everything the gap engine needs with a few column queries (no ORM objects)."""
    with collector_paused(), handle.read() as session:
        plan = session.execute(select(Plan)).scalar_one()
        scenario = session.get(Scenario, scenario_id or plan.active_scenario_id or "")
        shift = scenario.closure_shift_days if scenario else 0
        exit_date = (scenario.exit_date if scenario and scenario.exit_date else
                     _shift(plan.planned_exit, shift))
        locations = {
            loc_id: (name, parent, closure)
            for loc_id, name, parent, closure in _rows(session, select(
                Location.id, Location.name, Location.parent_id, Location.closure_date))
        }
        enablers = defaultdict(list)
        for cap_id, enabler_id in _rows(
            session, select(CapacityEnabler.capacity_id, CapacityEnabler.enabler_id)
        ):
            enablers[cap_id].append(enabler_id)
        capacities = tuple(
            _capacity_facts(row, locations, enablers, plan.planned_exit, shift)
            for row in _rows(session, select(
                Capacity.id, Capacity.name, Capacity.category, Capacity.poc_tier,
                Capacity.component, Capacity.location_id, Capacity.populations,
                Capacity.criticality, Capacity.end_date, Capacity.required_share,
                Capacity.annual_cost, Capacity.currency, Capacity.has_sensitive_data,
            ).order_by(Capacity.name))
        )
        handovers = _handover_facts(session)
        closures = tuple(
            (loc_id, name, _shift(closure, shift))
            for loc_id, (name, _parent, closure) in locations.items() if closure
        )
    return PlanFacts(
        horizon_start=plan.horizon_start, months=plan.horizon_months, exit_date=exit_date,
        capacities=capacities, handovers=handovers,
        rules=rules_from_taxonomy(handle.taxonomy(), plan.readiness_threshold),
        closures=closures,
    )


def _rows(session, query) -> list:
    """All rows of a column query, fetched at once from the connection: no ORM per-row work."""
    return session.connection().execute(query).all()


def _closure(locations: dict, location_id: str) -> date | None:
    """A location's closure date, else that of the nearest enclosing location."""
    seen = set()
    while location_id in locations and location_id not in seen:
        seen.add(location_id)
        _name, parent, closure = locations[location_id]
        if closure:
            return closure
        location_id = parent
    return None


def _capacity_facts(row, locations, enablers, planned_exit, shift) -> CapacityFacts:
    (cap_id, name, category, tier, component, loc_id, populations, criticality, end_date,
     required_share, annual_cost, currency, sensitive_data) = row
    mission_end = end_date or _closure(locations, loc_id) or planned_exit
    return CapacityFacts(
        id=cap_id, name=name, category=category, tier=tier, component=component,
        location_id=loc_id, location_name=locations.get(loc_id, ("?",))[0],
        populations=tuple(populations or ()), criticality=criticality,
        mission_end=_shift(mission_end, shift), required_share=required_share,
        annual_cost=annual_cost, currency=currency, has_sensitive_data=sensitive_data,
        enabler_ids=tuple(enablers.get(cap_id, ())),
    )


def _handover_facts(session) -> tuple[HandoverFacts, ...]:
    readiness = defaultdict(dict)
    for handover_id, dimension, score in _rows(
        session, select(ReadinessScore.handover_id, ReadinessScore.dimension, ReadinessScore.score)
    ):
        readiness[handover_id][dimension] = score
    by_handover, by_capacity = defaultdict(list), defaultdict(list)
    for row in _rows(session, select(
        FundingLine.id, FundingLine.status, FundingLine.source_type, FundingLine.amount,
        FundingLine.currency, FundingLine.period_start, FundingLine.period_end,
        FundingLine.handover_id, FundingLine.capacity_id,
    )):
        facts = FundingFacts(*row[:7])
        # A line for the capacity as a whole funds whichever successor runs it.
        (by_handover[row[7]] if row[7] else by_capacity[row[8]]).append(facts)
    out = []
    for row in _rows(session, select(
        Handover.id, Handover.capacity_id, Handover.actor_id, Actor.name, Actor.actor_type,
        Handover.role, Handover.share, Handover.modality, Handover.start_date,
        Handover.end_date, Handover.status, Handover.data_protocol_agreed,
    ).join(Actor, Actor.id == Handover.actor_id).order_by(Handover.start_date, Handover.id)):
        (h_id, cap_id, actor_id, actor_name, actor_type, role, share, modality, start, end,
         status, protocol) = row
        out.append(HandoverFacts(
            id=h_id, capacity_id=cap_id, actor_id=actor_id, actor_name=actor_name,
            actor_type=actor_type, role=role, share=share, modality=modality, start=start,
            end=end, status=status, readiness=readiness.get(h_id, {}),
            data_protocol=protocol, funding=tuple(by_handover[h_id] + by_capacity[cap_id]),
        ))
    return tuple(out)


def compute(handle: PlanHandle, scenario_id: str | None = None) -> GapReport:
    """Gaps, series and flags of a plan (its active scenario unless another is named)."""
    return compute_gaps(load_facts(handle, scenario_id))
