"""Field copies of a team plan: `checkout` into a .tplan, work offline, `sync` back.

A checkout copies the plan (or the places of one field office, with what sits there) and keeps,
in the file, every record as the server had it: the base. A sync merges, record by record and
field by field, the server now ("ours": the plan that receives) and the file now ("theirs",
like a partner's workbook) against that base with the matrix import's rule
(exchange.merge.merge_value), shows conflicts for a person to choose, then writes the server
in one transaction and the file in another. Records keep their ids everywhere, so a sync cut
off halfway (a killed process, a lost connection) and run again finds the changes already on
the server to be the same on both sides: nothing is written twice and nothing is lost.
"""

from __future__ import annotations

import json
from collections import defaultdict
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import delete, insert, select, update

from transition_planner.exchange.merge import (
    ADDED,
    CHANGED,
    DELETED,
    OURS,
    THEIRS,
    RowChange,
    merge_fields,
)
from transition_planner.services import records
from transition_planner.services.errors import ServiceError
from transition_planner.services.plans import PlanHandle, open_plan
from transition_planner.store import planfile, server
from transition_planner.store.models import TABLES, Checkout, Location, SyncBase, new_id
from transition_planner.store.transfer import copy_rows, parents_first, plan_tables
from transition_planner.store.types import utcnow

SKIPPED = {"id", "created_at", "updated_at", "version"}  # bookkeeping, never merged
# The audit trail is copied out with a checkout but never merged: each side keeps its own, and
# the server's records what a sync wrote.
UNMERGED = {"auditentry"}
DELETED_ON_SERVER = "deleted on the server since the checkout, but edited in this file"
EDITED_ON_SERVER = "deleted in this file, but edited on the server since the checkout"


class SyncError(ServiceError):
    """A sync cannot start or finish; the message says why. Nothing was half written."""


class ServerChangedMeanwhile(SyncError):
    """The server changed between the review and the sync: the choices may not fit any more."""

    def __init__(self):
        super().__init__("The team plan changed on the server while you were reviewing the "
                         "sync; nothing was synced. Review it again.")


class UnresolvedConflicts(SyncError):
    """The sync needs a person to choose; `preview` holds what to choose between."""

    def __init__(self, preview: SyncPreview):
        self.preview = preview
        super().__init__(f"{len(preview.conflict_keys())} conflict(s) need a choice: keep the "
                         "server's value or this file's for each. Nothing was synced.")


@dataclass
class SyncPreview:
    """What a sync would do: changes for the server, and what comes back into the file."""

    server: str
    rows: list[RowChange]  # changes the file sends, conflicts included
    pulled: int  # records the server changed that come into the file
    keys: dict = field(default_factory=dict, repr=False)  # row id -> (table, record id)

    def conflicts(self) -> list[RowChange]:
        return [r for r in self.rows if r.has_conflict]

    def conflict_keys(self) -> list[str]:
        return [k for r in self.rows for k in r.conflict_keys()]


# --- what a checkout holds -------------------------------------------------------------------


def _jsonable(table: str, row: dict) -> dict:
    return {k: records.jsonable(v) for k, v in row.items()}


def _places_of(locations: list[dict], roots: list[str]) -> set[str]:
    """The roots, every place inside them, and their ancestors (for the tree to show)."""
    children = defaultdict(list)
    parent = {}
    for loc in locations:
        children[loc["parent_id"]].append(loc["id"])
        parent[loc["id"]] = loc["parent_id"]
    inside, todo = set(), list(roots)
    while todo:
        loc_id = todo.pop()
        if loc_id not in inside:
            inside.add(loc_id)
            todo += children.get(loc_id, [])
    for root in roots:
        up = parent.get(root)
        while up and up not in inside:
            inside.add(up)
            up = parent.get(up)
    return inside


def _in_scope(rows: dict[str, list[dict]], location_ids: list[str]) -> dict[str, list[dict]]:
    """The rows of a field office's places (all rows when `location_ids` is empty)."""
    if not location_ids:
        return rows
    places = _places_of(rows["location"], location_ids)
    kept: dict[str, set] = defaultdict(set)

    def keep(table, predicate):
        out = [r for r in rows[table] if predicate(r)]
        kept[table] = {r["id"] for r in out}
        return out

    scoped = {}
    scoped["location"] = keep("location", lambda r: r["id"] in places)
    scoped["capacity"] = keep("capacity", lambda r: r["location_id"] in places)
    caps = kept["capacity"]
    scoped["handover"] = keep("handover", lambda r: r["capacity_id"] in caps)
    hos = kept["handover"]
    for table in ("readinessscore", "handoverstatuschange"):
        scoped[table] = keep(table, lambda r: r["handover_id"] in hos)
    scoped["fundingline"] = keep("fundingline", lambda r: r["capacity_id"] in caps)
    scoped["capacityenabler"] = keep(
        "capacityenabler", lambda r: r["capacity_id"] in caps and r["enabler_id"] in caps)
    scoped["actorpresence"] = keep("actorpresence", lambda r: r["location_id"] in places)
    scoped["scenarioclosure"] = keep("scenarioclosure", lambda r: r["location_id"] in places)
    scoped["milestone"] = keep("milestone",
                               lambda r: r["location_id"] is None or r["location_id"] in places)
    scoped["protectionindicator"] = keep("protectionindicator",
                                         lambda r: r["location_id"] in places)
    inds = kept["protectionindicator"]
    scoped["indicatorvalue"] = keep("indicatorvalue", lambda r: r["indicator_id"] in inds)
    everything = set().union(*kept.values())
    scoped["comment"] = keep("comment", lambda r: r["record_id"] in everything
                             or r["record_type"] in ("plan", "actor"))
    scoped["auditentry"] = [r for r in rows["auditentry"] if r["record_id"] in everything]
    for table, table_rows in rows.items():
        scoped.setdefault(table, table_rows)  # plan, scenarios, vocabulary, actors, accepted risks
    return scoped


# What the merge needs of every record to find those that changed and the field office's
# scope: its id, version, the keys _in_scope follows and NATURAL_KEYS' fields. Whole rows are
# read only for the records that changed (reading and converting every value of a 10k plan
# on both sides was most of a sync's time).
LIGHT = {"id", "version", "parent_id", "location_id", "capacity_id", "handover_id",
         "enabler_id", "indicator_id", "record_id", "record_type", "dimension"}


def _read_light(conn) -> dict[str, list[dict]]:
    """Plain text and numbers (no column type converts them): read with the driver's own
    cursor, without SQLAlchemy's rows."""
    out = {"auditentry": []}  # never merged
    quote = conn.dialect.identifier_preparer.quote
    for table in plan_tables():
        if table.name not in UNMERGED:
            names = [c.name for c in table.columns if c.name in LIGHT]
            rows = conn.exec_driver_sql(
                f"SELECT {', '.join(map(quote, names))} FROM {quote(table.name)}").fetchall()
            out[table.name] = [dict(zip(names, row, strict=True)) for row in rows]
    return out


def _read_rows(conn, keys) -> dict:
    """The whole rows of the records `keys` ((table, id) pairs), by key."""
    wanted = defaultdict(list)
    for table_name, record_id in keys:
        wanted[table_name].append(record_id)
    found = {}
    for table_name, ids in wanted.items():
        table = TABLES[table_name].__table__
        for start in range(0, len(ids), 1000):
            for r in conn.execute(select(table).where(table.c.id.in_(ids[start:start + 1000]))):
                found[(table_name, r.id)] = dict(r._mapping)
    return found


def _read_all(conn) -> dict[str, list[dict]]:
    return {t.name: [dict(r._mapping) for r in conn.execute(select(t))] for t in plan_tables()}


# --- checkout --------------------------------------------------------------------------------


def checkout(address: str, path: str | Path, *, locations: list[str] = (),
             user: str | None = None, password: str | None = None) -> dict[str, int]:
    """Copy the team plan (or the places named, by name or P-code) into a new plan file."""
    source = open_plan(address, user, password)
    try:
        with source.file.engine.connect() as conn:
            everything = _read_all(conn)
        location_ids = _location_ids(everything["location"], locations)
        scoped = _in_scope(everything, location_ids)
        plan_id = everything["plan"][0]["id"]
        target = planfile.create_plan_file(path)
        try:
            with target.engine.begin() as conn:
                counts = copy_rows(_Rows(scoped), conn)
                conn.execute(insert(Checkout.__table__), [{
                    "id": new_id(),
                    "server": source.address, "plan_id": plan_id, "location_ids": location_ids,
                    "checked_out_at": utcnow(), "checked_out_by": source.user}])
                _write_base(conn, scoped)
        except BaseException:
            target.engine.dispose()
            Path(path).unlink(missing_ok=True)
            raise
        target.close()
        return counts
    finally:
        source.close()


class _Rows:
    """Rows already read, in the shape copy_rows reads a connection."""

    def __init__(self, rows: dict[str, list[dict]]):
        self.rows = rows

    def execute(self, query):
        table = query.get_final_froms()[0]
        return [_Row(r) for r in self.rows.get(table.name, [])]


class _Row:
    __slots__ = ("_mapping",)

    def __init__(self, mapping):
        self._mapping = mapping


def _location_ids(locations: list[dict], wanted: list[str]) -> list[str]:
    ids = []
    for name in wanted:
        found = [loc["id"] for loc in locations
                 if name.casefold() in (loc["name"].casefold(), (loc["pcode"] or "").casefold())]
        if len(found) != 1:
            raise SyncError(f"{'No' if not found else 'More than one'} place of the plan is "
                            f"called '{name}' (give its name or P-code).")
        ids += found
    return ids


def _write_base(conn, rows: dict[str, list[dict]]) -> None:
    """Every record as the server has it, into the file (a plan file: SQLite). The JSON is
    written as SQLAlchemy's JSON column would, values as records.jsonable words them, in one
    prepared INSERT: through the ORM types it was half of a 10k checkout."""
    conn.execute(delete(SyncBase.__table__))
    dumps = json.JSONEncoder(default=records.jsonable).encode
    conn.exec_driver_sql(
        'INSERT INTO syncbase (id, record_type, record_id, version, "values") '
        "VALUES (?, ?, ?, ?, ?)",
        [(new_id(), table, row["id"], row["version"], dumps(row))
         for table, table_rows in rows.items() if table not in UNMERGED
         for row in table_rows])


# --- sync ------------------------------------------------------------------------------------


@dataclass
class _State:
    """The three versions of every record in the sync's scope, by (table, id)."""

    base: dict  # key -> version
    ours: dict  # key -> server row
    theirs: dict  # key -> file row
    checkout: dict
    local: object  # the file's engine, for the base values the merge needs
    pulled: set = field(default_factory=set)  # keys whose server row comes into the file
    keys: dict = field(default_factory=dict)  # row change id -> key
    replaced: set = field(default_factory=set)  # file rows the server's same record replaces

    def base_values(self, key) -> dict:
        """A record's values at checkout (read when needed: most records changed on one side
        only, or not at all, and decoding every base would cost more than the whole merge)."""
        with self.local.connect() as conn:
            return conn.execute(select(SyncBase.values).where(
                SyncBase.record_type == key[0], SyncBase.record_id == key[1])).scalar_one()


def _load(local: PlanHandle, remote: PlanHandle) -> _State:
    with local.file.engine.connect() as conn:
        checkout_row = dict(conn.execute(select(Checkout.__table__)).mappings().one())
        base = {(t, i): v for t, i, v in conn.exec_driver_sql(
            "SELECT record_type, record_id, version FROM syncbase").fetchall()}
        theirs = {(t, r["id"]): r for t, rs in _read_light(conn).items() for r in rs}
        theirs.update(_read_rows(conn, [k for k, r in theirs.items()
                                        if base.get(k) != r["version"]]))
    with remote.file.engine.connect() as conn:
        everything = _read_light(conn)
    if everything["plan"][0]["id"] != checkout_row["plan_id"]:
        raise SyncError("The server holds another plan than the one this file was checked out "
                        "from.")
    scoped = _in_scope(everything, checkout_row["location_ids"])
    ours = {(t, r["id"]): r for t, rs in scoped.items() if t not in UNMERGED for r in rs}
    if checkout_row["location_ids"]:  # a record of the base that left the scope still counts
        for t, rs in everything.items():
            for r in rs:
                if (t, r["id"]) in base:
                    ours.setdefault((t, r["id"]), r)
    state = _State(base, ours, theirs, checkout_row, local.file.engine)
    _match_by_natural_key(state)
    # The server's whole rows the merge compares or names: those changed in the file too,
    # and those the file deleted.
    needed = [k for k, r in state.theirs.items() if k in ours and base.get(k) != r["version"]]
    needed += [k for k in base if k not in state.theirs and k in ours]
    with remote.file.engine.connect() as conn:
        ours.update(_read_rows(conn, needed))
    return state


# A record that is one per something, whatever its id: a readiness score is one per handover
# and dimension (uq_readiness). Given on both sides while apart, it is one record, not two.
NATURAL_KEYS = {"readinessscore": ("handover_id", "dimension")}


def _match_by_natural_key(state: _State) -> None:
    """A new record of the file that is the server's new record under another id takes the
    server's id: the merge then compares their values, and the file's row is replaced."""
    for table, fields in NATURAL_KEYS.items():
        on_server = {tuple(r[f] for f in fields): key for key, r in state.ours.items()
                     if key[0] == table and key not in state.theirs}
        for key in [k for k in state.theirs if k[0] == table and k not in state.ours
                    and k not in state.base]:
            row = state.theirs[key]
            server_key = on_server.pop(tuple(row[f] for f in fields), None)
            if server_key is None or server_key in state.base:
                continue
            state.theirs[server_key] = {**row, "id": server_key[1]}
            del state.theirs[key]
            state.replaced.add(key)


# The tables as the audit trail and the command line name them (the window words them itself)
_NOUNS = {"fundingline": "funding line", "readinessscore": "readiness score",
          "actorpresence": "presence", "handoverstatuschange": "status change",
          "capacityenabler": "enabler link", "protectionindicator": "indicator",
          "indicatorvalue": "indicator value", "taxonomyterm": "list term",
          "flagacceptance": "accepted flag"}


def _name(values: dict) -> str:
    for name in ("name", "title", "dimension", "body", "to_status", "label"):
        if values.get(name):
            return str(values[name])[:60]
    return ""


def _label(table: str, values: dict) -> str:
    noun, name = _NOUNS.get(table, table), _name(values)
    return f"{noun} '{name}'" if name else noun


def _changed_keys(state: _State) -> set:
    """The records not at their base version on both sides: the only ones a merge can send,
    bring back or ask about (most of a 10k plan is none of them)."""
    base, ours, theirs = state.base, state.ours, state.theirs
    keys = {k for k, r in theirs.items() if base.get(k) != r["version"]}
    keys |= {k for k, r in ours.items() if base.get(k) != r["version"]}
    keys |= {k for k in base if k not in theirs or k not in ours}
    return keys


def _merge(state: _State) -> list[RowChange]:
    """The three-way merge of every record: what the file sends, and what it takes back."""
    rows: list[RowChange] = []

    def change(kind, record, **extra):
        row = RowChange(f"s{len(rows) + 1}", kind, _label(key[0], record), None,
                        record=key[0], name=_name(record), **extra)
        state.keys[row.id] = key
        rows.append(row)

    for key in sorted(_changed_keys(state)):
        table, record_id = key
        base, ours, theirs = state.base.get(key), state.ours.get(key), state.theirs.get(key)
        theirs_changed = theirs is not None and (base is None or theirs["version"] != base)
        ours_changed = ours is not None and (base is None or ours["version"] != base)
        if base is not None and (ours is None or ours_changed):
            state.pulled.add(key)
        if base is None and ours is not None and theirs is None:
            state.pulled.add(key)  # new on the server
        if theirs is None:
            if base is None or ours is None:
                continue  # only on the server, or deleted on both sides
            change(DELETED, _jsonable(table, ours),
                   conflict=EDITED_ON_SERVER if ours_changed else "")
        elif not theirs_changed:
            continue
        elif ours is None:
            values = _jsonable(table, theirs)
            change(ADDED, values, values=values,
                   conflict=DELETED_ON_SERVER if base is not None else "")
        else:
            names = [c for c in theirs if c not in SKIPPED]
            before = {} if base is None else (
                state.base_values(key) if ours_changed else _jsonable(table, ours))
            cells = merge_fields(before, _jsonable(table, ours),
                                 _jsonable(table, theirs), names)
            if cells:
                change(CHANGED, _jsonable(table, theirs), cells=cells)
            state.pulled.add(key)  # its new server version comes back into the file
    return rows


def preview_sync(path: str | Path, *, user: str | None = None,
                 password: str | None = None) -> SyncPreview:
    """What `sync` would send and bring back; nothing is written."""
    with _both(path, user, password) as (_local, remote, state, rows):
        return SyncPreview(remote.address, rows, len(state.pulled), state.keys)


@contextmanager
def _both(path, user, password):
    """The field copy and the server it came from, open, with the merge of the two."""
    local = open_plan(path, user)
    try:
        with local.read() as session:
            checkout_row = session.execute(select(Checkout)).scalars().first()
        if checkout_row is None:
            raise SyncError(f"{local.path.name} is not a field copy of a team plan (it was "
                            "not made by 'checkout').")
        remote = open_plan(checkout_row.server, user or local.user, password)
        try:
            state = _load(local, remote)
            yield local, remote, state, _merge(state)
        finally:
            remote.close()
    finally:
        local.close()


@dataclass
class SyncResult:
    sent: int = 0  # records added, changed or deleted on the server
    received: int = 0  # records of the file brought up to the server's
    kept_server: int = 0  # conflicts resolved with the server's value
    server: str = ""


def sync(path: str | Path, resolutions: dict | None = None, default: str | None = None, *,
         user: str | None = None, password: str | None = None,
         reviewed: SyncPreview | None = None) -> SyncResult:
    """Send the file's changes to the server and bring the server's into the file.

    Conflicts take `resolutions[key]` or `default` (OURS: the server's value, THEIRS: the
    file's); with any left open, UnresolvedConflicts is raised and nothing is written.
    `reviewed`: the preview a person chose on; if the conflicts are not the same records any
    more, ServerChangedMeanwhile is raised and nothing is written.
    """
    resolutions = dict(resolutions or {})
    with _both(path, user, password) as (local, remote, state, rows):
        preview = SyncPreview(remote.address, rows, len(state.pulled), state.keys)
        if reviewed is not None and _conflicts_of(preview) != _conflicts_of(reviewed):
            raise ServerChangedMeanwhile()
        if any(resolutions.get(k, default) not in (OURS, THEIRS)
               for k in preview.conflict_keys()):
            raise UnresolvedConflicts(preview)
        result = SyncResult(server=remote.address)
        source = (f"sync of the field copy {Path(path).name} (checked out by "
                  f"{state.checkout['checked_out_by'] or '?'} on "
                  f"{state.checkout['checked_out_at']:%Y-%m-%d})")
        _send(remote, local.user, state, rows, resolutions, default, source, result)
        result.received = _receive(local, remote, state)
        return result


def _conflicts_of(preview: SyncPreview) -> dict:
    """Each conflict's key with the record and the values it is between."""
    out = {}
    for row in preview.conflicts():
        record = preview.keys.get(row.id)
        if row.conflict:
            out[f"{row.id}/row"] = (record, row.conflict)
        for cell in row.cells:
            if cell.conflict:
                out[f"{row.id}/{cell.field}"] = (record, cell.ours, cell.theirs)
    return out


def _choice(resolutions, default, key: str) -> str:
    return resolutions.get(key, default)


def _send(remote, user, state, rows, resolutions, default, source, result) -> None:
    """Every change of the file onto the server, in one transaction (all or nothing)."""
    order = {t.name: i for i, t in enumerate(plan_tables())}
    with remote.action() as session:
        adds = defaultdict(list)
        key_of = state.keys
        _kept = _load_changed(session, [key_of[r.id] for r in rows if r.kind == CHANGED])
        for row in sorted(rows, key=lambda r: order[key_of[r.id][0]]):
            table, record_id = key = key_of[row.id]
            model = TABLES[table]
            if row.conflict and _choice(resolutions, default, f"{row.id}/row") == OURS:
                result.kept_server += 1
                state.pulled.add(key)
                continue
            if row.kind == ADDED:
                adds[table].append(state.theirs[key])
            elif row.kind == CHANGED:
                values = {}
                for cell in row.cells:
                    if cell.conflict and _choice(resolutions, default,
                                                 f"{row.id}/{cell.field}") == OURS:
                        result.kept_server += 1
                        continue
                    values[cell.field] = state.theirs[key][cell.field]
                if values:
                    obj = records.get(session, model, record_id, table)
                    records.update(session, user, obj, values, row.label, source,
                                   version=state.ours[key]["version"])
                    result.sent += 1
        for table in [t.name for t in plan_tables() if t.name in adds]:  # parents first
            for values in parents_first(TABLES[table].__table__, adds[table]):
                obj = TABLES[table](**{k: v for k, v in values.items()})
                records.add(session, user, obj, _label(table, _jsonable(table, values)), source)
                result.sent += 1
        deletions = [r for r in rows if r.kind == DELETED]
        for row in sorted(deletions, key=lambda r: -order[key_of[r.id][0]]):
            if row.conflict and _choice(resolutions, default, f"{row.id}/row") == OURS:
                continue
            obj = session.get(TABLES[key_of[row.id][0]], key_of[row.id][1])
            if obj is not None:  # gone already with the record it belonged to
                records.delete(session, user, obj, row.label, source)
                result.sent += 1
        state.pulled |= set(key_of.values())


def _load_changed(session, keys) -> list:
    """The records a sync changes, read in one query per table (not one each): the session
    keeps them while the returned list does."""
    wanted = defaultdict(list)
    for table, record_id in keys:
        wanted[table].append(record_id)
    loaded = []
    for table, ids in wanted.items():
        model = TABLES[table]
        for start in range(0, len(ids), 1000):
            loaded += session.execute(
                select(model).where(model.id.in_(ids[start:start + 1000]))).scalars().all()
    return loaded


def _receive(local: PlanHandle, remote: PlanHandle, state: _State) -> int:
    """The server's rows of every record the sync touched or the server changed, into the
    file, with the new base; one transaction."""
    wanted = defaultdict(set)
    for table, record_id in state.pulled:
        wanted[table].add(record_id)
    fresh: dict[str, list[dict]] = {}
    with remote.file.engine.connect() as conn:
        for table in plan_tables():
            ids = list(wanted.get(table.name, ()))
            fresh[table.name] = [
                dict(r._mapping) for start in range(0, len(ids), 1000)
                for r in conn.execute(select(table).where(table.c.id.in_(ids[start:start + 1000])))
            ]
    found = {(t, r["id"]) for t, rs in fresh.items() for r in rs}
    with local.file.engine.begin() as conn:
        for table_name, record_id in state.replaced:  # before the server's row comes in
            table = TABLES[table_name].__table__
            conn.execute(delete(table).where(table.c.id == record_id))
        for table in reversed(plan_tables()):  # children first
            gone = [i for i in wanted.get(table.name, ()) if (table.name, i) not in found]
            for start in range(0, len(gone), 1000):
                conn.execute(delete(table).where(table.c.id.in_(gone[start:start + 1000])))
                conn.execute(delete(SyncBase.__table__).where(
                    SyncBase.record_type == table.name,
                    SyncBase.record_id.in_(gone[start:start + 1000])))
        for table in plan_tables():
            rows = parents_first(table, fresh[table.name])
            present = {i for (i,) in conn.execute(select(table.c.id).where(
                table.c.id.in_([r["id"] for r in rows])))} if rows else set()
            for row in rows:
                if row["id"] in present:
                    conn.execute(update(table).where(table.c.id == row["id"]).values(**row))
                else:
                    conn.execute(insert(table), [row])
            if rows:
                conn.execute(delete(SyncBase.__table__).where(
                    SyncBase.record_type == table.name,
                    SyncBase.record_id.in_([r["id"] for r in rows])))
                conn.execute(insert(SyncBase.__table__), [
                    {"id": new_id(), "record_type": table.name, "record_id": r["id"],
                     "version": r["version"], "values": _jsonable(table.name, r)} for r in rows])
        conn.execute(update(Checkout.__table__).values(synced_at=utcnow()))
    return len(state.pulled)


def location_names(handle: PlanHandle) -> list[str]:
    """Names of the places of a team plan, for choosing a field office to check out."""
    with handle.read() as session:
        return list(session.execute(select(Location.name).order_by(Location.name)).scalars())


def checkout_of(handle: PlanHandle) -> Checkout | None:
    """Where an open plan file was checked out from; None for a plain plan or a team plan."""
    if handle.on_server:
        return None
    with handle.read() as session:
        return session.execute(select(Checkout)).scalars().first()


def server_address_of(path: str | Path) -> str:
    """Where a field copy came from (raises SyncError for a plain plan file)."""
    handle = open_plan(path)
    try:
        with handle.read() as session:
            row = session.execute(select(Checkout)).scalars().first()
    finally:
        handle.close()
    if row is None:
        raise SyncError(f"{Path(path).name} is not a field copy of a team plan.")
    return server.display(row.server)
