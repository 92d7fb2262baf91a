"""Bulk work in the inventory: pick rows with the mouse (Ctrl+click, Shift+click), set one
value for all of them in one undo step."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from ui_helpers import click_row

from transition_planner.services import handovers, inventory

CTRL = Qt.KeyboardModifier.ControlModifier


def pick_rows(qtbot, page, rows) -> list[str]:
    click_row(qtbot, page.table, rows[0])
    for row in rows[1:]:
        click_row(qtbot, page.table, row, CTRL)
    return page.selected_ids()


def apply(qtbot, dialog) -> None:
    button = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_set_criticality_of_three_capacities_in_one_undo_step(qtbot, demo_window):
    page, handle = demo_window.page("inventory"), demo_window.ctx.handle
    ids = pick_rows(qtbot, page, [0, 2, 5])
    assert len(ids) == 3
    before = {i: inventory.get_capacity(handle, i).criticality for i in ids}
    qtbot.keyClick(page.table, Qt.Key.Key_E, CTRL)
    dialog = page.bulk_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.set_field("criticality", "critical")
    apply(qtbot, dialog)
    assert not dialog.isVisible()
    assert {inventory.get_capacity(handle, i).criticality for i in ids} == {"critical"}
    assert demo_window.action_undo.text().startswith("&Undo Set criticality to")
    demo_window.action_undo.trigger()  # one step puts every one back
    assert {i: inventory.get_capacity(handle, i).criticality for i in ids} == before
    demo_window.action_redo.trigger()
    assert {inventory.get_capacity(handle, i).criticality for i in ids} == {"critical"}


def test_set_a_successor_with_a_share_for_two_capacities(qtbot, demo_window):
    page, handle = demo_window.page("inventory"), demo_window.ctx.handle
    ids = pick_rows(qtbot, page, [1, 3])
    actor = next(a for a in inventory.list_actors(handle) if a.name == "Kelvaran National Police")
    counts = {i: len(handovers.list_handovers(handle, i)) for i in ids}
    qtbot.mouseClick(page.bulk_button, Qt.MouseButton.LeftButton)
    dialog = page.bulk_dialog
    dialog.set_field("successor", actor.id)
    assert dialog.share.isVisible()
    dialog.share.setValue(40)
    apply(qtbot, dialog)
    for cap_id in ids:
        mine = [h for h in handovers.list_handovers(handle, cap_id) if h.actor_id == actor.id]
        assert [round(h.share, 2) for h in mine] == [0.4]
    demo_window.action_undo.trigger()
    assert {i: len(handovers.list_handovers(handle, i)) for i in ids} == counts


def test_a_value_typed_that_is_not_offered_changes_nothing(qtbot, demo_window):
    page, handle = demo_window.page("inventory"), demo_window.ctx.handle
    ids = pick_rows(qtbot, page, [0, 1])
    before = {i: inventory.get_capacity(handle, i).location_id for i in ids}
    dialog = page.open_bulk_dialog()
    dialog.set_field("location_id", None)
    dialog.value.setEditText("Atlantis")
    apply(qtbot, dialog)
    assert dialog.isVisible() and "Choose a value" in dialog.error.text()
    assert {i: inventory.get_capacity(handle, i).location_id for i in ids} == before
    dialog.reject()


def test_set_status_of_the_handovers_of_selected_capacities(qtbot, demo_window):
    page, handle = demo_window.page("inventory"), demo_window.ctx.handle
    ids = pick_rows(qtbot, page, [0, 1, 2])
    before = {h.id: h.status for i in ids for h in handovers.list_handovers(handle, i)}
    assert before
    dialog = page.open_bulk_dialog()
    dialog.set_field("status", "agreed")
    apply(qtbot, dialog)
    assert {h.status for i in ids for h in handovers.list_handovers(handle, i)} == {"agreed"}
    demo_window.action_undo.trigger()
    assert {h.id: h.status for i in ids for h in handovers.list_handovers(handle, i)} == before
