"""Reads of the open plan that run off the GUI thread, one at a time, newest request wins."""

from __future__ import annotations

import logging
import traceback
from collections.abc import Callable

from PySide6.QtCore import QObject, QThreadPool, Signal

from transition_planner.ui import heap

LOG = logging.getLogger(__name__)


class _Relay(QObject):
    """Lives in the GUI thread, so a signal emitted from the worker is queued to it."""

    sig_done = Signal(object, int, bool, object)  # subject, generation, ok, result or message


class BackgroundLoader(QObject):
    """Runs `read(subject)` in a worker thread (subject: the open plan's handle, or a path to
    write a plan to); each read opens its own session, as every service does.

    Requests made while a read runs are folded into one more read when it ends, so a burst of
    edits costs at most two reads. Results of a plan that has been closed since are dropped.
    """

    sig_loaded = Signal(object)  # whatever read() returned
    sig_failed = Signal(str)  # the error's text (also logged)
    sig_busy = Signal(bool)

    def __init__(self, read: Callable, parent=None):
        super().__init__(parent)
        self._read = read
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._relay = _Relay(self)
        self._relay.sig_done.connect(self._on_done)
        self._subject = None
        self._generation = 0
        self._running = False
        self._pending = False
        # a reader deleted while it reads (its page closed) never ends it: say so for it
        key = id(self)
        self.destroyed.connect(lambda *_args: heap.forget(key))

    def request(self, subject) -> None:
        """Read `subject` again soon (None: forget it, drop what is under way)."""
        self._subject = subject
        self._generation += 1
        if subject is None:
            self._pending = False
            return
        if self._running:
            self._pending = True
            return
        self._start()

    def busy(self) -> bool:
        return self._running or self._pending

    def wait(self) -> None:
        """Block until the worker is idle (before the plan it reads is closed)."""
        self._pool.waitForDone()

    def _start(self) -> None:
        self._running, self._pending = True, False
        heap.read_started(self)  # the collector waits for its result (ui/heap.py)
        self.sig_busy.emit(True)
        subject, generation, read, relay = self._subject, self._generation, self._read, self._relay

        def job():
            try:
                result = read(subject)
            except Exception as exc:  # reported in the window, never lost
                LOG.error("Background read failed\n%s", traceback.format_exc())
                relay.sig_done.emit(subject, generation, False, f"{type(exc).__name__}: {exc}")
            else:
                relay.sig_done.emit(subject, generation, True, result)

        self._pool.start(job)

    def _on_done(self, subject, generation: int, ok: bool, result) -> None:
        self._running = False
        heap.read_ended(self)
        current = subject is self._subject
        if self._pending and self._subject is not None:
            self._start()
        else:
            self.sig_busy.emit(False)
        if not current:
            return  # another plan is open now, or none
        if ok:
            self.sig_loaded.emit(result)  # older than the pending read, but newer than shown
        else:
            self.sig_failed.emit(result)
