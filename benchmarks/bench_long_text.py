"""Time a report whose one capacity carries a very long note, against reportlab alone.

ours: build_report (internal audience, so the note is printed) of a one-capacity plan whose
notes hold N characters (an older plan may hold more than the 32,767 a form now accepts).
reportlab alone: the same text as one Paragraph per line, built in one pass by
SimpleDocTemplate. Prints the median of several runs and the ratio; a plan's whole report
is a few pages more than the note, and the note used to take minutes (each page of it scanned
the whole text again).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path
from xml.sax.saxutils import escape

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # run from a checkout

from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.platypus import Paragraph, SimpleDocTemplate  # noqa: E402
from sqlalchemy import text  # noqa: E402

from transition_planner.reports import fonts  # noqa: E402
from transition_planner.reports.build import build_report  # noqa: E402
from transition_planner.services import inventory, plans  # noqa: E402


def note_of(size: int) -> str:
    lines = (f"Line {i}: alerts answered by the network at night, names withheld." for i in
             range(size // 60 + 1))
    return "\n".join(lines)[:size]


def ours(folder: Path, note: str) -> float:
    handle = plans.new_plan(folder / f"p{time.monotonic_ns()}.tplan", {"name": "Long note"},
                            user="bench")
    site = inventory.add_location(handle, {"name": "Site"})
    inventory.add_capacity(handle, {"name": "Radio", "location_id": site.id,
                                    "category": "physical_protection"})
    with handle.file.engine.begin() as conn:
        conn.execute(text("UPDATE capacity SET notes = :n"), {"n": note})
    start = time.perf_counter()
    build_report(handle, folder / "ours.pdf", audience="internal")
    elapsed = time.perf_counter() - start
    handle.close()
    return elapsed


def raw(folder: Path, note: str) -> float:
    fonts.register_fonts()
    style = ParagraphStyle("note", fontName=fonts.SANS, fontSize=8, leading=10)
    start = time.perf_counter()
    story = [Paragraph(escape(line), style) for line in note.split("\n")]
    SimpleDocTemplate(str(folder / "raw.pdf")).build(story)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[200_000, 1_000_000])
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for size in args.sizes:
            note = note_of(size)
            ours_t = statistics.median(ours(folder, note) for _ in range(args.runs))
            raw_t = statistics.median(raw(folder, note) for _ in range(args.runs))
            print(f"note of {size:>9,} characters: ours {ours_t:6.2f} s, reportlab alone "
                  f"{raw_t:6.2f} s, ratio {ours_t / raw_t:4.2f}")


if __name__ == "__main__":
    main()
