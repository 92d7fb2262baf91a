"""Export the matrix, edit it as a partner would, import it: the plan holds exactly the edits."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import openpyxl
import pytest
from sqlalchemy import func, select
from test_exchange_support import MatrixBook, build_small_plan

from transition_planner.exchange.apply import apply_import
from transition_planner.exchange.export import export_matrix
from transition_planner.exchange.matrix import BY_KEY, COLUMNS, MATRIX_SHEET
from transition_planner.exchange.merge import ADDED, CHANGED, DELETED, preview_import
from transition_planner.services import audit, gaps, handovers, inventory
from transition_planner.services.errors import ServiceError
from transition_planner.store.models import AuditEntry


@pytest.fixture
def small(plan):
    return plan, build_small_plan(plan)


def plan_state(handle) -> dict:
    """Everything the matrix can change, as plain values, to compare before and after."""
    state = {}
    for cap in inventory.list_capacities(handle):
        state[cap.id] = {k: getattr(cap, k) for k in (
            "name", "location_id", "category", "poc_tier", "component", "quantity", "unit",
            "annual_cost", "currency", "end_date", "criticality", "populations", "notes")}
    for ho in handovers.list_handovers(handle):
        state[ho.id] = {k: getattr(ho, k) for k in (
            "capacity_id", "actor_id", "role", "share", "modality", "status", "start_date",
            "end_date", "agreement_ref", "data_handover", "data_protocol_agreed", "notes")}
        state[ho.id]["readiness"] = {
            s.dimension: s.score for s in handovers.readiness_of(handle, ho.id)}
    for actor in inventory.list_actors(handle):
        state[actor.id] = {"name": actor.name, "actor_type": actor.actor_type}
    return state


def import_all(handle, path, **kw):
    preview = preview_import(handle, path)
    return preview, apply_import(handle, preview, **kw)


def test_unedited_workbook_changes_nothing(small, tmp_path):
    handle, _ids = small
    out = tmp_path / "m.xlsx"
    export_matrix(handle, out)
    before = plan_state(handle)
    preview, result = import_all(handle, out)
    assert (preview.rows, preview.problems) == ([], [])
    assert preview.unchanged == 5  # four capacities, one with two successors
    assert plan_state(handle) == before


def test_edits_arrive_exactly(small, tmp_path):
    handle, ids = small
    out = tmp_path / "m.xlsx"
    export_matrix(handle, out)
    before = plan_state(handle)
    book = MatrixBook(out)
    r = book.row_of(ids["h_unicef"])
    book.set(r, "status", "Handed over")
    book.set(r, "share", 0.4)
    book.set(r, "readiness_funding", None)  # score removed
    book.set(r, "readiness_access", 5)  # score added
    book.set(r, "handover_end", date(2029, 1, 31))
    book.set(r, "annual_cost", 99000.5)
    book.set(r, "category", "Protection de l'enfance")  # a French label is understood
    book.set(r, "populations", "Children; IDPs")
    book.set(book.row_of(ids["h_unmas"]), "agreement_ref", "+ MoU signed")
    book.ws.delete_rows(book.row_of(ids["h_women"]))
    book.save()

    preview, result = import_all(handle, out)
    assert preview.problems == []
    assert (result.added, result.changed, result.deleted) == (0, 2, 1)
    after = plan_state(handle)
    cla, h1 = before[ids["cla"]], before[ids["h_unicef"]]
    cla.update(category="child_protection", annual_cost=Decimal("99000.50"),
               populations=["children", "idps"])
    h1.update(status="handed_over", share=0.4, end_date=date(2029, 1, 31),
              readiness={"capacity": 4, "access": 5})
    before[ids["h_unmas"]]["agreement_ref"] = "+ MoU signed"
    del before[ids["h_women"]]
    assert after == before


def test_each_record_changed_has_one_audit_entry_naming_the_workbook(small, tmp_path):
    handle, ids = small
    out = tmp_path / "partner copy.xlsx"
    export_matrix(handle, out)
    book = MatrixBook(out)
    r = book.row_of(ids["h_unicef"])
    book.set(r, "status", "Handed over")
    book.set(r, "agreement_ref", "MoU 2027/1")
    book.set(r, "unit", "assistants")
    book.save()
    import_all(handle, out)
    entries = [e for e in audit.history(handle)
               if e.source == "partner copy.xlsx" and e.action != "export"]
    assert sorted((e.action, e.record_id) for e in entries) == sorted(
        [("update", ids["h_unicef"]), ("update", ids["cla"])])
    handover_entry = next(e for e in entries if e.record_id == ids["h_unicef"])
    assert set(handover_entry.changes) == {"status", "agreement_ref"}


def test_rows_added_at_the_bottom_make_successors_and_capacities(small, tmp_path):
    handle, ids = small
    out = tmp_path / "m.xlsx"
    export_matrix(handle, out)
    book = MatrixBook(out)
    # a new successor for a capacity that exists (matched by name and location)
    book.append({"location": "Asari", "name": "Radio Asari FM", "successor": "UNICEF",
                 "share": "30%", "status": "Successor proposed"})
    # a new capacity with two successors, one of them a new organisation
    book.append({"location": "Belgora", "pcode": "KV0201", "name": "Mine risk education",
                 "category": "Mine action", "annual_cost": 5000, "successor": "UNMAS",
                 "share": 0.6, "readiness_capacity": 3})
    book.append({"location": "Belgora", "name": "Mine risk education",
                 "successor": "Belgora Youth", "successor_type": "National NGO or civil society",
                 "share": 0.4})
    book.save()
    preview, result = import_all(handle, out)
    assert preview.problems == []
    assert [r.kind for r in preview.rows] == [ADDED] * 3
    assert result.added == 3
    caps = {c.name: c for c in inventory.list_capacities(handle)}
    mre = caps["Mine risk education"]
    assert (mre.location_id, mre.category, mre.annual_cost) == (
        ids["belgora"], "mine_action", Decimal("5000.00"))
    new_hos = handovers.list_handovers(handle, mre.id)
    actors = {a.id: a for a in inventory.list_actors(handle)}
    assert sorted((actors[h.actor_id].name, h.share) for h in new_hos) == [
        ("Belgora Youth", 0.4), ("UN Mine Action Service", 0.6)]
    assert actors[next(h.actor_id for h in new_hos if h.share == 0.4)].actor_type == (
        "national_ngo")
    radio = handovers.list_handovers(handle, ids["radio"])
    assert [(h.actor_id, h.share, h.status) for h in radio] == [(ids["unicef"], 0.3, "proposed")]
    # importing the same file again adds nothing twice
    again = preview_import(handle, out)
    assert again.rows == []


def test_sorted_reordered_hidden_columns_blank_rows_and_french_headers(small, tmp_path):
    handle, ids = small
    out = tmp_path / "m.xlsx"
    export_matrix(handle, out)
    src = openpyxl.load_workbook(out)
    ws = src[MATRIX_SHEET]
    header = [c.value for c in ws[1]]
    rows = [[c.value for c in row] for row in ws.iter_rows(min_row=3)]
    rows = [r for r in rows if any(v is not None for v in r)]
    rows.sort(key=lambda r: str(r[header.index("Successor")]), reverse=True)
    order = list(reversed(range(len(header))))  # every column moved
    new = openpyxl.Workbook()
    target = new.active
    target.title = "Matrice"
    target.append([BY_KEY[_key(header[i])].fr for i in order])  # French headers, no HXL row
    for number, row in enumerate(rows):
        if number == 1:
            target.append([])  # blank rows inserted
            target.append([])
        values = [row[i] for i in order]
        if row[header.index("Handover ID")] == ids["h_unmas"]:
            values[order.index(header.index("Status"))] = "Transféré"
        target.append(values)
        for cell in target[target.max_row]:
            if isinstance(cell.value, str):
                cell.data_type = "s"  # text stays text, as in the exported workbook
    target.column_dimensions["B"].hidden = True
    for name in ("_meta", "_base"):
        copy = new.create_sheet(name)
        for row in src[name].iter_rows(values_only=True):
            copy.append(row)
    new.save(out)
    preview, result = import_all(handle, out)
    assert preview.problems == []
    assert [(r.kind, r.handover_id) for r in preview.rows] == [(CHANGED, ids["h_unmas"])]
    assert [(c.field, c.theirs) for c in preview.rows[0].cells] == [("status", "Handed over")]
    assert handovers.list_handovers(handle, ids["mines"])[0].status == "handed_over"


def _key(header: str) -> str:
    return next(c.key for c in COLUMNS if c.en == header)


def test_hxl_row_alone_identifies_the_columns(small, tmp_path):
    handle, ids = small
    out = tmp_path / "m.xlsx"
    export_matrix(handle, out)
    book = MatrixBook(out)
    for cell in book.ws[1]:
        cell.value = f"Column {cell.column}"  # the header row rewritten by someone
    book.set(book.row_of(ids["h_unmas"]), "share", 0.75)
    book.save()
    preview, _ = import_all(handle, out)
    assert [(c.field, c.theirs) for r in preview.rows for c in r.cells] == [("share", "75%")]


def test_unreadable_rows_say_why_and_change_nothing(small, tmp_path):
    handle, ids = small
    out = tmp_path / "m.xlsx"
    export_matrix(handle, out)
    before = plan_state(handle)
    book = MatrixBook(out)
    r = book.row_of(ids["h_unicef"])
    book.set(r, "category", "Space defence")
    book.set(r, "start_date", "31/13/2027")
    r2 = book.row_of(ids["h_unmas"])
    book.set(r2, "share", 1.5)
    book.set(r2, "readiness_access", 7)
    r3 = book.row_of(capacity_id=ids["radio"])
    book.set(r3, "quantity", "many")
    book.set(r3, "location", "Atlantis")
    book.append({"name": "No place", "category": "Mine action"})
    book.append({"location": "Asari", "name": "Orphan cells", "category": "Mine action",
                 "share": 0.2})
    book.save()
    preview = preview_import(handle, out)
    reasons = {p.sheet_row: " | ".join(p.reasons) for p in preview.problems}
    assert "unknown category 'Space defence'" in reasons[r]
    assert "bad date '31/13/2027'" in reasons[r]
    assert "share 150% is above 100%" in reasons[r2]
    assert "readiness score '7' is not a whole number from 1 to 5" in reasons[r2]
    assert "'many' is not a number" in reasons[r3]
    assert "unknown location 'Atlantis'" in reasons[r3]
    assert "Location is empty" in reasons[r3 + 3]
    assert "a Successor is needed" in reasons[r3 + 4]
    # the unreadable rows are not taken as deleted either
    assert preview.of_kind(DELETED) == []
    apply_import(handle, preview)
    assert plan_state(handle) == before


def test_shares_above_100_percent_across_successors_are_imported_and_flagged(small, tmp_path):
    """Co-drafting partners do claim more than 100% between them: record it, flag it."""
    handle, ids = small
    out = tmp_path / "m.xlsx"
    export_matrix(handle, out)
    book = MatrixBook(out)
    book.set(book.row_of(ids["h_unicef"]), "share", 0.8)  # the other successor has 50%
    book.save()
    preview = preview_import(handle, out)
    assert preview.problems == [] and len(preview.rows) == 1
    apply_import(handle, preview)
    flags = [f for f in gaps.compute(handle).flags if f.kind == "over_allocation"]
    assert [f.details["total_share"] for f in flags] == [1.3]


def test_apply_is_one_transaction(small, tmp_path):
    """A failure on the last change leaves the plan as it was, not half imported."""
    handle, ids = small
    out = tmp_path / "m.xlsx"
    export_matrix(handle, out)
    book = MatrixBook(out)
    book.set(book.row_of(ids["h_unicef"]), "status", "Handed over")
    book.append({"location": "Belgora", "name": "Late addition", "category": "Mine action",
                 "successor": "UNMAS", "share": 0.5})
    book.save()
    preview = preview_import(handle, out)
    # the successor disappears between preview and apply: the whole import is refused
    handovers.delete_handover(handle, ids["h_unmas"])
    inventory.delete_actor(handle, ids["unmas"])
    entries_before = _count(handle, AuditEntry)
    with pytest.raises(ServiceError, match="Nothing was imported"):
        apply_import(handle, preview)
    assert _count(handle, AuditEntry) == entries_before
    assert handovers.list_handovers(handle, ids["cla"])[0].status == "agreed"


def _count(handle, model) -> int:
    with handle.read() as session:
        return session.execute(select(func.count()).select_from(model)).scalar_one()
