"""Flags accepted as known risks: stored with a justification, in the audit trail, withdrawn
and restored; bad input refused with nothing stored."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from transition_planner.reports.data import match_acceptances
from transition_planner.services import audit, dashboard, gaps
from transition_planner.services.errors import InvalidInput, NotFound
from transition_planner.store.models import AuditEntry, FlagAcceptance

pytestmark = pytest.mark.both_backends

WHY = "The cluster runs the alert network with its own staff from June; reviewed quarterly."


def _flag(handle, kind: str):
    rows = dashboard.flag_rows(gaps.compute(handle), dashboard.accepted_flags(handle))
    return next(r for r in rows if r.kind == kind)


def _count(handle, model) -> int:
    with handle.read() as session:
        return session.execute(select(func.count()).select_from(model)).scalar_one()


def test_flag_key_is_kind_and_sorted_record_ids():
    assert dashboard.flag_key("no_successor", ["b", "a", "b"]) == "no_successor:a,b"


def test_accept_a_flag_and_find_it_in_the_audit_trail(demo_plan):
    flag = _flag(demo_plan, "no_successor")
    accepted = dashboard.accept_flag(demo_plan, flag.kind, flag.record_ids, f"  {WHY}  ",
                                     flag.records[0].name)
    assert accepted.flag_key == flag.key == dashboard.flag_key(flag.kind, flag.record_ids)
    assert accepted.justification == WHY and accepted.accepted_by == "tester"
    assert dashboard.accepted_flags(demo_plan) == [accepted]
    entry = audit.history(demo_plan, record_type="flagacceptance")[0]
    assert entry.action == "create" and entry.user == "tester"
    assert entry.changes["justification"] == [None, WHY]
    assert entry.changes["flag_key"] == [None, flag.key]
    assert flag.records[0].name in entry.record_label
    # The dashboard shows it as accepted; the PDF report's matching finds the same flag.
    data = dashboard.load_dashboard(demo_plan)
    shown = next(r for r in data.flags if r.key == flag.key)
    assert shown.acceptance == accepted
    assert data.figures.accepted_by_kind["no_successor"] == 1
    report = data.report
    matched = match_acceptances(report.flags, _stored(demo_plan))
    assert [f.kind for f in report.flags if id(f) in matched] == ["no_successor"]


def _stored(handle):
    with handle.read() as session:
        return list(session.execute(select(FlagAcceptance)).scalars())


def test_withdraw_and_restore_an_accepted_risk(demo_plan):
    flag = _flag(demo_plan, "late_successor")
    accepted = dashboard.accept_flag(demo_plan, flag.kind, flag.record_ids, WHY)
    tombstone = dashboard.unaccept_flag(demo_plan, accepted.id)
    assert dashboard.accepted_flags(demo_plan) == []
    entry = audit.history(demo_plan, record_type="flagacceptance")[0]
    assert entry.action == "delete" and entry.id == tombstone
    audit.restore_deleted(demo_plan, tombstone)
    assert dashboard.accepted_flags(demo_plan) == [accepted]
    with pytest.raises(NotFound):
        dashboard.unaccept_flag(demo_plan, "no-such-id")


@pytest.mark.parametrize("kind, ids, why, field", [
    ("no_successor", None, "", "justification"),
    ("no_successor", None, "   \n  ", "justification"),
    ("made_up_kind", None, WHY, "kind"),
    ("no_successor", [], WHY, "record_ids"),
    ("no_successor", [""], WHY, "record_ids"),
    ("no_successor", ["a,b"], WHY, "record_ids"),
    ("no_successor", None, "x" * 4001, "justification"),
])
def test_bad_acceptances_are_refused_and_nothing_is_stored(demo_plan, kind, ids, why, field):
    flag = _flag(demo_plan, "no_successor")
    before = _count(demo_plan, AuditEntry)
    with pytest.raises(InvalidInput) as caught:
        dashboard.accept_flag(demo_plan, kind, flag.record_ids if ids is None else ids, why)
    assert field in caught.value.problems
    assert _count(demo_plan, FlagAcceptance) == 0
    assert _count(demo_plan, AuditEntry) == before


def test_a_flag_is_accepted_once(demo_plan):
    flag = _flag(demo_plan, "over_allocation")
    dashboard.accept_flag(demo_plan, flag.kind, flag.record_ids, WHY)
    with pytest.raises(InvalidInput, match="already accepted"):
        dashboard.accept_flag(demo_plan, flag.kind, reversed(flag.record_ids), "again")
    assert [a.justification for a in dashboard.accepted_flags(demo_plan)] == [WHY]
