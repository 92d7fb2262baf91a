"""Milestones, protection indicators and comment threads."""

from __future__ import annotations

from sqlalchemy import select

from transition_planner.domain import taxonomy as tx
from transition_planner.services import records
from transition_planner.services.errors import InvalidInput
from transition_planner.services.plans import PlanHandle, require_code, validate
from transition_planner.services.schemas import (
    CommentCreate,
    IndicatorCreate,
    IndicatorValueCreate,
    MilestoneCreate,
)
from transition_planner.store.models import (
    TABLES,
    Comment,
    IndicatorValue,
    Location,
    Milestone,
    ProtectionIndicator,
)


def add_milestone(handle: PlanHandle, data: dict, source: str = "") -> Milestone:
    info = validate(MilestoneCreate, data)
    problems: dict[str, str] = {}
    require_code(handle.taxonomy(), tx.MILESTONE_KIND, info.kind, "kind", problems)
    with handle.action() as session:
        if info.location_id and session.get(Location, info.location_id) is None:
            problems["location_id"] = "no such location in this plan"
        if problems:
            raise InvalidInput(problems)
        return records.add(session, handle.user, Milestone(**info.model_dump()), info.title, source)


def update_milestone(handle: PlanHandle, milestone_id: str, changes: dict) -> Milestone:
    with handle.action() as session:
        milestone = records.get(session, Milestone, milestone_id, "milestone")
        current = {k: getattr(milestone, k) for k in MilestoneCreate.model_fields}
        info = validate(MilestoneCreate, {**current, **changes})
        problems: dict[str, str] = {}
        require_code(handle.taxonomy(), tx.MILESTONE_KIND, info.kind, "kind", problems)
        if info.location_id and session.get(Location, info.location_id) is None:
            problems["location_id"] = "no such location in this plan"
        if problems:
            raise InvalidInput(problems)
        records.update(session, handle.user, milestone, info.model_dump(), info.title)
        return milestone


def delete_milestone(handle: PlanHandle, milestone_id: str) -> str:
    with handle.action() as session:
        milestone = records.get(session, Milestone, milestone_id, "milestone")
        return records.delete(session, handle.user, milestone, milestone.title)


def list_milestones(handle: PlanHandle) -> list[Milestone]:
    with handle.read() as session:
        return list(session.execute(select(Milestone).order_by(Milestone.due_date)).scalars())


def add_indicator(handle: PlanHandle, data: dict) -> ProtectionIndicator:
    info = validate(IndicatorCreate, data)
    with handle.action() as session:
        records.get(session, Location, info.location_id, "location")
        indicator = ProtectionIndicator(**info.model_dump())
        return records.add(session, handle.user, indicator, info.name)


def record_indicator_value(handle: PlanHandle, data: dict) -> IndicatorValue:
    info = validate(IndicatorValueCreate, data)
    with handle.action() as session:
        indicator = records.get(session, ProtectionIndicator, info.indicator_id, "indicator")
        value = IndicatorValue(**info.model_dump())
        return records.add(session, handle.user, value, f"{indicator.name} {info.measured_on}")


def indicators_triggered(handle: PlanHandle) -> list[tuple[ProtectionIndicator, IndicatorValue]]:
    """Indicators whose latest value crosses the threshold: time to re-engage."""
    with handle.read() as session:
        out = []
        for indicator in session.execute(select(ProtectionIndicator)).scalars():
            latest = session.execute(
                select(IndicatorValue).where(IndicatorValue.indicator_id == indicator.id)
                .order_by(IndicatorValue.measured_on.desc()).limit(1)
            ).scalar_one_or_none()
            if latest is None:
                continue
            above = latest.value > indicator.threshold
            if above if indicator.trigger_when == "above" else latest.value < indicator.threshold:
                out.append((indicator, latest))
        return out


def add_comment(handle: PlanHandle, data: dict) -> Comment:
    info = validate(CommentCreate, data)
    if info.record_type not in TABLES:
        raise InvalidInput({"record_type": f"unknown record type '{info.record_type}'"})
    with handle.action() as session:
        records.get(session, TABLES[info.record_type], info.record_id, info.record_type)
        comment = Comment(**info.model_dump(), author=handle.user)
        return records.add(session, handle.user, comment, info.body[:60])


def delete_comment(handle: PlanHandle, comment_id: str) -> str:
    """Remove a comment; returns the restorable audit id (undo of adding it)."""
    with handle.action() as session:
        comment = records.get(session, Comment, comment_id, "comment")
        return records.delete(session, handle.user, comment, comment.body[:60])


def comments_on(handle: PlanHandle, record_id: str) -> list[Comment]:
    with handle.read() as session:
        return list(session.execute(
            select(Comment).where(Comment.record_id == record_id).order_by(Comment.created_at)
        ).scalars())
