"""Reports for donors and clusters leave out every record and field marked sensitive, and still
count them in the figures; the internal report shows them."""

from __future__ import annotations

import re
from datetime import date

import pytest
from pypdf import PdfReader
from test_report_sample import SENSITIVE, build_sample_plan, pdf_pages, pdf_text

from transition_planner.reports.build import build_report
from transition_planner.services import plans
from transition_planner.services.demo import SENSITIVE_STRINGS

CREATED = date(2027, 3, 15)


@pytest.fixture(scope="module")
def sample_reports(tmp_path_factory):
    folder = tmp_path_factory.mktemp("audience")
    handle = build_sample_plan(folder / "sample.tplan")
    try:
        for audience in ("donor", "cluster", "internal"):
            for lang in ("en", "fr", "ar"):
                build_report(handle, folder / f"{audience}-{lang}.pdf", audience=audience,
                             lang=lang, created=CREATED)
    finally:
        handle.close()
    return folder


def flat(text: str) -> str:
    return re.sub(r"[ \t\r\n]+", " ", text).strip()


def everything_readable(path) -> str:
    """The page text plus the outline and the document information (a word a narrow column
    broke after its hyphen is joined again)."""
    reader = PdfReader(str(path))

    def titles(entries):
        for entry in entries:
            yield from titles(entry) if isinstance(entry, list) else [entry.title]

    info = reader.metadata or {}
    text = "\n".join([pdf_text(path), *titles(reader.outline), *map(str, info.values())])
    return text.replace("-\n", "-")


@pytest.mark.parametrize("audience", ["donor", "cluster"])
@pytest.mark.parametrize("lang", ["en", "fr", "ar"])
def test_outside_the_mission_no_sensitive_text_appears(sample_reports, audience, lang):
    text = everything_readable(sample_reports / f"{audience}-{lang}.pdf")
    assert [s for s in SENSITIVE if s in text] == []


def test_the_internal_report_shows_what_the_others_leave_out(sample_reports):
    text = flat(everything_readable(sample_reports / "internal-en.pdf"))
    shown = ("Kalehe alert network", "Mama Furaha", "Nyabibwe contact list", "CASE-2027-114",
             "Bunyakiri", "Safe house near the market", "MoU-SECRET-9")
    assert [s for s in shown if s not in text] == []
    assert "SENSITIVE" in text  # sensitive records are marked on their sheets


def test_left_out_records_are_still_counted(sample_reports):
    donor = flat(pdf_text(sample_reports / "donor-en.pdf"))
    internal = flat(pdf_text(sample_reports / "internal-en.pdf"))
    # the police unit USD 900,000, the patrols 375,000, human rights monitoring 500,000, the
    # flights 240,000, the CLAs 232,000, the alert network 90,000 and the radio 60,000
    for figure in ("Protection capacities 7", "Handovers to successors 5",
                   "Unfunded after the mission leaves USD 2,397,000.00"):
        assert figure in donor and figure in internal
    assert "1 capacity not listed (sensitive) USD 90,000.00" in donor  # the alert network
    assert "Total USD 2,397,000.00" in donor
    assert "Successors not named (sensitive) · 2 handovers" in donor
    assert "2 handovers not listed (sensitive)" in donor
    assert "Locations not named (sensitive)" in donor
    assert "Patrols around the IDP site" in donor  # not sensitive itself; its site is
    assert "in a location not named" in donor
    assert "records marked sensitive are not named in this version" in donor
    assert "not named in this version" not in internal


def test_donor_reports_of_the_demo_plan_leave_out_its_sensitive_strings(demo_path, tmp_path):
    handle = plans.open_plan(demo_path)
    try:
        build_report(handle, tmp_path / "donor.pdf", audience="donor", created=CREATED)
        build_report(handle, tmp_path / "cluster-fr.pdf", audience="cluster", lang="fr",
                     created=CREATED)
        build_report(handle, tmp_path / "donor-ar.pdf", audience="donor", lang="ar",
                     created=CREATED)
        build_report(handle, tmp_path / "internal.pdf", audience="internal", created=CREATED)
    finally:
        handle.close()
    for name in ("donor.pdf", "cluster-fr.pdf", "donor-ar.pdf"):
        text = everything_readable(tmp_path / name)
        assert [s for s in SENSITIVE_STRINGS if s in text] == [], name
    internal = everything_readable(tmp_path / "internal.pdf")
    assert any(s in internal for s in SENSITIVE_STRINGS)  # so the check above can fail
    assert len(pdf_pages(tmp_path / "donor.pdf")) > 10


def test_a_sensitive_location_chosen_for_a_donor_report_is_not_named(tmp_path):
    handle = build_sample_plan(tmp_path / "sample.tplan")
    try:
        build_report(handle, tmp_path / "r.pdf", locations=["Bunyakiri"], created=CREATED)
    finally:
        handle.close()
    text = flat(everything_readable(tmp_path / "r.pdf"))
    assert "Locations covered Location not named" in text
    assert "Protection capacities 1" in text
    assert [s for s in SENSITIVE if s in text] == []
