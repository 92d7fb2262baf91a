"""The matrix of a plan without capacities is a template a team fills in Excel and imports."""

from __future__ import annotations

import openpyxl
from test_exchange_support import MatrixBook

from transition_planner.exchange.apply import apply_import
from transition_planner.exchange.export import export_matrix
from transition_planner.exchange.merge import ADDED, preview_import
from transition_planner.exchange.read import BASE_SHEET
from transition_planner.services import handovers, inventory


def test_rows_added_to_an_empty_plans_matrix_import(plan, tmp_path):
    inventory.add_location(plan, {"name": "Kanzi team site"})
    out = tmp_path / "template.xlsx"
    export_matrix(plan, out)
    assert openpyxl.load_workbook(out)[BASE_SHEET].max_row == 1  # its header only
    book = MatrixBook(out)
    book.append({"location": "Kanzi team site", "name": "Community alert network Kanzi",
                 "category": "Child protection", "successor": "UNICEF",
                 "successor_type": "UN agency, fund or programme", "share": 0.6})
    book.save()
    preview = preview_import(plan, out)
    assert [r.kind for r in preview.rows] == [ADDED] and preview.problems == []
    apply_import(plan, preview)
    [capacity] = inventory.list_capacities(plan)
    [handover] = handovers.list_handovers(plan)
    assert capacity.name == "Community alert network Kanzi" and handover.share == 0.6


def test_a_workbook_without_its_base_sheet_is_still_refused(plan, tmp_path):
    import pytest

    from transition_planner.exchange.read import WorkbookError

    inventory.add_location(plan, {"name": "Kanzi team site"})
    out = tmp_path / "template.xlsx"
    export_matrix(plan, out)
    wb = openpyxl.load_workbook(out)
    del wb[BASE_SHEET]
    wb.save(out)
    with pytest.raises(WorkbookError, match="lost its hidden _base sheet"):
        preview_import(plan, out)
