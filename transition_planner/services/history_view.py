"""The audit trail as readable rows (names instead of ids and codes), and undoing a restore."""

from __future__ import annotations

from datetime import datetime
from typing import NamedTuple

from sqlalchemy import select

from transition_planner.domain import taxonomy as tx
from transition_planner.services import audit, records
from transition_planner.services.plans import PlanHandle
from transition_planner.store.models import (
    TABLES,
    Actor,
    AuditEntry,
    Capacity,
    Handover,
    Location,
    ProtectionIndicator,
    Scenario,
)

# Columns holding a taxonomy code, by table ("*" for any table), so values read as labels.
CODED_FIELDS = {
    ("*", "category"): tx.CATEGORY,
    ("*", "actor_type"): tx.ACTOR_TYPE,
    ("*", "poc_tier"): tx.POC_TIER,
    ("*", "component"): tx.COMPONENT,
    ("*", "criticality"): tx.CRITICALITY,
    ("*", "modality"): tx.MODALITY,
    ("*", "role"): tx.HANDOVER_ROLE,
    ("*", "source_type"): tx.FUNDING_SOURCE,
    ("*", "level"): tx.LOCATION_LEVEL,
    ("*", "dimension"): tx.READINESS_DIMENSION,
    ("*", "confidence"): tx.CONFIDENCE,
    ("handover", "status"): tx.HANDOVER_STATUS,
    ("fundingline", "status"): tx.FUNDING_STATUS,
    ("milestone", "kind"): tx.MILESTONE_KIND,
}
# Columns holding the id of another record, with the table whose name replaces the id.
ID_FIELDS = {
    "location_id": "location", "parent_id": "location", "actor_id": "actor",
    "capacity_id": "capacity", "enabler_id": "capacity", "handover_id": "handover",
    "indicator_id": "protectionindicator", "active_scenario_id": "scenario",
    "record_id": "*",  # a comment's record: any table
}
DEFAULT_LIMIT = 5000
_BOOKKEEPING = {"id", "created_at", "updated_at", "version"}  # every table has them: not news


class FieldChange(NamedTuple):
    """One field of a record before and after, as text a person can read."""

    field: str
    old: str
    new: str


class HistoryRow(NamedTuple):
    """One entry of the audit trail."""

    id: str
    at: datetime  # UTC
    user: str
    action: str  # create | update | delete | restore
    record_type: str  # table name
    record_id: str
    record_label: str
    changes: tuple[FieldChange, ...]
    restorable: bool  # a deletion not restored yet
    restored_at: datetime | None
    tables: tuple[str, ...]  # tables a restore would bring rows back to


def history_rows(
    handle: PlanHandle,
    *,
    record_type: str | None = None,
    text: str = "",
    user: str | None = None,
    since: datetime | None = None,
    until: datetime | None = None,
    limit: int = DEFAULT_LIMIT,
    lang: str = "en",
) -> list[HistoryRow]:
    """Entries newest first, filtered by record type, user, time and a text in label or values.

    `limit` caps what is read from the file when there is no text to search for; with a text
    the whole filtered trail is searched and the first `limit` matches are kept.
    """
    entries = _entries(handle, record_type, user, since, until,
                       None if text.strip() else limit)
    names = _Names(handle)
    taxonomy = handle.taxonomy()
    needle = text.strip().casefold()
    out = []
    for e in entries:
        row = _row(e, names, taxonomy, lang)
        if needle and needle not in _searchable(row):
            continue
        out.append(row)
        if len(out) >= limit:
            break
    return out


class _Entry(NamedTuple):
    id: str
    at: datetime
    user: str
    action: str
    record_type: str
    record_id: str
    record_label: str
    changes: dict
    snapshot: dict | None
    restored_at: datetime | None


def _entries(handle, record_type, user, since, until, limit) -> list[_Entry]:
    """The filtered trail, newest first, as column tuples (thousands of ORM objects are slow)."""
    query = select(
        AuditEntry.id, AuditEntry.at, AuditEntry.user, AuditEntry.action,
        AuditEntry.record_type, AuditEntry.record_id, AuditEntry.record_label,
        AuditEntry.changes, AuditEntry.snapshot, AuditEntry.restored_at,
    ).order_by(AuditEntry.at.desc())
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
        return [_Entry(*row) for row in session.execute(query)]


def history_users(handle: PlanHandle) -> list[str]:
    """Everyone who appears in the audit trail, sorted."""
    with handle.read() as session:
        users = session.execute(select(AuditEntry.user).distinct()).scalars()
        return sorted((u for u in users if u), key=str.casefold)


class _Names:
    """Current names of the records other records point at, read per table when first needed."""

    QUERIES = {
        "location": select(Location.id, Location.name),
        "actor": select(Actor.id, Actor.name),
        "capacity": select(Capacity.id, Capacity.name),
        "protectionindicator": select(ProtectionIndicator.id, ProtectionIndicator.name),
        "scenario": select(Scenario.id, Scenario.name),
    }

    def __init__(self, handle: PlanHandle):
        self.handle = handle
        self.tables: dict[str, dict[str, str]] = {}

    def __getitem__(self, table: str) -> dict[str, str]:
        if table not in self.tables:
            self.tables[table] = self._read(table)
        return self.tables[table]

    def _read(self, table: str) -> dict[str, str]:
        with self.handle.read() as session:
            if table != "handover":
                return dict(session.execute(self.QUERIES[table]).all())
            pairs = session.execute(
                select(Handover.id, Handover.capacity_id, Handover.actor_id)).all()
        capacities, actors = self["capacity"], self["actor"]
        return {h_id: f"{capacities.get(cap_id, '?')} -> {actors.get(a_id, '?')}"
                for h_id, cap_id, a_id in pairs}

    def anywhere(self, record_id: str) -> str | None:
        for table in (*self.QUERIES, "handover"):
            if record_id in self[table]:
                return self[table][record_id]
        return None


def _row(e: _Entry, names: _Names, taxonomy, lang) -> HistoryRow:
    if e.action == records.DELETE and e.snapshot:
        rows = e.snapshot.get("rows", [])
        # What was deleted reads as changes to nothing; linked rows are summed up in `tables`.
        values = rows[0][1] if rows else {}
        changes = {k: [v, None] for k, v in values.items() if k not in _BOOKKEEPING}
        tables = tuple(dict.fromkeys(t for t, _ in rows))
    else:
        changes, tables = e.changes or {}, ()
    readable = []
    for field, (old, new) in changes.items():
        if old is None or new is None:  # added or deleted: only the fields that say something
            if (new if old is None else old) in ("", False, [], {}, None):
                continue
        readable.append(FieldChange(field, _text(e.record_type, field, old, names, taxonomy, lang),
                                    _text(e.record_type, field, new, names, taxonomy, lang)))
    restorable = e.action == records.DELETE and bool(e.snapshot) and e.restored_at is None
    return HistoryRow(e.id, e.at, e.user, e.action, e.record_type, e.record_id,
                      e.record_label, tuple(readable), restorable, e.restored_at, tables)


def _text(table: str, field: str, value, names, taxonomy, lang) -> str:
    """A stored value as a person reads it: names for ids, labels for codes, '' for nothing."""
    if value is None or value == "":
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, list):
        return ", ".join(_text(table, field, v, names, taxonomy, lang) for v in value)
    if isinstance(value, dict):
        return ", ".join(f"{k}: {v}" for k, v in value.items())
    if field in ID_FIELDS and isinstance(value, str):
        table = ID_FIELDS[field]
        if table == "*":
            return names.anywhere(value) or "(a deleted record)"
        return names[table].get(value, f"(deleted {table})")
    kind = CODED_FIELDS.get((table, field)) or CODED_FIELDS.get(("*", field))
    if kind and isinstance(value, str):
        return taxonomy.label(kind, value, lang)
    return str(value)


def _searchable(row: HistoryRow) -> str:
    parts = [row.record_label, row.user]
    for change in row.changes:
        parts += [change.old, change.new]
    return " ".join(parts).casefold()


def restore(handle: PlanHandle, audit_id: str) -> str:
    """Bring a deleted record back (with what was deleted with it); returns its id."""
    return audit.restore_deleted(handle, audit_id).record_id


def delete_restored(handle: PlanHandle, record_type: str, record_id: str) -> str:
    """Delete again a record a restore brought back (undoing the restore); returns the tombstone.

    Goes through records.delete like every delete service, so what belongs to the record goes
    with it and can be restored again.
    """
    with handle.action() as session:
        obj = records.get(session, TABLES[record_type], record_id, record_type)
        label = session.execute(
            select(AuditEntry.record_label).where(AuditEntry.record_id == record_id)
            .order_by(AuditEntry.at.desc()).limit(1)
        ).scalar_one_or_none()
        return records.delete(session, handle.user, obj, label or record_type)
