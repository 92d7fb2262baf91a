"""Time whole commands as a user runs them (a new process each time) on synthetic plans, against
a raw baseline process doing the least the command must do.

- gaps: `transition-planner gaps --json PLAN` against `python -c` that imports sqlite3, reads
  the same rows the gap engine's loader reads (bench_plan_io.LOAD_QUERIES) and prints their
  count. The raw side computes no gaps and writes no JSON: the stricter baseline.
- export-matrix: `transition-planner export-matrix PLAN OUT.xlsx` against processes that
  write the same values with raw openpyxl (a write-only workbook) and with raw XlsxWriter (the
  library the export uses, constant-memory mode), every sheet our export wrote, read back from
  it once and handed to them as a pickle: no formats, locks, drop-downs or reading of the
  plan, the stricter baseline (in-process: bench_matrix.py).
- report: `transition-planner report PLAN OUT.pdf` (the donor report, the default) and
  `--audience internal`, timed alone with their peak memory.
- window: `transition-planner self-test --window --plan PLAN` offscreen, whose own figures say
  when the window first painted and when the plan was open, against a bare Qt main window's
  first paint, both from the process's start; with --demo on the demo plan too (issue 19's
  targets: painted within 1.5x of the bare window, the demo usable under 1 s, 10k under 2 s).

Median of --runs (5) whole-process runs, the two sides interleaved, with peak memory (max RSS)
and CPU time (user + system: steadier than wall time when other work shares the machine).
Run from a checkout: python benchmarks/bench_commands.py [--sizes 1000 10000] [--runs 5] [--demo]
"""

from __future__ import annotations

import argparse
import compileall
import json
import os
import pickle
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # run from a checkout
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_matrix import sheets_of  # noqa: E402
from bench_plan_io import LOAD_QUERIES  # noqa: E402
from synthetic import synthetic_rows  # noqa: E402

import transition_planner  # noqa: E402
from transition_planner.services import bulk  # noqa: E402
from transition_planner.services.plans import PlanHandle  # noqa: E402
from transition_planner.store import planfile  # noqa: E402

RAW_READ = (
    "import sqlite3, sys\n"
    "conn = sqlite3.connect(sys.argv[1])\n"
    f"rows = [conn.execute(q).fetchall() for q in {LOAD_QUERIES!r}]\n"
    "print(sum(map(len, rows)))\n"
)
BARE_WINDOW = (
    "import time\n"
    "from PySide6.QtCore import QEvent, QObject, QTimer\n"
    "from PySide6.QtWidgets import QApplication, QMainWindow\n"
    "app = QApplication([])\n"
    "w = QMainWindow(); w.resize(1200, 800)\n"
    "class Painted(QObject):\n"
    "    def eventFilter(self, watched, event):\n"
    "        if event.type() == QEvent.Type.Paint and not hasattr(self, 'at'):\n"
    "            self.at = time.time(); QTimer.singleShot(0, app.quit)\n"
    "        return False\n"
    "painted = Painted(); w.installEventFilter(painted)\n"
    "w.show()\n"
    "app.exec()\n"
    "from transition_planner.selftest import process_started\n"
    "print(painted.at - process_started())\n"
)
# The window as a user starts it (`transition-planner PLAN`, the command line's `gui`), timed
# to its first paint: the program runs as it is; once ui.app is imported, its FirstPaint prints
# the seconds from the process's start to that paint and the process leaves.
GUI_PAINTED = (  # (a finder of no base class: importlib.abc's imports are not the program's)
    "import importlib.util, os, sys\n"
    "class Finder:\n"
    "    def find_spec(self, name, path, target=None):\n"
    "        if name != 'transition_planner.ui.app':\n"
    "            return None\n"
    "        sys.meta_path.remove(self)\n"
    "        spec = importlib.util.find_spec(name)\n"
    "        run = spec.loader.exec_module\n"
    "        def exec_module(module):\n"
    "            run(module)\n"
    "            def painted(first_paint):\n"
    "                from transition_planner.selftest import process_started\n"
    "                print(first_paint.window.painted_at - process_started(), flush=True)\n"
    "                os._exit(0)\n"
    "            module.FirstPaint._run = painted\n"
    "        spec.loader.exec_module = exec_module\n"
    "        return spec\n"
    "sys.meta_path.insert(0, Finder())\n"
    "sys.argv = ['transition-planner', *sys.argv[1:]]\n"
    "from transition_planner.cli import run\n"
    "run()\n"
)
RAW_MATRIX = (
    "import pickle, sys\n"
    "import openpyxl\n"
    "with open(sys.argv[1], 'rb') as fh:\n"
    "    sheets = pickle.load(fh)\n"
    "wb = openpyxl.Workbook(write_only=True)\n"
    "for title, rows in sheets:\n"
    "    ws = wb.create_sheet(title)\n"
    "    for row in rows:\n"
    "        ws.append(row)\n"
    "wb.save(sys.argv[2])\n"
)
LIBRARY_MATRIX = (  # XlsxWriter, which the export uses, writing the same cells
    "import pickle, sys\n"
    "import xlsxwriter\n"
    "with open(sys.argv[1], 'rb') as fh:\n"
    "    sheets = pickle.load(fh)\n"
    "wb = xlsxwriter.Workbook(sys.argv[2], {'constant_memory': True})\n"
    "day = wb.add_format({'num_format': 'yyyy-mm-dd'})\n"
    "for title, rows in sheets:\n"
    "    ws = wb.add_worksheet(title)\n"
    "    for r, row in enumerate(rows):\n"
    "        for c, value in enumerate(row):\n"
    "            if isinstance(value, str):\n"
    "                ws.write_string(r, c, value)\n"
    "            elif isinstance(value, (int, float)):\n"
    "                ws.write_number(r, c, value)\n"
    "            elif value is not None:\n"
    "                ws.write_datetime(r, c, value, day)\n"
    "wb.close()\n"
)
COMMAND = [sys.executable, "-m", "transition_planner"]
CPU_SECONDS: list[float] = []  # of each process timed() ran, in turn


def make_plan(path: Path, capacities: int) -> None:
    """In a process of its own: a child forked from one holding the rows would count their
    pages in its own peak memory."""
    code = f"import bench_commands as b; b.write_plan({str(path)!r}, {capacities})"
    subprocess.run([sys.executable, "-c", code], check=True,
                   cwd=Path(__file__).resolve().parent)


def write_plan(path: str, capacities: int) -> None:
    path = Path(path)
    planfile.create_plan_file(path).engine.dispose()
    handle = PlanHandle(planfile.open_plan_file(path), "benchmark")
    bulk.insert_rows(handle, synthetic_rows(capacities), source="benchmark")
    handle.close()


# Runs a command and writes its wall seconds, exit code and resource use to a file. Linux
# counts in a process's peak memory the pages of the process it was forked from (the figure
# survives exec), so a command forked straight from this benchmark, which holds plans and
# workbooks, would carry this benchmark's peak; forked from this small process, it carries
# only the few MB of an interpreter that has imported nothing.
MEASURE = (
    "import json, os, subprocess, sys, time\n"
    "began = time.perf_counter()\n"
    "child = subprocess.Popen(sys.argv[2:])\n"
    "_pid, status, usage = os.wait4(child.pid, 0)\n"
    "wall = time.perf_counter() - began\n"
    "with open(sys.argv[1], 'w') as out:\n"
    "    json.dump([wall, os.waitstatus_to_exitcode(status),\n"
    "               usage.ru_utime + usage.ru_stime, usage.ru_maxrss], out)\n"
)


def measured(argv: list[str], env: dict, stdout=subprocess.PIPE,
             stderr=subprocess.DEVNULL) -> tuple[float, int, float, int, bytes, bytes]:
    """(wall seconds, exit code, CPU seconds, peak resident KB, stdout, stderr) of one process
    run as a grandchild of this one through MEASURE, which times it from its own start."""
    with tempfile.NamedTemporaryFile(suffix=".json") as figures:
        done = subprocess.run([sys.executable, "-c", MEASURE, figures.name, *map(str, argv)],
                              stdout=stdout, stderr=stderr, env=env, check=True)
        wall, code, cpu, peak = json.loads(Path(figures.name).read_text())
    return wall, code, cpu, peak, done.stdout or b"", done.stderr or b""


def timed(argv: list[str]) -> tuple[float, int, str]:
    """Wall time, peak resident memory (KB, Linux) and output of one process; its CPU time
    (user + system, which other processes on a loaded machine disturb less) in CPU_SECONDS."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    elapsed, code, cpu, peak, out, _errors = measured(argv, env)
    CPU_SECONDS.append(cpu)
    if code:
        raise SystemExit(f"{' '.join(map(str, argv))} failed ({code})")
    return elapsed, peak, out.decode()


def interleaved(sides: dict[str, list[str]], runs: int) -> dict[str, tuple[float, int, float]]:
    """(median wall seconds, peak KB, median CPU seconds) of each side."""
    times = {name: [] for name in sides}
    cpu = {name: [] for name in sides}
    peaks = {name: 0 for name in sides}
    for _ in range(runs):
        for name, argv in sides.items():
            seconds, peak, _out = timed(argv)
            times[name].append(seconds)
            cpu[name].append(CPU_SECONDS[-1])
            peaks[name] = max(peaks[name], peak)
    return {name: (statistics.median(times[name]), peaks[name], statistics.median(cpu[name]))
            for name in sides}


def window_figures(plan: Path, runs: int) -> dict[str, float]:
    """Medians of the self-test's own 'painted' and 'plan open' seconds, of the first paint of
    the window as a user starts it (GUI_PAINTED) and of a bare Qt window's, run in turn."""
    figures = {"painted": [], "opened": [], "bare": [], "gui": []}
    findings = plan.with_suffix(".json")
    for _ in range(runs):
        figures["gui"].append(float(timed([sys.executable, "-c", GUI_PAINTED, str(plan)])[2]))
        timed([*COMMAND, "self-test", "--window", "--plan", str(plan), "--json", str(findings)])
        window = json.loads(findings.read_text(encoding="utf-8"))["window"]
        # no figure when the window had not painted after a second (ui.app.FirstPaint then
        # opens the plan anyway): a loaded machine; that run counts for the plan's figure only
        if "window_painted_s" in window:
            figures["painted"].append(window["window_painted_s"])
        figures["opened"].append(window["plan_opened_s"])
        figures["bare"].append(float(timed([sys.executable, "-c", BARE_WINDOW])[2]))
    return {name: statistics.median(values) if values else float("nan")
            for name, values in figures.items()}


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--commands", nargs="+",
                        default=["gaps", "export-matrix", "report", "window"])
    parser.add_argument("--demo", action="store_true",
                        help="also time the window on the demo plan")
    args = parser.parse_args(argv)
    # Our modules as bytecode, as an installed wheel has them: with PYTHONDONTWRITEBYTECODE
    # set, a checkout would compile every module of the package again in each process.
    compileall.compile_dir(str(Path(transition_planner.__file__).parent), quiet=1)
    print(f"median of {args.runs} whole-process runs; load average {os.getloadavg()[0]:.1f}")
    with tempfile.TemporaryDirectory() as folder:
        folder = Path(folder)
        if args.demo and "window" in args.commands:
            demo = folder / f"demo{planfile.PLAN_SUFFIX}"
            timed([*COMMAND, "demo", str(demo)])
            _window_line("demo", window_figures(demo, args.runs))
        for size in args.sizes:
            plan = folder / f"plan-{size}{planfile.PLAN_SUFFIX}"
            make_plan(plan, size)
            if "gaps" in args.commands:
                r = interleaved({"ours": [*COMMAND, "gaps", "--json", str(plan)],
                                 "raw": [sys.executable, "-c", RAW_READ, str(plan)]}, args.runs)
                _line(size, "gaps --json", r["ours"], r["raw"], "raw sqlite3 read")
            if "export-matrix" in args.commands:
                out = folder / f"matrix-{size}.xlsx"
                timed([*COMMAND, "export-matrix", str(plan), str(out)])
                cells = folder / f"matrix-{size}.pickle"
                cells.write_bytes(pickle.dumps(sheets_of(out)))
                r = interleaved({"ours": [*COMMAND, "export-matrix", str(plan), str(out)],
                                 "raw": [sys.executable, "-c", RAW_MATRIX, str(cells),
                                         str(folder / "raw.xlsx")],
                                 "library": [sys.executable, "-c", LIBRARY_MATRIX, str(cells),
                                             str(folder / "library.xlsx")]}, args.runs)
                _line(size, "export-matrix", r["ours"], r["raw"], "raw openpyxl")
                _line(size, "export-matrix", r["ours"], r["library"], "raw XlsxWriter")
            if "report" in args.commands:
                for audience in ("donor", "internal"):
                    out = folder / f"report-{size}-{audience}.pdf"
                    r = interleaved({"ours": [*COMMAND, "report", str(plan), str(out),
                                              "--audience", audience]}, args.runs)
                    print(f"{size:>6} report {audience:<9}{r['ours'][0]:6.2f} s "
                          f"{r['ours'][1] / 1024:6.0f} MB peak | CPU {r['ours'][2]:.2f} s")
            if "window" in args.commands:
                _window_line(str(size), window_figures(plan, args.runs))


def _window_line(plan: str, w: dict[str, float]) -> None:
    print(f"{plan:>6} window         painted {w['painted']:5.2f} s, plan open "
          f"{w['opened']:5.2f} s; a bare Qt window painted {w['bare']:5.2f} s "
          f"(painted at {w['painted'] / w['bare']:.2f}x); started as a user does, "
          f"`transition-planner PLAN`, painted {w['gui']:5.2f} s ({w['gui'] / w['bare']:.2f}x)")


def _line(size: int, what: str, ours: tuple, raw: tuple, baseline: str) -> None:
    print(f"{size:>6} {what:<14} {ours[0]:6.2f} s {ours[1] / 1024:6.0f} MB peak | {baseline} "
          f"{raw[0]:5.2f} s {raw[1] / 1024:5.0f} MB | {ours[0] / raw[0]:5.1f}x"
          f" | CPU {ours[2]:.2f} s vs {raw[2]:.2f} s, {ours[2] / raw[2]:.1f}x")


if __name__ == "__main__":
    main()
