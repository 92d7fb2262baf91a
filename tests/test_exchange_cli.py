"""The matrix commands: export-matrix, import-matrix, changes-since-export."""

from __future__ import annotations

import json

import openpyxl
import pytest
from test_exchange_support import MatrixBook, build_small_plan

from transition_planner import cli
from transition_planner.exchange.changes import changes_since_export
from transition_planner.services import handovers, inventory, plans


@pytest.fixture
def plan_file(tmp_path):
    path = tmp_path / "plan.tplan"
    handle = plans.new_plan(path, {"name": "CLI plan"}, user="cli")
    ids = build_small_plan(handle)
    handle.close()
    return path, ids


def status(path, handover_id):
    handle = plans.open_plan(path)
    try:
        return next(h for h in handovers.list_handovers(handle) if h.id == handover_id).status
    finally:
        handle.close()


def test_export_then_dry_run_json_then_import(plan_file, tmp_path, capsys):
    path, ids = plan_file
    out = tmp_path / "m.xlsx"
    assert cli.main(["export-matrix", str(path), str(out), "--audience", "cluster",
                     "--location", "Nord"]) == 0
    assert "Wrote 3 rows for the protection cluster audience" in capsys.readouterr().out
    book = MatrixBook(out)
    book.set(book.row_of(ids["h_unicef"]), "status", "Handed over")
    book.set(book.row_of(ids["h_women"]), "share", 2)
    book.save()
    assert cli.main(["import-matrix", str(path), str(out), "--dry-run", "--json"]) == 0
    preview = json.loads(capsys.readouterr().out)
    assert preview["changed"][0]["changes"] == [
        {"field": "Status", "old": "Agreed", "new": "Handed over"}]
    assert preview["unreadable"][0]["reasons"] == ["Share: share 200% is above 100%"]
    assert (preview["added"], preview["deleted"], preview["conflicts"]) == ([], [], [])
    assert status(path, ids["h_unicef"]) == "agreed"  # a dry run changes nothing
    assert cli.main(["import-matrix", str(path), str(out)]) == 1  # done, but a row was unreadable
    assert "1 changed" in capsys.readouterr().out
    assert status(path, ids["h_unicef"]) == "handed_over"


def test_conflicts_are_refused_unless_a_side_is_chosen(plan_file, tmp_path, capsys):
    path, ids = plan_file
    out = tmp_path / "m.xlsx"
    cli.main(["export-matrix", str(path), str(out), "--no-hxl"])
    handle = plans.open_plan(path)
    handovers.set_status(handle, ids["h_unicef"], "at_risk")
    handle.close()
    book = MatrixBook(out)
    book.set(book.row_of(ids["h_unicef"]), "status", "Handed over")
    book.save()
    capsys.readouterr()
    assert cli.main(["import-matrix", str(path), str(out), "--dry-run", "--json"]) == 0
    [conflict] = json.loads(capsys.readouterr().out)["conflicts"]
    assert (conflict["base"], conflict["ours"], conflict["theirs"]) == (
        "Agreed", "At risk", "Handed over")
    assert cli.main(["import-matrix", str(path), str(out)]) == 2
    err = capsys.readouterr().err
    assert "1 conflict(s)" in err and "Traceback" not in err
    assert status(path, ids["h_unicef"]) == "at_risk"
    assert cli.main(["import-matrix", str(path), str(out), "--ours"]) == 0
    assert status(path, ids["h_unicef"]) == "at_risk"
    assert cli.main(["import-matrix", str(path), str(out), "--theirs"]) == 0
    assert status(path, ids["h_unicef"]) == "handed_over"


def test_errors_are_one_line_without_traceback(plan_file, tmp_path, capsys):
    path, _ids = plan_file
    bad = tmp_path / "bad.xlsx"
    bad.write_text("hello")
    assert cli.main(["import-matrix", str(path), str(bad)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("error: bad.xlsx is not an Excel workbook") and "Traceback" not in err
    assert cli.main(["export-matrix", str(path), str(tmp_path / "x.xlsx"),
                     "--category", "Space"]) == 2
    assert "unknown category 'Space'" in capsys.readouterr().err


def test_import_as_new(plan_file, tmp_path, capsys):
    path, _ids = plan_file
    other = tmp_path / "other.tplan"
    handle = plans.new_plan(other, {"name": "Other"}, user="x")
    other_ids = build_small_plan(handle)
    inventory.add_capacity(handle, {"name": "Radio Belgora", "location_id": other_ids["belgora"],
                                    "category": "radio_communications"})
    handle.close()
    out = tmp_path / "other.xlsx"
    cli.main(["export-matrix", str(other), str(out)])
    assert cli.main(["import-matrix", str(path), str(out)]) == 2
    assert "exported from another plan" in capsys.readouterr().err
    assert cli.main(["import-matrix", str(path), str(out), "--as-new"]) == 0
    # the rest is matched by capacity name and place: only the new capacity is added
    assert "1 added, 0 changed, 0 deleted" in capsys.readouterr().out


def test_changes_since_export(plan_file, tmp_path, capsys):
    path, ids = plan_file
    assert cli.main(["changes-since-export", str(path)]) == 2
    assert "has not been exported" in capsys.readouterr().err
    cli.main(["export-matrix", str(path), str(tmp_path / "m.xlsx"), "--audience", "cluster"])
    handle = plans.open_plan(path, user="planner")
    handovers.set_status(handle, ids["h_unicef"], "handed_over")
    handovers.update_handover(handle, ids["h_unicef"], {"notes": "secret detail",
                                                         "sensitive_fields": ["notes"]})
    inventory.update_capacity(handle, ids["secret"], {"quantity": 3})  # a sensitive record
    report = changes_since_export(handle)
    handle.close()
    assert report.audience == "cluster"
    fields = [(line.record_type, line.field, line.before, line.after) for line in report.lines]
    assert ("handover", "status", "agreed", "handed_over") in fields
    assert ("handover", "notes", "(withheld)", "(withheld)") in fields
    assert all(line.record_type != "capacity" for line in report.lines)
    out = tmp_path / "changes.xlsx"
    capsys.readouterr()
    assert cli.main(["changes-since-export", str(path), str(out)]) == 0
    assert "Wrote" in capsys.readouterr().out
    ws = openpyxl.load_workbook(out).active
    values = [[c for c in row] for row in ws.iter_rows(min_row=3, values_only=True)]
    text = repr(values)
    assert "handed_over" in text and "secret detail" not in text
    assert ws.cell(2, 1).value == "When (UTC)"
