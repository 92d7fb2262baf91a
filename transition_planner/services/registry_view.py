"""The actor registry and the location tree as plain rows for the window, in a few queries."""

from __future__ import annotations

from collections import defaultdict
from datetime import date
from typing import NamedTuple

from sqlalchemy import func, select

from transition_planner.domain import taxonomy as tx
from transition_planner.services.plans import PlanHandle
from transition_planner.store.models import (
    Actor,
    ActorPresence,
    Capacity,
    Handover,
    Location,
    ReadinessScore,
)

# Levels whose closure dates make up the team-site closure calendar even when still undated.
SITE_LEVELS = ("team_site", "field_office")


class ActorHandoverRow(NamedTuple):
    """One capacity (or share of it) an actor is taking over."""

    id: str  # the handover's
    capacity_id: str
    capacity: str
    location: str
    share: float
    status: str
    status_label: str
    start_date: date | None


class ActorRow(NamedTuple):
    """An actor with where it is present, what it takes over and how ready it is."""

    id: str
    name: str
    acronym: str
    actor_type: str
    type_label: str
    description: str
    contact: str
    sensitive: bool
    party_to_conflict: bool  # e.g. host security forces: possible perpetrators
    not_successor: bool  # e.g. private military companies: never a successor
    presence: tuple[str, ...]  # location ids
    presence_names: tuple[str, ...]
    handovers: tuple[ActorHandoverRow, ...]
    readiness: float | None  # mean of every readiness score of its handovers; None: unscored

    def form_values(self) -> dict:
        """The fields the actor form edits, as the services take them."""
        return {"name": self.name, "acronym": self.acronym, "actor_type": self.actor_type,
                "description": self.description, "contact": self.contact,
                "sensitive": self.sensitive}


def actor_rows(handle: PlanHandle, lang: str = "en") -> list[ActorRow]:
    """Every actor by name, with presence, handovers and average readiness (four queries)."""
    taxonomy = handle.taxonomy()
    risky = taxonomy.with_attribute(tx.ACTOR_TYPE, "party_to_conflict")
    not_successor = taxonomy.with_attribute(tx.ACTOR_TYPE, "not_successor")
    with handle.read() as session:
        presence = defaultdict(list)
        for actor_id, loc_id, loc_name in session.execute(
            select(ActorPresence.actor_id, Location.id, Location.name)
            .join(Location, Location.id == ActorPresence.location_id).order_by(Location.name)
        ):
            presence[actor_id].append((loc_id, loc_name))
        handovers = defaultdict(list)
        for row in session.execute(
            select(Handover.actor_id, Handover.id, Capacity.id, Capacity.name, Location.name,
                   Handover.share, Handover.status, Handover.start_date)
            .join(Capacity, Capacity.id == Handover.capacity_id)
            .join(Location, Location.id == Capacity.location_id)
            .order_by(Handover.start_date, Capacity.name)
        ):
            actor_id, h_id, cap_id, cap_name, loc_name, share, status, start = row
            handovers[actor_id].append(ActorHandoverRow(
                h_id, cap_id, cap_name, loc_name, share, status,
                taxonomy.label(tx.HANDOVER_STATUS, status, lang), start,
            ))
        readiness = dict(session.execute(
            select(Handover.actor_id, func.avg(ReadinessScore.score))
            .join(Handover, Handover.id == ReadinessScore.handover_id)
            .group_by(Handover.actor_id)
        ).all())
        actors = session.execute(select(
            Actor.id, Actor.name, Actor.acronym, Actor.actor_type, Actor.description,
            Actor.contact, Actor.sensitive,
        ).order_by(Actor.name)).all()
    return [
        ActorRow(
            a_id, name, acronym, a_type, taxonomy.label(tx.ACTOR_TYPE, a_type, lang),
            description, contact, sensitive, a_type in risky, a_type in not_successor,
            tuple(loc_id for loc_id, _ in presence[a_id]),
            tuple(loc_name for _, loc_name in presence[a_id]),
            tuple(handovers[a_id]),
            None if readiness.get(a_id) is None else float(readiness[a_id]),
        )
        for a_id, name, acronym, a_type, description, contact, sensitive in actors
    ]


class LocationRow(NamedTuple):
    """A location in tree order, with its closure date and what sits there."""

    id: str
    parent_id: str | None
    name: str
    level: str
    level_label: str
    pcode: str
    closure_date: date | None
    effective_closure: date | None  # its own, else that of the nearest enclosing location
    notes: str
    sensitive: bool
    capacities: int  # capacities held at this very location
    depth: int  # 0 for a top-level location
    path: str  # names of the enclosing locations, outermost first
    latitude: float | None = None
    longitude: float | None = None

    def form_values(self) -> dict:
        """The fields the location form edits, as the services take them."""
        return {"name": self.name, "parent_id": self.parent_id, "level": self.level,
                "pcode": self.pcode, "closure_date": self.closure_date, "notes": self.notes,
                "sensitive": self.sensitive, "latitude": self.latitude,
                "longitude": self.longitude}


def location_rows(handle: PlanHandle, lang: str = "en") -> list[LocationRow]:
    """Every location depth first (children by name), in two queries."""
    taxonomy = handle.taxonomy()
    with handle.read() as session:
        raw = session.execute(select(
            Location.id, Location.parent_id, Location.name, Location.level, Location.pcode,
            Location.closure_date, Location.notes, Location.sensitive, Location.latitude,
            Location.longitude,
        ).order_by(Location.name)).all()
        counts = dict(session.execute(
            select(Capacity.location_id, func.count()).group_by(Capacity.location_id)
        ).all())
    out: list[LocationRow] = []
    for row, parent, depth, path, inherited in location_tree(raw, closure_at=5):
        loc_id, _parent, name, level, pcode, closure, notes, sensitive, lat, lon = row
        out.append(LocationRow(
            loc_id, parent, name, level, taxonomy.label(tx.LOCATION_LEVEL, level, lang), pcode,
            closure, closure or inherited, notes, sensitive, counts.get(loc_id, 0), depth,
            " > ".join(path), lat, lon,
        ))
    return out


def location_tree(raw, closure_at: int | None = None):
    """Rows of locations (id, parent id, name, ...; by name) depth first, children by name:
    (row, parent id or None, depth, names of its ancestors, closure inherited from them, found
    at `closure_at` in the rows). A parent that is missing would hide its branch: the branch
    is shown at the top instead; a damaged file's parent cycle still shows every location."""
    known = {r[0] for r in raw}
    children = defaultdict(list)
    for r in raw:
        children[r[1] if r[1] in known else None].append(r)
    seen: set[str] = set()
    out = []

    def visit(row, depth, path, inherited):
        if row[0] in seen:
            return
        seen.add(row[0])
        out.append((row, row[1] if row[1] in known else None, depth, path, inherited))
        closure = row[closure_at] if closure_at is not None else None
        for child in children[row[0]]:
            visit(child, depth + 1, (*path, row[2]), closure or inherited)

    for row in children[None]:
        visit(row, 0, (), None)
    for row in raw:
        visit(row, 0, (), None)
    return out


def closure_calendar(rows: list[LocationRow]) -> list[LocationRow]:
    """The team-site closure calendar: dated locations by date, then undated team sites."""
    dated = sorted((r for r in rows if r.closure_date), key=lambda r: (r.closure_date, r.name))
    undated = [r for r in rows if not r.closure_date and r.level in SITE_LEVELS]
    return dated + undated
