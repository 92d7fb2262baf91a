"""Long lists typed to be found, in the real window on the demo plan: the Monitoring page's
handover filter and its form's handover, the capacity form's enablers; and the named combo
boxes of the Inventory's filters and the Gaps page's controls."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QComboBox
from ui_helpers import settle

from transition_planner.services import inventory, monitoring
from transition_planner.ui.main_window import MainWindow
from transition_planner.ui.models.monitoring_table import handover_text
from transition_planner.ui.widgets.chooser import SearchableCombo

WAIT = 20_000
FORUM = "Provincial protection coordination forum (Lomba) -> Kelvara Protection Cluster"
TESSIK = "Community alert network (Tessik) -> Tessik Youth for Peace"
MEETINGS = "Protection coordination meetings held"  # an indicator of the forum's handover
NAME = "Community alert network (Nord-Asari)"  # a demo capacity
ENABLER = "Casualty and medical evacuation"


@pytest.fixture
def window(qtbot, demo_path):
    main = MainWindow()
    main.resize(1366, 768)
    main.show()
    qtbot.waitExposed(main)
    assert main.open_plan(demo_path)
    settle(qtbot, main.page("inventory"))
    yield main
    main._wait_for_workers()
    main.close()


def pick_by_typing(qtbot, combo: SearchableCombo, letters: str, wanted: str) -> None:
    """Type a few letters into the chooser, then pick `wanted` in its list with the keys."""
    combo.setFocus()
    combo.lineEdit().selectAll()
    QTest.keyClicks(combo.lineEdit(), letters)
    completer = combo.completer()
    popup = completer.popup()
    qtbot.waitUntil(popup.isVisible, timeout=5_000)
    offered = [completer.completionModel().index(r, 0).data()
               for r in range(completer.completionCount())]
    assert wanted in offered and len(offered) < combo.count()
    assert all(letters.casefold() in text.casefold() for text in offered)
    for _ in range(offered.index(wanted) + 1):  # Down enters the list at its first entry
        QTest.keyClick(popup, Qt.Key.Key_Down)
    QTest.keyClick(popup, Qt.Key.Key_Return)
    assert combo.chosen_text() == wanted


def monitoring_page(qtbot, window):
    page = window.show_page("monitoring")
    qtbot.waitUntil(lambda: page.view is not None and not page.loader.busy(), timeout=WAIT)
    return page


def handover_id(handle, label: str) -> str:
    return next(h for h, text in monitoring.list_handovers(handle) if text == label)


def indicator(handle, name: str):
    return next(r for r in monitoring.list_indicators(handle) if r.name == name)


def test_the_handover_filter_is_typed_to_be_found(qtbot, window):
    handle = window.ctx.handle
    page = monitoring_page(qtbot, window)
    combo = page.handover_filter
    assert isinstance(combo, SearchableCombo)
    assert page.model.rowCount() > 1  # all handovers' indicators
    pick_by_typing(qtbot, combo, "ORDINATION FOR", handover_text(FORUM))
    assert combo.currentData() == handover_id(handle, FORUM)
    shown = [page.model.row_at(r) for r in range(page.model.rowCount())]
    assert [r.read.name for r in shown] == [MEETINGS]
    assert page.count.text().startswith("1 of ")


def test_an_indicators_handover_is_picked_by_typing_and_saved_on_it(qtbot, window):
    handle = window.ctx.handle
    page = monitoring_page(qtbot, window)
    meetings = indicator(handle, MEETINGS)
    others = {r.id: r.handover_id for r in monitoring.list_indicators(handle)
              if r.id != meetings.id}
    page.select_id(meetings.id)
    assert page.current_id == meetings.id
    field = page.form.fields["handover_id"]
    assert isinstance(field, SearchableCombo)
    pick_by_typing(qtbot, field, "network (tess", handover_text(TESSIK))
    tessik = handover_id(handle, TESSIK)
    qtbot.waitUntil(lambda: indicator(handle, MEETINGS).handover_id == tessik, timeout=WAIT)
    assert {r.id: r.handover_id for r in monitoring.list_indicators(handle)
            if r.id != meetings.id} == others  # on that indicator, no other
    window.ctx.undo_stack.undo()
    assert indicator(handle, MEETINGS).handover_id == handover_id(handle, FORUM)


def test_an_enabler_is_picked_by_typing_then_added(qtbot, window):
    handle = window.ctx.handle
    page = window.page("inventory")
    cap = next(c for c in inventory.list_capacities(handle) if c.name == NAME)
    target = next(c for c in inventory.list_capacities(handle) if c.name == ENABLER)
    assert page.select_capacity(cap.id)
    qtbot.waitUntil(lambda: page.detail.capacity_id == cap.id)
    form = page.detail.form
    combo = form.enabler_choice
    assert isinstance(combo, SearchableCombo)
    assert combo.currentIndex() == -1 and not form.add_enabler_button.isEnabled()  # none yet
    before = inventory.enablers_of(handle, cap.id)
    pick_by_typing(qtbot, combo, "MEDICAL EV", ENABLER)
    assert combo.currentData() == target.id and form.add_enabler_button.isEnabled()
    qtbot.mouseClick(form.add_enabler_button, Qt.MouseButton.LeftButton)
    assert sorted(inventory.enablers_of(handle, cap.id)) == sorted([*before, target.id])
    assert inventory.enablers_of(handle, target.id) == []  # not the other way round
    qtbot.waitUntil(lambda: ENABLER in [form.enabler_list.item(i).text()
                                        for i in range(form.enabler_list.count())],
                    timeout=WAIT)
    assert combo.findData(target.id) < 0  # no longer offered
    window.ctx.undo_stack.undo()
    assert sorted(inventory.enablers_of(handle, cap.id)) == sorted(before)


def test_text_naming_no_enabler_adds_nothing(qtbot, window):
    handle = window.ctx.handle
    page = window.page("inventory")
    cap = next(c for c in inventory.list_capacities(handle) if c.name == NAME)
    assert page.select_capacity(cap.id)
    qtbot.waitUntil(lambda: page.detail.capacity_id == cap.id)
    form = page.detail.form
    form.enabler_choice.setFocus()
    QTest.keyClicks(form.enabler_choice.lineEdit(), "zzz")
    QTest.keyClick(form.enabler_choice.lineEdit(), Qt.Key.Key_Return)
    assert form.enabler_choice.currentIndex() == -1
    assert not form.add_enabler_button.isEnabled()
    before = inventory.enablers_of(handle, cap.id)
    qtbot.mouseClick(form.add_enabler_button, Qt.MouseButton.LeftButton)
    assert inventory.enablers_of(handle, cap.id) == before


def test_filters_and_chart_controls_carry_their_name_and_tooltip(qtbot, window):
    inventory_page = window.page("inventory")
    gaps = window.show_page("gaps")
    qtbot.waitUntil(lambda: gaps.data is not None and not gaps.worker.busy(), timeout=WAIT)
    expected = {
        (inventory_page, "category_filter"): "Category filter",
        (inventory_page, "location_filter"): "Location filter",
        (inventory_page, "status_filter"): "Handover status filter",
        (gaps, "flag_kind"): "Kind of flag",
        (gaps, "cliff_location"): "Location",
        (gaps, "compare_combo"): "Scenario to compare with",
    }
    for (page, name), words in expected.items():
        combo = page.findChild(QComboBox, name)
        assert combo is not None, name
        assert (combo.accessibleName(), combo.toolTip()) == (words, words)
        assert combo.sizeAdjustPolicy() == \
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
    assert inventory_page.category.minimumContentsLength() == 8
    assert gaps.findChild(QComboBox, "flag_kind").minimumContentsLength() == 12
