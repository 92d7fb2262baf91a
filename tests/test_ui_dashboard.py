"""The Gaps page on the demo plan: figures and cells click through to the inventory, flags are
accepted as risks, scenarios cloned and compared, charts saved; recomputed off the GUI thread."""

from __future__ import annotations

import os
import subprocess
import sys
import xml.etree.ElementTree as ET
from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QFileDialog

from transition_planner.services import audit, dashboard, handovers, inventory, plans
from transition_planner.services.demo import DELIBERATE_PROBLEMS
from transition_planner.ui.charts.tables import ComparisonTableModel, FlagTableModel
from transition_planner.ui.context import CAPACITY, COMMENT, FUNDING, PlanContext
from transition_planner.ui.pages.dashboard import (
    TAB_FLAGS,
    TAB_HEATMAP,
    AcceptRiskDialog,
    CloneScenarioDialog,
    DashboardPage,
)

WAIT = 20_000  # ms: a recompute of the demo plan takes well under a second


@pytest.fixture
def ctx(demo_plan):
    context = PlanContext()
    context.set_handle(demo_plan)
    yield context


@pytest.fixture
def page(qtbot, ctx):
    widget = DashboardPage(ctx)
    qtbot.addWidget(widget)
    widget.resize(1280, 860)
    widget.show()
    settle(qtbot, widget)
    yield widget
    widget.wait_for_workers()


def settle(qtbot, page) -> None:
    """Wait until the page shows the newest computation."""
    qtbot.waitUntil(lambda: page.data is not None and not page.worker.busy()
                    and not page._timer.isActive(), timeout=WAIT)


def capacity_id(plan, name: str) -> str:
    return next(c.id for c in inventory.list_capacities(plan) if c.name == name)


def click(qtbot, widget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def click_cell(qtbot, chart, row: int, column: int) -> None:
    """Click the middle of a heat-map cell with the mouse."""
    point = chart.view.mapFromScene(chart.cell_scene_pos(row, column))
    qtbot.mouseClick(chart.view.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(point))


# --- start-up ------------------------------------------------------------------------------


def test_the_window_starts_without_pyqtgraph_and_the_charts_load_when_shown():
    script = (
        "import sys\n"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication([])\n"
        "from transition_planner.ui.context import PlanContext\n"
        "from transition_planner.ui.pages.dashboard import DashboardPage\n"
        "page = DashboardPage(PlanContext())\n"
        "assert 'pyqtgraph' not in sys.modules, 'imported before the page was shown'\n"
        "page.show()\n"
        "assert 'pyqtgraph' in sys.modules\n"
        "page.wait_for_workers()\n"
        "print('ok')\n"
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          env=env, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "ok"


# --- key figures ---------------------------------------------------------------------------


def test_key_figures_show_the_gap_report_and_click_through(page, qtbot, demo_plan):
    figures = dashboard.load_dashboard(demo_plan).figures
    buttons = page.figure_buttons
    # the Nord-Asari CLAs, and human rights monitoring in Lomba (only the armed forces)
    assert buttons[dashboard.WITHOUT_SUCCESSOR].number.text() == "2"
    assert buttons[dashboard.UNCOVERED].number.text() == str(figures.uncovered_location_months)
    assert page.flags_button.number.text() == str(figures.flags)
    unfunded = page.unfunded_buttons["USD"]
    assert unfunded.number.text().replace(",", "").replace("\u00a0", "") == "USD " + str(
        figures.unfunded["USD"])  # to the cent, as the report and the command line write it
    cla = capacity_id(demo_plan, DELIBERATE_PROBLEMS["no_successor"])
    for key, button in buttons.items():
        with qtbot.waitSignal(page.sig_show_inventory, timeout=2000) as signal:
            click(qtbot, button)
        assert signal.args[0] == dashboard.inventory_filter(figures, key)
    assert signal.args[0]["capacity_ids"]  # the last one: uncovered location-months
    with qtbot.waitSignal(page.sig_show_inventory, timeout=2000) as signal:
        click(qtbot, buttons[dashboard.WITHOUT_SUCCESSOR])
    assert signal.args[0]["flag_kind"] == "no_successor"
    assert cla in signal.args[0]["capacity_ids"] and len(signal.args[0]["capacity_ids"]) == 2
    with qtbot.waitSignal(page.sig_show_inventory, timeout=2000) as signal:
        click(qtbot, unfunded)
    assert signal.args[0]["currency"] == "USD"
    assert capacity_id(demo_plan, DELIBERATE_PROBLEMS["unfunded_after_exit"]) in (
        signal.args[0]["capacity_ids"])


def test_flag_chips_count_each_kind_and_click_through(page, qtbot, demo_plan):
    figures = page.data.figures
    for kind, name in DELIBERATE_PROBLEMS.items():
        chip = page.flag_chips[kind]
        assert chip.isVisible()
        assert chip.text().endswith(f": {figures.flags_by_kind[kind]}")
        with qtbot.waitSignal(page.sig_show_inventory, timeout=2000) as signal:
            click(qtbot, chip)
        assert signal.args[0]["flag_kind"] == kind
        assert capacity_id(demo_plan, name) in signal.args[0]["capacity_ids"]


# --- charts --------------------------------------------------------------------------------


def test_heat_map_cells_click_through_to_their_capacities(page, qtbot, demo_plan):
    page.tabs.setCurrentIndex(TAB_HEATMAP)
    heat, chart = page.data.category_location, page.charts.category_location
    cla = next(c for c in page.data.report.facts.capacities
               if c.name == DELIBERATE_PROBLEMS["no_successor"])
    row, column = heat.rows.index(cla.category), heat.columns.index(cla.location_id)
    assert "capacity-months covered" in chart.tooltip(row, column)
    with qtbot.waitSignal(page.sig_show_inventory, timeout=2000) as signal:
        click_cell(qtbot, chart, row, column)
    assert signal.args[0]["location_ids"] == [cla.location_id]
    assert signal.args[0]["category"] == cla.category
    assert cla.id in signal.args[0]["capacity_ids"]

    page.heatmap_choice.setCurrentIndex(1)
    months, chart = page.data.location_month, page.charts.location_month
    assert page.heatmap_stack.currentWidget() is chart
    row = months.rows.index(cla.location_id)
    with qtbot.waitSignal(page.sig_show_inventory, timeout=2000) as signal:
        click_cell(qtbot, chart, row, len(months.columns) - 1)
    assert signal.args[0]["month"] == months.columns[-1]
    assert cla.id in signal.args[0]["capacity_ids"]


def test_readiness_cells_click_through_to_the_successors_capacities(page, qtbot, demo_plan):
    page.tabs.setCurrentIndex(3)
    table, chart = page.data.readiness, page.charts.readiness
    assert table.rows[0].actor_name == "Asari Women's Solidarity Network"
    assert "Women protection advisers" in chart.tooltip(0, 0)
    with qtbot.waitSignal(page.sig_show_inventory, timeout=2000) as signal:
        click_cell(qtbot, chart, 0, 0)
    assert signal.args[0]["actor_id"] == table.rows[0].actor_id
    assert capacity_id(demo_plan, DELIBERATE_PROBLEMS["readiness_below_threshold"]) in (
        signal.args[0]["capacity_ids"])


def test_the_cliff_chart_follows_its_selection(page, qtbot):
    chart = page.charts.cliff
    assert chart.data == dashboard.cliff_data(page.data.report)
    combo = page.cliff_filters["category"]
    combo.setCurrentIndex(combo.findData("human_rights"))
    combo.activated.emit(combo.currentIndex())
    assert chart.data == dashboard.cliff_data(page.data.report, {"category": ["human_rights"]})
    assert chart.data.capacities == sum(c.category == "human_rights"
                                        for c in page.data.report.facts.capacities)
    combo = page.cliff_filters["location"]
    nord = combo.findText("Nord-Asari")
    combo.setCurrentIndex(nord)
    combo.activated.emit(nord)
    where = page.cliff_where()
    assert where["category"] == ["human_rights"]
    assert len(where["location"]) > 1  # the province and the sites inside it
    assert chart.data == dashboard.cliff_data(page.data.report, where)
    assert chart.data.capacities == 2  # monitoring in Nord-Asari and the Kabiru case file
    assert chart.month_summary(0).startswith("<b>January 2026</b>")


# --- flags ---------------------------------------------------------------------------------


def select_flag(page, kind: str):
    row = next(r for r in page.data.flags if r.kind == kind)
    assert page.select_flag(row.key)
    return row


def test_a_flag_jumps_to_its_record(page, qtbot, demo_plan):
    page.tabs.setCurrentIndex(TAB_FLAGS)
    row = select_flag(page, "no_successor")
    assert row.message in page.flag_detail.text()
    with qtbot.waitSignal(page.sig_show_inventory, timeout=2000) as signal:
        click(qtbot, page.goto_button)
    cla = capacity_id(demo_plan, DELIBERATE_PROBLEMS["no_successor"])
    assert signal.args[0] == {"capacity_ids": [cla]}


def test_accept_a_flag_with_a_justification_and_undo_it(page, qtbot, ctx, demo_plan):
    page.tabs.setCurrentIndex(TAB_FLAGS)
    row = select_flag(page, "enabler_orphaned")
    assert page.accept_button.isEnabled() and not page.withdraw_button.isEnabled()
    click(qtbot, page.accept_button)
    dialog = page.findChild(AcceptRiskDialog)
    assert dialog is not None and dialog.isVisible()
    dialog.accept()  # no justification yet
    assert dialog.isVisible() and dialog.error.isVisible()
    assert dashboard.accepted_flags(demo_plan) == []
    why = "Airtime is paid by the cluster from June 2027 (letter of 3 May)."
    qtbot.keyClicks(dialog.justification, why)
    dialog.accept()
    assert not dialog.isVisible()
    qtbot.waitUntil(lambda: next(r for r in page.data.flags if r.key == row.key).acceptance
                    is not None, timeout=WAIT)
    settle(qtbot, page)
    entry = audit.history(demo_plan, record_type="flagacceptance")[0]
    assert entry.action == "create" and entry.changes["justification"] == [None, why]
    assert page.data.figures.accepted_by_kind["enabler_orphaned"] == 1
    select_flag(page, "enabler_orphaned")
    assert why in page.flag_detail.text() and page.withdraw_button.isEnabled()
    assert "1 accepted" in page.flag_chips["enabler_orphaned"].text()
    page.show_accepted.setChecked(False)
    assert page.flag_model.row_of_key(row.key) == -1
    page.show_accepted.setChecked(True)

    ctx.undo_stack.undo()
    assert dashboard.accepted_flags(demo_plan) == []
    qtbot.waitUntil(lambda: next(r for r in page.data.flags if r.key == row.key).acceptance
                    is None, timeout=WAIT)
    ctx.undo_stack.redo()
    assert [a.justification for a in dashboard.accepted_flags(demo_plan)] == [why]
    settle(qtbot, page)


def test_withdraw_an_accepted_risk(page, qtbot, demo_plan):
    row = next(r for r in page.data.flags if r.kind == "over_allocation")
    dashboard.accept_flag(demo_plan, row.kind, row.record_ids, "Shares are being renegotiated.")
    page.recompute()
    settle(qtbot, page)
    page.tabs.setCurrentIndex(TAB_FLAGS)
    select_flag(page, "over_allocation")
    click(qtbot, page.withdraw_button)
    assert dashboard.accepted_flags(demo_plan) == []
    assert audit.history(demo_plan, record_type="flagacceptance")[0].action == "delete"
    settle(qtbot, page)


# --- scenarios -----------------------------------------------------------------------------


def test_clone_a_scenario_compare_it_and_overlay_it(page, qtbot, ctx, demo_plan):
    click(qtbot, page.clone_button)
    dialog = page.findChild(CloneScenarioDialog)
    assert dialog.months.value() == 6
    dialog.name.setText("Accelerated withdrawal")  # the demo plan has one already
    dialog.accept()
    assert dialog.isVisible() and "exists already" in dialog.error.text()
    dialog.name.setText("Six months earlier")
    dialog.accept()
    assert not dialog.isVisible()
    new = next(s for s in plans.list_scenarios(demo_plan) if s.name == "Six months earlier")
    assert (new.closure_shift_months, new.closure_shift_days) == (-6, 0)
    qtbot.waitUntil(lambda: page.data.compare_id == new.id, timeout=WAIT)
    settle(qtbot, page)
    model = page.comparison_model
    assert model.headerData(2, Qt.Orientation.Horizontal) == "Six months earlier"
    first = [model.data(model.index(r, 0)) for r in range(model.rowCount())]
    assert first[0] == "Uncovered location-months"
    baseline = page.data.report.summary["uncovered_location_months"]
    faster = page.data.compare_report.summary["uncovered_location_months"]
    assert faster > baseline
    assert model.data(model.index(0, 3)) == f"+{faster - baseline}"
    assert model.data(model.index(0, 3), Qt.ItemDataRole.ForegroundRole) is not None
    name, overlay = page.charts.cliff.overlay
    assert name == "Six months earlier"
    assert overlay == dashboard.cliff_data(page.data.compare_report)
    page.overlay_check.setChecked(False)
    assert page.charts.cliff.overlay is None

    ctx.undo_stack.undo()  # the clone goes again
    assert "Six months earlier" not in [s.name for s in plans.list_scenarios(demo_plan)]
    settle(qtbot, page)
    assert page.data.compare_id is None


def test_show_another_scenario(page, qtbot):
    combo = page.scenario_combo
    other = combo.findText("Accelerated withdrawal")
    combo.setCurrentIndex(other)
    combo.activated.emit(other)
    qtbot.waitUntil(lambda: page.data.scenario_id == combo.itemData(other), timeout=WAIT)
    settle(qtbot, page)
    assert page.data.report.facts.exit_date < date(2027, 6, 30)
    assert "Accelerated withdrawal" in page.compare_label.text()


# --- recomputing ---------------------------------------------------------------------------


def test_a_hidden_page_only_marks_itself_stale(page, qtbot, ctx):
    runs = page.worker.runs
    page.hide()
    ctx.changed(CAPACITY)
    qtbot.wait(600)
    assert page.worker.runs == runs and page._stale
    page.show()
    settle(qtbot, page)
    assert page.worker.runs == runs + 1 and not page._stale


def test_a_burst_of_edits_costs_one_recompute_and_comments_none(page, qtbot, ctx):
    runs = page.worker.runs
    ctx.changed(COMMENT)
    qtbot.wait(600)
    assert page.worker.runs == runs
    for _ in range(10):
        ctx.changed(FUNDING)
    settle(qtbot, page)
    assert page.worker.runs == runs + 1


def test_only_what_changed_is_redrawn(page, qtbot, ctx, demo_plan):
    before = dict(page.redraws)
    radio = capacity_id(demo_plan, "Radio Kelvara Libre (mission radio)")
    # A funding request changes the funding cliff but no gap: nothing else is redrawn.
    handovers.add_funding_line(demo_plan, {
        "capacity_id": radio, "source_type": "bilateral", "status": "required",
        "amount": Decimal("90000"), "currency": "EUR", "period_start": date(2027, 7, 1),
        "period_end": date(2027, 12, 31)})
    page.currency_combo.setCurrentIndex(page.currency_combo.findData("EUR"))
    before = dict(page.redraws)
    ctx.changed(FUNDING)
    qtbot.waitUntil(lambda: page.redraws["funding"] > before["funding"], timeout=WAIT)
    settle(qtbot, page)
    for section in ("figures", "flags", "cliff", "category_location", "location_month",
                    "readiness", "scenarios", "comparison"):
        assert page.redraws[section] == before[section], section


def test_closing_the_plan_clears_the_page(page, qtbot, ctx, demo_path):
    ctx.set_handle(None)
    assert not page.isEnabled()
    assert page.figure_buttons[dashboard.WITHOUT_SUCCESSOR].number.text() == "–"
    assert page.flag_model.rowCount() == 0
    ctx.set_handle(plans.open_plan(demo_path, user="tester"))
    settle(qtbot, page)
    assert page.isEnabled() and page.flag_model.rowCount() > 0
    page.wait_for_workers()
    ctx.set_handle(None)


def test_a_failing_computation_is_reported(page, qtbot, ctx, tmp_path):
    ctx.handle.file = ctx.handle.file.__class__(tmp_path / "gone.tplan", ctx.handle.file.engine)
    with qtbot.waitSignal(ctx.sig_error, timeout=WAIT) as signal:
        page.recompute()
    assert "does not exist" in signal.args[1]
    assert page.status.text() == "The gap analysis failed."


# --- exports -------------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["cliff", "heatmap", "funding", "readiness"])
def test_charts_are_saved_as_png_and_svg(page, qtbot, tmp_path, monkeypatch, name):
    page.tabs.setCurrentIndex({"cliff": 0, "heatmap": 1, "funding": 2, "readiness": 3}[name])
    target = {"path": ""}
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *_a, **_k: (target["path"], target.get("filter", "")))
    target.update(path=str(tmp_path / f"{name}.png"))
    written = page.export_chart(name)
    image = QImage(str(written))
    assert not image.isNull() and image.width() >= 2 * page.chart(name).view.width() - 2
    target.update(path=str(tmp_path / name), filter="SVG drawing (*.svg)")
    written = page.export_chart(name)
    assert written.suffix == ".svg"
    root = ET.parse(written).getroot()
    assert root.tag.endswith("svg")
    texts = " ".join(t for t in written.read_text(encoding="utf-8").split(">") if t)
    expected = {"cliff": "Mission", "heatmap": "Nord-Asari", "funding": "Unfunded",
                "readiness": "Asari Women"}[name]
    assert expected in texts


def test_bad_chart_exports_are_refused(page, qtbot, tmp_path, monkeypatch):
    folder = tmp_path / "charts"
    folder.mkdir()
    answers = iter([(str(folder / "cliff.pdf"), ""), (str(folder / "no" / "x.png"), ""),
                    ("", "")])
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: next(answers))
    with qtbot.waitSignal(page.ctx.sig_error, timeout=2000) as signal:
        assert page.export_chart("cliff") is None
    assert "PNG or SVG" in signal.args[1]
    with qtbot.waitSignal(page.ctx.sig_error, timeout=2000) as signal:
        assert page.export_chart("cliff") is None
    assert "does not exist" in signal.args[1]
    assert page.export_chart("cliff") is None  # cancelled
    assert list(folder.iterdir()) == []


# --- models --------------------------------------------------------------------------------


def test_flag_table_model_passes_qt_checks(qtmodeltester, demo_plan):
    data = dashboard.load_dashboard(demo_plan)
    model = FlagTableModel()
    model.set_rows(data.flags, {})
    qtmodeltester.check(model, force_py=True)
    for column in range(model.columnCount()):
        for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
            model.sort(column, order)
    model.sort(0, Qt.SortOrder.AscendingOrder)
    assert model.row_at(0).severity == "high"
    assert model.data(model.index(0, 0), Qt.ItemDataRole.ForegroundRole) is not None


def test_comparison_model_passes_qt_checks(qtmodeltester):
    model = ComparisonTableModel()
    model.set_rows([("Flags", "10", "84", "+74", 74.0), ("Unfunded", "1", "0", "-1", -1.0)],
                   "Baseline", "Faster")
    qtmodeltester.check(model, force_py=True)
    assert model.headerData(1, Qt.Orientation.Horizontal) == "Baseline"


def test_in_the_window_a_figure_lists_its_capacities_in_the_inventory(qtbot, demo_path):
    from transition_planner.ui.main_window import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert window.open_plan(demo_path)
    gaps_page = window.show_page("gaps")
    assert isinstance(gaps_page, DashboardPage)
    settle(qtbot, gaps_page)
    click(qtbot, gaps_page.figure_buttons[dashboard.WITHOUT_SUCCESSOR])
    shown = window.page("inventory")
    assert window.current_page() is shown
    # the page the click built reads the plan in the background before it lists anything
    qtbot.waitUntil(lambda: not shown.loader.busy(), timeout=20_000)
    cla = capacity_id(window.ctx.handle, DELIBERATE_PROBLEMS["no_successor"])
    monitoring = capacity_id(window.ctx.handle, DELIBERATE_PROBLEMS["independence_conflict"])
    listed = {shown.model.id_at(r) for r in range(shown.model.rowCount())}
    assert listed == {cla, monitoring}
    assert "No successor" in shown.picked.text()
    window._wait_for_workers()
    window.close()


def test_heat_map_cells_are_written_with_their_share_after_each_redraw(page, qtbot, demo_plan):
    def written() -> dict:
        chart = page.charts.category_location
        return {(int(t.pos().y()), int(t.pos().x())): t.textItem.toPlainText()
                for t in chart.texts}

    def expected() -> dict:
        heat = page.data.category_location
        return {(r, c): f"{heat.share(r, c) * 100:.0f}%" for r in range(len(heat.rows))
                for c in range(len(heat.columns))
                if heat.capacities[r][c] and heat.share(r, c) is not None}

    assert written() == expected()
    before = page.redraws["category_location"]
    cla = capacity_id(demo_plan, DELIBERATE_PROBLEMS["no_successor"])
    inventory.update_capacity(demo_plan, cla, {"required_share": 0.0})  # nothing required now
    page.ctx.changed(CAPACITY)
    qtbot.waitUntil(lambda: page.redraws["category_location"] > before, timeout=WAIT)
    settle(qtbot, page)
    assert written() == expected()
