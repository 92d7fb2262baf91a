"""Post-exit monitoring rules: when an indicator calls the UN back, and when a handover has
been sustained long enough to say so.

A value belongs to the period (calendar month or quarter) of its date; when a period holds
several values, the latest one stands for it. A value crosses the threshold when it is above
it (trigger_when "above") or below it ("below"); the threshold itself is inside.
- crossed: the latest reported period and the N-1 periods just before it all crossed
  (periods without a value break the run);
- silent: N whole periods have passed, up to the day of the check, with no value since the
  latest one (or since monitoring began, when nothing was ever reported). A value dated after
  the day of the check is still a value: the plan records it, whatever the clock says.
Values before monitoring began (the handover's start date, or the indicator's own date)
measure the mission's time, not the successor's, and are not counted.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from transition_planner.domain.facts import IndicatorFacts

MONTH, QUARTER = "month", "quarter"
PERIODS = (MONTH, QUARTER)
PERIOD_MONTHS = {MONTH: 1, QUARTER: 3}
CROSSED, SILENT = "crossed", "silent"
SUSTAINED_MONTHS = 6  # "verified sustained +6 months": six months of values inside


def period_of(d: date, period: str) -> int:
    """A running index of the month or quarter that contains d."""
    return (d.year * 12 + d.month - 1) // PERIOD_MONTHS[period]


def period_start(index: int, period: str) -> date:
    y, m = divmod(index * PERIOD_MONTHS[period], 12)
    return date(y, m + 1, 1)


def crosses(value: float, threshold: float, trigger_when: str) -> bool:
    return value < threshold if trigger_when == "below" else value > threshold


@dataclass(frozen=True, slots=True)
class Trigger:
    """Why an indicator calls for re-engagement, with the values and dates that say so."""

    reason: str  # crossed | silent
    periods: int  # how many periods crossed in a row, or passed without a value
    values: tuple[tuple[date, float], ...]  # the crossing values (crossed), oldest first
    last_value: tuple[date, float] | None  # the latest value counted (None: never reported)
    silent_from: date | None = None  # the first day of the first silent period


def by_period(ind: IndicatorFacts) -> dict[int, tuple[date, float]]:
    """The value standing for each period (the latest one in it), from monitoring's start."""
    out: dict[int, tuple[date, float]] = {}
    period, start = ind.period, ind.start
    for measured_on, value in ind.values:  # sorted by date
        if start is None or measured_on >= start:
            out[period_of(measured_on, period)] = (measured_on, value)
    return out


def trigger(ind: IndicatorFacts, as_of: date) -> Trigger | None:
    """The re-engagement trigger of one indicator on the day as_of, if it fires."""
    fired = triggers((ind,), as_of)
    return fired[0][1] if fired else None


def triggers(indicators, as_of: date) -> list[tuple[IndicatorFacts, Trigger]]:
    """(indicator, trigger) of each of the indicators that fires on the day as_of, in their
    order. The common case, a latest value inside the threshold and not yet overdue, is told
    from that value alone, in this loop (as_of's month read once for all); the others are read
    back from the newest value (_read_back)."""
    out = []
    as_month = as_of.year * 12 + as_of.month - 1
    for ind in indicators:
        values = ind.values
        if values:
            measured_on, value = values[-1]
            if (ind.start is None or measured_on >= ind.start) and not (
                value < ind.threshold if ind.trigger_when == "below" else value > ind.threshold
            ):
                months = PERIOD_MONTHS[ind.period]
                silent = (as_month // months
                          - (measured_on.year * 12 + measured_on.month - 1) // months - 1)
                if silent < ind.trigger_periods or silent < 1:
                    continue  # not crossed, nor silent long enough
        fired = _read_back(ind, as_of)
        if fired is not None:
            out.append((ind, fired))
    return out


def _read_back(ind: IndicatorFacts, as_of: date) -> Trigger | None:
    """trigger() of one indicator: only the latest periods matter, so the values are read from
    the newest back, and only as far as the run of crossing periods goes (what by_period()
    says of the latest periods, without reading a year of values to say it)."""
    n = ind.trigger_periods if ind.trigger_periods > 1 else 1
    values = ind.values
    period, start, threshold = ind.period, ind.start, ind.threshold
    below = ind.trigger_when == "below"
    months = PERIOD_MONTHS[period]
    latest, last, current, run = None, None, None, []
    for measured_on, value in reversed(values):  # sorted by date: newest first
        if start is not None and measured_on < start:
            break  # the mission's time, and everything before it
        p = (measured_on.year * 12 + measured_on.month - 1) // months  # period_of()
        if p == current:
            continue  # an earlier value of a period already counted: the latest one stands
        if latest is None:
            latest, last = (measured_on, value), p
        elif p != current - 1:
            break  # a period without a value breaks the run
        current = p
        if not (value < threshold if below else value > threshold):  # crosses()
            break
        run.append((measured_on, value))
    if latest is not None:
        if len(run) >= n:
            return Trigger(CROSSED, len(run), tuple(reversed(run)), latest)
        first_silent = last + 1
    elif start is not None:
        first_silent = period_of(start, period)
    else:
        return None  # never reported and not yet due: nothing to say
    silent = period_of(as_of, period) - first_silent  # whole periods before as_of's
    if silent >= n:
        return Trigger(SILENT, silent, (), latest, period_start(first_silent, period))
    return None


def months_inside(ind: IndicatorFacts) -> int:
    """Months of consecutive periods inside the threshold, ending at the latest reported one."""
    periods = by_period(ind)
    if not periods:
        return 0
    p, count = max(periods), 0
    while p in periods and not crosses(periods[p][1], ind.threshold, ind.trigger_when):
        count += 1
        p -= 1
    return count * PERIOD_MONTHS[ind.period]
