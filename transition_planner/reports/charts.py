"""Report charts drawn with reportlab.graphics: the protection cliff and coverage by category."""

from __future__ import annotations

import calendar
import math
from datetime import date

from reportlab.graphics.shapes import Drawing, Line, PolyLine, Rect, String
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth

from transition_planner.i18n import N_
from transition_planner.reports import arabic, fonts

MISSION_COLOUR = colors.HexColor("#2F6DB5")
GAP_COLOUR = colors.HexColor("#E35D5D")
REQUIREMENT_COLOUR = colors.black
EXIT_COLOUR = colors.HexColor("#444444")
GRID_COLOUR = colors.HexColor("#D9D9D9")
TEXT_COLOUR = colors.HexColor("#333333")


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


PROVIDER_GROUPS = ("un", "government", "ngo", "other")  # after the mission, in stacking order
GROUP_LABELS = {"un": N_("UN"), "government": N_("Government"), "ngo": N_("NGO / civil society"),
                "other": N_("Other")}
PROVIDER_COLOURS = {
    "mission": colors.HexColor("#1F4E8C"), "un": colors.HexColor("#5DADE2"),
    "government": colors.HexColor("#2A9D8F"), "ngo": colors.HexColor("#E9C46A"),
    "other": colors.HexColor("#A3A3A3"),
}  # five colours and red for the gap: a reader tells them apart at a glance
CLOSURE_COLOUR = colors.HexColor("#7A4E2D")


def provider_group(actor_type: str) -> str:
    """Who provides, in the four groups a donor reads: UN, government, NGO/civil society, other."""
    if actor_type.startswith("un_") or actor_type == "protection_cluster":
        return "un"
    if actor_type.startswith("host_"):
        return "government"
    if actor_type.endswith("_ngo") or actor_type in ("community_structure", "civil_society"):
        return "ngo"
    return "other"


def covered_layers(series, i: int) -> tuple[float, dict[str, float]]:
    """Month i's covered part of the requirement, split by provider: the mission first, then
    the successors' groups in proportion. Provision beyond what is required (a successor
    overlapping the mission, co-delivery) is not drawn, so the bars never rise above the
    requirement and the red gap on top of them is the part nobody covers."""
    need, gap = series.requirement[i], series.gap[i]
    covered = max(need - gap, 0.0)
    mission = min(series.mission[i], covered)
    groups = dict.fromkeys(PROVIDER_GROUPS, 0.0)
    for actor_type, values in series.by_actor_type.items():
        groups[provider_group(actor_type)] += values[i]
    provided = sum(groups.values())
    room = covered - mission
    scale = min(1.0, room / provided) if provided > 1e-12 else 0.0
    return mission, {g: v * scale for g, v in groups.items()}


def cliff_chart(series, months: list[date], exit_date: date | None, actor_labels: dict,
                words, width: float, height: float, closures=()) -> Drawing:
    """The protection cliff: the requirement as a line, under it the part the mission and each
    group of successors cover, and in red the part nobody covers; exit and closures marked.
    Right to left in Arabic, time runs from the right."""
    n = len(months)
    items = [("box", PROVIDER_COLOURS["mission"], words._("Mission"))]
    items += [("box", PROVIDER_COLOURS[g], words._(GROUP_LABELS[g])) for g in PROVIDER_GROUPS]
    items += [("box", GAP_COLOUR, words._("Gap")),
              ("line", REQUIREMENT_COLOUR, words._("Requirement"))]
    if exit_date:
        items.append(("dash", EXIT_COLOUR, words._("Exit")))
    if closures:
        items.append(("line", CLOSURE_COLOUR, words._("Site closure")))
    legend_h = _legend(items, 0, 0, width, words)[1]
    legend = _legend(items, 0, legend_h, width, words)[0]  # at the foot of the drawing

    left, right, top, bottom = 34.0, 8.0, 18.0, 22.0 + legend_h
    if words.rtl:  # the value axis on the right, where the time axis begins
        left, right = right, left
    plot_w, plot_h = width - left - right, height - top - bottom
    peak = max([*series.requirement, 0.0])
    y_max, step = nice_ceiling(peak)
    d = Drawing(width, height)
    slot = plot_w / max(n, 1)

    def y_of(value: float) -> float:
        return bottom + plot_h * value / y_max

    def x_of(position: float) -> float:  # position in months from the horizon's start
        return left + plot_w - position * slot if words.rtl else left + position * slot

    axis_x, axis_anchor = (left + plot_w + 4, "start") if words.rtl else (left - 4, "end")
    ticks = int(round(y_max / step))
    for k in range(ticks + 1):
        value = k * step
        d.add(Line(left, y_of(value), left + plot_w, y_of(value), strokeColor=GRID_COLOUR,
                   strokeWidth=0.5))
        decimals = 0 if float(value).is_integer() else 2 if step < 0.5 else 1
        for s in text_shapes(axis_x, y_of(value) - 2.5, words.number(value, decimals), 7,
                             words, anchor=axis_anchor):
            d.add(s)
    for s in text_shapes(left if not words.rtl else left + plot_w, height - 10,
                         words._("capacity-equivalents"), 7, words,
                         anchor="start" if not words.rtl else "end"):
        d.add(s)

    bar_w = slot * 0.86
    for i in range(n):
        x = min(x_of(i), x_of(i + 1)) + (slot - bar_w) / 2
        mission, groups = covered_layers(series, i)
        level = 0.0
        for value, colour in [(mission, PROVIDER_COLOURS["mission"]),
                              *((groups[g], PROVIDER_COLOURS[g]) for g in PROVIDER_GROUPS)]:
            if value > 1e-9:
                d.add(Rect(x, y_of(level), bar_w, y_of(level + value) - y_of(level),
                           fillColor=colour, strokeColor=None))
                level += value
        need, gap = series.requirement[i], series.gap[i]
        if gap > 1e-9:
            d.add(Rect(x, y_of(need - gap), bar_w, y_of(need) - y_of(need - gap),
                       fillColor=GAP_COLOUR, strokeColor=None))

    points = []
    for i, value in enumerate(series.requirement):
        points += [x_of(i), y_of(value), x_of(i + 1), y_of(value)]
    if points:
        d.add(PolyLine(points, strokeColor=REQUIREMENT_COLOUR, strokeWidth=1.3))
    d.add(Line(left, bottom, left + plot_w, bottom, strokeColor=TEXT_COLOUR, strokeWidth=0.7))

    every = max(1, math.ceil(n / 12))
    for i in range(0, n, every):
        for s in text_shapes(x_of(i + 0.5), bottom - 10, words.month_short(months[i]),
                             6.8, words, anchor="middle"):
            d.add(s)

    def position(day: date) -> float | None:
        index = (day.year - months[0].year) * 12 + day.month - months[0].month
        if not 0 <= index < n:
            return None
        return index + (day.day - 1) / calendar.monthrange(day.year, day.month)[1]

    for day in sorted(set(closures)) if months else ():
        at = position(day)
        if at is not None:  # a short tick under the axis per closure
            d.add(Line(x_of(at), bottom - 3, x_of(at), bottom + 5, strokeColor=CLOSURE_COLOUR,
                       strokeWidth=1.4))
    if exit_date and months and position(exit_date) is not None:
        x = x_of(position(exit_date))
        d.add(Line(x, bottom, x, bottom + plot_h + 4, strokeColor=EXIT_COLOUR,
                   strokeWidth=1.1, strokeDashArray=[3, 2]))
        label = words._("Exit") + " " + words.date(exit_date)
        late = (x < left + plot_w * 0.3) if words.rtl else (x > left + plot_w * 0.7)
        anchor = "end" if late != words.rtl else "start"
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


def gantt_chart(rows: list[tuple[str, list[tuple[int, int, str]]]], months: list[date],
                exit_date: date | None, closures, words, width: float) -> Drawing:
    """The transition as a Gantt chart: per category, who provides when (the mission, then
    each group of successors, as bars of months start..end) and the gap left; exit and closures
    marked on the time axis. Right to left in Arabic."""
    n = len(months)
    size, row_h = 7.5, 15.0
    label_w = min(width * 0.3, max([text_width(r[0], size, words) for r in rows] + [0]) + 8)
    items = [("box", PROVIDER_COLOURS["mission"], words._("Mission"))]
    items += [("box", PROVIDER_COLOURS[g], words._(GROUP_LABELS[g])) for g in PROVIDER_GROUPS]
    items += [("box", GAP_COLOUR, words._("Gap"))]
    if exit_date:
        items.append(("dash", EXIT_COLOUR, words._("Exit")))
    legend_h = _legend(items, 0, 0, width, words)[1]
    bottom = 16.0 + legend_h
    height = bottom + row_h * len(rows) + 14
    d = Drawing(width, height)
    plot_left = 0.0 if words.rtl else label_w
    plot_w = width - label_w
    slot = plot_w / max(n, 1)

    def x_of(position: float) -> float:
        return plot_left + plot_w - position * slot if words.rtl else plot_left + position * slot

    for r, (label, bars) in enumerate(rows):
        y = height - 14 - (r + 1) * row_h
        for s in text_shapes(width if words.rtl else label_w - 6, y + 4, label, size, words,
                             anchor="end"):
            d.add(s)
        kinds = list(dict.fromkeys(kind for _start, _end, kind in bars))  # one lane each
        lane_h = (row_h - 4) / max(1, len(kinds))
        for start, end, kind in bars:
            k = len(kinds) - 1 - kinds.index(kind)  # the mission on top
            colour = GAP_COLOUR if kind == "gap" else PROVIDER_COLOURS[kind]
            x0, x1 = sorted((x_of(start), x_of(end)))
            d.add(Rect(x0, y + 2 + k * lane_h, max(x1 - x0, 0.5), lane_h, fillColor=colour,
                       strokeColor=None))
        d.add(Line(plot_left, y, plot_left + plot_w, y, strokeColor=GRID_COLOUR,
                   strokeWidth=0.4))
    every = max(1, math.ceil(n / 12))
    for i in range(0, n, every):
        d.add(Line(x_of(i), bottom, x_of(i), height - 14, strokeColor=GRID_COLOUR,
                   strokeWidth=0.3))
        for s in text_shapes(x_of(i + 0.5), bottom - 10, words.month_short(months[i]), 6.8,
                             words, anchor="middle"):
            d.add(s)

    def position(day: date) -> float | None:
        index = (day.year - months[0].year) * 12 + day.month - months[0].month
        if not 0 <= index < n:
            return None
        return index + (day.day - 1) / calendar.monthrange(day.year, day.month)[1]

    for day in sorted(set(closures)) if months else ():
        at = position(day)
        if at is not None:
            d.add(Line(x_of(at), bottom - 3, x_of(at), bottom + 4, strokeColor=CLOSURE_COLOUR,
                       strokeWidth=1.4))
    if exit_date and months and position(exit_date) is not None:
        x = x_of(position(exit_date))
        d.add(Line(x, bottom, x, height - 10, strokeColor=EXIT_COLOUR, strokeWidth=1.1,
                   strokeDashArray=[3, 2]))
    for s in _legend(items, 0, legend_h, width, words)[0]:
        d.add(s)
    return d
