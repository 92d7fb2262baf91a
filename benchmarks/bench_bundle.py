"""Size and start-up of the bundles against the unbundled window (the checkout's venv).

Start-up is what `self-test --window --plan PLAN` records from the process's own start (a
one-file bundle: its launcher's): the window shown, then the plan open in it. Runs alternate
between the programs so that the shared machine's noise falls on both.
Run from a checkout: python benchmarks/bench_bundle.py [--runs 5] [--onefile PATH]
(builds the one-folder bundle into benchmarks/out/bundle first when it is not there).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "benchmarks" / "out" / "bundle"


def build_onedir() -> Path:
    exe = OUT / "dist" / "transition-planner" / "transition-planner"
    if not exe.exists():
        subprocess.run([sys.executable, "-m", "PyInstaller",
                        str(ROOT / "packaging" / "transition_planner.spec"), "--noconfirm",
                        "--log-level", "WARN", "--distpath", str(OUT / "dist"),
                        "--workpath", str(OUT / "build")], cwd=ROOT, check=True)
    return exe


def size_mb(path: Path) -> float:
    files = [path] if path.is_file() else [p for p in path.rglob("*")
                                             if p.is_file() and not p.is_symlink()]
    return sum(p.stat().st_size for p in files) / 1e6  # the bundle links some libraries twice


def start_up(command: list[str], plan: Path, folder: Path) -> tuple[float, float]:
    report = folder / "self-test.json"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen",
           "TRANSITION_PLANNER_CONFIG_DIR": str(folder / "config")}
    subprocess.run([*command, "self-test", "--window", "--plan", str(plan), "--json",
                    str(report)], env=env, check=True, capture_output=True, timeout=600)
    window = json.loads(report.read_text())["window"]
    return window["window_shown_s"], window["plan_opened_s"]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--onefile", type=Path, help="a one-file bundle to time as well")
    args = parser.parse_args()
    programs = {"unbundled": [str(Path(sys.executable).with_name("transition-planner"))],
                "one folder": [str(build_onedir())]}
    if args.onefile:
        programs["one file"] = [str(args.onefile.resolve())]
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        plan = folder / "demo.tplan"
        subprocess.run([*programs["unbundled"], "demo", str(plan)], check=True,
                       capture_output=True, env={**os.environ,
                                                 "TRANSITION_PLANNER_CONFIG_DIR": tmp})
        times = {name: [] for name in programs}
        for _ in range(args.runs):
            for name, command in programs.items():
                times[name].append(start_up(command, plan, folder))
    print(f"one-folder bundle: {size_mb(Path(programs['one folder'][0]).parent):.0f} MB")
    if args.onefile:
        print(f"one-file bundle: {size_mb(args.onefile):.0f} MB")
    base_shown = statistics.median(t[0] for t in times["unbundled"])
    base_open = statistics.median(t[1] for t in times["unbundled"])
    print(f"median of {args.runs} runs     window shown   ratio   plan open   ratio")
    for name, runs in times.items():
        shown = statistics.median(t[0] for t in runs)
        opened = statistics.median(t[1] for t in runs)
        print(f"{name:<20} {shown:10.2f} s {shown / base_shown:6.2f}x {opened:9.2f} s "
              f"{opened / base_open:6.2f}x")


if __name__ == "__main__":
    main()
