"""Numbers and dates typed into the matrix as text, in English and in a French-saved workbook."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from test_exchange_libreoffice import resave
from test_exchange_roundtrip import plan_state
from test_exchange_support import MatrixBook, build_small_plan

from transition_planner.exchange.apply import apply_import
from transition_planner.exchange.export import export_matrix
from transition_planner.exchange.merge import preview_import
from transition_planner.services import handovers, inventory


@pytest.fixture
def small(plan, tmp_path):
    return plan, build_small_plan(plan)


def capacity(handle, cap_id):
    return next(c for c in inventory.list_capacities(handle) if c.id == cap_id)


def test_numbers_typed_as_text_mean_what_the_partner_meant(small, tmp_path):
    handle, ids = small
    out = tmp_path / "m.xlsx"
    export_matrix(handle, out)
    book = MatrixBook(out)
    book.set(book.row_of(capacity_id=ids["radio"]), "annual_cost", "250,000")
    book.set(book.row_of(ids["h_unmas"]), "annual_cost", "1.000,50")
    book.set(book.row_of(ids["h_unmas"]), "quantity", "3")
    book.save()
    preview = preview_import(handle, out)
    assert preview.problems == []
    apply_import(handle, preview)
    assert capacity(handle, ids["radio"]).annual_cost == Decimal("250000.00")
    assert capacity(handle, ids["mines"]).annual_cost == Decimal("1000.50")


@pytest.mark.parametrize(("key", "text", "reason"), [
    ("quantity", "inf", "Quantity: 'inf' is not a number"),
    ("quantity", "1e999", "Quantity: '1e999' is not a number"),
    ("quantity", "NaN", "Quantity: 'NaN' is not a number"),
    ("annual_cost", "Infinity", "Annual cost: 'Infinity' is not an amount"),
    ("annual_cost", "1,00,000", "Annual cost: '1,00,000' is not an amount"),
    ("end_date", "2026-12-31xyz", "Mission end date: bad date '2026-12-31xyz'"),
    ("start_date", "2027-02-30", "Handover date: bad date '2027-02-30'"),
])
def test_what_is_no_number_or_date_makes_the_row_unreadable(small, tmp_path, key, text, reason):
    handle, ids = small
    out = tmp_path / "m.xlsx"
    export_matrix(handle, out)
    before = plan_state(handle)
    book = MatrixBook(out)
    book.set(book.row_of(ids["h_unmas"]), key, text)
    book.save()
    preview = preview_import(handle, out)
    assert preview.rows == []
    [problem] = preview.problems
    assert any(r.startswith(reason) for r in problem.reasons), problem.reasons
    apply_import(handle, preview)
    assert plan_state(handle) == before


def test_a_french_saved_workbook(small, tmp_path):
    """Exported in French, typed the French way as text, re-saved by a French LibreOffice."""
    handle, ids = small
    out = tmp_path / "matrice.xlsx"
    export_matrix(handle, out, lang="fr")
    book = MatrixBook(out)
    radio = book.row_of(capacity_id=ids["radio"])
    book.set(radio, "annual_cost", "1\u202f250\u202f000,50")  # as French formatting writes it
    book.set(radio, "quantity", "12,5")
    book.set(radio, "end_date", "31/12/2027")
    unmas = book.row_of(ids["h_unmas"])
    book.set(unmas, "share", "75 %")
    book.set(unmas, "annual_cost", "450.000,5")  # the dot groups thousands in French
    book.save()
    resaved = resave(out, tmp_path, locale="fr-FR")
    preview = preview_import(handle, resaved)
    assert preview.problems == []
    apply_import(handle, preview)
    radio_cap = capacity(handle, ids["radio"])
    assert radio_cap.annual_cost == Decimal("1250000.50")
    assert radio_cap.quantity == 12.5
    assert radio_cap.end_date == date(2027, 12, 31)
    assert capacity(handle, ids["mines"]).annual_cost == Decimal("450000.50")
    unmas_handover = next(h for h in handovers.list_handovers(handle) if h.id == ids["h_unmas"])
    assert unmas_handover.share == 0.75
