"""The collector pause: the collector is back on after it, and still finds the cycles."""

from __future__ import annotations

import gc
import weakref

from transition_planner.domain.collector import collector_paused


class _Node:
    pass


def test_a_cycle_made_during_the_pause_is_still_collected():
    with collector_paused():
        assert not gc.isenabled()
        node = _Node()
        node.self = node
        gone = weakref.ref(node)
        del node
    assert gc.isenabled() and gc.get_freeze_count() == 0
    gc.collect()
    assert gone() is None


def test_objects_frozen_by_someone_else_stay_frozen():
    gc.collect()
    gc.freeze()
    try:
        frozen = gc.get_freeze_count()
        with collector_paused():
            made = [(i,) for i in range(1000)]
        assert gc.isenabled() and gc.get_freeze_count() == frozen
        del made
    finally:
        gc.unfreeze()


def test_a_collector_left_off_stays_off():
    gc.disable()
    try:
        with collector_paused():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()
