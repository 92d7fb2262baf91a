"""Python's cyclic garbage collector, run only in the window's thread.

Left alone, the collector runs in whichever thread happens to allocate past its threshold:
often a worker thread writing the demo plan or computing the gaps. A collection there may
destroy windows, models and timers caught in reference cycles from the wrong thread, which
crashes Qt. The window therefore turns automatic collection off and collects from a timer
of its own thread, with the same thresholds the automatic collector uses.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

INTERVAL_MS = 500
DEFER_AT_MOST = 20  # ticks a collection waits for a background read (a lost read: 10 s)


class MainThreadCollector(QObject):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.thresholds = gc.get_threshold()
        self.deferred = 0
        self._timer = QTimer(self)
        self._timer.setInterval(INTERVAL_MS)
        self._timer.timeout.connect(self.collect_due)
        gc.disable()
        self._timer.start()

    def collect_due(self) -> int:
        """Collect the oldest generation whose count has passed its threshold; returns it, or
        -1 when nothing was due (or a background read is building a result: ui/heap.py)."""
        from transition_planner.ui import heap

        if heap.reading() and self.deferred < DEFER_AT_MOST:
            self.deferred += 1
            return -1
        self.deferred = 0
        counts = gc.get_count()
        for generation in (2, 1, 0):
            if counts[generation] > self.thresholds[generation]:
                gc.collect(generation)
                return generation
        return -1

    def stop(self) -> None:
        """Give collection back to Python (when the window's event loop has ended)."""
        self._timer.stop()
        gc.enable()
