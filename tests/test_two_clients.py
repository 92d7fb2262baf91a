"""Two clients editing one team plan on a real server: no update is lost, the stale one is told."""

from __future__ import annotations

import threading
import time

import pytest

from transition_planner.services import audit, handovers, inventory, plans
from transition_planner.services.errors import Conflict


@pytest.fixture
def two_clients(server_database):
    """Aïcha at headquarters and Bruno in a field office, each with a connection of their own."""
    first = plans.new_plan(server_database, {"name": "Team plan", "horizon_start": "2027-01-01"},
                           user="aicha")
    second = plans.open_plan(server_database, user="bruno")
    yield first, second
    first.close()
    second.close()


@pytest.fixture
def records(two_clients):
    first, _ = two_clients
    site = inventory.add_location(first, {"name": "Kalima", "closure_date": "2027-06-30"})
    capacity = inventory.add_capacity(first, {
        "name": "Community liaison assistants", "location_id": site.id,
        "category": "community_engagement", "quantity": 30, "annual_cost": "420000"})
    actor = inventory.add_actor(first, {"name": "UNICEF", "actor_type": "un_agency"})
    handover = handovers.add_handover(first, {"capacity_id": capacity.id, "actor_id": actor.id,
                                              "share": 0.5})
    line = handovers.add_funding_line(first, {"capacity_id": capacity.id, "source_type":
                                              "bilateral", "amount": "100000", "currency": "USD"})
    return capacity, handover, line


def test_the_second_edit_of_a_capacity_on_a_stale_version_is_refused(two_clients, records):
    first, second = two_clients
    capacity, _, _ = records
    seen_by_both = inventory.get_capacity(second, capacity.id).version
    inventory.update_capacity(first, capacity.id, {"quantity": 25}, version=seen_by_both)
    with pytest.raises(Conflict) as refused:
        inventory.update_capacity(second, capacity.id, {"quantity": 40}, version=seen_by_both)
    assert refused.value.users() == ["aicha"] and refused.value.fields() == ["quantity"]
    assert "changed by aicha" in str(refused.value) and "quantity" in str(refused.value)
    assert inventory.get_capacity(second, capacity.id).quantity == 25  # nothing lost
    # After a reload the second edit goes through on the new version.
    fresh = inventory.get_capacity(second, capacity.id)
    inventory.update_capacity(second, capacity.id, {"quantity": 40}, version=fresh.version)
    assert [e.user for e in audit.history(first, record_id=capacity.id)][:2] == ["bruno", "aicha"]


def test_funding_lines_and_shares_are_guarded_the_same_way(two_clients, records):
    first, second = two_clients
    _, handover, line = records
    handovers.update_funding_line(first, line.id, {"status": "pledged"}, version=line.version)
    with pytest.raises(Conflict, match="status"):
        handovers.update_funding_line(second, line.id, {"amount": "90000"},
                                      version=line.version)
    handovers.update_handover(second, handover.id, {"share": 0.6}, version=handover.version)
    with pytest.raises(Conflict, match="changed by bruno .*share"):
        handovers.update_handover(first, handover.id, {"share": 0.4}, version=handover.version)
    assert handovers.list_handovers(first)[0].share == 0.6


def test_a_save_racing_another_clients_transaction_is_refused_not_lost(two_clients, records,
                                                                      postgres_cluster):
    """Bruno saves while Aïcha's transaction holds the row; hers commits first: his is refused."""
    first, second = two_clients
    capacity, _, _ = records
    aicha = first.file.engine.raw_connection()
    cursor = aicha.cursor()
    cursor.execute("UPDATE capacity SET quantity = 12, version = version + 1 WHERE id = %s",
                   (capacity.id,))  # her transaction stays open, holding the row
    outcome = {}

    def bruno_saves():
        try:
            inventory.update_capacity(second, capacity.id, {"quantity": 50})
        except Conflict as exc:
            outcome["refused"] = exc

    thread = threading.Thread(target=bruno_saves)
    thread.start()
    time.sleep(0.5)  # Bruno's UPDATE now waits for her row lock
    assert thread.is_alive()
    aicha.commit()
    thread.join(timeout=20)
    aicha.close()
    assert "refused" in outcome
    assert inventory.get_capacity(first, capacity.id).quantity == 12


def test_save_a_copy_of_a_team_plan_as_a_plain_plan_file(two_clients, records, tmp_path):
    first, _ = two_clients
    capacity, _, _ = records
    path = plans.copy_plan_to(first, tmp_path / "copy.tplan")
    copy = plans.open_plan(path, user="aicha")
    try:
        assert inventory.get_capacity(copy, capacity.id).quantity == 30
        assert len(handovers.list_funding_lines(copy)) == 1
    finally:
        copy.close()
