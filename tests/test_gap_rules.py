"""Each gap rule on a small plan built through the services as a planner builds it, checked
through `transition-planner gaps --json` (the contract every output repeats).

Every plan here: horizon January 2027 to December 2028 (24 months); the site Kalima closes on
31 March 2027, so the mission is gone from April 2027: 21 months to cover.
"""

from __future__ import annotations

import json
from decimal import Decimal

import pytest

from transition_planner import cli
from transition_planner.services import handovers, inventory, plans, scenarios
from transition_planner.services.errors import ServiceError


class Plan:
    """A plan file with one site, and the few calls a planner makes on it."""

    def __init__(self, handle):
        self.handle = handle
        self.site = inventory.add_location(handle, {"name": "Kalima",
                                                    "closure_date": "2027-03-31"}).id
        self.actors: dict[str, str] = {}

    def actor(self, name: str, actor_type: str = "un_agency") -> str:
        if name not in self.actors:
            self.actors[name] = inventory.add_actor(
                self.handle, {"name": name, "actor_type": actor_type}).id
        return self.actors[name]

    def capacity(self, name: str = "Community alert network", **fields) -> str:
        data = {"name": name, "location_id": self.site, "category": "early_warning",
                "criticality": "high", **fields}
        return inventory.add_capacity(self.handle, data).id

    def handover(self, capacity: str, actor: str, ready: bool = True, **fields) -> str:
        actor_type = fields.pop("actor_type", "un_agency")
        data = {"capacity_id": capacity, "actor_id": self.actor(actor, actor_type),
                "status": "agreed", "agreement_status": "signed", **fields}
        handover = handovers.add_handover(self.handle, data)
        if ready:
            for dimension in ("capacity", "willingness", "funding", "access"):
                handovers.set_readiness(self.handle, handover.id,
                                        {"dimension": dimension, "score": 4})
        return handover.id

    def funding(self, capacity: str, handover: str | None, amount: str, **fields) -> None:
        handovers.add_funding_line(self.handle, {
            "capacity_id": capacity, "handover_id": handover, "source_type": "bilateral",
            "status": "committed", "amount": amount, "currency": "USD", **fields})

    def gaps(self, *options: str) -> dict:
        """What `transition-planner gaps PLAN --json` prints."""
        return run_cli("gaps", str(self.handle.path), "--json", *options)


def run_cli(*argv: str) -> dict:
    import contextlib
    import io

    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        assert cli.main(list(argv)) == cli.EXIT_OK
    return json.loads(out.getvalue())


@pytest.fixture
def p(plan):
    return Plan(plan)


def flags_of(result: dict, kind: str | None = None) -> list[dict]:
    return [f for f in result["flags"] if kind is None or f["kind"] == kind]


def kinds(result: dict) -> list[str]:
    return [f["kind"] for f in result["flags"]]


# --- gaps that must raise a flag ---------------------------------------------------------------


def test_a_successor_only_identified_without_a_date_is_no_successor(p):
    cap = p.capacity()
    p.handover(cap, "UNHCR", status="identified", agreement_status="none", ready=False)
    result = p.gaps()
    assert result["summary"]["capacity_gap_months"] == 21  # April 2027 to December 2028
    (flag,) = flags_of(result)
    assert flag["kind"] == "no_successor"
    assert flag["message"].endswith("UNHCR has no start date.")
    assert flag["records"][0] == {"type": "capacity", "id": cap,
                                  "name": "Community alert network"}


def test_a_proposed_successor_leaves_the_missing_half_flagged(p):
    cap = p.capacity()
    p.handover(cap, "UNHCR", status="proposed", start_date="2027-04-01",
               agreement_status="none")
    (flag,) = flags_of(p.gaps(), "partial_cover")
    assert (flag["details"]["missing_share"], flag["details"]["months"]) == (0.5, 21)
    assert "50% of it is uncovered in 21 months until the plan's horizon, 31 December 2028" in (
        flag["message"])


def test_a_one_year_grant_leaves_a_gap_after_it_ends(p):
    cap = p.capacity()
    p.handover(cap, "Kalima Women's Network", start_date="2027-04-01", end_date="2028-03-31")
    (flag,) = flags_of(p.gaps(), "successor_ends")
    assert flag["details"]["end"] == "2028-03-31" and flag["details"]["months"] == 9
    assert "only until 31 March 2028: from 1 April 2028" in flag["message"]


# --- no false alarm, numbers to the day ----------------------------------------------------------


def test_a_successor_the_day_after_the_closure_leaves_no_gap(p):
    cap = p.capacity()
    p.handover(cap, "UNHCR", start_date="2027-04-01")
    result = p.gaps()
    assert result["flags"] == [] and result["summary"]["capacity_gap_months"] == 0


def test_31_july_to_14_october_is_74_days(p):
    site = inventory.add_location(p.handle, {"name": "Kanzi", "closure_date": "2027-07-31"}).id
    cap = p.capacity("Protective patrols", location_id=site, category="physical_protection")
    p.handover(cap, "Kelvaran National Police", actor_type="host_ministry",
               start_date="2027-10-14")
    (flag,) = flags_of(p.gaps(), "late_successor")
    assert flag["details"]["gap_days"] == 74
    assert flag["message"].endswith("on 14 October 2027: 74 days with nobody in charge.")


def test_a_party_to_the_conflict_covers_no_independent_monitoring(p):
    cap = p.capacity("Human rights monitoring", category="human_rights")
    p.handover(cap, "Armed forces", actor_type="host_security_forces", share=0.5,
               start_date="2027-04-01")
    p.handover(cap, "Kalima Human Rights League", actor_type="national_ngo", share=0.5,
               start_date="2027-04-01")
    result = p.gaps("--series")
    assert result["series"]["all"]["all"]["successors"][3:] == [0.5] * 21
    assert sorted(kinds(result)) == ["independence_conflict", "partial_cover"]


def test_a_successor_nobody_assessed_counts_as_the_plan_says(p):
    cap = p.capacity()
    p.handover(cap, "UNHCR", start_date="2027-04-01", ready=False)
    result = p.gaps("--series")
    assert kinds(result) == ["readiness_not_assessed"]
    assert result["series"]["all"]["all"]["successors"][3] == 0.5  # like "not ready"
    assert result["summary"]["capacities_not_assessed"] == 1
    plans.update_plan(p.handle, {"unassessed_readiness": "ready"})
    result = p.gaps("--series")
    assert result["series"]["all"]["all"]["successors"][3] == 1.0
    assert kinds(result) == ["readiness_not_assessed"]  # still said, no longer a gap


# --- money ---------------------------------------------------------------------------------------


def test_a_one_dollar_line_does_not_fund_a_million_dollar_share(p):
    cap = p.capacity(annual_cost="1200000")
    h = p.handover(cap, "UNDP", start_date="2027-04-01")
    p.funding(cap, h, "1")
    result = p.gaps()
    # 21 months of USD 100,000, less the dollar
    assert result["summary"]["unfunded_after_exit"] == {"USD": "2099999.00"}
    (flag,) = flags_of(result, "unfunded_after_exit")
    assert "USD 2,099,999.00 of the USD 2,100,000.00 its successors' shares cost" in (
        flag["message"])
    assert flag["message"].endswith("until the plan's horizon, 31 December 2028.")


def test_a_ten_percent_partner_without_money_adds_ten_percent(p):
    cap = p.capacity(annual_cost="1200000")
    lead = p.handover(cap, "UNDP", share=0.9, start_date="2027-04-01")
    p.funding(cap, lead, "1890000")  # 90% of USD 100,000 a month for 21 months
    p.handover(cap, "Kalima Women's Network", actor_type="national_ngo", share=0.1,
               role="support", start_date="2027-04-01")
    result = p.gaps()
    assert result["summary"]["unfunded_after_exit"] == {"USD": "210000.00"}


def test_no_successor_with_a_cost_is_one_flag_and_counts_its_cost(p):
    p.capacity(annual_cost="240000", required_share=0.5)
    result = p.gaps()
    (flag,) = result["flags"]
    assert flag["kind"] == "no_successor"
    # half of USD 20,000 a month for 21 months
    assert "USD 210,000.00 for 21 months from 1 April 2027" in flag["message"]
    assert result["summary"]["unfunded_after_exit"] == {"USD": "210000.00"}


def test_the_summary_writes_money_as_the_flags_do(p, capsys):
    p.capacity(annual_cost="240000", required_share=0.5)
    assert cli.main(["gaps", str(p.handle.path)]) == cli.EXIT_OK
    out = capsys.readouterr().out
    assert "unfunded after exit                USD 210,000.00" in out
    assert "USD 210,000.00 for 21 months" in out


# --- shares partners really write ----------------------------------------------------------------


def test_one_successor_after_another_is_not_over_allocation(p):
    cap = p.capacity()
    p.handover(cap, "UNHCR", start_date="2027-04-01", end_date="2027-12-31")
    p.handover(cap, "Kalima Women's Network", actor_type="national_ngo",
               start_date="2028-01-01")
    assert p.gaps()["flags"] == []


def test_two_partners_claiming_the_same_months_are_recorded_and_flagged(p):
    cap = p.capacity()
    first = p.handover(cap, "UNHCR", share=0.6, start_date="2027-04-01")
    second = p.handover(cap, "Kalima Women's Network", actor_type="national_ngo", share=0.6,
                        start_date="2027-04-01")
    handovers.update_handover(p.handle, second, {"notes": "from the cluster's copy"})
    (flag,) = flags_of(p.gaps(), "over_allocation")
    assert flag["details"]["total_share"] == 1.2
    assert {r["id"] for r in flag["records"] if r["type"] == "handover"} == {first, second}


def test_a_fallback_counts_only_once_chosen(p):
    cap = p.capacity()
    primary = p.handover(cap, "UNHCR", status="at_risk", start_date="2027-04-01")
    p.handover(cap, "Kalima Women's Network", actor_type="national_ngo", status="proposed",
               start_date="2027-04-01", alternative_to_id=primary, agreement_status="none")
    result = p.gaps()
    assert "over_allocation" not in kinds(result)
    (flag,) = flags_of(result, "alternative_not_agreed")
    assert "the fallback for UNHCR (at risk)" in flag["message"]
    handovers.set_status(p.handle, primary, "declined")
    result = p.gaps("--series")
    assert result["series"]["all"]["all"]["successors"][3] == 0.5  # the proposed fallback


def test_a_handover_begun_without_a_signed_agreement_is_flagged(p):
    cap = p.capacity()
    p.handover(cap, "UNHCR", start_date="2027-04-01", agreement_status="draft")
    assert kinds(p.gaps("--as-of", "2027-03-15")) == []  # not begun yet
    (flag,) = flags_of(p.gaps("--as-of", "2027-04-15"), "agreement_missing")
    assert flag["details"]["agreement"] == "draft"


# --- scenarios -----------------------------------------------------------------------------------


def test_a_scenario_moves_closures_by_calendar_months(p):
    cap = p.capacity()
    p.handover(cap, "UNHCR", start_date="2027-04-01")
    baseline = plans.plan_info(p.handle).active_scenario_id
    scenarios.clone_scenario(p.handle, baseline, "Later", months_earlier=-1)
    result = p.gaps("--scenario", "later")
    assert result["flags"] == []  # Kalima closes on 30 April; UNHCR is there from 1 April
    faster = scenarios.clone_scenario(p.handle, baseline, "Faster", months_earlier=2)
    (flag,) = flags_of(p.gaps("--scenario", "Faster"), "late_successor")
    # 31 March - 2 months = 31 January: February and March, 59 days, without anyone
    assert flag["details"] == {"gap_days": 59, "mission_end": "2027-01-31",
                               "start": "2027-04-01"}
    scenarios.set_closure(p.handle, faster.id, p.site, "2027-03-15")
    (flag,) = flags_of(p.gaps("--scenario", "Faster"), "late_successor")
    assert flag["details"]["gap_days"] == 16


def test_an_unknown_scenario_lists_the_ones_there_are(p):
    with pytest.raises(ServiceError, match="its scenarios: 'Baseline'"):
        scenarios.find_scenario(p.handle, "Slower")
    assert cli.main(["gaps", str(p.handle.path), "--scenario", "Slower"]) == cli.EXIT_ERROR


def test_scenario_commands_compare_as_the_window_does(p, capsys):
    p.capacity(annual_cost="120000")
    path = str(p.handle.path)
    assert cli.main(["scenario", "clone", path, "Baseline", "Faster",
                     "--months-earlier", "3"]) == cli.EXIT_OK
    listed = run_cli("scenario", "list", path, "--json")
    assert [(s["name"], s["shift_months"], s["active"]) for s in listed] == [
        ("Baseline", 0, True), ("Faster", -3, False)]
    compared = run_cli("scenario", "compare", path, "Baseline", "Faster", "--json")
    rows = {r["measure"]: (r["first"], r["second"], r["change"]) for r in compared["rows"]}
    # the site closes on 31 December 2026 instead of 31 March 2027: three more months
    assert rows["capacity_gap_months"] == (21, 24, 3)
    assert rows["unfunded:USD"] == ("210000.00", "240000.00", "30000.00")
    capsys.readouterr()
    assert cli.main(["scenario", "compare", path, "Baseline", "Faster"]) == cli.EXIT_OK
    table = capsys.readouterr().out
    assert "unfunded after exit (USD)" in table and "+USD 30,000.00" in table
    assert Decimal(rows["unfunded:USD"][2]) == Decimal(30000)
