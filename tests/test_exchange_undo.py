"""Undoing an applied matrix import puts every table back as it was; redoing applies it again."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select
from test_exchange_funding import FundingSheet
from test_exchange_support import MatrixBook

from transition_planner.exchange.apply import apply_import
from transition_planner.exchange.export import export_matrix
from transition_planner.exchange.merge import preview_import
from transition_planner.exchange.undo_import import ChangedSince, redo_import, undo_import
from transition_planner.services import handovers, inventory
from transition_planner.store.models import metadata

# What an undo cannot put back by design: the history (it records the undo too), and each
# record's version and update time, which move on so another window's stale copy is refused.
NOT_COMPARED_TABLES = {"auditentry"}
NOT_COMPARED_COLUMNS = {"version", "updated_at"}


def all_tables(handle) -> dict[str, dict[str, dict]]:
    """Every row of every table of the plan, by table and id, as plain values."""
    state = {}
    with handle.read() as session:
        for table in metadata.sorted_tables:
            if table.name in NOT_COMPARED_TABLES:
                continue
            columns = [c for c in table.columns if c.name not in NOT_COMPARED_COLUMNS]
            key = table.primary_key.columns.values()[0]
            rows = session.execute(select(*columns)).mappings().all()
            state[table.name] = {str(row[key.name]): dict(row) for row in rows}
    return state


def partner_edit(handle, tmp_path: Path) -> Path:
    """The demo's matrix exported for the cluster and edited by a partner in Excel: statuses,
    a share, readiness scores set and cleared, a row deleted, a row with a new successor
    added, and on the Funding sheet a line changed, one deleted and one added."""
    path = tmp_path / "partner.xlsx"
    export_matrix(handle, path, audience="cluster")
    book = MatrixBook(path)
    medevac = book.row_of(book.get(3, "handover_id"))
    book.set(medevac, "status", "Handed over")
    book.set(medevac, "agreement_ref", "MoU 2027/9")
    book.set(medevac, "readiness_capacity", 5)
    ewer = 5
    assert book.get(ewer, "successor") == "Nord-Asari Provincial Government"
    book.set(ewer, "share", 0.5)
    book.set(ewer, "readiness_funding", None)
    assert book.get(8, "successor") == "Office of the UN High Commissioner for Human Rights"
    gone = book.get(8, "handover_id")
    book.ws.delete_rows(8)
    book.append({"location": "Asari-Ville field office", "name": "Mobile protection clinic",
                 "category": "Physical protection", "successor": "Asari Women Mediators",
                 "successor_type": "National NGO or civil society", "share": 1,
                 "status": "Agreed", "readiness_capacity": 3})
    book.save()
    sheet = FundingSheet(path)
    for line in sheet.rows():  # the deleted row's funding goes with it
        if line["funding_handover_id"] == gone:
            sheet.delete(line["funding_id"])
    lines = sheet.rows()
    sheet.set(sheet.row_of(lines[0]["funding_id"]), "funding_amount", 400000)
    sheet.delete(lines[1]["funding_id"])
    sheet.append({"funding_handover_id": lines[2]["funding_handover_id"],
                  "funding_source": "Bilateral donor", "funding_donor": "Aldoria",
                  "funding_amount": 90000, "funding_start": "2027-03-01",
                  "funding_end": "2027-12-31"})
    sheet.save()
    return path


@pytest.fixture
def imported(demo_plan, tmp_path):
    before = all_tables(demo_plan)
    preview = preview_import(demo_plan, partner_edit(demo_plan, tmp_path))
    assert preview.problems == []
    result = apply_import(demo_plan, preview, default="theirs")
    after = all_tables(demo_plan)
    return demo_plan, before, after, result


def test_the_import_changed_what_the_partner_edited(imported):
    handle, before, after, result = imported
    assert (result.added, result.deleted) == (2, 2)  # a matrix row and a funding line each
    assert result.changed >= 3
    added = {t: set(after[t]) - set(before[t]) for t in after}
    removed = {t: set(before[t]) - set(after[t]) for t in after}
    assert len(added["capacity"]) == len(added["actor"]) == 1
    assert len(added["handover"]) == 1 and len(added["fundingline"]) == 1
    assert len(added["handoverstatuschange"]) == 2  # the new handover, and Handed over
    assert len(removed["handover"]) == 1 and len(removed["fundingline"]) >= 1
    assert removed["readinessscore"]  # the cleared score and the deleted row's
    assert {c.name for c in inventory.list_capacities(handle)} >= {"Mobile protection clinic"}


def test_undo_puts_every_table_back_and_redo_applies_it_again(imported):
    handle, before, after, result = imported
    undo_import(handle, result.changes)
    assert all_tables(handle) == before
    redo_import(handle, result.changes)
    assert all_tables(handle) == after
    undo_import(handle, result.changes)  # and once more: the tombstones were renewed
    assert all_tables(handle) == before


def test_an_undo_over_a_later_change_is_refused_and_changes_nothing(imported):
    handle, _before, _after, result = imported
    medevac = next(h for h in handovers.list_handovers(handle)
                   if h.agreement_ref == "MoU 2027/9")
    handovers.update_handover(handle, medevac.id, {"agreement_ref": "MoU 2027/10"})
    changed = all_tables(handle)
    with pytest.raises(ChangedSince) as refused:
        undo_import(handle, result.changes)
    assert "agreement_ref" in str(refused.value) and "Nothing was changed" in str(refused.value)
    assert all_tables(handle) == changed
