"""Time the handover-matrix export and import (with preview) of a 10,000-row matrix.

Each is compared, in the same run, with raw openpyxl and with the library the matrix uses
(XlsxWriter to write, python-calamine to read) doing the same cells:
- export: a workbook holding exactly the values of every sheet our export wrote (instructions,
  matrix with its header rows, funding, lookups, _meta, _base, _funding_base), read back from
  our file: openpyxl write-only appending them, XlsxWriter in constant-memory mode writing each
  value with its type's call (dates with a date format, as dates need); the script checks once
  that both raw workbooks hold the same values. The raw sides write plain values only: no cell
  formats, locks, sheet protection, drop-downs or reading of the plan, the stricter baseline.
- import: every row of every sheet of the same workbook, values only: openpyxl read-only,
  calamine's rows of each sheet. Ours also checks each sheet's XML, merges three ways and
  builds the preview.
Targets: export and import with its preview each at or below raw openpyxl (1.0x).
Medians of RUNS runs.

    python benchmarks/bench_matrix.py [capacities]   # default 5,000 capacities = 10,000 rows
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # run from a checkout
sys.path.insert(0, str(Path(__file__).resolve().parent))

import openpyxl  # noqa: E402
import xlsxwriter  # noqa: E402
from python_calamine import CalamineWorkbook  # noqa: E402
from synthetic import synthetic_rows  # noqa: E402

from transition_planner.exchange.export import export_matrix  # noqa: E402
from transition_planner.exchange.merge import preview_import  # noqa: E402
from transition_planner.services import bulk  # noqa: E402
from transition_planner.services.plans import PlanHandle  # noqa: E402
from transition_planner.store import planfile  # noqa: E402

RUNS = 5
TARGETS = {"export": 1.0, "import + preview": 1.0}  # against raw openpyxl
LIBRARY = {"export": "XlsxWriter", "import + preview": "calamine"}


def make_plan(folder: Path, capacities: int) -> PlanHandle:
    path = folder / f"bench-{capacities}{planfile.PLAN_SUFFIX}"
    handle = PlanHandle(planfile.create_plan_file(path), "benchmark")
    bulk.insert_rows(handle, synthetic_rows(capacities), source="benchmark")
    return handle


def sheets_of(path: Path) -> list[tuple[str, list[tuple]]]:
    """Every sheet's values as written, to replay them with raw openpyxl."""
    wb = openpyxl.load_workbook(path, read_only=True)
    sheets = [(ws.title, list(ws.iter_rows(values_only=True))) for ws in wb]
    wb.close()
    return sheets


def cells_of(sheets) -> list[tuple]:
    """Every non-empty cell as (sheet, row, column, value)."""
    return [(title, r, c, value) for title, rows in sheets for r, row in enumerate(rows)
            for c, value in enumerate(row) if value is not None]


def raw_write(sheets, path: Path) -> None:
    wb = openpyxl.Workbook(write_only=True)
    for title, rows in sheets:
        ws = wb.create_sheet(title)
        for row in rows:
            ws.append(row)
    wb.save(path)


def library_write(sheets, path: Path) -> None:
    wb = xlsxwriter.Workbook(str(path), {"constant_memory": True})
    day = wb.add_format({"num_format": "yyyy-mm-dd"})
    for title, rows in sheets:
        ws = wb.add_worksheet(title)
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                if isinstance(value, str):
                    ws.write_string(r, c, value)
                elif isinstance(value, (int, float)):
                    ws.write_number(r, c, value)
                elif value is not None:
                    ws.write_datetime(r, c, value, day)
    wb.close()


def library_read(path: Path) -> int:
    wb = CalamineWorkbook.from_path(str(path))
    cells = 0
    for name in wb.sheet_names:
        for row in wb.get_sheet_by_name(name).to_python(skip_empty_area=False):
            cells += len(row)
    wb.close()
    return cells


def raw_read(path: Path) -> int:
    wb = openpyxl.load_workbook(path, read_only=True, data_only=True)
    cells = 0
    for ws in wb:
        for row in ws.iter_rows(values_only=True):
            cells += len(row)
    wb.close()
    return cells


def timed(action) -> float:
    began = time.perf_counter()
    action()
    return time.perf_counter() - began


def main() -> int:
    capacities = int(sys.argv[1]) if len(sys.argv) > 1 else 5000
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        handle = make_plan(folder, capacities)
        ours_path, raw_path = folder / "ours.xlsx", folder / "raw.xlsx"
        library_path = folder / "library.xlsx"
        result = export_matrix(handle, ours_path)
        sheets = sheets_of(ours_path)
        raw_write(sheets, raw_path)
        library_write(sheets, library_path)
        cells = cells_of(sheets)
        assert cells_of(sheets_of(raw_path)) == cells, "the raw workbook must hold the same cells"
        assert cells_of(sheets_of(library_path)) == cells, "so must the library's"
        print(f"{result.rows:,} matrix rows, {len(cells):,} non-empty cells in {len(sheets)} "
              f"sheets, the same in both; median of {RUNS} runs")
        times: dict[str, tuple[list[float], ...]] = {k: ([], [], []) for k in TARGETS}
        for _ in range(RUNS):
            times["export"][0].append(timed(lambda: export_matrix(handle, ours_path)))
            times["export"][1].append(timed(lambda: raw_write(sheets, raw_path)))
            times["export"][2].append(timed(lambda: library_write(sheets, library_path)))
            began = time.perf_counter()
            preview = preview_import(handle, ours_path)
            times["import + preview"][0].append(time.perf_counter() - began)
            times["import + preview"][1].append(timed(lambda: raw_read(ours_path)))
            times["import + preview"][2].append(timed(lambda: library_read(ours_path)))
            assert preview.unchanged == result.rows and not preview.rows
        handle.close()
    failed = False
    for name, (ours, raw, library) in times.items():
        ours, raw, library = (statistics.median(t) for t in (ours, raw, library))
        ratio = ours / raw
        verdict = "ok" if ratio <= TARGETS[name] else "SLOWER THAN TARGET"
        failed |= ratio > TARGETS[name]
        print(f"{name:<17} ours {ours:6.2f} s | raw openpyxl {raw:6.2f} s, ratio {ratio:4.2f} "
              f"(target <= {TARGETS[name]}) {verdict} | raw {LIBRARY[name]} {library:6.2f} s, "
              f"ratio {ours / library:4.2f}")
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
