"""Keep Python's cyclic collector from freezing the window on big plans.

A 10k-capacity plan's read models are millions of small objects. Each refresh after an edit
makes a new set as large as the one it replaces, which makes the collector scan every live
object (its oldest generation) while holding the interpreter lock: 0.3 to 1 s in which the
window neither paints nor takes keys. These objects hold no reference cycles and are freed by
reference counting, so once a result is shown they are moved out of the collector's sight
(gc.freeze). Cycles that become garbage later among frozen objects wait for the next thaw,
when the open plan changes (thaw(), from the window's context): thawing every few dozen
edits instead cost a full scan of 1.5 million objects, 600-700 ms, in the middle of editing,
for about 40 objects of cyclic garbage per edit (measured at 10k capacities).

While a background read builds such a result, every young collection would scan the part
built so far (100-250 ms each at 10k capacities, several per read): the window's collector
waits until the result is shown (`read_started`/`read_ended`, ui/collector.py), and settle()
then freezes it unscanned. settle() never collects itself: gc.get_count() counts allocations
less deallocations, so after a refresh that freed as many rows as it made it reads near zero
while the young generation holds the whole new result (120,000 objects for the funding lines
at 10k capacities: a "cheap" young collection there took 30-40 ms each time). Young cycles
frozen with it wait for the next thaw.
"""

from __future__ import annotations

import gc

_reading: set[int] = set()  # id() of the readers building a result now


def read_started(reader) -> None:
    """A background reader began building a result (in its worker thread)."""
    _reading.add(id(reader))


def read_ended(reader) -> None:
    _reading.discard(id(reader))


def forget(key: int) -> None:
    """A reader (its id()) was deleted while reading: its result will never come."""
    _reading.discard(key)


def reading() -> bool:
    """Whether a background read is building a result now."""
    return bool(_reading)


def settle() -> None:
    """Call after the window has taken in a big result (rows, a gap report)."""
    gc.freeze()


def thaw() -> None:
    """Call when the open plan changes: everything frozen is scanned once, so the cyclic
    garbage kept among it goes (the wait of opening or closing a plan covers the scan)."""
    gc.unfreeze()
    gc.collect()
