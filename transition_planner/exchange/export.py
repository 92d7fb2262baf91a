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
from pathlib import Path
from zipfile import ZIP_DEFLATED, ZipFile

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.formatting.rule import FormulaRule
from openpyxl.styles import Alignment, Font, PatternFill, Protection
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.cell_range import CellRange
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.writer.excel import ExcelWriter
from openpyxl.xml.constants import ARC_STYLE

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
HEADER_FILL = PatternFill("solid", fgColor="DCE6F1")
LOCKED_FILL = PatternFill("solid", fgColor="EEEEEE")
MISSION_FILL = PatternFill("solid", fgColor="E3ECF7")  # the mission's facts: locked, blue
PARTNER_FILL = PatternFill("solid", fgColor="FFF5CC")  # what the partner fills: light yellow
HEADER_FILLS = {PLAN_OWNED: PatternFill("solid", fgColor="C9C9C9"),
                MISSION_OWNED: PatternFill("solid", fgColor="DCE6F1"),
                PARTNER_OWNED: PatternFill("solid", fgColor="FFD966")}
UNLOCKED = Protection(locked=False)
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
# Protection. A protected sheet keeps every cell whose format is locked from editing. The
# workbook's default format (the first cell format, which every cell written without a format
# uses) is written unlocked, so the matrix's editable values go in as plain values; every cell
# and column that must stay locked has a format of its own (grey in the matrix, the text format
# elsewhere), and formats are locked unless they say otherwise. Why: openpyxl's write-only mode
# costs several microseconds more per cell with a format; a format on each of the 330,000
# editable cells of a 10,000-row matrix added 1.1 s to the 2 s of writing its values.


def _write(path, plan_rows, rows, codes, meta, hxl, lang, lines) -> None:
    wb = Workbook(write_only=True)
    _instructions(wb.create_sheet(INSTRUCTIONS_SHEET), meta, hxl, lang)
    matrix = wb.create_sheet(MATRIX_SHEET)
    funding = wb.create_sheet(funding_sheet.FUNDING_SHEET)
    lookups = wb.create_sheet(LOOKUPS_SHEET)
    ranges = _lookups(lookups, plan_rows, codes, lang, funding_sheet.lookup_lists(codes, lang))
    meta_ws, base_ws = wb.create_sheet(META_SHEET), wb.create_sheet(BASE_SHEET)
    funding_base = wb.create_sheet(funding_sheet.FUNDING_BASE_SHEET)
    for ws in (meta_ws, base_ws, funding_base):
        ws.sheet_state = "hidden"
        ws.protection.sheet = True
        _lock_columns(ws, 1)
    for key, value in meta.items():
        meta_ws.append([_text_cell(meta_ws, key), _text_cell(meta_ws, value)])
    lock_mission = meta["audience"] != "internal"
    try:
        _matrix(matrix, plan_rows, rows, codes, meta["export_id"], hxl, lang, ranges, base_ws,
                lock_mission)
        funding_sheet.write_sheet(funding, funding_base, rows, lines,
                                  lambda row: _names(plan_rows, row), codes, lang, hxl, ranges)
    except BaseException:
        for ws in wb.worksheets:  # finish the sheets' writers: the workbook is not saved
            ws.close()
        raise
    wb.active = 1
    _save(wb, path)


def _names(plan_rows: PlanRows, row: PlanRow) -> tuple[str, str]:
    """A row's capacity and successor as its funding lines name them (blank if withheld)."""
    actor = plan_rows.successors.get(row.values.get("successor") or "")
    return ("" if "name" in row.withheld else row.values["name"],
            "" if actor is None or "successor" in row.withheld else actor.name)


def _matrix(ws, plan_rows, rows, codes, export_id, hxl, lang, ranges, base_ws,
            lock_mission) -> None:
    """The matrix sheet. For an outside audience the mission's own columns are locked on the
    exported rows (a partner fills the handover columns); rows a partner adds below stay open,
    as a new capacity needs its facts typed."""
    header_rows = 2 if hxl else 1
    first, last = header_rows + 1, header_rows + len(rows)
    for index, column in enumerate(COLUMNS, 1):
        dim = ws.column_dimensions[get_column_letter(index)]
        dim.width = column.width
        # the column's format is what the cells of rows partners add get
        if column.editable:
            dim.protection = UNLOCKED
        else:
            dim.fill = LOCKED_FILL
    _lock_columns(ws, len(COLUMNS) + 1)
    ws.freeze_panes = f"D{first}"
    _print_setup(ws, header_rows, landscape=True, fit_height=False)  # before the first row
    _print_matrix(ws, max(last, first))
    ws.row_dimensions[1].height = 30  # headers wrap to two lines
    ws.append([_header_cell(ws, c.header(lang), fill=HEADER_FILLS[c.owner]) for c in COLUMNS])
    if hxl:
        ws.append([_header_cell(ws, c.hxl, italic=True, fill=HEADER_FILLS[c.owner])
                   for c in COLUMNS])
    ws.auto_filter.ref = f"A{header_rows}:{get_column_letter(len(COLUMNS))}{max(last, first)}"
    _validations(ws, ranges, first, last + SPARE_ROWS, lang)
    _shade_partner_columns(ws, first, last + SPARE_ROWS)
    _protect(ws)
    base_header = ["capacity_id", "handover_id", "base_version", "values", "withheld", "shown"]
    base_ws.append([_text_cell(base_ws, text) for text in base_header])
    base_cells = [_text_cell(base_ws, "") for _text in base_header]
    writer = _RowWriter(ws, plan_rows, codes, lang, lock_mission)
    for row in rows:
        base_json = json.dumps(row.canon_list(), ensure_ascii=False)
        version = fingerprint(export_id, row.key, base_json)
        values = writer.append(row, version)
        shown = json.dumps({key: text_of(values[i]) for key, i in SHOWN_AT}, ensure_ascii=False)
        # JSON text starts with [ or {: never read as a formula; a row's JSON longer than a
        # cell holds goes on in the cells after `shown` (pieces never start with = + - @)
        first, *more = _pieces(base_json)
        base_values = (row.capacity_id, row.handover_id, version, first,
                       ",".join(sorted(row.withheld)), shown, *more)
        while len(base_cells) < len(base_values):
            base_cells.append(_text_cell(base_ws, ""))
        for cell, value in zip(base_cells, base_values):
            cell.value = value
        base_ws.append([c if c.value else None for c in base_cells[:len(base_values)]])


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


def _protect(ws) -> None:
    """Protect without a password: only the locked id columns are kept from editing."""
    p = ws.protection
    p.sheet = True
    for allowed in ("sort", "autoFilter", "insertRows", "deleteRows", "formatColumns",
                    "formatRows", "formatCells"):
        setattr(p, allowed, False)


def _lock_columns(ws, first: int) -> None:
    """Give columns `first` to the last their own (locked) format, for the empty cells."""
    dim = ws.column_dimensions[get_column_letter(first)]
    dim.min, dim.max, dim.width = first, LAST_COLUMN, 0  # 0: the default width
    dim.number_format = TEXT_FORMAT


def _header_cell(ws, text, italic=False, fill=HEADER_FILL):
    cell = WriteOnlyCell(ws, text)
    cell.font = Font(bold=not italic, italic=italic, color="555555" if italic else None)
    cell.fill = fill
    cell.alignment = Alignment(wrap_text=True, vertical="top")
    cell.data_type = "s"  # a hashtag or header is never a formula
    return cell


class _RowWriter:
    """Writes matrix rows: plain values, or a styled template cell per column where a cell needs
    a format (locked, a number format, text that would read as a formula); write-only mode
    writes a template out as the row is appended, so one template serves every row."""

    def __init__(self, ws, plan_rows: PlanRows, codes: Codes, lang: str, lock_mission=False):
        self.ws, self.codes, self.lang, self.lock_mission = ws, codes, lang, lock_mission
        self.places, self.successors = plan_rows.places, plan_rows.successors
        self.labels: dict[tuple[str, str], str] = {}  # a few dozen codes serve every row
        self.clusters: dict[str, tuple[str, str]] = {}
        self.getters = [self._getter(c) for c in COLUMNS]
        self.styled = [(i, self._template(c)) for i, c in enumerate(COLUMNS)
                       if c.kind in NUMBER_FORMATS or self._locked(c)]
        self.quoted = [self._template(c, quote=True) for c in COLUMNS]

    def _locked(self, column: Column) -> bool:
        return not column.editable or (self.lock_mission and column.owner == MISSION_OWNED)

    def _template(self, column: Column, quote=False):
        cell = WriteOnlyCell(self.ws)
        if not self._locked(column):
            cell.protection = UNLOCKED
        elif column.editable:  # the mission's fact, locked for the partner
            cell.fill = MISSION_FILL
        else:
            cell.fill = LOCKED_FILL
            cell.font = Font(color="666666")
        if column.kind in NUMBER_FORMATS:
            cell.number_format = NUMBER_FORMATS[column.kind]
        if quote:
            cell.quotePrefix = True
        return cell

    def append(self, row: PlanRow, version: str) -> list:
        """Write the row; return its cell values."""
        place = self.places[row.values["location"]]
        values = [get(row, place, version) for get in self.getters]
        texts = "\n".join(v for v in values if isinstance(v, str))
        if len(texts) > CELL_LIMIT:  # rare: one length per row, the cells only then
            _check_lengths(row, values)
        if ILLEGAL_CHARACTERS_RE.search(texts):  # rare: one search per row, not per cell
            values = [ILLEGAL_CHARACTERS_RE.sub("", v) if isinstance(v, str) else v
                      for v in values]
            texts = "\n".join(v for v in values if isinstance(v, str))
        cells = [None if v == "" else v for v in values]  # an empty cell takes its column's
        for index, template in self.styled:  # format, the others go in as plain values
            if cells[index] is not None:
                template.value = cells[index]
                cells[index] = template
        if _TEXT_AT_RISK.search(texts):  # rare: a text that would read as a formula or error
            for index, value in enumerate(values):
                if reads_as_formula(value):
                    quoted = self.quoted[index]
                    quoted.value = value
                    quoted.data_type = "s"  # text, never a formula or an error
                    cells[index] = quoted
        self.ws.append(cells)
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


def quoted_text_cell(ws, value: str) -> WriteOnlyCell:
    """A cell of text that stays text, as typed, also once a spreadsheet re-saves it."""
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


class _Package(ZipFile):
    """The workbook's zip package, written with the default cell format unlocked."""

    styles_written = False

    def writestr(self, name, data, *args, **kwargs):
        if name == ARC_STYLE:
            data, self.styles_written = _unlock_default_format(data), True
        super().writestr(name, data, *args, **kwargs)


def _save(wb: Workbook, path: Path) -> None:
    # openpyxl writes the default format (cellXfs[0]) without protection, i.e. locked, and has
    # no setting for it: the styles part is amended on its way into the package instead.
    with _Package(path, "w", ZIP_DEFLATED, allowZip64=True) as package:
        ExcelWriter(wb, package).write_data()
        if not package.styles_written:
            raise RuntimeError("openpyxl wrote no styles part: the workbook would be all locked")


def _unlock_default_format(styles: bytes | str) -> bytes:
    """The styles part with its first cell format (an empty element from openpyxl) unlocked."""
    text = styles.decode() if isinstance(styles, bytes) else styles
    text, found = _DEFAULT_FORMAT.subn(
        r'\1 applyProtection="1"><protection locked="0"/></xf>', text, count=1)
    if not found:
        raise RuntimeError("openpyxl wrote an unexpected styles part: cannot unlock its default")
    return text.encode()


_DEFAULT_FORMAT = re.compile(r"(<cellXfs\b[^>]*>\s*<xf\b[^>]*?)\s*/>")


def _lookups(ws, plan_rows: PlanRows, codes: Codes, lang: str, extra=None) -> dict[str, str]:
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
            letter = get_column_letter(len(columns))
            shared[signature] = f"{LOOKUPS_SHEET}!${letter}$2:${letter}${max(2, len(values) + 1)}"
        ranges[key] = shared[signature]
    for index, (key, _values) in enumerate(columns, 1):
        dim = ws.column_dimensions[get_column_letter(index)]
        dim.width = max(14, BY_KEY[key].width) if key in BY_KEY else 28
        dim.number_format = TEXT_FORMAT
    _lock_columns(ws, len(columns) + 1)
    _print_setup(ws, 1, landscape=True, fit_height=False)
    ws.append([_header_cell(ws, BY_KEY[k].header(lang) if k in BY_KEY else extra[k][0])
               for k, _v in columns])
    for i in range(max((len(v) for _k, v in columns), default=0)):
        ws.append([_text_cell(ws, v[i]) if i < len(v) else None for _k, v in columns])
    ws.protection.sheet = True
    return ranges


def _text_cell(ws, text: str):
    """A locked cell of text (never a formula) on a protected sheet."""
    cell = WriteOnlyCell(ws, ILLEGAL_CHARACTERS_RE.sub("", text))
    cell.data_type = "s"
    cell.number_format = TEXT_FORMAT
    return cell


def _validations(ws, ranges: dict[str, str], first: int, last: int, lang: str) -> None:
    """Drop-down lists, and on every column an input prompt (shown when a cell is selected)
    saying who fills it and what it takes."""
    t = translator(lang)
    for index, column in enumerate(COLUMNS, 1):
        letter = get_column_letter(index)
        title = column.header(lang)[:32]  # Excel's limits: 32 for a title, 255 for a prompt
        prompt = t._("%(owner)s: %(allowed)s", owner=column.owner_label(lang),
                     allowed=column.allowed(lang))[:255]
        if column.key not in ranges:
            dv = DataValidation(allow_blank=True, showInputMessage=True,
                                promptTitle=title, prompt=prompt)
            dv.add(f"{letter}1:{letter}{last}")
            ws.data_validations.append(dv)
            continue
        header = DataValidation(allow_blank=True, showInputMessage=True, promptTitle=title,
                                prompt=prompt)
        header.add(f"{letter}1:{letter}{first - 1}")
        ws.data_validations.append(header)
        strict = column.key not in ("successor", "location")  # new names are allowed there
        dv = DataValidation(type="list", formula1=ranges[column.key], allow_blank=True,
                            showErrorMessage=strict, errorStyle="stop", showInputMessage=True,
                            promptTitle=title, prompt=prompt)
        if strict:
            dv.error = t._("Choose a value from the list.")
            dv.errorTitle = title
        dv.add(f"{letter}{first}:{letter}{last}")
        ws.data_validations.append(dv)


def _shade_partner_columns(ws, first: int, last: int) -> None:
    """The partner's columns light yellow, as one conditional format (no format per cell:
    see Protection above for what a format per cell costs)."""
    letters = [get_column_letter(i) for i, c in enumerate(COLUMNS, 1)
               if c.owner == PARTNER_OWNED]
    ranges = " ".join(f"{letter}{first}:{letter}{last}" for letter in letters)
    ws.conditional_formatting.add(ranges, FormulaRule(formula=["TRUE"], fill=PARTNER_FILL))


PRINT_PAGES_WIDE = 3  # 38 columns on one page's width print too small to read
PRINT_TITLE_COLUMNS = "A:C"  # location, P-code and capacity name on every page


def _print_matrix(ws, last: int) -> None:
    """Print the matrix three landscape pages wide, the row's location and capacity repeated
    on each; the province and id columns stay off paper (they serve the import only)."""
    shown = [i for i, c in enumerate(COLUMNS, 1) if c.key not in _OFF_PAPER]
    ws.print_area = f"A1:{get_column_letter(max(shown))}{last}"
    ws.print_title_cols = PRINT_TITLE_COLUMNS
    ws.page_setup.fitToWidth = PRINT_PAGES_WIDE


_OFF_PAPER = frozenset({"province", "province_pcode", "capacity_id", "handover_id",
                        "base_version", "district", "district_pcode", "country_code", "cluster",
                        "aor"})


def _print_setup(ws, header_rows: int, landscape: bool, fit_height: bool) -> None:
    """A4, fitted to the page's width (and to one page high for the instructions), with the
    header rows printed on every page. Called before a write-only sheet's first row: its
    properties (fit to page) are written out with the first row."""
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.page_setup.paperSize = "9"  # A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 1 if fit_height else 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_margins.left = ws.page_margins.right = 0.4
    ws.page_margins.top = ws.page_margins.bottom = 0.5
    if header_rows:
        ws.print_title_rows = f"1:{header_rows}"
    ws.oddFooter.center.text = "&P / &N"


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


def _instructions(ws, meta: dict, hxl: bool, lang: str) -> None:
    """What the matrix is, how to edit it, and a legend of the columns: on one page."""
    t = translator(lang)
    for letter, width in zip("ABC", INSTRUCTION_WIDTHS):
        dim = ws.column_dimensions[letter]
        dim.width, dim.number_format = width, TEXT_FORMAT
    _lock_columns(ws, 4)
    values = {"plan": meta["plan_name"], "when": meta["exported_at"][:16].replace("T", " "),
              "audience": t._(AUDIENCE_WORDS[meta["audience"]]),
              "rows": t.integer(int(meta["rows"]))}
    _print_setup(ws, 0, landscape=False, fit_height=True)  # before the first row
    lines = [t._(line, **values) if "%(" in line else t.gettext(line) if line else ""
             for line in INSTRUCTIONS]
    lines.insert(-2, funding_sheet.instructions(lang))
    if hxl:
        lines.insert(-2, t.gettext(HXL_NOTE))
    headings = {0, 3, len(lines) - 1}
    for index, line in enumerate(lines):
        cell = _text_cell(ws, line)
        cell.alignment = Alignment(wrap_text=True, vertical="top")
        if index in headings:
            cell.font = Font(bold=True, size=14 if index == 0 else 12)
        wrapped = -(-len(line) // 110)  # about 110 characters fit the three columns
        if wrapped > 1:  # LibreOffice shows a wrapped line's last line only at the default height
            ws.row_dimensions[index + 1].height = 15 * wrapped
        ws.append([cell])
        ws.merged_cells.add(CellRange(min_col=1, max_col=3, min_row=index + 1,
                                      max_row=index + 1))
    ws.append([_header_cell(ws, t.gettext(text)) for text in LEGEND_HEADERS])
    for row, column in enumerate(COLUMNS, len(lines) + 2):
        wrapped = -(-len(column.allowed(lang)) // 68)
        if wrapped > 1:
            ws.row_dimensions[row].height = 15 * wrapped
        cells = [_text_cell(ws, column.header(lang)),
                 _text_cell(ws, column.owner_label(lang)),
                 _text_cell(ws, column.allowed(lang))]
        cells[1].fill = HEADER_FILLS[column.owner]
        for cell in cells:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
        ws.append(cells)
    ws.protection.sheet = True
