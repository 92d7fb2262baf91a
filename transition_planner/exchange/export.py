"""Write the handover-matrix workbook that clusters and partners edit offline.

The workbook carries what it was exported from, for the three-way merge on import:
- `_meta` (hidden, protected): format version, plan id and name, export id and time (UTC),
  audience, language and filters, as key/value rows.
- `_base` (hidden, protected): one row per exported matrix row, keyed by capacity id and
  handover id, with the row's fingerprint and the canonical values of every exported field as
  one JSON list (in the order of the `fields` entry of `_meta`), plus which fields were withheld
  from the audience. One cell per row keeps the base small and quick to write and read.
A row's JSON longer than one cell holds continues in the cells after `shown`.
The visible `Base version` column repeats the fingerprint, so a row pasted in from another
export (or whose locked id cells were changed) is recognised and refused on import.
"""

from __future__ import annotations

import hashlib
import json
import re
import uuid
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from transition_planner.domain.audience import AUDIENCE_WORDS, check_audience
from transition_planner.exchange import funding_sheet
from transition_planner.exchange.hxl_codes import cluster_codes
from transition_planner.exchange.matrix import (
    BASE_SHEET,
    BY_KEY,
    CELL_LIMIT,
    COLUMNS,
    ERROR_VALUES,
    FIELDS,
    FORMAT_VERSION,
    INFO,
    INSTRUCTIONS_SHEET,
    LOOKUPS_SHEET,
    MATRIX_SHEET,
    META_SHEET,
    MISSION_OWNED,
    PARTNER_OWNED,
    PLAN_OWNED,
    ROW_ID,
    YES_NO,
    CellProblem,
    Codes,
    Column,
    fold,
    text_of,
)
from transition_planner.exchange.rows import Place, PlanRow, PlanRows, load_rows, select_rows
from transition_planner.i18n import N_, current_language, translator
from transition_planner.services.audit import EXPORT
from transition_planner.services.errors import ServiceError
from transition_planner.services.files import check_target, replacing
from transition_planner.services.plans import PlanHandle
from transition_planner.store.models import AuditEntry
from transition_planner.store.types import utcnow

SHOWN_KEYS = ("location", "pcode", "successor", "successor_type")
SHOWN_AT = tuple((key, [c.key for c in COLUMNS].index(key)) for key in SHOWN_KEYS)
META_FORMAT = "transition-planner-handover-matrix"
SPARE_ROWS = 500  # empty rows below the data keep drop-downs for rows partners add
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
# a line of a row's texts starting with any of these, or with # as error values do
_TEXT_AT_RISK = re.compile(r"^[=+\-@\t\r#]", re.MULTILINE)
NUMBER_FORMATS = {"date": "yyyy-mm-dd", "money": "#,##0.00", "share": "0%"}
TEXT_FORMAT = "@"  # the own format of locked cells and columns outside the matrix
HEADER_FILL = "#DCE6F1"
LOCKED_FILL = "#EEEEEE"
MISSION_FILL = "#E3ECF7"  # the mission's facts: locked, blue
PARTNER_FILL = "#FFF5CC"  # what the partner fills: light yellow
HEADER_FILLS = {PLAN_OWNED: "#C9C9C9", MISSION_OWNED: "#DCE6F1", PARTNER_OWNED: "#FFD966"}
LAST_COLUMN = 16384  # XFD
BASE_PIECE = 30_000  # characters of a row's base JSON per cell of the _base sheet
_NO_PIECE_START = frozenset("=+-@#\t\r\n ")


@dataclass(frozen=True)
class ExportResult:
    path: Path
    rows: int
    export_id: str
    audience: str


def export_matrix(
    handle: PlanHandle,
    path: str | Path,
    *,
    audience: str = "internal",
    locations=(),
    categories=(),
    successors=(),
    hxl: bool = True,
    lang: str = "en",
    actor: str = "",
) -> ExportResult:
    """Write the matrix workbook and note the export in the audit trail.

    The rows are read, the workbook written and the export noted in one write transaction, so
    the export's baseline for changes-since-export is exactly what the workbook holds, even
    with another window or command writing to the plan at the same time.

    `actor` (a name or acronym) makes one partner's copy: its handovers only, with their
    funding lines; its re-import touches those rows only.
    """
    path = Path(path)
    try:
        check_audience(audience)
    except ValueError as exc:
        raise ServiceError(str(exc)) from None
    check_target(path, handle.path, "matrix workbook")
    codes = Codes(handle.taxonomy())
    with handle.action() as session:
        plan_rows = load_rows(handle, audience, session)
        _check_filters(plan_rows, codes, locations, categories, successors)
        category_codes = [codes.code("category", c, "category") for c in categories]
        rows = select_rows(plan_rows, locations, category_codes, successors)
        partner = _partner(plan_rows, actor) if actor else None
        if partner is not None:
            rows = [r for r in rows if r.values.get("successor") == partner.id]
        lines = funding_sheet.load_lines(session, audience)
        export_id, exported_at = str(uuid.uuid4()), utcnow()
        meta = {
            "format": META_FORMAT, "format_version": FORMAT_VERSION,
            "plan_id": plan_rows.plan_id, "plan_name": plan_rows.plan_name,
            "export_id": export_id, "exported_at": exported_at.isoformat(),
            "exported_by": handle.user, "audience": audience, "lang": lang,
            "hxl": "yes" if hxl else "no",
            "filters": json.dumps({"locations": list(locations), "categories": list(categories),
                                   "successors": list(successors)}, ensure_ascii=False),
            "fields": ",".join(FIELDS), "rows": str(len(rows)),
            "funding_fields": ",".join(funding_sheet.FUNDING_FIELDS),
            "actor_id": partner.id if partner else "", "actor": partner.name if partner else "",
        }
        with replacing(path, plan=handle.path, what="matrix workbook") as part:
            _write(part, plan_rows, rows, codes, meta, hxl, lang, lines)
        session.add(AuditEntry(
            at=exported_at, user=handle.user, action=EXPORT, record_type="plan",
            record_id=plan_rows.plan_id, record_label=plan_rows.plan_name, source=path.name,
            changes={"audience": [None, audience], "rows": [None, len(rows)],
                     "export_id": [None, export_id]},
        ))
    return ExportResult(path, len(rows), export_id, audience)


def _partner(plan_rows: PlanRows, actor: str):
    """The one successor a per-partner export is for, by name or acronym."""
    from transition_planner.i18n import N_

    found = [a for a in plan_rows.successors.values()
             if not a.hidden and not a.withheld
             and fold(actor) in (fold(a.name), fold(a.acronym or ""))]
    if not found:
        raise ServiceError(N_("No partner called '%(actor)s' (name or acronym) in this plan."),
                           actor=actor)
    if len(found) > 1:
        raise ServiceError(N_("Several partners are called '%(actor)s'; give the full name."),
                           actor=actor)
    return found[0]


def _check_filters(plan_rows: PlanRows, codes: Codes, locations, categories, successors):
    for value in locations:
        if not any(fold(value) in (fold(p.name), fold(p.pcode)) for p in plan_rows.places.values()):
            raise ServiceError(N_("No location called '%(name)s' (name or P-code) in this plan."),
                               name=value)
    for value in categories:
        try:
            codes.code("category", value, "category")
        except CellProblem as exc:
            raise ServiceError(N_("No such category in this plan: %(problem)s."),
                               problem=str(exc)) from None
    for value in successors:
        if not any(fold(value) in (fold(a.name), fold(a.acronym))
                   for a in plan_rows.successors.values()):
            raise ServiceError(N_("No successor called '%(name)s' in this plan."), name=value)


def fingerprint(export_id: str, key: tuple[str, str], base_json: str) -> str:
    """A short check that a row belongs to this export and these base values."""
    text = "|".join((export_id, *key, base_json))
    return hashlib.blake2s(text.encode(), digest_size=4).hexdigest()


# --- writing ---------------------------------------------------------------------------------
# The workbook is written with XlsxWriter in its constant-memory mode: each row goes out to the
# sheet's part as the next one begins, so a 10,000-row matrix never sits in memory as cells.
# Rows are therefore written top to bottom, and a row's height is set before its cells. Each
# row is written whole by exchange.sheet_rows.RowStream, as XlsxWriter's cell calls would
# write it, at a fraction of their cost.
#
# Protection. A protected sheet keeps every cell whose format is locked from editing, and
# formats are locked unless they say otherwise (the workbook's default format too). Every cell
# a partner may edit is written with an unlocked format. The empty cells of rows partners add
# take their column's format: unlocked in the matrix's editable columns, locked (grey) in its
# others; the columns past the matrix and those of the other sheets take the locked default.

ILLEGAL_CHARACTERS_RE = re.compile(r"[\000-\010]|[\013-\014]|[\016-\037]")  # no XML holds them
LAST_INDEX = LAST_COLUMN - 1  # XlsxWriter counts rows and columns from 0


class _Book:
    """The workbook being written, with its cell formats (each made once)."""

    def __init__(self, path):
        import xlsxwriter  # a few tenths of a second: only once a workbook is written

        self.wb = xlsxwriter.Workbook(str(path), {"constant_memory": True})
        self._formats: dict[tuple, object] = {}
        self.text = self.format(num_format=TEXT_FORMAT)  # locked text
        self.sheets: list[_Sheet] = []

    def format(self, **properties):
        key = tuple(sorted(properties.items()))
        found = self._formats.get(key)
        if found is None:
            found = self._formats[key] = self.wb.add_format(properties)
        return found

    def header(self, fill: str, italic: bool = False):
        look = {"italic": True, "font_color": "#555555"} if italic else {"bold": True}
        return self.format(**look, bg_color=fill, pattern=1, text_wrap=True, valign="top")

    def sheet(self, name: str) -> _Sheet:
        self.sheets.append(_Sheet(self, self.wb.add_worksheet(name)))
        return self.sheets[-1]

    def close(self) -> None:
        for sheet in self.sheets:
            sheet.rows.finish()  # each sheet's last row
        self.wb.close()


class _Sheet:
    """One worksheet, written row after row."""

    def __init__(self, book: _Book, ws):
        from transition_planner.exchange.sheet_rows import RowStream  # imports xlsxwriter

        self.book, self.ws, self.row = book, ws, 0  # the next row to write, from 0
        self.rows = RowStream(ws)

    def append(self, cells) -> None:
        """Write a row of (value, format) pairs or plain values (None: no cell)."""
        values, formats = [], []
        for cell in cells:
            value, cell_format = cell if cell.__class__ is tuple else (cell, None)
            if cell_format is None and isinstance(value, date):
                cell_format = self.book.format(num_format="yyyy-mm-dd")
            values.append(value)
            formats.append(cell_format)
        self.write(values, formats)

    def write(self, values: list, formats: list) -> None:
        """Write the next row: `values[i]` with `formats[i]` (None: the column's format)."""
        self.rows.write(self.row, values, formats)
        self.row += 1

    def text(self, values) -> None:
        """A row of locked text cells (never formulas)."""
        text = self.book.text
        self.append([(ILLEGAL_CHARACTERS_RE.sub("", v), text) if v else None for v in values])

    def plain(self, values: list) -> None:
        """A row of text the export made itself (ids, field keys, JSON: no control
        characters, never read as a formula) in cells of no format of their own, which the
        workbook's locked default covers: no per-cell format or character check to pay."""
        self.write(values, [None] * len(values))

    def hide_and_protect(self) -> None:
        self.ws.hide()
        self.ws.protect()
        self.lock_columns(1)

    def lock_columns(self, first: int) -> None:
        """Say that columns `first` (from 1) to the last take the workbook's default format,
        which is locked. No format of their own: XlsxWriter would then count the columns as
        used, and write each row's 16,384 columns over in constant-memory mode."""
        self.ws.set_column(first - 1, LAST_INDEX, None)

    def width(self, column: int, width: float, cell_format) -> None:
        self.ws.set_column(column, column, width, cell_format)


def _write(path, plan_rows, rows, codes, meta, hxl, lang, lines) -> None:
    book = _Book(path)
    _instructions(book.sheet(INSTRUCTIONS_SHEET), meta, hxl, lang)
    matrix = book.sheet(MATRIX_SHEET)
    funding = book.sheet(funding_sheet.FUNDING_SHEET)
    lookups = book.sheet(LOOKUPS_SHEET)
    ranges = _lookups(lookups, plan_rows, codes, lang, funding_sheet.lookup_lists(codes, lang))
    meta_ws, base_ws = book.sheet(META_SHEET), book.sheet(BASE_SHEET)
    funding_base = book.sheet(funding_sheet.FUNDING_BASE_SHEET)
    for ws in (meta_ws, base_ws, funding_base):
        ws.hide_and_protect()
    for key, value in meta.items():
        meta_ws.text([key, value])
    lock_mission = meta["audience"] != "internal"
    _matrix(matrix, plan_rows, rows, codes, meta["export_id"], hxl, lang, ranges, base_ws,
            lock_mission)
    funding_sheet.write_sheet(funding, funding_base, rows, lines,
                              lambda row: _names(plan_rows, row), codes, lang, hxl, ranges)
    matrix.ws.activate()
    book.close()


def _names(plan_rows: PlanRows, row: PlanRow) -> tuple[str, str]:
    """A row's capacity and successor as its funding lines name them (blank if withheld)."""
    actor = plan_rows.successors.get(row.values.get("successor") or "")
    return ("" if "name" in row.withheld else row.values["name"],
            "" if actor is None or "successor" in row.withheld else actor.name)


def _matrix(ws: _Sheet, plan_rows, rows, codes, export_id, hxl, lang, ranges, base_ws: _Sheet,
            lock_mission) -> None:
    """The matrix sheet. For an outside audience the mission's own columns are locked on the
    exported rows (a partner fills the handover columns); rows a partner adds below stay open,
    as a new capacity needs its facts typed."""
    book = ws.book
    header_rows = 2 if hxl else 1
    first, last = header_rows + 1, header_rows + len(rows)
    unlocked, locked = book.format(locked=False), book.format(**LOCKED_LOOK)
    for index, column in enumerate(COLUMNS):
        # the column's format is what the cells of rows partners add get
        ws.width(index, column.width, unlocked if column.editable else locked)
    ws.lock_columns(len(COLUMNS) + 1)
    ws.ws.freeze_panes(first - 1, 3)
    _print_setup(ws, header_rows, landscape=True, fit_height=False)
    _print_matrix(ws, max(last, first))
    ws.ws.set_row(0, 30)  # headers wrap to two lines
    ws.append([(c.header(lang), book.header(HEADER_FILLS[c.owner])) for c in COLUMNS])
    if hxl:
        ws.append([(c.hxl, book.header(HEADER_FILLS[c.owner], italic=True)) for c in COLUMNS])
    ws.ws.autofilter(header_rows - 1, 0, max(last, first) - 1, len(COLUMNS) - 1)
    _validations(ws, ranges, first, last + SPARE_ROWS, lang)
    _shade_partner_columns(ws, first, last + SPARE_ROWS)
    _protect(ws)
    base_ws.plain(["capacity_id", "handover_id", "base_version", "values", "withheld", "shown"])
    writer = _RowWriter(ws, plan_rows, codes, lang, lock_mission)
    for row in rows:
        base_json = json.dumps(row.canon_list(), ensure_ascii=False)
        version = fingerprint(export_id, row.key, base_json)
        values = writer.append(row, version)
        shown = json.dumps({key: text_of(values[i]) for key, i in SHOWN_AT}, ensure_ascii=False)
        # JSON text starts with [ or {: never read as a formula; a row's JSON longer than a
        # cell holds goes on in the cells after `shown` (pieces never start with = + - @)
        first_piece, *more = _pieces(base_json)
        base_ws.plain([row.capacity_id, row.handover_id, version, first_piece,
                      ",".join(sorted(row.withheld)), shown, *more])


LOCKED_LOOK = {"bg_color": LOCKED_FILL, "pattern": 1}  # a locked column's empty cells


def guarded(values: list, texts: str, formats: list, quoted: list) -> list:
    """A row's cell formats, with the quoted twin for each text that would read as a formula
    or an error (`texts`: the row's texts joined, searched once: such text is rare)."""
    if _TEXT_AT_RISK.search(texts) is None:
        return formats
    return [quoted[i] if v.__class__ is str and reads_as_formula(v) else f
            for i, (v, f) in enumerate(zip(values, formats))]


def _pieces(text: str) -> list[str]:
    """`text` cut into pieces a workbook cell holds, none starting like a formula."""
    pieces, start = [], 0
    while start < len(text) or not pieces:
        end = min(start + BASE_PIECE, len(text))
        while end < len(text) and (text[end] in _NO_PIECE_START or text[end - 1].isspace()):
            end -= 1  # no piece starts like a formula or an error, or ends or starts blank
        pieces.append(text[start:end])
        start = end
    return pieces


def _protect(ws: _Sheet) -> None:
    """Protect without a password: only the locked id columns are kept from editing; sorting,
    filtering, adding and deleting rows and formatting stay allowed."""
    ws.ws.protect("", {"sort": True, "autofilter": True, "insert_rows": True,
                       "delete_rows": True, "format_columns": True, "format_rows": True,
                       "format_cells": True})


def _cell_look(column: Column, locked: bool, quote: bool = False) -> dict:
    """The format properties of a matrix cell of `column`."""
    if not locked:
        look = {"locked": False}
    elif column.editable:  # the mission's fact, locked for the partner
        look = {"bg_color": MISSION_FILL, "pattern": 1}
    else:
        look = {"bg_color": LOCKED_FILL, "pattern": 1, "font_color": "#666666"}
    if column.kind in NUMBER_FORMATS:
        look["num_format"] = NUMBER_FORMATS[column.kind]
    if quote:
        look["quote_prefix"] = True
    return look


class _RowWriter:
    """Writes matrix rows, each cell with its column's format (locked or not, its number
    format), or the quoted twin of that format for text that would read as a formula."""

    def __init__(self, ws: _Sheet, plan_rows: PlanRows, codes: Codes, lang: str,
                 lock_mission=False):
        self.ws, self.codes, self.lang, self.lock_mission = ws, codes, lang, lock_mission
        self.places, self.successors = plan_rows.places, plan_rows.successors
        self.labels: dict[tuple[str, str], str] = {}  # a few dozen codes serve every row
        self.clusters: dict[str, tuple[str, str]] = {}
        self.getters = [self._getter(c) for c in COLUMNS]
        book = ws.book
        self.formats = [book.format(**_cell_look(c, self._locked(c))) for c in COLUMNS]
        self.quoted = [book.format(**_cell_look(c, self._locked(c), quote=True))
                       for c in COLUMNS]

    def _locked(self, column: Column) -> bool:
        return not column.editable or (self.lock_mission and column.owner == MISSION_OWNED)

    def values(self, row: PlanRow, version: str) -> list:
        """The row's cell values, column by column (None for an empty cell)."""
        place = self.places[row.values["location"]]
        return [get(row, place, version) for get in self.getters]

    def append(self, row: PlanRow, version: str) -> list:
        """Write the row; return its cell values."""
        values = self.values(row, version)
        texts = "\n".join(v for v in values if v.__class__ is str)
        if len(texts) > CELL_LIMIT:  # rare: one length per row, the cells only then
            _check_lengths(row, values)
        if ILLEGAL_CHARACTERS_RE.search(texts):  # rare: one search per row, not per cell
            values = [ILLEGAL_CHARACTERS_RE.sub("", v) if isinstance(v, str) else v
                      for v in values]
            texts = "\n".join(v for v in values if isinstance(v, str))
        self.ws.write(values, guarded(values, texts, self.formats, self.quoted))
        return values

    def _getter(self, column: Column):
        """A function of (row, place, version) giving the column's cell value."""
        key = column.key
        if column.record in (ROW_ID, INFO):
            return {
                "capacity_id": lambda row, place, version: row.capacity_id,
                "handover_id": lambda row, place, version: row.handover_id or None,
                "base_version": lambda row, place, version: version,
                "province": lambda row, place, version: place.province,
                "province_pcode": lambda row, place, version: place.province_pcode,
                "district": lambda row, place, version: place.district or None,
                "district_pcode": lambda row, place, version: place.district_pcode or None,
                "country_code": lambda row, place, version: place.country_pcode or None,
                "cluster": lambda row, place, version: self._cluster(row)[0] or None,
                "aor": lambda row, place, version: self._cluster(row)[1] or None,
            }[key]
        field = {"pcode": "location", "successor_type": "successor"}.get(key, key)
        convert = self._converter(column)

        def get(row: PlanRow, place: Place, version: str):
            if field in row.withheld:
                return None
            value = row.values.get(field)
            if value is None or convert is None:
                return value
            return convert(value, place)

        return get

    def _converter(self, column: Column):
        """A function of (plan value, place) giving what the cell shows, or None for as is."""
        kind, taxonomy, label = column.kind, column.taxonomy, self._label
        if kind == "location":
            return lambda value, place: place.name
        if kind == "pcode":
            return lambda value, place: place.pcode or None
        if kind == "successor":
            return lambda value, place: self.successors[value].name
        if kind == "successor_type":
            return lambda value, place: label(taxonomy, self.successors[value].actor_type)
        if kind == "code":
            return lambda value, place: label(taxonomy, value)
        if kind == "codes":
            return lambda value, place: "; ".join(label(taxonomy, v) for v in value)
        if kind == "bool":
            t = translator(self.lang)
            yes, no = t.gettext(YES_NO[True]), t.gettext(YES_NO[False])
            return lambda value, place: yes if value else no
        return None

    def _cluster(self, row: PlanRow) -> tuple[str, str]:
        category = row.values.get("category")
        found = self.clusters.get(category)
        if found is None:
            found = self.clusters[category] = cluster_codes(self.codes.taxonomy, category)
        return found

    def _label(self, taxonomy: str, code: str) -> str:
        label = self.labels.get((taxonomy, code))
        if label is None:
            label = self.labels[taxonomy, code] = self.codes.label(taxonomy, code, self.lang)
        return label


def reads_as_formula(value) -> bool:
    """Text a spreadsheet would take for a formula or an error value unless it is quoted."""
    return isinstance(value, str) and (value.startswith(FORMULA_STARTS) or value in ERROR_VALUES)


def quoted_text_cell(ws, value: str):
    """An openpyxl cell of text that stays text, as typed, also once a spreadsheet re-saves it
    (for the workbooks written with openpyxl, such as the changes since an export)."""
    from openpyxl.cell import WriteOnlyCell

    cell = WriteOnlyCell(ws, value)
    cell.quotePrefix = True
    cell.data_type = "s"  # set last: openpyxl makes "#N/A" an error cell
    return cell


def _check_lengths(row: PlanRow, values: list) -> None:
    for column, value in zip(COLUMNS, values):
        if isinstance(value, str) and len(value) > CELL_LIMIT:
            raise ServiceError(
                N_("The %(column)s of '%(name)s' is %(length)s characters long, more than a "
                   "workbook cell holds (%(limit)s); the matrix cannot carry it. Shorten it in "
                   "the plan, then export again."), column=column.header(current_language()),
                name=row.values["name"],
                length=f"{len(value):,}", limit=f"{CELL_LIMIT:,}")


def column_letter(index: int) -> str:
    """The letters of the column numbered `index` from 1 (1 -> A, 27 -> AA)."""
    letters = ""
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def _lookups(ws: _Sheet, plan_rows: PlanRows, codes: Codes, lang: str, extra=None
             ) -> dict[str, str]:
    """Write the drop-down lists side by side; return column key -> list range. `extra`:
    other sheets' lists, key -> (header, values)."""
    lists: dict[str, list[str]] = {}
    extra = extra or {}
    for column in COLUMNS:
        if column.kind in ("code", "successor_type"):
            lists[column.key] = [t.label_for(lang) for t in codes.taxonomy.terms(column.taxonomy)]
        elif column.kind == "bool":
            lists[column.key] = [translator(lang).gettext(YES_NO[b]) for b in (True, False)]
        elif column.kind == "score":
            lists[column.key] = ["1", "2", "3", "4", "5"]
    lists["successor"] = sorted(
        {a.name for a in plan_rows.successors.values() if not a.hidden and not a.withheld},
        key=str.casefold,
    )
    lists["location"] = sorted(
        {p.name for p in plan_rows.places.values() if not p.hidden and not p.withheld},
        key=str.casefold,
    )
    lists.update({key: values for key, (_header, values) in extra.items()})
    shared: dict[tuple, str] = {}  # the seven readiness columns share one list
    columns: list[tuple[str, list[str]]] = []
    ranges = {}
    for key, values in lists.items():
        signature = tuple(values)
        if signature not in shared:
            columns.append((key, values))
            letter = column_letter(len(columns))
            shared[signature] = f"{LOOKUPS_SHEET}!${letter}$2:${letter}${max(2, len(values) + 1)}"
        ranges[key] = shared[signature]
    for index, (key, _values) in enumerate(columns):
        ws.width(index, max(14, BY_KEY[key].width) if key in BY_KEY else 28, ws.book.text)
    ws.lock_columns(len(columns) + 1)
    _print_setup(ws, 1, landscape=True, fit_height=False)
    header = ws.book.header(HEADER_FILL)
    ws.append([(BY_KEY[k].header(lang) if k in BY_KEY else extra[k][0], header)
               for k, _v in columns])
    for i in range(max((len(v) for _k, v in columns), default=0)):
        ws.text([v[i] if i < len(v) else None for _k, v in columns])
    ws.ws.protect()
    return ranges


def _validations(ws: _Sheet, ranges: dict[str, str], first: int, last: int, lang: str) -> None:
    """Drop-down lists, and on every column an input prompt (shown when a cell is selected)
    saying who fills it and what it takes."""
    t = translator(lang)
    for index, column in enumerate(COLUMNS):
        title = column.header(lang)[:32]  # Excel's limits: 32 for a title, 255 for a prompt
        prompt = t._("%(owner)s: %(allowed)s", owner=column.owner_label(lang),
                     allowed=column.allowed(lang))[:255]
        if column.key not in ranges:
            prompt_only(ws, index, 1, last, title, prompt)
            continue
        prompt_only(ws, index, 1, first - 1, title, prompt)
        strict = column.key not in ("successor", "location")  # new names are allowed there
        drop_down(ws, index, first, last, ranges[column.key], title, prompt,
                  t._("Choose a value from the list.") if strict else None)


def prompt_only(ws: _Sheet, column: int, first: int, last: int, title: str, prompt: str) -> None:
    """An input prompt on rows `first` to `last` (from 1) of `column` (from 0), any value."""
    _validation(ws, column, first, last, {"validate": "any", "input_title": title,
                                          "input_message": prompt})


def drop_down(ws: _Sheet, column: int, first: int, last: int, source: str, title: str,
              prompt: str, error: str | None) -> None:
    """A drop-down list from `source` (a range) with its prompt; `error`: the message when a
    value off the list is typed, None to let any value in."""
    options = {"validate": "list", "source": f"={source}", "input_title": title,
               "input_message": prompt, "show_error": error is not None}
    if error is not None:
        options.update(error_type="stop", error_title=title, error_message=error)
    _validation(ws, column, first, last, options)


def _validation(ws: _Sheet, column: int, first: int, last: int, options: dict) -> None:
    if ws.ws.data_validation(first - 1, column, last - 1, column,
                             {"ignore_blank": True, **options}):
        raise RuntimeError(f"XlsxWriter refused a data validation: {options}")


def _shade_partner_columns(ws: _Sheet, first: int, last: int) -> None:
    """The partner's columns light yellow, as one conditional format (no fill per cell, so
    rows partners add are shaded too)."""
    shade_columns(ws, [i for i, c in enumerate(COLUMNS) if c.owner == PARTNER_OWNED],
                  first, last)


def shade_columns(ws: _Sheet, columns: list[int], first: int, last: int) -> None:
    """The partner's fill on rows `first` to `last` (from 1) of `columns` (from 0)."""
    ranges = " ".join(f"{column_letter(c + 1)}{first}:{column_letter(c + 1)}{last}"
                      for c in columns)
    ws.ws.conditional_format(first - 1, columns[0], last - 1, columns[0], {
        "type": "formula", "criteria": "TRUE", "multi_range": ranges,
        "format": ws.book.format(bg_color=PARTNER_FILL, pattern=1)})


PRINT_PAGES_WIDE = 3  # 38 columns on one page's width print too small to read


def _print_matrix(ws: _Sheet, last: int) -> None:
    """Print the matrix three landscape pages wide, the row's location and capacity repeated
    on each; the province and id columns stay off paper (they serve the import only)."""
    shown = [i for i, c in enumerate(COLUMNS) if c.key not in _OFF_PAPER]
    ws.ws.print_area(0, 0, last - 1, max(shown))
    ws.ws.repeat_columns(0, 2)  # location, P-code and capacity name on every page
    ws.ws.fit_to_pages(PRINT_PAGES_WIDE, 0)


_OFF_PAPER = frozenset({"province", "province_pcode", "capacity_id", "handover_id",
                        "base_version", "district", "district_pcode", "country_code", "cluster",
                        "aor"})


def _print_setup(ws: _Sheet, header_rows: int, landscape: bool, fit_height: bool) -> None:
    """A4, fitted to the page's width (and to one page high for the instructions), with the
    header rows printed on every page."""
    sheet = ws.ws
    if landscape:
        sheet.set_landscape()
    else:
        sheet.set_portrait()
    sheet.set_paper(9)  # A4
    sheet.fit_to_pages(1, 1 if fit_height else 0)
    sheet.set_margins(left=0.4, right=0.4, top=0.5, bottom=0.5)
    if header_rows:
        sheet.repeat_rows(0, header_rows - 1)
    sheet.set_footer("&C&P / &N")


# the Instructions sheet, line by line (the catalogue words it in the workbook's language)
INSTRUCTIONS = (
    N_("Handover matrix: %(plan)s"),
    N_("Exported %(when)s for the %(audience)s audience (%(rows)s rows)."),
    "",
    N_("How to edit"),
    N_("- One row per capacity and successor. Fill the yellow columns (Partner): who takes the "
       "capacity over, how, when, how ready, and under which agreement. Blue columns are the "
       "mission's facts and grey columns the plan's ids: they are locked on exported rows."),
    N_("- To add a successor to a capacity or a new capacity, add a row at the bottom (leave "
       "the id cells empty). To remove a handover, delete its row."),
    N_("- The ids (Capacity ID, Handover ID, Base version) tie each row to the plan, so your "
       "edits merge with those of other partners; keep them when you copy rows elsewhere."),
    N_("- You may sort and filter. The sheets are protected without a password (Review > "
       "Unprotect Sheet), only to keep the ids and the mission's facts from being typed over."),
    N_("- Do not delete the hidden sheets _meta and _base. Send the file back as .xlsx."),
    "",
    N_("The columns"),
)
LEGEND_HEADERS = (N_("Column"), N_("Filled by"), N_("What it takes"))
INSTRUCTION_WIDTHS = (30, 20, 70)  # characters; the sheet prints on one portrait page

HXL_NOTE = N_("The second header row of the matrix holds HXL hashtags (Humanitarian Exchange "
              "Language).")


def _instructions(ws: _Sheet, meta: dict, hxl: bool, lang: str) -> None:
    """What the matrix is, how to edit it, and a legend of the columns: on one page."""
    t, book = translator(lang), ws.book
    for index, width in enumerate(INSTRUCTION_WIDTHS):
        ws.width(index, width, book.text)
    ws.lock_columns(4)
    values = {"plan": meta["plan_name"], "when": meta["exported_at"][:16].replace("T", " "),
              "audience": t._(AUDIENCE_WORDS[meta["audience"]]),
              "rows": t.integer(int(meta["rows"]))}
    _print_setup(ws, 0, landscape=False, fit_height=True)
    lines = [t._(line, **values) if "%(" in line else t.gettext(line) if line else ""
             for line in INSTRUCTIONS]
    lines.insert(-2, funding_sheet.instructions(lang))
    if hxl:
        lines.insert(-2, t.gettext(HXL_NOTE))
    headings = {0: 14, 3: 12, len(lines) - 1: 12}  # line -> font size
    wrapping = {"num_format": TEXT_FORMAT, "text_wrap": True, "valign": "top"}
    for index, line in enumerate(lines):
        look = book.format(**wrapping, **({"bold": True, "font_size": headings[index]}
                                          if index in headings else {}))
        wrapped = -(-len(line) // 110)  # about 110 characters fit the three columns
        if wrapped > 1:  # LibreOffice shows a wrapped line's last line only at the default height
            ws.ws.set_row(ws.row, 15 * wrapped)
        ws.ws.merge_range(ws.row, 0, ws.row, 2, ILLEGAL_CHARACTERS_RE.sub("", line), look)
        ws.row += 1
    ws.append([(t.gettext(text), book.header(HEADER_FILL)) for text in LEGEND_HEADERS])
    plain = book.format(**wrapping)
    for column in COLUMNS:
        wrapped = -(-len(column.allowed(lang)) // 68)
        if wrapped > 1:
            ws.ws.set_row(ws.row, 15 * wrapped)
        owner = book.format(**wrapping, bg_color=HEADER_FILLS[column.owner], pattern=1)
        ws.append([(column.header(lang), plain), (column.owner_label(lang), owner),
                   (column.allowed(lang), plain)])
    ws.ws.protect()
