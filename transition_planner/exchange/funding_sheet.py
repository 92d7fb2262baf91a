"""The Funding sheet of the handover matrix: each handover's funding lines, round-tripped.

One row per funding line of an exported handover, keyed by its Handover ID and Funding line ID
(locked), with the line's source, donor, amount, currency, status and period for the partner to
fill. A hidden `_funding_base` sheet keeps each exported line's canonical values, so the import
merges the sheet three ways (base, plan now, workbook now) with the rule the matrix rows use:
changed lines, lines added (a row with an empty Funding line ID under an exported handover) and
lines deleted (an exported line whose row is gone), each shown in the same preview.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from decimal import Decimal

from transition_planner.domain import taxonomy as tx
from transition_planner.domain.audience import shows_record
from transition_planner.exchange.matrix import (
    CellProblem,
    fold,
    hxl_key,
    is_hxl_row,
    parse_currency,
    parse_date,
    parse_money,
    text_of,
)
from transition_planner.i18n import N_, translator
from transition_planner.store.models import FundingLine

FUNDING_SHEET, FUNDING_BASE_SHEET = "Funding", "_funding_base"
FUNDING = "funding"  # RowChange.record of a funding line
EDIT, INFO, ID = "edit", "info", "id"


@dataclass(frozen=True)
class FundingColumn:
    key: str
    role: str  # edit (the partner fills it) | info (shown, locked) | id (locked, for the merge)
    kind: str  # text | code | money | currency | date
    label: str  # English; French and Arabic through the core catalogue
    hxl: str
    width: int
    attr: str = ""  # the FundingLine attribute
    taxonomy: str = ""

    def header(self, lang: str) -> str:
        return translator(lang)._(self.label)


FUNDING_COLUMNS: tuple[FundingColumn, ...] = (
    FundingColumn("funding_capacity", INFO, "text", N_("Capacity"), "#activity+name", 36),
    FundingColumn("funding_successor", INFO, "text", N_("Successor"), "#org+impl+name", 30),
    FundingColumn("funding_source", EDIT, "code", N_("Funding source"), "#org+funder+type", 30,
                  "source_type", tx.FUNDING_SOURCE),
    FundingColumn("funding_donor", EDIT, "text", N_("Donor"), "#org+funder+name", 24, "donor"),
    FundingColumn("funding_amount", EDIT, "money", N_("Amount"), "#value+funding", 14,
                  "amount"),
    FundingColumn("funding_currency", EDIT, "currency", N_("Currency"), "#currency+code", 10,
                  "currency"),
    FundingColumn("funding_status", EDIT, "code", N_("Funding status"), "#status+funding", 14,
                  "status", tx.FUNDING_STATUS),
    FundingColumn("funding_start", EDIT, "date", N_("Period from"), "#date+start+funding", 12,
                  "period_start"),
    FundingColumn("funding_end", EDIT, "date", N_("Period to"), "#date+end+funding", 12,
                  "period_end"),
    FundingColumn("funding_notes", EDIT, "text", N_("Funding notes"), "#description+funding",
                  24, "notes"),
    FundingColumn("funding_handover_id", ID, "text", N_("Handover ID"), "#meta+handover+code",
                  12),
    FundingColumn("funding_id", ID, "text", N_("Funding line ID"), "#meta+funding+code", 12),
)
FUNDING_BY_KEY = {c.key: c for c in FUNDING_COLUMNS}
FUNDING_FIELDS = tuple(c.key for c in FUNDING_COLUMNS if c.role == EDIT)
BY_ATTR = {c.attr: c.key for c in FUNDING_COLUMNS if c.attr}
REQUIRED = ("funding_source", "funding_amount", "funding_currency", "funding_status")
NEW_LINE_DEFAULTS = ("funding_currency", "funding_status")  # the capacity's currency, required

# what each column takes (the input prompt)
ALLOWED = {
    "text": N_("Free text."),
    "code": N_("One value from the drop-down list."),
    "money": N_("An amount of 0 or more, in the line's currency."),
    "currency": N_("A three-letter currency code such as USD."),
    "date": N_("A date, YYYY-MM-DD (DD/MM/YYYY is read too)."),
    INFO: N_("Filled from the handover; do not change."),
    ID: N_("The plan's id: keeps the line tied to its handover. Do not change; leave the "
           "Funding line ID empty on lines you add."),
}


def instructions(lang: str) -> str:
    """The Instructions sheet's line on the Funding sheet."""
    return translator(lang)._(
        "- The Funding sheet lists each handover's funding lines: fill in or correct the "
        "yellow columns, add a line under a handover by copying its Handover ID (leave the "
        "Funding line ID empty), delete a row to remove a line.")


def funding_header(key: str, lang: str = "en") -> str:
    return FUNDING_BY_KEY[key].header(lang)


def is_funding_field(key: str) -> bool:
    return key in FUNDING_BY_KEY


def canon(key: str, value) -> str:
    """The plain string the merge compares for a funding line's value."""
    if value is None:
        return ""
    kind = FUNDING_BY_KEY[key].kind
    if kind == "money":
        return str(Decimal(value).quantize(Decimal("0.01")))
    if kind == "date":
        return value.isoformat()
    return str(value).strip()


# --- the plan's funding lines ----------------------------------------------------------------


@dataclass(slots=True)
class Line:
    """A funding line of a handover as one audience sees it."""

    id: str
    handover_id: str
    capacity_id: str
    values: dict  # field key -> plan value
    withheld: frozenset = frozenset()
    hidden: bool = False

    def canon_list(self) -> list[str]:
        return [canon(k, None if k in self.withheld else self.values.get(k))
                for k in FUNDING_FIELDS]


LINES_SQL = ("SELECT id, handover_id, capacity_id, source_type, donor, amount, currency, "
             "status, period_start, period_end, notes, sensitive, sensitive_fields "
             "FROM fundingline WHERE handover_id IS NOT NULL ORDER BY period_start, created_at")


def load_lines(session, audience: str) -> dict[str, list[Line]]:
    """Every handover's funding lines (handover id -> lines, by period), for `audience`: a
    sensitive line is hidden from clusters and donors, its sensitive fields withheld. Read
    with plain SQL in the session's transaction, as rows.load_rows reads the matrix rows."""
    from transition_planner.exchange.rows import Days, fetch, json_value, money

    lines: dict[str, list[Line]] = {}
    days, amounts = Days(), {}  # Decimals are immutable: lines of one amount share it
    for (line_id, handover_id, capacity_id, source, donor, cents, currency, status, start, end,
         notes, sensitive, fields) in fetch(session, LINES_SQL):
        amount = amounts.get(cents)
        if amount is None:
            amount = amounts[cents] = money(cents)
        values = {"funding_source": source, "funding_donor": donor, "funding_amount": amount,
                  "funding_currency": currency, "funding_status": status,
                  "funding_start": days[start], "funding_end": days[end],
                  "funding_notes": notes}
        withheld = frozenset()
        if audience != "internal":
            withheld = frozenset(BY_ATTR[a] for a in (json_value(fields) or ()) if a in BY_ATTR)
        lines.setdefault(handover_id, []).append(Line(
            line_id, handover_id, capacity_id, values, withheld,
            not shows_record(bool(sensitive), audience)))
    return lines


# --- writing ---------------------------------------------------------------------------------


def lookup_lists(codes, lang: str) -> dict[str, tuple[str, list[str]]]:
    """The drop-down lists of the sheet for the Lookups sheet: key -> (header, values)."""
    return {c.key: (c.header(lang), [t.label_for(lang) for t in codes.taxonomy.terms(c.taxonomy)])
            for c in FUNDING_COLUMNS if c.kind == "code"}


def write_sheet(ws, base_ws, rows, lines: dict[str, list[Line]], names, codes, lang: str,
                hxl: bool, ranges: dict[str, str]) -> int:
    """Write the Funding sheet and its base (export's sheets, written row by row); return how
    many lines it holds.

    `rows` are the exported matrix rows (their handovers' lines are written, in their order),
    `names(row)` gives a row's capacity and successor as the matrix shows them."""
    from transition_planner.exchange import export as xp

    t, book = translator(lang), ws.book
    header_rows = 2 if hxl else 1
    unlocked, locked = book.format(locked=False), book.format(**xp.LOCKED_LOOK)
    for index, column in enumerate(FUNDING_COLUMNS):
        ws.width(index, column.width, unlocked if column.role == EDIT else locked)
    ws.lock_columns(len(FUNDING_COLUMNS) + 1)
    ws.ws.freeze_panes(header_rows, 2)
    xp._print_setup(ws, header_rows, landscape=True, fit_height=False)
    ws.ws.repeat_columns(0, 1)  # the capacity and successor on every page
    ws.ws.set_row(0, 30)
    fills = {EDIT: xp.HEADER_FILLS[xp.PARTNER_OWNED], INFO: xp.HEADER_FILLS[xp.PLAN_OWNED],
             ID: xp.HEADER_FILLS[xp.PLAN_OWNED]}
    ws.append([(c.header(lang), book.header(fills[c.role])) for c in FUNDING_COLUMNS])
    if hxl:
        ws.ws.set_row(1, 26)  # the longer hashtags wrap to two lines
        ws.append([(c.hxl, book.header(fills[c.role], italic=True)) for c in FUNDING_COLUMNS])
    formats, quoted = _formats(book)
    # the base: one cell per line, JSON [line id, handover id, canonical values, withheld]
    base_ws.plain(["line"])
    edit = [(i, c.key, c.taxonomy if c.kind == "code" else "")
            for i, c in enumerate(FUNDING_COLUMNS) if c.role == EDIT]
    at = {c.key: i for i, c in enumerate(FUNDING_COLUMNS)}
    labels: dict[tuple[str, str], str] = {}  # a dozen codes serve every line
    written, seen = 0, set()
    for row in rows:
        if not row.handover_id or row.handover_id in seen:
            continue
        seen.add(row.handover_id)
        capacity, successor = names(row)
        for line in lines.get(row.handover_id, ()):
            if line.hidden:
                continue
            values = [None] * len(FUNDING_COLUMNS)
            values[at["funding_capacity"]], values[at["funding_successor"]] = capacity, successor
            values[at["funding_handover_id"]], values[at["funding_id"]] = line.handover_id, line.id
            for index, key, taxonomy in edit:
                value = None if key in line.withheld else line.values.get(key)
                if taxonomy and value:
                    label = labels.get((taxonomy, value))
                    if label is None:
                        label = labels[taxonomy, value] = codes.label(taxonomy, value, lang)
                    value = label
                values[index] = value
            texts = "\n".join(v for v in values if isinstance(v, str))
            if xp.ILLEGAL_CHARACTERS_RE.search(texts):  # rare: one search per line
                values = [xp.ILLEGAL_CHARACTERS_RE.sub("", v) if isinstance(v, str) else v
                          for v in values]
            ws.write(values, xp.guarded(values, texts, formats, quoted))
            base_ws.plain([json.dumps([line.id, line.handover_id, line.canon_list(),
                                      sorted(line.withheld)], ensure_ascii=False)])
            written += 1
    last = header_rows + written
    shown = [i for i, c in enumerate(FUNDING_COLUMNS) if c.role != ID]
    ws.ws.print_area(0, 0, max(last, header_rows + 1) - 1, max(shown))
    _validations(ws, ranges, header_rows + 1, last + xp.SPARE_ROWS, t)
    xp.shade_columns(ws, [i for i, c in enumerate(FUNDING_COLUMNS) if c.role == EDIT],
                     header_rows + 1, last + xp.SPARE_ROWS)
    xp._protect(ws)
    return written


def _formats(book):
    """Each column's cell format and its quoted twin (for text that reads as a formula)."""
    formats, quoted = [], []
    for column in FUNDING_COLUMNS:
        look = {"locked": False} if column.role == EDIT else {
            "bg_color": "#EEEEEE", "pattern": 1, "font_color": "#666666"}
        number_format = {"money": "#,##0.00", "date": "yyyy-mm-dd"}.get(column.kind)
        if number_format:
            look["num_format"] = number_format
        formats.append(book.format(**look))
        quoted.append(book.format(**look, quote_prefix=True))
    return formats, quoted


def _validations(ws, ranges: dict[str, str], first: int, last: int, t) -> None:
    from transition_planner.exchange.export import drop_down, prompt_only

    for index, column in enumerate(FUNDING_COLUMNS):
        title = t._(column.label)[:32]
        prompt = t._(ALLOWED[column.kind if column.role == EDIT else column.role])[:255]
        if column.key in ranges:
            prompt_only(ws, index, 1, first - 1, title, prompt)
            drop_down(ws, index, first, last, ranges[column.key], title, prompt,
                      t._("Choose a value from the list."))
        else:
            prompt_only(ws, index, 1, last, title, prompt)


# --- reading ---------------------------------------------------------------------------------


@dataclass(slots=True)
class FundingRow:
    number: int
    cells: dict  # column key -> cell value

    def text(self, key: str) -> str:
        return text_of(self.cells.get(key))


@dataclass
class FundingBook:
    """The Funding sheet as read: its rows, the columns found and the exported base."""

    sheet: str
    columns: set[str]
    rows: list[FundingRow]
    base: dict[str, tuple[str, dict[str, str], frozenset]]  # line id -> handover, values, withheld


_HEADERS: dict[str, str] = {}


def _folded(text: str) -> str:
    """fold() for Latin text; Arabic (which fold() empties) compared as it is, case-folded."""
    return fold(text) or " ".join(text.casefold().split())


def _header_key(value) -> str | None:
    """The column a Funding header names: English, French, Arabic or its HXL hashtag."""
    if not _HEADERS:
        for column in FUNDING_COLUMNS:
            _HEADERS[hxl_key(column.hxl)] = column.key
            for lang in ("en", "fr", "ar"):
                _HEADERS[_folded(column.header(lang))] = column.key
    text = text_of(value)
    if not text:
        return None
    return _HEADERS.get(hxl_key(text) if text.startswith("#") else _folded(text))


def _sheet_columns(values) -> dict[int, str]:
    return {i: k for i, v in enumerate(values) if (k := _header_key(v)) is not None}


def read_sheet(wb, meta: dict, sheet_rows, skip: set[str], damaged) -> FundingBook | None:
    """The Funding sheet of `wb` (the sheet so named, else one whose header names a Funding
    line ID and an Amount), or None. `sheet_rows(name, first)` reads a sheet within the
    workbook's text budget; `damaged(why)` makes the error of a damaged base."""
    candidates = [FUNDING_SHEET] if FUNDING_SHEET in wb.sheetnames else []
    candidates += [n for n in wb.sheetnames if n not in skip and n != FUNDING_SHEET]
    for name in candidates:
        rows = sheet_rows(name, 1)
        header = next(rows, None)
        if header is None:
            continue
        columns = _sheet_columns(header)
        if not {"funding_id", "funding_amount"} <= set(columns.values()):
            continue
        first = 2
        following = next(rows, ())
        if is_hxl_row(following):
            first = 3
            for index, key in _sheet_columns(following).items():
                columns.setdefault(index, key)
        body = rows if first == 3 else _chain([following], rows)
        found = []
        for number, values in enumerate(body, first):
            cells = {}
            for index, key in columns.items():
                if index < len(values):
                    value = values[index]
                    if value is not None and not (isinstance(value, str) and not value.strip()):
                        cells[key] = value
            if cells:
                found.append(FundingRow(number, cells))
        return FundingBook(name, set(columns.values()), found,
                           _read_base(wb, meta, sheet_rows, damaged))
    return None


def _chain(*parts):
    for part in parts:
        yield from part


def _read_base(wb, meta: dict, sheet_rows, damaged) -> dict:
    if FUNDING_BASE_SHEET not in wb.sheetnames or not meta:
        return {}
    names = [n for n in meta.get("funding_fields", "").split(",") if n]
    if set(names) != set(FUNDING_FIELDS):
        raise damaged(f"the {FUNDING_BASE_SHEET} sheet lists other columns")
    base = {}
    rows = sheet_rows(FUNDING_BASE_SHEET, 1)
    next(rows, None)  # header
    for values in rows:
        if not values or not values[0]:
            continue
        try:
            line_id, handover_id, canon_values, withheld = json.loads(values[0])
        except (TypeError, ValueError) as exc:
            raise damaged(f"{FUNDING_BASE_SHEET}: {exc}") from None
        if not (isinstance(canon_values, list) and len(canon_values) == len(names)
                and all(isinstance(v, str) for v in (line_id, handover_id, *canon_values))
                and isinstance(withheld, list) and set(withheld) <= set(FUNDING_FIELDS)):
            raise damaged(f"{FUNDING_BASE_SHEET}: a line is not its ids, one text per column "
                          "and the columns withheld")
        base[line_id] = (handover_id, dict(zip(names, canon_values)), frozenset(withheld))
    return base


# --- the merge -------------------------------------------------------------------------------


@dataclass
class _ParsedLine:
    row: FundingRow
    line_id: str
    handover_id: str
    values: dict = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)


class FundingMerge:
    """Merges the Funding sheet into an import preview (see merge._Merger)."""

    def __init__(self, merger, funding: FundingBook):
        self.m, self.book = merger, funding
        self.t = translator(None)
        self.codes = {kind: _code_lookup(merger.taxonomy, kind)
                      for kind in (tx.FUNDING_SOURCE, tx.FUNDING_STATUS)}
        with merger.handle.read() as session:
            self.ours = load_lines(session, merger.ours.audience)
        # a handover (or its capacity, place, successor) marked sensitive since the export
        # takes its lines out of the audience's sight: not changed from its copy
        self.handovers = {r.handover_id: r for r in merger.ours.rows
                          if r.handover_id and not r.hidden}
        self.ours_by_id = {}
        for handover_id, lines in self.ours.items():
            for line in lines:
                line.hidden = line.hidden or handover_id not in self.handovers
                self.ours_by_id[line.id] = line

    def run(self, exported_handovers: set[str], deleted_handovers: set[str],
            without_base: bool) -> None:
        if without_base:
            self.book.base = {line.id: (line.handover_id, dict(zip(FUNDING_FIELDS,
                                                                   line.canon_list())),
                                        line.withheld)
                              for line in self.ours_by_id.values() if not line.hidden}
        seen: dict[str, list[int]] = {}
        parsed = [self._parse(row, exported_handovers) for row in self.book.rows]
        for p in parsed:
            if p.line_id:
                seen.setdefault(p.line_id, []).append(p.row.number)
        unsure = []
        for p in parsed:
            if len(seen.get(p.line_id, ())) > 1:
                p.problems.append(self.t._("its Funding line ID is on another row too (copied "
                                           "from another row? leave it empty on lines you add)"))
            if p.handover_id in deleted_handovers:
                p.problems.append(self.t._("its handover is deleted by this import"))
            if p.problems:
                self.m.problems.append(self._problem(p))
                if p.line_id:
                    unsure.append(p.row.number)
            elif p.line_id:
                self._changed(p)
            else:
                self._added(p)
        if "funding_id" in self.book.columns:
            self._deletions(set(seen), deleted_handovers, unsure)

    def _problem(self, p: _ParsedLine):
        from transition_planner.exchange.merge import RowProblem

        return RowProblem(p.row.number, self._label(p.handover_id, p.values, p.line_id),
                          p.problems, FUNDING)

    def _parse(self, row: FundingRow, exported: set[str]) -> _ParsedLine:
        t = self.t
        p = _ParsedLine(row, row.text("funding_id"), row.text("funding_handover_id"))
        base = self.book.base.get(p.line_id) if p.line_id else None
        if p.line_id and base is None:
            p.problems.append(t._("its Funding line ID is not from this export (copied from "
                                  "another workbook?); add new lines with it empty"))
            return p
        if base is not None and p.handover_id != base[0]:
            p.problems.append(t._("its Handover ID was changed; a funding line stays with its "
                                  "handover (delete the row and add a line to the other one)"))
            return p
        if not p.handover_id:
            p.problems.append(t._("a Handover ID is needed: copy it from the handover's row of "
                                  "the matrix"))
            return p
        if base is None and p.handover_id not in exported:
            p.problems.append(t._("its Handover ID is not one of the handovers this workbook "
                                  "was exported with"))
            return p
        withheld = base[2] if base else frozenset()
        for key in FUNDING_FIELDS:
            if key not in self.book.columns:
                continue
            try:
                value = self._value(key, row.cells.get(key))
            except CellProblem as exc:
                p.problems.append(t._("%(column)s: %(reason)s", column=t._(
                    FUNDING_BY_KEY[key].label), reason=str(exc)))
                continue
            if key in withheld:
                if canon(key, value) not in ("", base[1][key]):
                    p.problems.append(t._("%(column)s is not shared with this audience and "
                                          "cannot be changed from this workbook",
                                          column=t._(FUNDING_BY_KEY[key].label)))
                continue
            p.values[key] = value
        start, end = p.values.get("funding_start"), p.values.get("funding_end")
        if start and end and end < start:
            p.problems.append(t._("the funding period ends (%(end)s) before it starts "
                                  "(%(start)s)", end=end.isoformat(), start=start.isoformat()))
        empty = [t._(FUNDING_BY_KEY[k].label) for k in REQUIRED
                 if k not in withheld and p.values.get(k) in (None, "")
                 and (base is not None or k not in NEW_LINE_DEFAULTS)]
        if not p.problems and empty:
            p.problems.append(t._("%(columns)s cannot be empty", columns=", ".join(empty)))
        return p

    def _value(self, key: str, raw):
        kind = FUNDING_BY_KEY[key].kind
        if kind == "money":
            if raw is None or text_of(raw) == "":
                return None
            return parse_money(raw, self.m.book.decimal)
        if kind == "date":
            return parse_date(raw)
        if kind == "currency":
            return parse_currency(raw) or None
        if kind == "code":
            text = text_of(raw)
            if not text:
                return None
            code = self.codes[FUNDING_BY_KEY[key].taxonomy].get(_folded(text))
            if code is None:
                raise CellProblem(self.t._("unknown value '%(text)s'", text=text))
            return code
        return text_of(raw)

    def _changed(self, p: _ParsedLine) -> None:
        from transition_planner.exchange.merge import CHANGED, CellChange, merge_value

        _handover, base, _withheld = self.book.base[p.line_id]
        ours = self.ours_by_id.get(p.line_id)
        edited = [k for k in p.values if canon(k, p.values[k]) != base[k]]
        if not edited:
            self.m.unchanged_funding += 1
            return
        if ours is None or ours.hidden:
            why = (self.t._("deleted from the plan since the export, but edited in the workbook;"
                            " left out") if ours is None else
                   self.t._("marked sensitive in the plan since the export; left as it is"))
            p.problems.append(why)
            self.m.problems.append(self._problem(p))
            return
        now = dict(zip(FUNDING_FIELDS, ours.canon_list()))
        cells = []
        for key in edited:
            theirs = canon(key, p.values[key])
            outcome = merge_value(base[key], now[key], theirs)
            if outcome is not None:
                cells.append(CellChange(key, self.display(key, base[key]),
                                        self.display(key, now[key]), self.display(key, theirs),
                                        p.values[key], conflict=outcome == "conflict"))
        if not cells:
            self.m.unchanged_funding += 1
            return
        self.m.changes.append(self._change(CHANGED, p.row.number, ours.capacity_id,
                                           p.handover_id, p.line_id, cells=cells,
                                           values=ours.values))

    def _added(self, p: _ParsedLine) -> None:
        from transition_planner.exchange.merge import ADDED

        handover = self.handovers.get(p.handover_id)
        if handover is None:  # deleted from the plan since the export
            p.problems.append(self.t._("its handover is no longer in the plan, or no longer "
                                       "shared with this audience"))
            self.m.problems.append(self._problem(p))
            return
        values = {k: v for k, v in p.values.items() if v not in (None, "")}
        values.setdefault("funding_currency", handover.values.get("currency")
                          or self.m.ours.currency)
        values.setdefault("funding_status", "required")
        self.m.changes.append(self._change(ADDED, p.row.number, handover.capacity_id,
                                           p.handover_id, "", values=values))

    def _deletions(self, present: set[str], deleted_handovers: set[str], unsure) -> None:
        from transition_planner.exchange.merge import DELETED, EDITED_IN_PLAN, RowProblem

        gone = []
        for line_id, (handover_id, base, _withheld) in self.book.base.items():
            ours = self.ours_by_id.get(line_id)
            if line_id in present or ours is None or handover_id in deleted_handovers:
                continue  # kept, deleted already, or going with its handover
            if ours.hidden:
                self.m.problems.append(RowProblem(None, self._label(handover_id, ours.values), [
                    self.t._("deleted in the workbook, but marked sensitive since the export: "
                             "kept")]))
                continue
            edited = ours.canon_list() != [base[k] for k in FUNDING_FIELDS]
            gone.append(self._change(DELETED, None, ours.capacity_id, handover_id, line_id,
                                     values=ours.values,
                                     conflict=EDITED_IN_PLAN if edited else ""))
        if gone and unsure:
            self.m.problems.append(RowProblem(None, self.t._("Funding lines missing from the "
                                                             "workbook"), [
                self.t._("they are kept, not deleted: rows %(rows)s of the Funding sheet cannot "
                         "be read, and each may be one of them. Fix those rows and import again.",
                         rows=", ".join(str(n) for n in unsure))]))
            return
        self.m.changes += gone

    def _change(self, kind, number, capacity_id, handover_id, line_id, cells=(), values=None,
                conflict=""):
        from transition_planner.exchange.merge import RowChange

        change = RowChange(self.m.next_id(), kind, self._label(handover_id, values or {},
                                                               line_id),
                           number, capacity_id, handover_id, list(cells), conflict,
                           values=dict(values or {}) if kind == "added" else {})
        change.record, change.funding_id = FUNDING, line_id
        if kind == "deleted":
            change.removes = {"fundingline": 1}
        return change

    def _label(self, handover_id: str, values: dict, line_id: str = "") -> str:
        row = self.handovers.get(handover_id)
        ours = self.ours_by_id.get(line_id)
        values = {**(ours.values if ours else {}), **values}
        name = row.values["name"] if row else "?"
        actor = self.m.ours.successors.get(row.values.get("successor") or "") if row else None
        amount = values.get("funding_amount")
        money = f"{canon('funding_amount', amount)} {values.get('funding_currency') or ''}" \
            if amount is not None else "?"
        return self.t._("Funding of %(capacity)s -> %(successor)s: %(amount)s",
                        capacity=name, successor=actor.name if actor else "?",
                        amount=money.strip())

    def display(self, key: str, text: str) -> str:
        column = FUNDING_BY_KEY[key]
        if text and column.kind == "code":
            return self.m.codes.label(column.taxonomy, text, "en")
        return text


def _code_lookup(taxonomy, kind: str) -> dict[str, str]:
    table = {}
    for term in taxonomy.terms(kind):
        for text in (term.label_fr, term.label, term.code, term.label_for("ar")):
            if text:
                table[_folded(text)] = term.code
    return table


# --- applying --------------------------------------------------------------------------------


def apply_row(applier, row) -> None:
    """Write one funding line change of an accepted preview (see apply._Applier)."""
    from transition_planner.services import records
    from transition_planner.services.handovers import _check_funding, _funding_label
    from transition_planner.services.plans import validate
    from transition_planner.services.schemas import FundingLineCreate

    session = applier.session
    if row.kind == "deleted":
        line = session.get(FundingLine, row.funding_id)
        if line is not None:
            records.delete(session, applier.handle.user, line, row.label, applier.source)
            applier.result.deleted += 1
        return
    if row.kind == "added":
        data = {FUNDING_BY_KEY[k].attr: v for k, v in row.values.items()
                if k in FUNDING_BY_KEY and FUNDING_BY_KEY[k].attr}
        data.update(capacity_id=row.capacity_id, handover_id=row.handover_id)
        info = validate(FundingLineCreate, data)
        _check_funding(applier.handle, session, info)
        records.add(session, applier.handle.user, FundingLine(**info.model_dump()),
                    _funding_label(session, info), applier.source)
        applier.result.added += 1
        return
    changes = {}
    for cell in row.cells:
        if cell.conflict and applier.choice(f"{row.id}/{cell.field}") == "ours":
            applier.result.kept_ours += 1
            continue
        changes[FUNDING_BY_KEY[cell.field].attr] = cell.value
    if not changes:
        return
    line = records.get(session, FundingLine, row.funding_id, "funding line")
    current = {k: getattr(line, k) for k in FundingLineCreate.model_fields}
    info = validate(FundingLineCreate, {**current, **changes})
    _check_funding(applier.handle, session, info)
    records.update(session, applier.handle.user, line, info.model_dump(),
                   _funding_label(session, info), applier.source)
    applier.result.changed += 1
