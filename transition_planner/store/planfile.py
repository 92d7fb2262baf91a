"""Create, check, open, upgrade and copy `.tplan` plan files (one SQLite file per plan)."""

from __future__ import annotations

import shutil
import sqlite3
import struct
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine, create_engine, event, inspect, text
from sqlalchemy.orm import Session

from transition_planner.store.models import metadata

PLAN_SUFFIX = ".tplan"
APPLICATION_ID = 0x54504C4E  # "TPLN" in the SQLite header marks our files
SQLITE_MAGIC = b"SQLite format 3\x00"
MIGRATIONS = Path(__file__).with_name("migrations")


class PlanFileError(Exception):
    """A plan file cannot be created or opened; the message says why, for the user."""


@dataclass(frozen=True)
class OpenedPlan:
    """An open plan file and what opening it did."""

    path: Path
    engine: Engine
    upgraded_from: str | None = None  # schema revision before an upgrade
    backup: Path | None = None  # copy made before upgrading

    def session(self) -> Session:
        return Session(self.engine, expire_on_commit=False)

    def close(self) -> None:
        """Fold the write-ahead log into the file so it can be copied alone."""
        with self.engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        self.engine.dispose()


def _alembic_config(connection):
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["connection"] = connection
    return config


def _script():
    from alembic.script import ScriptDirectory

    return ScriptDirectory(str(MIGRATIONS))


def head_revision() -> str:
    return _script().get_current_head()


def known_revisions() -> set[str]:
    return {rev.revision for rev in _script().walk_revisions()}


def _make_engine(path: Path) -> Engine:
    engine = create_engine(f"sqlite:///{path}")

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection, _record):
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=NORMAL")  # WAL keeps commits durable on crash
        cursor.execute("PRAGMA busy_timeout=5000")
        cursor.close()

    return engine


def create_plan_file(path: str | Path) -> OpenedPlan:
    """Make a new, empty plan file at the newest schema. Refuses to overwrite."""
    path = Path(path)
    if path.exists():
        raise PlanFileError(f"{path.name} already exists; choose another name.")
    if not path.parent.exists():
        raise PlanFileError(f"The folder {path.parent} does not exist.")
    try:
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


def read_revision(path: Path) -> str:
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
    (page_size,) = struct.unpack(">H", header[16:18])
    page_size = 65536 if page_size == 1 else page_size
    (page_count,) = struct.unpack(">I", header[28:32])
    if size < page_size * page_count:
        raise PlanFileError(
            f"{path.name} is damaged: it is shorter than its header says "
            "(was it cut off while copying?)."
        )
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        finally:
            conn.close()
    except sqlite3.Error as exc:
        raise PlanFileError(f"{path.name} is damaged and cannot be read ({exc}).") from exc
    if row is None:
        raise PlanFileError(f"{path.name} has no schema version; it is damaged.")
    return row[0]


def open_plan_file(path: str | Path) -> OpenedPlan:
    """Open a plan file; an older schema is backed up next to it, then upgraded."""
    path = Path(path)
    revision = read_revision(path)
    head = head_revision()
    if revision != head and revision not in known_revisions():
        raise PlanFileError(
            f"{path.name} was written by a newer version of Transition Planner "
            f"(schema {revision}); update the application to open it."
        )
    engine = _make_engine(path)
    if revision == head:
        return OpenedPlan(path, engine)
    backup = backup_path(path, revision)
    try:
        copy_database(engine, backup)
        with engine.begin() as conn:
            conn.exec_driver_sql("PRAGMA foreign_keys=OFF")  # batch migrations copy tables
            from alembic import command

            command.upgrade(_alembic_config(conn), "head")
            conn.exec_driver_sql("PRAGMA foreign_keys=ON")
    except Exception as exc:
        engine.dispose()
        raise PlanFileError(
            f"Upgrading {path.name} failed ({exc}); the original is kept as {backup.name}."
        ) from exc
    return OpenedPlan(path, engine, upgraded_from=revision, backup=backup)


def backup_path(path: Path, revision: str) -> Path:
    candidate = path.with_name(f"{path.stem}.before-upgrade-{revision}{PLAN_SUFFIX}")
    n = 1
    while candidate.exists():
        n += 1
        candidate = path.with_name(f"{path.stem}.before-upgrade-{revision}-{n}{PLAN_SUFFIX}")
    return candidate


def copy_database(engine: Engine, destination: Path) -> None:
    """A consistent copy of an open plan (including its write-ahead log) in one file."""
    tmp = destination.with_name(destination.name + ".part")
    raw = engine.raw_connection()
    try:
        target = sqlite3.connect(tmp)
        try:
            raw.driver_connection.backup(target)
            target.execute("PRAGMA journal_mode=DELETE")  # a single self-contained file
        finally:
            target.close()
        shutil.move(tmp, destination)
    finally:
        raw.close()
        tmp.unlink(missing_ok=True)


def table_names(engine: Engine) -> set[str]:
    return set(inspect(engine).get_table_names())


def integrity_problems(engine: Engine) -> list[str]:
    """SQLite's own integrity and foreign-key checks, as readable lines."""
    with engine.connect() as conn:
        problems = [r[0] for r in conn.execute(text("PRAGMA integrity_check")) if r[0] != "ok"]
        for table, rowid, parent, _fk in conn.execute(text("PRAGMA foreign_key_check")):
            problems.append(f"{table} row {rowid} points to a missing {parent}")
    return problems
