"""How each user command grows with the plan: every command as a whole process (what a user
waits for) on synthetic plans of several sizes, with its time and peak memory per size and the
growth from one size to the next, so that growth beyond linear shows at a glance.

Commands: `gaps --json`, `report` for donors and internal, `export-matrix`, `check`, and the
window (`self-test --window --plan`: seconds from the process's start until the plan is open
in a painted window and until its first paint, its own figures; the first paint against a bare
Qt main window's, run in turn with it). The reference in the same run: a raw sqlite3 process
reading the rows the gap engine reads (bench_plan_io.LOAD_QUERIES), work that grows linearly
with the plan; each command's time is also given as a multiple of it.

Per size and command: median wall and CPU seconds (user + system; steadier than wall time on a
shared machine) of --runs whole-process runs, peak resident memory (the largest of the runs),
and from the previous size: time x and memory x, and "beyond linear": the time growth divided
by the plan's growth (1.0 is linear; the issue's bar is 1.3 per 10x).

Run from a checkout: python benchmarks/bench_scale.py [--sizes 1000 10000 50000] [--runs 3]
    [--commands gaps donor internal export-matrix check window]
A 50k plan takes about a minute to write and its internal report several minutes per run.
"""

from __future__ import annotations

import argparse
import compileall
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # run from a checkout
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_commands import BARE_WINDOW, RAW_READ, make_plan, measured  # noqa: E402

import transition_planner  # noqa: E402

COMMANDS = ("gaps", "donor", "internal", "export-matrix", "check", "window")
PROGRAM = [sys.executable, "-m", "transition_planner"]
CREATED = "2027-03-15"  # the reports' date: the same plan gives the same PDF in every run


def argv_of(command: str, plan: Path, out: Path) -> list[str]:
    return {
        "gaps": [*PROGRAM, "gaps", "--json", str(plan)],
        "donor": [*PROGRAM, "report", str(plan), str(out / "donor.pdf"), "--created", CREATED],
        "internal": [*PROGRAM, "report", str(plan), str(out / "internal.pdf"), "--audience",
                     "internal", "--created", CREATED],
        "export-matrix": [*PROGRAM, "export-matrix", str(plan), str(out / "matrix.xlsx")],
        "check": [*PROGRAM, "check", str(plan)],
        "window": [*PROGRAM, "self-test", "--window", "--plan", str(plan), "--json",
                   str(out / "window.json")],
        "raw read": [sys.executable, "-c", RAW_READ, str(plan)],
    }[command]


def environment() -> dict[str, str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env.pop("PYTHONUNBUFFERED", None)  # stdout buffered, as a user's terminal or pipe has it
    return env


def timed(argv: list[str]) -> tuple[float, float, float]:
    """(wall seconds, CPU seconds, peak resident MB) of one process, its output discarded."""
    wall, code, cpu, peak, _out, errors = measured(argv, environment(),
                                                    stdout=subprocess.DEVNULL,
                                                    stderr=subprocess.PIPE)
    if code not in (0, 1):  # check says 1 when it finds problems in a plan
        raise SystemExit(f"{' '.join(argv)} failed ({code}): {errors.decode()[-2000:]}")
    return wall, cpu, peak / 1024


def measure(command: str, plan: Path, out: Path, runs: int) -> dict[str, float]:
    walls, cpus, peaks, usable, painted, bare = [], [], [], [], [], []
    for _ in range(runs):
        wall, cpu, peak = timed(argv_of(command, plan, out))
        walls.append(wall)
        cpus.append(cpu)
        peaks.append(peak)
        if command == "window":  # the window's own figures, from the process start
            findings = json.loads((out / "window.json").read_text(encoding="utf-8"))["window"]
            usable.append(findings["plan_opened_s"])
            if "window_painted_s" in findings:  # (none when it had not painted after 1 s)
                painted.append(findings["window_painted_s"])
            bare.append(bare_window_painted())  # in turn with it: the same load
    figures = {"wall": statistics.median(walls), "cpu": statistics.median(cpus),
               "peak": max(peaks)}
    if usable:
        figures["usable"] = statistics.median(usable)
    if painted:
        figures["painted"] = statistics.median(painted)
        figures["bare"] = statistics.median(bare)
    return figures


def bare_window_painted() -> float:
    """Seconds from the process's start to a bare Qt main window's first paint."""
    done = subprocess.run([sys.executable, "-c", BARE_WINDOW], capture_output=True, text=True,
                          env=environment(), check=True)
    return float(done.stdout)


def _window_figures(figures: dict) -> str:
    """The window's own figures: plan usable, and first paint against a bare Qt window's."""
    text = f"usable {figures['usable']:.2f} s" if "usable" in figures else ""
    if "painted" in figures:
        ratio = figures["painted"] / figures["bare"]
        text += (f", painted {figures['painted']:.2f} s ({ratio:.1f}x a bare Qt window's "
                 f"{figures['bare']:.2f} s)")
    return text


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000, 50000])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--commands", nargs="+", choices=COMMANDS, default=list(COMMANDS))
    args = parser.parse_args(argv)
    # our modules as bytecode, as an installed wheel has them (PYTHONDONTWRITEBYTECODE may be
    # set, and each process would compile every module again)
    compileall.compile_dir(str(Path(transition_planner.__file__).parent), quiet=1)
    print(f"median of {args.runs} whole-process runs; load average "
          f"{os.getloadavg()[0]:.1f} on {os.cpu_count()} cores", flush=True)
    results: dict[str, dict[int, dict]] = {}
    with tempfile.TemporaryDirectory() as folder:
        folder = Path(folder)
        for size in sorted(args.sizes):
            plan = folder / f"plan-{size}.tplan"
            began = time.perf_counter()
            make_plan(plan, size)
            print(f"{size:,} capacities: plan written in {time.perf_counter() - began:.0f} s",
                  flush=True)
            raw = results.setdefault("raw read", {})[size] = measure("raw read", plan, folder,
                                                                   args.runs)
            for command in args.commands:
                figures = measure(command, plan, folder, args.runs)
                figures["x raw"] = figures["cpu"] / raw["cpu"]
                results.setdefault(command, {})[size] = figures
                print(_line(command, size, figures, results[command]), flush=True)
            print(_line("raw read", size, raw, results["raw read"]), flush=True)
            plan.unlink()
    print()
    print(table(results))


def _growth(figures: dict, by_size: dict, size: int) -> str:
    smaller = [s for s in by_size if s < size]
    if not smaller:
        return ""
    before = by_size[max(smaller)]
    plan = size / max(smaller)
    time_x = figures["cpu"] / before["cpu"]
    return (f" | from {max(smaller):,}: time {time_x:.1f}x, memory "
            f"{figures['peak'] / before['peak']:.1f}x, beyond linear {time_x / plan:.2f}")


def _line(command: str, size: int, figures: dict, by_size: dict) -> str:
    usable = f", plan {_window_figures(figures)}" if "usable" in figures else ""
    ratio = f", {figures['x raw']:.1f}x raw read" if "x raw" in figures else ""
    return (f"  {command:<14} {size:>7,}  {figures['wall']:7.2f} s wall  {figures['cpu']:7.2f} s"
            f" CPU  {figures['peak']:6.0f} MB peak{usable}{ratio}"
            f"{_growth(figures, by_size, size)}")


def table(results: dict[str, dict[int, dict]]) -> str:
    """A Markdown table: one row per command and size."""
    rows = ["| command | capacities | CPU s (wall s) | peak MB | x raw read | time x | "
            "memory x | beyond linear |", "|---|---|---|---|---|---|---|---|"]
    for command, by_size in results.items():
        previous = None
        for size in sorted(by_size):
            f = by_size[size]
            growth = ["", "", ""]
            if previous is not None:
                time_x = f["cpu"] / by_size[previous]["cpu"]
                growth = [f"{time_x:.1f}", f"{f['peak'] / by_size[previous]['peak']:.1f}",
                          f"{time_x / (size / previous):.2f}"]
            cpu = f"{f['cpu']:.2f} ({f['wall']:.2f})"
            if "usable" in f:
                cpu += ", " + _window_figures(f)
            ratio = f"{f['x raw']:.1f}" if "x raw" in f else "-"
            rows.append(f"| {command} | {size:,} | {cpu} | {f['peak']:.0f} | {ratio} | "
                        + " | ".join(growth) + " |")
            previous = size
    return "\n".join(rows)


if __name__ == "__main__":
    main()
