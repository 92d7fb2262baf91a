"""Page layout of a report: styles, page templates, headings, tables and the table of contents."""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterable
from datetime import date

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import BaseDocTemplate, CondPageBreak, Frame, PageTemplate, Table
from reportlab.platypus.flowables import Flowable
from reportlab.platypus.tableofcontents import TableOfContents

from transition_planner.reports import arabic, fonts

MARGIN = 18 * mm
PAGE_WIDTH, PAGE_HEIGHT = A4
FRAME_WIDTH = PAGE_WIDTH - 2 * MARGIN
NAVY = colors.HexColor("#1F3A5F")
GREY = colors.HexColor("#5A5A5A")
LIGHT = colors.HexColor("#E8EEF5")
ZEBRA = colors.HexColor("#F6F8FA")
RULE = colors.HexColor("#C8D0DA")
ALERT = colors.HexColor("#B3261E")
# each audience's colour on the cover band and the page rule: a report sent to the wrong
# readers looks wrong at a glance
AUDIENCE_COLOURS = {"donor": NAVY, "cluster": colors.HexColor("#1B6F66"), "internal": ALERT}


PAD_TOP, PAD_BOTTOM, PAD_SIDE = 2.0, 2.4, 2.8  # table cell padding
CELL = 8.5  # table text size: the smallest a reader takes in on paper


class TextParagraph(Flowable):
    """A paragraph of plain text, wrapped once per width, in either direction.

    reportlab's Paragraph breaks lines at U+202F (the French thousands separator), prints it
    as a plain space and reorders nothing; this one breaks only at plain spaces, keeps every
    character, and shapes and reorders Arabic line by line (see arabic.py).
    """

    def __init__(self, text: str, style, rtl: bool = False, lines: list[str] | None = None,
                 has_arabic: bool | None = None):
        super().__init__()
        self.text, self.style = text, style
        self.arabic = arabic.has_arabic(text) if has_arabic is None else has_arabic
        self.base = "R" if rtl and self.arabic else "L"
        self._lines = lines
        self._wrapped_for = None if lines is None else -1.0  # a split piece keeps its lines

    def _layout(self, avail_width: float) -> list[str]:
        if self._wrapped_for not in (-1.0, avail_width):
            s = self.style
            text = arabic.shape(self.text) if self.arabic else self.text
            usable = max(avail_width - s.leftIndent - s.rightIndent, s.fontSize)
            self._lines = arabic.break_lines(text, usable, s.fontName, s.fontSize)
            self._wrapped_for = avail_width
        return self._lines

    def wrap(self, availWidth, availHeight):
        self.width = availWidth
        self.height = len(self._layout(availWidth)) * self.style.leading
        return self.width, self.height

    def split(self, availWidth, availHeight):
        lines = self._layout(availWidth)
        fit = int(availHeight // self.style.leading)
        if fit <= 0 or fit >= len(lines):
            return [] if fit <= 0 else [self]
        rtl = self.base == "R"
        return [TextParagraph(self.text, self.style, rtl, lines[:fit], self.arabic),
                TextParagraph(self.text, self.style, rtl, lines[fit:], self.arabic)]

    def getSpaceBefore(self):
        return self.style.spaceBefore

    def getSpaceAfter(self):
        return self.style.spaceAfter

    def draw(self):
        s, canv = self.style, self.canv
        if layout_only(canv):
            return
        canv.setFillColor(s.textColor)
        align = {TA_CENTER: "center", TA_RIGHT: "right"}.get(s.alignment, "left")
        x = {"right": self.width - s.rightIndent, "center": self.width / 2,
             "left": s.leftIndent}[align]
        y = self.height - s.fontSize
        for line in self._lines:
            if self.arabic:
                arabic.draw_visual(canv, arabic.visual(line, self.base), x, y, s.fontName,
                                   s.fontSize, align)
            else:
                canv.setFont(s.fontName, s.fontSize)
                {"left": canv.drawString, "right": canv.drawRightString,
                 "center": canv.drawCentredString}[align](x, y, line)
            y -= s.leading


def layout_only(canv) -> bool:
    """Whether this canvas is the first pass's, whose drawing is thrown away (ReportDoc)."""
    return getattr(getattr(canv, "_doctemplate", None), "layout_only", False)


class Alert(str):
    """A table value to stand out in red (a readiness score below threshold, a high flag)."""


class Styles:
    """Paragraph styles of one report language (Arabic needs more leading than Latin)."""

    def __init__(self, rtl: bool):
        self.rtl = rtl
        align = TA_RIGHT if rtl else TA_LEFT
        lead = 1.55 if rtl else 1.28

        def style(name, size, bold=False, colour=colors.black, **kw):
            kw.setdefault("alignment", align)
            return ParagraphStyle(
                name, fontName=fonts.SANS_BOLD if bold else fonts.SANS, fontSize=size,
                leading=round(size * lead, 1), textColor=colour, **kw,
            )

        self.body = style("body", 9.2, spaceAfter=5)
        self.caption = style("caption", 8.5, colour=GREY, spaceAfter=4)
        self.lead = style("lead", 11.5, bold=True, colour=NAVY, spaceAfter=6)
        self.cell = style("cell", CELL)
        self.cell_bold = style("cell_bold", CELL, bold=True)
        self.cell_label = style("cell_label", CELL, colour=GREY)
        self.cell_alert = style("cell_alert", CELL, bold=True, colour=ALERT)
        self.cell_alert_right = style("cell_alert_right", CELL, bold=True, colour=ALERT,
                                      alignment=TA_LEFT if rtl else TA_RIGHT)
        self.cell_right = style("cell_right", CELL, alignment=TA_LEFT if rtl else TA_RIGHT)
        self.head_right = style("head_right", CELL, bold=True,
                                alignment=TA_LEFT if rtl else TA_RIGHT)
        self.h1 = style("h1", 15, bold=True, colour=NAVY, spaceBefore=4, spaceAfter=8)
        self.h2 = style("h2", 11, bold=True, colour=NAVY, spaceBefore=10, spaceAfter=5)
        self.title = style("title", 25, bold=True, colour=NAVY, spaceAfter=10)
        self.subtitle = style("subtitle", 12.5, colour=GREY, spaceAfter=24)
        self.kicker = style("kicker", 11, bold=True, colour=GREY, spaceAfter=6)
        self.cover_value = style("cover_value", 10)
        self.cover_label = style("cover_label", 9, colour=GREY)
        self.notice = style("notice", 9.5, bold=True, colour=NAVY, alignment=TA_CENTER)
        self.toc = [style("toc0", 10.5), style("toc1", 9.2, colour=GREY)]


class Writer:
    """Makes paragraphs, headings and tables in the report's direction."""

    def __init__(self, words, styles: Styles):
        self.words, self.styles, self.rtl = words, styles, words.rtl
        self.keys = 0  # headings made so far: their link keys (a LazyStory winds it back)

    def para(self, text: str, style=None) -> Flowable:
        return TextParagraph(text, style or self.styles.body, self.rtl)

    def heading(self, text: str, level: int = 0, toc: bool = True) -> Flowable:
        """A heading that the table of contents (toc) and the PDF outline list."""
        self.keys += 1
        flowable = self.para(text, self.styles.h1 if level == 0 else self.styles.h2)
        # the contents list the sections only; the PDF outline has every heading
        flowable.outline = (level, text, f"h{self.keys}", toc and level == 0)
        flowable.keepWithNext = True
        return flowable

    def table(self, header: list[str], rows: list, widths: list[float], numeric=(),
              groups=(), bold_rows=(), notes=()) -> Table:
        """A table over the frame's width; widths are fractions; rows may hold flowables.

        numeric: columns aligned as numbers; groups: rows that are one full-width heading
        cell; notes: rows that are one full-width line of text ("34 more handovers");
        bold_rows: rows (e.g. totals) set in bold. Right to left, columns are mirrored.
        Text that fits its column on one line stays a plain string (cheap to lay out and
        draw); the rest becomes a paragraph. Row heights are measured here, once: reportlab
        would otherwise re-wrap every cell on every page split and in each build pass.
        """
        s, n = self.styles, len(header)
        spans = set(groups) | set(notes)
        col_widths = _fitted_widths(header, rows, [FRAME_WIDTH * w for w in widths], numeric,
                                    spans, self.rtl)
        cell_commands: list[tuple] = []  # (command, logical column, row, *values)
        data = [[self._cell(h, c in numeric, True, col_widths[c], 0, c, cell_commands)
                 for c, h in enumerate(header)]]
        for r, row in enumerate(rows, start=1):
            if r - 1 in spans:
                data.append([self._cell(row[0], False, r - 1 in groups, FRAME_WIDTH, r, 0,
                                        cell_commands)] + [""] * (n - 1))
                continue
            bold = r - 1 in bold_rows
            data.append([self._cell(v, c in numeric, bold, col_widths[c], r, c, cell_commands)
                         for c, v in enumerate(row)])
        heights = [self._row_height(row, FRAME_WIDTH if r - 1 in spans else col_widths)
                   for r, row in enumerate(data)]
        if self.rtl:  # mirror the columns; a spanned heading keeps its text in the first cell
            data = [row if r - 1 in spans else list(reversed(row)) for r, row in enumerate(data)]
            col_widths.reverse()
        commands = [
            ("FONT", (0, 0), (-1, -1), fonts.SANS, s.cell.fontSize, s.cell.leading),
            ("FONT", (0, 0), (-1, 0), fonts.SANS_BOLD, s.cell.fontSize, s.cell.leading),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("BACKGROUND", (0, 0), (-1, 0), LIGHT),
            ("LINEBELOW", (0, 0), (-1, 0), 0.8, NAVY),
            ("LINEBELOW", (0, 1), (-1, -1), 0.25, RULE),
            ("TOPPADDING", (0, 0), (-1, -1), PAD_TOP),
            ("BOTTOMPADDING", (0, 0), (-1, -1), PAD_BOTTOM),
            ("LEFTPADDING", (0, 0), (-1, -1), PAD_SIDE),
            ("RIGHTPADDING", (0, 0), (-1, -1), PAD_SIDE),
        ]
        for c in numeric:
            col = n - 1 - c if self.rtl else c
            commands.append(("ALIGN", (col, 0), (col, -1), "LEFT" if self.rtl else "RIGHT"))
        for r in groups:  # a group's heading never ends a page without its first row
            commands += [("SPAN", (0, r + 1), (-1, r + 1)),
                         ("FONT", (0, r + 1), (-1, r + 1), fonts.SANS_BOLD, s.cell.fontSize,
                          s.cell.leading),
                         ("BACKGROUND", (0, r + 1), (-1, r + 1), ZEBRA),
                         ("LINEABOVE", (0, r + 1), (-1, r + 1), 0.6, NAVY),
                         ("NOSPLIT", (0, r + 1), (-1, min(r + 2, len(rows))))]
        for r in notes:
            commands.append(("SPAN", (0, r + 1), (-1, r + 1)))
        for r in bold_rows:
            commands += [("FONT", (0, r + 1), (-1, r + 1), fonts.SANS_BOLD, s.cell.fontSize,
                          s.cell.leading),
                         ("LINEABOVE", (0, r + 1), (-1, r + 1), 0.6, NAVY)]
        for name, c, r, *values in cell_commands:
            col = n - 1 - c if self.rtl else c
            commands.append((name, (col, r), (col, r), *values))
        keep = {r + 1 for r in groups}  # a group's heading row never ends a page
        return PagedTable(data, col_widths, heights, commands, keep,
                          continued=self.words._(
                              "(continued)"), continued_style=self.styles.caption,
                          rtl=self.rtl)

    def _cell(self, value, numeric: bool, bold: bool, width: float, row: int, col: int,
              commands: list):
        """A plain string when it fits on one line (Latin text only), else a paragraph."""
        if isinstance(value, Flowable):
            return value
        s = self.styles
        alert = isinstance(value, Alert)
        text = _clip("" if value is None else str(value), width)
        font = fonts.SANS_BOLD if bold or alert else fonts.SANS
        if not self.rtl and "\n" not in text and not arabic.has_arabic(text) and (
            stringWidth(text, font, s.cell.fontSize) <= width - 2 * PAD_SIDE
        ):
            if alert:
                commands += [("TEXTCOLOR", col, row, ALERT),
                             ("FONT", col, row, font, s.cell.fontSize, s.cell.leading)]
            return text
        if alert:
            style = s.cell_alert_right if numeric else s.cell_alert
        elif numeric:
            style = s.head_right if bold else s.cell_right
        else:
            style = s.cell_bold if bold else s.cell
        return TextParagraph(text, style, self.rtl)

    def _row_height(self, row: list, widths) -> float:
        if not isinstance(widths, list):  # a spanned row: its one cell has the full width
            widths = [widths] + [0.0] * (len(row) - 1)
        tallest = 0.0
        for cell, width in zip(row, widths):
            if isinstance(cell, Flowable):
                height = cell.wrap(width - 2 * PAD_SIDE, PAGE_HEIGHT)[1]
            else:
                height = self.styles.cell.leading * (cell.count("\n") + 1) if cell else 0.0
            tallest = max(tallest, height)
        return tallest + PAD_TOP + PAD_BOTTOM

    def key_values(self, pairs: list[tuple[str, str]], label_width: float = 0.34,
                   compact: bool = False) -> Table:
        """A borderless two-column table of labels and values (compact: at table size)."""
        s = self.styles
        label, value = (s.cell_label, s.cell) if compact else (s.cover_label, s.cover_value)
        data = [[self.para(k, label), self.para(v, value)] for k, v in pairs]
        widths = [FRAME_WIDTH * label_width, FRAME_WIDTH * (1 - label_width)]
        if self.rtl:
            data = [list(reversed(row)) for row in data]
            widths.reverse()
        return ReportTable(data, colWidths=widths, hAlign="RIGHT" if self.rtl else "LEFT",
                           splitInRow=1, style=[
                               ("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("LINEBELOW", (0, 0), (-1, -1), 0.25, RULE),
                               ("TOPPADDING", (0, 0), (-1, -1), 1.5 if compact else 3),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 2 if compact else 4),
                           ])


def _fitted_widths(header, rows, widths: list[float], numeric, groups, rtl) -> list[float]:
    """Column widths in which no header word and no number is broken ("Capacitie-s"): a
    column narrower than that takes the width from the columns with room to spare."""
    if rtl:
        return widths
    size = CELL
    need = []
    for c, title in enumerate(header):
        words = title.split()  # a header broken on purpose ("Indepen-\ndence") stays so
        least = max((stringWidth(w, fonts.SANS_BOLD, size) for w in words), default=0.0)
        if c in numeric:  # numbers and amounts stay on one line
            for r, row in enumerate(rows):
                if r not in groups and c < len(row) and isinstance(row[c], str):
                    least = max(least, stringWidth(row[c], fonts.SANS_BOLD, size))
        need.append(least + 2 * PAD_SIDE + 0.5)
    short = sum(max(0.0, n - w) for n, w in zip(need, widths))
    if short <= 0:
        return widths
    spare = [max(0.0, min(w - n, 0.3 * w)) for n, w in zip(need, widths)]  # keep 70% each
    room = sum(spare)
    if room <= short:  # cannot fit everything: leave the widths as asked
        return widths
    return [max(w, n) if n > w else w - short * sp / room
            for n, w, sp in zip(need, widths, spare)]


def _clip(text: str, width: float) -> str:
    """Text a table cell can hold in about half a page; longer text is cut with an ellipsis.

    A table row cannot break across pages, so a long free text (a justification, a data
    handover note) would otherwise make the row taller than the page and stop the report.
    """
    limit = int(30 * width / 4.0)  # ~30 lines of ~4 pt characters at the cell's size
    if len(text) <= limit:
        return text
    return text[:limit].rsplit(" ", 1)[0] + " …"


class PagedTable(Flowable):
    """A table laid out one page at a time, in time and memory linear in its rows.

    reportlab's Table splits by building a new Table of every row that remains and measuring
    it again, so a table of n rows over p pages costs n*p: the handover list of a 10,000-
    capacity plan (19,586 rows) took minutes and gigabytes. This keeps the rows, their
    heights (measured once, by Writer.table) and their style commands per row, and makes each
    page's piece from only the rows on that page; the remainder is this table from a later
    row, sharing the same lists. A piece after the first says "(continued)" above its header.
    """

    def __init__(self, data, col_widths, heights, commands, keep=(), *, continued="",
                 continued_style=None, rtl=False, _shared=None, start=1):
        super().__init__()
        self.hAlign = "RIGHT" if rtl else "LEFT"
        self.rtl, self.start = rtl, start
        if _shared is None:
            _shared = _TableRows(data, col_widths, heights, commands, keep, continued,
                                 continued_style, rtl)
        self.rows = _shared
        self._piece = None

    def __len__(self):
        return len(self.rows.data) - self.start

    def _caption(self):
        rows = self.rows
        if self.start == 1 or not rows.continued:
            return None
        return TextParagraph(rows.continued, rows.continued_style, rows.rtl)

    def _height(self, end: int) -> float:
        rows = self.rows
        caption = rows.caption_height if self._caption() is not None else 0.0
        return caption + rows.heights[0] + rows.top[end] - rows.top[self.start]

    def head_height(self, rows: int = 3) -> float:
        """The height of the header and the first rows: what a heading keeps with."""
        return self._height(min(self.start + rows, len(self.rows.data)))

    def wrap(self, availWidth, availHeight):
        self.width = sum(self.rows.col_widths)
        self.height = self._height(len(self.rows.data))
        return self.width, self.height

    def split(self, availWidth, availHeight):
        rows = self.rows
        end = bisect.bisect_right(rows.top, rows.top[self.start] + availHeight
                                  - (self._height(self.start))) - 1
        end = min(end, len(rows.data))
        while end > self.start and end - 1 in rows.keep:
            end -= 1
        if end <= self.start:
            return []
        if end >= len(rows.data):
            return [self]
        return [_Piece(self._caption(), rows.table(self.start, end), self.hAlign),
                PagedTable(None, None, None, None, rtl=self.rtl, _shared=rows, start=end)]

    def drawOn(self, canvas, x, y, _sW=0):
        piece = _Piece(self._caption(), self.rows.table(self.start, len(self.rows.data)),
                       self.hAlign)
        piece.wrapOn(canvas, self.width, self.height)
        piece.drawOn(canvas, x, y, _sW)


class _TableRows:
    """The rows of a PagedTable and what each row's piece needs (shared by its remainders)."""

    def __init__(self, data, col_widths, heights, commands, keep, continued, continued_style,
                 rtl):
        self.data, self.col_widths, self.heights = data, col_widths, heights
        self.keep, self.continued, self.rtl = set(keep), continued, rtl
        self.continued_style = continued_style
        self.caption_height = (continued_style.leading + 2) if continued_style else 0.0
        self.top = [0.0]  # top[r]: the height of rows 1..r-1, for a bisect per page
        self.top.append(0.0)
        for h in heights[1:]:
            self.top.append(self.top[-1] + h)
        self.common, self.by_row = [], {}
        for command in commands:  # whole-table and header commands go to every piece
            name, (c0, r0), (c1, r1), *values = command
            if r0 in (0, 1) and r1 in (-1, 0):
                self.common.append(command)
            else:
                for r in range(r0, r1 + 1):
                    self.by_row.setdefault(r, []).append((name, c0, c1, values))

    def table(self, start: int, end: int) -> Table:
        """The header and rows start..end-1, with their styles (rows renumbered)."""
        commands = list(self.common)
        for r in range(start, end):
            for name, c0, c1, values in self.by_row.get(r, ()):
                row = r - start + 1
                commands.append((name, (c0, row), (c1, row), *values))
        return ReportTable([self.data[0], *self.data[start:end]], colWidths=self.col_widths,
                           rowHeights=[self.heights[0], *self.heights[start:end]],
                           repeatRows=1, style=commands,
                           hAlign="RIGHT" if self.rtl else "LEFT")


class _Piece(Flowable):
    """One page's part of a PagedTable: "(continued)" when it is not the first, then rows."""

    def __init__(self, caption, table, h_align):
        super().__init__()
        self.caption, self.table, self.hAlign = caption, table, h_align

    def wrap(self, availWidth, availHeight):
        self._table_size = self.table.wrap(availWidth, availHeight)
        self._caption_h = self.caption.wrap(availWidth, availHeight)[1] + 2 if self.caption \
            else 0.0
        self.width = self._table_size[0]
        self.height = self._table_size[1] + self._caption_h
        return self.width, self.height

    def drawOn(self, canvas, x, y, _sW=0):
        self.table.drawOn(canvas, x, y, _sW)
        if self.caption is not None:
            self.caption.drawOn(canvas, x, y + self._table_size[1] + 2)


class ReportTable(Table):
    """A table that skips drawing in the layout pass, whose output is thrown away.

    The first pass of multiBuild only finds page numbers for the contents and the page count;
    laying out is needed, drawing is not, and drawing big tables is half the cost of a report.
    """

    def draw(self):
        if not layout_only(self.canv):
            super().draw()


class LazyStory(Flowable):
    """A long run of flowables made one piece (a list of flowables) at a time, as the layout
    reaches it, in every pass: the per-capacity sheets of a 10,000-capacity plan are some
    100,000 flowables, which a story made up front holds through both passes (and reportlab
    deletes each one from the front of that list, a cost that grows with its square).

    pieces: called at the start of each pass, gives the pieces in order; count: how many,
    for the progress.
    """

    def __init__(self, pieces: Callable[[], Iterable[list]], count: int):
        super().__init__()
        self.pieces, self.count = pieces, count
        self._left, self._pass = None, None

    def next_piece(self, pass_number: int) -> list | None:
        if self._pass != pass_number:
            self._left, self._pass = iter(self.pieces()), pass_number
        return next(self._left, None)

    def wrap(self, availWidth, availHeight):
        return 0, 0


class PageCount(Flowable):
    """Zero-size marker at the end of the story: how many pages the last pass made.

    As an indexing flowable it keeps multiBuild going until the count no longer changes, so
    "page X of Y" is right even in a report without a table of contents.
    """

    def __init__(self):
        super().__init__()
        self.pages = None
        self.last = None

    def isIndexing(self):
        return 1

    def isSatisfied(self):
        return self.pages is not None and self.pages == self.last

    def beforeBuild(self):
        self.last, self.pages = self.pages, None

    def afterBuild(self):
        pass

    def notify(self, kind, stuff):
        pass  # indexing flowables are told of every entry; page counting needs none

    def wrap(self, availWidth, availHeight):
        return 0, 0

    def draw(self):
        self.pages = self.canv.getPageNumber()


class TocLine(Flowable):
    """One line of the contents: title, dot leaders, page number, linked to the heading."""

    def __init__(self, text, page, key, style, rtl, indent=0.0):
        super().__init__()
        self.text, self.page, self.key, self.style, self.rtl = text, page, key, style, rtl
        self.indent = indent

    def wrap(self, availWidth, availHeight):
        self.width, self.height = availWidth, self.style.leading + 3
        return self.width, self.height

    def draw(self):
        canv, s = self.canv, self.style
        y, size = 3, s.fontSize
        number = self.page if isinstance(self.page, str) else str(self.page)
        canv.setFillColor(s.textColor)
        if self.rtl:
            start = self.width - self.indent
            text_w = arabic.draw_line(canv, self.text, start, y, s.fontName, size)
            number_w = arabic.draw_line(canv, number, 0, y, s.fontName, size, "left")
            dots_from, dots_to = number_w + 6, start - text_w - 6
        else:
            canv.setFont(s.fontName, size)
            canv.drawString(self.indent, y, self.text)
            canv.drawRightString(self.width, y, number)
            number_w = stringWidth(number, s.fontName, size)
            dots_from = self.indent + stringWidth(self.text, s.fontName, size) + 6
            dots_to = self.width - number_w - 6
        if dots_to > dots_from:
            canv.setDash(0.6, 2.4)
            canv.setLineWidth(0.6)
            canv.setStrokeColor(GREY)
            canv.line(dots_from, y, dots_to, y)
            canv.setDash()
        canv.linkRect("", self.key, (0, 0, self.width, self.height), relative=1, thickness=0)


class Contents(TableOfContents):
    """Table of contents drawn with TocLine rows (so it also works right to left)."""

    def __init__(self, styles: Styles, words):
        super().__init__()
        self.styles, self.words = styles, words

    def wrap(self, availWidth, availHeight):
        entries = self._lastEntries or [(0, "", 0, None)]
        rows = [[TocLine(text, self.words.number(page), key, self.styles.toc[min(level, 1)],
                         self.words.rtl, indent=14 * level)]
                for level, text, page, key in entries]
        self._table = ReportTable(rows, colWidths=[availWidth], style=[
            ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 1), ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
        ])
        self.width, self.height = self._table.wrapOn(self.canv, availWidth, availHeight)
        return self.width, self.height


class ReportDoc(BaseDocTemplate):
    """A4 report with a cover, running header, 'page X of Y' footer, contents and outline."""

    def __init__(self, filename, *, words, styles, header: str, footer: str, created: date,
                 title: str, progress=None, audience: str = "donor", banner: str = ""):
        super().__init__(
            filename, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN + 6,
            bottomMargin=MARGIN + 10, title=title, author="Transition Planner",
            subject=header, creator="Transition Planner", invariant=1, lang=words.lang,
        )
        self.words, self.styles = words, styles
        self.header_text, self.footer_text, self.created = header, footer, created
        self.colour = AUDIENCE_COLOURS.get(audience, NAVY)
        self.banner = banner  # e.g. RESTRICTED, on the cover and every page
        self.counter = PageCount()
        self.passes = 0
        self._progress, self._done, self._size = progress, 0, 1
        self._pieces, self._pieces_done = 0, 0  # of the story's LazyStory runs
        frame = Frame(self.leftMargin, self.bottomMargin, self.width, self.height, id="body",
                      leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        self.addPageTemplates([
            PageTemplate("cover", [frame], onPage=self._decorate_cover),
            PageTemplate("body", [frame], onPage=self._decorate_page),
        ])
        self.setProgressCallBack(self._on_progress)

    def multiBuild(self, story, *args, **kwargs):
        self._pieces = sum(f.count for f in story if isinstance(f, LazyStory))
        return super().multiBuild(story, *args, **kwargs)

    def filterFlowables(self, flowables):
        """A LazyStory at the front makes its next piece in front of itself (or goes)."""
        while flowables and isinstance(flowables[0], LazyStory):
            piece = flowables[0].next_piece(self.passes)
            if piece is None:
                flowables[0] = None  # reportlab drops it
                return
            self._pieces_done += 1
            flowables[0:0] = piece

    def handle_keepWithNext(self, flowables):
        """Headings keep with the first rows of the table after them, not with all of it: kept
        with a whole long table, a heading carries it to the next page and leaves a mostly
        blank one."""
        i = 0
        while i < len(flowables) and flowables[i].getKeepWithNext():
            i += 1
        if not i or i >= len(flowables) or not isinstance(flowables[i], PagedTable):
            super().handle_keepWithNext(flowables)
            return
        need = flowables[i].head_height()
        edits = getattr(self, "_multiBuildEdits", None)
        for f in flowables[:i]:
            need += f.wrap(self.width, self.height)[1] + f.getSpaceBefore() + f.getSpaceAfter()
            if edits:  # restored before the next pass, as reportlab does for its own
                edits((setattr, f, "keepWithNext", f.keepWithNext))
            f.__dict__["keepWithNext"] = 0
        flowables.insert(0, CondPageBreak(need))

    @property
    def layout_only(self) -> bool:
        """True in the first pass, which is never the last (PageCount is unsatisfied)."""
        return self.passes == 1

    def handle_documentBegin(self):
        # The file's creation date is the report's date, so the same input gives the same PDF.
        stamp = f"D:{self.created:%Y%m%d}000000+00'00'"
        self.canv.setDateFormatter(lambda *_: stamp)
        super().handle_documentBegin()

    def afterFlowable(self, flowable):
        outline = getattr(flowable, "outline", None)
        if outline is None:
            return
        level, text, key, toc = outline
        self.canv.bookmarkPage(key)
        self.canv.addOutlineEntry(text, key, level=level, closed=level > 0)
        if toc:
            self.notify("TOCEntry", (level, text, self.page, key))

    # --- page decoration -------------------------------------------------------------------

    def _text(self, canv, text, x, y, font, size, align):
        if self.words.rtl or arabic.has_arabic(text):
            arabic.draw_line(canv, text, x, y, font, size, align)
            return
        canv.setFont(font, size)
        {"left": canv.drawString, "right": canv.drawRightString,
         "center": canv.drawCentredString}[align](x, y, text)

    def _footer(self, canv):
        pages = self.counter.last
        page_text = self.words._(
            "Page %(page)s of %(pages)s", page=self.words.number(canv.getPageNumber()),
                               pages=self.words.number(pages) if pages else "…")
        left, right = MARGIN, PAGE_WIDTH - MARGIN
        y = MARGIN - 9
        canv.setFillColor(GREY)
        canv.setStrokeColor(RULE)
        canv.setLineWidth(0.5)
        canv.line(left, y + 9, right, y + 9)
        if self.words.rtl:
            self._text(canv, self.footer_text, right, y, fonts.SANS, 7.2, "right")
            self._text(canv, page_text, left, y, fonts.SANS, 7.2, "left")
        else:
            self._text(canv, self.footer_text, left, y, fonts.SANS, 7.2, "left")
            self._text(canv, page_text, right, y, fonts.SANS, 7.2, "right")

    def _decorate_cover(self, canv, doc):
        if self.layout_only:
            return
        canv.saveState()
        canv.setFillColor(self.colour)
        band = 22 * mm if self.banner else 14 * mm
        canv.rect(0, PAGE_HEIGHT - band, PAGE_WIDTH, band, stroke=0, fill=1)
        if self.banner:
            canv.setFillColor(colors.white)
            self._text(canv, self.banner, PAGE_WIDTH / 2, PAGE_HEIGHT - band / 2 - 6,
                       fonts.SANS_BOLD, 18, "center")
        self._footer(canv)
        canv.restoreState()

    def _banner(self, canv, y):
        """The banner in a filled box at the head of the page, between title and date."""
        size = 7.6
        width = (arabic.width(arabic.shape(self.banner), fonts.SANS_BOLD, size)
                 if arabic.has_arabic(self.banner) else
                 stringWidth(self.banner, fonts.SANS_BOLD, size)) + 10
        canv.setFillColor(self.colour)
        canv.rect(PAGE_WIDTH / 2 - width / 2, y - 2.5, width, size + 4, stroke=0, fill=1)
        canv.setFillColor(colors.white)
        self._text(canv, self.banner, PAGE_WIDTH / 2, y, fonts.SANS_BOLD, size, "center")

    def _decorate_page(self, canv, doc):
        if self.layout_only:
            return
        canv.saveState()
        left, right = MARGIN, PAGE_WIDTH - MARGIN
        y = PAGE_HEIGHT - MARGIN + 2
        canv.setFillColor(GREY)
        date_text = self.words.date(self.created)
        if self.words.rtl:
            self._text(canv, self.header_text, right, y, fonts.SANS_BOLD, 7.6, "right")
            self._text(canv, date_text, left, y, fonts.SANS, 7.6, "left")
        else:
            self._text(canv, self.header_text, left, y, fonts.SANS_BOLD, 7.6, "left")
            self._text(canv, date_text, right, y, fonts.SANS, 7.6, "right")
        if self.banner:
            self._banner(canv, y)
        canv.setStrokeColor(self.colour)
        canv.setLineWidth(1.2 if self.banner else 0.7)
        canv.line(left, y - 4, right, y - 4)
        canv.setFillColor(GREY)
        self._footer(canv)
        canv.restoreState()

    # --- progress --------------------------------------------------------------------------

    def _on_progress(self, kind, value):
        """Map reportlab's events onto 10..100: the first pass by flowables, then by pages."""
        if kind == "PASS":
            self.passes, self._pieces_done = value, 0
        elif kind == "SIZE_EST":
            self._size = max(value + self._pieces, 1)
        elif kind == "PROGRESS" and self.passes == 1:
            # a lazy piece's flowables come and go, leaving value where the LazyStory is
            self._report(10 + 40 * min((value + self._pieces_done) / self._size, 1.0))
        elif kind == "PAGE" and self.passes > 1 and self.counter.last:
            self._report(50 + 50 * min(value / self.counter.last, 1.0))
        elif kind == "PAGE":
            self._report(self._done)  # still lets the caller cancel, page by page

    def _report(self, done: float):
        self._done = max(self._done, min(int(done), 99))
        if self._progress is not None:
            self._progress(self._done, 100)
