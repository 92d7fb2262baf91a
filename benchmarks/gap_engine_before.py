"""The gap engine as it was before the second wave (kept only to time the new one against it).

Semantics (month i of the horizon starts on add_months(horizon_start, i)):
- The mission provides 1.0 in month i while the month starts before capacity.mission_end
  (always when mission_end is None).
- A successor provides from the first month starting on or after its start until the last
  month starting before its end; undated, closed or discontinued handovers provide nothing.
  Provision = share x status factor x readiness factor (unready_factor if any score is below
  the threshold) x funding factor (unfunded_factor in a month after the mission left a costed
  capacity when no secured, non-mission funding line of the handover overlaps that month).
- Requirement = 1.0 while the mission provides, then capacity.required_share.
  Coverage = mission + successors; gap = max(0, requirement - coverage).
- "Active" handover: neither closed nor discontinued. A discontinue modality is a decision to
  stop: it silences no_successor and the no-successor case of unfunded_after_exit, covers nothing.
Values are piecewise constant between a few breakpoints (mission end, handover dates, funding
periods), so each capacity is computed as segments, never month by month; and since the mission
covers the whole requirement while it is there, only the months after its exit are swept.
Flag severity follows the capacity's criticality (critical/high -> high, medium, low), except
over_allocation (medium), independence_conflict (high) and data_without_protocol (high, or
medium below high criticality). compute_gaps evaluates every rule and the summary; the flags'
wording and the series are built on first use and cached by the report.
"""

from __future__ import annotations

import calendar
import dataclasses
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from itertools import accumulate
from typing import NamedTuple

from transition_planner.domain.collector import collector_paused
from transition_planner.domain.facts import CapacityFacts, HandoverFacts, PlanFacts
from transition_planner.domain.taxonomy import READINESS_MAX

EPS = 1e-9  # below this a gap or a coverage is float noise, not a planning fact
ALL = "all"  # the single group of series(by=None)
NO_POPULATION = "unspecified"  # population group of capacities that name no population
GROUPINGS = (None, "category", "tier", "location", "population", "component")
WHERE_KEYS = ("category", "tier", "location", "population", "component", "criticality")
FLAG_KINDS = (
    "no_successor",
    "late_successor",
    "readiness_below_threshold",
    "unfunded_after_exit",
    "over_allocation",
    "enabler_orphaned",
    "independence_conflict",
    "data_without_protocol",
)
SEVERITIES = ("high", "medium", "low")
_SEVERITY_OF_CRITICALITY = {"critical": "high", "high": "high", "medium": "medium", "low": "low"}
_MONTH_NAMES = tuple(calendar.month_name)  # English whatever the machine's locale
_CENT = Decimal("0.01")


# --- months -------------------------------------------------------------------------------


def add_months(d: date, n: int) -> date:
    """The same day n months later (clamped to the month's last day)."""
    y, m = divmod(d.year * 12 + d.month - 1 + n, 12)
    return date(y, m + 1, min(d.day, calendar.monthrange(y, m + 1)[1]))


def month_index(d: date, horizon_start: date) -> int:
    """Index of the month containing d (negative before the horizon)."""
    return (d.year - horizon_start.year) * 12 + d.month - horizon_start.month


def month_starts(facts: PlanFacts) -> list[date]:
    """First day of each month of the horizon."""
    first = facts.horizon_start.replace(day=1)
    return [add_months(first, i) for i in range(facts.months)]


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

    def __init__(self, horizon_start: date, months: int, after: bool):
        super().__init__()
        self.base = horizon_start.year * 12 + horizon_start.month
        self.n = months
        self.after = after  # True: first month starting on or after d; False: month holding d

    def __missing__(self, d: date) -> int:
        i = d.year * 12 + d.month - self.base + (self.after and d.day > 1)
        self[d] = i = min(max(i, 0), self.n)
        return i


# (start month, end month exclusive, provision, actor type, bit mask of the months after the
# mission's exit that no secured funding covers, provision in those months)
Successor = tuple[int, int, float, str, int, float]


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


@dataclass(slots=True)
class CapacityCoverage:
    """One capacity's requirement, provision and gap over the horizon, as segments."""

    capacity_id: str
    months: int
    exit_month: int  # first month the mission no longer provides (months if never)
    required_share: float  # requirement from exit_month on (1.0 before)
    successors: tuple[Successor, ...]
    gaps: tuple[tuple[int, int, float], ...]  # (start, end, gap value), gap > 0 only
    gap_mask: int  # bit i set: gap in month i
    covered_mask: int  # bit i set: the mission or a successor provides in month i
    unfunded_mask: int  # bit i set: post-exit month with unfunded successor provision

    @property
    def provisions(self) -> list[tuple[int, int, float, str]]:
        """(start, end, provision, actor type): each successor cut where its funding lapses."""
        out = []
        for start, end, value, actor_type, short, cut in self.successors:
            pos = start
            for s, e in _runs(short):
                if s > pos:
                    out.append((pos, s, value, actor_type))
                out.append((s, e, cut, actor_type))
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


# --- coverage -----------------------------------------------------------------------------


class _Engine:
    """Computes each capacity's coverage; holds the rules and month lookups for one plan."""

    def __init__(self, facts: PlanFacts):
        self.facts = facts
        self.rules = facts.rules
        self.n = facts.months
        self.after = _MonthLookup(facts.horizon_start, facts.months, after=True)
        self.within = _MonthLookup(facts.horizon_start, facts.months, after=False)
        self.line_masks: dict[tuple, int] = {}

    def funded(self, h: HandoverFacts) -> int:
        """Months overlapped by the handover's secured funding that outlives the mission."""
        rules, mask = self.rules, 0
        for line in h.funding:
            if line.status in rules.secured_statuses and (
                line.source_type not in rules.mission_funding_sources
            ):
                key = (line.start, line.end)
                part = self.line_masks.get(key)
                if part is None:
                    part = self.line_masks[key] = self.line_span(line.start, line.end)
                mask |= part
        return mask

    def line_span(self, start: date | None, end: date | None) -> int:
        """Months a funding period overlaps (start <= month's last day, end >= month start)."""
        lo = 0 if start is None else self.within[start]
        if end is None:
            return _span(lo, self.n)
        last = month_index(end, self.facts.horizon_start)
        return _span(lo, min(last + 1, self.n))

    def active_handovers(self, capacities: dict):
        """Per capacity its active handovers as (handover, provision before the funding factor,
        unready); the ids of capacities with a discontinue decision; how many handovers."""
        rules, threshold = self.rules, self.rules.readiness_threshold
        active: dict[str, list[tuple[HandoverFacts, float, bool]]] = {c: [] for c in capacities}
        decided: set[str] = set()
        count = 0
        for h in self.facts.handovers:
            mine = active.get(h.capacity_id)
            if mine is None:
                continue  # a handover of a capacity outside this plan or scenario
            count += 1
            if h.status in rules.closed_statuses:
                continue
            if h.modality in rules.discontinue_modalities:
                decided.add(h.capacity_id)
                continue
            unready = bool(h.readiness) and min(h.readiness.values()) < threshold
            value = max(h.share, 0.0) * rules.status_provision.get(h.status, 1.0)
            value = max(value * rules.unready_factor if unready else value, 0.0)
            mine.append((h, value, unready))
        return active, decided, count

    def cover(self, cap: CapacityFacts, active: list) -> CapacityCoverage:
        """One capacity: its successors' provision, the gaps after the exit, month masks."""
        n, after, unfunded_factor = self.n, self.after, self.rules.unfunded_factor
        exit_month = n if cap.mission_end is None else after[cap.mission_end]
        post_exit = (1 << n) - (1 << exit_month) if cap.annual_cost > 0 else 0
        successors: list[Successor] = []
        events = [(exit_month, 0.0), (n, 0.0)]  # (month, change of provision) after the exit
        covered, unfunded = (1 << exit_month) - 1, 0
        for h, value, _unready in active:
            if h.start is None:
                continue
            start = after[h.start]
            end = n if h.end is None else after[h.end]
            if start >= end:
                continue
            span = (1 << end) - (1 << start)
            short = post_exit & span  # months after the exit that need funding
            if short:
                short &= ~self.funded(h)
            cut = value * unfunded_factor
            successors.append((start, end, value, h.actor_type, short, cut))
            if value > EPS:
                covered |= span if cut > EPS else span & ~short
            if end > exit_month:
                events += ((start if start > exit_month else exit_month, value), (end, -value))
            if short:
                unfunded |= short
                for s, e in _runs(short):
                    events += ((s, cut - value), (e, value - cut))
        gaps, gap_mask = self.sweep(exit_month, cap.required_share, events)
        return CapacityCoverage(
            cap.id, n, exit_month, cap.required_share, tuple(successors), gaps, gap_mask,
            covered, unfunded,
        )  # fmt: skip

    def sweep(self, exit_month: int, need: float, events: list) -> tuple[tuple, int]:
        """Gap segments after the exit (before it, the mission covers the requirement)."""
        if need <= EPS or exit_month >= self.n:
            return (), 0
        gaps, gap_mask = [], 0
        level, since = 0.0, exit_month
        events.sort()
        for month, change in events:
            if month != since:
                if need - level > EPS:
                    gaps.append((since, month, need - level))
                    gap_mask |= (1 << month) - (1 << since)
                since = month
            level += change
        return tuple(gaps), gap_mask


# --- flags --------------------------------------------------------------------------------

# A rule hit: (capacity, handover or None, kind-specific numbers). Rules only decide; the
# wording (message, records, details) is built when report.flags is first read.
Hit = tuple


class _Rules:
    """Decides which flags each capacity raises, into buckets per severity and kind."""

    def __init__(self, engine: _Engine, capacities: dict, coverages: dict):
        rules = engine.rules
        self.rules, self.capacities, self.coverages = rules, capacities, coverages
        self.starts = month_starts(engine.facts)
        self.suspect_types = rules.party_to_conflict_types | rules.not_successor_types
        self.buckets: dict[str, dict[str, list[Hit]]] = {
            s: {k: [] for k in FLAG_KINDS} for s in SEVERITIES
        }
        self.not_ready = 0  # capacities with an active handover below the readiness threshold

    def capacity(self, cap: CapacityFacts, active: list, decided: bool) -> None:
        """Apply every rule to one capacity (active: its open handovers; decided: one of its
        handovers discontinues it)."""
        severity = _SEVERITY_OF_CRITICALITY.get(cap.criticality, "medium")
        add = self.buckets[severity]
        nobody = not active and not decided
        if nobody and cap.required_share > 0:
            add["no_successor"].append((cap, None, None))
        if active:
            self.handovers(cap, active, add)
        if cap.annual_cost > 0 and cap.required_share > 0:
            self.unfunded(cap, add, nobody)
        if cap.enabler_ids:
            for enabler_id in dict.fromkeys(cap.enabler_ids):
                self.orphaned(cap, enabler_id, add)
        if cap.has_sensitive_data and not any(h.data_protocol for h, _v, _u in active):
            self.buckets["high" if severity == "high" else "medium"][
                "data_without_protocol"
            ].append((cap, None, None))

    def handovers(self, cap: CapacityFacts, active: list, add: dict) -> None:
        mission_end, rules = cap.mission_end, self.rules
        any_unready = False
        for h, _value, unready in active:
            if h.start is not None and mission_end is not None and h.start > mission_end:
                add["late_successor"].append((cap, h, None))
            if unready:
                add["readiness_below_threshold"].append((cap, h, None))
                any_unready = True
            if h.actor_type in self.suspect_types:
                party = cap.category in rules.independence_categories and (
                    h.actor_type in rules.party_to_conflict_types
                )
                if party or h.actor_type in rules.not_successor_types:
                    self.buckets["high"]["independence_conflict"].append((cap, h, party))
        self.not_ready += any_unready
        if len(active) > 1:
            total = sum(h.share for h, _value, _unready in active)
            if total > 1.0 + EPS:
                self.buckets["medium"]["over_allocation"].append((cap, None, total))

    def unfunded(self, cap: CapacityFacts, add: dict, nobody: bool) -> None:
        cov = self.coverages[cap.id]
        mask = _span(cov.exit_month, cov.months) if nobody else cov.unfunded_mask
        if mask:  # with nobody at all, the whole post-exit period is unfunded
            months = mask.bit_count()
            share = Decimal(repr(float(cap.required_share)))
            amount = (cap.annual_cost * months * share / 12).quantize(_CENT, ROUND_HALF_UP)
            add["unfunded_after_exit"].append((cap, None, (months, _first(mask), amount)))

    def orphaned(self, cap: CapacityFacts, enabler_id: str, add: dict) -> None:
        if enabler_id == cap.id or enabler_id not in self.coverages:
            return
        orphan = self.coverages[enabler_id].gap_mask & self.coverages[cap.id].covered_mask
        if orphan:
            add["enabler_orphaned"].append((cap, None, (self.capacities[enabler_id], orphan)))

    def hits(self) -> Iterator[tuple[str, str, Hit]]:
        """(severity, kind, hit) ordered by severity, kind (FLAG_KINDS order), then capacity
        name: capacities were visited by name, so the buckets need no sort."""
        for severity, kinds in self.buckets.items():
            for kind, hits in kinds.items():
                for hit in hits:
                    yield severity, kind, hit


def _pct(x: float) -> str:
    return f"{round(x * 100, 1):g}%"


def _count(n: int, unit: str) -> str:
    return f"{n} {unit}" if n == 1 else f"{n} {unit}s"


def _words(code: str) -> str:
    return code.replace("_", " ")


class _Wording:
    """Turns rule hits into Flags a planner reads; records and dates are built once each."""

    def __init__(self, rules, starts: list[date]):
        self.rules, self.starts = rules, starts
        self.days: dict[date, str] = {}
        self.cap_refs: dict[str, tuple[RecordRef, RecordRef]] = {}
        self.ho_refs: dict[str, tuple[RecordRef, ...]] = {}

    def flag(self, severity: str, kind: str, hit: Hit) -> Flag:
        message, records, details = getattr(self, kind)(*hit)
        return Flag(kind, severity, message, records, details)

    def day(self, d: date) -> str:
        text = self.days.get(d)
        if text is None:
            text = self.days[d] = f"{d.day} {_MONTH_NAMES[d.month]} {d.year}"
        return text

    def refs(self, cap: CapacityFacts) -> tuple[RecordRef, RecordRef]:
        """(capacity, location): the records of every flag."""
        refs = self.cap_refs.get(cap.id)
        if refs is None:
            refs = self.cap_refs[cap.id] = (
                RecordRef("capacity", cap.id, cap.name),
                RecordRef("location", cap.location_id, cap.location_name),
            )
        return refs

    def handover_refs(self, cap: CapacityFacts, h: HandoverFacts) -> tuple[RecordRef, ...]:
        """(capacity, handover, actor, location)."""
        refs = self.ho_refs.get(h.id)
        if refs is None:
            capacity, location = self.refs(cap)
            handover = RecordRef("handover", h.id, f"{cap.name} -> {h.actor_name}")
            actor = RecordRef("actor", h.actor_id, h.actor_name)
            refs = self.ho_refs[h.id] = (capacity, handover, actor, location)
        return refs

    def no_successor(self, cap: CapacityFacts, _h, _extra):
        end = cap.mission_end
        when = f"the mission stops providing it on {self.day(end)}" if end else (
            "the mission has no end date for it yet"
        )  # fmt: skip
        message = (
            f"No successor is planned for {cap.name} in {cap.location_name}: {when}, "
            f"and {_pct(cap.required_share)} of it is still required afterwards."
        )
        details = {
            "required_share": cap.required_share,
            "mission_end": end.isoformat() if end else None,
        }
        return message, self.refs(cap), details

    def late_successor(self, cap: CapacityFacts, h: HandoverFacts, _extra):
        days = (h.start - cap.mission_end).days
        message = (
            f"The mission leaves {cap.location_name} on {self.day(cap.mission_end)} and "
            f"{h.actor_name} starts taking over {cap.name} on {self.day(h.start)}, "
            f"leaving {_count(days, 'day')} without cover."
        )
        details = {
            "gap_days": days,
            "mission_end": cap.mission_end.isoformat(),
            "start": h.start.isoformat(),
        }
        return message, self.handover_refs(cap, h), details

    def readiness_below_threshold(self, cap: CapacityFacts, h: HandoverFacts, _extra):
        threshold = self.rules.readiness_threshold
        weak = {k: v for k, v in h.readiness.items() if v < threshold}
        listed = ", ".join([f"{_words(k)} {v}/{READINESS_MAX}" for k, v in weak.items()])
        message = (
            f"{h.actor_name} is not ready to take over {cap.name} in {cap.location_name}: "
            f"{listed} (threshold {threshold}), so only "
            f"{_pct(self.rules.unready_factor)} of its share is counted."
        )
        return message, self.handover_refs(cap, h), weak

    def independence_conflict(self, cap: CapacityFacts, h: HandoverFacts, party: bool):
        kind = _words(h.actor_type)
        if h.actor_type in self.rules.not_successor_types:
            reason = "not_successor"
            why = f"{h.actor_name} is a {kind}, and such actors are not successors."
        else:
            reason = "party_to_conflict"
            why = (
                f"{h.actor_name} ({kind}) is a party to the conflict and cannot do this work "
                f"independently."
            )
        message = f"{cap.name} in {cap.location_name} is to be handed to {h.actor_name}: {why}"
        details = {"actor_type": h.actor_type, "reason": reason, "party_to_conflict": party}
        return message, self.handover_refs(cap, h), details

    def unfunded_after_exit(self, cap: CapacityFacts, _h, extra):
        months, first_month, amount = extra
        first = self.starts[first_month]
        message = (
            f"No secured funding covers {cap.name} in {cap.location_name} for "
            f"{_count(months, 'month')} after the mission leaves, from {self.day(first)}: "
            f"{cap.currency} {amount:,} is unfunded."
        )
        details = {
            "months": months,
            "amount": str(amount),
            "currency": cap.currency,
            "from": first.isoformat(),
        }
        return message, self.refs(cap), details

    def over_allocation(self, cap: CapacityFacts, _h, total: float):
        message = (
            f"The successors of {cap.name} in {cap.location_name} take over {_pct(total)} "
            f"of it in total: shares above 100% overstate its coverage."
        )
        return message, self.refs(cap), {"total_share": round(total, 6)}

    def enabler_orphaned(self, cap: CapacityFacts, _h, extra):
        enabler, orphan = extra
        first = self.starts[_first(orphan)]
        message = (
            f"{cap.name} in {cap.location_name} depends on {enabler.name}, "
            f"which nobody takes over from {self.day(first)}."
        )
        details = {
            "enabler_id": enabler.id,
            "from": first.isoformat(),
            "months": orphan.bit_count(),
        }
        capacity, location = self.refs(cap)
        return (
            message,
            (capacity, RecordRef("capacity", enabler.id, enabler.name), location),
            details,
        )

    def data_without_protocol(self, cap: CapacityFacts, _h, _extra):
        message = (
            f"{cap.name} in {cap.location_name} holds sensitive data and no successor has "
            f"agreed a data-handover protocol: contacts and records would leave with the mission."
        )
        return message, self.refs(cap), {}


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

    def __init__(self, facts: PlanFacts, coverages: dict, rules: _Rules, summary: dict):
        self.facts = facts
        self.coverages: dict[str, CapacityCoverage] = coverages
        self.summary: dict = summary
        self._rules = rules
        self._flags: tuple[Flag, ...] | None = None
        self._series: dict[tuple, dict[str, Series]] = {}

    @property
    def flags(self) -> tuple[Flag, ...]:
        """Flags ordered by severity, kind (FLAG_KINDS order), capacity name; worded on first
        read, since a plan of thousands of capacities may raise tens of thousands."""
        if self._flags is None:
            wording = _Wording(self.facts.rules, self._rules.starts)
            with collector_paused():
                self._flags = tuple(wording.flag(*hit) for hit in self._rules.hits())
        return self._flags

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

    def to_json_dict(self) -> dict:
        """{"summary": ..., "flags": [...]}: the contract of `transition-planner gaps --json`."""
        flags = self.flags
        with collector_paused():
            return {"summary": self.summary, "flags": [flag_to_dict(f) for f in flags]}


def _summary(facts: PlanFacts, coverages: dict, rules: _Rules, handovers: int) -> dict:
    gaps_by_location: dict[str, int] = {}
    for cap in facts.capacities:
        mask = coverages[cap.id].gap_mask
        if mask:
            gaps_by_location[cap.location_id] = gaps_by_location.get(cap.location_id, 0) | mask
    counts = dict.fromkeys(FLAG_KINDS, 0)
    unfunded: dict[str, Decimal] = {}
    for kinds in rules.buckets.values():
        for kind, hits in kinds.items():
            counts[kind] += len(hits)
        for cap, _h, (_months, _first_month, amount) in kinds["unfunded_after_exit"]:
            unfunded[cap.currency] = unfunded.get(cap.currency, 0) + amount
    return {
        "capacities": len(facts.capacities),
        "handovers": handovers,
        "capacities_without_successor": counts["no_successor"],
        "capacities_not_ready": rules.not_ready,
        "capacity_gap_months": sum(c.gap_months for c in coverages.values()),
        "uncovered_location_months": sum(m.bit_count() for m in gaps_by_location.values()),
        "unfunded_after_exit": {c: str(a) for c, a in sorted(unfunded.items())},
        "flags_by_kind": counts,
        "horizon_start": facts.horizon_start.isoformat(),
        "months": facts.months,
        "exit_date": facts.exit_date.isoformat() if facts.exit_date else None,
    }


def compute_gaps(facts: PlanFacts) -> GapReport:
    """Coverage, rule hits and summary of a plan; flag wording and series are built on demand."""
    with collector_paused():
        engine = _Engine(facts)
        capacities = {c.id: c for c in facts.capacities}
        active, decided, count = engine.active_handovers(capacities)
        coverages = {c.id: engine.cover(c, active[c.id]) for c in facts.capacities}
        rules = _Rules(engine, capacities, coverages)
        for cap in sorted(facts.capacities, key=lambda c: (c.name, c.id)):
            rules.capacity(cap, active[cap.id], cap.id in decided)
        return GapReport(facts, coverages, rules, _summary(facts, coverages, rules, count))
