"""Services: validation with clear messages, one transaction per action, the audit trail."""

from __future__ import annotations

from decimal import Decimal

import pytest
from sqlalchemy import func, select

from transition_planner.services import audit, handovers, inventory, plans, timeline
from transition_planner.services.errors import InvalidInput, NotFound, ServiceError
from transition_planner.settings import Settings
from transition_planner.store.models import AuditEntry, Handover, HandoverStatusChange

pytestmark = pytest.mark.both_backends


@pytest.fixture
def site(plan):
    return inventory.add_location(plan, {"name": "Kalima", "closure_date": "2027-06-30"})


@pytest.fixture
def capacity(plan, site):
    return inventory.add_capacity(plan, {
        "name": "Community liaison assistants", "location_id": site.id,
        "category": "community_engagement", "quantity": 30, "unit": "assistants",
        "annual_cost": "420000", "currency": "usd", "populations": ["idps", "women_girls"],
    })


@pytest.fixture
def actor(plan):
    return inventory.add_actor(plan, {"name": "Kelvara Child Rights Network",
                                      "actor_type": "national_ngo"})


def count(plan, model) -> int:
    with plan.read() as session:
        return session.execute(select(func.count()).select_from(model)).scalar()


def problems_of(call) -> dict:
    with pytest.raises(InvalidInput) as info:
        call()
    return info.value.problems


# --- validation ------------------------------------------------------------------------------


def test_capacity_input_is_normalised(capacity):
    assert capacity.currency == "USD"
    assert capacity.annual_cost == Decimal("420000.00")
    assert capacity.populations == ["idps", "women_girls"]


@pytest.mark.parametrize(
    ("field", "value", "expected"),
    [
        ("category", "weather_control", "unknown category 'weather_control'"),
        ("annual_cost", "-10", "must not be negative"),
        ("annual_cost", "a lot", "is not a number"),
        ("currency", "", "three-letter currency code"),
        ("currency", "DOLLARS", "three-letter currency code"),
        ("end_date", "31/06/2027", "is not a date"),  # June has 30 days
        ("end_date", "2027-06-30xyz", "is not a date"),
        ("quantity", "inf", "is not a number"),
        ("quantity", "1e999", "is not a number"),
        ("quantity", float("nan"), "is not a number"),
        ("annual_cost", "1.000,005", "no more than 2 decimal places"),
        ("required_share", 1.5, "less than or equal to 1"),
        ("name", "   ", "is required"),
        ("poc_tier", "IV", "unknown poc tier 'IV'"),
        ("populations", ["aliens"], "unknown population 'aliens'"),
        ("location_id", "no-such-id", "no such location"),
    ],
)
def test_bad_capacity_input_is_refused_with_a_clear_message(plan, site, field, value, expected):
    data = {"name": "Patrols", "location_id": site.id, "category": "physical_protection"}
    data[field] = value
    problems = problems_of(lambda: inventory.add_capacity(plan, data))
    assert any(expected in message for message in problems.values()), problems
    assert inventory.list_capacities(plan) == []


def test_unknown_fields_are_refused(plan, site):
    problems = problems_of(lambda: inventory.add_capacity(
        plan, {"name": "x", "location_id": site.id, "category": "mine_action", "colour": "red"}))
    assert "colour" in problems


def test_shares_above_100_percent_are_accepted_and_a_share_above_1_names_its_capacity(
    plan, capacity, actor
):
    first = handovers.add_handover(plan, {"capacity_id": capacity.id, "actor_id": actor.id,
                                          "share": 0.6, "status": "agreed"})
    other = inventory.add_actor(plan, {"name": "UNICEF", "actor_type": "un_agency"})
    second = handovers.add_handover(
        plan, {"capacity_id": capacity.id, "actor_id": other.id, "share": 0.6})
    assert count(plan, Handover) == 2
    # editing any field of an over-allocated handover works
    handovers.update_handover(plan, first.id, {"notes": "partner copy merged"})
    handovers.update_handover(plan, second.id, {"status": "proposed"})
    problems = problems_of(lambda: handovers.update_handover(plan, second.id, {"share": 1.5}))
    assert "Community liaison assistants" in problems["share"]
    assert "less than or equal to 1" in problems["share"]


def test_end_date_before_start_is_refused(plan, capacity, actor):
    problems = problems_of(lambda: handovers.add_handover(plan, {
        "capacity_id": capacity.id, "actor_id": actor.id,
        "start_date": "2027-07-01", "end_date": "2027-01-01"}))
    assert "ends (2027-01-01) before it starts (2027-07-01)" in problems["dates"]


def test_funding_needs_a_currency_and_a_non_negative_amount(plan, capacity):
    base = {"capacity_id": capacity.id, "source_type": "bilateral", "amount": "1000"}
    assert problems_of(lambda: handovers.add_funding_line(plan, base))["currency"] == "is required"
    problems = problems_of(lambda: handovers.add_funding_line(
        plan, {**base, "currency": "EUR", "amount": "-1"}))
    assert problems["amount"] == "must not be negative"
    problems = problems_of(lambda: handovers.add_funding_line(
        plan, {**base, "currency": "EUR", "source_type": "lottery"}))
    assert problems["source_type"] == "unknown funding source 'lottery'"


def test_readiness_scores_are_1_to_5_on_known_dimensions(plan, capacity, actor):
    handover = handovers.add_handover(plan, {"capacity_id": capacity.id, "actor_id": actor.id})
    assert "score" in problems_of(
        lambda: handovers.set_readiness(plan, handover.id, {"dimension": "access", "score": 7}))
    assert "dimension" in problems_of(
        lambda: handovers.set_readiness(plan, handover.id, {"dimension": "luck", "score": 3}))
    handovers.set_readiness(plan, handover.id, {"dimension": "access", "score": 2})
    handovers.set_readiness(plan, handover.id, {"dimension": "access", "score": 4,
                                                "evidence": "road reopened"})
    scores = handovers.readiness_of(plan, handover.id)
    assert [(s.dimension, s.score, s.evidence) for s in scores] == [
        ("access", 4, "road reopened")]


def test_a_location_cannot_sit_inside_itself(plan, site):
    child = inventory.add_location(plan, {"name": "Kalima west", "parent_id": site.id})
    problems = problems_of(lambda: inventory.update_location(plan, site.id,
                                                             {"parent_id": child.id}))
    assert "inside itself" in problems["parent_id"]


def test_a_location_in_use_cannot_be_deleted(plan, site, capacity):
    with pytest.raises(ServiceError, match="still used by 1 capacity"):
        inventory.delete_location(plan, site.id)
    assert len(inventory.list_locations(plan)) == 1


def test_updating_a_missing_record_says_it_is_gone(plan):
    with pytest.raises(NotFound, match="No capacity with id"):
        inventory.update_capacity(plan, "0000", {"name": "x"})


def test_a_refused_action_writes_nothing_at_all(plan, capacity, actor):
    before = count(plan, AuditEntry)
    with pytest.raises(InvalidInput):
        handovers.add_handover(plan, {"capacity_id": capacity.id, "actor_id": actor.id,
                                      "status": "teleported"})
    assert count(plan, AuditEntry) == before
    assert count(plan, Handover) == 0


# --- lifecycle and taxonomy ------------------------------------------------------------------


def test_status_changes_keep_their_history(plan, capacity, actor):
    handover = handovers.add_handover(plan, {"capacity_id": capacity.id, "actor_id": actor.id,
                                             "status": "proposed"})
    handovers.set_status(plan, handover.id, "agreed", "MoU signed")
    handovers.set_status(plan, handover.id, "handed_over")
    steps = [(s.from_status, s.to_status, s.note, s.changed_by)
             for s in handovers.status_history(plan, handover.id)]
    assert steps == [("", "proposed", "", "tester"), ("proposed", "agreed", "MoU signed", "tester"),
                     ("agreed", "handed_over", "", "tester")]


def test_users_extend_the_taxonomy(plan, site):
    plans.add_term(plan, {"kind": "category", "code": "cash_assistance",
                          "label": "Protection cash assistance"})
    cap = inventory.add_capacity(plan, {"name": "Cash", "location_id": site.id,
                                        "category": "cash_assistance"})
    assert cap.category == "cash_assistance"
    assert "exists already" in problems_of(lambda: plans.add_term(
        plan, {"kind": "category", "code": "mine_action", "label": "Mines"}))["code"]
    assert "unknown list" in problems_of(lambda: plans.add_term(
        plan, {"kind": "colours", "code": "red", "label": "Red"}))["kind"]


# --- audit trail -----------------------------------------------------------------------------


def test_every_change_is_audited_with_who_when_and_old_and_new_values(plan, capacity):
    inventory.update_capacity(plan, capacity.id, {"quantity": 12, "notes": "cut by half"})
    entry = audit.history(plan, record_id=capacity.id)[0]
    assert (entry.user, entry.action, entry.record_type) == ("tester", "update", "capacity")
    assert entry.changes == {"quantity": [30.0, 12.0], "notes": ["", "cut by half"]}
    assert entry.at.tzinfo is not None
    created = audit.history(plan, record_id=capacity.id)[-1]
    assert created.action == "create" and created.changes["name"] == [
        None, "Community liaison assistants"]


def test_an_update_that_changes_nothing_leaves_no_trace(plan, capacity):
    before = count(plan, AuditEntry)
    inventory.update_capacity(plan, capacity.id, {"quantity": 30})
    assert count(plan, AuditEntry) == before


def test_deleting_keeps_a_tombstone_that_restores_everything(plan, capacity, actor):
    handover = handovers.add_handover(plan, {"capacity_id": capacity.id, "actor_id": actor.id,
                                             "status": "agreed", "share": 0.5})
    handovers.set_readiness(plan, handover.id, {"dimension": "funding", "score": 2})
    handovers.add_funding_line(plan, {"capacity_id": capacity.id, "handover_id": handover.id,
                                      "source_type": "bilateral", "amount": "50000",
                                      "currency": "EUR", "status": "pledged"})
    timeline.add_comment(plan, {"record_type": "capacity", "record_id": capacity.id,
                                "body": "CLA names are in the safe"})
    tombstone = inventory.delete_capacity(plan, capacity.id)
    assert inventory.list_capacities(plan) == [] and handovers.list_handovers(plan) == []
    assert [e.id for e in audit.deleted_records(plan)] == [tombstone]

    audit.restore_deleted(plan, tombstone)
    assert [c.id for c in inventory.list_capacities(plan)] == [capacity.id]
    assert [h.id for h in handovers.list_handovers(plan)] == [handover.id]
    assert handovers.readiness_of(plan, handover.id)[0].score == 2
    assert handovers.list_funding_lines(plan)[0].amount == Decimal("50000.00")
    assert count(plan, HandoverStatusChange) == 1
    assert timeline.comments_on(plan, capacity.id)[0].body == "CLA names are in the safe"
    assert audit.history(plan, limit=1)[0].action == "restore"
    with pytest.raises(ServiceError, match="already restored"):
        audit.restore_deleted(plan, tombstone)


def test_an_actor_with_handovers_cannot_be_deleted(plan, capacity, actor):
    handovers.add_handover(plan, {"capacity_id": capacity.id, "actor_id": actor.id})
    with pytest.raises(ServiceError, match="still used by 1 handover"):
        inventory.delete_actor(plan, actor.id)


def test_audit_user_falls_back_to_the_login_name(monkeypatch):
    monkeypatch.setattr("getpass.getuser", lambda: "field.planner")
    assert Settings().audit_user() == "field.planner"
    assert Settings(user_name="Awa Diallo", organisation="UNSMK").audit_user() == (
        "Awa Diallo (UNSMK)")


def test_settings_survive_a_broken_file(isolated_settings):
    (isolated_settings / "settings.json").write_text("{not json")
    assert Settings.load() == Settings()
    Settings(user_name="Awa", language="fr").save()
    assert Settings.load().language == "fr"


def test_indicators_trigger_when_crossing_their_threshold(plan, site):
    indicator = timeline.add_indicator(plan, {"name": "Civilian fatalities per month",
                                              "location_id": site.id, "threshold": 10})
    timeline.record_indicator_value(plan, {"indicator_id": indicator.id,
                                           "measured_on": "2027-08-01", "value": 4})
    assert timeline.indicators_triggered(plan) == []
    timeline.record_indicator_value(plan, {"indicator_id": indicator.id,
                                           "measured_on": "2027-09-01", "value": 14})
    assert [i.name for i, _v in timeline.indicators_triggered(plan)] == [
        "Civilian fatalities per month"]


def test_a_record_whose_parent_was_deleted_since_cannot_be_restored(plan, capacity, actor):
    handover = handovers.add_handover(plan, {"capacity_id": capacity.id, "actor_id": actor.id})
    tombstone = handovers.delete_handover(plan, handover.id)
    inventory.delete_capacity(plan, capacity.id)
    with pytest.raises(ServiceError, match="the capacity it belongs to was deleted since"):
        audit.restore_deleted(plan, tombstone)
    assert handovers.list_handovers(plan) == []
    assert [e.id for e in audit.deleted_records(plan)][-1] == tombstone  # still restorable later


def test_restoring_a_score_replaced_since_says_what_is_in_the_way(plan, capacity, actor):
    handover = handovers.add_handover(plan, {"capacity_id": capacity.id, "actor_id": actor.id})
    score = handovers.set_readiness(plan, handover.id, {"dimension": "access", "score": 2})
    tombstone = handovers.delete_readiness(plan, score.id)
    handovers.set_readiness(plan, handover.id, {"dimension": "access", "score": 4})
    with pytest.raises(ServiceError, match="a record made since takes its place"):
        audit.restore_deleted(plan, tombstone)
    assert [s.score for s in handovers.readiness_of(plan, handover.id)] == [4]
