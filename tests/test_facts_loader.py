"""The gap facts read with plain DB-API rows (services.gaps) are those the SQLAlchemy loader
read before (tests/facts_loader_before.py): on the demo plan in each of its scenarios, on a
plan file read without SQLAlchemy, on a team plan on PostgreSQL, and on a generated plan."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from datetime import date
from pathlib import Path

import facts_loader_before as before
import pytest

from transition_planner.services import bulk, gaps, plans
from transition_planner.services.errors import ServiceError
from transition_planner.store import planfile

BENCHMARKS = Path(__file__).resolve().parent.parent / "benchmarks"
AS_OF = date(2026, 9, 1)


def _same(old, new) -> None:
    """Equal, and equal in every type and digit (a Decimal's places, a bool not an int)."""
    assert new == old
    assert repr(new) == repr(old)


@pytest.mark.both_backends
def test_the_demo_plan_gives_the_same_facts_in_every_scenario(demo_plan):
    scenarios = plans.list_scenarios(demo_plan)
    assert len(scenarios) >= 2
    for scenario in [None, *scenarios]:
        scenario_id = scenario.id if scenario else None
        old = before.load_facts(demo_plan, scenario_id, AS_OF)
        _same(old, gaps.load_facts(demo_plan, scenario_id, AS_OF))
    facts = gaps.load_facts(demo_plan, as_of=AS_OF)
    assert facts.indicators and facts.closures and any(h.funding for h in facts.handovers)


def test_a_plan_file_read_without_sqlalchemy_gives_the_same_facts(demo_plan, demo_path):
    for scenario in plans.list_scenarios(demo_plan):
        old = before.load_facts(demo_plan, scenario.id, AS_OF)
        # by name, in another case, as `gaps --scenario` passes it
        _same(old, gaps.read_file_facts(demo_path, scenario.name.upper(), AS_OF))
    # and no SQLAlchemy, no models, no pydantic in that process
    code = ("import sys; from transition_planner.services import gaps; "
            f"f = gaps.read_file_facts({str(demo_path)!r}); "
            "print(len(f.capacities), sorted(m for m in ('sqlalchemy', 'sqlmodel', 'pydantic', "
            "'transition_planner.store.models') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout.split(" ", 1)
    assert int(out[0]) == len(before.load_facts(demo_plan).capacities)
    assert out[1].strip() == "[]"


def test_a_generated_plan_gives_the_same_facts(tmp_path):
    sys.path.insert(0, str(BENCHMARKS))
    try:
        from synthetic import synthetic_rows
    finally:
        sys.path.remove(str(BENCHMARKS))
    path = tmp_path / "generated.tplan"
    planfile.create_plan_file(path).engine.dispose()
    handle = plans.PlanHandle(planfile.open_plan_file(path), "tester")
    try:
        bulk.insert_rows(handle, synthetic_rows(300), source="test")
        old = before.load_facts(handle, as_of=AS_OF)
        assert len(old.capacities) == 300 and len(old.handovers) > 300
        _same(old, gaps.load_facts(handle, as_of=AS_OF))
    finally:
        handle.close()
    _same(old, gaps.read_file_facts(path, as_of=AS_OF))


def test_an_unknown_scenario_names_the_ones_there_are(demo_path):
    with pytest.raises(ServiceError) as caught:
        gaps.read_file_facts(demo_path, "No such scenario")
    assert "No scenario called 'No such scenario'" in str(caught.value)
    assert "'Baseline'" in str(caught.value)


def test_an_older_plan_file_is_left_to_the_upgrade(demo_path):
    """A file at an older schema is not read as it is: open_plan upgrades it (after a
    backup) and the command then reads it that way."""
    conn = sqlite3.connect(demo_path)
    conn.execute("UPDATE alembic_version SET version_num = '0001'")
    conn.commit()
    conn.close()
    assert gaps.read_file_facts(demo_path) is None


def test_a_damaged_or_foreign_file_is_refused_in_words(tmp_path, demo_path):
    other = tmp_path / "other.tplan"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    with pytest.raises(planfile.PlanFileError, match="not a Transition Planner plan"):
        gaps.read_file_facts(other)
    conn = sqlite3.connect(demo_path)
    conn.execute("DELETE FROM plan")
    conn.commit()
    conn.close()
    with pytest.raises(planfile.PlanFileError, match="holds no plan"):
        gaps.read_file_facts(demo_path)
