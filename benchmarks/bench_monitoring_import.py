"""Time the import of a Kobo export of indicator values (preview, then apply with its audit
trail, then its undo and redo) at 100 and 1,000 team sites x 12 months, against the raw
libraries doing the same reading and writing: csv.reader over the same file, sqlite3
executemany of the same values and audit rows."""

from __future__ import annotations

import csv
import json
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # run from a checkout

from transition_planner.exchange.monitoring_csv import ColumnMap  # noqa: E402
from transition_planner.services import inventory, monitoring, plans  # noqa: E402
from transition_planner.services import monitoring_import as mi  # noqa: E402

RUNS = 5
MONTH_ENDS = [f"2027-{m:02d}-28" for m in range(1, 13)]
HEADER = ["today", "group_site/site_pcode", "group_alerts/alerts_answered",
          "group_alerts/response_time", "_uuid", "_submission_time"]


def build(folder: Path, sites: int) -> tuple[Path, Path]:
    """A plan with `sites` team sites, two indicators each, and the export of a year."""
    path = folder / f"plan-{sites}.tplan"
    handle = plans.new_plan(path, {"name": "Bench", "horizon_start": "2027-01-01"}, user="b")
    for n in range(sites):
        loc = inventory.add_location(handle, {"name": f"Site {n}", "pcode": f"TS{n:05d}"}).id
        for name, threshold, bad in (("Alerts answered", 60, "below"),
                                     ("Response time", 24, "above")):
            monitoring.add_indicator(handle, {"name": name, "location_id": loc,
                                              "threshold": threshold, "trigger_when": bad})
    handle.close()
    export = folder / f"export-{sites}.csv"
    with export.open("w", newline="", encoding="utf-8-sig") as fh:
        out = csv.writer(fh)
        out.writerow(HEADER)
        for day in MONTH_ENDS:
            for n in range(sites):
                out.writerow([day, f"TS{n:05d}", 40 + n % 50, 6 + n % 30, str(uuid.uuid4()),
                              f"{day}T09:00:00"])
    return path, export


def ours(plan: Path, export: Path, work: Path) -> tuple[float, float, int]:
    copy = work / "copy.tplan"
    shutil.copyfile(plan, copy)
    handle = plans.open_plan(copy)
    columns = ColumnMap(date="today", location=HEADER[1], uuid="_uuid", values={
        HEADER[2]: "Alerts answered", HEADER[3]: "Response time"})
    try:
        start = time.perf_counter()
        preview = mi.preview_values_import(handle, export, columns)
        middle = time.perf_counter()
        added = mi.apply_values_import(handle, preview)
        end = time.perf_counter()
        tombstones = mi.remove_values(handle, added)  # Ctrl+Z
        undone = time.perf_counter()
        mi.restore_values(handle, tombstones)  # Ctrl+Shift+Z
        redone = time.perf_counter()
    finally:
        handle.close()
    return middle - start, end - middle, len(added), undone - end, redone - undone


def raw(export: Path, work: Path) -> float:
    """The same work with the raw libraries: read the file, write each value and its audit
    entry (its fields as JSON) into tables indexed as the plan's are."""
    db_path = work / "raw.sqlite"
    db_path.unlink(missing_ok=True)
    start = time.perf_counter()
    with export.open(newline="", encoding="utf-8-sig") as fh:
        rows = list(csv.reader(fh))[1:]
    db = sqlite3.connect(db_path)
    db.executescript(
        "CREATE TABLE v (id TEXT PRIMARY KEY, indicator TEXT, measured_on TEXT, value REAL, "
        "source TEXT); CREATE INDEX v_i ON v (indicator);"
        "CREATE TABLE a (id TEXT PRIMARY KEY, at TEXT, record_type TEXT, record_id TEXT, "
        "changes TEXT); CREATE INDEX a_at ON a (at); CREATE INDEX a_t ON a (record_type);"
        "CREATE INDEX a_r ON a (record_id);")
    values = [(str(uuid.uuid4()), r[1] + c, r[0], float(r[2 + k]), "uuid:" + r[4])
              for r in rows for k, c in enumerate(("a", "r"))]
    now = time.strftime("%Y-%m-%dT%H:%M:%S")
    with db:
        db.executemany("INSERT INTO v VALUES (?, ?, ?, ?, ?)", values)
        db.executemany("INSERT INTO a VALUES (?, ?, ?, ?, ?)", [
            (str(uuid.uuid4()), now, "indicatorvalue", v[0], json.dumps(
                {"indicator_id": [None, v[1]], "measured_on": [None, v[2]],
                 "value": [None, v[3]], "source": [None, v[4]]})) for v in values])
    db.close()
    return time.perf_counter() - start


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for sites in (100, 1000):
            plan, export = build(folder, sites)
            previews, applies, raws, undos, redos, count = [], [], [], [], [], 0
            for _ in range(RUNS):
                p, a, count, u, r = ours(plan, export, folder)
                previews.append(p)
                applies.append(a)
                undos.append(u)
                redos.append(r)
                raws.append(raw(export, folder))
            total = statistics.median(p + a for p, a in zip(previews, applies, strict=True))
            print(f"{sites} sites x 12 months = {count} values: preview "
                  f"{statistics.median(previews) * 1000:.0f} ms, apply "
                  f"{statistics.median(applies) * 1000:.0f} ms, raw csv+sqlite3 "
                  f"{statistics.median(raws) * 1000:.0f} ms, ratio "
                  f"{total / statistics.median(raws):.1f}x; undo "
                  f"{statistics.median(undos) * 1000:.0f} ms, redo "
                  f"{statistics.median(redos) * 1000:.0f} ms (median of {RUNS})")


if __name__ == "__main__":
    main()
