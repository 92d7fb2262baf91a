"""Time writing and loading whole plans through our store layer against raw sqlite3.

(a) insert: services.bulk.insert_rows into a new, empty .tplan (one transaction) against
    sqlite3 executemany of the same rows, already encoded, into the same schema;
(b) load: services.gaps.load_facts against sqlite3 fetchall of the same columns;
(c) gaps: domain.gaps.compute_gaps on the loaded facts (loading excluded).
Run from a checkout: python benchmarks/bench_plan_io.py [--sizes 1000 10000] [--runs 5]
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import statistics
import sys
import tempfile
import time
from datetime import UTC, date, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # run from a checkout
sys.path.insert(0, str(Path(__file__).resolve().parent))

from synthetic import TABLE_ORDER, row_count, synthetic_rows  # noqa: E402

from transition_planner.services import bulk  # noqa: E402
from transition_planner.services.plans import PlanHandle  # noqa: E402
from transition_planner.store import planfile  # noqa: E402
from transition_planner.store.models import metadata  # noqa: E402
from transition_planner.store.types import Money  # noqa: E402

TARGET_RATIO = 3.0

# The columns load_facts reads, as plain SQL (what a hand-written loader would run).
LOAD_QUERIES = (
    "SELECT * FROM plan",
    "SELECT * FROM scenario WHERE id = (SELECT active_scenario_id FROM plan)",
    "SELECT kind, code, label, label_fr, attributes, builtin FROM taxonomyterm "
    "ORDER BY kind, sort_order",
    "SELECT id, name, parent_id, closure_date FROM location",
    "SELECT capacity_id, enabler_id FROM capacityenabler",
    "SELECT id, name, category, poc_tier, component, location_id, populations, criticality, "
    "end_date, required_share, annual_cost, currency, has_sensitive_data FROM capacity "
    "ORDER BY name",
    "SELECT handover_id, dimension, score FROM readinessscore",
    "SELECT id, status, source_type, amount, currency, period_start, period_end, handover_id, "
    "capacity_id FROM fundingline",
    "SELECT h.id, h.capacity_id, h.actor_id, a.name, a.actor_type, h.role, h.share, h.modality, "
    "h.start_date, h.end_date, h.status, h.data_protocol_agreed FROM handover h "
    "JOIN actor a ON a.id = h.actor_id ORDER BY h.start_date, h.id",
)


# --- helpers ---------------------------------------------------------------------------------


def median_seconds(action, runs: int) -> float:
    times = []
    for _ in range(runs):
        began = time.perf_counter()
        action()
        times.append(time.perf_counter() - began)
    return statistics.median(times)


def interleaved(actions: dict, runs: int) -> dict[str, float]:
    """Median seconds of each action, run in turn so that both see the same machine load."""
    times: dict[str, list[float]] = {name: [] for name in actions}
    for _ in range(runs):
        for name, action in actions.items():
            began = time.perf_counter()
            action()
            times[name].append(time.perf_counter() - began)
    return {name: statistics.median(t) for name, t in times.items()}


def empty_plan_file(path: Path) -> None:
    """A new .tplan with the schema and nothing else (the same start for both writers)."""
    planfile.create_plan_file(path).engine.dispose()


def raw_connection(path: Path) -> sqlite3.Connection:
    """sqlite3 with the pragmas our engine sets on every connection."""
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA foreign_keys=ON")
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=NORMAL")
    return conn


def _encode(value, column_type):
    """A Python value as our column types store it."""
    if value is None:
        return None
    if isinstance(column_type, Money):
        return int(value * 100)
    if isinstance(value, datetime):
        return value.astimezone(UTC).isoformat(timespec="microseconds")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, (list, dict)):
        return json.dumps(value)
    return value


def encoded_tuples(rows: dict[str, list[dict]]) -> list[tuple[str, list[tuple]]]:
    """(INSERT statement, value tuples) per table, in foreign-key order."""
    out = []
    for name in TABLE_ORDER:
        table = metadata.tables[name]
        if not rows[name]:
            continue
        # the rows' columns, and those the model fills with a plain default (what the ORM
        # writes for a field the generator leaves out as the schema grows)
        defaults = {c.name: c.default.arg for c in table.columns
                    if c.default is not None and c.default.is_scalar}
        columns = [c for c in table.columns if c.name in rows[name][0] or c.name in defaults]
        sql = (f"INSERT INTO {name} ({', '.join(c.name for c in columns)}) "
               f"VALUES ({', '.join('?' for _ in columns)})")
        out.append((sql, [tuple(_encode(r.get(c.name, defaults.get(c.name)), c.type)
                                for c in columns) for r in rows[name]]))
    return out


def table_contents(path: Path) -> dict[str, list[tuple]]:
    conn = sqlite3.connect(path)
    try:
        return {name: conn.execute(f"SELECT * FROM {name} ORDER BY id").fetchall()
                for name in TABLE_ORDER}
    finally:
        conn.close()


# --- (a) insert ------------------------------------------------------------------------------


class InsertBench:
    def __init__(self, rows, folder: Path):
        self.rows, self.folder, self.n = rows, folder, 0
        self.encoded = encoded_tuples(rows)

    def _path(self, label: str) -> Path:
        self.n += 1
        size = len(self.rows["capacity"])
        path = self.folder / f"{label}-{size}-{self.n}{planfile.PLAN_SUFFIX}"
        empty_plan_file(path)
        return path

    def ours(self) -> tuple[float, Path]:
        path = self._path("ours")
        handle = PlanHandle(planfile.open_plan_file(path), "benchmark")
        began = time.perf_counter()
        bulk.insert_rows(handle, self.rows, source="benchmark")
        elapsed = time.perf_counter() - began
        handle.close()
        return elapsed, path

    def raw(self) -> tuple[float, Path]:
        path = self._path("raw")
        conn = raw_connection(path)
        began = time.perf_counter()
        with conn:
            for sql, values in self.encoded:
                conn.executemany(sql, values)
        elapsed = time.perf_counter() - began
        conn.close()
        return elapsed, path


def bench_insert(rows, folder: Path, runs: int) -> tuple[float, float, Path]:
    bench = InsertBench(rows, folder)
    ours, raw, path = [], [], None
    for _ in range(runs):
        seconds, path = bench.ours()
        ours.append(seconds)
        raw.append(bench.raw()[0])
    if table_contents(path) != table_contents(bench.raw()[1]):
        raise SystemExit("the two writers stored different data")
    return statistics.median(ours), statistics.median(raw), path


# --- (b) load and (c) gaps -------------------------------------------------------------------


def bench_load(path: Path, runs: int):
    from transition_planner.services.gaps import load_facts
    from transition_planner.services.plans import open_plan

    handle = open_plan(path, user="benchmark")

    def ours():
        handle._taxonomy = None  # read the vocabulary again, as a freshly opened plan does
        return load_facts(handle)

    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)

    def raw():
        return [conn.execute(sql).fetchall() for sql in LOAD_QUERIES]

    ours(), raw()  # warm the page cache and SQLAlchemy's statement cache
    timings = interleaved({"ours": ours, "raw": raw}, runs)
    facts = ours()
    conn.close()
    handle.close()
    return timings["ours"], timings["raw"], facts


def bench_gaps(facts, runs: int) -> float | None:
    try:
        from transition_planner.domain.gaps import compute_gaps
    except ImportError:
        return None
    return median_seconds(lambda: compute_gaps(facts), runs)


# --- report ----------------------------------------------------------------------------------


def _ms(seconds: float) -> str:
    return f"{seconds * 1000:9.1f} ms"


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1_000, 10_000])
    parser.add_argument("--runs", type=int, default=5, help="runs per median (at least 5)")
    args = parser.parse_args(argv)
    runs = max(5, args.runs)
    print(f"{'what':<8}{'capacities':>11}{'rows':>9}{'ours':>13}{'raw sqlite3':>15}"
          f"{'ratio':>8}  target")
    with tempfile.TemporaryDirectory() as folder:
        for size in args.sizes:
            rows = synthetic_rows(size)
            count = row_count(rows)
            ours, raw, path = bench_insert(rows, Path(folder), runs)
            _line("insert", size, count, ours, raw)
            ours, raw, facts = bench_load(path, runs)
            _line("load", size, count, ours, raw)
            gaps = bench_gaps(facts, runs)
            if gaps is None:
                print(f"{'gaps':<8}{size:>11}{count:>9}  gap engine not available")
            else:
                print(f"{'gaps':<8}{size:>11}{count:>9}{_ms(gaps):>13}"
                      f"{'-':>15}{'-':>8}  (loading excluded)")


def _line(what: str, size: int, count: int, ours: float, raw: float) -> None:
    ratio = ours / raw
    verdict = "OK" if ratio <= TARGET_RATIO else "MISSED"
    print(f"{what:<8}{size:>11}{count:>9}{_ms(ours):>13}{_ms(raw):>15}{ratio:>7.1f}x"
          f"  <= {TARGET_RATIO:g}x {verdict}")


if __name__ == "__main__":
    main()
