"""Scenarios of a plan: clone one with every closure moved, set a place's own closure,
compress the calendar, delete one, compare two.

A scenario moves every closure, every capacity's mission end and the exit by whole calendar
months (`closure_shift_months`; a month's last day stays its month's last day), and can set
the closure of single locations instead (`ScenarioClosure`: "compress the calendar into six
months"); see services.gaps.load_facts. Successors keep their own dates, which is what makes an
accelerated withdrawal open gaps. Plans from before month shifts keep their shifts in days.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import select

from transition_planner.domain.gaps import FLAG_KINDS, GapReport, shift_months
from transition_planner.i18n import N_
from transition_planner.services import gaps, plans, records
from transition_planner.services.errors import InvalidInput, ServiceError
from transition_planner.services.plans import PlanHandle, validate
from transition_planner.services.schemas import ScenarioClosureInput
from transition_planner.store.models import Location, Plan, Scenario, ScenarioClosure

MAX_MONTHS = 120  # ten years either way


def find_scenario(handle: PlanHandle, name: str) -> Scenario:
    """The scenario of that name (any case); an unknown name lists the ones there are."""
    return gaps.scenario_named(plans.list_scenarios(handle), name)


def clone_scenario(
    handle: PlanHandle,
    source_id: str,
    name: str,
    *,
    months_earlier: int = 0,
    description: str = "",
) -> Scenario:
    """A copy of a scenario (with its own closures) with every closure, mission end and the
    exit `months_earlier` calendar months earlier (negative: later); e.g. "accelerated
    withdrawal", six months earlier."""
    if not isinstance(months_earlier, int) or abs(months_earlier) > MAX_MONTHS:
        raise InvalidInput({"months_earlier": f"must be a whole number of months between "
                                              f"-{MAX_MONTHS} and {MAX_MONTHS}"})
    with handle.read() as session:
        source = session.get(Scenario, source_id or "")
        if source is None:
            raise InvalidInput({"source": "no such scenario in this plan"})
        data = {
            "name": name,
            "description": description or _describe(source.name, months_earlier),
            "is_baseline": False,
            "closure_shift_days": source.closure_shift_days,
            "closure_shift_months": source.closure_shift_months - months_earlier,
            "exit_date": (shift_months(source.exit_date, -months_earlier)
                          if source.exit_date else None),
        }
        own = [(c.location_id, shift_months(c.closure_date, -months_earlier))
               for c in session.execute(select(ScenarioClosure).where(
                   ScenarioClosure.scenario_id == source.id)).scalars()]
    scenario = plans.add_scenario(handle, data)
    for location_id, closure in own:
        set_closure(handle, scenario.id, location_id, closure)
    return scenario


def set_closure(handle: PlanHandle, scenario_id: str, location_id: str,
                closure: date | None) -> None:
    """A location's own closure date in a scenario (None: back to the shifted plan date)."""
    with handle.action() as session:
        scenario = records.get(session, Scenario, scenario_id, "scenario")
        existing = session.execute(select(ScenarioClosure).where(
            ScenarioClosure.scenario_id == scenario_id,
            ScenarioClosure.location_id == location_id)).scalar_one_or_none()
        if closure is None:
            if existing is not None:
                records.delete(session, handle.user, existing, scenario.name)
            return
        info = validate(ScenarioClosureInput, {"location_id": location_id,
                                               "closure_date": closure})
        location = session.get(Location, info.location_id)
        if location is None:
            raise InvalidInput({"location_id": "no such location in this plan"})
        label = f"{scenario.name}: {location.name} closes {info.closure_date.isoformat()}"
        if existing is None:
            records.add(session, handle.user, ScenarioClosure(
                scenario_id=scenario_id, **info.model_dump()), label)
        else:
            records.update(session, handle.user, existing,
                           {"closure_date": info.closure_date}, label)


def compress_closures(handle: PlanHandle, scenario_id: str, first: date, last: date) -> int:
    """Give every location that closes in the plan its own closure between `first` and `last`,
    keeping their order and spreading them over the window as they were spread over theirs
    ("compress the calendar into six months"). Returns how many closures were set."""
    if last < first:
        raise InvalidInput({"last": "the window ends before it begins"})
    with handle.read() as session:
        closing = session.execute(select(Location.id, Location.closure_date).where(
            Location.closure_date.is_not(None)).order_by(Location.closure_date)).all()
    if not closing:
        return 0
    start, end = closing[0][1], closing[-1][1]
    span, window = (end - start).days, (last - first).days
    for location_id, closure in closing:
        offset = round((closure - start).days * window / span) if span else window
        set_closure(handle, scenario_id, location_id, date.fromordinal(first.toordinal() + offset))
    return len(closing)


def _describe(source: str, months: int) -> str:
    if months == 0:
        return f"Copy of {source}"
    direction = "earlier" if months > 0 else "later"
    unit = "month" if abs(months) == 1 else "months"
    return f"{source} with every closure {abs(months)} {unit} {direction}"


def delete_scenario(handle: PlanHandle, scenario_id: str) -> str:
    """Delete a scenario that is not the plan's active one (audited, restorable)."""
    with handle.action() as session:
        scenario = records.get(session, Scenario, scenario_id, "scenario")
        active = session.execute(select(Plan.active_scenario_id)).scalar_one()
        if scenario.id == active:
            raise ServiceError(N_("'%(name)s' is the plan's active scenario; make another one "
                                  "active before deleting it."), name=scenario.name)
        return records.delete(session, handle.user, scenario, scenario.name)


@dataclass(frozen=True)
class ScenarioFigures:
    """What a scenario comparison shows of one scenario."""

    scenario_id: str
    name: str
    exit_date: date | None
    closure_shift_days: int
    closure_shift_months: int
    uncovered_location_months: int
    capacity_gap_months: int
    capacities_without_successor: int
    flags: int
    flags_by_kind: dict[str, int]
    unfunded: dict[str, Decimal]  # currency -> amount unfunded after exit
    requirement: tuple[float, ...]  # the whole plan's protection cliff
    coverage: tuple[float, ...]
    gap: tuple[float, ...]


def scenario_figures(report: GapReport, scenario_id: str, name: str,
                     shift_days: int, shift_months: int = 0) -> ScenarioFigures:
    summary, series = report.summary, report.series()["all"]
    return ScenarioFigures(
        scenario_id=scenario_id, name=name, exit_date=report.facts.exit_date,
        closure_shift_days=shift_days, closure_shift_months=shift_months,
        uncovered_location_months=summary["uncovered_location_months"],
        capacity_gap_months=summary["capacity_gap_months"],
        capacities_without_successor=summary["capacities_without_successor"],
        flags=sum(summary["flags_by_kind"].values()),
        flags_by_kind=dict(summary["flags_by_kind"]),
        unfunded={c: Decimal(a) for c, a in summary["unfunded_after_exit"].items()},
        requirement=tuple(series.requirement), coverage=tuple(series.coverage),
        gap=tuple(series.gap),
    )


@dataclass(frozen=True)
class Comparison:
    """Two scenarios side by side, and what changes from the first to the second."""

    a: ScenarioFigures
    b: ScenarioFigures

    def rows(self) -> list[tuple[str, object, object, object]]:
        """(measure, first, second, second minus first): the figures a planner compares;
        money per currency, flags per kind after the totals."""
        a, b = self.a, self.b
        out = [
            ("uncovered_location_months", a.uncovered_location_months,
             b.uncovered_location_months),
            ("capacity_gap_months", a.capacity_gap_months, b.capacity_gap_months),
            ("capacities_without_successor", a.capacities_without_successor,
             b.capacities_without_successor),
            ("flags", a.flags, b.flags),
        ]
        for currency in sorted(set(a.unfunded) | set(b.unfunded)):
            out.append((f"unfunded:{currency}", a.unfunded.get(currency, Decimal(0)),
                        b.unfunded.get(currency, Decimal(0))))
        for kind in FLAG_KINDS:
            out.append((f"flags:{kind}", a.flags_by_kind.get(kind, 0),
                        b.flags_by_kind.get(kind, 0)))
        return [(key, x, y, y - x) for key, x, y in out]


def _scenario(handle: PlanHandle, scenario_id: str) -> Scenario:
    with handle.read() as session:
        scenario = session.get(Scenario, scenario_id or "")
    if scenario is None:
        raise InvalidInput({"scenario": "no such scenario in this plan"})
    return scenario


def figures_of(handle: PlanHandle, scenario_id: str,
               report: GapReport | None = None) -> ScenarioFigures:
    """A scenario's figures (from `report` when its gap report is computed already)."""
    scenario = _scenario(handle, scenario_id)
    report = report or gaps.compute(handle, scenario_id)
    return scenario_figures(report, scenario.id, scenario.name, scenario.closure_shift_days,
                            scenario.closure_shift_months)


def compare_scenarios(handle: PlanHandle, first_id: str, second_id: str) -> Comparison:
    """Two scenarios of the plan side by side (uncovered location-months, flags, unfunded)."""
    return Comparison(figures_of(handle, first_id), figures_of(handle, second_id))
