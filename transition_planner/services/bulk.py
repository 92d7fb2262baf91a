"""Write many rows at once: the fast path imports use (one transaction, one INSERT per table).

Unlike the other services this applies no business rules (shares, readiness, taxonomy codes):
callers validate their rows first (with the schemas). It only checks that each row names real
columns with values of the column's type, and it notes one audit entry per table.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import JSON, Boolean, Date, Float, Integer, String, insert

from transition_planner.services.errors import InvalidInput
from transition_planner.services.plans import PlanHandle
from transition_planner.store.models import TABLES, AuditEntry, metadata, new_id
from transition_planner.store.types import Money, UTCDateTime

CREATE = "create"

# Column type -> Python types a value may have (None is checked against nullability).
_PYTHON_TYPES: tuple[tuple[type, tuple[type, ...]], ...] = (
    (UTCDateTime, (datetime,)),
    (Money, (Decimal, int)),
    (Boolean, (bool,)),
    (Integer, (int,)),
    (Float, (float, int)),
    (Date, (date,)),
    (JSON, (list, dict)),
    (String, (str,)),
)


def _python_types(column) -> tuple[type, ...]:
    for column_type, accepted in _PYTHON_TYPES:
        if isinstance(column.type, column_type):
            return accepted
    return (object,)


def _check(table, rows: Sequence[Mapping]) -> None:
    """Raise InvalidInput on the first unknown column or value of the wrong type.

    Rows of one import mostly share their shape (the same columns with values of the same
    types), so each distinct shape is checked once and the rest only compared to it.
    """
    columns = {c.name: c for c in table.columns}
    expected = {name: _python_types(c) for name, c in columns.items()}
    required = {name for name, c in columns.items() if not c.nullable and c.default is None}
    checked: set[tuple] = set()
    for number, row in enumerate(rows, start=1):
        shape = (tuple(row), tuple(map(type, row.values())))
        if shape in checked:
            continue
        problem = _shape_problem(row, columns, expected, required)
        if problem:
            raise InvalidInput({f"{table.name} row {number}": problem})
        checked.add(shape)


def _shape_problem(row: Mapping, columns, expected, required) -> str:
    unknown, missing = row.keys() - columns.keys(), required - row.keys()
    if unknown:
        return f"unknown column(s) {', '.join(sorted(unknown))}"
    if missing:
        return f"{', '.join(sorted(missing))} required"
    for name, value in row.items():
        if value is None:
            if not columns[name].nullable:
                return f"{name} is required"
        elif type(value) not in expected[name] and not (
            isinstance(value, expected[name]) and not isinstance(value, (bool, datetime))
        ):  # a bool is an int and a datetime a date, but neither is accepted as the other
            accepted = " or ".join(t.__name__ for t in expected[name])
            return f"{name} has a {type(value).__name__}, not a {accepted}"
    return ""


def _same_keys(table, rows: Sequence[Mapping]) -> list[Mapping]:
    """Rows that all name the same columns (one INSERT needs that), defaults filled in."""
    keys = set().union(*(row.keys() for row in rows))
    if all(len(row) == len(keys) for row in rows):
        return list(rows)
    fillers = {}
    for name in keys:
        default = table.columns[name].default
        if default is None:
            fillers[name] = lambda: None
        elif default.is_callable:
            fillers[name] = lambda fn=default.arg: fn(None)
        else:
            fillers[name] = lambda value=default.arg: value
    return [
        {**{k: fill() for k, fill in fillers.items() if k not in row}, **row} for row in rows
    ]


def insert_rows(
    handle: PlanHandle, rows: Mapping[str, Sequence[Mapping]], source: str = ""
) -> dict[str, int]:
    """Insert rows given per table name, parents before children, all or nothing.

    Rows may leave out columns that have defaults (ids, timestamps, flags); rows that give
    their own ids can refer to each other across tables, and within a table a row must come
    after the row it refers to (a location after its parent). Returns the count per table.
    """
    unknown = set(rows) - set(TABLES)
    if unknown:
        raise InvalidInput({"tables": f"unknown table(s) {', '.join(sorted(unknown))}"})
    counts: dict[str, int] = {}
    batch = new_id()  # groups the audit entries of this one import
    with handle.action() as session:
        for table in metadata.sorted_tables:  # foreign-key order
            table_rows = rows.get(table.name)
            if not table_rows:
                continue
            _check(table, table_rows)
            session.execute(insert(table), _same_keys(table, table_rows))
            counts[table.name] = len(table_rows)
            session.add(AuditEntry(
                user=handle.user, action=CREATE, record_type=table.name, record_id=batch,
                record_label=f"{len(table_rows)} {table.name} rows written at once",
                changes={"rows": [None, len(table_rows)]}, source=source,
            ))
    if "taxonomyterm" in counts:
        handle._taxonomy = None  # the cached vocabulary is stale
    return counts
