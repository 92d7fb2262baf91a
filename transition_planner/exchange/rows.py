"""The plan as handover-matrix rows: one per capacity and successor, seen by one audience."""

from __future__ import annotations

from collections import defaultdict, namedtuple
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date

from transition_planner.domain.audience import check_audience, shows_record
from transition_planner.domain.collector import collector_paused
from transition_planner.exchange.matrix import (
    BY_KEY,
    CAPACITY_FIELDS,
    FIELD_KINDS,
    FIELDS,
    HANDOVER_FIELDS,
    READINESS_KEYS,
    canon_of_kind,
    fold,
)
from transition_planner.services.gaps import Days, json_value, money  # (the loader's readers)
from transition_planner.services.plans import PlanHandle

# The plan is read with plain SQL on the session's own DB-API connection (as the gap engine's
# loader reads its facts): SQLAlchemy's result processing cost more than the queries. The
# columns are those of store/models.py; both SQLite and PostgreSQL run these (no parameters).
PLAN_SQL = "SELECT id, name, currency FROM plan"
ACTORS_SQL = "SELECT id, name, acronym, actor_type, sensitive, sensitive_fields FROM actor"
READINESS_SQL = "SELECT handover_id, dimension, score FROM readinessscore"
HANDOVERS_SQL = (
    "SELECT id, capacity_id, actor_id, role, share, modality, status, start_date, end_date, "
    "agreement_ref, data_handover, data_protocol_agreed, notes, sensitive, sensitive_fields "
    "FROM handover ORDER BY start_date, created_at")
CAPACITIES_SQL = (
    "SELECT id, location_id, name, category, poc_tier, component, quantity, unit, annual_cost, "
    "currency, end_date, criticality, populations, notes, sensitive, sensitive_fields "
    "FROM capacity")
LOCATIONS_SQL = ("SELECT id, name, pcode, level, parent_id, closure_date, sensitive, "
                 "sensitive_fields FROM location")

_Handover = namedtuple("_Handover", "id capacity_id actor_id role share modality status "
                       "start_date end_date agreement_ref data_handover data_protocol_agreed "
                       "notes sensitive sensitive_fields")
_Capacity = namedtuple("_Capacity", "id location_id name category poc_tier component quantity "
                       "unit annual_cost currency end_date criticality populations notes "
                       "sensitive sensitive_fields")
_Location = namedtuple("_Location", "id name pcode level parent_id closure_date sensitive "
                       "sensitive_fields")


def fetch(session, sql: str) -> list[tuple]:
    """All rows of a query, from the session's DB-API connection (in its transaction)."""
    cursor = session.connection().connection.cursor()
    try:
        cursor.execute(sql)
        return cursor.fetchall()
    finally:
        cursor.close()


@dataclass(frozen=True, slots=True)
class Place:
    """A location as the matrix shows it, with its province (admin1) for HXL."""

    id: str
    name: str
    pcode: str
    province: str
    province_pcode: str
    ancestors: tuple[str, ...]  # ids of the enclosing locations, nearest first
    closure: date | None  # the location's closure date, or the nearest enclosing one's
    hidden: bool  # not for this audience
    withheld: bool  # name and P-code blanked for this audience
    district: str = ""  # the enclosing admin2 (territory) and its P-code, for HXL's #adm2
    district_pcode: str = ""
    country_pcode: str = ""  # the country's code, for HXL's #country+code


@dataclass(frozen=True, slots=True)
class Successor:
    id: str
    name: str
    acronym: str
    actor_type: str
    hidden: bool
    withheld: bool


@dataclass(slots=True)
class PlanRow:
    """One row of the matrix: a capacity and one of its successors (or none)."""

    capacity_id: str
    handover_id: str  # "" for a capacity without successor
    values: dict  # field key -> plan value (location and successor as ids)
    withheld: frozenset = frozenset()  # field keys blanked for this audience
    hidden: bool = False  # a record of the row is not for this audience

    @property
    def key(self) -> tuple[str, str]:
        return self.capacity_id, self.handover_id

    def canon(self) -> dict[str, str]:
        return dict(zip(FIELDS, self.canon_list()))

    def canon_list(self) -> list[str]:
        """The canonical values of FIELDS, in their order."""
        withheld, values = self.withheld, self.values
        return [canon_of_kind(kind, None if k in withheld else values.get(k))
                for k, kind in zip(FIELDS, FIELD_KINDS)]


@dataclass
class PlanRows:
    """Every matrix row of a plan for one audience, with the places and successors named."""

    plan_id: str
    plan_name: str
    currency: str
    audience: str
    rows: list[PlanRow]
    places: dict[str, Place]
    successors: dict[str, Successor]
    handovers_of: dict[str, list[str]] = field(default_factory=dict)  # capacity -> handovers

    def by_key(self) -> dict[tuple[str, str], PlanRow]:
        return {r.key: r for r in self.rows}

    def capacities(self) -> dict[str, PlanRow]:
        """The first row of each capacity (they all carry the same capacity values)."""
        first: dict[str, PlanRow] = {}
        for row in self.rows:
            first.setdefault(row.capacity_id, row)
        return first


def load_rows(handle: PlanHandle, audience: str = "internal", session=None) -> PlanRows:
    """Read the whole plan as matrix rows with a few column queries (no ORM objects); in
    `session` when given (an export reads in the transaction that records it)."""
    check_audience(audience)
    with collector_paused(), _reading(handle, session) as session:
        [plan] = fetch(session, PLAN_SQL)
        days = Days()
        places = _places(session, audience, days)
        successors = {
            a_id: Successor(a_id, name, acronym, a_type, not shows_record(bool(sens), audience),
                            audience != "internal" and "name" in (json_value(fields) or ()))
            for a_id, name, acronym, a_type, sens, fields in fetch(session, ACTORS_SQL)
        }
        readiness = defaultdict(dict)
        for ho_id, dim, score in fetch(session, READINESS_SQL):
            readiness[ho_id][dim] = score
        handovers = defaultdict(list)
        for (ho_id, cap_id, actor_id, role, share, modality, status, start, end, agreement,
             data, protocol, notes, sens, fields) in fetch(session, HANDOVERS_SQL):
            handovers[cap_id].append(_Handover(
                ho_id, cap_id, actor_id, role, share, modality, status, days[start], days[end],
                agreement, data, bool(protocol), notes, bool(sens), json_value(fields)))
        capacities = [
            _Capacity(cap_id, loc_id, name, category, tier, component, quantity, unit,
                      money(cost), currency, days[end], criticality, json_value(populations),
                      notes, bool(sens), json_value(fields))
            for (cap_id, loc_id, name, category, tier, component, quantity, unit, cost,
                 currency, end, criticality, populations, notes, sens, fields)
            in fetch(session, CAPACITIES_SQL)]
        rows: list[PlanRow] = []
        for cap in sorted(capacities, key=lambda c: (places[c.location_id].name.casefold(),
                                                     c.name.casefold(), c.id)):
            cap_values, cap_withheld, cap_hidden = _capacity_values(cap, places, audience)
            for ho in handovers.get(cap.id) or [None]:
                rows.append(_row(cap, cap_values, cap_withheld, cap_hidden, ho, successors,
                                 readiness, audience))
    plan_id, plan_name, currency = plan
    return PlanRows(
        plan_id, plan_name, currency, audience, rows, places, successors,
        {cap_id: [h.id for h in hos] for cap_id, hos in handovers.items()},
    )


@contextmanager
def _reading(handle: PlanHandle, session):
    if session is not None:
        yield session
    else:
        with handle.read() as own:
            yield own


def _places(session, audience: str, days: Days) -> dict[str, Place]:
    raw = {loc_id: _Location(loc_id, name, pcode, level, parent, days[closure], bool(sens),
                             json_value(fields))
           for loc_id, name, pcode, level, parent, closure, sens, fields
           in fetch(session, LOCATIONS_SQL)}
    return place_tree(raw, audience)


def place_tree(raw: dict, audience: str) -> dict[str, Place]:
    """Each location as a matrix row shows it (its province, district and country, the
    closure it inherits, what `audience` may see of it), from its row and its ancestors'
    (location id -> a row with id, name, pcode, level, parent_id, closure_date, sensitive
    and sensitive_fields)."""
    places = {}
    for loc_id, loc in raw.items():
        ancestors, seen, parent = [], {loc_id}, loc.parent_id
        while parent in raw and parent not in seen:
            ancestors.append(parent)
            seen.add(parent)
            parent = raw[parent].parent_id
        chain = [loc_id, *ancestors]
        province, district, country = (
            next((raw[i] for i in chain if raw[i].level == level), None)
            for level in ("admin1", "admin2", "country"))
        if province is not None and _name_withheld(province, audience):
            province = None  # the province's name and P-code are not for this audience
        if district is not None and _name_withheld(district, audience):
            district = None
        hidden = any(not shows_record(raw[i].sensitive, audience) for i in chain)
        closure = next((raw[i].closure_date for i in chain if raw[i].closure_date), None)
        places[loc_id] = Place(
            loc_id, loc.name, loc.pcode, province.name if province else "",
            province.pcode if province else "", tuple(ancestors), closure, hidden,
            _name_withheld(loc, audience), district.name if district else "",
            district.pcode if district else "", country.pcode if country else "",
        )
    return places


def _name_withheld(loc, audience: str) -> bool:
    """A location's name and P-code are blanked for an outside audience if either is sensitive."""
    return audience != "internal" and bool({"name", "pcode"} & set(loc.sensitive_fields or ()))


def _capacity_values(cap, places, audience):
    values = {
        "location": cap.location_id, "name": cap.name, "category": cap.category,
        "poc_tier": cap.poc_tier, "component": cap.component, "quantity": cap.quantity,
        "unit": cap.unit, "annual_cost": cap.annual_cost, "currency": cap.currency,
        # the date the mission stops: the capacity's own, else its location's closure (a
        # capacity rarely has its own, so the bare field left the column nearly empty)
        "end_date": cap.end_date or places[cap.location_id].closure, "criticality": cap.criticality,
        "populations": list(cap.populations or ()), "capacity_notes": cap.notes,
    }
    withheld = set()
    if audience != "internal":
        hidden_attrs = set(cap.sensitive_fields or ())
        withheld = {k for k in CAPACITY_FIELDS if BY_KEY[k].attr in hidden_attrs}
        if places[cap.location_id].withheld:
            withheld.add("location")
    hidden = not shows_record(cap.sensitive, audience) or places[cap.location_id].hidden
    return values, withheld, hidden


def _row(cap, cap_values, cap_withheld, cap_hidden, ho, successors, readiness, audience):
    values = dict(cap_values)
    if ho is None:
        values.update(dict.fromkeys(HANDOVER_FIELDS))
        return PlanRow(cap.id, "", values, frozenset(cap_withheld), cap_hidden)
    actor = successors.get(ho.actor_id)
    values.update({
        "successor": ho.actor_id, "role": ho.role, "share": ho.share, "modality": ho.modality,
        "status": ho.status, "start_date": ho.start_date, "handover_end": ho.end_date,
        "agreement_ref": ho.agreement_ref, "data_handover": ho.data_handover,
        "data_protocol_agreed": ho.data_protocol_agreed, "handover_notes": ho.notes,
    })
    scores = readiness.get(ho.id, {})
    for key, dim in READINESS_KEYS.items():
        values[key] = scores.get(dim)
    withheld = set(cap_withheld)
    if audience != "internal":
        hidden_attrs = set(ho.sensitive_fields or ())
        withheld |= {k for k in HANDOVER_FIELDS if BY_KEY[k].attr in hidden_attrs}
        if "readiness" in hidden_attrs:
            withheld |= set(READINESS_KEYS)
        if actor is not None and actor.withheld:
            withheld.add("successor")
    hidden = cap_hidden or not shows_record(ho.sensitive, audience) or (
        actor is not None and actor.hidden)
    return PlanRow(cap.id, ho.id, values, frozenset(withheld), hidden)


def withheld_records(rows: PlanRows) -> set[str]:
    """Ids of the records an audience may not see, or not by name: anything naming one of
    them (a flag's message) is not for that audience."""
    ids = {p.id for p in rows.places.values() if p.hidden or p.withheld}
    ids |= {a.id for a in rows.successors.values() if a.hidden or a.withheld}
    shown_caps = set()
    for row in rows.rows:
        if row.hidden:
            ids.add(row.handover_id or row.capacity_id)
        else:
            shown_caps.add(row.capacity_id)
        if "name" in row.withheld:
            ids.add(row.capacity_id)
    ids |= {row.capacity_id for row in rows.rows if row.capacity_id not in shown_caps}
    ids.discard("")
    return ids


def select_rows(rows: PlanRows, locations=(), categories=(), successors=()) -> list[PlanRow]:
    """The rows an export shows: for this audience, and within the filters given.

    A location filter matches a location's name or P-code and takes every place inside it; a
    category matches a code or label; a successor matches an actor's name or acronym.
    """
    wanted_places = _matching_places(rows, locations) if locations else None
    wanted_cats = {fold(c) for c in categories}
    wanted_actors = {
        a.id for a in rows.successors.values()
        if fold(a.name) in {fold(s) for s in successors}
        or (a.acronym and fold(a.acronym) in {fold(s) for s in successors})
    }
    chosen = []
    for row in rows.rows:
        if row.hidden:
            continue
        if wanted_places is not None and row.values["location"] not in wanted_places:
            continue
        if categories and fold(row.values["category"]) not in wanted_cats:
            continue
        if successors and row.values["successor"] not in wanted_actors:
            continue
        chosen.append(row)
    return chosen


def _matching_places(rows: PlanRows, locations) -> set[str]:
    wanted = {fold(x) for x in locations}
    roots = {p.id for p in rows.places.values()
             if fold(p.name) in wanted or (p.pcode and fold(p.pcode) in wanted)}
    return {p.id for p in rows.places.values() if p.id in roots or roots & set(p.ancestors)}

