"""Time the transition report PDF against reportlab building the same tables alone.

ours: build_report from the plan file to the PDF (reading the plan, the gap engine, charts,
contents, two passes of multiBuild for "page X of Y" and the contents' page numbers).
reportlab alone: the report's own tables (the same rows of text, column widths and styles),
made into paragraphs and tables and built in one pass by SimpleDocTemplate, as a plain
reportlab program would. Prints the median of several runs and the ratio; target within 1.5x.

With several --capacities sizes it also prints, per size, the peak memory of the whole
`transition-planner report` process and the growth in time and memory from one size to the
next against the growth of the plan, so that super-linear growth shows at a glance (before
the report's tables were laid out a page at a time, 10x the plan cost 22x the time and 40x
the memory).
"""

from __future__ import annotations

import argparse
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path
from xml.sax.saxutils import escape

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # run from a checkout
sys.path.insert(0, str(Path(__file__).resolve().parent))

from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table  # noqa: E402
from synthetic import synthetic_rows  # noqa: E402

from transition_planner.reports import fonts  # noqa: E402
from transition_planner.reports.build import _story, build_report  # noqa: E402
from transition_planner.reports.data import load_report_data  # noqa: E402
from transition_planner.reports.layout import CELL, FRAME_WIDTH, MARGIN, Styles, Writer  # noqa: E402
from transition_planner.reports.words import Words  # noqa: E402
from transition_planner.services import bulk, gaps  # noqa: E402
from transition_planner.services.plans import PlanHandle  # noqa: E402
from transition_planner.store import planfile  # noqa: E402

CREATED = date(2027, 3, 15)
TARGET = 1.5


class RecordingWriter(Writer):
    """Our writer, noting each table's rows of text as it makes it."""

    def __init__(self, *args):
        super().__init__(*args)
        self.tables = []

    def table(self, header, rows, widths, numeric=(), groups=(), bold_rows=(), notes=()):
        self.tables.append((header, [[str(v) for v in row] for row in rows], widths,
                            set(numeric), set(groups) | set(notes), set(bold_rows)))
        return super().table(header, rows, widths, numeric, groups, bold_rows, notes)


def plain_reportlab(tables, path: Path) -> int:
    """The tables as a reportlab user writes them: a Paragraph per text cell, one build."""
    cell = ParagraphStyle("cell", fontName=fonts.SANS, fontSize=CELL, leading=round(CELL * 1.28, 1))
    bold = ParagraphStyle("bold", parent=cell, fontName=fonts.SANS_BOLD)
    story = []
    for header, rows, widths, numeric, groups, bold_rows in tables:
        data = [[Paragraph(escape(h), bold) for h in header]]
        style = [("FONT", (0, 0), (-1, -1), fonts.SANS, CELL, cell.leading),
                 ("VALIGN", (0, 0), (-1, -1), "TOP"),
                 ("LINEBELOW", (0, 0), (-1, -1), 0.25, "#C8D0DA"),
                 ("TOPPADDING", (0, 0), (-1, -1), 2.2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2.6)]
        for r, row in enumerate(rows, start=1):
            if r - 1 in groups:
                data.append([Paragraph(escape(row[0]), bold)] + [""] * (len(header) - 1))
                style.append(("SPAN", (0, r), (-1, r)))
                continue
            para = bold if r - 1 in bold_rows else cell
            data.append([v if c in numeric else Paragraph(escape(v), para)
                         for c, v in enumerate(row)])
        for c in numeric:
            style.append(("ALIGN", (c, 0), (c, -1), "RIGHT"))
        story.append(Table(data, colWidths=[FRAME_WIDTH * w for w in widths], repeatRows=1,
                           style=style))
    doc = SimpleDocTemplate(str(path), pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN,
                            topMargin=MARGIN + 6, bottomMargin=MARGIN + 10, invariant=1)
    doc.build(story)
    return doc.page


def median_time(action, runs: int) -> float:
    times = []
    for _ in range(runs):
        began = time.perf_counter()
        action()
        times.append(time.perf_counter() - began)
    return statistics.median(times)


def peak_rss_mb(plan: Path, out: Path, audience: str, lang: str) -> float:
    """Peak resident memory of one whole `transition-planner report` process, in MB."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    done = subprocess.run([sys.executable, "-m", "transition_planner", "report", str(plan),
                           str(out), "--audience", audience, "--lang", lang, "--created",
                           CREATED.isoformat()], capture_output=True, text=True)
    if done.returncode:
        raise SystemExit(done.stderr)
    after = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    # the children's peak is a running maximum: sizes run in increasing order
    return max(after, before) / 1024


def measure(capacities: int, runs: int, audience: str, lang: str, folder: Path) -> dict:
    path = folder / f"plan{capacities}.tplan"
    planfile.create_plan_file(path).engine.dispose()
    handle = PlanHandle(planfile.open_plan_file(path), "benchmark")
    try:
        bulk.insert_rows(handle, synthetic_rows(capacities), source="benchmark")
        summary = gaps.compute(handle).summary
        pages = []

        def ours():
            result = build_report(handle, folder / "ours.pdf", audience=audience, lang=lang,
                                  created=CREATED)
            pages.append(result.pages)

        words = Words(lang, handle.taxonomy())
        writer = RecordingWriter(words, Styles(words.rtl))
        _story(load_report_data(handle, audience, CREATED), words, writer)
        plain_pages = []
        ours_time = median_time(ours, runs)
        plain_time = median_time(
            lambda: plain_pages.append(plain_reportlab(writer.tables, folder / "plain.pdf")),
            runs)
    finally:
        handle.close()
    return {"capacities": summary["capacities"], "handovers": summary["handovers"],
            "ours": ours_time, "plain": plain_time, "pages": pages[-1],
            "plain_pages": plain_pages[-1], "tables": len(writer.tables),
            "rows": sum(len(t[1]) for t in writer.tables),
            "rss": peak_rss_mb(path, folder / "process.pdf", audience, lang)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--capacities", type=int, nargs="+", default=[1000],
                        help="plan sizes, 2 handovers per capacity (e.g. 1000 3000)")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--audience", default="donor")
    parser.add_argument("--lang", default="en")
    args = parser.parse_args()
    fonts.register_fonts()
    results = []
    with tempfile.TemporaryDirectory() as folder:
        for size in sorted(args.capacities):
            results.append(measure(size, args.runs, args.audience, args.lang, Path(folder)))
    print(f"report ({args.audience}, {args.lang}), medians of {args.runs} runs")
    print(f"{'capacities':>10} {'handovers':>9} {'ours s':>8} {'reportlab s':>11} "
          f"{'ratio':>6} {'pages':>6} {'rows':>6} {'peak MB':>8}")
    for r in results:
        ratio = r["ours"] / r["plain"]
        print(f"{r['capacities']:>10,} {r['handovers']:>9,} {r['ours']:>8.2f} "
              f"{r['plain']:>11.2f} {ratio:>6.2f} {r['pages']:>6} {r['rows']:>6} "
              f"{r['rss']:>8.0f}  {'ok' if ratio <= TARGET else 'SLOW'} (target {TARGET}x)")
    for a, b in zip(results, results[1:]):
        size = b["capacities"] / a["capacities"]
        print(f"{a['capacities']:,} -> {b['capacities']:,} capacities ({size:.1f}x): "
              f"time {b['ours'] / a['ours']:.2f}x, peak memory {b['rss'] / a['rss']:.2f}x, "
              f"reportlab alone {b['plain'] / a['plain']:.2f}x")


if __name__ == "__main__":
    main()
