"""Bad workbooks get a clear error and change nothing."""

from __future__ import annotations

import io
import zipfile

import openpyxl
import pytest
from openpyxl.cell import WriteOnlyCell
from sqlalchemy import func, select
from test_exchange_roundtrip import plan_state
from test_exchange_support import MatrixBook, build_small_plan

from transition_planner.exchange.apply import apply_import
from transition_planner.exchange.export import export_matrix
from transition_planner.exchange.matrix import MATRIX_SHEET
from transition_planner.exchange.merge import ADDED, preview_import
from transition_planner.exchange.read import MAX_UNPACKED_BYTES, WorkbookError
from transition_planner.services import inventory, plans
from transition_planner.store.models import AuditEntry


@pytest.fixture
def setup(plan, tmp_path):
    ids = build_small_plan(plan)
    out = tmp_path / "matrix.xlsx"
    export_matrix(plan, out)
    return plan, ids, out


def refused(handle, path, match, **kw):
    """The import is refused with a message matching `match`, and the plan is untouched."""
    before = plan_state(handle)
    with handle.read() as session:
        entries = session.execute(select(func.count()).select_from(AuditEntry)).scalar_one()
    with pytest.raises(WorkbookError, match=match):
        preview_import(handle, path, **kw)
    assert plan_state(handle) == before
    with handle.read() as session:
        assert session.execute(select(func.count()).select_from(AuditEntry)).scalar_one() == (
            entries)


def test_not_a_workbook(setup, tmp_path):
    handle, _ids, _out = setup
    text = tmp_path / "notes.xlsx"
    text.write_text("Capacity;Successor\nCLAs;UNICEF\n", encoding="utf-8")
    refused(handle, text, "notes.xlsx is not an Excel workbook")
    empty = tmp_path / "empty.xlsx"
    empty.write_bytes(b"")
    refused(handle, empty, "empty.xlsx is empty")
    refused(handle, tmp_path / "missing.xlsx", "does not exist")


def test_a_zip_that_is_not_a_workbook(setup, tmp_path):
    handle, _ids, _out = setup
    path = tmp_path / "photos.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("photo.txt", "not a spreadsheet")
    refused(handle, path, "a zip file, but not an Excel workbook")


def test_password_protected_workbook(setup, tmp_path):
    msoffcrypto = pytest.importorskip("msoffcrypto")
    from msoffcrypto.format.ooxml import OOXMLFile

    handle, _ids, out = setup
    locked = tmp_path / "locked.xlsx"
    with out.open("rb") as plain, locked.open("wb") as target:
        OOXMLFile(plain).encrypt("secret", target)
    assert msoffcrypto.olefile.isOleFile(str(locked))  # a real encrypted package
    refused(handle, locked, "protected with a password")


def test_truncated_and_corrupt_workbooks(setup, tmp_path):
    handle, _ids, out = setup
    data = out.read_bytes()
    cut = tmp_path / "cut.xlsx"
    cut.write_bytes(data[: len(data) // 2])
    refused(handle, cut, "damaged")
    # the zip directory is intact but the matrix sheet's compressed bytes are garbage
    corrupt = tmp_path / "corrupt.xlsx"
    with zipfile.ZipFile(out) as src:
        info = src.getinfo("xl/worksheets/sheet2.xml")
    raw = bytearray(data)
    start = info.header_offset + 30 + len(info.filename) + len(info.extra)
    for i in range(start + 20, start + min(info.compress_size, 400)):
        raw[i] ^= 0x5A
    corrupt.write_bytes(bytes(raw))
    refused(handle, corrupt, "damaged|cannot be read")


def test_zip_bomb_is_refused_before_unpacking(setup, tmp_path):
    handle, _ids, _out = setup
    bomb = tmp_path / "bomb.xlsx"
    chunk = b"\0" * (1 << 20)
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        with archive.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as member:
            for _ in range(MAX_UNPACKED_BYTES // len(chunk) + 10):
                member.write(chunk)
    assert bomb.stat().st_size < 2 * 2**20  # small on disk, huge unpacked
    refused(handle, bomb, "would unpack to 210 MB")


def test_workbook_of_another_plan_is_refused_unless_imported_as_new(setup, tmp_path):
    handle, _ids, _out = setup
    other = plans.new_plan(tmp_path / "other.tplan", {"name": "Other mission"}, user="x")
    build_small_plan(other)
    foreign = tmp_path / "foreign.xlsx"
    export_matrix(other, foreign)
    other.close()
    refused(handle, foreign, "exported from another plan \\('Other mission'\\)")
    preview = preview_import(handle, foreign, as_new=True)
    assert preview.problems == []
    # the same places and capacity names are matched: only what is really new is added
    added = sorted(r.label for r in preview.of_kind(ADDED))
    assert added == []
    assert preview.rows == []


def test_as_new_adds_rows_of_a_foreign_workbook(setup, tmp_path):
    handle, ids, _out = setup
    other = plans.new_plan(tmp_path / "other.tplan", {"name": "Other mission"}, user="x")
    other_ids = build_small_plan(other)
    inventory.update_capacity(other, other_ids["cla"], {"name": "Protection monitors"})
    foreign = tmp_path / "foreign.xlsx"
    export_matrix(other, foreign, audience="cluster")
    other.close()
    preview = preview_import(handle, foreign, as_new=True)
    assert [r.label for r in preview.of_kind(ADDED)] == [
        "Protection monitors (Asari) -> UNICEF",
        "Protection monitors (Asari) -> Nord Women Network"]
    apply_import(handle, preview)
    caps = [c for c in inventory.list_capacities(handle) if c.name == "Protection monitors"]
    assert len(caps) == 1 and caps[0].location_id == ids["asari"]


def test_a_sheet_without_the_matrix_header(setup, tmp_path):
    handle, _ids, _out = setup
    path = tmp_path / "budget.xlsx"
    wb = openpyxl.Workbook()
    wb.active.append(["Item", "Amount", "Donor"])
    wb.active.append(["Fuel", 1200, "ECHO"])
    wb.save(path)
    refused(handle, path, "No sheet of this workbook has the matrix's header row")
    refused(handle, path, "No sheet", as_new=True)


def test_matrix_copied_into_a_new_workbook_without_its_ids_loses_its_origin(setup, tmp_path):
    """With its id columns, a copy is compared with the plan (test_exchange_partner_sheet);
    without them nothing says which rows are which."""
    handle, _ids, out = setup
    src = openpyxl.load_workbook(out)
    copy = openpyxl.Workbook()
    for row in src[MATRIX_SHEET].iter_rows(values_only=True):
        copy.active.append(row)
    copy.active.delete_cols(copy.active.max_column - 2, 3)  # the ids and the base version
    path = tmp_path / "copy.xlsx"
    copy.save(path)
    refused(handle, path, "does not say which plan it was exported from")


def test_id_columns_removed(setup):
    handle, _ids, out = setup
    book = MatrixBook(out)
    book.ws.delete_cols(book.columns["handover_id"])
    book.save()
    refused(handle, out, "Handover ID column\\(s\\) are missing")


def test_a_column_twice(setup):
    handle, _ids, out = setup
    book = MatrixBook(out)
    book.ws.cell(1, book.ws.max_column + 1).value = "Share"
    book.save()
    refused(handle, out, "These columns appear twice: Share")


def test_a_hundred_thousand_junk_rows(setup, tmp_path):
    handle, _ids, out = setup
    src = openpyxl.load_workbook(out, read_only=True)
    header = next(src[MATRIX_SHEET].iter_rows(max_row=1, values_only=True))
    meta = list(src["_meta"].iter_rows(values_only=True))
    base = list(src["_base"].iter_rows(values_only=True))
    src.close()
    path = tmp_path / "junk.xlsx"
    wb = openpyxl.Workbook(write_only=True)
    ws = wb.create_sheet(MATRIX_SHEET)
    ws.append(header)
    for i in range(100_000):
        ws.append([f"junk {i}", i, None, "x" * (i % 7)])
    for name, rows in (("_meta", meta), ("_base", base)):
        sheet = wb.create_sheet(name)
        for row in rows:
            sheet.append(row)
    wb.save(path)
    refused(handle, path, "more than 50,000 filled rows")


def test_formulas_and_external_links(setup, tmp_path):
    handle, ids, out = setup
    book = MatrixBook(out)
    row = book.row_of(ids["h_unicef"])
    book.set(row, "agreement_ref", "='[budget.xlsx]Sheet1'!A1")  # an external link
    row2 = book.row_of(ids["h_unmas"])
    book.set(row2, "share", "=0.5*2")  # a formula never calculated: no saved value
    book.save()
    before = plan_state(handle)
    preview = preview_import(handle, out)
    problems = {p.sheet_row: p.reasons for p in preview.problems}
    assert problems[row] == ["Agreement: a formula without a saved value (save the file in "
                             "Excel or LibreOffice, or type the value)"]
    assert "Share: a formula without a saved value" in problems[row2][0]
    apply_import(handle, preview)
    assert plan_state(handle) == before


def test_error_values_in_cells(setup):
    handle, ids, out = setup
    # a cell holding a formula's error result, as Excel saves it
    book = MatrixBook(out)
    book.set(book.row_of(ids["h_unicef"]), "quantity", "#REF!")
    book.save()
    preview = preview_import(handle, out)
    assert "Quantity: the cell holds the error #REF!" in preview.problems[0].reasons


def test_damaged_base_sheet(setup):
    handle, _ids, out = setup
    wb = openpyxl.load_workbook(out)
    wb["_base"]["D2"].value = "[1, 2"
    wb.save(out)
    refused(handle, out, "damaged")


def test_write_only_cell_reused_as_text(tmp_path):
    """The export relies on a text cell staying text when its value starts with '='."""
    wb = openpyxl.Workbook(write_only=True)
    ws = wb.create_sheet("S")
    cell = WriteOnlyCell(ws)
    cell.value = "=1+1"
    cell.data_type = "s"
    ws.append([cell])
    buffer = io.BytesIO()
    wb.save(buffer)
    back = openpyxl.load_workbook(io.BytesIO(buffer.getvalue()))["S"]["A1"]
    assert (back.value, back.data_type) == ("=1+1", "s")
