"""ui/heap.py: a shown result leaves the collector's sight; a plan opened or closed thaws."""

from __future__ import annotations

import gc

from transition_planner.ui import heap


def test_settle_freezes_and_only_a_plan_change_thaws(demo_plan):
    """Editing never thaws (a thaw's full scan took 600-700 ms at 10k capacities); opening
    or closing a plan does, and the cyclic garbage frozen meanwhile goes then."""
    import weakref

    from transition_planner.ui.context import PlanContext

    class Node:
        pass

    gc.unfreeze()
    rows = [(i, str(i), (i,)) for i in range(10_000)]  # a result, as the window holds one
    heap.settle()
    assert gc.get_freeze_count() >= len(rows)
    cycle = Node()
    cycle.me = cycle  # garbage once dropped, which only the collector can free
    ref = weakref.ref(cycle)
    for _ in range(100):  # a long session of edits: every result is frozen, nothing thawed
        heap.settle()
    del cycle
    assert gc.get_freeze_count() > 0 and ref() is not None  # kept frozen meanwhile
    context = PlanContext()
    context.set_handle(demo_plan)  # a plan opened
    assert gc.get_freeze_count() == 0 and ref() is None
    del rows


def test_frozen_rows_are_still_freed_by_reference_counting():
    import weakref

    class Row:
        pass

    row = Row()
    ref = weakref.ref(row)
    heap.settle()
    del row
    assert ref() is None
    gc.unfreeze()


def test_settle_after_a_refresh_scans_nothing():
    """A refresh frees the old rows as it makes the new ones, so gc.get_count() reads near
    zero while the young generation holds the whole new result: settle() must not collect
    there (it did: a young collection of 120,000 rows on every edit at 10k capacities)."""
    gc.unfreeze()
    old = [(i, str(i), (i,)) for i in range(20_000)]
    gc.collect()  # the shown rows are old; what follows is one refresh
    new = [(i, str(i), (i,)) for i in range(20_000)]
    del old
    assert gc.get_count()[0] < 1_000  # what the count sees: next to nothing
    collections = []

    def record(phase, info):
        if phase == "start":
            collections.append(info["generation"])

    gc.callbacks.append(record)
    try:
        heap.settle()
    finally:
        gc.callbacks.remove(record)
    assert collections == []
    assert gc.get_freeze_count() >= len(new)  # the new rows left the collector's sight
    gc.unfreeze()
    del new
