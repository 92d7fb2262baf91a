"""One figure, one way of writing it per language: the window (Qt's locale), the PDF, the
command line and the workbook's words (the core's Babel formats) agree on digits, separators
and month names; Arabic writes Latin digits everywhere (see README, Languages)."""

from __future__ import annotations

import re
import subprocess
import sys
from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtCore import QDate, QLocale
from test_report_sample import pdf_text

from transition_planner import i18n
from transition_planner.reports.build import build_report
from transition_planner.services import dashboard
from transition_planner.ui import translations
from transition_planner.ui.charts import text as chart_text
from transition_planner.ui.context import PlanContext
from transition_planner.ui.pages.dashboard import DashboardPage

WAIT = 20_000
CREATED = date(2026, 12, 1)
# the demo's unfunded figure, to the cent, as each language writes it
UNFUNDED = {"en": "6,040,833.33", "fr": "6\u202f040\u202f833,33", "ar": "6,040,833.33"}


@pytest.fixture
def language(qapp, tmp_path, monkeypatch, request):
    folder = tmp_path / "qm"
    assert translations.build(target=folder)
    monkeypatch.setattr(translations, "TRANSLATIONS", folder)
    assert translations.apply_language(qapp, request.param)
    yield request.param
    translations.apply_language(qapp, "en")


def _window_amount(qtbot, demo_plan) -> str:
    context = PlanContext()
    context.set_handle(demo_plan)
    page = DashboardPage(context)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.data is not None and not page.worker.busy(), timeout=WAIT)
    text = page.unfunded_buttons["USD"].number.text()
    page.wait_for_workers()
    return re.sub(r"^USD\s+|\s+USD$", "", text)


@pytest.mark.parametrize("language", ["en", "fr", "ar"], indirect=True)
def test_the_window_and_the_pdf_write_the_unfunded_figure_the_same_way(language, demo_plan,
                                                                        qtbot, tmp_path):
    figures = dashboard.load_dashboard(demo_plan).figures
    assert figures.unfunded["USD"] == Decimal("6040833.33")  # the demo's, by its own test
    shown = _window_amount(qtbot, demo_plan)
    assert shown == UNFUNDED[language]
    build_report(demo_plan, tmp_path / "report.pdf", lang=language, created=CREATED)
    pdf = pdf_text(tmp_path / "report.pdf")
    # pypdf reads U+202F back as it is; the figure is in the key figures and the brief
    assert pdf.count(shown) >= 2
    if language == "ar":
        assert not re.search("[\u0660-\u0669]", pdf)  # no Arabic-Indic digit anywhere


@pytest.mark.parametrize("language", ["fr", "ar"], indirect=True)
def test_window_dates_and_numbers_are_the_cores(language):
    t = i18n.translator(language)
    day = date(2027, 6, 30)
    assert QLocale().toString(QDate(2027, 6, 30), "d MMMM yyyy") == t.date(day)
    assert chart_text.month_text(day, long=True) == t.month_year(day)
    assert chart_text.number(Decimal("6040833.33"), 2) == t.number(Decimal("6040833.33"), 2)
    assert chart_text.number(1234567) == t.integer(1234567)


def test_the_command_line_writes_arabic_figures_with_latin_digits(demo_path):
    out = subprocess.run([sys.executable, "-m", "transition_planner", "gaps", str(demo_path),
                          "--lang", "ar"], capture_output=True, text=True, check=True).stdout
    assert "6,040,833.33" in out
    assert not re.search("[\u0660-\u0669]", out)
