"""Time File > Export table view's writer on a 10,000-row inventory-shaped table, against
openpyxl and the csv module writing the same cells in the same run (medians of 5)."""

from __future__ import annotations

import csv
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # run from a checkout

from transition_planner.exchange.table_export import write_table  # noqa: E402

ROWS, RUNS = 10_000, 5
COLUMNS = ["Capacity", "Location", "Mission end", "Successors", "Handover status", "Readiness",
           "Funding", "Flags", "Category", "Tier", "Component", "Quantity"]


def table() -> list[list[str]]:
    return [[f"Capacity {i}", f"Site {i % 300}", "2027-06-30", f"Actor {i % 200} (70%)",
             "agreed", "3.4", "partly secured", str(i % 5), "Early warning", "I", "civilian",
             f"{i % 40},000"] for i in range(ROWS)]


def median_s(action) -> float:
    times = []
    for _ in range(RUNS):
        began = time.perf_counter()
        action()
        times.append(time.perf_counter() - began)
    return statistics.median(times)


def raw_xlsx(path: Path, rows) -> None:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(COLUMNS)
    for row in rows:
        sheet.append(row)
    book.save(path)


def raw_xlsx_streamed(path: Path, rows) -> None:
    from openpyxl import Workbook

    book = Workbook(write_only=True)
    sheet = book.create_sheet("Inventory")
    sheet.append(COLUMNS)
    for row in rows:
        sheet.append(row)
    book.save(path)


def raw_csv(path: Path, rows) -> None:
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(COLUMNS)
        writer.writerows(rows)


def main() -> None:
    rows = table()
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder)
        for suffix, raw in ((".xlsx", raw_xlsx), (".xlsx", raw_xlsx_streamed),
                            (".csv", raw_csv)):
            ours = median_s(lambda s=suffix: write_table(out / f"t{s}", "Inventory", COLUMNS, rows))
            theirs = median_s(lambda s=suffix, r=raw: r(out / f"raw{s}", rows))
            print(f"{ROWS} rows {suffix}: export {ours * 1000:.0f} ms, {raw.__name__}"
                  f" {theirs * 1000:.0f} ms ({ours / theirs:.2f}x)")


if __name__ == "__main__":
    main()
