"""Plain inputs of the gap engine, loaded from a plan by the services; nothing changes them.

The classes made by the thousand (funding lines, handovers, capacities, indicators) are not
frozen dataclasses, whose __init__ sets each field through object.__setattr__ (a sixth of
loading a 10k-capacity plan's facts in a new process): they compare and hash by value all
the same (unsafe_hash), and nothing assigns to them once made. The plan's facts stay frozen."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

UNREADY_FACTOR = 0.5


@dataclass(slots=True, unsafe_hash=True)
class FundingFacts:
    """A funding line attached to a handover: secured or not, for which period."""

    id: str
    status: str  # required | pledged | committed | disbursed (see GapRules.secured_statuses)
    source_type: str
    amount: Decimal
    currency: str
    start: date | None  # None: open from the start of the horizon
    end: date | None  # None: open to the end of the horizon


@dataclass(slots=True, unsafe_hash=True)
class HandoverFacts:
    """A successor taking over (part of) a capacity."""

    id: str
    capacity_id: str
    actor_id: str
    actor_name: str
    actor_type: str
    role: str  # lead | support
    share: float  # 0..1 of the capacity this successor takes over
    modality: str
    start: date | None  # target handover date; None = not yet scheduled (provides nothing)
    end: date | None  # end of the successor's commitment; None = beyond the horizon
    status: str
    readiness: dict[str, int] = field(default_factory=dict)  # dimension -> 1..5; {}: unassessed
    data_protocol: bool = False  # a data-handover arrangement is agreed
    funding: tuple[FundingFacts, ...] = ()  # lines for this handover (not the capacity's own)
    agreement: str = "none"  # none | draft | signed (AGREEMENT_STATES)
    agreement_ref: str = ""
    alternative_to: str | None = None  # id of the handover this one is the fallback for


@dataclass(slots=True, unsafe_hash=True)
class CapacityFacts:
    """A protection capacity the mission provides at one location."""

    id: str
    name: str
    category: str
    tier: str
    component: str
    location_id: str
    location_name: str
    populations: tuple[str, ...]
    criticality: str
    mission_end: date | None  # when the mission stops providing it there (scenario applied)
    required_share: float = 1.0  # share of today's provision still required after the mission
    annual_cost: Decimal = Decimal(0)
    currency: str = "USD"
    has_sensitive_data: bool = False
    enabler_ids: tuple[str, ...] = ()  # capacities this one cannot run without
    funding: tuple[FundingFacts, ...] = ()  # lines for the capacity as a whole, any successor


@dataclass(slots=True, unsafe_hash=True)
class IndicatorFacts:
    """A post-exit protection indicator and its values, for the re-engagement rule."""

    id: str
    name: str
    location_id: str
    location_name: str
    handover_id: str | None  # the handover it measures (None: the location as a whole)
    unit: str
    threshold: float
    trigger_when: str  # above | below: the side of the threshold that is bad
    period: str  # month | quarter
    trigger_periods: int  # N periods crossed in a row, or without a value, trigger
    start: date | None  # monitoring starts (the indicator's date, else the handover's start)
    values: tuple[tuple[date, float], ...] = ()  # (measured on, value), oldest first


@dataclass(frozen=True, slots=True)
class GapRules:
    """The parameters of the gap rules, taken from the plan's taxonomy and preferences."""

    readiness_threshold: int = 3
    # provision factor per handover status (identified 0 ... handed over 1)
    status_provision: dict[str, float] = field(default_factory=dict)
    closed_statuses: frozenset[str] = frozenset()  # declined, handed back
    at_risk_statuses: frozenset[str] = frozenset()  # the plan then rests on a fallback
    secured_statuses: frozenset[str] = frozenset()  # pledged, committed, disbursed
    discontinue_modalities: frozenset[str] = frozenset()
    party_to_conflict_types: frozenset[str] = frozenset()
    not_successor_types: frozenset[str] = frozenset()
    independence_categories: frozenset[str] = frozenset()
    mission_funding_sources: frozenset[str] = frozenset()  # funding that ends with the mission
    unready_factor: float = UNREADY_FACTOR  # provision kept when a dimension is below threshold
    unassessed_factor: float = UNREADY_FACTOR  # provision kept when nobody assessed the successor
    unfunded_factor: float = 0.5  # provision kept in an unfunded month after the mission left


@dataclass(frozen=True, slots=True)
class PlanFacts:
    """Everything the gap engine needs for one plan and scenario."""

    horizon_start: date  # first day of the first month
    months: int
    exit_date: date | None
    capacities: tuple[CapacityFacts, ...]
    handovers: tuple[HandoverFacts, ...]
    rules: GapRules
    closures: tuple[tuple[str, str, date], ...] = ()  # (location id, name, closure date)
    as_of: date | None = None  # today, for rules about dates already passed (agreements)
    indicators: tuple[IndicatorFacts, ...] = ()  # post-exit monitoring


AGREEMENT_STATES = ("none", "draft", "signed")
# How a successor nobody has assessed counts (the plan's policy): like "not ready" by default.
UNASSESSED_POLICIES = ("not_ready", "ready")


def rules_from_taxonomy(
    taxonomy, readiness_threshold: int = 3, unassessed: str = "not_ready"
) -> GapRules:
    """Read the gap-rule parameters from a plan's taxonomy attributes and policies."""
    from transition_planner.domain import taxonomy as t

    status_provision = {
        term.code: float(term.attributes.get("provision", 1.0))
        for term in taxonomy.terms(t.HANDOVER_STATUS)
    }
    return GapRules(
        readiness_threshold=readiness_threshold,
        status_provision=status_provision,
        closed_statuses=frozenset(taxonomy.with_attribute(t.HANDOVER_STATUS, "closed")),
        at_risk_statuses=frozenset(taxonomy.with_attribute(t.HANDOVER_STATUS, "at_risk")),
        secured_statuses=frozenset(taxonomy.with_attribute(t.FUNDING_STATUS, "secured")),
        discontinue_modalities=frozenset(taxonomy.with_attribute(t.MODALITY, "discontinue")),
        party_to_conflict_types=frozenset(
            taxonomy.with_attribute(t.ACTOR_TYPE, "party_to_conflict")
        ),
        not_successor_types=frozenset(taxonomy.with_attribute(t.ACTOR_TYPE, "not_successor")),
        independence_categories=frozenset(
            taxonomy.with_attribute(t.CATEGORY, "requires_independence")
        ),
        mission_funding_sources=frozenset(
            taxonomy.with_attribute(t.FUNDING_SOURCE, "ends_with_mission")
        ),
        unassessed_factor=1.0 if unassessed == "ready" else UNREADY_FACTOR,
    )
