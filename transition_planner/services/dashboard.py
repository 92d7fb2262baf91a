"""Read models of the gap dashboards, computed from the same gap report the CLI and the PDF use.

Everything here is plain Python (no Qt): key figures, the protection-cliff series, the coverage
heat maps, the funding cliff, successor readiness, the flags with their accepted risks, and
the filters a click on any of them sends to the inventory.

Numbers and their rules:
- Key figures are the gap report's summary; the capacity ids behind each come from its flags.
- The heat maps count capacity-months. "Share covered" is (required - gap) / required, over
  the months after the mission leaves each capacity (category x location) or in one month
  (location x month); a cell where nothing is required after the mission has no share (None).
- The funding cliff spreads each funding line evenly over the months its period touches (as
  the Funding page does by year), within the plan's horizon; the yearly view uses the Funding
  page's own yearly split. The unfunded gap after exit is the gap engine's: each flagged
  capacity's unfunded amount spread evenly over its unfunded months.
- Readiness: per successor and dimension, the lowest score over its active handovers.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from itertools import accumulate
from operator import is_
from typing import Annotated

from pydantic import Field, StringConstraints, field_validator
from sqlalchemy import select

from transition_planner.domain import taxonomy as tx
from transition_planner.domain.collector import collector_paused
from transition_planner.domain.gaps import (
    EPS,
    FLAG_KINDS,
    GapReport,
    RecordRef,
    month_starts,
)
from transition_planner.i18n import N_
from transition_planner.services import gaps, gaps_cache, records
from transition_planner.services.errors import InvalidInput, NotFound
from transition_planner.services.funding_view import spread_by_year
from transition_planner.services.plans import PlanHandle, validate
from transition_planner.services.schemas import Input
from transition_planner.store.models import FlagAcceptance, FundingLine, Location, Scenario

CENT = Decimal("0.01")
ZERO = Decimal(0)
FUNDING_STATUSES = ("disbursed", "committed", "pledged", "required")  # bottom to top of a bar

# Key figures a planner clicks through to the inventory.
WITHOUT_SUCCESSOR, NOT_READY, UNCOVERED, UNFUNDED = (
    "without_successor", "not_ready", "uncovered", "unfunded",
)
CATEGORY_LOCATION, LOCATION_MONTH = "category_location", "location_month"


# --- key figures ---------------------------------------------------------------------------


@dataclass(frozen=True)
class KeyFigures:
    """The figures at the top of the dashboard, with the capacities behind each."""

    without_successor: tuple[str, ...]  # capacity ids (no_successor flags), by name
    not_ready: tuple[str, ...]  # capacity ids with a successor below the readiness threshold
    uncovered_location_months: int
    uncovered_locations: tuple[str, ...]  # location ids with at least one uncovered month
    gap_capacities: tuple[str, ...]  # capacity ids with at least one month of gap
    unfunded: dict[str, Decimal]  # currency -> amount unfunded after exit
    unfunded_capacities: dict[str, tuple[str, ...]]  # currency -> capacity ids
    flags_by_kind: dict[str, int]  # every kind of FLAG_KINDS, in that order
    flag_capacities: dict[str, tuple[str, ...]]  # kind -> capacity ids
    accepted_by_kind: dict[str, int]  # flags of each kind accepted as a risk

    @property
    def flags(self) -> int:
        return sum(self.flags_by_kind.values())


def key_figures(report: GapReport, accepted_keys: Iterable[str] = ()) -> KeyFigures:
    """The key figures of a gap report (accepted_keys: flag keys accepted as risks)."""
    summary, accepted = report.summary, set(accepted_keys)
    by_kind: dict[str, dict[str, None]] = {k: {} for k in FLAG_KINDS}
    unfunded_ids: dict[str, dict[str, None]] = defaultdict(dict)
    accepted_by_kind = dict.fromkeys(FLAG_KINDS, 0)
    for flag in report.flags:
        cap_id = flag.records[0].id
        by_kind[flag.kind][cap_id] = None
        if accepted and flag_key_of(flag) in accepted:
            accepted_by_kind[flag.kind] += 1
    names = {c.id: c.name for c in report.facts.capacities}
    for cap_id in sorted(report.unfunded, key=lambda i: (names[i], i)):
        unfunded_ids[report.unfunded[cap_id].currency][cap_id] = None
    gap_ids, locations = [], {}
    for cap in report.facts.capacities:
        if report.coverages[cap.id].gap_mask:
            gap_ids.append(cap.id)
            locations[cap.location_id] = None
    return KeyFigures(
        without_successor=tuple(by_kind["no_successor"]),
        not_ready=tuple(by_kind["readiness_below_threshold"]),
        uncovered_location_months=summary["uncovered_location_months"],
        uncovered_locations=tuple(locations),
        gap_capacities=tuple(gap_ids),
        unfunded={c: Decimal(a) for c, a in summary["unfunded_after_exit"].items()},
        unfunded_capacities={c: tuple(ids) for c, ids in sorted(unfunded_ids.items())},
        flags_by_kind=dict(summary["flags_by_kind"]),
        flag_capacities={k: tuple(ids) for k, ids in by_kind.items()},
        accepted_by_kind=accepted_by_kind,
    )


def inventory_filter(figures: KeyFigures, figure: str, detail: str | None = None) -> dict:
    """What the inventory shows when a key figure is clicked.

    figure: WITHOUT_SUCCESSOR, NOT_READY, UNCOVERED, UNFUNDED (detail: the currency) or
    "flags" (detail: a flag kind). Always {"capacity_ids": [...]}, plus "flag_kind" when the
    figure counts flags of one kind, "location_ids" for uncovered locations, "currency" for an
    unfunded amount.
    """
    if figure == WITHOUT_SUCCESSOR:
        return {"capacity_ids": list(figures.without_successor), "flag_kind": "no_successor"}
    if figure == NOT_READY:
        return {"capacity_ids": list(figures.not_ready),
                "flag_kind": "readiness_below_threshold"}
    if figure == UNCOVERED:
        return {"capacity_ids": list(figures.gap_capacities),
                "location_ids": list(figures.uncovered_locations)}
    if figure == UNFUNDED:
        return {"capacity_ids": list(figures.unfunded_capacities.get(detail, ())),
                "flag_kind": "unfunded_after_exit", "currency": detail}
    if figure == "flags" and detail in FLAG_KINDS:
        return {"capacity_ids": list(figures.flag_capacities[detail]), "flag_kind": detail}
    raise ValueError(f"no key figure {figure!r} {detail or ''}".rstrip())


# --- the protection cliff ------------------------------------------------------------------


@dataclass(frozen=True)
class CliffData:
    """Coverage against the requirement per month, stacked by provider, with the dates marked."""

    months: tuple[date, ...]  # first day of each month of the horizon
    requirement: tuple[float, ...]
    mission: tuple[float, ...]
    providers: tuple[tuple[str, tuple[float, ...]], ...]  # (successor actor type, provision)
    coverage: tuple[float, ...]
    gap: tuple[float, ...]
    capacities: int
    exit_date: date | None
    closures: tuple[tuple[date, tuple[str, ...]], ...]  # (closure date, location names)


def location_tree(handle: PlanHandle) -> dict[str, tuple[str, str | None, str]]:
    """id -> (name, parent id, level) of every location."""
    with handle.read() as session:
        rows = session.execute(
            select(Location.id, Location.name, Location.parent_id, Location.level)
        ).all()
    return {loc_id: (name, parent, level) for loc_id, name, parent, level in rows}


def within(locations: dict, roots: Iterable[str]) -> set[str]:
    """The ids of `roots` and of every location inside them."""
    children: dict[str | None, list[str]] = defaultdict(list)
    for loc_id, (_name, parent, _level) in locations.items():
        children[parent].append(loc_id)
    out, todo = set(), list(roots)
    while todo:
        loc_id = todo.pop()
        if loc_id not in out:
            out.add(loc_id)
            todo.extend(children.get(loc_id, ()))
    return out


def cliff_data(report: GapReport, where: dict | None = None) -> CliffData:
    """The protection-cliff series of the capacities matching `where` (see GapReport.series);
    the closures marked are those of the locations these capacities sit at."""
    where = {k: v for k, v in (where or {}).items() if v}
    series = report.series(None, where or None)["all"]
    facts = report.facts
    if where:
        chosen = {c.location_id for c in facts.capacities if _matches(c, where)}
    else:
        chosen = {c.location_id for c in facts.capacities}
    closures: dict[date, list[str]] = defaultdict(list)
    for loc_id, name, day in facts.closures:
        if loc_id in chosen:
            closures[day].append(name)
    return CliffData(
        months=tuple(month_starts(facts)),
        requirement=tuple(series.requirement),
        mission=tuple(series.mission),
        providers=tuple((k, tuple(v)) for k, v in series.by_actor_type.items()),
        coverage=tuple(series.coverage),
        gap=tuple(series.gap),
        capacities=series.capacities,
        exit_date=facts.exit_date,
        closures=tuple((day, tuple(sorted(names))) for day, names in sorted(closures.items())),
    )


def _matches(cap, where: dict) -> bool:
    for key, wanted in where.items():
        if key == "population":
            if not set(wanted) & set(cap.populations or ("unspecified",)):
                return False
        elif (cap.location_id if key == "location" else getattr(cap, key)) not in wanted:
            return False
    return True


def cliff_choices(report: GapReport, locations: dict) -> dict[str, list[str]]:
    """The values the cliff chart can be narrowed to: those the plan's capacities have.
    Locations include every location holding a capacity and the locations above them."""
    caps = report.facts.capacities
    used = {c.location_id for c in caps}
    above = set()
    for loc_id in used:
        seen = set()
        while loc_id in locations and loc_id not in seen:
            seen.add(loc_id)
            above.add(loc_id)
            loc_id = locations[loc_id][1]
    return {
        "category": sorted({c.category for c in caps}),
        "tier": sorted({c.tier for c in caps}),
        "location": sorted(above, key=lambda i: locations[i][0].casefold()),
        "population": sorted({p for c in caps for p in (c.populations or ("unspecified",))}),
    }


# --- heat maps -----------------------------------------------------------------------------


@dataclass(frozen=True)
class HeatMap:
    """Capacity-months required and short per cell; the share covered colours the cell."""

    kind: str  # CATEGORY_LOCATION | LOCATION_MONTH
    rows: tuple[str, ...]  # category codes or location ids
    row_labels: tuple[str, ...]
    columns: tuple[str, ...]  # location ids or months as YYYY-MM
    column_labels: tuple[str, ...]
    required: tuple[tuple[float, ...], ...]  # capacity-months required, per row and column
    gap: tuple[tuple[float, ...], ...]  # capacity-months not covered
    capacities: tuple[tuple[int, ...], ...]  # capacities counted in the cell
    short: tuple[tuple[int, ...], ...]  # of them, those with at least one month of gap

    def share(self, row: int, column: int) -> float | None:
        """Share of the requirement covered, or None when nothing is required there."""
        need = self.required[row][column]
        if need <= EPS:
            return None
        return max(0.0, min(1.0, (need - self.gap[row][column]) / need))

    def shares(self) -> list[list[float | None]]:
        return [[self.share(r, c) for c in range(len(self.columns))]
                for r in range(len(self.rows))]


def _location_order(report: GapReport) -> list[str]:
    """Locations holding capacities, the first the mission leaves first (then by name)."""
    first_exit: dict[str, int] = {}
    names: dict[str, str] = {}
    for cap in report.facts.capacities:
        cov = report.coverages[cap.id]
        first_exit[cap.location_id] = min(first_exit.get(cap.location_id, cov.months),
                                          cov.exit_month)
        names[cap.location_id] = cap.location_name
    return sorted(first_exit, key=lambda i: (first_exit[i], names[i].casefold(), i))


def _location_names(report: GapReport) -> dict[str, str]:
    return {c.location_id: c.location_name for c in report.facts.capacities}


def category_location_heatmap(report: GapReport, taxonomy=None, lang: str = "en") -> HeatMap:
    """Share of the requirement covered after the mission leaves, by category and location."""
    taxonomy = taxonomy or tx.Taxonomy.builtin()
    order = {code: n for n, code in enumerate(taxonomy.codes(tx.CATEGORY))}
    cells: dict[tuple[str, str], list] = {}
    for cap in report.facts.capacities:
        cov = report.coverages[cap.id]
        cell = cells.setdefault((cap.category, cap.location_id), [0.0, 0.0, 0, 0])
        cell[0] += cov.required_share * max(0, cov.months - cov.exit_month)
        cell[1] += cov.gap_total
        cell[2] += 1
        cell[3] += bool(cov.gap_mask)
    rows = sorted({k[0] for k in cells}, key=lambda c: (order.get(c, len(order)), c))
    columns = _location_order(report)
    names = _location_names(report)

    def grid(i: int, empty):
        return tuple(tuple(cells[(r, c)][i] if (r, c) in cells else empty for c in columns)
                     for r in rows)

    return HeatMap(
        CATEGORY_LOCATION, tuple(rows), tuple(taxonomy.label(tx.CATEGORY, r, lang) for r in rows),
        tuple(columns), tuple(names[c] for c in columns),
        grid(0, 0.0), grid(1, 0.0), grid(2, 0), grid(3, 0),
    )


def location_month_heatmap(report: GapReport) -> HeatMap:
    """Share of the requirement covered per location and month."""
    rows = _location_order(report)
    names = _location_names(report)
    by_location = report.series("location")
    n = report.facts.months
    counts: dict[str, int] = defaultdict(int)
    short: dict[str, list[int]] = {loc: [0] * n for loc in rows}
    for cap in report.facts.capacities:
        counts[cap.location_id] += 1
        row = short[cap.location_id]
        for month in _months_of(report.coverages[cap.id].gap_mask):
            row[month] += 1
    months = month_starts(report.facts)
    return HeatMap(
        LOCATION_MONTH, tuple(rows), tuple(names[r] for r in rows),
        tuple(m.strftime("%Y-%m") for m in months), tuple(m.strftime("%b %Y") for m in months),
        tuple(tuple(by_location[r].requirement) for r in rows),
        tuple(tuple(by_location[r].gap) for r in rows),
        tuple((counts[r],) * n for r in rows),
        tuple(tuple(short[r]) for r in rows),
    )


def cell_capacities(report: GapReport, heatmap: HeatMap, row: int, column: int) -> list[str]:
    """The capacities behind a heat-map cell, for the inventory: in a location-month cell those
    short that month (all of the location's when none is)."""
    caps = report.facts.capacities
    if heatmap.kind == CATEGORY_LOCATION:
        category, location = heatmap.rows[row], heatmap.columns[column]
        return [c.id for c in caps if c.category == category and c.location_id == location]
    location = heatmap.rows[row]
    here = [c.id for c in caps if c.location_id == location]
    bit = 1 << column
    short = [i for i in here if report.coverages[i].gap_mask & bit]
    return short or here


def heatmap_filter(report: GapReport, heatmap: HeatMap, row: int, column: int) -> dict:
    """The inventory filter of a heat-map cell."""
    out = {"capacity_ids": cell_capacities(report, heatmap, row, column)}
    if heatmap.kind == CATEGORY_LOCATION:
        out.update(category=heatmap.rows[row], location_ids=[heatmap.columns[column]])
    else:
        out.update(location_ids=[heatmap.rows[row]], month=heatmap.columns[column])
    return out


# --- the funding cliff ---------------------------------------------------------------------


@dataclass(frozen=True)
class FundingLineFacts:
    """The columns of a funding line the funding cliff needs."""

    status: str
    source_type: str
    amount: Decimal
    currency: str
    start: date | None
    end: date | None


@dataclass(frozen=True)
class FundingCliff:
    """Funding of one currency per month of the horizon, by status and by source type, and
    the gap engine's unfunded amount after the mission leaves."""

    currency: str
    months: tuple[date, ...]
    by_status: dict[str, tuple[Decimal, ...]]  # FUNDING_STATUSES first, then any other
    by_source: dict[str, tuple[Decimal, ...]]
    unfunded_after_exit: tuple[Decimal, ...]
    exit_date: date | None
    years: tuple[int, ...] = ()
    yearly_by_status: dict[str, tuple[Decimal, ...]] = field(default_factory=dict)
    yearly_by_source: dict[str, tuple[Decimal, ...]] = field(default_factory=dict)
    yearly_unfunded: tuple[Decimal, ...] = ()

    def total(self, status: str) -> Decimal:
        return sum(self.by_status.get(status, ()), ZERO)


def funding_lines(handle: PlanHandle, report: GapReport | None = None) -> list[FundingLineFacts]:
    """Every funding line's status, source, amount, currency and period.

    With the plan's gap report, the lines of handovers come from its facts (which hold every
    one of them) and only the lines for capacities as a whole are read again: at 10k
    capacities that spares reading some 60,000 lines twice.
    """
    columns = (FundingLine.status, FundingLine.source_type, FundingLine.amount,
               FundingLine.currency, FundingLine.period_start, FundingLine.period_end)
    if report is None:
        with handle.read() as session:
            rows = session.connection().execute(select(*columns)).all()
        return [FundingLineFacts(*row) for row in rows]
    known: dict[str, FundingLineFacts] = {}
    # The same lines give the same objects as the last call (a gap report updated after an
    # edit keeps the facts it did not read again), so funding_cliffs sees what is unchanged.
    last, kept = _LAST_LINES.get("facts", {}), {}
    for h in report.facts.handovers:
        for f in h.funding:
            if f.id in known:
                continue
            seen = last.get(f.id)
            if seen is not None and (seen[0] is f or seen[0] == f):  # (re-read, unchanged)
                line = seen[1]
            else:
                line = FundingLineFacts(f.status, f.source_type, f.amount, f.currency,
                                        f.start, f.end)
            known[f.id] = line
            kept[f.id] = (f, line)
    # The facts attach a capacity's own lines to each of its handovers, and miss those of
    # capacities without any: read these lines once, from the file.
    with handle.read() as session:
        rows = session.connection().execute(
            select(FundingLine.id, *columns).where(FundingLine.handover_id.is_(None))
        ).all()
    read_before, read = _LAST_LINES.get("read", {}), {}
    for line_id, *values in rows:
        line = FundingLineFacts(*values)
        before = read_before.get(line_id)
        known[line_id] = read[line_id] = before if before == line else line
    _LAST_LINES.clear()
    _LAST_LINES.update(facts=kept, read=read)
    return list(known.values())


_LAST_LINES: dict[str, dict] = {}  # the objects of funding_lines' last call, to give again
_LAST_CLIFF: dict[tuple, tuple] = {}  # horizon -> (lines, their spread) of the last cliff
_LAST_UNFUNDED: dict[int, tuple] = {}  # id(Unfunded) -> (it, months, cents per month)
for _kept in (_LAST_LINES, _LAST_CLIFF, _LAST_UNFUNDED):
    gaps_cache.KEEPERS.append(_kept.clear)


def _month_number(day: date) -> int:
    return day.year * 12 + day.month - 1


def _last_day(month_number: int) -> date:
    following = month_number + 1
    return date.fromordinal(date(following // 12, following % 12 + 1, 1).toordinal() - 1)


def _months_of(mask: int) -> list[int]:
    """The month indices set in a bit mask, lowest first."""
    return [i for i in range(mask.bit_length()) if mask >> i & 1]


def even_split(amount: Decimal, count: int) -> list[Decimal]:
    """An amount in `count` equal parts to the cent; the last part takes what rounding left,
    so the parts add up to the amount exactly."""
    return [Decimal(c) / 100 for c in _split_cents(_cents(amount), count)]


def _cents(amount: Decimal) -> int:
    return int((amount * 100).to_integral_value(ROUND_HALF_UP))


def _split_cents(cents: int, count: int) -> list[int]:
    """even_split in whole cents (integers add up much faster than decimals)."""
    part = int((Decimal(cents) / count).to_integral_value(ROUND_HALF_UP))
    return [part] * (count - 1) + [cents - part * (count - 1)]


def _line_months(line: FundingLineFacts, first: int, last: int) -> range:
    """The month numbers a line's period touches (open sides run to the horizon's edges)."""
    start = _month_number(line.start) if line.start else first
    end = _month_number(line.end) if line.end else last
    if end < start:  # an open side fell on the wrong side of the horizon: the date it has
        start = end = _month_number(line.start or line.end)
    return range(start, end + 1)


def funding_cliffs(report: GapReport, lines: list[FundingLineFacts]) -> dict[str, FundingCliff]:
    """A funding cliff per currency that any funding line or unfunded amount is in."""
    facts = report.facts
    months = month_starts(facts)
    n, first = len(months), _month_number(months[0])
    last_month = first + n - 1
    years = tuple(range(months[0].year, months[-1].year + 1))
    horizon = (months[0], n)
    last = _LAST_CLIFF.get(horizon)
    if last is not None and len(last[0]) == len(lines) and all(map(is_, last[0], lines)):
        spread = last[1]  # the very lines of the last cliff: most edits touch no funding
    else:
        spread = _spread(lines, months, first, last_month=last_month, years=years)
        _LAST_CLIFF.clear()
        _LAST_CLIFF[horizon] = (list(lines), spread)
    status, source, yearly_status, yearly_source = spread
    unfunded = defaultdict(lambda: [0] * n)  # currency -> cents per month
    seen, kept = _LAST_UNFUNDED, {}
    for part in report.unfunded.values():
        known = seen.get(id(part))
        by_month = known[2] if known is not None and known[0] is part and known[1] == n \
            else part.by_month(n)
        kept[id(part)] = (part, n, by_month)
        per_month = unfunded[part.currency]
        for month, cents in enumerate(by_month):
            per_month[month] += cents
    seen.clear()
    seen.update(kept)
    return _cliffs(facts, months, years, status, source, yearly_status, yearly_source, unfunded)


def _spread(lines, months, first: int, last_month: int, years: tuple) -> tuple:
    """Every line spread over its months (by status and source) and years."""
    n, last = len(months), last_month
    # Difference arrays in cents: a line adds its equal part over its months and its last
    # month's rest at one point, whatever its length (tens of thousands of lines at 10k).
    status = defaultdict(lambda: [0] * (n + 1))  # (currency, status) -> cents, differences
    source = defaultdict(lambda: [0] * (n + 1))  # (currency, source type) -> same
    yearly_status = defaultdict(lambda: dict.fromkeys(years, ZERO))
    yearly_source = defaultdict(lambda: dict.fromkeys(years, ZERO))
    horizon_end = _last_day(last)
    for line in lines:
        touched = _line_months(line, first, last)
        cents = _cents(line.amount)
        part = _split_cents(cents, len(touched))[0]
        rest = cents - part * (len(touched) - 1)
        for diff in (status[line.currency, line.status], source[line.currency,
                                                                 line.source_type]):
            _add_run(diff, touched.start - first, touched.stop - 1 - first, part)
            _add_run(diff, touched.stop - 1 - first, touched.stop - first, rest)
        for year, amount in spread_by_year(
            line.amount, line.start, line.end, months[0], horizon_end
        ).items():
            if year in years:
                yearly_status[line.currency, line.status][year] += amount
                yearly_source[line.currency, line.source_type][year] += amount
    return dict(status), dict(source), dict(yearly_status), dict(yearly_source)


def _cliffs(facts, months, years, status, source, yearly_status, yearly_source, unfunded):
    n = len(months)
    out = {}
    for currency in sorted({c for c, _s in status} | set(unfunded)):
        per_month = _money_of(unfunded.get(currency, [0] * n))
        per_year = dict.fromkeys(years, ZERO)
        for month, amount in zip(months, per_month):
            per_year[month.year] += amount
        out[currency] = FundingCliff(
            currency=currency, months=tuple(months),
            by_status=_ordered(status, currency, FUNDING_STATUSES, _running_money),
            by_source=_ordered(source, currency, (), _running_money),
            unfunded_after_exit=tuple(per_month), exit_date=facts.exit_date, years=years,
            yearly_by_status=_ordered(yearly_status, currency, FUNDING_STATUSES),
            yearly_by_source=_ordered(yearly_source, currency, ()),
            yearly_unfunded=tuple(per_year.values()),
        )
    return out


def _ordered(table: dict, currency: str, first: tuple[str, ...], convert=None) -> dict:
    """The series of one currency: the codes of `first` in that order, then the others."""
    codes = sorted((k for c, k in table if c == currency),
                   key=lambda k: (first.index(k) if k in first else len(first), k))
    out = {}
    for code in codes:
        values = table[currency, code]
        values = list(values.values()) if isinstance(values, dict) else values
        out[code] = tuple(convert(values) if convert else values)
    return out


def _add_run(diff: list[int], start: int, end: int, cents: int) -> None:
    """Add `cents` to months start..end-1 (indices of the horizon, clipped to it)."""
    start, end = max(start, 0), min(end, len(diff) - 1)
    if start < end:
        diff[start] += cents
        diff[end] -= cents


def _running_money(diff: list[int]) -> list[Decimal]:
    return _money_of(list(accumulate(diff[:-1])))


def _money_of(cents: list[int]) -> list[Decimal]:
    return [Decimal(c).scaleb(-2) for c in cents]


# --- readiness -----------------------------------------------------------------------------


@dataclass(frozen=True)
class ReadinessRow:
    """One successor's lowest score on each dimension over its active handovers."""

    actor_id: str
    actor_name: str
    actor_type: str
    scores: tuple[int | None, ...]  # in ReadinessTable.dimensions order; None: not assessed
    handovers: tuple[tuple[str, str, str, dict], ...]  # (handover, capacity id, name, scores)

    @property
    def lowest(self) -> int | None:
        scored = [s for s in self.scores if s is not None]
        return min(scored) if scored else None


@dataclass(frozen=True)
class ReadinessTable:
    """Successors by dimension, the weakest successor and the weakest dimension first."""

    dimensions: tuple[str, ...]  # lowest mean score first
    rows: tuple[ReadinessRow, ...]  # lowest score first; successors not assessed last
    threshold: int
    mean: tuple[float | None, ...]  # per dimension, over every active handover's score
    below: tuple[int, ...]  # per dimension, handovers scored below the threshold


def readiness_table(report: GapReport, taxonomy=None) -> ReadinessTable:
    """Readiness of every successor with an active handover, by dimension."""
    facts, rules = report.facts, report.facts.rules
    taxonomy = taxonomy or tx.Taxonomy.builtin()
    names = {c.id: c.name for c in facts.capacities}
    dims = list(taxonomy.codes(tx.READINESS_DIMENSION))
    actors: dict[str, tuple[str, str, list]] = {}
    scores: dict[str, list[int]] = defaultdict(list)  # dimension -> every score given
    for h in facts.handovers:
        if h.capacity_id not in names or h.status in rules.closed_statuses or (
            h.modality in rules.discontinue_modalities
        ):
            continue
        actor = actors.setdefault(h.actor_id, (h.actor_name, h.actor_type, []))
        actor[2].append((h.id, h.capacity_id, names[h.capacity_id], dict(h.readiness)))
        for dimension, score in h.readiness.items():
            scores[dimension].append(score)
            if dimension not in dims:
                dims.append(dimension)  # a dimension the taxonomy no longer lists
    mean = {d: sum(scores[d]) / len(scores[d]) if scores[d] else None for d in dims}
    position = {d: n for n, d in enumerate(dims)}
    dims.sort(key=lambda d: (mean[d] is None, mean[d] or 0.0, position[d]))
    rows = [
        ReadinessRow(actor_id, name, actor_type, tuple(
            min((r[d] for *_ids, r in handovers if d in r), default=None) for d in dims
        ), tuple(handovers))
        for actor_id, (name, actor_type, handovers) in actors.items()
    ]
    rows.sort(key=lambda r: (r.lowest is None, r.lowest or 0, _mean(r.scores),
                             r.actor_name.casefold()))
    threshold = rules.readiness_threshold
    return ReadinessTable(
        tuple(dims), tuple(rows), threshold, tuple(mean[d] for d in dims),
        tuple(sum(1 for s in scores[d] if s < threshold) for d in dims),
    )


def _mean(values) -> float:
    scored = [v for v in values if v is not None]
    return sum(scored) / len(scored) if scored else 0.0


# --- flags and accepted risks --------------------------------------------------------------


def flag_key(kind: str, record_ids: Iterable[str]) -> str:
    """The key an accepted risk is stored under: the flag's kind and its records' sorted ids."""
    return f"{kind}:{','.join(sorted(set(record_ids)))}"


def flag_key_of(flag) -> str:
    return flag_key(flag.kind, (r.id for r in flag.records))


@dataclass(frozen=True)
class AcceptanceRow:
    """A flag accepted as a known risk."""

    id: str
    flag_key: str
    kind: str
    justification: str
    accepted_by: str
    accepted_at: str  # ISO date and time, UTC


@dataclass(frozen=True)
class FlagRow:
    """A flag as the dashboard lists it, with its acceptance if the planners accepted it."""

    key: str
    kind: str
    severity: str
    message: str
    records: tuple[RecordRef, ...]
    acceptance: AcceptanceRow | None = None

    @property
    def capacity_id(self) -> str:
        return self.records[0].id

    @property
    def record_ids(self) -> tuple[str, ...]:
        return tuple(r.id for r in self.records)


def flag_rows(report: GapReport, acceptances: Iterable[AcceptanceRow]) -> tuple[FlagRow, ...]:
    """The flags, each worded in the current language (the window's)."""
    from transition_planner.domain.wording import word_flag
    from transition_planner.i18n import current

    t = current()
    by_key = {a.flag_key: a for a in acceptances}
    # A gap report updated after an edit keeps the Flag objects of the capacities it did not
    # compute again: their rows are the last call's, unless their acceptance changed.
    last = _LAST_ROWS.get(t.lang, {})
    out, kept = [], {}
    for flag in report.flags:
        seen = last.get(id(flag))
        if seen is not None and seen[0] is flag:
            row = seen[1]
            if by_key.get(row.key) != row.acceptance:
                row = replace(row, acceptance=by_key.get(row.key))
        else:
            key = flag_key_of(flag)
            row = FlagRow(key, flag.kind, flag.severity, word_flag(flag, t),
                          tuple(flag.records), by_key.get(key))
        out.append(row)
        kept[id(flag)] = (flag, row)
    _LAST_ROWS.clear()
    _LAST_ROWS[t.lang] = kept  # (the flag kept with its row, so its id stays its own)
    return tuple(out)


_LAST_ROWS: dict[str, dict[int, tuple]] = {}  # language -> id(flag) -> (flag, FlagRow)
gaps_cache.KEEPERS.append(_LAST_ROWS.clear)


Justification = Annotated[
    str, StringConstraints(strip_whitespace=True, min_length=1, max_length=4000)
]


class FlagAcceptanceCreate(Input):
    """What accepting a flag as a risk takes: its kind, its records and why."""

    kind: str
    record_ids: list[str] = Field(min_length=1)
    justification: Justification

    @field_validator("kind")
    @classmethod
    def _known_kind(cls, value: str) -> str:
        if value not in FLAG_KINDS:
            raise ValueError(f"unknown flag kind '{value}'")
        return value

    @field_validator("record_ids")
    @classmethod
    def _ids(cls, value: list[str]) -> list[str]:
        if any(not isinstance(i, str) or not i.strip() or "," in i for i in value):
            raise ValueError("every record id must be a non-empty id")
        return [i.strip() for i in value]


def _acceptance_row(a: FlagAcceptance) -> AcceptanceRow:
    return AcceptanceRow(a.id, a.flag_key, a.kind, a.justification, a.accepted_by,
                         a.created_at.isoformat(timespec="seconds"))


def accept_flag(handle: PlanHandle, kind: str, record_ids: Iterable[str], justification: str,
                label: str = "") -> AcceptanceRow:
    """Mark a flag as an accepted risk with the planners' justification (audited)."""
    info = validate(FlagAcceptanceCreate, {"kind": kind, "record_ids": list(record_ids),
                                           "justification": justification})
    key = flag_key(info.kind, info.record_ids)
    with handle.action() as session:
        known = session.execute(
            select(FlagAcceptance).where(FlagAcceptance.flag_key == key)
        ).scalar_one_or_none()
        if known is not None:
            raise InvalidInput({"flag": f"this flag was already accepted as a risk by "
                                        f"{known.accepted_by or 'someone'}"})
        acceptance = FlagAcceptance(flag_key=key, kind=info.kind,
                                    justification=info.justification, accepted_by=handle.user)
        records.add(session, handle.user, acceptance,
                    f"Accepted risk: {kind.replace('_', ' ')}" + (f" ({label})" if label else ""))
        return _acceptance_row(acceptance)


def unaccept_flag(handle: PlanHandle, acceptance_id: str) -> str:
    """Withdraw an accepted risk (audited, restorable); returns the deletion's audit id."""
    with handle.action() as session:
        acceptance = session.get(FlagAcceptance, acceptance_id)
        if acceptance is None:
            raise NotFound(N_("That accepted risk is no longer in the plan (withdrawn "
                              "already?)."))
        return records.delete(session, handle.user, acceptance,
                              f"Accepted risk: {acceptance.kind.replace('_', ' ')}")


def accepted_flags(handle: PlanHandle) -> list[AcceptanceRow]:
    """Every accepted risk, oldest first."""
    with handle.read() as session:
        rows = session.execute(
            select(FlagAcceptance).order_by(FlagAcceptance.created_at, FlagAcceptance.id)
        ).scalars()
        return [_acceptance_row(a) for a in rows]


# --- everything the dashboard shows --------------------------------------------------------


@dataclass(frozen=True)
class ScenarioInfo:
    """A scenario of the plan, as the scenario choosers list it."""

    id: str
    name: str
    closure_shift_days: int
    exit_date: date | None
    is_baseline: bool
    closure_shift_months: int = 0


def scenario_list(handle: PlanHandle) -> list[ScenarioInfo]:
    with handle.read() as session:
        rows = session.execute(select(
            Scenario.id, Scenario.name, Scenario.closure_shift_days, Scenario.exit_date,
            Scenario.is_baseline, Scenario.closure_shift_months,
        ).order_by(Scenario.created_at, Scenario.name)).all()
    return [ScenarioInfo(*row) for row in rows]


@dataclass
class DashboardData:
    """All the dashboard shows of one plan and scenario (plain data, safe to pass between
    threads once built)."""

    report: GapReport
    scenario_id: str | None
    scenarios: list[ScenarioInfo]
    taxonomy: tx.Taxonomy
    locations: dict  # id -> (name, parent id, level)
    figures: KeyFigures
    category_location: HeatMap
    location_month: HeatMap
    funding: dict[str, FundingCliff]
    readiness: ReadinessTable
    flags: tuple[FlagRow, ...]
    acceptances: list[AcceptanceRow]
    compare_id: str | None = None
    compare_report: GapReport | None = None  # the scenario compared with, if any


def active_scenario_id(handle: PlanHandle) -> str | None:
    from transition_planner.services.plans import plan_info

    return plan_info(handle).active_scenario_id


def load_dashboard(handle: PlanHandle, scenario_id: str | None = None,
                   compare_id: str | None = None, lang: str = "en",
                   report: GapReport | None = None) -> DashboardData:
    """Compute the gap report of a scenario (the active one by default) and every read model
    of the dashboard; with compare_id, also the report of the scenario to compare with.
    `report`: the scenario's gap report when the caller has computed it already (the window
    shows the key figures from it before the rest is ready)."""
    with collector_paused():
        return _load_dashboard(handle, scenario_id, compare_id, lang, report)


def dashboard_scenario(handle: PlanHandle, scenario_id: str | None) -> str | None:
    """The scenario the dashboard shows: the one asked for if it exists, else the active one."""
    known = {s.id for s in scenario_list(handle)}
    return scenario_id if scenario_id in known else active_scenario_id(handle)


def _load_dashboard(handle, scenario_id, compare_id, lang, report=None) -> DashboardData:
    scenarios = scenario_list(handle)
    known = {s.id for s in scenarios}
    scenario_id = scenario_id if scenario_id in known else active_scenario_id(handle)
    if report is None:
        report = gaps.compute(handle, scenario_id)
    taxonomy = handle.taxonomy()
    acceptances = accepted_flags(handle)
    compare_id = compare_id if compare_id in known else None
    return DashboardData(
        report=report, scenario_id=scenario_id, scenarios=scenarios, taxonomy=taxonomy,
        locations=location_tree(handle),
        figures=key_figures(report, (a.flag_key for a in acceptances)),
        category_location=category_location_heatmap(report, taxonomy, lang),
        location_month=location_month_heatmap(report),
        funding=funding_cliffs(report, funding_lines(handle, report)),
        readiness=readiness_table(report, taxonomy),
        flags=flag_rows(report, acceptances), acceptances=acceptances,
        compare_id=compare_id,
        compare_report=gaps.compute(handle, compare_id) if compare_id else None,
    )


# --- JSON (transition-planner gaps --series --json) ----------------------------------------


def _money(values: Iterable[Decimal]) -> list[str]:
    return [str(v) for v in values]


def _heatmap_json(heatmap: HeatMap) -> dict:
    return {
        "rows": list(heatmap.rows), "row_labels": list(heatmap.row_labels),
        "columns": list(heatmap.columns), "column_labels": list(heatmap.column_labels),
        "required": [list(r) for r in heatmap.required], "gap": [list(r) for r in heatmap.gap],
        "capacities": [list(r) for r in heatmap.capacities],
        "short": [list(r) for r in heatmap.short],
        "share": heatmap.shares(),
    }


def _funding_json(cliff: FundingCliff) -> dict:
    return {
        "months": [m.strftime("%Y-%m") for m in cliff.months],
        "by_status": {k: _money(v) for k, v in cliff.by_status.items()},
        "by_source": {k: _money(v) for k, v in cliff.by_source.items()},
        "unfunded_after_exit": _money(cliff.unfunded_after_exit),
        "years": list(cliff.years),
        "yearly_by_status": {k: _money(v) for k, v in cliff.yearly_by_status.items()},
        "yearly_by_source": {k: _money(v) for k, v in cliff.yearly_by_source.items()},
        "yearly_unfunded": _money(cliff.yearly_unfunded),
    }


def dashboard_json(handle: PlanHandle, report: GapReport) -> dict:
    """The dashboard's read models as plain JSON values, for the command line and tests."""
    taxonomy = handle.taxonomy()
    acceptances = accepted_flags(handle)
    figures = key_figures(report, (a.flag_key for a in acceptances))
    readiness = readiness_table(report, taxonomy)
    return {
        "key_figures": {
            "without_successor": len(figures.without_successor),
            "not_ready": len(figures.not_ready),
            "uncovered_location_months": figures.uncovered_location_months,
            "unfunded_after_exit": {c: str(a) for c, a in figures.unfunded.items()},
            "flags_by_kind": figures.flags_by_kind,
            "accepted_by_kind": figures.accepted_by_kind,
        },
        "heatmaps": {
            CATEGORY_LOCATION: _heatmap_json(category_location_heatmap(report, taxonomy)),
            LOCATION_MONTH: _heatmap_json(location_month_heatmap(report)),
        },
        "funding_cliff": {c: _funding_json(f) for c, f in funding_cliffs(
            report, funding_lines(handle, report)).items()},
        "readiness": {
            "dimensions": list(readiness.dimensions), "threshold": readiness.threshold,
            "mean": list(readiness.mean), "below_threshold": list(readiness.below),
            "successors": [{"actor_id": r.actor_id, "name": r.actor_name,
                            "actor_type": r.actor_type, "scores": list(r.scores)}
                           for r in readiness.rows],
        },
        "accepted_risks": [{"flag_key": a.flag_key, "kind": a.kind,
                            "justification": a.justification, "accepted_by": a.accepted_by}
                           for a in acceptances],
    }
