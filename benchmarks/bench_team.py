"""Team plans on PostgreSQL at 10k capacities, each against psycopg/sqlite3 doing the same
reads and writes raw.

(a) import: `transfer.import_plan_file` (server import) against sqlite3 reading every row and
    psycopg COPYing it into the same schema;
(b) open: `plans.open_plan(URL)` and `services.gaps.load_facts` (what the window reads to show
    a plan) against psycopg running the same SELECTs and fetching every row; target 3x;
(c) checkout: `sync.checkout` of the whole plan against psycopg reading every row and sqlite3
    writing it, and its base copy (one JSON row per record), into an empty plan file;
(d) sync: `sync.sync` of a field copy holding 500 changed capacities against the same 10k
    plan (target under 5 s), against the same reads and writes raw: ids and versions of every
    record on both sides, the 500 rows from each, 500 UPDATEs and audit rows on the server in
    one transaction, the 500 rows and their base written back into the file.
A throwaway server is started in a temporary folder (tests/postgres_cluster.py). Medians of
--runs runs. Run from a checkout: python benchmarks/bench_team.py [--capacities 10000]
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import statistics
import sys
import tempfile
import time
import uuid
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # run from a checkout
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT / "tests"))

from bench_plan_io import LOAD_QUERIES, empty_plan_file  # noqa: E402
from postgres_cluster import LocalCluster  # noqa: E402
from synthetic import synthetic_rows  # noqa: E402

from transition_planner.exchange import sync  # noqa: E402
from transition_planner.services import bulk, records  # noqa: E402
from transition_planner.services.gaps import load_facts  # noqa: E402
from transition_planner.services.plans import PlanHandle, open_plan  # noqa: E402
from transition_planner.store import planfile, server, transfer  # noqa: E402
from transition_planner.store.models import Capacity  # noqa: E402

LIGHT = sync.LIGHT


def timed(action) -> float:
    began = time.perf_counter()
    action()
    return time.perf_counter() - began


def report(what: str, ours: list[float], raw: list[float], target: str = "") -> None:
    a, b = statistics.median(ours), statistics.median(raw)
    print(f"{what}: ours {a:.2f} s ({min(ours):.2f}-{max(ours):.2f}), raw {b:.2f} s "
          f"({min(raw):.2f}-{max(raw):.2f}), ratio {a / b:.2f}x"
          + (f" ({target})" if target else ""), flush=True)


def tables():
    return transfer.plan_tables()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--capacities", type=int, default=10_000)
    parser.add_argument("--changes", type=int, default=500)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--only", choices=("import", "open", "checkout", "sync"), nargs="+",
                        help="these benchmarks only (the plan is imported for each anyway)")
    args = parser.parse_args()
    wanted = set(args.only or ("import", "open", "checkout", "sync"))
    cluster = LocalCluster().start()
    folder = Path(tempfile.mkdtemp(prefix="bench-team-"))
    try:
        path = folder / "plan.tplan"
        empty_plan_file(path)
        handle = PlanHandle(planfile.open_plan_file(path), "benchmark")
        bulk.insert_rows(handle, synthetic_rows(args.capacities), source="benchmark")
        handle.close()
        if "import" in wanted:
            url = bench_import(cluster, path, args.capacities, args.runs)
        else:
            url = _empty_server_database(cluster, "plan")
            transfer.import_plan_file(path, url)
        if "open" in wanted:
            bench_open(cluster, url, args.runs)
        if "checkout" in wanted:
            bench_checkout(cluster, url, folder, args.capacities, args.runs)
        if "sync" in wanted:
            bench_sync(cluster, url, folder, args.capacities, args.changes, args.runs)
    finally:
        cluster.stop()


# --- (a) server import -----------------------------------------------------------------------


def _empty_server_database(cluster, name: str) -> str:
    url = cluster.create_database(name)
    engine = server.make_engine(url)
    server.create_schema(engine)  # outside the timing, for both
    engine.dispose()
    return url


def raw_import(plan: Path, cluster, database: str) -> None:
    source = sqlite3.connect(plan)
    try:
        with cluster.admin(database) as conn, conn.transaction():
            for table in tables():
                names = [c.name for c in table.columns]
                quoted = ", ".join(f'"{n}"' for n in names)
                rows = source.execute(f'SELECT {quoted} FROM "{table.name}"').fetchall()
                with conn.cursor().copy(f'COPY "{table.name}" ({quoted}) FROM STDIN') as copy:
                    for row in rows:
                        copy.write_row(row)
    finally:
        source.close()


def bench_import(cluster, path: Path, capacities: int, runs: int) -> str:
    ours, raw = [], []
    url = ""
    for run in range(runs):
        url = _empty_server_database(cluster, f"ours{run}")
        ours.append(timed(lambda u=url: transfer.import_plan_file(path, u)))
        _empty_server_database(cluster, f"raw{run}")
        raw.append(timed(lambda r=run: raw_import(path, cluster, f"raw{r}")))
    report(f"server import of {capacities} capacities", ours, raw)
    return url  # the last of ours: the plan the other benchmarks read


# --- (b) open --------------------------------------------------------------------------------


def bench_open(cluster, url: str, runs: int) -> None:
    database = url.split("/")[3].split("?")[0]

    def ours():
        handle = open_plan(url, user="benchmark")
        load_facts(handle)
        handle.close()

    def raw():
        with cluster.admin(database) as conn:
            for sql in LOAD_QUERIES:
                conn.execute(sql).fetchall()

    ours(), raw()  # warm the server's cache
    mine, theirs = [], []
    for _ in range(runs):
        mine.append(timed(ours))
        theirs.append(timed(raw))
    report("open + load_facts", mine, theirs, "target 3x")


# --- (c) checkout ----------------------------------------------------------------------------


def _sqlite_value(value):
    if isinstance(value, dict | list):
        return json.dumps(value)
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    return value


def _json_value(value):
    return value.isoformat() if isinstance(value, datetime | date) else value


def raw_checkout(cluster, database: str, target: Path) -> None:
    conn = sqlite3.connect(target)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=NORMAL")
    try:
        with cluster.admin(database) as pg:
            base = []
            for table in tables():
                names = [c.name for c in table.columns]
                quoted = ", ".join(f'"{n}"' for n in names)
                rows = pg.execute(f'SELECT {quoted} FROM "{table.name}"').fetchall()
                conn.executemany(
                    f'INSERT INTO "{table.name}" ({quoted}) VALUES ({", ".join("?" * len(names))})',
                    [[_sqlite_value(v) for v in row] for row in rows])
                if table.name != "auditentry":
                    at = names.index("id"), names.index("version")
                    base += [(str(uuid.uuid4()), table.name, row[at[0]], row[at[1]],
                              json.dumps({n: _json_value(v) for n, v in zip(names, row,
                                                                            strict=True)},
                                         default=str)) for row in rows]
            conn.executemany('INSERT INTO syncbase (id, record_type, record_id, version, '
                             '"values") VALUES (?, ?, ?, ?, ?)', base)
        conn.commit()
    finally:
        conn.close()


def bench_checkout(cluster, url: str, folder: Path, capacities: int, runs: int) -> None:
    database = url.split("/")[3].split("?")[0]
    ours, raw = [], []
    for run in range(runs):
        copy = folder / f"checkout-{run}.tplan"
        ours.append(timed(lambda c=copy: sync.checkout(url, c, user="field")))
        target = folder / f"raw-checkout-{run}.tplan"
        empty_plan_file(target)  # the schema: outside the timing
        raw.append(timed(lambda t=target: raw_checkout(cluster, database, t)))
    report(f"checkout of {capacities} capacities", ours, raw)


# --- (d) sync --------------------------------------------------------------------------------


def _field_copy(url: str, folder: Path, name: str, changes: int, run: int) -> Path:
    copy = folder / name
    sync.checkout(url, copy, user="field")
    handle = open_plan(copy, user="field")
    with handle.action() as session:  # the field office's edits, one audited update each
        for cap in session.query(Capacity).order_by(Capacity.id).limit(changes):
            records.update(session, "field", cap, {"notes": f"checked on run {run}"}, cap.name)
    handle.close()
    return copy


def raw_sync(cluster, database: str, copy: Path) -> None:
    """The same reads and writes as a sync of changed capacities, written by hand."""
    local = sqlite3.connect(copy)
    try:
        base = dict(((t, i), v) for t, i, v in local.execute(
            "SELECT record_type, record_id, version FROM syncbase"))
        with cluster.admin(database) as pg:
            changed = []
            for table in tables():
                if table.name == "auditentry":
                    continue
                light = ", ".join(f'"{c.name}"' for c in table.columns if c.name in LIGHT)
                for row in local.execute(f'SELECT {light} FROM "{table.name}"'):
                    if base.get((table.name, row[0])) != row[1]:
                        changed.append((table.name, row[0]))
                pg.execute(f'SELECT {light} FROM "{table.name}"').fetchall()
            ids = [i for t, i in changed if t == "capacity"]
            mine = local.execute(f"SELECT id, notes, version FROM capacity WHERE id IN "
                                 f"({', '.join('?' * len(ids))})", ids).fetchall()
            pg.execute("SELECT * FROM capacity WHERE id = ANY(%s)", (ids,)).fetchall()
            now = datetime.now(UTC).isoformat()
            with pg.transaction(), pg.cursor() as cursor:
                cursor.executemany(
                    "UPDATE capacity SET notes = %s, updated_at = %s, version = version + 1 "
                    "WHERE id = %s AND version = %s", [(n, now, i, v - 1) for i, n, v in mine])
                cursor.executemany(
                    'INSERT INTO auditentry (id, "at", "user", action, record_type, record_id, '
                    "record_label, changes, source) VALUES (%s, %s, %s, 'update', 'capacity', "
                    "%s, '', %s, 'sync')",
                    [(str(uuid.uuid4()), now, "field", i, json.dumps({"notes": [None, n]}))
                     for i, n, _v in mine])
            fresh = pg.execute("SELECT * FROM capacity WHERE id = ANY(%s)", (ids,))
            names = [d.name for d in fresh.description]
            rows = fresh.fetchall()
        local.executemany("UPDATE capacity SET notes = ?, version = ? WHERE id = ?",
                          [(r[names.index("notes")], r[names.index("version")],
                            r[names.index("id")]) for r in rows])
        local.executemany("DELETE FROM syncbase WHERE record_type = 'capacity' AND "
                          "record_id = ?", [(i,) for i in ids])
        local.executemany(
            'INSERT INTO syncbase (id, record_type, record_id, version, "values") '
            "VALUES (?, 'capacity', ?, ?, ?)",
            [(str(uuid.uuid4()), r[names.index("id")], r[names.index("version")],
              json.dumps(dict(zip(names, r, strict=True)), default=str)) for r in rows])
        local.commit()
    finally:
        local.close()


def bench_sync(cluster, url: str, folder: Path, capacities: int, changes: int,
               runs: int) -> None:
    database = url.split("/")[3].split("?")[0]
    ours, raw = [], []
    for run in range(runs):
        copy = _field_copy(url, folder, f"copy-{run}.tplan", changes, run)
        ours.append(timed(lambda c=copy: sync.sync(c, user="field")))
        copy = _field_copy(url, folder, f"raw-copy-{run}.tplan", changes, run + 100)
        raw.append(timed(lambda c=copy: raw_sync(cluster, database, c)))
    report(f"sync of {changes} changes against {capacities} capacities", ours, raw,
           "target under 5 s")


if __name__ == "__main__":
    main()
