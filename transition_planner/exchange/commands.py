"""Commands of the matrix exchange: export-matrix, import-matrix, changes-since-export."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from transition_planner.store.address import plan_argument

EXIT_OK, EXIT_PROBLEMS, EXIT_ERROR = 0, 1, 2


def register(subparsers) -> None:
    p = subparsers.add_parser("export-matrix", help="write the handover matrix workbook (.xlsx)")
    p.add_argument("plan", type=plan_argument, help="plan file or server address")
    p.add_argument("out", type=Path, help="the workbook to write")
    p.add_argument("--audience", choices=("internal", "cluster", "donor"), default="internal",
                   help="who it is for: cluster and donor copies leave sensitive content out")
    p.add_argument("--location", action="append", default=[],
                   help="only this location (name or P-code) and the places inside it")
    p.add_argument("--category", action="append", default=[], help="only this category")
    p.add_argument("--successor", action="append", default=[], help="only this successor")
    p.add_argument("--actor", default="",
                   help="one partner's own copy: only its handovers and their funding lines "
                        "(name or acronym); its re-import touches those rows only")
    p.add_argument("--no-hxl", action="store_true", help="leave out the HXL hashtag row")
    p.add_argument("--lang", choices=("en", "fr"), default="en", help="language of the headers")
    p.set_defaults(func=cmd_export)

    p = subparsers.add_parser("import-matrix", help="merge an edited matrix workbook back")
    p.add_argument("plan", type=plan_argument, help="plan file or server address")
    p.add_argument("workbook", type=Path)
    p.add_argument("--dry-run", action="store_true", help="show what would change; change nothing")
    p.add_argument("--json", action="store_true", help="machine-readable preview")
    side = p.add_mutually_exclusive_group()
    side.add_argument("--theirs", action="store_true", help="conflicts take the workbook's value")
    side.add_argument("--ours", action="store_true", help="conflicts keep the plan's value")
    p.add_argument("--as-new", action="store_true",
                   help="add the rows as new ones (a workbook from another plan or none)")
    p.add_argument("--allow-deletions", action="store_true",
                   help="apply the deletions even when they remove many records")
    p.set_defaults(func=cmd_import)

    p = subparsers.add_parser("changes-since-export",
                              help="what changed since the last matrix export (.xlsx or text)")
    p.add_argument("plan", type=plan_argument, help="plan file or server address")
    p.add_argument("out", type=Path, nargs="?", help="workbook to write (default: print)")
    p.add_argument("--audience", choices=("internal", "cluster", "donor"),
                   help="default: the audience of the last export")
    p.set_defaults(func=cmd_changes)


def cmd_export(args) -> int:
    from transition_planner.exchange.export import export_matrix
    from transition_planner.services import plans

    handle = plans.open_plan(args.plan)
    try:
        result = export_matrix(
            handle, args.out, audience=args.audience, locations=args.location,
            categories=args.category, successors=args.successor, hxl=not args.no_hxl,
            lang=args.lang, actor=args.actor,
        )
    finally:
        handle.close()
    print(f"Wrote {result.rows} rows for the {result.audience} audience to {result.path}")
    return EXIT_OK


def cmd_import(args) -> int:
    from transition_planner.exchange.apply import DeletionsNeedConfirmation, apply_import
    from transition_planner.exchange.merge import OURS, THEIRS, preview_import
    from transition_planner.services import plans

    handle = plans.open_plan(args.plan)
    try:
        preview = preview_import(handle, args.workbook, as_new=args.as_new)
        if args.json:
            json.dump(preview.to_json(), sys.stdout, indent=2, ensure_ascii=False)
            print()
        else:
            print(format_preview(preview))
        if args.dry_run:
            return EXIT_OK
        conflicts = preview.conflict_keys()
        if conflicts and not (args.theirs or args.ours):
            print(f"error: {len(conflicts)} conflict(s): cells changed both in the plan and in "
                  "the workbook. Nothing was imported. Run again with --theirs (take the "
                  "workbook's values) or --ours (keep the plan's), or use the window to choose "
                  "cell by cell.", file=sys.stderr)
            return EXIT_ERROR
        try:
            result = apply_import(handle, preview, default=THEIRS if args.theirs else OURS,
                                  allow_deletions=args.allow_deletions)
        except DeletionsNeedConfirmation as exc:
            print(f"error: {exc} To apply them, run again with --allow-deletions.",
                  file=sys.stderr)
            return EXIT_ERROR
    finally:
        handle.close()
    print(f"Imported {args.workbook.name}: {result.added} added, {result.changed} changed, "
          f"{result.deleted} deleted"
          + (f", {result.kept_ours} conflict(s) kept as in the plan" if result.kept_ours else ""),
          file=sys.stderr if args.json else sys.stdout)
    return EXIT_PROBLEMS if preview.problems else EXIT_OK


_NAMED_IN_LABEL = ("location", "name", "successor")  # the row's label names them


def format_preview(preview) -> str:
    """The preview as readable text."""
    from transition_planner.exchange.matrix import readable_field
    from transition_planner.exchange.merge import ADDED, CHANGED, DELETED
    from transition_planner.i18n import translator

    t = translator(None)
    lines = [f"{preview.source}: exported {preview.exported_at[:16].replace('T', ' ')} UTC "
             f"for the {preview.audience} audience" if preview.exported_at
             else f"{preview.source}: rows imported as new"]
    if preview.without_base:
        lines[0] = (f"{preview.source}: no record of the export (its hidden sheets are gone): "
                    "compared with the plan as it is now, so an edit made in the plan since the "
                    "export cannot be told from the workbook's, and no conflict can be found")
    for kind, title in ((ADDED, "Added"), (CHANGED, "Changed"), (DELETED, "Deleted")):
        rows = preview.of_kind(kind)
        lines.append(f"{title} ({len(rows)})")
        for row in rows:
            where = _where(row, t)
            flag = f"  CONFLICT: {row.conflict}" if row.conflict else ""
            removes = f" (removes {removed_text(row.removes)})" if row.removes else ""
            lines.append(f"  {where}{row.label}{removes}{flag}")
            if kind == ADDED:  # what the new row holds, not only its name
                given = _added_values(row)
                if given:
                    lines.append(f"      {'; '.join(given)}")
            for cell in row.cells:
                name = readable_field(cell.field)
                text = f"{name}: {cell.ours!r} -> {cell.theirs!r}"
                if cell.conflict:
                    text = (f"CONFLICT {name}: base {cell.base!r}, plan "
                            f"{cell.ours!r}, workbook {cell.theirs!r}")
                lines.append(f"      {text}")
    if preview.records_removed:
        lines.append(f"Records the deletions remove: {preview.records_removed}")
    lines.append(f"Unchanged rows: {preview.unchanged}")
    if preview.unchanged_funding:
        lines.append(t._("Unchanged funding lines: %(n)s", n=preview.unchanged_funding))
    lines.append(f"Rows that cannot be read ({len(preview.problems)})")
    for problem in preview.problems:
        where = _where(problem, t)
        lines.append(f"  {where}{problem.label}: {'; '.join(problem.reasons)}")
    if preview.refused:
        lines.append(t._("Cells not imported, the rest of their row imported (%(n)s)",
                         n=len(preview.refused)))
        for problem in preview.refused:
            where = _where(problem, t)
            lines.append(f"  {where}{problem.label}: {'; '.join(problem.reasons)}")
    return "\n".join(lines)


def _where(row, t) -> str:
    """Where a row change or problem is: a row of the matrix, or of the Funding sheet."""
    if not row.sheet_row:
        return ""
    if getattr(row, "record", ""):
        return t._("Funding sheet row %(n)s: ", n=row.sheet_row)
    return f"row {row.sheet_row}: "


def _added_values(row) -> list[str]:
    """What an added row (or funding line) holds, besides what its label names."""
    from transition_planner.exchange import funding_sheet
    from transition_planner.exchange.matrix import BY_KEY, canon, readable_field

    given = []
    for key, value in row.values.items():
        if key in BY_KEY and key not in _NAMED_IN_LABEL:
            text = canon(key, value)
        elif funding_sheet.is_funding_field(key):
            text = funding_sheet.canon(key, value)
        else:
            continue
        if text:
            given.append(f"{readable_field(key)}: {text}")
    return given


RECORD_NAMES = {"capacity": ("capacity", "capacities"), "handover": ("handover", "handovers"),
                "readinessscore": ("readiness score", "readiness scores"),
                "fundingline": ("funding line", "funding lines"),
                "comment": ("comment", "comments"),
                "capacityenabler": ("enabler link", "enabler links")}


def removed_text(removes: dict[str, int]) -> str:
    """{"handover": 1, "readinessscore": 2} as "1 handover and 2 readiness scores"."""
    parts = []
    for table, count in removes.items():
        one, many = RECORD_NAMES.get(table, (table, table + "s"))
        parts.append(f"{count} {one if count == 1 else many}")
    return " and ".join(parts) if len(parts) < 3 else ", ".join(parts[:-1]) + " and " + parts[-1]


def cmd_changes(args) -> int:
    from transition_planner.exchange.changes import changes_since_export, write_changes_workbook
    from transition_planner.services import plans

    handle = plans.open_plan(args.plan)
    try:
        report = changes_since_export(handle, args.audience)
    finally:
        handle.close()
    if args.out:
        write_changes_workbook(report, args.out)
        print(f"Wrote {len(report.lines)} change(s) since {report.since:%Y-%m-%d %H:%M} UTC "
              f"to {args.out}")
        return EXIT_OK
    print(f"Changes since the export of {report.since:%Y-%m-%d %H:%M} UTC "
          f"({report.export_file}), {report.audience} audience: {len(report.lines)}")
    for item in report.lines:
        detail = f" {item.field}: {item.before!r} -> {item.after!r}" if item.field else ""
        print(f"  {item.at:%Y-%m-%d %H:%M} {item.user} {item.action} {item.record_type} "
              f"'{item.record}'{detail}")
    return EXIT_OK
