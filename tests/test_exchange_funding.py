"""The Funding sheet of the matrix: each handover's funding lines, exported and merged back."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import openpyxl
import pytest
from test_exchange_support import build_small_plan

from transition_planner.exchange.apply import apply_import
from transition_planner.exchange.export import export_matrix
from transition_planner.exchange.funding_sheet import (
    FUNDING_BASE_SHEET,
    FUNDING_COLUMNS,
    FUNDING_SHEET,
)
from transition_planner.exchange.merge import ADDED, CHANGED, DELETED, preview_import
from transition_planner.services import handovers

HEADERS = [c.header("en") for c in FUNDING_COLUMNS]


def add_lines(handle, ids) -> dict:
    """UNICEF's CLA handover: a PBF line and a bilateral one; the UNMAS handover: one line,
    and one sensitive line (a donor that must not be named outside the mission)."""
    cla = ids["cla"]
    pbf = handovers.add_funding_line(handle, {
        "capacity_id": cla, "handover_id": ids["h_unicef"], "source_type": "peacebuilding_fund",
        "donor": "PBF", "amount": "60000", "currency": "USD", "status": "pledged",
        "period_start": "2027-01-01", "period_end": "2027-12-31"})
    norway = handovers.add_funding_line(handle, {
        "capacity_id": cla, "handover_id": ids["h_unicef"], "source_type": "bilateral",
        "donor": "Norway", "amount": "25000.50", "currency": "USD", "status": "committed",
        "period_start": "2027-01-01", "period_end": "2027-06-30", "sensitive_fields": ["donor"]})
    mines = handovers.add_funding_line(handle, {
        "capacity_id": ids["mines"], "handover_id": ids["h_unmas"], "source_type": "mptf",
        "donor": "MPTF Office", "amount": "300000", "currency": "USD", "status": "required",
        "period_start": "2027-02-01", "period_end": "2028-01-31"})
    secret = handovers.add_funding_line(handle, {
        "capacity_id": ids["mines"], "handover_id": ids["h_unmas"], "source_type": "bilateral",
        "donor": "Confidential embassy", "amount": "5000", "currency": "EUR",
        "status": "pledged", "sensitive": True})
    return {"pbf": pbf.id, "norway": norway.id, "mine_line": mines.id, "secret": secret.id}


@pytest.fixture
def funded(plan):
    ids = build_small_plan(plan)
    ids.update(add_lines(plan, ids))
    return plan, ids


class FundingSheet:
    """The exported Funding sheet opened by header, as a partner edits it."""

    def __init__(self, path):
        self.path = path
        self.wb = openpyxl.load_workbook(path)
        self.ws = self.wb[FUNDING_SHEET]
        self.at = {c.key: i for i, c in enumerate(FUNDING_COLUMNS, 1)}

    def rows(self) -> list[dict]:
        return [{c.key: self.ws.cell(r, self.at[c.key]).value for c in FUNDING_COLUMNS}
                for r in range(3, self.ws.max_row + 1)
                if self.ws.cell(r, self.at["funding_handover_id"]).value]

    def row_of(self, line_id: str) -> int:
        for r in range(3, self.ws.max_row + 1):
            if self.ws.cell(r, self.at["funding_id"]).value == line_id:
                return r
        raise LookupError(line_id)

    def set(self, row: int, key: str, value) -> None:
        self.ws.cell(row, self.at[key]).value = value

    def append(self, values: dict) -> None:
        row = self.ws.max_row + 1
        for key, value in values.items():
            self.set(row, key, value)

    def delete(self, line_id: str) -> None:
        self.ws.delete_rows(self.row_of(line_id))

    def save(self):
        self.wb.save(self.path)
        return self.path


def lines_of(handle) -> dict:
    return {line.id: line for line in handovers.list_funding_lines(handle)}


def test_the_funding_sheet_holds_each_exported_handovers_lines(funded, tmp_path):
    handle, ids = funded
    out = tmp_path / "internal.xlsx"
    export_matrix(handle, out)
    wb = openpyxl.load_workbook(out)
    assert wb.sheetnames.index(FUNDING_SHEET) == 2  # after Instructions and Matrix
    assert wb[FUNDING_BASE_SHEET].sheet_state == "hidden"
    ws = wb[FUNDING_SHEET]
    assert [c.value for c in ws[1]] == HEADERS
    assert [c.value for c in ws[2]][4:6] == ["#value+funding", "#currency+code"]
    rows = {r["funding_id"]: r for r in FundingSheet(out).rows()}
    assert set(rows) == {ids["pbf"], ids["norway"], ids["mine_line"], ids["secret"]}
    pbf = rows[ids["pbf"]]
    assert pbf["funding_capacity"] == "Community liaison assistants"
    assert pbf["funding_successor"] == "UNICEF"
    assert pbf["funding_source"] == "Peacebuilding Fund" and pbf["funding_status"] == "Pledged"
    assert pbf["funding_amount"] == 60000 and pbf["funding_currency"] == "USD"
    assert pbf["funding_start"].date() == date(2027, 1, 1)
    assert pbf["funding_handover_id"] == ids["h_unicef"]


@pytest.mark.parametrize("audience", ["cluster", "donor"])
def test_sensitive_funding_lines_stay_out_of_outside_exports(funded, tmp_path, audience):
    handle, ids = funded
    out = tmp_path / f"{audience}.xlsx"
    export_matrix(handle, out, audience=audience)
    rows = {r["funding_id"]: r for r in FundingSheet(out).rows()}
    assert set(rows) == {ids["pbf"], ids["norway"], ids["mine_line"]}
    assert rows[ids["norway"]]["funding_donor"] is None  # its donor is marked sensitive
    assert rows[ids["norway"]]["funding_amount"] == 25000.5
    texts = " ".join(str(c.value) for ws in openpyxl.load_workbook(out)
                     for row in ws.iter_rows() for c in row if c.value is not None)
    assert "Confidential embassy" not in texts and "Norway" not in texts
    assert ids["secret"] not in texts


def test_changed_added_and_deleted_lines_round_trip(funded, tmp_path):
    handle, ids = funded
    out = tmp_path / "cluster.xlsx"
    export_matrix(handle, out, audience="cluster")
    sheet = FundingSheet(out)
    row = sheet.row_of(ids["pbf"])
    sheet.set(row, "funding_amount", 75000)
    sheet.set(row, "funding_status", "Committed")
    sheet.delete(ids["mine_line"])
    sheet.append({"funding_handover_id": ids["h_women"], "funding_source": "Humanitarian pooled "
                  "fund (CBPF, CERF)", "funding_donor": "CBPF", "funding_amount": "12 000,00",
                  "funding_start": "01/04/2027", "funding_end": "2027-12-31"})
    sheet.save()
    preview = preview_import(handle, out)
    assert preview.problems == []
    changed = [r for r in preview.of_kind(CHANGED) if r.record == "funding"]
    [change] = changed
    assert change.funding_id == ids["pbf"]
    assert {c.field: c.value for c in change.cells} == {
        "funding_amount": Decimal("75000.00"), "funding_status": "committed"}
    [deleted] = preview.of_kind(DELETED)
    assert deleted.record == "funding" and deleted.funding_id == ids["mine_line"]
    [added] = preview.of_kind(ADDED)
    assert added.record == "funding" and added.handover_id == ids["h_women"]
    assert preview.unchanged_funding == 1  # the Norway line
    apply_import(handle, preview)
    lines = lines_of(handle)
    assert lines[ids["pbf"]].amount == Decimal("75000.00")
    assert lines[ids["pbf"]].status == "committed"
    assert ids["mine_line"] not in lines and ids["secret"] in lines  # the hidden line stays
    [new] = [line for line in lines.values() if line.handover_id == ids["h_women"]]
    assert (new.source_type, new.donor, new.amount, new.currency, new.status) == (
        "humanitarian_pooled", "CBPF", Decimal("12000.00"), "USD", "required")
    assert (new.period_start, new.period_end) == (date(2027, 4, 1), date(2027, 12, 31))
    assert new.capacity_id == ids["cla"]
    assert lines[ids["norway"]].donor == "Norway"  # withheld from the cluster: kept


def test_the_preview_words_the_funding_changes(funded, tmp_path):
    from transition_planner.exchange.commands import format_preview

    handle, ids = funded
    out = tmp_path / "m.xlsx"
    export_matrix(handle, out, audience="cluster")
    sheet = FundingSheet(out)
    sheet.set(sheet.row_of(ids["pbf"]), "funding_amount", 75000)
    sheet.append({"funding_handover_id": ids["h_unmas"], "funding_source": "Bilateral donor",
                  "funding_amount": 1000, "funding_currency": "EUR"})
    sheet.save()
    text = format_preview(preview_import(handle, out))
    assert ("Funding of Community liaison assistants -> UNICEF: 60000.00 USD\n"
            "      Amount: '60000.00' -> '75000.00'") in text
    assert "Funding of Explosive ordnance clearance -> UN Mine Action Service: 1000.00 EUR" \
        in text
    assert "Funding source: bilateral" in text and "Unchanged funding lines: 2" in text


@pytest.mark.parametrize("key, value, reason", [
    ("funding_amount", "about 5000", "Amount: 'about 5000' is not an amount"),
    ("funding_amount", -10, "must not be negative"),
    ("funding_currency", "US$", "currency 'US$' is not a three-letter code"),
    ("funding_start", "2027-13-45", "Period from: bad date '2027-13-45'"),
    ("funding_end", "2026-01-01", "the funding period ends (2026-01-01) before it starts"),
    ("funding_source", "Lottery", "Funding source: unknown value 'Lottery'"),
    ("funding_amount", None, "Amount cannot be empty"),
])
def test_a_malformed_line_is_refused_and_changes_nothing(funded, tmp_path, key, value, reason):
    handle, ids = funded
    out = tmp_path / "m.xlsx"
    export_matrix(handle, out, audience="cluster")
    sheet = FundingSheet(out)
    sheet.set(sheet.row_of(ids["pbf"]), "funding_donor", "PBF Secretariat")
    sheet.set(sheet.row_of(ids["pbf"]), key, value)
    sheet.delete(ids["mine_line"])  # would be deleted, but an unreadable line may be it
    sheet.save()
    before = {k: v.model_dump() for k, v in lines_of(handle).items()}
    preview = preview_import(handle, out)
    [problem, kept] = preview.problems
    assert problem.sheet_row == 3 and reason in "; ".join(problem.reasons), problem.reasons
    assert "kept, not deleted" in kept.reasons[0]
    assert not [r for r in preview.rows if r.record == "funding"]
    apply_import(handle, preview)
    assert {k: v.model_dump() for k, v in lines_of(handle).items()} == before


def test_a_line_edited_in_the_plan_and_the_workbook_is_a_conflict(funded, tmp_path):
    handle, ids = funded
    out = tmp_path / "m.xlsx"
    export_matrix(handle, out, audience="cluster")
    handovers.update_funding_line(handle, ids["pbf"], {"amount": "61000"})
    handovers.update_funding_line(handle, ids["mine_line"], {"donor": "UNMAS trust fund"})
    sheet = FundingSheet(out)
    sheet.set(sheet.row_of(ids["pbf"]), "funding_amount", 70000)
    sheet.delete(ids["mine_line"])
    sheet.save()
    preview = preview_import(handle, out)
    [changed] = preview.of_kind(CHANGED)
    [cell] = changed.cells
    assert (cell.base, cell.ours, cell.theirs, cell.conflict) == (
        "60000.00", "61000.00", "70000.00", True)
    [deleted] = preview.of_kind(DELETED)
    assert deleted.conflict.startswith("deleted in the workbook, but edited in the plan")
    keys = preview.conflict_keys()
    apply_import(handle, preview, {keys[0]: "theirs", keys[1]: "ours"})
    lines = lines_of(handle)
    assert lines[ids["pbf"]].amount == Decimal("70000.00")
    assert lines[ids["mine_line"]].donor == "UNMAS trust fund"


def test_lines_of_a_deleted_handover_go_with_it(funded, tmp_path):
    from test_exchange_support import MatrixBook

    handle, ids = funded
    out = tmp_path / "m.xlsx"
    export_matrix(handle, out, audience="cluster")
    book = MatrixBook(out)
    book.ws.delete_rows(book.row_of(ids["h_unicef"]))
    book.save()
    preview = preview_import(handle, out)
    [deleted] = preview.of_kind(DELETED)
    assert deleted.record == "" and deleted.removes.get("fundingline") == 2
    apply_import(handle, preview)
    assert ids["pbf"] not in lines_of(handle)


def test_a_line_for_a_handover_not_exported_is_refused(funded, tmp_path):
    handle, ids = funded
    out = tmp_path / "unmas.xlsx"
    export_matrix(handle, out, audience="cluster", actor="UNMAS")
    sheet = FundingSheet(out)
    sheet.append({"funding_handover_id": ids["h_unicef"], "funding_source": "Bilateral donor",
                  "funding_amount": 1000})
    sheet.save()
    preview = preview_import(handle, out)
    [problem] = preview.problems
    assert "not one of the handovers this workbook was exported with" in problem.reasons[0]
    assert preview.rows == []


@pytest.mark.libreoffice
def test_the_funding_sheet_survives_a_libreoffice_resave(funded, tmp_path):
    from test_exchange_libreoffice import resave

    handle, ids = funded
    out = tmp_path / "cluster.xlsx"
    export_matrix(handle, out, audience="cluster", lang="fr")
    untouched = preview_import(handle, resave(out, tmp_path, locale="fr-FR"))
    assert untouched.rows == [] and untouched.problems == []
    assert untouched.unchanged_funding == 3
    sheet = FundingSheet(out)
    sheet.set(sheet.row_of(ids["pbf"]), "funding_amount", 64500.25)
    sheet.set(sheet.row_of(ids["pbf"]), "funding_end", "30/09/2027")
    sheet.append({"funding_handover_id": ids["h_unmas"], "funding_source": "Fonds pour la "
                  "consolidation de la paix", "funding_amount": 9000, "funding_currency": "eur",
                  "funding_status": "Engagé"})
    sheet.save()
    edited = tmp_path / "edited"
    edited.mkdir()
    preview = preview_import(handle, resave(out, edited, locale="fr-FR"))
    assert preview.problems == []
    [changed] = preview.of_kind(CHANGED)
    assert {c.field: c.value for c in changed.cells} == {
        "funding_amount": Decimal("64500.25"), "funding_end": date(2027, 9, 30)}
    [added] = preview.of_kind(ADDED)
    assert added.values["funding_source"] == "peacebuilding_fund"
    assert (added.values["funding_currency"], added.values["funding_status"]) == (
        "EUR", "committed")
    apply_import(handle, preview)
    lines = lines_of(handle)
    assert lines[ids["pbf"]].amount == Decimal("64500.25")
    assert lines[ids["pbf"]].period_end == date(2027, 9, 30)
    assert len([x for x in lines.values() if x.handover_id == ids["h_unmas"]]) == 3


def test_a_funding_sheet_pasted_without_its_hidden_sheets_imports_by_its_ids(funded, tmp_path):
    handle, ids = funded
    out = tmp_path / "cluster.xlsx"
    export_matrix(handle, out, audience="cluster")
    source = openpyxl.load_workbook(out)
    wb = openpyxl.Workbook()
    wb.active.title = "Copied"
    for title, ws in (("Matrix", wb.active), ("Funding", wb.create_sheet("Funding"))):
        for row in source[title].iter_rows(values_only=True):
            ws.append(list(row))
    for row in wb["Copied"].iter_rows():
        for cell in row:
            if isinstance(cell.value, str) and cell.value.startswith("="):
                cell.data_type = "s"
    at = {c.key: i for i, c in enumerate(FUNDING_COLUMNS)}
    for row in wb["Funding"].iter_rows(min_row=3):
        if row[at["funding_id"]].value == ids["mine_line"]:
            row[at["funding_status"]].value = "Disbursed"
    pasted = tmp_path / "pasted.xlsx"
    wb.save(pasted)
    preview = preview_import(handle, pasted)
    assert preview.without_base and preview.problems == []
    [change] = preview.rows
    assert change.record == "funding" and change.funding_id == ids["mine_line"]
    assert [(c.field, c.value) for c in change.cells] == [("funding_status", "disbursed")]
    assert preview.of_kind(DELETED) == []  # the sensitive line, not in the copy, stays


def _plan_counts(handle) -> tuple[int, int, int]:
    from transition_planner.services import inventory

    return (len(inventory.list_capacities(handle)), len(handovers.list_handovers(handle)),
            len(handovers.list_funding_lines(handle)))


def test_a_partners_own_copy_holds_and_changes_its_rows_only(funded, tmp_path, capsys):
    from test_exchange_support import MatrixBook

    from transition_planner import cli

    handle, ids = funded
    out = tmp_path / "unicef.xlsx"
    handle.close()
    assert cli.main(["export-matrix", str(handle.path), str(out), "--audience", "cluster",
                     "--actor", "unicef"]) == 0
    assert "Wrote 1 rows for the protection cluster audience" in capsys.readouterr().out
    from transition_planner.services import plans

    handle = plans.open_plan(handle.path)
    book = MatrixBook(out)
    assert [book.get(r, "handover_id") for r in range(3, book.ws.max_row + 1)
            if book.get(r, "capacity_id")] == [ids["h_unicef"]]
    assert {r["funding_id"] for r in FundingSheet(out).rows()} == {ids["pbf"], ids["norway"]}
    counts = _plan_counts(handle)
    book.set(book.row_of(ids["h_unicef"]), "status", "Handed over")
    book.append({"location": "Asari", "name": "Radio Asari FM", "successor": "UNMAS",
                 "share": 0.5})
    book.save()
    sheet = FundingSheet(out)
    sheet.delete(ids["norway"])
    sheet.save()
    preview = preview_import(handle, out)
    assert [(r.kind, r.record, r.funding_id or r.handover_id) for r in preview.rows] == [
        (CHANGED, "", ids["h_unicef"]), (DELETED, "funding", ids["norway"])]
    [problem] = preview.problems
    assert "UNICEF's own copy" in problem.reasons[0]
    apply_import(handle, preview)
    assert _plan_counts(handle) == (counts[0], counts[1], counts[2] - 1)
    statuses = {h.id: h.status for h in handovers.list_handovers(handle)}
    assert statuses == {ids["h_unicef"]: "handed_over", ids["h_women"]: "proposed",
                        ids["h_unmas"]: "agreed"}
    handle.close()


def test_an_unknown_partner_is_refused(funded, tmp_path):
    from transition_planner.services.errors import ServiceError

    handle, _ids = funded
    with pytest.raises(ServiceError, match="No partner called 'Oxfam'"):
        export_matrix(handle, tmp_path / "x.xlsx", actor="Oxfam")
    assert not (tmp_path / "x.xlsx").exists()


def test_lines_of_a_handover_marked_sensitive_since_the_export_are_left_alone(funded, tmp_path):
    handle, ids = funded
    out = tmp_path / "m.xlsx"
    export_matrix(handle, out, audience="cluster")
    handovers.update_handover(handle, ids["h_unicef"], {"sensitive": True})
    sheet = FundingSheet(out)
    sheet.set(sheet.row_of(ids["pbf"]), "funding_amount", 1)
    sheet.append({"funding_handover_id": ids["h_unicef"], "funding_source": "Bilateral donor",
                  "funding_amount": 10})
    sheet.save()
    before = {k: v.model_dump() for k, v in lines_of(handle).items()}
    preview = preview_import(handle, out)
    assert not [r for r in preview.rows if r.record == "funding"]
    reasons = [p.reasons[0] for p in preview.problems if p.record == "funding"]
    assert len(reasons) == 2 and "marked sensitive" in reasons[0]
    apply_import(handle, preview, default="ours")
    assert {k: v.model_dump() for k, v in lines_of(handle).items()} == before
