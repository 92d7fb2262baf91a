"""Rows of a constant-memory XlsxWriter worksheet, written as one piece of XML each.

XlsxWriter's cell calls cost about 8 microseconds a cell (a checked call, a cell record, then
escaping and formatting each attribute on its own), which is most of a 10,000-capacity
export's 1.5 million cells. A row here is written as XlsxWriter itself writes it in
constant-memory mode (tests/test_sheet_rows.py compares the two byte for byte), into the
worksheet's own row file, with one escape check for the whole row. Rows holding what this does
not write (row heights, booleans, over-long or non-finite values) go through XlsxWriter's own
calls, so the two paths never disagree on what a workbook holds.

One difference, on purpose: XlsxWriter writes a text that starts with <r> and ends with </r>
as rich-text markup, unescaped (a capacity named so would come back as the markup's inner
text, or put its own XML into the sheet); here every text is written as text.

This reads and sets a few of XlsxWriter's worksheet attributes (its row file, previous row and
dimensions), which is why pyproject.toml keeps XlsxWriter below its next major version.
"""

from __future__ import annotations

import math
import re
from datetime import date
from decimal import Decimal

from xlsxwriter.utility import xl_col_to_name

# what a row's texts may hold that XlsxWriter escapes: XML's own characters, control
# characters (written _xHHHH_) and text that already reads as such an escape
_NEEDS_ESCAPE = re.compile(r"[&<>\x00-\x08\x0b-\x1f]|_x[0-9a-fA-F]{4}_")
EXCEL_TEXT_LIMIT = 32767  # UTF-16 units a cell holds: XlsxWriter cuts longer text


def _utf16_length(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def _plain_values(values: list, formats: list) -> bool:
    """Whether every value is one this writes: text within Excel's limit, a finite number, a
    date with its format. Booleans and the rest go through XlsxWriter."""
    for value, cell_format in zip(values, formats):
        kind = value.__class__
        if kind is str:
            if len(value) > EXCEL_TEXT_LIMIT // 2 and _utf16_length(value) > EXCEL_TEXT_LIMIT:
                return False
        elif kind is float or kind is Decimal:
            if not math.isfinite(value):
                return False
        elif not (value is None or kind is int
                  or (isinstance(value, date) and cell_format is not None)):
            return False
    return True


class RowStream:
    """Writes whole rows, top to bottom, to one constant-memory worksheet.

    Like XlsxWriter, it holds each row until the next one begins and only then writes it, and
    hands the last row to XlsxWriter (`finish`), which writes it when the workbook closes: so
    cell formats are numbered in the order XlsxWriter numbers them, and the workbook's styles
    are the same as XlsxWriter's own calls would make. Call `finish` before closing the
    workbook, or the last row is lost."""

    def __init__(self, ws):
        if not ws.constant_memory:
            raise ValueError("RowStream writes only constant-memory worksheets")
        self.ws = ws
        self._held: tuple | None = None  # (row, values, formats) not yet written
        self._refs: list[str] = []  # column letters, as far as rows have reached
        self._xf: dict[int, str] = {}  # id(format) -> ' s="N"'
        # a default row height of its own, or Excel 2010's row attribute, changes every row
        self._own_rows = (ws.excel_version != 2010
                          and ws.default_row_height == ws.original_row_height)

    def write(self, row: int, values: list, formats: list) -> None:
        """Write row `row` (from 0): `values[i]` in column i, with `formats[i]` (None: the
        column's). A value of None or "" writes no cell; Decimal is written as a float."""
        ws = self.ws
        if row < ws.previous_row or (self._held is not None and row <= self._held[0]):
            raise ValueError(f"row {row} comes after a later one: rows go top to bottom")
        self._write_held()
        if (not self._own_rows or row in ws.row_info or not _plain_values(values, formats)
                or (row == ws.previous_row and ws.table.get(row))):  # XlsxWriter's cells in it
            self._through_xlsxwriter(row, values, formats)
            return
        if row > ws.previous_row:
            ws._write_single_row(row)  # XlsxWriter's way to end its row before: none pending
        if any(v is not None and v != "" for v in values):
            self._grow(row, values)
            self._held = (row, values, formats)

    def finish(self) -> None:
        """Hand the row held to XlsxWriter, which writes it as the sheet's last."""
        if self._held is not None:
            row, values, formats = self._held
            self._held = None
            self._through_xlsxwriter(row, values, formats)

    def _write_held(self) -> None:
        if self._held is None:
            return
        row, values, formats = self._held
        self._held = None
        texts = [v for v in values if v.__class__ is str]
        escape = _NEEDS_ESCAPE.search("".join(texts)) is not None
        refs, suffix, ws = self._columns(len(values)), str(row + 1), self.ws
        cells = []
        for column, value in enumerate(values):
            if value is None or value == "":
                continue
            kind, style = value.__class__, self._style(column, formats[column])
            if kind is str:
                if escape:
                    value = ws._escape_control_characters(value)
                space = ' xml:space="preserve"' if value[0].isspace() or value[-1].isspace() else ""
                if escape:
                    value = ws._escape_data(value)
                cells.append(f'<c r="{refs[column]}{suffix}"{style} t="inlineStr">'
                             f"<is><t{space}>{value}</t></is></c>")
                continue
            if kind is int:
                number = value
            elif kind is float or kind is Decimal:
                number = float(value)
            else:  # a date, with its format (see _plain_values)
                number = ws._convert_date_time(value)
            cells.append(f'<c r="{refs[column]}{suffix}"{style}><v>{number:.16G}</v></c>')
        ws.fh.write(f'<row r="{suffix}">{"".join(cells)}</row>')

    def _style(self, column: int, cell_format) -> str:
        """The cell's style attribute: its own format's, else its column's (as XlsxWriter)."""
        if cell_format is None:
            info = self.ws.col_info.get(column)
            cell_format = info.column_format if info is not None else None
            if cell_format is None:
                return ""
        found = self._xf.get(id(cell_format))
        if found is None:  # XlsxWriter numbers formats as cells first use them: so do we
            found = self._xf[id(cell_format)] = f' s="{cell_format._get_xf_index()}"'
        return found

    def _columns(self, count: int) -> list[str]:
        refs = self._refs
        while len(refs) < count:
            refs.append(xl_col_to_name(len(refs)))
        return refs

    def _grow(self, row: int, values) -> None:
        """Widen the sheet's dimensions to the row's cells, as XlsxWriter's own checks do."""
        ws = self.ws
        written = [i for i, v in enumerate(values) if v is not None and v != ""]
        first, last = written[0], written[-1]
        if ws.dim_rowmin is None or row < ws.dim_rowmin:
            ws.dim_rowmin = row
        if ws.dim_rowmax is None or row > ws.dim_rowmax:
            ws.dim_rowmax = row
        if ws.dim_colmin is None or first < ws.dim_colmin:
            ws.dim_colmin = first
        if ws.dim_colmax is None or last > ws.dim_colmax:
            ws.dim_colmax = last

    def _through_xlsxwriter(self, row: int, values, formats) -> None:
        ws = self.ws
        for column, value in enumerate(values):
            if value is None or value == "":
                continue
            cell_format = formats[column]
            kind = value.__class__
            if kind is str:
                ws.write_string(row, column, value, cell_format)
            elif kind is bool:
                ws.write_boolean(row, column, value, cell_format)
            elif kind is int or kind is float or kind is Decimal:
                ws.write_number(row, column, float(value) if kind is Decimal else value,
                                cell_format)
            elif isinstance(value, date):
                ws.write_datetime(row, column, value, cell_format)
            else:
                ws.write_string(row, column, str(value), cell_format)
