"""Tables a planner shapes and takes away: a column chooser on the titles (right-click), the
columns shown, their order and widths remembered for the next session, and File > Export
table view writing the table as shown (columns, search, sort) to a workbook or a CSV file."""

from __future__ import annotations

import csv
from decimal import Decimal

import openpyxl
import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox
from ui_helpers import settle

from transition_planner.exchange.table_export import TableExportRefused, cell_value, write_table
from transition_planner.ui.main_window import MainWindow
from transition_planner.ui.models.inventory import COL_CATEGORY, COL_FLAGS, COL_NAME


def title_point(header, column: int, edge: bool = False) -> QPoint:
    """Where a user points at a column's title (or at its right edge, to drag its width)."""
    x = header.sectionViewportPosition(column)
    x += header.sectionSize(column) - 1 if edge else header.sectionSize(column) // 2
    return QPoint(x, header.height() // 2)


def right_click(qtbot, widget, pos: QPoint) -> None:
    """A right click as the platform delivers it: the button, then the context-menu event
    (QTest's mouse events do not make the latter)."""
    qtbot.mouseClick(widget, Qt.MouseButton.RightButton, pos=pos)
    QApplication.sendEvent(widget, QContextMenuEvent(QContextMenuEvent.Reason.Mouse, pos,
                                                     widget.mapToGlobal(pos)))


def choose_in_popup(qtbot, text: str) -> None:
    """Click the entry `text` of the menu that is about to pop up."""
    def click():
        menu = QApplication.activePopupWidget()
        if menu is None:
            QTimer.singleShot(20, click)
            return
        action = next(a for a in menu.actions() if a.text() == text)
        qtbot.mouseClick(menu, Qt.MouseButton.LeftButton,
                         pos=menu.actionGeometry(action).center())
    QTimer.singleShot(20, click)


def open_window(qtbot, demo_path):
    window = MainWindow()
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    assert window.open_plan(demo_path)
    settle(qtbot, window.page("inventory"))
    return window


def test_columns_hidden_and_widened_by_hand_come_back_next_session(qtbot, demo_path,
                                                                    monkeypatch):
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *_a, **_k: QMessageBox.StandardButton.Discard)
    window = open_window(qtbot, demo_path)
    table = window.page("inventory").table
    header = table.horizontalHeader()
    assert not header.isSectionHidden(COL_CATEGORY)
    choose_in_popup(qtbot, "Category")
    right_click(qtbot, header.viewport(), title_point(header, COL_CATEGORY))
    qtbot.waitUntil(lambda: header.isSectionHidden(COL_CATEGORY), timeout=5_000)
    width = header.sectionSize(COL_NAME)
    edge = title_point(header, COL_NAME, edge=True)
    qtbot.mousePress(header.viewport(), Qt.MouseButton.LeftButton, pos=edge)
    qtbot.mouseMove(header.viewport(), edge + QPoint(30, 0))
    qtbot.mouseMove(header.viewport(), edge + QPoint(60, 0))
    qtbot.mouseRelease(header.viewport(), Qt.MouseButton.LeftButton, pos=edge + QPoint(60, 0))
    assert header.sectionSize(COL_NAME) == pytest.approx(width + 60, abs=3)
    widened = header.sectionSize(COL_NAME)
    window.close()

    again = open_window(qtbot, demo_path)
    header = again.page("inventory").table.horizontalHeader()
    assert header.isSectionHidden(COL_CATEGORY)
    assert header.sectionSize(COL_NAME) == widened
    choose_in_popup(qtbot, "Reset columns")
    right_click(qtbot, header.viewport(), title_point(header, COL_NAME))
    qtbot.waitUntil(lambda: not header.isSectionHidden(COL_CATEGORY), timeout=5_000)
    again.close()


def test_the_last_shown_column_cannot_be_hidden(demo_window):
    memory = demo_window.page("inventory").column_memory
    header = memory.header
    for column in range(1, header.count()):
        memory.show_column(column, False)
    memory.show_column(COL_NAME, False)
    assert not header.isSectionHidden(COL_NAME)
    menu = memory.menu()
    name = next(a for a in menu.actions() if a.text() == "Capacity")
    assert name.isChecked() and not name.isEnabled()


def test_export_writes_the_table_as_shown(qtbot, demo_window, tmp_path, monkeypatch):
    page = demo_window.page("inventory")
    table, header = page.table, page.table.horizontalHeader()
    page.column_memory.show_column(COL_CATEGORY, False)
    qtbot.keyClicks(page.search, "Tessik")  # typed as a planner searches
    qtbot.waitUntil(lambda: 0 < page.model.rowCount() < 20, timeout=5_000)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                     pos=title_point(header, COL_FLAGS))  # sort by the flags
    shown = [page.model.index(r, COL_NAME).data() for r in range(page.model.rowCount())]
    flags = [page.model.index(r, COL_FLAGS).data() for r in range(page.model.rowCount())]
    target = tmp_path / "tessik.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(target), ""))
    table.setFocus()
    demo_window.action_export_table.trigger()
    assert target.exists()
    sheet = openpyxl.load_workbook(target).active
    rows = list(sheet.iter_rows(values_only=True))
    titles = [page.model.headerData(c, Qt.Orientation.Horizontal)
              for c in range(header.count()) if not header.isSectionHidden(c)]
    assert list(rows[0]) == titles and "Category" not in titles
    assert [r[titles.index("Capacity")] for r in rows[1:]] == shown
    # a count is a number the spreadsheet can add up
    assert [r[titles.index("Flags")] for r in rows[1:]] == [
        int(f) if f else None for f in flags]
    assert sheet.freeze_panes == "A2"
    assert "Saved" in demo_window.statusBar().currentMessage()

    as_csv = tmp_path / "tessik.csv"
    assert demo_window.export_table(str(as_csv)) == as_csv
    raw = as_csv.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # Excel reads the names as UTF-8
    with as_csv.open(encoding="utf-8-sig", newline="") as fh:
        lines = list(csv.reader(fh))
    assert lines[0] == titles and [r[0] for r in lines[1:]] == shown


def test_a_refused_export_says_why_and_writes_nothing(demo_window, demo_path, tmp_path,
                                                      monkeypatch):
    said = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a, **k: said.append(text))
    demo_window.show_page("inventory")
    assert demo_window.export_table(str(tmp_path / "table.pdf")) is None
    assert "(.xlsx) or a CSV file (.csv), not '.pdf'" in said[-1]
    assert demo_window.export_table(str(tmp_path / "no folder" / "table.xlsx")) is None
    assert "does not exist" in said[-1]
    assert demo_window.export_table(str(demo_path)) is None
    before = demo_path.read_bytes()
    link = tmp_path / "plan.xlsx"
    link.symlink_to(demo_path)  # the plan itself, under a workbook's name
    assert demo_window.export_table(str(link)) is None
    assert "destroy the plan" in said[-1]
    assert demo_path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir() if "demo" not in p.name] == [
        "plan.xlsx"]  # no table, no leftover part file


def test_shown_texts_become_numbers_only_when_they_are_plain_numbers(tmp_path):
    assert cell_value("1,250,000") == 1250000
    assert cell_value("-3") == -3
    assert cell_value("0.5") == Decimal("0.5")
    assert cell_value("1250000.00") == Decimal("1250000.00")
    for text in ("USD 1,000", "2026-12-31", "33 %", "1,25", "12,34,567", "", "Site 4"):
        assert cell_value(text) == text
    with pytest.raises(TableExportRefused, match="not '.ods'"):
        write_table(tmp_path / "t.ods", "T", ["A"], [["1"]])
    assert not (tmp_path / "t.ods").exists()
    path = write_table(tmp_path / "t.xlsx", "Inventory: [draft]/v2", ["A", "B"], [["1", "x"]])
    book = openpyxl.load_workbook(path)
    assert book.sheetnames == ["Inventory   draft  v2"]
    assert list(book.active.iter_rows(values_only=True)) == [("A", "B"), (1, "x")]


def test_libreoffice_reads_the_exported_table(tmp_path):
    """The workbook opens in LibreOffice as it does in Excel: titles, texts, numbers."""
    from test_exchange_libreoffice import resave

    rows = [["Alert network, Tessik", "2", "1,250,000", "Tessik – تسيك"],
            ["Radio Okapi relay", "0", "0.5", "2026-12-31"]]
    path = write_table(tmp_path / "view.xlsx", "Inventory", ["Capacity", "Flags", "Cost",
                                                             "Note"], rows)
    again = openpyxl.load_workbook(resave(path, tmp_path)).active  # opened and saved there
    assert list(again.iter_rows(values_only=True)) == [
        ("Capacity", "Flags", "Cost", "Note"),
        ("Alert network, Tessik", 2, 1250000, "Tessik – تسيك"),
        ("Radio Okapi relay", 0, 0.5, "2026-12-31")]
