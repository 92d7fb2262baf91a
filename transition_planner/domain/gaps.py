"""Gap engine: each capacity's coverage against its requirement, month by month, and the flags.

Semantics (month i of the horizon starts on add_months(horizon_start, i)): a month counts as
covered by whoever is in charge on its first day, so that a month is a gap month exactly when
its first day has nobody in charge, and the days with nobody in charge are counted by date.
- The mission provides 1.0 in month i while it is still there on the month's first day
  (mission_end is its last day; always when mission_end is None).
- A successor provides in each month whose first day falls within its commitment (start and
  end dates both included). Undated, closed or discontinued handovers provide nothing, nor
  does an alternative (fallback) while the handover it stands in for is still open.
  Provision = share x status factor x readiness factor x funding factor, where
  - the readiness factor is unready_factor when a score is below the threshold, and
    unassessed_factor (the plan's policy, "like not ready" by default) when nobody scored it;
  - a party to the conflict provides nothing where the category requires independence, and an
    actor that is not a successor (a private military company) provides nothing anywhere;
  - the funding factor, in a month after the mission left a costed capacity, is
    paid + (1 - paid) x unfunded_factor, where paid is the part of that month's cost of the
    successor's share its secured funding pays (1 when all of it is paid).
- Funding by amount: a successor's share costs annual_cost x share / 12 a month after the exit.
  A secured, non-mission funding line in the capacity's currency pays an equal part of its
  amount in each month its period touches, for its own handover (an open side of the period
  runs to that edge of the months the share must be paid for); a line for the capacity as a
  whole pays, after the successors' own lines, what they leave unpaid that month. The
  unfunded amount is what the secured lines leave unpaid of each successor's months; with no
  successor at all, the cost of the share still required after the exit.
- Requirement = 1.0 while the mission provides, then capacity.required_share.
  Coverage = mission + successors; gap = max(0, requirement - coverage).
- Every month counted as a gap is explained by at least one flag of its capacity (Flag.months):
  nobody at all (no_successor, or discontinued by decision), nobody yet (late_successor),
  nobody any more (successor_ends), too small a claimed share (partial_cover), or a discount
  with its own flag (readiness, assessment, funding, independence).
Values are piecewise constant between a few breakpoints (mission end, handover dates, funding
periods), so each capacity is computed as segments, never month by month; and since the mission
covers the whole requirement while it is there, only the months after its exit are swept.
Flag severity follows the capacity's criticality (critical/high -> high, medium, low), except
over_allocation (medium), independence_conflict (high), data_without_protocol (high, or
medium below high criticality) and re_engagement_trigger (high: a post-exit indicator crossed
its threshold, or went silent, N periods in a row; see domain/monitoring.py). compute_gaps
evaluates every rule and the summary; the flags' wording and the series are built on first
use and cached.
"""

from __future__ import annotations

import calendar
import dataclasses
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal
from itertools import accumulate, groupby
from operator import attrgetter
from typing import NamedTuple

from transition_planner.domain.collector import collector_paused
from transition_planner.domain.facts import CapacityFacts, FundingFacts, HandoverFacts, PlanFacts

EPS = 1e-9  # below this a gap or a coverage is float noise, not a planning fact
HALF_CENT = 0.005  # a month whose cost is paid to within half a cent is funded
ALL = "all"  # the single group of series(by=None)
NO_POPULATION = "unspecified"  # population group of capacities that name no population
GROUPINGS = (None, "category", "tier", "location", "population", "component")
WHERE_KEYS = ("category", "tier", "location", "population", "component", "criticality")
FLAG_KINDS = (
    "no_successor",
    "discontinued",
    "late_successor",
    "successor_ends",
    "partial_cover",
    "independence_conflict",
    "readiness_below_threshold",
    "readiness_not_assessed",
    "unfunded_after_exit",
    "over_allocation",
    "alternative_not_agreed",
    "agreement_missing",
    "enabler_orphaned",
    "data_without_protocol",
    "re_engagement_trigger",
)
SEVERITIES = ("high", "medium", "low")
READY, NOT_READY, NOT_ASSESSED = "ready", "not_ready", "not_assessed"
_SEVERITY_OF_CRITICALITY = {"critical": "high", "high": "high", "medium": "medium", "low": "low"}
_CENT = Decimal("0.01")


def by_name(capacities: Iterable[CapacityFacts]) -> list[CapacityFacts]:
    """Capacities in the order the rules visit them: by name, then id. Two sorts on plain
    strings (the second one stable) take half the time of one on (name, id) tuples."""
    out = sorted(capacities, key=attrgetter("id"))
    out.sort(key=attrgetter("name"))
    return out


# --- months -------------------------------------------------------------------------------


def add_months(d: date, n: int) -> date:
    """The same day n months later (clamped to the month's last day)."""
    y, m = divmod(d.year * 12 + d.month - 1 + n, 12)
    return date(y, m + 1, min(d.day, calendar.monthrange(y, m + 1)[1]))


def shift_months(d: date, n: int) -> date:
    """d moved by n calendar months, a month's last day staying its month's last day
    (31 December - 12 months = 31 December; 30 June + 1 = 31 July)."""
    moved = add_months(d, n)
    if d.day == calendar.monthrange(d.year, d.month)[1]:
        return moved.replace(day=calendar.monthrange(moved.year, moved.month)[1])
    return moved


def month_index(d: date, horizon_start: date) -> int:
    """Index of the month containing d (negative before the horizon)."""
    return (d.year - horizon_start.year) * 12 + d.month - horizon_start.month


def month_starts(facts: PlanFacts) -> list[date]:
    """First day of each month of the horizon."""
    first = facts.horizon_start.replace(day=1)
    return [add_months(first, i) for i in range(facts.months)]


def horizon_end(facts: PlanFacts) -> date:
    """The last day of the horizon's last month: the end of every period the flags measure."""
    return add_months(facts.horizon_start.replace(day=1), facts.months) - timedelta(days=1)


def _span(start: int, end: int) -> int:
    """Bit mask of months start <= i < end: sets of months as ints keep unions and counts cheap."""
    return (1 << end) - (1 << start) if end > start else 0


def _runs(mask: int) -> list[tuple[int, int]]:
    """Consecutive runs (start, end) of set bits, lowest first."""
    out = []
    while mask:
        low = mask & -mask
        carried = mask + low  # the carry clears the run and sets the bit just above it
        end = (carried & -carried).bit_length() - 1
        out.append((low.bit_length() - 1, end))
        mask &= -(1 << end)
    return out


def _first(mask: int) -> int | None:
    return (mask & -mask).bit_length() - 1 if mask else None


class _MonthLookup(dict):
    """date -> clamped month index, cached because plans reuse the same few dates."""

    FROM, PAST = "from", "past"

    def __init__(self, horizon_start: date, months: int, mode: str):
        super().__init__()
        self.base = horizon_start.year * 12 + horizon_start.month
        self.n = months
        # FROM: the first month starting on or after d (a start date); PAST: the first month
        # starting after d (a last day: closure, end of a commitment).
        self.mode = mode

    def __missing__(self, d: date) -> int:
        i = d.year * 12 + d.month - self.base
        if self.mode == self.PAST or (self.mode == self.FROM and d.day > 1):
            i += 1
        self[d] = i = min(max(i, 0), self.n)
        return i


class _MonthNumber(dict):
    """date -> index of its month from the horizon's, unclamped (funding periods may begin
    before the horizon); cached like _MonthLookup."""

    def __init__(self, base: int):
        super().__init__()
        self.base = base

    def __missing__(self, d: date) -> int:
        self[d] = i = d.year * 12 + d.month - self.base
        return i


# --- results ------------------------------------------------------------------------------


class RecordRef(NamedTuple):
    """A record a flag points at, so the UI can open it."""

    type: str  # capacity | handover | actor | location
    id: str
    name: str


@dataclass(slots=True)
class Flag:
    """A rule-based warning a planner should act on."""

    kind: str
    severity: str  # high | medium | low
    message: str
    records: tuple[RecordRef, ...]
    details: dict = field(default_factory=dict)
    months: int = 0  # bit mask of the gap months this flag explains (0: not a coverage flag)
    # the message as data, for wording it in any language (domain.wording.word_flag)
    words: tuple = ()


@dataclass(slots=True)
class Unfunded:
    """What secured funding leaves unpaid of one capacity after the mission leaves."""

    currency: str
    amount: Decimal  # to the cent
    need: float  # the cost of the successors' shares (or of the required share) measured
    mask: int  # months with an unpaid part
    runs: tuple[tuple[int, int, float], ...]  # (start, end, unpaid per month), may overlap

    def by_month(self, months: int) -> list[int]:
        """The amount in cents per month of the horizon, rounded so that the months add up to
        the amount exactly (each month takes the cents its running total reaches)."""
        per_month = [0.0] * months
        for start, end, monthly in self.runs:
            for i in range(start, end):
                per_month[i] += monthly
        out, running, paid = [0] * months, 0.0, 0
        for i, monthly in enumerate(per_month):
            if monthly:
                running += monthly
                cents = int(_cents(running))
                out[i], paid = cents - paid, cents
        out[_last_set(self.mask)] += int(self.amount * 100) - paid  # float residue, if any
        return out


def _last_set(mask: int) -> int:
    return mask.bit_length() - 1


def _cents(amount: float) -> Decimal:
    """A float amount of money in whole cents, half up, through its shortest decimal form."""
    return (Decimal(repr(amount)) * 100).quantize(Decimal(1), ROUND_HALF_UP)


def to_money(amount: float) -> Decimal:
    """A float amount of money to the cent, half up, through its shortest decimal form."""
    if 0.0 < amount < 1e9:
        # Far from a half cent, the nearest cent of the float and of its shortest decimal
        # form are the same (both lie within 3e-5 cents of amount x 100 below a billion), and
        # whole cents are cheaper than a repr() and a Decimal to read it.
        hundredths = amount * 100.0
        whole = int(hundredths)
        part = hundredths - whole  # exact: the low bits of hundredths
        if part < 0.4999 or part > 0.5001:
            return Decimal(whole + 1 if part > 0.5 else whole).scaleb(-2)
    return Decimal(repr(amount)).quantize(_CENT, ROUND_HALF_UP)


@dataclass(slots=True)
class CapacityCoverage:
    """One capacity's requirement, provision and gap over the horizon, as segments."""

    capacity_id: str
    months: int
    exit_month: int  # first month the mission no longer provides (months if never)
    required_share: float  # requirement from exit_month on (1.0 before)
    # (start, end, provision, actor type, ((start, end, funding factor), ...)) per successor
    successors: tuple[tuple[int, int, float, str, tuple], ...]
    gaps: tuple[tuple[int, int, float], ...]  # (start, end, gap value), gap > 0 only
    gap_mask: int  # bit i set: gap in month i
    covered_mask: int  # bit i set: the mission or a successor provides in month i
    unfunded_mask: int  # bit i set: post-exit month with unfunded successor provision
    nobody_mask: int = 0  # gap months in which no successor claims any share
    partial_mask: int = 0  # gap months in which the claimed shares fall short of the need

    @property
    def provisions(self) -> list[tuple[int, int, float, str]]:
        """(start, end, provision, actor type): each successor cut where its funding lapses."""
        out = []
        for start, end, value, actor_type, cuts in self.successors:
            pos = start
            for s, e, factor in cuts:
                if s > pos:
                    out.append((pos, s, value, actor_type))
                out.append((s, e, value * factor, actor_type))
                pos = e
            if pos < end:
                out.append((pos, end, value, actor_type))
        return out

    @property
    def gap_months(self) -> int:
        return self.gap_mask.bit_count()

    @property
    def first_gap_month(self) -> int | None:
        return _first(self.gap_mask)

    @property
    def gap_total(self) -> float:
        """Sum over the months of the gap values."""
        return sum((end - start) * gap for start, end, gap in self.gaps)

    def monthly(self) -> list[tuple[float, float, float, float]]:
        """(requirement, mission, successors, gap) for each month of the horizon."""
        n, exit_month = self.months, self.exit_month
        successors, gap = [0.0] * n, [0.0] * n
        for start, end, value, _actor_type in self.provisions:
            for i in range(start, end):
                successors[i] += value
        for start, end, value in self.gaps:
            gap[start:end] = [value] * (end - start)
        return [
            (1.0, 1.0, successors[i], 0.0)
            if i < exit_month
            else (self.required_share, 0.0, successors[i], gap[i])
            for i in range(n)
        ]


@dataclass(slots=True)
class Series:
    """Monthly totals of one group of capacities, for the protection-cliff chart."""

    requirement: list[float]
    mission: list[float]
    successors: list[float]
    by_actor_type: dict[str, list[float]]
    coverage: list[float]
    gap: list[float]
    capacities: int = 0


# --- which handovers count ----------------------------------------------------------------


class Active(NamedTuple):
    """An open handover as the engine counts it."""

    h: HandoverFacts
    nominal: float  # share x status factor: what the plan claims (0 for an excluded actor)
    value: float  # nominal x readiness factor: what is counted before funding
    readiness: str  # READY | NOT_READY | NOT_ASSESSED
    conflict: bool  # a party to the conflict where independence is required, or no successor
    first: int  # the first month it provides in (0 when undated: see dated)
    stop: int  # the month after the last one it provides in
    dated: bool  # it has a start date


class _Handovers:
    """Each capacity's open handovers, its discontinue decisions and its fallbacks."""

    def __init__(self, engine: _Engine, capacities: dict[str, CapacityFacts]):
        facts = engine.facts
        rules, threshold = facts.rules, facts.rules.readiness_threshold
        after, past, n = engine.after, engine.past, engine.n
        closed, discontinue = rules.closed_statuses, rules.discontinue_modalities
        excluded, parties = rules.not_successor_types, rules.party_to_conflict_types
        independent, provision = rules.independence_categories, rules.status_provision
        self.active: dict[str, list[Active]] = {c: [] for c in capacities}
        self.fallbacks: dict[str, list[tuple[HandoverFacts, HandoverFacts]]] = {}
        self.decided: dict[str, HandoverFacts] = {}  # capacity id -> its discontinue decision
        self.count = 0
        by_id = None  # handovers by id, once a fallback needs the one it stands in for
        make = tuple.__new__  # a NamedTuple without its Python-level constructor
        active, count = self.active, 0
        unready, unassessed = rules.unready_factor, rules.unassessed_factor
        for h in facts.handovers:
            cap = capacities.get(h.capacity_id)
            if cap is None:
                continue  # a handover of a capacity outside this plan or scenario
            count += 1
            status = h.status
            if status in closed:
                continue
            if h.modality in discontinue:
                self.decided.setdefault(h.capacity_id, h)
                continue
            if h.alternative_to:
                if by_id is None:
                    by_id = {h.id: h for h in facts.handovers}
                primary = by_id.get(h.alternative_to)
                if primary is not None:
                    self.fallbacks.setdefault(cap.id, []).append((h, primary))
                    if primary.status not in closed:
                        continue  # a fallback not chosen: counts for nothing yet
            actor_type = h.actor_type
            if actor_type in excluded or (actor_type in parties and cap.category in independent):
                conflict, nominal = True, 0.0
            else:
                share = h.share
                conflict = False
                nominal = (share if share > 0.0 else max(share, 0.0)) * provision.get(status, 1.0)
            scores = h.readiness
            if not scores:
                readiness, factor = NOT_ASSESSED, unassessed
            elif min(scores.values()) < threshold:
                readiness, factor = NOT_READY, unready
            else:
                readiness, factor = READY, 1.0
            start = h.start
            if start is None:
                first = stop = 0
            else:
                first, stop = after[start], n if h.end is None else past[h.end]
            active[cap.id].append(make(Active, (
                h, nominal, nominal * factor, readiness, conflict, first, stop,
                start is not None,
            )))
        self.count = count


# --- coverage -----------------------------------------------------------------------------


class _Engine:
    """Computes each capacity's coverage and unfunded cost; holds the rules and month lookups."""

    def __init__(self, facts: PlanFacts):
        self.facts = facts
        self.rules = facts.rules
        self.n = facts.months
        self.after = _MonthLookup(facts.horizon_start, facts.months, _MonthLookup.FROM)
        self.past = _MonthLookup(facts.horizon_start, facts.months, _MonthLookup.PAST)
        self.base = facts.horizon_start.year * 12 + facts.horizon_start.month
        self.month_of = _MonthNumber(self.base)
        self.line_cache: dict[tuple, tuple[int | None, int | None]] = {}
        self.secured = self.rules.secured_statuses
        self.floats: dict[Decimal, float] = {}  # amounts as floats: plans reuse round figures
        self.annuals: dict[Decimal, float | None] = {}  # annual costs: float, None if none
        self.mission_sources = self.rules.mission_funding_sources

    def annual_of(self, amount: Decimal) -> float | None:
        """float(amount) when the amount is above zero (a cost to pay for), else None;
        cached in self.annuals like float_of()."""
        value = self.annuals[amount] = float(amount) if amount > 0 else None
        return value

    def float_of(self, amount: Decimal) -> float:
        """float(amount), cached: a Decimal is read into a float through its digits."""
        value = self.floats.get(amount)
        if value is None:
            value = self.floats[amount] = float(amount)
        return value

    def exit_of(self, cap: CapacityFacts) -> int:
        """The first month the mission no longer provides: it provides in every month whose
        first day it is still there on (mission_end is its last day)."""
        return self.n if cap.mission_end is None else self.past[cap.mission_end]

    def cover(self, cap: CapacityFacts, active: list[Active], decided: bool = False):
        """One capacity: its successors' provision, the gaps after the exit, month masks, and
        what its funding leaves unpaid (decided: a discontinue decision, nothing to pay for
        when no successor runs it)."""
        coverages, unfunded = self.cover_all((cap,), {cap.id: active}, (cap.id,) if decided else ())
        return coverages[cap.id], unfunded.get(cap.id)

    def cover_all(self, capacities: Iterable[CapacityFacts], active: dict, decided) -> tuple:
        """cover() of every capacity, in one loop: the lookups and rules are read once, not
        per capacity, and the common case (no funding lines of the capacity's own) runs
        inline. Returns ({capacity id: coverage}, {capacity id: unfunded, when any})."""
        n, past, annuals = self.n, self.past, self.annuals
        keep = 1.0 - self.rules.unfunded_factor
        coverages, unfunded_of = {}, {}
        for cap in capacities:
            cap_id = cap.id
            end = cap.mission_end
            exit_month = n if end is None else past[end]
            need = cap.required_share
            dated = []
            for a in active[cap_id]:
                if a[7] and a[5] < a[6]:  # dated, and provides in some month
                    dated.append(a)
            annual = annuals.get(cap.annual_cost, 0)
            if annual == 0:
                annual = self.annual_of(cap.annual_cost)
            costed = exit_month < n and need > EPS and annual is not None
            if costed and (cap.funding or not dated):
                coverages[cap_id], part = self.cover_pooled(
                    cap, exit_month, dated, cap_id in decided)
                if part is not None:
                    unfunded_of[cap_id] = part
                continue
            events: list = []  # (month, change of provision, change of claimed share)
            successors = []
            covered = (1 << exit_month) - 1
            runs: list = []  # (start, end, unpaid per month) of every successor, in order
            cost, shares = 0.0, 0  # the cost of the successors' shares, how many are paid for
            unpaid_mask, unpaid_total = 0, 0.0  # the months and the amount runs leave unpaid
            currency = cap.currency
            for h, nominal, value, _readiness, _conflict, start, stop, _dated in dated:
                cuts = ()  # (start, end, factor): months not fully paid
                if value > EPS:
                    covered |= (1 << stop) - (1 << start)
                if stop > exit_month:
                    begin = start if start > exit_month else exit_month
                    events += ((begin, value, nominal), (stop, -value, -nominal))
                    if costed and nominal > EPS and h.share > 0:
                        # the share's cost a month, and the months its own secured lines
                        # leave unpaid (unpaid(), inline)
                        monthly = annual * h.share / 12
                        cost += monthly * (stop - begin)
                        shares += 1
                        unpaid = self.unpaid(begin, stop, monthly, h.funding, currency)
                        if unpaid:
                            runs += unpaid
                            # provision kept: what is paid of the month, and unfunded_factor
                            # of the rest
                            cuts = []
                            for s, e, short in unpaid:
                                factor = 1.0 - short / monthly * keep
                                cuts.append((s, e, factor))
                                events += ((s, value * (factor - 1), 0.0),
                                           (e, value * (1 - factor), 0.0))
                                unpaid_mask |= (1 << e) - (1 << s)
                                unpaid_total += short * (e - s)
                successors.append((start, stop, value, h.actor_type, cuts))
            unfunded = None
            if costed:
                if not shares:
                    if cap_id not in decided and not any(a.nominal > EPS for a in dated):
                        # nobody takes it over after the exit: the general path pays for
                        # the share still required
                        coverages[cap_id], part = self.cover_pooled(cap, exit_month, dated, False)
                        if part is not None:
                            unfunded_of[cap_id] = part
                        continue
                elif runs:
                    unfunded = unfunded_of[cap_id] = Unfunded(
                        currency, to_money(unpaid_total), cost, unpaid_mask, tuple(runs))
            gaps, gap_mask, nobody, partial = self.sweep(exit_month, need, events)
            coverages[cap_id] = CapacityCoverage(
                cap_id, n, exit_month, need, tuple(successors), gaps, gap_mask, covered,
                unpaid_mask if unfunded else 0, nobody, partial,
            )  # fmt: skip
        return coverages, unfunded_of

    def cover_pooled(self, cap: CapacityFacts, exit_month: int, dated: list, decided: bool):
        """cover() for a costed capacity with funding lines of its own, or with no successor
        after the exit: the shares are paid for together (funding())."""
        n, need = self.n, cap.required_share
        events: list = []
        factors, unfunded = self.funding(cap, exit_month, dated, decided)
        successors = []
        covered = (1 << exit_month) - 1
        for a in dated:
            value, start, end = a.value, a.first, a.stop
            cuts = factors.get(a.h.id, ())  # (start, end, factor): months not fully paid
            successors.append((start, end, value, a.h.actor_type, cuts))
            if value > EPS:
                covered |= (1 << end) - (1 << start)
            if end > exit_month:
                begin = start if start > exit_month else exit_month
                events += ((begin, value, a.nominal), (end, -value, -a.nominal))
            for s, e, factor in cuts:
                events += ((s, value * (factor - 1), 0.0), (e, value * (1 - factor), 0.0))
        gaps, gap_mask, nobody, partial = self.sweep(exit_month, need, events)
        coverage = CapacityCoverage(
            cap.id, n, exit_month, need, tuple(successors), gaps, gap_mask, covered,
            unfunded.mask if unfunded else 0, nobody, partial,
        )  # fmt: skip
        return coverage, unfunded

    def sweep(self, exit_month: int, need: float, events: list):
        """Gap segments after the exit (before it, the mission covers the requirement), and the
        gap months where nobody, or too small a share, is claimed. events: (month, change of
        counted provision, change of claimed share), none before the exit; the changes of one
        month are added in the order sort() gives them, as they always were."""
        n = self.n
        if need <= EPS or exit_month >= n:
            return (), 0, 0, 0
        gaps, gap_mask, nobody, partial = [], 0, 0, 0
        level, claimed, since = 0.0, 0.0, exit_month
        events.sort()
        for month, change, claim in events:
            if month != since:
                gap = need - level
                if gap > EPS:
                    span = (1 << month) - (1 << since)
                    gaps.append((since, month, gap))
                    gap_mask |= span
                    if claimed <= EPS:
                        nobody |= span
                    elif need - claimed > EPS:
                        partial |= span
                since = month
            level += change
            claimed += claim
        if since < n:  # the months after the last change
            gap = need - level
            if gap > EPS:
                span = (1 << n) - (1 << since)
                gaps.append((since, n, gap))
                gap_mask |= span
                if claimed <= EPS:
                    nobody |= span
                elif need - claimed > EPS:
                    partial |= span
        return tuple(gaps), gap_mask, nobody, partial

    # --- funding by amount ----------------------------------------------------------------

    def eligible(self, lines: Iterable[FundingFacts], currency: str) -> list[tuple]:
        """(first month, end month exclusive, amount) of the secured lines that outlive the
        mission, in the capacity's currency; months relative to the horizon, None where the
        period is open."""
        rules, out = self.rules, []
        secured, mission = rules.secured_statuses, rules.mission_funding_sources
        for line in lines:
            if (
                line.status in secured
                and line.source_type not in mission
                and line.currency == currency
            ):
                key = (line.start, line.end)
                months = self.line_cache.get(key)
                if months is None:
                    months = self.line_cache[key] = self.line_months(line)
                out.append((*months, float(line.amount)))
        return out

    def line_months(self, line: FundingFacts) -> tuple[int | None, int | None]:
        """The months a line's period touches, unclamped (a period may begin before the
        horizon: those months take their part of the money too)."""
        base = self.base
        first = None if line.start is None else line.start.year * 12 + line.start.month - base
        end = None if line.end is None else line.end.year * 12 + line.end.month - base + 1
        if first is not None and end is not None and end <= first:
            end = first + 1  # a period ending before it starts: its start month
        return first, end

    def paying(self, lines: list[tuple], start: int, end: int) -> list[tuple[int, int, float]]:
        """(first, end, amount per month) of each line within the months start..end-1 it must
        pay for: a line pays an equal part of its amount in each month of its period, and an
        open side of the period runs to that edge of the months to pay for."""
        out = []
        for first, stop, amount in lines:
            s = start if first is None else first
            e = end if stop is None else stop
            if e > s:
                out.append((max(s, start), min(e, end), amount / (e - s)))
        return out

    def funding(self, cap: CapacityFacts, exit_month: int, dated: list, decided: bool):
        """Per handover the months after the exit whose cost its secured funding does not
        fully pay, as (start, end, provision factor); and what the capacity's funding leaves
        unpaid (None when nothing is)."""
        n, annual, currency = self.n, float(cap.annual_cost), cap.currency
        # (handover id, first month, end, cost per month, its lines) of each share to pay for
        shares, cost = [], 0.0
        for a in dated:
            start, end = a.first, a.stop
            if a.nominal > EPS and end > exit_month and a.h.share > 0:
                begin = start if start > exit_month else exit_month
                monthly = annual * a.h.share / 12
                shares.append((a.h.id, begin, end, monthly, a.h.funding))
                cost += monthly * (end - begin)
        if not shares:
            if decided or any(a.nominal > EPS for a in dated):
                return {}, None  # decided to stop, or successors run it but not after the exit
            # nobody takes it over: the share still required is to be paid for
            monthly = annual * cap.required_share / 12
            shares, cost = [("", exit_month, n, monthly, ())], monthly * (n - exit_month)
        pool = self.eligible(cap.funding, currency) if cap.funding else ()
        if pool:
            pool = self.paying(pool, exit_month, n)
        if pool:
            factors, runs = self.pooled(shares, pool, exit_month, n, currency)
        else:
            factors, runs = {}, []
            keep = 1.0 - self.rules.unfunded_factor
            for hid, begin, end, monthly, lines in shares:
                unpaid = self.unpaid(begin, end, monthly, lines, currency)
                if unpaid:
                    runs += unpaid
                    # provision kept: what is paid of the month, and unfunded_factor of the rest
                    factors[hid] = [(s, e, 1.0 - short / monthly * keep)
                                    for s, e, short in unpaid]
        if not runs:
            return factors, None
        mask, total = 0, 0.0
        for s, e, short in runs:
            mask |= (1 << e) - (1 << s)
            total += short * (e - s)
        return factors, Unfunded(currency, to_money(total), cost, mask, tuple(runs))

    def factor(self, short: float, monthly: float) -> float:
        """The provision kept in a month whose cost is paid but for `short`."""
        return 1.0 - short / monthly * (1.0 - self.rules.unfunded_factor)

    def unpaid(self, begin: int, end: int, monthly: float, lines, currency: str) -> list:
        """(start, end, unpaid per month) of one share's months begin..end-1 that its own
        secured lines do not fully pay (eligible() and paying() in one pass, since each
        handover's lines are read once)."""
        paying = []
        secured, mission, month_of = self.secured, self.mission_sources, self.month_of
        floats = self.floats
        for line in lines:
            if (line.status not in secured or line.source_type in mission
                    or line.currency != currency):
                continue
            first, last = line.start, line.end
            s = begin if first is None else month_of[first]
            if last is None:
                e = end
            else:
                e = month_of[last] + 1
                if first is not None and e <= s:
                    e = s + 1  # a period ending before it starts: its start month
            if e > s:
                amount = floats.get(line.amount)
                if amount is None:
                    amount = self.float_of(line.amount)
                part = amount / (e - s)
                s, e = (s if s > begin else begin), (e if e < end else end)
                if s < e:
                    paying.append((s, e, part))
        if not paying:
            return [(begin, end, monthly)]
        if len(paying) > 1:
            paying.sort()
        out, pos = [], begin
        for s, e, part in paying:  # lines one after another: each pays its own months
            if s < pos:
                return self.sweep_lines(begin, end, monthly, paying)
            if s > pos:
                out.append((pos, s, monthly))
            if monthly - part > HALF_CENT:
                out.append((s, e, monthly - part))
            pos = e
        if end > pos:
            out.append((pos, end, monthly))
        return out

    @staticmethod
    def sweep_lines(begin: int, end: int, monthly: float, paying: list) -> list:
        """unpaid() where lines overlap: a sweep over their starts and ends."""
        events = []
        for s, e, part in paying:
            events += ((s, part), (e, -part))
        events.sort()
        out, paid, pos = [], 0.0, begin
        for month, change in events:
            if month > pos:
                if monthly - paid > HALF_CENT:
                    out.append((pos, month, monthly - paid))
                pos = month
            paid += change
        if end > pos and monthly - paid > HALF_CENT:
            out.append((pos, end, monthly - paid))
        return out

    def pooled(self, shares: list, pool: list, exit_month: int, n: int, currency: str):
        """unpaid() for a capacity that has lines of its own: they pay, after each share's own
        lines, what those leave unpaid, in proportion to it; segment by segment."""
        shares = [(hid, b, e, monthly, self.paying(self.eligible(lines, currency), b, e))
                  for hid, b, e, monthly, lines in shares]
        points = {exit_month, n}
        for _id, start, end, _cost, lines in shares:
            points.update((start, end))
            points.update(p for s, e, _m in lines for p in (s, e))
        points.update(p for s, e, _m in pool for p in (s, e))
        bounds = sorted(p for p in points if exit_month <= p <= n)
        factors: dict[str, list] = {}
        runs = []
        for s, e in zip(bounds, bounds[1:]):
            running = [x for x in shares if x[1] <= s < x[2]]
            if not running:
                continue
            left = [x[3] - sum(m for ls, le, m in x[4] if ls <= s < le) for x in running]
            pooled = sum(m for ls, le, m in pool if ls <= s < le)
            wanting = sum(x for x in left if x > 0)
            pays = min(1.0, pooled / wanting) if wanting > 0 else 1.0
            for (hid, _start, _end, monthly, _lines), short in zip(running, left):
                short *= 1.0 - pays
                if short > HALF_CENT:
                    runs.append((s, e, short))
                    factors.setdefault(hid, []).append((s, e, self.factor(short, monthly)))
        return factors, runs


# --- flags --------------------------------------------------------------------------------

# A rule hit: (capacity, handover or None, kind-specific facts, months it explains). Rules only
# decide; the wording (message, records, details) is built when report.flags is first read.
Hit = tuple


def _by_first_month(a: Active) -> tuple:
    return a.first, a.h.start


class _Rules:
    """Decides which flags each capacity raises, into buckets per severity and kind."""

    def __init__(self, engine: _Engine, capacities: dict, coverages: dict, unfunded: dict):
        rules = engine.rules
        self.engine, self.rules = engine, rules
        self.capacities, self.coverages, self.unfunded = capacities, coverages, unfunded
        self.as_of = engine.facts.as_of
        self.buckets: dict[str, dict[str, list[Hit]]] = {
            s: {k: [] for k in FLAG_KINDS} for s in SEVERITIES
        }
        self.not_ready = 0  # capacities with an active handover below the readiness threshold
        self.not_assessed = 0  # capacities with an active handover nobody has assessed

    def capacity(self, cap: CapacityFacts, handovers: _Handovers) -> None:
        """Apply every rule to one capacity (each kind's hits in the order of its handovers:
        the kinds are separate lists, so the order between kinds does not matter)."""
        severity = _SEVERITY_OF_CRITICALITY.get(cap.criticality, "medium")
        add = self.buckets[severity]
        cap_id = cap.id
        active = handovers.active[cap_id]
        cov = self.coverages[cap_id]
        gap_mask = cov.gap_mask
        providers = []  # (a loop: a comprehension is a function made and called per capacity)
        for a in active:
            if a.dated and a.nominal > EPS:
                providers.append(a)
        unfunded = self.unfunded.get(cap_id)
        if providers:
            self.timing(cap, cov, providers, add)
        elif cap.required_share > EPS:
            decision = handovers.decided.get(cap_id)
            if decision is None:
                add["no_successor"].append((cap, None, (active, unfunded), gap_mask))
                unfunded = None  # said by no_successor: one flag for one hole
            elif gap_mask:  # a decision to stop: the drop it leaves is still shown
                add["discontinued"].append((cap, decision, None, gap_mask))
        if cov.partial_mask:
            add["partial_cover"].append((cap, None, active, cov.partial_mask))
        if active:
            self.successors(cap, cov, active, add)
        if unfunded is not None:
            add["unfunded_after_exit"].append((cap, None, unfunded, cov.unfunded_mask))
        if handovers.fallbacks:
            for h, primary in handovers.fallbacks.get(cap_id, ()):
                self.fallback(cap, h, primary, add)
        if cap.enabler_ids:
            for enabler_id in dict.fromkeys(cap.enabler_ids):
                self.orphaned(cap, enabler_id, add)
        if cap.has_sensitive_data:
            for a in active:
                if a.h.data_protocol:
                    break
            else:
                self.buckets["high" if severity == "high" else "medium"][
                    "data_without_protocol"
                ].append((cap, None, None, 0))

    def timing(self, cap: CapacityFacts, cov: CapacityCoverage, providers: list, add) -> None:
        """late_successor: nobody yet after the mission left; successor_ends: nobody (or less)
        any more after a commitment ends within the horizon."""
        engine, end, months = self.engine, cap.mission_end, cov.months
        if end is not None:
            first = providers[0].h  # the earliest start (then the lowest id)
            if len(providers) > 1:
                for a in providers:
                    h = a.h
                    if h.start < first.start or (h.start == first.start and h.id < first.id):
                        first = h
            # the days with nobody in charge (none when it starts by the exit: no timedelta)
            days = (first.start - end).days - 1 if first.start > end else 0
            if days > 0:
                explains = _span(cov.exit_month, engine.after[first.start]) & cov.gap_mask
                add["late_successor"].append((cap, first, days, explains))
        for a in providers:
            if a.stop < months:
                break
        else:
            return  # no commitment ends within the horizon
        ending = [a for a in providers if a.stop < months]
        by_start = sorted((a for a in providers if a.first < a.stop), key=_by_first_month)
        for a in ending:
            stop = a.stop
            later = next((b.h for b in by_start if b is not a and b.first >= stop), None)
            following = months if later is None else engine.after[later.start]
            explains = _span(max(stop, cov.exit_month), following) & cov.gap_mask
            if explains:
                add["successor_ends"].append((cap, a.h, later, explains))

    def successors(self, cap, cov: CapacityCoverage, active: list, add) -> None:
        """Rules about each open handover: readiness, assessment, independence, agreement;
        then over-allocation, month by month."""
        rules, as_of = self.rules, self.as_of
        any_unready = any_unassessed = False
        gap_after = None  # the gap months after the exit, when a rule needs them
        claimed = 0.0  # the shares the dated handovers claim, for over_allocation

        for a in active:
            h, readiness = a.h, a.readiness
            if a.dated:
                claimed += h.share
            if readiness is READY and not a.conflict:
                if as_of is not None and a.dated and h.agreement != "signed" and h.start <= as_of:
                    add["agreement_missing"].append((cap, h, None, 0))
                continue
            # the gap months it would cover
            if a.dated:
                if gap_after is None:
                    gap_after = _span(cov.exit_month, cov.months) & cov.gap_mask
                within = _span(a.first, a.stop) & gap_after
            else:
                within = 0
            if a.conflict:  # not a successor here at all: its readiness and papers are moot
                party = h.actor_type not in rules.not_successor_types
                self.buckets["high"]["independence_conflict"].append((cap, h, party, within))
                continue
            if readiness is NOT_READY:
                add["readiness_below_threshold"].append((cap, h, None, within))
                any_unready = True
            elif a.nominal > EPS:  # not assessed; merely identified: not yet to be assessed
                explains = within if rules.unassessed_factor < 1.0 else 0
                add["readiness_not_assessed"].append((cap, h, None, explains))
                any_unassessed = True
            if as_of is not None and a.dated and h.agreement != "signed" and h.start <= as_of:
                add["agreement_missing"].append((cap, h, None, 0))
        self.not_ready += any_unready
        self.not_assessed += any_unassessed
        if claimed > 1.0 + EPS and len(active) > 1:
            self.over_allocation(cap, active)

    def over_allocation(self, cap: CapacityFacts, active: list) -> None:
        """Shares claimed by successors of the same months above 100%: recorded, not refused
        (co-drafting partners write that), and named."""
        if len(active) < 2:
            return
        claimed = 0.0
        for a in active:
            if a.dated:
                claimed += a.h.share
        if claimed <= 1.0 + EPS:
            return
        dated = [(a.h, a.first, a.stop) for a in active if a.dated]
        if len(dated) < 2:
            return
        points = sorted({p for _h, s, e in dated for p in (s, e)})
        peak, mask, involved = 0.0, 0, {}
        for s, e in zip(points, points[1:]):
            running = [h for h, hs, he in dated if hs <= s < he]
            total = sum(h.share for h in running)
            if total > 1.0 + EPS:
                peak = max(peak, total)
                mask |= _span(s, e)
                involved.update((h.id, h) for h in running)
        if mask:
            claim = (peak, mask, tuple(involved.values()))
            self.buckets["medium"]["over_allocation"].append((cap, None, claim, 0))

    def fallback(self, cap, h: HandoverFacts, primary: HandoverFacts, add) -> None:
        """A capacity rests on its fallback once the handover it stands in for is closed or at
        risk; a fallback that is not agreed is then no plan at all."""
        rules = self.rules
        rests = primary.status in rules.closed_statuses or primary.status in rules.at_risk_statuses
        agreed = rules.status_provision.get(h.status, 1.0) >= 1.0 - EPS
        if rests and not agreed and h.status not in rules.closed_statuses:
            add["alternative_not_agreed"].append((cap, h, primary, 0))

    def orphaned(self, cap: CapacityFacts, enabler_id: str, add: dict) -> None:
        if enabler_id == cap.id or enabler_id not in self.coverages:
            return
        orphan = self.coverages[enabler_id].gap_mask & self.coverages[cap.id].covered_mask
        if orphan:
            add["enabler_orphaned"].append(
                (cap, None, (self.capacities[enabler_id], orphan), 0)
            )

    def monitoring(self, facts: PlanFacts) -> None:
        """re_engagement_trigger: each indicator that crossed its threshold, or reported
        nothing, for N periods; hit (capacity or None, handover or None, (trigger, indicator),
        0): it explains no gap month, the months after the horizon's plan are its subject."""
        from transition_planner.domain.monitoring import triggers

        calls = triggers(facts.indicators, facts.as_of or date.today())
        by_id = {h.id: h for h in facts.handovers} if calls else None
        hits = []
        for ind, fired in calls:
            h = by_id.get(ind.handover_id) if ind.handover_id else None
            cap = self.capacities.get(h.capacity_id) if h is not None else None
            hits.append(((cap.name if cap else "", ind.name, ind.id), (cap, h, (fired, ind), 0)))
        hits.sort(key=lambda x: x[0])
        self.buckets["high"]["re_engagement_trigger"] += [hit for _key, hit in hits]

    def hits(self) -> Iterator[tuple[str, str, Hit]]:
        """(severity, kind, hit) ordered by severity, kind (FLAG_KINDS order), then capacity
        name: capacities were visited by name, so the buckets need no sort."""
        for severity, kinds in self.buckets.items():
            for kind, hits in kinds.items():
                for hit in hits:
                    yield severity, kind, hit


def flag_to_dict(flag: Flag) -> dict:
    """The JSON shape of a flag (stable contract of `transition-planner gaps --json`)."""
    return {
        "kind": flag.kind,
        "severity": flag.severity,
        "message": flag.message,
        "records": [{"type": r.type, "id": r.id, "name": r.name} for r in flag.records],
        "details": dict(flag.details),
    }


# --- series -------------------------------------------------------------------------------


def _groups_of(cap: CapacityFacts, by: str | None) -> tuple[str, ...]:
    """The group keys a capacity counts in (one per population it serves)."""
    if by is None:
        return (ALL,)
    if by == "location":
        return (cap.location_id,)
    if by == "population":
        return cap.populations or (NO_POPULATION,)
    return (getattr(cap, by),)


def _where_key(where: Mapping[str, Iterable[str]] | None) -> tuple:
    """A hashable form of a series filter, so each filtered view is cached once."""
    if not where:
        return ()
    unknown = set(where) - set(WHERE_KEYS)
    if unknown:
        raise ValueError(f"cannot filter series by {sorted(unknown)}; use {WHERE_KEYS}")
    return tuple(sorted((k, frozenset(v)) for k, v in where.items()))


def _matches(cap: CapacityFacts, where: tuple) -> bool:
    for key, wanted in where:
        if key == "population":
            if wanted.isdisjoint(cap.populations or (NO_POPULATION,)):
                return False
        elif (cap.location_id if key == "location" else getattr(cap, key)) not in wanted:
            return False
    return True


def _running(diff: list[float], n: int) -> list[float]:
    """Running sums of a difference array; the float residue of adding and removing the same
    values is cleared (every true value here is 0 or well above EPS)."""
    return [x if x > EPS else 0.0 for x in accumulate(diff[:n])]


class _SeriesBuilder:
    """Difference arrays of one group: O(segments) to fill, O(months) to read."""

    def __init__(self, months: int):
        self.n, self.count = months, 0
        self.requirement = [0.0] * (months + 1)
        self.mission = [0.0] * (months + 1)
        self.successors = [0.0] * (months + 1)
        self.gap = [0.0] * (months + 1)
        self.actors: dict[str, list[float]] = {}

    def add(self, cov: CapacityCoverage) -> None:
        self.count += 1
        exit_month = cov.exit_month
        self.requirement[0] += 1.0
        self.requirement[exit_month] += cov.required_share - 1.0
        self.mission[0] += 1.0
        self.mission[exit_month] -= 1.0
        gap = self.gap
        for s, e, value in cov.gaps:
            gap[s] += value
            gap[e] -= value
        successors = self.successors
        for s, e, value, actor_type in cov.provisions:
            diff = self.actors.get(actor_type)
            if diff is None:
                diff = self.actors[actor_type] = [0.0] * (self.n + 1)
            diff[s] += value
            diff[e] -= value
            successors[s] += value
            successors[e] -= value

    def build(self) -> Series:
        n = self.n
        mission, successors = _running(self.mission, n), _running(self.successors, n)
        return Series(
            requirement=_running(self.requirement, n),
            mission=mission,
            successors=successors,
            by_actor_type={a: _running(d, n) for a, d in sorted(self.actors.items())},
            coverage=[m + s for m, s in zip(mission, successors)],
            gap=_running(self.gap, n),
            capacities=self.count,
        )


# --- the report ---------------------------------------------------------------------------


class GapReport:
    """Coverage of every capacity, the flags and the summary of one plan and scenario."""

    def __init__(
        self, facts: PlanFacts, coverages: dict, unfunded: dict, rules: _Rules, summary: dict
    ):
        self.facts = facts
        self.coverages: dict[str, CapacityCoverage] = coverages
        self.unfunded: dict[str, Unfunded] = unfunded  # capacity id -> what is left unpaid
        self.summary: dict = summary
        self._rules = rules
        self._flags: tuple[Flag, ...] | None = None
        self._series: dict[tuple, dict[str, Series]] = {}

    @property
    def flags(self) -> tuple[Flag, ...]:
        """Flags ordered by severity, kind (FLAG_KINDS order), capacity name; worded on first
        read, since a plan of thousands of capacities may raise tens of thousands."""
        if self._flags is None:
            from transition_planner.domain.wording import FlagWording

            wording = FlagWording(self._rules)
            with collector_paused():
                self._flags = tuple(wording.flag(*hit) for hit in self._rules.hits())
        return self._flags

    def flags_in(self, lang: str | None = None) -> Iterator[Flag]:
        """The flags, as ordered in `flags`, with their messages in a language (a code; None:
        the current one), worded one at a time as they are read and not kept: `gaps --json`
        words each once, in its language only, and writes it (the flags of a 10k-capacity
        plan hold 16 MB of French text). Once `flags` is read, these are made from it."""
        from transition_planner.domain.wording import FlagWording, word_flag
        from transition_planner.i18n import ENGLISH, translator

        t = translator(lang)
        if self._flags is not None:  # worded in English already: only their messages change
            if t.lang == ENGLISH:
                return iter(self._flags)
            return (dataclasses.replace(f, message=word_flag(f, t)) for f in self._flags)
        wording = FlagWording(self._rules, t)
        return (wording.flag(*hit) for hit in self._rules.hits())

    def flag_runs(self, lang: str | None = None) -> Iterator[tuple[str, str, Iterator]]:
        """The flags of flags_in(lang), in its order, as runs of one severity and kind:
        (severity, kind, the (message, records, details) of each flag of the run). For a
        writer of every flag (`gaps --json`): no Flag is made for each, nor the kind's
        wording looked up for each (with the records' JSON made once each, 3% of that
        command at 10k capacities)."""
        if self._flags is not None:
            for (severity, kind), flags in groupby(self.flags_in(lang),
                                                   key=lambda f: (f.severity, f.kind)):
                yield severity, kind, ((f.message, f.records, f.details) for f in flags)
            return
        from transition_planner.domain.wording import FlagWording
        from transition_planner.i18n import translator

        wording = FlagWording(self._rules, translator(lang))
        for severity, kinds in self._rules.buckets.items():
            for kind, hits in kinds.items():
                if hits:
                    yield severity, kind, wording.worded(kind, hits)

    def coverage(self, capacity_id: str) -> CapacityCoverage:
        return self.coverages[capacity_id]

    def series(
        self, by: str | None = None, where: Mapping[str, Iterable[str]] | None = None
    ) -> dict[str, Series]:
        """Monthly totals per group (by: None, category, tier, location id, population,
        component), over the capacities matching `where` ({field: allowed values}); cached."""
        if by not in GROUPINGS:
            raise ValueError(f"cannot group series by {by!r}; use one of {GROUPINGS}")
        key = (by, _where_key(where))
        if key not in self._series:
            with collector_paused():
                self._series[key] = self._build_series(by, key[1])
        return self._series[key]

    def series_json(
        self, by: str | None = None, where: Mapping[str, Iterable[str]] | None = None
    ) -> dict[str, dict]:
        """series() as plain dicts for `gaps --json --series`; by="all" means the whole plan."""
        groups = self.series(None if by == ALL else by, where)
        return {group: dataclasses.asdict(series) for group, series in groups.items()}

    def _build_series(self, by: str | None, where: tuple) -> dict[str, Series]:
        builders: dict[str, _SeriesBuilder] = {}
        if by is None:
            builders[ALL] = _SeriesBuilder(self.facts.months)  # an empty plan still has a chart
        for cap in self.facts.capacities:
            if where and not _matches(cap, where):
                continue
            for group in _groups_of(cap, by):
                builder = builders.get(group)
                if builder is None:
                    builder = builders[group] = _SeriesBuilder(self.facts.months)
                builder.add(self.coverages[cap.id])
        return {group: builders[group].build() for group in sorted(builders)}

    def to_json_dict(self, lang: str | None = "en") -> dict:
        """{"summary": ..., "flags": [...]}: the contract of `transition-planner gaps --json`,
        the flags' messages in a language (English unless another is named; None: the current
        one)."""
        flags = self.flags_in(lang)
        with collector_paused():  # (the flags of another language worded meanwhile)
            return {"summary": self.summary, "flags": [flag_to_dict(f) for f in flags]}


def _summary(facts: PlanFacts, coverages: dict, unfunded: dict, rules: _Rules, count: int):
    gaps_by_location: dict[str, int] = {}
    gap_months = 0
    for cap in facts.capacities:
        mask = coverages[cap.id].gap_mask
        if mask:
            gap_months += mask.bit_count()
            gaps_by_location[cap.location_id] = gaps_by_location.get(cap.location_id, 0) | mask
    if len(coverages) != len(facts.capacities):  # coverages of capacities outside the plan
        gap_months = sum(c.gap_months for c in coverages.values())
    counts = dict.fromkeys(FLAG_KINDS, 0)
    for kinds in rules.buckets.values():
        for kind, hits in kinds.items():
            counts[kind] += len(hits)
    money: dict[str, Decimal] = {}
    for part in unfunded.values():
        currency = part.currency
        money[currency] = money[currency] + part.amount if currency in money else part.amount
    return {
        "capacities": len(facts.capacities),
        "handovers": count,
        "capacities_without_successor": counts["no_successor"],
        "capacities_not_ready": rules.not_ready,
        "capacities_not_assessed": rules.not_assessed,
        "capacity_gap_months": gap_months,
        "uncovered_location_months": sum(m.bit_count() for m in gaps_by_location.values()),
        "unfunded_after_exit": {c: str(a) for c, a in sorted(money.items())},
        "flags_by_kind": counts,
        "horizon_start": facts.horizon_start.isoformat(),
        "horizon_end": horizon_end(facts).isoformat(),
        "months": facts.months,
        "exit_date": facts.exit_date.isoformat() if facts.exit_date else None,
    }


def compute_gaps(facts: PlanFacts) -> GapReport:
    """Coverage, rule hits and summary of a plan; flag wording and series are built on demand."""
    with collector_paused():
        engine = _Engine(facts)
        capacities = {c.id: c for c in facts.capacities}
        handovers = _Handovers(engine, capacities)
        coverages, unfunded = engine.cover_all(facts.capacities, handovers.active,
                                               handovers.decided)
        rules = _Rules(engine, capacities, coverages, unfunded)
        for cap in by_name(facts.capacities):
            rules.capacity(cap, handovers)
        if facts.indicators:
            rules.monitoring(facts)
        summary = _summary(facts, coverages, unfunded, rules, handovers.count)
        return GapReport(facts, coverages, unfunded, rules, summary)
