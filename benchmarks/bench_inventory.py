"""Time the inventory table at 1k and 10k capacities against plain Python on the same rows.

Sorting and filtering happen in the Qt model (CapacityTableModel) over plain row tuples; this
compares each with Python's own sorted() / list filter over the very same rows, with a real
QTableView attached, and prints medians and ratios (target: within 2x). It also times the one
service read that feeds the table (inventory_rows) and the model load.

Run: python benchmarks/bench_inventory.py
"""

from __future__ import annotations

import os
import random
import statistics
import sys
import tempfile
import time
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # run from a checkout
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from sqlalchemy import insert  # noqa: E402

from transition_planner.services import plans  # noqa: E402
from transition_planner.services.inventory_view import inventory_rows  # noqa: E402
from transition_planner.store.models import (  # noqa: E402
    Actor,
    Capacity,
    FundingLine,
    Handover,
    Location,
    ReadinessScore,
    new_id,
)

SIZES = (1_000, 10_000)
RUNS = 7
TARGET_RATIO = 2.0
CATEGORIES = ("physical_protection", "early_warning", "human_rights", "mine_action", "policing",
              "community_engagement", "child_protection", "radio_communications")
STATUSES = ("identified", "proposed", "agreed", "co_delivery", "handed_over", "at_risk")
DIMENSIONS = ("capacity", "willingness", "funding", "access", "legitimacy", "independence",
              "data_transfer")


def build_plan(path: Path, capacities: int, seed: int = 1):
    """A plan file with `capacities` capacities over 200 locations, 1-2 successors each,
    seven readiness scores per successor and a funding line per capacity (bulk inserts)."""
    rng = random.Random(seed)
    handle = plans.new_plan(path, {"name": f"Bench {capacities}", "mission_name": "Bench",
                                   "planned_exit": "2028-06-30", "horizon_start": "2027-01-01"},
                            user="bench")
    locations = [{"id": new_id(), "name": f"Team site {i}", "level": "team_site",
                  "closure_date": date(2027, 3, 1) + timedelta(days=rng.randint(0, 600))}
                 for i in range(200)]
    actors = [{"id": new_id(), "name": f"Successor {i}", "actor_type": "national_ngo"}
              for i in range(300)]
    caps, handovers, scores, lines = [], [], [], []
    for i in range(capacities):
        cap_id = new_id()
        caps.append({"id": cap_id, "name": f"Capacity {rng.randint(0, 10**6):07d} {i}",
                     "location_id": rng.choice(locations)["id"],
                     "category": rng.choice(CATEGORIES), "poc_tier": rng.choice("I II III".split()),
                     "quantity": float(rng.randint(1, 40)), "unit": "staff",
                     "annual_cost": Decimal(rng.randint(0, 900) * 1000)})
        for _k in range(rng.choice((0, 1, 1, 2))):
            h_id = new_id()
            handovers.append({"id": h_id, "capacity_id": cap_id,
                              "actor_id": rng.choice(actors)["id"], "share": 0.5,
                              "status": rng.choice(STATUSES),
                              "start_date": date(2027, 6, 1) + timedelta(days=rng.randint(0, 500))})
            scores += [{"id": new_id(), "handover_id": h_id, "dimension": d,
                        "score": rng.randint(1, 5)} for d in DIMENSIONS]
        lines.append({"id": new_id(), "capacity_id": cap_id, "source_type": "bilateral",
                      "amount": Decimal(50_000), "currency": "USD",
                      "status": rng.choice(("required", "pledged", "committed"))})
    with handle.action() as session:
        for model, rows in ((Location, locations), (Actor, actors), (Capacity, caps),
                            (Handover, handovers), (ReadinessScore, scores), (FundingLine, lines)):
            session.execute(insert(model), rows)
    return handle


def median_seconds(action, runs: int = RUNS) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def bench_size(size: int, folder: Path) -> list[tuple[str, float, float]]:
    from PySide6.QtWidgets import QTableView

    from transition_planner.ui.models.inventory import COL_LOCATION, COL_NAME, CapacityTableModel

    handle = build_plan(folder / f"bench-{size}.tplan", size)
    try:
        read = median_seconds(lambda: inventory_rows(handle), runs=3)
        rows = inventory_rows(handle)
    finally:
        handle.close()
    model = CapacityTableModel()
    view = QTableView()
    view.setModel(model)
    view.resize(1200, 700)
    view.show()
    load = median_seconds(lambda: model.set_rows(rows))

    results = [("service read (inventory_rows)", read, float("nan")),
               ("model load (set_rows)", load, float("nan"))]
    for label, col, key in (("sort by name", COL_NAME, lambda r: r.name.casefold()),
                            ("sort by location", COL_LOCATION, lambda r: r.location.casefold())):
        ours = median_seconds(lambda c=col: (model.sort(c), model.sort(c, _descending())))
        raw = median_seconds(lambda k=key: (sorted(rows, key=k), sorted(rows, key=k,
                                                                         reverse=True)))
        results.append((label + " (both ways)", ours, raw))
    # A reload (after every edit) re-sorts by the active column: its keys are built afresh.
    model.sort(COL_LOCATION)
    ours = median_seconds(lambda: model.set_rows(rows))
    raw = median_seconds(lambda: sorted(rows, key=lambda r: r.location.casefold()))
    results.append(("reload, sorted by location", ours, raw))
    needle = "12"
    ours = median_seconds(lambda: (model.set_search(needle), model.set_search("")))
    raw = median_seconds(lambda: ([r for r in rows if needle in r.name.casefold()],
                                  [r for r in rows if "" in r.name.casefold()]))
    results.append(("search '12' and clear", ours, raw))
    category = CATEGORIES[0]
    ours = median_seconds(lambda: (model.set_category(category), model.set_category(None)))
    raw = median_seconds(lambda: ([r for r in rows if r.category == category], list(rows)))
    results.append(("category filter and clear", ours, raw))
    view.close()
    return results


def _descending():
    from PySide6.QtCore import Qt

    return Qt.SortOrder.DescendingOrder


def main() -> int:
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])  # noqa: F841 (keeps Qt alive)
    worst = 0.0
    with tempfile.TemporaryDirectory() as tmp:
        for size in SIZES:
            print(f"\n{size:,} capacities (median of {RUNS} runs)")
            print(f"  {'operation':<38} {'model':>10} {'python':>10} {'ratio':>7}")
            for label, ours, raw in bench_size(size, Path(tmp)):
                if raw != raw:  # no plain-Python counterpart
                    print(f"  {label:<38} {ours * 1000:>8.1f}ms")
                    continue
                ratio = ours / raw
                worst = max(worst, ratio)
                print(f"  {label:<38} {ours * 1000:>8.1f}ms {raw * 1000:>8.1f}ms {ratio:>6.2f}x")
    print(f"\nworst ratio {worst:.2f}x (target {TARGET_RATIO}x)")
    return 0 if worst <= TARGET_RATIO else 1


if __name__ == "__main__":
    raise SystemExit(main())
