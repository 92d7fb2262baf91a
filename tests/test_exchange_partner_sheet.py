"""The matrix a partner fills in: who fills which column, what it takes, how it prints."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import openpyxl
import pytest
from openpyxl.utils import get_column_letter
from test_exchange_libreoffice import resave
from test_exchange_roundtrip import plan_state
from test_exchange_support import LOCKED_KEYS, MISSION_KEYS, ExcelLocks, build_small_plan

from transition_planner.exchange.apply import apply_import
from transition_planner.exchange.export import export_matrix
from transition_planner.exchange.matrix import (
    COLUMNS,
    INSTRUCTIONS_SHEET,
    MATRIX_SHEET,
    MISSION_OWNED,
    PARTNER_OWNED,
)
from transition_planner.exchange.merge import CHANGED, preview_import

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")


@pytest.fixture
def small(plan):
    return plan, build_small_plan(plan)


def test_every_column_has_an_owner_the_mission_owns_the_capacity_facts():
    owners = {c.key: c.owner for c in COLUMNS}
    assert {k for k, o in owners.items() if o == MISSION_OWNED} == MISSION_KEYS
    assert {k for k, o in owners.items() if o not in (MISSION_OWNED, PARTNER_OWNED)} == \
        LOCKED_KEYS
    for key in ("successor", "role", "share", "status", "start_date", "handover_end",
                "agreement_ref", "readiness_funding", "handover_notes"):
        assert owners[key] == PARTNER_OWNED, key


def test_each_header_prompts_who_fills_it_and_what_it_takes(small, tmp_path):
    handle, _ids = small
    out = tmp_path / "m.xlsx"
    export_matrix(handle, out, audience="cluster")
    ws = openpyxl.load_workbook(out)[MATRIX_SHEET]
    prompts = {}
    for dv in ws.data_validations.dataValidation:
        for cell_range in dv.sqref.ranges:
            if cell_range.min_row == 1 and dv.showInputMessage:
                prompts[cell_range.min_col] = (dv.promptTitle, dv.prompt)
    assert len(prompts) == len(COLUMNS)
    at = {c.key: i for i, c in enumerate(COLUMNS, 1)}
    assert prompts[at["share"]] == ("Share", "Partner: A percentage from 0% to 100% of the "
                                             "capacity.")
    assert prompts[at["annual_cost"]][1].startswith("Mission: ")
    assert prompts[at["handover_id"]][1].startswith("Plan (do not change): The plan's id")
    [status] = [dv for dv in ws.data_validations.dataValidation
                if dv.type == "list" and any(r.min_col == at["status"] and r.min_row == 3
                                             for r in dv.sqref.ranges)]
    assert status.showErrorMessage and status.prompt.startswith("Partner: One value")


def test_the_instructions_hold_a_legend_of_every_column(small, tmp_path):
    handle, _ids = small
    out = tmp_path / "m.xlsx"
    export_matrix(handle, out, audience="cluster", lang="fr")
    ws = openpyxl.load_workbook(out)[INSTRUCTIONS_SHEET]
    rows = [[c.value for c in row] for row in ws.iter_rows(max_col=3)]
    start = rows.index(["Colonne", "Remplie par", "Ce qu'elle accepte"])
    legend = {r[0]: r[1:] for r in rows[start + 1:]}
    assert len(legend) == len(COLUMNS)
    assert legend["Part"] == ["Partenaire",
                              "Un pourcentage de 0\u00a0% à 100\u00a0% de la capacité."]
    assert legend["Coût annuel"][0] == "Mission"
    assert legend["ID transfert"][0] == "Plan (ne pas modifier)"
    # fitted to one page: 1 is the file format's default, which a writer may leave out
    assert ws.sheet_properties.pageSetUpPr.fitToPage
    setup = ws.page_setup
    assert int(setup.fitToHeight or 1) == 1 and int(setup.fitToWidth or 1) == 1
    assert ws.sheet_properties.pageSetUpPr.fitToPage


def test_the_mission_columns_are_locked_for_partners_only(small, tmp_path):
    handle, _ids = small
    for audience, locked in (("cluster", LOCKED_KEYS | MISSION_KEYS), ("internal", LOCKED_KEYS)):
        out = tmp_path / f"{audience}.xlsx"
        export_matrix(handle, out, audience=audience)
        matrix = ExcelLocks(out).sheets[MATRIX_SHEET]
        key_at = {index: c.key for index, c in enumerate(COLUMNS, 1)}
        for (row, column), is_locked in matrix.cells.items():
            if row > 2:
                assert is_locked == (key_at[column] in locked), (audience, row, column)
        for column, key in key_at.items():  # rows a partner adds stay open
            assert matrix.column_locked(column) == (key in LOCKED_KEYS), key


def test_the_demo_has_a_mission_end_date_on_every_row(demo_plan, tmp_path):
    out = tmp_path / "cluster.xlsx"
    result = export_matrix(demo_plan, out, audience="cluster", hxl=False)
    ws = openpyxl.load_workbook(out)[MATRIX_SHEET]
    at = [c.key for c in COLUMNS].index("end_date")
    ends = [row[at] for row in ws.iter_rows(min_row=2, max_row=result.rows + 1,
                                            values_only=True)]
    assert len(ends) == result.rows and None not in ends


def test_the_matrix_prints_landscape_three_pages_wide_with_its_headers(small, tmp_path):
    handle, _ids = small
    out = tmp_path / "m.xlsx"
    export_matrix(handle, out, audience="cluster")
    for path in (out, resave(out, tmp_path)):  # as written, and once LibreOffice re-saved it
        ws = openpyxl.load_workbook(path)[MATRIX_SHEET]
        assert ws.page_setup.orientation == "landscape"
        assert int(ws.page_setup.fitToWidth) == 3 and int(ws.page_setup.fitToHeight or 0) == 0
        assert ws.sheet_properties.pageSetUpPr.fitToPage
        assert ws.print_title_rows == "$1:$2" and ws.print_title_cols == "$A:$C"
        last = [c.key for c in COLUMNS].index("handover_notes") + 1
        assert str(ws.print_area).split(":")[-1].startswith(f"${get_column_letter(last)}$")


@pytest.mark.libreoffice
def test_the_demo_cluster_matrix_prints_on_a_few_pages(demo_plan, tmp_path):
    if SOFFICE is None or shutil.which("pdfinfo") is None:
        pytest.skip("LibreOffice or poppler is not installed")
    out = tmp_path / "cluster.xlsx"
    export_matrix(demo_plan, out, audience="cluster")
    pdf = resave(out, tmp_path, fmt="pdf")
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True)
    pages = int(next(line.split()[-1] for line in info.stdout.splitlines()
                     if line.startswith("Pages:")))
    assert pages <= 13  # instructions 1, matrix 3 wide x 2 high, funding 3, lookups 1

    def text(page):
        return subprocess.run(["pdftotext", "-f", str(page), "-l", str(page), str(pdf), "-"],
                              capture_output=True, text=True, check=True).stdout

    first = text(1)
    assert first.startswith("Handover matrix") and "Base version" in first  # legend whole
    for page in range(2, 8):  # each matrix page repeats the headers and the row's capacity
        assert "Location" in text(page) and "#loc+name" in text(page), page
    funding = [p for p in range(8, pages + 1) if "#org+funder+type" in text(p)]
    assert 1 <= len(funding) <= 3  # the demo's lines, one page wide, headers on each page
    for page in funding:
        assert "#value+funding" in text(page) and "Period to" in text(page), page


def test_the_hxl_row_uses_each_hashtag_for_what_hxl_means(small, tmp_path):
    handle, _ids = small
    out = tmp_path / "m.xlsx"
    export_matrix(handle, out, audience="cluster")
    tags = [c.value for c in openpyxl.load_workbook(out)[MATRIX_SHEET][2]]
    by_key = dict(zip((c.key for c in COLUMNS), tags))
    assert not [t for t in tags if t.startswith(("#affected", "#modality"))]
    # #sector and #subsector hold the cluster and area of responsibility, not the category
    assert [t for t in tags if t.startswith(("#sector", "#subsector"))] == [
        "#sector+code", "#subsector+code"]
    assert "+pct" not in " ".join(tags)  # the share cells hold 0-1 fractions
    assert by_key["currency"] == "#currency+code"
    assert by_key["successor"] == "#org+impl+name" and by_key["successor_type"] == "#org+impl+type"
    assert by_key["category"] == "#activity+type"
    assert not [t for t in tags if t.startswith("#org") and "+impl" not in t]
    assert len(set(tags)) == len(tags)


def test_the_hashtags_of_earlier_exports_are_still_read():
    from transition_planner.exchange.matrix import column_for_header

    assert column_for_header("#sector") == "category"
    assert column_for_header("#affected +type") == "populations"
    assert column_for_header("#indicator+pct+share") == "share"
    assert column_for_header("#org+impl+name") == "successor"


def _pasted(exported: Path, target: Path, edit) -> Path:
    """The matrix's cells pasted as values into a fresh workbook (no _meta/_base sheets), with
    `edit(sheet, header)` applied, as a partner copying into a shared online sheet does."""
    source = openpyxl.load_workbook(exported)[MATRIX_SHEET]
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Copied"
    for row in source.iter_rows(values_only=True):
        ws.append(list(row))
    for row in ws.iter_rows():
        for cell in row:  # pasted as values: a text like "=1+1 ..." stays text
            if isinstance(cell.value, str) and cell.value.startswith("="):
                cell.data_type = "s"
    edit(ws, [c.value for c in ws[1]])
    wb.save(target)
    return target


def test_rows_pasted_into_another_workbook_import_by_their_ids(small, tmp_path):
    handle, ids = small
    out = tmp_path / "m.xlsx"
    export_matrix(handle, out, audience="cluster")

    def edit(ws, header):
        for row in ws.iter_rows(min_row=3):
            if row[header.index("Handover ID")].value == ids["h_unmas"]:
                row[header.index("Status")].value = "Handed over"
                row[header.index("Agreement")].value = "MoU 2027/3"

    pasted = _pasted(out, tmp_path / "pasted.xlsx", edit)
    preview = preview_import(handle, pasted)
    assert preview.without_base and preview.problems == []
    [change] = preview.rows
    assert change.kind == CHANGED and change.handover_id == ids["h_unmas"]
    assert {c.field: c.value for c in change.cells} == {"status": "handed_over",
                                                     "agreement_ref": "MoU 2027/3"}
    apply_import(handle, preview)
    after = plan_state(handle)[ids["h_unmas"]]
    assert (after["status"], after["agreement_ref"]) == ("handed_over", "MoU 2027/3")


def test_as_new_rows_never_drop_an_edit_as_unchanged(small, tmp_path):
    handle, ids = small
    out = tmp_path / "m.xlsx"
    export_matrix(handle, out, audience="cluster")

    def edit(ws, header):
        for row in ws.iter_rows(min_row=3):
            if row[header.index("Handover ID")].value == ids["h_unmas"]:
                row[header.index("Status")].value = "Handed over"

    pasted = _pasted(out, tmp_path / "pasted.xlsx", edit)
    preview = preview_import(handle, pasted, as_new=True)
    exported_rows = export_matrix(handle, tmp_path / "again.xlsx", audience="cluster").rows
    assert preview.unchanged == exported_rows - 1
    [problem] = preview.problems
    assert "Status" in problem.reasons[0] and "without 'as new rows'" in problem.reasons[0]


def test_the_preview_of_a_pasted_copy_says_it_had_no_base(small, tmp_path):
    from transition_planner.exchange.commands import format_preview

    handle, _ids = small
    out = tmp_path / "m.xlsx"
    export_matrix(handle, out, audience="cluster")
    preview = preview_import(handle, _pasted(out, tmp_path / "p.xlsx", lambda ws, h: None))
    text = format_preview(preview)
    assert "no record of the export" in text and "no conflict can be found" in text
    assert preview.rows == [] and preview.problems == []


def test_the_preview_shows_what_an_added_row_holds(small, tmp_path):
    from test_exchange_support import MatrixBook

    from transition_planner.exchange.commands import format_preview

    handle, _ids = small
    out = tmp_path / "m.xlsx"
    export_matrix(handle, out, audience="cluster")
    book = MatrixBook(out)
    book.append({"location": "Asari", "name": "Radio Asari FM", "successor": "UNICEF",
                 "share": 0.3, "status": "Agreed"})
    book.save()
    text = format_preview(preview_import(handle, out))
    added = text.split("Added (1)\n")[1].splitlines()
    assert added[0].strip() == "row 7: Radio Asari FM (Asari) -> UNICEF"
    assert "Share: 0.3" in added[1] and "Status: agreed" in added[1]


def test_clusters_places_and_funding_carry_their_hxl_codes(small, tmp_path):
    from transition_planner.exchange.funding_sheet import FUNDING_SHEET
    from transition_planner.services import handovers, inventory

    handle, ids = small
    territory = inventory.add_location(handle, {"name": "Asari-Est", "level": "admin2",
                                                "pcode": "KV0102", "parent_id": ids["nord"]})
    site = inventory.add_location(handle, {"name": "Camp Iro", "level": "team_site",
                                           "parent_id": territory.id})
    cp = inventory.add_capacity(handle, {"name": "MRM focal points", "location_id": site.id,
                                         "category": "child_protection"})
    handovers.add_handover(handle, {"capacity_id": cp.id, "actor_id": ids["unicef"],
                                    "share": 1.0})
    handovers.add_funding_line(handle, {
        "capacity_id": ids["cla"], "handover_id": ids["h_unicef"], "source_type": "bilateral",
        "donor": "Norway", "amount": "1000", "currency": "USD"})
    out = tmp_path / "m.xlsx"
    export_matrix(handle, out, audience="cluster")
    wb = openpyxl.load_workbook(out)
    ws = wb[MATRIX_SHEET]
    tags = [c.value for c in ws[2]]
    rows = [dict(zip(tags, (c.value for c in row))) for row in ws.iter_rows(min_row=3)
            if row[0].value]
    by_name = {r["#activity+name"]: r for r in rows}
    mrm = by_name["MRM focal points"]
    assert (mrm["#sector+code"], mrm["#subsector+code"]) == ("PRO", "PRO-CPN")
    assert (mrm["#adm2+name"], mrm["#adm2+code"]) == ("Asari-Est", "KV0102")
    assert (mrm["#adm1+code"], mrm["#country+code"]) == ("KV01", "KV")
    mines = by_name["Explosive ordnance clearance"]
    assert (mines["#sector+code"], mines["#subsector+code"]) == ("PRO", "PRO-MIN")
    radio = by_name["Radio Asari FM"]  # strategic communications: no humanitarian cluster
    assert (radio["#sector+code"], radio["#subsector+code"], radio["#adm2+code"]) == (
        None, None, None)
    funding = wb[FUNDING_SHEET]
    funding_tags = [c.value for c in funding[2]]
    assert {"#org+funder+name", "#org+funder+type", "#value+funding", "#currency+code"} <= set(
        funding_tags)
    line = dict(zip(funding_tags, (c.value for c in funding[3])))
    assert (line["#org+funder+name"], line["#value+funding"]) == ("Norway", 1000)
    assert not [t for t in tags + funding_tags if "+pct" in t]  # no 0-100 numbers are held


def test_a_workbook_with_only_hashtags_reads_new_and_earlier_tags():
    from transition_planner.exchange.matrix import column_for_header

    # the cluster and place codes are read as the plan's own (not imported) columns
    assert [column_for_header(t) for t in ("#sector+code", "#subsector +code", "#adm2+code",
                                           "#country+code")] == [
        "cluster", "aor", "district_pcode", "country_code"]
    # earlier exports' tags keep their meaning
    assert column_for_header("#sector") == "category"
    assert column_for_header("#org+name") == "successor"
    assert column_for_header("#currency") == "currency"


def test_a_pct_share_is_a_percentage_outside_our_exports_a_fraction_in_earlier_ones(small,
                                                                                  tmp_path):
    handle, ids = small
    out = tmp_path / "m.xlsx"
    export_matrix(handle, out, audience="cluster")
    at = [c.key for c in COLUMNS].index("share") + 1

    def retag(path, share, scale=1):
        wb = openpyxl.load_workbook(path)
        ws = wb[MATRIX_SHEET] if MATRIX_SHEET in wb.sheetnames else wb.active
        ws.cell(2, at).value = "#indicator+share+pct"  # as earlier exports tagged it
        for row in range(3, ws.max_row + 1):
            if isinstance(ws.cell(row, at).value, float):
                ws.cell(row, at).value *= scale
            if ws.cell(row, [c.key for c in COLUMNS].index("handover_id") + 1).value == \
                    ids["h_unmas"]:
                ws.cell(row, at).value = share
        wb.save(path)
        return path

    # one of our exports (its _meta says so): +pct held 0-1 fractions then
    [change] = preview_import(handle, retag(out, 0.75)).rows
    assert [(c.field, c.value) for c in change.cells] == [("share", 0.75)]

    # the rows in an HXL tool's sheet: +pct is HXL's 0 to 100
    hxl_tool = _pasted(out, tmp_path / "hxl.xlsx", lambda ws, header: None)
    [change] = preview_import(handle, retag(hxl_tool, 75, scale=100)).rows
    assert [(c.field, c.value) for c in change.cells] == [("share", 0.75)]
    # an earlier export pasted elsewhere: its +pct shares are all fractions, read as such
    pasted = _pasted(out, tmp_path / "pasted.xlsx", lambda ws, header: None)
    [change] = preview_import(handle, retag(pasted, 0.75)).rows
    assert [(c.field, c.value) for c in change.cells] == [("share", 0.75)]
