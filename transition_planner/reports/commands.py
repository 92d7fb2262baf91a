"""The `transition-planner report` command."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from transition_planner.domain.audience import AUDIENCE_WORDS, AUDIENCES, DONOR
from transition_planner.domain.parse import ParseError, parse_date
from transition_planner.i18n import LANGUAGES, current
from transition_planner.store.address import plan_argument


def _date(value: str) -> date:
    try:
        day = parse_date(value)
    except ParseError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None
    if day is None:
        raise argparse.ArgumentTypeError("a date is needed (YYYY-MM-DD)")
    return day


def cmd_report(args) -> int:
    from transition_planner.reports.build import build_report
    from transition_planner.services import plans
    from transition_planner.services.scenarios import find_scenario

    handle = plans.open_plan(args.plan)
    try:
        scenario = find_scenario(handle, args.scenario) if args.scenario else None
        result = build_report(handle, args.out, audience=args.audience, lang=args.lang,
                              locations=args.locations, created=args.created,
                              scenario_id=scenario.id if scenario else None)
    finally:
        handle.close()
    print(current()._("Wrote the %(audience)s report (%(lang)s, %(pages)s pages) to %(path)s",
                      audience=current()._(AUDIENCE_WORDS[result.audience]), lang=result.lang,
                      pages=result.pages,
                      path=result.path))
    return 0


def register(subparsers) -> None:
    p = subparsers.add_parser("report", help="write the PDF transition report")
    p.add_argument("plan", type=plan_argument, help="plan file or server address")
    p.add_argument("out", type=lambda v: Path(v).expanduser(), metavar="OUT.pdf",
                   help="PDF file to write (replaced if it exists)")
    p.add_argument("--audience", choices=AUDIENCES, default=DONOR,
                   help="who reads it: sensitive records and fields appear only in 'internal' "
                        "(default: donor)")
    p.add_argument("--lang", choices=LANGUAGES, default="en", help="language (default: en)")
    p.add_argument("--location", dest="locations", action="extend", nargs="+", metavar="NAME",
                   help="limit the report to these locations (name or P-code) and what lies "
                        "inside them")
    p.add_argument("--created", type=_date, metavar="YYYY-MM-DD",
                   help="the report's date (default: today); the same date gives the same PDF")
    p.add_argument("--scenario", metavar="NAME",
                   help="the scenario to report on (default: the plan's active one)")
    p.set_defaults(func=cmd_report)
