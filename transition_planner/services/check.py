"""Integrity check of a plan: the database itself, then the plan's own rules.

Each problem is data (a kind and its parameters) and reads as its English sentence (it is a
str); `Problem.word(t)` words it in a translator's language (transition_planner.i18n).
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from transition_planner.domain import taxonomy as tx
from transition_planner.i18n import N_, translator
from transition_planner.services import gazetteer
from transition_planner.services.plans import PlanHandle
from transition_planner.store import planfile, server
from transition_planner.store.models import Actor, Capacity, FundingLine, Handover, Location

# (model, column, taxonomy kind) pairs whose values must be terms of the plan's taxonomy
CODED_COLUMNS = (
    (Capacity, "category", tx.CATEGORY),
    (Capacity, "poc_tier", tx.POC_TIER),
    (Capacity, "component", tx.COMPONENT),
    (Capacity, "criticality", tx.CRITICALITY),
    (Actor, "actor_type", tx.ACTOR_TYPE),
    (Location, "level", tx.LOCATION_LEVEL),
    (Handover, "status", tx.HANDOVER_STATUS),
    (Handover, "modality", tx.MODALITY),
    (Handover, "role", tx.HANDOVER_ROLE),
    (FundingLine, "source_type", tx.FUNDING_SOURCE),
    (FundingLine, "status", tx.FUNDING_STATUS),
)


# The sentence of each kind of problem; the parameters are names, codes, P-codes and dates.
MESSAGES = {
    "unknown_term": N_("%(table)s '%(name)s': unknown %(column)s '%(value)s'"),
    "handover_dates": N_("Handover of '%(capacity)s' ends (%(end)s) before it starts "
                         "(%(start)s)"),
    "funding_dates": N_("Funding line of '%(capacity)s' ends (%(end)s) before it starts "
                        "(%(start)s)"),
    "pcode_unknown": N_("Location '%(location)s': P-code %(pcode)s is not in the gazetteer"),
    "pcode_elsewhere": N_("Location '%(location)s': P-code %(pcode)s lies in %(unit)s in the "
                          "gazetteer, not in the location above it in the plan"),
}
# The tables and columns problems name, as the window names them
TABLES = {"Capacity": N_("Capacity"), "Actor": N_("Actor"), "Location": N_("Location"),
          "Handover": N_("Handover"), "FundingLine": N_("Funding line")}


class Problem(str):
    """A problem the check found: its English sentence, with `kind` and `params` to word it
    in another language."""

    kind: str
    params: dict

    def __new__(cls, kind: str, **params):
        problem = super().__new__(cls, _word(translator("en"), kind, params))
        problem.kind, problem.params = kind, params
        return problem

    def word(self, t=None) -> str:
        """The problem in a translator's language (None: the current language)."""
        return _word(t if hasattr(t, "gettext") else translator(t), self.kind, self.params)


def _word(t, kind: str, params: dict) -> str:
    shown = {}
    for key, value in params.items():
        if isinstance(value, date):
            value = value.isoformat()  # as the user typed it in the form
        elif key == "table":
            value = t.gettext(TABLES.get(value, value))
        shown[key] = value
    if kind == "database":
        return str(params["text"])  # SQLite's own words
    return t._(MESSAGES[kind], **shown)


def check_plan(handle: PlanHandle) -> list[Problem]:
    """Readable problems; an empty list means the plan is sound."""
    backend = server if handle.on_server else planfile
    problems = [Problem("database", text=text)
                for text in backend.integrity_problems(handle.file.engine)]
    if problems:
        return problems  # the rest would only repeat a damaged file's symptoms
    taxonomy = handle.taxonomy()
    with handle.read() as session:
        for model, column, kind in CODED_COLUMNS:
            for name, value in session.execute(
                select(model.name if hasattr(model, "name") else model.id,
                       getattr(model, column))
            ):
                if not taxonomy.has(kind, value):
                    problems.append(Problem("unknown_term", table=model.__name__, name=name,
                                            column=column, value=value))
        problems += _date_problems(session)
    for p in gazetteer.pcode_problems(handle):
        if p.kind == "unknown":
            problems.append(Problem("pcode_unknown", location=p.location_name, pcode=p.pcode))
        else:
            problems.append(Problem("pcode_elsewhere", location=p.location_name, pcode=p.pcode,
                                    unit=p.detail))
    return problems


def _date_problems(session) -> list[Problem]:
    problems = []
    for cap_name, start, end in session.execute(
        select(Capacity.name, Handover.start_date, Handover.end_date)
        .join(Capacity, Capacity.id == Handover.capacity_id)
    ):
        if start and end and end < start:
            problems.append(Problem("handover_dates", capacity=cap_name, end=end, start=start))
    for name, start, end in session.execute(
        select(Capacity.name, FundingLine.period_start, FundingLine.period_end)
        .join(Capacity, Capacity.id == FundingLine.capacity_id)
    ):
        if start and end and end < start:
            problems.append(Problem("funding_dates", capacity=name, end=end, start=start))
    return problems
