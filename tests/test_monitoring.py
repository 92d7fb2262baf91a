"""Post-exit monitoring on small plans, worked by hand: the re-engagement trigger (crossed N
periods in a row, or silent N periods) through the services and `gaps --json`, and the rule
that guards "verified sustained".

Every plan: horizon January 2027 to December 2028; the site Kalima closes on 31 March 2027;
UNICEF takes the alert network over on 1 April 2027 (monitoring starts then). The indicator
"Alerts answered within an hour" is bad below 60%, monthly, N = 3.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.test_gap_rules import Plan, flags_of
from transition_planner.domain.gaps import add_months
from transition_planner.services import handovers, monitoring
from transition_planner.services.errors import InvalidInput


@pytest.fixture
def p(plan):
    return Plan(plan)


def watched(p: Plan, *values: tuple[str, float], **fields) -> tuple[str, str]:
    """(handover id, indicator id) of the alert network handed to UNICEF, with values."""
    cap = p.capacity()
    h = p.handover(cap, "UNICEF", start_date="2027-04-01", status="handed_over")
    ind = monitoring.add_indicator(p.handle, {
        "name": "Alerts answered within an hour", "handover_id": h, "unit": "%",
        "baseline": 82, "threshold": 60, "trigger_when": "below", **fields,
    }).id
    for measured_on, value in values:
        monitoring.add_value(p.handle, {"indicator_id": ind, "measured_on": measured_on,
                                        "value": value})
    return h, ind


def triggers(p: Plan, as_of: str) -> list[dict]:
    return flags_of(p.gaps("--as-of", as_of), "re_engagement_trigger")


def test_three_months_below_the_threshold_call_the_un_back(p):
    h, ind = watched(p, ("2027-04-30", 72), ("2027-05-31", 58), ("2027-06-30", 55),
                     ("2027-07-31", 50))
    result = p.gaps("--as-of", "2027-08-15")
    [flag] = flags_of(result, "re_engagement_trigger")
    assert flag["severity"] == "high"
    assert flag["details"]["reason"] == "crossed"
    assert flag["details"]["periods"] == 3  # May, June, July; April (72) was inside
    assert flag["details"]["values"] == [
        {"date": "2027-05-31", "value": 58}, {"date": "2027-06-30", "value": 55},
        {"date": "2027-07-31", "value": 50}]
    assert [(r["type"], r["id"]) for r in flag["records"]][1:4:2] == [
        ("handover", h), ("protectionindicator", ind)]
    assert "below its threshold of 60% for 3 months in a row" in flag["message"]
    assert "50% on 31 July 2027" in flag["message"]
    assert result["summary"]["flags_by_kind"]["re_engagement_trigger"] == 1


def test_two_months_below_and_the_threshold_itself_do_not(p):
    watched(p, ("2027-04-30", 60), ("2027-05-31", 70), ("2027-06-30", 55), ("2027-07-31", 50))
    assert triggers(p, "2027-08-15") == []  # June and July only; 60 is inside


def test_a_month_without_a_value_breaks_the_run_and_the_latest_value_stands(p):
    # April and May below, nothing in June, July below twice: its latest (65) is inside
    watched(p, ("2027-04-30", 50), ("2027-05-31", 50), ("2027-07-10", 40), ("2027-07-31", 65),
            ("2027-08-31", 40))
    assert triggers(p, "2027-09-01") == []


def test_three_months_without_a_value_call_the_un_back(p):
    watched(p, ("2027-04-30", 72), ("2027-05-31", 75))
    assert triggers(p, "2027-08-31") == []  # June and July have passed; August is not over
    [flag] = triggers(p, "2027-09-10")
    assert flag["details"]["reason"] == "silent"
    assert flag["details"]["periods"] == 3  # June, July, August
    assert flag["details"]["silent_from"] == "2027-06-01"
    assert flag["details"]["last_value"] == {"date": "2027-05-31", "value": 75}
    assert "reported nothing for 3 months (since 31 May 2027)" in flag["message"]


def test_nothing_ever_reported_counts_from_the_handover(p):
    watched(p)
    assert triggers(p, "2027-06-30") == []  # April and May
    [flag] = triggers(p, "2027-07-01")  # April, May, June
    assert flag["details"]["silent_from"] == "2027-04-01"
    assert flag["details"]["last_value"] is None


def test_quarterly_values_and_values_from_the_mission_time(p):
    # before 1 April the mission still ran it: its low value is not the successor's
    watched(p, ("2027-03-31", 10), ("2027-05-15", 50), ("2027-08-20", 50),
            ("2027-11-30", 50), period="quarter", trigger_periods=2)
    [flag] = triggers(p, "2027-12-31")
    assert flag["details"]["periods"] == 3  # Q2, Q3, Q4 of 2027
    assert flag["details"]["values"][0] == {"date": "2027-05-15", "value": 50}


def test_an_indicator_of_a_place_without_handover_names_the_place(p):
    ind = monitoring.add_indicator(p.handle, {
        "name": "Civilians killed", "location_id": p.site, "threshold": 5,
        "trigger_when": "above", "trigger_periods": 2}).id
    for day, value in (("2027-05-01", 6), ("2027-06-01", 9)):
        monitoring.add_value(p.handle, {"indicator_id": ind, "measured_on": day, "value": value})
    [flag] = triggers(p, "2027-06-15")
    assert [r["type"] for r in flag["records"]] == ["protectionindicator", "location"]
    assert flag["message"].startswith("Re-engage on Kalima: Civilians killed has been above")


# --- "verified sustained" -----------------------------------------------------------------


def month_ends_before_today(n: int) -> list[str]:
    """The last days of the n months before the current one, oldest first."""
    first = date.today().replace(day=1)
    return [(add_months(first, -k + 1) - date.resolution).isoformat() for k in range(n, 0, -1)]


def test_a_triggered_handover_cannot_be_marked_verified_sustained(p):
    days = month_ends_before_today(3)
    h, _ind = watched(p, *((d, 40) for d in days), monitor_from=days[0][:8] + "01")
    with pytest.raises(InvalidInput, match="calls for re-engagement"):
        handovers.set_status(p.handle, h, "verified_3m")
    assert handovers.list_handovers(p.handle)[0].status == "handed_over"  # nothing changed
    handovers.set_status(p.handle, h, "at_risk")  # other steps stay open


def test_six_months_inside_are_needed_for_plus_six_months(p):
    days = month_ends_before_today(6)
    h, ind = watched(p, *((d, 70) for d in days[1:]), monitor_from=days[0][:8] + "01")
    handovers.set_status(p.handle, h, "verified_3m")  # no trigger: fine
    with pytest.raises(InvalidInput, match="5 month.s. of values inside its threshold; 6"):
        handovers.set_status(p.handle, h, "verified_6m")
    monitoring.add_value(p.handle, {"indicator_id": ind, "measured_on": days[0], "value": 61})
    handovers.set_status(p.handle, h, "verified_6m")
    [read] = monitoring.list_indicators(p.handle, h)
    assert read.months_inside == 6 and read.trigger is None


def test_indicators_edit_delete_and_defaults(p):
    h, ind = watched(p, ("2027-04-30", 72))
    monitoring.update_indicator(p.handle, ind, {"threshold": 80})
    [read] = monitoring.list_indicators(p.handle)
    assert (read.threshold, read.baseline, read.handover_label) == (
        80, 82, "Community alert network -> UNICEF")
    [(value_id, _d, _v, _s)] = read.values
    monitoring.update_value(p.handle, value_id, {"value": 74})
    assert monitoring.list_indicators(p.handle)[0].values[0][2] == 74
    with pytest.raises(InvalidInput):
        monitoring.update_indicator(p.handle, ind, {"period": "weekly"})
    with pytest.raises(InvalidInput):
        monitoring.add_value(p.handle, {"indicator_id": ind, "measured_on": "31/13/2027",
                                        "value": 3})
    monitoring.delete_value(p.handle, value_id)
    tombstone = monitoring.delete_indicator(p.handle, ind)
    assert monitoring.list_indicators(p.handle) == []
    from transition_planner.services import audit

    audit.restore_deleted(p.handle, tombstone)
    assert [r.id for r in monitoring.list_indicators(p.handle)] == [ind]
    names = [d["name"] for d in monitoring.default_indicators(p.handle, "early_warning")]
    assert names[:2] == ["Alerts answered within an hour", "Response time to alerts"]
    added = monitoring.add_default_indicators(p.handle, h)
    assert {i.location_id for i in added} == {p.site} and len(added) == len(names)


def literal_trigger(ind, as_of):
    """The rule as the module's docstring words it, period by period over every value: the
    reference the engine's newest-first reading must agree with."""
    from transition_planner.domain import monitoring as m

    n = max(ind.trigger_periods, 1)
    periods = m.by_period(ind)  # the latest value of each period, from monitoring's start
    if periods:
        last = max(periods)
        run, p = [], last
        while p in periods and m.crosses(periods[p][1], ind.threshold, ind.trigger_when):
            run.append(periods[p])
            p -= 1
        if len(run) >= n:
            return m.Trigger(m.CROSSED, len(run), tuple(reversed(run)), periods[last])
        first_silent = last + 1
    elif ind.start is not None:
        first_silent = m.period_of(ind.start, ind.period)
    else:
        return None
    silent = m.period_of(as_of, ind.period) - first_silent
    if silent >= n:
        return m.Trigger(m.SILENT, silent, (), periods[max(periods)] if periods else None,
                         m.period_start(first_silent, ind.period))
    return None


def test_the_trigger_agrees_with_the_rule_read_period_by_period():
    from datetime import timedelta

    from hypothesis import given, settings
    from hypothesis import strategies as st

    from transition_planner.domain.facts import IndicatorFacts
    from transition_planner.domain.monitoring import trigger

    day = st.integers(0, 900).map(lambda k: date(2026, 1, 1) + timedelta(days=k))
    values = st.lists(st.tuples(day, st.sampled_from((40.0, 59.9, 60.0, 60.1, 80.0))),
                      max_size=14).map(lambda v: tuple(sorted(v, key=lambda x: x[0])))

    @settings(max_examples=400, deadline=None)
    @given(values, st.none() | day, day, st.sampled_from(("month", "quarter")),
           st.sampled_from(("below", "above")), st.integers(0, 4))
    def agree(values, start, as_of, period, when, n):
        ind = IndicatorFacts("i", "Alerts answered", "l", "Tessik", "h", "%", 60.0, when,
                             period, n, start, values)
        assert trigger(ind, as_of) == literal_trigger(ind, as_of)

    agree()


def test_the_triggers_of_many_indicators_are_each_ones_trigger():
    """triggers() answers most indicators inline, in one loop: for each, in their order, what
    the rule read period by period says, over indicators inside, crossing, silent and never
    reported."""
    from datetime import timedelta

    from hypothesis import given, settings
    from hypothesis import strategies as st

    from transition_planner.domain.facts import IndicatorFacts
    from transition_planner.domain.monitoring import triggers

    day = st.integers(0, 900).map(lambda k: date(2026, 1, 1) + timedelta(days=k))
    values = st.lists(st.tuples(day, st.sampled_from((40.0, 60.0, 80.0))),
                      max_size=8).map(lambda v: tuple(sorted(v, key=lambda x: x[0])))
    indicator = st.builds(
        lambda k, v, start, period, when, n: IndicatorFacts(
            f"i{k}", "Alerts answered", "l", "Tessik", "h", "%", 60.0, when, period, n, start, v),
        st.integers(0, 99), values, st.none() | day, st.sampled_from(("month", "quarter")),
        st.sampled_from(("below", "above")), st.integers(0, 4))

    @settings(max_examples=200, deadline=None)
    @given(st.lists(indicator, max_size=12), day)
    def agree(indicators, as_of):
        expected = [(ind, literal_trigger(ind, as_of)) for ind in indicators]
        assert triggers(indicators, as_of) == [(i, t) for i, t in expected if t is not None]

    agree()
