"""The longest the window's GUI thread is blocked on a synthetic 10k plan: after one edit,
after an undo, and on switching to each page.

A stall probe (a QTimer ticking every 10 ms) records the longest gap between two ticks while
the window does the work and its background readers finish; a gap of 10 ms is no stall at
all. Baseline: the same probe while the window sits idle (what the machine itself adds).
The edit is one capacity's required share changed through the window's undo stack (what the
detail panel does when a field is left), on the Inventory page, with the Gaps page built; then
the same edit and undo with each page of --on on screen (default: Funding); last, a session
of --series edits and undos in a row on the Inventory page, each its own measure, of which the
longest is reported (what a planner at work meets, the collector's rare work included).
Last, outside the window, the Timeline's read model (what its worker builds) after one edit
(the gap report kept, as the window's Inventory page keeps it) and from a cold start (no gap
report kept: only the columns the bars draw are read), each against raw sqlite3 running the
queries a reader without our layers would (the gap engine loader's, the locations', the
milestones') and fetching the rows, interleaved in the same run.
Run from a checkout: python benchmarks/bench_window_stall.py [--size 10000] [--runs 5]
        [--pages inventory funding timeline gaps locations actors] [--on funding]
        [--series 30]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # run from a checkout
sys.path.insert(0, str(Path(__file__).resolve().parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from bench_dashboard import build_plan  # noqa: E402

TICK_MS = 10
SETTLE_S = 1.0  # quiet time after the last background reader finished


class StallProbe:
    """The longest gap between ticks of a 10 ms timer, since `reset()`."""

    def __init__(self):
        from PySide6.QtCore import QTimer

        self.timer = QTimer()
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self._tick)
        self.last, self.longest = time.perf_counter(), 0.0
        self.timer.start()

    def _tick(self) -> None:
        now = time.perf_counter()
        self.longest = max(self.longest, now - self.last)
        self.last = now

    def reset(self) -> None:
        self.last, self.longest = time.perf_counter(), 0.0


def _busy(window) -> bool:
    from transition_planner.ui.models.loader import BackgroundLoader

    loaders = [getattr(page, "loader", None) for page in window.pages.values()]
    if any(isinstance(loader, BackgroundLoader) and loader.busy() for loader in loaders):
        return True
    dashboard = window.page("gaps")
    return dashboard is not None and (dashboard.worker.busy()
                                      or dashboard._timer.isActive())


def run_until_quiet(app, window, probe, limit: float = 120.0) -> float:
    """Run the event loop until no reader is busy for SETTLE_S; the longest stall seen."""
    began = time.perf_counter()
    quiet_since = None
    while time.perf_counter() - began < limit:
        app.processEvents()
        time.sleep(0.001)
        if _busy(window):
            quiet_since = None
        elif quiet_since is None:
            quiet_since = time.perf_counter()
        elif time.perf_counter() - quiet_since > SETTLE_S:
            break
    return probe.longest


def bench(path: Path, runs: int, pages: list[str],
          on_pages: tuple[str, ...] = (), series: int = 0) -> dict[str, list[float]]:
    from PySide6.QtWidgets import QApplication

    from transition_planner.services import inventory
    from transition_planner.ui.collector import MainThreadCollector
    from transition_planner.ui.context import CAPACITY
    from transition_planner.ui.main_window import MainWindow
    from transition_planner.ui.undo import do_update

    app = QApplication.instance() or QApplication([])
    window = MainWindow()
    window.collector = MainThreadCollector(window)  # as the started window collects (app.py)
    window.resize(1366, 768)
    window.show()
    window.open_plan(path)
    probe = StallProbe()
    for key in pages:  # every page built once, as a user who has looked at each
        window.show_page(key)
        run_until_quiet(app, window, probe)
    window.show_page("inventory")
    run_until_quiet(app, window, probe)
    ctx = window.ctx
    capacity = inventory.list_capacities(ctx.handle)[0]

    def edit_and_undo(share: float, where: str) -> None:
        probe.reset()
        do_update(ctx, "bench", lambda v: inventory.update_capacity(ctx.handle, capacity.id, v),
                  {"required_share": capacity.required_share}, {"required_share": share},
                  CAPACITY)
        times[f"edit{where}"].append(run_until_quiet(app, window, probe))
        probe.reset()
        ctx.undo_stack.undo()
        times[f"undo{where}"].append(run_until_quiet(app, window, probe))

    times: dict[str, list[float]] = {"idle": [], "edit": [], "undo": []}
    times.update({f"show {key}": [] for key in pages})
    times.update({f"{what} on {key}": [] for key in on_pages for what in ("edit", "undo")})
    if series:
        times.update({"edit series": [], "undo series": []})
    for run in range(runs):
        probe.reset()
        run_until_quiet(app, window, probe)
        times["idle"].append(probe.longest)
        share = 0.5 if run % 2 == 0 else 0.75
        edit_and_undo(share, "")
        for key in [*pages[1:], pages[0]]:
            probe.reset()
            window.show_page(key)
            times[f"show {key}"].append(run_until_quiet(app, window, probe))
        for key in on_pages:  # the same edit and its undo with that page on screen
            window.show_page(key)
            run_until_quiet(app, window, probe)
            edit_and_undo(share, f" on {key}")
        window.show_page(pages[0])
        run_until_quiet(app, window, probe)
    window.show_page("inventory")
    run_until_quiet(app, window, probe)
    for number in range(series):  # one longest stall over the whole session
        edit_and_undo(0.5 if number % 2 == 0 else 0.75, " series")
    if series:
        worst = max(times.pop("edit series") + times.pop("undo series"))
        times[f"{series} edits+undos"] = [worst]
    window.close()
    window.collector.stop()
    return times


def bench_timeline_read(path: Path, runs: int) -> dict[str, tuple[float, float]]:
    """Median seconds of the Timeline's read (after an edit; cold) and of raw sqlite3."""
    import sqlite3

    from bench_page_reads import RAW
    from bench_plan_io import LOAD_QUERIES

    from transition_planner.services import gaps_cache, inventory, timeline_view
    from transition_planner.services.plans import open_plan

    handle = open_plan(path, user="benchmark")
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    queries = (*LOAD_QUERIES, *RAW["locations"],
               "SELECT location_id, due_date, title, kind FROM milestone ORDER BY due_date")
    capacity = inventory.list_capacities(handle)[0]
    shares = iter([0.5, 0.75] * runs)

    def raw():
        return [conn.execute(sql).fetchall() for sql in queries]

    def after_edit():  # the edit is made before the clock starts
        return timeline_view.timeline(handle)

    times = {"after an edit": [], "cold": [], "raw": []}
    gaps_cache.compute(handle)  # the gap report the window's Inventory page keeps
    raw(), after_edit()  # warm the page cache and the statement caches
    for _ in range(runs):
        inventory.update_capacity(handle, capacity.id, {"required_share": next(shares)})
        for name, action in (("after an edit", after_edit), ("raw", raw)):
            began = time.perf_counter()
            action()
            times[name].append(time.perf_counter() - began)
        gaps_cache.forget()
        began = time.perf_counter()
        timeline_view.timeline(handle)
        times["cold"].append(time.perf_counter() - began)
        gaps_cache.compute(handle)  # kept again for the next edit, as in the window
    conn.close()
    handle.close()
    gaps_cache.forget()
    raw_median = statistics.median(times["raw"])
    return {name: (statistics.median(times[name]), raw_median)
            for name in ("after an edit", "cold")}


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=5, help="runs per median (at least 3)")
    parser.add_argument("--pages", nargs="+",
                        default=["inventory", "funding", "timeline", "gaps", "locations",
                                 "actors"])
    parser.add_argument("--on", nargs="*", default=["funding"],
                        help="pages on screen for a further edit and undo")
    parser.add_argument("--series", type=int, default=30,
                        help="edits and undos in a row, the longest stall among them")
    args = parser.parse_args(argv)
    os.environ.setdefault("TRANSITION_PLANNER_CONFIG_DIR", tempfile.mkdtemp())
    with tempfile.TemporaryDirectory() as folder:
        path = build_plan(Path(folder), args.size)
        times = bench(path, max(3, args.runs), args.pages, tuple(args.on), args.series)
        reads = bench_timeline_read(path, max(3, args.runs))
    idle = statistics.median(times["idle"])
    print(f"{args.size} capacities, longest GUI-thread stall (median of {max(3, args.runs)}, "
          f"runs: min-max), ratio to idle")
    for what, values in times.items():
        median = statistics.median(values)
        print(f"  {what:<20}{median * 1000:8.0f} ms   ({min(values) * 1000:.0f}-"
              f"{max(values) * 1000:.0f})  {median / idle:6.1f}x")
    print("Timeline read model, median, against raw sqlite3 reading the same rows:")
    for what, (ours, raw) in reads.items():
        print(f"  {what:<20}{ours * 1000:8.0f} ms   raw {raw * 1000:.0f} ms  {ours / raw:6.2f}x")


if __name__ == "__main__":
    main()
