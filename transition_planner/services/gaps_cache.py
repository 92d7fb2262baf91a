"""A plan file's gap report kept between edits: after an edit only the capacities it changed
are read again (their handovers, funding lines, readiness, enablers, location closure) and
computed again (domain.gaps_update); everything else is the last report's.

What changed is read from the plan itself, inside the same read transaction as the facts, so
it holds whoever wrote (this window, a background reader, a command in another process):
- the audit trail's entries since the last computation name the records each write touched
  (an entry's current row, its changes' old and new values, a deletion's snapshot, a
  restored deletion's snapshot): a capacity, its handovers, their funding lines and readiness
  scores, its enabler links, post-exit indicators and their values;
- the tables everything depends on, small ones (the plan's row, scenarios and their closures,
  the taxonomy, the last sync), are compared whole: any difference means computing it all;
- locations and actors (a few hundred rows) are compared whole: a changed location changes the
  capacities at it and below it (names, inherited closures), a changed actor those it succeeds.
Anything it cannot place (a bulk write of whole tables, an entry of an unknown record, an
audit trail that is not the one seen last) means the full computation, as do team plans on a
server (edited by others, with no order of writes to read).
"""

from __future__ import annotations

import sqlite3
import threading
from bisect import bisect_left, bisect_right
from collections import OrderedDict
from dataclasses import dataclass, replace
from datetime import date
from typing import TYPE_CHECKING
from weakref import WeakKeyDictionary

from transition_planner.domain.collector import collector_paused
from transition_planner.domain.facts import PlanFacts
from transition_planner.domain.gaps import GapReport, compute_gaps
from transition_planner.domain.gaps_update import handovers_by_capacity, touched, update_gaps
from transition_planner.services import gaps as loader

if TYPE_CHECKING:
    from transition_planner.services.plans import PlanHandle

KEEP = 4  # reports kept (a plan's scenario and the one compared, a plan opened before...)
MAX_ENTRIES = 500  # more audit entries than this since the last computation: compute it all
HISTORY = 64  # the updates remembered per report kept, for changed_between

# Plan-wide rows: any difference, and every capacity is computed again.
STATE_SQL = (loader.PLAN_SQL, loader.SCENARIOS_SQL, loader.CLOSURES_SQL, loader.TAXONOMY_SQL,
             "SELECT plan_id, synced_at FROM checkout ORDER BY id")
LAST_ENTRY_SQL = "SELECT rowid, id FROM auditentry ORDER BY rowid DESC LIMIT 1"
ENTRY_AT_SQL = "SELECT id FROM auditentry WHERE rowid = ?"
ENTRIES_SQL = ("SELECT action, record_type, record_id, changes, snapshot FROM auditentry "
               "WHERE rowid > ? ORDER BY rowid LIMIT ?")
TOMBSTONES_SQL = "SELECT snapshot FROM auditentry WHERE record_id = ? AND action = 'delete'"
# The column(s) of each record type that name a capacity or a handover; tables absent here
# and from NO_FACTS change the whole plan's numbers (or are not known here).
PARENTS = {
    "capacity": ("id", None),
    "handover": ("capacity_id", None),
    "fundingline": ("capacity_id", "handover_id"),
    "readinessscore": (None, "handover_id"),
    "capacityenabler": ("capacity_id", None),
}
CURRENT_SQL = {
    "capacity": "SELECT id FROM capacity WHERE id = ?",
    "handover": "SELECT capacity_id FROM handover WHERE id = ?",
    "fundingline": "SELECT capacity_id, handover_id FROM fundingline WHERE id = ?",
    "readinessscore": "SELECT handover_id FROM readinessscore WHERE id = ?",
    "capacityenabler": "SELECT capacity_id FROM capacityenabler WHERE id = ?",
}
INDICATOR_TABLES = {"protectionindicator", "indicatorvalue"}
# Records the gap engine does not read (or reads whole, compared above: locations, actors).
NO_FACTS = {"location", "actor", "actorpresence", "handoverstatuschange", "milestone",
            "comment", "flagacceptance", "monitoringimportmap", "adminunit", "auditentry",
            "syncbase", "checkout", "plan", "scenario", "scenarioclosure", "taxonomyterm"}


class Unplaced(Exception):
    """An audit entry whose capacities cannot be told: compute everything."""


@dataclass
class _Known:
    """What the last computation of one plan, scenario and day saw."""

    facts: PlanFacts
    report: GapReport
    mark: tuple[int, str] | None  # (rowid, id) of the newest audit entry read
    state: tuple  # the plan-wide rows
    locations: dict  # location id -> (name, parent id, closure)
    actors: dict  # actor id -> (name, type)
    history: list  # (report serial, capacity ids recomputed or None: everything)


_LOCK = threading.Lock()
_KEY_LOCKS: dict[tuple, threading.Lock] = {}
_KNOWN: OrderedDict[tuple, _Known] = OrderedDict()
_SERIALS: WeakKeyDictionary[GapReport, tuple[tuple, int]] = WeakKeyDictionary()
_NEXT = [0]
stats = {"full": 0, "updated": 0, "reused": 0}  # computations of each kind (tests, benchmarks)


def compute(handle: PlanHandle, scenario_id: str | None = None,
            as_of: date | None = None) -> GapReport:
    """The gap report of a plan (its active scenario unless another is named), from the last
    one computed for it in this process when only some capacities changed since."""
    if handle.path is None:
        return compute_gaps(loader.load_facts(handle, scenario_id, as_of))
    with collector_paused(), handle.read() as session:
        cursor = session.connection().connection.cursor()
        try:
            return _compute(cursor, str(handle.path), scenario_id, as_of or date.today())
        except sqlite3.Error as exc:
            raise loader.plan_error(handle.path, exc) from exc
        finally:
            cursor.close()


def keeps(handle: PlanHandle, scenario_id: str, as_of: date | None = None) -> bool:
    """Whether a report of this plan file and scenario (and day) is kept, however old: then
    compute() reads only what changed since, not the whole plan."""
    key = (str(handle.path), scenario_id, as_of or date.today())
    with _LOCK:
        return handle.path is not None and key in _KNOWN


def forget(address: str | None = None) -> None:
    """Drop the reports kept (of one plan, or all), and what read models keep of them: the
    plan was closed."""
    with _LOCK:
        for key in [k for k in _KNOWN if address is None or k[0] == address]:
            del _KNOWN[key]
    for clear in KEEPERS:
        clear()


KEEPERS: list = []  # functions that drop what a read model keeps from one read to the next


def changed_between(old: GapReport, new: GapReport) -> set[str] | None:
    """The capacities whose coverage, flags or records may differ between two reports of the
    same plan computed here (new after old); None when that is not known (all may)."""
    if old is new:
        return set()
    a, b = _SERIALS.get(old), _SERIALS.get(new)
    if a is None or b is None or a[0] != b[0]:
        return None
    with _LOCK:
        known = _KNOWN.get(a[0])
        history = list(known.history) if known is not None else []
    serials = [s for s, _ids in history]
    if a[1] not in serials or b[1] not in serials:
        return None
    out: set[str] = set()
    for _serial, ids in history[serials.index(a[1]) + 1:serials.index(b[1]) + 1]:
        if ids is None:
            return None
        out |= ids
    return out


def _compute(cursor, address: str, scenario_id: str | None, as_of: date) -> GapReport:
    def rows(sql: str, *params) -> list:
        cursor.execute(sql, params)
        return cursor.fetchall()

    state = tuple(tuple(rows(sql)) for sql in STATE_SQL)
    plan = state[0][0] if len(state[0]) == 1 else None
    active = plan[5] if plan else None
    key = (address, scenario_id or active or "", as_of)
    with _LOCK:
        key_lock = _KEY_LOCKS.setdefault(key, threading.Lock())
    with key_lock:  # a second reader of the same plan waits, then finds the report made
        with _LOCK:
            known = _KNOWN.get(key)
        last = rows(LAST_ENTRY_SQL)
        mark = tuple(last[0]) if last else None
        locations = {r[0]: tuple(r[1:]) for r in rows(loader.LOCATIONS_SQL)}
        actors = {r[0]: tuple(r[1:]) for r in rows(loader.ACTORS_SQL)}
        report, ids = None, None
        if known is not None and known.state == state and _same_trail(rows, known.mark):
            if mark == known.mark and locations == known.locations and actors == known.actors:
                stats["reused"] += 1
                return known.report
            try:
                facts, ids, handovers = _patched(rows, known, key[1], locations, actors)
            except Unplaced:
                pass
            else:
                if facts is known.facts:  # the records written do not count here
                    report, ids = known.report, frozenset()
                    stats["reused"] += 1
                else:
                    report = update_gaps(known.report, facts, ids, handovers)
                    recomputed = touched(report)
                    ids = None if recomputed is None else frozenset(ids | recomputed)
                    stats["updated" if ids is not None else "full"] += 1
        if report is None:
            facts = loader.read_facts(cursor, scenario_id=scenario_id, as_of=as_of)
            report = compute_gaps(facts)
            handovers_by_capacity(report)  # what the first update reads, indexed now
            stats["full"] += 1
        _remember(key, known, report, facts, mark, state, locations, actors, ids)
        return report


def _same_trail(rows, mark) -> bool:
    """Whether the audit trail still holds the entry read last (the same file, not one put
    in its place)."""
    if mark is None:
        return True  # an empty trail then: whatever it holds now was written since
    found = rows(ENTRY_AT_SQL, mark[0])
    return bool(found) and found[0][0] == mark[1]


def _remember(key, known, report, facts, mark, state, locations, actors, ids) -> None:
    with _LOCK:
        _NEXT[0] += 1
        serial = _NEXT[0]
        _SERIALS[report] = (key, serial)
        history = (known.history if known is not None and ids is not None else [])[-HISTORY:]
        _KNOWN[key] = _Known(facts, report, mark, state, locations, actors,
                             [*history, (serial, ids)])
        _KNOWN.move_to_end(key)
        while len(_KNOWN) > KEEP:
            _KNOWN.popitem(last=False)


# --- what changed ------------------------------------------------------------------------


def _patched(rows, known: _Known, scenario_id: str, locations: dict, actors: dict):
    """The facts with the changed capacities read again, their ids and their handovers by
    capacity; Unplaced when what changed cannot be told."""
    old = known.facts
    entries = rows(ENTRIES_SQL, known.mark[0] if known.mark else 0, MAX_ENTRIES + 1)
    if len(entries) > MAX_ENTRIES:
        raise Unplaced
    handover_caps = _HandoverCapacities(rows, old)
    ids, indicators = set(), False
    for action, record_type, record_id, changes, snapshot in entries:
        if record_type in INDICATOR_TABLES:
            indicators = True
        elif record_type in PARENTS:
            ids |= _entry_capacities(rows, handover_caps, action, record_type, record_id,
                                     changes, snapshot)
        elif record_type not in NO_FACTS:
            raise Unplaced
    moved = {i for i in locations.keys() | known.locations.keys()
             if locations.get(i) != known.locations.get(i)}
    if moved:
        ids |= _capacities_under(rows, old, moved, locations, known.locations)
    renamed = [i for i in actors.keys() | known.actors.keys()
               if actors.get(i) != known.actors.get(i)]
    for actor_id in renamed:
        ids.update(r[0] for r in rows("SELECT capacity_id FROM handover WHERE actor_id = ?",
                                      actor_id))
    reread = indicators or bool(moved) or (bool(old.indicators) and bool(ids))
    places = {i: (name, parent, loader._day(closure))
              for i, (name, parent, closure) in locations.items()}
    facts, handovers = _read_capacities(rows, known.report, ids, scenario_id, places, moved,
                                        reread)
    return facts, ids, handovers


class _HandoverCapacities(dict):
    """handover id -> capacity id, from the plan now, else from the facts read last."""

    def __init__(self, rows, facts: PlanFacts):
        super().__init__()
        self.rows, self.facts, self.before = rows, facts, None

    def __missing__(self, handover_id: str) -> str | None:
        found = self.rows(CURRENT_SQL["handover"], handover_id)
        if found:
            cap_id = found[0][0]
        else:
            if self.before is None:
                self.before = {h.id: h.capacity_id for h in self.facts.handovers}
            cap_id = self.before.get(handover_id)
        self[handover_id] = cap_id
        return cap_id


def _entry_capacities(rows, handover_caps, action, record_type, record_id, changes,
                      snapshot) -> set[str]:
    """The capacities one audit entry touched."""
    changes = loader.json_value(changes) or {}
    if "rows" in changes:
        raise Unplaced  # a bulk write of whole tables (services.bulk)
    found: list[tuple[str, dict]] = []
    current = rows(CURRENT_SQL[record_type], record_id)
    if current:
        cap_col, handover_col = PARENTS[record_type]
        names = [c for c in (cap_col, handover_col) if c]
        found.append((record_type, dict(zip(names, current[0]))))
        if record_type == "capacity":
            found[-1] = (record_type, {"id": record_id})
    for side in (0, 1):  # the values before and after an update
        values = {k: v[side] for k, v in changes.items() if isinstance(v, list) and len(v) == 2}
        if values:
            found.append((record_type, {"id": record_id, **values}))
    snapshots = [loader.json_value(snapshot)] if snapshot else []
    if action == "restore":  # what came back is what the deletion had taken
        snapshots += [loader.json_value(s) for (s,) in rows(TOMBSTONES_SQL, record_id) if s]
    for shot in snapshots:
        found += [(table, values) for table, values in (shot or {}).get("rows", ())]
    if not found:
        raise Unplaced  # neither in the plan nor described by its entry
    out = set()
    for table, values in found:
        if table not in PARENTS:
            if table in NO_FACTS or table in INDICATOR_TABLES:
                continue
            raise Unplaced
        cap_col, handover_col = PARENTS[table]
        if cap_col and values.get(cap_col):
            out.add(values[cap_col])
        if handover_col and values.get(handover_col):
            cap_id = handover_caps[values[handover_col]]
            if cap_id:
                out.add(cap_id)
    return out


def _capacities_under(rows, facts: PlanFacts, moved: set, locations: dict, before: dict):
    """Capacities at or below the locations that changed, in the plan now or before."""
    under = set(moved)
    for tree in (locations, before):
        children: dict = {}
        for loc_id, (_name, parent, _closure) in tree.items():
            children.setdefault(parent, []).append(loc_id)
        stack = list(moved)
        while stack:
            for child in children.get(stack.pop(), ()):
                if child not in under:
                    under.add(child)
                    stack.append(child)
    ids = {c.id for c in facts.capacities if c.location_id in under}
    marks = ",".join("?" * len(under))
    ids.update(r[0] for r in rows(f"SELECT id FROM capacity WHERE location_id IN ({marks})",
                                  *under))
    return ids


# --- reading the changed capacities ------------------------------------------------------


def _read_capacities(rows, report: GapReport, ids: set, scenario_id: str, locations: dict,
                     moved: set, indicators: bool) -> tuple[PlanFacts, dict]:
    """`old` with the capacities `ids` (and what belongs to them) as the plan holds them now,
    read as services.gaps.read_facts reads them, and in the same order."""
    old = report.facts
    if not ids and not moved and not indicators:
        return old, {}
    plan = rows(loader.PLAN_SQL)[0]
    planned_exit = loader._day(plan[0])
    dates = _calendar(rows, scenario_id)
    marks = ",".join("?" * len(ids))
    params = sorted(ids)
    of_handovers = f"SELECT id FROM handover WHERE capacity_id IN ({marks})"
    enablers: dict[str, list] = {}
    for cap_id, enabler_id in rows(
            f"{loader.ENABLERS_SQL} WHERE capacity_id IN ({marks})", *params):
        enablers.setdefault(cap_id, []).append(enabler_id)
    by_handover, by_capacity = loader._funding_facts(rows(
        f"{loader.FUNDING_SQL} WHERE capacity_id IN ({marks}) OR handover_id IN "
        f"({of_handovers})", *params, *params))
    capacities = [
        loader._capacity_facts(row, locations, enablers, by_capacity, planned_exit, dates)
        for row in rows(loader.CAPACITIES_SQL.replace(
            " ORDER BY", f" WHERE id IN ({marks}) ORDER BY"), *params)
    ]
    queries = {
        loader.READINESS_SQL: (f"{loader.READINESS_SQL} WHERE handover_id IN "
                               f"({of_handovers})", *params),
        loader.HANDOVERS_SQL: (loader.HANDOVERS_SQL.replace(
            " ORDER BY", f" WHERE capacity_id IN ({marks}) ORDER BY"), *params),
    }
    handovers = loader._handover_facts(lambda sql: rows(*queries.get(sql, (sql,))),
                                       by_handover)
    by_capacity = handovers_by_capacity(report)
    gone_caps = [c for c in old.capacities if c.id in ids] if ids else []
    gone_handovers = [h for i in ids for h in by_capacity.get(i, ())]
    facts = replace(
        old,
        capacities=_merged(_without(old.capacities, gone_caps, _by_name), capacities, _by_name),
        handovers=_merged(_without(old.handovers, gone_handovers, _handover_order), handovers,
                          _handover_order),
    )
    if moved:
        facts = replace(facts, closures=dates.closures(locations))
    if indicators:
        facts = replace(facts, indicators=loader._indicator_facts(
            lambda sql: rows(sql), locations, facts.handovers))
    by_capacity: dict[str, tuple] = {}
    for h in handovers:
        by_capacity[h.capacity_id] = (*by_capacity.get(h.capacity_id, ()), h)
    return facts, by_capacity


def _calendar(rows, scenario_id: str):
    """The scenario's dates as read_facts sets them."""
    scenario = next((s for s in rows(loader.SCENARIOS_SQL) if s[0] == scenario_id), None)
    return loader.Calendar.read(rows, scenario)


def _handover_order(h) -> tuple:
    """ORDER BY start_date, id: undated handovers first, as SQLite sorts NULL."""
    return (h.start is not None, h.start or date.min, h.id)


def _by_name(cap) -> tuple[str, str]:
    return cap.name, cap.id  # (CAPACITIES_SQL: ORDER BY name, id)


def _without(items: tuple, gone: list, key) -> list:
    """`items` (sorted by `key`) without the very objects `gone`, found by bisection."""
    out = list(items)
    for item in gone:
        at = bisect_left(out, key(item), key=key)
        while at < len(out) and out[at] is not item:
            at += 1  # equal keys (two capacities of one name): this very one
        if at == len(out):
            return [x for x in out if all(x is not g for g in gone)]  # (never expected)
        del out[at]
    return out


def _merged(kept: list, new: list, key) -> tuple:
    """`kept` (in its order) with each of `new` put after the last item not above it."""
    out = list(kept)
    for item in new:
        out.insert(bisect_right(out, key(item), key=key), item)
    return tuple(out)
