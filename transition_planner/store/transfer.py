"""Copy a plan's rows between backends: a plan file onto a server, a server plan into a file."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path

from sqlalchemy import Connection, Engine, insert, select, text

from transition_planner.store import planfile, server
from transition_planner.store.models import metadata

# Bookkeeping of one database, never copied: the schema stamp, field copies' own state and
# the server's logins.
LOCAL_TABLES = {"alembic_version", "checkout", "syncbase", "serveraccount"}


def plan_tables():
    """The plan's tables, parents before children."""
    return [t for t in metadata.sorted_tables if t.name not in LOCAL_TABLES]


def parents_first(table, rows: list) -> list:
    """Rows of a table that points to itself (locations) ordered so a parent comes first."""
    own = [fk.parent.name for fk in table.foreign_keys if fk.column.table is table]
    if not own:
        return rows
    column = own[0]
    by_id = {row["id"]: row for row in rows}
    depth: dict[str, int] = {}

    def depth_of(row_id: str, seen=()) -> int:
        if row_id not in depth:
            parent = by_id[row_id][column]
            depth[row_id] = (0 if parent not in by_id or parent in seen
                             else depth_of(parent, (*seen, row_id)) + 1)
        return depth[row_id]

    return sorted(rows, key=lambda row: depth_of(row["id"]))


def insert_rows(target: Connection, table, rows: list[dict]) -> None:
    """Rows into a table: COPY on PostgreSQL (store/server.py), one prepared INSERT run for
    every row on SQLite (compiling INSERT ... VALUES of many rows cost more than the writes)."""
    if not rows:
        return
    if target.dialect.name == "postgresql":
        server.copy_in(target, table, rows)
        return
    target.execute(insert(table), rows)


def copy_rows(source: Connection, target: Connection,
              keep: Callable[[str, dict], bool] | None = None,
              tables: Iterable | None = None) -> dict[str, int]:
    """Copy every row of the plan's tables (those `keep` accepts); returns counts per table."""
    counts = {}
    for table in tables or plan_tables():
        rows = [dict(row._mapping) for row in source.execute(select(table))]
        if keep is not None:
            rows = [row for row in rows if keep(table.name, row)]
        insert_rows(target, table, parents_first(table, rows))
        counts[table.name] = len(rows)
    return counts


def import_plan_file(path: str | Path, address: str, password: str | None = None) -> dict:
    """`server import`: put a plan file on an empty server database, all or nothing."""
    opened = planfile.open_plan_file(path)
    target = server.make_engine(address, password)
    try:
        revision = server.read_revision(target)
        if revision is None:
            server.create_schema(target)
        elif revision != planfile.head_revision():
            raise server.ServerError(
                f"{server.display(address)} has an older plan schema; run "
                "'transition-planner server init URL' first.")
        with target.begin() as conn:
            if conn.execute(text("SELECT count(*) FROM plan")).scalar():
                raise server.ServerError(
                    f"{server.display(address)} holds a plan already; import into an empty "
                    "database.")
            with opened.engine.connect() as source:
                return copy_rows(source, conn)
    finally:
        target.dispose()
        opened.close()


def copy_engine(source: Engine, target: Engine, keep=None) -> dict[str, int]:
    with source.connect() as src, target.begin() as dst:
        return copy_rows(src, dst, keep)
