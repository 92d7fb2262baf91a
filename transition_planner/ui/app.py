"""Start the window: `transition-planner gui` calls run()."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from transition_planner.settings import Settings
from transition_planner.ui import translations
from transition_planner.ui.errors import LOG, install_excepthook, setup_logging


def create_application() -> QApplication:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Transition Planner")
    app.setOrganizationName("Transition Planner")
    app.setApplicationDisplayName("Transition Planner")
    return app


def run(plan: str | Path | None = None, demo: bool = False) -> int:
    """Show the main window at once, then open the plan (the demo, `plan`, or the last one)."""
    app = create_application()
    setup_logging()
    language = Settings.load().language
    if not translations.apply_language(app, language):
        LOG.warning("No translation built for %s; run scripts/setup.sh", language)
    from transition_planner.ui.main_window import MainWindow

    window = MainWindow()
    hook = install_excepthook(lambda: window, after=window.refresh)
    window.show()
    QTimer.singleShot(0, lambda: window.open_initial(plan, demo))
    try:
        return app.exec()
    finally:
        hook.uninstall()
