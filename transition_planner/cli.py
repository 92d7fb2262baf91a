"""The `transition-planner` command: the same services as the window, without one."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from pathlib import Path

from transition_planner.i18n import N_

EXIT_OK, EXIT_PROBLEMS, EXIT_ERROR = 0, 1, 2


def _plan_path(value: str) -> Path | str:
    from transition_planner.store.address import plan_argument

    return plan_argument(value)


def cmd_gui(args) -> int:
    from transition_planner.ui.app import run  # Qt is imported only for the window

    return run(plan=args.plan, demo=args.demo)


def cmd_new(args) -> int:
    from transition_planner.services import plans

    data = {"name": args.name or args.plan.stem, "mission_name": args.mission or "",
            "mission_acronym": args.acronym or "", "host_country": args.country or ""}
    if args.exit:
        data["planned_exit"] = args.exit
    handle = plans.new_plan(args.plan, data)
    handle.close()
    print(_t()._("Created %(plan)s", plan=args.plan))
    return EXIT_OK


def cmd_demo(args) -> int:
    from transition_planner.services.demo import write_demo_plan

    handle = write_demo_plan(args.plan)
    handle.close()
    print(_t()._("Wrote the demo plan to %(plan)s", plan=args.plan))
    return EXIT_OK


def _scenario_id(handle, name: str | None) -> str | None:
    if not name:
        return None
    from transition_planner.services.scenarios import find_scenario

    return find_scenario(handle, name).id


def _date(value: str):
    from datetime import date

    try:
        return date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{value}' is not a date (use YYYY-MM-DD)") from None


def cmd_gaps(args) -> int:
    from transition_planner.services import gaps
    from transition_planner.services.errors import ServiceError

    if args.series and args.audience != "internal":
        raise ServiceError("--series is for the internal audience only: the series and the "
                           "dashboard name places and successors a cluster or donor may not see.")
    report = handle = None
    if args.audience == "internal" and not args.series and isinstance(args.plan, Path):
        # a plan file read with plain sqlite3: none of SQLAlchemy's and the models' imports
        facts = gaps.read_file_facts(args.plan, args.scenario, args.as_of)
        if facts is not None:  # else it must be upgraded first: open_plan does that
            from transition_planner.domain.gaps import compute_gaps

            report = compute_gaps(facts)
    if report is None:
        from transition_planner.services import plans

        handle = plans.open_plan(args.plan)
    try:
        if report is None:
            report = gaps.compute(handle, _scenario_id(handle, args.scenario), as_of=args.as_of)
        keep_till_exit(report)  # its flags and facts
        # the flags are worded once, in the command's language (English is the engine's own)
        if args.json and args.audience == "internal" and not args.series:
            from transition_planner.domain.collector import collector_paused

            # each flag written as it comes: no list of 30,000 dicts at 10k; those of another
            # language than English are made and freed one by one meanwhile, without cycles
            with collector_paused():
                write_json_lines(
                    {"summary": report.summary, "flags": _flag_lines(report.flag_runs(None))},
                    sys.stdout, encoded={"flags"})
            return EXIT_OK
        result = report.to_json_dict(None)
        keep_till_exit(result)  # a dict per flag
        if args.audience != "internal":
            _withhold_flags(handle, result, args.audience)
        if args.series:
            result["series"] = {
                by: report.series_json(by) for by in ("all", "category", "tier", "location",
                                                      "population")
            }
            from transition_planner.services.dashboard import dashboard_json

            result["dashboard"] = dashboard_json(handle, report)
    finally:
        if handle is not None:
            handle.close()
    if args.json:
        write_json_lines(result, sys.stdout)
    else:
        print(format_gaps(result))
    return EXIT_OK


def _flag_lines(runs):
    """Each flag as `gaps --json` writes it, as JSON text, one at a time, from the report's
    flag_runs(): domain.gaps.flag_to_dict's shape, written without building that dict and its
    records' dicts (half the time of encoding them; tests/test_cli.py compares the two on every
    flag of the demo plan)."""
    from json.encoder import encode_basestring as text  # the C encoder's, not ASCII-only

    from transition_planner.domain.gaps import Flag, flag_to_dict

    encode = json_encoder()
    # records repeat (the wording shares one tuple of records per capacity and per handover,
    # and a location's record among its capacities'): their JSON text is made once
    tails, refs = {}, {}

    def ref_text(ref) -> str:
        found = refs.get(ref)
        if found is None:
            kind, id_, name = ref
            found = refs[ref] = (f'{{"type": {text(kind)}, "id": {text(id_)}, '
                                 f'"name": {text(name)}}}')
        return found

    for severity, kind, flags in runs:
        head = f'{{"kind": {text(kind)}, "severity": {text(severity)}, "message": '
        for message, records, details in flags:
            try:
                tail = tails.get(records)
                if tail is None:
                    listed = ", ".join([ref_text(ref) for ref in records])
                    tail = tails[records] = f', "records": [{listed}], "details": '
                yield f"{head}{text(message)}{tail}{encode(details)}}}"
            except TypeError:  # a value that is not text (None): the json module words it
                yield encode(flag_to_dict(Flag(kind, severity, message, records, details)))


def json_encoder():
    """json.dumps(value, ensure_ascii=False) for many values: the C encoder made once (a
    JSONEncoder's encode makes one per call, a third of the time of a flag's details)."""
    from json.encoder import c_make_encoder, encode_basestring

    if c_make_encoder is None:  # a Python built without the json module's C part
        return json.JSONEncoder(ensure_ascii=False).encode
    # no check for circular references (markers None): the values are trees of plain data
    not_json = json.JSONEncoder().default  # raises the json module's TypeError
    chunks = c_make_encoder(None, not_json, encode_basestring, None, ": ", ", ", False, False,
                            True)
    join = "".join
    return lambda value: join(chunks(value, 0))


def write_json_lines(result: dict, out, encoded=frozenset()) -> None:
    """A JSON object with each top-level value, and each item of a top-level list (or
    iterator), on a line of its own: as readable as indented JSON for a person and for grep,
    but written by the json module's C encoder item by item, in chunks as the items come.
    json.dump with an indent runs its pure-Python encoder instead: 1 s of the 2 s of
    `gaps --json` on a 10k-capacity plan (30 MB). The items of the keys in `encoded` are
    JSON text already."""
    encode = json_encoder()
    out.write("{")
    for n, (key, value) in enumerate(result.items()):
        out.write(f'{"," if n else ""}\n  {json.dumps(key)}: ')
        if isinstance(value, (list, Iterator)):
            chunk, count = [], 0
            as_text = (lambda item: item) if key in encoded else encode
            for item in value:
                chunk.append((",\n    " if count else "[\n    ") + as_text(item))
                count += 1
                if len(chunk) == 256:
                    out.write("".join(chunk))
                    chunk.clear()
            chunk.append("\n  ]" if count else "[]")
            out.write("".join(chunk))
        else:
            out.write(encode(value))
    out.write("\n}\n")


def _withhold_flags(handle, result: dict, audience: str) -> None:
    """Leave out the flags that name a record the audience may not see (and count them)."""
    import re

    from transition_planner.exchange.rows import load_rows, withheld_records

    withheld = withheld_records(load_rows(handle, audience))
    kept = []
    for flag in result["flags"]:
        ids = {r["id"] for r in flag["records"]}
        ids |= set(re.findall(r"[0-9a-f-]{36}", json.dumps(flag["details"])))
        if not ids & withheld:
            kept.append(flag)
    result["audience"] = audience
    result["withheld_flags"] = len(result["flags"]) - len(kept)
    result["flags"] = kept


# The key figures of `gaps` as the text output names them (other keys keep their own words).
SUMMARY_LABELS = {
    "capacities": N_("capacities"),
    "handovers": N_("handovers"),
    "capacities_without_successor": N_("capacities without successor"),
    "capacities_not_ready": N_("capacities not ready"),
    "capacities_not_assessed": N_("capacities not assessed"),
    "capacity_gap_months": N_("capacity gap months"),
    "uncovered_location_months": N_("uncovered location months"),
    "unfunded_after_exit": N_("unfunded after exit"),
    "flags_by_kind": N_("flags by kind"),
    "horizon_start": N_("horizon start"),
    "horizon_end": N_("horizon end"),
    "months": N_("months"),
    "exit_date": N_("exit date"),
}
SEVERITIES = {"high": N_("HIGH"), "medium": N_("MEDIUM"), "low": N_("LOW")}
AUDIENCES = {"cluster": N_("cluster"), "donor": N_("donor"), "internal": N_("internal")}


def format_gaps(result: dict, t=None) -> str:
    """The gap summary and flags as a readable text table, in the translator's language
    (default: the command's)."""
    from datetime import date

    from transition_planner import i18n

    t = t or i18n.current()
    summary = result["summary"]
    lines = [t._("Key figures")]
    labels = {key: t.gettext(SUMMARY_LABELS.get(key, key.replace("_", " "))) for key in summary}
    width = max(34, *(len(label) for label in labels.values())) if labels else 34
    for key, value in summary.items():
        if key == "unfunded_after_exit":
            value = "; ".join(t.money(a, c) for c, a in value.items()) or t._("none")
        elif isinstance(value, dict):
            value = ", ".join(f"{k} {t.integer(v) if isinstance(v, int) else v}"
                              for k, v in value.items()) or t._("none")
        elif isinstance(value, str) and len(value) == 10 and value[4] == "-":
            value = t.date(date.fromisoformat(value))
        elif isinstance(value, int) and not isinstance(value, bool):
            value = t.integer(value)
        lines.append(f"  {labels[key]:<{width}} {value}")
    flags = result["flags"]
    lines += ["", t._("Flags (%(count)s)", count=t.integer(len(flags)))]
    kind_width = max((len(f["kind"]) for f in flags), default=4)
    severities = {k: t.gettext(v) for k, v in SEVERITIES.items()}
    severity_width = max(6, *(len(v) for v in severities.values()))
    for flag in flags:
        severity = severities.get(flag["severity"], flag["severity"].upper())
        lines.append(f"  {severity:<{severity_width}} {flag['kind']:<{kind_width}}  "
                     f"{flag['message']}")
    if not flags:
        lines.append("  " + t._("none: every capacity is covered"))
    if result.get("withheld_flags"):
        audience = t.gettext(AUDIENCES.get(result["audience"], result["audience"]))
        lines.append("  " + t.n_("and %(num)s more about records not shared with the "
                                 "%(audience)s audience",
                                 "and %(num)s more about records not shared with the "
                                 "%(audience)s audience",
                                 result["withheld_flags"], audience=audience))
    return "\n".join(lines)


def cmd_scenario_args(args) -> int:
    """Checks the names each action needs before opening the plan."""
    wanted = {"list": 0, "clone": 2, "compare": 2}[args.action]
    if len(args.names) != wanted:
        what = {"clone": "SOURCE and NEW_NAME", "compare": "FIRST and SECOND"}.get(args.action)
        print(f"error: scenario {args.action} takes {what or 'no names'}", file=sys.stderr)
        return EXIT_ERROR
    if args.action == "clone":
        args.source, args.name = args.names
    elif args.action == "compare":
        args.first, args.second = args.names
    return cmd_scenario(args)


def cmd_scenario(args) -> int:
    from transition_planner.services import plans, scenarios

    handle = plans.open_plan(args.plan)
    try:
        if args.action == "list":
            rows = [_scenario_row(handle, s) for s in plans.list_scenarios(handle)]
            text = _scenario_table(rows)
            result = rows
        elif args.action == "clone":
            source = scenarios.find_scenario(handle, args.source)
            made = scenarios.clone_scenario(handle, source.id, args.name,
                                            months_earlier=args.months_earlier,
                                            description=args.description or "")
            result = _scenario_row(handle, made)
            text = _t()._("Created scenario '%(name)s': %(description)s", name=made.name,
                          description=made.description)
        else:
            first = scenarios.find_scenario(handle, args.first)
            second = scenarios.find_scenario(handle, args.second)
            comparison = scenarios.compare_scenarios(handle, first.id, second.id)
            result = {"first": first.name, "second": second.name,
                      "rows": [{"measure": k, "first": _plain(a), "second": _plain(b),
                                "change": _plain(c)} for k, a, b, c in comparison.rows()]}
            text = format_comparison(result)
    finally:
        handle.close()
    if args.json:
        json.dump(result, sys.stdout, indent=2, ensure_ascii=False)
        print()
    else:
        print(text)
    return EXIT_OK


def _plain(value):
    """A comparison figure for JSON: money as decimal text, counts as numbers."""
    from decimal import Decimal

    return str(value) if isinstance(value, Decimal) else value


def _scenario_row(handle, scenario) -> dict:
    from transition_planner.services import plans

    active = plans.plan_info(handle).active_scenario_id
    return {"name": scenario.name, "description": scenario.description,
            "shift_months": scenario.closure_shift_months,
            "shift_days": scenario.closure_shift_days,
            "exit_date": scenario.exit_date.isoformat() if scenario.exit_date else None,
            "baseline": scenario.is_baseline, "active": scenario.id == active}


def _t():
    from transition_planner import i18n

    return i18n.current()


def _scenario_table(rows: list[dict]) -> str:
    t = _t()
    lines = [t._("Scenarios (%(count)s)", count=t.integer(len(rows)))]
    for row in rows:
        marks = t._(" (active)") if row["active"] else ""
        shift = row["shift_months"]
        if shift < 0:
            moved = t.n_("closures %(num)s month earlier", "closures %(num)s months earlier",
                         abs(shift))
        elif shift > 0:
            moved = t.n_("closures %(num)s month later", "closures %(num)s months later", shift)
        else:
            moved = t._("closures as planned")
        if row["shift_days"]:
            days = f"{row['shift_days']:+}"
            moved += t._(", %(days)s days", days=days)
        lines.append(f"  {row['name']}{marks}: {moved}. {row['description']}".rstrip())
    return "\n".join(lines)


def format_comparison(result: dict) -> str:
    """The scenario comparison as the window's Scenarios tab shows it: each measure with the
    two scenarios' figures and the change from the first to the second."""
    from decimal import Decimal

    t = _t()
    header = (t._("Measure"), result["first"], result["second"], t._("Change"))
    rows = []
    for row in result["rows"]:
        measure, values = row["measure"], (row["first"], row["second"], row["change"])
        if measure.startswith("unfunded:"):
            currency = measure.split(":", 1)[1]
            label = t._("unfunded after exit (%(currency)s)", currency=currency)
            cells = [t.money(v, currency) for v in values]
            cells[2] = ("+" if Decimal(str(values[2])) >= 0 else "") + cells[2]
        else:
            label = measure.replace("flags:", "flags: ").replace("_", " ")
            cells = [str(values[0]), str(values[1]), f"{values[2]:+}"]
        rows.append((label, *cells))
    widths = [max(len(str(r[i])) for r in [header, *rows]) for i in range(4)]
    out = []
    for row in [header, *rows]:
        out.append("  ".join(str(c).ljust(w) if i == 0 else str(c).rjust(w)
                             for i, (c, w) in enumerate(zip(row, widths))).rstrip())
    return "\n".join(out)


def cmd_check(args) -> int:
    from transition_planner.services import check, plans

    handle = plans.open_plan(args.plan)
    try:
        problems = check.check_plan(handle)
    finally:
        handle.close()
    from transition_planner import i18n
    from transition_planner.i18n import counts

    t = i18n.current()
    if not problems:
        print(t._("%(plan)s: no problems found", plan=args.plan))
        return EXIT_OK
    print(f"{args.plan}: {counts.problems(t, len(problems))}")
    for problem in problems:
        print(f"  - {problem.word(t)}")
    return EXIT_PROBLEMS


def cmd_import_gazetteer(args) -> int:
    from transition_planner.services import gazetteer, plans

    handle = plans.open_plan(args.plan)
    try:
        # tables first: they replace the units; boundary files then add their shapes
        files = sorted(args.files, key=lambda p: p.suffix.lower() not in (".csv", ".xlsx"))
        for path in files:
            r = gazetteer.import_file(handle, path)
            print(_t()._("%(file)s: %(added)s units added, %(updated)s updated, %(removed)s "
                         "removed, %(shapes)s with a boundary", file=path.name, added=r.added,
                         updated=r.updated, removed=r.removed, shapes=r.with_boundary))
        if args.locate:
            placed = gazetteer.locate_from_gazetteer(handle, ("team_site", "field_office"))
            print(_t()._("%(count)s team site(s) and office(s) placed at their unit's centroid",
                         count=placed))
        unknown = gazetteer.pcode_problems(handle)
    finally:
        handle.close()
    for problem in unknown:
        print(f"  - {problem.message}")
    return EXIT_PROBLEMS if unknown else EXIT_OK


# Every command's name: `transition-planner PLAN` (no command) opens the window, and knowing
# that needs no parser of the other commands, nor their modules imported, before the window
# paints (tests/test_cli.py holds this to the parser's own list).
COMMAND_NAMES = frozenset({
    "changes-since-export", "check", "checkout", "demo", "export-3w", "export-matrix", "gaps",
    "gui", "import-gazetteer", "import-matrix", "install-desktop", "monitoring", "new",
    "report", "scenario", "self-test", "server", "sync",
})


def build_parser(window_only: bool = False) -> argparse.ArgumentParser:
    """The command line's parser: every command's, or only the window's (`gui`)."""
    parser = argparse.ArgumentParser(
        prog="transition-planner",
        description="Plan the handover of a UN mission's protection capacities.",
        formatter_class=argparse.RawDescriptionHelpFormatter,  # --version on one line
    )
    from transition_planner.buildinfo import describe

    parser.add_argument("--version", action="version", version=f"%(prog)s {describe()}")
    sub = parser.add_subparsers(dest="command")

    p = sub.add_parser("gui", help="open the window (the default)")
    p.add_argument("plan", nargs="?", type=_plan_path, help="plan file to open")
    p.add_argument("--demo", action="store_true", help="open a fresh copy of the demo plan")
    p.set_defaults(func=cmd_gui)
    if window_only:
        return parser

    p = sub.add_parser("new", help="create an empty plan file")
    p.add_argument("plan", type=_plan_path)
    p.add_argument("--name", help="plan name (default: the file name)")
    p.add_argument("--mission", help="mission name")
    p.add_argument("--acronym", help="mission acronym")
    p.add_argument("--country", help="host country")
    p.add_argument("--exit", help="planned exit date, YYYY-MM-DD")
    p.set_defaults(func=cmd_new)

    p = sub.add_parser("demo", help="write the demo plan to a file")
    p.add_argument("plan", type=_plan_path)
    p.set_defaults(func=cmd_demo)

    p = sub.add_parser("gaps", help="gap summary and flags")
    p.add_argument("plan", type=_plan_path)
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.add_argument("--series", action="store_true", help="include the monthly series")
    p.add_argument("--scenario", help="scenario name (default: the plan's active one)")
    p.add_argument("--as-of", dest="as_of", type=_date, metavar="YYYY-MM-DD",
                   help="the day the rules about passed dates read (default: today)")
    p.add_argument("--audience", choices=("internal", "cluster", "donor"), default="internal",
                   help="who it is for: cluster and donor leave out the flags that name "
                        "sensitive records (default: internal)")
    _lang_argument(p)
    p.set_defaults(func=cmd_gaps)

    p = sub.add_parser("scenario", help="list, clone or compare the plan's scenarios")
    p.add_argument("action", choices=("list", "clone", "compare"))
    p.add_argument("plan", type=_plan_path)
    p.add_argument("names", nargs="*", metavar="NAME",
                   help="clone: SOURCE NEW_NAME; compare: FIRST SECOND")
    p.add_argument("--months-earlier", dest="months_earlier", type=int, default=0,
                   help="clone: move every closure and the exit this many calendar months "
                        "earlier (negative: later)")
    p.add_argument("--description", help="clone: what the new scenario stands for")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.set_defaults(func=cmd_scenario_args)

    p = sub.add_parser("import-gazetteer",
                       help="load the country's administrative units and boundaries (COD-AB)")
    p.add_argument("plan", type=_plan_path)
    p.add_argument("files", nargs="+", type=_plan_path,
                   help="a table (CSV, XLSX) and/or boundaries (GeoJSON, .shp, zipped shapefile)")
    p.add_argument("--locate", action="store_true",
                   help="give team sites and offices without coordinates their unit's centroid")
    p.set_defaults(func=cmd_import_gazetteer)

    p = sub.add_parser("check", help="check a plan file's integrity")
    p.add_argument("plan", type=_plan_path)
    _lang_argument(p)
    p.set_defaults(func=cmd_check)

    for register in _feature_commands():
        register(sub)
    return parser


def _lang_argument(parser) -> None:
    from transition_planner.i18n import LANGUAGES

    parser.add_argument("--lang", choices=LANGUAGES, default=None,
                        help="language of the messages (default: the system's, from "
                             "LANGUAGE, LC_ALL, LC_MESSAGES or LANG; else English)")


def _feature_commands():
    """The registration functions of the commands that live beside their feature."""
    from transition_planner import desktop, selftest
    from transition_planner.exchange import commands as matrix_commands
    from transition_planner.exchange import monitoring_commands, team_commands
    from transition_planner.reports import commands as report_commands

    return (matrix_commands.register, report_commands.register, team_commands.register,
            selftest.register, desktop.register, monitoring_commands.register)


def _start_log(argv: list[str]) -> None:
    """Log the command to the window's log file; a folder that cannot be written stops
    nothing."""
    from transition_planner.buildinfo import describe
    from transition_planner.logs import LOG, setup_logging

    try:
        setup_logging()
    except OSError:
        return
    LOG.info("Command line %s: %s", describe(), " ".join(argv))


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if not argv or (argv[0] not in COMMAND_NAMES and not argv[0].startswith("-")):
        argv = ["gui", *argv]  # no subcommand: open the window
    args = build_parser(window_only=argv[0] == "gui").parse_args(argv)
    from transition_planner import i18n

    # the language of every word the command prints, errors included
    i18n.set_language(getattr(args, "lang", None) or i18n.system_language())
    if args.func is not cmd_gui:  # the window opens its log after its first paint
        _start_log(argv)
    from transition_planner.logs import LOG
    from transition_planner.services.errors import InvalidInput, ServiceError

    try:
        return args.func(args)
    except InvalidInput as exc:
        for field, message in exc.problems.items():
            print(f"error: {field}: {message}", file=sys.stderr)
        LOG.warning("%s refused: %s", argv[0], exc.problems)
        return EXIT_ERROR
    except ServiceError as exc:  # a PlanFileError too
        print(f"error: {exc}", file=sys.stderr)
        LOG.warning("%s failed: %s", argv[0], exc)
        return EXIT_ERROR
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # e.g. piped into `head`
        return EXIT_OK
    except OSError as exc:
        print(f"error: {exc.strerror or exc}: {exc.filename or ''}".rstrip(": "), file=sys.stderr)
        LOG.warning("%s failed: %s", argv[0], exc)
        return EXIT_ERROR
    except Exception:
        LOG.exception("Unexpected error in %s", argv[0])
        raise


# Commands whose work is complete when they return (files written and replaced, plan closed):
# the program then leaves without Python freeing each of their objects one by one, a tenth
# of a second for the 30,000 flags and the facts of a 10k-capacity plan's `gaps --json`.
DONE_ON_RETURN = frozenset({"gaps", "check", "report", "export-matrix"})
# What such a command keeps until the program leaves (see keep_till_exit); None when the
# command runs inside a longer-lived process (a test), which must free it as usual.
_KEPT_TILL_EXIT: list | None = None


def keep_till_exit(value) -> None:
    """Keep `value` alive until os._exit when the program leaves at once: its last reference
    dropped as the command returns would free it object by object (0.1 s for the report of a
    10k-capacity plan, before the exit that skips freeing)."""
    if _KEPT_TILL_EXIT is not None:
        _KEPT_TILL_EXIT.append(value)


def run() -> None:
    """The program's entry point (the console script, `python -m transition_planner`)."""
    global _KEPT_TILL_EXIT
    command = next((a for a in sys.argv[1:] if not a.startswith("-")), None)
    if command in DONE_ON_RETURN:
        _KEPT_TILL_EXIT = []
    code = main()
    if command not in DONE_ON_RETURN:
        raise SystemExit(code)
    import atexit
    import os

    try:
        sys.stdout.flush()
    except BrokenPipeError:  # e.g. piped into `head`: nothing more to say
        pass
    sys.stderr.flush()
    atexit._run_exitfuncs()  # what exit would run first (logging's flush and close)
    os._exit(code)


if __name__ == "__main__":
    run()
