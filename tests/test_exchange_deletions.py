"""Deletions by import: never caused by a row that cannot be read, and asked for when many."""

from __future__ import annotations

import uuid

import pytest
from test_exchange_roundtrip import plan_state
from test_exchange_support import MatrixBook, build_small_plan

from transition_planner import cli
from transition_planner.exchange.apply import DeletionsNeedConfirmation, apply_import
from transition_planner.exchange.export import export_matrix
from transition_planner.exchange.merge import DELETED, DELETION_LIMIT, preview_import
from transition_planner.services import handovers, inventory, plans

ID_KEYS = ("capacity_id", "handover_id", "base_version")


@pytest.fixture
def exported(plan, tmp_path):
    ids = build_small_plan(plan)
    out = tmp_path / "matrix.xlsx"
    export_matrix(plan, out)
    return plan, ids, MatrixBook(out)


def unchanged_by_import(handle, book) -> list:
    """Import the workbook; assert the plan did not change; return the problems."""
    before = plan_state(handle)
    preview = preview_import(handle, book.path)
    assert preview.of_kind(DELETED) == []
    apply_import(handle, preview)
    assert plan_state(handle) == before
    return preview.problems


def test_ids_pasted_from_another_row_delete_nothing(exported):
    """The UNICEF row's ids pasted over the women's network row: neither row can be trusted,
    and the women's network handover (whose ids are gone) is not deleted."""
    handle, ids, book = exported
    source, target = book.row_of(ids["h_unicef"]), book.row_of(ids["h_women"])
    for key in ID_KEYS:
        book.set(target, key, book.get(source, key))
    book.set(target, "share", 0.25)
    book.set(source, "share", 0.4)
    book.save()
    problems = unchanged_by_import(handle, book)
    rows = {p.sheet_row for p in problems}
    assert {source, target} <= rows
    kept = [p for p in problems if p.sheet_row is None]
    assert kept and "are kept, not deleted" in kept[0].reasons[0]


def test_another_plans_ids_delete_nothing(exported):
    handle, ids, book = exported
    row = book.row_of(ids["h_women"])
    book.set(row, "capacity_id", str(uuid.uuid4()))
    book.set(row, "handover_id", str(uuid.uuid4()))
    book.save()
    problems = unchanged_by_import(handle, book)
    assert any("not from this export" in r for p in problems for r in p.reasons)


def test_a_readable_workbook_still_deletes_what_was_removed(exported):
    handle, ids, book = exported
    book.ws.delete_rows(book.row_of(ids["h_women"]))
    book.save()
    preview = preview_import(handle, book.path)
    [deleted] = preview.of_kind(DELETED)
    assert deleted.handover_id == ids["h_women"]
    assert deleted.removes == {"handover": 1}
    apply_import(handle, preview)
    assert ids["h_women"] not in {h.id for h in handovers.list_handovers(handle)}


def test_the_preview_says_what_each_deletion_removes(exported):
    handle, ids, book = exported
    book.ws.delete_rows(book.row_of(ids["h_unmas"]))
    book.ws.delete_rows(book.row_of(ids["h_unicef"]))
    book.save()
    preview = preview_import(handle, book.path)
    removes = {r.handover_id: r.removes for r in preview.of_kind(DELETED)}
    assert removes == {ids["h_unmas"]: {"handover": 1, "readinessscore": 1},
                       ids["h_unicef"]: {"handover": 1, "readinessscore": 2}}
    assert preview.records_removed == 5
    assert "removes 1 handover and 2 readiness scores" in cli_preview(preview)


def cli_preview(preview) -> str:
    from transition_planner.exchange.commands import format_preview

    return format_preview(preview)


def big_plan(handle, n: int) -> None:
    site = inventory.list_locations(handle)[0]
    actor = inventory.list_actors(handle)[0]
    for i in range(n):
        cap = inventory.add_capacity(handle, {"name": f"Patrol {i}", "location_id": site.id,
                                              "category": "physical_protection"})
        handovers.add_handover(handle, {"capacity_id": cap.id, "actor_id": actor.id})


def emptied(book) -> None:
    book.ws.delete_rows(book.first, book.ws.max_row)
    book.save()


def test_emptying_the_workbook_needs_the_deletions_allowed(plan, tmp_path, capsys):
    build_small_plan(plan)
    big_plan(plan, 30)
    out = tmp_path / "m.xlsx"
    export_matrix(plan, out)
    emptied(MatrixBook(out))
    before = plan_state(plan)
    preview = preview_import(plan, out)
    assert preview.records_removed > DELETION_LIMIT
    with pytest.raises(DeletionsNeedConfirmation) as caught:
        apply_import(plan, preview)
    assert f"would delete {preview.records_removed} records" in str(caught.value)
    assert plan_state(plan) == before
    path = plan.path
    plan.close()
    assert cli.main(["import-matrix", str(path), str(out)]) == cli.EXIT_ERROR
    err = capsys.readouterr().err
    assert "--allow-deletions" in err and "Nothing was imported" in err
    handle = plans.open_plan(path)
    assert plan_state(handle) == before
    handle.close()
    assert cli.main(["import-matrix", str(path), str(out), "--allow-deletions"]) == 0
    handle = plans.open_plan(path)
    assert handovers.list_handovers(handle) == []
    handle.close()
