"""Gap engine: hand-computed plans, every flag kind, and properties against a naive reference."""

from __future__ import annotations

import dataclasses
import json
from datetime import date, timedelta
from decimal import Decimal

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
    compute_gaps,
    flag_to_dict,
    month_index,
    month_starts,
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
        mission_end=date(2027, 4, 1),
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


def plan(capacities, handovers=(), months=12) -> PlanFacts:
    return PlanFacts(H0, months, date(2027, 6, 30), tuple(capacities), tuple(handovers), RULES)


def kinds(report) -> list[str]:
    return [f.kind for f in report.flags]


def only(report, kind):
    found = [f for f in report.flags if f.kind == kind]
    assert len(found) == 1, kinds(report)
    return found[0]


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


# --- coverage, computed by hand -----------------------------------------------------------


def late_partial_plan(**handover_changes) -> PlanFacts:
    """Mission leaves on 1 April 2027; a successor takes 60% from 1 June 2027."""
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


def test_lower_requirement_after_exit_closes_the_gap_once_the_successor_starts():
    cap = capacity(required_share=0.5)
    cov = compute_gaps(plan([cap], [handover(share=0.6, start=date(2027, 6, 1))])).coverage("c1")
    assert [m[3] for m in cov.monthly()] == [0, 0, 0, 0.5, 0.5, 0, 0, 0, 0, 0, 0, 0]
    assert [m[0] for m in cov.monthly()][2:4] == [1.0, 0.5]


def test_mid_month_dates_count_from_the_next_month_start():
    # the mission is still there on 1 April, so it provides April; the successor starting on
    # 15 April provides from May, and its commitment ending on 15 September covers September
    cap = capacity(mission_end=date(2027, 4, 15))
    h = handover(start=date(2027, 4, 15), end=date(2027, 9, 15))
    cov = compute_gaps(plan([cap], [h])).coverage("c1")
    assert [m[1] for m in cov.monthly()] == [1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0]
    assert [m[2] for m in cov.monthly()] == [0, 0, 0, 0, 1, 1, 1, 1, 1, 0, 0, 0]
    assert cov.gaps == ((9, 12, 1.0),)


def test_unfunded_successor_provides_half_after_exit_and_is_flagged():
    report = compute_gaps(late_partial_plan(funding=()))
    cov = report.coverage("c1")
    assert [m[2] for m in cov.monthly()][5:] == [pytest.approx(0.3)] * 7
    assert [m[3] for m in cov.monthly()][5:] == [pytest.approx(0.7)] * 7
    flag = only(report, "unfunded_after_exit")
    # 120,000 a year = 10,000 a month, for June to December, 100% still required
    assert flag.details == {
        "months": 7,
        "amount": "70000.00",
        "currency": "USD",
        "from": "2027-06-01",
    }
    assert report.summary["unfunded_after_exit"] == {"USD": "70000.00"}


def test_only_secured_non_mission_funding_counts_and_by_overlapping_month():
    lines = (
        funding("pledged", "bilateral", date(2027, 6, 15), date(2027, 9, 10)),  # Jun-Sep
        funding("committed", "mission_assessed", None, None),  # ends with the mission
        funding("required", "peacebuilding_fund", None, None),  # not secured
    )
    report = compute_gaps(late_partial_plan(funding=lines))
    provision = [m[2] for m in report.coverage("c1").monthly()]
    assert provision[5:] == pytest.approx([0.6] * 4 + [0.3] * 3)
    details = only(report, "unfunded_after_exit").details
    assert (details["months"], details["amount"], details["from"]) == (3, "30000.00", "2027-10-01")


def test_funding_matters_only_after_the_mission_left():
    cap = capacity(annual_cost=Decimal(120000), mission_end=date(2027, 7, 1))
    h = handover(start=date(2027, 1, 1), share=0.5)  # co-delivery from January, no funding
    cov = compute_gaps(plan([cap], [h])).coverage("c1")
    assert [m[2] for m in cov.monthly()] == [0.5] * 6 + [0.25] * 6
    assert cov.unfunded_mask.bit_count() == 6


def test_no_cost_means_no_funding_factor():
    h = handover(start=date(2027, 4, 1), funding=())
    report = compute_gaps(plan([capacity(annual_cost=Decimal(0))], [h]))
    assert report.coverage("c1").gap_months == 0
    assert "unfunded_after_exit" not in kinds(report)


def test_status_readiness_and_modality_factors():
    status = compute_gaps(plan([capacity()], [handover(status="proposed")])).coverage("c1")
    assert status.monthly()[6][2] == 0.5
    weak = dict(READY, access=2)
    unready = compute_gaps(plan([capacity()], [handover(readiness=weak)])).coverage("c1")
    assert unready.monthly()[6][2] == RULES.unready_factor
    stopped = compute_gaps(plan([capacity()], [handover(modality="discontinue")]))
    assert stopped.coverage("c1").gap_months == 9
    assert stopped.flags == ()  # a decision to stop, not a missing successor
    undated = compute_gaps(plan([capacity()], [handover(start=None)])).coverage("c1")
    assert undated.gap_months == 9


def test_no_mission_end_means_the_mission_stays():
    cov = compute_gaps(plan([capacity(mission_end=None)])).coverage("c1")
    assert cov.monthly() == [(1.0, 1.0, 0.0, 0.0)] * 12
    assert cov.first_gap_month is None


# --- flags --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("criticality", "severity"),
    [("critical", "high"), ("high", "high"), ("medium", "medium"), ("low", "low")],
)
def test_no_successor_severity_follows_criticality(criticality, severity):
    flag = only(compute_gaps(plan([capacity(criticality=criticality)])), "no_successor")
    assert flag.severity == severity
    assert flag.message == (
        "No successor is planned for CLA network c1 in Beni: the mission stops providing it "
        "on 1 April 2027, and 100% of it is still required afterwards."
    )
    assert [(r.type, r.id) for r in flag.records] == [("capacity", "c1"), ("location", "l1")]


def test_no_successor_ignores_closed_handovers_and_unneeded_capacities():
    declined = handover(status="declined")
    assert "no_successor" in kinds(compute_gaps(plan([capacity()], [declined])))
    assert "no_successor" not in kinds(compute_gaps(plan([capacity(required_share=0.0)])))
    assert "no_successor" not in kinds(compute_gaps(plan([capacity()], [handover()])))


def test_late_successor_counts_the_days_without_cover():
    flag = only(compute_gaps(late_partial_plan()), "late_successor")
    assert flag.details["gap_days"] == 61
    assert flag.message == (
        "The mission leaves Beni on 1 April 2027 and UNHCR starts taking over CLA network c1 "
        "on 1 June 2027, leaving 61 days without cover."
    )
    assert [r.type for r in flag.records] == ["capacity", "handover", "actor", "location"]
    assert flag.records[1].name == "CLA network c1 -> UNHCR"
    on_time = handover(start=date(2027, 4, 1))
    assert "late_successor" not in kinds(compute_gaps(plan([capacity()], [on_time])))


def test_readiness_below_threshold_lists_the_weak_dimensions():
    weak = {"capacity": 4, "funding": 2, "access": 1}
    flag = only(
        compute_gaps(plan([capacity()], [handover(readiness=weak)])), "readiness_below_threshold"
    )
    assert flag.details == {"funding": 2, "access": 1}
    assert "funding 2/5, access 1/5" in flag.message
    assert (
        compute_gaps(plan([capacity()], [handover(readiness=weak)])).summary["capacities_not_ready"]
        == 1
    )


def test_over_allocation():
    hs = [handover("h1", share=0.7), handover("h2", share=0.5, actor_id="a2")]
    flag = only(compute_gaps(plan([capacity()], hs)), "over_allocation")
    assert flag.details == {"total_share": 1.2}
    assert flag.severity == "medium"
    closed = [handover("h1", share=0.7), handover("h2", share=0.5, status="declined")]
    assert "over_allocation" not in kinds(compute_gaps(plan([capacity()], closed)))


def test_enabler_orphaned_when_the_enabler_goes_first():
    flights = capacity("e1", name="Flights", mission_end=date(2027, 3, 1), criticality="low")
    cla = capacity("c1", mission_end=date(2027, 6, 1), enabler_ids=("e1", "missing", "c1"))
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


def test_independence_conflict_for_monitoring_by_a_party_to_the_conflict():
    monitoring = capacity(category="human_rights")
    forces = handover(actor_type="host_security_forces", actor_name="FARDC")
    flag = only(compute_gaps(plan([monitoring], [forces])), "independence_conflict")
    assert (flag.severity, flag.details["reason"]) == ("high", "party_to_conflict")
    assert "FARDC" in flag.message and "party to the conflict" in flag.message
    demining = compute_gaps(plan([capacity(category="mine_action")], [forces]))
    assert "independence_conflict" not in kinds(demining)


def test_independence_conflict_for_actors_that_are_not_successors():
    pmc = handover(actor_type="private_military_company", actor_name="Wagner")
    flag = only(
        compute_gaps(plan([capacity(category="mine_action")], [pmc])), "independence_conflict"
    )
    assert flag.details["reason"] == "not_successor"
    assert "not successors" in flag.message
    declined = handover(actor_type="private_military_company", status="declined")
    assert "independence_conflict" not in kinds(compute_gaps(plan([capacity()], [declined])))


def test_data_without_protocol():
    sensitive = capacity(has_sensitive_data=True)
    flag = only(compute_gaps(plan([sensitive], [handover()])), "data_without_protocol")
    assert flag.severity == "high"
    low = capacity(has_sensitive_data=True, criticality="low")
    assert only(compute_gaps(plan([low])), "data_without_protocol").severity == "medium"
    agreed = handover(data_protocol=True)
    assert "data_without_protocol" not in kinds(compute_gaps(plan([sensitive], [agreed])))


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


# --- summary, JSON, series ----------------------------------------------------------------


def test_summary_and_json_contract():
    caps = [
        capacity("c1", annual_cost=Decimal(120000)),
        capacity("c2", mission_end=date(2027, 6, 1), annual_cost=Decimal(60000), currency="EUR"),
        capacity("c3", location_id="l2", location_name="Bunia"),
    ]
    report = compute_gaps(plan(caps, [handover(capacity_id="c3")]))
    summary = report.summary
    assert summary["capacities"] == 3 and summary["handovers"] == 1
    assert summary["capacities_without_successor"] == 2
    assert summary["capacity_gap_months"] == 9 + 7
    assert summary["uncovered_location_months"] == 9  # l1 from April; c2's months overlap
    assert summary["unfunded_after_exit"] == {"EUR": "35000.00", "USD": "90000.00"}
    assert summary["flags_by_kind"]["no_successor"] == 2
    assert set(summary["flags_by_kind"]) == set(FLAG_KINDS)
    assert (summary["horizon_start"], summary["months"], summary["exit_date"]) == (
        "2027-01-01",
        12,
        "2027-06-30",
    )
    data = json.loads(json.dumps(report.to_json_dict()))
    assert data["flags"][0] == flag_to_dict(report.flags[0])
    assert set(data["flags"][0]) == {"kind", "severity", "message", "records", "details"}
    assert set(data["flags"][0]["records"][0]) == {"type", "id", "name"}


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
SECURED = st.builds(
    funding, st.sampled_from(["pledged", "committed"]), st.just("bilateral"), SOME_DATE, SOME_DATE
)


@st.composite
def funding_lines(draw):
    status = draw(st.sampled_from(["required", "pledged", "committed"]))
    source = draw(st.sampled_from(["bilateral", "mission_assessed", "peacebuilding_fund"]))
    return funding(status, source, draw(SOME_DATE), draw(SOME_DATE))


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
        )
        for id in ids
    ]
    hs = [draw(handovers_of(ids, k)) for k in range(draw(st.integers(0, 6)))]
    return plan(caps, hs, months=draw(st.integers(1, 30)))


@st.composite
def costed_plans(draw) -> PlanFacts:
    """One costed capacity leaving within the horizon, successors with dated funding: the
    month boundaries of mission exit, handover and funding periods are all exercised."""
    cap = capacity(
        mission_end=draw(DATES), annual_cost=Decimal(120000), required_share=draw(SHARES)
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


def reference_monthly(facts: PlanFacts, cap: CapacityFacts) -> tuple[list[tuple], set[int]]:
    """The semantics read literally, month by month, date by date: (requirement, mission,
    successors, gap) per month, and the months with unfunded successor provision."""
    rules, out, unfunded = facts.rules, [], set()
    for i, start in enumerate(month_starts(facts)):
        last = add_months(start, 1) - timedelta(days=1)
        mission = 1.0 if cap.mission_end is None or start < cap.mission_end else 0.0
        successors = 0.0
        for h in facts.handovers:
            if h.capacity_id != cap.id or h.status in rules.closed_statuses:
                continue
            if h.modality in rules.discontinue_modalities or h.start is None:
                continue
            if not (h.start <= start and (h.end is None or start < h.end)):
                continue
            value = h.share * rules.status_provision.get(h.status, 1.0)
            if any(v < rules.readiness_threshold for v in h.readiness.values()):
                value *= rules.unready_factor
            funded = any(
                line.status in rules.secured_statuses
                and line.source_type not in rules.mission_funding_sources
                and (line.start is None or line.start <= last)
                and (line.end is None or line.end >= start)
                for line in h.funding
            )
            if not mission and cap.annual_cost > 0 and not funded:
                value *= rules.unfunded_factor
                unfunded.add(i)
            successors += value
        requirement = 1.0 if mission else cap.required_share
        out.append((requirement, mission, successors, max(0.0, requirement - mission - successors)))
    return out, unfunded


@settings(PROPERTY, max_examples=250)
@given(st.one_of(plans(), costed_plans()))
def test_engine_matches_the_literal_semantics_and_never_goes_negative(facts):
    report = compute_gaps(facts)
    for cap in facts.capacities:
        coverage = report.coverage(cap.id)
        expected, unfunded = reference_monthly(facts, cap)
        monthly = coverage.monthly()
        assert monthly == [pytest.approx(m, abs=1e-9) for m in expected]
        assert coverage.gap_months == sum(gap > 1e-9 for *_, gap in expected)
        assert {i for i in range(facts.months) if coverage.unfunded_mask >> i & 1} == unfunded
        assert all(
            mission + successors >= 0 and gap >= 0 for _, mission, successors, gap in monthly
        )
    for series in report.series().values():
        assert min(series.coverage + series.gap + series.successors) >= 0


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
            funding=(funding("committed", "bilateral"),),
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
    assert not {"no_successor", "late_successor"} & set(kinds(report))


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
