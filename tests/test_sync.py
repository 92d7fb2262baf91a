"""Field copies: checkout, offline edits on both sides, sync with a three-way merge, kill -9."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time

import pytest
from postgres_cluster import SUPERUSER_PASSWORD

from transition_planner.exchange import sync
from transition_planner.exchange.merge import OURS, THEIRS
from transition_planner.services import audit, handovers, inventory, plans
from transition_planner.store.models import Checkout


@pytest.fixture
def team(server_database):
    """A team plan with two field offices: Kalima (two capacities) and Doro (one)."""
    handle = plans.new_plan(server_database, {"name": "Team plan",
                                              "horizon_start": "2027-01-01"}, user="aicha")
    kalima = inventory.add_location(handle, {"name": "Kalima", "pcode": "KV01"})
    doro = inventory.add_location(handle, {"name": "Doro", "pcode": "KV02"})
    cla = inventory.add_capacity(handle, {"name": "Community liaison assistants",
                                          "location_id": kalima.id, "quantity": 30,
                                          "category": "community_engagement"})
    patrols = inventory.add_capacity(handle, {"name": "Patrols", "location_id": kalima.id,
                                              "category": "physical_protection"})
    radio = inventory.add_capacity(handle, {"name": "Radio", "location_id": doro.id,
                                            "category": "radio_communications"})
    unicef = inventory.add_actor(handle, {"name": "UNICEF", "actor_type": "un_agency"})
    line = handovers.add_funding_line(handle, {"capacity_id": cla.id, "source_type":
                                               "bilateral", "amount": "1000", "currency": "USD"})
    yield handle, {"cla": cla, "patrols": patrols, "radio": radio, "unicef": unicef,
                   "line": line}
    handle.close()


def open_copy(path):
    return plans.open_plan(path, user="bruno")


def test_checkout_of_one_field_office_takes_its_places_and_remembers_the_server(team, tmp_path):
    handle, ids = team
    path = tmp_path / "kalima.tplan"
    sync.checkout(handle.address, path, locations=["KV01"])
    copy = open_copy(path)
    try:
        names = sorted(c.name for c in inventory.list_capacities(copy))
        with copy.read() as session:
            origin = session.query(Checkout).one()
    finally:
        copy.close()
    assert names == ["Community liaison assistants", "Patrols"]
    assert origin.server == handle.address and "postgres-test-only" not in origin.server
    with pytest.raises(sync.SyncError, match="No place"):
        sync.checkout(handle.address, tmp_path / "x.tplan", locations=["Atlantis"])


def test_sync_merges_field_by_field_and_asks_about_real_conflicts(team, tmp_path):
    handle, ids = team
    path = tmp_path / "copy.tplan"
    sync.checkout(handle.address, path)
    copy = open_copy(path)
    try:  # offline, in the field
        inventory.update_capacity(copy, ids["cla"].id, {"quantity": 25, "notes": "Field count"})
        handovers.add_handover(copy, {"capacity_id": ids["cla"].id,
                                      "actor_id": ids["unicef"].id, "share": 0.5})
        handovers.delete_funding_line(copy, ids["line"].id)
    finally:
        copy.close()
    # meanwhile at headquarters: another field of the same capacity, and the same field
    inventory.update_capacity(handle, ids["cla"].id, {"unit": "assistants", "quantity": 28})
    with pytest.raises(sync.UnresolvedConflicts) as asked:
        sync.sync(path, user="bruno")
    [conflict] = asked.value.preview.conflicts()
    labels = sorted(r.label for r in asked.value.preview.rows)  # as the CLI prints them
    assert "funding line" in labels and "capacity 'Community liaison assistants'" in labels
    assert [(c.field, c.base, c.ours, c.theirs) for c in conflict.cells if c.conflict] == [
        ("quantity", "30", "28", "25")]  # as typed, not "30.0"
    assert inventory.get_capacity(handle, ids["cla"].id).quantity == 28  # nothing written
    result = sync.sync(path, {conflict.conflict_keys()[0]: THEIRS}, user="bruno")
    assert result.sent == 4  # the capacity, the new handover and its first status, the line
    server_cap = inventory.get_capacity(handle, ids["cla"].id)
    assert (server_cap.quantity, server_cap.notes, server_cap.unit) == (25, "Field count",
                                                                       "assistants")
    assert len(handovers.list_handovers(handle)) == 1
    assert handovers.list_funding_lines(handle) == []
    entry = audit.history(handle, record_id=ids["cla"].id)[0]
    assert entry.user == "bruno" and "copy.tplan" in entry.source  # both sides named
    copy = open_copy(path)
    try:  # the file has the server's change too, at the server's version
        local_cap = inventory.get_capacity(copy, ids["cla"].id)
    finally:
        copy.close()
    assert (local_cap.unit, local_cap.version) == ("assistants", server_cap.version)
    again = sync.sync(path, user="bruno")
    assert again.sent == 0  # nothing twice


def test_keep_the_servers_value_and_deletions_on_both_sides(team, tmp_path):
    handle, ids = team
    path = tmp_path / "copy.tplan"
    sync.checkout(handle.address, path)
    copy = open_copy(path)
    try:
        inventory.update_capacity(copy, ids["radio"].id, {"quantity": 2})
        inventory.delete_capacity(copy, ids["patrols"].id)
    finally:
        copy.close()
    inventory.update_capacity(handle, ids["radio"].id, {"quantity": 3})
    inventory.update_capacity(handle, ids["patrols"].id, {"quantity": 4})
    preview = sync.preview_sync(path, user="bruno")
    kinds = sorted((r.kind, bool(r.conflict)) for r in preview.conflicts())
    assert kinds == [("changed", False), ("deleted", True)]
    sync.sync(path, default=OURS, user="bruno")
    assert inventory.get_capacity(handle, ids["radio"].id).quantity == 3
    assert inventory.get_capacity(handle, ids["patrols"].id).quantity == 4  # kept: edited there
    copy = open_copy(path)
    try:
        assert inventory.get_capacity(copy, ids["radio"].id).quantity == 3
        assert inventory.get_capacity(copy, ids["patrols"].id).quantity == 4  # back in the file
    finally:
        copy.close()


def _sync_command(path) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "transition_planner", "sync", str(path),
                             "--keep", "mine"], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            env={**os.environ, "LOGNAME": "bruno", "USER": "bruno",
                                 "PGPASSWORD": SUPERUSER_PASSWORD})


def _kill_once(process: subprocess.Popen, ready, what: str) -> None:
    """kill -9 the sync as soon as `ready()` says it reached the point the test wants."""
    deadline = time.monotonic() + 60
    while not ready():
        assert process.poll() is None, process.communicate()
        assert time.monotonic() < deadline, f"the sync never {what}"
        time.sleep(0.05)
    os.kill(process.pid, signal.SIGKILL)
    process.wait(timeout=30)


def _waiting_for_a_lock(handle) -> bool:
    with handle.file.engine.connect() as conn:
        return bool(conn.exec_driver_sql(
            "SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock' "
            "AND datname = current_database()").scalar())


def test_kill_9_in_the_middle_of_a_sync_loses_and_duplicates_nothing(team, tmp_path):
    """Killed while writing the server, then between the server's commit and the file's:
    each re-run ends with every change there exactly once."""
    handle, ids = team
    path = tmp_path / "copy.tplan"
    sync.checkout(handle.address, path)
    copy = open_copy(path)
    try:
        inventory.update_capacity(copy, ids["radio"].id, {"notes": "Transmitter moved"})
        handover = handovers.add_handover(copy, {"capacity_id": ids["cla"].id,
                                                 "actor_id": ids["unicef"].id, "share": 0.4})
    finally:
        copy.close()
    inventory.update_capacity(handle, ids["patrols"].id, {"quantity": 6})  # comes back
    # 1. Another client holds a row: the sync waits inside its server transaction, is killed.
    other = handle.file.engine.raw_connection()
    other.cursor().execute("SELECT 1 FROM capacity WHERE id = %s FOR UPDATE", (ids["radio"].id,))
    _kill_once(_sync_command(path), lambda: _waiting_for_a_lock(handle), "waited for the row")
    other.rollback()
    other.close()
    assert handovers.list_handovers(handle) == []  # the server rolled the killed sync back
    # 2. Another program holds the file: the server has committed, the file's write waits;
    # killed right then.
    locker = sqlite3.connect(path, timeout=1)
    locker.execute("BEGIN EXCLUSIVE")
    _kill_once(_sync_command(path), lambda: bool(handovers.list_handovers(handle)),
               "committed on the server")
    locker.rollback()
    locker.close()
    copy = open_copy(path)
    try:
        assert inventory.get_capacity(copy, ids["patrols"].id).quantity is not None
        assert inventory.get_capacity(copy, ids["patrols"].id).quantity != 6  # not yet back
    finally:
        copy.close()
    # 3. Run again: nothing twice, nothing lost, on both sides.
    finished = _sync_command(path)
    out, err = finished.communicate(timeout=120)
    assert finished.returncode == 0, err
    assert b"0 change(s) sent" in out
    assert [h.id for h in handovers.list_handovers(handle)] == [handover.id]
    assert inventory.get_capacity(handle, ids["radio"].id).notes == "Transmitter moved"
    created = [e for e in audit.history(handle, record_id=handover.id) if e.action == "create"]
    assert len(created) == 1
    copy = open_copy(path)
    try:
        assert inventory.get_capacity(copy, ids["patrols"].id).quantity == 6
        assert [h.id for h in handovers.list_handovers(copy)] == [handover.id]
    finally:
        copy.close()


def test_a_readiness_score_given_on_both_sides_stays_one_score(team, tmp_path):
    """The field and the server score the same dimension of a handover while apart: one score
    (handover, dimension) on both sides after the sync, the file's value where it was chosen."""
    handle, ids = team
    handover = handovers.add_handover(handle, {"capacity_id": ids["cla"].id,
                                               "actor_id": ids["unicef"].id, "share": 1.0})
    path = tmp_path / "kalima.tplan"
    sync.checkout(handle.address, path, locations=["KV01"])
    copy = open_copy(path)
    try:
        handovers.set_readiness(copy, handover.id, {"dimension": "access", "score": 4})
    finally:
        copy.close()
    handovers.set_readiness(handle, handover.id, {"dimension": "access", "score": 2})
    sync.sync(path, default=THEIRS, user="bruno", password=SUPERUSER_PASSWORD)
    sync.sync(path, default=THEIRS, user="bruno", password=SUPERUSER_PASSWORD)  # again: no more
    copy = open_copy(path)
    try:
        in_file = [s.score for s in handovers.readiness_of(copy, handover.id)]
    finally:
        copy.close()
    on_server = [s.score for s in handovers.readiness_of(handle, handover.id)]
    assert on_server == [4] and in_file == [4]
