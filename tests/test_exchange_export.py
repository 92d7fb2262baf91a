"""The exported matrix workbook, as a partner opening it sees it."""

from __future__ import annotations

from datetime import datetime

import openpyxl
import pytest
from test_exchange_support import (
    LAST_COLUMN,
    LOCKED_KEYS,
    MISSION_KEYS,
    SECRET_CAPACITY,
    SECRET_NOTE,
    ExcelLocks,
    MatrixBook,
    build_small_plan,
)

from transition_planner.domain.taxonomy import Taxonomy
from transition_planner.exchange.export import export_matrix
from transition_planner.exchange.matrix import (
    BASE_SHEET,
    COLUMNS,
    INSTRUCTIONS_SHEET,
    LOOKUPS_SHEET,
    MATRIX_SHEET,
    META_SHEET,
)
from transition_planner.exchange.merge import preview_import
from transition_planner.services import audit, inventory
from transition_planner.services.errors import ServiceError


@pytest.fixture
def small(plan):
    return plan, build_small_plan(plan)


def every_text(path) -> str:
    """Every cell of every sheet, hidden ones included, as one text."""
    wb = openpyxl.load_workbook(path)
    return "\n".join(str(v) for ws in wb for row in ws.iter_rows(values_only=True)
                     for v in row if v is not None)


def effective_lock(ws, row: int, column: int) -> bool:
    """An empty cell takes its column's style, as in Excel and LibreOffice (one <col> element
    may format several columns alike: openpyxl files it under its first column's letter)."""
    cell = ws.cell(row, column)
    if cell.value is None:
        return next((d.protection.locked for d in ws.column_dimensions.values()
                     if d.min <= column <= d.max), True)
    return cell.protection.locked


def test_layout_a_partner_sees(small, tmp_path):
    handle, ids = small
    out = tmp_path / "m.xlsx"
    result = export_matrix(handle, out)
    assert result.rows == 5
    wb = openpyxl.load_workbook(out)
    assert wb.sheetnames == ["Instructions", "Matrix", "Funding", "Lookups", "_meta", "_base",
                             "_funding_base"]
    assert [ws.sheet_state for ws in wb] == ["visible"] * 4 + ["hidden"] * 3
    assert wb.active.title == MATRIX_SHEET
    ws = wb[MATRIX_SHEET]
    assert [c.value for c in ws[1]] == [c.en for c in COLUMNS]
    assert [c.value for c in ws[2]][:4] == ["#loc+name", "#loc+code", "#activity+name",
                                             "#activity+type"]
    assert ws.freeze_panes == "D3"
    assert ws.auto_filter.ref == f"A2:AQ{ws.max_row}"
    assert all(ws.column_dimensions[c].width >= 8 for c in ("A", "C", "N", "AL"))
    # protected without a password: only the id, base-version and province columns are locked
    assert ws.protection.sheet and not ws.protection.password
    assert not ws.protection.sort and not ws.protection.autoFilter
    assert not ws.protection.insertRows and not ws.protection.deleteRows
    book = MatrixBook(out)
    row = book.row_of(ids["h_unmas"])
    locked = {key for key, col in book.columns.items() if effective_lock(ws, row, col)}
    assert locked == {"capacity_id", "handover_id", "base_version", "province", "province_pcode",
                      "district", "district_pcode", "country_code", "cluster", "aor"}
    # real dates, money as numbers next to its currency, shares as percentages
    assert isinstance(book.get(row, "start_date"), datetime)
    assert ws.cell(row, book.columns["start_date"]).number_format == "yyyy-mm-dd"
    assert book.get(row, "annual_cost") == 450000.5
    assert ws.cell(row, book.columns["annual_cost"]).number_format == "#,##0.00"
    assert book.get(row, "currency") == "USD"
    assert (book.get(row, "share"), ws.cell(row, book.columns["share"]).number_format) == (1, "0%")
    assert (book.get(row, "province"), book.get(row, "province_pcode")) == ("Sud", "KV02")
    # drop-down lists on the lookups sheet
    category_letter = openpyxl.utils.get_column_letter(book.columns["category"])
    formula = next(dv.formula1 for dv in ws.data_validations.dataValidation
                   if str(dv.sqref).startswith(f"{category_letter}3:"))
    assert formula.startswith(f"{LOOKUPS_SHEET}!$")
    lookups = [r[0] for r in wb[LOOKUPS_SHEET].iter_rows(min_row=2, values_only=True)]
    assert "Mine action" in lookups


def test_text_that_looks_like_a_formula_stays_text(small, tmp_path):
    handle, ids = small
    out = tmp_path / "m.xlsx"
    export_matrix(handle, out)
    book = MatrixBook(out)
    row = book.row_of(ids["h_unmas"])
    for key, text in (("capacity_notes", "=1+1 is not a formula"),
                      ("handover_notes", "-5% budget cut risk")):
        cell = book.ws.cell(row, book.columns[key])
        assert (cell.value, cell.data_type, cell.quotePrefix) == (text, "s", True)


def test_text_that_looks_like_an_error_value_stays_text(small, tmp_path):
    handle, ids = small
    inventory.update_capacity(handle, ids["radio"], {"notes": "#N/A", "unit": "@studio"})
    out = tmp_path / "m.xlsx"
    export_matrix(handle, out)
    book = MatrixBook(out)
    row = book.row_of(capacity_id=ids["radio"])
    for key, text in (("capacity_notes", "#N/A"), ("unit", "@studio")):
        cell = book.ws.cell(row, book.columns[key])
        assert (cell.value, cell.data_type, cell.quotePrefix) == (text, "s", True)
    assert preview_import(handle, out).rows == []  # read back as exported, not as an error


def test_locks_as_excel_reads_them(small, tmp_path):
    """Every cell a partner may edit has an unlocked format, whatever must stay locked a
    locked one, and every column a format for the empty cells of rows partners add."""
    handle, _ids = small
    out = tmp_path / "m.xlsx"
    export_matrix(handle, out, audience="cluster")
    locks = ExcelLocks(out)
    matrix = locks.sheets[MATRIX_SHEET]
    assert matrix.protected and matrix.uncovered() == set()
    key_at = {index: c.key for index, c in enumerate(COLUMNS, 1)}
    for (row, column), locked in matrix.cells.items():
        assert locked == (row <= 2 or key_at[column] in LOCKED_KEYS | MISSION_KEYS), (
            row, column)
    assert len(matrix.cells) > 4 * len(COLUMNS)
    for column, key in key_at.items():  # the empty cells of rows partners add
        assert matrix.column_locked(column) == (key in LOCKED_KEYS), key
    assert all(matrix.column_locked(c) for c in (len(COLUMNS) + 1, 100, LAST_COLUMN))
    for name in (INSTRUCTIONS_SHEET, LOOKUPS_SHEET, META_SHEET, BASE_SHEET):
        sheet = locks.sheets[name]
        assert sheet.protected and sheet.uncovered() == set(), name
        assert sheet.cells and all(sheet.cells.values()), name
        assert all(lock for _low, _high, lock in sheet.columns), name


def test_a_province_withheld_from_the_audience_stays_out(small, tmp_path):
    handle, ids = small
    inventory.update_location(handle, ids["nord"], {"sensitive_fields": ["name"]})
    out = tmp_path / "cluster.xlsx"
    export_matrix(handle, out, audience="cluster")
    assert not {"Nord", "KV01"} & set(every_text(out).split("\n"))
    book = MatrixBook(out)
    row = book.row_of(capacity_id=ids["radio"])  # at Asari, in Nord
    assert (book.get(row, "province"), book.get(row, "province_pcode")) == (None, None)
    internal = tmp_path / "internal.xlsx"
    export_matrix(handle, internal)
    book = MatrixBook(internal)
    row = book.row_of(capacity_id=ids["radio"])
    assert (book.get(row, "province"), book.get(row, "province_pcode")) == ("Nord", "KV01")


def test_french_headers_without_hxl(small, tmp_path):
    handle, _ids = small
    out = tmp_path / "m.xlsx"
    export_matrix(handle, out, lang="fr", hxl=False)
    ws = openpyxl.load_workbook(out)[MATRIX_SHEET]
    assert [c.value for c in ws[1]][:4] == ["Lieu", "Code P", "Capacité", "Catégorie"]
    french = Taxonomy.builtin().label("category", "community_engagement", "fr")
    assert (ws.cell(2, 3).value, ws.cell(2, 4).value) == ("Community liaison assistants", french)
    assert ws.freeze_panes == "D2"
    assert preview_import(handle, out).rows == []


def test_cluster_export_leaves_sensitive_content_out(small, tmp_path):
    handle, ids = small
    out = tmp_path / "cluster.xlsx"
    result = export_matrix(handle, out, audience="cluster")
    assert result.rows == 4  # the sensitive capacity is left out
    text = every_text(out)
    assert SECRET_CAPACITY not in text and SECRET_NOTE not in text
    assert ids["secret"] not in text
    assert "Community liaison assistants" in text  # its other fields are there


def test_filters(small, tmp_path):
    handle, ids = small
    cases = {
        "nord": ({"locations": ["KV01"]}, {ids["cla"], ids["radio"], ids["secret"]}),
        "site": ({"locations": ["Belgora"]}, {ids["mines"]}),
        "category": ({"categories": ["Mine action"]}, {ids["mines"]}),
        "successor": ({"successors": ["UNMAS"]}, {ids["mines"]}),
    }
    for name, (filters, capacities) in cases.items():
        out = tmp_path / f"{name}.xlsx"
        export_matrix(handle, out, **filters)
        book = MatrixBook(out)
        found = {book.get(r, "capacity_id") for r in range(book.first, book.ws.max_row + 1)}
        assert found == capacities, name
    with pytest.raises(ServiceError, match="No location called 'Atlantis'"):
        export_matrix(handle, tmp_path / "x.xlsx", locations=["Atlantis"])
    with pytest.raises(ServiceError, match="unknown category 'Space'"):
        export_matrix(handle, tmp_path / "x.xlsx", categories=["Space"])
    with pytest.raises(ServiceError, match="No successor called 'Nobody'"):
        export_matrix(handle, tmp_path / "x.xlsx", successors=["Nobody"])
    with pytest.raises(ServiceError, match="does not exist"):
        export_matrix(handle, tmp_path / "no folder" / "x.xlsx")
    assert not (tmp_path / "x.xlsx").exists()


def test_the_export_is_in_the_audit_trail(small, tmp_path):
    handle, _ids = small
    result = export_matrix(handle, tmp_path / "for cluster.xlsx", audience="cluster")
    [entry] = [e for e in audit.history(handle) if e.action == "export"]
    assert entry.source == "for cluster.xlsx"
    assert entry.changes["audience"] == [None, "cluster"]
    assert entry.changes["export_id"] == [None, result.export_id]


def test_french_instructions_explain_the_hxl_row_in_french(small, tmp_path):
    handle, _ids = small
    out = tmp_path / "m.xlsx"
    export_matrix(handle, out, lang="fr", hxl=True)
    lines = [row[0].value for row in openpyxl.load_workbook(out)["Instructions"].iter_rows()]
    assert any(line and line.startswith("La deuxième ligne d'en-tête de la matrice contient "
                                        "les hashtags HXL") for line in lines)
    assert not any(line and line.startswith("The second header row") for line in lines)
