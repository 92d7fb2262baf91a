"""Three-way merge: partners' copies of one export, edits in the plan meanwhile, conflicts."""

from __future__ import annotations

import shutil

import pytest
from test_exchange_support import MatrixBook, build_small_plan

from transition_planner.exchange.apply import apply_import
from transition_planner.exchange.export import export_matrix
from transition_planner.exchange.merge import (
    ADDED,
    CHANGED,
    DELETED,
    DELETED_IN_PLAN,
    EDITED_IN_PLAN,
    OURS,
    THEIRS,
    preview_import,
)
from transition_planner.services import handovers, inventory
from transition_planner.services.errors import ServiceError

pytestmark = pytest.mark.both_backends


@pytest.fixture
def exported(plan, tmp_path):
    """A plan, its export, and two partners' copies of that export."""
    ids = build_small_plan(plan)
    out = tmp_path / "matrix.xlsx"
    export_matrix(plan, out, audience="cluster")
    copies = []
    for name in ("partner A.xlsx", "partner B.xlsx"):
        shutil.copy(out, tmp_path / name)
        copies.append(MatrixBook(tmp_path / name))
    return plan, ids, copies


def status_of(handle, handover_id):
    return next(h for h in handovers.list_handovers(handle) if h.id == handover_id).status


def test_an_edit_in_the_plan_and_another_in_the_workbook_both_survive(exported):
    handle, ids, (book, _b) = exported
    handovers.update_handover(handle, ids["h_unicef"], {"agreement_ref": "MoU 2026/14 rev"})
    book.set(book.row_of(ids["h_unicef"]), "status", "Handed over")
    book.save()
    preview = preview_import(handle, book.path)
    assert preview.conflicts() == []
    apply_import(handle, preview)
    h = next(h for h in handovers.list_handovers(handle) if h.id == ids["h_unicef"])
    assert (h.agreement_ref, h.status) == ("MoU 2026/14 rev", "handed_over")


def test_the_same_cell_changed_on_both_sides_is_a_conflict(exported):
    handle, ids, (book, _b) = exported
    handovers.set_status(handle, ids["h_unicef"], "at_risk")
    book.set(book.row_of(ids["h_unicef"]), "status", "Handed over")
    book.save()
    preview = preview_import(handle, book.path)
    [row] = preview.conflicts()
    [cell] = row.cells
    assert (cell.field, cell.base, cell.ours, cell.theirs, cell.conflict) == (
        "status", "Agreed", "At risk", "Handed over", True)
    with pytest.raises(ServiceError, match="1 conflict"):
        apply_import(handle, preview)
    assert status_of(handle, ids["h_unicef"]) == "at_risk"
    apply_import(handle, preview, {f"{row.id}/status": THEIRS})
    assert status_of(handle, ids["h_unicef"]) == "handed_over"


def test_the_same_edit_on_both_sides_is_no_conflict(exported):
    handle, ids, (book, _b) = exported
    handovers.set_status(handle, ids["h_unicef"], "handed_over")
    book.set(book.row_of(ids["h_unicef"]), "status", "Handed over")
    book.save()
    preview = preview_import(handle, book.path)
    assert (preview.rows, preview.unchanged) == ([], 4)


def test_two_partners_copies_one_after_the_other(exported):
    handle, ids, (a, b) = exported
    ra, rb = a.row_of(ids["h_unicef"]), b.row_of(ids["h_unicef"])
    a.set(ra, "status", "Handed over")  # only A
    a.set(ra, "agreement_ref", "MoU A")  # both, differently
    b.set(rb, "agreement_ref", "MoU B")
    b.set(rb, "readiness_capacity", 5)  # only B
    b.set(b.row_of(ids["h_unmas"]), "handover_notes", "B's note")  # only B, another row
    a.save()
    b.save()
    apply_import(handle, preview_import(handle, a.path))
    preview = preview_import(handle, b.path)
    conflicts = [(c.field, c.base, c.ours, c.theirs)
                 for r in preview.conflicts() for c in r.cells if c.conflict]
    assert conflicts == [("agreement_ref", "MoU 2026/14", "MoU A", "MoU B")]
    # A's status is kept: B did not touch it (theirs == base)
    changed = sorted((c.field, c.theirs) for r in preview.of_kind(CHANGED) for c in r.cells)
    assert changed == [("agreement_ref", "MoU B"), ("handover_notes", "B's note"),
                       ("readiness_capacity", "5")]
    apply_import(handle, preview, default=OURS)
    h = next(h for h in handovers.list_handovers(handle) if h.id == ids["h_unicef"])
    assert (h.status, h.agreement_ref) == ("handed_over", "MoU A")
    scores = {s.dimension: s.score for s in handovers.readiness_of(handle, ids["h_unicef"])}
    assert scores["capacity"] == 5
    notes = next(h for h in handovers.list_handovers(handle) if h.id == ids["h_unmas"]).notes
    assert notes == "B's note"


@pytest.fixture
def internal_copies(plan, tmp_path):
    """Two copies of an internal export: the mission's own staff, who may edit the capacity
    facts (a cluster's partners may not: their copy has those columns locked)."""
    ids = build_small_plan(plan)
    out = tmp_path / "internal.xlsx"
    export_matrix(plan, out, audience="internal")
    copies = []
    for name in ("planner A.xlsx", "planner B.xlsx"):
        shutil.copy(out, tmp_path / name)
        copies.append(MatrixBook(tmp_path / name))
    return plan, ids, copies


def test_capacity_values_edited_by_two_mission_planners(internal_copies):
    handle, ids, (a, b) = internal_copies
    a.set(a.row_of(ids["h_women"]), "unit", "assistants")
    b.set(b.row_of(ids["h_unicef"]), "unit", "staff")
    a.save()
    b.save()
    apply_import(handle, preview_import(handle, a.path))
    preview = preview_import(handle, b.path)
    [(field, ours, theirs)] = [(c.field, c.ours, c.theirs)
                               for r in preview.conflicts() for c in r.cells]
    assert (field, ours, theirs) == ("unit", "assistants", "staff")
    apply_import(handle, preview, default=THEIRS)
    assert inventory.get_capacity(handle, ids["cla"]).unit == "staff"


def test_rows_of_one_capacity_disagreeing_in_one_workbook(internal_copies):
    handle, ids, (a, _b) = internal_copies
    a.set(a.row_of(ids["h_women"]), "unit", "assistants")
    a.set(a.row_of(ids["h_unicef"]), "unit", "staff")
    a.save()
    preview = preview_import(handle, a.path)
    assert preview.rows == []
    assert "give different values for Unit" in preview.problems[0].reasons[0]


def test_a_partners_edit_of_a_mission_column_is_refused_cell_by_cell(exported):
    """Earlier, partners' copies merged capacity values like any other (the test above ran on
    a cluster export); now the mission's columns are locked in a partner's copy, and an edit
    made anyway (protection removed, or a copy pasted elsewhere) is refused with its reason
    while the rest of the row is imported."""
    from transition_planner.exchange.commands import format_preview

    handle, ids, (a, _b) = exported
    row = a.row_of(ids["h_unicef"])
    a.ws.protection.sheet = False  # as a partner who unprotected the sheet
    a.set(row, "unit", "staff")
    a.set(row, "annual_cost", "lots")  # not even a number: refused the same way, not the row
    a.set(row, "status", "Handed over")
    a.save()
    preview = preview_import(handle, a.path)
    [change] = preview.rows
    assert [(c.field, c.theirs) for c in change.cells] == [("status", "Handed over")]
    assert preview.problems == []
    [refused] = preview.refused
    assert refused.sheet_row == row and len(refused.reasons) == 2
    assert refused.reasons[0].startswith("Unit is the mission's, locked in this copy: 'staff'")
    assert "Annual cost is the mission's" in refused.reasons[1]
    text = format_preview(preview)
    assert "Cells not imported, the rest of their row imported (1)" in text
    apply_import(handle, preview)
    cap = inventory.get_capacity(handle, ids["cla"])
    assert (cap.unit, cap.annual_cost) == ("CLAs", 120000)
    assert status_of(handle, ids["h_unicef"]) == "handed_over"


def test_deleted_in_workbook_edited_in_plan_is_a_conflict(exported):
    handle, ids, (book, _b) = exported
    handovers.set_status(handle, ids["h_women"], "agreed")
    book.ws.delete_rows(book.row_of(ids["h_women"]))
    book.save()
    preview = preview_import(handle, book.path)
    [row] = preview.conflicts()
    assert (row.kind, row.conflict, row.handover_id) == (DELETED, EDITED_IN_PLAN, ids["h_women"])
    apply_import(handle, preview, {f"{row.id}/row": OURS})
    assert status_of(handle, ids["h_women"]) == "agreed"
    apply_import(handle, preview_import(handle, book.path), default=THEIRS)
    assert ids["h_women"] not in {h.id for h in handovers.list_handovers(handle)}


def test_deleted_in_plan_edited_in_workbook_is_a_conflict(exported):
    handle, ids, (book, _b) = exported
    handovers.delete_handover(handle, ids["h_unmas"])
    book.set(book.row_of(ids["h_unmas"]), "status", "Handed over")
    book.save()
    preview = preview_import(handle, book.path)
    [row] = preview.conflicts()
    assert (row.kind, row.conflict) == (ADDED, DELETED_IN_PLAN)
    apply_import(handle, preview, {f"{row.id}/row": THEIRS})
    [again] = handovers.list_handovers(handle, ids["mines"])
    assert (again.actor_id, again.status, again.share) == (ids["unmas"], "handed_over", 1.0)


def test_deleted_in_plan_untouched_in_workbook_stays_deleted(exported):
    handle, ids, (book, _b) = exported
    handovers.delete_handover(handle, ids["h_unmas"])
    preview = preview_import(handle, book.path)
    assert preview.rows == []
    apply_import(handle, preview)
    assert handovers.list_handovers(handle, ids["mines"]) == []


def test_removing_a_capacity_without_successor_deletes_it(exported):
    handle, ids, (book, _b) = exported
    book.ws.delete_rows(book.row_of(capacity_id=ids["radio"]))
    book.save()
    preview = preview_import(handle, book.path)
    assert [(r.kind, r.capacity_id, r.handover_id) for r in preview.rows] == [
        (DELETED, ids["radio"], "")]
    apply_import(handle, preview)
    assert ids["radio"] not in {c.id for c in inventory.list_capacities(handle)}


def test_a_filtered_export_deletes_nothing_it_did_not_show(plan, tmp_path):
    ids = build_small_plan(plan)
    out = tmp_path / "unicef.xlsx"
    export_matrix(plan, out, successors=["UNICEF"])
    preview = preview_import(plan, out)
    assert (preview.rows, preview.unchanged) == ([], 1)
    book = MatrixBook(out)
    book.ws.delete_rows(book.row_of(ids["h_unicef"]))
    book.save()
    preview = preview_import(plan, out)
    assert [(r.kind, r.handover_id) for r in preview.rows] == [(DELETED, ids["h_unicef"])]


def test_a_row_copied_from_another_export_is_refused(exported, tmp_path):
    handle, ids, (book, _b) = exported
    other = tmp_path / "later.xlsx"
    export_matrix(handle, other, audience="cluster")
    later = MatrixBook(other)
    row = later.row_of(ids["h_unmas"])
    version = later.get(row, "base_version")
    book.set(book.row_of(ids["h_unmas"]), "base_version", version)
    book.save()
    preview = preview_import(handle, book.path)
    assert "Base version does not match" in preview.problems[0].reasons[0]
    assert preview.of_kind(DELETED) == []


def test_a_copied_row_with_the_same_ids_is_refused(exported):
    handle, ids, (book, _b) = exported
    row = book.row_of(ids["h_unmas"])
    copy = book.ws.max_row + 1
    for cell in book.ws[row]:
        book.ws.cell(copy, cell.column).value = cell.value
    book.set(copy, "successor", "UNICEF")
    book.save()
    preview = preview_import(handle, book.path)
    # which of the two is the exported row cannot be told: neither changes anything
    assert {p.sheet_row: p.reasons[-1].split(" (")[0] for p in preview.problems} == {
        copy: f"it has the same ids as row {row}", row: f"it has the same ids as row {copy}"}
    assert preview.rows == []
