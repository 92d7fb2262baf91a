"""Text as long as a workbook cell holds goes out and comes back whole; longer is refused."""

from __future__ import annotations

import openpyxl
import pytest
from test_exchange_libreoffice import resave
from test_exchange_roundtrip import plan_state
from test_exchange_support import build_small_plan

from transition_planner.exchange.apply import apply_import
from transition_planner.exchange.export import export_matrix
from transition_planner.exchange.matrix import BASE_SHEET
from transition_planner.exchange.merge import preview_import
from transition_planner.services import inventory
from transition_planner.services.errors import InvalidInput
from transition_planner.services.schemas import MAX_TEXT

CELL_LIMIT = 32_767  # characters in one cell, in Excel and in LibreOffice


def long_note(length: int) -> str:
    """Text that grows when written as JSON: quotes, backslashes, line breaks, accents."""
    piece = 'Témoin "A-7" a dit\\n: « réseau d\'alerte »\n'
    return (piece * (length // len(piece) + 1))[:length - 1] + "."


@pytest.fixture
def noted(plan):
    ids = build_small_plan(plan)
    inventory.update_capacity(plan, ids["radio"], {"notes": long_note(MAX_TEXT)})
    inventory.update_capacity(plan, ids["mines"], {"notes": long_note(MAX_TEXT - 100)})
    return plan, ids


def test_a_note_at_the_limit_round_trips_through_libreoffice(noted, tmp_path):
    handle, ids = noted
    out = tmp_path / "m.xlsx"
    export_matrix(handle, out)
    wb = openpyxl.load_workbook(out, read_only=True)
    longest = max(len(str(v)) for ws in wb for row in ws.iter_rows(values_only=True)
                  for v in row if v is not None)
    base_cells = [v for row in wb[BASE_SHEET].iter_rows(values_only=True) for v in row if v]
    wb.close()
    assert longest <= CELL_LIMIT
    assert any(len(str(v)) > 20_000 for v in base_cells)  # the base is in several cells
    before = plan_state(handle)
    resaved = resave(out, tmp_path)
    preview = preview_import(handle, resaved)
    assert (preview.rows, preview.problems) == ([], [])
    apply_import(handle, preview)
    assert plan_state(handle) == before
    radio = next(c for c in inventory.list_capacities(handle) if c.id == ids["radio"])
    assert radio.notes == long_note(MAX_TEXT)


def test_a_longer_note_is_refused_with_a_clear_message(noted):
    handle, ids = noted
    with pytest.raises(InvalidInput) as caught:
        inventory.update_capacity(handle, ids["radio"], {"notes": long_note(MAX_TEXT + 1)})
    assert caught.value.problems == {"notes": "string should have at most 32767 characters"}


def test_a_plan_note_longer_than_a_cell_stops_the_export_with_its_name(noted, tmp_path):
    """An older plan may hold such a note (the limit is new): it is named, nothing is cut."""
    from sqlalchemy import text

    from transition_planner.services.errors import ServiceError

    handle, ids = noted
    with handle.file.engine.begin() as conn:
        conn.execute(text("UPDATE capacity SET notes = :n WHERE id = :id"),
                     {"n": "x" * (CELL_LIMIT + 5), "id": ids["radio"]})
    out = tmp_path / "m.xlsx"
    with pytest.raises(ServiceError, match="The Capacity notes of 'Radio Asari FM' is 32,772 "
                                           "characters long, more than a workbook cell holds"):
        export_matrix(handle, out)
    assert not out.exists() and list(tmp_path.glob("*.part")) == []


def test_a_report_reads_a_very_long_note_once_not_once_a_page(noted, tmp_path, monkeypatch):
    """A 1 MB note (from an older plan) took minutes: each page of it scanned the whole note
    again for Arabic letters. benchmarks/bench_long_text.py times it."""
    from sqlalchemy import text
    from test_report import flat, pdf_text

    from transition_planner.reports import arabic
    from transition_planner.reports.build import build_report

    handle, ids = noted
    note = "".join(f"Line {i}: alerts answered at night. " for i in range(6000)) + "The end."
    with handle.file.engine.begin() as conn:
        conn.execute(text("UPDATE capacity SET notes = :n WHERE id = :id"),
                     {"n": note, "id": ids["radio"]})
    scans, real = [], arabic.has_arabic
    monkeypatch.setattr(arabic, "has_arabic", lambda t: scans.append(len(t)) or real(t))
    result = build_report(handle, tmp_path / "r.pdf", audience="internal")
    assert result.pages > 40
    assert sum(1 for n in scans if n >= len(note)) <= 2  # not once per page it runs over
    assert "Line 5999: alerts answered at night. The end." in flat(pdf_text(tmp_path / "r.pdf"))
