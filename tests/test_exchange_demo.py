"""The demo plan through the matrix: nothing sensitive leaves, and edits come back exactly."""

from __future__ import annotations

import pytest
from test_exchange_export import every_text
from test_exchange_roundtrip import plan_state
from test_exchange_support import MatrixBook

from transition_planner.exchange.apply import apply_import
from transition_planner.exchange.export import export_matrix
from transition_planner.exchange.merge import preview_import
from transition_planner.services import demo, handovers

pytestmark = pytest.mark.both_backends


@pytest.mark.parametrize("audience", ["cluster", "donor"])
def test_outside_exports_contain_no_sensitive_string(demo_plan, tmp_path, audience):
    out = tmp_path / f"{audience}.xlsx"
    result = export_matrix(demo_plan, out, audience=audience)
    assert result.rows > 10
    text = every_text(out)
    leaked = [s for s in demo.SENSITIVE_STRINGS if s in text]
    assert leaked == []


def test_internal_export_keeps_what_the_mission_needs(demo_plan, tmp_path):
    out = tmp_path / "internal.xlsx"
    internal = export_matrix(demo_plan, out).rows
    cluster = export_matrix(demo_plan, tmp_path / "c.xlsx", audience="cluster").rows
    assert internal > cluster  # sensitive records are in the mission's own copy only


def test_demo_round_trip(demo_plan, tmp_path):
    out = tmp_path / "cluster.xlsx"
    export_matrix(demo_plan, out, audience="cluster")
    assert preview_import(demo_plan, out).rows == []
    before = plan_state(demo_plan)
    book = MatrixBook(out)
    target = next(h for h in handovers.list_handovers(demo_plan)
                  if h.status == "proposed" and not h.sensitive)
    row = book.row_of(target.id)
    book.set(row, "status", "Agreed")
    book.set(row, "agreement_ref", "Letter of intent 2026/7")
    book.save()
    preview = preview_import(demo_plan, out)
    assert preview.problems == []
    apply_import(demo_plan, preview)
    before[target.id].update(status="agreed", agreement_ref="Letter of intent 2026/7")
    assert plan_state(demo_plan) == before


def test_the_internal_copy_does_hold_sensitive_strings(demo_plan, tmp_path):
    """So the outside exports above are clean because of the audience rules, not by chance."""
    out = tmp_path / "internal.xlsx"
    export_matrix(demo_plan, out)
    text = every_text(out)
    assert [s for s in demo.SENSITIVE_STRINGS if s in text]
