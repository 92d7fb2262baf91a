"""A small plan for the report tests, with sensitive records and fields whose text must stay
internal, and the helpers that read a built PDF back."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader

from transition_planner.services import dashboard, handovers, inventory, plans, timeline

# Text that sits only in sensitive records or sensitive fields of the sample plan.
SENSITIVE = (
    "Kalehe alert network",  # a sensitive capacity
    "Mama Furaha",  # a sensitive actor
    "+243 81 555 0101",  # an actor's contact, a sensitive field
    "Nyabibwe contact list",  # a capacity's data assets, a sensitive field
    "CASE-2027-114",  # a capacity's notes, a sensitive field
    "Bunyakiri",  # a sensitive location
    "Safe house near the market",  # a capacity's description, a sensitive field
    "Sensitive patrol route",  # the notes of a sensitive handover
    "MoU-SECRET-9",  # the agreement reference of a sensitive handover
)


def build_sample_plan(path: Path, user: str = "tester"):
    """A South Kivu-like plan: 7 capacities, 5 handovers, 17 flags, 2 accepted risks."""
    h = plans.new_plan(path, {
        "name": "South Kivu transition", "mission_name": "Stabilization Mission in Kivu",
        "mission_acronym": "SMK", "host_country": "DR Congo", "planned_exit": "2027-12-31",
        "mandate_end": "2027-12-20", "horizon_start": "2027-01-01", "horizon_months": 24,
        "classification": "UN Restricted",
    }, user=user)
    loc = lambda **d: inventory.add_location(h, d)  # noqa: E731
    province = loc(name="South Kivu", level="admin1", pcode="CD61")
    uvira = loc(name="Uvira", level="team_site", parent_id=province.id, pcode="CD6101",
                closure_date="2027-06-30")
    bukavu = loc(name="Bukavu", level="field_office", parent_id=province.id,
                 closure_date="2027-12-31")
    hidden_site = loc(name="Bunyakiri", level="team_site", parent_id=province.id,
                      closure_date="2027-09-30", sensitive=True)
    actor = lambda **d: inventory.add_actor(h, d)  # noqa: E731
    unicef = actor(name="UNICEF", actor_type="un_agency")
    ohchr = actor(name="Office of the High Commissioner for Human Rights", acronym="OHCHR",
                  actor_type="un_agency")
    network = actor(name="Mama Furaha", actor_type="community_structure", sensitive=True)
    army = actor(name="FARDC", actor_type="host_security_forces", contact="+243 81 555 0101",
                 sensitive_fields=["contact"])
    cap = lambda **d: inventory.add_capacity(h, d)  # noqa: E731
    cla = cap(name="Community liaison assistants", location_id=uvira.id,
              category="community_engagement", quantity=12, unit="assistants",
              annual_cost="240000", criticality="critical", populations=["idps", "women_girls"],
              has_sensitive_data=True, data_assets="Nyabibwe contact list",
              sensitive_fields=["data_assets"])
    alert = cap(name="Kalehe alert network", location_id=bukavu.id, category="early_warning",
                annual_cost="90000", sensitive=True)
    rights = cap(name="Human rights monitoring", location_id=bukavu.id, category="human_rights",
                 annual_cost="500000", criticality="high", notes="CASE-2027-114",
                 sensitive_fields=["notes"])
    police = cap(name="Formed police unit", location_id=uvira.id, category="policing",
                 component="police", poc_tier="II", annual_cost="1200000", required_share=0.5)
    radio = cap(name="Radio Okapi relay", location_id=bukavu.id,
                category="radio_communications", annual_cost="60000")
    patrols = cap(name="Patrols around the IDP site", location_id=hidden_site.id,
                  category="physical_protection", annual_cost="300000",
                  description="Safe house near the market", sensitive_fields=["description"])
    flights = cap(name="Mission flights", location_id=bukavu.id, category="logistics_access",
                  annual_cost="800000", required_share=0.3)
    inventory.add_enabler(h, cla.id, flights.id)
    hand = lambda **d: handovers.add_handover(h, d)  # noqa: E731
    to_unicef = hand(capacity_id=cla.id, actor_id=unicef.id, share=0.6, start_date="2027-05-01",
                     status="agreed", modality="co_delivery")
    hand(capacity_id=cla.id, actor_id=network.id, share=0.4, role="support",
         start_date="2027-08-01", status="proposed", notes="Sensitive patrol route",
         sensitive=True, agreement_ref="MoU-SECRET-9")
    to_army = hand(capacity_id=rights.id, actor_id=army.id, start_date="2028-02-01",
                   status="proposed")
    hand(capacity_id=alert.id, actor_id=network.id, start_date="2027-10-01", status="agreed")
    hand(capacity_id=radio.id, actor_id=ohchr.id, start_date="2027-11-01",
         status="handed_over", agreement_ref="MoU 2027/17")
    for dimension, score in {"capacity": 4, "funding": 2, "access": 3, "willingness": 5}.items():
        handovers.set_readiness(h, to_unicef.id, {"dimension": dimension, "score": score})
    handovers.set_readiness(h, to_army.id, {"dimension": "independence", "score": 1})
    handovers.add_funding_line(h, {
        "capacity_id": cla.id, "handover_id": to_unicef.id, "source_type": "peacebuilding_fund",
        "amount": "150000", "currency": "USD", "status": "committed",
        "period_start": "2027-05-01", "period_end": "2028-04-30"})
    handovers.add_funding_line(h, {
        "capacity_id": radio.id, "source_type": "mission_assessed", "amount": "60000",
        "currency": "USD", "status": "committed"})
    timeline.add_milestone(h, {"title": "Mandate renewal", "kind": "mandate_decision",
                               "due_date": "2027-12-20"})
    timeline.add_milestone(h, {"title": "Quarterly transition review", "kind": "review",
                               "due_date": "2027-03-31", "location_id": uvira.id})
    report = _gaps(h)
    for flag in report.flags:
        first = flag.records[0].id
        if (flag.kind, first) in (("no_successor", police.id), ("no_successor", patrols.id)):
            dashboard.accept_flag(h, flag.kind, [r.id for r in flag.records],
                                  "The host police takes over after the elections.")
    return h


def _gaps(handle):
    from transition_planner.services import gaps

    return gaps.compute(handle)


def pdf_pages(path) -> list[str]:
    """The text of each page, as pypdf extracts it."""
    return [page.extract_text() for page in PdfReader(str(path)).pages]


def pdf_text(path) -> str:
    return "\n".join(pdf_pages(path))


def test_the_sample_plan_holds_its_sensitive_text_and_the_flags_the_tests_expect(tmp_path):
    handle = build_sample_plan(tmp_path / "sample.tplan")
    try:
        report = _gaps(handle)
        assert report.summary["capacities"] == 7
        assert report.summary["handovers"] == 5
        assert {f.kind for f in report.flags} >= {"no_successor", "partial_cover",
                                                  "unfunded_after_exit", "enabler_orphaned",
                                                  "independence_conflict"}
        assert len(dashboard.accepted_flags(handle)) == 2
        stored = "\n".join(repr(vars(r)) for r in [
            *inventory.list_capacities(handle), *inventory.list_actors(handle),
            *inventory.list_locations(handle), *handovers.list_handovers(handle)])
        for text in SENSITIVE:
            assert text in stored, text
    finally:
        handle.close()
