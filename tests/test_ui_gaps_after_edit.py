"""A planner types an edit into the detail panel; the Gaps page's figures and the panel's
flags show the new numbers, from the gap report updated in place (one capacity read and
computed again), and Ctrl+Z brings the old numbers back.

The plan is tests/test_dashboard_numbers.py's: Site North closes 31 March 2027 and holds
"Alert network" (C1), with no successor; Site South closes 30 June 2027. Uncovered
location-months: North April 2027 to December 2028 (21), South July 2027 on (18): 39.
Typing 0 in C1's "Still required after exit (%)" says nothing of it is needed once the
mission has left: North has no gap any more (39 - 21 = 18), and C1 no successor flag.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from test_dashboard_numbers import build_small_plan
from ui_helpers import settle, type_text

from transition_planner.services import dashboard, gaps_cache, plans
from transition_planner.ui.main_window import MainWindow

WAIT = 20_000


@pytest.fixture
def window(qtbot, tmp_path):
    path = tmp_path / "small.tplan"
    handle = plans.new_plan(path, {
        "name": "Test plan", "mission_name": "Test Mission", "planned_exit": "2027-12-31",
        "horizon_start": "2027-01-01", "horizon_months": 24}, user="tester")
    ids = build_small_plan(handle)
    handle.close()
    main = MainWindow()
    main.resize(1366, 768)
    main.show()
    qtbot.waitExposed(main)
    assert main.open_plan(path)
    yield main, ids
    main.close()
    main.deleteLater()


def figure(page, name: str) -> str:
    return page.figure_buttons[name].number.text()


def test_a_typed_edit_moves_the_gaps_figures_and_undo_moves_them_back(qtbot, window):
    main, ids = window
    gaps_page = main.show_page("gaps")
    qtbot.waitUntil(lambda: gaps_page.data is not None and not gaps_page.worker.busy(),
                    timeout=WAIT)
    assert figure(gaps_page, dashboard.UNCOVERED) == "39"
    assert figure(gaps_page, dashboard.WITHOUT_SUCCESSOR) == "1"

    inventory_page = main.show_page("inventory")
    settle(qtbot, inventory_page)
    row = inventory_page.model.row_of_id(ids["c1"])
    index = inventory_page.model.index(row, 0)
    qtbot.mouseClick(inventory_page.table.viewport(), Qt.MouseButton.LeftButton,
                     pos=inventory_page.table.visualRect(index).center())
    detail = inventory_page.detail
    assert detail.title.text() == "Alert network"
    assert "no_successor" in {f.kind for f in detail.flags.flags}  # what the panel shows
    assert "No successor" in detail.flags.text.text()
    full, updated = gaps_cache.stats["full"], gaps_cache.stats["updated"]

    type_text(qtbot, detail.form.fields.widget("required_share"), "0")  # Return saves it
    qtbot.waitUntil(lambda: not inventory_page.loader.busy()
                    and "no_successor" not in {f.kind for f in detail.flags.flags},
                    timeout=WAIT)
    assert "No successor" not in detail.flags.text.text()
    gaps_page = main.show_page("gaps")
    qtbot.waitUntil(lambda: figure(gaps_page, dashboard.UNCOVERED) == "18", timeout=WAIT)
    assert figure(gaps_page, dashboard.WITHOUT_SUCCESSOR) == "0"
    qtbot.waitUntil(lambda: not gaps_page.worker.busy(), timeout=WAIT)
    # One update for both pages (the inventory's rows and the Gaps page), nothing computed
    # whole again.
    assert gaps_cache.stats["full"] == full
    assert gaps_cache.stats["updated"] == updated + 1

    main.ctx.undo_stack.undo()  # Ctrl+Z
    qtbot.waitUntil(lambda: figure(gaps_page, dashboard.UNCOVERED) == "39", timeout=WAIT)
    assert figure(gaps_page, dashboard.WITHOUT_SUCCESSOR) == "1"
    qtbot.waitUntil(lambda: not gaps_page.worker.busy(), timeout=WAIT)
    assert gaps_cache.stats["full"] == full
