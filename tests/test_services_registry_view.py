"""Read models of the actor registry and the location tree."""

from __future__ import annotations

from datetime import date

import pytest
from sample_plan_b import build
from sqlalchemy import text

from transition_planner.services import inventory, registry_view

pytestmark = pytest.mark.both_backends


@pytest.fixture
def ids(plan):
    return build(plan)


def test_actor_rows_show_presence_handovers_readiness_and_risk(plan, ids):
    rows = {r.name: r for r in registry_view.actor_rows(plan)}
    assert list(rows) == ["Amani Armed Forces", "Shield Security Ltd", "UNICEF",
                          "Women for Peace Network"]
    unicef = rows["UNICEF"]
    assert set(unicef.presence) == {ids.kaleko, ids.ruvo}
    assert unicef.presence_names == ("Kaleko team site", "Ruvo team site")
    assert [(h.capacity, h.location, h.share, h.status_label) for h in unicef.handovers] == [
        ("Community alert network", "Kaleko team site", 0.6, "Agreed")]
    assert unicef.readiness == pytest.approx(3.0)  # capacity 4, funding 2
    assert rows["Women for Peace Network"].readiness == pytest.approx(2.0)
    assert rows["Shield Security Ltd"].readiness is None
    assert rows["Amani Armed Forces"].party_to_conflict
    assert not rows["Amani Armed Forces"].not_successor
    shield = rows["Shield Security Ltd"]
    assert shield.not_successor and shield.party_to_conflict
    assert not unicef.party_to_conflict and not unicef.not_successor
    assert unicef.type_label == "UN agency, fund or programme"


def test_actor_type_labels_follow_the_language(plan, ids):
    rows = {r.name: r for r in registry_view.actor_rows(plan, lang="fr")}
    assert rows["UNICEF"].type_label == "Agence, fonds ou programme des Nations Unies"


def test_actor_form_values_round_trip_through_the_service(plan, ids):
    row = next(r for r in registry_view.actor_rows(plan) if r.id == ids.women)
    inventory.update_actor(plan, ids.women, row.form_values())  # no change, no error
    assert next(r for r in registry_view.actor_rows(plan) if r.id == ids.women) == row


def test_location_rows_are_in_tree_order_with_inherited_closures(plan, ids):
    rows = registry_view.location_rows(plan)
    assert [(r.name, r.depth) for r in rows] == [
        ("Republic of Amani", 0), ("North Province", 1), ("Lake Territory", 2),
        ("Kaleko team site", 3), ("Ruvo team site", 3), ("South Province", 1),
        ("Mbeya field office", 2),
    ]
    mbeya = rows[-1]
    assert mbeya.closure_date is None and mbeya.effective_closure == date(2028, 3, 31)
    assert mbeya.path == "Republic of Amani > South Province"
    assert mbeya.capacities == 1 and mbeya.level_label == "Field office"
    assert rows[3].pcode == "AM010101" and rows[3].parent_id == ids.lake


def test_closure_calendar_lists_dated_locations_then_undated_sites(plan, ids):
    calendar = registry_view.closure_calendar(registry_view.location_rows(plan))
    assert [(r.name, r.closure_date) for r in calendar] == [
        ("Kaleko team site", date(2027, 6, 30)), ("Ruvo team site", date(2027, 9, 30)),
        ("South Province", date(2028, 3, 31)), ("Mbeya field office", None),
    ]


def test_a_parent_cycle_in_a_damaged_file_still_lists_every_location(plan, ids):
    with plan.action() as session:  # what a bad import or a hand edit could leave behind
        session.execute(text("UPDATE location SET parent_id = :child WHERE id = :top"),
                        {"child": ids.lake, "top": ids.country})
    rows = registry_view.location_rows(plan)
    assert sorted(r.name for r in rows) == sorted([
        "Republic of Amani", "North Province", "Lake Territory", "Kaleko team site",
        "Ruvo team site", "South Province", "Mbeya field office"])
    assert len({r.id for r in rows}) == 7


def test_empty_plan_has_no_rows(plan):
    assert registry_view.actor_rows(plan) == []
    assert registry_view.location_rows(plan) == []
    assert registry_view.closure_calendar([]) == []
