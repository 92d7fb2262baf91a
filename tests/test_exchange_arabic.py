"""The matrix in Arabic (and French) through the core catalogue: headers, prompts, Yes/No and
the Instructions sheet in the workbook's language; an Arabic workbook a partner edited comes
back as what they meant."""

from __future__ import annotations

import openpyxl
import pytest
from test_exchange_support import build_small_plan

from transition_planner import i18n
from transition_planner.exchange.apply import apply_import
from transition_planner.exchange.export import export_matrix
from transition_planner.exchange.matrix import (
    BY_KEY,
    COLUMNS,
    INSTRUCTIONS_SHEET,
    LOOKUPS_SHEET,
    MATRIX_SHEET,
    column_for_header,
)
from transition_planner.exchange.merge import CHANGED, preview_import
from transition_planner.i18n import translator
from transition_planner.reports.arabic import has_arabic
from transition_planner.services import handovers


@pytest.fixture
def small(plan):
    return plan, build_small_plan(plan)


def _columns(ws) -> dict[str, int]:
    return {column_for_header(c.value): c.column for c in ws[1] if c.value}


def test_an_arabic_matrix_is_worded_in_arabic(small, tmp_path):
    handle, _ids = small
    out = tmp_path / "ar.xlsx"
    export_matrix(handle, out, lang="ar", hxl=True)
    wb = openpyxl.load_workbook(out)
    headers = [c.value for c in wb[MATRIX_SHEET][1]]
    assert headers[:3] == ["الموقع", "الرمز P", "القدرة"]
    assert all(has_arabic(h) for h in headers), headers  # no English header left
    assert _columns(wb[MATRIX_SHEET]) == {c.key: i for i, c in enumerate(COLUMNS, 1)}
    lines = [row[0].value for row in wb[INSTRUCTIONS_SHEET].iter_rows()]
    assert lines[0].startswith("مصفوفة التسليم: ")
    assert "طريقة التعديل" in lines and "الأعمدة" in lines
    assert any(line and line.startswith("يتضمن صف العناوين الثاني") for line in lines)
    legend = [[c.value for c in row] for row in wb[INSTRUCTIONS_SHEET].iter_rows(max_col=3)]
    assert ["العمود", "يملؤه", "ما يقبله"] in legend
    assert ["الحصة", "الشريك", "نسبة مئوية من 0% إلى 100% من القدرة."] in legend
    english = [line for line in lines if line and not has_arabic(line)]
    assert english == []
    prompts = {dv.promptTitle: dv.prompt for dv in wb[MATRIX_SHEET].data_validations.dataValidation}
    assert prompts["معرّف التسليم"].startswith("الخطة (لا تغيّره): معرّف عملية التسليم")
    lookups = [[c.value for c in col] for col in wb[LOOKUPS_SHEET].iter_cols()]
    assert ["نعم", "لا"] in [[v for v in col[1:] if v] for col in lookups]


def test_an_arabic_workbook_edited_in_arabic_comes_back(small, tmp_path):
    handle, ids = small
    out = tmp_path / "ar.xlsx"
    export_matrix(handle, out, lang="ar")
    wb = openpyxl.load_workbook(out)
    ws = wb[MATRIX_SHEET]
    at = _columns(ws)
    row = next(r for r in range(2, ws.max_row + 1)
               if ws.cell(r, at["handover_id"]).value == ids["h_unmas"])
    ar = translator("ar")
    assert ws.cell(row, at["data_protocol_agreed"]).value == "لا"
    ws.cell(row, at["data_protocol_agreed"]).value = "نعم"
    handed_over = handle.taxonomy().label("handover_status", "handed_over", "ar")
    assert has_arabic(handed_over)
    ws.cell(row, at["status"]).value = handed_over
    wb.save(out)
    i18n.set_language("ar")  # the window's language: the preview words values in it
    try:
        preview = preview_import(handle, out)
    finally:
        i18n.set_language("en")
    assert preview.problems == []
    assert [(r.kind, r.handover_id) for r in preview.rows] == [(CHANGED, ids["h_unmas"])]
    cells = sorted(preview.rows[0].cells, key=lambda c: c.field)
    assert [(c.field, c.value, c.theirs) for c in cells] == [
        ("data_protocol_agreed", True, "نعم"), ("status", "handed_over", handed_over)]
    apply_import(handle, preview)
    done = handovers.list_handovers(handle, ids["mines"])[0]
    assert done.status == "handed_over" and done.data_protocol_agreed is True
    assert ar.gettext(BY_KEY["status"].en) == "الحالة"


def test_a_french_matrix_keeps_the_headers_earlier_versions_wrote(small, tmp_path):
    handle, _ids = small
    out = tmp_path / "fr.xlsx"
    export_matrix(handle, out, lang="fr")
    headers = [c.value for c in openpyxl.load_workbook(out)[MATRIX_SHEET][1]]
    assert headers == [c.fr for c in COLUMNS]  # so workbooks already out there still match


def test_what_a_row_cannot_say_is_worded_in_the_preview_language(small, tmp_path):
    handle, ids = small
    out = tmp_path / "fr.xlsx"
    export_matrix(handle, out, lang="fr")
    wb = openpyxl.load_workbook(out)
    ws = wb[MATRIX_SHEET]
    at = _columns(ws)
    row = next(r for r in range(2, ws.max_row + 1)
               if ws.cell(r, at["handover_id"]).value == ids["h_unmas"])
    ws.cell(row, at["share"]).value = "150 %"
    ws.cell(row, at["data_protocol_agreed"]).value = "peut-être"
    wb.save(out)
    for lang, expected in (
            ("fr", ["Part : la part 150\u00a0% dépasse 100\u00a0%",
                    "Protocole de données convenu : « peut-être » n'est ni Oui ni Non"]),
            ("ar", ["الحصة: الحصة 150% تتجاوز 100%",
                    "بروتوكول البيانات متفق عليه: «peut-être» ليست نعم ولا لا"]),
            ("en", ["Share: share 150% is above 100%",
                    "Data protocol agreed: 'peut-être' is neither Yes nor No"])):
        i18n.set_language(lang)
        try:
            preview = preview_import(handle, out)
        finally:
            i18n.set_language("en")
        assert [p.reasons for p in preview.problems] == [expected], lang
        assert preview.rows == []  # the row is left out, nothing else changes
