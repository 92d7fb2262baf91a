"""Scenarios of a plan: clone one with every closure moved, delete one, compare two.

A scenario moves every closure, every capacity's mission end and the exit by
`closure_shift_days` (see services.gaps.load_facts); successors keep their own dates, which is
what makes an accelerated withdrawal open gaps. A shift asked in months is turned into days
with the mean month length, so a closure on the last day of a month moves to the end of the
month N months away (closures on the first of a month may land one month further).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from sqlalchemy import select

from transition_planner.domain.gaps import FLAG_KINDS, GapReport
from transition_planner.services import gaps, plans, records
from transition_planner.services.errors import InvalidInput, ServiceError
from transition_planner.services.plans import PlanHandle
from transition_planner.store.models import Plan, Scenario

DAYS_PER_MONTH = 365.2425 / 12
MAX_MONTHS = 120  # ten years either way: the scenario table allows 3650 days


def months_to_days(months: int) -> int:
    """A shift of whole months in days (mean month length, rounded)."""
    return round(months * DAYS_PER_MONTH)


def clone_scenario(
    handle: PlanHandle,
    source_id: str,
    name: str,
    *,
    months_earlier: int = 0,
    description: str = "",
) -> Scenario:
    """A copy of a scenario with every closure, mission end and the exit `months_earlier`
    months earlier (negative: later); e.g. "accelerated withdrawal", six months earlier."""
    if not isinstance(months_earlier, int) or abs(months_earlier) > MAX_MONTHS:
        raise InvalidInput({"months_earlier": f"must be a whole number of months between "
                                              f"-{MAX_MONTHS} and {MAX_MONTHS}"})
    with handle.read() as session:
        source = session.get(Scenario, source_id or "")
        if source is None:
            raise InvalidInput({"source": "no such scenario in this plan"})
        shift = months_to_days(months_earlier)
        exit_date = source.exit_date - timedelta(days=shift) if source.exit_date else None
        data = {
            "name": name,
            "description": description or _describe(source.name, months_earlier),
            "is_baseline": False,
            "closure_shift_days": source.closure_shift_days - shift,
            "exit_date": exit_date,
        }
    return plans.add_scenario(handle, data)


def _describe(source: str, months: int) -> str:
    if months == 0:
        return f"Copy of {source}"
    direction = "earlier" if months > 0 else "later"
    return f"{source} with every closure {abs(months)} months {direction}"


def delete_scenario(handle: PlanHandle, scenario_id: str) -> str:
    """Delete a scenario that is not the plan's active one (audited, restorable)."""
    with handle.action() as session:
        scenario = records.get(session, Scenario, scenario_id, "scenario")
        active = session.execute(select(Plan.active_scenario_id)).scalar_one()
        if scenario.id == active:
            raise ServiceError(f"'{scenario.name}' is the plan's active scenario; make another "
                               "one active before deleting it.")
        return records.delete(session, handle.user, scenario, scenario.name)


@dataclass(frozen=True)
class ScenarioFigures:
    """What a scenario comparison shows of one scenario."""

    scenario_id: str
    name: str
    exit_date: date | None
    closure_shift_days: int
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
                     shift_days: int) -> ScenarioFigures:
    summary, series = report.summary, report.series()["all"]
    return ScenarioFigures(
        scenario_id=scenario_id, name=name, exit_date=report.facts.exit_date,
        closure_shift_days=shift_days,
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
    return scenario_figures(report, scenario.id, scenario.name, scenario.closure_shift_days)


def compare_scenarios(handle: PlanHandle, first_id: str, second_id: str) -> Comparison:
    """Two scenarios of the plan side by side (uncovered location-months, flags, unfunded)."""
    return Comparison(figures_of(handle, first_id), figures_of(handle, second_id))
