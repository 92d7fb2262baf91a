"""Read a KoboToolbox / ODK survey export (CSV, or the .xlsx Kobo also writes) of indicator
values, and the mapping of its columns, refusing bad files before anything is looked at.

What such exports look like: `,` or `;` between cells (Kobo's "CSV" with its default or a
European Excel's), sometimes a UTF-8 byte-order mark, headers that carry the question's group
(`group_alerts/alerts_answered`, ODK Central writes `group_alerts-alerts_answered`), Kobo's
own columns (`_uuid`, `_submission_time`, `_index`...) and ODK's (`meta/instanceID`, `KEY`).

Dates in a cell: YYYY-MM-DD, with a time or not (`_submission_time`, `end`); or a day, month
and year with slashes (what a spreadsheet writes when the export was opened and saved again).
A slash date is read as day/month or month/day by the whole column: a day above 12 in either
place decides; a column where nothing decides, or where both orders appear, is refused
(05/08/2026 could be 5 August or 8 May).
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from transition_planner.domain.parse import COMMA, DOT, ParseError, parse_number
from transition_planner.exchange.matrix import fold
from transition_planner.i18n import N_
from transition_planner.services.errors import ServiceError

MAX_BYTES = 50 * 1024 * 1024  # a year of monthly reports from every site is far below
MAX_ROWS = 100_000
DELIMITERS = (",", ";", "\t")
DATE, LOCATION, UUID, INDICATOR, VALUE = "date", "location", "uuid", "indicator", "value"
ROLES = (DATE, LOCATION, UUID, INDICATOR, VALUE)
DMY, MDY = "dmy", "mdy"

# The columns a survey tool adds, by their name without group; the first found is guessed.
_UUID_NAMES = ("_uuid", "instanceid", "meta instanceid", "key", "uuid")
_DATE_NAMES = ("date", "report date", "date of report", "reporting date", "month", "today",
               "end", "_submission_time", "submissiondate", "start")
_LOCATION_NAMES = ("pcode", "p code", "location", "site", "team site", "place", "admin2pcode",
                   "admin2", "territory", "locality", "village")
_ISO = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:[T ][0-9:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$")
_SLASH = re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{4})(?: [0-9:]+(?: ?[AaPp][Mm])?)?$")


class SurveyFileError(ServiceError):
    """The export cannot be imported; nothing was changed."""


@dataclass
class SurveyFile:
    """The header and rows of an export, cells as text (a workbook's dates and numbers kept)."""

    name: str
    headers: list[str]
    rows: list[tuple[int, list]]  # (row number as a spreadsheet shows it, cells)
    delimiter: str = ","  # "" for a workbook

    @property
    def decimal(self) -> str:
        """A `;`-separated file comes from a spreadsheet that writes decimal commas."""
        return COMMA if self.delimiter == ";" else DOT


@dataclass
class ColumnMap:
    """Which column of an export holds what: the date, the location (P-code or name), the
    submission's id, and the values, either one column per indicator (`values`: column ->
    indicator name) or an indicator column and a value column."""

    date: str = ""
    location: str = ""
    uuid: str = ""
    indicator: str = ""
    value: str = ""
    values: dict[str, str] = field(default_factory=dict)

    def to_json(self) -> dict:
        return {DATE: self.date, LOCATION: self.location, UUID: self.uuid,
                INDICATOR: self.indicator, VALUE: self.value, "values": dict(self.values)}

    @classmethod
    def from_json(cls, data: dict) -> ColumnMap:
        return cls(**{k: str(data.get(k) or "") for k in ROLES},
                   values={str(k): str(v) for k, v in (data.get("values") or {}).items()})

    def used(self) -> list[str]:
        """The columns this map reads."""
        named = [getattr(self, role) for role in ROLES]
        return [c for c in named if c] + list(self.values)

    def problems(self, headers: list[str]) -> list[tuple[str, dict]]:
        """What makes this map unusable on these headers: (message, params)."""
        out = []
        if not self.date:
            out.append((N_("choose the column that holds the date"), {}))
        if not self.values and not (self.indicator and self.value):
            out.append((N_("choose the columns that hold values (one per indicator), or an "
                           "indicator column and a value column"), {}))
        for column in self.used():
            if column not in headers:
                out.append((N_("the column '%(column)s' is not in this file"),
                            {"column": column}))
        return out


def short_header(header: str) -> str:
    """A header without its group prefix: 'group_x/alerts' and 'group_x-alerts' -> 'alerts'."""
    name = header.rsplit("/", 1)[-1].rsplit(":", 1)[-1]
    if "-" in name and not name.startswith("_") and "/" not in header:
        name = name.rsplit("-", 1)[-1]  # ODK Central's group separator
    return name


# --- reading the file ----------------------------------------------------------------------


def read_survey_file(path) -> SurveyFile:
    path = Path(path)
    if not path.is_file():
        raise SurveyFileError(N_("%(file)s does not exist or is not a file."), file=str(path))
    if path.stat().st_size > MAX_BYTES:
        raise SurveyFileError(N_("%(file)s is larger than 50 MB: it is not a survey export."),
                              file=path.name)
    data = path.read_bytes()
    if not data.strip(b"\xef\xbb\xbf \t\r\n"):
        raise SurveyFileError(N_("%(file)s is empty."), file=path.name)
    if data.startswith(b"PK"):
        return _read_workbook(path)
    return _read_csv(path.name, data)


def _read_csv(name: str, data: bytes) -> SurveyFile:
    if b"\x00" in data[:8192]:
        raise SurveyFileError(N_("%(file)s is not a CSV file (it holds binary data)."),
                              file=name)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise SurveyFileError(N_(
            "%(file)s is not UTF-8 text. Export it again from KoboToolbox or ODK, or save it "
            "from the spreadsheet as \"CSV UTF-8\"."), file=name) from None
    delimiter = _delimiter(name, text)
    try:
        reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
        headers = [h.strip() for h in next(reader)]
        rows = []
        for number, cells in enumerate(reader, start=2):
            if not any(c.strip() for c in cells):
                continue
            if len(rows) >= MAX_ROWS:
                raise SurveyFileError(N_("%(file)s has more than %(count)s rows."), file=name,
                                      count=MAX_ROWS)
            rows.append((number, cells))
    except csv.Error as exc:
        raise SurveyFileError(N_("%(file)s is not a readable CSV file: %(reason)s."),
                              file=name, reason=str(exc)[:200]) from None
    _check_headers(name, headers)
    return SurveyFile(name, headers, rows, delimiter)


def _delimiter(name: str, text: str) -> str:
    """The separator that splits the header line into the most cells."""
    first = text.splitlines()[0] if text.splitlines() else ""
    counts = {}
    for d in DELIMITERS:
        try:
            counts[d] = len(next(csv.reader([first], delimiter=d)))
        except (csv.Error, StopIteration):
            counts[d] = 0
    best = max(DELIMITERS, key=lambda d: counts[d])
    if counts[best] < 2:
        raise SurveyFileError(N_(
            "%(file)s has one column only: its cells are not separated by commas, semicolons "
            "or tabs. Export it again from KoboToolbox or ODK as CSV."), file=name)
    return best


def _check_headers(name: str, headers: list[str]) -> None:
    seen = set()
    for header in headers:
        if header and header in seen:
            raise SurveyFileError(N_("%(file)s has two columns named '%(column)s'."),
                                  file=name, column=header)
        seen.add(header)


def _read_workbook(path: Path) -> SurveyFile:
    from transition_planner.exchange.read import check_workbook_file

    check_workbook_file(path)
    from openpyxl import load_workbook

    try:
        wb = load_workbook(path, read_only=True, data_only=True, keep_links=False)
    except Exception as exc:  # openpyxl raises many kinds on a broken file
        raise SurveyFileError(N_("%(file)s cannot be read as a workbook: %(reason)s."),
                              file=path.name, reason=str(exc)[:200]) from None
    try:
        rows_in = wb.worksheets[0].iter_rows(values_only=True)
        headers = [_cell_text(c).strip() for c in next(rows_in, ())]
        while headers and not headers[-1]:
            headers.pop()
        rows = []
        for number, cells in enumerate(rows_in, start=2):
            cells = list(cells[:len(headers)])
            if not any(_cell_text(c).strip() for c in cells):
                continue
            if len(rows) >= MAX_ROWS:
                raise SurveyFileError(N_("%(file)s has more than %(count)s rows."),
                                      file=path.name, count=MAX_ROWS)
            rows.append((number, [c if isinstance(c, (int, float, date)) and not
                                  isinstance(c, bool) else _cell_text(c) for c in cells]))
    except ServiceError:
        raise
    except Exception as exc:
        raise SurveyFileError(N_("%(file)s is damaged: %(reason)s."), file=path.name,
                              reason=str(exc)[:200]) from None
    finally:
        wb.close()
    if len(headers) < 2:
        raise SurveyFileError(N_("%(file)s has no header row of columns on its first sheet."),
                              file=path.name)
    _check_headers(path.name, headers)
    return SurveyFile(path.name, headers, rows, "")


def _cell_text(value) -> str:
    return "" if value is None else str(value)


def form_name(file_name: str) -> str:
    """The form an export belongs to, from its file name without Kobo's suffixes:
    'Alert_network_-_all_versions_-_labels_-_2026-09-01-08-12-33.csv' -> 'Alert network'."""
    stem = Path(file_name).stem
    stem = re.split(r"_-_|\s-\s", stem)[0]
    stem = re.sub(r"[_ -]*\d{4}-\d{2}-\d{2}([-_]\d{2}){0,3}$", "", stem)
    return " ".join(stem.replace("_", " ").split()) or Path(file_name).stem


# --- guessing a mapping ---------------------------------------------------------------------


def guess_map(headers: list[str], indicator_names: list[str]) -> ColumnMap:
    """A first mapping from the headers: Kobo's and ODK's own columns, a date or location
    question by its name, and a column per indicator whose name it carries."""
    by_short = {}
    for h in headers:
        by_short.setdefault(fold(short_header(h)), h)
        by_short.setdefault(fold(h), h)

    def first(names) -> str:
        for n in names:
            if fold(n) in by_short:
                return by_short[fold(n)]
        return ""

    def containing(*words) -> str:
        for word in words:
            for h in headers:
                if word in fold(short_header(h)):
                    return h
        return ""

    found = ColumnMap(date=first(_DATE_NAMES) or containing("date"),
                      location=first(_LOCATION_NAMES) or containing("pcode", "location",
                                                                     "site"),
                      uuid=first(_UUID_NAMES))
    names = {fold(n): n for n in indicator_names}
    for h in headers:
        key = fold(short_header(h))
        if key in names and h not in found.used():
            found.values[h] = names[key]
    if not found.values:
        found.indicator = first(("indicator", "indicator name"))
        found.value = first(("value", "measure", "result"))
    return found


# --- reading cells --------------------------------------------------------------------------


class CellRefused(ValueError):
    """A cell that cannot be read: a catalogue message and its parameters."""

    def __init__(self, message: str, **params):
        super().__init__(message % params if params else message)
        self.message, self.params = message, params


def date_order(cells: list) -> str | None:
    """DMY or MDY for a column's slash dates; None when none decides; raises CellRefused
    when both orders appear."""
    days_first = months_first = False
    for cell in cells:
        m = _SLASH.match(str(cell).strip()) if isinstance(cell, str) else None
        if m:
            a, b = int(m.group(1)), int(m.group(2))
            days_first |= a > 12
            months_first |= b > 12
    if days_first and months_first:
        raise CellRefused(N_("the date column holds day/month and month/day dates: export "
                             "dates as YYYY-MM-DD"))
    return DMY if days_first else MDY if months_first else None


def read_date(cell, order: str | None) -> date:
    if isinstance(cell, datetime):
        return cell.date()
    if isinstance(cell, date):
        return cell
    text = str(cell).strip()
    if not text:
        raise CellRefused(N_("no date"))
    try:
        m = _ISO.match(text)
        if m:
            return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        m = _SLASH.match(text)
        if m:
            a, b, year = int(m.group(1)), int(m.group(2)), int(m.group(3))
            if a == b:
                return date(year, a, b)
            if order is None and a <= 12 and b <= 12:
                raise CellRefused(N_("'%(text)s' could be %(first)s or %(second)s: export "
                                     "dates as YYYY-MM-DD"), text=text,
                                  first=date(year, b, a).isoformat(),
                                  second=date(year, a, b).isoformat())
            day, month = (a, b) if order == DMY or a > 12 else (b, a)
            return date(year, month, day)
    except ValueError as exc:
        if isinstance(exc, CellRefused):
            raise
    raise CellRefused(N_("'%(text)s' is not a date (use YYYY-MM-DD)"), text=text)


def read_number(cell, column: str, decimal: str) -> float | None:
    if isinstance(cell, bool):
        cell = str(cell)
    if isinstance(cell, (int, float)):
        return float(cell)
    text = str(cell).strip()
    if not text:
        return None
    try:
        return float(parse_number(text, decimal=decimal))
    except ParseError:
        raise CellRefused(N_("'%(text)s' in the column '%(column)s' is not a number"),
                          text=text, column=column) from None
