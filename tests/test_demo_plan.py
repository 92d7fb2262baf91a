"""The demo plan: built through the services, complete, and flagged where it is meant to be."""

from __future__ import annotations

import json
import sqlite3
from collections import Counter

import pytest
from sqlalchemy import select

from transition_planner.domain import taxonomy as tx
from transition_planner.services import handovers, inventory, plans, timeline
from transition_planner.services.check import check_plan
from transition_planner.services.demo import (
    DELIBERATE_PROBLEMS,
    DEMO_AS_OF,
    SENSITIVE_STRINGS,
    write_demo_plan,
)
from transition_planner.store.models import FundingLine, HandoverStatusChange, ReadinessScore

pytestmark = pytest.mark.both_backends


@pytest.fixture
def config_dir(tmp_path, monkeypatch):
    folder = tmp_path / "config"
    monkeypatch.setenv("TRANSITION_PLANNER_CONFIG_DIR", str(folder))
    return folder


def _gap_report(handle, scenario_id=None):
    gaps = pytest.importorskip("transition_planner.services.gaps")
    return gaps.compute(handle, scenario_id, as_of=DEMO_AS_OF)


def _first_capacity(flag) -> str:
    return next(r.name for r in flag.records if r.type == "capacity")


def test_demo_builds_and_reopens(tmp_path, config_dir):
    path = tmp_path / "demo.tplan"
    handle = write_demo_plan(path)
    assert handle.user == "demo"
    assert len(inventory.list_capacities(handle)) >= 60
    handle.close()
    assert not config_dir.exists(), "building the demo must not write user settings"

    reopened = plans.open_plan(path, user="tester")
    try:
        info = plans.plan_info(reopened)
        assert info.mission_acronym == "UNSMK"
        assert info.horizon_start.isoformat() == "2026-01-01"
        assert info.horizon_months == 36
        assert check_plan(reopened) == []
    finally:
        reopened.close()


def test_inventory_covers_the_taxonomy(demo_plan):
    taxonomy = demo_plan.taxonomy()
    locations = inventory.list_locations(demo_plan)
    capacities = inventory.list_capacities(demo_plan)
    actors = inventory.list_actors(demo_plan)

    sites = [loc for loc in locations if loc.level in ("team_site", "field_office")]
    assert len(locations) >= 8 and len(sites) >= 8
    assert len({s.closure_date for s in sites}) == len(sites), "sites close one by one"
    assert all(s.closure_date.year in (2026, 2027) for s in sites)
    by_id = {loc.id: loc for loc in locations}
    provinces = {by_id[by_id[s.parent_id].parent_id].name for s in sites}
    assert len(provinces) >= 3

    assert len(capacities) >= 60
    for kind, column in ((tx.CATEGORY, "category"), (tx.COMPONENT, "component"),
                         (tx.POC_TIER, "poc_tier"), (tx.CRITICALITY, "criticality")):
        assert {getattr(c, column) for c in capacities} == set(taxonomy.codes(kind)), column
    assert {p for c in capacities for p in c.populations} == set(taxonomy.codes(tx.POPULATION))
    assert {c.currency for c in capacities} == {"USD", "EUR"}
    assert len({c.unit for c in capacities}) > 30

    assert len(actors) >= 25
    assert {a.actor_type for a in actors} == set(taxonomy.codes(tx.ACTOR_TYPE))
    assert all(inventory.actor_presence(demo_plan, a.id) for a in actors)


def test_handovers_cover_every_status_role_and_modality(demo_plan):
    taxonomy = demo_plan.taxonomy()
    rows = handovers.list_handovers(demo_plan)
    assert {h.status for h in rows} == set(taxonomy.codes(tx.HANDOVER_STATUS))
    assert {h.role for h in rows} == set(taxonomy.codes(tx.HANDOVER_ROLE))
    assert {h.modality for h in rows} == set(taxonomy.codes(tx.MODALITY))

    with demo_plan.read() as session:
        steps = Counter(session.execute(select(HandoverStatusChange.handover_id)).scalars())
        scored = Counter(session.execute(select(ReadinessScore.handover_id)).scalars())
        lines = session.execute(
            select(FundingLine.source_type, FundingLine.status, FundingLine.currency)
        ).all()
    assert max(steps.values()) >= 7  # walked identified ... verified_6m
    assert all(steps[h.id] >= 1 for h in rows)

    closed = taxonomy.with_attribute(tx.HANDOVER_STATUS, "closed")
    active = [h for h in rows if h.status not in closed and h.modality != "discontinue"]
    fully_scored = [h for h in active if scored[h.id] == len(taxonomy.codes(
        tx.READINESS_DIMENSION))]
    assert len(fully_scored) > 0.8 * len(active)

    sources = {source for source, _status, _currency in lines}
    assert len(sources) >= 6 and {"mission_assessed", "peacebuilding_fund"} <= sources
    assert {status for _s, status, _c in lines} == set(taxonomy.codes(tx.FUNDING_STATUS))
    assert {currency for _s, _st, currency in lines} == {"USD", "EUR"}


def test_timeline_and_scenarios(demo_plan):
    kinds = {m.kind for m in timeline.list_milestones(demo_plan)}
    assert kinds == set(demo_plan.taxonomy().codes(tx.MILESTONE_KIND))
    assert timeline.indicators_triggered(demo_plan), "some indicator should call for re-engagement"
    scenarios = {s.name: s for s in plans.list_scenarios(demo_plan)}
    assert scenarios["Accelerated withdrawal"].closure_shift_months == -6
    assert scenarios["Baseline"].is_baseline


def test_each_deliberate_problem_is_flagged(demo_plan):
    names = [c.name for c in inventory.list_capacities(demo_plan)]
    report = _gap_report(demo_plan)
    found = {(f.kind, _first_capacity(f)) for f in report.flags}
    for kind, capacity in DELIBERATE_PROBLEMS.items():
        assert names.count(capacity) == 1, capacity
        assert (kind, capacity) in found, f"no {kind} flag on {capacity}"


def test_the_rest_of_the_plan_is_healthy(demo_plan):
    report = _gap_report(demo_plan)
    stray = [f.message for f in report.flags
             if _first_capacity(f) not in DELIBERATE_PROBLEMS.values()]
    assert stray == []


def test_late_successor_gap_is_74_days(demo_plan):
    # Kanzi closes on 31 July 2026, the police start on 14 October: 31 + 30 + 13 days
    report = _gap_report(demo_plan)
    late = [f for f in report.flags if f.kind == "late_successor"]
    assert [f.details["gap_days"] for f in late] == [74]


def test_accelerated_withdrawal_makes_more_successors_late(demo_plan):
    scenario = next(s for s in plans.list_scenarios(demo_plan)
                    if s.name == "Accelerated withdrawal")
    baseline = _gap_report(demo_plan).summary["flags_by_kind"]["late_successor"]
    accelerated = _gap_report(demo_plan, scenario.id).summary["flags_by_kind"]["late_successor"]
    assert accelerated > baseline


def test_a_status_change_that_over_allocates_is_accepted_and_flagged(demo_plan):
    flights = next(c for c in inventory.list_capacities(demo_plan)
                   if c.name == "Humanitarian flights")
    declined = next(h for h in handovers.list_handovers(demo_plan, flights.id)
                    if h.status == "declined")
    handovers.update_handover(demo_plan, declined.id, {"status": "agreed", "share": 0.5,
                                                       "start_date": "2027-01-01"})
    flags = [f for f in _gap_report(demo_plan).flags
             if f.kind == "over_allocation" and f.records[0].id == flights.id]
    assert len(flags) == 1 and declined.id in flags[0].details["handovers"]


def test_sensitive_strings_appear_only_in_sensitive_records_and_fields(demo_path):
    """Exports can rely on the sensitive marks: nothing listed leaks into ordinary fields."""
    seen = Counter()
    leaks = []
    conn = sqlite3.connect(f"file:{demo_path}?mode=ro", uri=True)
    try:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        for table in tables:
            if table in ("auditentry", "alembic_version"):
                continue  # the audit trail is internal by nature
            cursor = conn.execute(f'SELECT * FROM "{table}"')
            columns = [d[0] for d in cursor.description]
            for row in cursor:
                values = dict(zip(columns, row))
                hidden = set(json.loads(values.get("sensitive_fields") or "[]"))
                for column, value in values.items():
                    if not isinstance(value, str):
                        continue
                    for secret in SENSITIVE_STRINGS:
                        if secret in value:
                            seen[secret] += 1
                            if not values.get("sensitive") and column not in hidden:
                                leaks.append(f"{table}.{column}: {secret}")
    finally:
        conn.close()
    assert leaks == []
    assert set(seen) == set(SENSITIVE_STRINGS), "every listed string is in the demo"
