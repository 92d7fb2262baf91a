"""Keep Python's cyclic collector from freezing the window on big plans.

A 10k-capacity plan's read models are millions of small objects. Each refresh after an edit
makes a new set as large as the one it replaces, which makes the collector scan every live
object (its oldest generation) while holding the interpreter lock: 0.3 to 1 s in which the
window neither paints nor takes keys. These objects hold no reference cycles and are freed by
reference counting, so once a result is shown they are moved out of the collector's sight
(gc.freeze). Cycles that become garbage later among frozen objects wait for the next thaw,
every THAW_EVERY settles, which bounds what can pile up.
"""

from __future__ import annotations

import gc

THAW_EVERY = 40
_state = {"settles": 0}


def settle() -> None:
    """Call after the window has taken in a big result (rows, a gap report)."""
    _state["settles"] += 1
    if _state["settles"] % THAW_EVERY == 0:
        gc.unfreeze()  # the rare full scan, so frozen cyclic garbage is not kept forever
        return
    gc.collect(1)  # young cycles (widgets, closures) go now, cheaply, before freezing
    gc.freeze()
