"""Plan files: creating, opening, upgrading, and refusing what is not a plan."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text

from transition_planner.services import inventory, plans
from transition_planner.store import planfile
from transition_planner.store.planfile import PlanFileError

FIXTURES = Path(__file__).with_name("fixtures")


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_new_plan_has_foreign_keys_wal_application_id_and_head_schema(plan):
    with plan.file.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA application_id").scalar() == planfile.APPLICATION_ID
    assert planfile.read_revision(plan.path) == planfile.head_revision()


def test_records_get_uuid_ids_and_aware_timestamps(plan):
    loc = inventory.add_location(plan, {"name": "Kalima"})
    assert len(loc.id) == 36 and loc.id.count("-") == 4
    stored = inventory.list_locations(plan)[0]
    assert stored.created_at.tzinfo is not None
    assert stored.updated_at >= stored.created_at


def test_reopened_plan_holds_what_was_written(plan, tmp_path):
    inventory.add_location(plan, {"name": "Kalima", "pcode": "KV0101"})
    plan.close()
    again = plans.open_plan(tmp_path / "plan.tplan", user="tester")
    assert [loc.pcode for loc in inventory.list_locations(again)] == ["KV0101"]
    again.close()


def test_close_folds_the_log_into_one_copyable_file(plan, tmp_path):
    inventory.add_location(plan, {"name": "Kalima"})
    plan.close()
    copy = tmp_path / "copied.tplan"
    shutil.copy(tmp_path / "plan.tplan", copy)  # the .tplan alone, as on a USB stick
    opened = plans.open_plan(copy, user="tester")
    assert len(inventory.list_locations(opened)) == 1
    opened.close()


def test_copy_plan_to_makes_a_self_contained_copy_while_open(plan, tmp_path):
    inventory.add_location(plan, {"name": "Kalima"})
    target = plans.copy_plan_to(plan, tmp_path / "copy.tplan")
    assert not Path(str(target) + "-wal").exists()
    opened = plans.open_plan(target, user="tester")
    assert [loc.name for loc in inventory.list_locations(opened)] == ["Kalima"]
    opened.close()


def test_create_refuses_to_overwrite(tmp_path):
    existing = tmp_path / "x.tplan"
    existing.write_text("precious")
    with pytest.raises(PlanFileError, match="already exists"):
        planfile.create_plan_file(existing)
    assert existing.read_text() == "precious"


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "not a Transition Planner plan"),
        (b"hello, this is a letter to the donors" * 10, "not a Transition Planner plan"),
        (b"PK\x03\x04" + b"\x00" * 200, "not a Transition Planner plan"),
    ],
    ids=["empty", "text", "zip"],
)
def test_opening_a_file_that_is_not_a_plan_says_so_and_changes_nothing(tmp_path, content, message):
    path = tmp_path / "bad.tplan"
    path.write_bytes(content)
    before = digest(path)
    with pytest.raises(PlanFileError, match=message):
        plans.open_plan(path)
    assert digest(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bad.tplan"]


def test_another_sqlite_database_is_not_a_plan(tmp_path):
    path = tmp_path / "other.db"
    db = sqlite3.connect(path)
    db.execute("CREATE TABLE t (x)")
    db.commit()
    db.close()
    before = digest(path)
    with pytest.raises(PlanFileError, match="database, but not a Transition Planner plan"):
        plans.open_plan(path)
    assert digest(path) == before


def test_a_truncated_plan_is_reported_as_damaged(plan, tmp_path):
    for n in range(200):
        inventory.add_location(plan, {"name": f"Site {n}", "notes": "x" * 400})
    plan.close()
    path = tmp_path / "plan.tplan"
    data = path.read_bytes()
    cut = tmp_path / "cut.tplan"
    cut.write_bytes(data[: len(data) // 2])
    before = digest(cut)
    with pytest.raises(PlanFileError, match="damaged"):
        plans.open_plan(cut)
    assert digest(cut) == before


def test_a_plan_from_a_newer_version_is_refused_unchanged(plan, tmp_path):
    with plan.file.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    plan.close()
    path = tmp_path / "plan.tplan"
    before = digest(path)
    with pytest.raises(PlanFileError, match="newer version"):
        plans.open_plan(path)
    assert digest(path) == before


def test_missing_file_and_folder_errors_are_clear(tmp_path):
    with pytest.raises(PlanFileError, match="does not exist"):
        plans.open_plan(tmp_path / "nothing.tplan")
    with pytest.raises(PlanFileError, match="does not exist"):
        plans.open_plan(tmp_path)
    with pytest.raises(PlanFileError, match="folder"):
        planfile.create_plan_file(tmp_path / "no" / "such" / "x.tplan")


def test_a_first_schema_plan_is_backed_up_then_upgraded(tmp_path):
    path = tmp_path / "old.tplan"
    shutil.copy(FIXTURES / "plan_schema_0001.tplan", path)
    handle = plans.open_plan(path, user="tester")
    assert handle.file.upgraded_from == "0001"
    backup = sqlite3.connect(handle.file.backup)
    assert backup.execute("SELECT name FROM capacity").fetchall() == [("Mine clearance team",)]
    backup.close()
    assert planfile.read_revision(handle.file.backup) == "0001"
    assert planfile.read_revision(path) == planfile.head_revision()
    # the old data is all there, and the new table works
    assert [c.name for c in inventory.list_capacities(handle)] == ["Mine clearance team"]
    assert str(inventory.list_capacities(handle)[0].annual_cost) == "250000.00"
    with handle.file.engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM flagacceptance")).scalar() == 0
    handle.close()
    again = plans.open_plan(path, user="tester")  # a second open does not upgrade again
    assert again.file.upgraded_from is None
    again.close()


def test_integrity_check_finds_nothing_on_a_sound_plan(plan):
    assert planfile.integrity_problems(plan.file.engine) == []


def test_the_migrations_build_exactly_the_schema_of_the_models(tmp_path):
    """A plan made by running every migration matches one made from the models."""
    from alembic import command
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext
    from sqlalchemy import create_engine

    from transition_planner.store.models import metadata

    engine = create_engine(f"sqlite:///{tmp_path / 'migrated.tplan'}")
    with engine.begin() as conn:
        command.upgrade(planfile._alembic_config(conn), "head")
        assert compare_metadata(MigrationContext.configure(conn), metadata) == []
    engine.dispose()


def test_the_schema_revisions_read_without_alembic_are_alembics():
    from alembic.script import ScriptDirectory

    script = ScriptDirectory(str(planfile.MIGRATIONS))
    assert planfile.head_revision() == script.get_current_head()
    assert planfile.known_revisions() == {rev.revision for rev in script.walk_revisions()}
