"""Audited create, update, delete and restore of any record, shared by every service."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import Date, select
from sqlalchemy import delete as sa_delete
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm.exc import StaleDataError
from sqlmodel import Session, SQLModel

from transition_planner.i18n import N_
from transition_planner.services.errors import (
    ChangeBy,
    Conflict,
    NotAllowed,
    NotFound,
    ServiceError,
)
from transition_planner.store.models import TABLES, AuditEntry, Comment, metadata
from transition_planner.store.types import Money, UTCDateTime, utcnow

CREATE, UPDATE, DELETE, RESTORE = "create", "update", "delete", "restore"
# session.info key: when a caller puts a list there, every audit entry the session writes is
# noted in it as (action, table, record id, label, entry id, changes): an import's undo is
# built from them.
AUDIT_LOG = "audit_log"


def jsonable(value):
    """A column value as JSON (dates as ISO text, money as a decimal string)."""
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    return value


def row_values(obj: SQLModel) -> dict:
    """Every column of a record as JSON-ready values."""
    return {c.name: jsonable(getattr(obj, c.name)) for c in obj.__table__.columns}


def _from_json(table_name: str, values: dict) -> dict:
    """The inverse of row_values, using each column's type."""
    table = metadata.tables[table_name]
    out = {}
    for name, value in values.items():
        column_type = table.columns[name].type
        if value is not None and isinstance(column_type, UTCDateTime):
            value = datetime.fromisoformat(value)
        elif value is not None and isinstance(column_type, Date):
            value = date.fromisoformat(value)
        elif value is not None and isinstance(column_type, Money):
            value = Decimal(value)
        out[name] = value
    return out


def get(session: Session, model: type[SQLModel], record_id: str, what: str) -> SQLModel:
    obj = session.get(model, record_id)
    if obj is None:
        raise NotFound(N_("No %(what)s with id %(id)s in this plan (deleted by someone "
                          "else?)."), what=what, id=record_id)
    return obj


def _audit(session, user, action, obj_or_type, record_id, label, changes=None, **extra):
    table = obj_or_type if isinstance(obj_or_type, str) else obj_or_type.__tablename__
    entry = AuditEntry(
        user=user, action=action, record_type=table, record_id=record_id,
        record_label=label, changes=changes or {}, **extra,
    )
    session.add(entry)
    log = session.info.get(AUDIT_LOG)
    if log is not None:
        log.append((action, table, record_id, label, entry.id, entry.changes))
    return entry


def add(session: Session, user: str, obj: SQLModel, label: str, source: str = "") -> SQLModel:
    """Insert a new record and note it in the audit trail."""
    session.add(obj)
    session.flush()
    changes = {k: [None, v] for k, v in row_values(obj).items() if k not in _BOOKKEEPING}
    _audit(session, user, CREATE, obj, obj.id, label, changes, source=source,
           record_version=obj.version)
    return obj


_BOOKKEEPING = {"id", "created_at", "updated_at", "version"}


def update(
    session: Session, user: str, obj: SQLModel, values: dict, label: str, source: str = "",
    version: int | None = None,
) -> dict:
    """Apply `values` to a record; audit only the fields that really change.

    `version` is the version the edit was made on (None: the one just read); a record saved
    by someone else since is refused with a Conflict naming what they changed.
    """
    check_version(session, obj, version, label)
    changes = {}
    for key, new in values.items():
        old = getattr(obj, key)
        if old != new:
            changes[key] = [jsonable(old), jsonable(new)]
            setattr(obj, key, new)
    if changes:
        obj.updated_at = utcnow()
        session.add(obj)
        seen = obj.version
        try:
            session.flush()  # UPDATE ... WHERE version = seen
        except StaleDataError:
            session.rollback()
            refused = conflict(session, obj.__tablename__, obj.id, label, seen)
            if refused.current == seen:  # unchanged, yet not updated: row-level security
                raise NotAllowed(label) from None
            raise refused from None
        _audit(session, user, UPDATE, obj, obj.id, label, changes, source=source,
               record_version=obj.version)
    return changes


def check_version(session: Session, obj: SQLModel, version: int | None, label: str) -> None:
    if version is not None and obj.version != version:
        raise conflict(session, obj.__tablename__, obj.id, label, version)


def conflict(session: Session, table: str, record_id: str, label: str, seen: int) -> Conflict:
    """The Conflict of an edit made on version `seen`: the audit entries saved after it."""
    current = session.execute(
        select(TABLES[table].version).where(TABLES[table].id == record_id)
    ).scalar_one_or_none()
    entries = session.execute(
        select(AuditEntry.user, AuditEntry.at, AuditEntry.action, AuditEntry.changes)
        .where(AuditEntry.record_id == record_id,
               (AuditEntry.record_version > seen) | (AuditEntry.action == DELETE))
        .order_by(AuditEntry.at)
    ).all()
    return Conflict(table, record_id, label, seen, current,
                    [ChangeBy(e.user, e.at, e.action, dict(e.changes or {})) for e in entries])


def delete(session: Session, user: str, obj: SQLModel, label: str, source: str = "") -> str:
    """Delete a record and everything that belongs to it, keeping a restorable tombstone."""
    rows = deletion_rows(session, obj)
    model = type(obj)
    session.flush()
    # The database's ON DELETE CASCADE removes the dependants the snapshot holds;
    # comments hang on no foreign key, so they go by hand.
    comment_ids = [v["id"] for t, v in rows if t == "comment"]
    session.execute(sa_delete(Comment).where(Comment.id.in_(comment_ids)))
    session.execute(sa_delete(model).where(model.id == obj.id))
    session.expunge_all()  # objects of deleted rows must not be flushed again
    snapshot = {"rows": [[t, v] for t, v in rows]}
    entry = _audit(
        session, user, DELETE, obj.__tablename__, obj.id, label, snapshot=snapshot, source=source,
        record_version=rows[0][1]["version"],
    )
    return entry.id


def deletion_rows(session: Session, obj: SQLModel) -> list[tuple[str, dict]]:
    """(table, values) of the record and of everything deleting it would remove with it;
    ServiceError when something still in use stands in the way."""
    rows: list[tuple[str, dict]] = []
    _collect(session, obj.__tablename__, [row_values(obj)], rows)
    return rows


def _collect(session, table_name, parents: list[dict], rows: list) -> None:
    """Append `parents` and, depth first, every row that would go with them."""
    for values in parents:
        if any(v["id"] == values["id"] for _t, v in rows):
            continue  # reached twice, e.g. a funding line of both a capacity and its handover
        rows.append((table_name, values))
        for child_table, fk_column, ondelete in _referencing(table_name):
            model = TABLES[child_table]
            children = session.execute(
                select(model).where(getattr(model, fk_column) == values["id"])
            ).scalars().all()
            if not children:
                continue
            if ondelete == "RESTRICT":
                raise ServiceError(N_("It is still used by %(count)s %(table)s record(s); "
                                      "remove or move those first."),
                                   count=len(children), table=child_table)
            if ondelete == "CASCADE":
                _collect(session, child_table, [row_values(c) for c in children], rows)
        for comment in session.execute(
            select(Comment).where(Comment.record_id == values["id"])
        ).scalars():
            _collect(session, "comment", [row_values(comment)], rows)


def _referencing(table_name: str):
    """(table, column, ondelete) of every foreign key pointing at `table_name`."""
    for table in metadata.sorted_tables:
        for fk in table.foreign_keys:
            if fk.column.table.name == table_name:
                yield table.name, fk.parent.name, (fk.ondelete or "RESTRICT").upper()


def restore(session: Session, user: str, audit_id: str) -> AuditEntry:
    """Bring back what a delete removed, with the same ids."""
    entry = session.get(AuditEntry, audit_id)
    if entry is None or entry.action != DELETE or not entry.snapshot:
        raise NotFound(N_("That history entry is not a deletion that can be restored."))
    if entry.restored_at is not None:
        raise ServiceError(N_("'%(label)s' was already restored."), label=entry.record_label)
    skipped, label = 0, entry.record_label  # read now: a failed flush expires `entry`
    for table_name, values in entry.snapshot["rows"]:
        model = TABLES[table_name]
        if session.get(model, values["id"]) is not None:
            raise ServiceError(N_("'%(label)s' exists again; nothing to restore."),
                               label=entry.record_label)
        missing = _missing_target(session, table_name, values)
        if missing and values["id"] == entry.record_id:
            raise ServiceError(
                N_("'%(label)s' cannot come back: the %(missing)s it belongs to was deleted "
                   "since. Restore that first."), label=entry.record_label, missing=missing
            )
        if missing:
            skipped += 1  # e.g. a link to a capacity that was deleted since
            continue
        session.add(model(**_from_json(table_name, values)))
        try:
            session.flush()
        except IntegrityError:
            raise ServiceError(
                N_("'%(label)s' cannot come back: a record made since takes its place "
                   "(%(table)s). Delete that one first."), label=label,
                table=table_name.replace("_", " ")
            ) from None
    entry.restored_at = utcnow()
    session.add(entry)
    return _audit(
        session, user, RESTORE, entry.record_type, entry.record_id, entry.record_label,
        {"skipped_links": [None, skipped]} if skipped else {},
    )


def _missing_target(session, table_name: str, values: dict) -> str | None:
    """The table a row points to where the row it points to is gone, if any."""
    for fk in metadata.tables[table_name].foreign_keys:
        target = values.get(fk.parent.name)
        if target is not None and session.get(TABLES[fk.column.table.name], target) is None:
            return fk.column.table.name
    return None
