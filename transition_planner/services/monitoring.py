"""Post-exit monitoring: protection indicators attached to handovers, their values, the
defaults per category, and the rule that guards "verified sustained"."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from transition_planner.domain import monitoring as rules
from transition_planner.domain import taxonomy as tx
from transition_planner.domain.facts import IndicatorFacts
from transition_planner.services import records
from transition_planner.services.errors import InvalidInput
from transition_planner.services.plans import PlanHandle, validate
from transition_planner.services.schemas import IndicatorCreate, IndicatorValueCreate
from transition_planner.store.models import (
    Actor,
    Capacity,
    Handover,
    IndicatorValue,
    Location,
    ProtectionIndicator,
)

# The handover statuses that say a handover was sustained, and the months of values inside
# the threshold each needs (the +3 months visit needs no trigger; +6 needs six months).
SUSTAINED_STATUSES = {"verified_3m": 0, "verified_6m": rules.SUSTAINED_MONTHS}


@dataclass(frozen=True)
class IndicatorRead:
    """An indicator as the window and the CLI show it, with its latest value and state."""

    id: str
    name: str
    location_id: str
    location_name: str
    handover_id: str | None
    handover_label: str
    unit: str
    baseline: float | None
    threshold: float
    trigger_when: str
    period: str
    trigger_periods: int
    monitor_from: date | None
    notes: str
    values: tuple[tuple[str, date, float, str], ...]  # (value id, measured on, value, source)
    trigger: rules.Trigger | None
    months_inside: int
    version: int


# --- indicators -------------------------------------------------------------------------


def _check(session, info: IndicatorCreate) -> None:
    records.get(session, Location, info.location_id, "location")
    if info.handover_id and session.get(Handover, info.handover_id) is None:
        raise InvalidInput({"handover_id": "no such handover in this plan"})


def _fields(info: IndicatorCreate) -> dict:
    return info.model_dump()


def add_indicator(handle: PlanHandle, data: dict, source: str = "") -> ProtectionIndicator:
    """An indicator to watch after the exit; its location defaults to the handed-over
    capacity's."""
    data = dict(data)
    with handle.action() as session:
        if data.get("handover_id") and not data.get("location_id"):
            data["location_id"] = _capacity_of(session, data["handover_id"]).location_id
        info = validate(IndicatorCreate, data)
        _check(session, info)
        indicator = ProtectionIndicator(**_fields(info))
        return records.add(session, handle.user, indicator, info.name, source)


def update_indicator(handle: PlanHandle, indicator_id: str, changes: dict,
                     version: int | None = None) -> ProtectionIndicator:
    with handle.action() as session:
        indicator = records.get(session, ProtectionIndicator, indicator_id, "indicator")
        current = {k: getattr(indicator, k) for k in IndicatorCreate.model_fields}
        info = validate(IndicatorCreate, {**current, **changes})
        _check(session, info)
        records.update(session, handle.user, indicator, _fields(info), info.name,
                       version=version)
        return indicator


def delete_indicator(handle: PlanHandle, indicator_id: str) -> str:
    """Remove an indicator and its values; returns the restorable audit id."""
    with handle.action() as session:
        indicator = records.get(session, ProtectionIndicator, indicator_id, "indicator")
        return records.delete(session, handle.user, indicator, indicator.name)


def _capacity_of(session, handover_id: str) -> Capacity:
    handover = records.get(session, Handover, handover_id, "handover")
    return records.get(session, Capacity, handover.capacity_id, "capacity")


# --- values -----------------------------------------------------------------------------


def add_value(handle: PlanHandle, data: dict, source: str = "") -> IndicatorValue:
    info = validate(IndicatorValueCreate, data)
    with handle.action() as session:
        indicator = records.get(session, ProtectionIndicator, info.indicator_id, "indicator")
        value = IndicatorValue(**info.model_dump())
        return records.add(session, handle.user, value, f"{indicator.name} {info.measured_on}",
                           source)


def update_value(handle: PlanHandle, value_id: str, changes: dict) -> IndicatorValue:
    with handle.action() as session:
        value = records.get(session, IndicatorValue, value_id, "indicator value")
        current = {k: getattr(value, k) for k in IndicatorValueCreate.model_fields}
        info = validate(IndicatorValueCreate, {**current, **changes})
        if info.indicator_id != value.indicator_id:
            raise InvalidInput({"indicator_id": "a value cannot move to another indicator"})
        records.update(session, handle.user, value, info.model_dump(), str(info.measured_on))
        return value


def delete_value(handle: PlanHandle, value_id: str) -> str:
    with handle.action() as session:
        value = records.get(session, IndicatorValue, value_id, "indicator value")
        return records.delete(session, handle.user, value, str(value.measured_on))


def add_values(handle: PlanHandle, rows: list[dict], source: str = "") -> int:
    """Several values in one action (a paste, an import): all of them or none."""
    checked = [validate(IndicatorValueCreate, row) for row in rows]
    with handle.action() as session:
        names = {}
        for info in checked:
            if info.indicator_id not in names:
                names[info.indicator_id] = records.get(
                    session, ProtectionIndicator, info.indicator_id, "indicator").name
            records.add(session, handle.user, IndicatorValue(**info.model_dump()),
                        f"{names[info.indicator_id]} {info.measured_on}", source)
    return len(checked)


# --- reading ----------------------------------------------------------------------------


def _facts(ind: ProtectionIndicator, values, handover_start: date | None) -> IndicatorFacts:
    return IndicatorFacts(
        id=ind.id, name=ind.name, location_id=ind.location_id, location_name="",
        handover_id=ind.handover_id, unit=ind.unit, threshold=ind.threshold,
        trigger_when=ind.trigger_when, period=ind.period,
        trigger_periods=ind.trigger_periods, start=ind.monitor_from or handover_start,
        values=tuple((v.measured_on, v.value) for v in values),
    )


def list_indicators(handle: PlanHandle, handover_id: str | None = None,
                    as_of: date | None = None) -> list[IndicatorRead]:
    """Indicators (of one handover, or all), by handover then name, with their state."""
    as_of = as_of or date.today()
    with handle.read() as session:
        query = select(ProtectionIndicator)
        if handover_id:
            query = query.where(ProtectionIndicator.handover_id == handover_id)
        indicators = list(session.execute(query).scalars())
        labels = handover_labels(session)
        starts = dict(session.execute(select(Handover.id, Handover.start_date)).all())
        places = dict(session.execute(select(Location.id, Location.name)).all())
        values: dict[str, list] = {}
        for v in session.execute(select(IndicatorValue).order_by(
                IndicatorValue.measured_on, IndicatorValue.created_at)).scalars():
            values.setdefault(v.indicator_id, []).append(v)
        out = []
        for ind in indicators:
            own = values.get(ind.id, [])
            facts = _facts(ind, own, starts.get(ind.handover_id))
            out.append(IndicatorRead(
                ind.id, ind.name, ind.location_id, places.get(ind.location_id, ""),
                ind.handover_id, labels.get(ind.handover_id, ""), ind.unit, ind.baseline,
                ind.threshold, ind.trigger_when, ind.period, ind.trigger_periods,
                ind.monitor_from, ind.notes,
                tuple((v.id, v.measured_on, v.value, v.source) for v in own),
                rules.trigger(facts, as_of), rules.months_inside(facts), ind.version,
            ))
    out.sort(key=lambda r: (r.handover_label or "~", r.name, r.id))
    return out


def handover_labels(session) -> dict[str, str]:
    """'capacity -> successor' of every handover, as the flags name them."""
    return {
        h_id: f"{cap} -> {actor}"
        for h_id, cap, actor in session.execute(
            select(Handover.id, Capacity.name, Actor.name)
            .join(Capacity, Capacity.id == Handover.capacity_id)
            .join(Actor, Actor.id == Handover.actor_id)
        ).all()
    }


def list_handovers(handle: PlanHandle) -> list[tuple[str, str]]:
    """(id, label) of every handover, by label: what an indicator can be attached to."""
    with handle.read() as session:
        return sorted(handover_labels(session).items(), key=lambda x: (x[1], x[0]))


# --- defaults and the sustained rule ----------------------------------------------------


def default_indicators(handle: PlanHandle, category: str) -> list[dict]:
    """What the taxonomy suggests watching after the exit for a category (the plan's own term
    first, else the built-in one): name, unit, threshold, trigger_when, period."""
    for taxonomy in (handle.taxonomy(), tx.Taxonomy.builtin()):
        for term in taxonomy.terms(tx.CATEGORY):
            if term.code == category and term.attributes.get("indicators"):
                return [dict(d) for d in term.attributes["indicators"]]
    return []


def add_default_indicators(handle: PlanHandle, handover_id: str) -> list[ProtectionIndicator]:
    """The category's default indicators attached to one handover."""
    with handle.read() as session:
        capacity = _capacity_of(session, handover_id)
        category, location_id = capacity.category, capacity.location_id
    return [
        add_indicator(handle, {**d, "handover_id": handover_id, "location_id": location_id})
        for d in default_indicators(handle, category)
    ]


def refuse_unsustained(session, handover_id: str, status: str, as_of: date | None = None):
    """InvalidInput when a handover cannot be marked `status`: one of its indicators calls for
    re-engagement, or (+6 months) has fewer than six months of values inside its threshold."""
    needed = SUSTAINED_STATUSES.get(status)
    if needed is None:
        return
    as_of = as_of or date.today()
    handover = session.get(Handover, handover_id)
    indicators = list(session.execute(select(ProtectionIndicator).where(
        ProtectionIndicator.handover_id == handover_id)).scalars())
    problems = []
    for ind in indicators:
        values = session.execute(select(IndicatorValue).where(
            IndicatorValue.indicator_id == ind.id).order_by(
            IndicatorValue.measured_on, IndicatorValue.created_at)).scalars().all()
        facts = _facts(ind, values, handover.start_date if handover else None)
        fired = rules.trigger(facts, as_of)
        if fired is not None:
            problems.append(f"'{ind.name}' calls for re-engagement ({_why(fired, ind)})")
        elif needed and rules.months_inside(facts) < needed:
            problems.append(f"'{ind.name}' has {rules.months_inside(facts)} month(s) of values "
                            f"inside its threshold; {needed} are needed")
    if problems:
        raise InvalidInput({"status": "cannot be marked verified sustained: "
                            + "; ".join(problems)})


def _why(fired: rules.Trigger, ind: ProtectionIndicator) -> str:
    if fired.reason == rules.CROSSED:
        return (f"{ind.trigger_when} {ind.threshold:g} for {fired.periods} {ind.period}s "
                f"in a row")
    return f"nothing reported for {fired.periods} {ind.period}s"
