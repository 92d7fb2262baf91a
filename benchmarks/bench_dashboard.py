"""Time the Gaps page's refresh after one edit on synthetic plans of 1k and 10k capacities.

Baseline: the full gap computation (services.gaps.load_facts, then domain.gaps.compute_gaps:
read every fact, run the engine on every capacity), which every refresh did before the report
was updated in place. Measured against it, each after its own real edit (one capacity's
required share changed through the services):
(u) update: services.gaps.compute after the edit: the changed capacity read and computed
    again, the rest of the last report kept (services.gaps_cache, domain.gaps_update);
(a) worker: what the background thread does (open its own handle, gap report, every read
    model of the dashboard);
(b) window: what the GUI thread does with the result (redraw the sections that changed),
    the longest the window is blocked;
(c) figures: from asking for the recompute to the page showing the new key figures (sent
    as soon as the gap report exists, before the charts' read models): edit-to-screen,
    target under 250 ms at 10k;
(d) refresh: from asking for the recompute to the page showing everything new.
Run from a checkout: python benchmarks/bench_dashboard.py [--sizes 1000 10000] [--runs 5]
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

from synthetic import synthetic_rows  # noqa: E402

from transition_planner.domain.gaps import compute_gaps  # noqa: E402
from transition_planner.services import bulk, gaps, inventory, plans  # noqa: E402
from transition_planner.services.plans import PlanHandle  # noqa: E402
from transition_planner.store import planfile  # noqa: E402


def build_plan(folder: Path, size: int) -> Path:
    path = folder / f"dashboard-{size}{planfile.PLAN_SUFFIX}"
    handle = PlanHandle(planfile.create_plan_file(path), "benchmark")
    bulk.insert_rows(handle, synthetic_rows(size), source="benchmark")
    handle.close()
    return path


class Timed:
    """Wraps the page's slot that applies a result, to time the GUI thread's share."""

    def __init__(self, page):
        self.page, self.seconds, self.done, self.loop = page, 0.0, False, None
        self.began, self.figures_at = 0.0, 0.0
        original = page._on_ready
        page.worker.sig_figures.connect(
            lambda _f: setattr(self, "figures_at", time.perf_counter() - self.began))

        def on_ready(data):
            began = time.perf_counter()
            original(data)
            self.seconds = time.perf_counter() - began
            self.done = True
            if self.loop is not None:
                self.loop.quit()

        page.worker.sig_ready.disconnect(page._on_ready)
        page.worker.sig_ready.connect(on_ready)


def bench(path: Path, runs: int) -> dict[str, list[float]]:
    from PySide6.QtWidgets import QApplication

    from transition_planner.ui.context import CAPACITY, PlanContext
    from transition_planner.ui.pages import dashboard as page_module

    app = QApplication.instance() or QApplication([])
    handle = plans.open_plan(path, user="benchmark")
    capacity = inventory.list_capacities(handle)[0]
    request = page_module.Request(path, "benchmark", None, None, "en")
    ctx = PlanContext()
    ctx.set_handle(handle)
    page = page_module.DashboardPage(ctx)
    page.resize(1366, 768)
    timed = Timed(page)
    page.show()  # the first computation, and the charts built
    _wait(app, timed)
    times: dict[str, list[float]] = {"baseline": [], "update": [], "worker": [], "window": [],
                                     "figures": [], "refresh": []}
    shares = iter([0.5, 1.0] * 2 * runs)

    def edit() -> None:  # each measure after an edit of its own
        inventory.update_capacity(handle, capacity.id, {"required_share": next(shares)})

    for _run in range(runs):
        edit()
        began = time.perf_counter()
        compute_gaps(gaps.load_facts(handle))
        times["baseline"].append(time.perf_counter() - began)
        began = time.perf_counter()
        gaps.compute(handle)
        times["update"].append(time.perf_counter() - began)
        edit()
        began = time.perf_counter()
        page_module.compute(request)
        times["worker"].append(time.perf_counter() - began)
        edit()
        timed.done = False
        ctx.changed(CAPACITY)
        began = timed.began = time.perf_counter()
        page.recompute()  # what the coalescing timer calls, without its wait
        _wait(app, timed)
        times["refresh"].append(time.perf_counter() - began)
        times["figures"].append(timed.figures_at)
        times["window"].append(timed.seconds)
    page.wait_for_workers()
    page.close()
    ctx.set_handle(None)
    return times


def _wait(app, timed: Timed) -> None:
    """Run the event loop, as the window does, until the page has the new numbers."""
    from PySide6.QtCore import QEventLoop, QTimer

    if not timed.done:
        timed.loop = QEventLoop()
        QTimer.singleShot(300_000, timed.loop.quit)
        timed.loop.exec()
        timed.loop = None
    if not timed.done:
        raise SystemExit("the dashboard did not refresh within five minutes")


def _ms(seconds: float) -> str:
    return f"{seconds * 1000:9.1f} ms"


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1_000, 10_000])
    parser.add_argument("--runs", type=int, default=5, help="runs per median (at least 3)")
    args = parser.parse_args(argv)
    runs = max(3, args.runs)
    print(f"{'capacities':>10}  {'what':<9}{'median':>13}  ratio to the full gap computation")
    with tempfile.TemporaryDirectory() as folder:
        for size in args.sizes:
            times = bench(build_plan(Path(folder), size), runs)
            baseline = statistics.median(times["baseline"])
            for what in ("baseline", "update", "worker", "window", "figures", "refresh"):
                median = statistics.median(times[what])
                print(f"{size:>10}  {what:<9}{_ms(median):>13}  {median / baseline:5.2f}x")
            figures = statistics.median(times["figures"])
            print(f"{size:>10}  edit-to-screen (figures) {figures * 1000:.0f} ms, "
                  f"{figures / baseline:.2f}x the full computation; target under 250 ms")


if __name__ == "__main__":
    main()
