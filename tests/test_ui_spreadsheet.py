"""Tables and spreadsheets: Ctrl+C copies the selected rows as tab-separated cells with the
column titles; Ctrl+V reads rows copied in Excel into new capacities, after a preview that
shows the refused rows and why."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from ui_helpers import click_row

from transition_planner.services import inventory
from transition_planner.ui.dialogs.paste_rows import read_pasted_capacities
from transition_planner.ui.tables import read_tsv

CTRL = Qt.KeyboardModifier.ControlModifier


def test_ctrl_c_copies_the_selected_rows_with_titles(qtbot, demo_window):
    page = demo_window.page("inventory")
    click_row(qtbot, page.table, 0)
    click_row(qtbot, page.table, 2, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(page.table, Qt.Key.Key_C, CTRL)
    text = QApplication.clipboard().text()
    lines = read_tsv(text)
    assert lines[0][:3] == ["Capacity", "Location", "Mission end"]
    assert len(lines) == 4  # the titles and three rows
    names = [page.model.row_by_id(i).name for i in page.selected_ids()]
    assert [line[0] for line in lines[1:]] == names
    assert text.endswith("\r\n") and "\t" in text


def test_ctrl_v_previews_then_adds_the_good_rows_in_one_undo_step(qtbot, demo_window):
    page, handle = demo_window.page("inventory"), demo_window.ctx.handle
    before = len(inventory.list_capacities(handle))
    QApplication.clipboard().setText(
        "Capacity\tLocation\tCategory\tQuantity\tMission end\tFlags\r\n"
        "Radio operators (Kanzi)\tKanzi team site\tPhysical protection\t1,200\t31/03/2027\t3\r\n"
        "Night patrols\tAtlantis\tPhysical protection\t4\t\t\r\n"
        "\"Mediators, \"\"elders\"\"\"\tKanzi team site\tphysical_protection\t2\t2027-06-30\t\r\n"
        "Shelters\tKanzi team site\tPhysical protection\tmany\t\t\r\n")
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_V, CTRL)
    dialog = page.paste_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.problem_rows() == [3, 5]  # Atlantis, "many"
    assert "Flags" in dialog.summary.text()  # a column not read is named
    assert len(inventory.list_capacities(handle)) == before  # nothing changed yet
    assert "Atlantis" in dialog.table.item(1, dialog.table.columnCount() - 1).text()
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    caps = {c.name: c for c in inventory.list_capacities(handle)}
    assert len(caps) == before + 2
    radio = caps["Radio operators (Kanzi)"]
    assert radio.quantity == 1200 and str(radio.end_date) == "2027-03-31"
    assert 'Mediators, "elders"' in caps
    demo_window.action_undo.trigger()
    assert len(inventory.list_capacities(handle)) == before


@pytest.mark.parametrize("text, problem", [
    ("", "column titles"),
    ("Radio operators\tKanzi team site\r\n", "column titles"),
    ("Location\tCategory\r\nKanzi team site\tPhysical protection\r\n", "Capacity or Name"),
])
def test_malformed_paste_says_why_and_offers_nothing(qtbot, demo_window, text, problem):
    pasted = read_pasted_capacities(demo_window.ctx.handle, text)
    assert problem in pasted.problem
    dialog = demo_window.page("inventory").paste_rows(text)
    assert problem in dialog.summary.text()
    assert not dialog.ok.isEnabled()
    dialog.findChild(QDialogButtonBox).rejected.emit()


def test_bad_cells_are_refused_row_by_row(demo_window):
    text = ("Name\tLocation\tCategory\tCriticality\tMission end\r\n"
            "A\tKanzi team site\tPhysical protection\tsevere\t\r\n"
            "B\tKanzi team site\tPhysical protection\thigh\t31/02/2027\r\n"
            "\tKanzi team site\tPhysical protection\thigh\t\r\n"
            "C\t\tPhysical protection\t\t\r\n"
            "D\tKanzi team site\tPhysical protection\tHigh\t\r\n")
    rows = read_pasted_capacities(demo_window.ctx.handle, text).rows
    problems = [r.problem for r in rows]
    assert "unknown criticality" in problems[0]
    assert "not a date" in problems[1]
    assert "name" in problems[2]
    assert "no location" in problems[3]
    assert problems[4] == "" and rows[4].values["criticality"] == "high"
