"""Locations, actors and capacities: the mission's inventory and its possible successors."""

from __future__ import annotations

from sqlalchemy import func, select

from transition_planner.domain import taxonomy as tx
from transition_planner.services import records
from transition_planner.services.errors import InvalidInput
from transition_planner.services.plans import PlanHandle, require_code, validate
from transition_planner.services.schemas import ActorCreate, CapacityCreate, LocationCreate
from transition_planner.store.models import (
    Actor,
    ActorPresence,
    Capacity,
    CapacityEnabler,
    Location,
)

LABELS = {"annual_cost": "annual cost", "end_date": "end date", "location_id": "location"}


def _current(obj, schema) -> dict:
    return {k: getattr(obj, k) for k in schema.model_fields}


def _require(session, model, record_id, field_name, what, problems):
    if record_id and session.get(model, record_id) is None:
        problems[field_name] = f"no such {what} in this plan"


# --- locations -------------------------------------------------------------------------------


def _check_location(handle, session, info: LocationCreate, own_id: str | None = None):
    problems: dict[str, str] = {}
    require_code(handle.taxonomy(), tx.LOCATION_LEVEL, info.level, "level", problems)
    _require(session, Location, info.parent_id, "parent_id", "parent location", problems)
    if own_id and info.parent_id and _is_descendant(session, info.parent_id, own_id):
        problems["parent_id"] = "a location cannot sit inside itself"
    if problems:
        raise InvalidInput(problems)


def _is_descendant(session, location_id: str, ancestor_id: str) -> bool:
    seen = set()
    while location_id and location_id not in seen:
        if location_id == ancestor_id:
            return True
        seen.add(location_id)
        location_id = session.get(Location, location_id).parent_id
    return False


def add_location(handle: PlanHandle, data: dict, source: str = "") -> Location:
    info = validate(LocationCreate, data)
    with handle.action() as session:
        _check_location(handle, session, info)
        return records.add(session, handle.user, Location(**info.model_dump()), info.name, source)


def update_location(
    handle: PlanHandle, location_id: str, changes: dict, version: int | None = None
) -> Location:
    with handle.action() as session:
        loc = records.get(session, Location, location_id, "location")
        info = validate(LocationCreate, {**_current(loc, LocationCreate), **changes})
        _check_location(handle, session, info, own_id=location_id)
        records.update(session, handle.user, loc, info.model_dump(), info.name, version=version)
        return loc


def delete_location(handle: PlanHandle, location_id: str) -> str:
    with handle.action() as session:
        loc = records.get(session, Location, location_id, "location")
        return records.delete(session, handle.user, loc, loc.name)


def list_locations(handle: PlanHandle) -> list[Location]:
    with handle.read() as session:
        return list(session.execute(select(Location).order_by(Location.name)).scalars())


# --- actors ----------------------------------------------------------------------------------


def add_actor(handle: PlanHandle, data: dict, source: str = "") -> Actor:
    info = validate(ActorCreate, data)
    problems: dict[str, str] = {}
    require_code(handle.taxonomy(), tx.ACTOR_TYPE, info.actor_type, "actor_type", problems)
    if problems:
        raise InvalidInput(problems)
    with handle.action() as session:
        return records.add(session, handle.user, Actor(**info.model_dump()), info.name, source)


def update_actor(
    handle: PlanHandle, actor_id: str, changes: dict, version: int | None = None
) -> Actor:
    with handle.action() as session:
        actor = records.get(session, Actor, actor_id, "actor")
        info = validate(ActorCreate, {**_current(actor, ActorCreate), **changes})
        problems: dict[str, str] = {}
        require_code(handle.taxonomy(), tx.ACTOR_TYPE, info.actor_type, "actor_type", problems)
        if problems:
            raise InvalidInput(problems)
        records.update(session, handle.user, actor, info.model_dump(), info.name,
                       version=version)
        return actor


def delete_actor(handle: PlanHandle, actor_id: str) -> str:
    with handle.action() as session:
        actor = records.get(session, Actor, actor_id, "actor")
        return records.delete(session, handle.user, actor, actor.name)


def list_actors(handle: PlanHandle) -> list[Actor]:
    with handle.read() as session:
        return list(session.execute(select(Actor).order_by(Actor.name)).scalars())


def set_actor_presence(handle: PlanHandle, actor_id: str, location_ids: list[str]) -> None:
    """Say where an actor is present (replaces the previous list)."""
    with handle.action() as session:
        actor = records.get(session, Actor, actor_id, "actor")
        for loc_id in location_ids:
            records.get(session, Location, loc_id, "location")
        existing = {
            p.location_id: p
            for p in session.execute(
                select(ActorPresence).where(ActorPresence.actor_id == actor_id)
            ).scalars()
        }
        for loc_id in set(location_ids) - set(existing):
            records.add(session, handle.user, ActorPresence(actor_id=actor_id,
                        location_id=loc_id), f"{actor.name} present")
        for loc_id in set(existing) - set(location_ids):
            records.delete(session, handle.user, existing[loc_id], f"{actor.name} present")


def actor_presence(handle: PlanHandle, actor_id: str) -> list[str]:
    with handle.read() as session:
        return list(session.execute(
            select(ActorPresence.location_id).where(ActorPresence.actor_id == actor_id)
        ).scalars())


# --- capacities ------------------------------------------------------------------------------


def _check_capacity(handle, session, info: CapacityCreate) -> None:
    taxonomy, problems = handle.taxonomy(), {}
    require_code(taxonomy, tx.CATEGORY, info.category, "category", problems)
    require_code(taxonomy, tx.POC_TIER, info.poc_tier, "poc_tier", problems)
    require_code(taxonomy, tx.COMPONENT, info.component, "component", problems)
    require_code(taxonomy, tx.CRITICALITY, info.criticality, "criticality", problems)
    for population in info.populations:
        require_code(taxonomy, tx.POPULATION, population, "populations", problems)
    _require(session, Location, info.location_id, "location_id", "location", problems)
    if problems:
        raise InvalidInput(problems)


def add_capacity(handle: PlanHandle, data: dict, source: str = "") -> Capacity:
    info = validate(CapacityCreate, data, LABELS)
    with handle.action() as session:
        _check_capacity(handle, session, info)
        return records.add(session, handle.user, Capacity(**info.model_dump()), info.name, source)


def update_capacity(
    handle: PlanHandle, capacity_id: str, changes: dict, source="", version: int | None = None
) -> Capacity:
    """Change a capacity; `version` is the one the edit was made on (see records.update)."""
    with handle.action() as session:
        cap = records.get(session, Capacity, capacity_id, "capacity")
        info = validate(CapacityCreate, {**_current(cap, CapacityCreate), **changes}, LABELS)
        _check_capacity(handle, session, info)
        records.update(session, handle.user, cap, info.model_dump(), info.name, source,
                       version=version)
        return cap


def delete_capacity(handle: PlanHandle, capacity_id: str) -> str:
    """Delete a capacity with its handovers and funding; returns the restorable audit id."""
    with handle.action() as session:
        cap = records.get(session, Capacity, capacity_id, "capacity")
        return records.delete(session, handle.user, cap, cap.name)


def get_capacity(handle: PlanHandle, capacity_id: str) -> Capacity:
    with handle.read() as session:
        return records.get(session, Capacity, capacity_id, "capacity")


def capacity_count(handle: PlanHandle) -> int:
    """How many capacities the plan holds (the window reads big plans in the background)."""
    with handle.read() as session:
        return session.execute(select(func.count(Capacity.id))).scalar_one()


def list_capacities(handle: PlanHandle) -> list[Capacity]:
    with handle.read() as session:
        return list(session.execute(select(Capacity).order_by(Capacity.name)).scalars())


def add_enabler(handle: PlanHandle, capacity_id: str, enabler_id: str, note: str = ""):
    """Record that a capacity only runs while another one (flights, radios...) exists."""
    if capacity_id == enabler_id:
        raise InvalidInput({"enabler": "a capacity cannot depend on itself"})
    with handle.action() as session:
        cap = records.get(session, Capacity, capacity_id, "capacity")
        enabler = records.get(session, Capacity, enabler_id, "enabler capacity")
        link = CapacityEnabler(capacity_id=capacity_id, enabler_id=enabler_id, note=note)
        return records.add(session, handle.user, link, f"{cap.name} needs {enabler.name}")


def remove_enabler(handle: PlanHandle, capacity_id: str, enabler_id: str) -> None:
    with handle.action() as session:
        link = session.execute(select(CapacityEnabler).where(
            CapacityEnabler.capacity_id == capacity_id, CapacityEnabler.enabler_id == enabler_id
        )).scalar_one_or_none()
        if link is not None:
            records.delete(session, handle.user, link, "enabler link")


def enablers_of(handle: PlanHandle, capacity_id: str) -> list[str]:
    with handle.read() as session:
        return list(session.execute(select(CapacityEnabler.enabler_id).where(
            CapacityEnabler.capacity_id == capacity_id)).scalars())
