"""The numbers behind each dashboard chart, against hand-computed expectations on a small plan.

The plan (horizon January 2027, 24 months, planned exit 31 December 2027), built through the
services as a planner would:
- Site North closes 31 March 2027: the mission leaves in April (month 3).
  C1 "Alert network" (early warning, tier I, for IDPs), USD 120,000 a year, no successor.
- Site South closes 30 June 2027: the mission leaves in July (month 6).
  C2 "Monitoring" (human rights, tier III): a UN agency takes over half from 1 June 2027.
  C3 "Reporting" (human rights, tier III), half still required after the mission: a national
  NGO takes it all over from 1 September 2027, 62 days late (July and August), and scores 2 on
  capacity, so only half of its share counts.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from transition_planner.domain.gaps import FLAG_KINDS
from transition_planner.services import dashboard, gaps, handovers, inventory

pytestmark = pytest.mark.both_backends

D = date.fromisoformat
N = 24  # months of the horizon


def build_small_plan(plan) -> dict[str, str]:
    """The plan of this module's docstring; returns the ids by short name."""
    ids = {}
    country = inventory.add_location(plan, {"name": "Testland", "level": "country"})
    ids["north"] = inventory.add_location(plan, {
        "name": "Site North", "parent_id": country.id, "closure_date": D("2027-03-31")}).id
    ids["south"] = inventory.add_location(plan, {
        "name": "Site South", "parent_id": country.id, "closure_date": D("2027-06-30")}).id
    ids["country"] = country.id
    ids["agency"] = inventory.add_actor(plan, {"name": "Agency", "actor_type": "un_agency"}).id
    ids["ngo"] = inventory.add_actor(plan, {"name": "Local NGO",
                                            "actor_type": "national_ngo"}).id
    ids["c1"] = inventory.add_capacity(plan, {
        "name": "Alert network", "location_id": ids["north"], "category": "early_warning",
        "poc_tier": "I", "populations": ["idps"], "annual_cost": Decimal("120000"),
        "criticality": "high"}).id
    ids["c2"] = inventory.add_capacity(plan, {
        "name": "Monitoring", "location_id": ids["south"], "category": "human_rights",
        "poc_tier": "III", "populations": ["minorities"]}).id
    ids["c3"] = inventory.add_capacity(plan, {
        "name": "Reporting", "location_id": ids["south"], "category": "human_rights",
        "poc_tier": "III", "required_share": 0.5}).id
    ids["h2"] = handovers.add_handover(plan, {
        "capacity_id": ids["c2"], "actor_id": ids["agency"], "share": 0.5, "status": "agreed",
        "start_date": D("2027-06-01")}).id
    ids["h3"] = handovers.add_handover(plan, {
        "capacity_id": ids["c3"], "actor_id": ids["ngo"], "share": 1.0, "status": "agreed",
        "start_date": D("2027-09-01")}).id
    for handover, dimension, score in ((ids["h2"], "capacity", 4), (ids["h2"], "willingness", 5),
                                       (ids["h2"], "access", 3), (ids["h3"], "capacity", 2),
                                       (ids["h3"], "willingness", 4)):
        handovers.set_readiness(plan, handover, {"dimension": dimension, "score": score})
    handovers.add_funding_line(plan, {
        "capacity_id": ids["c1"], "source_type": "mission_assessed", "status": "committed",
        "amount": Decimal("36000"), "currency": "USD", "period_start": D("2027-01-01"),
        "period_end": D("2027-03-31")})
    handovers.add_funding_line(plan, {
        "capacity_id": ids["c2"], "handover_id": ids["h2"], "source_type": "peacebuilding_fund",
        "status": "pledged", "amount": Decimal("60000"), "currency": "USD",
        "period_start": D("2027-07-01"), "period_end": D("2028-06-30")})
    handovers.add_funding_line(plan, {
        "capacity_id": ids["c3"], "handover_id": ids["h3"], "source_type": "bilateral",
        "status": "required", "amount": Decimal("10000"), "currency": "EUR",
        "period_start": D("2027-09-01"), "period_end": D("2027-11-30")})
    return ids


@pytest.fixture
def small(plan):
    ids = build_small_plan(plan)
    return plan, ids, gaps.compute(plan)


def months(*runs: tuple[int, int, float]) -> list[float]:
    """A monthly series from (start, end, value) runs, zero elsewhere."""
    out = [0.0] * N
    for start, end, value in runs:
        for i in range(start, end):
            out[i] += value
    return out


def test_key_figures(small):
    plan, ids, report = small
    figures = dashboard.key_figures(report)
    assert figures.without_successor == (ids["c1"],)
    assert figures.not_ready == (ids["c3"],)
    # North: April 2027 to December 2028 (21 months); South: July 2027 on (18 months).
    assert figures.uncovered_location_months == 21 + 18
    assert set(figures.uncovered_locations) == {ids["north"], ids["south"]}
    assert set(figures.gap_capacities) == {ids["c1"], ids["c2"], ids["c3"]}
    # 21 unfunded months of USD 120,000 a year.
    assert figures.unfunded == {"USD": Decimal("210000.00")}
    assert figures.unfunded_capacities == {"USD": (ids["c1"],)}
    # C1's missing successor and its missing money are one flag; C2's agency takes only half
    # of Monitoring; C3's NGO is late and not ready.
    raised = {"no_successor": 1, "late_successor": 1, "partial_cover": 1,
              "readiness_below_threshold": 1}
    assert figures.flags_by_kind == {k: raised.get(k, 0) for k in FLAG_KINDS}
    assert figures.flags == 4
    # 1 July to 31 August: 31 + 31 days with nobody in charge of Reporting
    assert [f.details["gap_days"] for f in report.flags if f.kind == "late_successor"] == [62]
    assert figures.flag_capacities["late_successor"] == (ids["c3"],)
    assert set(figures.accepted_by_kind.values()) == {0}


def test_inventory_filters_of_the_key_figures(small):
    _plan, ids, report = small
    figures = dashboard.key_figures(report)
    assert dashboard.inventory_filter(figures, dashboard.WITHOUT_SUCCESSOR) == {
        "capacity_ids": [ids["c1"]], "flag_kind": "no_successor"}
    assert dashboard.inventory_filter(figures, dashboard.NOT_READY) == {
        "capacity_ids": [ids["c3"]], "flag_kind": "readiness_below_threshold"}
    uncovered = dashboard.inventory_filter(figures, dashboard.UNCOVERED)
    assert sorted(uncovered["capacity_ids"]) == sorted([ids["c1"], ids["c2"], ids["c3"]])
    assert sorted(uncovered["location_ids"]) == sorted([ids["north"], ids["south"]])
    assert dashboard.inventory_filter(figures, dashboard.UNFUNDED, "USD") == {
        "capacity_ids": [ids["c1"]], "flag_kind": "unfunded_after_exit", "currency": "USD"}
    assert dashboard.inventory_filter(figures, "flags", "late_successor") == {
        "capacity_ids": [ids["c3"]], "flag_kind": "late_successor"}
    assert dashboard.inventory_filter(figures, dashboard.UNFUNDED, "EUR")["capacity_ids"] == []
    with pytest.raises(ValueError, match="no key figure"):
        dashboard.inventory_filter(figures, "flags", "not_a_kind")
    with pytest.raises(ValueError, match="no key figure"):
        dashboard.inventory_filter(figures, "everything")


def test_protection_cliff_series(small):
    _plan, ids, report = small
    cliff = dashboard.cliff_data(report)
    assert cliff.months[0] == D("2027-01-01") and cliff.months[-1] == D("2028-12-01")
    assert list(cliff.requirement) == months((0, 6, 3.0), (6, N, 2.5))
    assert list(cliff.mission) == months((0, 3, 3.0), (3, 6, 2.0))
    # The agency provides half of C2 from June; the NGO half of its share of C3 from September.
    assert dict(cliff.providers) == {"un_agency": tuple(months((5, N, 0.5))),
                                     "national_ngo": tuple(months((8, N, 0.5)))}
    assert list(cliff.gap) == months((3, N, 1.0), (6, N, 0.5), (6, 8, 0.5))
    assert list(cliff.coverage) == [m + a + n for m, a, n in zip(
        cliff.mission, *(v for _k, v in cliff.providers))]
    assert cliff.capacities == 3
    assert cliff.exit_date == D("2027-12-31")
    assert cliff.closures == ((D("2027-03-31"), ("Site North",)),
                              (D("2027-06-30"), ("Site South",)))


def test_protection_cliff_by_category_tier_location_and_population(small):
    _plan, ids, report = small
    rights = dashboard.cliff_data(report, {"category": ["human_rights"]})
    assert list(rights.requirement) == months((0, 6, 2.0), (6, N, 1.5))
    assert list(rights.gap) == months((6, N, 0.5), (6, 8, 0.5))
    assert rights.closures == ((D("2027-06-30"), ("Site South",)),)
    assert dashboard.cliff_data(report, {"tier": ["III"]}) == rights
    north = dashboard.cliff_data(report, {"location": [ids["north"]]})
    assert list(north.gap) == months((3, N, 1.0)) and north.capacities == 1
    # A province selects every site inside it.
    inside = dashboard.within(dashboard.location_tree(_plan), [ids["country"]])
    assert inside == {ids["country"], ids["north"], ids["south"]}
    assert dashboard.cliff_data(report, {"location": sorted(inside)}) == dashboard.cliff_data(
        report)
    assert dashboard.cliff_data(report, {"population": ["idps"]}) == north
    nobody = dashboard.cliff_data(report, {"population": ["children"]})
    assert nobody.capacities == 0 and set(nobody.requirement) == {0.0}
    # Empty selections mean "everything".
    assert dashboard.cliff_data(report, {"category": [], "tier": None}) == dashboard.cliff_data(
        report)
    with pytest.raises(ValueError, match="cannot filter"):
        dashboard.cliff_data(report, {"donor": ["x"]})


def test_cliff_choices(small):
    plan, ids, report = small
    choices = dashboard.cliff_choices(report, dashboard.location_tree(plan))
    assert choices["category"] == ["early_warning", "human_rights"]
    assert choices["tier"] == ["I", "III"]
    assert set(choices["location"]) == {ids["country"], ids["north"], ids["south"]}
    assert choices["population"] == ["idps", "minorities", "unspecified"]


def test_category_by_location_heat_map(small):
    _plan, ids, report = small
    heat = dashboard.category_location_heatmap(report)
    assert heat.rows == ("early_warning", "human_rights")
    assert heat.row_labels == ("Early warning and alert networks",
                               "Human rights monitoring and reporting")
    assert heat.columns == (ids["north"], ids["south"])  # the mission leaves North first
    assert heat.column_labels == ("Site North", "Site South")
    # Capacity-months after the mission leaves: C1 21 x 1.0; C2 18 x 1.0 + C3 18 x 0.5.
    assert heat.required == ((21.0, 0.0), (0.0, 27.0))
    # C1 uncovered throughout; C2 half uncovered 18 months; C3 half short in July and August.
    assert heat.gap == ((21.0, 0.0), (0.0, 9.0 + 1.0))
    assert heat.capacities == ((1, 0), (0, 2))
    assert heat.short == ((1, 0), (0, 2))
    assert heat.share(0, 0) == 0.0
    assert heat.share(1, 1) == pytest.approx(17 / 27)
    assert heat.share(0, 1) is None
    assert dashboard.heatmap_filter(report, heat, 1, 1) == {
        "capacity_ids": [ids["c2"], ids["c3"]], "category": "human_rights",
        "location_ids": [ids["south"]]}


def test_location_by_month_heat_map(small):
    _plan, ids, report = small
    heat = dashboard.location_month_heatmap(report)
    assert heat.rows == (ids["north"], ids["south"])
    assert heat.columns[0] == "2027-01" and heat.columns[-1] == "2028-12"
    assert list(heat.required[0]) == months((0, N, 1.0))
    assert list(heat.required[1]) == months((0, 6, 2.0), (6, N, 1.5))
    assert [heat.share(0, m) for m in (0, 2, 3, 23)] == [1.0, 1.0, 0.0, 0.0]
    assert [heat.share(1, m) for m in (5, 6, 7, 8, 23)] == pytest.approx(
        [1.0, 1 / 3, 1 / 3, 2 / 3, 2 / 3])
    assert heat.short[1][5:9] == (0, 2, 2, 1)
    assert heat.capacities[1][0] == 2
    # A month of South: the capacities short that month; a month without gap: all of them.
    assert dashboard.cell_capacities(report, heat, 1, 8) == [ids["c2"]]
    assert dashboard.cell_capacities(report, heat, 1, 0) == [ids["c2"], ids["c3"]]
    assert dashboard.heatmap_filter(report, heat, 0, 3) == {
        "capacity_ids": [ids["c1"]], "location_ids": [ids["north"]], "month": "2027-04"}


def test_funding_cliff(small):
    plan, _ids, report = small
    cliffs = dashboard.funding_cliffs(report, dashboard.funding_lines(plan))
    assert list(cliffs) == ["EUR", "USD"]
    usd, eur = cliffs["USD"], cliffs["EUR"]
    zero = Decimal(0)
    assert list(usd.by_status) == ["committed", "pledged"]
    assert list(usd.by_status["committed"]) == [Decimal(12000)] * 3 + [zero] * 21
    assert list(usd.by_status["pledged"]) == [zero] * 6 + [Decimal(5000)] * 12 + [zero] * 6
    assert list(usd.by_source) == ["mission_assessed", "peacebuilding_fund"]
    assert usd.by_source["mission_assessed"] == usd.by_status["committed"]
    # The gap engine's unfunded amount, month by month: USD 10,000 from April 2027.
    assert list(usd.unfunded_after_exit) == [zero] * 3 + [Decimal(10000)] * 21
    assert usd.years == (2027, 2028)
    assert usd.yearly_by_status == {"committed": (Decimal(36000), zero),
                                    "pledged": (Decimal(30000), Decimal(30000))}
    assert usd.yearly_unfunded == (Decimal(90000), Decimal(120000))
    assert usd.total("pledged") == Decimal(60000)
    # Thirds of EUR 10,000: the last month takes the cent rounding left.
    assert list(eur.by_status["required"][8:11]) == [Decimal("3333.33"), Decimal("3333.33"),
                                                      Decimal("3333.34")]
    assert eur.total("required") == Decimal(10000)
    assert set(eur.unfunded_after_exit) == {zero}


def test_funding_cliff_edges():
    """Lines past the horizon count only inside it; open lines run to its edges."""
    assert dashboard.even_split(Decimal(100), 3) == [Decimal("33.33"), Decimal("33.33"),
                                                     Decimal("33.34")]
    assert dashboard.even_split(Decimal("0.01"), 4) == [Decimal(0)] * 3 + [Decimal("0.01")]


def test_funding_lines_outside_or_open(small):
    plan, ids, _report = small
    handovers.add_funding_line(plan, {
        "capacity_id": ids["c2"], "source_type": "mptf", "status": "committed",
        "amount": Decimal("48000"), "currency": "USD", "period_start": D("2026-01-01"),
        "period_end": D("2028-12-31")})  # 36 months, the first 12 before the horizon
    handovers.add_funding_line(plan, {
        "capacity_id": ids["c2"], "source_type": "host_government", "status": "pledged",
        "amount": Decimal("2400"), "currency": "USD"})  # no period: the whole horizon
    usd = dashboard.funding_cliffs(gaps.compute(plan), dashboard.funding_lines(plan))["USD"]
    # 48,000 / 36 = 1,333.33 a month; the line's last month (the horizon's too) takes the
    # rounding: 48,000 - 35 x 1,333.33 = 1,333.45.
    assert usd.by_source["mptf"] == (Decimal("1333.33"),) * 23 + (Decimal("1333.45"),)
    assert usd.by_source["host_government"] == (Decimal(100),) * 24
    assert usd.yearly_by_source["mptf"] == (Decimal(16000), Decimal(16000))


def test_readiness_table(small):
    _plan, ids, report = small
    table = dashboard.readiness_table(report)
    # Means: capacity (4 + 2) / 2 = 3, access 3, willingness 4.5; unscored ones after them.
    assert table.dimensions == ("capacity", "access", "willingness", "funding", "legitimacy",
                                "independence", "data_transfer")
    assert table.mean[:3] == (3.0, 3.0, 4.5) and set(table.mean[3:]) == {None}
    assert table.below == (1, 0, 0, 0, 0, 0, 0)
    assert table.threshold == 3
    assert [r.actor_name for r in table.rows] == ["Local NGO", "Agency"]  # weakest first
    ngo, agency = table.rows
    assert ngo.scores == (2, None, 4, None, None, None, None) and ngo.lowest == 2
    assert agency.scores == (4, 3, 5, None, None, None, None)
    assert ngo.handovers == ((ids["h3"], ids["c3"], "Reporting",
                              {"capacity": 2, "willingness": 4}),)


def test_readiness_leaves_out_closed_and_discontinued_handovers(small):
    plan, ids, _report = small
    handovers.set_status(plan, ids["h3"], "declined")
    table = dashboard.readiness_table(gaps.compute(plan))
    assert [r.actor_name for r in table.rows] == ["Agency"]


def test_empty_plan(plan):
    report = gaps.compute(plan)
    figures = dashboard.key_figures(report)
    assert figures.flags == 0 and figures.unfunded == {}
    assert dashboard.category_location_heatmap(report).rows == ()
    assert dashboard.location_month_heatmap(report).rows == ()
    assert dashboard.funding_cliffs(report, []) == {}
    assert dashboard.readiness_table(report).rows == ()
    assert set(dashboard.cliff_data(report).requirement) == {0.0}
    data = dashboard.load_dashboard(plan)
    assert data.flags == () and data.compare_report is None
