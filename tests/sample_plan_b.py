"""A small plan built through the services, with known answers for the registry, funding,
timeline and history tests (one late handover, a risky actor, lines across two years)."""

from __future__ import annotations

from decimal import Decimal
from types import SimpleNamespace

from transition_planner.services import handovers, inventory, timeline


def build(handle) -> SimpleNamespace:
    """Fill an empty plan (horizon 2027-01 to 2028-12) and return the ids by short names."""
    ids = SimpleNamespace()
    loc = lambda **data: inventory.add_location(handle, data).id  # noqa: E731
    ids.country = loc(name="Republic of Amani", level="country", pcode="AM")
    ids.north = loc(name="North Province", level="admin1", pcode="AM01", parent_id=ids.country)
    ids.lake = loc(name="Lake Territory", level="admin2", pcode="AM0101", parent_id=ids.north)
    ids.kaleko = loc(name="Kaleko team site", level="team_site", pcode="AM010101",
                     parent_id=ids.lake, closure_date="2027-06-30")
    ids.ruvo = loc(name="Ruvo team site", level="team_site", pcode="AM010102",
                   parent_id=ids.lake, closure_date="2027-09-30")
    ids.south = loc(name="South Province", level="admin1", pcode="AM02",
                    parent_id=ids.country, closure_date="2028-03-31")
    ids.mbeya = loc(name="Mbeya field office", level="field_office", pcode="AM0201",
                    parent_id=ids.south)

    actor = lambda **data: inventory.add_actor(handle, data).id  # noqa: E731
    ids.army = actor(name="Amani Armed Forces", acronym="FAA", actor_type="host_security_forces")
    ids.unicef = actor(name="UNICEF", acronym="UNICEF", actor_type="un_agency")
    ids.women = actor(name="Women for Peace Network", acronym="WPN", actor_type="national_ngo")
    ids.shield = actor(name="Shield Security Ltd", actor_type="private_military_company")
    inventory.set_actor_presence(handle, ids.army, [ids.kaleko])
    inventory.set_actor_presence(handle, ids.unicef, [ids.kaleko, ids.ruvo])

    cap = lambda **data: inventory.add_capacity(handle, data).id  # noqa: E731
    ids.alert = cap(name="Community alert network", location_id=ids.kaleko,
                    category="early_warning", annual_cost="240000")
    ids.monitoring = cap(name="Human rights monitoring", location_id=ids.ruvo,
                         category="human_rights", annual_cost="180000")
    ids.clearance = cap(name="Mine clearance team", location_id=ids.mbeya,
                        category="mine_action", annual_cost="90000")

    hand = lambda **data: handovers.add_handover(handle, data).id  # noqa: E731
    ids.h_unicef = hand(capacity_id=ids.alert, actor_id=ids.unicef, share=0.6,
                        start_date="2027-05-01", status="agreed")
    ids.h_women = hand(capacity_id=ids.alert, actor_id=ids.women, share=0.4,
                       start_date="2027-08-15", end_date="2028-08-14", status="proposed")
    ids.h_army = hand(capacity_id=ids.monitoring, actor_id=ids.army, share=1.0,
                      start_date="2027-09-01", status="proposed")
    for dimension, score in (("capacity", 4), ("funding", 2)):
        handovers.set_readiness(handle, ids.h_unicef, {"dimension": dimension, "score": score})
    handovers.set_readiness(handle, ids.h_women, {"dimension": "access", "score": 2})

    fund = lambda **data: handovers.add_funding_line(handle, data).id  # noqa: E731
    ids.f_norway = fund(capacity_id=ids.alert, source_type="peacebuilding_fund", donor="Norway",
                        amount="120000", currency="USD", status="pledged",
                        period_start="2027-07-01", period_end="2028-06-30")
    ids.f_sweden = fund(capacity_id=ids.monitoring, source_type="bilateral", donor="Sweden",
                        amount="50000", currency="EUR", status="required")
    ids.f_mission = fund(capacity_id=ids.clearance, source_type="mission_assessed",
                         amount="36000", currency="USD", status="disbursed",
                         period_start="2027-01-01", period_end="2027-06-30")
    ids.f_unicef = fund(capacity_id=ids.alert, handover_id=ids.h_unicef,
                        source_type="un_agency_funds", donor="UNICEF", amount="10000",
                        currency="USD", status="committed", period_start="2027-11-01",
                        period_end="2028-02-29")

    ids.m_mandate = timeline.add_milestone(handle, {
        "title": "Mandate renewal", "kind": "mandate_decision", "due_date": "2027-03-31"}).id
    ids.m_kaleko = timeline.add_milestone(handle, {
        "title": "Kaleko handover ceremony", "kind": "handover", "due_date": "2027-06-15",
        "location_id": ids.kaleko}).id
    return ids


# Known answers about the sample.
NORWAY_BY_YEAR = {2027: Decimal("60000.00"), 2028: Decimal("60000.00")}
WOMEN_LATE_DAYS = 46  # 2027-08-15 after the Kaleko closure on 2027-06-30
