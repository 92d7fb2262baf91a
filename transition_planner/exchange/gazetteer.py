"""Read OCHA's common operational datasets of administrative boundaries (COD-AB), offline.

Two kinds of file: the table of admin0-admin3 names and P-codes (CSV or XLSX, one row per unit
of the deepest level, with the names and P-codes of the units above it), and the boundaries
(GeoJSON, or a shapefile alone or zipped as published). Both name their columns the COD way,
ADM1_PCODE / ADM1_EN / ADM1_FR or admin1Pcode / admin1Name_fr; both go through one reader of
those columns. Nothing here touches a plan: the gazetteer service stores what is read.
"""

from __future__ import annotations

import csv
import io
import json
import re
import struct
import zipfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from transition_planner.domain.geo import from_web_mercator
from transition_planner.i18n import N_, translator
from transition_planner.services.errors import ServiceError

Progress = Callable[[int, int], None]  # (done, total); raise from it to cancel

TABLE_SUFFIXES = (".csv", ".txt", ".xlsx", ".xlsm")
BOUNDARY_SUFFIXES = (".geojson", ".json", ".zip", ".shp")
MAX_LEVEL = 4
READ_CHUNK = 1 << 20
MAX_LISTED = 8  # problems listed in one error; the rest are counted

_PCODE = re.compile(r"^adm(?:in)?([0-9])_?p_?code$")
_NAME = re.compile(r"^adm(?:in)?([0-9])_?(?:name)?_?([a-z]{2})$")
_NAME_ONLY = re.compile(r"^adm(?:in)?([0-9])_?name$")
_LAT = re.compile(r"^(?:cent(?:er|re)_?)?lat(?:itude)?$")
_LON = re.compile(r"^(?:cent(?:er|re)_?)?(?:lon|long|longitude|lng)$")
_VALID_PCODE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,19}$")
WGS84_NAMES = ("4326", "crs84", "wgs84", "wgs 84", "wgs_1984", "4979")
WEB_MERCATOR_NAMES = ("3857", "900913", "102100", "102113", "3785", "pseudo-mercator",
                      "pseudo_mercator", "mercator_auxiliary_sphere", "web_mercator")


class GazetteerError(ServiceError):
    """A gazetteer or boundary file that cannot be read; nothing was changed."""


@dataclass
class UnitRow:
    """One administrative unit as a file gives it."""

    pcode: str
    level: int
    names: dict[str, str] = field(default_factory=dict)  # language -> name ("" unknown)
    parent_pcode: str = ""
    latitude: float | None = None
    longitude: float | None = None
    boundary: list | None = None  # [[[(lon, lat), ...] ring, ...] polygon, ...]

    @property
    def name(self) -> str:
        return preferred_name(self.names)


def preferred_name(names: dict[str, str], lang: str = "en") -> str:
    """The name in `lang`, else in English, French, any language."""
    for key in (lang, "en", "fr", ""):
        if names.get(key):
            return names[key]
    return next((n for n in names.values() if n), "")


# --- the COD columns -----------------------------------------------------------------------


@dataclass
class Columns:
    """Where each level's P-code and names are in a header, and the centre columns."""

    pcode: dict[int, int] = field(default_factory=dict)  # level -> column
    names: dict[int, dict[str, int]] = field(default_factory=dict)  # level -> lang -> column
    lat: int | None = None
    lon: int | None = None

    @classmethod
    def of(cls, header: Iterable) -> Columns:
        out = cls()
        for index, raw in enumerate(header):
            key = re.sub(r"[\s-]+", "_", str(raw or "").strip().lower())
            if m := _PCODE.match(key):
                out.pcode.setdefault(int(m[1]), index)
            elif m := _NAME.match(key):
                out.names.setdefault(int(m[1]), {}).setdefault(m[2], index)
            elif m := _NAME_ONLY.match(key):
                out.names.setdefault(int(m[1]), {}).setdefault("", index)
            elif _LAT.match(key) and out.lat is None:
                out.lat = index
            elif _LON.match(key) and out.lon is None:
                out.lon = index
        return out

    def units(self, values: list, where: str, problems: list[str]) -> list[UnitRow]:
        """The units a row names, from the country down, each with its parent's P-code."""
        out, parent = [], ""
        for level in sorted(self.pcode):
            pcode = _text(_at(values, self.pcode[level]))
            if not pcode:
                continue
            if not _VALID_PCODE.match(pcode):
                problems.append(translator(None)._(
                    "%(where)s: the admin%(level)s P-code %(pcode)s is not a P-code (letters "
                    "and digits, at most 20)", where=where, level=level, pcode=repr(pcode)))
                return []
            names = {lang: _text(_at(values, col))
                     for lang, col in self.names.get(level, {}).items()}
            out.append(UnitRow(pcode, level, {k: v for k, v in names.items() if v}, parent))
            parent = pcode
        if out and self.lat is not None and self.lon is not None:
            lat, lon = _number(_at(values, self.lat)), _number(_at(values, self.lon))
            if lat is not None and lon is not None:
                if not (-90 <= lat <= 90 and -180 <= lon <= 180):
                    problems.append(translator(None)._(
                        "%(where)s: the centre %(lat)s, %(lon)s is not a latitude and longitude "
                        "in degrees", where=where, lat=lat, lon=lon))
                else:
                    out[-1].latitude, out[-1].longitude = lat, lon
        return out


def _at(values: list, index: int):
    return values[index] if index < len(values) else None


def _text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value).strip()


def _number(value) -> float | None:
    if value is None or value == "":
        return None
    try:
        return float(str(value).strip().replace(",", "."))
    except ValueError:
        return None


def merge_units(rows: Iterable[UnitRow], problems: list[str]) -> dict[str, UnitRow]:
    """One unit per P-code: names completed from every row; a P-code at two levels, or under
    two parents, is a problem."""
    units: dict[str, UnitRow] = {}
    for row in rows:
        known = units.get(row.pcode)
        if known is None:
            units[row.pcode] = row
            continue
        if known.level != row.level:
            problems.append(translator(None)._(
                "P-code %(pcode)s is both an admin%(one)s and an admin%(other)s unit",
                pcode=row.pcode, one=known.level, other=row.level))
        elif known.parent_pcode != row.parent_pcode and row.parent_pcode:
            problems.append(translator(None)._(
                "P-code %(pcode)s lies in both %(one)s and %(other)s", pcode=row.pcode,
                one=known.parent_pcode, other=row.parent_pcode))
        for lang, name in row.names.items():
            known.names.setdefault(lang, name)
        if known.latitude is None and row.latitude is not None:
            known.latitude, known.longitude = row.latitude, row.longitude
        if known.boundary is None and row.boundary is not None:
            known.boundary = row.boundary
    return units


def _raise_problems(path: Path, problems: list[str]) -> None:
    if not problems:
        return
    listed = "\n".join(f"- {p}" for p in problems[:MAX_LISTED])
    more = len(problems) - MAX_LISTED
    if more > 0:
        listed += "\n" + translator(None)._("…and %(more)s more.", more=more)
    raise GazetteerError(N_("%(file)s was not imported; nothing was changed:\n%(problems)s"),
                         file=path.name, problems=listed)


NO_PCODES = N_("%(file)s has no P-code columns: a gazetteer names each unit's P-code in "
               "columns such as ADM1_PCODE and ADM2_PCODE (or admin1Pcode), with names in "
               "ADM1_EN, ADM1_FR (or admin1Name_fr).")


# --- the table (CSV, XLSX) -----------------------------------------------------------------


def read_table(path: str | Path, progress: Progress | None = None) -> dict[str, UnitRow]:
    """The administrative units of a COD-AB table, by P-code."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in TABLE_SUFFIXES:
        raise GazetteerError(N_("%(file)s is not a gazetteer table: choose a CSV or XLSX file "
                                "(boundaries come as GeoJSON or a zipped shapefile)."),
                             file=path.name)
    sheets = _xlsx_sheets(path, progress) if suffix in (".xlsx", ".xlsm") else [
        (None, _csv_rows(path, progress))]
    problems: list[str] = []
    rows: list[UnitRow] = []
    found = False
    for sheet, table in sheets:
        header_at, columns = _find_header(table)
        if columns is None:
            continue
        found = True
        for number, values in enumerate(table[header_at + 1:], start=header_at + 2):
            if not any(_text(v) for v in values):
                continue
            where = (translator(None)._("row %(number)s", number=number) if sheet is None
                     else translator(None)._("sheet %(sheet)s, row %(number)s", sheet=sheet,
                                             number=number))
            rows += columns.units(list(values), where, problems)
    if not found:
        raise GazetteerError(NO_PCODES, file=path.name)
    units = merge_units(rows, problems)
    _raise_problems(path, problems)
    if not units:
        raise GazetteerError(N_("%(file)s has P-code columns but no unit in them."),
                             file=path.name)
    return units


def _find_header(table: list) -> tuple[int, Columns | None]:
    """The first of a table's rows (among its first ten) that names P-code columns."""
    for index, values in enumerate(table[:10]):
        columns = Columns.of(values)
        if columns.pcode:
            return index, columns
    return 0, None


def _read_bytes(path: Path, progress: Progress | None, share: int = 100) -> bytes:
    """A file's bytes, read in chunks so a large file shows progress and can be cancelled."""
    try:
        size = path.stat().st_size
        chunks, done = [], 0
        with path.open("rb") as stream:
            while chunk := stream.read(READ_CHUNK):
                chunks.append(chunk)
                done += len(chunk)
                if progress is not None:
                    progress(done * share // max(size, 1), 100)
        return b"".join(chunks)
    except OSError as exc:
        raise GazetteerError(N_("Cannot read %(file)s: %(reason)s."), file=path.name,
                             reason=str(exc.strerror or exc)) from None


def decode(data: bytes) -> str:
    """Text of a file: UTF-8 (with or without a byte-order mark), else Windows-1252, the
    encoding Excel on a French or English Windows writes CSV in."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def _csv_rows(path: Path, progress: Progress | None) -> list[list[str]]:
    text = decode(_read_bytes(path, progress))
    if "\x00" in text[:4096]:
        raise GazetteerError(N_("%(file)s is not a text table (it holds binary data)."),
                             file=path.name)
    sample = "\n".join(text.split("\n", 10)[:10])
    delimiter = max(",;\t|", key=sample.count)  # French Excel writes semicolons
    return list(csv.reader(io.StringIO(text), delimiter=delimiter))


def _xlsx_sheets(path: Path, progress: Progress | None) -> list[tuple[str, list]]:
    from openpyxl import load_workbook

    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError) as exc:
        raise GazetteerError(N_("%(file)s is not an Excel workbook (%(reason)s)."),
                             file=path.name, reason=str(exc)) from None
    try:
        out = []
        for index, sheet in enumerate(book.worksheets):
            out.append((sheet.title, [list(r) for r in sheet.iter_rows(values_only=True)]))
            if progress is not None:
                progress((index + 1) * 100 // len(book.worksheets), 100)
        return out
    finally:
        book.close()


# --- boundaries (GeoJSON, shapefile) --------------------------------------------------------


def read_boundaries(path: str | Path, progress: Progress | None = None) -> dict[str, UnitRow]:
    """The units of a boundary file by P-code, each with its boundary in WGS 84 degrees."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix in (".geojson", ".json"):
        features = _geojson_features(path.name, _read_bytes(path, progress, share=40), progress)
    elif suffix == ".zip":
        features = _zipped_shapefiles(path, progress)
    elif suffix == ".shp":
        features = _shapefile_beside(path, progress)
    else:
        raise GazetteerError(N_("%(file)s is not a boundary file: choose a GeoJSON file or a "
                                "shapefile (.shp, or the .zip as published)."), file=path.name)
    problems: list[str] = []
    rows, without_pcode = [], 0
    for where, properties, geometry in features:
        columns = Columns.of(properties.keys())
        units = columns.units(list(properties.values()), where, problems)
        polygons = _polygons(geometry, where, problems)
        if not units:
            without_pcode += 1
            continue
        if polygons:
            units[-1].boundary = polygons
        rows += units
    if not rows:
        if without_pcode:
            raise GazetteerError(NO_PCODES, file=path.name)
        raise GazetteerError(N_("%(file)s holds no boundaries."), file=path.name)
    units = merge_units(rows, problems)
    _raise_problems(path, problems)
    return units


def _polygons(geometry: dict | None, where: str, problems: list[str]) -> list | None:
    """A geometry's polygons as lists of rings of (lon, lat); None for points and lines."""
    if not geometry:
        return None
    kind, coords = geometry.get("type"), geometry.get("coordinates")
    try:
        if kind == "Polygon":
            polygons = [coords]
        elif kind == "MultiPolygon":
            polygons = coords
        elif kind == "GeometryCollection":
            out = [p for g in geometry.get("geometries", ())
                   for p in (_polygons(g, where, problems) or ())]
            return out or None
        else:
            return None
        return [[[(float(p[0]), float(p[1])) for p in ring] for ring in polygon if ring]
                for polygon in polygons if polygon]
    except (TypeError, ValueError, IndexError):
        problems.append(translator(None)._(
            "%(where)s: its %(kind)s has coordinates that are not pairs of numbers",
            where=where, kind=kind))
        return None


def _geojson_features(name: str, data: bytes, progress: Progress | None):
    try:
        document = json.loads(decode(data))
    except json.JSONDecodeError as exc:
        raise GazetteerError(N_("%(file)s is not a GeoJSON file: it is not valid JSON (line "
                                "%(line)s, column %(column)s: %(reason)s)."), file=name,
                             line=exc.lineno, column=exc.colno, reason=exc.msg) from None
    if not isinstance(document, dict):
        raise GazetteerError(N_("%(file)s is not a GeoJSON file (no FeatureCollection)."),
                             file=name)
    kind = document.get("type")
    if kind == "Topology":
        raise GazetteerError(N_("%(file)s is TopoJSON; convert it to GeoJSON first (for "
                                "example with mapshaper or QGIS)."), file=name)
    if kind == "Feature":
        features = [document]
    elif kind == "FeatureCollection" and isinstance(document.get("features"), list):
        features = document["features"]
    else:
        raise GazetteerError(N_("%(file)s is not a GeoJSON file (its type is %(type)s, not a "
                                "FeatureCollection)."), file=name, type=repr(kind))
    reproject = _geojson_crs(name, document)
    out = []
    for index, feature in enumerate(features):
        if not isinstance(feature, dict):
            continue
        geometry = feature.get("geometry")
        if reproject and isinstance(geometry, dict):
            geometry = _mapped(geometry, from_web_mercator)
        out.append((translator(None)._("feature %(number)s", number=index + 1),
                    feature.get("properties") or {}, geometry))
        if progress is not None and index % 50 == 0:
            progress(40 + 50 * index // max(len(features), 1), 100)
    _check_degrees(name, (g for _w, _p, g in out))
    return out


def _geojson_crs(name: str, document: dict) -> bool:
    """Whether the file's coordinates are web Mercator metres to bring back to degrees; an
    error for any other projection (GeoJSON is WGS 84 by its standard, RFC 7946)."""
    crs = document.get("crs")
    if not isinstance(crs, dict):
        return False
    crs_name = str((crs.get("properties") or {}).get("name", "")).strip()
    return _crs_kind(name, crs_name, crs_name)


def _crs_kind(name: str, text: str, shown: str) -> bool:
    """False for longitude/latitude, True for web Mercator; an error for anything else."""
    lowered = text.lower()
    projected = "projcs" in lowered or "projcrs" in lowered
    geographic = "geogcs" in lowered or "geogcrs" in lowered
    if not lowered or (not projected and (geographic or any(n in lowered for n in WGS84_NAMES))):
        return False  # degrees (a datum other than WGS 84 moves them by metres, not more)
    if any(n in lowered for n in WEB_MERCATOR_NAMES):
        return True
    raise GazetteerError(
        N_("%(file)s is in another coordinate system (%(crs)s). The map expects longitude and "
           "latitude in WGS 84 (EPSG:4326), as OCHA publishes them: reproject the file, for "
           "example with QGIS or `ogr2ogr -t_srs EPSG:4326 out.geojson in.geojson`."),
        file=name, crs=shown)


def _mapped(geometry: dict, convert) -> dict:
    def walk(coords):
        if coords and isinstance(coords[0], (int, float)):
            return list(convert(coords[0], coords[1]))
        return [walk(c) for c in coords]

    if geometry.get("type") == "GeometryCollection":
        return {**geometry, "geometries": [_mapped(g, convert)
                                           for g in geometry.get("geometries", ())]}
    try:
        return {**geometry, "coordinates": walk(geometry.get("coordinates") or [])}
    except (TypeError, IndexError):
        return geometry  # reported as bad coordinates when read


def _check_degrees(name: str, geometries) -> None:
    """Refuse coordinates that cannot be degrees: a projected file without a word of its CRS."""
    for geometry in geometries:
        point = _first_point(geometry)
        if point is not None and not (-180.5 <= point[0] <= 180.5 and -90.5 <= point[1] <= 90.5):
            raise GazetteerError(
                N_("%(file)s has coordinates such as %(x)s, %(y)s, which are not longitude and "
                   "latitude: it is in a projected coordinate system. The map expects WGS 84 "
                   "(EPSG:4326), as OCHA publishes boundaries: reproject the file, for example "
                   "with QGIS or `ogr2ogr -t_srs EPSG:4326 out.geojson in.geojson`."),
                file=name, x=f"{point[0]:.0f}", y=f"{point[1]:.0f}")


def _first_point(geometry) -> tuple[float, float] | None:
    if not isinstance(geometry, dict):
        return None
    coords = geometry.get("coordinates")
    for _ in range(4):
        if not isinstance(coords, list) or not coords:
            return None
        if isinstance(coords[0], (int, float)):
            return (float(coords[0]), float(coords[1])) if len(coords) > 1 else None
        coords = coords[0]
    return None


def _shapefile_beside(path: Path, progress: Progress | None):
    siblings = {p.name.lower(): p for p in path.parent.iterdir()} if path.parent.is_dir() else {}
    stem = path.stem.lower()

    def part(suffix: str):
        found = siblings.get(stem + suffix)
        return _read_bytes(found, None) if found else None

    if not path.is_file():
        raise GazetteerError(N_("Cannot read %(file)s: no such file."), file=path.name)
    return _shapefile(path.name, _read_bytes(path, None), part(".dbf"), part(".shx"),
                      part(".prj"), part(".cpg"), progress)


def _zipped_shapefiles(path: Path, progress: Progress | None):
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError) as exc:
        raise GazetteerError(N_("%(file)s is not a zip archive (%(reason)s)."),
                             file=path.name, reason=str(exc)) from None
    with archive:
        members = {n.lower(): n for n in archive.namelist() if not n.endswith("/")}
        shapes = sorted(n for n in members if n.endswith(".shp"))
        geojson = sorted(n for n in members if n.endswith((".geojson", ".json")))
        if not shapes and not geojson:
            raise GazetteerError(N_("%(file)s holds no shapefile (.shp) and no GeoJSON."),
                                 file=path.name)
        out = []
        for number, shp in enumerate(shapes):
            stem = shp[:-4]

            def part(suffix, stem=stem):
                name = members.get(stem + suffix)
                return archive.read(name) if name else None

            def step(done, total, number=number):
                if progress is not None:
                    progress((number * 100 + done) // len(shapes), total)

            out += _shapefile(Path(members[shp]).name, archive.read(members[shp]),
                              part(".dbf"), part(".shx"), part(".prj"), part(".cpg"), step)
        for member in geojson if not shapes else ():
            out += _geojson_features(Path(member).name, archive.read(members[member]), progress)
        return out


def _shapefile(name: str, shp: bytes, dbf: bytes | None, shx: bytes | None,
               prj: bytes | None, cpg: bytes | None, progress: Progress | None):
    import shapefile  # pyshp

    if dbf is None:
        raise GazetteerError(
            N_("%(file)s comes without its attribute table (%(dbf)s), which holds the P-codes "
               "and names: pick the .zip as OCHA publishes it, or put the .dbf beside the "
               ".shp."), file=name, dbf=f"{Path(name).stem}.dbf")
    reproject = _crs_kind(name, decode(prj), _wkt_name(decode(prj))) if prj else False
    encodings = [decode(cpg).strip() or "utf-8"] if cpg else ["utf-8", "cp1252"]
    for encoding in encodings:
        try:
            return _shapes(name, shapefile, shp, dbf, shx, encoding, reproject, progress)
        except UnicodeDecodeError:
            continue
        except LookupError:  # an encoding Python does not know, named in the .cpg
            encodings.append("utf-8")
    raise GazetteerError(N_("%(file)s: the names in its attribute table are in an unknown "
                            "encoding."), file=name)


def _shapes(name, shapefile, shp, dbf, shx, encoding, reproject, progress):
    try:
        reader = shapefile.Reader(shp=io.BytesIO(shp), dbf=io.BytesIO(dbf),
                                  shx=io.BytesIO(shx) if shx else None, encoding=encoding)
    except shapefile.ShapefileException as exc:
        raise GazetteerError(N_("%(file)s is not a shapefile (%(reason)s)."), file=name,
                             reason=str(exc)) from None
    out = []
    try:
        total = len(reader)
        for index, item in enumerate(reader.iterShapeRecords()):
            geometry = item.shape.__geo_interface__ if item.shape.points else None
            if reproject and geometry:
                geometry = _mapped(geometry, from_web_mercator)
            out.append((translator(None)._("%(file)s, shape %(number)s", file=name,
                                           number=index + 1), item.record.as_dict(), geometry))
            if progress is not None and index % 50 == 0:
                progress(index * 100 // max(total, 1), 100)
    except UnicodeDecodeError:
        raise
    except (shapefile.ShapefileException, struct.error) as exc:
        if "decode" in str(exc):  # pyshp's word for names in another encoding
            raise UnicodeDecodeError(encoding, b"", 0, 1, str(exc)) from None
        raise GazetteerError(N_("%(file)s is damaged (%(reason)s)."), file=name,
                             reason=str(exc)) from None
    _check_degrees(name, (g for _w, _p, g in out))
    return out


def _wkt_name(wkt: str) -> str:
    """The name a .prj file gives its coordinate system."""
    m = re.search(r'(?:PROJCS|PROJCRS|GEOGCS|GEOGCRS)\["([^"]+)"', wkt)
    return m[1] if m else wkt.strip()[:60]
