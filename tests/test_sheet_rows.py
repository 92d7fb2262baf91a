"""The matrix workbook's rows written as XML in one piece (exchange/sheet_rows.py) are byte for
byte what XlsxWriter's own cell calls write, and every value comes back as it went in."""

from __future__ import annotations

import datetime as dt
import types
import uuid
import zipfile
from decimal import Decimal

import openpyxl
import pytest
import xlsxwriter
from test_exchange_support import build_small_plan

from transition_planner.exchange import export, sheet_rows
from transition_planner.exchange.sheet_rows import RowStream
from transition_planner.services import inventory

DAY = dt.date(2027, 6, 30)
# what a planner's texts may hold that XML or Excel treats apart
HOSTILE_TEXTS = [
    " leading space", "trailing space ", "Tom & Jerry <escorts> \"night\"", "_x0041_ code",
    "line one\nline two", "carriage\rreturn", "vertical\x0btab", "مساعدو الاتصال المجتمعي",
    "radio 📻 FM", "=SUM(A1:A3)", "#N/A",
]
ROWS = [
    ["text", 42, 3.25, Decimal("450000.50"), DAY, None, "", -0.1, 10**15],
    HOSTILE_TEXTS,
    [None, None, "only the third"],
    [],
    ["after an empty row", True, float("nan"), "long " * 5000],  # each through XlsxWriter
    ["x" * 20000, 1e-7, dt.datetime(2027, 1, 2, 3, 4, 5), "📻" * 16384],  # the last: cut
    ["last row"],
]


def _workbook(path, write_rows):
    wb = xlsxwriter.Workbook(str(path), {"constant_memory": True, "nan_inf_to_errors": True})
    wb.set_properties({"created": dt.datetime(2026, 12, 7, 12, 0)})
    day = wb.add_format({"num_format": "yyyy-mm-dd"})
    bold = wb.add_format({"bold": True, "locked": False})
    ws = wb.add_worksheet("Rows")
    ws.set_column(1, 1, 12, bold)  # cells with no format of their own take their column's
    ws.set_row(5, 30)
    formats = [[day if isinstance(v, dt.date) else (bold if i == 0 else None)
                for i, v in enumerate(row)] for row in ROWS]
    write_rows(wb, ws, formats)
    wb.close()


def _by_xlsxwriter(wb, ws, formats):
    for r, row in enumerate(ROWS):
        for c, value in enumerate(row):
            if isinstance(value, str):
                if value:
                    ws.write_string(r, c, value, formats[r][c])
            elif value is not None:
                ws.write(r, c, float(value) if isinstance(value, Decimal) else value,
                         formats[r][c])


def _by_row_stream(wb, ws, formats):
    stream = RowStream(ws)
    for r, row in enumerate(ROWS):
        stream.write(r, row, formats[r])
    stream.finish()


def _parts(path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as book:
        return {name: book.read(name) for name in book.namelist()}


def test_rows_are_written_as_xlsxwriter_writes_them(tmp_path):
    _workbook(tmp_path / "xlsxwriter.xlsx", _by_xlsxwriter)
    _workbook(tmp_path / "stream.xlsx", _by_row_stream)
    ours, theirs = _parts(tmp_path / "stream.xlsx"), _parts(tmp_path / "xlsxwriter.xlsx")
    assert list(ours) == list(theirs)
    for name in theirs:
        assert ours[name] == theirs[name], name


def _values(path) -> list[list]:
    """The sheet's values as the import reads them (python-calamine: openpyxl leaves
    Excel's _xHHHH_ escapes as they are written)."""
    from python_calamine import CalamineWorkbook

    return CalamineWorkbook.from_path(str(path)).get_sheet_by_index(0).to_python()


def test_every_value_reads_back_as_written(tmp_path):
    _workbook(tmp_path / "stream.xlsx", _by_row_stream)
    rows = _values(tmp_path / "stream.xlsx")
    assert rows[0][:5] == ["text", 42, 3.25, 450000.5, DAY] and rows[0][5:7] == ["", ""]
    assert rows[0][7:9] == [-0.1, 10**15]
    assert rows[1] == HOSTILE_TEXTS
    assert rows[2][:3] == ["", "", "only the third"] and not any(rows[3])
    assert rows[4][:2] == ["after an empty row", True] and rows[4][3] == "long " * 5000
    assert rows[5][:3] == ["x" * 20000, 1e-7, dt.datetime(2027, 1, 2, 3, 4, 5)]
    assert rows[5][3] == "📻" * 16383  # Excel's limit is in UTF-16: XlsxWriter cuts it
    assert rows[6][0] == "last row"  # held until finish(): not lost
    assert len(rows) == 7
    ws = openpyxl.load_workbook(tmp_path / "stream.xlsx")["Rows"]
    assert ws["B1"].font.b and not ws["B1"].protection.locked  # the column's format
    assert ws["A1"].font.b and ws["E1"].number_format == "yyyy-mm-dd"


def test_text_that_looks_like_rich_text_markup_stays_text(tmp_path):
    """XlsxWriter alone writes it as markup (read back as its inner text); the stream writes
    the text as typed."""
    markup = "<r><t>Safe house</t></r>"
    for name in ("stream", "xlsxwriter"):
        wb = xlsxwriter.Workbook(str(tmp_path / f"{name}.xlsx"), {"constant_memory": True})
        ws = wb.add_worksheet()
        if name == "stream":
            stream = RowStream(ws)
            stream.write(0, [markup], [None])
            stream.write(1, ["next"], [None])
            stream.finish()
        else:
            ws.write_string(0, 0, markup)
            ws.write_string(1, 0, "next")
        wb.close()
    assert _values(tmp_path / "stream.xlsx") == [[markup], ["next"]]
    assert _values(tmp_path / "xlsxwriter.xlsx") == [["Safe house"], ["next"]]


def test_rows_out_of_order_or_a_sheet_not_streamed_are_refused(tmp_path):
    wb = xlsxwriter.Workbook(str(tmp_path / "a.xlsx"), {"constant_memory": True})
    stream = RowStream(wb.add_worksheet())
    stream.write(3, ["four"], [None])
    with pytest.raises(ValueError, match="top to bottom"):
        stream.write(3, ["again"], [None])
    with pytest.raises(ValueError, match="top to bottom"):
        stream.write(1, ["two"], [None])
    stream.finish()
    wb.close()
    other = xlsxwriter.Workbook(str(tmp_path / "b.xlsx"))
    with pytest.raises(ValueError, match="constant-memory"):
        RowStream(other.add_worksheet())
    other.close()


def test_a_matrix_export_is_the_workbook_xlsxwriter_alone_writes(plan, tmp_path, monkeypatch):
    """The whole export, with the planner's hostile texts in names and notes: every part of the
    workbook is the same as when each cell goes through XlsxWriter's own calls."""
    ids = build_small_plan(plan)
    for i, text in enumerate(HOSTILE_TEXTS):
        inventory.add_capacity(plan, {"name": f"{text} {i}", "location_id": ids["asari"],
                                      "category": "mine_action", "notes": text * 3,
                                      "annual_cost": str(1000 + i)})
    inventory.add_capacity(plan, {"name": "Long notes", "location_id": ids["asari"],
                                  "category": "mine_action", "notes": "n" * 20000})
    monkeypatch.setattr(export, "uuid", types.SimpleNamespace(uuid4=lambda: uuid.UUID(int=7)))
    export.export_matrix(plan, tmp_path / "stream.xlsx")
    monkeypatch.setattr(sheet_rows, "_plain_values", lambda values, formats: False)
    export.export_matrix(plan, tmp_path / "xlsxwriter.xlsx")
    ours, theirs = _parts(tmp_path / "stream.xlsx"), _parts(tmp_path / "xlsxwriter.xlsx")
    assert list(ours) == list(theirs)
    for name in theirs:
        if name in ("docProps/core.xml", "xl/worksheets/sheet5.xml"):  # the time; _meta's time
            continue
        assert ours[name] == theirs[name], name
    matrix = list(openpyxl.load_workbook(tmp_path / "stream.xlsx")["Matrix"].values)
    names = [row[matrix[0].index("Capacity")] for row in matrix]
    assert "Tom & Jerry <escorts> \"night\" 2" in names and "radio 📻 FM 8" in names
