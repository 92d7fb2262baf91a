"""The import preview dialog and the File menu entry points, driven like a user would."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox
from test_exchange_roundtrip import plan_state
from test_exchange_support import MatrixBook, build_small_plan

from transition_planner.exchange.export import export_matrix
from transition_planner.services import handovers
from transition_planner.ui.context import PlanContext
from transition_planner.ui.dialogs import import_matrix as ui

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def ctx(plan, qtbot):
    context = PlanContext()
    context.handle = plan
    yield context
    context.handle = None  # the plan fixture disposes of the engine


def conflicting_copy(handle, tmp_path) -> tuple[Path, dict]:
    """A partner's copy that changes a status the plan changed too, and other things."""
    ids = build_small_plan(handle)
    out = tmp_path / "partner.xlsx"
    export_matrix(handle, out, audience="cluster")
    handovers.set_status(handle, ids["h_unicef"], "at_risk")
    book = MatrixBook(out)
    row = book.row_of(ids["h_unicef"])
    book.set(row, "status", "Handed over")
    book.set(row, "agreement_ref", "MoU 2027/3")
    book.set(book.row_of(ids["h_unmas"]), "share", 1.5)
    book.ws.delete_rows(book.row_of(capacity_id=ids["radio"]))
    book.append({"location": "Belgora", "name": "Mine risk education", "category": "Mine action",
                 "successor": "UNMAS", "share": 0.5})
    book.save()
    return out, ids


def status(handle, handover_id):
    return next(h for h in handovers.list_handovers(handle) if h.id == handover_id).status


def tab_titles(dialog) -> list[str]:
    return [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())]


def test_preview_tabs_and_conflict_resolution(ctx, tmp_path, qtbot):
    path, ids = conflicting_copy(ctx.handle, tmp_path)
    ctx.undo_stack.push(QUndoCommand("an earlier edit"))
    dialog = ui.ImportMatrixDialog(ctx, path)
    qtbot.addWidget(dialog)
    assert tab_titles(dialog) == ["Conflicts (1)", "Changed (1)", "Added (1)", "Deleted (1)",
                                  "Unreadable (1)"]
    assert "1 with conflicts, 1 unreadable" in dialog.summary.text()
    tree = dialog.conflict_tree
    row_item = tree.topLevelItem(0)
    cell_item = row_item.child(0)
    assert [cell_item.text(i) for i in range(4)] == ["Status", "Agreed", "At risk", "Handed over"]
    assert not dialog.apply_button.isEnabled()
    assert dialog.left.text() == "1 conflict(s) left to resolve"
    # choosing the row's value chooses its cells
    combo = tree.itemWidget(row_item, 4)
    combo.setCurrentIndex(combo.findData("theirs"))
    assert dialog.resolutions() == {f"{dialog.preview.conflicts()[0].id}/status": "theirs"}
    assert dialog.apply_button.isEnabled()
    with qtbot.waitSignal(ctx.sig_data_changed) as changed:
        qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert "handover" in changed.args[0]
    assert status(ctx.handle, ids["h_unicef"]) == "handed_over"
    # one undo step for the whole import, above the earlier edit
    assert ctx.undo_stack.count() == 2
    assert ctx.undo_stack.undoText() == f"Import {path.name}"
    assert dialog.result_summary.added == 1 and dialog.result_summary.deleted == 1


def test_keep_all_plan_values(ctx, tmp_path, qtbot):
    path, ids = conflicting_copy(ctx.handle, tmp_path)
    dialog = ui.ImportMatrixDialog(ctx, path)
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.keep_all_ours, Qt.MouseButton.LeftButton)
    assert set(dialog.resolutions().values()) == {"ours"}
    dialog.accept()
    handover = next(h for h in handovers.list_handovers(ctx.handle) if h.id == ids["h_unicef"])
    assert (handover.status, handover.agreement_ref) == ("at_risk", "MoU 2027/3")


def test_cancel_changes_nothing(ctx, tmp_path, qtbot):
    path, _ids = conflicting_copy(ctx.handle, tmp_path)
    before = plan_state(ctx.handle)
    dialog = ui.ImportMatrixDialog(ctx, path)
    qtbot.addWidget(dialog)
    dialog.choose_all("theirs")
    dialog.reject()
    assert plan_state(ctx.handle) == before


def test_import_entry_point_with_a_bad_file(ctx, tmp_path, qtbot, monkeypatch):
    build_small_plan(ctx.handle)
    bad = tmp_path / "bad.xlsx"
    bad.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600)
    before = plan_state(ctx.handle)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(bad), ""))
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, title, text: shown.append(text))
    assert ui.import_matrix_interactive(ctx, None) is None
    assert "protected with a password" in shown[0]
    assert plan_state(ctx.handle) == before


def test_import_entry_point_offers_new_rows_for_another_plans_workbook(
        ctx, tmp_path, qtbot, monkeypatch):
    from transition_planner.services import plans

    build_small_plan(ctx.handle)
    other = plans.new_plan(tmp_path / "other.tplan", {"name": "Other"}, user="x")
    build_small_plan(other)
    foreign = tmp_path / "foreign.xlsx"
    export_matrix(other, foreign)
    other.close()
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(foreign), ""))
    asked = []

    def question(_parent, _title, text):
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", question)
    monkeypatch.setattr(ui.ImportMatrixDialog, "exec", lambda self: self.reject())
    ui.import_matrix_interactive(ctx, None)
    assert "exported from another plan ('Other')" in asked[0]


def test_export_entry_point(ctx, tmp_path, qtbot, monkeypatch):
    build_small_plan(ctx.handle)
    target = tmp_path / "for the cluster"

    def options(self):
        self.audience.setCurrentIndex(self.audience.findData("cluster"))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ui.ExportMatrixDialog, "exec", options)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    told = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: told.append(text))
    path = ui.export_matrix_interactive(ctx, None)
    assert path == tmp_path / "for the cluster.xlsx" and path.is_file()
    assert told == ["Wrote 4 rows to for the cluster.xlsx."]


@pytest.mark.xvfb
def test_screenshot_of_a_conflict_preview(tmp_path, x_display):
    """The preview with a conflict, on a real X display, saved under screenshots/."""
    shot = ROOT / "screenshots" / "import_matrix_conflict.png"
    shot.parent.mkdir(exist_ok=True)
    shot.unlink(missing_ok=True)
    script = SCREENSHOT_SCRIPT.format(tmp=str(tmp_path), shot=str(shot))
    done = subprocess.run([sys.executable, "-c", script], env=x_display, cwd=ROOT / "tests",
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    from PySide6.QtGui import QImage

    image = QImage(str(shot))
    assert image.width() >= 900 and image.height() >= 500


SCREENSHOT_SCRIPT = """
import sys
from pathlib import Path
sys.path.insert(0, str(Path.cwd().parent))
from PySide6.QtWidgets import QApplication
from PySide6.QtCore import QTimer
app = QApplication([])
from transition_planner.services import plans
from transition_planner.ui.context import PlanContext
from transition_planner.ui.dialogs.import_matrix import ImportMatrixDialog
from test_ui_import_dialog import conflicting_copy
tmp = Path({tmp!r})
handle = plans.new_plan(tmp / "shot.tplan", {{"name": "Screenshot"}}, user="planner")
path, ids = conflicting_copy(handle, tmp)
ctx = PlanContext()
ctx.handle = handle
dialog = ImportMatrixDialog(ctx, path)
dialog.show()
def grab():
    dialog.grab().save({shot!r})
    app.quit()
QTimer.singleShot(1500, grab)
app.exec()
"""


def test_many_deletions_are_applied_only_once_confirmed(ctx, tmp_path, qtbot, monkeypatch):
    from test_exchange_deletions import big_plan, emptied

    build_small_plan(ctx.handle)
    big_plan(ctx.handle, 30)
    out = tmp_path / "emptied.xlsx"
    export_matrix(ctx.handle, out)
    emptied(MatrixBook(out))
    before = plan_state(ctx.handle)
    dialog = ui.ImportMatrixDialog(ctx, out)
    qtbot.addWidget(dialog)
    rows = len(dialog.preview.of_kind("deleted"))
    assert rows == 35  # every row of the matrix
    deleted = dialog.tabs.widget(tab_titles(dialog).index(f"Deleted ({rows})"))
    notes = {deleted.topLevelItem(i).text(1) for i in range(rows)}
    assert {"removes 1 record(s)", "removes 3 record(s)"} <= notes  # a handover, +2 scores
    asked = []

    def answer(reply):
        def question(_parent, title, text, *_args):
            asked.append((title, text))
            return reply
        return question

    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.No))
    qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    assert asked[0][0] == f"Delete {dialog.preview.records_removed} records?"
    assert f"{rows} rows of the matrix" in asked[0][1]
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert plan_state(ctx.handle) == before
    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Yes))
    qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert handovers.list_handovers(ctx.handle) == []


def test_export_one_partners_own_copy(ctx, tmp_path, qtbot, monkeypatch):
    ids = build_small_plan(ctx.handle)
    suggested = []

    def options(self):
        qtbot.addWidget(self)
        self.audience.setCurrentIndex(self.audience.findData("cluster"))
        self.partner.setFocus()
        self.partner.setCurrentIndex(0)
        while self.partner.currentData() != "UN Mine Action Service":  # as a person would
            qtbot.keyClick(self.partner, Qt.Key.Key_Down)
        return QDialog.DialogCode.Accepted

    def save_name(_parent, _title, name, _filter):
        suggested.append(Path(name).name)
        return str(tmp_path / "unmas"), ""

    monkeypatch.setattr(ui.ExportMatrixDialog, "exec", options)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_name)
    told = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: told.append(text))
    path = ui.export_matrix_interactive(ctx, None)
    assert suggested == [f"{ctx.handle.path.stem}-matrix-cluster-UN Mine Action Service.xlsx"]
    assert told == ["Wrote 1 rows to unmas.xlsx."]
    book = MatrixBook(path)
    assert book.get(3, "handover_id") == ids["h_unmas"] and book.get(4, "capacity_id") is None


def test_refused_mission_cells_and_funding_changes_in_the_preview(ctx, tmp_path, qtbot):
    ids = build_small_plan(ctx.handle)
    line = handovers.add_funding_line(ctx.handle, {
        "capacity_id": ids["cla"], "handover_id": ids["h_unicef"], "source_type": "bilateral",
        "donor": "Norway", "amount": "1000", "currency": "USD"})
    out = tmp_path / "partner.xlsx"
    export_matrix(ctx.handle, out, audience="cluster")
    book = MatrixBook(out)
    book.set(book.row_of(ids["h_unicef"]), "annual_cost", 1)
    book.wb["Funding"].cell(3, 5).value = 2500  # Amount
    book.save()
    dialog = ui.ImportMatrixDialog(ctx, out)
    qtbot.addWidget(dialog)
    assert tab_titles(dialog) == ["Changed (1)", "Added (0)", "Deleted (0)", "Unreadable (0)",
                                  "Cells not imported (1)"]
    changed = dialog.tabs.widget(0).topLevelItem(0)
    assert changed.text(0) == "Funding row 3: Funding of Community liaison assistants -> " \
                              "UNICEF: 1000.00 USD"
    assert [changed.child(0).text(i) for i in range(3)] == ["Amount", "1000.00", "2500.00"]
    refused = dialog.tabs.widget(4).topLevelItem(0)
    assert refused.child(0).text(1).startswith("Annual cost is the mission's, locked")
    qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    amounts = {f.id: f.amount for f in handovers.list_funding_lines(ctx.handle)}
    assert amounts[line.id] == 2500
