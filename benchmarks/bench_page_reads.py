"""Time what the Actors, Locations, Funding, Timeline and History pages read, against raw sqlite3.

For synthetic plans of 1k and 10k capacities (benchmarks/synthetic.py) plus an audit trail of
20 entries per capacity, each line compares one read-model service with raw sqlite3 running
the same SQL and fetching the rows (nothing built from them), median of interleaved runs (the
Timeline three times: from cold against the gap engine loader's queries, the baseline of issue
19; from cold against only the SQL it runs; with the window's gap report kept); and
the funding table's sort in its Qt model with Python's sorted() on the same rows and key.

Run: python benchmarks/bench_page_reads.py [--sizes 1000 10000] [--runs 5]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sqlite3
import sys
import tempfile
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # run from a checkout
sys.path.insert(0, str(Path(__file__).resolve().parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from bench_plan_io import empty_plan_file, interleaved  # noqa: E402
from synthetic import row_count, synthetic_rows  # noqa: E402

from transition_planner.services import (  # noqa: E402
    bulk,
    funding_view,
    gaps,
    gaps_cache,
    history_view,
    registry_view,
    timeline_view,
)
from transition_planner.services.plans import PlanHandle  # noqa: E402
from transition_planner.store import planfile  # noqa: E402

TARGET_RATIO = 3.0
AUDIT_PER_CAPACITY = 20

# The SQL each service runs, written by hand: what a loader without our layers would execute.
RAW = {
    "actors": (
        "SELECT p.actor_id, l.id, l.name FROM actorpresence p JOIN location l "
        "ON l.id = p.location_id ORDER BY l.name",
        "SELECT h.actor_id, h.id, c.id, c.name, l.name, h.share, h.status, h.start_date "
        "FROM handover h JOIN capacity c ON c.id = h.capacity_id JOIN location l "
        "ON l.id = c.location_id ORDER BY h.start_date, c.name",
        "SELECT h.actor_id, avg(r.score) FROM readinessscore r JOIN handover h "
        "ON h.id = r.handover_id GROUP BY h.actor_id",
        "SELECT id, name, acronym, actor_type, description, contact, sensitive FROM actor "
        "ORDER BY name",
    ),
    "locations": (
        "SELECT id, parent_id, name, level, pcode, closure_date, notes, sensitive FROM location "
        "ORDER BY name",
        "SELECT location_id, count(*) FROM capacity GROUP BY location_id",
    ),
    "funding": (
        "SELECT f.id, f.capacity_id, c.name, l.name, f.handover_id, a.name, f.source_type, "
        "f.donor, f.amount, f.currency, f.status, f.period_start, f.period_end, f.notes, "
        "f.sensitive FROM fundingline f JOIN capacity c ON c.id = f.capacity_id "
        "JOIN location l ON l.id = c.location_id LEFT JOIN handover h ON h.id = f.handover_id "
        "LEFT JOIN actor a ON a.id = h.actor_id "
        "ORDER BY c.name, f.period_start, f.created_at",
    ),
    "history": (
        "SELECT * FROM auditentry ORDER BY at DESC LIMIT 5000",
        "SELECT id, name FROM location", "SELECT id, name FROM actor",
        "SELECT id, name FROM capacity", "SELECT id, name FROM protectionindicator",
        "SELECT id, name FROM scenario", "SELECT id, capacity_id, actor_id FROM handover",
    ),
}


def audit_entries(capacities: list[dict], per_capacity: int, seed: int = 2) -> list[tuple]:
    """Update entries on capacities, as a plan edited for months would hold."""
    rng = random.Random(seed)
    start = datetime(2026, 1, 5, 8, 0, tzinfo=UTC)
    rows = []
    for n in range(len(capacities) * per_capacity):
        cap = capacities[n % len(capacities)]
        at = start + timedelta(minutes=n * 7)
        old, new = rng.randint(1, 40), rng.randint(1, 40)
        rows.append((str(uuid.UUID(int=rng.getrandbits(128))),
                     at.isoformat(timespec="microseconds"), "planner", "update", "capacity",
                     cap["id"], cap["name"], json.dumps({"quantity": [old, new]}), None, "",
                     None))
    return rows


def build_plan(folder: Path, size: int) -> tuple[Path, int]:
    rows = synthetic_rows(size)
    path = folder / f"pages-{size}{planfile.PLAN_SUFFIX}"
    empty_plan_file(path)
    handle = PlanHandle(planfile.open_plan_file(path), "benchmark")
    bulk.insert_rows(handle, rows, source="benchmark")
    handle.close()
    entries = audit_entries(rows["capacity"], AUDIT_PER_CAPACITY)
    conn = sqlite3.connect(path)
    with conn:
        conn.executemany(
            "INSERT INTO auditentry (id, at, user, action, record_type, record_id, "
            "record_label, changes, snapshot, source, restored_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", entries)
    conn.close()
    return path, row_count(rows) + len(entries)


def bench_reads(path: Path, runs: int) -> dict[str, tuple[float, float]]:
    from transition_planner.services.plans import open_plan

    handle = open_plan(path, user="benchmark")
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    ours = {
        "actors": lambda: registry_view.actor_rows(handle),
        "locations": lambda: registry_view.location_rows(handle),
        "funding": lambda: funding_view.funding_rows(handle),
        "history": lambda: history_view.history_rows(handle),
        "timeline": lambda: cold_timeline(handle),  # no gap report kept
        "tl narrow": lambda: cold_timeline(handle),
        "tl kept": lambda: timeline_view.timeline(handle),  # the window's report kept
    }
    # Issue 19's baseline for the timeline: what a reader of the gap engine's facts runs (its
    # loader's queries), then the locations' and the milestones'. "tl narrow": only the SQL
    # the timeline itself runs from cold (the columns its bars draw), a stricter baseline.
    from bench_plan_io import LOAD_QUERIES

    milestones = "SELECT location_id, due_date, title, kind FROM milestone ORDER BY due_date"
    loader = (*LOAD_QUERIES, *RAW["locations"], milestones)
    narrow = (timeline_view.PLAN_SQL, gaps.SCENARIOS_SQL, milestones, gaps.CLOSURES_SQL,
              timeline_view.LOCATIONS_SQL, timeline_view.CAPACITIES_SQL,
              timeline_view.HANDOVERS_SQL)
    raw_sql = {**RAW, "timeline": loader, "tl narrow": narrow, "tl kept": loader}
    results = {}
    for name, action in ours.items():
        queries = raw_sql[name]

        def raw(queries=queries):
            return [conn.execute(sql).fetchall() for sql in queries]

        if name == "tl kept":
            gaps_cache.compute(handle)  # what the window's Inventory page does on opening
        action(), raw()  # warm the page cache and the statement caches
        timing = interleaved({"ours": action, "raw": raw}, runs)
        results[name] = (timing["ours"], timing["raw"])
    rows = funding_view.funding_rows(handle)
    results["totals"] = (_median_totals(rows, funding_view.horizon(handle), runs), None)
    results["sort"] = _bench_sort(rows, runs)
    conn.close()
    handle.close()
    return results


def cold_timeline(handle):
    """The Timeline with no gap report kept (a plan just opened, the Timeline shown first)."""
    gaps_cache.forget()
    return timeline_view.timeline(handle)


def _median_totals(rows, horizon, runs: int) -> float:
    from bench_plan_io import median_seconds

    return median_seconds(lambda: funding_view.yearly_totals(rows, *horizon), runs)


def _bench_sort(rows, runs: int) -> tuple[float, float]:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication, QTableView

    from transition_planner.ui.models.funding_table import COL_AMOUNT, FundingTableModel

    app = QApplication.instance() or QApplication([])
    model = FundingTableModel()
    model.set_rows(rows)
    view = QTableView()  # attached, as on the page: the view reacts to the layout change
    view.setModel(model)
    orders = iter([Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder] * (runs + 2))
    timing = interleaved({
        "ours": lambda: model.sort(COL_AMOUNT, next(orders)),
        "raw": lambda: sorted(rows, key=lambda r: (r.currency, r.amount)),
    }, runs)
    del view, app
    return timing["ours"], timing["raw"]


def _ms(seconds: float) -> str:
    return f"{seconds * 1000:9.1f} ms"


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1_000, 10_000])
    parser.add_argument("--runs", type=int, default=5, help="runs per median (at least 5)")
    args = parser.parse_args(argv)
    runs = max(5, args.runs)
    print(f"{'what':<10}{'capacities':>11}{'rows':>9}{'ours':>13}{'raw':>13}{'ratio':>8}"
          f"  target")
    with tempfile.TemporaryDirectory() as folder:
        for size in args.sizes:
            path, count = build_plan(Path(folder), size)
            for name, (ours, raw) in bench_reads(path, runs).items():
                if raw is None:
                    print(f"{name:<10}{size:>11}{count:>9}{_ms(ours):>13}{'-':>13}{'-':>8}"
                          f"  (pure Python, no raw equivalent)")
                    continue
                ratio = ours / raw
                verdict = "OK" if ratio <= TARGET_RATIO else "MISSED"
                print(f"{name:<10}{size:>11}{count:>9}{_ms(ours):>13}{_ms(raw):>13}"
                      f"{ratio:>7.1f}x  <= {TARGET_RATIO:g}x {verdict}")


if __name__ == "__main__":
    main()
