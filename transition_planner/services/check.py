"""Integrity check of a plan: the database itself, then the plan's own rules."""

from __future__ import annotations

from sqlalchemy import select

from transition_planner.domain import taxonomy as tx
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


def check_plan(handle: PlanHandle) -> list[str]:
    """Readable problems; an empty list means the plan is sound."""
    backend = server if handle.on_server else planfile
    problems = backend.integrity_problems(handle.file.engine)
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
                    problems.append(f"{model.__name__} '{name}': unknown {column} '{value}'")
        problems += _date_problems(session)
    problems += [p.message for p in gazetteer.pcode_problems(handle)]
    return problems


def _date_problems(session) -> list[str]:
    problems = []
    for cap_name, start, end in session.execute(
        select(Capacity.name, Handover.start_date, Handover.end_date)
        .join(Capacity, Capacity.id == Handover.capacity_id)
    ):
        if start and end and end < start:
            problems.append(f"Handover of '{cap_name}' ends ({end}) before it starts ({start})")
    for name, start, end in session.execute(
        select(Capacity.name, FundingLine.period_start, FundingLine.period_end)
        .join(Capacity, Capacity.id == FundingLine.capacity_id)
    ):
        if start and end and end < start:
            problems.append(f"Funding line of '{name}' ends ({end}) before it starts ({start})")
    return problems
