"""The two-page brief at the front of a report: what a donor reads in a minute.

The figures come from the gap engine's results (ReportData.gaps) so that they equal the
sections after them; this module only gathers them, Sections words them.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from transition_planner.domain.gaps import EPS, SEVERITIES, month_starts

TOP_RISKS = 5
PER_KIND = 2
TOP_LOCATIONS = 6  # rows of the funding ask by location; the rest are summed in one row
WITHHELD = "\x00withheld"  # the group of records this audience does not see by name


@dataclass
class Headline:
    """When and where coverage first falls, and what it leaves uncovered."""

    first_month: date
    first_places: list[str]  # location ids with a gap in the first month
    places: list[str]  # location ids with a gap in any month, in order of their first gap
    functions: int  # capacities with a gap in any month
    categories: dict[str, int]  # category -> capacities with a gap, most first
    populations: list[str]  # population codes of those capacities, in first-seen order
    lowest_share: float  # the lowest covered share of the requirement over the horizon
    lowest_month: date


@dataclass
class FundingAsk:
    """What is left unpaid after the exit, by year and by group (category or location), in
    cents per currency, with what secured non-mission lines already bring to the group."""

    years: list[int]
    rows: dict[str, dict[int, dict[str, int]]] = field(default_factory=dict)  # group->year->cur
    pledged: dict[str, dict[str, Decimal]] = field(default_factory=dict)  # group -> currency

    def total(self, group: str | None = None) -> dict[str, int]:
        out: dict[str, int] = defaultdict(int)
        for key, years in self.rows.items():
            if group is None or key == group:
                for cents in years.values():
                    for currency, amount in cents.items():
                        out[currency] += amount
        return dict(out)

    def year_total(self, year: int) -> dict[str, int]:
        out: dict[str, int] = defaultdict(int)
        for years in self.rows.values():
            for currency, amount in years.get(year, {}).items():
                out[currency] += amount
        return dict(out)


def headline(data) -> Headline | None:
    """None when coverage never falls short of the requirement."""
    gaps, facts = data.gaps, data.gaps.facts
    series = gaps.series()["all"]
    first = next((i for i, g in enumerate(series.gap) if g > EPS), None)
    if first is None:
        return None
    starts = month_starts(facts)
    shares = [(1 - g / r if r > EPS else 1.0, i)
              for i, (r, g) in enumerate(zip(series.requirement, series.gap))]
    lowest_share, lowest = min(shares)
    first_places, places, categories, populations = [], {}, defaultdict(int), {}
    functions = 0
    for cap in facts.capacities:
        cov = gaps.coverage(cap.id)
        if not cov.gap_mask:
            continue
        functions += 1
        categories[cap.category] += 1
        for population in cap.populations:
            populations.setdefault(population, None)
        start = cov.first_gap_month
        if cap.location_id not in places or start < places[cap.location_id]:
            places[cap.location_id] = start
        if cov.gap_mask >> first & 1 and cap.location_id not in first_places:
            first_places.append(cap.location_id)
    ordered = sorted(categories.items(), key=lambda kv: (-kv[1], kv[0]))
    return Headline(starts[first], first_places, sorted(places, key=lambda k: (places[k], k)),
                    functions, dict(ordered), list(populations), lowest_share, starts[lowest])


def funding_ask(data, group_of) -> FundingAsk:
    """The unfunded amounts by year and by group_of(capacity) (WITHHELD for records this
    audience does not see), and the secured non-mission funding of each group's capacities."""
    gaps, facts = data.gaps, data.gaps.facts
    starts = month_starts(facts)
    rules = facts.rules
    ask = FundingAsk(years=sorted({d.year for d in starts}))
    lines_of: dict[str, list] = defaultdict(list)  # one pass over the lines: linear in the plan
    for line in data.funding:
        lines_of[line.capacity_id].append(line)
    for cap_id, part in gaps.unfunded.items():
        cap = data.capacities.get(cap_id)
        if cap is None:
            continue
        group = group_of(cap) if data.shown(cap) and data.value(cap, "annual_cost") is not None \
            else WITHHELD
        years = ask.rows.setdefault(group, {})
        for i, cents in enumerate(part.by_month(facts.months)):
            if cents:
                cell = years.setdefault(starts[i].year, {})
                cell[part.currency] = cell.get(part.currency, 0) + cents
        pledged = ask.pledged.setdefault(group, {})
        for line in lines_of[cap_id]:
            if (data.shown(line)
                    and line.status in rules.secured_statuses
                    and line.source_type not in rules.mission_funding_sources):
                pledged[line.currency] = pledged.get(line.currency, Decimal(0)) + line.amount
    return ask


def _when(flag, fallback: date | None) -> date | None:
    """The date by which someone must act: when the flagged gap or event begins."""
    for key in ("mission_end", "from", "start", "end"):
        value = flag.details.get(key)
        if value:
            return date.fromisoformat(value)
    return fallback


def gravest_risks(data, hidden) -> list[tuple[object, date | None]]:
    """The flags a reader must act on first: high before medium before low, then the soonest,
    then the most gap months; hidden(flag) leaves out what this audience may not see."""
    rank = {s: i for i, s in enumerate(SEVERITIES)}
    exit_date = data.gaps.facts.exit_date
    shown = [(f, _when(f, exit_date)) for f in data.gaps.flags if not hidden(f)]
    shown.sort(key=lambda fw: (rank.get(fw[0].severity, 9), fw[1] or date.max,
                               -fw[0].months.bit_count(), fw[0].kind))
    # at most two of a kind while others wait: five of the same flag would hide the rest
    picked, per_kind, later = [], defaultdict(int), []
    for flag, when in shown:
        if per_kind[flag.kind] < PER_KIND:
            per_kind[flag.kind] += 1
            picked.append((flag, when))
        else:
            later.append((flag, when))
        if len(picked) == TOP_RISKS:
            break
    picked += later[:TOP_RISKS - len(picked)]
    return sorted(picked, key=lambda fw: (rank.get(fw[0].severity, 9), fw[1] or date.max))
