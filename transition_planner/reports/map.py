"""The map of where coverage falls, drawn with reportlab.graphics for the PDF report.

Areas are filled by uncovered capacity-months (or the month coverage first falls), provinces
outlined over them, team sites and offices drawn as points coloured the same way. The view
comes from services.maps.map_view, already withheld for the report's audience.
"""

from __future__ import annotations

from reportlab.graphics.shapes import Circle, Drawing, Group, Path, Rect
from reportlab.lib import colors

from transition_planner.domain import geo
from transition_planner.reports.charts import text_shapes, text_width
from transition_planner.services import maps

NO_GAP = colors.HexColor(maps.NO_GAP_COLOUR)
NO_DATA = colors.HexColor(maps.NO_DATA_COLOUR)
BORDER = colors.HexColor("#8C8C8C")
OUTLINE = colors.HexColor("#333333")
RAMP = tuple(colors.HexColor(c) for c in maps.RAMP)
LEGEND_HEIGHT = 34
MAX_LABELS = 40  # places named on the map; more would cover each other


def colour_of(value: int | None, maximum: int, measure: str, has_capacities: bool = True):
    return colors.HexColor(maps.colour_of(value, maximum, measure, has_capacities))


def map_drawing(view: maps.MapView, words, width: float, height: float, measure: str,
                month: int | None = None, where: dict | None = None) -> Drawing:
    """A map of `width` x `height` points with its legend below: the situation at `month`
    (0-based; default the last month of the horizon)."""
    month = len(view.months) - 1 if month is None else month
    drawing = Drawing(width, height)
    frame_h = height - LEGEND_HEIGHT
    fit = _fit(view.bounds, width, frame_h, LEGEND_HEIGHT)
    tallies = {id(item): maps.tally(view, item.capacity_ids, where)
               for item in (*view.areas, *view.places)}
    top = maps.scale_maximum(view, measure, tallies.values())
    for area in view.areas:
        numbers = tallies[id(area)].at(month)
        drawing.add(_path(area.polygons, fit, colour_of(numbers.value(measure), top, measure,
                                                         numbers.capacities > 0),
                          BORDER, 0.4))
    for area in view.outlines:
        drawing.add(_path(area.polygons, fit, None, OUTLINE, 1.1 if area.level else 1.4))
    labels = Group()
    if len(view.areas) <= MAX_LABELS:
        for area in view.areas:
            middle = area_label_point(area)
            if middle is not None:
                x, y = fit(*middle)
                _label(labels, x, y, area.name, 6.4, words, "middle", bold=True)
    for place in view.places:
        numbers = tallies[id(place)].at(month)
        x, y = fit(place.x, place.y)
        drawing.add(Circle(x, y, 3.4, fillColor=colour_of(
            numbers.value(measure), top, measure, numbers.capacities > 0),
            strokeColor=OUTLINE, strokeWidth=0.7))
        if len(view.places) <= MAX_LABELS:
            _label(labels, x + 5, y - 2.1, place.name, 5.6, words)
    drawing.add(labels)
    drawing.add(_legend(view, words, width, measure, top))
    return drawing


def area_label_point(area: maps.MapArea):
    """Where an area's name goes: the centroid of its largest polygon, if it falls inside."""
    polygons = [p for p in area.polygons if p and len(p[0]) >= 3]
    if not polygons:
        return None
    largest = max(polygons, key=lambda p: abs(geo.ring_area(p[0])))
    middle = geo.centroid([largest])
    if middle is None or not geo.contains(largest, middle):
        return None
    return middle


def _label(group: Group, x: float, y: float, text: str, size: float, words,
           anchor: str = "start", bold: bool = False) -> None:
    """A label on a light band, readable over any fill."""
    width = text_width(text, size, words, bold)
    left = {"start": x, "middle": x - width / 2, "end": x - width}[anchor]
    group.add(Rect(left - 1, y - size * 0.28, width + 2, size * 1.12, fillColor=colors.white,
                   fillOpacity=0.72, strokeColor=None))
    for shape in text_shapes(x, y, text, size, words, anchor=anchor, bold=bold):
        group.add(shape)


def _fit(bounds, width: float, height: float, bottom: float):
    """Projected kilometres to drawing points, keeping the map's proportions, centred."""
    if bounds is None or (bounds.width <= 0 and bounds.height <= 0):
        return lambda x, y: (width / 2, bottom + height / 2)
    pad = 6
    scale = min((width - 2 * pad) / max(bounds.width, 1e-9),
                (height - 2 * pad) / max(bounds.height, 1e-9))
    ox = (width - bounds.width * scale) / 2 - bounds.x0 * scale
    oy = bottom + (height - bounds.height * scale) / 2 - bounds.y0 * scale
    return lambda x, y: (ox + x * scale, oy + y * scale)


def _path(polygons, fit, fill, stroke, stroke_width) -> Path:
    path = Path(fillColor=fill, strokeColor=stroke, strokeWidth=stroke_width,
                fillMode=0, strokeLineJoin=1)  # even-odd: holes stay holes
    for polygon in polygons:
        for ring in polygon:
            if len(ring) < 3:
                continue
            path.moveTo(*fit(*ring[0]))
            for point in ring[1:]:
                path.lineTo(*fit(*point))
            path.closePath()
    return path


def _legend(view, words, width: float, measure: str, top: int) -> Group:
    group = Group()
    y, box = 6, 9
    if measure == maps.FIRST_GAP:
        title = words._("First month without enough cover")
        first, last = view.months[0], view.months[-1]
        ends = (words.month(first), words.month(last))
    else:
        title = words._("Capacity-months without enough cover")
        ends = ("1", words.number(top))
    for shape in text_shapes(0 if not words.rtl else width, y + box + 6, title, 7, words,
                             anchor="start" if not words.rtl else "end", bold=True):
        group.add(shape)
    x = 0
    swatches = [(NO_GAP, words._("covered throughout")), (NO_DATA, words._("no capacity"))]
    for colour, text in swatches:
        group.add(Rect(x, y, box, box, fillColor=colour, strokeColor=BORDER, strokeWidth=0.4))
        for shape in text_shapes(x + box + 3, y + 1.5, text, 6.5, words):
            group.add(shape)
        x += box + 9 + text_width(text, 6.5, words)
    ramp = RAMP[::-1] if measure == maps.FIRST_GAP else RAMP
    for shape in text_shapes(x, y + 1.5, ends[0], 6.5, words):
        group.add(shape)
    x += text_width(ends[0], 6.5, words) + 3
    for colour in ramp:
        group.add(Rect(x, y, box * 1.6, box, fillColor=colour, strokeColor=None))
        x += box * 1.6
    for shape in text_shapes(x + 3, y + 1.5, ends[1], 6.5, words):
        group.add(shape)
    return group
