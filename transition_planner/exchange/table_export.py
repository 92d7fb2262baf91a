"""A table as the window shows it (its columns, their order, its filters and sort) written to a
workbook or a CSV file, for a planner who wants to work on it in a spreadsheet.

The rows hold the texts the table shows; a cell that is a plain number there (an amount, a
share, a count) is written as a number so that the spreadsheet can add it up. CSV files start
with a byte-order mark, without which Excel reads UTF-8 accented and Arabic names as mojibake.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Sequence
from decimal import Decimal
from pathlib import Path

from transition_planner.i18n import N_
from transition_planner.services.errors import ServiceError
from transition_planner.services.files import replacing

FORMATS = (".xlsx", ".csv")
# "1,250,000", "-3", "0.5", "1250000.00": a number as the table writes it (no currency, no unit)
_PLAIN_NUMBER = re.compile(r"-?\d{1,3}(,\d{3})+(\.\d+)?|-?\d+(\.\d+)?")


class TableExportRefused(ServiceError):
    """A table view cannot be written where or how asked; nothing was written."""


def cell_value(text: str) -> str | int | Decimal:
    """A shown text as a spreadsheet should hold it: plain numbers as numbers, the rest as text."""
    if _PLAIN_NUMBER.fullmatch(text):
        digits = text.replace(",", "")
        return Decimal(digits) if "." in digits else int(digits)
    return text


def write_table(path: str | Path, title: str, columns: Sequence[str],
                rows: Sequence[Sequence[str]], plan: Path | None = None) -> Path:
    """Write `rows` under `columns` to `path` (.xlsx or .csv), replacing it in one step."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in FORMATS:
        raise TableExportRefused(
            N_("A table can be saved as an Excel workbook (.xlsx) or a CSV file (.csv), "
               "not '%(suffix)s'."), suffix=path.suffix or path.name)
    with replacing(path, plan=plan, what="table", error=TableExportRefused) as part:
        if suffix == ".csv":
            _write_csv(part, columns, rows)
        else:
            _write_xlsx(part, title, columns, rows)
    return path


def _write_csv(part: Path, columns, rows) -> None:
    with part.open("w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(columns)
        writer.writerows(rows)


def _write_xlsx(part: Path, title: str, columns, rows) -> None:
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    book = Workbook(write_only=True)  # streamed: a third less time for a large table
    sheet = book.create_sheet(_sheet_title(title))
    widths = [len(c) for c in columns]
    for row in rows:
        widths = [max(w, len(text)) for w, text in zip(widths, row)]
    for number, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(number)].width = min(max(width, 6) + 2, 60)
    sheet.freeze_panes = "A2"  # the titles stay in view
    if columns:
        sheet.auto_filter.ref = f"A1:{get_column_letter(len(columns))}{len(rows) + 1}"
    bold = Font(bold=True)
    titles = []
    for text in columns:
        cell = WriteOnlyCell(sheet, value=text)
        cell.font = bold
        titles.append(cell)
    sheet.append(titles)
    for row in rows:
        sheet.append([cell_value(text) for text in row])
    book.save(part)


def _sheet_title(title: str) -> str:
    """A sheet name Excel accepts: at most 31 characters, none of []:*?/\\."""
    cleaned = re.sub(r"[\[\]:*?/\\]", " ", title).strip() or "Table"
    return cleaned[:31]
