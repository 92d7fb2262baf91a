"""File > Export report in the window: the options dialog, the build in a worker thread with its
own plan handle, cancelling, and errors shown in a message box."""

from __future__ import annotations

import re
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QDialogButtonBox,
    QFileDialog,
    QMessageBox,
    QPushButton,
)
from test_report_sample import build_sample_plan, pdf_pages

from transition_planner.reports import build as report_build
from transition_planner.ui.context import PlanContext
from transition_planner.ui.dialogs import export_report as ui

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def ctx(tmp_path, qtbot):
    context = PlanContext()
    context.handle = build_sample_plan(tmp_path / "sample.tplan")
    yield context
    context.handle.close()
    context.handle = None


@pytest.fixture
def messages(monkeypatch):
    told = []
    for kind in ("information", "warning"):
        monkeypatch.setattr(QMessageBox, kind,
                            lambda _p, title, text, _k=kind: told.append((_k, title, text)))
    return told


def fill_options_when_shown(audience: str, lang: str, locations: list[str]) -> None:
    """Choose in the options dialog once its exec() shows it, and press its OK button."""

    def drive():
        dialog = next((w for w in QApplication.topLevelWidgets()
                       if isinstance(w, ui.ReportOptionsDialog) and w.isVisible()), None)
        if dialog is None:
            QTimer.singleShot(20, drive)
            return
        dialog.audience.setCurrentIndex(dialog.audience.findData(audience))
        dialog.language.setCurrentIndex(dialog.language.findData(lang))
        for i in range(dialog.locations.count()):
            item = dialog.locations.item(i)
            if item.data(Qt.ItemDataRole.UserRole) in locations:
                item.setCheckState(Qt.CheckState.Checked)
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()

    QTimer.singleShot(0, drive)


def test_options_dialog_lists_locations_as_a_tree_and_returns_the_choices(ctx, qtbot):
    dialog = ui.ReportOptionsDialog(ui._location_rows(ctx.handle))
    qtbot.addWidget(dialog)
    shown = [dialog.locations.item(i).text() for i in range(dialog.locations.count())]
    assert shown[0] == "South Kivu" and set(shown[1:]) == {
        "    Uvira", "    Bukavu", "    Bunyakiri"}
    assert dialog.options() == ui.ReportOptions("donor", "en", [])
    assert "left out" in dialog.warning.text()
    dialog.audience.setCurrentIndex(dialog.audience.findData("internal"))
    assert "do not share it outside the mission" in dialog.warning.text()
    dialog.language.setCurrentIndex(dialog.language.findData("ar"))
    dialog.locations.item(shown.index("    Uvira")).setCheckState(Qt.CheckState.Checked)
    assert dialog.options() == ui.ReportOptions("internal", "ar", ["Uvira"])


def test_export_builds_the_report_in_a_worker_with_its_own_plan_handle(
        ctx, tmp_path, qtbot, monkeypatch, messages):
    target = tmp_path / "rapport interne"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    seen = {}
    real = report_build.build_report

    def watched(handle, *args, **kwargs):  # the real build, noting where it runs
        seen.update(thread=threading.current_thread(), handle=handle)
        return real(handle, *args, **kwargs)

    monkeypatch.setattr(report_build, "build_report", watched)
    fill_options_when_shown("internal", "fr", ["Uvira"])
    export = ui.export_report_interactive(ctx, None)
    assert export is not None
    with qtbot.waitSignal(export.sig_done, timeout=60_000) as done:
        pass
    result = done.args[0]
    out = tmp_path / "rapport interne.pdf"
    assert result.path == out and out.is_file()
    assert seen["thread"] is not threading.main_thread()
    assert seen["handle"] is not ctx.handle  # a session of its own, never the window's
    cover = re.sub(r"\s+", " ", pdf_pages(out)[0])
    assert "Lieux couverts Uvira" in cover and "Planificateurs de la mission (interne)" in cover
    assert messages == [("information", "Report saved",
                         f"The report was saved to {out} ({result.pages} pages).")]
    assert not export.thread.isRunning() and not export.progress.isVisible()


def test_cancelling_writes_nothing(ctx, tmp_path, qtbot, monkeypatch, messages):
    out = tmp_path / "r.pdf"
    export = ui.ReportExport(ctx, None, out, ui.ReportOptions())
    export.start()
    export.progress.findChild(QPushButton).click()  # the progress dialog's Cancel button
    with qtbot.waitSignal(export.sig_done, timeout=60_000) as done:
        pass
    assert done.args == [None]
    assert not out.exists() and list(tmp_path.glob("*.part")) == []
    assert messages == []


def test_a_failed_build_is_shown_in_a_message_box(ctx, tmp_path, qtbot, monkeypatch, messages):
    target = tmp_path / "gone" / "r.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    fill_options_when_shown("donor", "en", [])
    export = ui.export_report_interactive(ctx, None)
    with qtbot.waitSignal(export.sig_done, timeout=60_000) as done:
        pass
    assert done.args == [None]
    assert messages == [("warning", "The report could not be written",
                         f"The folder {target.parent} does not exist.")]


def test_changing_your_mind_or_no_plan_writes_nothing(ctx, qtbot, monkeypatch, messages):
    asked = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *a, **k: asked.append(a) or ("", ""))

    def cancel_options():
        dialog = next((w for w in QApplication.topLevelWidgets()
                       if isinstance(w, ui.ReportOptionsDialog) and w.isVisible()), None)
        if dialog is None:
            QTimer.singleShot(20, cancel_options)
            return
        dialog.reject()

    QTimer.singleShot(0, cancel_options)
    assert ui.export_report_interactive(ctx, None) is None
    assert asked == []  # no file dialog after Cancel
    fill_options_when_shown("donor", "en", [])
    assert ui.export_report_interactive(ctx, None) is None  # no file chosen
    assert len(asked) == 1
    empty = PlanContext()
    assert ui.export_report_interactive(empty, None) is None
    assert messages == [("information", "Export report", "Open a plan first.")]


@pytest.mark.xvfb
def test_screenshot_of_the_options_and_progress(tmp_path, x_display):
    """The options dialog and the progress dialog on a real X display, under screenshots/."""
    shots = ROOT / "screenshots"
    shots.mkdir(exist_ok=True)
    for name in ("report_options.png", "report_progress.png"):
        (shots / name).unlink(missing_ok=True)
    script = SCREENSHOT_SCRIPT.format(tmp=str(tmp_path), shots=str(shots))
    done = subprocess.run([sys.executable, "-c", script], env=x_display, cwd=ROOT / "tests",
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    from PySide6.QtGui import QImage

    options = QImage(str(shots / "report_options.png"))
    assert options.width() >= 400 and options.height() >= 250
    assert not QImage(str(shots / "report_progress.png")).isNull()


SCREENSHOT_SCRIPT = """
import sys
from pathlib import Path
sys.path.insert(0, str(Path.cwd().parent))
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication
app = QApplication([])
from test_report_sample import build_sample_plan
from transition_planner.ui.context import PlanContext
from transition_planner.ui.dialogs import export_report as ui
tmp, shots = Path({tmp!r}), Path({shots!r})
ctx = PlanContext()
ctx.handle = build_sample_plan(tmp / "shot.tplan")
dialog = ui.ReportOptionsDialog(ui._location_rows(ctx.handle))
dialog.language.setCurrentIndex(dialog.language.findData("fr"))
dialog.locations.item(1).setCheckState(Qt.CheckState.Checked)
dialog.show()
export = None
def options_shot():
    global export
    dialog.grab().save(str(shots / "report_options.png"))
    dialog.close()
    export = ui.ReportExport(ctx, None, tmp / "shot.pdf", dialog.options())
    export.progress.setMinimumDuration(0)
    export.progress.setValue(42)
    export.progress.show()
    QTimer.singleShot(500, progress_shot)
def progress_shot():
    export.progress.grab().save(str(shots / "report_progress.png"))
    export.progress.close()
    app.quit()
QTimer.singleShot(1200, options_shot)
app.exec()
ctx.handle.close()
"""


def test_the_windows_file_menu_exports_the_report_of_the_open_plan(
        qtbot, demo_path, tmp_path, monkeypatch, messages):
    from ui_helpers import settle

    from transition_planner.services.demo import SENSITIVE_STRINGS
    from transition_planner.ui.main_window import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    try:
        assert window.open_plan(demo_path)
        settle(qtbot, window.page("inventory"))
        target = tmp_path / "donors.pdf"
        monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
        fill_options_when_shown("donor", "en", [])
        window.feature_actions["export_report"].trigger()
        qtbot.waitUntil(lambda: bool(messages), timeout=60_000)
        assert messages[0][:2] == ("information", "Report saved")
        text = "\n".join(pdf_pages(target))
        assert "UNSMK · Protection transition report" in text
        assert [s for s in SENSITIVE_STRINGS if s in text] == []
    finally:
        window.close()
