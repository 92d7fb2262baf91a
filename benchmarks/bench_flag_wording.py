"""Time wording the gap flags of a synthetic plan (10k capacities x 36 months by default) in
each language, against the engine computing them (compute_gaps, flags not yet worded) in the
same run. CPU seconds (time.process_time), medians of RUNS.

Each run words with a translator made afresh, as one command does (nothing remembered from the
run before: each language's renderer and Babel's formats start empty):
- English: the flags made with their English messages (`Flag.message`, what `gaps --json`
  prints);
- word_flag: every English flag worded again in French or Arabic (the window, the report);
- flags_in: the flags made in French or Arabic directly (`gaps --json --lang`), against making
  them in English and then wording each (what `gaps --lang` did before).

Run from a checkout: python benchmarks/bench_flag_wording.py [--capacities 10000]"""

from __future__ import annotations

import argparse
import gc
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # run from a checkout
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_gap_engine import synthetic_plan  # noqa: E402

from transition_planner import i18n  # noqa: E402
from transition_planner.domain import wording  # noqa: E402
from transition_planner.domain.gaps import compute_gaps  # noqa: E402
from transition_planner.i18n import Translator  # noqa: E402

RUNS = 5


def median_cpu(action, before=lambda: None) -> float:
    """The median CPU seconds of action(), each run after before() (not timed); what a run
    makes is kept until all are done, as a command keeps it until it leaves."""
    times, kept = [], []
    for _ in range(RUNS):
        argument = before()
        began = time.process_time()
        kept.append(action(argument))
        times.append(time.process_time() - began)
    return statistics.median(times)


def fresh(lang: str) -> Translator:
    """The language's translator made again, with nothing remembered: its catalogue reloaded
    (i18n.reload), every renderer forgotten (English's too, which the engine keeps)."""
    i18n.reload()
    wording._RENDERERS.clear()
    return i18n.translator(lang)


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--capacities", type=int, default=10_000)
    args = parser.parse_args(argv)
    facts = synthetic_plan(args.capacities)
    gc.disable()  # as the engine and the wording run (domain.collector): no rescans
    engine = median_cpu(lambda _: compute_gaps(facts))
    count = len(compute_gaps(facts).flags)

    def cold_report():
        fresh("en")
        return compute_gaps(facts)

    english = median_cpu(lambda report: report.flags, cold_report)
    print(f"{args.capacities} capacities, {count} flags; compute_gaps {engine:.3f} s; "
          f"English flags {english:.3f} s ({english / engine:.2f}x compute_gaps)")
    for lang in ("fr", "ar"):
        flags = compute_gaps(facts).flags
        worded = median_cpu(lambda t, flags=flags: [wording.word_flag(f, t) for f in flags],
                            lambda lang=lang: fresh(lang))
        direct = median_cpu(lambda t: list(compute_gaps(facts).flags_in(t.lang)),
                            lambda lang=lang: fresh(lang))
        twice = median_cpu(
            lambda t: [wording.word_flag(f, t) for f in compute_gaps(facts).flags],
            lambda lang=lang: fresh(lang))
        print(f"  {lang}: word_flag of every flag {worded:.3f} s ({worded / engine:.2f}x "
              f"compute_gaps); compute_gaps + flags_in {direct:.3f} s, + English flags and "
              f"word_flag {twice:.3f} s ({direct / twice:.2f}x)")


if __name__ == "__main__":
    main()
