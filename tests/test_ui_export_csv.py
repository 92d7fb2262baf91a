"""The matrix as CSV and the 3W table from the window, chosen with the mouse and the keys."""

from __future__ import annotations

import csv

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog, QMessageBox
from test_exchange_support import build_small_plan

from transition_planner.exchange.csv_matrix import export_matrix_csv
from transition_planner.exchange.matrix import COLUMNS
from transition_planner.exchange.threew import THREEW_COLUMNS
from transition_planner.ui.context import PlanContext
from transition_planner.ui.dialogs import import_matrix as ui


@pytest.fixture
def ctx(plan, qtbot):
    context = PlanContext()
    context.handle = plan
    yield context
    context.handle = None


def choose(qtbot, combo, data) -> None:
    """Open a drop-down with a click and go down to the entry with the keys, as a person does."""
    qtbot.mouseClick(combo, Qt.MouseButton.LeftButton)
    combo.hidePopup()
    combo.setFocus()
    while combo.currentData() != data:
        qtbot.keyClick(combo, Qt.Key.Key_Down)


def ok_button(dialog):
    return dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)


def test_export_dialog_writes_the_matrix_as_csv(ctx, tmp_path, qtbot, monkeypatch):
    build_small_plan(ctx.handle)
    suggested, told, seen = [], [], {}

    def run(dialog):
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        choose(qtbot, dialog.audience, "cluster")
        assert dialog.hxl.isEnabled()
        choose(qtbot, dialog.format, "csv")
        seen["hxl"] = (dialog.hxl.isChecked(), dialog.hxl.isEnabled())  # always, for CSV
        qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)
        return dialog.result()

    def save_name(_parent, _title, name, file_filter):
        suggested.append((name.rsplit("/", 1)[-1], file_filter))
        return str(tmp_path / "for the cluster"), ""

    monkeypatch.setattr(ui.ExportMatrixDialog, "exec", run)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_name)
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: told.append(text))
    path = ui.export_matrix_interactive(ctx, None)
    assert seen["hxl"] == (True, False)
    assert suggested == [(f"{ctx.handle.path.stem}-matrix-cluster.csv", "CSV file (*.csv)")]
    assert path == tmp_path / "for the cluster.csv"
    assert told == ["Wrote 4 rows to for the cluster.csv."]
    with path.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))
    assert rows[1] == [c.hxl for c in COLUMNS] and len(rows) == 6


def test_import_preview_of_a_csv_says_it_has_no_base(ctx, tmp_path, qtbot):
    ids = build_small_plan(ctx.handle)
    out = tmp_path / "partner.csv"
    export_matrix_csv(ctx.handle, out, audience="cluster")
    with out.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))
    at, status = rows[1].index("#meta+handover+code"), rows[1].index("#status")
    next(r for r in rows if r[at] == ids["h_women"])[status] = "Agreed"
    with out.open("w", encoding="utf-8-sig", newline="") as fh:
        csv.writer(fh).writerows(rows)
    dialog = ui.ImportMatrixDialog(ctx, out)
    qtbot.addWidget(dialog)
    assert "no record of the export (a CSV file" in dialog.summary.text()
    assert "1 changed" in dialog.summary.text()
    qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    from transition_planner.services import handovers

    assert next(h for h in handovers.list_handovers(ctx.handle)
                if h.id == ids["h_women"]).status == "agreed"


def test_file_menu_exports_the_3w_table(qtbot, demo_window, tmp_path, monkeypatch):
    from transition_planner.ui.dialogs import export_3w

    window = demo_window
    told = []

    def run(dialog):
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        choose(qtbot, dialog.audience, "donor")
        choose(qtbot, dialog.format, "xlsx")
        qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)
        return dialog.result()

    monkeypatch.setattr(export_3w.Export3WDialog, "exec", run)
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *_a, **_k: (str(tmp_path / "3w"), ""))
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: told.append(text))
    window.feature_actions["export_3w"].trigger()
    target = tmp_path / "3w.xlsx"
    assert target.is_file() and told and told[0].startswith("Wrote ")
    values = list(openpyxl.load_workbook(target).active.iter_rows(values_only=True))
    assert list(values[1]) == [c.hxl for c in THREEW_COLUMNS] and len(values) > 60
    assert f"{len(values) - 2} rows" in told[0]
