"""Time the matrix as CSV (export, and import with its preview) and the 3W table at 10,000 rows.

Each is compared, in the same run, with the raw csv module doing the same cells:
- export: csv.writer writing exactly the records our file holds (read back from it), UTF-8
  with a BOM and CRLF as ours; our side also reads the plan, names places, labels codes and
  records the export in the audit trail.
- import + preview: csv.reader reading every record of the same file; our side also refuses
  malformed files, maps the hashtags, reads every cell into plan values and compares each row
  with the plan.
- 3W: csv.writer writing the 3W file's records.
The workbook export of the same plan is timed too, for scale. Medians of RUNS runs.

    python benchmarks/bench_matrix_csv.py [capacities]   # default 5,000 capacities = 10,000 rows
"""

from __future__ import annotations

import csv
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # run from a checkout
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_matrix import make_plan  # noqa: E402

from transition_planner.exchange.csv_matrix import export_matrix_csv  # noqa: E402
from transition_planner.exchange.export import export_matrix  # noqa: E402
from transition_planner.exchange.merge import preview_import  # noqa: E402
from transition_planner.exchange.threew import export_3w  # noqa: E402

RUNS = 5


def records(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8-sig", newline="") as fh:
        return list(csv.reader(fh))


def raw_write(path: Path, rows) -> None:
    with path.open("w", encoding="utf-8-sig", newline="") as fh:
        csv.writer(fh, lineterminator="\r\n").writerows(rows)


def timed(work) -> float:
    start = time.perf_counter()
    work()
    return time.perf_counter() - start


def median(work) -> float:
    return statistics.median(timed(work) for _ in range(RUNS))


def main(capacities: int = 5_000) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        handle = make_plan(folder, capacities)
        ours, raw = folder / "matrix.csv", folder / "raw.csv"
        three_w, raw_3w = folder / "3w.csv", folder / "raw-3w.csv"
        rows = export_matrix_csv(handle, ours).rows
        matrix_records = records(ours)
        raw_write(raw, matrix_records)
        assert raw.read_bytes() == ours.read_bytes(), "the raw file must hold the same cells"
        preview = preview_import(handle, ours)
        assert preview.rows == [] and not preview.problems, "an unedited file changes nothing"
        export_3w(handle, three_w)
        threew_records = records(three_w)
        times = {
            "export": (median(lambda: export_matrix_csv(handle, ours)),
                       median(lambda: raw_write(raw, matrix_records))),
            "import + preview": (median(lambda: preview_import(handle, ours)),
                                 median(lambda: records(ours))),
            "3W export": (median(lambda: export_3w(handle, three_w)),
                          median(lambda: raw_write(raw_3w, threew_records))),
        }
        workbook = median(lambda: export_matrix(handle, folder / "matrix.xlsx"))
        handle.close()
    print(f"{rows:,} matrix rows, {len(threew_records) - 2:,} 3W rows, medians of {RUNS} runs")
    for name, (mine, base) in times.items():
        print(f"  {name:18} {mine:7.3f} s   raw csv {base:7.3f} s   ratio {mine / base:6.1f}x")
    csv_export = times["export"][0]
    print(f"  workbook export    {workbook:7.3f} s   (the CSV export takes "
          f"{csv_export / workbook:.2f}x the workbook's)")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 5_000)
