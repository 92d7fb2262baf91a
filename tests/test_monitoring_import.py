"""Importing indicator values from KoboToolbox / ODK exports, with real files written here.

The plan (worked by hand): Kalima team site (P-code TS0101) closes on 31 March 2027; UNICEF
takes its community alert network over on 1 April 2027. The indicator "Alerts answered within
an hour" is bad below 60%, monthly, N = 3, at Kalima and also at Kalémie (TS0202, its own
alert network). Two places are named Mambasa: the territory (AD0301) and a team site in it
(TS0301). After the exit, Kalima answered 58% of alerts in May, 55% in June and 50% in July
2027: three months below 60% in a row, so on 15 August 2027 the plan must say re-engage.
"""

from __future__ import annotations

import contextlib
import io
import json
import sqlite3
from pathlib import Path

import pytest

from transition_planner import cli, i18n
from transition_planner.exchange.monitoring_csv import ColumnMap, SurveyFileError
from transition_planner.services import audit, handovers, inventory, monitoring, plans
from transition_planner.services import monitoring_import as mi
from transition_planner.services.errors import ServiceError

INDICATOR = "Alerts answered within an hour"
KOBO_HEADER = ("start,end,today,group_site/site_pcode,group_alerts/alerts_received,"
               "group_alerts/alerts_answered_within_an_hour,_id,_uuid,_submission_time,"
               "_validation_status,_index")


@pytest.fixture(autouse=True)
def english_afterwards():
    yield
    i18n.set_language("en")  # a command run with --lang sets the process's language


@pytest.fixture
def made(tmp_path):
    return make_plan(tmp_path)


def make_plan(tmp_path: Path) -> tuple[Path, dict]:
    """The plan file, closed (so its bytes can be compared), and its ids."""
    path = tmp_path / "plan.tplan"
    handle = plans.new_plan(path, {"name": "Test plan", "planned_exit": "2027-12-31",
                                   "horizon_start": "2027-01-01", "horizon_months": 24},
                            user="tester")
    ids = {}
    ids["kalima"] = inventory.add_location(handle, {
        "name": "Kalima", "pcode": "TS0101", "closure_date": "2027-03-31"}).id
    ids["kalemie"] = inventory.add_location(handle, {
        "name": "Kalémie", "pcode": "TS0202", "closure_date": "2027-03-31"}).id
    ids["mambasa"] = inventory.add_location(handle, {
        "name": "Mambasa", "pcode": "AD0301", "level": "admin2"}).id
    inventory.add_location(handle, {"name": "Mambasa", "pcode": "TS0301",
                                    "parent_id": ids["mambasa"]})
    unicef = inventory.add_actor(handle, {"name": "UNICEF", "actor_type": "un_agency"}).id
    cap = inventory.add_capacity(handle, {
        "name": "Community alert network", "location_id": ids["kalima"],
        "category": "early_warning", "criticality": "high"}).id
    ids["handover"] = handovers.add_handover(handle, {
        "capacity_id": cap, "actor_id": unicef, "status": "handed_over",
        "start_date": "2027-04-01"}).id
    ids["indicator"] = monitoring.add_indicator(handle, {
        "name": INDICATOR, "handover_id": ids["handover"], "unit": "%", "threshold": 60,
        "trigger_when": "below"}).id
    ids["other"] = monitoring.add_indicator(handle, {
        "name": INDICATOR, "location_id": ids["kalemie"], "unit": "%", "threshold": 60,
        "trigger_when": "below"}).id
    handle.close()
    return path, ids


def kobo_rows(*rows: tuple[str, str, str, str]) -> list[str]:
    """Kobo lines for (day, P-code or name, answered, uuid): what its CSV export writes."""
    lines = []
    for n, (day, place, answered, uuid) in enumerate(rows, start=1):
        lines.append(f"{day}T08:00:00.000+02:00,{day}T08:20:00.000+02:00,{day},{place},40,"
                     f"{answered},{1000 + n},{uuid},{day}T09:00:00,,{n}")
    return lines


def write(tmp_path: Path, name: str, lines: list[str], bom: bool = True, sep: str = ",") -> Path:
    path = tmp_path / name
    text = "\r\n".join(line.replace(",", sep) for line in lines) + "\r\n"
    path.write_bytes(("\ufeff" if bom else "").encode() + text.encode())
    return path


THREE_MONTHS = [KOBO_HEADER, *kobo_rows(("2027-05-31", "TS0101", "58", "u-may"),
                                        ("2027-06-30", "kalima", "55", "u-jun"),
                                        ("2027-07-31", "TS0101", "50", "u-jul"))]


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = cli.main(list(argv))
    return code, out.getvalue(), err.getvalue()


def file_bytes(path: Path) -> bytes:
    wal = path.with_name(path.name + "-wal")
    return path.read_bytes() + (wal.read_bytes() if wal.exists() else b"")


def rows_of(path: Path) -> list[str]:
    with contextlib.closing(sqlite3.connect(path)) as db:
        return list(db.iterdump())


def values_of(path: Path) -> list[tuple]:
    with contextlib.closing(sqlite3.connect(path)) as db:
        return db.execute("SELECT i.name, l.name, v.measured_on, v.value, v.source FROM "
                          "indicatorvalue v JOIN protectionindicator i ON i.id = v.indicator_id "
                          "JOIN location l ON l.id = i.location_id "
                          "ORDER BY l.name, v.measured_on").fetchall()


def refused_by_cli(plan: Path, export: Path, *expected: str, options=()) -> str:
    """`monitoring import` refuses the export (status 2, no traceback) with these words on
    standard error, and the plan file is the same, byte for byte."""
    before, dump = file_bytes(plan), rows_of(plan)
    code, out, err = run("monitoring", "import", str(plan), str(export), *options)
    assert code == cli.EXIT_ERROR, (out, err)
    assert "Traceback" not in err
    for words in expected:
        assert words in err or words in out, (out, err)
    assert file_bytes(plan) == before
    assert rows_of(plan) == dump
    return out + err


# --- good exports -----------------------------------------------------------------------


def test_a_kobo_csv_with_bom_and_group_prefixes_is_imported_once(made, tmp_path):
    plan, ids = made
    export = write(tmp_path, "Alert_network_-_all_versions_-_labels_-_2027-08-02-07-00-00.csv",
                   THREE_MONTHS)
    code, out, err = run("monitoring", "import", str(plan), str(export), "--dry-run", "--json")
    assert code == cli.EXIT_OK, err
    preview = json.loads(out)
    assert preview["form"] == "Alert network"
    assert preview["columns"] == {
        "date": "today", "location": "group_site/site_pcode", "uuid": "_uuid",
        "indicator": "", "value": "",
        "values": {"group_alerts/alerts_answered_within_an_hour": INDICATOR}}
    assert [(v["row"], v["location"], v["date"], v["value"], v["uuid"])
            for v in preview["added"]] == [
        (2, "Kalima", "2027-05-31", 58, "u-may"), (3, "Kalima", "2027-06-30", 55, "u-jun"),
        (4, "Kalima", "2027-07-31", 50, "u-jul")]
    assert preview["refused"] == []
    assert values_of(plan) == []  # a dry run writes nothing

    code, out, err = run("monitoring", "import", str(plan), str(export))
    assert code == cli.EXIT_OK, err
    assert "3 value(s) added" in out
    assert values_of(plan) == [(INDICATOR, "Kalima", "2027-05-31", 58.0, "uuid:u-may"),
                               (INDICATOR, "Kalima", "2027-06-30", 55.0, "uuid:u-jun"),
                               (INDICATOR, "Kalima", "2027-07-31", 50.0, "uuid:u-jul")]
    with contextlib.closing(sqlite3.connect(plan)) as db:
        audit = db.execute("SELECT record_type, source FROM auditentry WHERE "
                           "record_type IN ('indicatorvalue', 'monitoringimportmap')").fetchall()
        assert sorted(audit) == [("indicatorvalue", export.name)] * 3 + [
            ("monitoringimportmap", export.name)]
        [(name, columns)] = db.execute("SELECT name, columns FROM monitoringimportmap")
        assert name == "Alert network" and json.loads(columns) == preview["columns"]

    # the same export again, and next month's export that repeats the earlier submissions
    before = file_bytes(plan)
    refused_by_cli(plan, export, "holds no value to add")
    assert file_bytes(plan) == before
    later = write(tmp_path, "Alert_network_-_all_versions_-_labels_-_2027-09-02-07-00-00.csv",
                  [*THREE_MONTHS, *kobo_rows(("2027-08-31", "TS0101", "66", "u-aug"))[0:1]])
    code, out, err = run("monitoring", "import", str(plan), str(later), "--json")
    assert code == cli.EXIT_OK, err
    again = json.loads(out)
    assert again["remembered"] is True and again["already_imported"] == 3
    assert [(v["date"], v["value"]) for v in again["added"]] == [("2027-08-31", 66)]


def test_after_three_months_below_the_threshold_gaps_calls_the_un_back(made, tmp_path):
    plan, ids = made
    export = write(tmp_path, "alerts.csv", THREE_MONTHS)
    assert run("monitoring", "import", str(plan), str(export))[0] == cli.EXIT_OK
    code, out, err = run("gaps", str(plan), "--json", "--as-of", "2027-08-15")
    assert code == cli.EXIT_OK, err
    [flag] = [f for f in json.loads(out)["flags"] if f["kind"] == "re_engagement_trigger"]
    assert flag["details"]["reason"] == "crossed"
    assert flag["details"]["periods"] == 3
    assert flag["details"]["values"] == [
        {"date": "2027-05-31", "value": 58}, {"date": "2027-06-30", "value": 55},
        {"date": "2027-07-31", "value": 50}]
    assert flag["details"]["last_value"] == {"date": "2027-07-31", "value": 50}
    assert ("protectionindicator", ids["indicator"]) in [
        (r["type"], r["id"]) for r in flag["records"]]
    code, out, _err = run("monitoring", "list", str(plan), "--json", "--as-of", "2027-08-15")
    [kalima] = [i for i in json.loads(out)["indicators"] if i["id"] == ids["indicator"]]
    assert kalima["trigger"]["periods"] == 3


def test_semicolons_names_with_accents_and_decimal_commas(made, tmp_path):
    plan, ids = made
    lines = ["date_rapport;lieu;taux_reponse;_uuid",
             "2027-05-31;KALEMIE;58,5;k1",  # the name without its accent, in capitals
             "2027-05-31;kalima;61;k2",
             "2027-06-30;Kalémie;70;k3"]
    export = write(tmp_path, "fr.csv", lines, bom=False)
    code, out, err = run("monitoring", "import", str(plan), str(export), "--date",
                         "date_rapport", "--location", "lieu", "--value",
                         f"taux_reponse={INDICATOR}")
    assert code == cli.EXIT_OK, out + err
    assert values_of(plan) == [(INDICATOR, "Kalima", "2027-05-31", 61.0, "uuid:k2"),
                               (INDICATOR, "Kalémie", "2027-05-31", 58.5, "uuid:k1"),
                               (INDICATOR, "Kalémie", "2027-06-30", 70.0, "uuid:k3")]
    # the mapping given once is remembered: the next export needs no options
    lines2 = [lines[0], "2027-07-31;TS0202;71;k4"]
    code, out, err = run("monitoring", "import", str(plan), str(write(tmp_path, "fr2.csv",
                                                                      lines2)))
    assert code == cli.EXIT_OK, out + err
    assert "columns as remembered in the plan" in out
    assert values_of(plan)[-1] == (INDICATOR, "Kalémie", "2027-07-31", 71.0, "uuid:k4")


def test_an_indicator_column_and_a_value_column(made, tmp_path):
    plan, _ids = made
    export = write(tmp_path, "long.csv", [
        "group_a/when,group_a/pcode,group_b/indicator,group_b/value,meta/instanceID",
        f"2027-05-31,TS0101,{INDICATOR.upper()},44,uuid:abc"])
    handle = plans.open_plan(plan)
    try:
        preview = mi.preview_values_import(handle, export, ColumnMap(
            date="group_a/when", location="group_a/pcode", uuid="meta/instanceID",
            indicator="group_b/indicator", value="group_b/value"))
        assert [(v.location, v.value, v.uuid) for v in preview.added] == [
            ("Kalima", 44.0, "abc")]
        mi.apply_values_import(handle, preview)
    finally:
        handle.close()
    assert values_of(plan) == [(INDICATOR, "Kalima", "2027-05-31", 44.0, "uuid:abc")]


def test_a_kobo_workbook(made, tmp_path):
    from datetime import date, datetime

    import openpyxl

    plan, _ids = made
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["today", "group_site/site_pcode", "group_alerts/alerts_answered_within_an_hour",
               "_uuid", "_submission_time"])
    ws.append([date(2027, 5, 31), "TS0101", 58, "x1", datetime(2027, 5, 31, 9)])
    ws.append([date(2027, 6, 30), "TS0101", 55.5, "x2", datetime(2027, 6, 30, 9)])
    wb.create_sheet("group_repeat").append(["ignored"])
    path = tmp_path / "alerts.xlsx"
    wb.save(path)
    code, out, err = run("monitoring", "import", str(plan), str(path))
    assert code == cli.EXIT_OK, out + err
    assert values_of(plan) == [(INDICATOR, "Kalima", "2027-05-31", 58.0, "uuid:x1"),
                               (INDICATOR, "Kalima", "2027-06-30", 55.5, "uuid:x2")]


def test_dates_in_two_formats(made, tmp_path):
    """YYYY-MM-DD always; day/month/year when a day above 12 says the column's order."""
    plan, _ids = made
    header = "today,site,group_alerts/alerts_answered_within_an_hour,_uuid"
    mixed = write(tmp_path, "mixed.csv", [header, "2027-05-31,TS0101,58,a",
                                          "30/06/2027,TS0101,55,b", "05/07/2027,TS0101,50,c"])
    code, out, err = run("monitoring", "import", str(plan), str(mixed), "--json")
    assert code == cli.EXIT_OK, out + err
    assert [v[2] for v in values_of(plan)] == ["2027-05-31", "2027-06-30", "2027-07-05"]

    ambiguous = write(tmp_path, "ambiguous.csv", [header, "2027-08-31,TS0101,58,d",
                                                  "05/09/2027,TS0101,55,e"])
    text = refused_by_cli(plan, ambiguous, "row 3: '05/09/2027' could be 2027-09-05 or "
                                           "2027-05-09: export dates as YYYY-MM-DD",
                          "1 row(s) of ambiguous.csv are refused")
    assert "row 2" in text  # the good row is listed too, and was not imported
    both = write(tmp_path, "both.csv", [header, "31/08/2027,TS0101,58,f",
                                        "09/30/2027,TS0101,55,g"])
    refused_by_cli(plan, both, "day/month and month/day dates")
    bad = write(tmp_path, "bad.csv", [header, "31.08.27,TS0101,58,h", "2027-02-30,TS0101,1,i"])
    refused_by_cli(plan, bad, "row 2: '31.08.27' is not a date (use YYYY-MM-DD)",
                   "row 3: '2027-02-30' is not a date")


# --- refusals change nothing --------------------------------------------------------------


def test_wrong_delimiter(made, tmp_path):
    plan, _ids = made
    pipes = write(tmp_path, "pipes.csv", THREE_MONTHS, sep="|")
    refused_by_cli(plan, pipes, "pipes.csv has one column only")
    # a header with commas over rows with semicolons: every row is refused, row by row
    rows = [THREE_MONTHS[0], *(line.replace(",", ";") for line in THREE_MONTHS[1:])]
    mixed = write(tmp_path, "mixed.csv", rows)
    text = refused_by_cli(plan, mixed, "row 2: the row has 1 cells where the header has 11")
    assert "row 4:" in text


def test_unknown_and_ambiguous_locations(made, tmp_path):
    plan, _ids = made
    export = write(tmp_path, "places.csv", [
        KOBO_HEADER, *kobo_rows(("2027-05-31", "TS9999", "58", "p1"),
                                ("2027-05-31", "Mambasa", "58", "p2"),
                                ("2027-05-31", "TS0301", "58", "p3"),
                                ("2027-05-31", "TS0101", "58", "p4"))])
    text = refused_by_cli(
        plan, export, "row 2: unknown location 'TS9999'",
        "row 3: 'Mambasa' names 2 places: Mambasa, AD0301; Mambasa, TS0301, Mambasa; use the "
        "P-code", "row 4: no indicator 'Alerts answered within an hour' at Mambasa",
        "3 row(s) of places.csv are refused")
    assert "Traceback" not in text
    # the person chooses to leave the refused rows out: the good one is imported
    code, out, err = run("monitoring", "import", str(plan), str(export), "--skip-refused")
    assert code == cli.EXIT_PROBLEMS, err
    assert values_of(plan) == [(INDICATOR, "Kalima", "2027-05-31", 58.0, "uuid:p4")]


def test_text_in_a_number_column(made, tmp_path):
    plan, _ids = made
    export = write(tmp_path, "text.csv", [KOBO_HEADER, *kobo_rows(
        ("2027-05-31", "TS0101", "about sixty", "t1"), ("2027-06-30", "TS0101", "55", "t2"))])
    refused_by_cli(plan, export, "row 2: 'about sixty' in the column "
                                 "'group_alerts/alerts_answered_within_an_hour' is not a number")


def test_a_submission_twice_in_one_export(made, tmp_path):
    plan, _ids = made
    export = write(tmp_path, "twice.csv", [KOBO_HEADER, *kobo_rows(
        ("2027-05-31", "TS0101", "58", "same"), ("2027-06-30", "TS0101", "55", "same"))])
    refused_by_cli(plan, export, "row 3: the submission same is also row 2")


def test_a_submission_edited_since_it_was_imported(made, tmp_path):
    plan, _ids = made
    assert run("monitoring", "import", str(plan), str(write(tmp_path, "a.csv",
                                                           THREE_MONTHS)))[0] == 0
    edited = [THREE_MONTHS[0], THREE_MONTHS[1].replace(",58,", ",59,")]
    refused_by_cli(plan, write(tmp_path, "b.csv", edited),
                   "row 2: the submission u-may was imported before with 58 on 2027-05-31")


def test_empty_files_and_files_that_are_not_csv(made, tmp_path):
    plan, _ids = made
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    refused_by_cli(plan, empty, "empty.csv is empty")
    bom_only = tmp_path / "bom.csv"
    bom_only.write_bytes(b"\xef\xbb\xbf\r\n")
    refused_by_cli(plan, bom_only, "bom.csv is empty")
    header_only = write(tmp_path, "header.csv", [KOBO_HEADER])
    refused_by_cli(plan, header_only, "header.csv holds no value to add")
    picture = tmp_path / "photo.csv"
    picture.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    refused_by_cli(plan, picture, "photo.csv is not a CSV file (it holds binary data)")
    latin = tmp_path / "latin.csv"
    latin.write_bytes("today,lieu,valeur\n2027-05-31,Kal\xe9mie,5\n".encode("latin-1"))
    refused_by_cli(plan, latin, "latin.csv is not UTF-8 text")
    zipped = tmp_path / "export.xlsx"
    import zipfile

    with zipfile.ZipFile(zipped, "w") as archive:
        archive.writestr("readme.txt", "not a workbook")
    refused_by_cli(plan, zipped, "export.xlsx is a zip file, but not an Excel workbook")
    refused_by_cli(plan, tmp_path / "missing.csv", "missing.csv does not exist")


def test_a_mapping_that_cannot_be_used(made, tmp_path):
    plan, _ids = made
    export = write(tmp_path, "alerts.csv", THREE_MONTHS)
    refused_by_cli(plan, export, "the column 'date_of_visit' is not in this file",
                   options=("--date", "date_of_visit"))
    no_values = write(tmp_path, "novalues.csv", ["today,site,comments", "2027-05-31,TS0101,ok"])
    refused_by_cli(plan, no_values, "choose the columns that hold values")


def test_an_indicator_deleted_after_the_preview(made, tmp_path):
    plan, ids = made
    handle = plans.open_plan(plan)
    try:
        preview = mi.preview_values_import(handle, write(tmp_path, "a.csv", THREE_MONTHS))
        monitoring.delete_indicator(handle, ids["indicator"])
        before = rows_of(plan)
        with pytest.raises(ServiceError, match="The plan changed since the preview"):
            mi.apply_values_import(handle, preview)
        assert rows_of(plan) == before
    finally:
        handle.close()


def test_undo_and_redo_of_an_import(made, tmp_path):
    """What the window's Ctrl+Z does: the import's values go in one action, and come back."""
    plan, _ids = made
    handle = plans.open_plan(plan)
    try:
        preview = mi.preview_values_import(handle, write(tmp_path, "a.csv", THREE_MONTHS))
        ids = mi.apply_values_import(handle, preview)
        tombstones = mi.remove_values(handle, ids)
        assert values_of(plan) == []
        # each removed value is in the history as a deletion that can be restored
        deleted = [e for e in audit.deleted_records(handle) if e.record_type == "indicatorvalue"]
        assert sorted(e.id for e in deleted) == sorted(tombstones)
        mi.restore_values(handle, tombstones)
        assert [v[3] for v in values_of(plan)] == [58.0, 55.0, 50.0]
        assert [e for e in audit.deleted_records(handle)
                if e.record_type == "indicatorvalue"] == []
        # one value restored from the history by hand, as the History page does
        again = mi.remove_values(handle, ids[:1])
        audit.restore_deleted(handle, again[0])
        assert len(values_of(plan)) == 3
        # redo refused when the indicator is gone since: nothing comes back
        tombstones = mi.remove_values(handle, ids)
        monitoring.delete_indicator(handle, _ids["indicator"])
        before = rows_of(plan)
        with pytest.raises(ServiceError, match="cannot come back"):
            mi.restore_values(handle, tombstones)
        assert rows_of(plan) == before
    finally:
        handle.close()


def test_the_cli_commands_around_the_import(made, tmp_path):
    plan, ids = made
    code, out, err = run("monitoring", "add-indicator", str(plan), "--name", "Patrols held",
                         "--threshold", "8", "--bad", "below", "--location", "ts0202",
                         "--period", "quarter")
    assert code == cli.EXIT_OK, err
    code, out, err = run("monitoring", "add-value", str(plan), "patrols HELD", "2027-06-30",
                         "6")
    assert code == cli.EXIT_OK, err
    code, out, err = run("monitoring", "add-value", str(plan), INDICATOR, "2027-06-30", "6")
    assert code == cli.EXIT_ERROR and "2 indicators are named" in err
    code, out, err = run("monitoring", "add-value", str(plan), "Patrols held", "2027-06-30",
                         "six")
    assert code == cli.EXIT_ERROR and "value: is not a number" in err
    assert "Traceback" not in err
    code, out, err = run("monitoring", "add-indicator", str(plan), "--name", "X",
                         "--threshold", "1", "--location", "Mambasa")
    assert code == cli.EXIT_ERROR and "'Mambasa' names 2 places" in err
    code, out, _err = run("monitoring", "list", str(plan), "--json")
    patrols = [i for i in json.loads(out)["indicators"] if i["name"] == "Patrols held"]
    assert patrols[0]["location"] == "Kalémie" and patrols[0]["period"] == "quarter"
    assert patrols[0]["values"] == [{"date": "2027-06-30", "value": 6.0, "source": ""}]
    code, out, _err = run("monitoring", "defaults", str(plan), "early_warning", "--json")
    assert INDICATOR in [d["name"] for d in json.loads(out)["early_warning"]]
    code, out, err = run("monitoring", "defaults", str(plan), "--add", ids["handover"])
    assert code == cli.EXIT_OK, err
    code, out, err = run("monitoring", "list", str(plan), "--lang", "fr")
    assert "Indicateurs" in out, out


def test_preview_errors_are_service_errors(made, tmp_path):
    plan, _ids = made
    handle = plans.open_plan(plan)
    try:
        with pytest.raises(SurveyFileError):
            mi.preview_values_import(handle, tmp_path / "none.csv")
    finally:
        handle.close()


def test_refusals_in_french_and_arabic(made, tmp_path):
    plan, _ids = made
    export = write(tmp_path, "lieux.csv", [KOBO_HEADER, *kobo_rows(
        ("2027-05-31", "TS9999", "58", "f1"), ("2027-06-30", "TS0101", "beaucoup", "f2"))])
    text = refused_by_cli(plan, export, options=("--lang", "fr"))
    assert "ligne 2\u00a0: lieu inconnu «\u00a0TS9999\u00a0»" in text
    assert "«\u00a0beaucoup\u00a0» dans la colonne" in text
    assert "2 ligne(s) de lieux.csv sont refusées (voir l’aperçu). Rien n’a été importé." in text
    text = refused_by_cli(plan, export, options=("--lang", "ar"))
    assert "الصف 2: موقع مجهول «TS9999»" in text
    assert "لم يُستورد شيء" in text


def test_an_odk_central_export(made, tmp_path):
    """ODK Central writes groups with '-', its own SubmissionDate and meta-instanceID."""
    plan, _ids = made
    export = write(tmp_path, "alerts_odk.csv", [
        "SubmissionDate,grp-site_pcode,grp-alerts_answered_within_an_hour,meta-instanceID,KEY",
        "2027-05-31T10:22:33.123Z,TS0101,58,uuid:0a1b,uuid:0a1b",
        "2027-06-30T10:22:33.123Z,TS0202,61,uuid:0a1c,uuid:0a1c"], bom=False)
    code, out, err = run("monitoring", "import", str(plan), str(export), "--json")
    assert code == cli.EXIT_OK, out + err
    assert json.loads(out.split("\n}\n")[0] + "}")["columns"]["uuid"] == "meta-instanceID"
    assert values_of(plan) == [(INDICATOR, "Kalima", "2027-05-31", 58.0, "uuid:0a1b"),
                               (INDICATOR, "Kalémie", "2027-06-30", 61.0, "uuid:0a1c")]
