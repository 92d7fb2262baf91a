"""The capacity inventory as plain rows for the window: a few column reads plus the gap flags."""

from __future__ import annotations

from collections import defaultdict
from datetime import date
from typing import NamedTuple

from sqlalchemy import select

from transition_planner.domain import taxonomy as tx
from transition_planner.services import gaps, gaps_cache
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
    """Every capacity of the plan, by name, with its successors, readiness, funding and flags.
    After an edit only the rows of the capacities it changed are read again (the gap report
    says which: services.gaps_cache.changed_between); the others are the last read's."""
    from transition_planner.i18n import current_language

    report = gaps.compute(handle)
    key = (handle.address, current_language())
    last = _LAST_ROWS.get(key)
    ids = None
    if last is not None and last[1] is handle.taxonomy():
        ids = gaps_cache.changed_between(last[0], report)
    if ids is None:
        rows = _rows(handle, report, None)
    else:
        kept = last[2]
        ids = set(ids) | _triggered(last[0]) | _triggered(report)
        ids.update(c.id for c in report.facts.capacities if c.id not in kept)  # new, or missed
        fresh = {row.id: row for row in _rows(handle, report, ids)} if ids else {}
        rows = []
        for cap in report.facts.capacities:
            row = fresh.get(cap.id) if cap.id in ids else kept.get(cap.id)
            if row is not None:
                rows.append(row)
    _LAST_ROWS.clear()  # one plan's rows kept: the one open in the window
    _LAST_ROWS[key] = (report, handle.taxonomy(), {row.id: row for row in rows})
    return rows


# (plan address, language) -> (gap report, taxonomy, rows by capacity id) of the last read
_LAST_ROWS: dict[tuple, tuple] = {}
gaps_cache.KEEPERS.append(_LAST_ROWS.clear)


def _triggered(report) -> set[str]:
    """Capacities with a re_engagement_trigger flag: that rule is evaluated for the whole
    plan again after every edit (see domain.gaps_update)."""
    return {f.records[0].id for f in report.flags if f.kind == "re_engagement_trigger"}


def _rows(handle: PlanHandle, report, ids: set[str] | None) -> list[InventoryRow]:
    """The rows of the capacities `ids` (None: all) as the plan holds them now."""
    taxonomy = handle.taxonomy()
    closed = taxonomy.with_attribute(tx.HANDOVER_STATUS, "closed")
    secured = taxonomy.with_attribute(tx.FUNDING_STATUS, "secured")
    flags = flags_by_capacity(report, ids)

    def only(query, column):
        return query if ids is None else query.where(column.in_(ids))

    with handle.read() as session:
        extra = {
            cap_id: (quantity, unit, sensitive)
            for cap_id, quantity, unit, sensitive in session.execute(only(select(
                Capacity.id, Capacity.quantity, Capacity.unit, Capacity.sensitive), Capacity.id))
        }
        successors, statuses, open_handovers = defaultdict(list), defaultdict(list), {}
        for h_id, cap_id, actor_name, status in session.execute(only(
            select(Handover.id, Handover.capacity_id, Actor.name, Handover.status)
            .join(Actor, Actor.id == Handover.actor_id)
            .order_by(Handover.start_date, Handover.created_at), Handover.capacity_id)
        ):
            successors[cap_id].append(actor_name)
            statuses[cap_id].append(status)
            if status not in closed:
                open_handovers[h_id] = cap_id
        readiness: dict[str, int] = {}
        scores = select(ReadinessScore.handover_id, ReadinessScore.score)
        if ids is not None:
            scores = scores.where(ReadinessScore.handover_id.in_(list(open_handovers)))
        for h_id, score in session.execute(scores):
            cap_id = open_handovers.get(h_id)
            if cap_id is not None and score < readiness.get(cap_id, 99):
                readiness[cap_id] = score
        funding = defaultdict(set)
        for cap_id, status in session.execute(only(
            select(FundingLine.capacity_id, FundingLine.status), FundingLine.capacity_id)
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
        and (ids is None or cap.id in ids)
    ]


def _funding_summary(secured_flags: set[bool] | None) -> str:
    if not secured_flags:
        return FUNDING_NONE
    if secured_flags == {True}:
        return FUNDING_SECURED
    return FUNDING_PARTIAL if True in secured_flags else FUNDING_REQUIRED


def flags_by_capacity(report, ids: set[str] | None = None) -> dict[str, tuple[FlagView, ...]]:
    """The report's flags grouped by the capacity they are about (its first record), each
    worded in the current language (the window's); of the capacities `ids` only, if given."""
    from transition_planner.domain.wording import word_flag
    from transition_planner.i18n import current

    t = current()
    grouped: dict[str, list[FlagView]] = defaultdict(list)
    for flag in report.flags:
        if ids is not None and flag.records[0].id not in ids:
            continue
        grouped[flag.records[0].id].append(FlagView(flag.kind, flag.severity,
                                                    word_flag(flag, t)))
    return {cap_id: tuple(views) for cap_id, views in grouped.items()}
