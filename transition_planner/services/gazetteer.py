"""The plan's gazetteer: import a country's administrative units and boundaries, check P-codes,
place locations at their unit's centroid."""

from __future__ import annotations

import math
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import delete, insert, select

from transition_planner.domain import geo
from transition_planner.exchange import gazetteer as reader
from transition_planner.exchange.gazetteer import Progress, UnitRow
from transition_planner.services import records
from transition_planner.services.plans import PlanHandle
from transition_planner.store.models import AdminUnit, AuditEntry, Location, new_id
from transition_planner.store.types import utcnow

# Boundaries keep detail down to this share of the country's extent: a point off the line by
# less than a 4000th of the country's diagonal is under a pixel on any screen or page.
SIMPLIFY_SHARE = 1 / 4000
MIN_TOLERANCE_KM = 0.01


@dataclass(frozen=True)
class ImportResult:
    """What an import changed."""

    source: str
    added: int
    updated: int
    removed: int
    with_boundary: int  # units of the file that have a boundary now
    points_before: int  # boundary points in the file
    points_kept: int  # after simplification
    unknown_pcodes: int  # the plan's locations whose P-code the gazetteer does not know


def import_file(handle: PlanHandle, path: str | Path,
                progress: Progress | None = None) -> ImportResult:
    """A gazetteer table (CSV, XLSX) replaces the plan's units; a boundary file (GeoJSON,
    shapefile, zip) adds its units and boundaries to them. A bad file changes nothing."""
    path = Path(path)
    if path.suffix.lower() in reader.TABLE_SUFFIXES:
        return import_table(handle, path, progress)
    return import_boundaries(handle, path, progress)


def import_table(handle: PlanHandle, path: str | Path,
                 progress: Progress | None = None) -> ImportResult:
    path = Path(path)
    units = reader.read_table(path, _scaled(progress, 0, 80))
    return _store(handle, path.name, units, replace=True, progress=_scaled(progress, 80, 100))


def import_boundaries(handle: PlanHandle, path: str | Path,
                      progress: Progress | None = None) -> ImportResult:
    path = Path(path)
    units = reader.read_boundaries(path, _scaled(progress, 0, 60))
    before, kept = simplify_units(units, _scaled(progress, 60, 90))
    result = _store(handle, path.name, units, replace=False, progress=_scaled(progress, 90, 100))
    return ImportResult(**{**result.__dict__, "points_before": before, "points_kept": kept})


def _scaled(progress: Progress | None, low: int, high: int) -> Progress | None:
    """A progress callback for one stage, mapped onto [low, high] of the whole import."""
    if progress is None:
        return None
    return lambda done, total: progress(low + (high - low) * done // max(total, 1), 100)


def simplify_units(units: dict[str, UnitRow], progress: Progress | None = None) -> tuple[int, int]:
    """Simplify every boundary once, in the country's projection, and place each unit without
    a centre at its boundary's centroid. Returns the points before and after."""
    shaped = [u for u in units.values() if u.boundary]
    extent = None
    for unit in shaped:
        extent = geo.bounds_of(geo.boundary_points(unit.boundary)).union(extent)
    if extent is None:
        return 0, 0
    projection = geo.Projection.for_bounds(extent)
    corner = projection.project(extent.x1, extent.y1)
    diagonal = math.hypot(*corner) * 2
    tolerance = max(MIN_TOLERANCE_KM, diagonal * SIMPLIFY_SHARE)
    before = kept = 0
    for index, unit in enumerate(shaped):
        projected = projection.boundary(unit.boundary)
        before += sum(len(r) for p in projected for r in p)
        simple = geo.simplify_boundary(projected, tolerance) or projected
        kept += sum(len(r) for p in simple for r in p)
        if unit.latitude is None:
            middle = geo.centroid(projected)
            if middle is not None:
                unit.longitude, unit.latitude = projection.unproject(*middle)
        unit.boundary = geo.rounded([[[projection.unproject(x, y) for x, y in ring]
                                      for ring in polygon] for polygon in simple])
        if progress is not None and index % 20 == 0:
            progress(index, len(shaped))
    return before, kept


def _store(handle: PlanHandle, source: str, units: dict[str, UnitRow], *, replace: bool,
           progress: Progress | None) -> ImportResult:
    """Write the units in one transaction: replace the gazetteer, or add to it."""
    with handle.action() as session:
        current = {row.pcode: row for row in session.execute(select(AdminUnit)).scalars()}
        added = updated = 0
        rows = []
        for pcode, unit in units.items():
            old = current.get(pcode)
            values = {
                "pcode": pcode, "level": unit.level, "name": unit.name or pcode,
                "names": unit.names, "parent_pcode": unit.parent_pcode,
                "latitude": unit.latitude, "longitude": unit.longitude,
                "boundary": unit.boundary, "source": source,
            }
            if old is None:
                added += 1
                values.update(id=new_id(), created_at=utcnow(), updated_at=utcnow())
            else:
                updated += 1
                values.update(id=old.id, created_at=old.created_at, updated_at=utcnow())
                if not replace:  # a boundary file keeps what the table said of a unit
                    values.update(names={**unit.names, **old.names}, name=old.name,
                                  parent_pcode=old.parent_pcode or unit.parent_pcode)
                if unit.boundary is None:  # a table keeps the boundaries already imported
                    values.update(boundary=old.boundary, latitude=old.latitude
                                  if unit.latitude is None else unit.latitude,
                                  longitude=old.longitude if unit.longitude is None
                                  else unit.longitude)
            rows.append(values)
        removed = len(set(current) - set(units)) if replace else 0
        kept_ids = [] if replace else [u.id for p, u in current.items() if p not in units]
        session.expunge_all()
        session.execute(delete(AdminUnit).where(AdminUnit.id.not_in(kept_ids)))
        if rows:
            session.execute(insert(AdminUnit), rows)
        if progress is not None:
            progress(50, 100)
        count = len(rows) + len(kept_ids)
        session.add(AuditEntry(
            user=handle.user, action=records.UPDATE, record_type=AdminUnit.__tablename__,
            record_id=AdminUnit.__tablename__, record_label=f"Gazetteer ({source})",
            changes={"units": [len(current), count]}, source=source))
    return ImportResult(source, added, updated, removed,
                        sum(1 for u in units.values() if u.boundary), 0, 0,
                        len(pcode_problems(handle)))


# --- reading the gazetteer -----------------------------------------------------------------


@dataclass(frozen=True)
class Unit:
    """A unit of the gazetteer as the window and the checks read it (no boundary)."""

    pcode: str
    level: int
    name: str
    names: dict
    parent_pcode: str
    latitude: float | None
    longitude: float | None

    def display_name(self, lang: str = "en") -> str:
        return reader.preferred_name(self.names, lang) or self.name


def units(handle: PlanHandle) -> dict[str, Unit]:
    """Every unit of the plan's gazetteer by P-code in capitals (empty when none was
    imported)."""
    with handle.read() as session:
        rows = session.connection().execute(select(
            AdminUnit.pcode, AdminUnit.level, AdminUnit.name, AdminUnit.names,
            AdminUnit.parent_pcode, AdminUnit.latitude, AdminUnit.longitude)).all()
    # keyed in capitals: a P-code typed in lower case is the same P-code
    return {row[0].upper(): Unit(*row) for row in rows}


def boundaries(handle: PlanHandle) -> dict[str, list]:
    """P-code -> boundary of every unit that has one (lon/lat, simplified at import)."""
    with handle.read() as session:
        rows = session.connection().execute(
            select(AdminUnit.pcode, AdminUnit.boundary).where(AdminUnit.boundary.is_not(None))
        ).all()
    return {pcode: boundary for pcode, boundary in rows if boundary}


def normal_pcode(pcode: str) -> str:
    return (pcode or "").strip().upper()


def find_unit(known: dict[str, Unit], pcode: str) -> Unit | None:
    """A unit of units() by P-code, whatever case it was typed in."""
    return known.get(normal_pcode(pcode))


@dataclass(frozen=True)
class PcodeProblem:
    """A location whose P-code does not fit the gazetteer."""

    location_id: str
    location_name: str
    pcode: str
    kind: str  # unknown | elsewhere
    detail: str = ""  # for elsewhere: the P-code of the unit the gazetteer puts it in

    @property
    def message(self) -> str:
        if self.kind == "unknown":
            return (f"Location '{self.location_name}': P-code {self.pcode} is not in the "
                    "gazetteer")
        return (f"Location '{self.location_name}': P-code {self.pcode} lies in {self.detail} "
                "in the gazetteer, not in the location above it in the plan")


def pcode_problems(handle: PlanHandle) -> list[PcodeProblem]:
    """Locations whose P-code the gazetteer does not know, or puts under another unit than the
    plan's parent location (nothing to say while no gazetteer is imported)."""
    known = units(handle)
    if not known:
        return []
    with handle.read() as session:
        locations = session.connection().execute(
            select(Location.id, Location.name, Location.pcode, Location.parent_id)
            .order_by(Location.name)).all()
    pcode_of = {loc_id: pcode for loc_id, _n, pcode, _p in locations}
    out = []
    for loc_id, name, pcode, parent_id in locations:
        if not pcode:
            continue
        unit = find_unit(known, pcode)
        if unit is None:
            out.append(PcodeProblem(loc_id, name, pcode, "unknown"))
            continue
        parent_unit = find_unit(known, pcode_of.get(parent_id) or "")
        if parent_unit is not None and parent_unit is not unit and \
                normal_pcode(parent_unit.pcode) not in ancestors(known, unit.pcode):
            out.append(PcodeProblem(loc_id, name, pcode, "elsewhere", unit.parent_pcode))
    return out


def ancestors(known: dict[str, Unit], pcode: str) -> list[str]:
    """The P-codes above a unit, nearest first."""
    out, seen = [], {normal_pcode(pcode)}
    unit = known.get(normal_pcode(pcode))
    while unit is not None and normal_pcode(unit.parent_pcode) not in seen | {""}:
        parent = normal_pcode(unit.parent_pcode)
        out.append(parent)
        seen.add(parent)
        unit = known.get(parent)
    return out


@dataclass(frozen=True)
class PcodeCheck:
    """What the gazetteer says of a P-code typed in the location form."""

    has_gazetteer: bool
    unit: Unit | None  # None: not in the gazetteer
    parent_location_id: str | None  # the plan's location of the nearest unit above it


def check_pcode(handle: PlanHandle, pcode: str) -> PcodeCheck:
    known = units(handle)
    unit = find_unit(known, pcode)
    parent = None
    if unit is not None:
        with handle.read() as session:
            by_pcode = {p.upper(): i for i, p in session.connection().execute(
                select(Location.id, Location.pcode).where(Location.pcode != ""))}
        parent = next((by_pcode[p] for p in ancestors(known, unit.pcode) if p in by_pcode),
                      None)
    return PcodeCheck(bool(known), unit, parent)


def locate_from_gazetteer(handle: PlanHandle, levels: tuple[str, ...] | None = None,
                          overwrite: bool = False) -> int:
    """Give locations without coordinates (of the given levels; all when None) the centroid
    of their P-code's unit, or of the nearest unit above it with a centre. Returns how many."""
    known = units(handle)
    if not known:
        return 0
    count = 0
    with handle.action() as session:
        for loc in session.execute(select(Location).where(Location.pcode != "")).scalars():
            if levels is not None and loc.level not in levels:
                continue
            if loc.latitude is not None and not overwrite:
                continue
            unit = find_unit(known, loc.pcode)
            chain = [unit.pcode, *ancestors(known, unit.pcode)] if unit else []
            centre = next((known[normal_pcode(p)] for p in chain
                           if known[normal_pcode(p)].latitude is not None), None)
            if centre is None:
                continue
            records.update(session, handle.user, loc, {
                "latitude": round(centre.latitude, 5), "longitude": round(centre.longitude, 5),
            }, loc.name, source="gazetteer")
            count += 1
    return count

