"""Gap engine: hand-worked plans for every rule and flag kind, and properties against a literal
month-by-month reference (each example says what a planner would compute on paper)."""

from __future__ import annotations

import dataclasses
import json
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from transition_planner.domain.facts import (
    CapacityFacts,
    FundingFacts,
    HandoverFacts,
    PlanFacts,
    rules_from_taxonomy,
)
from transition_planner.domain.gaps import (
    ALL,
    FLAG_KINDS,
    GROUPINGS,
    NO_POPULATION,
    add_months,
    by_name,
    compute_gaps,
    flag_to_dict,
    month_index,
    month_starts,
    shift_months,
    to_money,
)
from transition_planner.domain.taxonomy import Taxonomy

H0 = date(2027, 1, 1)  # horizon start of every plan below
RULES = rules_from_taxonomy(Taxonomy.builtin())
READY = {"capacity": 4, "willingness": 5, "funding": 4, "access": 3}
PROPERTY = settings(max_examples=80, deadline=None, derandomize=True)


def capacity(id="c1", **changes) -> CapacityFacts:
    fields = dict(
        id=id,
        name=f"CLA network {id}",
        category="community_engagement",
        tier="I",
        component="civilian",
        location_id="l1",
        location_name="Beni",
        populations=("idps",),
        criticality="high",
        mission_end=date(2027, 3, 31),  # the mission's last day in Beni
    )
    return CapacityFacts(**{**fields, **changes})


def handover(id="h1", capacity_id="c1", **changes) -> HandoverFacts:
    fields = dict(
        id=id,
        capacity_id=capacity_id,
        actor_id="a1",
        actor_name="UNHCR",
        actor_type="un_agency",
        role="lead",
        share=1.0,
        modality="transfer",
        start=date(2027, 3, 1),
        end=None,
        status="agreed",
        readiness=dict(READY),
    )
    return HandoverFacts(**{**fields, **changes})


def funding(status="committed", source_type="bilateral", start=None, end=None, **changes):
    fields = dict(
        id="f1",
        status=status,
        source_type=source_type,
        amount=Decimal(50000),
        currency="USD",
        start=start,
        end=end,
    )
    return FundingFacts(**{**fields, **changes})


def plan(capacities, handovers=(), months=12, rules=RULES, as_of=None) -> PlanFacts:
    return PlanFacts(
        H0, months, date(2027, 6, 30), tuple(capacities), tuple(handovers), rules, as_of=as_of
    )


def kinds(report) -> list[str]:
    return [f.kind for f in report.flags]


def only(report, kind):
    found = [f for f in report.flags if f.kind == kind]
    assert len(found) == 1, kinds(report)
    return found[0]


def months_of(mask: int) -> list[int]:
    return [i for i in range(mask.bit_length()) if mask >> i & 1]


# --- months -------------------------------------------------------------------------------


def test_month_helpers():
    assert add_months(date(2027, 1, 31), 1) == date(2027, 2, 28)
    assert add_months(date(2027, 11, 1), 14) == date(2029, 1, 1)
    assert month_index(date(2028, 3, 15), H0) == 14
    assert month_index(date(2026, 12, 31), H0) == -1
    assert month_starts(plan([], months=3)) == [
        date(2027, 1, 1),
        date(2027, 2, 1),
        date(2027, 3, 1),
    ]


def test_scenario_shifts_move_by_calendar_months_and_keep_month_ends():
    assert shift_months(date(2027, 12, 31), -12) == date(2026, 12, 31)
    assert shift_months(date(2027, 6, 30), 1) == date(2027, 7, 31)
    assert shift_months(date(2027, 3, 31), -1) == date(2027, 2, 28)
    assert shift_months(date(2027, 3, 15), -6) == date(2026, 9, 15)
    assert shift_months(date(2028, 2, 29), 12) == date(2029, 2, 28)


# --- coverage, computed by hand -----------------------------------------------------------


def late_partial_plan(**handover_changes) -> PlanFacts:
    """The mission leaves Beni after 31 March 2027; UNHCR takes 60% from 1 June 2027; the
    capacity costs USD 120,000 a year, so UNHCR's share costs USD 6,000 a month."""
    cap = capacity(annual_cost=Decimal(120000))
    fields = {"share": 0.6, "start": date(2027, 6, 1), "funding": (funding(),)}
    h = handover(**{**fields, **handover_changes})
    return plan([cap], [h])


def test_late_partial_successor_by_hand():
    cov = compute_gaps(late_partial_plan()).coverage("c1")
    # Jan-Mar: mission; Apr-May: nobody; Jun-Dec: 60% of a 100% requirement
    assert (
        cov.monthly()
        == [(1.0, 1.0, 0.0, 0.0)] * 3
        + [(1.0, 0.0, 0.0, 1.0)] * 2
        + [(1.0, 0.0, 0.6, pytest.approx(0.4))] * 7
    )
    assert cov.gap_months == 9
    assert cov.first_gap_month == 3
    assert cov.gap_total == pytest.approx(2 * 1.0 + 7 * 0.4)


def test_a_month_belongs_to_whoever_is_in_charge_on_its_first_day():
    # the mission is still there on 1 April, so it provides April; the successor starting on
    # 15 April provides from May, and its commitment ending on 15 September covers September
    cap = capacity(mission_end=date(2027, 4, 15))
    h = handover(start=date(2027, 4, 15), end=date(2027, 9, 15))
    cov = compute_gaps(plan([cap], [h])).coverage("c1")
    assert [m[1] for m in cov.monthly()] == [1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0]
    assert [m[2] for m in cov.monthly()] == [0, 0, 0, 0, 1, 1, 1, 1, 1, 0, 0, 0]
    assert cov.gaps == ((9, 12, 1.0),)


def test_a_successor_starting_the_day_after_the_closure_leaves_no_gap():
    cap = capacity(mission_end=date(2027, 1, 31))
    report = compute_gaps(plan([cap], [handover(start=date(2027, 2, 1))]))
    assert report.coverage("c1").gap_months == 0
    assert report.flags == ()


def test_days_without_cover_are_the_days_with_nobody_in_charge():
    # the mission's last day is 31 July, the police start on 14 October: 1 August to
    # 13 October is 31 + 30 + 13 = 74 days, and August, September, October start uncovered
    cap = capacity(mission_end=date(2027, 7, 31))
    report = compute_gaps(plan([cap], [handover(start=date(2027, 10, 14))]))
    flag = only(report, "late_successor")
    assert flag.details == {"gap_days": 74, "mission_end": "2027-07-31", "start": "2027-10-14"}
    assert flag.message == (
        "The mission leaves Beni on 31 July 2027 and UNHCR starts taking over CLA network c1 "
        "on 14 October 2027: 74 days with nobody in charge."
    )
    assert months_of(report.coverage("c1").gap_mask) == [7, 8, 9] == months_of(flag.months)


# --- funding by amount ---------------------------------------------------------------------


def test_a_secured_line_that_pays_the_share_leaves_nothing_unfunded():
    # USD 50,000 with an open period pays the USD 42,000 of June to December
    report = compute_gaps(late_partial_plan())
    assert report.unfunded == {} and "unfunded_after_exit" not in kinds(report)


def test_an_unfunded_share_is_counted_at_its_share_of_the_cost():
    report = compute_gaps(late_partial_plan(funding=()))
    cov = report.coverage("c1")
    assert [m[2] for m in cov.monthly()][5:] == [pytest.approx(0.3)] * 7
    assert [m[3] for m in cov.monthly()][5:] == [pytest.approx(0.7)] * 7
    flag = only(report, "unfunded_after_exit")
    # 60% of USD 120,000 a year is USD 6,000 a month, June to December: USD 42,000
    assert flag.details == {
        "months": 7,
        "amount": "42000.00",
        "need": "42000.00",
        "currency": "USD",
        "from": "2027-06-01",
        "until": "2027-12-31",
    }
    assert flag.message == (
        "Secured funding does not pay for CLA network c1 in Beni after the mission leaves: "
        "USD 42,000.00 of the USD 42,000.00 its successors' shares cost is unfunded, in 7 "
        "months from 1 June 2027 until the plan's horizon, 31 December 2027."
    )
    assert report.summary["unfunded_after_exit"] == {"USD": "42000.00"}


def test_a_one_dollar_line_does_not_fund_a_share():
    report = compute_gaps(late_partial_plan(funding=(funding(amount=Decimal(1)),)))
    assert only(report, "unfunded_after_exit").details["amount"] == "41999.00"
    assert report.coverage("c1").monthly()[6][2] == pytest.approx(0.3, abs=1e-4)


def test_only_secured_lines_that_outlive_the_mission_pay_and_only_in_their_months():
    lines = (
        # touches June to September: USD 6,000 in each of those four months
        funding("pledged", "bilateral", date(2027, 6, 15), date(2027, 9, 10),
                amount=Decimal(24000)),
        funding("committed", "mission_assessed", None, None),  # ends with the mission
        funding("required", "peacebuilding_fund", None, None),  # not secured
        funding("committed", "bilateral", None, None, currency="EUR"),  # another currency
    )
    report = compute_gaps(late_partial_plan(funding=lines))
    provision = [m[2] for m in report.coverage("c1").monthly()]
    assert provision[5:] == pytest.approx([0.6] * 4 + [0.3] * 3)
    details = only(report, "unfunded_after_exit").details
    assert (details["months"], details["amount"], details["from"]) == (3, "18000.00", "2027-10-01")


def test_a_half_paid_month_counts_three_quarters_of_the_share():
    # USD 21,000 for June to December pays USD 3,000 of each month's USD 6,000: half paid,
    # so the share counts at 0.5 + 0.5 x 50% = 75%
    line = funding(start=date(2027, 6, 1), end=date(2027, 12, 31), amount=Decimal(21000))
    report = compute_gaps(late_partial_plan(funding=(line,)))
    assert [m[2] for m in report.coverage("c1").monthly()][5:] == pytest.approx([0.45] * 7)
    assert report.summary["unfunded_after_exit"] == {"USD": "21000.00"}


def test_a_ten_percent_partner_without_money_adds_ten_percent_of_the_cost():
    # USD 1.2 M a year; after 30 June 2027 UNICEF takes 90% with its money, a national NGO 10%
    # without any: 10% of USD 100,000 a month for 18 months is USD 180,000
    cap = capacity(annual_cost=Decimal(1_200_000), mission_end=date(2027, 6, 30))
    lead = handover("h1", share=0.9, start=date(2027, 7, 1), actor_name="UNICEF",
                    funding=(funding(amount=Decimal(1_620_000)),))
    support = handover("h2", share=0.1, start=date(2027, 7, 1), actor_id="a2",
                       actor_name="Beni Child Rights", actor_type="national_ngo", role="support")
    report = compute_gaps(plan([cap], [lead, support], months=24))
    flag = only(report, "unfunded_after_exit")
    assert (flag.details["amount"], flag.details["need"]) == ("180000.00", "1800000.00")
    assert flag.details["months"] == 18
    assert "until the plan's horizon, 31 December 2028" in flag.message
    assert report.summary["unfunded_after_exit"] == {"USD": "180000.00"}


def test_a_line_for_the_whole_capacity_pays_what_the_successors_own_lines_leave():
    # two successors of 50% each cost USD 5,000 a month each from April; the capacity's own
    # USD 60,000 pays USD 6,667 a month towards the USD 10,000
    pool = (funding(amount=Decimal(60000)),)
    cap = capacity(annual_cost=Decimal(120000), funding=pool)
    hs = [handover("h1", share=0.5, start=date(2027, 4, 1)),
          handover("h2", share=0.5, start=date(2027, 4, 1), actor_id="a2")]
    report = compute_gaps(plan([cap], hs))
    assert report.summary["unfunded_after_exit"] == {"USD": "30000.00"}
    # when one successor's own line pays its share, the capacity's line pays the other's
    own = dataclasses.replace(hs[0], funding=(funding(amount=Decimal(45000)),))
    assert compute_gaps(plan([cap], [own, hs[1]])).unfunded == {}


def test_funding_matters_only_after_the_mission_left():
    cap = capacity(annual_cost=Decimal(120000), mission_end=date(2027, 6, 30))
    h = handover(start=date(2027, 1, 1), share=0.5)  # co-delivery from January, no funding
    report = compute_gaps(plan([cap], [h]))
    cov = report.coverage("c1")
    assert [m[2] for m in cov.monthly()] == [0.5] * 6 + [0.25] * 6
    assert months_of(cov.unfunded_mask) == list(range(6, 12))
    assert report.summary["unfunded_after_exit"] == {"USD": "30000.00"}


def test_no_cost_means_no_funding_factor():
    h = handover(start=date(2027, 4, 1), funding=())
    report = compute_gaps(plan([capacity(annual_cost=Decimal(0))], [h]))
    assert report.coverage("c1").gap_months == 0
    assert "unfunded_after_exit" not in kinds(report)


def test_unfunded_months_add_up_to_the_amount_to_the_cent():
    cap = capacity(annual_cost=Decimal(100000))  # USD 8,333.33... a month
    part = compute_gaps(plan([cap], [handover(start=date(2027, 4, 1))])).unfunded["c1"]
    assert part.amount == Decimal("75000.00")  # nine months
    cents = part.by_month(12)
    assert sum(cents) == 7_500_000 and cents[:3] == [0, 0, 0]
    assert set(cents[3:]) <= {833_333, 833_334}


def test_money_is_rounded_half_up_from_the_shortest_decimal_form():
    # 2.675 is stored just below 2.675 and 1.005 just below 1.005: their decimal form rounds up
    assert [str(to_money(x)) for x in (2.675, 1.005, 0.125, 0.0, 100.0, 8333.333333333334)] == [
        "2.68", "1.01", "0.13", "0.00", "100.00", "8333.33"]


@settings(max_examples=3000, deadline=None)
@given(st.one_of(
    st.floats(min_value=-2e9, max_value=2e9, allow_nan=False),
    st.integers(0, 10**11).map(lambda c: c / 100),  # whole cents
    st.integers(0, 10**11).map(lambda c: (c + 0.5) / 100),  # half cents: the ties
    st.integers(0, 10**12).map(lambda m: m / 1000),
))
def test_money_agrees_with_reading_the_float_as_a_decimal(x):
    """to_money's shortcut (whole cents when far from a half cent) changes nothing."""
    reference = Decimal(repr(x)).quantize(Decimal("0.01"), ROUND_HALF_UP)
    assert to_money(x).as_tuple() == reference.as_tuple()


# --- no successor --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("criticality", "severity"),
    [("critical", "high"), ("high", "high"), ("medium", "medium"), ("low", "low")],
)
def test_no_successor_severity_follows_criticality(criticality, severity):
    flag = only(compute_gaps(plan([capacity(criticality=criticality)])), "no_successor")
    assert flag.severity == severity
    assert flag.message == (
        "No successor is planned for CLA network c1 in Beni: the mission stops providing it "
        "on 31 March 2027, and 100% of it is still required afterwards."
    )
    assert [(r.type, r.id) for r in flag.records] == [("capacity", "c1"), ("location", "l1")]


def test_no_successor_with_a_cost_is_one_flag_naming_both_facts():
    # 50% of USD 240,000 a year for April to December is USD 90,000
    cap = capacity(annual_cost=Decimal(240000), required_share=0.5)
    report = compute_gaps(plan([cap]))
    assert kinds(report) == ["no_successor"]
    flag = report.flags[0]
    assert flag.message.endswith(
        "Its cost after the mission leaves, USD 90,000.00 for 9 months from 1 April 2027, is "
        "unfunded until the plan's horizon, 31 December 2027."
    )
    assert (flag.details["amount"], flag.details["months"]) == ("90000.00", 9)
    assert report.summary["unfunded_after_exit"] == {"USD": "90000.00"}
    assert report.summary["flags_by_kind"]["unfunded_after_exit"] == 0


def test_a_successor_only_identified_covers_nothing_and_is_no_successor():
    undated = compute_gaps(plan([capacity()], [handover(status="identified", start=None)]))
    flag = only(undated, "no_successor")
    assert flag.message.endswith("UNHCR has no start date.")
    assert flag.details["not_counted"][0]["reason"] == "undated"
    assert flag.months == undated.coverage("c1").gap_mask and flag.months.bit_count() == 9
    dated = compute_gaps(plan([capacity()], [handover(status="identified")]))
    assert only(dated, "no_successor").message.endswith(
        "UNHCR is only identified, which counts for nothing."
    )


def test_no_successor_ignores_closed_handovers_and_unneeded_capacities():
    declined = handover(status="declined")
    assert "no_successor" in kinds(compute_gaps(plan([capacity()], [declined])))
    assert "no_successor" not in kinds(compute_gaps(plan([capacity(required_share=0.0)])))
    assert "no_successor" not in kinds(compute_gaps(plan([capacity()], [handover()])))


def test_a_decision_to_discontinue_is_shown_as_such_and_costs_nothing():
    stopped = compute_gaps(plan([capacity(annual_cost=Decimal(120000))],
                                [handover(modality="discontinue")]))
    assert stopped.coverage("c1").gap_months == 9
    flag = only(stopped, "discontinued")
    assert kinds(stopped) == ["discontinued"] and stopped.unfunded == {}
    assert flag.message == (
        "CLA network c1 in Beni is discontinued when the mission leaves, with mitigation by "
        "UNHCR: 100% of it is still required and nobody provides it from 1 April 2027 until "
        "the plan's horizon, 31 December 2027."
    )
    assert flag.months == stopped.coverage("c1").gap_mask


# --- partial cover, late and ending successors ----------------------------------------------


def test_a_proposed_successor_leaves_a_partial_gap_with_the_share_missing():
    report = compute_gaps(plan([capacity()], [handover(status="proposed")]))
    flag = only(report, "partial_cover")
    assert flag.message == (
        "Successors take over only 50% of CLA network c1 in Beni from 1 April 2027, where "
        "100% is required: 50% of it is uncovered in 9 months until the plan's horizon, "
        "31 December 2027 (UNHCR is only proposed, so 50% of its share counts)."
    )
    assert (flag.details["missing_share"], flag.details["covered_share"]) == (0.5, 0.5)
    assert months_of(flag.months) == list(range(3, 12))


def test_shares_that_add_up_short_leave_a_partial_gap():
    hs = [handover("h1", share=0.6), handover("h2", share=0.2, actor_id="a2", start=None,
                                              status="identified", actor_name="Kivu NGO")]
    flag = only(compute_gaps(plan([capacity()], hs)), "partial_cover")
    assert flag.details["missing_share"] == pytest.approx(0.4)
    assert "Kivu NGO is only identified, with no start date" in flag.message
    assert "the shares of those who run it add up to 60%" in flag.message


def test_a_successor_not_ready_is_explained_by_its_readiness_flag_alone():
    weak = dict(READY, access=2)
    report = compute_gaps(plan([capacity()], [handover(readiness=weak)]))
    assert kinds(report) == ["readiness_below_threshold"]
    assert report.coverage("c1").monthly()[6][2] == RULES.unready_factor
    assert report.flags[0].months == report.coverage("c1").gap_mask


def test_a_commitment_ending_before_the_horizon_leaves_a_gap_after_it():
    # a one-year project grant: April 2027 to March 2028, then nobody until the end of 2028
    h = handover(start=date(2027, 3, 1), end=date(2028, 3, 31))
    report = compute_gaps(plan([capacity()], [h], months=24))
    flag = only(report, "successor_ends")
    assert flag.details == {
        "end": "2028-03-31", "from": "2028-04-01", "months": 9, "missing_share": 1.0,
        "next_start": None, "next_actor_id": None, "until": "2028-12-31",
    }
    assert flag.message == (
        "UNHCR takes over CLA network c1 in Beni only until 31 March 2028: from 1 April 2028, "
        "100% of it is uncovered until the plan's horizon, 31 December 2028."
    )
    follow_on = handover("h2", actor_id="a2", actor_name="Kivu NGO", start=date(2028, 7, 1))
    report = compute_gaps(plan([capacity()], [h, follow_on], months=24))
    flag = only(report, "successor_ends")
    assert flag.message.endswith("until Kivu NGO starts on 1 July 2028.")
    assert months_of(flag.months) == [15, 16, 17]


def test_one_successor_after_another_is_normal():
    agency = handover("h1", start=date(2027, 3, 1), end=date(2027, 12, 31))
    ngo = handover("h2", actor_id="a2", actor_type="national_ngo", start=date(2028, 1, 1))
    report = compute_gaps(plan([capacity()], [agency, ngo], months=24))
    assert report.flags == () and report.summary["capacity_gap_months"] == 0


# --- readiness ------------------------------------------------------------------------------


def test_readiness_below_threshold_lists_the_weak_dimensions():
    weak = {"capacity": 4, "funding": 2, "access": 1}
    report = compute_gaps(plan([capacity()], [handover(readiness=weak)]))
    flag = only(report, "readiness_below_threshold")
    assert flag.details == {"funding": 2, "access": 1}
    assert "funding 2/5, access 1/5" in flag.message
    assert report.summary["capacities_not_ready"] == 1


def test_a_successor_nobody_assessed_counts_as_the_plans_policy_says():
    report = compute_gaps(plan([capacity()], [handover(readiness={})]))
    flag = only(report, "readiness_not_assessed")
    assert report.coverage("c1").monthly()[6][2] == 0.5  # default: like "not ready"
    assert flag.months == report.coverage("c1").gap_mask
    assert "until it is, only 50% of its share is counted" in flag.message
    assert report.summary["capacities_not_assessed"] == 1
    trusting = rules_from_taxonomy(Taxonomy.builtin(), unassessed="ready")
    report = compute_gaps(plan([capacity()], [handover(readiness={})], rules=trusting))
    assert report.coverage("c1").gap_months == 0
    assert only(report, "readiness_not_assessed").months == 0


# --- who may take over ----------------------------------------------------------------------


def test_a_party_to_the_conflict_provides_no_independent_monitoring():
    monitoring = capacity(category="human_rights")
    forces = handover(actor_type="host_security_forces", actor_name="FARDC", share=0.5)
    ngo = handover("h2", actor_id="a2", actor_type="national_ngo", actor_name="Beni Watch",
                   share=0.5)
    report = compute_gaps(plan([monitoring], [forces, ngo]))
    assert [m[2] for m in report.coverage("c1").monthly()][3:] == [0.5] * 9
    flag = only(report, "independence_conflict")
    assert (flag.severity, flag.details["reason"]) == ("high", "party_to_conflict")
    assert "FARDC" in flag.message and "counts for no coverage" in flag.message
    assert only(report, "partial_cover").details["missing_share"] == 0.5
    alone = compute_gaps(plan([monitoring], [dataclasses.replace(forces, share=1.0)]))
    assert sorted(kinds(alone)) == ["independence_conflict", "no_successor"]
    demining = compute_gaps(plan([capacity(category="mine_action")], [forces, ngo]))
    assert "independence_conflict" not in kinds(demining)
    assert demining.coverage("c1").gap_months == 0


def test_independence_conflict_for_actors_that_are_not_successors():
    pmc = handover(actor_type="private_military_company", actor_name="Wagner")
    report = compute_gaps(plan([capacity(category="mine_action")], [pmc]))
    flag = only(report, "independence_conflict")
    assert flag.details["reason"] == "not_successor"
    assert "not successors" in flag.message
    assert report.coverage("c1").gap_months == 9
    declined = handover(actor_type="private_military_company", status="declined")
    assert "independence_conflict" not in kinds(compute_gaps(plan([capacity()], [declined])))


# --- shares -----------------------------------------------------------------------------------


def test_over_allocation_is_judged_month_by_month_and_names_both():
    hs = [handover("h1", share=0.6), handover("h2", share=0.6, actor_id="a2",
                                              actor_name="Kivu NGO")]
    flag = only(compute_gaps(plan([capacity()], hs)), "over_allocation")
    assert flag.severity == "medium"
    assert flag.details == {"total_share": 1.2, "from": "2027-03-01", "months": 10,
                            "handovers": ["h1", "h2"]}
    assert [(r.type, r.id) for r in flag.records] == [
        ("capacity", "c1"), ("handover", "h1"), ("actor", "a1"), ("handover", "h2"),
        ("actor", "a2"), ("location", "l1"),
    ]
    assert "(UNHCR 60%, Kivu NGO 60%)" in flag.message
    closed = [hs[0], dataclasses.replace(hs[1], status="declined")]
    assert "over_allocation" not in kinds(compute_gaps(plan([capacity()], closed)))


def test_a_fallback_counts_for_nothing_until_the_handover_it_stands_in_for_closes():
    primary = handover("h1")
    fallback = handover("h2", actor_id="a2", actor_name="Kivu NGO", status="agreed",
                        alternative_to="h1")
    report = compute_gaps(plan([capacity()], [primary, fallback]))
    assert report.flags == ()  # no over-allocation: the fallback adds nothing
    assert report.series()[ALL].successors[5] == 1.0
    declined = dataclasses.replace(primary, status="declined")
    report = compute_gaps(plan([capacity()], [declined, fallback]))
    assert report.flags == () and report.coverage("c1").gap_months == 0


def test_a_plan_resting_on_a_fallback_that_is_not_agreed_is_flagged():
    primary = handover("h1", status="at_risk")
    fallback = handover("h2", actor_id="a2", actor_name="Kivu NGO", status="proposed",
                        alternative_to="h1")
    report = compute_gaps(plan([capacity()], [primary, fallback]))
    flag = only(report, "alternative_not_agreed")
    assert flag.message == (
        "CLA network c1 in Beni rests on Kivu NGO, the fallback for UNHCR (at risk), and "
        "Kivu NGO is only proposed: the fallback is not agreed."
    )
    assert flag.records[1].id == "h2"
    assert only(report, "partial_cover").details["covered_share"] == 0.5  # the fallback: 0


# --- agreements -------------------------------------------------------------------------------


def test_a_handover_started_without_a_signed_agreement_is_flagged():
    started = plan([capacity()], [handover(agreement="draft")], as_of=date(2027, 3, 15))
    flag = only(compute_gaps(started), "agreement_missing")
    assert flag.details == {"start": "2027-03-01", "agreement": "draft", "agreement_ref": ""}
    assert "without a signed agreement (only a draft agreement)" in flag.message
    signed = plan([capacity()], [handover(agreement="signed")], as_of=date(2027, 3, 15))
    assert compute_gaps(signed).flags == ()
    not_yet = plan([capacity()], [handover()], as_of=date(2027, 2, 28))
    assert compute_gaps(not_yet).flags == ()


# --- other flags ------------------------------------------------------------------------------


def test_enabler_orphaned_when_the_enabler_goes_first():
    flights = capacity("e1", name="Flights", mission_end=date(2027, 2, 28), criticality="low")
    cla = capacity("c1", mission_end=date(2027, 5, 31), enabler_ids=("e1", "missing", "c1"))
    report = compute_gaps(plan([cla, flights]))
    flag = only(report, "enabler_orphaned")
    assert (
        flag.message
        == "CLA network c1 in Beni depends on Flights, which nobody takes over from 1 March 2027."
    )
    # flights are gone from March; the CLA network runs until the end of May
    assert flag.details == {"enabler_id": "e1", "from": "2027-03-01", "months": 3}
    assert [(r.type, r.id) for r in flag.records] == [
        ("capacity", "c1"),
        ("capacity", "e1"),
        ("location", "l1"),
    ]
    taken_over = handover(capacity_id="e1", start=date(2027, 3, 1))
    assert "enabler_orphaned" not in kinds(compute_gaps(plan([cla, flights], [taken_over])))


def test_data_without_protocol():
    sensitive = capacity(has_sensitive_data=True)
    flag = only(compute_gaps(plan([sensitive], [handover()])), "data_without_protocol")
    assert flag.severity == "high"
    low = capacity(has_sensitive_data=True, criticality="low")
    assert only(compute_gaps(plan([low])), "data_without_protocol").severity == "medium"
    agreed = handover(data_protocol=True)
    assert "data_without_protocol" not in kinds(compute_gaps(plan([sensitive], [agreed])))


def test_status_and_modality_factors():
    status = compute_gaps(plan([capacity()], [handover(status="proposed")])).coverage("c1")
    assert status.monthly()[6][2] == 0.5
    undated = compute_gaps(plan([capacity()], [handover(start=None)])).coverage("c1")
    assert undated.gap_months == 9


def test_no_mission_end_means_the_mission_stays():
    cov = compute_gaps(plan([capacity(mission_end=None)])).coverage("c1")
    assert cov.monthly() == [(1.0, 1.0, 0.0, 0.0)] * 12
    assert cov.first_gap_month is None


def test_flags_ordered_by_severity_kind_then_capacity_name():
    caps = [
        capacity("c1", name="Radio", criticality="low"),
        capacity("c2", name="Patrols", criticality="critical", has_sensitive_data=True),
        capacity("c3", name="Alerts", criticality="critical"),
    ]
    report = compute_gaps(plan(caps))
    assert [(f.severity, f.kind, f.records[0].name) for f in report.flags] == [
        ("high", "no_successor", "Alerts"),
        ("high", "no_successor", "Patrols"),
        ("high", "data_without_protocol", "Patrols"),
        ("low", "no_successor", "Radio"),
    ]


def test_capacities_of_the_same_name_are_visited_by_id():
    """The rules visit capacities by name, then id (by_name: two string sorts)."""
    named = (("c9", "Radio"), ("c2", "Alerts"), ("c10", "Radio"), ("c1", "Radio"), ("c3", ""))
    caps = [capacity(i, name=n) for i, n in named]
    expected = ["c3", "c2", "c1", "c10", "c9"]
    assert [c.id for c in sorted(caps, key=lambda c: (c.name, c.id))] == expected
    assert [c.id for c in by_name(caps)] == expected
    report = compute_gaps(plan(caps))
    assert [f.records[0].id for f in report.flags if f.kind == "no_successor"] == expected


# --- summary, JSON, series ----------------------------------------------------------------


def test_summary_and_json_contract():
    caps = [
        capacity("c1", annual_cost=Decimal(120000)),
        capacity("c2", mission_end=date(2027, 5, 31), annual_cost=Decimal(60000), currency="EUR"),
        capacity("c3", location_id="l2", location_name="Bunia"),
    ]
    report = compute_gaps(plan(caps, [handover(capacity_id="c3")]))
    summary = report.summary
    assert summary["capacities"] == 3 and summary["handovers"] == 1
    assert summary["capacities_without_successor"] == 2
    assert summary["capacity_gap_months"] == 9 + 7
    assert summary["uncovered_location_months"] == 9  # l1 from April; c2's months overlap
    # USD 10,000 a month for April-December; EUR 5,000 a month for June-December
    assert summary["unfunded_after_exit"] == {"EUR": "35000.00", "USD": "90000.00"}
    assert summary["flags_by_kind"]["no_successor"] == 2
    assert list(summary["flags_by_kind"]) == list(FLAG_KINDS)
    assert (summary["horizon_start"], summary["horizon_end"], summary["months"]) == (
        "2027-01-01", "2027-12-31", 12,
    )
    assert summary["exit_date"] == "2027-06-30"
    data = json.loads(json.dumps(report.to_json_dict()))
    assert data["flags"][0] == flag_to_dict(report.flags[0])
    assert set(data["flags"][0]) == {"kind", "severity", "message", "records", "details"}
    assert set(data["flags"][0]["records"][0]) == {"type", "id", "name"}


def test_flag_runs_are_the_flags_kind_by_kind():
    """What `gaps --json` writes from: the same flags, in the same order, as runs of one
    severity and kind; before the flags were worded and after (then from them)."""
    caps = [
        capacity("c1", annual_cost=Decimal(120000)),
        capacity("c2", mission_end=date(2027, 5, 31), annual_cost=Decimal(60000), currency="EUR"),
        capacity("c3", location_id="l2", location_name="Bunia"),
    ]

    def flattened(report, lang):
        return [(severity, kind, *flag) for severity, kind, flags in report.flag_runs(lang)
                for flag in flags]

    for lang in ("en", "fr"):
        report = compute_gaps(plan(caps, [handover(capacity_id="c3", share=0.5)]))
        before = flattened(report, lang)
        expected = [(f.severity, f.kind, f.message, f.records, f.details)
                    for f in report.flags_in(lang)]
        assert before == expected and len({(s, k) for s, k, *_ in before}) >= 2
        assert report.flags  # worded now: the runs come from them
        assert flattened(report, lang) == expected


def test_series_groups_filters_and_cache():
    caps = [
        capacity("c1", populations=("idps", "children")),
        capacity("c2", category="mine_action", populations=()),
    ]
    report = compute_gaps(plan(caps, [handover(capacity_id="c2", share=0.5)]))
    everything = report.series()[ALL]
    assert everything.requirement == [2.0] * 3 + [2.0] * 9
    assert everything.mission == [2.0] * 3 + [0.0] * 9
    assert everything.successors == [0.0, 0.0] + [0.5] * 10
    assert everything.by_actor_type == {"un_agency": everything.successors}
    assert everything.coverage == [2.0, 2.0, 2.5] + [0.5] * 9
    assert everything.gap == [0.0] * 3 + [1.5] * 9
    by_population = report.series(by="population")
    assert sorted(by_population) == ["children", "idps", NO_POPULATION]
    assert by_population["idps"].gap == by_population["children"].gap == [0.0] * 3 + [1.0] * 9
    filtered = report.series(by="category", where={"category": {"mine_action"}})
    assert list(filtered) == ["mine_action"] and filtered["mine_action"].capacities == 1
    assert report.series(by="population") is by_population
    assert json.loads(json.dumps(report.series_json("all")))["all"]["gap"] == everything.gap
    with pytest.raises(ValueError):
        report.series(by="colour")
    with pytest.raises(ValueError):
        report.series(where={"colour": {"red"}})


def test_empty_plan():
    report = compute_gaps(plan([]))
    assert report.flags == () and report.summary["capacity_gap_months"] == 0
    assert report.series()[ALL].gap == [0.0] * 12

# --- properties ---------------------------------------------------------------------------

STATUSES = [t.code for t in Taxonomy.builtin().terms("handover_status")]
MODALITIES = ["transfer", "co_delivery", "capacity_building", "discontinue"]
ACTOR_TYPES = ["un_agency", "national_ngo", "host_security_forces", "private_military_company"]
CATEGORIES = ["human_rights", "mine_action", "early_warning"]
SHARES = st.sampled_from([0.0, 0.25, 0.3, 0.5, 0.6, 0.7, 1.0])
# dates around month starts, where off-by-one-month mistakes live
DATES = st.builds(
    lambda month, day: add_months(H0, month) + timedelta(days=day),
    st.integers(-3, 24),
    st.sampled_from([-1, 0, 0, 1, 14]),
)
SOME_DATE = st.none() | DATES
MOSTLY_DATED = st.one_of(st.none(), DATES, DATES, DATES)
AMOUNTS = st.sampled_from([Decimal(1), Decimal(12000), Decimal(50000), Decimal(400000)])
SECURED = st.builds(
    funding, st.sampled_from(["pledged", "committed"]), st.just("bilateral"), SOME_DATE,
    SOME_DATE, amount=AMOUNTS,
)


@st.composite
def funding_lines(draw):
    status = draw(st.sampled_from(["required", "pledged", "committed"]))
    source = draw(st.sampled_from(["bilateral", "mission_assessed", "peacebuilding_fund"]))
    return funding(status, source, draw(SOME_DATE), draw(SOME_DATE), amount=draw(AMOUNTS),
                   currency=draw(st.sampled_from(["USD", "USD", "EUR"])))


@st.composite
def handovers_of(draw, ids: list[str], k: int):
    dims = ["capacity", "funding", "access"]
    return handover(
        id=f"h{k}",
        capacity_id=draw(st.sampled_from(ids)),
        actor_id=f"a{k}",
        actor_type=draw(st.sampled_from(ACTOR_TYPES)),
        share=draw(SHARES),
        modality=draw(st.sampled_from(MODALITIES)),
        start=draw(MOSTLY_DATED),
        end=draw(SOME_DATE),
        status=draw(st.sampled_from(STATUSES)),
        readiness=draw(st.dictionaries(st.sampled_from(dims), st.integers(1, 5))),
        data_protocol=draw(st.booleans()),
        funding=tuple(draw(st.lists(funding_lines(), max_size=3))),
        agreement=draw(st.sampled_from(["none", "draft", "signed"])),
        alternative_to=draw(st.none() | st.sampled_from([f"h{i}" for i in range(k)] or [None])),
    )


@st.composite
def plans(draw) -> PlanFacts:
    count = draw(st.integers(1, 4))
    ids = [f"c{i}" for i in range(count)]
    caps = [
        capacity(
            id,
            name=draw(st.sampled_from(["Alerts", "Patrols", "Radio"])),
            category=draw(st.sampled_from(CATEGORIES)),
            location_id=draw(st.sampled_from(["l1", "l2"])),
            populations=tuple(draw(st.lists(st.sampled_from(["idps", "children"]), unique=True))),
            criticality=draw(st.sampled_from(["low", "medium", "high", "critical"])),
            mission_end=draw(MOSTLY_DATED),
            required_share=draw(SHARES),
            annual_cost=draw(st.sampled_from([Decimal(0), Decimal(120000), Decimal(240000)])),
            has_sensitive_data=draw(st.booleans()),
            enabler_ids=tuple(draw(st.lists(st.sampled_from(ids), max_size=2))),
            funding=tuple(draw(st.lists(funding_lines(), max_size=2))),
        )
        for id in ids
    ]
    hs = [draw(handovers_of(ids, k)) for k in range(draw(st.integers(0, 6)))]
    rules = RULES if draw(st.booleans()) else TRUSTING
    return plan(caps, hs, months=draw(st.integers(1, 30)), rules=rules, as_of=draw(SOME_DATE))


TRUSTING = rules_from_taxonomy(Taxonomy.builtin(), unassessed="ready")


@st.composite
def costed_plans(draw) -> PlanFacts:
    """One costed capacity leaving within the horizon, successors with dated funding: the
    month boundaries of mission exit, handover and funding periods are all exercised."""
    cap = capacity(
        mission_end=draw(DATES), annual_cost=Decimal(120000), required_share=draw(SHARES),
        funding=tuple(draw(st.lists(SECURED, max_size=2))),
    )
    hs = [
        handover(
            id=f"h{k}",
            share=draw(SHARES),
            start=draw(DATES),
            end=draw(SOME_DATE),
            status=draw(st.sampled_from(["agreed", "proposed"])),
            funding=tuple(draw(st.lists(SECURED | funding_lines(), min_size=1, max_size=3))),
        )
        for k in range(draw(st.integers(1, 2)))
    ]
    return plan([cap], hs, months=24)


def _num(d: date) -> int:
    return d.year * 12 + d.month


def _paid(lines, rules, currency: str, month: date, window: list[date]) -> float:
    """What the secured lines pay of one month: an equal part of each line's amount in each
    month its period touches, an open side running to that edge of the window to pay for."""
    paid = 0.0
    for line in lines:
        if (line.status not in rules.secured_statuses or line.currency != currency
                or line.source_type in rules.mission_funding_sources):
            continue
        first = _num(line.start) if line.start else _num(window[0])
        last = _num(line.end) if line.end else _num(window[-1])
        if last < first:
            if not (line.start and line.end):
                continue  # the period lies outside the months to pay for
            last = first
        if first <= _num(month) <= last:
            paid += float(line.amount) / (last - first + 1)
    return paid


def reference_monthly(facts: PlanFacts, cap: CapacityFacts) -> tuple[list[tuple], set, float]:
    """The semantics read literally, month by month, date by date: (requirement, mission,
    successors, gap) per month, the months with unpaid cost, and the amount unpaid."""
    rules, starts = facts.rules, month_starts(facts)
    by_id = {h.id: h for h in facts.handovers}
    counting, decided = [], False
    for h in facts.handovers:
        if h.capacity_id != cap.id or h.status in rules.closed_statuses:
            continue
        if h.modality in rules.discontinue_modalities:
            decided = True
            continue
        primary = by_id.get(h.alternative_to) if h.alternative_to else None
        if primary is not None and primary.status not in rules.closed_statuses:
            continue  # a fallback not chosen
        counting.append(h)

    def claimed(h) -> float:
        if h.actor_type in rules.not_successor_types or (
            h.actor_type in rules.party_to_conflict_types
            and cap.category in rules.independence_categories
        ):
            return 0.0
        return h.share * rules.status_provision.get(h.status, 1.0)

    def counted(h) -> float:
        if not h.readiness:
            return claimed(h) * rules.unassessed_factor
        if min(h.readiness.values()) < rules.readiness_threshold:
            return claimed(h) * rules.unready_factor
        return claimed(h)

    def runs(h, day) -> bool:
        return h.start is not None and h.start <= day and (h.end is None or day <= h.end)

    def present(day) -> bool:
        return cap.mission_end is None or day <= cap.mission_end

    after = [d for d in starts if not present(d)]
    costed = cap.annual_cost > 0 and cap.required_share > 1e-9 and after
    monthly_cost = float(cap.annual_cost) / 12
    payers = [h for h in counting if claimed(h) > 1e-9 and h.share > 0
              and any(runs(h, d) for d in after)]
    anyone = any(claimed(h) > 1e-9 and any(runs(h, d) for d in starts) for h in counting)
    factor, unpaid_months, unpaid_total = {}, set(), 0.0
    for i, day in enumerate(starts):
        if not costed or present(day):
            continue
        if payers:
            running = [h for h in payers if runs(h, day)]
            shares = [(h.id, monthly_cost * h.share, h.funding,
                       [d for d in after if runs(h, d)]) for h in running]
        elif not decided and not anyone:
            shares = [("", monthly_cost * cap.required_share, (), after)]
        else:
            shares = []
        left = [cost - _paid(lines, rules, cap.currency, day, window)
                for _id, cost, lines, window in shares]
        pooled = _paid(cap.funding, rules, cap.currency, day, after)
        wanting = sum(x for x in left if x > 0)
        pays = min(1.0, pooled / wanting) if wanting > 0 else 1.0
        for (hid, cost, _lines, _window), short in zip(shares, left):
            short *= 1 - pays
            if short > 0.005:
                unpaid_months.add(i)
                unpaid_total += short
                paid = 1 - short / cost
                factor[hid, i] = paid + (1 - paid) * rules.unfunded_factor
    out = []
    for i, day in enumerate(starts):
        mission = 1.0 if present(day) else 0.0
        successors = sum(counted(h) * factor.get((h.id, i), 1.0)
                         for h in counting if runs(h, day))
        requirement = 1.0 if mission else cap.required_share
        out.append((requirement, mission, successors, max(0.0, requirement - mission - successors)))
    return out, unpaid_months, unpaid_total


@settings(PROPERTY, max_examples=250)
@given(st.one_of(plans(), costed_plans()))
def test_engine_matches_the_literal_semantics_and_never_goes_negative(facts):
    report = compute_gaps(facts)
    for cap in facts.capacities:
        coverage = report.coverage(cap.id)
        expected, unpaid_months, unpaid = reference_monthly(facts, cap)
        monthly = coverage.monthly()
        assert monthly == [pytest.approx(m, abs=1e-9) for m in expected]
        assert coverage.gap_months == sum(gap > 1e-9 for *_, gap in expected)
        assert set(months_of(coverage.unfunded_mask)) == unpaid_months
        part = report.unfunded.get(cap.id)
        assert float(part.amount if part else 0) == pytest.approx(unpaid, abs=0.011)
        assert all(
            mission + successors >= 0 and gap >= 0 for _, mission, successors, gap in monthly
        )
    for series in report.series().values():
        assert min(series.coverage + series.gap + series.successors) >= 0


@PROPERTY
@given(st.one_of(plans(), costed_plans()))
def test_every_uncovered_month_is_explained_by_a_flag_of_its_capacity(facts):
    report = compute_gaps(facts)
    explained = {}
    for flag in report.flags:
        capacity_id = flag.records[0].id
        explained[capacity_id] = explained.get(capacity_id, 0) | flag.months
    for cap in facts.capacities:
        unexplained = report.coverage(cap.id).gap_mask & ~explained.get(cap.id, 0)
        assert unexplained == 0, (cap.id, months_of(unexplained), kinds(report))


@PROPERTY
@given(st.one_of(plans(), costed_plans()))
def test_the_unfunded_figure_adds_up_from_the_capacities_and_their_flags(facts):
    report = compute_gaps(facts)
    by_flags, by_capacities = {}, {}
    for flag in report.flags:
        if flag.kind in ("unfunded_after_exit", "no_successor") and "amount" in flag.details:
            currency = flag.details["currency"]
            by_flags[currency] = by_flags.get(currency, 0) + Decimal(flag.details["amount"])
    for part in report.unfunded.values():
        by_capacities[part.currency] = by_capacities.get(part.currency, 0) + part.amount
        assert sum(part.by_month(facts.months)) == part.amount * 100
    summary = {c: Decimal(a) for c, a in report.summary["unfunded_after_exit"].items()}
    assert summary == by_capacities == by_flags


def fully_covered(facts: PlanFacts) -> PlanFacts:
    """Each capacity gets an active, ready, funded successor taking all of it before the exit;
    other handovers stay unless they start after the exit."""
    ends = {cap.id: cap.mission_end for cap in facts.capacities}
    others = [
        h
        for h in facts.handovers
        if h.start is None or ends[h.capacity_id] is None or h.start <= ends[h.capacity_id]
    ]
    successors = [
        handover(
            id=f"full-{cap.id}",
            capacity_id=cap.id,
            share=1.0,
            status="handed_over",
            start=(cap.mission_end or H0) - timedelta(days=30),
            end=None,
            funding=(funding("committed", "bilateral", amount=Decimal(10**9)),),
        )
        for cap in facts.capacities
    ]
    return dataclasses.replace(facts, handovers=tuple(others + successors))


@PROPERTY
@given(plans())
def test_a_fully_covered_plan_has_no_gap_and_no_missing_or_late_successor(facts):
    report = compute_gaps(fully_covered(facts))
    assert report.summary["capacity_gap_months"] == 0
    assert all(series.gap == [0.0] * facts.months for series in report.series().values())
    assert not {"no_successor", "late_successor", "successor_ends", "partial_cover"} & set(
        kinds(report)
    )


@PROPERTY
@given(plans(), st.data())
def test_an_earlier_handover_start_never_widens_a_gap(facts, data):
    dated = [i for i, h in enumerate(facts.handovers) if h.start is not None]
    assume(dated)
    i = data.draw(st.sampled_from(dated))
    earlier = facts.handovers[i].start - timedelta(days=data.draw(st.integers(1, 400)))
    moved = list(facts.handovers)
    moved[i] = dataclasses.replace(moved[i], start=earlier)
    before = compute_gaps(facts)
    after = compute_gaps(dataclasses.replace(facts, handovers=tuple(moved)))
    for cap in facts.capacities:
        assert after.coverage(cap.id).gap_total <= before.coverage(cap.id).gap_total + 1e-9
    total = sum(c.gap_total for c in before.coverages.values())
    assert sum(c.gap_total for c in after.coverages.values()) <= total + 1e-9


def members(facts: PlanFacts, by: str | None, group: str) -> list[CapacityFacts]:
    def keys(cap):
        if by is None:
            return [ALL]
        if by == "population":
            return list(cap.populations) or [NO_POPULATION]
        return [cap.location_id if by == "location" else getattr(cap, by)]

    return [cap for cap in facts.capacities if group in keys(cap)]


@PROPERTY
@given(plans())
def test_series_totals_equal_the_sums_over_capacities(facts):
    report = compute_gaps(facts)
    for by in GROUPINGS:
        for group, series in report.series(by=by).items():
            caps = members(facts, by, group)
            assert series.capacities == len(caps)
            monthly = [report.coverage(c.id).monthly() for c in caps]
            for field, column in (
                ("requirement", 0),
                ("mission", 1),
                ("successors", 2),
                ("gap", 3),
            ):
                expected = [sum(m[i][column] for m in monthly) for i in range(facts.months)]
                assert getattr(series, field) == pytest.approx(expected, abs=1e-9)
            by_actor = [sum(v) for v in zip(*series.by_actor_type.values())] or [0.0] * facts.months
            assert by_actor == pytest.approx(series.successors, abs=1e-9)
            assert series.coverage == pytest.approx(
                [m + s for m, s in zip(series.mission, series.successors)], abs=1e-9
            )
