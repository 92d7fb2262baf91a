"""Time the Map page drawing a 300-district country with 500 team sites.

A synthetic map view (services.maps.MapView, no plan file): 300 districts on a 20 x 15 grid,
each ring 120 points as a simplified COD-AB boundary keeps about, 20 provinces outlined over
them, 500 sites, 3000 capacities with random gap masks over 36 months. Measured:
(a) first draw: the painter paths (built in the page's worker thread), then in the window
    MapPage's first draw (every item, the first recolour, painting);
(b) redraw: one slider move (MapPage.recolour: figures of every area and place, new brushes).
Baseline, in the same run: raw Qt doing the same drawing work, QPainterPaths and items added
to a QGraphicsScene with fixed brushes (a), and setBrush on every item with a colour already
known (b). Targets: first draw well under 0.5 s, redraw under 50 ms.
Run from a checkout: python benchmarks/bench_map.py [--runs 5]
"""

from __future__ import annotations

import argparse
import math
import os
import random
import statistics
import sys
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # run from a checkout
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QPointF  # noqa: E402
from PySide6.QtGui import QBrush, QColor, QPainterPath, QPen, QPolygonF  # noqa: E402
from PySide6.QtWidgets import QApplication, QGraphicsScene  # noqa: E402

from transition_planner.domain import geo  # noqa: E402
from transition_planner.domain.gaps import add_months  # noqa: E402
from transition_planner.services import maps  # noqa: E402

COLUMNS, ROWS, RING_POINTS, SITES, CAPACITIES, MONTHS = 20, 15, 120, 500, 3000, 36
CELL = 40.0  # km


def ring(cx: float, cy: float, seed: int) -> list[tuple[float, float]]:
    rng = random.Random(seed)
    points = []
    for k in range(RING_POINTS):
        angle = 2 * math.pi * k / RING_POINTS
        r = CELL * 0.5 * (1 + 0.08 * rng.uniform(-1, 1))
        points.append((cx + r * math.cos(angle), cy + r * math.sin(angle)))
    return points + [points[0]]


def synthetic_view() -> maps.MapView:
    rng = random.Random(18)
    capacities = {
        f"c{i}": maps.MapCapacity(f"c{i}", f"Capacity {i}", rng.choice(("a", "b", "c")),
                                  rng.choice(("I", "II", "III")), ("idps",),
                                  rng.getrandbits(MONTHS) & ~((1 << rng.randrange(MONTHS)) - 1))
        for i in range(CAPACITIES)
    }
    ids = list(capacities)
    areas = []
    for n in range(COLUMNS * ROWS):
        cx, cy = (n % COLUMNS) * CELL, (n // COLUMNS) * CELL
        areas.append(maps.MapArea(f"D{n:03d}", f"District {n}", 2, [[ring(cx, cy, n)]],
                                  tuple(ids[n * 10:(n + 1) * 10])))
    outlines = [maps.MapArea(f"P{p:02d}", f"Province {p}", 1,
                             [[ring((p % 5) * CELL * 4 + CELL * 1.5, (p // 5) * CELL * 4,
                                    1000 + p)]]) for p in range(20)]
    places = [maps.MapPlace(f"s{i}", f"Site {i}", "team_site", rng.uniform(0, COLUMNS * CELL),
                            rng.uniform(0, ROWS * CELL), rng.randrange(MONTHS),
                            tuple(ids[i * 6:(i + 1) * 6])) for i in range(SITES)]
    view = maps.MapView("internal", [add_months(date(2026, 1, 1), i) for i in range(MONTHS)],
                        18, capacities, areas, outlines, places, 2, (1, 2))
    points = [pt for a in (*areas, *outlines) for pt in geo.boundary_points(a.polygons)]
    view.bounds = geo.bounds_of(points + [(p.x, p.y) for p in places])
    return view


def raw_first_draw(view: maps.MapView) -> QGraphicsScene:
    scene = QGraphicsScene()
    pen, brush = QPen(QColor("#8C8C8C"), 0), QBrush(QColor("#F3823F"))
    items = []
    for area in (*view.areas, *view.outlines):
        path = QPainterPath()
        for polygon in area.polygons:
            for r in polygon:
                path.addPolygon(QPolygonF([QPointF(x, -y) for x, y in r]))
        items.append(scene.addPath(path, pen, brush))
    for place in view.places:
        item = scene.addEllipse(-5, -5, 10, 10, pen, brush)
        item.setPos(place.x, -place.y)
        items.append(item)
    scene.raw_items = items
    return scene


def median_ms(work, runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication([])
    from transition_planner.ui.context import PlanContext
    from transition_planner.ui.pages.map import MapPage, with_paths

    view = synthetic_view()
    page = MapPage(PlanContext())
    page.resize(1280, 800)
    page.show()
    app.processEvents()

    loaded = []

    def worker():
        loaded.append(with_paths(view))

    def first_draw():
        page._on_loaded(loaded[-1])
        app.processEvents()  # painted

    def redraw():
        page.slider.setValue((page.slider.value() + 1) % MONTHS)  # recolours

    scenes = []
    raw_first = median_ms(lambda: scenes.append(raw_first_draw(view)), args.runs)
    ours_worker = median_ms(worker, args.runs)
    ours_first = median_ms(first_draw, args.runs)
    colours = [QColor(c) for c in ("#FDE0A6", "#A8201A")]
    items = scenes[-1].raw_items

    def raw_redraw():
        colour = colours[int(time.perf_counter() * 1000) % 2]
        for item in items:
            item.setBrush(QBrush(colour))

    raw_re = median_ms(raw_redraw, args.runs * 4)
    ours_re = median_ms(redraw, args.runs * 4)
    print(f"map {COLUMNS * ROWS} districts x {RING_POINTS} points, {SITES} sites, "
          f"{CAPACITIES} capacities, median of {args.runs} runs")
    total = ours_worker + ours_first
    print(f"first draw  ours {total:7.1f} ms  raw Qt {raw_first:7.1f} ms  "
          f"ratio {total / raw_first:4.2f}x  target < 500 ms  (paths in the worker "
          f"{ours_worker:.1f} ms, window blocked {ours_first:.1f} ms, painting included)")
    print(f"redraw      ours {ours_re:7.1f} ms  raw Qt {raw_re:7.1f} ms  "
          f"ratio {ours_re / raw_re:4.2f}x  target < 50 ms")
    page.loader.wait()


if __name__ == "__main__":
    main()
