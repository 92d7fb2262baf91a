"""The gap report updated after an edit (services.gaps_cache, domain.gaps_update) equals the
full computation, after random sequences of edits made through the services on a small plan:
coverages, unfunded amounts, summary, worded flags and series (all groupings, one filter);
and so do the inventory's rows (each capacity's worded flags), the dashboard's flag rows and
its funding cliff, which keep what did not change from one edit to the next.

The plan (horizon January 2027, 24 months, exit 31 December 2027): a country with Site North
(closes 31 March 2027) and Site South (closes 30 June 2027), a team site under South with no
closure of its own (it inherits South's); a UN agency, a national NGO, the host's security
forces (a party to the conflict) and a private military company (no successor at all); five
capacities with successors, readiness, funding of their own and of their handovers, three
enabler links, a fallback successor, a decision to discontinue and a post-exit indicator.
"""

from __future__ import annotations

import math
import os
from datetime import date
from decimal import Decimal

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from transition_planner.domain.gaps import GROUPINGS, compute_gaps
from transition_planner.services import (
    audit,
    dashboard,
    gaps,
    gaps_cache,
    handovers,
    inventory,
    inventory_view,
    monitoring,
    plans,
)
from transition_planner.services.errors import ServiceError

D = date.fromisoformat
AS_OF = D("2027-09-15")  # a day after the exit of North and South, before the plan's
DATES = [None, D("2027-02-01"), D("2027-04-01"), D("2027-07-15"), D("2027-11-30"),
         D("2028-03-31")]
STATUSES = ["identified", "proposed", "agreed", "handed_over", "at_risk", "declined"]
EXAMPLES = int(os.environ.get("GAPS_UPDATE_EXAMPLES", "30"))  # more: a longer hunt
WHERE = {"category": ["human_rights", "early_warning"]}


def build_plan(path) -> tuple[plans.PlanHandle, dict]:
    plan = plans.new_plan(path, {
        "name": "Test plan", "mission_name": "Test Mission", "planned_exit": "2027-12-31",
        "horizon_start": "2027-01-01", "horizon_months": 24}, user="tester")
    ids: dict[str, str] = {}
    country = inventory.add_location(plan, {"name": "Testland", "level": "country"}).id
    ids["north"] = inventory.add_location(plan, {
        "name": "Site North", "parent_id": country, "closure_date": D("2027-03-31")}).id
    ids["south"] = inventory.add_location(plan, {
        "name": "Site South", "parent_id": country, "closure_date": D("2027-06-30")}).id
    ids["team"] = inventory.add_location(plan, {"name": "Team site", "parent_id": ids["south"]}).id
    for key, name, kind in (("agency", "Agency", "un_agency"), ("ngo", "NGO", "national_ngo"),
                            ("forces", "Forces", "host_security_forces"),
                            ("pmc", "Guards Ltd", "private_military_company")):
        ids[key] = inventory.add_actor(plan, {"name": name, "actor_type": kind}).id
    for key, name, loc, category, cost in (
            ("c1", "Alert network", "north", "early_warning", "120000"),
            ("c2", "Monitoring", "south", "human_rights", "60000"),
            ("c3", "Reporting", "team", "human_rights", "0"),
            ("c4", "Flights", "south", "logistics_access", "240000"),
            ("c5", "Patrols", "team", "physical_protection", "12000")):
        ids[key] = inventory.add_capacity(plan, {
            "name": name, "location_id": ids[loc], "category": category,
            "annual_cost": Decimal(cost), "criticality": "high",
            "populations": ["idps"] if key in ("c1", "c5") else [],
            "has_sensitive_data": key == "c2"}).id
    for capacity, enabler in (("c2", "c4"), ("c5", "c4"), ("c3", "c1")):
        inventory.add_enabler(plan, ids[capacity], ids[enabler])
    for key, cap, actor, share, status, start in (
            ("h2", "c2", "agency", 0.5, "agreed", "2027-06-01"),
            ("h3", "c3", "ngo", 1.0, "agreed", "2027-09-01"),
            ("h4", "c4", "forces", 1.0, "proposed", "2027-07-01"),
            ("h5", "c5", "ngo", 0.6, "at_risk", "2027-08-01")):
        ids[key] = handovers.add_handover(plan, {
            "capacity_id": ids[cap], "actor_id": ids[actor], "share": share, "status": status,
            "start_date": D(start)}).id
    ids["h5b"] = handovers.add_handover(plan, {
        "capacity_id": ids["c5"], "actor_id": ids["agency"], "share": 0.6,
        "status": "proposed", "start_date": D("2027-09-01"), "alternative_to_id": ids["h5"]}).id
    ids["h1"] = handovers.add_handover(plan, {
        "capacity_id": ids["c1"], "actor_id": ids["agency"], "modality": "discontinue",
        "status": "agreed"}).id
    for handover, dimension, score in (("h2", "capacity", 4), ("h2", "access", 2),
                                       ("h3", "capacity", 5)):
        handovers.set_readiness(plan, ids[handover], {"dimension": dimension, "score": score})
    handovers.add_funding_line(plan, {
        "capacity_id": ids["c2"], "handover_id": ids["h2"], "source_type": "peacebuilding_fund",
        "status": "pledged", "amount": Decimal("20000"), "currency": "USD",
        "period_start": D("2027-07-01"), "period_end": D("2028-06-30")})
    handovers.add_funding_line(plan, {
        "capacity_id": ids["c4"], "source_type": "bilateral", "status": "committed",
        "amount": Decimal("50000"), "currency": "USD", "period_start": D("2027-07-01")})
    indicator = monitoring.add_indicator(plan, {
        "name": "Alerts answered", "handover_id": ids["h3"], "threshold": 10,
        "trigger_when": "below", "trigger_periods": 2}).id
    for day, value in (("2027-07-10", 4), ("2027-08-10", 3)):
        monitoring.add_value(plan, {"indicator_id": indicator, "measured_on": D(day),
                                    "value": value})
    return plan, ids


# --- edits ---------------------------------------------------------------------------------

def _pick(items, i):
    return items[i % len(items)] if items else None


def edit(plan, op, a: int, b: int, c: int) -> None:
    """One edit through the services; refused edits change nothing (and are fine)."""
    caps = inventory.list_capacities(plan)
    hos = handovers.list_handovers(plan)
    locs = inventory.list_locations(plan)
    actors = inventory.list_actors(plan)
    cap, ho = _pick(caps, a), _pick(hos, a)
    if op == "required_share":  # moves gap months, which capacities relying on it read
        inventory.update_capacity(plan, cap.id, {"required_share": _pick([0.0, 0.5, 1.0], b)})
    elif op == "capacity":
        field, value = _pick([
            ("required_share", _pick([0.0, 0.5, 1.0], b)), ("end_date", _pick(DATES, b)),
            ("annual_cost", Decimal(_pick(["0", "12000", "120000"], b))),
            ("name", _pick(["Alert network", "Zeta", "Monitoring", "Aardvark"], b)),
            ("location_id", _pick(locs, b).id),
            ("category", _pick(["human_rights", "early_warning", "physical_protection"], b)),
            ("criticality", _pick(["critical", "medium", "low"], b)),
            ("has_sensitive_data", bool(b % 2)), ("currency", _pick(["USD", "EUR"], b)),
            ("populations", _pick([[], ["idps"], ["children", "idps"]], b)),
        ], c)
        inventory.update_capacity(plan, cap.id, {field: value})
    elif op == "add_capacity":
        inventory.add_capacity(plan, {
            "name": f"New {len(caps)}", "location_id": _pick(locs, b).id,
            "category": _pick(["human_rights", "mine_action"], c),
            "annual_cost": Decimal(c * 1000)})
    elif op == "delete_capacity" and cap:
        inventory.delete_capacity(plan, cap.id)
    elif op == "add_handover" and cap:
        handovers.add_handover(plan, {
            "capacity_id": cap.id, "actor_id": _pick(actors, b).id,
            "share": _pick([0.3, 0.5, 1.0], c), "status": _pick(STATUSES, b + c),
            "start_date": _pick(DATES, c),
            "alternative_to_id": _pick(hos, b).id if hos and c % 3 == 0 else None})
    elif op == "handover" and ho:
        field, value = _pick([
            ("share", _pick([0.0, 0.4, 0.7, 1.0], b)), ("status", _pick(STATUSES, b)),
            ("start_date", _pick(DATES, b)), ("end_date", _pick(DATES[3:] + [None], b)),
            ("actor_id", _pick(actors, b).id), ("data_protocol_agreed", bool(b % 2)),
            ("agreement_status", _pick(["none", "signed"], b)),
            ("modality", _pick(["transfer", "discontinue"], b)),
        ], c)
        handovers.update_handover(plan, ho.id, {field: value})
    elif op == "delete_handover" and ho:
        handovers.delete_handover(plan, ho.id)
    elif op == "readiness" and ho:
        handovers.set_readiness(plan, ho.id, {
            "dimension": _pick(["capacity", "access", "funding"], b), "score": 1 + c % 5})
    elif op == "funding" and cap:
        own = [h for h in hos if h.capacity_id == cap.id]
        handovers.add_funding_line(plan, {
            "capacity_id": cap.id, "handover_id": _pick(own, b).id if own and b % 2 else None,
            "source_type": _pick(["bilateral", "mission_assessed"], c),
            "status": _pick(["pledged", "required"], b), "amount": Decimal(5000 * (1 + c)),
            "currency": _pick(["USD", "EUR"], b + c), "period_start": _pick(DATES, c)})
    elif op == "delete_funding":
        lines = handovers.list_funding_lines(plan)
        if lines:
            handovers.delete_funding_line(plan, _pick(lines, b).id)
    elif op == "enabler" and len(caps) > 1:
        other = _pick(caps, a + 1 + b)
        if other.id in inventory.enablers_of(plan, cap.id):
            inventory.remove_enabler(plan, cap.id, other.id)
        elif other.id != cap.id:
            inventory.add_enabler(plan, cap.id, other.id)
    elif op == "location":
        loc = _pick(locs, b)
        if c % 2:
            inventory.update_location(plan, loc.id, {"closure_date": _pick(DATES, c)})
        else:
            inventory.update_location(plan, loc.id, {"name": f"Place {c}"})
    elif op == "actor":
        inventory.update_actor(plan, _pick(actors, b).id, {
            "actor_type": _pick(["un_agency", "host_security_forces", "national_ngo"], c)})
    elif op == "indicator_value":
        indicators = monitoring.list_indicators(plan)
        if indicators:
            monitoring.add_value(plan, {"indicator_id": _pick(indicators, b).id,
                                        "measured_on": D("2027-09-10"), "value": 5 + 10 * c})
    elif op == "undo_delete":
        deleted = audit.deleted_records(plan)
        if deleted:
            audit.restore_deleted(plan, deleted[0].id)
    elif op == "threshold":
        plans.update_plan(plan, {"readiness_threshold": 2 + b % 3})


OPS = ["required_share", "capacity", "capacity", "add_capacity", "delete_capacity",
       "add_handover", "handover", "handover", "delete_handover", "readiness", "funding",
       "delete_funding", "enabler",
       "location", "actor", "indicator_value", "undo_delete", "threshold"]
EDIT = st.tuples(st.sampled_from(OPS), st.integers(0, 7), st.integers(0, 7), st.integers(0, 7))


# --- comparing -----------------------------------------------------------------------------

def _flag(f) -> tuple:
    return f.kind, f.severity, f.message, f.records, f.details, f.months


def _close(a: list[float], b: list[float]) -> bool:
    return len(a) == len(b) and all(math.isclose(x, y, abs_tol=1e-9) for x, y in zip(a, b))


def assert_same(report, reference) -> None:
    assert report.coverages == reference.coverages
    assert report.unfunded == reference.unfunded
    assert report.summary == reference.summary
    assert [_flag(f) for f in report.flags] == [_flag(f) for f in reference.flags]
    for by, where in [(by, None) for by in GROUPINGS] + [(None, WHERE), ("location", WHERE)]:
        ours, theirs = report.series(by, where), reference.series(by, where)
        assert ours.keys() == theirs.keys(), (by, where)
        for group, series in theirs.items():
            mine = ours[group]
            assert mine.capacities == series.capacities, (by, group)
            assert mine.by_actor_type.keys() == series.by_actor_type.keys(), (by, group)
            for name in ("requirement", "mission", "successors", "coverage", "gap"):
                assert _close(getattr(mine, name), getattr(series, name)), (by, group, name)
            for kind, values in series.by_actor_type.items():
                assert _close(mine.by_actor_type[kind], values), (by, group, kind)


def _flag_rows(report) -> tuple:
    """dashboard.flag_rows as it reads, with nothing kept from an earlier call."""
    from transition_planner.domain.wording import word_flag
    from transition_planner.i18n import current

    return tuple(dashboard.FlagRow(dashboard.flag_key_of(f), f.kind, f.severity,
                                   word_flag(f, current()), tuple(f.records))
                 for f in report.flags)


def _fresh_cliffs(plan, report) -> dict:
    """dashboard.funding_cliffs with nothing kept from an earlier call (what it keeps is put
    back after, so that the next edit's cliff still starts from the last one)."""
    kept = [(cache, dict(cache)) for cache in (dashboard._LAST_LINES, dashboard._LAST_CLIFF,
                                               dashboard._LAST_UNFUNDED)]
    for cache, _copy in kept:
        cache.clear()
    try:
        return dashboard.funding_cliffs(report, dashboard.funding_lines(plan, report))
    finally:
        for cache, copy in kept:
            cache.clear()
            cache.update(copy)


def full(plan):
    return compute_gaps(gaps.load_facts(plan, as_of=AS_OF))


@pytest.fixture(scope="module")
def template(tmp_path_factory):
    path = tmp_path_factory.mktemp("template") / "plan.tplan"
    handle, ids = build_plan(path)
    handle.close()
    return path, ids


def _copy(template, tmp_path_factory):
    import shutil

    path = tmp_path_factory.mktemp("edits") / "plan.tplan"
    shutil.copy(template[0], path)
    return plans.open_plan(path, user="tester")


@settings(max_examples=EXAMPLES, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(edits=st.lists(EDIT, min_size=1, max_size=8))
def test_updated_report_equals_the_full_computation(template, tmp_path_factory, edits):
    plan = _copy(template, tmp_path_factory)
    try:
        report = gaps.compute(plan, as_of=AS_OF)
        assert_same(report, full(plan))  # (words the flags and builds the series it keeps)
        for op, a, b, c in edits:
            try:
                edit(plan, op, a, b, c)
            except ServiceError:
                pass  # refused: nothing changed
            report = gaps.compute(plan, as_of=AS_OF)
            reference = full(plan)
            assert_same(report, reference)
            # the inventory's rows (the detail panel's flags), also only partly read again
            assert inventory_view.inventory_rows(plan) == inventory_view._rows(
                plan, compute_gaps(gaps.load_facts(plan)), None)
            # and the dashboard's flag rows, whose words are kept for the flags kept
            assert dashboard.flag_rows(report, ()) == _flag_rows(reference)
            # and its funding cliff, whose lines' spread is kept when they did not change
            assert dashboard.funding_cliffs(report, dashboard.funding_lines(plan, report)) \
                == _fresh_cliffs(plan, reference)
    finally:
        gaps_cache.forget(str(plan.path))
        plan.close()


def test_an_edit_of_one_capacity_is_an_update_not_a_full_computation(template, tmp_path_factory):
    plan = _copy(template, tmp_path_factory)
    ids = template[1]
    try:
        before = gaps.compute(plan, as_of=AS_OF)
        assert before.coverage(ids["c3"]).gap_months == 2  # July, August: nobody yet
        updated = gaps_cache.stats["updated"]
        handovers.update_handover(plan, ids["h3"], {"start_date": D("2027-07-01")})
        after = gaps.compute(plan, as_of=AS_OF)
        assert gaps_cache.stats["updated"] == updated + 1
        assert after.coverage(ids["c3"]).gap_months == 0
        assert after.summary["capacity_gap_months"] == before.summary["capacity_gap_months"] - 2
        assert gaps_cache.changed_between(before, after) == {ids["c3"]}
        assert after.coverage(ids["c1"]) is before.coverage(ids["c1"])  # kept, not recomputed
        assert_same(after, full(plan))
        assert gaps.compute(plan, as_of=AS_OF) is after  # nothing written since: the same
    finally:
        gaps_cache.forget(str(plan.path))
        plan.close()


def test_a_plan_wide_change_computes_everything(template, tmp_path_factory):
    plan = _copy(template, tmp_path_factory)
    try:
        before = gaps.compute(plan, as_of=AS_OF)
        count = gaps_cache.stats["full"]
        plans.update_plan(plan, {"readiness_threshold": 2})  # the score of 2 is ready now
        after = gaps.compute(plan, as_of=AS_OF)
        assert gaps_cache.stats["full"] == count + 1
        assert gaps_cache.changed_between(before, after) is None
        assert (before.summary["capacities_not_ready"], after.summary["capacities_not_ready"]) \
            == (1, 0)
        assert_same(after, full(plan))
    finally:
        gaps_cache.forget(str(plan.path))
        plan.close()
