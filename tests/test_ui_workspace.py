"""The window at a field laptop's 1366x768: a sidebar with icons and live counts and no empty
band beside it, and no page that needs a horizontal scroll bar."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from ui_helpers import settle

from transition_planner.services import handovers, inventory
from transition_planner.ui.main_window import MainWindow


@pytest.fixture
def small_window(qtbot, plan):
    """A plan worked by hand: three capacities, one handed over, two with no successor."""
    place = inventory.add_location(plan, {"name": "Kanzi",
                                          "closure_date": "2027-06-30"})
    caps = [inventory.add_capacity(plan, {"name": name, "location_id": place.id,
                                          "category": "physical_protection",
                                          "criticality": "high", "required_share": 1})
            for name in ("Patrols", "Alert network", "Liaison")]
    actor = inventory.add_actor(plan, {"name": "Kanzi Police", "actor_type": "national_ngo"})
    handovers.add_handover(plan, {"capacity_id": caps[0].id, "actor_id": actor.id,
                                  "start_date": "2027-05-01", "status": "agreed", "share": 1})
    window = MainWindow()
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    window.open_plan(plan.path)
    settle(qtbot, window.page("inventory"))
    yield window
    window.close()


def test_sidebar_has_icons_and_no_empty_band(qtbot, small_window):
    bar = small_window.sidebar
    for row in range(bar.count()):
        assert not bar.item(row).icon().isNull(), bar.item(row).text()
    gap = small_window.page_stack.mapTo(small_window, small_window.page_stack.rect().topLeft()).x()
    assert gap - bar.width() < 8  # the pages begin right after the sidebar
    assert bar.width() < 260


def test_the_sidebar_s_numbers_are_qt_s_own(qtbot, small_window):
    """The sidebar names Qt's roles and policy by number (its first paint goes without Qt's
    namespace): the numbers are Qt's, and do what the enums do."""
    from transition_planner.ui.widgets import sidebar

    assert sidebar.USER_ROLE == Qt.ItemDataRole.UserRole.value
    assert sidebar.SCROLL_BAR_ALWAYS_OFF == Qt.ScrollBarPolicy.ScrollBarAlwaysOff.value
    bar = small_window.sidebar
    assert bar.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff
    assert bar.item(bar.row_of("gaps")).data(Qt.ItemDataRole.UserRole) == "gaps"


def test_sidebar_counts_are_live(qtbot, small_window):
    from transition_planner.services import gaps

    bar = small_window.sidebar
    qtbot.waitUntil(lambda: bar.count_of("inventory") == 2)  # Alert network and Liaison
    report = gaps.compute(small_window.ctx.handle)
    assert bar.count_of("gaps") == len(report.flags) > 0
    # A successor for one of them: the badge follows without switching pages.
    actor = inventory.list_actors(small_window.ctx.handle)[0]
    liaison = next(c for c in inventory.list_capacities(small_window.ctx.handle)
                   if c.name == "Liaison")
    handovers.add_handover(small_window.ctx.handle, {"capacity_id": liaison.id,
                                                     "actor_id": actor.id,
                                                     "start_date": "2027-05-01",
                                                     "status": "agreed",
                                                     "share": 1})
    small_window.ctx.changed("handover")
    qtbot.waitUntil(lambda: bar.count_of("inventory") == 1, timeout=20_000)
    assert "Capacities without a successor: 1" in bar.item(0).toolTip()


def test_no_page_scrolls_sideways_at_1366(qtbot, demo_path):
    window = MainWindow()
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    try:
        window.open_plan(demo_path)
        settle(qtbot, window.page("inventory"))
        for spec in window.specs:
            window.show_page(spec.key)
            qtbot.wait(50)
            bar = window.holders[spec.key].horizontalScrollBar()
            assert bar.maximum() == 0, f"{spec.key} scrolls sideways by {bar.maximum()} px"
    finally:
        window.close()


def test_sidebar_row_selects_its_page(qtbot, small_window):
    bar = small_window.sidebar
    row = bar.row_of("timeline")
    rect = bar.visualItemRect(bar.item(row))
    qtbot.mouseClick(bar.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert small_window.current_page_key() == "timeline"


def test_gaps_page_shows_the_new_numbers_before_the_charts(qtbot, small_window):
    """After an edit the key figures arrive first (from the gap report alone), then the rest;
    both say what the plan now holds: one capacity without a successor."""
    page = small_window.show_page("gaps")
    qtbot.waitUntil(lambda: page.data is not None and not page.worker.busy(), timeout=20_000)
    assert page.figure_buttons["without_successor"].number.text() == "2"
    order = []
    page.worker.sig_figures.connect(lambda f: order.append(("figures", f)))
    page.worker.sig_ready.connect(lambda d: order.append(("ready", d.figures)))
    handle = small_window.ctx.handle
    actor = inventory.list_actors(handle)[0]
    liaison = next(c for c in inventory.list_capacities(handle) if c.name == "Liaison")
    handovers.add_handover(handle, {"capacity_id": liaison.id, "actor_id": actor.id,
                                    "start_date": "2027-05-01", "status": "agreed",
                                    "share": 1})
    small_window.ctx.changed("handover")
    qtbot.waitUntil(lambda: len(order) == 2, timeout=20_000)
    assert [what for what, _f in order] == ["figures", "ready"]
    assert order[0][1] == order[1][1]
    assert len(order[0][1].without_successor) == 1
    assert page.figure_buttons["without_successor"].number.text() == "1"
