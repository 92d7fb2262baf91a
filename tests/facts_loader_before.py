"""The gap facts loader as it was before services.gaps read plain DB-API rows (SQLAlchemy
column queries and its type processing): the reference tests/test_facts_loader.py compares
the loader of services.gaps against. Kept unchanged; not used by the application."""

from __future__ import annotations

from collections import defaultdict
from datetime import date, timedelta

from sqlalchemy import select

from transition_planner.domain.collector import collector_paused
from transition_planner.domain.facts import (
    CapacityFacts,
    FundingFacts,
    HandoverFacts,
    IndicatorFacts,
    PlanFacts,
    rules_from_taxonomy,
)
from transition_planner.domain.gaps import shift_months
from transition_planner.services.plans import PlanHandle
from transition_planner.store.models import (
    Actor,
    Capacity,
    CapacityEnabler,
    FundingLine,
    Handover,
    IndicatorValue,
    Location,
    Plan,
    ProtectionIndicator,
    ReadinessScore,
    Scenario,
    ScenarioClosure,
)


class _Calendar:
    """A scenario's dates: every closure, mission end and the exit moved by its shift (whole
    calendar months, month ends kept; older plans' shifts in days), and the closures it sets
    for single locations instead."""

    def __init__(self, scenario: Scenario | None, overrides: dict[str, date]):
        self.days = scenario.closure_shift_days if scenario else 0
        self.months = scenario.closure_shift_months if scenario else 0
        self.overrides = overrides

    def shift(self, day: date | None) -> date | None:
        if day is None:
            return None
        if self.days:
            day += timedelta(days=self.days)
        return shift_months(day, self.months) if self.months else day

    def closure(self, locations: dict, location_id: str) -> tuple[date | None, bool]:
        """A location's closure in this scenario, else that of the nearest enclosing location;
        and whether the scenario set it for that place."""
        seen = set()
        while location_id in locations and location_id not in seen:
            seen.add(location_id)
            if location_id in self.overrides:
                return self.overrides[location_id], True
            _name, parent, closure = locations[location_id]
            if closure:
                return self.shift(closure), False
            location_id = parent
        return None, False


def load_facts(
    handle: PlanHandle, scenario_id: str | None = None, as_of: date | None = None
) -> PlanFacts:
    """Read everything the gap engine needs with a few column queries (no ORM objects);
    as_of is today unless a test or a report names another day."""
    with collector_paused(), handle.read() as session:
        plan = session.execute(select(Plan)).scalar_one()
        scenario = session.get(Scenario, scenario_id or plan.active_scenario_id or "")
        overrides = dict(_rows(session, select(
            ScenarioClosure.location_id, ScenarioClosure.closure_date
        ).where(ScenarioClosure.scenario_id == (scenario.id if scenario else ""))))
        dates = _Calendar(scenario, overrides)
        exit_date = (scenario.exit_date if scenario and scenario.exit_date else
                     dates.shift(plan.planned_exit))
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
        by_handover, by_capacity = _funding_facts(session)
        capacities = tuple(
            _capacity_facts(row, locations, enablers, by_capacity, plan.planned_exit, dates)
            for row in _rows(session, select(
                Capacity.id, Capacity.name, Capacity.category, Capacity.poc_tier,
                Capacity.component, Capacity.location_id, Capacity.populations,
                Capacity.criticality, Capacity.end_date, Capacity.required_share,
                Capacity.annual_cost, Capacity.currency, Capacity.has_sensitive_data,
            ).order_by(Capacity.name))
        )
        handovers = _handover_facts(session, by_handover)
        indicators = _indicator_facts(session, locations, handovers)
        closures = tuple(
            (loc_id, name, overrides.get(loc_id) or dates.shift(closure))
            for loc_id, (name, _parent, closure) in locations.items()
            if closure or loc_id in overrides
        )
    rules = rules_from_taxonomy(
        handle.taxonomy(), plan.readiness_threshold, plan.unassessed_readiness
    )
    return PlanFacts(
        horizon_start=plan.horizon_start, months=plan.horizon_months, exit_date=exit_date,
        capacities=capacities, handovers=handovers, rules=rules, closures=closures,
        as_of=as_of or date.today(), indicators=indicators,
    )


def _rows(session, query) -> list:
    """All rows of a column query, fetched at once from the connection: no ORM per-row work."""
    return session.connection().execute(query).all()


def _capacity_facts(row, locations, enablers, funding, planned_exit, dates) -> CapacityFacts:
    (cap_id, name, category, tier, component, loc_id, populations, criticality, end_date,
     required_share, annual_cost, currency, sensitive_data) = row
    closure, set_here = dates.closure(locations, loc_id)
    mission_end = dates.shift(end_date) or closure or dates.shift(planned_exit)
    if set_here and mission_end > closure:
        mission_end = closure  # a scenario that closes the place earlier ends what it holds
    return CapacityFacts(
        id=cap_id, name=name, category=category, tier=tier, component=component,
        location_id=loc_id, location_name=locations.get(loc_id, ("?",))[0],
        populations=tuple(populations or ()), criticality=criticality,
        mission_end=mission_end, required_share=required_share,
        annual_cost=annual_cost, currency=currency, has_sensitive_data=sensitive_data,
        enabler_ids=tuple(enablers.get(cap_id, ())), funding=tuple(funding.get(cap_id, ())),
    )


def _funding_facts(session) -> tuple[dict, dict]:
    """Funding lines by handover, and those for a capacity as a whole by capacity."""
    by_handover, by_capacity = defaultdict(list), defaultdict(list)
    for row in _rows(session, select(
        FundingLine.id, FundingLine.status, FundingLine.source_type, FundingLine.amount,
        FundingLine.currency, FundingLine.period_start, FundingLine.period_end,
        FundingLine.handover_id, FundingLine.capacity_id,
    )):
        facts = FundingFacts(*row[:7])
        (by_handover[row[7]] if row[7] else by_capacity[row[8]]).append(facts)
    return by_handover, by_capacity


def _handover_facts(session, funding: dict) -> tuple[HandoverFacts, ...]:
    readiness = defaultdict(dict)
    for handover_id, dimension, score in _rows(
        session, select(ReadinessScore.handover_id, ReadinessScore.dimension, ReadinessScore.score)
    ):
        readiness[handover_id][dimension] = score
    out = []
    for row in _rows(session, select(
        Handover.id, Handover.capacity_id, Handover.actor_id, Actor.name, Actor.actor_type,
        Handover.role, Handover.share, Handover.modality, Handover.start_date,
        Handover.end_date, Handover.status, Handover.data_protocol_agreed,
        Handover.agreement_status, Handover.agreement_ref, Handover.alternative_to_id,
    ).join(Actor, Actor.id == Handover.actor_id).order_by(Handover.start_date, Handover.id)):
        (h_id, cap_id, actor_id, actor_name, actor_type, role, share, modality, start, end,
         status, protocol, agreement, agreement_ref, alternative_to) = row
        out.append(HandoverFacts(
            id=h_id, capacity_id=cap_id, actor_id=actor_id, actor_name=actor_name,
            actor_type=actor_type, role=role, share=share, modality=modality, start=start,
            end=end, status=status, readiness=readiness.get(h_id, {}),
            data_protocol=protocol, funding=tuple(funding.get(h_id, ())),
            agreement=agreement, agreement_ref=agreement_ref, alternative_to=alternative_to,
        ))
    return tuple(out)


def _indicator_facts(session, locations: dict, handovers) -> tuple[IndicatorFacts, ...]:
    """Post-exit indicators with their values; monitoring starts at the indicator's own date,
    else at the start of the handover it measures."""
    values = defaultdict(list)
    for ind_id, measured_on, value in _rows(session, select(
        IndicatorValue.indicator_id, IndicatorValue.measured_on, IndicatorValue.value,
    ).order_by(IndicatorValue.measured_on, IndicatorValue.created_at)):
        values[ind_id].append((measured_on, value))
    if not values and not _rows(session, select(ProtectionIndicator.id).limit(1)):
        return ()
    starts = {h.id: h.start for h in handovers}
    return tuple(
        IndicatorFacts(
            id=ind_id, name=name, location_id=loc_id,
            location_name=locations.get(loc_id, ("?",))[0], handover_id=handover_id,
            unit=unit, threshold=threshold, trigger_when=trigger_when, period=period,
            trigger_periods=periods, start=monitor_from or starts.get(handover_id),
            values=tuple(values.get(ind_id, ())),
        )
        for (ind_id, name, loc_id, handover_id, unit, threshold, trigger_when, period, periods,
             monitor_from) in _rows(session, select(
            ProtectionIndicator.id, ProtectionIndicator.name, ProtectionIndicator.location_id,
            ProtectionIndicator.handover_id, ProtectionIndicator.unit,
            ProtectionIndicator.threshold, ProtectionIndicator.trigger_when,
            ProtectionIndicator.period, ProtectionIndicator.trigger_periods,
            ProtectionIndicator.monitor_from,
        ).order_by(ProtectionIndicator.name, ProtectionIndicator.id))
    )
