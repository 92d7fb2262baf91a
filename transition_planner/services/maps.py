"""The map of a plan: areas from the gazetteer's boundaries and places from the locations'
coordinates, projected for the country, with what each holds of the gap report.

The window's Map page and the PDF report's map both draw a MapView and colour it with
figures(): uncovered capacity-months up to a month, or the month coverage first falls.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import select

from transition_planner.domain import audience as aud
from transition_planner.domain import geo
from transition_planner.domain.gaps import GapReport, add_months, month_index
from transition_planner.services import gazetteer
from transition_planner.services.plans import PlanHandle
from transition_planner.store.models import Location

UNCOVERED, FIRST_GAP = "uncovered", "first_gap"  # what colours the map
MEASURES = (UNCOVERED, FIRST_GAP)
NO_POPULATION = "unspecified"
FILTER_KEYS = ("category", "tier", "population")
COORDINATE_FIELDS = {"latitude", "longitude"}
# The map's colours (hex, for the window and the PDF alike): pale where coverage holds, grey
# with no capacity, orange to dark red as uncovered months grow or coverage falls earlier.
NO_GAP_COLOUR, NO_DATA_COLOUR = "#E4EDE1", "#F2F2F2"
RAMP = ("#FDE0A6", "#FBB36B", "#F3823F", "#DC4B2B", "#A8201A")


def colour_of(value: int | None, maximum: int, measure: str, has_capacities: bool = True) -> str:
    """The fill of an area or place for its value on the scale up to `maximum`."""
    if not has_capacities:
        return NO_DATA_COLOUR
    if value is None or (measure == UNCOVERED and value <= 0):
        return NO_GAP_COLOUR
    share = value / max(maximum, 1)
    if measure == FIRST_GAP:
        share = 1 - share  # the earliest falls are the darkest
    return RAMP[min(len(RAMP) - 1, int(share * len(RAMP)))]


@dataclass(frozen=True)
class MapCapacity:
    """What the map needs of one capacity."""

    id: str
    name: str
    category: str
    tier: str
    populations: tuple[str, ...]
    gap_mask: int  # bit i: a gap in month i (from the gap report)


@dataclass(frozen=True)
class MapArea:
    """An administrative unit drawn from its boundary."""

    pcode: str
    name: str
    level: int
    polygons: list  # projected: [[[(x, y), ...] ring, ...] polygon, ...], y to the north
    capacity_ids: tuple[str, ...] = ()  # capacities at locations inside it (fill level only)


@dataclass(frozen=True)
class MapPlace:
    """A team site, base or office drawn as a point."""

    location_id: str
    name: str
    level: str
    x: float
    y: float
    closure_month: int | None  # first month the mission is gone from it (scenario applied)
    capacity_ids: tuple[str, ...] = ()


@dataclass
class MapView:
    """Everything a map drawing needs, already withheld for its audience."""

    audience: str
    months: list[date]
    exit_month: int | None
    capacities: dict[str, MapCapacity]
    areas: list[MapArea] = field(default_factory=list)  # the filled level
    outlines: list[MapArea] = field(default_factory=list)  # coarser levels, drawn over
    places: list[MapPlace] = field(default_factory=list)
    fill_level: int | None = None
    levels: tuple[int, ...] = ()  # levels with boundaries
    bounds: geo.Bounds | None = None  # projected, of everything drawn
    hidden_places: int = 0  # places left out for this audience

    @property
    def has_geometry(self) -> bool:
        return bool(self.areas or self.places)


@dataclass(frozen=True)
class Figures:
    """What one area or place holds at a month of the replay, for the capacities filtered."""

    capacities: int  # matching capacities
    uncovered_months: int  # capacity-months with a gap, from the first month to this one
    short_now: int  # capacities with a gap in this month
    first_gap: int | None  # the first month with a gap, if it is this month or earlier

    def value(self, measure: str) -> int | None:
        """The number that colours the map (None: nothing to colour)."""
        if measure == FIRST_GAP:
            return self.first_gap
        return self.uncovered_months


@dataclass(frozen=True)
class Tally:
    """An area's or place's gaps month by month, for the capacities filtered: counted once per
    filter, so moving the month slider only looks figures up."""

    capacities: int
    short: tuple[int, ...]  # capacities with a gap, per month
    uncovered: tuple[int, ...]  # capacity-months with a gap from the first month, per month
    first_gap: int | None

    def at(self, month: int) -> Figures:
        first = self.first_gap if self.first_gap is not None and self.first_gap <= month \
            else None
        return Figures(self.capacities, self.uncovered[month], self.short[month], first)


def tally(view: MapView, capacity_ids: Iterable[str], where: dict | None = None) -> Tally:
    """The Tally of some capacities, limited to `where` ({"category": {...}, "tier": {...},
    "population": {...}}; an empty set means all)."""
    months = len(view.months)
    short = [0] * months
    count, first = 0, None
    for cap_id in capacity_ids:
        cap = view.capacities.get(cap_id)
        if cap is None or (where and not matches(cap, where)):
            continue
        count += 1
        mask = cap.gap_mask & ((1 << months) - 1)
        if mask:
            start = (mask & -mask).bit_length() - 1
            first = start if first is None else min(first, start)
        while mask:
            low = mask & -mask
            short[low.bit_length() - 1] += 1
            mask ^= low
    uncovered, total = [], 0
    for n in short:
        total += n
        uncovered.append(total)
    return Tally(count, tuple(short), tuple(uncovered), first)


def figures(view: MapView, capacity_ids: Iterable[str], month: int,
            where: dict | None = None) -> Figures:
    """Figures of some capacities up to `month` (0-based), limited to `where`."""
    return tally(view, capacity_ids, where).at(month)


def matches(cap: MapCapacity, where: dict) -> bool:
    for key, wanted in where.items():
        if not wanted:
            continue
        if key == "population":
            if set(wanted).isdisjoint(cap.populations or (NO_POPULATION,)):
                return False
        elif getattr(cap, key) not in wanted:
            return False
    return True


def scale_maximum(view: MapView, measure: str, tallies: Iterable[Tally]) -> int:
    """The top of the colour scale, fixed for the whole replay so colours compare from month
    to month: the largest area's or place's uncovered months at the end of the horizon, or
    the last month for first falls."""
    if measure == FIRST_GAP:
        return max(len(view.months) - 1, 1)
    return max((t.uncovered[-1] for t in tallies if t.uncovered), default=0) or 1


def first_month_after(day: date | None, horizon_start: date) -> int | None:
    """The first month starting on or after a closure date, as the gap engine counts a
    mission's end (closing on 31 March: gone from April)."""
    if day is None:
        return None
    return month_index(day, horizon_start) + (day.day > 1)


# --- building the view ------------------------------------------------------------------------


def map_view(handle: PlanHandle, report: GapReport, audience: str = aud.INTERNAL,
             fill_level: int | None = None, capacity_ids: Iterable[str] | None = None) -> MapView:
    """The map of a plan's gap report for an audience: places of sensitive locations (or with
    sensitive coordinates) are left out for clusters and donors. fill_level: the admin level
    coloured (default: provinces, else the coarsest level with boundaries below the country);
    capacity_ids: only these (a report limited to some locations)."""
    aud.check_audience(audience)
    facts = report.facts
    wanted = None if capacity_ids is None else set(capacity_ids)
    caps = [c for c in facts.capacities if wanted is None or c.id in wanted]
    capacities = {
        c.id: MapCapacity(c.id, c.name, c.category, c.tier, tuple(c.populations),
                          report.coverage(c.id).gap_mask)
        for c in caps
    }
    months = [add_months(facts.horizon_start, i) for i in range(facts.months)]
    exit_month = first_month_after(facts.exit_date, facts.horizon_start)
    view = MapView(audience, months, exit_month, capacities)
    units = gazetteer.units(handle)
    shapes = gazetteer.boundaries(handle)
    locations = _locations(handle)
    outside = audience != aud.INTERNAL

    extent = None
    for boundary in shapes.values():
        extent = geo.bounds_of(geo.boundary_points(boundary)).union(extent)
    points = {loc_id: (loc.longitude, loc.latitude) for loc_id, loc in locations.items()
              if loc.longitude is not None and _place_shown(loc, outside)}
    view.hidden_places = sum(1 for loc in locations.values()
                             if loc.longitude is not None and not _place_shown(loc, outside))
    for lon, lat in points.values():
        extent = geo.Bounds(lon, lat, lon, lat).union(extent)
    if extent is None:
        return view
    projection = geo.Projection.for_bounds(extent)

    levels = sorted({units[p.upper()].level for p in shapes if p.upper() in units})
    view.levels = tuple(levels)
    below_country = [lv for lv in levels if lv > 0] or levels
    if fill_level not in levels:
        fill_level = 1 if 1 in levels else (below_country[0] if below_country else None)
    view.fill_level = fill_level
    by_area = _capacities_by(caps, lambda loc_id: _area_of(loc_id, locations, units,
                                                            fill_level, outside))
    by_place = _capacities_by(caps, lambda loc_id: _place_of(loc_id, locations, points))
    for pcode, boundary in sorted(shapes.items()):
        unit = units.get(pcode.upper())
        if unit is None or unit.level > (fill_level if fill_level is not None else -1):
            continue
        area = MapArea(unit.pcode, unit.name, unit.level, projection.boundary(boundary),
                       tuple(by_area.get(unit.pcode.upper(), ())))
        (view.areas if unit.level == fill_level else view.outlines).append(area)
    view.outlines.sort(key=lambda a: -a.level)  # the country last, on top
    closures = {loc_id: d for loc_id, _name, d in facts.closures}
    for loc_id, (lon, lat) in points.items():
        loc = locations[loc_id]
        closure = _closure(loc_id, locations, closures)
        x, y = projection.project(lon, lat)
        view.places.append(MapPlace(
            loc_id, loc.name, loc.level, x, y,
            first_month_after(closure, facts.horizon_start),
            tuple(by_place.get(loc_id, ()))))
    view.places.sort(key=lambda p: p.name.casefold())
    drawn = [pt for a in (*view.areas, *view.outlines) for pt in geo.boundary_points(a.polygons)]
    drawn += [(p.x, p.y) for p in view.places]
    view.bounds = geo.bounds_of(drawn)
    return view


@dataclass(frozen=True)
class _Loc:
    name: str
    level: str
    parent_id: str | None
    pcode: str
    latitude: float | None
    longitude: float | None
    sensitive: bool
    sensitive_fields: tuple[str, ...]


def _locations(handle: PlanHandle) -> dict[str, _Loc]:
    with handle.read() as session:
        rows = session.connection().execute(select(
            Location.id, Location.name, Location.level, Location.parent_id, Location.pcode,
            Location.latitude, Location.longitude, Location.sensitive,
            Location.sensitive_fields)).all()
    return {r[0]: _Loc(r[1], r[2], r[3], r[4] or "", r[5], r[6], bool(r[7]), tuple(r[8] or ()))
            for r in rows}


def _place_shown(loc: _Loc, outside: bool) -> bool:
    return not outside or not (loc.sensitive or COORDINATE_FIELDS & set(loc.sensitive_fields))


def _chain(loc_id: str, locations: dict[str, _Loc]):
    """A location and the locations above it, nearest first."""
    seen = set()
    while loc_id in locations and loc_id not in seen:
        seen.add(loc_id)
        yield loc_id
        loc_id = locations[loc_id].parent_id


def _area_of(loc_id, locations, units, fill_level, outside) -> str | None:
    """The P-code of the filled area a location lies in, through the nearest P-code above it
    that the gazetteer knows (a P-code withheld from the audience does not place it)."""
    if fill_level is None:
        return None
    for current in _chain(loc_id, locations):
        loc = locations[current]
        if not loc.pcode or (outside and "pcode" in loc.sensitive_fields):
            continue
        unit = gazetteer.find_unit(units, loc.pcode)
        if unit is None:
            continue
        for pcode in (gazetteer.normal_pcode(unit.pcode), *gazetteer.ancestors(units, unit.pcode)):
            if units[pcode].level == fill_level:
                return pcode
        return None  # above the filled level: province-wide capacities colour no district
    return None


def _place_of(loc_id, locations, points) -> str | None:
    """The drawn place a capacity's location belongs to: itself, or the nearest drawn
    location above it."""
    return next((c for c in _chain(loc_id, locations) if c in points), None)


def _closure(loc_id, locations, closures) -> date | None:
    return next((closures[c] for c in _chain(loc_id, locations) if c in closures), None)


def _capacities_by(caps, key_of) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    keys: dict[str, str | None] = {}
    for cap in caps:
        if cap.location_id not in keys:
            keys[cap.location_id] = key_of(cap.location_id)
        key = keys[cap.location_id]
        if key is not None:
            out.setdefault(key, []).append(cap.id)
    return out
