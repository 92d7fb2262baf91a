"""A matrix import applied in the window is one Ctrl+Z step that puts the plan back as it was,
and Ctrl+Shift+Z or Ctrl+Y applies it again: driven through the menus and the dialog."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog
from test_exchange_undo import all_tables, partner_edit
from ui_helpers import activate, settle

from transition_planner.ui.dialogs import import_matrix as ui

CTRL, SHIFT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier
NEW_ROW = "Mobile protection clinic"  # the capacity the partner added


def click_menu(qtbot, window, menu_title: str, action) -> None:
    """Click a menu's title in the menu bar, then its entry, as a user does."""
    bar = window.menuBar()
    title = next(a for a in bar.actions() if a.text().replace("&", "") == menu_title)
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.actionGeometry(title).center())
    menu = title.menu()
    qtbot.waitUntil(menu.isVisible, timeout=5_000)
    qtbot.mouseClick(menu, Qt.MouseButton.LeftButton, pos=menu.actionGeometry(action).center())


def test_import_is_one_undo_step(qtbot, demo_window, tmp_path, monkeypatch):
    window = demo_window
    handle = window.ctx.handle
    workbook = partner_edit(handle, tmp_path)
    before = all_tables(handle)
    inventory = window.page("inventory")
    assert NEW_ROW not in shown(inventory)

    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(workbook), ""))
    opened = []  # the preview, shown without its own event loop so the test can click it
    monkeypatch.setattr(ui.ImportMatrixDialog, "exec",
                        lambda self: (opened.append(self), self.show())[0])
    click_menu(qtbot, window, "File", window.feature_actions["import_matrix"])
    qtbot.waitUntil(lambda: bool(opened), timeout=30_000)
    [dialog] = opened
    qtbot.waitExposed(dialog)
    assert dialog.apply_button.isEnabled()
    qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    after = all_tables(handle)
    assert after != before
    settle(qtbot, inventory)
    assert NEW_ROW in shown(inventory)
    assert window.action_undo.text() == f"&Undo Import {workbook.name}"

    activate(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_Z, CTRL)
    assert all_tables(handle) == before
    settle(qtbot, inventory)
    assert NEW_ROW not in shown(inventory)

    qtbot.keyClick(window, Qt.Key.Key_Z, CTRL | SHIFT)
    assert all_tables(handle) == after
    qtbot.keyClick(window, Qt.Key.Key_Z, CTRL)
    assert all_tables(handle) == before
    qtbot.keyClick(window, Qt.Key.Key_Y, CTRL)
    assert all_tables(handle) == after
    settle(qtbot, inventory)
    assert NEW_ROW in shown(inventory)
    assert QApplication.activeModalWidget() is None  # no error box: every step went through


def shown(page) -> set[str]:
    return {page.model.row_by_id(page.model.id_at(r)).name
            for r in range(page.model.rowCount())}
