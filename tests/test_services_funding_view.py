"""Funding rows, filters and the per-year spread of amounts."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sample_plan_b import NORWAY_BY_YEAR, build

from transition_planner.services import funding_view, handovers

pytestmark = pytest.mark.both_backends

H_START, H_END = date(2027, 1, 1), date(2028, 12, 31)


@pytest.fixture
def ids(plan):
    return build(plan)


def spread(amount, start, end):
    return funding_view.spread_by_year(Decimal(amount), start, end, H_START, H_END)


def test_rows_name_capacity_successor_source_and_status(plan, ids):
    rows = {r.id: r for r in funding_view.funding_rows(plan)}
    unicef = rows[ids.f_unicef]
    assert (unicef.capacity, unicef.location, unicef.successor) == (
        "Community alert network", "Kaleko team site", "UNICEF")
    assert unicef.source_label == "UN agency core or non-core" and unicef.secured
    assert rows[ids.f_norway].successor == ""  # for the capacity as a whole
    assert rows[ids.f_sweden].amount == Decimal("50000.00") and not rows[ids.f_sweden].secured


def test_filters_by_source_donor_status_and_text(plan, ids):
    rows = funding_view.funding_rows(plan)
    pick = lambda **kw: {r.id for r in funding_view.filter_rows(rows, **kw)}  # noqa: E731
    assert pick(source_type="bilateral") == {ids.f_sweden}
    assert pick(donor="Norway") == {ids.f_norway}
    assert pick(status="disbursed") == {ids.f_mission}
    assert pick(text="  kaleko ") == {ids.f_norway, ids.f_unicef}
    assert pick(text="unicef", status="committed") == {ids.f_unicef}
    assert pick(donor="Nobody") == set()
    assert funding_view.donors(rows) == ["Norway", "Sweden", "UNICEF"]


def test_horizon_runs_from_its_first_to_its_last_day(plan):
    assert funding_view.horizon(plan) == (H_START, H_END)


@pytest.mark.parametrize(("amount", "start", "end", "expected"), [
    ("120000", date(2027, 7, 1), date(2028, 6, 30), NORWAY_BY_YEAR),
    ("100", date(2027, 11, 15), date(2028, 1, 2), {2027: Decimal("66.67"), 2028: Decimal("33.33")}),
    ("50000", None, None, {2027: Decimal("25000.00"), 2028: Decimal("25000.00")}),
    ("1200", date(2028, 7, 1), None, {2028: Decimal("1200")}),
    ("300", None, date(2027, 3, 31), {2027: Decimal("300")}),
    ("990", date(2030, 5, 1), None, {2030: Decimal("990")}),  # open end beyond the horizon
    ("990", None, date(2026, 2, 1), {2026: Decimal("990")}),  # open start before it
    ("0.01", date(2027, 12, 1), date(2028, 1, 31), {2027: Decimal("0.01"), 2028: Decimal("0.00")}),
])
def test_spread_by_year(amount, start, end, expected):
    result = spread(amount, start, end)
    assert result == expected
    assert sum(result.values()) == Decimal(amount)


def test_yearly_totals_by_currency_and_status(plan, ids):
    totals = {(t.year, t.currency): t for t in funding_view.yearly_totals(
        funding_view.funding_rows(plan), H_START, H_END)}
    assert sorted(totals) == [(2027, "EUR"), (2027, "USD"), (2028, "EUR"), (2028, "USD")]
    usd27 = totals[(2027, "USD")]
    # Norway 6 of 12 months, mission 36000 all in 2027, UNICEF 2 of 4 months.
    assert usd27.by_status == {"pledged": Decimal("60000.00"), "disbursed": Decimal("36000.00"),
                               "committed": Decimal("5000.00")}
    assert usd27.secured == usd27.total == Decimal("101000.00")
    eur28 = totals[(2028, "EUR")]
    assert eur28.by_status == {"required": Decimal("25000.00")}
    assert eur28.secured == 0 and eur28.total == Decimal("25000.00")


def test_totals_follow_the_filter(plan, ids):
    rows = funding_view.filter_rows(funding_view.funding_rows(plan), donor="Norway")
    totals = funding_view.yearly_totals(rows, H_START, H_END)
    assert [(t.year, t.currency, t.total) for t in totals] == [
        (2027, "USD", Decimal("60000.00")), (2028, "USD", Decimal("60000.00"))]


def test_targets_list_capacities_with_their_handovers(plan, ids):
    targets = {t.capacity: t for t in funding_view.funding_targets(plan)}
    assert list(targets) == ["Community alert network", "Human rights monitoring",
                             "Mine clearance team"]
    assert targets["Community alert network"].handovers == (
        (ids.h_unicef, "UNICEF"), (ids.h_women, "Women for Peace Network"))
    assert targets["Mine clearance team"].handovers == ()


def test_form_values_round_trip_through_the_service(plan, ids):
    row = next(r for r in funding_view.funding_rows(plan) if r.id == ids.f_unicef)
    handovers.update_funding_line(plan, ids.f_unicef, row.form_values())
    assert next(r for r in funding_view.funding_rows(plan) if r.id == ids.f_unicef) == row


def _reference_spread(amount, start, end):
    """The rule read literally: month by month, then rounded per year, the rest to the last."""
    first = (start or H_START).year * 12 + (start or H_START).month - 1
    last = (end or H_END).year * 12 + (end or H_END).month - 1
    if last < first:
        first = last = (start or end).year * 12 + (start or end).month - 1
    per_year: dict[int, int] = {}
    for month in range(first, last + 1):
        per_year[month // 12] = per_year.get(month // 12, 0) + 1
    years = sorted(per_year)
    out = {y: (amount * per_year[y] / (last - first + 1)).quantize(Decimal("0.01"),
                                                                   rounding="ROUND_HALF_UP")
           for y in years[:-1]}
    out[years[-1]] = amount - sum(out.values(), Decimal(0))
    return out


@given(
    cents=st.integers(min_value=0, max_value=10**13),
    start=st.one_of(st.none(), st.dates(date(2020, 1, 1), date(2035, 12, 31))),
    end=st.one_of(st.none(), st.dates(date(2020, 1, 1), date(2035, 12, 31))),
)
def test_spread_matches_the_month_by_month_rule(cents, start, end):
    if start and end and end < start:
        start, end = end, start  # the services refuse a period that ends before it starts
    amount = Decimal(cents) / 100
    result = spread(amount, start, end)
    assert result == _reference_spread(amount, start, end)
    assert sum(result.values()) == amount
