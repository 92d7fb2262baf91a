"""Errors the services raise, worded for the person who caused them."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime


class ServiceError(Exception):
    """An action could not be done; nothing was changed."""


class NotFound(ServiceError):
    """The record asked for is not in the plan (any more)."""


class NotAllowed(ServiceError):
    """The team plan's server refuses this change to this account (its role or organisation)."""

    def __init__(self, label: str = ""):
        what = f"change '{label}'" if label else "make this change"
        super().__init__(
            f"Your account may not {what} on this team plan: it reads only, or the record "
            "belongs to another organisation. Nothing was saved.")


@dataclass(frozen=True)
class ChangeBy:
    """One saved change of a record: who, when, and field -> [old, new]."""

    user: str
    at: datetime
    action: str
    changes: dict = field(default_factory=dict)


class Conflict(ServiceError):
    """Someone saved the record after the version this edit was made on; nothing was saved.

    `changes` are the audit entries in between, newest last: who changed which fields when.
    """

    def __init__(self, record_type: str, record_id: str, label: str, seen: int | None,
                 current: int | None, changes: list | None = None):
        self.record_type, self.record_id, self.label = record_type, record_id, label
        self.seen, self.current, self.changes = seen, current, list(changes or [])
        super().__init__(self._message())

    def users(self) -> list[str]:
        return list(dict.fromkeys(entry.user or "someone" for entry in self.changes))

    def fields(self) -> list[str]:
        return list(dict.fromkeys(f for entry in self.changes for f in entry.changes))

    def _message(self) -> str:
        if not self.record_type:
            return ("Another client saved the same record at the same moment; nothing was "
                    "saved. Reload and try again.")
        if self.current is None:
            return (f"'{self.label}' was deleted by {', '.join(self.users()) or 'someone'} "
                    "while you were editing it; nothing was saved.")
        who = ", ".join(self.users()) or "someone"
        what = ", ".join(f.replace("_", " ") for f in self.fields()) or "it"
        return (f"'{self.label}' was changed by {who} since you opened it ({what}); your change "
                "was not saved. Reload to see theirs, or compare and keep one.")


class InvalidInput(ServiceError):
    """Input that breaks a rule; `problems` maps each field to what is wrong with it."""

    def __init__(self, problems: dict[str, str]):
        self.problems = dict(problems)
        super().__init__("; ".join(f"{field}: {msg}" for field, msg in self.problems.items()))


def pydantic_problems(error, labels: dict[str, str] | None = None) -> dict[str, str]:
    """Turn a pydantic ValidationError into {field: plain-language message}."""
    labels = labels or {}
    problems: dict[str, str] = {}
    for err in error.errors():
        # A rule across fields (an end before a start) has no single field: call it dates.
        field = ".".join(str(p) for p in err["loc"]) or "dates"
        problems.setdefault(labels.get(field, field), _plain_message(err))
    return problems


def _plain_message(err: dict) -> str:
    kind, ctx = err["type"], err.get("ctx", {})
    if kind == "missing" or (kind == "string_too_short" and ctx.get("min_length") == 1):
        return "is required"
    if kind in ("greater_than_equal", "greater_than") and ctx.get("ge", ctx.get("gt")) == 0:
        return "must not be negative"
    if kind in ("date_from_datetime_parsing", "date_parsing", "date_type"):
        return "is not a date (use YYYY-MM-DD)"
    if kind in ("decimal_parsing", "float_parsing", "int_parsing", "decimal_type"):
        return "is not a number"
    if kind == "value_error":
        return str(ctx.get("error", err["msg"]))
    return err["msg"][0].lower() + err["msg"][1:]
