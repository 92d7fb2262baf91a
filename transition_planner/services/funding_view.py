"""Funding lines as plain rows, their filters, and totals per year and currency.

How a line counts toward a year: its amount is spread evenly over the calendar months its
period touches (the month of its start to the month of its end, both included); each year gets
amount x (its months / all months), rounded to the cent, and the last year takes what rounding
left over so the years add up to the amount exactly. A line without a start begins with the
plan's horizon, one without an end runs to the end of the horizon; when that leaves an open
line ending before it starts (its one date lies beyond the horizon), the whole amount falls in
the month of the date it has.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from typing import NamedTuple

from sqlalchemy import select

from transition_planner.domain import taxonomy as tx
from transition_planner.services.plans import PlanHandle
from transition_planner.store.models import Actor, Capacity, FundingLine, Handover, Location, Plan

CENT = Decimal("0.01")


class FundingRow(NamedTuple):
    """One funding line with the names the table shows."""

    id: str
    capacity_id: str
    capacity: str
    location: str
    handover_id: str | None
    successor: str  # the actor of the handover it funds; "" for the capacity as a whole
    source_type: str
    source_label: str
    donor: str
    amount: Decimal
    currency: str
    status: str
    status_label: str
    secured: bool  # pledged, committed or disbursed
    period_start: date | None
    period_end: date | None
    notes: str
    sensitive: bool

    def form_values(self) -> dict:
        """The fields the funding form edits, as the services take them."""
        return {
            "capacity_id": self.capacity_id, "handover_id": self.handover_id,
            "source_type": self.source_type, "donor": self.donor, "amount": self.amount,
            "currency": self.currency, "status": self.status, "period_start": self.period_start,
            "period_end": self.period_end, "notes": self.notes, "sensitive": self.sensitive,
        }


def funding_rows(handle: PlanHandle, lang: str = "en") -> list[FundingRow]:
    """Every funding line, by capacity then period, in one query."""
    taxonomy = handle.taxonomy()
    secured = taxonomy.with_attribute(tx.FUNDING_STATUS, "secured")
    with handle.read() as session:
        rows = session.execute(
            select(
                FundingLine.id, FundingLine.capacity_id, Capacity.name, Location.name,
                FundingLine.handover_id, Actor.name, FundingLine.source_type, FundingLine.donor,
                FundingLine.amount, FundingLine.currency, FundingLine.status,
                FundingLine.period_start, FundingLine.period_end, FundingLine.notes,
                FundingLine.sensitive,
            )
            .join(Capacity, Capacity.id == FundingLine.capacity_id)
            .join(Location, Location.id == Capacity.location_id)
            .outerjoin(Handover, Handover.id == FundingLine.handover_id)
            .outerjoin(Actor, Actor.id == Handover.actor_id)
            .order_by(Capacity.name, FundingLine.period_start, FundingLine.created_at)
        ).all()
    return [
        FundingRow(
            line_id, cap_id, cap_name, loc_name, h_id, actor_name or "", source,
            taxonomy.label(tx.FUNDING_SOURCE, source, lang), donor, amount, currency, status,
            taxonomy.label(tx.FUNDING_STATUS, status, lang), status in secured, start, end,
            notes, sensitive,
        )
        for (line_id, cap_id, cap_name, loc_name, h_id, actor_name, source, donor, amount,
             currency, status, start, end, notes, sensitive) in rows
    ]


def filter_rows(
    rows: list[FundingRow],
    *,
    source_type: str | None = None,
    donor: str | None = None,
    status: str | None = None,
    text: str = "",
) -> list[FundingRow]:
    """Rows of one source, donor and status (None: any) whose names or notes contain `text`."""
    needle = text.strip().casefold()
    return [
        r for r in rows
        if (source_type is None or r.source_type == source_type)
        and (donor is None or r.donor == donor)
        and (status is None or r.status == status)
        and (not needle or needle in " ".join(
            (r.capacity, r.location, r.successor, r.donor, r.notes)).casefold())
    ]


def donors(rows: list[FundingRow]) -> list[str]:
    """The donors named in `rows`, sorted, without blanks."""
    return sorted({r.donor for r in rows if r.donor}, key=str.casefold)


def horizon(handle: PlanHandle) -> tuple[date, date]:
    """First and last day of the plan's horizon."""
    with handle.read() as session:
        start, months = session.execute(select(Plan.horizon_start, Plan.horizon_months)).one()
    last = _month_number(start) + months - 1
    return start, _last_day(last // 12, last % 12 + 1)


def _month_number(day: date) -> int:
    return day.year * 12 + day.month - 1


def _last_day(year: int, month: int) -> date:
    following = date(year + (month == 12), month % 12 + 1, 1)
    return date.fromordinal(following.toordinal() - 1)


def spread_by_year(
    amount: Decimal, start: date | None, end: date | None, horizon_start: date, horizon_end: date
) -> dict[int, Decimal]:
    """A line's amount per calendar year, by the rule in this module's docstring."""
    first = _month_number(start or horizon_start)
    last = _month_number(end or horizon_end)
    if last < first:  # an open side fell on the wrong side of the horizon
        first = last = _month_number(start or end)
    total_months = last - first + 1
    out, given = {}, Decimal(0)
    for year in range(first // 12, last // 12):  # every year but the last
        months = min(last, year * 12 + 11) - max(first, year * 12) + 1
        share = (amount * months / total_months).quantize(CENT, ROUND_HALF_UP)
        out[year] = share
        given += share
    out[last // 12] = amount - given
    return out


class YearTotal(NamedTuple):
    """What the lines hold for one year in one currency, by funding status."""

    year: int
    currency: str
    by_status: dict[str, Decimal]
    secured: Decimal  # pledged + committed + disbursed
    total: Decimal  # every status, required included


def yearly_totals(
    rows: list[FundingRow], horizon_start: date, horizon_end: date
) -> list[YearTotal]:
    """Totals per year and currency (currencies are never added together), by year then code."""
    by_key: dict[tuple[int, str], dict[str, Decimal]] = defaultdict(lambda: defaultdict(Decimal))
    secured: dict[tuple[int, str], Decimal] = defaultdict(Decimal)
    for r in rows:
        spread = spread_by_year(r.amount, r.period_start, r.period_end, horizon_start, horizon_end)
        for year, amount in spread.items():
            by_key[(year, r.currency)][r.status] += amount
            if r.secured:
                secured[(year, r.currency)] += amount
    return [
        YearTotal(year, currency, dict(by_key[(year, currency)]), secured[(year, currency)],
                  sum(by_key[(year, currency)].values(), Decimal(0)))
        for year, currency in sorted(by_key)
    ]


class FundingTarget(NamedTuple):
    """A capacity a line can fund, with the handovers it could fund instead."""

    capacity_id: str
    capacity: str
    location: str
    handovers: tuple[tuple[str, str], ...]  # (handover id, successor name)


def funding_targets(handle: PlanHandle) -> list[FundingTarget]:
    """Capacities by name with their handovers, for the funding form's choices."""
    with handle.read() as session:
        capacities = session.execute(
            select(Capacity.id, Capacity.name, Location.name)
            .join(Location, Location.id == Capacity.location_id).order_by(Capacity.name)
        ).all()
        handovers = defaultdict(list)
        for h_id, cap_id, actor_name in session.execute(
            select(Handover.id, Handover.capacity_id, Actor.name)
            .join(Actor, Actor.id == Handover.actor_id).order_by(Actor.name)
        ):
            handovers[cap_id].append((h_id, actor_name))
    return [
        FundingTarget(cap_id, name, loc_name, tuple(handovers[cap_id]))
        for cap_id, name, loc_name in capacities
    ]
