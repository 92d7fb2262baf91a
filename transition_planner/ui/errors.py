"""Unexpected errors: logged to a file, shown with their details, and never fatal."""

from __future__ import annotations

import sys
import threading
import traceback
from collections.abc import Callable

from PySide6.QtWidgets import QApplication, QWidget

from transition_planner import i18n
from transition_planner.logs import LOG, setup_logging


def problem_text(message: str) -> str:
    """A service's message in the window's language when the core catalogue has it (the
    fixed messages of services/errors.py, and every message marked for the catalogue)."""
    if not message:
        return ""
    return i18n.current().gettext(message)


class ExceptionHook:
    """sys.excepthook of the window: log, show, carry on; `after` re-reads the plan."""

    def __init__(self, parent: Callable[[], QWidget | None], after: Callable[[], None] | None):
        self._parent, self._after = parent, after
        self._previous = sys.excepthook
        self._previous_thread_hook = threading.excepthook
        self._showing = False
        self.dialogs: list = []  # the ErrorDialogs shown

    def install(self) -> ExceptionHook:
        sys.excepthook = self
        threading.excepthook = self._thread_hook
        return self

    def uninstall(self) -> None:
        if sys.excepthook is self:
            sys.excepthook = self._previous
        threading.excepthook = self._previous_thread_hook

    def __call__(self, kind, value, tb) -> None:
        if issubclass(kind, KeyboardInterrupt):
            QApplication.quit()
            return
        details = "".join(traceback.format_exception(kind, value, tb))
        open_log()
        LOG.error("Unexpected error\n%s", details)
        if self._showing or QApplication.instance() is None:
            return  # an error while showing an error: the log has it
        self._showing = True
        try:
            # (its module when an error comes: its widgets' classes cost 2 ms to load, which
            # the window's first paint goes without)
            from transition_planner.ui.dialogs.error_dialog import ErrorDialog

            dialog = ErrorDialog(f"{kind.__name__}: {value}", details, self._parent())
            self.dialogs = [d for d in self.dialogs if d.isVisible()] + [dialog]
            dialog.show()  # not exec(): no nested event loop inside the hook
            if self._after is not None:
                self._after()
        except Exception:  # the hook itself must never raise
            LOG.exception("Could not show the error dialog")
        finally:
            self._showing = False

    def _thread_hook(self, args) -> None:
        details = "".join(
            traceback.format_exception(args.exc_type, args.exc_value, args.exc_traceback)
        )
        open_log()
        LOG.error("Unexpected error in a background thread\n%s", details)


def install_excepthook(parent: Callable[[], QWidget | None],
                       after: Callable[[], None] | None = None) -> ExceptionHook:
    """Install the window's exception hook (app.run does), logging to the user's data folder
    (the log file opened at the first error, if start-up has not opened it yet: not before
    the window's first paint); returns it for uninstall()."""
    return ExceptionHook(parent, after).install()


def open_log() -> None:
    """The log file open (a folder that cannot be written leaves only stderr's)."""
    try:
        setup_logging()
    except OSError:
        pass
