"""A new or empty plan opens on the start page: its steps say what is done and go to their
pages, it imports a matrix or opens the demo, it stays reachable from View, and the window
goes to the Inventory once the plan has capacities. Driven with clicks and keys."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox
from test_exchange_support import MatrixBook
from test_ui_import_undo import click_menu
from ui_helpers import activate, settle, type_text

from transition_planner.exchange.export import export_matrix
from transition_planner.services import plans
from transition_planner.ui.dialogs import import_matrix as ui
from transition_planner.ui.main_window import MainWindow


def click(qtbot, button) -> None:
    assert button.isVisible() and button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def refused(_parent, title, text):
    raise AssertionError(f"{title}: {text}")  # instead of a box that waits for a click


def states(window) -> dict[str, str]:
    page = window.start_page
    return {key: page.state_of(key) for key in ("locations", "inventory", "actors", "funding")}


def test_the_start_page_of_a_first_plan(qtbot, tmp_path, monkeypatch):
    path = tmp_path / "first.tplan"
    plans.new_plan(path, {"name": "First plan", "horizon_start": "2027-01-01"},
                   user="tester").close()
    window = MainWindow()
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    assert window.open_plan(path)
    activate(qtbot, window)
    start = window.start_page
    assert window.start_shown() and start.isVisible()
    assert states(window) == dict.fromkeys(states(window), "to_do")
    assert start.status["locations"].text() == "\u25cb To do"
    assert start.detail["locations"].text() == "0 location(s) so far"
    assert not window.sidebar.selectedItems()  # no page of the sidebar is the one shown

    # 1. Locations: the step's button goes there; a site is added with the page's form
    click(qtbot, start.buttons["locations"])
    assert window.current_page_key() == "locations" and not window.start_shown()
    page = window.page("locations")
    click(qtbot, page.new_button)
    type_text(qtbot, page.form.fields["name"], "Kanzi team site", commit=False)
    type_text(qtbot, page.form.fields["closure_date"], "31/03/2027")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=5_000)

    # back through View > Start page: the step is done, the others still to do
    click_menu(qtbot, window, "View", window.action_start)
    assert window.start_shown()
    assert states(window) == {"locations": "done", "inventory": "to_do", "actors": "to_do",
                              "funding": "to_do"}
    assert start.status["locations"].text() == "\u2714 Done"
    assert start.detail["locations"].text() == "1 location(s) so far"

    # 2. A matrix the team keeps in Excel: two capacities with their successors
    workbook = tmp_path / "team matrix.xlsx"
    export_matrix(window.ctx.handle, workbook)
    book = MatrixBook(workbook)
    for name, successor in (("Community alert network Kanzi", "Kanzi Women's Network"),
                            ("Child protection monitoring Kanzi", "UNICEF")):
        book.append({"location": "Kanzi team site", "name": name, "category": "Child protection",
                     "successor": successor, "successor_type": "National NGO or civil society",
                     "share": 1})
    book.save()
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(workbook), ""))
    monkeypatch.setattr(QMessageBox, "warning", refused)
    opened = []
    monkeypatch.setattr(ui.ImportMatrixDialog, "exec",
                        lambda self: (opened.append(self), self.show())[0])
    click(qtbot, start.import_button)
    qtbot.waitUntil(lambda: bool(opened), timeout=30_000)
    [dialog] = opened
    assert dialog.tabs.tabText(dialog.tabs.currentIndex()).startswith("Changed")
    click(qtbot, dialog.apply_button)
    # the plan has content now: the window shows it in the Inventory
    qtbot.waitUntil(lambda: not window.start_shown(), timeout=5_000)
    assert window.current_page_key() == "inventory"
    inventory = window.page("inventory")
    settle(qtbot, inventory)
    assert inventory.model.rowCount() == 2
    activate(qtbot, window)

    click_menu(qtbot, window, "View", window.action_start)
    assert states(window) == {"locations": "done", "inventory": "done", "actors": "done",
                              "funding": "to_do"}
    assert start.detail["actors"].text() == (
        "2 of 2 capacities have a successor; 2 organisation(s) in the plan")
    click(qtbot, start.buttons["funding"])
    assert window.current_page_key() == "funding"

    # reopening a plan with content: the page it showed, not the start page
    window.close_plan()
    assert window.open_plan(path)
    assert not window.start_shown() and window.current_page_key() == "funding"

    # the demo from the start page
    click_menu(qtbot, window, "View", window.action_start)
    click(qtbot, start.demo_button)
    qtbot.waitUntil(lambda: window.ctx.handle is not None
                    and window.ctx.handle.path.name.startswith("demo-"), timeout=60_000)
    assert not window.start_shown() and window.current_page_key() == "funding"
    window.close()


def test_the_start_page_opens_the_user_guide(qtbot, tmp_path):
    path = tmp_path / "empty.tplan"
    plans.new_plan(path, {"name": "Empty"}, user="tester").close()
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert window.open_plan(path)
    click(qtbot, window.start_page.guide_button)
    qtbot.waitUntil(lambda: getattr(window, "user_guide", None) is not None, timeout=5_000)
    assert window.user_guide.page_name() == "index.html"
    window.user_guide.close()
    window.close()
