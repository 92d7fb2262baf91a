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


def test_ctrl_v_on_the_successors_page_adds_successors_with_where_they_are(qtbot, demo_window):
    """A cluster's partner list pasted from a spreadsheet: types by label or code, places by
    name or P-code; unknown types and places refused row by row; one undo takes them away."""
    from transition_planner.ui.pages.actors import ActorsPage

    handle = demo_window.ctx.handle
    before = {a.name for a in inventory.list_actors(handle)}
    qtbot.keyClick(demo_window, Qt.Key.Key_2, CTRL)
    page = demo_window.current_page()
    assert isinstance(page, ActorsPage)
    QApplication.clipboard().setText(
        "Name\tAcronym\tType\tPresent in\tPhone\r\n"
        "Femmes Solidaires de Tessik\tFST\tNational NGO or civil society\tTessik; KV0302\t+1\r\n"
        "Kanzi Youth Radio\t\tcommunity_structure\tKanzi\t\r\n"
        "Atlantis Relief\t\tNational NGO or civil society\tAtlantis\t\r\n"
        "No Type Org\t\t\tKanzi\t\r\n"
        "Mercenaries Ltd\t\tarmed group of sorts\t\t\r\n")
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_V, CTRL)
    dialog = page.paste_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.windowTitle() == "Paste successors"
    assert dialog.problem_rows() == [4, 5, 6]  # Atlantis, no type, unknown type
    assert "Phone" in dialog.summary.text()  # a column not read is named
    assert {a.name for a in inventory.list_actors(handle)} == before  # nothing yet
    assert dialog.ok.text() == "&Add 2 successors"
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    actors = {a.name: a for a in inventory.list_actors(handle)}
    fst = actors["Femmes Solidaires de Tessik"]
    assert fst.acronym == "FST" and fst.actor_type == "national_ngo"
    places = {loc.id: loc.name for loc in inventory.list_locations(handle)}
    assert sorted(places[i] for i in inventory.actor_presence(handle, fst.id)) == [
        "Oduna", "Tessik"]
    radio = actors["Kanzi Youth Radio"]
    assert [places[i] for i in inventory.actor_presence(handle, radio.id)] == ["Kanzi"]
    demo_window.action_undo.trigger()  # one step: both successors and their presence
    assert {a.name for a in inventory.list_actors(handle)} == before
    demo_window.action_redo.trigger()
    assert len(inventory.actor_presence(handle, fst.id)) == 2


def test_a_paste_of_successors_without_a_name_column_is_refused(demo_window):
    from transition_planner.ui.dialogs.paste_rows import read_pasted_successors

    pasted = read_pasted_successors(demo_window.ctx.handle,
                                    "Type\tPresent in\r\nnational_ngo\tKanzi\r\n")
    assert "Name or Successor" in pasted.problem and pasted.rows == []
