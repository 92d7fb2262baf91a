"""Plain geometry for maps: a projection for one country, simplification, areas and centroids.

Coordinates are WGS 84 longitude/latitude in degrees; projected coordinates are kilometres
east and north of the country's centre. A polygon is a list of rings (the outer ring first,
then its holes), a ring a list of (x, y) points; a boundary is a list of polygons.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

EARTH_RADIUS_KM = 6371.0088  # mean radius (IUGG)
WEB_MERCATOR_RADIUS_M = 6378137.0  # EPSG:3857's sphere
COORDINATE_DECIMALS = 5  # about one metre: what a boundary keeps of its coordinates

Point = tuple[float, float]
Ring = list[Point]
Polygon = list[Ring]
Boundary = list[Polygon]


@dataclass(frozen=True)
class Bounds:
    """The smallest rectangle around some points: (west, south, east, north) or (x0, y0, x1, y1)."""

    x0: float
    y0: float
    x1: float
    y1: float

    @property
    def width(self) -> float:
        return self.x1 - self.x0

    @property
    def height(self) -> float:
        return self.y1 - self.y0

    def union(self, other: Bounds | None) -> Bounds:
        if other is None:
            return self
        return Bounds(min(self.x0, other.x0), min(self.y0, other.y0),
                      max(self.x1, other.x1), max(self.y1, other.y1))


def bounds_of(points: Iterable[Point]) -> Bounds | None:
    xs, ys = [], []
    for x, y in points:
        xs.append(x)
        ys.append(y)
    if not xs:
        return None
    return Bounds(min(xs), min(ys), max(xs), max(ys))


def boundary_points(boundary: Boundary) -> Iterable[Point]:
    for polygon in boundary:
        for ring in polygon:
            yield from ring


@dataclass(frozen=True)
class Projection:
    """Equirectangular projection centred on a country, with east-west distances scaled by
    the cosine of its middle latitude: true to scale along that parallel and close to it
    across a country (about 2% off at 10 degrees north or south of the middle), with no
    library and no iteration. Y grows to the north."""

    lon0: float
    lat0: float

    @classmethod
    def for_bounds(cls, bounds: Bounds) -> Projection:
        return cls((bounds.x0 + bounds.x1) / 2, (bounds.y0 + bounds.y1) / 2)

    @property
    def _kx(self) -> float:
        return math.radians(1) * EARTH_RADIUS_KM * math.cos(math.radians(self.lat0))

    def project(self, lon: float, lat: float) -> Point:
        k = math.radians(1) * EARTH_RADIUS_KM
        return ((lon - self.lon0) * self._kx, (lat - self.lat0) * k)

    def unproject(self, x: float, y: float) -> Point:
        k = math.radians(1) * EARTH_RADIUS_KM
        return (self.lon0 + x / self._kx, self.lat0 + y / k)

    def ring(self, ring: Sequence[Sequence[float]]) -> Ring:
        """A ring of (lon, lat) projected; the per-point work inlined, since a national
        boundary set has hundreds of thousands of points."""
        kx, ky = self._kx, math.radians(1) * EARTH_RADIUS_KM
        lon0, lat0 = self.lon0, self.lat0
        return [((p[0] - lon0) * kx, (p[1] - lat0) * ky) for p in ring]

    def boundary(self, boundary: Boundary) -> Boundary:
        return [[self.ring(r) for r in polygon] for polygon in boundary]


def from_web_mercator(x: float, y: float) -> Point:
    """EPSG:3857 metres (the projection of web map tiles) as WGS 84 degrees."""
    lon = math.degrees(x / WEB_MERCATOR_RADIUS_M)
    lat = math.degrees(2 * math.atan(math.exp(y / WEB_MERCATOR_RADIUS_M)) - math.pi / 2)
    return lon, lat


def simplify_ring(ring: Sequence[Point], tolerance: float) -> Ring:
    """Douglas-Peucker: drop the points closer than `tolerance` to the line kept around them.
    A closed ring stays closed; a ring that shrinks below a triangle comes back empty."""
    n = len(ring)
    if n <= 4 or tolerance <= 0:
        return list(ring)
    keep = [False] * n
    keep[0] = keep[n - 1] = True
    # A closed ring's ends are the same point: anchor on it and on the point farthest from it.
    x0, y0 = ring[0]
    far = max(range(1, n - 1), key=lambda i: (ring[i][0] - x0) ** 2 + (ring[i][1] - y0) ** 2)
    keep[far] = True
    stack = [(0, far), (far, n - 1)]
    tol2 = tolerance * tolerance
    while stack:
        first, last = stack.pop()
        if last - first < 2:
            continue
        ax, ay = ring[first]
        bx, by = ring[last]
        dx, dy = bx - ax, by - ay
        length2 = dx * dx + dy * dy
        worst, worst_d2 = -1, tol2
        for i in range(first + 1, last):
            px, py = ring[i]
            if length2 == 0:
                d2 = (px - ax) ** 2 + (py - ay) ** 2
            else:
                cross = (px - ax) * dy - (py - ay) * dx
                d2 = cross * cross / length2
            if d2 > worst_d2:
                worst, worst_d2 = i, d2
        if worst >= 0:
            keep[worst] = True
            stack.append((first, worst))
            stack.append((worst, last))
    out = [p for p, k in zip(ring, keep) if k]
    return out if len(out) >= 4 else []


def ring_area(ring: Sequence[Point]) -> float:
    """Signed area (positive counter-clockwise) by the shoelace formula."""
    total = 0.0
    for (x1, y1), (x2, y2) in zip(ring, ring[1:]):
        total += x1 * y2 - x2 * y1
    if ring and ring[0] != ring[-1]:
        (x1, y1), (x2, y2) = ring[-1], ring[0]
        total += x1 * y2 - x2 * y1
    return total / 2


def _ring_moments(ring: Sequence[Point]) -> tuple[float, float, float]:
    """Twice the signed area, and the first moments times six, of a ring."""
    a = mx = my = 0.0
    pts = list(ring)
    if pts and pts[0] != pts[-1]:
        pts.append(pts[0])
    for (x1, y1), (x2, y2) in zip(pts, pts[1:]):
        cross = x1 * y2 - x2 * y1
        a += cross
        mx += (x1 + x2) * cross
        my += (y1 + y2) * cross
    return a, mx, my


def centroid(boundary: Boundary) -> Point | None:
    """The centre of mass of a boundary (holes subtracted), or None when it has no area."""
    area = mx = my = 0.0
    for polygon in boundary:
        for index, ring in enumerate(polygon):
            a, x, y = _ring_moments(ring)
            # Files disagree on ring orientation: outer rings add, holes subtract, whatever
            # the direction they were written in.
            sign = (1 if a >= 0 else -1) * (1 if index == 0 else -1)
            area += sign * a
            mx += sign * x
            my += sign * y
    if abs(area) < 1e-12:
        return None
    return mx / (3 * area), my / (3 * area)


def contains(polygon: Polygon, point: Point) -> bool:
    """Whether a point lies inside a polygon (even-odd rule over all its rings)."""
    x, y = point
    inside = False
    for ring in polygon:
        for (x1, y1), (x2, y2) in zip(ring, ring[1:] + ring[:1]):
            if (y1 > y) != (y2 > y) and x < x1 + (y - y1) * (x2 - x1) / (y2 - y1):
                inside = not inside
    return inside


def simplify_boundary(boundary: Boundary, tolerance: float) -> Boundary:
    """Every ring simplified; holes and islands that vanish are dropped."""
    out = []
    for polygon in boundary:
        outer = simplify_ring(polygon[0], tolerance) if polygon else []
        if not outer:
            continue
        holes = [h for h in (simplify_ring(r, tolerance) for r in polygon[1:]) if h]
        out.append([outer, *holes])
    return out


def rounded(boundary: Boundary, decimals: int = COORDINATE_DECIMALS) -> list:
    """A boundary as JSON-ready nested lists with coordinates rounded (about a metre)."""
    return [[[[round(x, decimals), round(y, decimals)] for x, y in ring] for ring in polygon]
            for polygon in boundary]
