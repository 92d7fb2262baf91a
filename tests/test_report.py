"""The transition report read back from the PDF: the gap engine's figures, the structure a reader
navigates by, the same bytes for the same input, and clear errors for bad input."""

from __future__ import annotations

import re
import sys
from dataclasses import replace
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

import pytest
from pypdf import PdfReader
from test_report_sample import build_sample_plan, pdf_pages, pdf_text

from transition_planner import paths
from transition_planner.domain.gaps import FLAG_KINDS, compute_gaps, month_starts
from transition_planner.reports.build import build_report
from transition_planner.reports.errors import ReportCancelled, ReportError, ReportFontMissing
from transition_planner.services import gaps, inventory
from transition_planner.services.errors import InvalidInput

CREATED = date(2027, 3, 15)
SECTIONS = ("Executive summary", "The protection cliff", "Coverage by category and location",
            "Unfunded protection functions", "Handovers by successor", "Readiness of successors",
            "Timeline of closures and handovers", "Flags and accepted risks")


@pytest.fixture
def sample(tmp_path):
    handle = build_sample_plan(tmp_path / "sample.tplan")
    yield handle
    handle.close()


def build(handle, path, **options):
    options.setdefault("created", CREATED)
    return build_report(handle, path, **options)


def flat(text: str) -> str:
    """Lines joined by one space (table cells wrap); no-break spaces (U+00A0, U+202F) kept."""
    return re.sub(r"[ \t\r\n]+", " ", text).strip()


def headings(page: str) -> list[str]:
    """A page's lines, less the entries of the contents (a title, then its page number)."""
    lines = [line.strip() for line in page.splitlines()]
    if "Contents" not in lines:
        return lines
    return [line for line, after in zip(lines, [*lines[1:], ""]) if not after.isdigit()]


def page_with(pages: list[str], heading: str) -> str:
    """The first page after the cover and the brief that has the heading (a contents entry
    is not one)."""
    return next(p for p in pages[3:] if heading in headings(p))


def contents_page(pages: list[str]) -> int:
    return next(i for i, p in enumerate(pages) if "Contents" in
                [line.strip() for line in p.splitlines()])


def money(amount) -> str:
    return f"USD {Decimal(amount).quantize(Decimal('0.01'), ROUND_HALF_UP):,}"


def parts(tmp_path: Path) -> list[Path]:
    return list(tmp_path.glob("*.part"))


def test_key_figures_are_the_gap_engines(sample, tmp_path):
    build(sample, tmp_path / "r.pdf", audience="internal")
    summary = gaps.compute(sample).summary
    page = flat(page_with(pdf_pages(tmp_path / "r.pdf"), "Key figures"))
    expected = {
        "Protection capacities": summary["capacities"],
        "Handovers to successors": summary["handovers"],
        "Capacities without a successor": summary["capacities_without_successor"],
        "Capacities whose successor is not ready": summary["capacities_not_ready"],
        "Capacity-months below the requirement": summary["capacity_gap_months"],
        "Location-months with a gap": summary["uncovered_location_months"],
    }
    assert all(expected.values())  # the sample has something to show for each figure
    for label, value in expected.items():
        assert f"{label} {value:,}" in page, label
    unfunded = summary["unfunded_after_exit"]["USD"]
    assert f"Unfunded after the mission leaves {money(unfunded)}" in page
    assert "The mission is due to leave on 31 December 2027." in page
    assert "Coverage first falls below the requirement in July 2027." in page


def test_unfunded_table_lists_each_flagged_capacity_and_totals_the_gap_engine(sample, tmp_path):
    build(sample, tmp_path / "r.pdf", audience="internal")
    report = gaps.compute(sample)
    page = flat(page_with(pdf_pages(tmp_path / "r.pdf"), "Unfunded protection functions"))
    # every capacity with money missing, with or without a successor
    assert len(report.unfunded) == 7
    for part in report.unfunded.values():
        row = f"{money(part.amount)} {part.mask.bit_count()}"
        assert row in page
    assert f"Total {money(report.summary['unfunded_after_exit']['USD'])}" in page
    assert "Peacebuilding Fund, secured until 30 April 2028" in page


def test_monthly_table_and_cliff_chart_show_the_gap_engines_series(sample, tmp_path):
    build(sample, tmp_path / "r.pdf")
    report = gaps.compute(sample)
    series = report.series()["all"]
    pages = pdf_pages(tmp_path / "r.pdf")
    start = pages.index(page_with(pages, "Month by month"))
    table = flat(" ".join(pages[start:start + 2]))  # the table may run on to the next page
    for i, start in enumerate(month_starts(report.facts)):
        need, gap = series.requirement[i], series.gap[i]
        row = (f"{start:%B %Y} {need:.1f} {series.mission[i]:.1f} {series.successors[i]:.1f} "
               f"{gap:.1f} {round((1 - gap / need) * 100)}%")
        assert row in table, row
    chart = flat(page_with(pages, "The protection cliff"))
    for label in ("Mission", "Gap", "Requirement", "Exit 31 December 2027", "Jan 27",
                  "UN", "Government", "NGO / civil society", "Other", "capacity-equivalents",
                  "Unit: capacity-equivalents; 1 is one protection capacity fully provided"):
        assert label in chart, label


def test_contents_outline_headers_and_page_numbers(sample, tmp_path):
    result = build(sample, tmp_path / "r.pdf", audience="internal")
    reader = PdfReader(str(tmp_path / "r.pdf"))
    pages = [p.extract_text() for p in reader.pages]
    assert result.pages == len(pages) > 10
    assert contents_page(pages) == 3  # after the cover and the two pages of the brief
    contents = [line.strip() for line in pages[3].splitlines()]
    for title in (*SECTIONS, "Handover sheets by capacity"):
        number = int(contents[contents.index(title) + 1])
        assert title in headings(pages[number - 1]), title
    for n, text in enumerate(pages, start=1):
        assert f"Page {n} of {len(pages)}" in text
        if n > 1:
            assert "SMK · Protection transition report" in text and "15 March 2027" in text
    outline = reader.outline
    titles = [entry.title for entry in outline if not isinstance(entry, list)]
    assert titles == ["The transition in brief", *SECTIONS, "Handover sheets by capacity"]
    sheets = outline[outline.index(next(e for e in outline if not isinstance(e, list)
                                        and e.title == "Handover sheets by capacity")) + 1]
    assert len(sheets) == len(inventory.list_capacities(sample))
    assert reader.metadata.title == "Protection transition report: SMK"


def test_cover_says_who_the_report_is_for(sample, tmp_path):
    build(sample, tmp_path / "donor.pdf", audience="donor")
    build(sample, tmp_path / "internal.pdf", audience="internal")
    donor = flat(pdf_pages(tmp_path / "donor.pdf")[0])
    assert "Stabilization Mission in Kivu (SMK)" in donor
    assert "Prepared for Donors and headquarters" in donor
    assert "Records and details marked sensitive are withheld." in donor
    assert "Date of the report 15 March 2027" in donor
    internal = flat(pdf_pages(tmp_path / "internal.pdf")[0])
    assert "UN Restricted: contains sensitive information." in internal


def test_handovers_readiness_timeline_and_flags_sections(sample, tmp_path):
    build(sample, tmp_path / "r.pdf", audience="internal")
    pages = pdf_pages(tmp_path / "r.pdf")
    handover_page = flat(page_with(pages, "Handovers by successor"))
    assert "UNICEF: UN agency, fund or programme · 1 handover" in handover_page
    assert "Mama Furaha: Community structure · 2 handovers" in handover_page
    assert "Community liaison assistants Uvira Lead · 60% Phased co-delivery 1 May 2027" \
        in handover_page
    readiness = flat(page_with(pages, "Readiness of successors"))
    assert "2 of 5 handovers have a successor below the threshold" in readiness
    assert "UNICEF 1 4 5 2 3 – – – 2" in readiness  # capacity, will, funding, access ... lowest
    timeline = flat(page_with(pages, "Timeline of closures and handovers"))
    order = ["31 March 2027 Quarterly transition review (Review) Uvira",
             "May 2027 UNICEF starts taking over 1 capacity",
             "30 June 2027 The mission leaves Uvira",
             "31 December 2027 Mission exit",
             "February 2028 FARDC starts taking over 1 capacity"]
    positions = [timeline.index(event) for event in order]
    assert positions == sorted(positions)
    flags = flat(page_with(pages, "Flags and accepted risks"))
    severities = [f.severity for f in gaps.compute(sample).flags if f.kind == "no_successor"]
    counts = " ".join(str(severities.count(s)) for s in ("high", "medium", "low"))
    assert f"No successor {counts} 2" in flags  # two of them accepted as risks
    accepted = flat(page_with(pages, "Accepted risks"))
    assert accepted.count("The host police takes over after the elections.") == 2


def test_the_same_plan_and_date_give_the_same_pdf(sample, tmp_path):
    build(sample, tmp_path / "a.pdf", audience="cluster", lang="fr")
    build(sample, tmp_path / "b.pdf", audience="cluster", lang="fr")
    first = (tmp_path / "a.pdf").read_bytes()
    assert first == (tmp_path / "b.pdf").read_bytes()
    assert b"/CreationDate (D:20270315000000+00'00')" in first
    build(sample, tmp_path / "c.pdf", audience="cluster", lang="fr", created=date(2027, 4, 1))
    later = tmp_path / "c.pdf"
    assert later.read_bytes() != first
    assert "1er avril 2027" in pdf_pages(later)[0]


def test_an_empty_plan_gives_a_short_report_that_says_so(plan, tmp_path):
    result = build(plan, tmp_path / "empty.pdf")
    pages = pdf_pages(tmp_path / "empty.pdf")
    assert result.pages == len(pages) == 2
    assert "holds no protection capacities yet" in flat(pages[1])
    assert "Page 2 of 2" in pages[1]


def test_locations_limit_the_report_and_its_figures(sample, tmp_path):
    build(sample, tmp_path / "uvira.pdf", locations=["uvira"])
    facts = gaps.load_facts(sample)
    uvira = {c.id for c in facts.capacities if c.location_name == "Uvira"}
    expected = compute_gaps(replace(
        facts, capacities=tuple(c for c in facts.capacities if c.id in uvira),
        handovers=tuple(h for h in facts.handovers if h.capacity_id in uvira))).summary
    text = flat(pdf_text(tmp_path / "uvira.pdf"))
    assert "Locations covered Uvira" in text
    assert expected["capacities"] == 2
    assert f"Protection capacities {expected['capacities']}" in text
    assert f"Capacity-months below the requirement {expected['capacity_gap_months']}" in text
    assert "Radio Okapi relay" not in text and "Bukavu" not in text
    build(sample, tmp_path / "province.pdf", locations=["CD61"])  # a P-code, and what is inside
    assert "Protection capacities 7" in flat(pdf_text(tmp_path / "province.pdf"))


def test_a_location_with_no_capacity_gives_a_short_report(sample, tmp_path):
    inventory.add_location(sample, {"name": "Empty Hill", "level": "team_site"})
    result = build(sample, tmp_path / "r.pdf", locations=["Empty Hill"])
    assert result.pages == 2
    assert "No protection capacity sits in the selected locations (Empty Hill)" in \
        flat(pdf_text(tmp_path / "r.pdf"))


def test_unknown_location_is_refused_and_the_existing_file_is_kept(sample, tmp_path):
    out = tmp_path / "r.pdf"
    out.write_bytes(b"last week's report")
    with pytest.raises(InvalidInput) as caught:
        build(sample, out, locations=["Uvira", "Atlantis"])
    assert caught.value.problems == {"location": "no location called 'Atlantis' in this plan"}
    assert out.read_bytes() == b"last week's report"
    assert parts(tmp_path) == []


def test_unknown_audience_or_language_is_refused(sample, tmp_path):
    with pytest.raises(InvalidInput) as caught:
        build(sample, tmp_path / "r.pdf", audience="press", lang="de")
    assert set(caught.value.problems) == {"audience", "lang"}
    assert not (tmp_path / "r.pdf").exists()


@pytest.mark.parametrize("where", ["missing folder", "a folder", "inside a file"])
def test_a_path_that_cannot_be_written_is_a_clear_error(sample, tmp_path, where):
    (tmp_path / "notes.txt").write_text("x")
    out = {"missing folder": tmp_path / "nowhere" / "r.pdf", "a folder": tmp_path,
           "inside a file": tmp_path / "notes.txt" / "r.pdf"}[where]
    with pytest.raises(ReportError) as caught:
        build(sample, out)
    assert str(out.parent if where != "a folder" else out) in str(caught.value)
    assert parts(tmp_path) == [] and (tmp_path / "notes.txt").read_text() == "x"


def test_missing_fonts_are_a_clear_error(sample, tmp_path, monkeypatch):
    monkeypatch.setattr(paths, "FONTS", tmp_path / "no-fonts")
    with pytest.raises(ReportFontMissing) as caught:
        build(sample, tmp_path / "r.pdf")
    assert "DejaVuSans.ttf" in str(caught.value) and "reinstall" in str(caught.value)
    assert not (tmp_path / "r.pdf").exists()


def test_a_damaged_font_file_is_a_clear_error(sample, tmp_path, monkeypatch):
    from transition_planner.reports import fonts

    folder = tmp_path / "fonts"
    folder.mkdir()
    for name in fonts.FILES.values():
        (folder / name).write_bytes(b"not a font")
    with pytest.raises(ReportFontMissing) as caught:
        fonts.register_fonts(folder)
    assert "cannot be read" in str(caught.value)


def test_progress_rises_to_100_and_cancelling_leaves_no_file(sample, tmp_path):
    seen = []
    build(sample, tmp_path / "r.pdf", progress=lambda done, total: seen.append((done, total)))
    assert seen[-1] == (100, 100) and seen == sorted(seen) and len(set(seen)) > 5

    def cancel(done, total):
        if done >= 40:
            raise ReportCancelled("cancelled")

    with pytest.raises(ReportCancelled):
        build(sample, tmp_path / "cancelled.pdf", progress=cancel)
    assert not (tmp_path / "cancelled.pdf").exists() and parts(tmp_path) == []


@pytest.mark.slow
def test_a_plan_with_2000_handovers_still_gives_a_complete_report(tmp_path):
    sys.path.insert(0, str(paths.ROOT / "benchmarks"))
    from synthetic import synthetic_rows

    from transition_planner.services import bulk
    from transition_planner.services.plans import PlanHandle
    from transition_planner.store import planfile

    path = tmp_path / "large.tplan"
    planfile.create_plan_file(path).engine.dispose()
    handle = PlanHandle(planfile.open_plan_file(path), "tester")
    try:
        bulk.insert_rows(handle, synthetic_rows(1000))
        result = build(handle, tmp_path / "large.pdf")
        summary = gaps.compute(handle).summary
    finally:
        handle.close()
    pages = pdf_pages(tmp_path / "large.pdf")
    assert summary["handovers"] == 2000
    assert result.pages == len(pages) > 100
    assert f"Page {len(pages)} of {len(pages)}" in pages[-1]
    assert "Handovers to successors 2,000" in flat(pages[contents_page(pages)])


@pytest.mark.parametrize("lang", ["en", "fr", "ar"])
def test_every_flag_of_the_demo_plan_is_worded_in_each_language(demo_plan, lang):
    from transition_planner.reports.data import load_report_data
    from transition_planner.reports.layout import Styles, Writer
    from transition_planner.reports.sections import Sections
    from transition_planner.reports.words import Words

    data = load_report_data(demo_plan, "internal", CREATED)
    words = Words(lang, demo_plan.taxonomy())
    sections = Sections(data, words, Writer(words, Styles(words.rtl)))
    kinds = set()
    for flag in data.gaps.flags:
        message = sections.flag_message(flag)
        kinds.add(flag.kind)
        assert message and "{" not in message and "}" not in message
        if lang == "en":
            assert flag.records[0].name in message, flag.kind
        else:
            assert message != flag.message  # worded in the report's language
    assert kinds == set(FLAG_KINDS)  # the demo raises every kind


def test_very_long_free_text_still_gives_a_report(plan, tmp_path):
    from transition_planner.services import dashboard

    site = inventory.add_location(plan, {"name": "Site"})
    inventory.add_capacity(plan, {
        "name": "Patrols", "location_id": site.id, "category": "physical_protection",
        "annual_cost": "1000",
        "description": "How the patrols run. " * 1000 + "END-OF-DESCRIPTION"})
    flag = gaps.compute(plan).flags[0]
    dashboard.accept_flag(plan, flag.kind, [r.id for r in flag.records],
                          "START-OF-REASONS " + "Reasons that go on and on. " * 140)
    build(plan, tmp_path / "internal.pdf", audience="internal")
    internal = flat(pdf_text(tmp_path / "internal.pdf"))
    assert "END-OF-DESCRIPTION" in internal  # the sheet shows the whole text, over pages
    build(plan, tmp_path / "donor.pdf")
    donor = flat(pdf_text(tmp_path / "donor.pdf"))
    assert "START-OF-REASONS" in donor  # cut with an ellipsis to fit its table row:
    assert re.search(r"Reasons that[a-z ]* …", donor)
    assert 20 < donor.count("Reasons that go on and on.") < 140
