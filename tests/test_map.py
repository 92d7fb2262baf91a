"""The map's figures on a hand-worked plan, its audience rules, and the PDF's map page."""

from __future__ import annotations

import json
from datetime import date

import pytest
from pypdf import PdfReader

from transition_planner.reports.build import build_report
from transition_planner.services import gaps, gazetteer, inventory, maps

TABLE = ("ADM1_EN,ADM1_PCODE\nUpper Kebe,ZZ01\nEmerald Lake,ZZ02\n")


def square(x0, y0, size):
    return [[x0, y0], [x0 + size, y0], [x0 + size, y0 + size], [x0, y0 + size], [x0, y0]]


@pytest.fixture
def mapped(plan, tmp_path):
    """Two provinces; in Upper Kebe two team sites the mission leaves on 31 March and 30 June
    2027 with one capacity each and no successor; the second site is sensitive."""
    (tmp_path / "zz.csv").write_text(TABLE, encoding="utf-8")
    (tmp_path / "zz.geojson").write_text(json.dumps({"type": "FeatureCollection", "features": [
        {"type": "Feature", "properties": {"ADM1_PCODE": code},
         "geometry": {"type": "Polygon", "coordinates": [square(x, 4.0, 1.0)]}}
        for code, x in (("ZZ01", 10.0), ("ZZ02", 11.0))]}))
    for name in ("zz.csv", "zz.geojson"):
        gazetteer.import_file(plan, tmp_path / name)
    kebe = inventory.add_location(plan, {"name": "Upper Kebe", "level": "admin1",
                                         "pcode": "ZZ01"})
    inventory.add_location(plan, {"name": "Emerald Lake", "level": "admin1", "pcode": "ZZ02"})
    early = inventory.add_location(plan, {
        "name": "Betou team site", "parent_id": kebe.id, "closure_date": "2027-03-31",
        "latitude": 4.2, "longitude": 10.3})
    late = inventory.add_location(plan, {
        "name": "Safe house Kilo", "parent_id": kebe.id, "closure_date": "2027-06-30",
        "latitude": 4.7, "longitude": 10.6, "sensitive": True})
    for site, name in ((early, "Day patrols"), (late, "Night patrols")):
        inventory.add_capacity(plan, {"name": name,
                                      "location_id": site.id, "category": "physical_protection",
                                      "poc_tier": "II"})
    return plan, early, late


def place(view, name):
    return next(p for p in view.places if p.name == name)


def area(view, pcode):
    return next(a for a in view.areas if a.pcode == pcode)


def test_figures_count_uncovered_capacity_months_up_to_the_month(mapped):
    handle, early, late = mapped
    view = maps.map_view(handle, gaps.compute(handle))
    assert [a.pcode for a in view.areas] == ["ZZ01", "ZZ02"] and view.fill_level == 1
    june = 5  # the horizon starts in January 2027
    # Betou: gone from April, nobody takes over: April, May, June uncovered
    betou = maps.figures(view, place(view, "Betou team site").capacity_ids, june)
    assert (betou.capacities, betou.uncovered_months, betou.short_now, betou.first_gap) == \
        (1, 3, 1, 3)
    kilo = maps.figures(view, place(view, "Safe house Kilo").capacity_ids, june)
    assert (kilo.uncovered_months, kilo.first_gap) == (0, None)  # still there in June
    kebe = maps.figures(view, area(view, "ZZ01").capacity_ids, 23)
    # to December 2028: Betou 21 months (April 2027 on), Kilo 18 (July 2027 on)
    assert (kebe.capacities, kebe.uncovered_months, kebe.first_gap) == (2, 39, 3)
    assert maps.figures(view, area(view, "ZZ02").capacity_ids, 23).capacities == 0
    assert place(view, "Betou team site").closure_month == 3
    assert place(view, "Safe house Kilo").closure_month == 6
    # a filter on another tier leaves nothing to count
    assert maps.figures(view, area(view, "ZZ01").capacity_ids, 23, {"tier": {"I"}}) == \
        maps.Figures(0, 0, 0, None)


def test_sensitive_places_are_not_drawn_for_clusters_and_donors(mapped):
    handle, _early, late = mapped
    report = gaps.compute(handle)
    for audience in ("cluster", "donor"):
        view = maps.map_view(handle, report, audience)
        assert [p.name for p in view.places] == ["Betou team site"]
        assert view.hidden_places == 1
    inventory.update_location(handle, late.id, {"sensitive": False,
                                                "sensitive_fields": ["latitude"]})
    assert maps.map_view(handle, report, "donor").hidden_places == 1  # its position is secret
    internal = maps.map_view(handle, report, "internal")
    assert len(internal.places) == 2 and internal.hidden_places == 0


def test_a_plan_without_geometry_draws_nothing(plan):
    site = inventory.add_location(plan, {"name": "Nowhere team site"})
    inventory.add_capacity(plan, {"name": "Patrols", "location_id": site.id,
                                  "category": "physical_protection"})
    assert not maps.map_view(plan, gaps.compute(plan)).has_geometry


def pdf_text(path) -> list[str]:
    return [page.extract_text() for page in PdfReader(path).pages]


def test_the_donor_pdf_has_a_map_page_without_the_sensitive_place(mapped, tmp_path):
    handle, _early, _late = mapped
    created = date(2027, 2, 1)
    build_report(handle, tmp_path / "donor.pdf", audience="donor", created=created)
    build_report(handle, tmp_path / "internal.pdf", audience="internal", created=created)
    donor, internal = pdf_text(tmp_path / "donor.pdf"), pdf_text(tmp_path / "internal.pdf")
    donor_map = next(p for p in donor if "Uncovered capacity-months" in p)  # not the contents
    assert "Where coverage falls" in donor_map and "Betou team site" in donor_map
    assert "Upper Kebe" in donor_map and "Emerald Lake" in donor_map
    assert "1 place is not drawn" in donor_map or "One place is not drawn" in donor_map
    assert not any("Safe house Kilo" in p for p in donor)
    internal_map = next(p for p in internal if "Uncovered capacity-months" in p)
    assert "Safe house Kilo" in internal_map and "not drawn" not in internal_map


def test_a_pdf_without_geometry_has_no_map_page(plan, tmp_path):
    site = inventory.add_location(plan, {"name": "Nowhere team site"})
    inventory.add_capacity(plan, {"name": "Patrols", "location_id": site.id,
                                  "category": "physical_protection"})
    build_report(plan, tmp_path / "report.pdf", audience="donor", created=date(2027, 2, 1))
    assert not any("Where coverage falls" in p for p in pdf_text(tmp_path / "report.pdf"))
