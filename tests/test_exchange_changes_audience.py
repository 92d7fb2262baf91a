"""The change report for clusters and donors: nothing of a sensitive record, ever, and text
that stays text in the workbook."""

from __future__ import annotations

import json

import openpyxl
import pytest
from test_exchange_libreoffice import resave
from test_exchange_support import SECRET_CAPACITY, build_small_plan

from transition_planner.exchange.changes import changes_since_export, write_changes_workbook
from transition_planner.exchange.export import export_matrix
from transition_planner.services import handovers, inventory

SECRETS = ("Zora's safe-house network", "+999 55 0101", "W-17", "Hidden Valley", "KV0999",
           SECRET_CAPACITY, "Qadira Alert Committee")


def report_text(report) -> str:
    return "\n".join(f"{x.record_type} {x.record} {x.field} {x.before} {x.after} {x.source}"
                     for x in report.lines)


@pytest.fixture
def history(plan, tmp_path):
    """A cluster export, then a week of the mission's work on sensitive records."""
    ids = build_small_plan(plan)
    export_matrix(plan, tmp_path / "m.xlsx", audience="cluster")
    # a sensitive successor, its contact changed, a handover to it, both deleted again
    network = inventory.add_actor(plan, {"name": "Zora's safe-house network",
                                         "actor_type": "community_structure",
                                         "contact": "+999 55 0000", "sensitive": True})
    inventory.update_actor(plan, network.id, {"contact": "+999 55 0101"})
    handover = handovers.add_handover(plan, {"capacity_id": ids["radio"], "actor_id": network.id,
                                             "share": 0.5})
    handovers.update_handover(plan, handover.id, {"status": "agreed"})
    handovers.delete_handover(plan, handover.id)
    inventory.delete_actor(plan, network.id)
    # a capacity shared at first, given a witness code, marked sensitive, then deleted
    cap = inventory.add_capacity(plan, {"name": "Night patrols", "location_id": ids["asari"],
                                        "category": "physical_protection"})
    inventory.update_capacity(plan, cap.id, {"notes": "witness code W-17"})
    inventory.update_capacity(plan, cap.id, {"sensitive": True})
    inventory.delete_capacity(plan, cap.id)
    # a place whose name is withheld, renamed; a sensitive capacity edited
    valley = inventory.add_location(plan, {"name": "Hidden Valley", "pcode": "KV0999",
                                           "level": "team_site", "parent_id": ids["nord"],
                                           "sensitive_fields": ["name", "pcode"]})
    inventory.update_location(plan, valley.id, {"closure_date": "2027-05-31"})
    inventory.update_capacity(plan, ids["secret"], {"quantity": 4})
    # an actor the cluster knows, whose contact (never in the matrix) changes
    inventory.update_actor(plan, ids["women"], {"contact": "Qadira Alert Committee, +999 1"})
    # what the cluster may see
    handovers.set_status(plan, ids["h_unmas"], "handed_over")
    return plan, ids


@pytest.mark.parametrize("audience", ["cluster", "donor"])
def test_no_trace_of_a_sensitive_record_even_deleted(history, audience):
    handle, _ids = history
    report = changes_since_export(handle, audience)
    text = report_text(report)
    for secret in SECRETS:
        assert secret not in text, (secret, text)
    assert ("handover", "status", "agreed", "handed_over") in {
        (x.record_type, x.field, x.before, x.after) for x in report.lines}


def test_the_mission_sees_everything(history):
    handle, _ids = history
    text = report_text(changes_since_export(handle, "internal"))
    for secret in SECRETS:
        assert secret in text, secret


def test_the_change_workbook_keeps_text_that_looks_like_a_formula_or_an_error(plan, tmp_path):
    ids = build_small_plan(plan)
    export_matrix(plan, tmp_path / "m.xlsx")
    texts = ["#N/A", "=HYPERLINK(\"http://x\")", "+ MoU signed", "@mention", "-5% cut", "#REF!"]
    for text in texts:
        handovers.update_handover(plan, ids["h_unmas"], {"agreement_ref": text})
    out = write_changes_workbook(changes_since_export(plan), tmp_path / "changes.xlsx")
    for path in (out, resave(out, tmp_path)):
        wb = openpyxl.load_workbook(path)
        cells = [c for row in wb.active.iter_rows(min_row=3) for c in row if c.value in texts]
        assert {c.value for c in cells} == set(texts), path
        assert {c.data_type for c in cells} == {"s"}, [(c.value, c.data_type) for c in cells]


def test_gaps_for_an_audience_leave_out_flags_naming_sensitive_records(plan, capsys):
    from transition_planner import cli

    build_small_plan(plan)
    path = str(plan.path)
    plan.close()
    assert cli.main(["gaps", path, "--json"]) == 0  # internal by default: the mission's view
    internal = json.loads(capsys.readouterr().out)
    assert SECRET_CAPACITY in json.dumps(internal)
    for audience in ("cluster", "donor"):
        assert cli.main(["gaps", path, "--json", "--audience", audience]) == 0
        shared = json.loads(capsys.readouterr().out)
        assert SECRET_CAPACITY not in json.dumps(shared)
        assert shared["withheld_flags"] >= 1 and shared["audience"] == audience
        assert len(shared["flags"]) + shared["withheld_flags"] == len(internal["flags"])
        assert shared["summary"] == internal["summary"]  # figures name nothing
    assert cli.main(["gaps", path, "--audience", "donor"]) == 0
    text = capsys.readouterr().out
    assert SECRET_CAPACITY not in text and "not shared with the donor audience" in text
    assert cli.main(["gaps", path, "--json", "--series", "--audience", "donor"]) == 2
    assert "--series is for the internal audience only" in capsys.readouterr().err


def test_funding_lines_changed_since_the_export_are_told_except_sensitive_ones(plan, tmp_path):
    ids = build_small_plan(plan)
    shared = handovers.add_funding_line(plan, {
        "capacity_id": ids["mines"], "handover_id": ids["h_unmas"], "source_type": "mptf",
        "amount": "300000", "currency": "USD", "donor": "MPTF Office"})
    secret = handovers.add_funding_line(plan, {
        "capacity_id": ids["mines"], "handover_id": ids["h_unmas"], "source_type": "bilateral",
        "amount": "5000", "currency": "EUR", "donor": "Confidential embassy", "sensitive": True})
    export_matrix(plan, tmp_path / "m.xlsx", audience="cluster")
    handovers.update_funding_line(plan, shared.id, {"amount": "320000", "status": "pledged"})
    handovers.update_funding_line(plan, secret.id, {"amount": "6000"})
    report = changes_since_export(plan)
    lines = [(x.record_type, x.record, x.field, x.before, x.after) for x in report.lines
             if x.record_type == "fundingline"]
    label = "Explosive ordnance clearance -> UN Mine Action Service: funding line"
    # the audit keeps an amount as it was given (the service does not round "320000" to cents)
    assert sorted(lines) == [("fundingline", label, "amount", "300000.00", "320000"),
                             ("fundingline", label, "status", "required", "pledged")]
    assert "Confidential embassy" not in report_text(report) and "6000" not in report_text(
        report)
