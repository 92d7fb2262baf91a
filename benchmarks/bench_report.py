"""Time the transition report PDF against reportlab building the same tables alone.

ours: build_report from the plan file to the PDF (reading the plan, the gap engine, charts,
contents, two passes of multiBuild for "page X of Y" and the contents' page numbers).
reportlab alone: the report's own tables (the same rows of text, column widths and styles),
made into paragraphs and tables and built in one pass by SimpleDocTemplate, as a plain
reportlab program would. Prints the median of several runs and the ratio; target within 1.5x.
"""

from __future__ import annotations

import argparse
import statistics
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
from transition_planner.reports.layout import FRAME_WIDTH, MARGIN, Styles, Writer  # noqa: E402
from transition_planner.reports.text import Words  # noqa: E402
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

    def table(self, header, rows, widths, numeric=(), groups=(), bold_rows=()):
        self.tables.append((header, [[str(v) for v in row] for row in rows], widths,
                            set(numeric), set(groups), set(bold_rows)))
        return super().table(header, rows, widths, numeric, groups, bold_rows)


def plain_reportlab(tables, path: Path) -> int:
    """The tables as a reportlab user writes them: a Paragraph per text cell, one build."""
    cell = ParagraphStyle("cell", fontName=fonts.SANS, fontSize=7.4, leading=9.5)
    bold = ParagraphStyle("bold", parent=cell, fontName=fonts.SANS_BOLD)
    story = []
    for header, rows, widths, numeric, groups, bold_rows in tables:
        data = [[Paragraph(escape(h), bold) for h in header]]
        style = [("FONT", (0, 0), (-1, -1), fonts.SANS, 7.4, 9.5), ("VALIGN", (0, 0), (-1, -1),
                 "TOP"), ("LINEBELOW", (0, 0), (-1, -1), 0.25, "#C8D0DA"),
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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--capacities", type=int, default=1000, help="2 handovers each")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--audience", default="donor")
    parser.add_argument("--lang", default="en")
    args = parser.parse_args()
    fonts.register_fonts()
    with tempfile.TemporaryDirectory() as folder:
        folder = Path(folder)
        path = folder / "plan.tplan"
        planfile.create_plan_file(path).engine.dispose()
        handle = PlanHandle(planfile.open_plan_file(path), "benchmark")
        try:
            bulk.insert_rows(handle, synthetic_rows(args.capacities), source="benchmark")
            summary = gaps.compute(handle).summary
            pages = []

            def ours():
                result = build_report(handle, folder / "ours.pdf", audience=args.audience,
                                      lang=args.lang, created=CREATED)
                pages.append(result.pages)

            words = Words(args.lang, handle.taxonomy())
            writer = RecordingWriter(words, Styles(words.rtl))
            _story(load_report_data(handle, args.audience, CREATED), words, writer)
            plain_pages = []
            ours_time = median_time(ours, args.runs)
            plain_time = median_time(
                lambda: plain_pages.append(plain_reportlab(writer.tables, folder / "plain.pdf")),
                args.runs)
        finally:
            handle.close()
    rows = sum(len(t[1]) for t in writer.tables)
    ratio = ours_time / plain_time
    print(f"report of {summary['capacities']} capacities and {summary['handovers']} handovers"
          f" ({args.audience}, {args.lang}), median of {args.runs} runs")
    print(f"  ours, plan file to PDF         {ours_time:7.2f} s  {pages[-1]} pages")
    print(f"  reportlab alone, same tables   {plain_time:7.2f} s  {plain_pages[-1]} pages, "
          f"{len(writer.tables)} tables, {rows} rows")
    print(f"  ratio {ratio:.2f} (target within {TARGET}x): {'ok' if ratio <= TARGET else 'SLOW'}")


if __name__ == "__main__":
    main()
