"""The window part of `transition-planner self-test --window`: start the real window on a fresh
demo plan, show every page of the sidebar, list the File menu, optionally save a screenshot of
each page; what an incomplete bundle gets wrong shows here."""

from __future__ import annotations

import importlib
import time
from pathlib import Path

from PySide6.QtCore import QEventLoop, QObject, QTimer

PLAN_TIMEOUT_S = 120


def _settle(app, ms: int) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def _wait_until_idle(window, app, timeout_s: float = 60) -> None:
    """Let the pages' background reads finish and their results arrive."""
    _settle(app, 300)  # pages start some reads after a short delay
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        workers = [o for o in window.findChildren(QObject) if callable(getattr(o, "busy", None))]
        if not any(worker.busy() for worker in workers):
            break
        _settle(app, 50)
    _settle(app, 300)


def check_window(started: float, screenshots: Path | None = None,
                 plan: Path | None = None) -> dict:
    """Run the window as `transition-planner gui --demo` (or `gui PLAN`) does and report what
    it shows.
    `started` is the process's start on the time.time() clock, for the start-up figures."""
    from transition_planner.ui.app import start_window
    from transition_planner.ui.main_window import FEATURES
    from transition_planner.ui.pages import UnavailablePage

    app, window, hook = start_window(plan=plan, demo=plan is None)
    result: dict = {"problems": []}
    QTimer.singleShot(0, lambda: result.setdefault("window_shown_s", time.time() - started))
    loop = QEventLoop()
    window.sig_plan_opened.connect(lambda _path: loop.quit())
    QTimer.singleShot(PLAN_TIMEOUT_S * 1000, loop.quit)
    loop.exec()
    try:
        if window.ctx.handle is None:
            result["problems"].append(f"the plan did not open ({plan or 'demo'})")
            return result
        result["plan_opened_s"] = time.time() - started
        if getattr(window, "painted_at", None) is not None:  # before the plan was opened
            result["window_painted_s"] = window.painted_at - started
        result["icon"] = not app.windowIcon().pixmap(64, 64).isNull()
        if not result["icon"]:
            result["problems"].append("the window has no icon")
        result["pages"] = []
        for number, spec in enumerate(window.specs, start=1):
            page = window.show_page(spec.key)
            _wait_until_idle(window, app)
            built = page is not None and not isinstance(page, UnavailablePage)
            result["pages"].append({"key": spec.key, "title": spec.translated_title(),
                                    "class": type(page).__name__, "built": built})
            if not built:
                result["problems"].append(
                    f"page {spec.key}: {getattr(page, 'error', 'not shown')}")
            if screenshots is not None:
                screenshots.mkdir(parents=True, exist_ok=True)
                window.grab().save(str(screenshots / f"{number:02d}_{spec.key}.png"))
        file_menu = window.menuBar().actions()[0].menu()
        result["file_menu"] = [a.text().replace("&", "") for a in file_menu.actions()
                               if not a.isSeparator()]
        result["features"] = {key: key in window.feature_actions
                              and window.feature_actions[key].isEnabled()
                              for key, _module, _function in FEATURES}
        for key, present in result["features"].items():
            if not present:
                result["problems"].append(f"File menu: {key} is missing or disabled")
        for module, function in {(m, f) for _k, m, f in FEATURES}:
            try:
                getattr(importlib.import_module(module), function)
            except (ImportError, AttributeError) as exc:
                result["problems"].append(f"File menu: {module}.{function}: {exc}")
        for dialog in hook.dialogs:
            result["problems"].append(f"error shown: {dialog.summary.text()}")
        return result
    finally:
        window.close()
        hook.uninstall()
        app.processEvents()
