"""Commands of team plans: `server init|add-user|grant|import`, `checkout` and `sync`."""

from __future__ import annotations

import getpass
import os
import sys
from pathlib import Path

from transition_planner.store.address import plan_argument

EXIT_OK, EXIT_CONFLICTS, EXIT_ERROR = 0, 1, 2
ROLES = ("planner", "partner", "donor")


def _password(address: str) -> str | None:
    """The server password: in the address, PGPASSWORD or ~/.pgpass (libpq reads those), or
    typed at the terminal. Never stored."""
    from transition_planner.store import server

    if not server.needs_password(address) or os.environ.get("PGPASSWORD"):
        return None
    if Path(os.environ.get("PGPASSFILE", Path.home() / ".pgpass")).is_file():
        return None
    if not sys.stdin.isatty():
        return None  # the server says so if it wants one
    return getpass.getpass(f"Password for {server.display(address)}: ")


def _new_password(args) -> str:
    if args.password_stdin:
        return sys.stdin.readline().rstrip("\n")
    first = getpass.getpass(f"Password for the new login {args.login}: ")
    if first != getpass.getpass("Once more: "):
        from transition_planner.store.server_access import AccessError

        raise AccessError("The two passwords differ; nothing was changed.")
    return first


def cmd_server(args) -> int:
    from transition_planner.store import server, server_access

    address = args.url
    if args.action == "init":
        before = server_access.init_server(address, _password(address))
        extra = f" (schema upgraded from {before})" if before else ""
        print(f"{server.display(address)} is ready for a team plan{extra}: roles "
              f"{', '.join(server_access.GROUP.values())}.")
    elif args.action == "add-user":
        server_access.add_user(address, args.login, _new_password(args), args.role,
                               args.organisation, _password(address))
        print(f"Added the {args.role} login {args.login} to {server.display(address)}.")
    elif args.action == "grant":
        server_access.grant(address, args.login, args.role, args.organisation,
                            _password(address))
        print(f"{args.login} is a {args.role} of {server.display(address)}.")
    return EXIT_OK


def cmd_server_import(args) -> int:
    from transition_planner.store import server, transfer

    counts = transfer.import_plan_file(args.plan, args.url, _password(args.url))
    print(f"Put {sum(counts.values())} records of {args.plan.name} on "
          f"{server.display(args.url)}.")
    return EXIT_OK


def cmd_checkout(args) -> int:
    from transition_planner.exchange.sync import checkout

    counts = checkout(args.url, args.file, locations=args.location or [],
                      password=_password(args.url))
    where = f" ({', '.join(args.location)})" if args.location else ""
    print(f"Checked out {counts.get('capacity', 0)} capacities{where} into {args.file}; "
          f"work offline, then run 'transition-planner sync {args.file}'.")
    return EXIT_OK


def cmd_sync(args) -> int:
    from transition_planner.exchange.merge import OURS, THEIRS
    from transition_planner.exchange.sync import UnresolvedConflicts, server_address_of, sync

    default = {"server": OURS, "mine": THEIRS}.get(args.keep)
    address = server_address_of(args.file)
    try:
        result = sync(args.file, default=default, password=_password(address))
    except UnresolvedConflicts as exc:
        print(f"error: {exc}", file=sys.stderr)
        for row in exc.preview.conflicts():
            if row.conflict:
                print(f"  {row.label}: {row.conflict}", file=sys.stderr)
            for cell in row.cells:
                if cell.conflict:
                    print(f"  {row.label}, {cell.field}: at checkout '{cell.base}', server "
                          f"'{cell.ours}', this file '{cell.theirs}'", file=sys.stderr)
        print("Run again with --keep server or --keep mine, or sync from the window to "
              "choose one by one.", file=sys.stderr)
        return EXIT_CONFLICTS
    print(f"Synced {args.file} with {result.server}: {result.sent} change(s) sent, "
          f"{result.received} record(s) brought up to date"
          + (f", {result.kept_server} conflict(s) kept as on the server" if result.kept_server
             else "") + ".")
    return EXIT_OK


def register(subparsers) -> None:
    p = subparsers.add_parser("server", help="set up a team plan on a PostgreSQL server")
    actions = p.add_subparsers(dest="action", required=True)
    a = actions.add_parser("init", help="make or upgrade the schema, roles and rights")
    a.add_argument("url", help="postgresql://admin@host/database")
    a.set_defaults(func=cmd_server)
    for name, text in (("add-user", "add a login with a role"),
                       ("grant", "give an existing login its role")):
        a = actions.add_parser(name, help=text)
        a.add_argument("url")
        a.add_argument("login")
        a.add_argument("--role", choices=ROLES, required=True)
        a.add_argument("--organisation", help="a partner's organisation (an actor's name)")
        if name == "add-user":
            a.add_argument("--password-stdin", action="store_true",
                           help="read the new login's password from standard input")
        a.set_defaults(func=cmd_server)
    a = actions.add_parser("import", help="put a plan file on an empty server database")
    a.add_argument("plan", type=lambda v: Path(v).expanduser())
    a.add_argument("url")
    a.set_defaults(func=cmd_server_import)

    p = subparsers.add_parser("checkout", help="copy a team plan into a file for offline work")
    p.add_argument("url")
    p.add_argument("file", type=plan_argument)
    p.add_argument("--location", action="append",
                   help="only this place and what is inside it (name or P-code); repeatable")
    p.set_defaults(func=cmd_checkout)

    p = subparsers.add_parser("sync", help="send a field copy's changes back, take the server's")
    p.add_argument("file", type=plan_argument)
    p.add_argument("--keep", choices=("server", "mine"),
                   help="how to resolve every conflict (default: stop and list them)")
    p.set_defaults(func=cmd_sync)
