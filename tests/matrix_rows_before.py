"""The matrix rows and funding lines as read before exchange.rows read plain DB-API rows
(SQLAlchemy column queries and their type processing): the reference that
tests/test_exchange_rows_loader.py compares the plain-SQL loaders against. Not used by the
application. What the change left as it was (the row and place classes, the per-row work)
is the application's own: this reference differs only in how the plan is read and typed."""

from __future__ import annotations

from collections import defaultdict
from contextlib import contextmanager

from sqlalchemy import select

from transition_planner.domain.audience import check_audience, shows_record
from transition_planner.domain.collector import collector_paused
from transition_planner.exchange.rows import (
    Place,
    PlanRow,
    PlanRows,
    Successor,
    _capacity_values,
    _row,
    place_tree,
)
from transition_planner.services.plans import PlanHandle
from transition_planner.store.models import (
    Actor,
    Capacity,
    Handover,
    Location,
    Plan,
    ReadinessScore,
)

_CAPACITY_COLUMNS = (
    Capacity.id, Capacity.location_id, Capacity.name, Capacity.category, Capacity.poc_tier,
    Capacity.component, Capacity.quantity, Capacity.unit, Capacity.annual_cost,
    Capacity.currency, Capacity.end_date, Capacity.criticality, Capacity.populations,
    Capacity.notes, Capacity.sensitive, Capacity.sensitive_fields,
)
_HANDOVER_COLUMNS = (
    Handover.id, Handover.capacity_id, Handover.actor_id, Handover.role, Handover.share,
    Handover.modality, Handover.status, Handover.start_date, Handover.end_date,
    Handover.agreement_ref, Handover.data_handover, Handover.data_protocol_agreed,
    Handover.notes, Handover.sensitive, Handover.sensitive_fields, Handover.created_at,
)



def load_rows(handle: PlanHandle, audience: str = "internal", session=None) -> PlanRows:
    """Read the whole plan as matrix rows with a few column queries (no ORM objects); in
    `session` when given (an export reads in the transaction that records it)."""
    check_audience(audience)
    with collector_paused(), _reading(handle, session) as session:
        [plan] = _fetch(session, select(Plan.id, Plan.name, Plan.currency))
        places = _places(session, audience)
        successors = {
            a_id: Successor(a_id, name, acronym, a_type, not shows_record(sens, audience),
                            audience != "internal" and "name" in (fields or ()))
            for a_id, name, acronym, a_type, sens, fields in _fetch(session, select(
                Actor.id, Actor.name, Actor.acronym, Actor.actor_type, Actor.sensitive,
                Actor.sensitive_fields))
        }
        readiness = defaultdict(dict)
        for ho_id, dim, score in _fetch(session, select(
            ReadinessScore.handover_id, ReadinessScore.dimension, ReadinessScore.score
        )):
            readiness[ho_id][dim] = score
        handovers = defaultdict(list)
        for ho in _fetch(session, select(*_HANDOVER_COLUMNS).order_by(
            Handover.start_date, Handover.created_at
        )):
            handovers[ho.capacity_id].append(ho)
        capacities = _fetch(session, select(*_CAPACITY_COLUMNS))
        rows: list[PlanRow] = []
        for cap in sorted(capacities, key=lambda c: (places[c.location_id].name.casefold(),
                                                     c.name.casefold(), c.id)):
            cap_values, cap_withheld, cap_hidden = _capacity_values(cap, places, audience)
            for ho in handovers.get(cap.id) or [None]:
                rows.append(_row(cap, cap_values, cap_withheld, cap_hidden, ho, successors,
                                 readiness, audience))
    return PlanRows(
        plan.id, plan.name, plan.currency, audience, rows, places, successors,
        {cap_id: [h.id for h in hos] for cap_id, hos in handovers.items()},
    )


@contextmanager
def _reading(handle: PlanHandle, session):
    if session is not None:
        yield session
    else:
        with handle.read() as own:
            yield own


def _fetch(session, query) -> list:
    """All rows of a column query, fetched at once from the connection: no ORM per-row work."""
    return session.connection().execute(query).all()


def _places(session, audience: str) -> dict[str, Place]:
    raw = {r.id: r for r in _fetch(session, select(
        Location.id, Location.name, Location.pcode, Location.level, Location.parent_id,
        Location.closure_date, Location.sensitive, Location.sensitive_fields))}
    return place_tree(raw, audience)



def load_lines(session, audience: str):
    """funding_sheet.load_lines as it was (SQLAlchemy column query)."""
    from transition_planner.exchange.funding_sheet import BY_ATTR, Line
    from transition_planner.store.models import FundingLine

    columns = (FundingLine.id, FundingLine.handover_id, FundingLine.capacity_id,
               FundingLine.source_type, FundingLine.donor, FundingLine.amount,
               FundingLine.currency, FundingLine.status, FundingLine.period_start,
               FundingLine.period_end, FundingLine.notes, FundingLine.sensitive,
               FundingLine.sensitive_fields)
    query = (select(*columns).where(FundingLine.handover_id.is_not(None))
             .order_by(FundingLine.period_start, FundingLine.created_at))
    lines = {}
    for row in session.connection().execute(query).all():
        values = {BY_ATTR[a]: getattr(row, a) for a in BY_ATTR}
        withheld = frozenset()
        if audience != "internal":
            withheld = frozenset(BY_ATTR[a] for a in (row.sensitive_fields or ()) if a in BY_ATTR)
        lines.setdefault(row.handover_id, []).append(Line(
            row.id, row.handover_id, row.capacity_id, values, withheld,
            not shows_record(row.sensitive, audience)))
    return lines
