"""Time the gap engine on synthetic plans of 1k and 10k capacities over 36 months, against the
engine as it was before funding was judged by amount (read from git: run from a checkout)."""

from __future__ import annotations

import dataclasses
import importlib.util
import random
import statistics
import subprocess
import sys
import time
from datetime import date
from decimal import Decimal
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # run from a checkout

from transition_planner.domain import gaps  # noqa: E402
from transition_planner.domain.collector import collector_paused  # noqa: E402
from transition_planner.domain.facts import (  # noqa: E402
    CapacityFacts,
    FundingFacts,
    HandoverFacts,
    IndicatorFacts,
    PlanFacts,
    rules_from_taxonomy,
)
from transition_planner.domain.gaps import add_months, compute_gaps  # noqa: E402
from transition_planner.domain.taxonomy import Taxonomy  # noqa: E402

HORIZON = date(2027, 1, 1)
MONTHS = 36
# the last commit before funding was judged by amount: the engine the ratio is taken against
PREVIOUS_ENGINE = "f277b5e^"
TARGET_MS = 100  # compute_gaps, 10k capacities x 36 months, on a 2-core laptop
RUNS = 5

CATEGORIES = ("physical_protection", "early_warning", "human_rights", "mine_action", "policing")
ACTOR_TYPES = ("un_agency", "international_ngo", "national_ngo", "host_ministry", "nhri")
ACTOR_TYPES += ("host_security_forces",)
STATUSES = ("proposed", "agreed", "co_delivery", "handed_over", "at_risk", "declined")
FUNDING = (("committed", "bilateral"), ("pledged", "peacebuilding_fund"), ("required", "mptf"))
DIMENSIONS = ("capacity", "willingness", "funding", "access", "legitimacy", "independence")
DIMENSIONS += ("data_transfer",)


def module_at(rev: str, path: str, name: str, replace: tuple[str, str] | None = None):
    """A module loaded from the text of `path` at git revision `rev`, under `name`."""
    text = subprocess.run(["git", "-C", str(HERE.parent), "show", f"{rev}:{path}"],
                          check=True, capture_output=True, text=True).stdout
    if replace:
        text = text.replace(*replace)
    spec = importlib.util.spec_from_loader(name, loader=None)
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    exec(compile(text, f"{rev}:{path}", "exec"), module.__dict__)  # noqa: S102
    return module


def _day(rng: random.Random, month: int) -> date:
    return add_months(HORIZON, month).replace(day=rng.choice((1, 1, 15)))


def _funding(rng: random.Random, prefix: str, start: int) -> tuple[FundingFacts, ...]:
    lines = []
    for k, (status, source) in enumerate(FUNDING):
        begin = start + rng.randint(-2, 6) + 12 * k
        lines.append(
            FundingFacts(
                f"{prefix}-f{k}",
                status,
                source,
                Decimal(rng.randint(1, 500) * 1000),
                "USD",
                _day(rng, begin),
                _day(rng, begin + rng.randint(6, 14)),
            )  # fmt: skip
        )
    return tuple(lines)


def _handover(rng: random.Random, cap_id: str, k: int, exit_month: int) -> HandoverFacts:
    start = exit_month + rng.randint(-6, 2)  # mostly before the exit, sometimes late
    hid = f"{cap_id}-h{k}"
    return HandoverFacts(
        id=hid, capacity_id=cap_id, actor_id=f"a{rng.randint(1, 200)}",
        actor_name=f"Actor {rng.randint(1, 200)}", actor_type=rng.choice(ACTOR_TYPES),
        role="lead" if k == 0 else "support",
        share=0.7 if k == 0 else rng.choice((0.3,) * 7 + (0.5,)),
        modality="transfer", start=_day(rng, start),
        end=None if rng.random() < 0.7 else _day(rng, start + rng.randint(6, 30)),
        status=rng.choice(STATUSES),
        readiness={d: rng.choice((2,) + (3, 4, 4, 5, 5) * 3) for d in DIMENSIONS},
        data_protocol=rng.random() < 0.5, funding=_funding(rng, hid, start),
    )  # fmt: skip


def synthetic_plan(capacities: int, seed: int = 1) -> PlanFacts:
    """A plan with 2 successors, 3 funding lines and 7 readiness scores per capacity."""
    rng = random.Random(seed)
    caps, handovers = [], []
    for i in range(capacities):
        exit_month = rng.randint(0, MONTHS + 2)
        cap_id = f"c{i}"
        caps.append(
            CapacityFacts(
                id=cap_id,
                name=f"Capacity {i}",
                category=rng.choice(CATEGORIES),
                tier=rng.choice(("I", "II", "III")),
                component="civilian",
                location_id=f"l{i % 300}",
                location_name=f"Site {i % 300}",
                populations=("idps", "children")[: rng.randint(0, 2)],
                criticality=rng.choice(("low", "medium", "high", "critical")),
                mission_end=_day(rng, exit_month),
                required_share=rng.choice((0.5, 1.0)),
                annual_cost=Decimal(rng.randint(0, 20) * 10000),
                has_sensitive_data=rng.random() < 0.2,
                enabler_ids=(f"c{rng.randrange(i)}",) if i and rng.random() < 0.1 else (),
            )  # fmt: skip
        )
        handovers.extend(_handover(rng, cap_id, k, exit_month) for k in range(2))
    rules = rules_from_taxonomy(Taxonomy.builtin())
    return PlanFacts(HORIZON, MONTHS, date(2029, 6, 30), tuple(caps), tuple(handovers), rules)


def monitored(facts: PlanFacts, per_handover: int = 1, months: int = 12,
              seed: int = 2) -> PlanFacts:
    """The plan a year into monitoring: `per_handover` indicators on each handover, each with
    a value a month for the `months` months up to the day of the check (one in eight drifts
    below its threshold for its last three months, so the re-engagement rule has work to do)."""
    rng = random.Random(seed)
    caps = {c.id: c for c in facts.capacities}
    as_of = add_months(HORIZON, 24)
    start = add_months(as_of, -months)
    indicators = []
    for h in facts.handovers:
        cap = caps[h.capacity_id]
        drifts = rng.random() < 0.125
        for k in range(per_handover):
            values = tuple(
                (add_months(start, m).replace(day=rng.randint(1, 28)),
                 45.0 if drifts and m >= months - 3 else rng.uniform(61, 95))
                for m in range(months)
            )  # fmt: skip
            indicators.append(IndicatorFacts(
                f"{h.id}-i{k}", f"Alerts answered within an hour {k}", cap.location_id,
                cap.location_name, h.id, "%", 60.0, "below", "month", 3, start, values,
            ))  # fmt: skip
    return dataclasses.replace(facts, indicators=tuple(indicators), as_of=as_of)


def _median_ms(action, runs: int = RUNS) -> float:
    """Median milliseconds of action() until it returns. Freeing what it returns is not
    counted (a window keeps a report until the next one replaces it, a command never frees
    it): _free_ms says what that costs."""
    times = []
    for _ in range(runs):
        began = time.perf_counter()
        result = action()
        times.append(time.perf_counter() - began)
        del result
    return statistics.median(times) * 1000


def _free_ms(action, runs: int = RUNS) -> float:
    """Median milliseconds of freeing what action() returns."""
    times = []
    for _ in range(runs):
        result = action()
        began = time.perf_counter()
        del result
        times.append(time.perf_counter() - began)
    return statistics.median(times) * 1000


def _engine_and_flags(facts: PlanFacts) -> dict:
    return compute_gaps(facts).to_json_dict()  # what `transition-planner gaps --json` does


def _dashboard(facts: PlanFacts):
    report = compute_gaps(facts)
    assert report.flags is not None  # worded on first read
    for by in (None, "category", "location"):
        report.series(by=by)
    return report


def phases(facts: PlanFacts, runs: int = RUNS) -> dict[str, float]:
    """Median milliseconds of each step of compute_gaps (as it runs them), to say where the
    time goes: reading the handovers, coverage and funding, the rules, monitoring, summary."""
    times: dict[str, list[float]] = {}
    for _ in range(runs):
        with collector_paused():
            began = time.perf_counter()
            engine = gaps._Engine(facts)
            capacities = {c.id: c for c in facts.capacities}
            handovers = gaps._Handovers(engine, capacities)
            marks = [("handovers", time.perf_counter())]
            coverages, unfunded = engine.cover_all(
                facts.capacities, handovers.active, handovers.decided)
            marks.append(("coverage and funding", time.perf_counter()))
            rules = gaps._Rules(engine, capacities, coverages, unfunded)
            for cap in gaps.by_name(facts.capacities):
                rules.capacity(cap, handovers)
            marks.append(("rules", time.perf_counter()))
            if facts.indicators:
                rules.monitoring(facts)
            marks.append(("monitoring", time.perf_counter()))
            gaps._summary(facts, coverages, unfunded, rules, handovers.count)
            marks.append(("summary", time.perf_counter()))
        for name, at in marks:
            times.setdefault(name, []).append(at - began)
            began = at
    return {name: statistics.median(t) * 1000 for name, t in times.items()}


def main() -> None:
    gap_engine_before = module_at(PREVIOUS_ENGINE, "transition_planner/domain/gaps.py",
                                  "_previous_gaps")
    print(f"median of {RUNS} runs; target {TARGET_MS:.0f} ms for compute_gaps at 10k capacities")
    for size in (1_000, 10_000):
        facts = synthetic_plan(size)
        report = compute_gaps(facts)
        before = _median_ms(lambda f=facts: gap_engine_before.compute_gaps(f))
        engine = _median_ms(lambda f=facts: compute_gaps(f))
        worded = _median_ms(lambda f=facts: _engine_and_flags(f))
        dashboard = _median_ms(lambda f=facts: _dashboard(f))
        verdict = "" if size < 10_000 else (" OK" if engine < TARGET_MS else " OVER TARGET")
        print(
            f"{size:>6} capacities x {MONTHS} months: compute_gaps {engine:.1f} ms{verdict}"
            f" ({engine / before:.2f}x the previous engine's {before:.1f} ms)"
            f" | + flags worded, JSON dict {worded:.1f} ms"
            f" | + flags, series(all, category, location) {dashboard:.1f} ms"
            f" | {len(report.flags)} flags, {report.summary['capacity_gap_months']} gap months"
        )
        if size == 10_000:
            print(f"  freeing a 10k report afterwards (not counted above): "
                  f"{_free_ms(lambda f=facts: compute_gaps(f)):.1f} ms")
    facts = monitored(synthetic_plan(10_000))
    steps = phases(facts)
    print("  where the time goes at 10k with indicators (median ms): "
          + ", ".join(f"{name} {ms:.1f}" for name, ms in steps.items()))
    report = compute_gaps(facts)
    # the previous engine had no monitoring rule: it does the rest of the same work
    before = _median_ms(lambda f=facts: gap_engine_before.compute_gaps(f))
    engine = _median_ms(lambda f=facts: compute_gaps(f))
    triggers = report.summary["flags_by_kind"]["re_engagement_trigger"]
    print(
        f" 10000 capacities with {len(facts.indicators)} indicators x 12 monthly values:"
        f" compute_gaps {engine:.1f} ms{' OK' if engine < TARGET_MS else ' OVER TARGET'}"
        f" ({engine / before:.2f}x the previous engine's {before:.1f} ms, which has no"
        f" monitoring rule) | {triggers} re-engagement triggers"
    )


if __name__ == "__main__":
    main()
