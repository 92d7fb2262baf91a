"""Who does what where (3W): the plan's handovers as the table clusters collect, with HXL tags.

One row per funding line of a handover, and one row for a handover without funding lines.
Why per funding line: a 3W's funding columns must hold one amount, in one currency, from one
funder, for HXL tools to add them up by donor, place or cluster; one row per handover would
have to join several donors and currencies into one cell (or add up amounts in different
currencies). A handover is named by its Handover ID on each of its rows, so it is counted once.
Capacities without a successor are not in the table: nobody does them (they are the gaps the
matrix and the reports show).

Places by name and P-code from the admin levels (#adm1, #adm2) down to the location, the
implementing organisation (the successor) and the funder, the cluster and area of
responsibility by their IASC codes (#sector+code, #subsector+code, see hxl_codes), the activity
(the capacity) and its category, the handover's dates and status, the funding line's amount,
currency, status and period. For one audience: sensitive records and fields are left out of
cluster and donor copies as in the matrix (the same rows, the same funding lines).
Written as CSV (RFC 4180, as csv_matrix) or as a workbook of one sheet.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path

from transition_planner.domain import taxonomy as tx
from transition_planner.domain.audience import check_audience
from transition_planner.exchange import funding_sheet
from transition_planner.exchange.csv_matrix import guarded, write_csv
from transition_planner.exchange.hxl_codes import cluster_codes
from transition_planner.exchange.matrix import Codes
from transition_planner.exchange.rows import PlanRow, PlanRows, load_rows, select_rows
from transition_planner.i18n import N_, translator
from transition_planner.services.errors import ServiceError
from transition_planner.services.files import check_target, replacing
from transition_planner.services.plans import PlanHandle

SUFFIXES = (".csv", ".xlsx")
SHEET = "3W"


@dataclass(frozen=True)
class ThreeWColumn:
    key: str
    label: str  # English; French and Arabic through the core catalogue
    hxl: str
    width: int = 16

    def header(self, lang: str) -> str:
        return translator(lang).gettext(self.label)


THREEW_COLUMNS: tuple[ThreeWColumn, ...] = (
    ThreeWColumn("country_code", N_("Country code"), "#country+code", 9),
    ThreeWColumn("province", N_("Province"), "#adm1+name", 18),
    ThreeWColumn("province_pcode", N_("Province P-code"), "#adm1+code", 12),
    ThreeWColumn("district", N_("Territory"), "#adm2+name", 18),
    ThreeWColumn("district_pcode", N_("Territory P-code"), "#adm2+code", 12),
    ThreeWColumn("location", N_("Location"), "#loc+name", 24),
    ThreeWColumn("pcode", N_("P-code"), "#loc+code", 12),
    ThreeWColumn("org", N_("Implementing organisation"), "#org+impl+name", 30),
    ThreeWColumn("org_type", N_("Organisation type"), "#org+impl+type", 22),
    ThreeWColumn("funder", N_("Funder"), "#org+funder+name", 24),
    ThreeWColumn("funder_type", N_("Funding source"), "#org+funder+type", 22),
    ThreeWColumn("cluster", N_("Cluster"), "#sector+code", 9),
    ThreeWColumn("aor", N_("Area of responsibility"), "#subsector+code", 12),
    ThreeWColumn("activity", N_("Activity"), "#activity+name", 36),
    ThreeWColumn("category", N_("Category"), "#activity+type", 28),
    ThreeWColumn("start", N_("Handover date"), "#date+start", 12),
    ThreeWColumn("end", N_("Commitment ends"), "#date+end", 12),
    ThreeWColumn("status", N_("Status"), "#status", 16),
    ThreeWColumn("amount", N_("Amount"), "#value+funding", 14),
    ThreeWColumn("currency", N_("Currency"), "#currency+code", 9),
    ThreeWColumn("funding_status", N_("Funding status"), "#status+funding", 14),
    ThreeWColumn("funding_start", N_("Period from"), "#date+start+funding", 12),
    ThreeWColumn("funding_end", N_("Period to"), "#date+end+funding", 12),
    ThreeWColumn("capacity_id", N_("Capacity ID"), "#activity+code", 12),
    ThreeWColumn("handover_id", N_("Handover ID"), "#meta+handover+code", 12),
    ThreeWColumn("funding_id", N_("Funding line ID"), "#meta+funding+code", 12),
)
KEYS = tuple(c.key for c in THREEW_COLUMNS)
_FUNDING_KEYS = {"funder": "funding_donor", "funder_type": "funding_source",
                 "amount": "funding_amount", "currency": "funding_currency",
                 "funding_status": "funding_status", "funding_start": "funding_start",
                 "funding_end": "funding_end"}


@dataclass(frozen=True)
class ThreeWResult:
    path: Path
    rows: int
    handovers: int
    audience: str


class ThreeWRefused(ServiceError):
    """The 3W table cannot be written where or how asked; nothing was written."""


def export_3w(handle: PlanHandle, path: str | Path, *, audience: str = "internal",
              lang: str = "en", actor: str = "") -> ThreeWResult:
    """Write the 3W table of the plan for `audience` to `path` (.csv or .xlsx); `actor` (a
    name or acronym): one partner's rows only."""
    from transition_planner.exchange.export import _partner

    path = Path(path)
    if path.suffix.lower() not in SUFFIXES:
        raise ThreeWRefused(N_("A 3W table is saved as a CSV file (.csv) or an Excel workbook "
                               "(.xlsx), not '%(suffix)s'."), suffix=path.suffix or path.name)
    try:
        check_audience(audience)
    except ValueError as exc:
        raise ServiceError(str(exc)) from None
    check_target(path, handle.path, "table", error=ThreeWRefused)
    codes = Codes(handle.taxonomy())
    with handle.read() as session:
        plan_rows = load_rows(handle, audience, session)
        lines = funding_sheet.load_lines(session, audience)
    rows = [r for r in select_rows(plan_rows) if r.handover_id]
    if actor:
        partner = _partner(plan_rows, actor)
        rows = [r for r in rows if r.values.get("successor") == partner.id]
    table = ThreeWRows(plan_rows, codes, lang)
    values = [v for row in rows for v in table.rows(row, lines.get(row.handover_id, ()))]
    headers = [c.header(lang) for c in THREEW_COLUMNS]
    tags = [c.hxl for c in THREEW_COLUMNS]
    with replacing(path, plan=handle.path, what="table", error=ThreeWRefused) as part:
        if path.suffix.lower() == ".csv":
            write_csv(part, headers, tags, ([_text(v) for v in row] for row in values))
        else:
            _write_xlsx(part, headers, tags, values)
    return ThreeWResult(path, len(values), len(rows), audience)


class ThreeWRows:
    """A handover's 3W rows as values (texts, dates and amounts), in the order of KEYS."""

    def __init__(self, plan_rows: PlanRows, codes: Codes, lang: str):
        self.plan_rows, self.codes, self.lang = plan_rows, codes, lang
        self.labels: dict[tuple[str, str], str] = {}
        self.clusters: dict[str, tuple[str, str]] = {}

    def rows(self, row: PlanRow, lines) -> list[list]:
        shared = self.handover_values(row)
        shown = [line for line in lines if not line.hidden]
        if not shown:
            return [[shared.get(k) for k in KEYS]]
        rows = []
        for line in shown:
            values = {**shared, **self.funding_values(line)}
            rows.append([values.get(k) for k in KEYS])
        return rows

    def handover_values(self, row: PlanRow) -> dict:
        place = self.plan_rows.places[row.values["location"]]
        withheld, values = row.withheld, row.values
        actor = None if "successor" in withheld else self.plan_rows.successors.get(
            values.get("successor") or "")
        category = values.get("category")
        if category not in self.clusters:
            self.clusters[category] = cluster_codes(self.codes.taxonomy, category)
        cluster, aor = self.clusters[category]
        shown = "location" not in withheld

        def value(key):
            return None if key in withheld else values.get(key)

        return {
            "country_code": place.country_pcode, "province": place.province,
            "province_pcode": place.province_pcode, "district": place.district,
            "district_pcode": place.district_pcode,
            "location": place.name if shown else "", "pcode": place.pcode if shown else "",
            "org": actor.name if actor else "",
            "org_type": self.label(tx.ACTOR_TYPE, actor.actor_type) if actor else "",
            "cluster": cluster, "aor": aor, "activity": value("name") or "",
            "category": self.label(tx.CATEGORY, value("category")),
            "start": value("start_date"), "end": value("handover_end"),
            "status": self.label(tx.HANDOVER_STATUS, value("status")),
            "capacity_id": row.capacity_id, "handover_id": row.handover_id,
        }

    def funding_values(self, line) -> dict:
        def value(key):
            return None if key in line.withheld else line.values.get(key)

        found = {key: value(field) for key, field in _FUNDING_KEYS.items()}
        found["funder_type"] = self.label(tx.FUNDING_SOURCE, found["funder_type"])
        found["funding_status"] = self.label(tx.FUNDING_STATUS, found["funding_status"])
        found["funding_id"] = line.id
        return found

    def label(self, kind: str, code) -> str:
        if not code:
            return ""
        found = self.labels.get((kind, code))
        if found is None:  # a few dozen codes serve every row
            found = self.labels[kind, code] = self.codes.label(kind, code, self.lang)
        return found


def _text(value) -> str:
    """A 3W value as a CSV cell."""
    if value.__class__ is str:  # most cells
        return guarded(value)
    if value is None:
        return ""
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value.quantize(Decimal("0.01")))
    return guarded(str(value))


def _write_xlsx(part: Path, headers, tags, rows) -> None:
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    book = Workbook(write_only=True)
    sheet = book.create_sheet(SHEET)
    for number, column in enumerate(THREEW_COLUMNS, 1):
        sheet.column_dimensions[get_column_letter(number)].width = column.width
    sheet.freeze_panes = "A3"
    sheet.auto_filter.ref = f"A2:{get_column_letter(len(headers))}{len(rows) + 2}"

    def text_cell(text, font=None):
        cell = WriteOnlyCell(sheet, text)
        cell.data_type = "s"  # a header, hashtag or name is never a formula
        if font is not None:
            cell.font = font
        return cell

    sheet.append([text_cell(h, Font(bold=True)) for h in headers])
    sheet.append([text_cell(t, Font(italic=True, color="555555")) for t in tags])
    for row in rows:
        cells = []
        for value in row:
            if isinstance(value, date):
                cell = WriteOnlyCell(sheet, value)
                cell.number_format = "yyyy-mm-dd"
                cells.append(cell)
            elif isinstance(value, str):
                cells.append(text_cell(value) if value else None)
            else:
                cells.append(value)
        sheet.append(cells)
    book.save(part)
