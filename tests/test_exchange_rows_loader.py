"""The matrix rows and funding lines read with plain DB-API rows (exchange.rows,
exchange.funding_sheet) are those the SQLAlchemy loaders read before
(tests/matrix_rows_before.py): on the demo plan, which has sensitive records and fields, for
every audience, on a plan file and on a team plan on PostgreSQL; and on a generated plan."""

from __future__ import annotations

import sys
from pathlib import Path

import matrix_rows_before as before
import pytest

from transition_planner.exchange import funding_sheet, rows
from transition_planner.services import bulk, plans
from transition_planner.store import planfile

BENCHMARKS = Path(__file__).resolve().parent.parent / "benchmarks"
AUDIENCES = ("internal", "cluster", "donor")


def _same(old, new) -> None:
    """Equal, and equal in every type and digit (a Decimal's places, a bool not an int)."""
    assert new == old
    assert repr(new) == repr(old)


def _rows_of(plan_rows) -> tuple:
    return (plan_rows.plan_id, plan_rows.plan_name, plan_rows.currency, plan_rows.rows,
            plan_rows.places, plan_rows.successors, plan_rows.handovers_of)


def _compare(handle) -> None:
    for audience in AUDIENCES:
        _same(_rows_of(before.load_rows(handle, audience)),
              _rows_of(rows.load_rows(handle, audience)))
        with handle.read() as session:
            _same(before.load_lines(session, audience),
                  funding_sheet.load_lines(session, audience))


@pytest.mark.both_backends
def test_the_demo_plan_gives_the_same_rows_and_lines_for_every_audience(demo_plan):
    _compare(demo_plan)
    donor = rows.load_rows(demo_plan, "donor")
    assert any(r.hidden for r in donor.rows)  # the sensitive records are there to compare
    with demo_plan.read() as session:
        lines = funding_sheet.load_lines(session, "donor")
    assert sum(len(v) for v in lines.values()) > 10


def test_a_generated_plan_gives_the_same_rows_and_lines(tmp_path):
    sys.path.insert(0, str(BENCHMARKS))
    try:
        from synthetic import synthetic_rows
    finally:
        sys.path.remove(str(BENCHMARKS))
    path = tmp_path / "generated.tplan"
    planfile.create_plan_file(path).engine.dispose()
    handle = plans.PlanHandle(planfile.open_plan_file(path), "tester")
    try:
        bulk.insert_rows(handle, synthetic_rows(200), source="test")
        assert len(rows.load_rows(handle).rows) == 400
        _compare(handle)
    finally:
        handle.close()
