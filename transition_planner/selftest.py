"""`transition-planner self-test`: is this installation complete? (the bundle's smoke test, and
what support asks a field user to run)."""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path

from transition_planner import paths


def process_started() -> float:
    """When this process started, on the time.time() clock; a one-file bundle counts from its
    launcher (the parent that unpacked it). Elsewhere than Linux: now."""
    def seconds_since_start(pid: int) -> float:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        started = int(fields[19]) / os.sysconf("SC_CLK_TCK")  # field 22: ticks after boot
        return time.clock_gettime(time.CLOCK_BOOTTIME) - started

    try:
        pid = os.getpid()
        parent = os.getppid()
        if getattr(sys, "frozen", False) and (
                Path(f"/proc/{parent}/exe").resolve() == Path(f"/proc/{pid}/exe").resolve()):
            pid = parent  # a one-file bundle: its launcher has the same executable
        return time.time() - seconds_since_start(pid)
    except (OSError, ValueError, IndexError, AttributeError):
        return time.time()


def _check(name: str, run) -> dict:
    try:
        detail = run()
    except Exception as exc:  # every failure is a finding, never a crash of the self-test
        return {"name": name, "ok": False, "detail": f"{type(exc).__name__}: {exc}"}
    return {"name": name, "ok": True, "detail": detail}


def _taxonomy() -> str:
    from transition_planner.domain.taxonomy import builtin_terms

    return f"{len(builtin_terms())} terms from {paths.TAXONOMY_FILE.name}"


def _fonts() -> str:
    from transition_planner.reports.fonts import FILES, register_fonts

    register_fonts()
    return f"{len(FILES)} report fonts in {paths.FONTS}"


def _migrations() -> str:
    from transition_planner.store.planfile import head_revision

    return f"plan schema {head_revision()}"


def _translations() -> str:
    built = sorted(p.stem.rsplit("_", 1)[-1] for p in paths.TRANSLATIONS.glob("*.qm"))
    if not built:
        raise FileNotFoundError(f"no built translation (.qm) in {paths.TRANSLATIONS}")
    from transition_planner.i18n import catalogue

    core = catalogue.languages()
    if not core:
        raise FileNotFoundError(f"no core catalogue (.po) in {catalogue.LOCALE}")
    return "built: " + ", ".join(built) + "; core: " + ", ".join(core)


def _features() -> str:
    """Import every page and File menu module: a module left out of a bundle, or one of its
    imports (the charts' pyqtgraph), fails here."""
    import importlib

    from transition_planner.ui.main_window import FEATURES
    from transition_planner.ui.pages import PAGES

    modules = dict.fromkeys([s.module for s in PAGES] + [m for _k, m, _f in FEATURES])
    for module in modules:
        importlib.import_module(module)
    return f"{len(modules)} page and File menu modules"


def _licences() -> str:
    folder = Path(getattr(sys, "_MEIPASS", "")) / "licences"
    texts = [p for p in folder.rglob("*") if p.is_file()]
    for needed in ("transition-planner/LICENSE", "PySide6/NOTICE.txt"):
        if not (folder / needed).is_file():
            raise FileNotFoundError(f"{folder / needed} is missing")
    return f"{len(texts)} licence files in {folder}"


def run_checks() -> list[dict]:
    checks = [_check("taxonomy", _taxonomy), _check("report fonts", _fonts),
              _check("plan migrations", _migrations), _check("translations", _translations),
              _check("pages and File menu", _features)]
    if getattr(sys, "frozen", False):
        checks.append(_check("licences", _licences))
    return checks


def cmd_self_test(args) -> int:
    from transition_planner.buildinfo import describe

    started = process_started()
    report = {"build": describe(), "checks": []}
    if args.window:  # first, so that its start-up figures are the window's alone
        from transition_planner.ui.selftest import check_window

        report["window"] = check_window(started, args.screenshots, args.plan)
        report["checks"].append({"name": "window", "ok": not report["window"]["problems"],
                                 "detail": "; ".join(report["window"]["problems"])
                                 or _window_summary(report["window"])})
    report["checks"] = run_checks() + report["checks"]
    print(f"Transition Planner {report['build']}")
    for check in report["checks"]:
        print(f"  {'ok  ' if check['ok'] else 'FAIL'}  {check['name']}: {check['detail']}")
    if args.json:
        args.json.write_text(json.dumps(report, indent=2, ensure_ascii=False), encoding="utf-8")
    return 0 if all(check["ok"] for check in report["checks"]) else 1


def _window_summary(window: dict) -> str:
    return (f"{len(window['pages'])} pages, {len(window['file_menu'])} File menu entries; "
            f"shown after {window['window_shown_s']:.2f} s, plan open after "
            f"{window['plan_opened_s']:.2f} s")


def register(subparsers) -> None:
    p = subparsers.add_parser("self-test", help="check that this installation is complete")
    p.add_argument("--window", action="store_true",
                   help="also start the window on a fresh demo plan and show every page")
    p.add_argument("--plan", type=Path, metavar="PLAN",
                   help="with --window: open this plan instead of writing a fresh demo plan")
    p.add_argument("--screenshots", type=Path, metavar="FOLDER",
                   help="with --window: save a picture of each page there")
    p.add_argument("--json", type=Path, metavar="FILE", help="write the findings as JSON")
    p.set_defaults(func=cmd_self_test)
