"""The keyboard: every menu action's key, one action per key, and Ctrl+N, F2, Del, Ctrl+1..9
doing on each page what they say, pressed as a user presses them."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence

from transition_planner.services import inventory

CTRL = Qt.KeyboardModifier.ControlModifier


def test_no_key_is_bound_twice(qtbot, demo_window):
    """A key bound to two actions of one demo_window is ambiguous: Qt then runs neither."""
    for key in demo_window.specs:  # every page built, with any actions of its own
        demo_window.show_page(key.key)
    seen: dict[str, str] = {}
    for action in demo_window.findChildren(QAction):
        if action.shortcutContext() == Qt.ShortcutContext.WidgetShortcut:
            continue  # active only while its own widget has the focus
        for key in action.shortcuts():
            text = key.toString()
            assert text not in seen, f"{text}: {seen[text]!r} and {action.text()!r}"
            seen[text] = action.text()
    assert {"Ctrl+N", "Ctrl+Shift+N", "Ctrl+F", "F2", "Del", "Ctrl+1", "Ctrl+Z"} <= set(seen)


def test_every_keyed_action_is_in_a_menu_and_listed(qtbot, demo_window):
    in_menus = set()
    for menu_action in demo_window.menuBar().actions():
        in_menus |= set(menu_action.menu().actions())
    keyed = [a for a in demo_window.findChildren(QAction) if not a.shortcut().isEmpty()
             and a.shortcutContext() != Qt.ShortcutContext.WidgetShortcut]
    assert keyed
    for action in keyed:
        assert action in in_menus, action.text()
    qtbot.keyClick(demo_window, Qt.Key.Key_F1)
    dialog = demo_window.shortcuts_dialog
    assert dialog is not None and dialog.isVisible()
    rows = dialog.visible_rows()
    assert ("Edit", "Delete selected", "Del") in rows
    assert ("View", "Inventory", "Ctrl+1") in rows
    qtbot.keyClicks(dialog.filter, "F2")
    assert dialog.visible_rows() == [("Edit", "Edit record", "F2")]
    dialog.reject()


def test_ctrl_digits_show_the_pages(qtbot, demo_window):
    for number, spec in enumerate(demo_window.specs[:9], start=1):
        qtbot.keyClick(demo_window, getattr(Qt.Key, f"Key_{number}"), CTRL)
        assert demo_window.current_page_key() == spec.key


def test_ctrl_n_f2_and_del_on_the_successors_page(qtbot, demo_window):
    handle = demo_window.ctx.handle
    qtbot.keyClick(demo_window, Qt.Key.Key_2, CTRL)
    page = demo_window.current_page()
    before = len(inventory.list_actors(handle))
    qtbot.keyClick(demo_window, Qt.Key.Key_N, CTRL)
    name = page.form.fields["name"]
    qtbot.waitUntil(name.hasFocus)
    qtbot.keyClicks(name, "Kanzi Women's Network")
    qtbot.keyClick(name, Qt.Key.Key_Return)
    assert len(inventory.list_actors(handle)) == before + 1
    # F2 goes back into the form; Del in the field deletes a character, not the record
    page.table.setFocus()
    qtbot.keyClick(demo_window, Qt.Key.Key_F2)
    qtbot.waitUntil(name.hasFocus)
    qtbot.keyClick(name, Qt.Key.Key_End)
    qtbot.keyClick(name, Qt.Key.Key_Left)
    qtbot.keyClick(name, Qt.Key.Key_Delete)
    assert name.text() == "Kanzi Women's Networ"
    assert len(inventory.list_actors(handle)) == before + 1
    name.setText("Kanzi Women's Network")
    # Del in the table deletes the record shown; Ctrl+Z brings it back
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert len(inventory.list_actors(handle)) == before
    qtbot.keyClick(page.table, Qt.Key.Key_Z, CTRL)
    assert len(inventory.list_actors(handle)) == before + 1


def test_ctrl_n_and_f2_on_the_inventory(qtbot, demo_window):
    page = demo_window.page("inventory")
    qtbot.keyClick(demo_window, Qt.Key.Key_1, CTRL)
    page.table.setFocus()
    page.table.selectRow(0)
    qtbot.keyClick(page.table, Qt.Key.Key_F2)
    name = page.detail.form.fields.widget("name")
    qtbot.waitUntil(name.hasFocus)
    assert name.selectedText() == page.model.row_by_id(page.selected_ids()[0]).name
    qtbot.keyClick(name, Qt.Key.Key_Delete)  # in a field: its text, not the capacity
    assert len(page.selected_ids()) == 1
    qtbot.keyClick(name, Qt.Key.Key_Z, CTRL)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_N, CTRL)
    qtbot.waitUntil(lambda: page.add_dialog is not None and page.add_dialog.isVisible())
    page.add_dialog.reject()
    assert QKeySequence(QKeySequence.StandardKey.New) == demo_window.action_new_record.shortcut()
