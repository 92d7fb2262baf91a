"""Read an edited matrix workbook back, refusing bad files before anything is looked at."""

from __future__ import annotations

import json
import re
import zipfile
from dataclasses import dataclass, field
from io import BytesIO
from pathlib import Path

import defusedxml.ElementTree as DefusedET
from defusedxml.ElementTree import iterparse as DefusedIterparse

from transition_planner.domain.parse import DOT, decimal_separator
from transition_planner.exchange import funding_sheet
from transition_planner.exchange.matrix import (
    BASE_SHEET,
    BY_KEY,
    CELL_LIMIT,
    ERROR_VALUES,
    FIELDS,
    INSTRUCTIONS_SHEET,
    LOOKUPS_SHEET,
    MATRIX_SHEET,
    META_SHEET,
    column_for_header,
    fold,
    hxl_key,
    is_hxl_row,
    text_of,
)
from transition_planner.i18n import N_
from transition_planner.services.errors import ServiceError

MAX_UNPACKED_BYTES = 200 * 1024 * 1024  # more than this once unzipped: refused as a zip bomb
MAX_ROWS = 50_000  # the matrix of a whole mission is a few hundred to a few thousand rows
MAX_TEXT_CHARS = 100_000_000  # text read from all cells together (each shown cell counts)
HEADER_SEARCH_ROWS = 20
CFB_MAGIC = bytes.fromhex("D0CF11E0A1B11AE1")  # OLE compound file: encrypted .xlsx or old .xls
_FORMULA_TAG = re.compile(rb"<(?:\w+:)?f[\s>/]")


class WorkbookError(ServiceError):
    """The workbook cannot be imported; nothing was changed."""


@dataclass(slots=True)
class SheetRow:
    """A non-blank row of the matrix sheet, by column key, with cells that cannot be used."""

    number: int  # row number in the sheet, as the partner sees it
    cells: dict
    problems: list[str] = field(default_factory=list)

    def text(self, key: str) -> str:
        return text_of(self.cells.get(key))


@dataclass(slots=True)
class BaseRow:
    """What an exported row held at export time (canonical values)."""

    version: str
    values: dict[str, str]
    withheld: frozenset[str]
    shown: dict[str, str]  # location and successor cells as exported


@dataclass
class MatrixFile:
    """Everything read from a matrix workbook."""

    name: str
    meta: dict[str, str]
    base: dict[tuple[str, str], BaseRow]
    columns: dict[str, str]  # column key -> header as found
    rows: list[SheetRow]
    sheet: str
    decimal: str = DOT  # the decimal separator of the language the workbook is in
    funding: funding_sheet.FundingBook | None = None  # its Funding sheet, if it has one
    # the Share column's hashtag has +pct and holds numbers above 1: outside our own exports
    # (whose earlier +pct held 0-1 fractions) its numbers are percentages from 0 to 100, as
    # HXL means
    share_pct: bool = False
    has_base: bool = False  # the hidden _base sheet is there (empty for an empty plan's export)

    @property
    def is_export(self) -> bool:
        return bool(self.meta.get("plan_id"))


def read_matrix_file(path, *, max_rows: int = MAX_ROWS, progress=None) -> MatrixFile:
    """Read a workbook the matrix was exported to (or any sheet with the matrix's headers).

    `progress(rows_read)` is called now and then; it may raise to cancel.
    """
    path = Path(path)
    check_workbook_file(path)
    budget = TextBudget(path.name)
    try:
        wb = _Book(path, budget)
    except BaseException as exc:  # calamine raises many kinds on a broken file
        if isinstance(exc, (KeyboardInterrupt, SystemExit)):
            raise
        raise WorkbookError(N_("%(file)s cannot be read as a workbook: %(reason)s."),
                            file=path.name, reason=_reason(exc)) from None
    try:
        meta = _read_meta(wb)
        base = _read_base(wb, meta)
        sheet, header_row, columns, share_pct = _find_matrix(wb)
        rows = _read_rows(wb, sheet, header_row, columns, max_rows, progress, path.name)
        # +pct on shares all within 0-1 is an earlier export's fraction, pasted elsewhere
        share_pct = share_pct and any(isinstance(r.cells.get("share"), (int, float))
                                      and r.cells["share"] > 1 for r in rows)
        funding = funding_sheet.read_sheet(
            wb, meta, wb.rows, {sheet, *_OWN_SHEETS, funding_sheet.FUNDING_BASE_SHEET},
            _damaged_funding)
        has_base = BASE_SHEET in wb.sheetnames
    except ServiceError:
        raise
    except BaseException as exc:  # a panic of calamine's Rust code is no Exception
        if isinstance(exc, (KeyboardInterrupt, SystemExit)):
            raise
        raise WorkbookError(N_("%(file)s is damaged: %(reason)s."), file=path.name,
                            reason=_reason(exc)) from None
    finally:
        wb.close()
    return MatrixFile(path.name, meta, base, {k: h for h, k in columns.values()}, rows, sheet,
                      _decimal(meta, columns), funding, share_pct, has_base)


_OWN_SHEETS = (META_SHEET, BASE_SHEET, LOOKUPS_SHEET, INSTRUCTIONS_SHEET)


def _damaged_funding(why: str) -> WorkbookError:
    return WorkbookError(N_("The hidden _funding_base sheet of this workbook is damaged "
                            "(%(why)s); export the matrix again."), why=why[:200])


def _decimal(meta: dict, columns: dict) -> str:
    """The decimal separator of the workbook's language: the export's, else its headers'."""
    if meta.get("lang"):
        return decimal_separator(meta["lang"])
    french = sum(1 for header, key in columns.values()
                 if fold(header) == fold(BY_KEY[key].fr) != fold(BY_KEY[key].en))
    english = sum(1 for header, key in columns.values()
                  if fold(header) == fold(BY_KEY[key].en) != fold(BY_KEY[key].fr))
    return decimal_separator("fr") if french > english else DOT


def _reason(exc: Exception) -> str:
    text = str(exc).strip() or exc.__class__.__name__
    return text[:200]


def check_workbook_file(path: Path) -> None:
    """Refuse what is not a plain .xlsx before a parser sees it."""
    if not path.is_file():
        raise WorkbookError(N_("%(file)s does not exist or is not a file."), file=str(path))
    with path.open("rb") as fh:
        head = fh.read(8)
    if not head:
        raise WorkbookError(N_("%(file)s is empty."), file=path.name)
    if head == CFB_MAGIC:
        raise WorkbookError(
            N_("%(file)s is protected with a password (or is an old .xls file). Open it in "
               "Excel or LibreOffice and save an unprotected .xlsx copy, then import that copy."),
            file=path.name
        )
    if not head.startswith(b"PK"):
        raise WorkbookError(N_("%(file)s is not an Excel workbook (.xlsx)."), file=path.name)
    try:
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
            names = {m.filename for m in members}
            unpacked = sum(m.file_size for m in members)
            mimetype = archive.read("mimetype")[:100] if "mimetype" in names else b""
    except (zipfile.BadZipFile, EOFError, OSError) as exc:
        raise WorkbookError(
            N_("%(file)s is damaged (cut off while copying or sending?): %(reason)s."),
            file=path.name, reason=_reason(exc)
        ) from None
    if unpacked > MAX_UNPACKED_BYTES:
        raise WorkbookError(
            N_("%(file)s would unpack to %(size)s MB (at most %(limit)s MB); it is refused as "
               "unsafe."), file=path.name, size=f"{unpacked / 2**20:,.0f}",
            limit=f"{MAX_UNPACKED_BYTES / 2**20:,.0f}"
        )
    if b"opendocument" in mimetype:
        raise WorkbookError(
            N_("%(file)s is an OpenDocument spreadsheet; save it as .xlsx and import that."),
            file=path.name
        )
    if "xl/workbook.xml" not in names and "[Content_Types].xml" not in names:
        raise WorkbookError(N_("%(file)s is a zip file, but not an Excel workbook (.xlsx)."),
                            file=path.name)


class TextBudget:
    """Bounds the text a workbook makes us hold: a cell's, and all cells' together.

    A shared string is kept once in the file however many cells show it, so the unpacked size
    says nothing of what reading the cells makes (and what later steps copy): one 1 MB string
    shown by 49,000 cells is 49 GB of text.
    """

    def __init__(self, file_name: str):
        self.file_name, self.left = file_name, MAX_TEXT_CHARS

    def rows(self, rows, sheet: str, first: int = 1):
        for number, values in enumerate(rows, first):
            texts = [v for v in values if v.__class__ is str]
            size = sum(map(len, texts))
            if size > CELL_LIMIT:  # rare: then find the cell
                from transition_planner.exchange.export import column_letter

                for index, value in enumerate(values):
                    if value.__class__ is str and len(value) > CELL_LIMIT:
                        raise self.too_long(f"{column_letter(index + 1)}{number}", sheet,
                                            len(value))
            self.left -= size
            if self.left < 0:
                raise self.spent()
            yield values

    def too_long(self, cell: str, sheet: str, length: int) -> WorkbookError:
        return WorkbookError(
            N_("%(file)s: the cell %(cell)s of the sheet %(sheet)s holds "
               "%(length)s characters, more than a spreadsheet cell can "
               "(%(limit)s); the file is refused as unsafe."),
            file=self.file_name, cell=cell, sheet=sheet, length=f"{length:,}",
            limit=f"{CELL_LIMIT:,}")

    def spent(self) -> WorkbookError:
        return WorkbookError(
            N_("%(file)s holds more than %(limit)s characters of text in its cells (the "
               "same text shown by very many cells?); a handover matrix holds far less. "
               "The file is refused as unsafe."), file=self.file_name,
            limit=f"{MAX_TEXT_CHARS:,}")


def _read_meta(wb) -> dict[str, str]:
    if META_SHEET not in wb.sheetnames:
        return {}
    return {
        text_of(row[0]): text_of(row[1]) for row in wb.rows(META_SHEET)
        if len(row) >= 2 and row[0] is not None
    }


def _read_base(wb, meta: dict) -> dict[tuple[str, str], BaseRow]:
    if BASE_SHEET not in wb.sheetnames or not meta:
        return {}
    names = [n for n in meta.get("fields", "").split(",") if n]
    if not set(names) <= set(FIELDS):
        raise WorkbookError(
            N_("This workbook was exported by a newer version of Transition Planner (unknown "
               "columns: %(columns)s)."), columns=", ".join(sorted(set(names) - set(FIELDS)))
        )
    if set(names) != set(FIELDS):
        raise WorkbookError(N_("The hidden %(base)s sheet of this workbook is damaged (its "
                               "%(meta)s sheet lists other columns); export again."),
                            base=BASE_SHEET, meta=META_SHEET)
    base = {}
    rows = wb.rows(BASE_SHEET)
    next(rows, None)  # header
    for number, row in enumerate(rows, 2):
        row = (*row, None, None, None, None, None, None)
        if not row[0]:
            continue
        try:
            key, version = (text_of(row[0]), text_of(row[1])), text_of(row[2])
            # the JSON may go on in the cells after `shown`, cut where no space is (kept as is)
            values = json.loads("".join(v for v in (row[3], *row[6:]) if isinstance(v, str)))
            withheld = frozenset(k for k in text_of(row[4]).split(",") if k)
            shown = json.loads(row[5]) if row[5] else {}
        except (ValueError, TypeError) as exc:
            raise _damaged_base(number, str(exc)) from None
        if not (isinstance(values, list) and len(values) == len(names)
                and all(isinstance(v, str) for v in values)):
            raise _damaged_base(number, "its values are not a list of texts, one per column")
        if not (isinstance(shown, dict) and all(
                isinstance(k, str) and isinstance(v, str) for k, v in shown.items())):
            raise _damaged_base(number, "what it showed is not a table of texts")
        if not withheld <= set(FIELDS):
            raise _damaged_base(number, "it withholds unknown columns")
        base[key] = BaseRow(version, dict(zip(names, values)), withheld, shown)
    return base


def _damaged_base(number: int, why: str) -> WorkbookError:
    return WorkbookError(N_("The hidden %(base)s sheet of this workbook is damaged (row "
                            "%(row)s: %(why)s); export the matrix again."),
                         base=BASE_SHEET, row=number, why=why[:200])


def _find_matrix(wb):
    """The sheet and header row with the most matrix headers (English, French or HXL)."""
    order = [MATRIX_SHEET] if MATRIX_SHEET in wb.sheetnames else []
    order += [n for n in wb.sheetnames if n not in
              (MATRIX_SHEET, META_SHEET, BASE_SHEET, LOOKUPS_SHEET, INSTRUCTIONS_SHEET,
               funding_sheet.FUNDING_SHEET, funding_sheet.FUNDING_BASE_SHEET)]
    best = None
    for name in order:
        for number, values in enumerate(wb.rows(name), 1):
            if number > HEADER_SEARCH_ROWS:
                break
            found = _header_columns(values)
            if len(found) >= 3 and (best is None or len(found) > len(best[2])):
                best = (name, number, found)
    if best is None:
        raise WorkbookError(
            N_("No sheet of this workbook has the matrix's header row (columns such as "
               "'Capacity', 'Category', 'Successor', in English, French or Arabic, or their HXL "
               "hashtags)."))
    name, number, found = best
    rows = wb.rows(name)
    header_values = next(v for i, v in enumerate(rows, 1) if i == number)
    following = next(rows, ())
    if not is_hxl_row(header_values) and is_hxl_row(following):
        for index, key in _header_columns(following).items():
            found.setdefault(index, key)
        number += 1
    duplicates = _duplicates(found)
    if duplicates:
        raise WorkbookError(N_("These columns appear twice: %(columns)s."),
                            columns=", ".join(duplicates))
    tags = [text_of(v) for v in header_values if is_hxl_row(header_values)] or (
        [text_of(v) for v in following] if is_hxl_row(following) else [])
    share_at = next((i for i, k in found.items() if k == "share"), None)
    share_pct = (share_at is not None and share_at < len(tags)
                 and "pct" in hxl_key(tags[share_at]).split("+")[1:])
    return name, number, {i: (text_of(header_values[i]) or BY_KEY[k].en, k)
                        for i, k in found.items()}, share_pct


def _header_columns(values) -> dict[int, str]:
    found = {}
    for index, value in enumerate(values):
        key = column_for_header(value)
        if key is not None:
            found[index] = key
    return found


def _duplicates(found: dict[int, str]) -> list[str]:
    seen, twice = set(), []
    for key in found.values():
        if key in seen:
            twice.append(BY_KEY[key].en)
        seen.add(key)
    return twice


def _read_rows(wb, sheet: str, header_row, columns, max_rows, progress, file_name
               ) -> list[SheetRow]:
    unset = wb.formulas_without_value(sheet)
    positions = [(index, key) for index, (_h, key) in columns.items()]
    rows: list[SheetRow] = []
    for number, values in enumerate(wb.rows(sheet, header_row + 1), header_row + 1):
        cells = {}
        width = len(values)
        for index, key in positions:
            if index < width:
                value = values[index]
                if value is not None and not (isinstance(value, str) and not value.strip()):
                    cells[key] = value
        blank_formulas = [BY_KEY[k].en for i, k in positions if (number, i + 1) in unset]
        if not cells and not blank_formulas:
            continue
        if len(rows) >= max_rows:
            raise WorkbookError(
                N_("%(file)s has more than %(limit)s filled rows; a handover matrix holds fewer. "
                   "Remove the extra rows (or split the file) and import again."),
                file=file_name, limit=f"{max_rows:,}")
        row = SheetRow(number, cells)
        for header in blank_formulas:
            row.problems.append(f"{header}: a formula without a saved value (save the file in "
                                "Excel or LibreOffice, or type the value)")
        for key, value in cells.items():
            if isinstance(value, str) and value in ERROR_VALUES:
                row.problems.append(f"{BY_KEY[key].en}: the cell holds the error {value}")
        rows.append(row)
        if progress is not None and len(rows) % 500 == 0:
            progress(len(rows))
    return rows


class _Book:
    """A workbook's sheets read for their values with python-calamine, which reads far faster
    than openpyxl, each sheet's XML looked at first: calamine makes every cell of the area a
    sheet's cells span, and a copy of a shared string for every cell that shows it, so a small
    file could make it hold gigabytes. Each sheet is read once, when first asked for."""

    def __init__(self, path: Path, budget: TextBudget):
        from python_calamine import CalamineWorkbook

        self.name, self.budget = path.name, budget
        self._zip = zipfile.ZipFile(path)
        try:
            self._parts, self._strings_part = _parts(self._zip)
            self._book = CalamineWorkbook.from_path(str(path))
            self.sheetnames = [n for n in self._book.sheet_names if n in self._parts]
        except BaseException:
            self._zip.close()
            raise
        self._strings: list[int] | None = None  # each shared string's length, once needed
        self._read: dict[str, tuple[list, set]] = {}

    def close(self) -> None:
        self._zip.close()
        self._book.close()

    def rows(self, name: str, first: int = 1):
        """The sheet's rows from row `first` (values, None for an empty cell), within the text
        budget."""
        values, _unset = self.sheet(name)
        return self.budget.rows(values[first - 1:], name, first)

    def formulas_without_value(self, name: str) -> set[tuple[int, int]]:
        return self.sheet(name)[1]

    def sheet(self, name: str) -> tuple[list, set]:
        if name not in self._read:
            data = self._zip.read(self._parts[name])
            self._check_area(name, data)
            if _SHARED_CELL in data:
                self._check_shared_strings(name, data)
            try:
                rows = self._book.get_sheet_by_name(name).to_python(skip_empty_area=False)
            except BaseException as exc:  # a panic of calamine's Rust code is no Exception
                if isinstance(exc, (KeyboardInterrupt, SystemExit)):
                    raise
                raise WorkbookError(N_("%(file)s is damaged: %(reason)s."), file=self.name,
                                    reason=_reason(exc)) from None
            rows = [[None if v == "" else v for v in row] for row in rows]
            unset: set[tuple[int, int]] = set()
            if _FORMULA_TAG.search(data) or _ERROR_CELL in data:
                unset = _odd_cells(data, rows)
            self._read[name] = rows, unset
        return self._read[name]

    def _check_area(self, name: str, data: bytes) -> None:
        rows, columns = _extent(data)
        if rows * columns > MAX_CELL_AREA:
            raise WorkbookError(
                N_("%(file)s: the sheet %(sheet)s spans %(rows)s rows and %(columns)s columns, "
                   "far more than a handover matrix; the file is refused as unsafe."),
                file=self.name, sheet=name, rows=f"{rows:,}", columns=f"{columns:,}")

    def _check_shared_strings(self, name: str, data: bytes) -> None:
        """Refuse, before calamine makes them, the texts of shared strings that would exceed a
        cell's limit or the workbook's text budget: first by an upper bound (the longest
        string's bytes times the cells showing one), then, past it, cell by cell."""
        if self._strings is None:
            sizes = self._string_sizes(exact=False)
            self._strings = sizes
        cells = data.count(_SHARED_CELL)
        longest = max(self._strings, default=0)
        if longest <= CELL_LIMIT and cells * longest <= self.budget.left:
            return
        refs = _shared_refs(data)
        if not refs:
            return
        total = sum(self._strings[i] if i < len(self._strings) else 0 for _ref, i in refs)
        if total <= self.budget.left and all(
                self._strings[i] <= CELL_LIMIT for _ref, i in refs if i < len(self._strings)):
            return
        exact = self._string_sizes(exact=True)
        left = self.budget.left
        for ref, index in refs:
            size = exact[index] if index < len(exact) else 0
            if size > CELL_LIMIT:
                raise self.budget.too_long(ref, name, size)
            left -= size
            if left < 0:
                raise self.budget.spent()

    def _string_sizes(self, exact: bool) -> list[int]:
        """Each shared string's length: its bytes in the file (never fewer than its
        characters), or, `exact`, its characters as read."""
        if self._strings_part is None:
            return []
        data = self._zip.read(self._strings_part)
        if not exact:
            return [len(piece) for piece in _STRING_START.split(data)[1:]]
        sizes, size = [], 0
        for event, element in DefusedIterparse(BytesIO(data), events=("start", "end")):
            tag = element.tag.rsplit("}", 1)[-1]
            if event == "start" and tag == "si":
                size = 0
            elif event == "end" and tag == "t":
                size += len(element.text or "")
            elif event == "end" and tag == "si":
                sizes.append(size)
                element.clear()
        return sizes


MAX_CELL_AREA = 20_000_000  # rows x columns a sheet's cells may span (a matrix: 50,000 x 45)
_SHARED_CELL = b't="s"'
_ERROR_CELL = b't="e"'
_STRING_START = re.compile(rb"<(?:\w+:)?si\b")
_ROW_NUMBER = re.compile(rb'<row r="(\d+)"')
_THREE_LETTERS = re.compile(rb'<c r="[A-Z]{3}')
_ANY_ROW = re.compile(rb'<(?:\w+:)?row\b([^>]*)>')
_ANY_CELL = re.compile(rb'<(?:\w+:)?c\b([^>]*)>')
_REF = re.compile(rb'\sr="([A-Z]{1,3})(\d+)"')
_SHARED_REF = re.compile(rb'<(?:\w+:)?c\b([^>]*\st="s"[^>]*)>\s*<(?:\w+:)?v>\s*(\d+)\s*<')


def _extent(data: bytes) -> tuple[int, int]:
    """How many rows and columns a sheet's cells span, at most, from its XML: quickly where
    every row and cell names its place first (as Excel, LibreOffice and the export write),
    else element by element."""
    plain = (b":row" not in data and b":c " not in data
             and data.count(b"<row ") == data.count(b'<row r="')
             and data.count(b"<c ") + data.count(b"<c>") == data.count(b'<c r="'))
    if plain:
        rows = max(map(int, _ROW_NUMBER.findall(data)), default=0)
        if not _THREE_LETTERS.search(data):
            if rows * 702 <= MAX_CELL_AREA:  # at most ZZ, the 702nd column
                return rows, 702
    rows = columns = 0
    for number, match in enumerate(_ANY_ROW.finditer(data), 1):
        found = re.search(rb'\sr="(\d+)"', match.group(1))
        rows = max(rows, int(found.group(1)) if found else number, number)
    cells = 0
    for match in _ANY_CELL.finditer(data):
        cells += 1
        found = _REF.search(match.group(1))
        columns = max(columns, column_index(found.group(1).decode()) if found else cells)
    return rows, columns


def column_index(letters: str) -> int:
    """The number of the column named `letters`, from 1 (A -> 1, AA -> 27)."""
    index = 0
    for letter in letters:
        index = index * 26 + ord(letter) - 64
    return index


def _shared_refs(data: bytes) -> list[tuple[str, int]]:
    """(cell reference, shared string index) of every cell showing a shared string."""
    refs = []
    for number, match in enumerate(_SHARED_REF.finditer(data), 1):
        found = _REF.search(match.group(1))
        ref = f"{found.group(1).decode()}{found.group(2).decode()}" if found else f"#{number}"
        refs.append((ref, int(match.group(2))))
    return refs


def _parts(archive: zipfile.ZipFile) -> tuple[dict[str, str], str | None]:
    """Each sheet's part in the package by sheet name, and the shared strings' part."""
    book = DefusedET.fromstring(archive.read("xl/workbook.xml"))
    rels = DefusedET.fromstring(archive.read("xl/_rels/workbook.xml.rels"))
    targets, strings = {}, None
    for rel in rels:
        target = rel.get("Target", "")
        part = target.lstrip("/") if target.startswith("/") else f"xl/{target}"
        targets[rel.get("Id")] = part
        if rel.get("Type", "").endswith("/sharedStrings"):
            strings = part
    parts = {}
    for sheet in book.iter():
        if sheet.tag.rsplit("}", 1)[-1] == "sheet":
            rel_id = next((v for k, v in sheet.attrib.items() if k.endswith("}id")), None)
            if rel_id in targets:
                parts[sheet.get("name")] = targets[rel_id]
    names = set(archive.namelist())
    return ({n: p for n, p in parts.items() if p in names},
            strings if strings in names else None)


def _odd_cells(data: bytes, rows: list[list]) -> set[tuple[int, int]]:
    """Put the error values of error cells into `rows` (calamine reads them as empty), and
    return (row, column) of formula cells with no saved value: read for values they look
    blank."""
    found = set()
    for _event, element in DefusedIterparse(BytesIO(data)):
        if element.tag.endswith("}c") or element.tag == "c":
            children = {child.tag.rsplit("}", 1)[-1]: child for child in element}
            value = children.get("v")
            ref = element.get("r")
            if ref:
                letters = ref.rstrip("0123456789")
                place = int(ref[len(letters):]), column_index(letters)
                if "f" in children and (value is None or not (value.text or "").strip()):
                    found.add(place)
                elif element.get("t") == "e" and value is not None and value.text:
                    row, column = place
                    if row <= len(rows) and column <= len(rows[row - 1]):
                        rows[row - 1][column - 1] = value.text.strip()
            element.clear()
    return found
