"""The matrix and the 3W table as CSV with HXL hashtags: the files, libhxl's verdict, a
partner's spreadsheet, the round trip, and the refusals of malformed files."""

from __future__ import annotations

import csv
import hashlib
import re
import shutil
import subprocess
from datetime import datetime
from decimal import Decimal
from pathlib import Path

import hxl
import openpyxl
import pytest
from test_exchange_roundtrip import plan_state
from test_exchange_support import SECRET_CAPACITY, SECRET_NOTE, build_small_plan

from transition_planner import cli
from transition_planner.exchange.apply import apply_import
from transition_planner.exchange.csv_matrix import (
    export_matrix_csv,
    guarded,
    read_matrix_csv,
    unguarded,
)
from transition_planner.exchange.export import export_matrix
from transition_planner.exchange.matrix import COLUMNS
from transition_planner.exchange.merge import OtherOrigin, preview_import
from transition_planner.exchange.read import WorkbookError
from transition_planner.exchange.threew import THREEW_COLUMNS, export_3w
from transition_planner.services import demo, handovers, plans

SCHEMAS = Path(__file__).parent / "fixtures" / "hxl"
SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
MATRIX_TAGS = [c.hxl for c in COLUMNS]
THREEW_TAGS = [c.hxl for c in THREEW_COLUMNS]


def records(path) -> list[list[str]]:
    with open(path, encoding="utf-8-sig", newline="") as fh:
        return list(csv.reader(fh))


def by_tag(path) -> list[dict[str, str]]:
    """The data rows of a CSV file, each as hashtag -> text."""
    head, tags, *rows = records(path)
    return [dict(zip(tags, row)) for row in rows]


def write_records(path, rows, delimiter=",", encoding="utf-8-sig") -> None:
    with open(path, "w", encoding=encoding, newline="") as fh:
        csv.writer(fh, delimiter=delimiter, lineterminator="\r\n").writerows(rows)


def hxl_issues(path, schema: str | None = None) -> list:
    """What libhxl's validation reports (errors, warnings and notes) for a file: with the
    built-in schema (the HXL standard's checks), or with one of ours."""
    found = []
    options = hxl.InputOptions(allow_local=True)
    source = hxl.data(str(SCHEMAS / f"{schema}-schema.json"), options) if schema else None
    hxl.schema(source, callback=found.append).validate(hxl.data(str(path), options))
    return found


def errors(issues) -> list[str]:
    return [f"{e.message}: {e.column.display_tag if e.column else ''} {e.value!r}"
            for e in issues if e.rule.severity == "error"]


def file_bytes(path: Path) -> bytes:
    return hashlib.sha256(path.read_bytes()).digest()


@pytest.fixture
def small(tmp_path):
    """The small plan in a file (its bytes are compared before and after refusals)."""
    path = tmp_path / "plan.tplan"
    handle = plans.new_plan(path, {"name": "CSV plan"}, user="planner")
    ids = build_small_plan(handle)
    yield handle, ids, path
    handle.close()


# --- the file --------------------------------------------------------------------------------


def test_rfc4180_utf8_bom_crlf_and_the_workbooks_hashtags(small, tmp_path):
    handle, ids, _path = small
    handovers.update_handover(handle, ids["h_unicef"],
                              {"agreement_ref": 'Letter "B", 2026\nsigned'})
    out = tmp_path / "m.csv"
    result = export_matrix_csv(handle, out, audience="cluster", lang="fr")
    data = out.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")  # the BOM Excel needs for UTF-8
    assert data.count(b"\r\n") == 6  # two header rows and four rows, each ended by CRLF
    head, tags, *rows = records(out)
    assert result.rows == len(rows) == 4
    assert head[:3] == ["Lieu", "Code P", "Capacité"]  # the workbook's French headers
    # the hashtag row is the workbook's, column for column
    wb = openpyxl.load_workbook(export_matrix(handle, tmp_path / "m.xlsx", lang="fr").path)
    assert tags == MATRIX_TAGS == [c.value for c in wb["Matrix"][2]]
    # RFC 4180 quoting: a field with a comma, a quote or a line break is quoted, its quotes
    # doubled; a formula-like note is kept from running as a formula
    assert b'"Letter ""B"", 2026\nsigned"' in data
    mines = next(dict(zip(tags, r)) for r in rows if r[-2] == ids["h_unmas"])
    assert mines["#description+capacity"] == "'=1+1 is not a formula"
    assert mines["#description+handover"] == "'-5% budget cut risk"
    assert mines["#indicator+share"] == "1" and mines["#value+annual"] == "450000.50"
    assert mines["#date+end"] == "2028-12-31" and mines["#adm1+code"] == "KV02"
    assert mines["#sector+code"] == "PRO" and mines["#subsector+code"] == "PRO-MIN"
    read = next(r for r in read_matrix_csv(out).rows
                if r.cells.get("handover_id") == ids["h_unmas"])
    assert read.cells["capacity_notes"] == "=1+1 is not a formula"  # as the plan holds it


@pytest.mark.parametrize("text, cell", [
    ("plain", "plain"), ("=1+1", "'=1+1"), ("-5% cut", "'-5% cut"), ("@home", "'@home"),
    ("'quoted", "'quoted"), ("'=1", "''=1"), ("''", "'''"), ("'", "'"), ("", ""),
])
def test_formula_guard_comes_off_on_import(text, cell):
    assert guarded(text) == cell and unguarded(cell) == text


def test_cluster_and_donor_copies_leave_sensitive_content_out(small, tmp_path):
    handle, ids, _path = small
    internal = (tmp_path / "internal.csv")
    export_matrix_csv(handle, internal)
    assert SECRET_NOTE in internal.read_text("utf-8-sig")
    assert SECRET_CAPACITY in internal.read_text("utf-8-sig")
    for audience in ("cluster", "donor"):
        for out, write in ((tmp_path / f"{audience}.csv", export_matrix_csv),
                           (tmp_path / f"{audience}-3w.csv", export_3w),
                           (tmp_path / f"{audience}-3w.xlsx", export_3w)):
            write(handle, out, audience=audience)
            text = (out.read_text("utf-8-sig") if out.suffix == ".csv" else "\n".join(
                str(v) for row in openpyxl.load_workbook(out).active.iter_rows(values_only=True)
                for v in row if v is not None))
            assert SECRET_NOTE not in text and SECRET_CAPACITY not in text, out.name
            assert ids["secret"] not in text


@pytest.mark.parametrize("audience", ["cluster", "donor"])
def test_demo_outside_copies_hold_no_sensitive_string(demo_plan, tmp_path, audience):
    for name, write in (("m.csv", export_matrix_csv), ("w.csv", export_3w),
                        ("w.xlsx", export_3w)):
        out = tmp_path / f"{audience}-{name}"
        write(demo_plan, out, audience=audience)
        if out.suffix == ".csv":
            text = out.read_text("utf-8-sig")
        else:
            text = "\n".join(str(v) for row in openpyxl.load_workbook(out).active.iter_rows(
                values_only=True) for v in row if v is not None)
        assert [s for s in demo.SENSITIVE_STRINGS if s in text] == [], out.name
    internal = tmp_path / "internal.csv"
    export_matrix_csv(demo_plan, internal)  # so the copies above are clean by the rules
    assert [s for s in demo.SENSITIVE_STRINGS if s in internal.read_text("utf-8-sig")]


def test_one_partners_own_copy(small, tmp_path):
    handle, ids, _path = small
    out = tmp_path / "unmas.csv"
    assert export_matrix_csv(handle, out, audience="cluster", actor="UNMAS").rows == 1
    [row] = by_tag(out)
    assert row["#meta+handover+code"] == ids["h_unmas"]
    assert row["#org+impl+name"] == "UN Mine Action Service"


# --- libhxl ----------------------------------------------------------------------------------


@pytest.mark.parametrize("audience", ["internal", "cluster"])
def test_libhxl_validates_the_demo_matrix_and_reads_its_tags(demo_plan, tmp_path, audience):
    out = tmp_path / "matrix.csv"
    result = export_matrix_csv(demo_plan, out, audience=audience)
    assert errors(hxl_issues(out)) == []  # the HXL standard's checks (libhxl's own schema)
    assert errors(hxl_issues(out, "matrix")) == []  # ours: types, ranges, codes, ids
    # libhxl reads UTF-8 without taking off the byte-order mark unless told the encoding
    source = hxl.data(str(out), hxl.InputOptions(allow_local=True, encoding="utf-8-sig"))
    assert [c.display_tag for c in source.columns] == MATRIX_TAGS
    assert [c.header for c in source.columns] == [c.header("en") for c in COLUMNS]
    read = [list(row.values) for row in source]
    assert len(read) == result.rows > 60
    assert read == records(out)[2:]  # every value as we wrote it
    again = hxl.data(str(out), hxl.InputOptions(allow_local=True))
    assert {"PRO", "LOG"} <= set(again.get_value_set("#sector+code"))


def test_libhxl_validates_the_demo_3w_csv_and_workbook(demo_plan, tmp_path):
    for suffix in (".csv", ".xlsx"):
        out = tmp_path / f"3w{suffix}"
        result = export_3w(demo_plan, out, audience="cluster", lang="fr")
        assert errors(hxl_issues(out)) == [], suffix
        assert errors(hxl_issues(out, "threew")) == [], suffix
        source = hxl.data(str(out), hxl.InputOptions(allow_local=True))
        assert [c.display_tag for c in source.columns] == THREEW_TAGS
        rows = list(source)
        assert len(rows) == result.rows > result.handovers > 60
        assert len({r.get("#meta+handover+code") for r in rows}) == result.handovers
        assert all(r.get("#org+impl+name") and r.get("#adm1+code") for r in rows)


def test_our_schemas_do_catch_bad_values(demo_plan, tmp_path):
    """So the clean verdicts above are earned: a partner's typos are errors."""
    out = tmp_path / "matrix.csv"
    export_matrix_csv(demo_plan, out, audience="cluster")
    head, tags, *rows = records(out)
    col = {t: i for i, t in enumerate(tags)}
    with_handover = [r for r in rows if r[col["#meta+handover+code"]]]
    with_handover[0][col["#indicator+share"]] = "1.5"
    with_handover[1][col["#date+start"]] = "31/12/2027"
    with_handover[2][col["#sector+code"]] = "Protection"
    with_handover[3][col["#indicator+readiness+access"]] = "7"
    with_handover[4][col["#meta+handover+code"]] = with_handover[5][col["#meta+handover+code"]]
    with_handover[6][col["#value+annual"]] = "lots"
    bad = tmp_path / "bad.csv"
    write_records(bad, [head, tags, *rows])
    found = errors(hxl_issues(bad, "matrix"))
    assert len(found) == 6, found
    assert errors(hxl_issues(bad)) == ["Expected a number: #value+annual 'lots'"]


# --- LibreOffice -----------------------------------------------------------------------------


def libreoffice(path: Path, tmp_path: Path, fmt: str) -> Path:
    """Convert with LibreOffice headless as a partner's office suite opens or saves the file:
    CSV read as comma-separated UTF-8, written back the same way."""
    if SOFFICE is None:
        pytest.skip("LibreOffice (soffice) is not installed")
    outdir = tmp_path / f"lo-{fmt}"
    outdir.mkdir(exist_ok=True)
    command = [SOFFICE, f"-env:UserInstallation={(tmp_path / 'lo-profile').as_uri()}",
               "--headless"]
    if path.suffix == ".csv":
        command.append("--infilter=CSV:44,34,76,1")
    target = "csv:Text - txt - csv (StarCalc):44,34,76,1" if fmt == "csv" else fmt
    subprocess.run([*command, "--convert-to", target, "--outdir", str(outdir), str(path)],
                   check=True, capture_output=True, timeout=180)
    result = outdir / f"{path.stem}.{fmt}"
    assert result.is_file()
    return result


def same_value(text: str, cell) -> bool:
    """A CSV text and the cell LibreOffice made of it hold the same value."""
    if cell is None:
        return text == ""
    if isinstance(cell, datetime):
        return text == cell.date().isoformat()
    if isinstance(cell, bool):
        return False
    if isinstance(cell, (int, float)):
        try:
            return Decimal(text) == Decimal(str(cell))
        except ArithmeticError:
            return False
    return text == cell


@pytest.mark.libreoffice
def test_libreoffice_opens_the_csv_with_every_value(demo_plan, tmp_path):
    out = tmp_path / "matrix.csv"
    export_matrix_csv(demo_plan, out, audience="cluster", lang="ar")
    sheet = openpyxl.load_workbook(libreoffice(out, tmp_path, "xlsx")).active
    cells = [list(row) for row in sheet.iter_rows(values_only=True)]
    texts = records(out)
    assert len(cells) == len(texts) > 60
    assert [c for c in cells[1]] == MATRIX_TAGS  # the hashtag row stays text
    lost = [(r, i, text, cells[r][i]) for r, row in enumerate(texts) for i, text in
            enumerate(row) if not same_value(text, cells[r][i] if i < len(cells[r]) else None)]
    assert lost == []


@pytest.mark.libreoffice
def test_partner_edits_a_cell_in_libreoffice_and_the_import_changes_exactly_that(
        small, tmp_path):
    handle, ids, path = small
    out = tmp_path / "for-partner.csv"
    export_matrix_csv(handle, out, audience="cluster")
    before = plan_state(handle)
    # the partner opens the file in LibreOffice, types a new status, saves it as CSV again
    book_path = libreoffice(out, tmp_path, "xlsx")
    wb = openpyxl.load_workbook(book_path)
    sheet = wb.active
    tags = [c.value for c in sheet[2]]
    row = next(r for r in sheet.iter_rows(min_row=3)
               if r[tags.index("#meta+handover+code")].value == ids["h_women"])
    row[tags.index("#status")].value = "Agreed"
    wb.save(book_path)
    back = libreoffice(book_path, tmp_path, "csv")
    preview = preview_import(handle, back)
    assert preview.without_base and preview.from_csv and preview.problems == []
    [change] = preview.rows
    assert (change.handover_id, [(c.field, c.ours, c.theirs) for c in change.cells]) == (
        ids["h_women"], [("status", "Successor proposed", "Agreed")])
    apply_import(handle, preview)
    before[ids["h_women"]]["status"] = "agreed"
    assert plan_state(handle) == before


# --- the round trip --------------------------------------------------------------------------


def test_round_trip_a_partner_edits_one_cell(small, tmp_path, capsys):
    handle, ids, path = small
    out = tmp_path / "m.csv"
    export_matrix_csv(handle, out, audience="cluster")
    unchanged = preview_import(handle, out)
    assert unchanged.rows == [] and unchanged.problems == [] and unchanged.unchanged == 4
    before = plan_state(handle)
    head, tags, *rows = records(out)
    row = next(r for r in rows if r[tags.index("#meta+handover+code")] == ids["h_unicef"])
    row[tags.index("#meta+agreement")] = "MoU 2026/14, amended"  # a comma: quoted on save
    write_records(out, [head, tags, *rows])
    handle.close()
    assert cli.main(["import-matrix", str(path), str(out), "--dry-run"]) == 0
    shown = capsys.readouterr().out
    assert "a CSV file holds no record of the export" in shown
    assert "Agreement: 'MoU 2026/14' -> 'MoU 2026/14, amended'" in shown
    assert cli.main(["import-matrix", str(path), str(out)]) == 0
    assert "0 added, 1 changed, 0 deleted" in capsys.readouterr().out
    again = plans.open_plan(path)
    try:
        before[ids["h_unicef"]]["agreement_ref"] = "MoU 2026/14, amended"
        assert plan_state(again) == before
    finally:
        again.close()


def test_a_row_left_out_of_the_csv_deletes_nothing(small, tmp_path):
    """Without a record of the export, a missing row may only be a filtered copy."""
    handle, ids, _path = small
    out = tmp_path / "m.csv"
    export_matrix_csv(handle, out, audience="cluster")
    head, tags, *rows = records(out)
    write_records(out, [head, tags, *rows[:1]])
    preview = preview_import(handle, out)
    assert preview.rows == [] and preview.problems == []


def test_an_internal_copy_is_compared_as_an_outside_one(small, tmp_path):
    """A CSV file does not say whom it was for, so it is read as a cluster copy (as a pasted
    workbook is): a sensitive cell of the mission's own copy is refused with its reason and
    the sensitive capacity's row is not matched, never taken silently nor lost."""
    handle, ids, _path = small
    out = tmp_path / "internal.csv"
    export_matrix_csv(handle, out)
    preview = preview_import(handle, out)
    assert preview.rows == [] and preview.audience == "cluster"
    reasons = sorted(r for p in preview.problems for r in p.reasons)
    assert reasons == [
        "Capacity notes is not shared with this audience and cannot be changed from this "
        "workbook"] * 2 + [
        "its Capacity ID and Handover ID are not from this export (copied from another "
        "workbook?); add new rows with the id cells empty"]


# --- refusals --------------------------------------------------------------------------------


def exported_records(handle, tmp_path):
    out = tmp_path / "good.csv"
    export_matrix_csv(handle, out, audience="cluster")
    return records(out)


def refused_by_the_command_line(path: Path, bad: Path, capsys, code=2) -> str:
    before = file_bytes(path)
    assert cli.main(["import-matrix", str(path), str(bad)]) == code
    assert file_bytes(path) == before  # nothing changed
    captured = capsys.readouterr()
    assert "Traceback" not in captured.err
    return captured.out + captured.err


@pytest.mark.parametrize("delimiter, word", [(";", "';'"), ("\t", "'Tab'")])
def test_wrong_delimiter(small, tmp_path, capsys, delimiter, word):
    handle, _ids, path = small
    rows = exported_records(handle, tmp_path)
    bad = tmp_path / "semicolons.csv"
    write_records(bad, rows, delimiter=delimiter)
    handle.close()
    said = refused_by_the_command_line(path, bad, capsys)
    assert f"has its cells separated by {word}, not by commas" in said


def test_missing_hashtag_row(small, tmp_path, capsys):
    handle, _ids, path = small
    head, _tags, *rows = exported_records(handle, tmp_path)
    bad = tmp_path / "no-tags.csv"
    write_records(bad, [head, *rows])
    handle.close()
    assert "has no HXL hashtag row" in refused_by_the_command_line(path, bad, capsys)


def test_missing_id_column(small, tmp_path, capsys):
    handle, _ids, path = small
    rows = exported_records(handle, tmp_path)
    at = rows[1].index("#meta+handover+code")
    bad = tmp_path / "no-ids.csv"
    write_records(bad, [r[:at] + r[at + 1:] for r in rows])
    with pytest.raises(OtherOrigin, match="no Capacity ID and Handover ID columns"):
        read_matrix_csv(bad)
    handle.close()
    assert "import its rows as new rows" in refused_by_the_command_line(path, bad, capsys)


@pytest.mark.parametrize("tag, text, why", [
    ("#capacity+num", "thirty", "'thirty' is not a number"),
    ("#date+start", "31/31/2027", "bad date '31/31/2027'"),
    ("#indicator+readiness+capacity", "very", "'very' is not a readiness score"),
])
def test_bad_cell_refuses_its_row(small, tmp_path, capsys, tag, text, why):
    handle, ids, path = small
    head, tags, *rows = exported_records(handle, tmp_path)
    row = next(r for r in rows if r[tags.index("#meta+handover+code")] == ids["h_unicef"])
    row[tags.index(tag)] = text
    row[tags.index("#meta+agreement")] = "edited too"  # not imported: its row is refused
    bad = tmp_path / "bad-cell.csv"
    write_records(bad, [head, tags, *rows])
    handle.close()
    said = refused_by_the_command_line(path, bad, capsys, code=1)
    assert why in said and "Rows that cannot be read (1)" in said


def test_unknown_ids(small, tmp_path, capsys):
    handle, ids, path = small
    head, tags, *rows = exported_records(handle, tmp_path)
    row = next(r for r in rows if r[tags.index("#meta+handover+code")] == ids["h_unicef"])
    row[tags.index("#meta+handover+code")] = "0f0f0f0f-0000-4000-8000-000000000000"
    row[tags.index("#meta+agreement")] = "edited"
    bad = tmp_path / "unknown-ids.csv"
    write_records(bad, [head, tags, *rows])
    handle.close()
    said = refused_by_the_command_line(path, bad, capsys, code=1)
    assert "are not from this export" in said


@pytest.mark.parametrize("name, content, why", [
    ("latin1.csv", "Lieu,Capacité\r\n".encode("cp1252"), "is not in UTF-8"),
    ("empty.csv", b"", "is empty"),
    ("workbook.csv", None, "is not a CSV text file"),
    ("quote.csv", b'#loc+name,#activity+name,#activity+code\r\n"Asari,"unclosed\r\n',
     "is not a well-formed CSV file"),
    ("twice.csv", b"#loc+name,#activity+name,#activity+name,#activity+code,"
     b"#meta+handover+code\r\n", "These columns appear twice: #activity+name"),
])
def test_malformed_files(small, tmp_path, capsys, name, content, why):
    handle, _ids, path = small
    bad = tmp_path / name
    if content is None:
        export_matrix(handle, tmp_path / "w.xlsx")
        shutil.copy(tmp_path / "w.xlsx", bad)
    else:
        bad.write_bytes(content)
    with pytest.raises(WorkbookError, match=re.escape(why)):
        read_matrix_csv(bad)
    handle.close()
    assert why in refused_by_the_command_line(path, bad, capsys)


def test_a_cell_longer_than_a_spreadsheet_holds(small, tmp_path):
    handle, ids, _path = small
    head, tags, *rows = exported_records(handle, tmp_path)
    rows[0][tags.index("#description+capacity")] = "x" * 40_000
    bad = tmp_path / "long.csv"
    write_records(bad, [head, tags, *rows])
    with pytest.raises(WorkbookError, match="more than 32,767 characters"):
        read_matrix_csv(bad)


# --- the 3W table, worked by hand ------------------------------------------------------------


def test_3w_one_row_per_handover_and_funding_line(small, tmp_path):
    """UNICEF's handover has two funding lines (Norway USD 1,000 committed, ECHO EUR 2,500
    pledged): two rows; the two other handovers have none: one row each; Radio Asari FM has
    no successor: no row. 4 rows for 3 handovers."""
    handle, ids, _path = small
    for donor, amount, currency, status in (("Norway", "1000", "USD", "committed"),
                                            ("ECHO", "2500", "EUR", "pledged")):
        handovers.add_funding_line(handle, {
            "capacity_id": ids["cla"], "handover_id": ids["h_unicef"], "source_type": "bilateral",
            "donor": donor, "amount": amount, "currency": currency, "status": status,
            "period_start": "2027-01-01", "period_end": "2027-12-31"})
    out = tmp_path / "3w.csv"
    result = export_3w(handle, out, audience="cluster")
    assert (result.rows, result.handovers) == (4, 3)
    rows = by_tag(out)
    assert [c.hxl for c in THREEW_COLUMNS] == list(rows[0])
    unicef = [r for r in rows if r["#meta+handover+code"] == ids["h_unicef"]]
    assert [(r["#org+funder+name"], r["#value+funding"], r["#currency+code"]) for r in unicef] \
        == [("Norway", "1000.00", "USD"), ("ECHO", "2500.00", "EUR")]
    first = unicef[0]
    assert (first["#country+code"], first["#adm1+name"], first["#adm1+code"],
            first["#loc+name"], first["#loc+code"]) == ("KV", "Nord", "KV01", "Asari", "KV0101")
    assert (first["#org+impl+name"], first["#org+impl+type"]) == (
        "UNICEF", "UN agency, fund or programme")
    assert (first["#sector+code"], first["#subsector+code"], first["#activity+name"]) == (
        "PRO", "", "Community liaison assistants")
    assert (first["#date+start"], first["#status"], first["#status+funding"]) == (
        "2027-01-01", "Agreed", "Committed")
    mines = next(r for r in rows if r["#meta+handover+code"] == ids["h_unmas"])
    assert (mines["#subsector+code"], mines["#date+end"], mines["#value+funding"]) == (
        "PRO-MIN", "2028-12-31", "")
    assert "Radio Asari FM" not in out.read_text("utf-8-sig")
    wb = openpyxl.load_workbook(export_3w(handle, tmp_path / "3w.xlsx").path)
    sheet = wb.active
    values = list(sheet.iter_rows(values_only=True))
    assert list(values[1]) == THREEW_TAGS and len(values) == 6
    amount = values[1].index("#value+funding")
    assert sorted(v[amount] for v in values[2:] if v[amount] is not None) == [1000, 2500]
    assert isinstance(values[2][values[1].index("#date+start")], datetime)


def test_3w_of_one_partner_and_refused_formats(small, tmp_path):
    handle, ids, _path = small
    out = tmp_path / "unmas.csv"
    assert export_3w(handle, out, actor="UNMAS").rows == 1
    with pytest.raises(Exception, match="not '.ods'"):
        export_3w(handle, tmp_path / "3w.ods")
    assert not (tmp_path / "3w.ods").exists()


def test_command_line_exports(small, tmp_path, capsys):
    handle, _ids, path = small
    handle.close()
    assert cli.main(["export-matrix", str(path), str(tmp_path / "a.txt"), "--format", "csv",
                     "--audience", "cluster"]) == 0
    assert "Wrote 4 rows for the protection cluster audience" in capsys.readouterr().out
    assert records(tmp_path / "a.txt")[1] == MATRIX_TAGS
    assert cli.main(["export-matrix", str(path), str(tmp_path / "b.csv")]) == 0  # by its name
    assert records(tmp_path / "b.csv")[1] == MATRIX_TAGS
    assert cli.main(["export-matrix", str(path), str(tmp_path / "c.csv"), "--no-hxl"]) == 2
    assert "always has its HXL hashtag row" in capsys.readouterr().err
    assert not (tmp_path / "c.csv").exists()
    assert cli.main(["export-3w", str(path), str(tmp_path / "w.csv"), "--audience", "donor",
                     "--lang", "fr"]) == 0
    assert records(tmp_path / "w.csv")[0][:2] == ["Code du pays", "Province"]
