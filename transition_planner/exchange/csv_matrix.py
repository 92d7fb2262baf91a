"""The handover matrix as a CSV file with an HXL hashtag row, and such a file read back.

The file holds the workbook's matrix columns with their HXL hashtags: a header row in the
export's language, the hashtag row, then one row per capacity and successor, seen by one
audience (sensitive records and fields are left out of cluster and donor copies exactly as in
the workbook: the rows come from the same `load_rows`/`select_rows`). RFC 4180: commas, CRLF
line ends, a field quoted when it holds a comma, a quote or a line break. UTF-8 with a
byte-order mark, without which Excel reads accented and Arabic names as mojibake.

Values are written as HXL tools read them: dates YYYY-MM-DD, numbers with a decimal point and
no thousands separator, a share as a fraction of 1 (0.5 is half), taxonomy values by their
labels in the export's language (as the workbook shows them). A text a spreadsheet would take
for a formula (starting with = + - @) is written with a leading apostrophe, which the import
takes off again: a partner opening the file cannot run a formula hidden in a note.

A CSV file has no room for the workbook's hidden sheets, so it carries no record of what was
exported: it imports by its id columns as a two-way comparison against the plan as it is now
(the path a pasted copy of the workbook takes, see merge.merge_workbook), and the preview says
so. The hashtag row is what the import reads the columns by, so it is required; the header row
above it is for people.
"""

from __future__ import annotations

import csv
import io
import uuid
from dataclasses import dataclass
from pathlib import Path

from transition_planner.domain.audience import check_audience
from transition_planner.exchange.hxl_codes import cluster_codes
from transition_planner.exchange.matrix import (
    CELL_LIMIT,
    COLUMNS,
    YES_NO,
    Codes,
    canon_of_kind,
    column_for_header,
    hxl_key,
    is_hxl_row,
    number_text,
)
from transition_planner.exchange.read import MatrixFile, SheetRow, WorkbookError
from transition_planner.exchange.rows import Place, PlanRow, PlanRows, load_rows, select_rows
from transition_planner.i18n import N_, translator
from transition_planner.services.audit import EXPORT
from transition_planner.services.errors import ServiceError
from transition_planner.services.files import check_target, replacing
from transition_planner.services.plans import PlanHandle
from transition_planner.store.models import AuditEntry
from transition_planner.store.types import utcnow

CSV_SUFFIX = ".csv"
ENCODING = "utf-8-sig"  # UTF-8 with a byte-order mark (read with or without one)
MAX_BYTES = 50 * 1024 * 1024  # the matrix of a whole mission is a few MB
MAX_ROWS = 50_000  # as for a workbook (read.MAX_ROWS)
HEADER_SEARCH_ROWS = 20
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
QUOTE = "'"  # put before a text that would read as a formula; taken off on import
_RISKY_FIRST = frozenset("".join(FORMULA_STARTS) + QUOTE)
# column kinds holding free or coded text (numbers, dates and ids never start like a formula)
_TEXT_KINDS = frozenset({"text", "code", "codes", "location", "successor", "successor_type",
                         "pcode", "currency"})
_ROW_IDS = ("capacity_id", "handover_id")


@dataclass(frozen=True)
class CsvExportResult:
    path: Path
    rows: int
    export_id: str
    audience: str


# --- writing ---------------------------------------------------------------------------------


def export_matrix_csv(
    handle: PlanHandle,
    path: str | Path,
    *,
    audience: str = "internal",
    locations=(),
    categories=(),
    successors=(),
    lang: str = "en",
    actor: str = "",
) -> CsvExportResult:
    """Write the matrix as CSV with its HXL hashtag row and note the export in the audit trail
    (changes-since-export then counts from it, as from a workbook export).

    The filters and `actor` (one partner's own rows) are those of the workbook export.
    """
    from transition_planner.exchange.export import _check_filters, _partner

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
        if actor:
            partner = _partner(plan_rows, actor)
            rows = [r for r in rows if r.values.get("successor") == partner.id]
        export_id, exported_at = str(uuid.uuid4()), utcnow()
        cells = MatrixCells(plan_rows, codes, lang)
        with replacing(path, plan=handle.path, what="matrix workbook") as part:
            write_csv(part, [c.header(lang) for c in COLUMNS], [c.hxl for c in COLUMNS],
                      (cells.row(r) for r in rows))
        session.add(AuditEntry(
            at=exported_at, user=handle.user, action=EXPORT, record_type="plan",
            record_id=plan_rows.plan_id, record_label=plan_rows.plan_name, source=path.name,
            changes={"audience": [None, audience], "rows": [None, len(rows)],
                     "export_id": [None, export_id], "format": [None, "csv"]},
        ))
    return CsvExportResult(path, len(rows), export_id, audience)


def write_csv(part: Path, headers, tags, rows) -> None:
    """Headers, hashtags and rows of texts as RFC 4180 CSV (UTF-8 with a BOM, CRLF)."""
    with part.open("w", encoding=ENCODING, newline="") as fh:
        writer = csv.writer(fh, lineterminator="\r\n")  # quotes only where needed
        writer.writerow(headers)
        writer.writerow(tags)
        writer.writerows(rows)


def guarded(text: str) -> str:
    """A text as a CSV cell: with a leading apostrophe if a spreadsheet would take it for a
    formula (or already starts with the apostrophe, which the import takes off)."""
    if not text or text[0] not in _RISKY_FIRST:  # nearly every cell: one look
        return text
    if text.startswith(FORMULA_STARTS) or text[1:].startswith((*FORMULA_STARTS, QUOTE)):
        return QUOTE + text
    return text


def unguarded(text: str) -> str:
    """What `guarded` wrote, as it was."""
    if text.startswith(QUOTE) and text[1:].startswith((*FORMULA_STARTS, QUOTE)):
        return text[1:]
    return text


class MatrixCells:
    """A matrix row as the texts of its cells, in the order of COLUMNS."""

    def __init__(self, plan_rows: PlanRows, codes: Codes, lang: str):
        self.places, self.successors = plan_rows.places, plan_rows.successors
        self.codes, self.lang = codes, lang
        t = translator(lang)
        self.yes_no = {True: t.gettext(YES_NO[True]), False: t.gettext(YES_NO[False])}
        self.labels: dict[tuple[str, str], str] = {}
        self.clusters: dict[str, tuple[str, str]] = {}

    def row(self, row: PlanRow) -> list[str]:
        place = self.places[row.values["location"]]
        texts = [self.cell(column, row, place) for column in COLUMNS]
        return [guarded(t) if c.kind in _TEXT_KINDS else t for c, t in zip(COLUMNS, texts)]

    def cell(self, column, row: PlanRow, place: Place) -> str:
        key, kind = column.key, column.kind
        if key in _INFO:
            return _INFO[key](self, row, place)
        field = {"pcode": "location", "successor_type": "successor"}.get(key, key)
        value = None if field in row.withheld else row.values.get(field)
        if value is None:
            return ""
        if kind == "location":
            return place.name
        if kind == "pcode":
            return place.pcode or ""
        if kind == "successor":
            return self.successors[value].name
        if kind == "successor_type":
            return self.label(column.taxonomy, self.successors[value].actor_type)
        if kind == "code":
            return self.label(column.taxonomy, value)
        if kind == "codes":
            return "; ".join(self.label(column.taxonomy, v) for v in value)
        if kind == "bool":
            return self.yes_no[bool(value)]
        if kind == "share":
            return number_text(value)
        return canon_of_kind(kind, value)  # dates ISO, money to the cent, numbers plain

    def label(self, taxonomy: str, code: str) -> str:
        found = self.labels.get((taxonomy, code))
        if found is None:
            found = self.labels[taxonomy, code] = self.codes.label(taxonomy, code, self.lang)
        return found

    def cluster(self, row: PlanRow) -> tuple[str, str]:
        category = row.values.get("category")
        found = self.clusters.get(category)
        if found is None:
            found = self.clusters[category] = cluster_codes(self.codes.taxonomy, category)
        return found


# the columns filled from the row's place, its ids and its category, not from a plan value
_INFO = {
    "capacity_id": lambda cells, row, place: row.capacity_id,
    "handover_id": lambda cells, row, place: row.handover_id,
    "base_version": lambda cells, row, place: "",  # a CSV file carries no base to check
    "province": lambda cells, row, place: place.province,
    "province_pcode": lambda cells, row, place: place.province_pcode,
    "district": lambda cells, row, place: place.district,
    "district_pcode": lambda cells, row, place: place.district_pcode,
    "country_code": lambda cells, row, place: place.country_pcode,
    "cluster": lambda cells, row, place: cells.cluster(row)[0],
    "aor": lambda cells, row, place: cells.cluster(row)[1],
}


# --- reading ---------------------------------------------------------------------------------


class CsvFileError(WorkbookError):
    """The CSV file cannot be imported; nothing was changed."""


def is_csv(path) -> bool:
    return Path(path).suffix.lower() == CSV_SUFFIX


def read_matrix_csv(path, *, need_ids: bool = True, max_rows: int = MAX_ROWS,
                    progress=None) -> MatrixFile:
    """Read a matrix CSV file (ours, or any with the matrix's hashtags), refusing a malformed
    one before anything is compared. `need_ids`: the id columns must be there (an import by
    ids; rows imported as new do without)."""
    path = Path(path)
    records = _records(path)
    tag_row = _tag_row(path.name, records)
    tags = records[tag_row]
    found = _columns(tags)
    if need_ids and not all(k in found.values() for k in _ROW_IDS):
        from transition_planner.exchange.merge import OtherOrigin

        raise OtherOrigin(N_(
            "%(file)s has no Capacity ID and Handover ID columns (hashtags #activity+code and "
            "#meta+handover+code), so its rows cannot be matched with the plan. Put them back, "
            "or import its rows as new rows."), file=path.name)
    headers = records[tag_row - 1] if tag_row > 0 else []
    columns = {key: (headers[i].strip() if i < len(headers) and headers[i].strip() else tags[i])
               for i, key in found.items()}
    rows = []
    for number, values in enumerate(records[tag_row + 1:], tag_row + 2):
        cells = {}
        for index, key in found.items():
            text = values[index] if index < len(values) else ""
            if text.strip():
                cells[key] = unguarded(text)
        if not cells:
            continue
        if len(rows) >= max_rows:
            raise CsvFileError(
                N_("%(file)s has more than %(limit)s filled rows; a handover matrix holds fewer. "
                   "Remove the extra rows (or split the file) and import again."),
                file=path.name, limit=f"{max_rows:,}")
        rows.append(SheetRow(number, cells))
        if progress is not None and len(rows) % 500 == 0:
            progress(len(rows))
    share_at = next((i for i, k in found.items() if k == "share"), None)
    share_pct = (share_at is not None and "pct" in hxl_key(tags[share_at]).split("+")[1:]
                 and any(_above_one(r.cells.get("share")) for r in rows))
    return MatrixFile(path.name, {}, {}, columns, rows, path.name, funding=None,
                      share_pct=share_pct)


def _above_one(text) -> bool:
    try:
        return float(str(text).strip()) > 1
    except (TypeError, ValueError):
        return False


def _records(path: Path) -> list[list[str]]:
    """Every record of the file, refusing what is not a UTF-8 CSV file of a sane size."""
    if not path.is_file():
        raise CsvFileError(N_("%(file)s does not exist or is not a file."), file=str(path))
    size = path.stat().st_size
    if size == 0:
        raise CsvFileError(N_("%(file)s is empty."), file=path.name)
    if size > MAX_BYTES:
        raise CsvFileError(
            N_("%(file)s is %(size)s MB, more than a handover matrix (at most %(limit)s MB); it "
               "is refused."), file=path.name, size=f"{size / 2**20:,.0f}",
            limit=f"{MAX_BYTES / 2**20:,.0f}")
    data = path.read_bytes()
    if data.startswith(b"PK") or b"\x00" in data:
        raise CsvFileError(N_("%(file)s is not a CSV text file (a workbook saved under a .csv "
                              "name?). Import the workbook as .xlsx, or save it as CSV."),
                           file=path.name)
    try:
        text = data.decode(ENCODING)
    except UnicodeDecodeError as exc:
        raise CsvFileError(
            N_("%(file)s is not in UTF-8 (byte %(at)s). Save it as 'CSV UTF-8' and import "
               "again."), file=path.name, at=exc.start + 1) from None
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    records = []
    try:
        for values in reader:
            if any(len(v) > CELL_LIMIT for v in values):
                raise CsvFileError(
                    N_("%(file)s: a cell of line %(line)s holds more than %(limit)s characters, "
                       "more than a spreadsheet cell can; the file is refused."),
                    file=path.name, line=reader.line_num, limit=f"{CELL_LIMIT:,}")
            records.append(values)
    except csv.Error as exc:
        raise CsvFileError(N_("%(file)s is not a well-formed CSV file (line %(line)s: "
                              "%(reason)s)."), file=path.name, line=reader.line_num,
                           reason=str(exc)[:200]) from None
    return records


def _tag_row(file_name: str, records: list[list[str]]) -> int:
    """The index of the HXL hashtag row: the first of the first rows that is all hashtags and
    names at least three matrix columns."""
    for index, values in enumerate(records[:HEADER_SEARCH_ROWS]):
        if is_hxl_row(values) and len(_columns(values)) >= 3:
            return index
    for values in records[:HEADER_SEARCH_ROWS]:
        line = ",".join(values).strip()  # a hashtag row read as one cell: other separators
        for delimiter in (";", "\t", "|"):
            if line.startswith("#") and line.count(delimiter) >= 2:
                raise CsvFileError(
                    N_("%(file)s has its cells separated by '%(delimiter)s', not by commas. Save "
                       "it as 'CSV UTF-8 (comma-separated)' and import again."), file=file_name,
                    delimiter="Tab" if delimiter == "\t" else delimiter)
    raise CsvFileError(
        N_("%(file)s has no HXL hashtag row (#activity+name, #org+impl+name, ... under the "
           "headers), which tells the import what each column holds. Export the matrix as CSV "
           "again, or put the hashtag row back under the headers."), file=file_name)


def _columns(tags: list[str]) -> dict[int, str]:
    """Column index -> matrix column key, by hashtag; a hashtag named twice is refused."""
    found: dict[int, str] = {}
    for index, tag in enumerate(tags):
        key = column_for_header(tag) if tag.strip().startswith("#") else None
        if key is not None:
            found[index] = key
    seen, twice = set(), []
    for key in found.values():
        if key in seen:
            twice.append(next(c.hxl for c in COLUMNS if c.key == key))
        seen.add(key)
    if twice:
        raise CsvFileError(N_("These columns appear twice: %(columns)s."),
                           columns=", ".join(twice))
    return found
