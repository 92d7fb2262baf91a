"""Check that the gap engine gives exactly what an earlier version of it gave: every coverage,
unfunded run and amount, series, summary and worded flag, compared with == (floats to the bit).

The earlier engine is read from git (`--against`, by default the last commit before the engine
was made faster) and run beside the working tree's on the same facts: the demo plan in every
scenario (and with the "unassessed counts as ready" policy), synthetic plans of 500, 2k and 10k
capacities written to plan files (benchmarks/synthetic.py), and the gap bench's own plan with
monitoring, capacity-wide funding lines and fallbacks added.

    .venv/bin/python benchmarks/gap_identity.py [--against REV] [--quick]
"""

from __future__ import annotations

import argparse
import dataclasses
import random
import sys
import tempfile
from decimal import Decimal
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # run from a checkout
sys.path.insert(0, str(HERE))

from bench_gap_engine import module_at, monitored, synthetic_plan  # noqa: E402
from synthetic import synthetic_rows  # noqa: E402

from transition_planner.domain import gaps  # noqa: E402
from transition_planner.domain.facts import FundingFacts, PlanFacts  # noqa: E402
from transition_planner.services import bulk, demo, plans  # noqa: E402
from transition_planner.services import gaps as gap_service  # noqa: E402
from transition_planner.services.plans import PlanHandle  # noqa: E402
from transition_planner.store import planfile  # noqa: E402

BEFORE_SPEED_WORK = "abec4b7"  # the engine as it was before compute_gaps was made faster
ENGINE = "transition_planner/domain/gaps.py"
MONITORING = "transition_planner/domain/monitoring.py"


def reference_engine(rev: str):
    """The engine at `rev`, with the monitoring rule of the same revision."""
    module_at(rev, MONITORING, "_reference_monitoring")
    return module_at(rev, ENGINE, "_reference_gaps",
                      ("transition_planner.domain.monitoring", "_reference_monitoring"))


def dump(report) -> dict:
    """Everything a report says, as plain comparable values."""
    facts = report.facts
    coverages = {
        cid: (tuple(getattr(cov, f.name) for f in dataclasses.fields(cov)),
              cov.provisions, cov.monthly(), cov.gap_total, cov.first_gap_month)
        for cid, cov in report.coverages.items()
    }
    unfunded = {
        cid: (tuple(getattr(part, f.name) for f in dataclasses.fields(part)),
              part.by_month(facts.months))
        for cid, part in report.unfunded.items()
    }
    flags = [(f.kind, f.severity, f.message, f.records, f.details, f.months, f.words)
             for f in report.flags]
    series = {by: report.series_json(by) for by in (*gaps.GROUPINGS, gaps.ALL)}
    cats = sorted({c.category for c in facts.capacities})[:2]
    series["where"] = report.series_json("location", {"category": cats})
    return {"coverages": coverages, "unfunded": unfunded, "summary": report.summary,
            "flags": flags, "series": series, "json": report.to_json_dict()}


def difference(a: dict, b: dict) -> str | None:
    """The first thing two dumps disagree on, or None."""
    for part in a:
        if a[part] == b[part]:
            continue
        if isinstance(a[part], dict):
            for key in sorted(set(a[part]) | set(b[part]), key=str):
                if a[part].get(key) != b[part].get(key):
                    return f"{part}[{key!r}]: {a[part].get(key)!r} != {b[part].get(key)!r}"
        for k, (x, y) in enumerate(zip(a[part], b[part])):
            if x != y:
                return f"{part}[{k}]: {x!r} != {y!r}"
        return f"{part}: {len(a[part])} != {len(b[part])} entries"
    return None


def demo_facts(folder: Path) -> list[tuple[str, PlanFacts]]:
    handle = demo.write_demo_plan(folder / f"demo{planfile.PLAN_SUFFIX}")
    out = []
    for scenario in plans.list_scenarios(handle):
        facts = gap_service.load_facts(handle, scenario.id, as_of=demo.DEMO_AS_OF)
        out.append((f"demo, {scenario.name}", facts))
        ready = dataclasses.replace(facts.rules, unassessed_factor=1.0)
        out.append((f"demo, {scenario.name}, unassessed as ready",
                    dataclasses.replace(facts, rules=ready)))
    handle.close()
    return out


def synthetic_facts(folder: Path, size: int) -> PlanFacts:
    path = folder / f"synthetic-{size}{planfile.PLAN_SUFFIX}"
    handle = PlanHandle(planfile.create_plan_file(path), "identity")
    bulk.insert_rows(handle, synthetic_rows(size), source="identity")
    facts = gap_service.load_facts(handle)
    handle.close()
    return facts


def with_pools_and_fallbacks(facts: PlanFacts, seed: int = 3) -> PlanFacts:
    """The bench plan with a capacity-wide line on every third capacity and the second
    successor of every fifth made the fallback of its first."""
    rng = random.Random(seed)
    caps = []
    for i, cap in enumerate(facts.capacities):
        if i % 3 == 0:
            start = gaps.add_months(facts.horizon_start, rng.randint(0, 30))
            line = FundingFacts(f"{cap.id}-pool", "committed", "bilateral",
                                Decimal(rng.randint(1, 300) * 1000), "USD",
                                start if rng.random() < 0.8 else None,
                                gaps.add_months(start, rng.randint(3, 20))
                                if rng.random() < 0.8 else None)
            cap = dataclasses.replace(cap, funding=(line,))
        caps.append(cap)
    handovers, first_of = [], {}
    for h in facts.handovers:
        primary = first_of.setdefault(h.capacity_id, h.id)
        if primary != h.id and int(h.capacity_id[1:]) % 5 == 0:
            h = dataclasses.replace(h, alternative_to=primary)
        handovers.append(h)
    return dataclasses.replace(facts, capacities=tuple(caps), handovers=tuple(handovers))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--against", default=BEFORE_SPEED_WORK)
    parser.add_argument("--quick", action="store_true", help="skip the 10k plans")
    args = parser.parse_args()
    reference = reference_engine(args.against)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        cases = demo_facts(folder)
        for size in (500, 2_000) if args.quick else (500, 2_000, 10_000):
            cases.append((f"synthetic plan file, {size} capacities", synthetic_facts(folder, size)))
        bench = synthetic_plan(2_000 if args.quick else 10_000)
        cases.append(("bench plan", bench))
        cases.append(("bench plan, monitored", monitored(bench)))
        pools = with_pools_and_fallbacks(monitored(bench))
        cases.append(("bench plan, pools and fallbacks", pools))
    failed = 0
    for name, facts in cases:
        found = difference(dump(reference.compute_gaps(facts)), dump(gaps.compute_gaps(facts)))
        report = gaps.compute_gaps(facts)
        print(f"{'SAME' if found is None else 'DIFFERENT'}: {name} ({len(facts.capacities)}"
              f" capacities, {len(report.flags)} flags, {len(report.unfunded)} unfunded)")
        if found is not None:
            failed += 1
            print("   ", found[:2000])
    print(f"{len(cases) - failed} of {len(cases)} identical to the engine at {args.against}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
