"""The two-page brief at the front of the report, read back from the PDF with pdftotext and
checked against a small plan worked out by hand."""

from __future__ import annotations

import re
import subprocess
from datetime import date
from pathlib import Path

import pytest

from transition_planner.reports.build import build_report
from transition_planner.reports.layout import Styles
from transition_planner.services import gaps, handovers, inventory, plans, timeline

CREATED = date(2027, 3, 15)
DIMENSIONS = ("capacity", "willingness", "funding", "access", "legitimacy", "independence",
              "data_transfer")


def small_plan(path: Path):
    """Two sites closing with the mission on 30 June 2027; a 24-month horizon from January 2027.

    - Alpha patrols (physical protection, USD 120,000 a year = 10,000 a month, critical, for
      IDPs): nobody takes over. From July 2027 the whole requirement (1.0) is a gap for 18
      months, and its cost is unfunded: 6 x 10,000 = 60,000 in 2027, 12 x 10,000 = 120,000
      in 2028, 180,000 in all.
    - Beta early warning (USD 60,000 a year = 5,000 a month, high, for children): UNICEF takes
      it all over from 1 July 2027 (agreed, readiness 4 everywhere), with a pledged
      Peacebuilding Fund line of 30,000 for July-December 2027 (5,000 a month). 2028 is
      unpaid: 12 x 5,000 = 60,000 unfunded; an unfunded month keeps half the provision, so
      a gap of 0.5 each month of 2028.
    - Gamma safe house (sensitive; physical protection at Alpha, USD 12,000 a year, no
      successor): 18 x 1,000 = 18,000 unfunded (6,000 in 2027, 12,000 in 2028), shown to a
      donor only as withheld.
    Requirement 3 a month. Gaps: none to June 2027; July-December 2027 1 + 1 = 2 (covered 1 of
    3, 33%); 2028 1 + 0.5 + 1 = 2.5 (covered 0.5 of 3, 17%, first in January 2028).
    Unfunded in all: 180,000 + 60,000 + 18,000 = 258,000.
    """
    h = plans.new_plan(path, {
        "name": "Two sites", "mission_name": "Small Mission", "mission_acronym": "SML",
        "host_country": "Nowhere", "planned_exit": "2027-06-30", "mandate_end": "2027-06-30",
        "horizon_start": "2027-01-01", "horizon_months": 24, "classification": "Internal",
    }, user="tester")
    alpha = inventory.add_location(h, {"name": "Alpha site", "level": "team_site",
                                       "closure_date": "2027-06-30"})
    beta = inventory.add_location(h, {"name": "Beta site", "level": "team_site",
                                      "closure_date": "2027-06-30"})
    unicef = inventory.add_actor(h, {"name": "UNICEF", "actor_type": "un_agency"})
    inventory.add_capacity(h, {"name": "Alpha patrols", "location_id": alpha.id,
                               "category": "physical_protection", "annual_cost": "120000",
                               "criticality": "critical", "populations": ["idps"]})
    warning = inventory.add_capacity(h, {"name": "Beta early warning", "location_id": beta.id,
                                         "category": "early_warning", "annual_cost": "60000",
                                         "criticality": "high", "populations": ["children"]})
    inventory.add_capacity(h, {"name": "Gamma safe house", "location_id": alpha.id,
                               "category": "physical_protection", "annual_cost": "12000",
                               "sensitive": True})
    to_unicef = handovers.add_handover(h, {
        "capacity_id": warning.id, "actor_id": unicef.id, "share": 1.0,
        "start_date": "2027-07-01", "status": "agreed", "agreement_ref": "MoU 1"})
    for dimension in DIMENSIONS:
        handovers.set_readiness(h, to_unicef.id, {"dimension": dimension, "score": 4})
    handovers.add_funding_line(h, {
        "capacity_id": warning.id, "handover_id": to_unicef.id,
        "source_type": "peacebuilding_fund", "amount": "30000", "currency": "USD",
        "status": "pledged", "period_start": "2027-07-01", "period_end": "2027-12-31"})
    # milestones that say again what the closure dates and the exit say
    timeline.add_milestone(h, {"title": "Alpha closes", "kind": "site_closure",
                               "due_date": "2027-06-30", "location_id": alpha.id})
    timeline.add_milestone(h, {"title": "Last flight out", "kind": "exit",
                               "due_date": "2027-06-30"})
    timeline.add_milestone(h, {"title": "Donor round table", "kind": "review",
                               "due_date": "2027-05-10"})
    return h


@pytest.fixture
def plan(tmp_path):
    handle = small_plan(tmp_path / "small.tplan")
    yield handle
    handle.close()


def pdftotext(path: Path, first: int, last: int) -> str:
    out = subprocess.run(["pdftotext", "-layout", "-f", str(first), "-l", str(last), str(path),
                          "-"], check=True, capture_output=True, text=True).stdout
    return out


def squeeze(text: str) -> str:
    return re.sub(r"\s+", " ", text)


def row(text: str, label: str) -> list[str]:
    """The cells after a row's label on its line of pdftotext's layout."""
    line = next(ln for ln in text.splitlines() if ln.strip().startswith(label))
    return line.strip()[len(label):].split()


def test_the_brief_gives_the_hand_worked_headline(plan, tmp_path):
    build_report(plan, tmp_path / "r.pdf", created=CREATED)
    page = squeeze(pdftotext(tmp_path / "r.pdf", 2, 2))
    assert "The transition in brief" in page
    # the first gap month is July 2027, where only Alpha patrols (and the safe house) fall short
    assert "Coverage first falls short of the requirement in July 2027, at Alpha site." in page
    assert "Places that lose cover 2: Alpha site, Beta site" in page
    assert "Protection functions left short 3 of 3" in page
    assert "Physical protection (2), Early warning and alert networks (1)" in page
    assert "Internally displaced persons, Children" in page
    # 0.5 of 3 covered in January 2028: 16.7%, shown as 17%
    assert "Lowest coverage 17% of the requirement, in January 2028" in page
    assert "Funding still needed after the exit USD 258,000.00" in page
    assert "Gamma safe house" not in pdftotext(tmp_path / "r.pdf", 1, 99)


def test_the_funding_ask_by_year_sums_to_the_unfunded_total(plan, tmp_path):
    build_report(plan, tmp_path / "r.pdf", created=CREATED)
    page = pdftotext(tmp_path / "r.pdf", 3, 3)
    assert gaps.compute(plan).summary["unfunded_after_exit"] == {"USD": "258000.00"}
    assert "Amounts in USD." in squeeze(page)
    category, location = page.split("\nLocation ", 1)
    assert row(category, "Physical protection") == ["60,000.00", "120,000.00", "180,000.00", "–"]
    assert row(category, "Early warning and alert") == ["–", "60,000.00", "60,000.00",
                                                        "30,000.00"]
    assert row(category, "Withheld records") == ["6,000.00", "12,000.00", "18,000.00", "–"]
    # 60,000 + 6,000 in 2027; 120,000 + 60,000 + 12,000 in 2028; pledged: the PBF line
    assert row(category, "Total") == ["66,000.00", "192,000.00", "258,000.00", "30,000.00"]
    assert row(location, "Alpha site") == ["60,000.00", "120,000.00", "180,000.00", "–"]
    assert row(location, "Beta site") == ["–", "60,000.00", "60,000.00", "30,000.00"]
    assert row(location, "Withheld records") == ["6,000.00", "12,000.00", "18,000.00", "–"]
    assert row(location, "Total") == ["66,000.00", "192,000.00", "258,000.00", "30,000.00"]


def test_the_gravest_risks_say_who_must_act_by_when(plan, tmp_path):
    build_report(plan, tmp_path / "r.pdf", created=CREATED)
    page = squeeze(pdftotext(tmp_path / "r.pdf", 3, 3))
    risks = page.split("The five gravest risks", 1)[1]
    # high before medium; the sooner first; the safe house's flag is hidden from a donor
    assert ("High No successor: Alpha patrols Alpha site The mission 30 June 2027 "
            "High Unfunded after exit: Beta early warning Beta site Donors 1 January 2028") \
        in risks
    assert "Medium" not in risks
    internal = tmp_path / "internal.pdf"
    build_report(plan, internal, audience="internal", created=CREATED)
    assert "Medium No successor: Gamma safe house Alpha site The mission 30 June 2027" in \
        squeeze(pdftotext(internal, 3, 3))


def test_the_contents_follow_the_brief_and_list_the_sections_only(plan, tmp_path):
    build_report(plan, tmp_path / "r.pdf", created=CREATED)
    page = squeeze(pdftotext(tmp_path / "r.pdf", 4, 4))
    assert "Contents" in page and "The transition in brief" in page
    assert "Key figures" not in page.split("Executive summary", 1)[0]  # no sub-headings


def test_the_timeline_lists_each_closure_and_the_exit_once(plan, tmp_path):
    build_report(plan, tmp_path / "r.pdf", created=CREATED)
    text = squeeze(pdftotext(tmp_path / "r.pdf", 1, 99))
    timeline_part = text.split("Timeline of closures and handovers")[-1]
    assert timeline_part.count("The mission leaves Alpha site") == 1
    assert timeline_part.count("Mission exit") == 1
    assert "Alpha closes" not in timeline_part and "Last flight out" not in timeline_part
    assert "Donor round table" in timeline_part
    # the Gantt chart above the list: a row per category, the providers in its legend
    for label in ("Physical protection", "Early warning and alert networks", "Mission", "UN",
                  "Gap", "Exit"):
        assert label in timeline_part.split("Date Event")[0], label


def test_an_internal_report_says_restricted_on_every_page_and_a_donor_one_nowhere(plan,
                                                                                tmp_path):
    internal = build_report(plan, tmp_path / "i.pdf", audience="internal", created=CREATED)
    for n in range(1, internal.pages + 1):
        assert "RESTRICTED · INTERNAL" in pdftotext(tmp_path / "i.pdf", n, n), n
    donor = build_report(plan, tmp_path / "d.pdf", created=CREATED)
    assert "RESTRICTED" not in pdftotext(tmp_path / "d.pdf", 1, donor.pages)


def test_table_text_is_at_least_8_5_points():
    for rtl in (False, True):
        styles = Styles(rtl)
        for style in (styles.cell, styles.cell_bold, styles.cell_right, styles.caption):
            assert style.fontSize >= 8.5


def _text_extent(page) -> tuple[float, bool]:
    """The lowest text on a page above its footer, and whether a section heading (h1, 15 pt)
    opens the page."""
    from transition_planner.reports.layout import MARGIN, PAGE_HEIGHT

    lowest, opens = PAGE_HEIGHT, False

    def visit(text, cm, tm, font, size):
        nonlocal lowest, opens
        y = tm[5] * cm[3] + cm[5] if cm[3] else tm[5]
        scale = abs(tm[3] * cm[3]) or abs(tm[3]) or 1
        if not text.strip() or y < MARGIN + 2:  # the footer
            return
        lowest = min(lowest, y)
        if size * scale >= 14.5 and y > PAGE_HEIGHT - MARGIN - 60:
            opens = True

    page.extract_text(visitor_text=visit)
    return lowest, opens


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_no_page_is_more_than_half_blank_unless_a_section_ends_on_it(tmp_path, lang):
    from pypdf import PdfReader
    from test_report_sample import build_sample_plan

    from transition_planner.reports.layout import PAGE_HEIGHT

    handle = build_sample_plan(tmp_path / "sample.tplan")
    try:
        build_report(handle, tmp_path / "r.pdf", audience="internal", lang=lang,
                     created=CREATED)
    finally:
        handle.close()
    pages = [_text_extent(p) for p in PdfReader(str(tmp_path / "r.pdf")).pages]
    for n in range(1, len(pages) - 1):  # the cover and the last page aside
        lowest, _ = pages[n]
        section_follows = pages[n + 1][1]
        assert lowest < PAGE_HEIGHT / 2 or section_follows, f"page {n + 1} is half blank"
