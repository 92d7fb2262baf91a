"""Every edit in the real window lands where the user meant it: driven with mouse and keys."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from ui_helpers import click_check, settle

from transition_planner.services import handovers, inventory
from transition_planner.ui.main_window import MainWindow


@pytest.fixture
def window(qtbot, demo_path):
    main = MainWindow()
    qtbot.addWidget(main)
    main.resize(1366, 768)
    main.show()
    qtbot.waitExposed(main)
    assert main.open_plan(demo_path)
    settle(qtbot, main.page("inventory"))
    yield main
    main.close()


def actor_named(handle, name: str):
    return next(a for a in inventory.list_actors(handle) if a.name == name)


def select_table_row(qtbot, table, row: int) -> None:
    """Click a row of a table as a user does."""
    index = table.model().index(row, 0)
    table.scrollTo(index)
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton,
                     pos=table.visualRect(index).center())


def test_ticking_present_in_boxes_does_not_crash_and_saves_each(qtbot, window):
    page = window.show_page("actors")
    handle = window.ctx.handle
    name = "United Nations Children's Fund"
    row = next(i for i in range(page.model.rowCount()) if page.model.row_at(i).name == name)
    select_table_row(qtbot, page.table, row)
    assert page.form.fields["name"].text() == name
    places = [i.data(0, Qt.ItemDataRole.UserRole) for i in page.presence_items()][1:7]

    def tick(location_id):
        item = next(i for i in page.presence_items()
                    if i.data(0, Qt.ItemDataRole.UserRole) == location_id)
        click_check(qtbot, page.presence, page.presence.indexFromItem(item))

    actor_id = actor_named(handle, name).id
    for n, place in enumerate(places, start=1):
        tick(place)
        assert set(places[:n]) <= set(inventory.actor_presence(handle, actor_id))
    for place in places[:3]:  # and off again
        tick(place)
    present = set(inventory.actor_presence(handle, actor_id))
    assert not present & set(places[:3]) and set(places[3:]) <= present


def open_capacity(qtbot, window, name: str):
    """Find a capacity by typing in the inventory search, then click its row."""
    page = window.show_page("inventory")
    page.search.setFocus()
    qtbot.keyClicks(page.search, name)
    row = next(r for r in range(page.model.rowCount()) if page.model.index(r, 0).data() == name)
    select_table_row(qtbot, page.table, row)
    assert page.detail.title.text() == name
    return page.detail


def click_tab(qtbot, tabs, index: int) -> None:
    bar = tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
    assert tabs.currentIndex() == index


def pick_with_keys(qtbot, combo, steps: int = 1) -> None:
    """Move a drop-down list's choice with the arrow keys, as a keyboard user does."""
    combo.setFocus(Qt.FocusReason.TabFocusReason)
    for _ in range(steps):
        qtbot.keyClick(combo, Qt.Key.Key_Down)


def test_readiness_scores_stay_on_the_successor_chosen(qtbot, window):
    handle = window.ctx.handle
    detail = open_capacity(qtbot, window, "Armed escorts for humanitarian convoys")
    click_tab(qtbot, detail.tabs, detail.tabs.indexOf(detail.readiness))
    panel = detail.readiness
    first, second = (panel.handover_choice.itemData(i) for i in range(2))
    assert panel.handover_id() == first
    pick_with_keys(qtbot, panel.handover_choice)
    assert panel.handover_id() == second
    for code in list(panel.rows)[:3]:
        pick_with_keys(qtbot, panel.rows[code].score, 4)  # "4 – mostly ready"
        assert panel.handover_id() == second
    assert {s.dimension: s.score for s in handovers.readiness_of(handle, second)} == {
        code: 4 for code in list(panel.rows)[:3]}
    assert handovers.readiness_of(handle, first) == []
