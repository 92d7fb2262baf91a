"""Report charts drawn with reportlab.graphics: the protection cliff and coverage by category."""

from __future__ import annotations

import calendar
import math
from datetime import date

from reportlab.graphics.shapes import Drawing, Line, PolyLine, Rect, String
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth

from transition_planner.reports import arabic, fonts

MISSION_COLOUR = colors.HexColor("#2F6DB5")
GAP_COLOUR = colors.HexColor("#E35D5D")
REQUIREMENT_COLOUR = colors.black
EXIT_COLOUR = colors.HexColor("#444444")
GRID_COLOUR = colors.HexColor("#D9D9D9")
TEXT_COLOUR = colors.HexColor("#333333")
SUCCESSOR_COLOURS = tuple(colors.HexColor(c) for c in (
    "#2A9D8F", "#8AB17D", "#E9C46A", "#F4A261", "#9C6ADE", "#5DADE2", "#B5838D", "#6D6875",
    "#90BE6D", "#277DA1", "#43AA8B", "#577590", "#C9ADA7", "#B8B8FF", "#A3A3A3",
))  # no reds or pinks: red is the gap


def text_shapes(x, y, text, size, words, anchor="start", bold=False, colour=TEXT_COLOUR):
    """Shapes drawing a label; Arabic is shaped and ordered, with a font per script run."""
    font = fonts.SANS_BOLD if bold else fonts.SANS
    if not words.rtl and not arabic.has_arabic(text):
        return [String(x, y, text, fontName=font, fontSize=size, textAnchor=anchor,
                       fillColor=colour)]
    shaped = arabic.shape(text)
    runs = arabic.font_runs(arabic.visual(shaped, arabic.base_direction(shaped)), font)
    total = sum(stringWidth(part, f, size) for f, part in runs)
    left = {"start": x, "middle": x - total / 2, "end": x - total}[anchor]
    shapes = []
    for f, part in runs:
        shapes.append(String(left, y, part, fontName=f, fontSize=size, fillColor=colour))
        left += stringWidth(part, f, size)
    return shapes


def text_width(text, size, words, bold=False) -> float:
    font = fonts.SANS_BOLD if bold else fonts.SANS
    if words.rtl or arabic.has_arabic(text):
        return arabic.width(arabic.shape(text), font, size)
    return stringWidth(text, font, size)


def nice_ceiling(value: float) -> tuple[float, float]:
    """A round axis maximum at or above value, and its tick step (about five ticks)."""
    if value <= 0:
        return 1.0, 0.25
    raw = value / 5
    magnitude = 10 ** math.floor(math.log10(raw))
    step = next(m * magnitude for m in (1, 2, 2.5, 5, 10) if m * magnitude >= raw)
    return step * math.ceil(value / step - 1e-9), step


def _legend(items, x0, y_top, width, words, size=7.5):
    """Legend entries (kind, colour, label) in rows; returns (shapes, height used)."""
    shapes, row_h, gap = [], size + 6, 12
    entries = [(kind, colour, label, 14 + text_width(label, size, words)) for kind, colour, label
               in items]
    rows, current, used = [], [], 0.0
    for entry in entries:
        if current and used + entry[3] + gap > width:
            rows.append(current)
            current, used = [], 0.0
        current.append(entry)
        used += entry[3] + gap
    if current:
        rows.append(current)
    for r, row in enumerate(rows):
        y = y_top - (r + 1) * row_h + 3
        x = x0 + width if words.rtl else x0
        for kind, colour, label, w in row:
            left = x - w if words.rtl else x
            swatch_x = left + w - 10 if words.rtl else left
            if kind == "box":
                shapes.append(Rect(swatch_x, y, 10, 7, fillColor=colour, strokeColor=None))
            else:
                shapes.append(Line(swatch_x, y + 3.5, swatch_x + 10, y + 3.5, strokeColor=colour,
                                   strokeWidth=1.4,
                                   strokeDashArray=[3, 2] if kind == "dash" else None))
            text_x = swatch_x - 4 if words.rtl else swatch_x + 14
            shapes += text_shapes(text_x, y, label, size, words,
                                  anchor="end" if words.rtl else "start")
            x = x - w - gap if words.rtl else x + w + gap
    return shapes, len(rows) * row_h


def cliff_chart(series, months: list[date], exit_date: date | None, actor_labels: dict,
                words, width: float, height: float) -> Drawing:
    """Stacked monthly provision (mission, successor types, gap) under the requirement line."""
    n = len(months)
    types = list(series.by_actor_type)
    colour_of = {t: SUCCESSOR_COLOURS[i % len(SUCCESSOR_COLOURS)] for i, t in enumerate(types)}
    items = [("box", MISSION_COLOUR, words("chart_mission"))]
    items += [("box", colour_of[t], actor_labels.get(t, t)) for t in types]
    items += [("box", GAP_COLOUR, words("chart_gap")),
              ("line", REQUIREMENT_COLOUR, words("chart_requirement"))]
    if exit_date:
        items.append(("dash", EXIT_COLOUR, words("chart_exit")))
    legend_h = _legend(items, 0, 0, width, words)[1]
    legend = _legend(items, 0, legend_h, width, words)[0]  # at the foot of the drawing

    left, right, top, bottom = 34.0, 8.0, 18.0, 22.0 + legend_h
    plot_w, plot_h = width - left - right, height - top - bottom
    peak = max([*series.requirement, *series.coverage, 0.0])
    y_max, step = nice_ceiling(peak)
    d = Drawing(width, height)
    slot = plot_w / max(n, 1)

    def y_of(value: float) -> float:
        return bottom + plot_h * value / y_max

    ticks = int(round(y_max / step))
    for k in range(ticks + 1):
        value = k * step
        d.add(Line(left, y_of(value), left + plot_w, y_of(value), strokeColor=GRID_COLOUR,
                   strokeWidth=0.5))
        decimals = 0 if float(value).is_integer() else 2 if step < 0.5 else 1
        for s in text_shapes(left - 4, y_of(value) - 2.5, words.number(value, decimals), 7,
                             words, anchor="end"):
            d.add(s)
    for s in text_shapes(left if not words.rtl else left + plot_w, height - 10,
                         words("chart_units"), 7, words,
                         anchor="start" if not words.rtl else "end"):
        d.add(s)

    bar_w = slot * 0.82
    for i in range(n):
        x = left + i * slot + (slot - bar_w) / 2
        level = 0.0
        layers = [(series.mission[i], MISSION_COLOUR)]
        layers += [(series.by_actor_type[t][i], colour_of[t]) for t in types]
        for value, colour in layers:
            if value > 1e-9:
                d.add(Rect(x, y_of(level), bar_w, y_of(level + value) - y_of(level),
                           fillColor=colour, strokeColor=None))
                level += value
        # The gap is the unmet top of the requirement. It is drawn over the provision, not
        # stacked on it: a successor overlapping the mission on one capacity (co-delivery)
        # does not fill another capacity's gap, so provision plus gap can exceed the need.
        need, gap = series.requirement[i], series.gap[i]
        if gap > 1e-9:
            d.add(Rect(x, y_of(need - gap), bar_w, y_of(need) - y_of(need - gap),
                       fillColor=GAP_COLOUR, strokeColor=None))

    points = []
    for i, value in enumerate(series.requirement):
        points += [left + i * slot, y_of(value), left + (i + 1) * slot, y_of(value)]
    if points:
        d.add(PolyLine(points, strokeColor=REQUIREMENT_COLOUR, strokeWidth=1.3))
    d.add(Line(left, bottom, left + plot_w, bottom, strokeColor=TEXT_COLOUR, strokeWidth=0.7))

    every = max(1, math.ceil(n / 12))
    for i in range(0, n, every):
        for s in text_shapes(left + (i + 0.5) * slot, bottom - 10, words.month_short(months[i]),
                             6.8, words, anchor="middle"):
            d.add(s)

    if exit_date and months:
        index = (exit_date.year - months[0].year) * 12 + exit_date.month - months[0].month
        if 0 <= index < n:
            days = calendar.monthrange(exit_date.year, exit_date.month)[1]
            x = left + (index + (exit_date.day - 1) / days) * slot
            d.add(Line(x, bottom, x, bottom + plot_h + 4, strokeColor=EXIT_COLOUR,
                       strokeWidth=1.1, strokeDashArray=[3, 2]))
            label = f"{words('chart_exit')} {words.date(exit_date)}"
            anchor = "end" if x > left + plot_w * 0.7 else "start"
            for s in text_shapes(x + (-3 if anchor == "end" else 3), bottom + plot_h + 2, label,
                                 7, words, anchor=anchor, bold=True, colour=EXIT_COLOUR):
                d.add(s)

    for s in legend:
        d.add(s)
    return d


def share_bars(rows: list[tuple[str, float | None]], words, width: float) -> Drawing:
    """Horizontal bars of a share (0..1) per labelled row; None draws no bar."""
    size, row_h = 7.5, 14.0
    label_w = min(width * 0.42, max([text_width(r[0], size, words) for r in rows] + [0]) + 8)
    bar_left = 0.0 if words.rtl else label_w
    bar_w = width - label_w - 34
    height = row_h * len(rows) + 16
    d = Drawing(width, height)
    for k in range(5):
        share = k / 4
        x = bar_left + 34 + bar_w * (1 - share) if words.rtl else bar_left + bar_w * share
        d.add(Line(x, 12, x, height, strokeColor=GRID_COLOUR, strokeWidth=0.5))
        for s in text_shapes(x, 2, words.percent(share), 6.5, words, anchor="middle"):
            d.add(s)
    for r, (label, share) in enumerate(rows):
        y = height - (r + 1) * row_h
        label_x = width if words.rtl else label_w - 6
        for s in text_shapes(label_x, y + 3, label, size, words, anchor="end"):
            d.add(s)
        if share is None:
            continue
        length = bar_w * max(0.0, min(share, 1.0))
        colour = MISSION_COLOUR if share >= 0.999 else GAP_COLOUR if share < 0.5 else \
            colors.HexColor("#E9A23B")
        x = bar_left + 34 + bar_w - length if words.rtl else bar_left
        d.add(Rect(x, y + 1, length, row_h - 5, fillColor=colour, strokeColor=None))
        value_x = x - 3 if words.rtl else x + length + 3
        for s in text_shapes(value_x, y + 3, words.percent(share), 7, words,
                             anchor="end" if words.rtl else "start"):
            d.add(s)
    return d
