"""Start the window: `transition-planner gui` calls run()."""

from __future__ import annotations

import sys
import time
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from transition_planner import paths
from transition_planner.buildinfo import describe
from transition_planner.logs import LOG
from transition_planner.settings import Settings
from transition_planner.ui import theme, translations
from transition_planner.ui.collector import MainThreadCollector
from transition_planner.ui.errors import install_excepthook, open_log


class Application(QApplication):
    """The application: macOS hands a double-clicked plan over as an event, not argv; it goes
    to `open_file` (the window's open_plan). Its own event(), not an application-wide event
    filter: a filter in Python sees every event of every widget, and the first one it saw put
    the window's first paint 15 ms later."""

    open_file = None

    def event(self, event) -> bool:
        if event.type() == QEvent.Type.FileOpen and event.file() and self.open_file:
            self.open_file(event.file())
            return True
        return super().event(event)


def create_application(colour_scheme: str | None = None) -> QApplication:
    """The application, in the desktop's colour scheme; or in `colour_scheme` ("dark",
    "light") until follow_colour_scheme() reads the desktop's (after the first paint)."""
    app = QApplication.instance() or Application(sys.argv[:1])
    app.setApplicationName("Transition Planner")
    app.setOrganizationName("Transition Planner")
    app.setApplicationDisplayName("Transition Planner")
    app.setDesktopFileName("transition-planner")  # Wayland/X11 match the window to its entry
    app.setWindowIcon(QIcon(str(paths.APP_ICON)))
    if colour_scheme is None:
        theme.follow_system(app)
    else:
        theme.apply_scheme(app, colour_scheme)
    return app


def follow_colour_scheme(app: QApplication) -> None:
    """Follow the desktop's scheme from now on, and remember it for the next start."""
    remember_scheme(theme.follow_system(app, changed=remember_scheme))


def remember_scheme(scheme: str) -> None:
    settings = Settings.load()
    if settings.colour_scheme != scheme:
        settings.colour_scheme = scheme
        try:
            settings.save()
        except OSError as error:  # a read-only profile: the next start paints light first
            LOG.warning("Could not remember the colour scheme: %s", error)


class FileOpenFilter(QObject):
    """Application.event's work for an application made elsewhere (a test's)."""

    def __init__(self, window):
        super().__init__(window)
        self.window = window

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.FileOpen and event.file():
            self.window.open_plan(event.file())
            return True
        return super().eventFilter(watched, event)


class FirstPaint(QObject):
    """Runs `then` once the window has painted for the first time: opening the plan (the ORM's
    imports, reading it, building its first page) waits until the person sees the window.
    `window.painted_at` (time.time()) says when; a window that paints nothing for a while
    (started minimised) opens its plan anyway."""

    FALLBACK_MS = 1000

    def __init__(self, window, then):
        super().__init__(window)
        self.window, self.then = window, then
        window.painted_at = None
        window.installEventFilter(self)
        QTimer.singleShot(self.FALLBACK_MS, self, self._run)

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Paint and self.then is not None:
            self.window.painted_at = time.time()
            QTimer.singleShot(0, self, self._run)  # once this paint is on the screen
        return super().eventFilter(watched, event)

    def _run(self) -> None:
        then, self.then = self.then, None
        if then is not None:
            self.window.removeEventFilter(self)
            then()


def start_window(plan: str | Path | None = None, demo: bool = False):
    """Everything run() does before the event loop: show the main window's shell at once, then,
    once it has painted, complete the window and open the plan (the demo, `plan`, or the last
    one). Returns the application, window and the error hook (to uninstall)."""
    settings = Settings.load()
    language = settings.language
    app = create_application(settings.colour_scheme)
    translated = translations.apply_language(app, language)  # before the first word is built
    from transition_planner.ui.main_window import MainWindow

    window = MainWindow(shell_first=True)
    window.collector = MainThreadCollector(window)
    if isinstance(app, Application):
        app.open_file = window.open_plan
    else:
        app.installEventFilter(FileOpenFilter(window))
    # before the first paint, so that an error in it is logged (the hook opens the log file at
    # the first error) and shown
    hook = install_excepthook(lambda: window, after=window.refresh)
    if not demo and window.initial_plan(plan) is not None:
        window.central.setCurrentIndex(1)  # the sidebar paints first, its plan right after
    window.first_paint = FirstPaint(
        window, lambda: _after_first_paint(window, plan, demo, language, translated))
    window.show()
    return app, window, hook


def _after_first_paint(window, plan, demo: bool, language: str, translated: bool) -> None:
    """What the first paint went without: the start-up's log lines, the rest of the window (its
    pages, menus' actions), then the plan."""
    from transition_planner.ui.main_window import missing_modules

    follow_colour_scheme(QApplication.instance())
    open_log()  # (the command line leaves it to the window, after its first paint)
    LOG.info("Window %s starting", describe())
    for module in missing_modules():
        LOG.error("Missing from this installation: %s (its page or action shows an error)",
                  module)
    if not translated:
        LOG.warning("No translation built for %s; run scripts/setup.sh", language)
    window.open_initial_in_turn(plan, demo)


def run(plan: str | Path | None = None, demo: bool = False) -> int:
    app, _window, hook = start_window(plan, demo)
    try:
        return app.exec()
    finally:
        _window.collector.stop()
        hook.uninstall()
