"""The audit trail: who changed what, and restoring deleted records."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select

from transition_planner.services import records
from transition_planner.services.plans import PlanHandle
from transition_planner.store.models import AuditEntry

EXPORT = "export"  # the audit action of a matrix export (its record is the plan)


def history(
    handle: PlanHandle,
    *,
    record_id: str | None = None,
    record_type: str | None = None,
    user: str | None = None,
    since: datetime | None = None,
    until: datetime | None = None,
    limit: int | None = None,
) -> list[AuditEntry]:
    """Audit entries, newest first, filtered by record, user and time."""
    query = select(AuditEntry).order_by(AuditEntry.at.desc())
    if record_id:
        query = query.where(AuditEntry.record_id == record_id)
    if record_type:
        query = query.where(AuditEntry.record_type == record_type)
    if user:
        query = query.where(AuditEntry.user == user)
    if since:
        query = query.where(AuditEntry.at >= since)  # UTC ISO text sorts like time
    if until:
        query = query.where(AuditEntry.at <= until)
    if limit:
        query = query.limit(limit)
    with handle.read() as session:
        return list(session.execute(query).scalars())


def deleted_records(handle: PlanHandle) -> list[AuditEntry]:
    """Deletions that can still be restored."""
    with handle.read() as session:
        return list(session.execute(
            select(AuditEntry).where(AuditEntry.action == records.DELETE,
                                     AuditEntry.restored_at.is_(None))
            .order_by(AuditEntry.at.desc())
        ).scalars())


def restore_deleted(handle: PlanHandle, audit_id: str) -> AuditEntry:
    with handle.action() as session:
        entry = records.restore(session, handle.user, audit_id)
    handle._taxonomy = None  # a restored vocabulary term is in the lists again
    return entry


def last_export(handle: PlanHandle) -> AuditEntry | None:
    """The newest matrix export of the plan, as the audit trail recorded it."""
    with handle.read() as session:
        return session.execute(
            select(AuditEntry).where(AuditEntry.action == EXPORT)
            .order_by(AuditEntry.at.desc()).limit(1)
        ).scalar_one_or_none()
