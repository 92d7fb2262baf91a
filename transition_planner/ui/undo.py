"""Undoable edits: every change a user makes goes through a command on the undo stack."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from transition_planner.services import audit
from transition_planner.services.errors import ServiceError


class ServiceCommand(QUndoCommand):
    """An edit already done through a service, with how to undo and redo it.

    The action runs before the command is pushed, so a refused edit raises to the caller
    and never reaches the stack; QUndoStack.push() then calls redo() once, which we skip.
    """

    def __init__(self, ctx, text: str, undo: Callable, redo: Callable, kinds: tuple[str, ...]):
        super().__init__(text)
        self._ctx, self._undo, self._redo, self._kinds = ctx, undo, redo, kinds
        self._pushed = False

    def redo(self) -> None:
        if not self._pushed:
            self._pushed = True
            self._ctx.changed(*self._kinds)
            return
        self._run(self._redo)

    def undo(self) -> None:
        self._run(self._undo)

    def _run(self, action: Callable) -> None:
        try:
            action()
        except ServiceError as exc:  # e.g. someone deleted the record since: say so, stay calm
            self.setObsolete(True)
            self._ctx.sig_error.emit(self.text(), str(exc))
        self._ctx.changed(*self._kinds)


def do_create(ctx, text: str, create: Callable, delete: Callable[[str], str], *kinds: str):
    """Create a record; undo deletes it, redo restores it with the same id."""
    record = create()
    state = {}

    def undo():
        state["tombstone"] = delete(record.id)

    def redo():
        audit.restore_deleted(ctx.handle, state["tombstone"])

    ctx.undo_stack.push(ServiceCommand(ctx, text, undo, redo, kinds))
    return record


def do_update(ctx, text: str, update: Callable[[dict], object], old: dict, new: dict, *kinds):
    """Change fields of a record; undo puts the old values back."""
    result = update(new)
    ctx.undo_stack.push(
        ServiceCommand(ctx, text, lambda: update(old), lambda: update(new), kinds)
    )
    return result


def do_delete(ctx, text: str, delete: Callable[[], str], *kinds: str) -> str:
    """Delete a record; undo restores it (and what belonged to it) from its tombstone."""
    state = {"tombstone": delete()}

    def undo():
        audit.restore_deleted(ctx.handle, state["tombstone"])

    def redo():
        state["tombstone"] = delete()

    ctx.undo_stack.push(ServiceCommand(ctx, text, undo, redo, kinds))
    return state["tombstone"]
