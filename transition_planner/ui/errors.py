"""Unexpected errors: logged to a file, shown with their details, and never fatal."""

from __future__ import annotations

import sys
import threading
import traceback
from collections.abc import Callable

from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from transition_planner import i18n
from transition_planner.logs import LOG, LOG_FILE_NAME, log_folder, setup_logging


def problem_text(message: str) -> str:
    """A service's message in the window's language when the core catalogue has it (the
    fixed messages of services/errors.py, and every message marked for the catalogue)."""
    if not message:
        return ""
    return i18n.current().gettext(message)


class ErrorDialog(QDialog):
    """An unexpected error: what happened in one line, the details, and a Copy button."""

    def __init__(self, summary: str, details: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Unexpected error"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "Something went wrong that Transition Planner did not expect. Your plan is as it "
            "was before this action: every change already made is saved. The details below "
            "were written to the log file {log}."
        ).format(log=log_folder() / LOG_FILE_NAME))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.summary = QLabel(summary)
        self.summary.setWordWrap(True)
        self.summary.setStyleSheet("font-weight: bold;")
        layout.addWidget(self.summary)
        self.details = QPlainTextEdit(details)
        self.details.setReadOnly(True)
        self.details.setAccessibleName(self.tr("Error details"))
        self.details.setMinimumHeight(180)
        layout.addWidget(self.details)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = QPushButton(self.tr("&Copy details"))
        self.copy_button.setToolTip(self.tr("Copy the details, e.g. to send them to support"))
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self.copy_details)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def copy_details(self) -> None:
        QApplication.clipboard().setText(f"{self.summary.text()}\n\n{self.details.toPlainText()}")


class ExceptionHook:
    """sys.excepthook of the window: log, show, carry on; `after` re-reads the plan."""

    def __init__(self, parent: Callable[[], QWidget | None], after: Callable[[], None] | None):
        self._parent, self._after = parent, after
        self._previous = sys.excepthook
        self._previous_thread_hook = threading.excepthook
        self._showing = False
        self.dialogs: list[ErrorDialog] = []

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
