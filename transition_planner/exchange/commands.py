"""Commands of the matrix exchange: export-matrix, import-matrix, changes-since-export."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from transition_planner.domain.audience import AUDIENCE_WORDS
from transition_planner.i18n import LANGUAGES, N_, current
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
    p.add_argument("--format", choices=("xlsx", "csv"),
                   help="xlsx (the workbook, default) or csv (the matrix with its HXL hashtag "
                        "row, RFC 4180); default: from the file name")
    p.add_argument("--lang", choices=LANGUAGES, default="en",
                   help="language of the headers, prompts and instructions (default: en)")
    p.set_defaults(func=cmd_export)

    p = subparsers.add_parser("import-matrix", help="merge an edited matrix workbook back")
    p.add_argument("plan", type=plan_argument, help="plan file or server address")
    p.add_argument("workbook", type=Path, help="the workbook (.xlsx) or matrix CSV file (.csv)")
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

    p = subparsers.add_parser("export-3w", help="write who does what where (3W): one row per "
                              "handover and funding line, with HXL hashtags (.csv or .xlsx)")
    p.add_argument("plan", type=plan_argument, help="plan file or server address")
    p.add_argument("out", type=Path, help="the table to write (.csv or .xlsx)")
    p.add_argument("--audience", choices=("internal", "cluster", "donor"), default="internal",
                   help="who it is for: cluster and donor copies leave sensitive content out")
    p.add_argument("--actor", default="", help="only this partner's handovers (name or acronym)")
    p.add_argument("--lang", choices=LANGUAGES, default="en",
                   help="language of the headers and labels (default: en)")
    p.set_defaults(func=cmd_export_3w)

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

    as_csv = (args.format or args.out.suffix.lower().lstrip(".")) == "csv"
    if as_csv and args.no_hxl:
        print(current()._("error: a CSV matrix always has its HXL hashtag row (the import reads "
                          "its columns by it); leave out --no-hxl."), file=sys.stderr)
        return EXIT_ERROR
    handle = plans.open_plan(args.plan)
    try:
        if as_csv:
            from transition_planner.exchange.csv_matrix import export_matrix_csv

            result = export_matrix_csv(
                handle, args.out, audience=args.audience, locations=args.location,
                categories=args.category, successors=args.successor, lang=args.lang,
                actor=args.actor)
        else:
            result = export_matrix(
                handle, args.out, audience=args.audience, locations=args.location,
                categories=args.category, successors=args.successor, hxl=not args.no_hxl,
                lang=args.lang, actor=args.actor,
            )
    finally:
        handle.close()
    print(current()._("Wrote %(rows)s rows for the %(audience)s audience to %(path)s",
                      rows=result.rows, audience=current()._(AUDIENCE_WORDS[result.audience]),
                      path=result.path))
    return EXIT_OK


def cmd_export_3w(args) -> int:
    from transition_planner.exchange.threew import export_3w
    from transition_planner.services import plans

    handle = plans.open_plan(args.plan)
    try:
        result = export_3w(handle, args.out, audience=args.audience, lang=args.lang,
                           actor=args.actor)
    finally:
        handle.close()
    print(current()._("Wrote %(rows)s rows (%(handovers)s handovers) for the %(audience)s "
                      "audience to %(path)s", rows=result.rows, handovers=result.handovers,
                      audience=current()._(AUDIENCE_WORDS[result.audience]), path=result.path))
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
            print(current()._(
                "error: %(count)s conflict(s): cells changed both in the plan and in the "
                "workbook. Nothing was imported. Run again with --theirs (take the workbook's "
                "values) or --ours (keep the plan's), or use the window to choose cell by cell.",
                count=len(conflicts)), file=sys.stderr)
            return EXIT_ERROR
        try:
            result = apply_import(handle, preview, default=THEIRS if args.theirs else OURS,
                                  allow_deletions=args.allow_deletions)
        except DeletionsNeedConfirmation as exc:
            print(current()._("error: %(error)s To apply them, run again with "
                              "--allow-deletions.", error=exc), file=sys.stderr)
            return EXIT_ERROR
    finally:
        handle.close()
    t = current()
    done = t._("Imported %(file)s: %(added)s added, %(changed)s changed, %(deleted)s deleted",
               file=args.workbook.name, added=result.added, changed=result.changed,
               deleted=result.deleted)
    if result.kept_ours:
        done += t._(", %(count)s conflict(s) kept as in the plan", count=result.kept_ours)
    print(done, file=sys.stderr if args.json else sys.stdout)
    return EXIT_PROBLEMS if preview.problems else EXIT_OK


_NAMED_IN_LABEL = ("location", "name", "successor")  # the row's label names them


def format_preview(preview) -> str:
    """The preview as readable text, in the current language."""
    from transition_planner.exchange.matrix import readable_field
    from transition_planner.exchange.merge import ADDED, CHANGED, DELETED

    t = current()
    lines = [t._("%(file)s: exported %(when)s UTC for the %(audience)s audience",
                 file=preview.source, when=preview.exported_at[:16].replace("T", " "),
                 audience=t._(AUDIENCE_WORDS.get(preview.audience, preview.audience)))
             if preview.exported_at
             else t._("%(file)s: rows imported as new", file=preview.source)]
    if preview.without_base:
        lines[0] = t._("%(file)s: no record of the export (its hidden sheets are gone): "
                       "compared with the plan as it is now, so an edit made in the plan since "
                       "the export cannot be told from the workbook's, and no conflict can be "
                       "found", file=preview.source)
        if preview.from_csv:
            lines[0] = t._("%(file)s: a CSV file holds no record of the export, so it is "
                           "compared with the plan as it is now: an edit made in the plan since "
                           "the export cannot be told from the file's, and no conflict can be "
                           "found", file=preview.source)
    for kind, title in ((ADDED, N_("Added (%(num)s)")), (CHANGED, N_("Changed (%(num)s)")),
                        (DELETED, N_("Deleted (%(num)s)"))):
        rows = preview.of_kind(kind)
        lines.append(t._(title, num=len(rows)))
        for row in rows:
            where = _where(row, t)
            flag = t._("  CONFLICT: %(why)s", why=row.conflict) if row.conflict else ""
            removes = (t._(" (removes %(records)s)", records=removed_text(row.removes))
                       if row.removes else "")
            lines.append(f"  {where}{row.label}{removes}{flag}")
            if kind == ADDED:  # what the new row holds, not only its name
                given = _added_values(row, t.lang)
                if given:
                    lines.append(f"      {'; '.join(given)}")
            for cell in row.cells:
                name = readable_field(cell.field, t.lang)
                text = t._("%(column)s: %(old)s -> %(new)s", column=name,
                           old=repr(cell.ours), new=repr(cell.theirs))
                if cell.conflict:
                    text = t._("CONFLICT %(column)s: base %(base)s, plan %(ours)s, workbook "
                               "%(theirs)s", column=name, base=repr(cell.base),
                               ours=repr(cell.ours), theirs=repr(cell.theirs))
                lines.append(f"      {text}")
    if preview.records_removed:
        lines.append(t._("Records the deletions remove: %(num)s", num=preview.records_removed))
    lines.append(t._("Unchanged rows: %(num)s", num=preview.unchanged))
    if preview.unchanged_funding:
        lines.append(t._("Unchanged funding lines: %(n)s", n=preview.unchanged_funding))
    lines.append(t._("Rows that cannot be read (%(num)s)", num=len(preview.problems)))
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
    return t._("row %(row)s: ", row=row.sheet_row)


def _added_values(row, lang: str) -> list[str]:
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
            given.append(f"{readable_field(key, lang)}: {text}")
    return given


def removed_text(removes: dict[str, int]) -> str:
    """{"handover": 1, "readinessscore": 2} as "1 handover and 2 readiness scores"."""
    t = current()
    parts = [_records(t, table, count) for table, count in removes.items()]
    if len(parts) < 2:
        return "".join(parts)
    return t._("%(items)s and %(last)s", items=t.pgettext("list separator", ", ").join(
        parts[:-1]), last=parts[-1])


def _records(t, table: str, count: int) -> str:
    if table == "capacity":
        return t.n_("%(num)s capacity", "%(num)s capacities", count)
    if table == "handover":
        return t.n_("%(num)s handover", "%(num)s handovers", count)
    if table == "readinessscore":
        return t.n_("%(num)s readiness score", "%(num)s readiness scores", count)
    if table == "fundingline":
        return t.n_("%(num)s funding line", "%(num)s funding lines", count)
    if table == "comment":
        return t.n_("%(num)s comment", "%(num)s comments", count)
    if table == "capacityenabler":
        return t.n_("%(num)s enabler link", "%(num)s enabler links", count)
    return f"{count} {table}"


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
        print(current()._("Wrote %(count)s change(s) since %(when)s UTC to %(path)s",
                          count=len(report.lines), when=f"{report.since:%Y-%m-%d %H:%M}",
                          path=args.out))
        return EXIT_OK
    print(current()._("Changes since the export of %(when)s UTC (%(file)s), %(audience)s "
                      "audience: %(count)s", when=f"{report.since:%Y-%m-%d %H:%M}",
                      file=report.export_file,
                      audience=current()._(AUDIENCE_WORDS.get(report.audience, report.audience)),
                      count=len(report.lines)))
    for item in report.lines:
        detail = f" {item.field}: {item.before!r} -> {item.after!r}" if item.field else ""
        print(f"  {item.at:%Y-%m-%d %H:%M} {item.user} {item.action} {item.record_type} "
              f"'{item.record}'{detail}")
    return EXIT_OK
