"""Time wording the gap flags of a synthetic plan (2k capacities x 36 months) in each language,
against the engine computing them (compute_gaps, flags not yet worded) in the same run.

English is worded as the flags are made (`Flag.message`, what `gaps --json` prints); French
and Arabic through the core catalogue and Babel (`word_flag`, what `gaps --lang` and the
window do)."""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # run from a checkout
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_gap_engine import synthetic_plan  # noqa: E402

from transition_planner.domain.gaps import compute_gaps  # noqa: E402
from transition_planner.domain.wording import word_flag  # noqa: E402
from transition_planner.i18n import translator  # noqa: E402

RUNS = 5


def median_ms(action) -> float:
    times = []
    for _ in range(RUNS):
        began = time.perf_counter()
        action()
        times.append(time.perf_counter() - began)
    return statistics.median(times) * 1000


def main() -> None:
    facts = synthetic_plan(2_000)
    flags = compute_gaps(facts).flags
    engine = median_ms(lambda: compute_gaps(facts))
    english = median_ms(lambda: compute_gaps(facts).flags)
    print(f"{len(flags)} flags; compute_gaps {engine:.1f} ms; + English wording "
          f"{english:.1f} ms ({english / engine:.2f}x)")
    for lang in ("fr", "ar"):
        t = translator(lang)
        worded = median_ms(lambda t=t: [word_flag(f, t) for f in flags])
        print(f"  {lang}: word_flag of every flag {worded:.1f} ms "
              f"({worded / engine:.2f}x compute_gaps)")


if __name__ == "__main__":
    main()
