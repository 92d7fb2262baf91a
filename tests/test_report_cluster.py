"""The cluster report has the cluster's own sections: what each partner still has to confirm,
and where the handover matrix stands; the donor and internal reports do not. Worked by hand on
the exchange tests' small plan (tests/test_exchange_support.py):

- UNICEF takes half of the Community liaison assistants (agreed, from 1 January 2027; 2 of the
  7 readiness dimensions scored; no agreement signed; a committed funding line);
- Nord Women Network the other half (only proposed; nothing scored; no funding line);
- UNMAS the Explosive ordnance clearance (agreed; 1 dimension scored; its only funding line is
  still "required").
"""

from __future__ import annotations

import re
import subprocess
import unicodedata
from datetime import date
from decimal import Decimal

import pytest
from test_exchange_support import SECRET_CAPACITY, SECRET_NOTE, MatrixBook, build_small_plan

from transition_planner.exchange.apply import apply_import
from transition_planner.exchange.export import export_matrix
from transition_planner.exchange.merge import preview_import
from transition_planner.reports.build import build_report
from transition_planner.services import handovers


def pdf_text(path) -> str:
    out = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True,
                         check=True).stdout
    return re.sub(r"\s+", " ", out)


@pytest.fixture
def small(plan):
    ids = build_small_plan(plan)
    handovers.add_funding_line(plan, {
        "capacity_id": ids["cla"], "handover_id": ids["h_unicef"], "source_type": "bilateral",
        "status": "committed", "amount": Decimal("60000"), "currency": "USD",
        "period_start": date(2027, 1, 1), "period_end": date(2027, 12, 31)})
    handovers.add_funding_line(plan, {
        "capacity_id": ids["mines"], "handover_id": ids["h_unmas"], "source_type": "mptf",
        "status": "required", "amount": Decimal("450000"), "currency": "USD",
        "period_start": date(2027, 4, 1), "period_end": date(2028, 3, 31)})
    return plan, ids


def section(text: str, start: str, end: str) -> str:
    begin = text.rindex(start)  # the section, not its contents line
    return text[begin:text.index(end, begin)]


def test_each_partner_and_what_it_still_has_to_confirm(small, tmp_path):
    handle, _ids = small
    out = tmp_path / "cluster.pdf"
    build_report(handle, out, audience="cluster", created=date(2026, 12, 3))
    text = pdf_text(out)
    part = section(text, "What each partner still has to confirm", "The handover matrix")
    assert "Nord Women Network · 1 handover to confirm" in part
    assert ("status still “Successor proposed”; agreement not signed; 7 readiness dimensions "
            "not scored; no funding line") in part
    assert "UNICEF · 1 handover to confirm" in part
    assert "agreement not signed; 5 readiness dimensions not scored" in part
    assert "UN Mine Action Service (UNMAS) · 1 handover to confirm" in part
    assert ("agreement not signed; 6 readiness dimensions not scored; funding not yet secured"
            in part)
    # partners in alphabetical order, the secret capacity nowhere
    assert part.index("Nord Women") < part.index("UN Mine") < part.index("UNICEF")
    assert SECRET_CAPACITY not in text and "Zora Velik" not in text
    assert "The matrix has not been sent to the partners yet" in text


def test_the_matrix_section_counts_what_came_back(small, tmp_path):
    handle, ids = small
    workbook = tmp_path / "partners.xlsx"
    export_matrix(handle, workbook, audience="cluster")
    book = MatrixBook(workbook)
    book.set(book.row_of(ids["h_women"]), "status", "Agreed")  # the partner confirms
    book.save()
    apply_import(handle, preview_import(handle, workbook))
    out = tmp_path / "cluster.pdf"
    build_report(handle, out, audience="cluster", created=date(2026, 12, 3))
    text = pdf_text(out)
    today = date.today()
    assert (f"Last exported on {today.day} {today:%B %Y} (partners.xlsx). 1 workbook came "
            f"back since (1 records changed); the latest on {today.day} {today:%B %Y}.") in text
    part = section(text, "What each partner still has to confirm", "The handover matrix")
    assert "status still" not in part  # confirmed, so no longer asked for


@pytest.mark.parametrize("audience", ["donor", "internal"])
def test_other_audiences_have_no_partner_sections(small, tmp_path, audience):
    handle, _ids = small
    out = tmp_path / f"{audience}.pdf"
    build_report(handle, out, audience=audience, created=date(2026, 12, 3))
    text = pdf_text(out)
    assert "still has to confirm" not in text and "The handover matrix" not in text
    assert (SECRET_NOTE in text) == (audience == "internal")


@pytest.mark.parametrize("lang, heading, point", [
    ("fr", "Ce que chaque partenaire doit encore confirmer", "accord non signé"),
    ("ar", "ما لا يزال على كل شريك تأكيده", "الاتفاق غير"),
])
def test_the_partner_sections_in_french_and_arabic(small, tmp_path, lang, heading, point):
    handle, _ids = small
    out = tmp_path / f"cluster-{lang}.pdf"
    build_report(handle, out, audience="cluster", lang=lang, created=date(2026, 12, 3))
    # Arabic is laid out in its shaped (presentation) forms: compare letters, not glyphs
    text = unicodedata.normalize("NFKC", pdf_text(out))
    text = re.sub(r"\s+", " ", re.sub("[\u200e\u200f\u202a-\u202e\u2066-\u2069]", "", text))
    assert heading in text and point in text
