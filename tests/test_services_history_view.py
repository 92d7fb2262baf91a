"""The audit trail as readable rows, its filters, and restore with undo."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sample_plan_b import build
from sqlalchemy import func, select

from transition_planner.services import history_view, inventory, timeline
from transition_planner.services.errors import NotFound
from transition_planner.store.models import Capacity, FundingLine, Handover

pytestmark = pytest.mark.both_backends


@pytest.fixture
def ids(plan):
    return build(plan)


def count(plan, model) -> int:
    with plan.read() as session:
        return session.execute(select(func.count()).select_from(model)).scalar()


def test_changes_read_as_names_and_labels(plan, ids):
    inventory.update_actor(plan, ids.women, {"actor_type": "international_ngo"})
    inventory.update_location(plan, ids.mbeya, {"parent_id": ids.north})
    rows = history_view.history_rows(plan, limit=2)
    moved, retyped = rows
    assert moved.action == "update" and moved.record_label == "Mbeya field office"
    assert moved.changes == (("parent_id", "South Province", "North Province"),)
    assert retyped.changes == (
        ("actor_type", "National NGO or civil society", "International NGO"),)


def test_a_deletion_lists_what_was_lost_and_is_restorable(plan, ids):
    inventory.delete_capacity(plan, ids.alert)
    row = history_view.history_rows(plan, limit=1)[0]
    assert row.action == "delete" and row.restorable
    assert ("name", "Community alert network", "") in row.changes
    assert ("location_id", "Kaleko team site", "") in row.changes
    assert set(row.tables) >= {"capacity", "handover", "fundingline", "readinessscore"}


def test_filters_by_type_text_user_and_time(plan, ids):
    plan.user = "other planner"
    inventory.update_location(plan, ids.ruvo, {"pcode": "AM019999"})
    by_type = history_view.history_rows(plan, record_type="location")
    assert {r.record_type for r in by_type} == {"location"} and len(by_type) == 8
    assert [r.record_label for r in history_view.history_rows(plan, user="other planner")] == [
        "Ruvo team site"]
    by_value = history_view.history_rows(plan, text="am019999")
    assert [r.record_label for r in by_value] == ["Ruvo team site"]
    assert history_view.history_rows(plan, text="  nothing like this ") == []
    future = datetime.now(UTC) + timedelta(days=1)
    assert history_view.history_rows(plan, since=future) == []
    assert history_view.history_rows(plan, since=future, until=future - timedelta(days=2)) == []
    assert history_view.history_users(plan) == ["other planner", "tester"]


def test_restore_and_undo_of_the_restore(plan, ids):
    tombstone = inventory.delete_capacity(plan, ids.alert)
    assert count(plan, Capacity) == 2 and count(plan, FundingLine) == 2
    assert history_view.restore(plan, tombstone) == ids.alert
    assert count(plan, Capacity) == 3 and count(plan, Handover) == 3
    assert count(plan, FundingLine) == 4
    entry = next(r for r in history_view.history_rows(plan) if r.id == tombstone)
    assert not entry.restorable and entry.restored_at is not None
    again = history_view.delete_restored(plan, "capacity", ids.alert)
    assert count(plan, Capacity) == 2 and count(plan, Handover) == 1
    history_view.restore(plan, again)
    assert count(plan, Handover) == 3


def test_restore_refuses_what_is_not_a_deletion(plan, ids):
    update = history_view.history_rows(plan, limit=1)[0]
    with pytest.raises(NotFound):
        history_view.restore(plan, update.id)
    with pytest.raises(NotFound):
        history_view.restore(plan, "no-such-entry")
    with pytest.raises(NotFound):
        history_view.delete_restored(plan, "capacity", "no-such-id")
    assert count(plan, Capacity) == 3


def test_an_addition_lists_only_the_fields_that_say_something(plan, ids):
    added = next(r for r in history_view.history_rows(plan, record_type="location")
                 if r.record_label == "Mbeya field office" and r.action == "create")
    fields = {c.field: (c.old, c.new) for c in added.changes}
    assert fields == {"name": ("", "Mbeya field office"), "level": ("", "Field office"),
                      "pcode": ("", "AM0201"), "parent_id": ("", "South Province")}


def test_a_comment_names_the_record_it_is_about(plan, ids):
    timeline.add_comment(plan, {"record_type": "actor", "record_id": ids.army,
                                "body": "Vetting pending"})
    row = history_view.history_rows(plan, record_type="comment")[0]
    assert ("record_id", "", "Amani Armed Forces") in row.changes
