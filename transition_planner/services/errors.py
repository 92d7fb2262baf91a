"""Errors the services raise, worded for the person who caused them, in their language.

An error carries its message as data: a catalogue message (English, `N_`-marked where it is
written) and its parameters. It is worded where it meets a person: `str(error)` words it in
the current language (the window's, or the command line's --lang), `error.word(t)` in a
translator's (transition_planner.i18n). A service may still raise an English sentence without
parameters; it is looked up in the catalogue too, and stays English if it is not there.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from transition_planner.i18n import N_, translator

# The plain messages of InvalidInput problems that carry no names or numbers (the forms show
# them beside their field), marked for the catalogue.
FIXED_MESSAGES = (
    N_("a term with this label exists already in this list"),
    N_("is required"),
    N_("must not be negative"),
    N_("is not a date (use YYYY-MM-DD)"),
    N_("is not a number"),
    N_("no such location in this plan"),
    N_("no such capacity in this plan"),
    N_("no such actor in this plan"),
    N_("no such handover in this plan"),
    N_("that handover belongs to another capacity"),
    N_("a capacity cannot depend on itself"),
    N_("must be a three-letter currency code such as USD or EUR"),
    N_("input should be less than or equal to 1"),
    N_("input should be less than or equal to 5"),
    N_("input should be greater than or equal to 1"),
    N_("string should have at most 300 characters"),
    N_("string should have at most 20 characters"),
    N_("string should have at most 32767 characters"),
)


def _translator(t):
    return t if hasattr(t, "gettext") else translator(t)


class Word(str):
    """A parameter that is itself a catalogue message (a noun such as "report"), worded in the
    error's language with the rest of it."""


class ServiceError(Exception):
    """An action could not be done; nothing was changed.

    `ServiceError(N_("'%(name)s' is ..."), name=...)`: the message and its parameters."""

    def __init__(self, message: str = "", /, **params):
        super().__init__(message)
        self.message, self.params = message, params

    def word(self, t=None) -> str:
        """The error in a translator's language (None: the current language)."""
        t = _translator(t)
        text = t.gettext(self.message) if self.message else ""
        if not self.params:
            return text
        return text % {k: t.gettext(v) if isinstance(v, Word) else v
                       for k, v in self.params.items()}

    def __str__(self) -> str:
        return self.word()


class NotFound(ServiceError):
    """The record asked for is not in the plan (any more)."""


class NotAllowed(ServiceError):
    """The team plan's server refuses this change to this account (its role or organisation)."""

    def __init__(self, label: str = ""):
        if label:
            super().__init__(N_("Your account may not change '%(label)s' on this team plan: it "
                                "reads only, or the record belongs to another organisation. "
                                "Nothing was saved."), label=label)
        else:
            super().__init__(N_("Your account may not make this change on this team plan: it "
                                "reads only, or the record belongs to another organisation. "
                                "Nothing was saved."))


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
        super().__init__(*self._message())

    def users(self) -> list[str]:
        return list(dict.fromkeys(entry.user for entry in self.changes if entry.user))

    def fields(self) -> list[str]:
        return list(dict.fromkeys(f for entry in self.changes for f in entry.changes))

    def _message(self) -> tuple:
        if not self.record_type:
            return (N_("Another client saved the same record at the same moment; nothing was "
                       "saved. Reload and try again."),)
        if self.current is None:
            if not self.users():
                return (N_("'%(label)s' was deleted by someone while you were editing it; "
                           "nothing was saved."),)
            return (N_("'%(label)s' was deleted by %(who)s while you were editing it; nothing "
                       "was saved."),)
        if not self.fields():
            return (N_("'%(label)s' was changed since you opened it; your change was not "
                       "saved. Reload to see theirs, or compare and keep one."),)
        return (N_("'%(label)s' was changed by %(who)s since you opened it (%(what)s); your "
                   "change was not saved. Reload to see theirs, or compare and keep one."),)

    def word(self, t=None) -> str:
        t = _translator(t)
        who = t.pgettext("list separator", ", ").join(self.users()) or t._("someone")
        what = t.pgettext("list separator", ", ").join(f.replace("_", " ")
                                                       for f in self.fields())
        return t._(self.message, label=self.label, who=who, what=what)


class Problem(str):
    """What is wrong with a field, with the names and numbers it holds: reads as its English
    text, and is worded with the same values in any language (InvalidInput.word)."""

    def __new__(cls, message: str, /, **params):
        text = super().__new__(cls, message % params if params else message)
        text.message, text.params = message, params
        return text


class InvalidInput(ServiceError):
    """Input that breaks a rule; `problems` maps each field to what is wrong with it."""

    def __init__(self, problems: dict[str, str]):
        self.problems = dict(problems)
        super().__init__("; ".join(f"{field}: {msg}" for field, msg in self.problems.items()))

    def word(self, t=None) -> str:
        """Each field with what is wrong with it, the fixed messages in the language."""
        t = _translator(t)

        def worded(msg) -> str:
            if isinstance(msg, Problem):
                return t.gettext(msg.message) % msg.params if msg.params else t.gettext(
                    msg.message)
            return t.gettext(msg)

        return t.pgettext("list separator", "; ").join(
            f"{field}: {worded(msg)}" for field, msg in self.problems.items())


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
