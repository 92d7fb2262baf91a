"""Gazetteer import (COD-AB tables and boundaries), bad files, P-code checks, coordinates."""

from __future__ import annotations

import json
import math
import zipfile

import pytest

from transition_planner.domain import geo
from transition_planner.exchange.gazetteer import GazetteerError
from transition_planner.services import check, gazetteer, inventory

# A COD-like admin1-admin2 table of an invented country, with French names and accents.
HEADER = ["ADM0_FR", "ADM0_PCODE", "ADM1_FR", "ADM1_EN", "ADM1_PCODE", "ADM2_FR", "ADM2_EN",
          "ADM2_PCODE", "ADM2_REF"]
ROWS = [
    ["République d'Essai", "ZZ", "Haut-Kébé", "Upper Kebe", "ZZ01", "Bétou", "Betou", "ZZ0101",
     "x"],
    ["République d'Essai", "ZZ", "Haut-Kébé", "Upper Kebe", "ZZ01", "Ngéré", "Ngere", "ZZ0102",
     ""],
    ["République d'Essai", "ZZ", "Lac Émeraude", "Emerald Lake", "ZZ02", "Sainte-Anaïs",
     "Saint Anais", "ZZ0201", ""],
]


def write_csv(path, rows=ROWS, header=HEADER, delimiter=",", encoding="utf-8"):
    lines = [delimiter.join(header)] + [delimiter.join(r) for r in rows]
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode(encoding))
    return path


def square(x0, y0, size, steps=1):
    """A square ring of (lon, lat), each side cut into `steps` collinear pieces."""
    corners = [(x0, y0), (x0 + size, y0), (x0 + size, y0 + size), (x0, y0 + size)]
    ring = []
    for (ax, ay), (bx, by) in zip(corners, corners[1:] + corners[:1]):
        ring += [(ax + (bx - ax) * k / steps, ay + (by - ay) * k / steps) for k in range(steps)]
    return [list(p) for p in ring + [ring[0]]]


def feature(props, ring):
    return {"type": "Feature", "properties": props,
            "geometry": {"type": "Polygon", "coordinates": [ring]}}


def boundaries_doc(steps=1, crs=None):
    doc = {"type": "FeatureCollection", "features": [
        feature({"ADM1_PCODE": "ZZ01", "ADM1_FR": "Haut-Kébé"}, square(10.0, 4.0, 1.0, steps)),
        feature({"ADM1_PCODE": "ZZ02", "ADM1_FR": "Lac Émeraude"},
                square(11.0, 4.0, 1.0, steps)),
    ]}
    if crs:
        doc["crs"] = {"type": "name", "properties": {"name": crs}}
    return doc


def unit_count(handle) -> int:
    return len(gazetteer.units(handle))


# --- tables -----------------------------------------------------------------------------------


@pytest.mark.parametrize("delimiter, encoding", [(",", "utf-8"), (";", "cp1252"),
                                                 ("\t", "utf-8-sig")])
def test_a_cod_table_gives_units_with_french_names_and_parents(plan, tmp_path, delimiter,
                                                               encoding):
    path = write_csv(tmp_path / "zz_adm2.csv", delimiter=delimiter, encoding=encoding)
    result = gazetteer.import_file(plan, path)
    assert (result.added, result.updated, result.removed) == (6, 0, 0)
    units = gazetteer.units(plan)
    assert units["ZZ"].names == {"fr": "République d'Essai"}
    assert units["ZZ01"].level == 1 and units["ZZ01"].parent_pcode == "ZZ"
    assert units["ZZ0201"].names == {"fr": "Sainte-Anaïs", "en": "Saint Anais"}
    assert units["ZZ0201"].display_name("fr") == "Sainte-Anaïs"
    assert units["ZZ0201"].name == "Saint Anais"  # English first, as the window's default
    assert units["ZZ0102"].parent_pcode == "ZZ01" and units["ZZ0102"].level == 2


def test_an_xlsx_table_with_one_sheet_per_level(plan, tmp_path):
    from openpyxl import Workbook

    book = Workbook()
    first = book.active
    first.title = "zz_adm1"
    first.append(["admin0Name_fr", "admin0Pcode", "admin1Name_fr", "admin1Pcode",
                  "center_lat", "center_lon"])
    first.append(["République d'Essai", "ZZ", "Haut-Kébé", "ZZ01", 4.5, 10.5])
    second = book.create_sheet("zz_adm2")
    second.append(["Notes: COD-AB extract"])  # a title row above the header
    second.append(["admin1Pcode", "admin2Name_fr", "admin2Pcode"])
    second.append(["ZZ01", "Bétou", "ZZ0101"])
    book.save(tmp_path / "zz.xlsx")
    gazetteer.import_file(plan, tmp_path / "zz.xlsx")
    units = gazetteer.units(plan)
    assert set(units) == {"ZZ", "ZZ01", "ZZ0101"}
    assert (units["ZZ01"].latitude, units["ZZ01"].longitude) == (4.5, 10.5)
    assert units["ZZ0101"].parent_pcode == "ZZ01"


def test_a_new_table_replaces_the_units_and_keeps_their_boundaries(plan, tmp_path):
    gazetteer.import_file(plan, write_csv(tmp_path / "a.csv"))
    (tmp_path / "b.geojson").write_text(json.dumps(boundaries_doc()))
    gazetteer.import_file(plan, tmp_path / "b.geojson")
    result = gazetteer.import_file(plan, write_csv(tmp_path / "c.csv", rows=ROWS[:2]))
    assert result.removed == 2  # Lac Émeraude and Sainte-Anaïs are gone
    assert set(gazetteer.units(plan)) == {"ZZ", "ZZ01", "ZZ0101", "ZZ0102"}
    assert set(gazetteer.boundaries(plan)) == {"ZZ01"}


# --- bad files change nothing -------------------------------------------------------------------


def bad_files(tmp_path):
    """(file, words the error must contain) for each kind of bad file."""
    import shapefile

    out = []
    no_pcodes = tmp_path / "names_only.csv"
    no_pcodes.write_text("Province,District\nHaut-Kébé,Bétou\n", encoding="utf-8")
    out.append((no_pcodes, "no P-code columns"))
    bad_code = write_csv(tmp_path / "bad_code.csv", rows=[ROWS[0][:4] + ["ZZ 01"] + ROWS[0][5:]])
    out.append((bad_code, "'ZZ 01' is not a P-code"))
    clash = write_csv(tmp_path / "clash.csv",
                      rows=[ROWS[0], ROWS[2][:7] + ["ZZ0101", ""]])  # one code, two provinces
    out.append((clash, "lies in both ZZ01 and ZZ02"))
    not_json = tmp_path / "notes.geojson"
    not_json.write_text("These are not boundaries.", encoding="utf-8")
    out.append((not_json, "not a GeoJSON file"))
    wrong_json = tmp_path / "list.geojson"
    wrong_json.write_text(json.dumps({"type": "Point", "coordinates": [1, 2]}))
    out.append((wrong_json, "not a FeatureCollection"))
    utm = tmp_path / "utm.geojson"
    utm.write_text(json.dumps(boundaries_doc(crs="urn:ogc:def:crs:EPSG::32633")))
    out.append((utm, "EPSG:4326"))
    metres = tmp_path / "metres.geojson"
    doc = boundaries_doc()
    for f in doc["features"]:
        f["geometry"]["coordinates"] = [[[x * 100000, y * 100000] for x, y in ring]
                                        for ring in f["geometry"]["coordinates"]]
    metres.write_text(json.dumps(doc))
    out.append((metres, "not longitude and latitude"))
    writer = shapefile.Writer(str(tmp_path / "adm1"), shapeType=shapefile.POLYGON)
    writer.field("ADM1_PCODE", "C")
    writer.poly([square(10.0, 4.0, 1.0)])
    writer.record("ZZ01")
    writer.close()
    (tmp_path / "adm1.dbf").unlink()
    out.append((tmp_path / "adm1.shp", "without its attribute table (adm1.dbf)"))
    broken_zip = tmp_path / "adm.zip"
    broken_zip.write_bytes(b"PK\x03\x04 not really a zip")
    out.append((broken_zip, "not a zip archive"))
    word = tmp_path / "table.docx"
    word.write_bytes(b"whatever")
    out.append((word, "not a boundary file"))
    return out


def test_bad_files_get_clear_errors_and_change_nothing(plan, tmp_path):
    gazetteer.import_file(plan, write_csv(tmp_path / "good.csv"))
    before = gazetteer.units(plan)
    for path, words in bad_files(tmp_path):
        with pytest.raises(GazetteerError) as caught:
            gazetteer.import_file(plan, path)
        assert words in str(caught.value), (path.name, str(caught.value))
        assert path.name in str(caught.value)
        assert gazetteer.units(plan) == before, path.name


def test_cancelling_a_large_import_changes_nothing(plan, tmp_path):
    gazetteer.import_file(plan, write_csv(tmp_path / "good.csv"))
    before = gazetteer.units(plan)
    doc = boundaries_doc(steps=4000)  # a few MB: read in several chunks
    (tmp_path / "big.geojson").write_text(json.dumps(doc))
    seen = []

    def progress(done, total):
        seen.append(done)
        if done >= 70:
            raise KeyboardInterrupt("cancelled")  # what a Cancel button's callback raises

    with pytest.raises(KeyboardInterrupt):
        gazetteer.import_file(plan, tmp_path / "big.geojson", progress)
    assert gazetteer.units(plan) == before and not gazetteer.boundaries(plan)
    assert seen == sorted(seen) and len(seen) > 2


# --- boundaries -----------------------------------------------------------------------------------


def test_boundaries_are_simplified_once_and_give_centroids(plan, tmp_path):
    (tmp_path / "adm1.geojson").write_text(json.dumps(boundaries_doc(steps=500)))
    result = gazetteer.import_file(plan, tmp_path / "adm1.geojson")
    assert result.points_before == 2 * 2001
    assert result.points_kept == 2 * 5  # four corners and the point closing the ring
    unit = gazetteer.units(plan)["ZZ01"]
    assert unit.names == {"fr": "Haut-Kébé"}
    assert unit.latitude == pytest.approx(4.5, abs=1e-4)
    assert unit.longitude == pytest.approx(10.5, abs=1e-4)


def test_web_mercator_is_brought_back_to_degrees(plan, tmp_path):
    doc = boundaries_doc()
    r = geo.WEB_MERCATOR_RADIUS_M
    for f in doc["features"]:
        f["geometry"]["coordinates"] = [[[math.radians(x) * r,
                                          math.log(math.tan(math.pi / 4 + math.radians(y) / 2))
                                          * r] for x, y in ring]
                                        for ring in f["geometry"]["coordinates"]]
    doc["crs"] = {"type": "name", "properties": {"name": "EPSG:3857"}}
    (tmp_path / "mercator.geojson").write_text(json.dumps(doc))
    gazetteer.import_file(plan, tmp_path / "mercator.geojson")
    ring = gazetteer.boundaries(plan)["ZZ02"][0][0]
    assert ring[0] == pytest.approx([11.0, 4.0], abs=1e-5)
    assert ring[2] == pytest.approx([12.0, 5.0], abs=1e-5)


def test_a_zipped_shapefile_as_ocha_publishes_it(plan, tmp_path):
    import shapefile

    folder = tmp_path / "shp"
    folder.mkdir()
    for level in (1, 2):
        writer = shapefile.Writer(str(folder / f"zz_adm{level}"), shapeType=shapefile.POLYGON,
                                  encoding="cp1252")
        writer.field(f"ADM{level}_FR", "C", 50)
        writer.field(f"ADM{level}_PCODE", "C", 10)
        if level == 2:
            writer.field("ADM1_PCODE", "C", 10)
            writer.poly([square(10.0, 4.0, 0.5)])
            writer.record("Bétou", "ZZ0101", "ZZ01")
        else:
            writer.poly([square(10.0, 4.0, 1.0)])
            writer.record("Haut-Kébé", "ZZ01")
        writer.close()
    with zipfile.ZipFile(tmp_path / "zz_adm_shp.zip", "w") as archive:
        for part in folder.iterdir():
            archive.write(part, f"zz_adm_shp/{part.name}")
    result = gazetteer.import_file(plan, tmp_path / "zz_adm_shp.zip")
    units = gazetteer.units(plan)
    assert result.with_boundary == 2
    assert units["ZZ0101"].names == {"fr": "Bétou"} and units["ZZ0101"].parent_pcode == "ZZ01"
    assert units["ZZ01"].names == {"fr": "Haut-Kébé"}


def test_projection_is_true_to_scale_at_the_countrys_latitude():
    projection = geo.Projection(lon0=25.0, lat0=60.0)
    east = projection.project(26.0, 60.0)
    north = projection.project(25.0, 61.0)
    assert north[1] == pytest.approx(111.19, abs=0.01)  # a degree of latitude, in km
    assert east[0] == pytest.approx(111.19 / 2, abs=0.01)  # cos(60°) = 1/2
    assert projection.unproject(*east) == pytest.approx((26.0, 60.0))


# --- P-codes and coordinates ----------------------------------------------------------------------


def test_pcodes_are_checked_against_the_gazetteer(plan, tmp_path):
    province = inventory.add_location(plan, {"name": "Upper Kebe", "level": "admin1",
                                             "pcode": "ZZ01"})
    other = inventory.add_location(plan, {"name": "Emerald Lake", "level": "admin1",
                                          "pcode": "ZZ02"})
    inventory.add_location(plan, {"name": "Betou", "level": "admin2", "pcode": "zz0101",
                                  "parent_id": province.id})
    inventory.add_location(plan, {"name": "Ngere", "level": "admin2", "pcode": "ZZ0102",
                                  "parent_id": other.id})  # under the wrong province
    inventory.add_location(plan, {"name": "Typo", "level": "admin2", "pcode": "ZZ0199",
                                  "parent_id": province.id})
    assert check.check_plan(plan) == []  # no gazetteer yet: nothing to check against
    gazetteer.import_file(plan, write_csv(tmp_path / "zz.csv"))
    assert check.check_plan(plan) == [
        "Location 'Ngere': P-code ZZ0102 lies in ZZ01 in the gazetteer, not in the location "
        "above it in the plan",
        "Location 'Typo': P-code ZZ0199 is not in the gazetteer",
    ]
    found = gazetteer.check_pcode(plan, "zz0201")
    assert found.unit.name == "Saint Anais" and found.parent_location_id == other.id
    assert gazetteer.check_pcode(plan, "ZZ0199").unit is None


def test_team_sites_get_their_units_centroid(plan, tmp_path):
    gazetteer.import_file(plan, write_csv(tmp_path / "zz.csv"))
    (tmp_path / "adm1.geojson").write_text(json.dumps(boundaries_doc()))
    gazetteer.import_file(plan, tmp_path / "adm1.geojson")
    site = inventory.add_location(plan, {"name": "Betou team site", "level": "team_site",
                                         "pcode": "ZZ0101"})  # admin2 without a boundary
    typed = inventory.add_location(plan, {"name": "Ngere base", "level": "team_site",
                                          "pcode": "ZZ0102", "latitude": 4.25,
                                          "longitude": 10.75})
    assert gazetteer.locate_from_gazetteer(plan, ("team_site",)) == 1
    places = {loc.id: loc for loc in inventory.list_locations(plan)}
    assert (places[site.id].latitude, places[site.id].longitude) == (4.5, 10.5)  # its province
    assert (places[typed.id].latitude, places[typed.id].longitude) == (4.25, 10.75)  # kept


def test_coordinates_come_in_pairs_of_degrees(plan):
    from transition_planner.services.errors import InvalidInput

    for data, field in (({"latitude": 91, "longitude": 0}, "latitude"),
                        ({"latitude": 0, "longitude": -181}, "longitude"),
                        ({"latitude": 4.0}, "dates")):
        with pytest.raises(InvalidInput) as caught:
            inventory.add_location(plan, {"name": "Somewhere", **data})
        assert field in caught.value.problems, caught.value.problems
    assert inventory.list_locations(plan) == []


def test_the_command_line_imports_and_reports_unknown_pcodes(plan, tmp_path, capsys):
    from transition_planner.cli import main

    inventory.add_location(plan, {"name": "Typo", "level": "admin1", "pcode": "ZZ09"})
    plan.close()
    table = write_csv(tmp_path / "zz.csv")
    assert main(["import-gazetteer", str(plan.path), str(table)]) == 1
    out = capsys.readouterr().out
    assert "zz.csv: 6 units added, 0 updated, 0 removed" in out
    assert "Location 'Typo': P-code ZZ09 is not in the gazetteer" in out
    assert main(["import-gazetteer", str(plan.path), str(tmp_path / "missing.geojson")]) == 2
    assert "missing.geojson" in capsys.readouterr().err
