"""File > Import monitoring values on the real window: a Kobo export whose value column the
guess does not know, mapped with clicks, previewed (a row refused with its number), imported,
undone and redone as one step, and the next export of the form mapped as remembered."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QDialog, QFileDialog
from test_monitoring_import import INDICATOR, make_plan, values_of, write
from ui_helpers import activate, settle

from transition_planner.ui.dialogs import import_monitoring as ui
from transition_planner.ui.main_window import MainWindow

HEADER = "today,group_site/site_pcode,group_alerts/taux_reponse,_uuid,_submission_time"
ROWS = ["2027-05-31,TS0101,58,w1,2027-05-31T09:00:00",
        "2027-06-30,TS0101,55,w2,2027-06-30T09:00:00",
        "2027-06-30,TS9999,40,w3,2027-06-30T09:00:00",
        "2027-07-31,kalima,50,w4,2027-07-31T09:00:00"]


@pytest.fixture
def made(tmp_path):
    return make_plan(tmp_path)


@pytest.fixture
def window(qtbot, made):
    path, _ids = made
    main = MainWindow()
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    assert main.open_plan(path)
    settle(qtbot, main.page("inventory"))
    yield main
    main.close()


def pick(qtbot, combo: QComboBox, text: str) -> None:
    """Open the drop-down with a click and click the entry showing `text`."""
    qtbot.mouseClick(combo, Qt.MouseButton.LeftButton)
    view = combo.view()
    qtbot.waitUntil(view.isVisible, timeout=5_000)
    index = combo.model().index(combo.findText(text), 0)
    assert index.isValid(), f"{text!r} is not offered"
    view.scrollTo(index)
    # a release just after the drop-down opened is taken as the end of the opening click
    qtbot.wait(QApplication.doubleClickInterval() + 50)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton,
                     pos=view.visualRect(index).center())
    qtbot.waitUntil(lambda: not view.isVisible(), timeout=5_000)
    assert combo.currentText() == text


def open_dialog(qtbot, window, monkeypatch, export) -> ui.ImportMonitoringDialog:
    """File > Import monitoring values…, the export chosen in the file dialog."""
    shown = []
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(export), ""))
    monkeypatch.setattr(ui.ImportMonitoringDialog, "exec",
                        lambda self: (shown.append(self), self.show())[0])
    action = window.feature_actions["import_monitoring"]
    assert action.text().replace("&", "") == "Import monitoring values…"
    file_menu = window.menuBar().actions()[0].menu()
    assert action in file_menu.actions()
    action.trigger()
    [dialog] = shown
    qtbot.addWidget(dialog)
    qtbot.waitExposed(dialog)
    return dialog


def cell(table, row: int) -> list[str]:
    return [table.item(row, c).text() for c in range(table.columnCount())]


def test_map_preview_import_undo_redo(qtbot, window, made, tmp_path, monkeypatch):
    plan, _ids = made
    export = write(tmp_path, "Alert_network_-_labels_-_2027-08-01-10-00-00.csv", [HEADER, *ROWS])
    dialog = open_dialog(qtbot, window, monkeypatch, export)
    # guessed: the date, the P-code and the submission, but not the French value column
    assert "guessed" in dialog.mapping_note.text()
    assert dialog.date_combo.currentText() == "today"
    assert dialog.location_combo.currentText() == "group_site/site_pcode"
    assert dialog.uuid_combo.currentText() == "_uuid"
    assert "choose the columns that hold values" in dialog.summary.text()
    assert not dialog.apply_button.isEnabled()

    pick(qtbot, dialog.value_combo_for("group_alerts/taux_reponse"), INDICATOR)
    assert dialog.summary.text() == ("3 value(s) to add, 0 already in the plan, 1 row(s) "
                                     "refused, 0 row(s) without a value.")
    assert dialog.tabs.tabText(0) == "To add (3)" and dialog.tabs.tabText(1) == "Refused (1)"
    assert cell(dialog.added_table, 0) == ["2", INDICATOR, "Kalima", "2027-05-31", "58"]
    assert cell(dialog.added_table, 2) == ["5", INDICATOR, "Kalima", "2027-07-31", "50"]
    assert cell(dialog.refused_table, 0)[0] == "4"
    assert "unknown location 'TS9999'" in cell(dialog.refused_table, 0)[1]
    assert dialog.apply_button.text() == "Import 3 value(s), leave 1 row(s) out"
    assert values_of(plan) == []  # nothing written before Import

    with qtbot.waitSignal(window.ctx.sig_data_changed):
        qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert [(v[2], v[3]) for v in values_of(plan)] == [
        ("2027-05-31", 58.0), ("2027-06-30", 55.0), ("2027-07-31", 50.0)]

    activate(qtbot, window)
    assert window.ctx.undo_stack.undoText() == (
        "Import of 3 value(s) from Alert_network_-_labels_-_2027-08-01-10-00-00.csv")
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert values_of(plan) == []  # one step takes the whole import back
    window.action_redo.trigger()
    assert len(values_of(plan)) == 3

    # the next export of the same form: the columns come as the plan remembers them
    later = write(tmp_path, "Alert_network_-_labels_-_2027-09-01-10-00-00.csv",
                  [HEADER, *ROWS[:2], "2027-08-31,TS0101,66,w5,2027-08-31T09:00:00"])
    again = open_dialog(qtbot, window, monkeypatch, later)
    assert "remembers them for the form 'Alert network'" in again.mapping_note.text()
    assert again.value_combo_for("group_alerts/taux_reponse").currentText() == INDICATOR
    assert again.summary.text().startswith("1 value(s) to add, 2 already in the plan")
    qtbot.mouseClick(again.apply_button, Qt.MouseButton.LeftButton)
    assert [v[2] for v in values_of(plan)][-1] == "2027-08-31"
    again.grab().save(str(tmp_path / "import_monitoring.png"))


def test_a_file_that_cannot_be_read_is_said_in_the_dialog(qtbot, window, tmp_path,
                                                          monkeypatch):
    export = write(tmp_path, "pipes.csv", [HEADER.replace(",", "|")])
    dialog = open_dialog(qtbot, window, monkeypatch, export)
    assert "pipes.csv has one column only" in dialog.summary.text()
    assert not dialog.apply_button.isEnabled()
    # another file chosen with the dialog's own button
    good = write(tmp_path, "good.csv", [HEADER.replace("taux_reponse",
                                                       "alerts_answered_within_an_hour"),
                                        ROWS[0]])
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(good), ""))
    qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)
    assert dialog.tabs.tabText(0) == "To add (1)"
    assert dialog.apply_button.isEnabled()
