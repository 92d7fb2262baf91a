"""An installation that lacks a module (a bundle built without it) says so where a user looks
and in the log, instead of showing an empty page or dropping a menu entry; the command line
logs to the same folder; --version names the build; a plan handed over by the desktop (the
macOS file-open event) opens."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFileOpenEvent
from PySide6.QtWidgets import QApplication

from transition_planner import cli, settings
from transition_planner.logs import LOG_FILE_NAME
from transition_planner.ui import main_window, pages
from transition_planner.ui.pages import PageSpec, UnavailablePage

MISSING = "transition_planner.ui.pages.not_in_this_bundle"


def _log() -> str:
    path = settings.data_dir() / "logs" / LOG_FILE_NAME
    return path.read_text(encoding="utf-8") if path.exists() else ""


@pytest.fixture
def incomplete(monkeypatch):
    """A page and a File menu action whose modules this installation does not have."""
    monkeypatch.setattr(pages, "PAGES", (*pages.PAGES, PageSpec(
        "missing", "Missing page", "A page of a later version", MISSING, "MissingPage")))
    monkeypatch.setattr(main_window, "FEATURES", (
        *main_window.FEATURES[:2], ("export_report", MISSING, "export_report_interactive")))


def test_a_missing_page_shows_why_and_is_logged(qtbot, incomplete, demo_path):
    from transition_planner.ui.app import start_window

    app, window, hook = start_window(plan=demo_path)
    qtbot.addWidget(window)
    try:
        qtbot.waitUntil(lambda: window.ctx.handle is not None, timeout=30_000)
        assert f"Missing from this installation: {MISSING}" in _log()
        titles = [window.sidebar.item(i).text() for i in range(window.sidebar.count())]
        assert titles[-1] == "Missing page"  # listed, not hidden
        window.sidebar.setCurrentRow(len(titles) - 1)
        page = window.page("missing")
        assert isinstance(page, UnavailablePage) and page.isVisible()
        assert "cannot be shown: this installation is incomplete" in page.text()
        assert "ModuleNotFoundError" in page.text() and "transition-planner.log" in page.text()
        assert "The missing page cannot be loaded" in _log()

        action = window.feature_actions["export_report"]  # still in the File menu
        assert action.isEnabled()
        action.trigger()
        message = window.last_message
        assert message is not None and message.text().startswith("This action cannot run")
        assert f"Cannot load {MISSING}.export_report_interactive" in _log()
        assert main_window.missing_modules() == [MISSING]
    finally:
        window.close()
        window.collector.stop()
        hook.uninstall()


def test_the_self_test_names_what_is_missing(incomplete, capsys):
    assert cli.main(["self-test"]) == 1
    out = capsys.readouterr().out
    assert re.search(r"FAIL\s+pages and File menu: ModuleNotFoundError: .*not_in_this_bundle",
                     out)


def test_a_complete_checkout_passes_the_self_test(capsys):
    assert cli.main(["self-test"]) == 0
    out = capsys.readouterr().out
    assert "FAIL" not in out and "translations: built: ar, fr; core: ar, fr" in out


def test_the_command_line_logs_to_the_windows_log_folder(tmp_path, capsys):
    assert cli.main(["new", str(tmp_path / "p.tplan")]) == 0
    assert cli.main(["gaps", str(tmp_path / "missing.tplan")]) == 2
    log = _log()
    assert re.search(r"INFO transition_planner: Command line 0\.1\.0 \(source checkout\): "
                     r"new .*p\.tplan", log)
    assert re.search(r"WARNING transition_planner: gaps failed: .*missing\.tplan", log)


def test_version_names_the_build(capsys):
    with pytest.raises(SystemExit):
        cli.main(["--version"])
    assert capsys.readouterr().out == "transition-planner 0.1.0 (source checkout)\n"


def test_a_plan_handed_over_by_the_desktop_opens(qtbot, demo_path):
    from transition_planner.ui.app import start_window

    app, window, hook = start_window()
    qtbot.addWidget(window)
    try:
        assert not app.windowIcon().isNull()
        QCoreApplication.sendEvent(app, QFileOpenEvent(str(demo_path)))
        qtbot.waitUntil(lambda: window.ctx.handle is not None, timeout=30_000)
        assert window.ctx.handle.path == demo_path
        assert QApplication.instance().desktopFileName() == "transition-planner"
    finally:
        window.close()
        window.collector.stop()
        hook.uninstall()
