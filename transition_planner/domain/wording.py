"""English wording of the gap engine's flags: the `message` of `gaps --json` and the CLI.

A flag's `details` carry every fact its message states (dates as ISO text, shares as 0..1,
money as decimal text with its currency), so that the report and the window can word the same
flag in their own language without asking the engine again.
"""

from __future__ import annotations

import calendar
from datetime import date
from decimal import Decimal

from transition_planner.domain.facts import CapacityFacts, HandoverFacts
from transition_planner.domain.gaps import (
    EPS,
    NOT_ASSESSED,
    Flag,
    RecordRef,
    _first,
    horizon_end,
    month_starts,
    to_money,
)
from transition_planner.domain.taxonomy import READINESS_MAX

_MONTH_NAMES = tuple(calendar.month_name)  # English whatever the machine's locale


def money(amount: Decimal | str, currency: str) -> str:
    """Money as every output writes it: the ISO code, thousands separated, cents kept, so that
    the amounts a donor adds up give the totals shown (e.g. 'USD 1,820,833.33')."""
    return f"{currency} {Decimal(amount).quantize(Decimal('0.01')):,}"


def day(d: date) -> str:
    return f"{d.day} {_MONTH_NAMES[d.month]} {d.year}"


def _pct(x: float) -> str:
    return f"{round(x * 100, 1):g}%"


def _count(n: int, unit: str) -> str:
    return f"{n} {unit}" if n == 1 else f"{n} {unit}s"


def _words(code: str) -> str:
    return code.replace("_", " ")


class FlagWording:
    """Turns rule hits into Flags a planner reads; records and dates are built once each."""

    def __init__(self, rules):
        self.rules = rules  # the engine's rule pass: its coverages, unfunded parts, facts
        self.gap_rules = rules.rules
        facts = rules.engine.facts
        self.starts = month_starts(facts)
        self.horizon_end = horizon_end(facts)
        self.until = f"until the plan's horizon, {day(self.horizon_end)}"
        self.days: dict[date, str] = {}
        self.cap_refs: dict[str, tuple[RecordRef, RecordRef]] = {}
        self.ho_refs: dict[str, tuple[RecordRef, ...]] = {}

    def flag(self, severity: str, kind: str, hit: tuple) -> Flag:
        cap, h, extra, months = hit
        message, records, details = getattr(self, kind)(cap, h, extra, months)
        return Flag(kind, severity, message, records, details, months)

    def day(self, d: date) -> str:
        text = self.days.get(d)
        if text is None:
            text = self.days[d] = day(d)
        return text

    def month(self, index: int) -> date:
        return self.starts[index]

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

    def factor(self, status: str) -> float:
        return self.gap_rules.status_provision.get(status, 1.0)

    # --- one method per flag kind: (message, records, details) -----------------------------

    def no_successor(self, cap: CapacityFacts, _h, extra, _months):
        active, unfunded = extra
        end = cap.mission_end
        when = f"the mission stops providing it on {self.day(end)}" if end else (
            "the mission has no end date for it yet"
        )  # fmt: skip
        message = (
            f"No successor is planned for {cap.name} in {cap.location_name}: {when}, "
            f"and {_pct(cap.required_share)} of it is still required afterwards."
        )
        not_counted = []
        for a in active:
            if a.h.start is None:
                reason, why = "undated", "has no start date"
            elif a.conflict:
                reason, why = "excluded", f"cannot take it over ({_words(a.h.actor_type)})"
            else:
                reason, why = "status", f"is only {_words(a.h.status)}, which counts for nothing"
            not_counted.append({"handover_id": a.h.id, "actor_id": a.h.actor_id,
                                "actor": a.h.actor_name, "actor_type": a.h.actor_type,
                                "status": a.h.status, "reason": reason})
            message += f" {a.h.actor_name} {why}."
        details = {
            "required_share": cap.required_share,
            "mission_end": end.isoformat() if end else None,
            "not_counted": not_counted,
        }
        records = self.refs(cap)
        if unfunded is not None:
            first = self.month(_first(unfunded.mask))
            count = unfunded.mask.bit_count()
            message += (
                f" Its cost after the mission leaves, {money(unfunded.amount, cap.currency)} "
                f"for {_count(count, 'month')} from {self.day(first)}, is unfunded "
                f"{self.until}."
            )
            details.update(self.unfunded_details(unfunded))
        return message, records, details

    def discontinued(self, cap: CapacityFacts, h: HandoverFacts, _x, months: int):
        first = self.month(_first(months))
        message = (
            f"{cap.name} in {cap.location_name} is discontinued when the mission leaves, with "
            f"mitigation by {h.actor_name}: {_pct(cap.required_share)} of it is still required "
            f"and nobody provides it from {self.day(first)} {self.until}."
        )
        details = {
            "from": first.isoformat(),
            "months": months.bit_count(),
            "required_share": cap.required_share,
            "until": self.horizon_end.isoformat(),
        }
        return message, self.handover_refs(cap, h), details

    def unfunded_details(self, unfunded) -> dict:
        return {
            "months": unfunded.mask.bit_count(),
            "amount": str(unfunded.amount),
            "need": str(to_money(unfunded.need)),
            "currency": unfunded.currency,
            "from": self.month(_first(unfunded.mask)).isoformat(),
            "until": self.horizon_end.isoformat(),
        }

    def late_successor(self, cap: CapacityFacts, h: HandoverFacts, days: int, _months):
        message = (
            f"The mission leaves {cap.location_name} on {self.day(cap.mission_end)} and "
            f"{h.actor_name} starts taking over {cap.name} on {self.day(h.start)}: "
            f"{_count(days, 'day')} with nobody in charge."
        )
        details = {
            "gap_days": days,
            "mission_end": cap.mission_end.isoformat(),
            "start": h.start.isoformat(),
        }
        return message, self.handover_refs(cap, h), details

    def successor_ends(self, cap: CapacityFacts, h: HandoverFacts, later, months: int):
        first = _first(months)
        missing = self.gap_at(cap, first)
        if later is not None:
            until = f"until {later.actor_name} starts on {self.day(later.start)}"
        else:
            until = self.until
        message = (
            f"{h.actor_name} takes over {cap.name} in {cap.location_name} only until "
            f"{self.day(h.end)}: from {self.day(self.month(first))}, {_pct(missing)} of it "
            f"is uncovered {until}."
        )
        details = {
            "end": h.end.isoformat(),
            "from": self.month(first).isoformat(),
            "months": months.bit_count(),
            "missing_share": round(missing, 6),
            "next_start": later.start.isoformat() if later is not None else None,
            "next_actor_id": later.actor_id if later is not None else None,
            "until": (later.start if later is not None else self.horizon_end).isoformat(),
        }
        return message, self.handover_refs(cap, h), details

    def gap_at(self, cap: CapacityFacts, month: int) -> float:
        for start, end, gap in self.rules.coverages[cap.id].gaps:
            if start <= month < end:
                return gap
        return 0.0

    def partial_cover(self, cap: CapacityFacts, _h, active, months: int):
        first = _first(months)
        running = [a for a in active if a.dated and a.nominal > EPS and a.first <= first < a.stop]
        claimed = sum(a.nominal for a in running)
        missing = cap.required_share - claimed
        reasons = []
        for a in running:
            if self.factor(a.h.status) < 1.0:
                reasons.append(f"{a.h.actor_name} is only {_words(a.h.status)}, so "
                               f"{_pct(self.factor(a.h.status))} of its share counts")
        for a in active:
            if a not in running and a.h.start is None:
                reasons.append(f"{a.h.actor_name} is only {_words(a.h.status)}, with no start "
                               f"date")
        shares = sum(a.h.share for a in running)
        if shares < cap.required_share - EPS:
            reasons.append(f"the shares of those who run it add up to {_pct(shares)}")
        message = (
            f"Successors take over only {_pct(claimed)} of {cap.name} in {cap.location_name} "
            f"from {self.day(self.month(first))}, where {_pct(cap.required_share)} is "
            f"required: {_pct(missing)} of it is uncovered in "
            f"{_count(months.bit_count(), 'month')} {self.until}"
            + (f" ({'; '.join(reasons)})." if reasons else ".")
        )
        details = {
            "from": self.month(first).isoformat(),
            "months": months.bit_count(),
            "required_share": cap.required_share,
            "covered_share": round(claimed, 6),
            "missing_share": round(missing, 6),
            "until": self.horizon_end.isoformat(),
            "successors": [
                {"handover_id": a.h.id, "actor_id": a.h.actor_id, "actor": a.h.actor_name,
                 "status": a.h.status, "share": a.h.share, "counted": round(a.nominal, 6)}
                for a in running
            ],
        }
        return message, self.refs(cap), details

    def readiness_below_threshold(self, cap: CapacityFacts, h: HandoverFacts, _x, _months):
        threshold = self.gap_rules.readiness_threshold
        weak = {k: v for k, v in h.readiness.items() if v < threshold}
        listed = ", ".join([f"{_words(k)} {v}/{READINESS_MAX}" for k, v in weak.items()])
        message = (
            f"{h.actor_name} is not ready to take over {cap.name} in {cap.location_name}: "
            f"{listed} (threshold {threshold}), so only "
            f"{_pct(self.gap_rules.unready_factor)} of its share is counted."
        )
        return message, self.handover_refs(cap, h), weak

    def readiness_not_assessed(self, cap: CapacityFacts, h: HandoverFacts, _x, _months):
        factor = self.gap_rules.unassessed_factor
        counted = (
            f"until it is, only {_pct(factor)} of its share is counted, as for a successor "
            f"that is not ready" if factor < 1.0 else
            "the plan's policy counts it as ready until it is"
        )  # fmt: skip
        message = (
            f"Nobody has assessed whether {h.actor_name} is ready to take over {cap.name} in "
            f"{cap.location_name}: {counted}."
        )
        details = {"readiness": NOT_ASSESSED, "counted_factor": factor}
        return message, self.handover_refs(cap, h), details

    def independence_conflict(self, cap: CapacityFacts, h: HandoverFacts, party, _months):
        kind = _words(h.actor_type)
        if not party:
            reason = "not_successor"
            why = f"{h.actor_name} is a {kind}, and such actors are not successors"
        else:
            reason = "party_to_conflict"
            why = (
                f"{h.actor_name} ({kind}) is a party to the conflict and cannot do this work "
                f"independently"
            )
        message = (
            f"{cap.name} in {cap.location_name} is to be handed to {h.actor_name}: {why}, so "
            f"it counts for no coverage."
        )
        details = {"actor_type": h.actor_type, "reason": reason, "party_to_conflict": party}
        return message, self.handover_refs(cap, h), details

    def unfunded_after_exit(self, cap: CapacityFacts, _h, unfunded, _months):
        first = self.month(_first(unfunded.mask))
        message = (
            f"Secured funding does not pay for {cap.name} in {cap.location_name} after the "
            f"mission leaves: {money(unfunded.amount, cap.currency)} of the "
            f"{money(to_money(unfunded.need), cap.currency)} its successors' shares cost is "
            f"unfunded, in {_count(unfunded.mask.bit_count(), 'month')} from {self.day(first)} "
            f"{self.until}."
        )
        return message, self.refs(cap), self.unfunded_details(unfunded)

    def over_allocation(self, cap: CapacityFacts, _h, claim, _months):
        peak, mask, handovers = claim
        names = ", ".join(f"{h.actor_name} {_pct(h.share)}" for h in handovers)
        first = self.month(_first(mask))
        message = (
            f"The successors of {cap.name} in {cap.location_name} claim {_pct(peak)} of it "
            f"for the same months from {self.day(first)} ({names}): shares above 100% "
            f"overstate its coverage."
        )
        capacity, location = self.refs(cap)
        records = (capacity,)
        for h in handovers:
            records += self.handover_refs(cap, h)[1:3]
        details = {
            "total_share": round(peak, 6),
            "from": first.isoformat(),
            "months": mask.bit_count(),
            "handovers": [h.id for h in handovers],
        }
        return message, (*records, location), details

    def alternative_not_agreed(self, cap, h: HandoverFacts, primary: HandoverFacts, _months):
        message = (
            f"{cap.name} in {cap.location_name} rests on {h.actor_name}, the fallback for "
            f"{primary.actor_name} ({_words(primary.status)}), and {h.actor_name} is only "
            f"{_words(h.status)}: the fallback is not agreed."
        )
        details = {
            "status": h.status,
            "primary_handover_id": primary.id,
            "primary_actor_id": primary.actor_id,
            "primary_actor": primary.actor_name,
            "primary_status": primary.status,
        }
        return message, self.handover_refs(cap, h), details

    def agreement_missing(self, cap: CapacityFacts, h: HandoverFacts, _x, _months):
        state = "only a draft agreement" if h.agreement == "draft" else "no agreement at all"
        message = (
            f"{h.actor_name} takes over {cap.name} in {cap.location_name} from "
            f"{self.day(h.start)} without a signed agreement ({state}): nothing written gives "
            f"it the authority to do so."
        )
        details = {"start": h.start.isoformat(), "agreement": h.agreement,
                   "agreement_ref": h.agreement_ref}
        return message, self.handover_refs(cap, h), details

    def enabler_orphaned(self, cap: CapacityFacts, _h, extra, _months):
        enabler, orphan = extra
        first = self.month(_first(orphan))
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

    def data_without_protocol(self, cap: CapacityFacts, _h, _x, _months):
        message = (
            f"{cap.name} in {cap.location_name} holds sensitive data and no successor has "
            f"agreed a data-handover protocol: contacts and records would leave with the mission."
        )
        return message, self.refs(cap), {}

    def re_engagement_trigger(self, cap: CapacityFacts | None, h: HandoverFacts | None, extra,
                              _months):
        fired, ind = extra
        what = (f"{cap.name} in {cap.location_name}, handed over to {h.actor_name}"
                if cap is not None and h is not None else ind.location_name)
        unit = ind.unit if ind.unit in ("", "%") else f" {ind.unit}"
        side = "below" if ind.trigger_when == "below" else "above"
        if fired.reason == "crossed":
            listed = ", ".join(f"{v:g}{unit} on {self.day(d)}" for d, v in fired.values)
            why = (f"{ind.name} has been {side} its threshold of {ind.threshold:g}{unit} for "
                   f"{_count(fired.periods, ind.period)} in a row ({listed})")
        else:
            since = (f"since {self.day(fired.last_value[0])}" if fired.last_value
                     else f"since monitoring began on {self.day(fired.silent_from)}")
            why = (f"{ind.name} has reported nothing for {_count(fired.periods, ind.period)} "
                   f"({since})")
        message = (f"Re-engage on {what}: {why}. It cannot be marked verified sustained until "
                   f"its values are back inside the threshold.")
        details = {
            "indicator_id": ind.id,
            "indicator": ind.name,
            "reason": fired.reason,
            "periods": fired.periods,
            "period": ind.period,
            "trigger_periods": ind.trigger_periods,
            "threshold": ind.threshold,
            "trigger_when": ind.trigger_when,
            "unit": ind.unit,
            "values": [{"date": d.isoformat(), "value": v} for d, v in fired.values],
            "last_value": ({"date": fired.last_value[0].isoformat(),
                            "value": fired.last_value[1]} if fired.last_value else None),
            "silent_from": fired.silent_from.isoformat() if fired.silent_from else None,
        }
        indicator = RecordRef("protectionindicator", ind.id, ind.name)
        if cap is not None and h is not None:
            capacity, handover, actor, location = self.handover_refs(cap, h)
            records = (capacity, handover, actor, indicator, location)
        else:
            records = (indicator, RecordRef("location", ind.location_id, ind.location_name))
        return message, records, details
