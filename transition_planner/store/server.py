"""Team plans on a PostgreSQL server: addresses, connections, the schema and its upgrades.

The file backend (store/planfile.py) keeps everything SQLite-only; this module everything
PostgreSQL-only but the roles and their rights (store/server_access.py).
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import unquote

from sqlalchemy import Engine, create_engine, inspect, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, OperationalError
from sqlalchemy.orm import Session

__all__ = ["is_server_address"]

from transition_planner.store.address import is_server_address
from transition_planner.store.models import metadata
from transition_planner.store.planfile import (
    PlanFileError,
    _alembic_config,
    head_revision,
    known_revisions,
)

# Passwords typed in this run, by address, so a worker thread can open its own connection
# without asking again. Memory only: never written anywhere.
_PASSWORDS: dict[str, str] = {}


# What went wrong, for a window to word in its user's language (the message stays English).
PASSWORD, UNREACHABLE, NO_DATABASE, NOT_A_PLAN, OLDER, NEWER = (
    "password", "unreachable", "no_database", "not_a_plan", "older", "newer")


class ServerError(PlanFileError):
    """A team plan cannot be reached or opened; the message says why, for the user.

    `kind` is one of PASSWORD, UNREACHABLE, NO_DATABASE, NOT_A_PLAN, OLDER, NEWER or "";
    `reason` the server's own words."""

    def __init__(self, message: str = "", kind: str = "", reason: str = ""):
        super().__init__(message)
        self.kind, self.reason = kind, reason


def parse_address(address: str) -> URL:
    """The SQLAlchemy URL of a `postgresql://user@host:port/database` address."""
    try:
        url = make_url(address.strip())
    except ArgumentError:
        raise ServerError(f"'{address}' is not a server address "
                          "(postgresql://user@host/database).") from None
    if url.get_backend_name() not in ("postgresql", "postgres") or not url.database:
        raise ServerError(f"'{display(url)}' names no database "
                          "(postgresql://user@host/database).")
    return url.set(drivername="postgresql+psycopg")


def display(url: URL | str) -> str:
    """An address as people see it: postgresql://user@host:port/db, never the password."""
    if isinstance(url, str):
        url = parse_address(url)
    shown = url.set(drivername="postgresql").render_as_string(hide_password=True)
    # a local socket folder is quoted in the address (host=%2Frun%2Fpostgresql): shown plain
    return unquote(shown.replace(":***@", "@"))


def needs_password(address: str) -> bool:
    """True when the address carries no password and none was typed in this run."""
    url = parse_address(address)
    return url.password is None and display(url) not in _PASSWORDS


def make_engine(address: str, password: str | None = None) -> Engine:
    """An engine on the server; connecting once now so a wrong address fails here, clearly."""
    url = parse_address(address)
    key = display(url)
    password = password if password is not None else url.password or _PASSWORDS.get(key)
    if password is not None:
        url = url.set(password=password)
    engine = create_engine(
        url, pool_pre_ping=True,
        connect_args={"connect_timeout": 10, "application_name": "transition-planner"},
    )
    try:
        with engine.connect():
            pass
    except OperationalError as exc:
        engine.dispose()
        reason = _reason(exc)
        raise ServerError(f"Cannot connect to {key}: {reason}", _kind(reason),
                          reason) from None
    if password is not None:
        _PASSWORDS[key] = password
    return engine


def _reason(exc: DBAPIError) -> str:
    """The server's own words, without psycopg's connection-string dump."""
    lines = [line.strip() for line in str(exc.orig).strip().splitlines() if line.strip()]
    text_ = ""
    for line in lines or [str(exc)]:  # libpq's hint comes on a line of its own
        text_ += (" " if not text_ or text_.endswith((".", "?", ":")) else ". ") + line
    text_ = text_.strip()
    for marker in ("FATAL:  ", "FATAL: ", "ERROR:  "):
        if marker in text_:
            return text_.split(marker, 1)[1].rstrip(".") + "."
    if " failed: " in text_:  # "connection to server at ... failed: Connection refused"
        text_ = text_.rsplit(" failed: ", 1)[1]
    return text_.rstrip(".") + ("" if text_.endswith("?") else ".")


def _kind(reason: str) -> str:
    """Why a connection failed, from libpq's words (it gives no error code before the
    server has answered)."""
    lowered = reason.lower()
    if ("password" in lowered or "authentication failed" in lowered
            or ("role" in lowered and "does not exist" in lowered)):
        return PASSWORD
    if "database" in lowered and "does not exist" in lowered:
        return NO_DATABASE
    return UNREACHABLE


@dataclass(frozen=True)
class ServerPlan:
    """An open team plan on a server: what a PlanHandle holds, like a plan file."""

    address: str  # without the password
    engine: Engine
    upgraded_from: str | None = None
    backup: None = None
    path: None = None  # no file: callers that need a folder ask PlanHandle.folder

    read_only: str = ""  # why nothing can be changed ("" : it can); rights say per record

    def session(self) -> Session:
        return Session(self.engine, expire_on_commit=False)

    def write_session(self) -> Session:
        """A session for one change: PostgreSQL's row locks and record versions keep two
        clients apart, so no plan-wide lock is taken first (unlike a plan file)."""
        return Session(self.engine, expire_on_commit=False)

    def close(self) -> None:
        self.engine.dispose()


def read_revision(engine: Engine) -> str | None:
    """The schema revision of the database, None when it holds no plan schema."""
    with engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def create_schema(engine: Engine) -> None:
    """Make the plan schema on an empty database (the same migrations as plan files)."""
    from alembic import command

    with engine.begin() as conn:
        metadata.create_all(conn)
        command.stamp(_alembic_config(conn), "head")


def upgrade_schema(engine: Engine) -> str | None:
    """Bring an older schema to the newest; returns the revision it had (None: was newest)."""
    from alembic import command

    revision = read_revision(engine)
    if revision is None or revision == head_revision():
        return None
    _refuse_newer(revision, engine.url)
    with engine.begin() as conn:
        command.upgrade(_alembic_config(conn), "head")
    return revision


def _refuse_newer(revision: str, url) -> None:
    if revision not in known_revisions():
        raise ServerError(
            f"The plan on {display(url)} has a newer schema ({revision}) than this version "
            "of Transition Planner; update the application to open it.", NEWER)


def open_server_plan(address: str, password: str | None = None) -> ServerPlan:
    """Open the team plan at `address`; an older schema is upgraded by `server init` only."""
    engine = make_engine(address, password)
    try:
        revision = read_revision(engine)
    except DBAPIError as exc:
        engine.dispose()
        raise ServerError(f"Cannot read {display(address)}: {_reason(exc)}") from None
    if revision is None:
        engine.dispose()
        raise ServerError(f"{display(address)} holds no plan yet: put one there with "
                          "'transition-planner server import PLAN.tplan URL'.", NOT_A_PLAN)
    if revision != head_revision():
        engine.dispose()
        _refuse_newer(revision, engine.url)
        raise ServerError(
            f"The plan on {display(address)} has an older schema ({revision}): ask its "
            "administrator to back it up and run 'transition-planner server init URL'.", OLDER)
    return ServerPlan(display(address), engine)


def create_server_plan(address: str, password: str | None = None) -> ServerPlan:
    """Make an empty database ready for a new plan; refuses one that holds a plan already."""
    engine = make_engine(address, password)
    try:
        revision = read_revision(engine)
        if revision is None:
            create_schema(engine)
        elif revision != head_revision():
            raise ServerError(f"{display(address)} holds an older plan schema; run "
                              "'transition-planner server init URL' first.")
        with engine.connect() as conn:
            if conn.execute(text("SELECT count(*) FROM plan")).scalar():
                raise ServerError(f"{display(address)} holds a plan already.")
    except BaseException:
        engine.dispose()
        raise
    return ServerPlan(display(address), engine)


def copy_in(conn, table, rows: list[dict]) -> None:
    """Rows into a table with PostgreSQL's COPY, inside the connection's transaction.

    INSERT ... VALUES of many rows costs SQLAlchemy a compilation of every bound value and
    psycopg a parse of the whole statement: 10k capacities took a minute to put on a server.
    COPY streams the rows, each value through its column type's own conversion.
    """
    if not rows:
        return
    columns = [c for c in table.columns if c.name in rows[0]]  # the others: their defaults
    dialect = conn.dialect
    convert = [c.type._cached_bind_processor(dialect) for c in columns]
    quote = dialect.identifier_preparer.quote
    names = ", ".join(quote(c.name) for c in columns)
    keys = [c.name for c in columns]
    cursor = conn.connection.driver_connection.cursor()
    try:
        with cursor.copy(f"COPY {quote(table.name)} ({names}) FROM STDIN") as copy:
            for row in rows:
                copy.write_row([value if f is None or value is None else f(value)
                                for f, value in zip(convert, map(row.get, keys),
                                                    strict=True)])
    finally:
        cursor.close()


def integrity_problems(engine: Engine) -> list[str]:
    """PostgreSQL enforces keys and types itself; what is left to check is that it answers."""
    with engine.connect() as conn:
        conn.execute(text("SELECT 1"))
    return []
