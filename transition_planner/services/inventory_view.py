"""The capacity inventory as plain rows for the window: a few column reads plus the gap flags."""

from __future__ import annotations

from collections import defaultdict
from datetime import date
from typing import NamedTuple

from sqlalchemy import select

from transition_planner.domain import taxonomy as tx
from transition_planner.services import gaps
from transition_planner.services.plans import PlanHandle
from transition_planner.store.models import Actor, Capacity, FundingLine, Handover, ReadinessScore

# How far a capacity's funding lines are secured (pledged, committed or disbursed).
FUNDING_NONE, FUNDING_REQUIRED, FUNDING_PARTIAL, FUNDING_SECURED = (
    "none", "required", "partial", "secured"
)


class FlagView(NamedTuple):
    """A gap flag as the inventory shows it."""

    kind: str
    severity: str
    message: str


class InventoryRow(NamedTuple):
    """One capacity with what the inventory table shows about it; plain values only."""

    id: str
    name: str
    category: str
    tier: str
    component: str
    location_id: str
    location: str
    quantity: float
    unit: str
    mission_end: date | None  # when the mission stops providing it (scenario applied)
    successors: tuple[str, ...]  # actor names, in handover order
    statuses: tuple[str, ...]  # handover status codes, same order
    readiness: int | None  # lowest score over its open handovers; None: not assessed
    funding: str  # FUNDING_* summary of its funding lines
    flags: tuple[FlagView, ...]
    sensitive: bool


def inventory_rows(handle: PlanHandle) -> list[InventoryRow]:
    """Every capacity of the plan, by name, with its successors, readiness, funding and flags."""
    report = gaps.compute(handle)
    taxonomy = handle.taxonomy()
    closed = taxonomy.with_attribute(tx.HANDOVER_STATUS, "closed")
    secured = taxonomy.with_attribute(tx.FUNDING_STATUS, "secured")
    flags = flags_by_capacity(report)
    with handle.read() as session:
        extra = {
            cap_id: (quantity, unit, sensitive)
            for cap_id, quantity, unit, sensitive in session.execute(select(
                Capacity.id, Capacity.quantity, Capacity.unit, Capacity.sensitive))
        }
        successors, statuses, open_handovers = defaultdict(list), defaultdict(list), {}
        for h_id, cap_id, actor_name, status in session.execute(
            select(Handover.id, Handover.capacity_id, Actor.name, Handover.status)
            .join(Actor, Actor.id == Handover.actor_id)
            .order_by(Handover.start_date, Handover.created_at)
        ):
            successors[cap_id].append(actor_name)
            statuses[cap_id].append(status)
            if status not in closed:
                open_handovers[h_id] = cap_id
        readiness: dict[str, int] = {}
        for h_id, score in session.execute(
            select(ReadinessScore.handover_id, ReadinessScore.score)
        ):
            cap_id = open_handovers.get(h_id)
            if cap_id is not None and score < readiness.get(cap_id, 99):
                readiness[cap_id] = score
        funding = defaultdict(set)
        for cap_id, status in session.execute(
            select(FundingLine.capacity_id, FundingLine.status)
        ):
            funding[cap_id].add(status in secured)
    return [
        InventoryRow(
            cap.id, cap.name, cap.category, cap.tier, cap.component, cap.location_id,
            cap.location_name, *extra[cap.id][:2], cap.mission_end,
            tuple(successors[cap.id]), tuple(statuses[cap.id]), readiness.get(cap.id),
            _funding_summary(funding.get(cap.id)), flags.get(cap.id, ()), extra[cap.id][2],
        )
        for cap in report.facts.capacities
        if cap.id in extra  # a capacity added between the two reads shows at the next refresh
    ]


def _funding_summary(secured_flags: set[bool] | None) -> str:
    if not secured_flags:
        return FUNDING_NONE
    if secured_flags == {True}:
        return FUNDING_SECURED
    return FUNDING_PARTIAL if True in secured_flags else FUNDING_REQUIRED


def flags_by_capacity(report) -> dict[str, tuple[FlagView, ...]]:
    """The report's flags grouped by the capacity they are about (its first record), each
    worded in the current language (the window's)."""
    from transition_planner.domain.wording import word_flag
    from transition_planner.i18n import current

    t = current()
    grouped: dict[str, list[FlagView]] = defaultdict(list)
    for flag in report.flags:
        grouped[flag.records[0].id].append(FlagView(flag.kind, flag.severity,
                                                    word_flag(flag, t)))
    return {cap_id: tuple(views) for cap_id, views in grouped.items()}
