"""Recomputing the dashboard off the GUI thread: the plan opened anew in a worker thread."""

from __future__ import annotations

import logging
import traceback
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, QThreadPool, Signal

from transition_planner.services import dashboard
from transition_planner.ui import heap

LOG = logging.getLogger(__name__)


@dataclass(frozen=True)
class Request:
    """What to compute: which plan file, for whom, which scenario and which to compare."""

    path: Path
    user: str
    scenario_id: str | None
    compare_id: str | None
    lang: str
    where: tuple = ()  # the cliff chart's selection, as (key, values) pairs


def compute(request: Request, early=None) -> dashboard.DashboardData:
    """Open the plan anew in this thread (its own engine and sessions) and compute everything,
    the cliff chart's series for its current selection included (the reports cache them).
    `early(figures)` is called with the key figures as soon as the gap report exists: the
    numbers a planner waits for after an edit, before the charts' read models are built."""
    from transition_planner.services import gaps, plans

    handle = plans.open_plan(request.path, user=request.user)
    try:
        scenario_id = dashboard.dashboard_scenario(handle, request.scenario_id)
        report = gaps.compute(handle, scenario_id)
        if early is not None:
            accepted = (a.flag_key for a in dashboard.accepted_flags(handle))
            early(dashboard.key_figures(report, accepted))
        data = dashboard.load_dashboard(handle, scenario_id, request.compare_id,
                                        request.lang, report=report)
    finally:
        handle.file.engine.dispose()  # no checkpoint: the window's own handle owns the file
    where = dict(request.where)
    for report in (data.report, data.compare_report):
        if report is not None:
            dashboard.cliff_data(report, where)
    return data


class _Relay(QObject):
    """Lives in the GUI thread, so the worker's signal is queued to it."""

    sig_done = Signal(int, bool, object)  # generation, ok, data or message
    sig_figures = Signal(int, object)  # generation, KeyFigures (before the rest is ready)


class DashboardWorker(QObject):
    """Runs compute() in one worker thread; requests made meanwhile fold into one more run,
    and only the newest request's result is delivered."""

    sig_ready = Signal(object)  # DashboardData
    sig_figures = Signal(object)  # KeyFigures of the newest request, before its DashboardData
    sig_failed = Signal(str)
    sig_busy = Signal(bool)

    def __init__(self, parent=None):
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._relay = _Relay(self)
        self._relay.sig_done.connect(self._on_done)
        self._relay.sig_figures.connect(self._on_figures)
        self._request: Request | None = None
        self._generation = 0
        self._running = False
        self._pending = False
        # a reader deleted while it reads (its page closed) never ends it: say so for it
        key = id(self)
        self.destroyed.connect(lambda *_args: heap.forget(key))
        self.runs = 0  # computations started (a measure of coalescing, for tests)

    def request(self, request: Request) -> None:
        self._request = request
        self._generation += 1
        if self._running:
            self._pending = True
        else:
            self._start()

    def forget(self) -> None:
        """Drop the result of whatever runs now (another plan is open, or none)."""
        self._request = None
        self._generation += 1
        self._pending = False

    def busy(self) -> bool:
        return self._running or self._pending

    def wait(self) -> None:
        self._pool.waitForDone()

    def _start(self) -> None:
        self._running, self._pending = True, False
        heap.read_started(self)  # the collector waits for its result (ui/heap.py)
        self.runs += 1
        self.sig_busy.emit(True)
        request, generation, relay = self._request, self._generation, self._relay

        def early(figures):
            try:
                relay.sig_figures.emit(generation, figures)
            except RuntimeError:  # the page was closed meanwhile
                pass

        def job():
            try:
                result, ok = compute(request, early), True
            except Exception as exc:  # reported in the window, never lost
                LOG.error("Recomputing the dashboard failed\n%s", traceback.format_exc())
                result, ok = f"{type(exc).__name__}: {exc}", False
            try:
                relay.sig_done.emit(generation, ok, result)
            except RuntimeError:  # the page was closed meanwhile
                pass

        self._pool.start(job)

    def _on_figures(self, generation: int, figures) -> None:
        if generation == self._generation:  # not a request overtaken by a newer one
            self.sig_figures.emit(figures)

    def _on_done(self, generation: int, ok: bool, result) -> None:
        self._running = False
        heap.read_ended(self)
        if self._pending and self._request is not None:
            self._start()
        else:
            self.sig_busy.emit(False)
        if generation != self._generation:
            return  # a newer request is running or the plan changed
        if ok:
            self.sig_ready.emit(result)
        else:
            self.sig_failed.emit(result)

