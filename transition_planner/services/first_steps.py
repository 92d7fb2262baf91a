"""How far a new plan is: the counts behind the start page's steps."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import distinct, func, select

from transition_planner.services.plans import PlanHandle
from transition_planner.store.models import Actor, Capacity, FundingLine, Handover, Location


@dataclass(frozen=True)
class FirstSteps:
    """What the plan holds of each step: locations, capacities, successors, funding."""

    locations: int
    capacities: int
    actors: int
    with_successor: int  # capacities with at least one handover
    funding_lines: int

    @property
    def has_content(self) -> bool:
        """A plan with capacities opens on its inventory, not on the start page."""
        return self.capacities > 0


def first_steps(handle: PlanHandle) -> FirstSteps:
    with handle.read() as session:
        def count(column) -> int:
            return session.execute(select(func.count(column))).scalar_one()

        return FirstSteps(
            locations=count(Location.id), capacities=count(Capacity.id),
            actors=count(Actor.id), with_successor=count(distinct(Handover.capacity_id)),
            funding_lines=count(FundingLine.id))
