"""The gap report after an edit, computing again only what the edit changes.

compute_gaps stays the reference: tests/test_gaps_update.py compares both after random edits.
Given the previous report, the new facts and the capacities the edit changed (C):
- C's coverage and unfunded cost are computed again (_Engine.cover), and so are those of the
  capacities with a fallback for a handover of C (a fallback counts once its primary closes);
  a capacity new in the plan is added, one gone is dropped;
- the rules run again for those and for the capacities with an enabler among them
  (enabler_orphaned reads the enabler's gap months); re_engagement_trigger (post-exit
  indicators, few) is evaluated again for the whole plan;
- every other capacity keeps its coverage, rule hits and worded flags; the summary and the
  series already built change by the difference the recomputed capacities make.
A change of the horizon, the exit, the rules (taxonomy, readiness threshold) or the day the
plan is read on concerns every capacity: compute_gaps then.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Iterable
from dataclasses import replace
from decimal import Decimal
from weakref import WeakKeyDictionary

from transition_planner.domain.collector import collector_paused
from transition_planner.domain.facts import PlanFacts
from transition_planner.domain.gaps import (
    EPS,
    FLAG_KINDS,
    CapacityCoverage,
    GapReport,
    Series,
    _Engine,
    _groups_of,
    _Handovers,
    _matches,
    _Rules,
    compute_gaps,
)

# Above this share of the plan, computing everything is as quick as the bookkeeping.
MOST = 0.25
UNREADY_KINDS = ("readiness_below_threshold", "readiness_not_assessed")
WHOLE_PLAN_KINDS = ("re_engagement_trigger",)  # evaluated again for every indicator


def plan_wide_change(old: PlanFacts, new: PlanFacts) -> bool:
    """Whether the facts differ in something every capacity's numbers depend on."""
    return (old.horizon_start != new.horizon_start or old.months != new.months
            or old.exit_date != new.exit_date or old.as_of != new.as_of
            or old.rules != new.rules)


def update_gaps(previous: GapReport, facts: PlanFacts, changed: Iterable[str],
                handovers: dict[str, tuple] | None = None) -> GapReport:
    """The gap report of `facts`, which differ from `previous.facts` only in the capacities
    `changed` (ids; added, edited or deleted, with their handovers, funding and readiness).
    `handovers`: each changed capacity's handovers in `facts`, in their order, when the
    caller has them (it spares a pass over every handover of the plan)."""
    changed = set(changed)
    if (plan_wide_change(previous.facts, facts)
            or len(changed) > max(20, MOST * len(facts.capacities))):
        return compute_gaps(facts)
    if handovers is None:
        handovers = {}
        for h in facts.handovers:
            if h.capacity_id in changed:
                handovers[h.capacity_id] = (*handovers.get(h.capacity_id, ()), h)
    with collector_paused():
        return _Update(previous, facts, changed, handovers).report


def handovers_by_capacity(report: GapReport) -> dict[str, tuple]:
    """Each capacity's handovers in the report's facts (kept with the report: read only)."""
    return _Index.of(report).handovers


class _Index:
    """What the difference needs and a report does not keep: capacities by location, the
    currencies of the unfunded parts, the actor types counted in each series group."""

    def __init__(self, locations: dict, currencies: Counter, handovers: dict,
                 owners: dict, fallbacks: dict, recomputed: frozenset | None = None):
        self.locations = locations  # location id -> set of capacity ids
        self.currencies = currencies  # currency -> unfunded parts in it
        self.handovers = handovers  # capacity id -> its handovers, in the facts' order
        self.owners = owners  # handover id -> its capacity id
        self.fallbacks = fallbacks  # handover id -> the handover, of those with alternative_to
        self.capacities: dict = {}  # capacity id -> its facts
        self.dependents: dict = {}  # capacity id -> the capacities with it as an enabler
        self.actor_types: dict = {}  # series key -> group -> Counter of actor types
        self.recomputed = recomputed  # capacities computed again (None: all of them)

    @classmethod
    def of(cls, report: GapReport) -> _Index:
        index = _INDEXES.get(report)
        if index is None:
            locations: dict[str, set] = {}
            for cap in report.facts.capacities:
                locations.setdefault(cap.location_id, set()).add(cap.id)
            currencies = Counter(part.currency for part in report.unfunded.values())
            handovers: dict[str, list] = {}
            for h in report.facts.handovers:
                handovers.setdefault(h.capacity_id, []).append(h)
            index = _INDEXES[report] = cls(
                locations, currencies, {c: tuple(hs) for c, hs in handovers.items()},
                {h.id: h.capacity_id for h in report.facts.handovers},
                {h.id: h for h in report.facts.handovers if h.alternative_to})
            index.capacities = {c.id: c for c in report.facts.capacities}
            for cap in report.facts.capacities:
                for enabler_id in cap.enabler_ids:
                    index.dependents.setdefault(enabler_id, set()).add(cap.id)
        return index

    def actor_types_of(self, report: GapReport, key: tuple) -> dict[str, Counter]:
        """The actor types of each group's successors, for a series key of the report."""
        counts = self.actor_types.get(key)
        if counts is None:
            by, where = key
            counts = {}
            for cap in report.facts.capacities:
                if where and not _matches(cap, where):
                    continue
                kinds = [s[3] for s in report.coverages[cap.id].successors]
                for group in _groups_of(cap, by):
                    counts.setdefault(group, Counter()).update(kinds)
            self.actor_types[key] = counts
        return counts


_INDEXES: WeakKeyDictionary[GapReport, _Index] = WeakKeyDictionary()


def touched(report: GapReport) -> frozenset[str] | None:
    """The capacities whose coverage or rule hits update_gaps computed again to make this
    report (None: a report computed whole)."""
    index = _INDEXES.get(report)
    return index.recomputed if index is not None else None


def _hit_key(hit: tuple) -> tuple[str, str]:
    """Hits of one kind are kept in the order the capacities were visited: name, then id."""
    cap = hit[0]
    return cap.name, cap.id


def _by_capacity(hits: list) -> list[tuple[tuple, list]]:
    """Consecutive hits of the same capacity, with its sort key."""
    out: list[tuple[tuple, list]] = []
    for hit in hits:
        key = _hit_key(hit)
        if out and out[-1][0] == key:
            out[-1][1].append(hit)
        else:
            out.append((key, [hit]))
    return out


class _Update:
    """One update: the new report, built without changing the previous one (the window may
    still be showing it)."""

    def __init__(self, previous: GapReport, facts: PlanFacts, changed: set[str],
                 handovers: dict[str, tuple]):
        self.previous, self.facts = previous, facts
        self.index = _Index.of(previous)
        old_caps = self.index.capacities
        caps = dict(old_caps)
        for cap_id in changed:
            caps.pop(cap_id, None)
        caps.update((c.id, c) for c in facts.capacities if c.id in changed)
        self.old_caps, self.caps = old_caps, caps
        self._dependents(changed)
        self._handover_index(changed, handovers)
        recompute = changed | self._fallback_dependents(changed)
        self.gone = {i for i in recompute if i in old_caps and i not in caps}
        self.recompute = {i for i in recompute if i in caps}
        touched = self.recompute | self.gone
        self.rules_for = self.recompute | self._enabler_dependents(touched)

        engine = _Engine(facts)
        handovers = _Handovers(_Engine(self._handovers_of(self.rules_for)),
                               {i: caps[i] for i in self.rules_for})
        coverages, unfunded = self._coverages(engine, handovers)
        sub = _Rules(engine, caps, coverages, unfunded)
        for cap in sorted((caps[i] for i in self.rules_for), key=lambda c: (c.name, c.id)):
            sub.capacity(cap, handovers)
        if facts.indicators:
            sub.monitoring(facts)
        rules = _Rules(engine, caps, coverages, unfunded)
        unready = self._merge_hits(sub, rules)
        rules.not_ready = (previous.summary["capacities_not_ready"] - len(unready[0])
                           + sub.not_ready)
        rules.not_assessed = (previous.summary["capacities_not_assessed"] - len(unready[1])
                              + sub.not_assessed)
        summary = self._summary(rules, coverages, unfunded)
        self.report = GapReport(facts, coverages, unfunded, rules, summary)
        if self.flags is not None:
            self.report._flags = tuple(self.flags)  # the worded flags, kept and new
        self.report._series = self._series(coverages)
        self.new_index.capacities, self.new_index.dependents = caps, self.dependents
        _INDEXES[self.report] = self.new_index

    # --- which capacities --------------------------------------------------------------

    def _handover_index(self, changed: set[str], handovers: dict[str, tuple]) -> None:
        """The new plan's handovers by capacity, owners and fallbacks: the previous ones with
        the changed capacities' replaced; and how many handovers the plan has now."""
        old = self.index
        by_capacity, owners, fallbacks = dict(old.handovers), dict(old.owners), dict(old.fallbacks)
        count = self.previous.summary["handovers"]
        self.changed_handovers = set()  # ids of the changed capacities' handovers, old and new
        for cap_id in changed:
            before = old.handovers.get(cap_id, ()) if cap_id in self.old_caps else ()
            after = handovers.get(cap_id, ()) if cap_id in self.caps else ()
            count += len(after) - len(before)
            for h in before:
                owners.pop(h.id, None)
                fallbacks.pop(h.id, None)
                self.changed_handovers.add(h.id)
            for h in after:
                owners[h.id] = cap_id
                if h.alternative_to:
                    fallbacks[h.id] = h
                self.changed_handovers.add(h.id)
            if after:
                by_capacity[cap_id] = tuple(after)
            else:
                by_capacity.pop(cap_id, None)
        self.by_capacity, self.owners, self.fallbacks = by_capacity, owners, fallbacks
        self.handover_count = count

    def _fallback_dependents(self, changed: set[str]) -> set[str]:
        """Capacities with a fallback for a handover of a changed capacity: the fallback
        counts once that handover is closed, so their coverage depends on it."""
        primaries = self.changed_handovers
        return {h.capacity_id for fallbacks in (self.index.fallbacks, self.fallbacks)
                for h in fallbacks.values() if h.alternative_to in primaries}

    def _handovers_of(self, cap_ids: set[str]) -> PlanFacts:
        """The facts with only the handovers of these capacities, and those their fallbacks
        stand in for: what _Handovers reads of them, without going through every other."""
        own = [h for cap_id in cap_ids for h in self.by_capacity.get(cap_id, ())]
        for primary in {h.alternative_to for h in own if h.alternative_to}:
            owner = self.owners.get(primary)
            if owner is not None and owner not in cap_ids:
                own += [h for h in self.by_capacity[owner] if h.id == primary]
        return replace(self.facts, handovers=tuple(own))

    def _dependents(self, changed: set[str]) -> None:
        """Which capacities rely on each enabler in the new plan."""
        dependents = dict(self.index.dependents)
        for cap_id in changed:
            for cap, add in ((self.old_caps.get(cap_id), False), (self.caps.get(cap_id), True)):
                for enabler_id in cap.enabler_ids if cap is not None else ():
                    users = dependents[enabler_id] = set(dependents.get(enabler_id, ()))
                    (users.add if add else users.discard)(cap_id)
        self.dependents = dependents

    def _enabler_dependents(self, touched: set[str]) -> set[str]:
        """Capacities (in the new plan) with an enabler among `touched`."""
        out = set()
        for cap_id in touched:
            out |= self.dependents.get(cap_id, set())
        return {i for i in out if i in self.caps}

    # --- coverage ----------------------------------------------------------------------

    def _coverages(self, engine: _Engine, handovers: _Handovers) -> tuple[dict, dict]:
        coverages = dict(self.previous.coverages)
        unfunded = dict(self.previous.unfunded)
        for cap_id in self.gone:
            del coverages[cap_id]
            unfunded.pop(cap_id, None)
        for cap_id in self.recompute:
            decided = cap_id in handovers.decided
            coverages[cap_id], part = engine.cover(
                self.caps[cap_id], handovers.active[cap_id], decided)
            if part is None:
                unfunded.pop(cap_id, None)
            else:
                unfunded[cap_id] = part
        return coverages, unfunded

    # --- rule hits and their flags -----------------------------------------------------

    def _merge_hits(self, sub: _Rules, rules: _Rules) -> tuple[set, set]:
        """Every bucket: the previous hits without those of the capacities whose rules ran
        again, and their new hits in their place; the worded flags alike when the previous
        report has worded its own. Returns the capacities that were not ready and not
        assessed before (their hits removed)."""
        previous = self.previous
        old_flags = previous._flags  # worded already: keep the words of unchanged hits
        wording = None
        if old_flags is not None:
            from transition_planner.domain.wording import FlagWording

            wording = FlagWording(rules)
        old_keys = sorted((self.old_caps[i].name, i) for i in self.rules_for | self.gone
                          if i in self.old_caps)
        self.flags: list | None = [] if old_flags is not None else None
        unready: tuple[set, set] = (set(), set())
        offset = 0
        for severity, kinds in previous._rules.buckets.items():
            for kind, old in kinds.items():
                new_hits = sub.buckets[severity][kind]
                flags = old_flags[offset:offset + len(old)] if old_flags is not None else None
                offset += len(old)
                if kind in WHOLE_PLAN_KINDS:
                    merged, merged_flags = new_hits, None
                    if wording is not None:
                        merged_flags = [wording.flag(severity, kind, h) for h in new_hits]
                else:
                    merged, merged_flags, removed = self._splice(
                        old, flags, old_keys, new_hits, severity, kind, wording)
                    if kind in UNREADY_KINDS:
                        unready[UNREADY_KINDS.index(kind)].update(h[0].id for h in removed)
                rules.buckets[severity][kind] = merged
                if self.flags is not None:
                    self.flags += merged_flags
        return unready

    @staticmethod
    def _splice(old: list, flags, old_keys, new_hits, severity, kind, wording):
        """`old` without the hits of `old_keys`, with `new_hits` at their capacities' places
        (and `flags` alike); the hits removed."""
        spans = []
        if old:
            for key in old_keys:
                lo = bisect_left(old, key, key=_hit_key)
                hi = bisect_right(old, key, lo=lo, key=_hit_key)
                if lo < hi:
                    spans.append((lo, hi))
        if not spans and not new_hits:
            return old, flags, ()  # untouched: shared with the previous report (never changed)
        hits, kept_flags, removed, pos = [], [], [], 0
        for lo, hi in spans:
            hits += old[pos:lo]
            removed += old[lo:hi]
            if flags is not None:
                kept_flags += flags[pos:lo]
            pos = hi
        hits += old[pos:]
        if flags is not None:
            kept_flags += flags[pos:]
        for key, group in reversed(_by_capacity(new_hits)):  # from the end: places stay valid
            at = bisect_left(hits, key, key=_hit_key)
            hits[at:at] = group
            if flags is not None:
                kept_flags[at:at] = [wording.flag(severity, kind, h) for h in group]
        return hits, (kept_flags if flags is not None else None), removed

    # --- summary -----------------------------------------------------------------------

    def _summary(self, rules: _Rules, coverages: dict, unfunded: dict) -> dict:
        previous, facts = self.previous, self.facts
        old_coverages, old_unfunded = previous.coverages, previous.unfunded
        touched = self.recompute | self.gone
        summary = dict(previous.summary)
        counts = dict.fromkeys(FLAG_KINDS, 0)
        for kinds in rules.buckets.values():
            for kind, hits in kinds.items():
                counts[kind] += len(hits)
        gap_months = summary["capacity_gap_months"]
        for cap_id in touched:
            if cap_id in old_coverages:
                gap_months -= old_coverages[cap_id].gap_months
            if cap_id in coverages:
                gap_months += coverages[cap_id].gap_months
        locations = self._locations()
        location_months = summary["uncovered_location_months"]
        for loc_id in self.moved_locations:
            location_months -= _union(old_coverages, self.index.locations.get(loc_id, ()))
            location_months += _union(coverages, locations.get(loc_id, ()))
        money = {c: Decimal(a) for c, a in summary["unfunded_after_exit"].items()}
        currencies = Counter(self.index.currencies)
        for cap_id in touched:
            for parts, sign in ((old_unfunded, -1), (unfunded, 1)):
                part = parts.get(cap_id)
                if part is not None:
                    money[part.currency] = money.get(part.currency, Decimal(0)) + sign * part.amount
                    currencies[part.currency] += sign
        currencies = Counter({c: n for c, n in currencies.items() if n > 0})
        self.new_index = _Index(locations, currencies, self.by_capacity, self.owners,
                                self.fallbacks, frozenset(self.rules_for | self.gone))
        summary.update({
            "capacities": len(facts.capacities),
            "handovers": self.handover_count,
            "capacities_without_successor": counts["no_successor"],
            "capacities_not_ready": rules.not_ready,
            "capacities_not_assessed": rules.not_assessed,
            "capacity_gap_months": gap_months,
            "uncovered_location_months": location_months,
            "unfunded_after_exit": {c: str(money[c]) for c in sorted(currencies)},
            "flags_by_kind": counts,
        })
        return summary

    def _locations(self) -> dict[str, set]:
        """Capacities by location in the new plan (sets of the locations touched copied)."""
        locations = dict(self.index.locations)
        self.moved_locations = set()
        for cap_id in self.recompute | self.gone:
            old, new = self.old_caps.get(cap_id), self.caps.get(cap_id)
            for cap, add in ((old, False), (new, True)):
                if cap is None:
                    continue
                loc_id = cap.location_id
                if loc_id not in self.moved_locations:
                    self.moved_locations.add(loc_id)
                    locations[loc_id] = set(locations.get(loc_id, ()))
                (locations[loc_id].add if add else locations[loc_id].discard)(cap_id)
        for loc_id in self.moved_locations:
            if not locations[loc_id]:
                del locations[loc_id]
        return locations

    # --- series ------------------------------------------------------------------------

    def _series(self, coverages: dict) -> dict:
        """The previous report's series, each changed by the difference of the capacities
        computed again."""
        previous = self.previous
        touched = sorted(self.recompute | self.gone)
        out = {}
        for key, groups in list(previous._series.items()):
            counts = self.index.actor_types_of(previous, key)
            out[key], self.new_index.actor_types[key] = _SeriesDelta(
                key, groups, counts, previous.facts.months).apply(
                [(self.old_caps.get(i), previous.coverages.get(i)) for i in touched],
                [(self.caps.get(i), coverages.get(i)) for i in touched])
        return out


def _union(coverages: dict, cap_ids) -> int:
    """Months in which at least one of these capacities has a gap."""
    mask = 0
    for cap_id in cap_ids:
        mask |= coverages[cap_id].gap_mask
    return mask.bit_count()


class _SeriesDelta:
    """One series key's groups, changed by removing old capacities' parts and adding new."""

    def __init__(self, key: tuple, groups: dict[str, Series], counts: dict, months: int):
        self.by, self.where = key
        self.groups = dict(groups)
        self.counts = dict(counts)
        self.n = months
        self.lists: dict[str, dict] = {}  # group -> its lists being changed, as plain lists

    def apply(self, old: list, new: list) -> tuple[dict, dict]:
        for sign, pairs in ((-1.0, old), (1.0, new)):
            for cap, cov in pairs:
                if cap is None or (self.where and not _matches(cap, self.where)):
                    continue
                for group in _groups_of(cap, self.by):
                    self._add(group, cov, sign)
        for group, lists in self.lists.items():
            count = lists["capacities"]
            if count <= 0 and self.by is not None:
                self.groups.pop(group, None)
                self.counts.pop(group, None)
                continue
            self.groups[group] = _series_of(lists, self.counts[group])
        return dict(sorted(self.groups.items())), self.counts

    def _add(self, group: str, cov: CapacityCoverage, sign: float) -> None:
        lists = self.lists.get(group)
        if lists is None:
            series = self.groups.get(group)
            self.counts[group] = Counter(self.counts.get(group, ()))
            if series is None:
                zero = [0.0] * self.n
                lists = {"requirement": zero[:], "mission": zero[:], "successors": zero[:],
                         "gap": zero[:], "actors": {}, "capacities": 0}
            else:
                lists = {"requirement": series.requirement[:], "mission": series.mission[:],
                         "successors": series.successors[:], "gap": series.gap[:],
                         "actors": {a: v[:] for a, v in series.by_actor_type.items()},
                         "capacities": series.capacities}
            self.lists[group] = lists
        exit_month, n = cov.exit_month, self.n
        requirement, mission = lists["requirement"], lists["mission"]
        for i in range(exit_month):
            requirement[i] += sign
            mission[i] += sign
        for i in range(exit_month, n):
            requirement[i] += sign * cov.required_share
        gap = lists["gap"]
        for s, e, value in cov.gaps:
            for i in range(s, e):
                gap[i] += sign * value
        successors, actors = lists["successors"], lists["actors"]
        for s, e, value, actor_type in cov.provisions:
            line = actors.get(actor_type)
            if line is None:
                line = actors[actor_type] = [0.0] * n
            for i in range(s, e):
                line[i] += sign * value
                successors[i] += sign * value
        kinds = Counter(s[3] for s in cov.successors)
        if sign > 0:
            self.counts[group].update(kinds)
        else:
            self.counts[group].subtract(kinds)
        lists["capacities"] += int(sign)


def _clean(values: list[float]) -> list[float]:
    """As the full computation leaves them: float residue of adding and removing is 0."""
    return [x if x > EPS else 0.0 for x in values]


def _series_of(lists: dict, counts: Counter) -> Series:
    mission, successors = _clean(lists["mission"]), _clean(lists["successors"])
    return Series(
        requirement=_clean(lists["requirement"]),
        mission=mission,
        successors=successors,
        by_actor_type={a: _clean(v) for a, v in sorted(lists["actors"].items())
                       if counts.get(a, 0) > 0},
        coverage=[m + s for m, s in zip(mission, successors)],
        gap=_clean(lists["gap"]),
        capacities=lists["capacities"],
    )

