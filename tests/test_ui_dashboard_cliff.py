"""The Gaps page's protection cliff draws what the PDF draws (one picture in both): under the
requirement, what the mission and each group of successors cover, never above what is
required, and in red on top what nobody covers. Checked on the small plan of
tests/test_dashboard_numbers.py, worked by hand:

- January-March 2027: the mission covers all three capacities (3.0).
- April-May: Site North is closed; nobody took over the Alert network: mission 2.0, gap 1.0.
- June: the UN agency starts half of Monitoring while the mission is still there: the overlap
  is not drawn (mission 2.0, UN 0, gap 1.0).
- July-August: the mission has left Site South (required 2.5): the agency covers 0.5; the
  Alert network (1.0), the other half of Monitoring (0.5) and Reporting (0.5, NGO not there
  yet) are the gap of 2.0.
- From September: the NGO's half-counted share covers 0.5 of Reporting: UN 0.5, NGO 0.5,
  gap 1.5.
"""

from __future__ import annotations

import pytest
from test_dashboard_numbers import build_small_plan

from transition_planner.domain.gaps import ALL
from transition_planner.reports.charts import covered_layers as printed_layers
from transition_planner.services import gaps
from transition_planner.ui.context import PlanContext
from transition_planner.ui.pages.dashboard import DashboardPage

N = 24


def months(*runs: tuple[int, int, float]) -> list[float]:
    out = [0.0] * N
    for start, end, value in runs:
        for i in range(start, end):
            out[i] += value
    return out


@pytest.fixture
def small_page(qtbot, plan):
    build_small_plan(plan)
    ctx = PlanContext()
    ctx.set_handle(plan)
    page = DashboardPage(ctx)
    qtbot.addWidget(page)
    page.resize(1280, 860)
    page.show()
    qtbot.waitUntil(lambda: page.data is not None and not page.worker.busy()
                    and not page._timer.isActive(), timeout=20_000)
    yield page
    page.wait_for_workers()


def test_the_window_draws_the_cliff_as_worked_by_hand(small_page):
    chart = small_page.charts.cliff
    layers = dict(chart.layers)
    assert list(layers) == ["Mission", "UN", "NGO / civil society", "Not covered (gap)"]
    assert layers["Mission"] == months((0, 3, 3.0), (3, 6, 2.0))
    assert layers["UN"] == months((6, N, 0.5))  # June's overlap with the mission not drawn
    assert layers["NGO / civil society"] == months((8, N, 0.5))
    assert layers["Not covered (gap)"] == months((3, 6, 1.0), (6, 8, 2.0), (8, N, 1.5))
    stacked = [sum(values) for values in zip(*layers.values())]
    assert stacked == list(chart.data.requirement)  # the bars end on the requirement line
    legend = [label.text for _sample, label in chart.legend.items]
    assert legend == ["Mission", "UN", "NGO / civil society", "Not covered (gap)", "Required",
                      "Team-site or office closure"]
    hover = chart.month_summary(9)  # October 2027
    assert "UN: 0.5 (UN agency, fund or programme)" in hover  # who is in each group
    assert "NGO / civil society: 0.5 (National NGO or civil society)" in hover


def test_the_window_and_the_pdf_draw_the_same_bars(small_page, plan):
    chart, series = small_page.charts.cliff, gaps.compute(plan).series()[ALL]
    layers = dict(chart.layers)
    for i in range(N):
        mission, groups = printed_layers(series, i)
        assert layers["Mission"][i] == pytest.approx(mission)
        assert layers["UN"][i] == pytest.approx(groups["un"])
        assert layers["NGO / civil society"][i] == pytest.approx(groups["ngo"])
        assert groups["government"] == groups["other"] == 0.0
        assert layers["Not covered (gap)"][i] == pytest.approx(series.gap[i])


def test_in_arabic_time_runs_from_the_right_as_in_the_arabic_report(small_page, qapp):
    from PySide6.QtCore import QPointF, Qt

    chart = small_page.charts.cliff
    qapp.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    try:
        chart.set_data(chart.data, chart.labels)
        first = chart.plot.vb.mapViewToScene(QPointF(0.5, 0)).x()
        last = chart.plot.vb.mapViewToScene(QPointF(N - 0.5, 0)).x()
        assert first > last  # January 2027 on the right
        assert chart.plot.getAxis("right").isVisible()
        assert not chart.plot.getAxis("left").isVisible()
    finally:
        qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    chart.set_data(chart.data, chart.labels)
    assert chart.plot.vb.mapViewToScene(QPointF(0.5, 0)).x() < chart.plot.vb.mapViewToScene(
        QPointF(N - 0.5, 0)).x()
    assert chart.plot.getAxis("left").isVisible()
