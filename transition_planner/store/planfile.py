"""Create, check, open, upgrade and copy `.tplan` plan files (one SQLite file per plan).

Everything that is particular to SQLite files lives here: the header mark, WAL, pragmas, how a
write transaction starts (BEGIN IMMEDIATE, so each action's checks and writes see one state of
the plan even with another window or command writing), read-only opening, and what SQLite's
errors mean for the user. Who has a plan open is said by the owner file (store/owner.py).
"""

from __future__ import annotations

import ast
import os
import re
import sqlite3
import struct
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import quote

from transition_planner.services.errors import ServiceError

if TYPE_CHECKING:
    from sqlalchemy import Engine
    from sqlalchemy.orm import Session

# SQLAlchemy and the models are imported where an engine is made: checking a file's header and
# reading it with plain sqlite3 (read_connection) then costs none of their 0.3 s of imports.

PLAN_SUFFIX = ".tplan"
APPLICATION_ID = 0x54504C4E  # "TPLN" in the SQLite header marks our files
SQLITE_MAGIC = b"SQLite format 3\x00"
WAL_HEADER_BYTES = 32  # a log this short holds no change
MIGRATIONS = Path(__file__).with_name("migrations")
BUSY_TIMEOUT_MS = 5000  # how long an action waits for another window's write to finish
_WRITE = "plan_write"  # execution option of a session's connection that is to write
CHOSEN_READ_ONLY = "opened read-only"


class PlanFileError(ServiceError):
    """A plan file cannot be created, opened, read or written; the message says why."""


class PlanBusy(PlanFileError):
    """Another window or program held the plan's write lock for longer than we wait."""


class PlanReadOnly(PlanFileError):
    """The plan is open read-only (or cannot be written any more); nothing was changed."""


@dataclass(frozen=True)
class OpenedPlan:
    """An open plan file and what opening it did."""

    path: Path
    engine: Engine
    upgraded_from: str | None = None  # schema revision before an upgrade
    backup: Path | None = None  # copy made before upgrading
    read_only: str = ""  # why the plan is open read-only ("" when it can be written)

    def session(self) -> Session:
        """A session for reading (each transaction sees one state of the plan)."""
        from sqlalchemy.orm import Session

        return Session(self.engine, expire_on_commit=False)

    def write_session(self) -> Session:
        """A session whose transaction holds the plan's write lock from its first statement."""
        if self.read_only:
            raise PlanReadOnly(
                f"{self.path.name} is {_worded(self.read_only)}: nothing can be changed.")
        from sqlalchemy.orm import Session

        session = Session(self.engine, expire_on_commit=False)
        try:
            session.connection(execution_options={_WRITE: True})  # BEGIN IMMEDIATE
        except BaseException:
            session.close()
            raise
        return session

    def close(self) -> None:
        """Fold the write-ahead log into the file so it can be copied alone."""
        if not self.read_only:
            raw = self.engine.raw_connection()
            try:
                raw.driver_connection.execute("PRAGMA busy_timeout=200")  # others may read
                raw.driver_connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            except sqlite3.Error:
                pass  # SQLite folds the log in when the last connection closes anyway
            finally:
                raw.close()
        self.engine.dispose()


def _worded(reason: str) -> str:
    return reason if reason == CHOSEN_READ_ONLY else f"open read-only ({reason})"


def _alembic_config(connection):
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["connection"] = connection
    return config


def _script():
    from alembic.script import ScriptDirectory

    return ScriptDirectory(str(MIGRATIONS))


_REVISION_LINE = re.compile(r"^(down_revision|revision)\s*(?::[^=\n]*)?=\s*(.+?)\s*$",
                            re.MULTILINE)


def _revision_chain() -> dict[str, str | None]:
    """Each migration's revision and the one it follows, read from the files' own lines:
    opening a plan then costs no import of alembic (0.1 s of every command)."""
    chain = {}
    for script in sorted((MIGRATIONS / "versions").glob("*.py")):
        found = dict((name, ast.literal_eval(value)) for name, value in
                     _REVISION_LINE.findall(script.read_text(encoding="utf-8")))
        chain[found["revision"]] = found.get("down_revision")
    return chain


def head_revision() -> str:
    chain = _revision_chain()
    heads = set(chain) - set(chain.values())
    if len(heads) != 1:  # branches or merges: alembic knows how to read them
        return _script().get_current_head()
    return heads.pop()


def known_revisions() -> set[str]:
    return set(_revision_chain())


def _make_engine(path: Path, read_only: str = "", foreign_keys: bool = True) -> Engine:
    """An engine on the plan file; `read_only` (a reason) opens it so that nothing is written."""
    from sqlalchemy import create_engine, event

    if read_only:
        uri = _read_only_uri(path)
        engine = create_engine(f"sqlite:///{path}", creator=lambda: sqlite3.connect(
            uri, uri=True, check_same_thread=False))
    else:
        engine = create_engine(f"sqlite:///{path}")

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection, _record):
        dbapi_connection.isolation_level = None  # transactions begin as _on_begin says
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA foreign_keys={'ON' if foreign_keys else 'OFF'}")
        if not read_only:
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA synchronous=NORMAL")  # WAL keeps commits durable on crash
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn):
        # A write takes the lock before its checks read anything; Python's sqlite3 would
        # otherwise run the checks outside any transaction and begin only at the first write.
        immediate = conn.get_execution_options().get(_WRITE)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

    @event.listens_for(engine, "handle_error")
    def _on_error(context):
        error = _user_error(path, context.original_exception)
        if error is not None:
            raise error from context.original_exception

    return engine


def _user_error(path: Path, exc: BaseException) -> PlanFileError | None:
    """What an error of SQLite's means for the person using the plan, if it is one of those."""
    if not isinstance(exc, sqlite3.Error):
        return None
    name = getattr(exc, "sqlite_errorname", "") or ""
    text_ = str(exc)
    if name.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")) or "database is locked" in text_:
        from transition_planner.store.owner import current_owner

        owner = current_owner(path)
        who = f" ({owner.describe()})" if owner is not None else ""
        return PlanBusy(
            f"The plan is busy in another window{who}: it has been saving for more than "
            f"{BUSY_TIMEOUT_MS // 1000} seconds. Nothing was changed; try again in a moment.")
    if name.startswith("SQLITE_READONLY") or "readonly database" in text_:
        return PlanReadOnly(
            f"{path.name} cannot be written any more (was the disk or folder made read-only?). "
            "Nothing was changed.")
    if name.startswith(("SQLITE_IOERR", "SQLITE_CANTOPEN")) or "disk I/O error" in text_:
        return PlanFileError(
            f"{path.name} cannot be read or written any more (was a USB stick or network "
            f"drive removed?): {text_}. Nothing was changed.")
    if name.startswith("SQLITE_FULL"):
        return PlanFileError(f"The disk holding {path.name} is full. Nothing was changed.")
    if name.startswith(("SQLITE_CORRUPT", "SQLITE_NOTADB")):
        return PlanFileError(f"{path.name} is damaged ({text_}).")
    return None


def read_only_reason(path: Path) -> str:
    """Why the plan file cannot be written here ("" when it can)."""
    if not os.access(path, os.W_OK):
        if hasattr(os, "statvfs") and os.statvfs(path).f_flag & os.ST_RDONLY:
            return "it is on a read-only disk, such as a CD or a write-protected USB stick"
        return "the file is read-only"
    if not os.access(path.parent, os.W_OK):
        # SQLite keeps its log and shared memory beside the file, and we our owner file
        return "its folder cannot be written to"
    return ""


def _wal(path: Path) -> Path:
    return path.with_name(path.name + "-wal")


def _has_log(path: Path) -> bool:
    """Whether committed changes may wait in the write-ahead log beside the file."""
    try:
        return _wal(path).stat().st_size > WAL_HEADER_BYTES
    except OSError:
        return False


def _read_only_uri(path: Path) -> str:
    """The SQLite URI that reads the plan without writing anything, or PlanFileError."""
    base = "file:" + quote(str(path.absolute()))
    try:  # reads the log too, if SQLite can share it read-only
        conn = sqlite3.connect(f"{base}?mode=ro", uri=True)
        try:
            conn.execute("PRAGMA schema_version")
        finally:
            conn.close()
        return f"{base}?mode=ro"
    except sqlite3.Error:
        pass
    if _has_log(path):
        raise PlanFileError(
            f"{path.name} has recent changes in its log file ({_wal(path).name}) that cannot be "
            "read where it is now (read-only). Open it where it can be written, or copy it "
            f"together with {_wal(path).name} to a folder you can write to.")
    return f"{base}?immutable=1"  # a file alone: nothing else changes it from this folder


def create_plan_file(path: str | Path) -> OpenedPlan:
    """Make a new, empty plan file at the newest schema. Refuses to overwrite."""
    path = Path(path)
    if path.exists():
        raise PlanFileError(f"{path.name} already exists; choose another name.")
    if not path.parent.exists():
        raise PlanFileError(f"The folder {path.parent} does not exist.")
    try:
        from transition_planner.store.models import metadata

        _mark_as_plan(path)
        engine = _make_engine(path)
        with engine.begin() as conn:
            metadata.create_all(conn)
            from alembic import command

            command.stamp(_alembic_config(conn), "head")
    except (OSError, sqlite3.Error) as exc:
        raise PlanFileError(f"Cannot create {path.name}: {exc}") from exc
    except Exception as exc:
        path.unlink(missing_ok=True)
        raise PlanFileError(f"Cannot create {path.name}: {exc}") from exc
    return OpenedPlan(path, engine)


def _mark_as_plan(path: Path) -> None:
    """Write our application id into the file header before WAL mode is on.

    In WAL mode header changes wait in the log until a checkpoint; a crash before it would
    leave a file that no longer says it is a plan.
    """
    conn = sqlite3.connect(path)
    try:
        conn.execute(f"PRAGMA application_id={APPLICATION_ID}")
        conn.commit()
    finally:
        conn.close()


def owner_path(path: Path) -> Path:
    """The file beside an open plan that says who has it open (see PlanOwner)."""
    return path.with_name(f".~lock.{path.name}#")


def plan_files(path: Path) -> list[Path]:
    """The plan file and the files SQLite and we keep beside it while it is open."""
    return [path, *(path.with_name(path.name + s) for s in ("-wal", "-shm", "-journal")),
            owner_path(path)]


def looks_like_plan(path: Path) -> bool:
    """Whether the file's header marks it as a plan (it may still be damaged)."""
    try:
        with path.open("rb") as fh:
            header = fh.read(72)
    except OSError:
        return False
    return (len(header) == 72 and header.startswith(SQLITE_MAGIC)
            and struct.unpack(">I", header[68:72])[0] == APPLICATION_ID)


def read_revision(path: Path, read_only: str = "") -> str:
    """Check that `path` is an intact plan file and return its schema revision, read-only."""
    if not path.is_file():
        raise PlanFileError(f"{path} does not exist or is not a file.")
    try:
        with path.open("rb") as fh:
            header = fh.read(100)
        size = path.stat().st_size
    except OSError as exc:
        raise PlanFileError(f"Cannot read {path.name}: {exc.strerror}.") from exc
    if len(header) < 100 or not header.startswith(SQLITE_MAGIC):
        raise PlanFileError(f"{path.name} is not a Transition Planner plan (not a database file).")
    (app_id,) = struct.unpack(">I", header[68:72])
    if app_id != APPLICATION_ID:
        raise PlanFileError(f"{path.name} is a database, but not a Transition Planner plan.")
    if _shorter_than_its_header(header, size) and not _has_log(path):
        # With changes in the log the header may be ahead of the file: a checkpoint copying
        # the log into the file was interrupted, and SQLite completes it from the log.
        raise PlanFileError(
            f"{path.name} is damaged: it is shorter than its header says "
            "(was it cut off while copying?)."
        )
    uri = _read_only_uri(path) if read_only else f"file:{quote(str(path.absolute()))}?mode=ro"
    try:
        conn = sqlite3.connect(uri, uri=True)
        try:
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        finally:
            conn.close()
    except sqlite3.Error as exc:
        raise PlanFileError(f"{path.name} is damaged and cannot be read ({exc}).") from exc
    if row is None:
        raise PlanFileError(f"{path.name} has no schema version; it is damaged.")
    return row[0]


def _shorter_than_its_header(header: bytes, size: int) -> bool:
    (page_size,) = struct.unpack(">H", header[16:18])
    page_size = 65536 if page_size == 1 else page_size
    (counter,) = struct.unpack(">I", header[24:28])
    (page_count,) = struct.unpack(">I", header[28:32])
    (valid_for,) = struct.unpack(">I", header[92:96])
    # SQLite trusts the page count only when it was written with the current change counter
    return page_count > 0 and counter == valid_for and size < page_size * page_count


def open_plan_file(path: str | Path, read_only: str = "") -> OpenedPlan:
    """Open a plan file; an older schema is backed up next to it, then upgraded.

    `read_only` is why the caller opens it read-only (e.g. CHOSEN_READ_ONLY); a file that cannot
    be written here opens read-only anyway, saying why in `OpenedPlan.read_only`.
    """
    path = Path(path)
    if path.is_file():
        read_only = read_only_reason(path) or read_only
    revision = read_revision(path, read_only)
    head = head_revision()
    if revision != head and revision not in known_revisions():
        raise PlanFileError(
            f"{path.name} was written by a newer version of Transition Planner "
            f"(schema {revision}); update the application to open it."
        )
    if revision != head and read_only:
        raise PlanFileError(
            f"{path.name} comes from an older version and must be upgraded before it can be "
            f"opened, but {read_only}; it was left as it is. Copy it to a folder you can write "
            "to and open that copy.")
    if revision == head:
        return OpenedPlan(path, _make_engine(path, read_only), read_only=read_only)
    backup = _upgrade(path, revision)
    return OpenedPlan(path, _make_engine(path), upgraded_from=revision, backup=backup)


def read_connection(path: str | Path) -> sqlite3.Connection | None:
    """A plain sqlite3 connection that reads a plan file and writes nothing, for commands
    that only read (`gaps`); the caller begins its own transaction (isolation_level None).
    The same checks as open_plan_file; None when the file is not at the newest schema
    (open_plan_file then upgrades it after a backup, or says it comes from a newer version)."""
    path = Path(path)
    read_only = read_only_reason(path) if path.is_file() else ""
    if read_revision(path, read_only) != head_revision():
        return None
    uri = _read_only_uri(path) if read_only else f"file:{quote(str(path.absolute()))}?mode=ro"
    try:
        conn = sqlite3.connect(uri, uri=True, isolation_level=None)
        conn.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    except sqlite3.Error as exc:
        raise user_error(path, exc) or PlanFileError(
            f"{path.name} is damaged and cannot be read ({exc}).") from exc
    return conn


def user_error(path: Path, exc: BaseException) -> PlanFileError | None:
    """What an error of SQLite's means for the person using the plan, if it is one of those
    (for readers through plain sqlite3; an engine's errors are translated by the engine)."""
    return _user_error(path, exc)


def _upgrade(path: Path, revision: str) -> Path:
    """Back the plan up beside itself, then migrate it to the newest schema."""
    backup = backup_path(path, revision)
    engine = _make_engine(path, foreign_keys=False)  # batch migrations copy tables
    try:
        try:
            copy_database(engine, backup)
        except (OSError, sqlite3.Error, PlanFileError) as exc:
            backup.unlink(missing_ok=True)
            raise PlanFileError(
                f"{path.name} comes from an older version and must be upgraded, but no backup "
                f"of it could be written beside it ({exc}); it was left as it is. Copy it to a "
                "folder you can write to and open that copy."
            ) from exc
        try:
            with engine.begin() as conn:
                from alembic import command

                command.upgrade(_alembic_config(conn), "head")
        except Exception as exc:
            raise PlanFileError(
                f"Upgrading {path.name} failed ({exc}); it was left as it is, and a copy is "
                f"kept as {backup.name}."
            ) from exc
    finally:
        engine.dispose()
    return backup


def backup_path(path: Path, revision: str) -> Path:
    candidate = path.with_name(f"{path.stem}.before-upgrade-{revision}{PLAN_SUFFIX}")
    n = 1
    while candidate.exists():
        n += 1
        candidate = path.with_name(f"{path.stem}.before-upgrade-{revision}-{n}{PLAN_SUFFIX}")
    return candidate


def copy_database(engine: Engine, destination: Path) -> None:
    """A consistent copy of an open plan (including its write-ahead log) in one file.

    `destination` is a new or empty file (callers that replace a file write to a temporary one
    beside it and move it over the target once complete: services/files.py).
    """
    raw = engine.raw_connection()
    try:
        target = sqlite3.connect(destination)
        try:
            raw.driver_connection.backup(target)
            target.execute("PRAGMA journal_mode=DELETE")  # a single self-contained file
        finally:
            target.close()
    finally:
        raw.close()


def table_names(engine: Engine) -> set[str]:
    from sqlalchemy import inspect

    return set(inspect(engine).get_table_names())


def integrity_problems(engine: Engine) -> list[str]:
    """SQLite's own integrity and foreign-key checks, as readable lines."""
    from sqlalchemy import text

    with engine.connect() as conn:
        problems = [r[0] for r in conn.execute(text("PRAGMA integrity_check")) if r[0] != "ok"]
        for table, rowid, parent, _fk in conn.execute(text("PRAGMA foreign_key_check")):
            problems.append(f"{table} row {rowid} points to a missing {parent}")
    return problems
