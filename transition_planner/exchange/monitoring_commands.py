"""The `transition-planner monitoring` commands: list, add-indicator, add-value, import,
defaults: post-exit indicators and their values, through the window's services."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from transition_planner.i18n import LANGUAGES
from transition_planner.store.address import plan_argument

EXIT_OK, EXIT_PROBLEMS, EXIT_ERROR = 0, 1, 2


def _date(value: str):
    from transition_planner.domain.parse import ParseError, parse_date

    try:
        day = parse_date(value)
    except ParseError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None
    if day is None:
        raise argparse.ArgumentTypeError("a date is needed (YYYY-MM-DD)")
    return day


def _mapped(value: str) -> tuple[str, str]:
    column, sep, indicator = value.partition("=")
    if not sep or not column.strip() or not indicator.strip():
        raise argparse.ArgumentTypeError(f"'{value}' is not COLUMN=INDICATOR")
    return column.strip(), indicator.strip()


def register(subparsers) -> None:
    p = subparsers.add_parser("monitoring", help="post-exit indicators and their values")
    sub = p.add_subparsers(dest="monitoring_command", required=True, metavar="ACTION")

    def action(name: str, help_text: str, func):
        q = sub.add_parser(name, help=help_text)
        q.add_argument("plan", type=plan_argument, help="plan file or server address")
        q.add_argument("--lang", choices=LANGUAGES, default=None,
                       help="language of the messages (default: the system's)")
        q.set_defaults(func=func)
        return q

    q = action("list", "the indicators, their latest value and whether they call the UN "
                       "back", cmd_list)
    q.add_argument("--json", action="store_true", help="machine-readable output")
    q.add_argument("--handover", help="only the indicators of this handover (its id)")
    q.add_argument("--as-of", dest="as_of", type=_date, metavar="YYYY-MM-DD",
                   help="the day the rules read (default: today)")

    q = action("add-indicator", "watch an indicator after the exit", cmd_add_indicator)
    q.add_argument("--name", required=True)
    q.add_argument("--threshold", type=float, required=True)
    q.add_argument("--bad", dest="trigger_when", choices=("above", "below"), default="above",
                   help="which side of the threshold is bad (default: above)")
    q.add_argument("--handover", help="the handover it measures (its id)")
    q.add_argument("--location", help="where (name or P-code; default: the handed-over "
                                      "capacity's location)")
    q.add_argument("--unit", default="")
    q.add_argument("--baseline", type=float)
    q.add_argument("--period", choices=("month", "quarter"), default="month")
    q.add_argument("--periods", dest="trigger_periods", type=int, default=3,
                   help="N: crossed, or silent, N periods in a row calls the UN back")
    q.add_argument("--from", dest="monitor_from", type=_date, metavar="YYYY-MM-DD",
                   help="when monitoring starts (default: the handover's start)")

    q = action("add-value", "record one value of an indicator", cmd_add_value)
    q.add_argument("indicator", help="the indicator's id or name")
    q.add_argument("measured_on", type=_date, metavar="YYYY-MM-DD")
    q.add_argument("value")
    q.add_argument("--source", default="", help="where the value comes from")

    q = action("import", "import values from a KoboToolbox/ODK export (CSV or XLSX)",
               cmd_import)
    q.add_argument("file", type=Path)
    q.add_argument("--dry-run", action="store_true", help="show the preview; change nothing")
    q.add_argument("--json", action="store_true", help="machine-readable preview")
    q.add_argument("--skip-refused", action="store_true",
                   help="import the good rows even when some are refused")
    q.add_argument("--date", dest="date_column", metavar="COLUMN")
    q.add_argument("--location", dest="location_column", metavar="COLUMN",
                   help="the column of P-codes or location names")
    q.add_argument("--uuid", dest="uuid_column", metavar="COLUMN",
                   help="the submission's id (Kobo: _uuid)")
    q.add_argument("--value", dest="value_columns", action="append", type=_mapped, default=[],
                   metavar="COLUMN=INDICATOR", help="a column of values of one indicator")
    q.add_argument("--indicator-column", metavar="COLUMN",
                   help="a column naming the indicator of each row (with --value-column)")
    q.add_argument("--value-column", metavar="COLUMN")
    q.add_argument("--form", help="the name the mapping is remembered under")

    q = action("defaults", "what the taxonomy suggests watching for a category", cmd_defaults)
    q.add_argument("category", nargs="?", help="a category code (default: every category)")
    q.add_argument("--add", dest="handover", metavar="HANDOVER",
                   help="attach the defaults of the handover's category to it (its id)")
    q.add_argument("--json", action="store_true", help="machine-readable output")


def _t():
    from transition_planner import i18n

    return i18n.current()


def _open(args):
    from transition_planner.services import plans

    return plans.open_plan(args.plan)


# --- list -----------------------------------------------------------------------------------


def _indicator_json(r) -> dict:
    trig = r.trigger
    return {
        "id": r.id, "name": r.name, "location": r.location_name,
        "location_id": r.location_id, "handover_id": r.handover_id,
        "handover": r.handover_label, "unit": r.unit, "baseline": r.baseline,
        "threshold": r.threshold, "trigger_when": r.trigger_when, "period": r.period,
        "trigger_periods": r.trigger_periods,
        "monitor_from": r.monitor_from.isoformat() if r.monitor_from else None,
        "values": [{"date": d.isoformat(), "value": v, "source": s} for _i, d, v, s in r.values],
        "trigger": None if trig is None else {
            "reason": trig.reason, "periods": trig.periods,
            "values": [{"date": d.isoformat(), "value": v} for d, v in trig.values]},
        "months_inside": r.months_inside,
    }


def cmd_list(args) -> int:
    from transition_planner.services import monitoring

    handle = _open(args)
    try:
        rows = monitoring.list_indicators(handle, args.handover, as_of=args.as_of)
    finally:
        handle.close()
    if args.json:
        json.dump({"indicators": [_indicator_json(r) for r in rows]}, sys.stdout, indent=2,
                  ensure_ascii=False)
        print()
        return EXIT_OK
    t = _t()
    print(t._("Indicators (%(count)s)", count=t.integer(len(rows))))
    for r in rows:
        where = r.handover_label or r.location_name
        rule = (t._("bad below %(threshold)s", threshold=_num(t, r.threshold, r.unit))
                if r.trigger_when == "below" else
                t._("bad above %(threshold)s", threshold=_num(t, r.threshold, r.unit)))
        if r.values:
            _id, day, value, _s = r.values[-1]
            last = t._("latest %(value)s on %(date)s", value=_num(t, value, r.unit),
                       date=t.date(day))
        else:
            last = t._("no value yet")
        print(f"  {r.name} ({where}): {rule}; {last}")
        if r.trigger is not None:
            print("    " + (t._("RE-ENGAGE: crossed for %(count)s period(s) in a row",
                                count=t.integer(r.trigger.periods))
                            if r.trigger.reason == "crossed" else
                            t._("RE-ENGAGE: nothing reported for %(count)s period(s)",
                                count=t.integer(r.trigger.periods))))
        print(f"    id {r.id}")
    return EXIT_OK


def _num(t, value: float, unit: str) -> str:
    text = t.number(value)
    return f"{text}{unit}" if unit == "%" else f"{text} {unit}".rstrip()


# --- add-indicator, add-value, defaults -------------------------------------------------------


def cmd_add_indicator(args) -> int:
    from transition_planner.services import monitoring
    from transition_planner.services.monitoring_import import find_location

    handle = _open(args)
    try:
        data = {"name": args.name, "threshold": args.threshold,
                "trigger_when": args.trigger_when, "unit": args.unit, "period": args.period,
                "trigger_periods": args.trigger_periods, "baseline": args.baseline,
                "monitor_from": args.monitor_from, "handover_id": args.handover}
        if args.location:
            data["location_id"] = find_location(handle, args.location)
        made = monitoring.add_indicator(handle, data, source="command line")
    finally:
        handle.close()
    print(_t()._("Added the indicator '%(name)s' (id %(id)s)", name=made.name, id=made.id))
    return EXIT_OK


def cmd_add_value(args) -> int:
    from transition_planner.services import monitoring
    from transition_planner.services.monitoring_import import find_indicator

    handle = _open(args)
    try:
        indicator = find_indicator(handle, args.indicator)
        monitoring.add_value(handle, {"indicator_id": indicator,
                                      "measured_on": args.measured_on, "value": args.value,
                                      "source": args.source}, source="command line")
    finally:
        handle.close()
    t = _t()
    print(t._("Added %(value)s on %(date)s", value=args.value, date=t.date(args.measured_on)))
    return EXIT_OK


def cmd_defaults(args) -> int:
    from transition_planner.domain import taxonomy as tx
    from transition_planner.services import monitoring

    handle = _open(args)
    try:
        if args.handover:
            made = monitoring.add_default_indicators(handle, args.handover)
            t = _t()
            print(t._("Attached %(count)s indicator(s) to the handover",
                      count=t.integer(len(made))))
            for ind in made:
                print(f"  {ind.name} ({ind.id})")
            return EXIT_OK
        codes = [args.category] if args.category else [
            term.code for term in handle.taxonomy().terms(tx.CATEGORY)]
        found = {code: monitoring.default_indicators(handle, code) for code in codes}
    finally:
        handle.close()
    if args.category and not found[args.category]:
        from transition_planner.i18n import N_
        from transition_planner.services.errors import ServiceError

        raise ServiceError(N_("No default indicators for the category '%(category)s'."),
                           category=args.category)
    if args.json:
        json.dump({c: d for c, d in found.items() if d}, sys.stdout, indent=2,
                  ensure_ascii=False)
        print()
        return EXIT_OK
    t = _t()
    for code, defaults in found.items():
        if defaults:
            print(code)
            for d in defaults:
                rule = (t._("bad below %(threshold)s",
                            threshold=_num(t, d["threshold"], d.get("unit", "")))
                        if d.get("trigger_when") == "below" else
                        t._("bad above %(threshold)s",
                            threshold=_num(t, d["threshold"], d.get("unit", ""))))
                print(f"  {d['name']}: {rule}")
    return EXIT_OK


# --- import ---------------------------------------------------------------------------------


def _columns(args, handle):
    """The mapping the options give, on top of the remembered or guessed one; None when the
    options give none."""
    from transition_planner.exchange.monitoring_csv import ColumnMap
    from transition_planner.services.monitoring_import import columns_for

    given = (args.date_column, args.location_column, args.uuid_column, args.value_columns,
             args.indicator_column, args.value_column)
    if not any(given):
        return None
    _data, _form, found, _remembered = columns_for(handle, args.file)
    columns = ColumnMap(**found.to_json())
    for role, value in (("date", args.date_column), ("location", args.location_column),
                        ("uuid", args.uuid_column), ("indicator", args.indicator_column),
                        ("value", args.value_column)):
        if value is not None:
            setattr(columns, role, value)
    if args.value_columns:
        columns.values = dict(args.value_columns)
    if args.indicator_column or args.value_column:
        columns.values = dict(args.value_columns)
    return columns


def cmd_import(args) -> int:
    from transition_planner.services import monitoring_import as mi

    t = _t()
    handle = _open(args)
    try:
        preview = mi.preview_values_import(handle, args.file, _columns(args, handle),
                                           form=args.form)
        if args.json:
            json.dump(preview.to_json(t), sys.stdout, indent=2, ensure_ascii=False)
            print()
        else:
            print(format_preview(preview, t))
        if args.dry_run:
            return EXIT_PROBLEMS if preview.refused else EXIT_OK
        ids = mi.apply_values_import(handle, preview, skip_refused=args.skip_refused)
    finally:
        handle.close()
    print(t._("Imported %(file)s: %(count)s value(s) added", file=preview.source,
              count=t.integer(len(ids))), file=sys.stderr if args.json else sys.stdout)
    return EXIT_PROBLEMS if preview.refused else EXIT_OK


def format_preview(preview, t) -> str:
    c = preview.columns
    lines = [t._("%(file)s, form '%(form)s'", file=preview.source, form=preview.form)]
    lines.append("  " + (t._("columns as remembered in the plan") if preview.remembered
                         else t._("columns guessed from the headers (or given)")))
    lines.append("  " + t._("date: %(column)s", column=c.date))
    lines.append("  " + t._("location: %(column)s", column=c.location or "-"))
    lines.append("  " + t._("submission: %(column)s", column=c.uuid or "-"))
    for column, name in c.values.items():
        lines.append("  " + t._("%(column)s -> indicator '%(name)s'", column=column, name=name))
    if c.indicator:
        lines.append("  " + t._("indicator: %(column)s, value: %(value)s", column=c.indicator,
                                value=c.value))
    lines.append(t._("Values to add (%(count)s)", count=t.integer(len(preview.added))))
    for v in preview.added:
        lines.append("  " + t._("row %(row)s: %(indicator)s at %(place)s, %(date)s: %(value)s",
                                row=v.row, indicator=v.indicator, place=v.location,
                                date=v.measured_on.isoformat(), value=t.number(v.value)))
    lines.append(t._("Already in the plan: %(count)s", count=t.integer(preview.already)))
    if preview.blank:
        lines.append(t._("Rows without a value: %(count)s", count=t.integer(preview.blank)))
    lines.append(t._("Rows refused (%(count)s)", count=t.integer(len(preview.refused))))
    for r in preview.refused:
        lines.append("  " + t._("row %(row)s: %(reason)s", row=r.row, reason=r.word(t)))
    return "\n".join(lines)
