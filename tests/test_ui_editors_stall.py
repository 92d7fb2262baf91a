"""The window's collector waits while a background read builds a big result (ui/heap.py)."""

from __future__ import annotations

import gc

from transition_planner.ui import heap
from transition_planner.ui.collector import DEFER_AT_MOST, MainThreadCollector


def test_no_collection_while_a_read_builds_its_result_and_one_after(qtbot):
    collector = MainThreadCollector()
    try:
        collector._timer.stop()  # ticked by hand below
        gc.collect()
        garbage = [[n] for n in range(5_000)]  # young objects, as a read allocates them
        heap.read_started(collector)
        try:
            young = gc.get_count()[0]
            assert young > collector.thresholds[0]
            assert collector.collect_due() == -1  # waits for the result
            assert gc.get_count()[0] >= young  # nothing was scanned
        finally:
            heap.read_ended(collector)
        assert not heap.reading()
        assert collector.collect_due() >= 0  # the read is over: collected at the next tick
        del garbage
    finally:
        collector.stop()


def test_a_lost_read_does_not_stop_collection_for_ever(qtbot):
    collector = MainThreadCollector()
    try:
        collector._timer.stop()
        heap.read_started(collector)  # a read whose end never comes (its page was closed)
        _young = [[n] for n in range(5_000)]
        results = [collector.collect_due() for _ in range(DEFER_AT_MOST + 1)]
        assert results[:DEFER_AT_MOST] == [-1] * DEFER_AT_MOST and results[-1] >= 0
    finally:
        heap.read_ended(collector)
        collector.stop()


def test_a_read_marks_itself_from_start_to_end(qtbot):
    from transition_planner.ui.models.loader import BackgroundLoader

    seen = []
    loader = BackgroundLoader(lambda subject: seen.append(heap.reading()) or subject)
    with qtbot.waitSignal(loader.sig_loaded, timeout=5000):
        loader.request("plan")
    assert seen == [True] and not heap.reading()


def test_the_timeline_of_a_big_plan_is_read_in_the_background(qtbot, demo_plan, monkeypatch):
    from transition_planner.services import handovers
    from transition_planner.ui.context import HANDOVER, PlanContext
    from transition_planner.ui.pages.timeline import TimelinePage

    monkeypatch.setattr(TimelinePage, "BIG", 1)  # the demo plan counts as big
    ctx = PlanContext()
    ctx.set_handle(demo_plan)
    page = TimelinePage(ctx)
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    qtbot.waitUntil(lambda: bool(page.view.items), timeout=20_000)
    late = [item for item in page.view.items if item.kind == "late"]
    assert len(late) == 1
    moved = next(h for h in handovers.list_handovers(demo_plan)
                 if h.start_date and h.start_date.isoformat() == "2026-10-14")
    handovers.update_handover(demo_plan, moved.id, {"start_date": "2026-07-01"})
    ctx.changed(HANDOVER)  # returns at once; the worker reads the plan again
    assert page.loader.busy()
    qtbot.waitUntil(lambda: not page.loader.busy(), timeout=20_000)
    assert [item for item in page.view.items if item.kind == "late"] == []
    assert "Every scheduled handover" in page.summary.text()
    page.wait_for_workers()


def test_a_reader_deleted_while_reading_is_forgotten(qtbot):
    import threading

    from PySide6.QtCore import QCoreApplication, QEvent

    from transition_planner.ui.models.loader import BackgroundLoader

    gate = threading.Event()
    loader = BackgroundLoader(lambda subject: gate.wait(5) and subject)
    loader.request("plan")
    assert heap.reading()
    loader.deleteLater()  # its page closed while it reads
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert not heap.reading()
    gate.set()
