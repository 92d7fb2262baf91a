"""The window collects Python's garbage cycles in its own thread, never in a worker's."""

from __future__ import annotations

import gc
import threading

from transition_planner.ui.collector import MainThreadCollector


class Cycle:
    def __init__(self):
        self.me = self


def test_cycles_made_by_a_worker_are_collected_by_the_window_thread(qtbot):
    collections = []

    def record(phase, info):
        if phase == "start":
            collections.append(threading.get_ident())

    collector = MainThreadCollector()
    gc.callbacks.append(record)
    try:
        assert not gc.isenabled()

        def worker():
            for _ in range(50_000):  # far past every threshold of the automatic collector
                Cycle()

        thread = threading.Thread(target=worker)
        thread.start()
        thread.join()
        assert collections == []  # the worker never collected
        assert gc.get_count()[0] > collector.thresholds[0]
        qtbot.waitUntil(lambda: bool(collections), timeout=5_000)  # the timer's next tick
        assert set(collections) == {threading.get_ident()}
    finally:
        gc.callbacks.remove(record)
        collector.stop()
    assert gc.isenabled()


def test_the_started_window_pins_collection_until_it_stops(qtbot, tmp_path):
    from transition_planner.ui.app import start_window

    app, window, hook = start_window()
    qtbot.addWidget(window)
    try:
        assert not gc.isenabled()
    finally:
        window.close()
        window.collector.stop()
        hook.uninstall()
    assert gc.isenabled()
