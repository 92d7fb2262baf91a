"""ui/heap.py: a shown result leaves the collector's sight; every THAW_EVERY-th settle thaws."""

from __future__ import annotations

import gc

from transition_planner.ui import heap


def test_settle_freezes_and_thaws_in_turn():
    gc.unfreeze()
    heap._state["settles"] = 0
    rows = [(i, str(i), (i,)) for i in range(10_000)]  # a result, as the window holds one
    heap.settle()
    assert gc.get_freeze_count() >= len(rows)
    for _ in range(heap.THAW_EVERY - 2):
        heap.settle()
    assert gc.get_freeze_count() > 0
    heap.settle()  # the THAW_EVERY-th
    assert gc.get_freeze_count() == 0
    del rows


def test_frozen_rows_are_still_freed_by_reference_counting():
    import weakref

    class Row:
        pass

    row = Row()
    ref = weakref.ref(row)
    heap._state["settles"] = 0
    heap.settle()
    del row
    assert ref() is None
    gc.unfreeze()
