"""Undo and redo an applied matrix import: every record it added, changed or deleted.

apply_import notes, in order, each audit entry its transaction wrote (records.AUDIT_LOG) and
each handover status change it recorded; undoing walks them backwards in one transaction,
redoing forwards. Undo and redo are edits like any other: audited, versions move on.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import delete

from transition_planner.i18n import N_
from transition_planner.services import records
from transition_planner.services.errors import ServiceError
from transition_planner.services.plans import PlanHandle
from transition_planner.store.models import TABLES

NOTE = "note"  # a handover status change the import recorded (not an audited record)


@dataclass
class Step:
    """One record the import touched, and what undoing or redoing it needs."""

    action: str  # records.CREATE, UPDATE, DELETE, or NOTE
    table: str
    record_id: str
    label: str = ""
    changes: dict = field(default_factory=dict)  # UPDATE: field -> [old, new], as JSON
    tombstone: str = ""  # DELETE: the audit entry to restore from; CREATE: after an undo
    values: dict = field(default_factory=dict)  # NOTE: the status change's row


@dataclass
class ImportChanges:
    """What one applied import did, in the order it did it."""

    source: str
    steps: list[Step] = field(default_factory=list)

    def counts(self) -> dict[str, int]:
        out: dict[str, int] = {}
        for step in self.steps:
            out[step.action] = out.get(step.action, 0) + 1
        return out


def steps_from_log(log: list[tuple]) -> list[Step]:
    """Steps from the (action, table, record id, label, entry id, changes) an import's
    session noted (records.AUDIT_LOG), and the status changes it recorded (NOTE)."""
    steps = []
    for action, table, record_id, label, entry_id, changes in log:
        if action == NOTE:
            steps.append(Step(NOTE, table, record_id, values=changes))
        elif action == records.UPDATE:
            steps.append(Step(action, table, record_id, label, changes=dict(changes)))
        elif action in (records.CREATE, records.DELETE):
            steps.append(Step(action, table, record_id, label,
                              tombstone=entry_id if action == records.DELETE else ""))
    return steps


class ChangedSince(ServiceError):
    """A record the import touched was changed since: undoing or redoing would overwrite it."""

    def __init__(self, label: str, field_name: str):
        super().__init__(N_("'%(label)s' was changed after the import (%(field)s): the import "
                            "cannot be undone or redone over that change. Nothing was changed."),
                         label=label, field=field_name)


def undo_import(handle: PlanHandle, changes: ImportChanges) -> None:
    """Put back every record as it was before the import (one transaction)."""
    _run(handle, changes, list(reversed(changes.steps)), undo=True)


def redo_import(handle: PlanHandle, changes: ImportChanges) -> None:
    """Apply the import's changes again, after an undo (one transaction)."""
    _run(handle, changes, changes.steps, undo=False)


def _run(handle: PlanHandle, changes: ImportChanges, steps: list[Step], undo: bool) -> None:
    tombstones: dict[int, str] = {}  # kept only once the transaction has committed
    with handle.action() as session:
        for step in steps:
            tombstone = _step(handle, session, changes.source, step, undo)
            if tombstone:
                tombstones[id(step)] = tombstone
    for step in steps:
        if id(step) in tombstones:
            step.tombstone = tombstones[id(step)]
    handle._taxonomy = None


def _step(handle, session, source: str, step: Step, undo: bool) -> str:
    """Undo or redo one step; the new tombstone when it deleted the record."""
    model = TABLES[step.table]
    removes = (step.action == records.CREATE) == undo  # undo a creation, redo a deletion
    if step.action == NOTE:
        if undo:
            session.execute(delete(model).where(model.id == step.record_id))
        else:
            session.add(model(**records._from_json(step.table, step.values)))
            session.flush()
        return ""
    if step.action == records.UPDATE:
        before, after = (1, 0) if undo else (0, 1)
        obj = records.get(session, model, step.record_id, step.table)
        expected = records._from_json(step.table, {k: v[before] for k, v in step.changes.items()})
        for name, value in expected.items():
            if getattr(obj, name) != value:
                raise ChangedSince(step.label, name)
        values = records._from_json(step.table, {k: v[after] for k, v in step.changes.items()})
        records.update(session, handle.user, obj, values, step.label, source)
        return ""
    if removes:
        obj = records.get(session, model, step.record_id, step.table)
        return records.delete(session, handle.user, obj, step.label, source)
    records.restore(session, handle.user, step.tombstone)
    return ""
