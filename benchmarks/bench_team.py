"""Team plans on PostgreSQL: opening a 10k-capacity plan, and a sync of 500 changes.

(a) open: `plans.open_plan(URL)` and `services.gaps.load_facts` (what the window reads to show
    a plan) against psycopg running the same SELECTs and fetching every row; target 3x.
(b) sync: `exchange.sync.sync` of a field copy holding 500 changed records (whole plan
    checked out) against the same 10k plan; target under 5 s. Checkout and import are timed
    once, for information.
A throwaway server is started in a temporary folder (tests/postgres_cluster.py).
Run from a checkout: python benchmarks/bench_team.py [--capacities 10000] [--runs 5]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
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
from transition_planner.store import planfile, transfer  # noqa: E402
from transition_planner.store.models import Capacity  # noqa: E402


def timed(action) -> float:
    began = time.perf_counter()
    action()
    return time.perf_counter() - began


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--capacities", type=int, default=10_000)
    parser.add_argument("--changes", type=int, default=500)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    cluster = LocalCluster().start()
    folder = Path(tempfile.mkdtemp(prefix="bench-team-"))
    try:
        path = folder / "plan.tplan"
        empty_plan_file(path)
        handle = PlanHandle(planfile.open_plan_file(path), "benchmark")
        bulk.insert_rows(handle, synthetic_rows(args.capacities), source="benchmark")
        handle.close()
        url = cluster.create_database("bench")
        seconds = timed(lambda: transfer.import_plan_file(path, url))
        print(f"server import of {args.capacities} capacities: {seconds:.2f} s (once)")
        bench_open(cluster, url, args.runs)
        bench_sync(url, folder, args.capacities, args.changes, args.runs)
    finally:
        cluster.stop()


def bench_open(cluster, url: str, runs: int) -> None:
    def ours():
        handle = open_plan(url, user="benchmark")
        load_facts(handle)
        handle.close()

    def raw():
        with cluster.admin("bench") as conn:
            for sql in LOAD_QUERIES:
                conn.execute(sql).fetchall()

    ours(), raw()  # warm the server's cache
    mine, theirs = [], []
    for _ in range(runs):
        mine.append(timed(ours))
        theirs.append(timed(raw))
    a, b = statistics.median(mine), statistics.median(theirs)
    print(f"open {url.split('@')[0].split('//')[0]}//… + load_facts: ours {a:.3f} s, "
          f"raw psycopg {b:.3f} s, ratio {a / b:.2f}x (target 3x)")


def bench_sync(url: str, folder: Path, capacities: int, changes: int, runs: int) -> None:
    times = []
    for run in range(runs):
        copy = folder / f"copy-{run}.tplan"
        began = time.perf_counter()
        sync.checkout(url, copy, user="field")
        if run == 0:
            print(f"checkout of {capacities} capacities: {time.perf_counter() - began:.2f} s")
        handle = open_plan(copy, user="field")
        with handle.action() as session:  # the field office's edits, one audited update each
            for cap in session.query(Capacity).order_by(Capacity.id).limit(changes):
                records.update(session, "field", cap, {"notes": f"checked on run {run}"},
                               cap.name)
        handle.close()
        seconds = timed(lambda: sync.sync(copy, user="field"))  # noqa: B023
        times.append(seconds)
    print(f"sync of {changes} changes against {capacities} capacities: median "
          f"{statistics.median(times):.2f} s over {runs} runs (target under 5 s)")


if __name__ == "__main__":
    main()
