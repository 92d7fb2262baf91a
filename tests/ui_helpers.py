"""Driving the real window in tests: typing into fields, choosing in lists, waiting for reads."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit


def choose(combo: QComboBox, data) -> None:
    """Pick the entry holding `data`, as a user does (the form saves on 'activated')."""
    index = combo.findData(data)
    assert index >= 0, f"{data!r} is not offered in {combo.objectName()}"
    combo.setCurrentIndex(index)
    combo.activated.emit(index)


def choose_text(combo: QComboBox, text: str) -> None:
    """Pick the first entry whose text contains `text`."""
    for index in range(combo.count()):
        if text in combo.itemText(index):
            combo.setCurrentIndex(index)
            combo.activated.emit(index)
            return
    raise AssertionError(f"no entry with {text!r} in {combo.objectName()}")


def type_text(qtbot, widget, text: str, commit: bool = True) -> None:
    """Replace a field's text by typing it; Return (or Tab for a text box) saves it."""
    widget = getattr(widget, "edit", widget)  # a date field: its text part
    if isinstance(widget, QLineEdit):
        widget.selectAll()
        qtbot.keyClick(widget, Qt.Key.Key_Delete)
        _type(qtbot, widget, text)
        if commit:
            qtbot.keyClick(widget, Qt.Key.Key_Return)
    elif isinstance(widget, QPlainTextEdit):
        widget.setFocus()
        widget.selectAll()
        qtbot.keyClick(widget, Qt.Key.Key_Delete)
        _type(qtbot, widget, text)
        if commit:
            widget.sig_committed.emit() if not widget.hasFocus() else qtbot.keyClick(
                widget, Qt.Key.Key_Tab)
    else:
        raise TypeError(type(widget))


def _type(qtbot, widget, text: str) -> None:
    if text.isascii():
        qtbot.keyClicks(widget, text)
        return
    for ch in text:  # keyClicks aborts the process on non-ASCII text
        QTest.sendKeyEvent(QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, ch,
                           Qt.KeyboardModifier.NoModifier)


def settle(qtbot, page, timeout: int = 20_000) -> None:
    """Wait until the inventory page has read the plan again."""
    qtbot.waitUntil(lambda: not page.loader.busy(), timeout=timeout)


def error_text(fields, name: str) -> str:
    """What the form shows under a field ('' when nothing is wrong with it)."""
    label = fields[name].error
    return "" if label.isHidden() else label.text()


def activate(qtbot, window) -> None:
    """Make the window the active one, so keyboard shortcuts reach its actions."""
    window.activateWindow()
    window.windowHandle().requestActivate()
    qtbot.waitUntil(window.isActiveWindow, timeout=5_000)


def click_check(qtbot, view, index) -> None:
    """Click the check box of an item view's cell, where the style draws it."""
    from PySide6.QtWidgets import QStyle, QStyleOptionViewItem

    view.scrollTo(index)
    option = QStyleOptionViewItem()
    option.initFrom(view)
    option.rect = view.visualRect(index)
    option.features |= QStyleOptionViewItem.ViewItemFeature.HasCheckIndicator
    option.state |= QStyle.StateFlag.State_Enabled
    box = view.style().subElementRect(QStyle.SubElement.SE_ItemViewItemCheckIndicator,
                                      option, view)
    assert box.isValid(), "no check box in that cell"
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=box.center())


def map_successor(qtbot, successors, actor_name: str, start: str = "") -> None:
    """Map successor…: find the organisation by typing its name, click it, give the date."""
    qtbot.mouseClick(successors.add_button, Qt.MouseButton.LeftButton)
    dialog = successors.map_dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.keyClicks(dialog.search, actor_name)
    if not dialog.list.count():
        qtbot.mouseClick(dialog.show_all, Qt.MouseButton.LeftButton)
    item = dialog.list.item(0)
    assert item is not None and actor_name in item.text(), f"{actor_name} is not offered"
    rect = dialog.list.visualItemRect(item)
    qtbot.mouseClick(dialog.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    if start:
        qtbot.keyClicks(dialog.start.edit, start)
    dialog.accept()


def click_row(qtbot, table, row: int, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    """Click a table's row in its first column, as a user picks a record."""
    index = table.model().index(row, 0)
    table.scrollTo(index)
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, modifier,
                     table.visualRect(index).center())


def inked(image: QImage, x: int, y: int) -> bool:
    """Whether a pixel is text's ink (dark), not a light cell, band or row shade."""
    return image.pixelColor(x, y).lightness() < 160


def ink_height(image: QImage, columns: range) -> int:
    """How many pixel rows have ink in these columns of an image."""
    return sum(any(inked(image, x, y) for x in columns) for y in range(image.height()))


def ink_of(image: QImage) -> QImage:
    """An image cropped to its ink."""
    ink = [(x, y) for y in range(image.height()) for x in range(image.width())
           if inked(image, x, y)]
    xs, ys = [x for x, _y in ink], [y for _x, y in ink]
    return image.copy(QRect(min(xs), min(ys), max(xs) - min(xs) + 1, max(ys) - min(ys) + 1))


# The end of a script that starts the window (start_window gives app and window): run the
# event loop until a plan is open, its file's name in `opened` (at most a minute).
UNTIL_A_PLAN_IS_OPEN = (
    "from PySide6.QtCore import QTimer\n"
    "opened = []\n"
    "def wait():\n"
    "    if window.ctx.handle is None:\n"
    "        QTimer.singleShot(20, wait)\n"
    "    else:\n"
    "        opened.append(window.ctx.handle.path.name)\n"
    "        app.quit()  # (which closes the window)\n"
    "QTimer.singleShot(0, wait)\n"
    "QTimer.singleShot(60000, app.quit)\n"
    "app.exec()\n"
)


def run_script(script: str, config_dir) -> str:
    """Run `script` in a Python process of its own, offscreen, with its own settings folder,
    from the checkout; the last line it printed (it must exit cleanly)."""
    from transition_planner import settings

    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", settings.CONFIG_DIR_ENV: str(config_dir)}
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                            env=env, cwd=Path(__file__).resolve().parent.parent, timeout=120)
    assert result.returncode == 0, result.stderr
    return result.stdout.strip().splitlines()[-1]
