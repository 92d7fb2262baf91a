"""Round trips through LibreOffice: what a partner's office suite does to the workbook."""

from __future__ import annotations

import shutil
import subprocess
from datetime import date
from pathlib import Path

import openpyxl
import pytest
from test_exchange_roundtrip import plan_state
from test_exchange_support import (
    LOCKED_KEYS,
    MISSION_KEYS,
    ExcelLocks,
    MatrixBook,
    build_small_plan,
)

from transition_planner.exchange.apply import apply_import
from transition_planner.exchange.export import export_matrix
from transition_planner.exchange.matrix import BASE_SHEET, COLUMNS, MATRIX_SHEET
from transition_planner.exchange.merge import preview_import
from transition_planner.exchange.read import WorkbookError
from transition_planner.services import handovers

pytestmark = pytest.mark.libreoffice
SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")


def resave(path: Path, tmp_path: Path, fmt: str = "xlsx", locale: str = "") -> Path:
    """Open and save `path` with LibreOffice headless, as a partner re-saving it would
    (with `locale`, e.g. "fr-FR", as that partner's LibreOffice language)."""
    if SOFFICE is None:
        pytest.skip("LibreOffice (soffice) is not installed")
    outdir = tmp_path / f"resaved-{fmt}{locale}"
    outdir.mkdir(exist_ok=True)
    profile_dir = tmp_path / f"lo-profile{locale}"
    if locale:
        (profile_dir / "user").mkdir(parents=True, exist_ok=True)
        (profile_dir / "user" / "registrymodifications.xcu").write_text(
            LOCALE_SETTINGS.format(locale=locale), encoding="utf-8")
    profile = profile_dir.as_uri()
    subprocess.run(
        [SOFFICE, f"-env:UserInstallation={profile}", "--headless", "--convert-to", fmt,
         "--outdir", str(outdir), str(path)],
        check=True, capture_output=True, timeout=180,
    )
    result = outdir / f"{path.stem}.{fmt}"
    assert result.is_file()
    return result


LOCALE_SETTINGS = """<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry"
 xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Setup/L10N"><prop oor:name="ooSetupSystemLocale" oor:op="fuse">
<value>{locale}</value></prop></item>
<item oor:path="/org.openoffice.Setup/L10N"><prop oor:name="ooLocale" oor:op="fuse">
<value>{locale}</value></prop></item>
</oor:items>
"""


@pytest.fixture
def exported(plan, tmp_path):
    ids = build_small_plan(plan)
    out = tmp_path / "matrix.xlsx"
    export_matrix(plan, out, audience="cluster")
    return plan, ids, out


def test_unedited_resave_changes_nothing(exported, tmp_path):
    handle, _ids, out = exported
    resaved = resave(out, tmp_path)
    wb = openpyxl.load_workbook(resaved)
    assert [ws.sheet_state for ws in wb][-2:] == ["hidden", "hidden"]
    assert wb[MATRIX_SHEET].protection.sheet
    preview = preview_import(handle, resaved)
    assert (preview.rows, preview.problems, preview.unchanged) == ([], [], 4)


def test_locks_survive_a_libreoffice_resave(exported, tmp_path):
    _handle, _ids, out = exported
    resaved = resave(out, tmp_path)
    locks = ExcelLocks(resaved)
    matrix, base = locks.sheets[MATRIX_SHEET], locks.sheets[BASE_SHEET]
    key_at = {index: c.key for index, c in enumerate(COLUMNS, 1)}
    assert matrix.protected and base.protected
    data = {(row, column): locked for (row, column), locked in matrix.cells.items()
            if row > 2 and column in key_at}
    assert len(data) >= 4 * len(COLUMNS)
    for (row, column), locked in data.items():
        assert locked == (key_at[column] in LOCKED_KEYS | MISSION_KEYS), (
            row, key_at[column])
    for column, key in key_at.items():
        assert matrix.column_locked(column) == (key in LOCKED_KEYS), key
    assert base.cells and all(base.cells.values())


def test_edits_survive_a_libreoffice_resave(exported, tmp_path):
    handle, ids, out = exported
    before = plan_state(handle)
    book = MatrixBook(out)
    row = book.row_of(ids["h_unmas"])
    book.set(row, "status", "Handed over")
    book.set(row, "start_date", "15/03/2027")
    book.set(row, "share", "=0.25*2")  # a partner's formula: LibreOffice saves its value
    book.append({"location": "Asari", "name": "Radio Asari FM", "successor": "UNICEF",
                 "share": 0.3})
    book.save()
    resaved = resave(out, tmp_path)
    preview = preview_import(handle, resaved)
    assert preview.problems == []
    apply_import(handle, preview)
    after = plan_state(handle)
    before[ids["h_unmas"]].update(status="handed_over", start_date=date(2027, 3, 15), share=0.5)
    [new_id] = set(after) - set(before)
    assert after[new_id]["actor_id"] == ids["unicef"] and after[new_id]["share"] == 0.3
    del after[new_id]
    assert after == before


def test_text_like_a_formula_is_still_text_after_libreoffice(exported, tmp_path):
    handle, ids, out = exported
    resaved = resave(out, tmp_path)
    book = MatrixBook(resaved)
    row = book.row_of(ids["h_unmas"])
    for key, text in (("capacity_notes", "=1+1 is not a formula"),
                      ("handover_notes", "-5% budget cut risk")):
        cell = book.ws.cell(row, book.columns[key])
        assert (cell.value, cell.data_type) == (text, "s")
    notes = next(h for h in handovers.list_handovers(handle) if h.id == ids["h_unmas"]).notes
    assert notes == "-5% budget cut risk"
    assert preview_import(handle, resaved).rows == []


def test_an_opendocument_copy_is_refused(exported, tmp_path):
    handle, _ids, out = exported
    ods = resave(out, tmp_path, "ods")
    with pytest.raises(WorkbookError, match="OpenDocument spreadsheet; save it as .xlsx"):
        preview_import(handle, ods)
