"""The open plan as the window sees it: the handle, the undo stack and change broadcasts."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from transition_planner.ui import heap

# Kinds of data a change can touch; views refresh only when a kind they show changed.
PLAN, LOCATION, ACTOR, CAPACITY, HANDOVER, READINESS, FUNDING, MILESTONE, COMMENT, TAXONOMY = (
    "plan", "location", "actor", "capacity", "handover", "readiness", "funding", "milestone",
    "comment", "taxonomy",
)
MONITORING = "monitoring"  # post-exit indicators and their values
ALL_KINDS = frozenset(
    {PLAN, LOCATION, ACTOR, CAPACITY, HANDOVER, READINESS, FUNDING, MILESTONE, COMMENT, TAXONOMY,
     MONITORING}
)


class PlanContext(QObject):
    """Holds the open plan; every page reads it and edits through `undo_stack`."""

    sig_plan_changed = Signal()  # another plan was opened, or the plan was closed
    sig_data_changed = Signal(object)  # frozenset of kinds that changed
    sig_error = Signal(str, str)  # title, message: something failed that the user must know
    sig_stale_edit = Signal(object)  # undo.StaleEdit: saved elsewhere since; reload or keep

    def __init__(self, parent=None):
        super().__init__(parent)
        self.handle = None  # services.plans.PlanHandle or None
        self.undo_stack = QUndoStack(self)

    def set_handle(self, handle) -> None:
        if self.handle is not None:
            from transition_planner.services import gaps_cache

            gaps_cache.forget()  # the reports kept to update after edits: not needed now
            self.handle.close()
        self.handle = handle
        heap.thaw()  # the cyclic garbage frozen while the last plan was open goes now
        self.undo_stack.clear()  # commands of another plan must not run on this one
        self.sig_plan_changed.emit()

    def changed(self, *kinds: str) -> None:
        self.sig_data_changed.emit(frozenset(kinds))
