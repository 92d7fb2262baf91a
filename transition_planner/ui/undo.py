"""Undoable edits: every change a user makes goes through a command on the undo stack."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from transition_planner.services import audit
from transition_planner.services.errors import Conflict, ServiceError


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


def do_update(ctx, text: str, update: Callable[..., object], old: dict, new: dict, *kinds,
              version: int | None = None):
    """Change fields of a record; undo puts the old values back.

    `version`: the record's version the window showed when the edit was made (`update` then
    takes it as `version=`). A record saved elsewhere since is refused with a Conflict, and the
    window is asked what to do through ctx.sig_stale_edit (StaleEdit); the undo stack is left
    as it was. Undo and redo write over what is there, as on a plan file.
    """
    try:
        result = update(new) if version is None else update(new, version=version)
    except Conflict as exc:
        if version is not None and exc.record_type:
            ctx.sig_stale_edit.emit(StaleEdit(ctx, text, update, old, new, kinds, exc))
        raise
    ctx.undo_stack.push(
        ServiceCommand(ctx, text, lambda: update(old), lambda: update(new), kinds)
    )
    return result


class StaleEdit:
    """An edit refused because someone saved the record since: reload theirs, or keep mine."""

    def __init__(self, ctx, text, update, old: dict, new: dict, kinds, conflict: Conflict):
        self.ctx, self.text, self.update = ctx, text, update
        self.old, self.new, self.kinds, self.conflict = old, new, kinds, conflict

    def theirs(self) -> dict:
        """Each field they changed, with its value now (the newest change's)."""
        values = {}
        for entry in self.conflict.changes:
            for name, (_before, after) in entry.changes.items():
                values[name] = after
        return values

    def deleted(self) -> bool:
        return self.conflict.current is None

    def reload(self) -> None:
        """Take theirs: the views read the record again (mine is dropped)."""
        self.ctx.changed(*self.kinds)

    def keep_mine(self):
        """Write my values over the new version; undo then puts theirs back."""
        theirs = self.theirs()
        before = {name: theirs.get(name, self.old.get(name)) for name in self.new
                  if name in self.old}
        new, update = self.new, self.update
        result = update(new, version=self.conflict.current)
        self.ctx.undo_stack.push(ServiceCommand(
            self.ctx, self.text, lambda: update(before), lambda: update(new), self.kinds))
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
