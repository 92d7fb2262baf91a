"""The inventory's plain rows, and the two deletions its undo needs (readiness, comments)."""

from __future__ import annotations

from datetime import date

import pytest

from transition_planner.services import audit, handovers, inventory, timeline
from transition_planner.services.errors import NotFound
from transition_planner.services.inventory_view import (
    FUNDING_NONE,
    FUNDING_PARTIAL,
    FUNDING_REQUIRED,
    FUNDING_SECURED,
    inventory_rows,
)

pytestmark = pytest.mark.both_backends


@pytest.fixture
def mapped(plan):
    """Two capacities at a team site closing mid-2027; one has two successors."""
    site = inventory.add_location(plan, {"name": "Kanzi team site",
                                         "closure_date": "2027-06-30"})
    ngo = inventory.add_actor(plan, {"name": "Safer Villages", "actor_type": "national_ngo"})
    unicef = inventory.add_actor(plan, {"name": "UNICEF", "actor_type": "un_agency"})
    alert = inventory.add_capacity(plan, {
        "name": "Community alert network", "location_id": site.id, "category": "early_warning",
        "quantity": 42, "unit": "focal points", "annual_cost": "120000"})
    patrols = inventory.add_capacity(plan, {
        "name": "Night patrols", "location_id": site.id, "category": "physical_protection",
        "poc_tier": "II", "component": "military", "end_date": "2027-03-31", "sensitive": True})
    lead = handovers.add_handover(plan, {"capacity_id": alert.id, "actor_id": ngo.id,
                                         "share": 0.6, "start_date": "2027-06-01",
                                         "status": "agreed"})
    support = handovers.add_handover(plan, {"capacity_id": alert.id, "actor_id": unicef.id,
                                            "role": "support", "share": 0.4,
                                            "start_date": "2027-07-01", "status": "proposed"})
    return {"site": site, "alert": alert, "patrols": patrols, "lead": lead, "support": support}


def by_name(handle):
    return {row.name: row for row in inventory_rows(handle)}


def test_rows_carry_what_the_table_shows(plan, mapped):
    rows = by_name(plan)
    alert, patrols = rows["Community alert network"], rows["Night patrols"]
    assert list(rows) == ["Community alert network", "Night patrols"]
    assert alert.location == "Kanzi team site"
    assert (alert.quantity, alert.unit) == (42.0, "focal points")
    assert alert.mission_end == date(2027, 6, 30)  # the location's closure
    assert patrols.mission_end == date(2027, 3, 31)  # its own end date wins
    assert alert.successors == ("Safer Villages", "UNICEF")
    assert alert.statuses == ("agreed", "proposed")
    assert (patrols.tier, patrols.component, patrols.sensitive) == ("II", "military", True)
    assert alert.readiness is None and alert.funding == FUNDING_NONE


def test_flags_belong_to_their_capacity(plan, mapped):
    rows = by_name(plan)
    assert [f.kind for f in rows["Night patrols"].flags] == ["no_successor"]
    assert "Night patrols" in rows["Night patrols"].flags[0].message
    assert "no_successor" not in {f.kind for f in rows["Community alert network"].flags}


def test_readiness_is_the_lowest_score_of_open_handovers(plan, mapped):
    handovers.set_readiness(plan, mapped["lead"].id, {"dimension": "funding", "score": 4})
    handovers.set_readiness(plan, mapped["support"].id, {"dimension": "access", "score": 2})
    assert by_name(plan)["Community alert network"].readiness == 2
    handovers.set_status(plan, mapped["support"].id, "declined", "no access")
    assert by_name(plan)["Community alert network"].readiness == 4


def test_funding_summary(plan, mapped):
    cap_id = mapped["alert"].id
    line = {"capacity_id": cap_id, "source_type": "bilateral", "amount": "1000",
            "currency": "USD"}
    first = handovers.add_funding_line(plan, {**line, "status": "required"})
    assert by_name(plan)["Community alert network"].funding == FUNDING_REQUIRED
    handovers.add_funding_line(plan, {**line, "status": "pledged"})
    assert by_name(plan)["Community alert network"].funding == FUNDING_PARTIAL
    handovers.update_funding_line(plan, first.id, {"status": "committed"})
    assert by_name(plan)["Community alert network"].funding == FUNDING_SECURED


def test_empty_plan_has_no_rows(plan):
    assert inventory_rows(plan) == []


def test_delete_readiness_is_restorable(plan, mapped):
    score = handovers.set_readiness(plan, mapped["lead"].id,
                                    {"dimension": "access", "score": 2, "evidence": "road cut"})
    tombstone = handovers.delete_readiness(plan, score.id)
    assert handovers.readiness_of(plan, mapped["lead"].id) == []
    audit.restore_deleted(plan, tombstone)
    restored = handovers.readiness_of(plan, mapped["lead"].id)
    assert [(s.id, s.score, s.evidence) for s in restored] == [(score.id, 2, "road cut")]
    with pytest.raises(NotFound):
        handovers.delete_readiness(plan, "no-such-id")


def test_delete_comment_is_restorable(plan, mapped):
    cap_id = mapped["alert"].id
    comment = timeline.add_comment(plan, {"record_type": "capacity", "record_id": cap_id,
                                          "body": "Ask the cluster about phone credit"})
    tombstone = timeline.delete_comment(plan, comment.id)
    assert timeline.comments_on(plan, cap_id) == []
    audit.restore_deleted(plan, tombstone)
    assert [c.body for c in timeline.comments_on(plan, cap_id)] == [
        "Ask the cluster about phone credit"]
    with pytest.raises(NotFound):
        timeline.delete_comment(plan, "no-such-id")
