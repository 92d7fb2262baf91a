"""Successor mapping: handovers, their lifecycle, readiness and funding lines."""

from __future__ import annotations

from sqlalchemy import select

from transition_planner.domain import taxonomy as tx
from transition_planner.services import records
from transition_planner.services.errors import InvalidInput
from transition_planner.services.monitoring import refuse_unsustained
from transition_planner.services.plans import PlanHandle, require_code, validate
from transition_planner.services.schemas import FundingLineCreate, HandoverCreate, ReadinessInput
from transition_planner.store.models import (
    Actor,
    Capacity,
    FundingLine,
    Handover,
    HandoverStatusChange,
    ReadinessScore,
)
from transition_planner.store.types import utcnow


def _label(session, handover: Handover | HandoverCreate) -> str:
    cap = session.get(Capacity, handover.capacity_id)
    actor = session.get(Actor, handover.actor_id)
    return f"{cap.name if cap else '?'} -> {actor.name if actor else '?'}"


def _check_handover(handle, session, info: HandoverCreate, own_id: str | None = None) -> None:
    """Codes and references; shares above 100% across successors are not refused (partners
    co-drafting the matrix write them): the gap engine flags them, month by month."""
    taxonomy, problems = handle.taxonomy(), {}
    require_code(taxonomy, tx.HANDOVER_ROLE, info.role, "role", problems)
    require_code(taxonomy, tx.MODALITY, info.modality, "modality", problems)
    require_code(taxonomy, tx.HANDOVER_STATUS, info.status, "status", problems)
    if session.get(Capacity, info.capacity_id) is None:
        problems["capacity_id"] = "no such capacity in this plan"
    if session.get(Actor, info.actor_id) is None:
        problems["actor_id"] = "no such actor in this plan"
    if info.alternative_to_id:
        primary = session.get(Handover, info.alternative_to_id)
        if primary is None:
            problems["alternative_to_id"] = "no such handover in this plan"
        elif primary.capacity_id != info.capacity_id:
            problems["alternative_to_id"] = "that handover belongs to another capacity"
        elif primary.id == own_id:
            problems["alternative_to_id"] = "a handover cannot be its own fallback"
    if problems:
        raise InvalidInput(problems)


def _validate(session, data: dict) -> HandoverCreate:
    """The handover's input, a refused share naming the capacity it is a share of."""
    try:
        return validate(HandoverCreate, data)
    except InvalidInput as refused:
        if "share" in refused.problems:
            cap = session.get(Capacity, str(data.get("capacity_id") or ""))
            if cap is not None:
                refused.problems["share"] += f" (the share of {cap.name} this successor takes)"
                raise InvalidInput(refused.problems) from None
        raise


def add_handover(handle: PlanHandle, data: dict, source: str = "") -> Handover:
    """Map a successor to a capacity (or part of it)."""
    with handle.action() as session:
        info = _validate(session, data)
        _check_handover(handle, session, info)
        handover = records.add(
            session, handle.user, Handover(**info.model_dump()), _label(session, info), source
        )
        _note_status(session, handle.user, handover.id, "", info.status, "")
        return handover


def update_handover(
    handle: PlanHandle, handover_id: str, changes: dict, source="", version: int | None = None
) -> Handover:
    with handle.action() as session:
        handover = records.get(session, Handover, handover_id, "handover")
        changes = dict(changes)
        status_note = changes.pop("status_note", "")
        current = {k: getattr(handover, k) for k in HandoverCreate.model_fields}
        info = _validate(session, {**current, **changes})
        _check_handover(handle, session, info, own_id=handover_id)
        old_status = handover.status
        if info.status != old_status:
            refuse_unsustained(session, handover_id, info.status)
        label = _label(session, info)
        records.update(session, handle.user, handover, info.model_dump(), label, source,
                       version=version)
        if info.status != old_status:
            _note_status(session, handle.user, handover_id, old_status, info.status, status_note)
        return handover


def set_status(handle: PlanHandle, handover_id: str, status: str, note: str = "") -> Handover:
    """Move a handover along its lifecycle, with a note for the history."""
    return update_handover(handle, handover_id, {"status": status, "status_note": note})


def _note_status(session, user, handover_id, old, new, note) -> None:
    session.add(HandoverStatusChange(
        handover_id=handover_id, from_status=old, to_status=new, changed_at=utcnow(),
        changed_by=user, note=note,
    ))


def delete_handover(handle: PlanHandle, handover_id: str) -> str:
    with handle.action() as session:
        handover = records.get(session, Handover, handover_id, "handover")
        return records.delete(session, handle.user, handover, _label(session, handover))


def list_handovers(handle: PlanHandle, capacity_id: str | None = None) -> list[Handover]:
    with handle.read() as session:
        query = select(Handover).order_by(Handover.start_date, Handover.created_at)
        if capacity_id:
            query = query.where(Handover.capacity_id == capacity_id)
        return list(session.execute(query).scalars())


def status_history(handle: PlanHandle, handover_id: str) -> list[HandoverStatusChange]:
    with handle.read() as session:
        return list(session.execute(
            select(HandoverStatusChange)
            .where(HandoverStatusChange.handover_id == handover_id)
            .order_by(HandoverStatusChange.changed_at)
        ).scalars())


# --- readiness -------------------------------------------------------------------------------


def set_readiness(handle: PlanHandle, handover_id: str, data: dict) -> ReadinessScore:
    """Score a successor's readiness on one dimension (replaces the previous score)."""
    info = validate(ReadinessInput, data)
    problems: dict[str, str] = {}
    taxonomy = handle.taxonomy()
    require_code(taxonomy, tx.READINESS_DIMENSION, info.dimension, "dimension", problems)
    require_code(taxonomy, tx.CONFIDENCE, info.confidence, "confidence", problems)
    if problems:
        raise InvalidInput(problems)
    with handle.action() as session:
        handover = records.get(session, Handover, handover_id, "handover")
        label = f"{_label(session, handover)}: {info.dimension}"
        score = session.execute(select(ReadinessScore).where(
            ReadinessScore.handover_id == handover_id,
            ReadinessScore.dimension == info.dimension,
        )).scalar_one_or_none()
        if score is None:
            score = ReadinessScore(handover_id=handover_id, **info.model_dump())
            return records.add(session, handle.user, score, label)
        records.update(session, handle.user, score, info.model_dump(), label)
        return score


def delete_readiness(handle: PlanHandle, score_id: str) -> str:
    """Clear one readiness score; returns the restorable audit id (undo of a first score)."""
    with handle.action() as session:
        score = records.get(session, ReadinessScore, score_id, "readiness score")
        handover = records.get(session, Handover, score.handover_id, "handover")
        label = f"{_label(session, handover)}: {score.dimension}"
        return records.delete(session, handle.user, score, label)


def readiness_of(handle: PlanHandle, handover_id: str) -> list[ReadinessScore]:
    with handle.read() as session:
        return list(session.execute(
            select(ReadinessScore).where(ReadinessScore.handover_id == handover_id)
        ).scalars())


# --- funding ---------------------------------------------------------------------------------


def _check_funding(handle, session, info: FundingLineCreate) -> None:
    taxonomy, problems = handle.taxonomy(), {}
    require_code(taxonomy, tx.FUNDING_SOURCE, info.source_type, "source_type", problems)
    require_code(taxonomy, tx.FUNDING_STATUS, info.status, "status", problems)
    if session.get(Capacity, info.capacity_id) is None:
        problems["capacity_id"] = "no such capacity in this plan"
    if info.handover_id:
        handover = session.get(Handover, info.handover_id)
        if handover is None:
            problems["handover_id"] = "no such handover in this plan"
        elif handover.capacity_id != info.capacity_id:
            problems["handover_id"] = "that handover belongs to another capacity"
    if problems:
        raise InvalidInput(problems)


def _funding_label(session, info) -> str:
    cap = session.get(Capacity, info.capacity_id)
    return f"{info.amount} {info.currency} for {cap.name if cap else '?'}"


def add_funding_line(handle: PlanHandle, data: dict, source: str = "") -> FundingLine:
    info = validate(FundingLineCreate, data)
    with handle.action() as session:
        _check_funding(handle, session, info)
        line = FundingLine(**info.model_dump())
        return records.add(session, handle.user, line, _funding_label(session, info), source)


def update_funding_line(
    handle: PlanHandle, line_id: str, changes: dict, version: int | None = None
) -> FundingLine:
    with handle.action() as session:
        line = records.get(session, FundingLine, line_id, "funding line")
        current = {k: getattr(line, k) for k in FundingLineCreate.model_fields}
        info = validate(FundingLineCreate, {**current, **changes})
        _check_funding(handle, session, info)
        records.update(session, handle.user, line, info.model_dump(),
                       _funding_label(session, info), version=version)
        return line


def delete_funding_line(handle: PlanHandle, line_id: str) -> str:
    with handle.action() as session:
        line = records.get(session, FundingLine, line_id, "funding line")
        return records.delete(session, handle.user, line, _funding_label(session, line))


def list_funding_lines(handle: PlanHandle, capacity_id: str | None = None) -> list[FundingLine]:
    with handle.read() as session:
        query = select(FundingLine).order_by(FundingLine.period_start)
        if capacity_id:
            query = query.where(FundingLine.capacity_id == capacity_id)
        return list(session.execute(query).scalars())
