"""Load a plan into the gap engine's plain facts and compute gaps and flags.

The facts are read with plain DB-API queries (sqlite3 for a plan file, psycopg for a team
plan), converted here once: no ORM object, no SQLAlchemy result processing per row. A
command that only reads a plan file (`gaps --json`) reads it without importing SQLAlchemy or
the models at all (read_file_facts).
"""

from __future__ import annotations

import json
import sqlite3
from collections import defaultdict
from collections.abc import Iterable
from datetime import date, timedelta
from decimal import Decimal
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from transition_planner.domain.collector import collector_paused
from transition_planner.domain.facts import (
    CapacityFacts,
    FundingFacts,
    HandoverFacts,
    IndicatorFacts,
    PlanFacts,
    rules_from_taxonomy,
)
from transition_planner.domain.gaps import GapReport, shift_months
from transition_planner.domain.taxonomy import Taxonomy, Term
from transition_planner.i18n import N_
from transition_planner.services.errors import ServiceError

if TYPE_CHECKING:
    from transition_planner.services.plans import PlanHandle

# The queries of the loader: plain SQL both SQLite and PostgreSQL run (no parameters, so no
# paramstyle); the tables and columns are those of store/models.py.
PLAN_SQL = ("SELECT planned_exit, horizon_start, horizon_months, readiness_threshold, "
            "unassessed_readiness, active_scenario_id FROM plan")
SCENARIOS_SQL = ("SELECT id, name, closure_shift_days, closure_shift_months, exit_date "
                 "FROM scenario ORDER BY created_at")
CLOSURES_SQL = "SELECT scenario_id, location_id, closure_date FROM scenarioclosure"
TAXONOMY_SQL = ("SELECT kind, code, label, label_fr, attributes, builtin FROM taxonomyterm "
                "ORDER BY kind, sort_order")
LOCATIONS_SQL = "SELECT id, name, parent_id, closure_date FROM location"
ENABLERS_SQL = "SELECT capacity_id, enabler_id FROM capacityenabler"
CAPACITIES_SQL = (
    "SELECT id, name, category, poc_tier, component, location_id, populations, criticality, "
    "end_date, required_share, annual_cost, currency, has_sensitive_data FROM capacity "
    "ORDER BY name, id")  # (by id too: an order of its own, that an update keeps)
FUNDING_SQL = ("SELECT id, status, source_type, amount, currency, period_start, period_end, "
               "handover_id, capacity_id FROM fundingline")
READINESS_SQL = "SELECT handover_id, dimension, score FROM readinessscore"
ACTORS_SQL = "SELECT id, name, actor_type FROM actor"
HANDOVERS_SQL = (
    "SELECT id, capacity_id, actor_id, role, share, modality, start_date, end_date, status, "
    "data_protocol_agreed, agreement_status, agreement_ref, alternative_to_id FROM handover "
    "ORDER BY start_date, id")
VALUES_SQL = ("SELECT indicator_id, measured_on, value FROM indicatorvalue "
              "ORDER BY measured_on, created_at")
ANY_INDICATOR_SQL = "SELECT id FROM protectionindicator LIMIT 1"
INDICATORS_SQL = (
    "SELECT id, name, location_id, handover_id, unit, threshold, trigger_when, period, "
    "trigger_periods, monitor_from FROM protectionindicator ORDER BY name, id")


def _day(value) -> date | None:
    """A date column: ISO text in SQLite, a date from PostgreSQL."""
    return date.fromisoformat(value) if type(value) is str else value


# The column readers below are the plan readers' (this loader's, and exchange.rows' for the
# handover matrix and the funding sheet): one place, so that they read a column alike.


class Days(dict):
    """_day with the dates already read remembered: a plan's dates repeat (a funding
    period, a closure), and a dict look-up costs a third of parsing the text again."""

    def __init__(self):
        super().__init__({None: None})

    def __missing__(self, value) -> date:
        day = self[value] = _day(value)
        return day


def money(cents) -> Decimal | None:
    """store.types.Money's value: integer cents as a Decimal to the cent."""
    return None if cents is None else Decimal(cents).scaleb(-2)


def json_value(value):
    """A JSON column: text in SQLite, already decoded by PostgreSQL's driver."""
    return json.loads(value) if type(value) is str else value


class Calendar:
    """A scenario's dates: every closure, mission end and the exit moved by its shift (whole
    calendar months, month ends kept; older plans' shifts in days), and the closures it sets
    for single locations instead. Every reader of the plan's dates (the gap engine's loader
    and its incremental twin in gaps_cache, the Timeline) dates things through one."""

    def __init__(self, scenario: tuple | None, overrides: dict[str, date]):
        self.days = scenario[2] if scenario else 0
        self.months = scenario[3] if scenario else 0
        self.own_exit = _day(scenario[4]) if scenario and scenario[4] else None
        self.overrides = overrides

    @classmethod
    def read(cls, rows, scenario: tuple | None) -> Calendar:
        """The calendar of a scenario's row (SCENARIOS_SQL; None: the plan's own dates), the
        closures it sets read with rows(sql)."""
        overrides = {loc_id: _day(closure) for scenario_of, loc_id, closure in rows(CLOSURES_SQL)
                     if scenario and scenario_of == scenario[0]}
        return cls(scenario, overrides)

    def shift(self, day: date | None) -> date | None:
        if day is None:
            return None
        if self.days:
            day += timedelta(days=self.days)
        return shift_months(day, self.months) if self.months else day

    def exit_date(self, planned_exit: date | None) -> date | None:
        """The mission's exit: the scenario's own date, else the planned one moved."""
        return self.own_exit or self.shift(planned_exit)

    def closure(self, locations: dict, location_id: str) -> tuple[date | None, bool]:
        """A location's closure in this scenario, else that of the nearest enclosing location;
        and whether the scenario set it for that place."""
        seen = set()
        while location_id in locations and location_id not in seen:
            seen.add(location_id)
            if location_id in self.overrides:
                return self.overrides[location_id], True
            _name, parent, closure = locations[location_id]
            if closure:
                return self.shift(closure), False
            location_id = parent
        return None, False

    def mission_end(self, locations: dict, location_id: str, end_date,
                    planned_exit: date | None) -> date | None:
        """When the mission stops providing a capacity at a location: the capacity's own end
        (end_date, a column's value), else the place's closure, else the planned exit, as
        the scenario moves them; never after a closure the scenario sets for the place."""
        closure, set_here = self.closure(locations, location_id)
        end = self.shift(_day(end_date)) or closure or self.shift(planned_exit)
        if set_here and end > closure:
            end = closure  # a scenario that closes the place earlier ends what it holds
        return end

    def closures(self, locations: dict) -> tuple:
        """PlanFacts.closures: (location id, name, closure) of each place that closes."""
        overrides = self.overrides
        return tuple(
            (loc_id, name, overrides.get(loc_id) or self.shift(closure))
            for loc_id, (name, _parent, closure) in locations.items()
            if closure or loc_id in overrides
        )


def load_facts(
    handle: PlanHandle, scenario_id: str | None = None, as_of: date | None = None
) -> PlanFacts:
    """Everything the gap engine needs, read in one transaction of the plan's own connection;
    as_of is today unless a test or a report names another day."""
    taxonomy = handle.taxonomy()
    with collector_paused(), handle.read() as session:
        cursor = session.connection().connection.cursor()  # the driver's own, in the session
        try:
            return read_facts(cursor, scenario_id=scenario_id, as_of=as_of, taxonomy=taxonomy)
        except sqlite3.Error as exc:
            if handle.path is None:
                raise
            raise plan_error(handle.path, exc) from exc
        finally:
            cursor.close()


def read_file_facts(
    path: str | Path, scenario_name: str | None = None, as_of: date | None = None
) -> PlanFacts | None:
    """The facts of a plan file read with plain sqlite3, for commands that only read: the
    same checks as opening it, no SQLAlchemy. None when the file must first be upgraded (or
    is from a newer version): open it with services.plans.open_plan, which does or says so."""
    from transition_planner.store import planfile

    path = Path(path)
    conn = planfile.read_connection(path)
    if conn is None:
        return None
    try:
        with collector_paused():
            cursor = conn.cursor()
            cursor.execute("BEGIN")  # one state of the plan, whoever writes meanwhile
            return read_facts(cursor, scenario_name=scenario_name, as_of=as_of,
                              plan_name=path.name)
    except sqlite3.Error as exc:
        raise plan_error(path, exc) from exc
    finally:
        conn.close()


def plan_error(path: Path, exc: sqlite3.Error):
    """A plan file's SQLite error in the user's words (a PlanFileError)."""
    from transition_planner.store.planfile import PlanFileError, user_error

    return user_error(path, exc) or PlanFileError(f"{path.name} cannot be read ({exc}).")


def read_taxonomy(cursor) -> Taxonomy:
    """The plan's taxonomy from its rows (a DB-API cursor)."""
    cursor.execute(TAXONOMY_SQL)
    return Taxonomy(
        Term(kind, code, label, label_fr, json_value(attributes) or {}, bool(builtin))
        for kind, code, label, label_fr, attributes, builtin in cursor.fetchall()
    )


def scenario_named(scenarios: list, name: str):
    """The scenario of that name (any case) among (id, name, ...) rows or Scenario records;
    an unknown name lists the ones there are."""
    def name_of(scenario):
        return scenario[1] if isinstance(scenario, tuple) else scenario.name

    for scenario in scenarios:
        if name_of(scenario).casefold() == name.strip().casefold():
            return scenario
    names = ", ".join(f"'{name_of(s)}'" for s in scenarios) or "none"
    raise ServiceError(N_("No scenario called '%(name)s' in this plan; its scenarios: "
                          "%(names)s."), name=name, names=names)


def read_facts(
    cursor,
    scenario_id: str | None = None,
    as_of: date | None = None,
    taxonomy: Taxonomy | None = None,
    scenario_name: str | None = None,
    plan_name: str = "The plan file",
) -> PlanFacts:
    """The gap engine's facts from a DB-API cursor inside a transaction: the plan's active
    scenario unless another is named (by id, or by name); its taxonomy unless given."""
    def rows(sql: str) -> list:
        cursor.execute(sql)
        return cursor.fetchall()

    def each(sql: str):
        # the rows one at a time, each table's read before the next query: the large
        # tables' rows are not all held at once (at 10k capacities the read peaks 18 MB
        # lower, and takes 5% less time)
        cursor.execute(sql)
        return cursor

    plans = rows(PLAN_SQL)
    if len(plans) != 1:
        from transition_planner.store.planfile import PlanFileError

        raise PlanFileError(f"{plan_name} holds no plan; it is damaged.")
    planned_exit, horizon_start, months, threshold, unassessed, active_id = plans[0]
    planned_exit = _day(planned_exit)
    scenarios = rows(SCENARIOS_SQL)
    if scenario_name:
        scenario = scenario_named(scenarios, scenario_name)
    else:
        wanted = scenario_id or active_id or ""
        scenario = next((s for s in scenarios if s[0] == wanted), None)
    dates = Calendar.read(rows, scenario)
    locations = {
        loc_id: (name, parent, _day(closure))
        for loc_id, name, parent, closure in rows(LOCATIONS_SQL)
    }
    enablers = defaultdict(list)
    for cap_id, enabler_id in rows(ENABLERS_SQL):
        enablers[cap_id].append(enabler_id)
    by_handover, by_capacity = _funding_facts(each(FUNDING_SQL))
    capacities = tuple(
        _capacity_facts(row, locations, enablers, by_capacity, planned_exit, dates)
        for row in each(CAPACITIES_SQL)
    )
    handovers = _handover_facts(each, by_handover)
    indicators = _indicator_facts(rows, locations, handovers)
    rules = rules_from_taxonomy(taxonomy or read_taxonomy(cursor), threshold, unassessed)
    return PlanFacts(
        horizon_start=_day(horizon_start), months=months,
        exit_date=dates.exit_date(planned_exit), capacities=capacities, handovers=handovers,
        rules=rules, closures=dates.closures(locations),
        as_of=as_of or date.today(), indicators=indicators,
    )


def _capacity_facts(row, locations, enablers, funding, planned_exit, dates) -> CapacityFacts:
    (cap_id, name, category, tier, component, loc_id, populations, criticality, end_date,
     required_share, annual_cost, currency, sensitive_data) = row
    mission_end = dates.mission_end(locations, loc_id, end_date, planned_exit)
    return CapacityFacts(
        cap_id, name, category, tier, component, loc_id, locations.get(loc_id, ("?",))[0],
        _populations(populations), criticality, mission_end, required_share,
        money(annual_cost), currency, bool(sensitive_data),
        tuple(enablers.get(cap_id, ())), tuple(funding.get(cap_id, ())),
    )


def _populations(value) -> tuple[str, ...]:
    """A capacity's populations column: a plan's capacities share a few lists, whose JSON
    text is decoded once each (decoding took near half the time of a capacity's facts)."""
    return _decoded_populations(value) if type(value) is str else tuple(value or ())


@lru_cache(maxsize=1024)
def _decoded_populations(text: str) -> tuple[str, ...]:
    return tuple(json.loads(text) or ())


def _funding_facts(lines: Iterable[tuple]) -> tuple[dict, dict]:
    """Funding lines by handover, and those for a capacity as a whole by capacity."""
    by_handover, by_capacity = defaultdict(list), defaultdict(list)
    days, amounts = Days(), {}
    for line_id, status, source, cents, currency, start, end, handover_id, cap_id in lines:
        amount = amounts.get(cents)
        if amount is None:  # Decimals are immutable: lines of one amount share it
            amount = amounts[cents] = Decimal(cents).scaleb(-2)
        facts = FundingFacts(line_id, status, source, amount, currency, days[start], days[end])
        (by_handover[handover_id] if handover_id else by_capacity[cap_id]).append(facts)
    return by_handover, by_capacity


def _handover_facts(rows, funding: dict) -> tuple[HandoverFacts, ...]:
    """The handovers with their readiness scores and funding lines; rows(sql) gives each
    query's rows (a list, or the cursor while no other query runs)."""
    readiness = defaultdict(dict)
    for handover_id, dimension, score in rows(READINESS_SQL):
        readiness[handover_id][dimension] = score
    actors = {actor_id: (name, kind) for actor_id, name, kind in rows(ACTORS_SQL)}
    out, days = [], Days()
    for (h_id, cap_id, actor_id, role, share, modality, start, end, status, protocol,
         agreement, agreement_ref, alternative_to) in rows(HANDOVERS_SQL):
        actor = actors.get(actor_id)
        if actor is None:
            continue  # (an inner join, as the engine only knows handovers to an actor)
        out.append(HandoverFacts(
            h_id, cap_id, actor_id, actor[0], actor[1], role, share, modality, days[start],
            days[end], status, readiness.get(h_id, {}), bool(protocol),
            tuple(funding.get(h_id, ())), agreement, agreement_ref, alternative_to,
        ))
    return tuple(out)


def _indicator_facts(rows, locations: dict, handovers) -> tuple[IndicatorFacts, ...]:
    """Post-exit indicators with their values; monitoring starts at the indicator's own date,
    else at the start of the handover it measures."""
    values = defaultdict(list)
    for ind_id, measured_on, value in rows(VALUES_SQL):
        values[ind_id].append((_day(measured_on), value))
    if not values and not rows(ANY_INDICATOR_SQL):
        return ()
    starts = {h.id: h.start for h in handovers}
    return tuple(
        IndicatorFacts(
            id=ind_id, name=name, location_id=loc_id,
            location_name=locations.get(loc_id, ("?",))[0], handover_id=handover_id,
            unit=unit, threshold=threshold, trigger_when=trigger_when, period=period,
            trigger_periods=periods, start=_day(monitor_from) or starts.get(handover_id),
            values=tuple(values.get(ind_id, ())),
        )
        for (ind_id, name, loc_id, handover_id, unit, threshold, trigger_when, period, periods,
             monitor_from) in rows(INDICATORS_SQL)
    )


def compute(
    handle: PlanHandle, scenario_id: str | None = None, as_of: date | None = None
) -> GapReport:
    """Gaps, series and flags of a plan (its active scenario unless another is named); after
    an edit, only what it changed is read and computed again (services.gaps_cache)."""
    from transition_planner.services import gaps_cache

    return gaps_cache.compute(handle, scenario_id, as_of)
