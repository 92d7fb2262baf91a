"""What a report shows: the plan read through the services, and what its audience may see of it."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date

from sqlalchemy import select

from transition_planner.domain import audience as aud
from transition_planner.domain.gaps import GapReport, compute_gaps
from transition_planner.i18n import N_
from transition_planner.services import gaps as gap_service
from transition_planner.services import handovers as handover_service
from transition_planner.services import inventory, maps, plans, timeline
from transition_planner.services.errors import InvalidInput, Problem
from transition_planner.services.maps import MapView
from transition_planner.store.models import FlagAcceptance

_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", re.IGNORECASE)


@dataclass
class ReportData:
    """The records and gap analysis of one plan (or of some of its locations), for one audience."""

    audience: str
    created: date
    plan: object
    scenario_name: str
    gaps: GapReport
    locations: dict  # id -> Location (all of the plan, for names and closures)
    actors: dict  # id -> Actor
    capacities: dict  # id -> Capacity, those of the selected locations, by name
    all_capacities: dict  # id -> Capacity, the whole plan (enablers may sit elsewhere)
    handovers: list  # Handover of those capacities
    funding: list  # FundingLine of those capacities
    milestones: list
    acceptances: list  # FlagAcceptance
    selection: list[str] | None = None  # ids of the chosen locations; None: the whole plan
    location_ids: set[str] | None = None  # those and every location inside them
    accepted_by_flag: dict = field(default_factory=dict)  # id(flag) -> FlagAcceptance
    map: MapView | None = None  # the map of where coverage falls (areas, places)
    taxonomy: object = None  # the plan's vocabulary (readiness dimensions, labels)
    matrix: object = None  # reports.partners.MatrixStatus, for the cluster's report

    # --- what the audience may see -------------------------------------------------------

    @property
    def internal(self) -> bool:
        return self.audience == aud.INTERNAL

    def shown(self, record) -> bool:
        return record is not None and aud.shows_record(record.sensitive, self.audience)

    def value(self, record, name: str):
        """A field of a record, or None when it is withheld from this audience."""
        if name in (record.sensitive_fields or ()) and not self.internal:
            return None
        return getattr(record, name)

    def hidden_count(self) -> int:
        """Records of the report that this audience does not see by name."""
        if self.internal:
            return 0
        records = [*self.capacities.values(), *self.handovers, *self.funding]
        records += [self.actors[h.actor_id] for h in self.handovers if h.actor_id in self.actors]
        records += [self.locations[c.location_id] for c in self.capacities.values()
                    if c.location_id in self.locations]
        unique = {id(r): r for r in records}.values()
        return sum(1 for r in unique if not self.shown(r))

    def record_hidden(self, record_type: str, record_id: str) -> bool:
        """Whether a record a flag points at is left out for this audience (not just unnamed)."""
        if self.internal:
            return False
        if record_type == "capacity":
            cap = self.all_capacities.get(record_id)
            return cap is None or not self.shown(cap)
        if record_type == "handover":
            handover = self.handover_by_id.get(record_id)
            return handover is None or not self.shown(handover)
        return False

    @property
    def handover_by_id(self) -> dict:
        if not hasattr(self, "_handover_by_id"):
            self._handover_by_id = {h.id: h for h in self.handovers}
        return self._handover_by_id


def acceptance_ids(acceptance) -> frozenset[str]:
    """The record ids a flag acceptance's key names (the key's format is kind + record ids)."""
    return frozenset(i.lower() for i in _UUID.findall(acceptance.flag_key))


def match_acceptances(flags, acceptances) -> dict:
    """id(flag) -> its acceptance: same kind and the same records (as the dashboard keys them)."""
    by_kind: dict[str, list] = {}
    for acceptance in acceptances:
        ids = acceptance_ids(acceptance)
        if ids:
            by_kind.setdefault(acceptance.kind, []).append((ids, acceptance))
    out = {}
    for flag in flags:
        flag_ids = {r.id.lower() for r in flag.records}
        for ids, acceptance in by_kind.get(flag.kind, ()):
            if ids == flag_ids:
                out[id(flag)] = acceptance
                break
    return out


def _descendants(locations: dict, roots: set[str]) -> set[str]:
    children: dict[str, list[str]] = {}
    for loc in locations.values():
        if loc.parent_id:
            children.setdefault(loc.parent_id, []).append(loc.id)
    out, todo = set(), list(roots)
    while todo:
        loc_id = todo.pop()
        if loc_id not in out:
            out.add(loc_id)
            todo.extend(children.get(loc_id, ()))
    return out


def select_locations(locations: dict, names: list[str]) -> tuple[set[str], list[str]]:
    """Ids of the named locations (by name or P-code) with every location inside them, and
    the ids of the named ones."""
    roots, chosen, unknown = set(), [], []
    for name in names:
        wanted = name.strip().casefold()
        found = [loc for loc in locations.values()
                 if loc.name.casefold() == wanted or (loc.pcode and loc.pcode.casefold() == wanted)]
        if not found:
            unknown.append(name)
        for loc in found:
            if loc.id not in roots:
                roots.add(loc.id)
                chosen.append(loc.id)
    if unknown:
        raise InvalidInput({"location": Problem(N_("no location called %(names)s in this plan"),
                                                names=", ".join(map(repr, unknown)))})
    return _descendants(locations, roots), chosen


def _restrict(facts, capacity_ids: set[str], location_ids: set[str]):
    """The gap engine's facts limited to some capacities (their handovers, their closures)."""
    return replace(
        facts,
        capacities=tuple(c for c in facts.capacities if c.id in capacity_ids),
        handovers=tuple(h for h in facts.handovers if h.capacity_id in capacity_ids),
        closures=tuple(c for c in facts.closures if c[0] in location_ids),
    )


def _acceptances(handle) -> list:
    """Flag acceptances, oldest first (read only; no service lists them yet)."""
    with handle.read() as session:
        return list(session.execute(
            select(FlagAcceptance).order_by(FlagAcceptance.created_at, FlagAcceptance.id)
        ).scalars())


def load_report_data(handle, audience: str, created: date,
                     locations: list[str] | None = None,
                     scenario_id: str | None = None) -> ReportData:
    """Read the plan and run the gap engine as of the report's date, for the whole plan or some
    of its locations, in its active scenario or the one named."""
    aud.check_audience(audience)
    plan = plans.plan_info(handle)
    scenarios = {s.id: s.name for s in plans.list_scenarios(handle)}
    all_locations = {loc.id: loc for loc in inventory.list_locations(handle)}
    all_capacities = {c.id: c for c in inventory.list_capacities(handle)}
    capacities = all_capacities
    facts = gap_service.load_facts(handle, scenario_id, as_of=created)
    selection = location_ids = None
    if locations:
        location_ids, selection = select_locations(all_locations, locations)
        capacities = {k: c for k, c in capacities.items() if c.location_id in location_ids}
        facts = _restrict(facts, set(capacities), location_ids)
    report = compute_gaps(facts)
    handovers = [h for h in handover_service.list_handovers(handle)
                 if h.capacity_id in capacities]
    funding = [f for f in handover_service.list_funding_lines(handle)
               if f.capacity_id in capacities]
    acceptances = _acceptances(handle)
    data = ReportData(
        audience=audience, created=created, plan=plan,
        scenario_name=scenarios.get(scenario_id or plan.active_scenario_id, ""), gaps=report,
        locations=all_locations, actors={a.id: a for a in inventory.list_actors(handle)},
        capacities=capacities, all_capacities=all_capacities, handovers=handovers, funding=funding,
        milestones=timeline.list_milestones(handle), acceptances=acceptances,
        selection=selection, location_ids=location_ids,
    )
    data.accepted_by_flag = match_acceptances(report.flags, acceptances)
    data.map = maps.map_view(handle, report, audience, capacity_ids=capacities)
    data.taxonomy = handle.taxonomy()
    if audience == aud.CLUSTER:
        from transition_planner.reports.partners import matrix_status

        data.matrix = matrix_status(handle)
    return data
