"""The monkey test: a seeded random run of real clicks and keys through the window on the demo
plan; afterwards the plan holds what replaying the same edits through the services gives.

TP_MONKEY_ACTIONS (default 2000) and TP_MONKEY_SEED set the length and the run, e.g.
TP_MONKEY_ACTIONS=20000 for a longer run by hand."""

from __future__ import annotations

import os
import random
import shutil
from datetime import date, timedelta
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from ui_helpers import activate, click_check, settle

from transition_planner.services import inventory, plans
from transition_planner.ui.main_window import MainWindow

ACTIONS = int(os.environ.get("TP_MONKEY_ACTIONS", "2000"))
SEED = int(os.environ.get("TP_MONKEY_SEED", "20"))


class Monkey:
    """Drives the window; logs each edit it makes as a service call, and undo/redo as moves
    between the edits done and undone, so the net edits can be replayed on a fresh plan."""

    def __init__(self, qtbot, window, rng: random.Random):
        self.qtbot, self.window, self.rng = qtbot, window, rng
        self.done: list[tuple] = []
        self.undone: list[tuple] = []
        self.actions = 0
        self.words = 0

    # --- bookkeeping -------------------------------------------------------------------

    def word(self) -> str:
        self.words += 1
        return f"m{self.words} {self.rng.choice(['road', 'rains', 'escort', 'radio'])}"

    def expect_edit(self, op: tuple, before: int) -> None:
        assert self.window.ctx.undo_stack.count() == before + 1 or \
            self.window.ctx.undo_stack.index() == before + 1, f"{op} did not land as one step"
        self.done.append(op)
        self.undone.clear()

    def step(self) -> None:
        self.actions += 1

    def click(self, widget, pos=None) -> None:
        if pos is None:
            self.qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)
        else:
            self.qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=pos)
        self.step()

    def keys(self, widget, text: str) -> None:
        self.qtbot.keyClicks(widget, text)
        self.step()

    def key(self, widget, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
        self.qtbot.keyClick(widget, key, modifier)
        self.step()

    # --- actions -------------------------------------------------------------------------

    def show(self, key: str):
        row = next(n for n, s in enumerate(self.window.specs) if s.key == key)
        bar = self.window.sidebar
        self.click(bar.viewport(), bar.visualItemRect(bar.item(row)).center())
        return self.window.page(key)

    def pick_row(self, view, row: int) -> None:
        index = view.model().index(row, 0)
        view.scrollTo(index)
        self.click(view.viewport(), view.visualRect(index).center())

    def location_notes(self) -> None:
        page = self.show("locations")
        ids = [r.id for r in page.rows]
        location_id = self.rng.choice(ids)
        index = page.model.index_of_id(location_id)
        page.tree.scrollTo(index)
        self.click(page.tree.viewport(), page.tree.visualRect(index).center())
        if page.current_id != location_id:
            return
        notes = page.form.fields["notes"]
        self.click(notes.viewport())  # where a click lands in a text box
        notes.selectAll()
        text = self.word()
        before = self.window.ctx.undo_stack.index()
        self.keys(notes, text)
        self.click(page.tree.viewport(), page.tree.visualRect(index).center())  # leave it
        self.expect_edit(("location", location_id, {"notes": text}), before)

    def closure_date(self) -> None:
        page = self.show("locations")
        location_id = self.rng.choice([r.id for r in page.rows])
        index = page.model.index_of_id(location_id)
        page.tree.scrollTo(index)
        self.click(page.tree.viewport(), page.tree.visualRect(index).center())
        field = page.form.fields["closure_date"]
        day = date(2026, 6, 1) + timedelta(days=self.rng.randrange(700))
        if day == page.by_id[location_id].closure_date:
            return
        self.click(field.edit)
        self.key(field.edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        typed = day.isoformat() if self.rng.random() < 0.3 else f"{day:%d/%m/%Y}"
        before = self.window.ctx.undo_stack.index()
        self.keys(field.edit, typed)
        self.key(field.edit, Qt.Key.Key_Return)
        self.expect_edit(("location", location_id, {"closure_date": day}), before)

    def presence(self) -> None:
        page = self.show("actors")
        row = self.rng.randrange(page.model.rowCount())
        self.pick_row(page.table, row)
        actor_id = page.current_id
        items = page.presence_items()
        item = self.rng.choice(items)
        location_id = item.data(0, Qt.ItemDataRole.UserRole)
        present = set(page.by_id[actor_id].presence)
        before = self.window.ctx.undo_stack.index()
        click_check(self.qtbot, page.presence, page.presence.indexFromItem(item))
        self.step()
        present ^= {location_id}
        self.expect_edit(("presence", actor_id, sorted(present)), before)

    def capacity_field(self) -> None:
        page = self.show("inventory")
        settle(self.qtbot, page)
        self.pick_row(page.table, self.rng.randrange(page.model.rowCount()))
        detail = page.detail
        if detail.capacity_id is None:
            return
        bar = detail.tabs.tabBar()
        self.click(bar, bar.tabRect(0).center())
        cap_id = detail.capacity_id
        if self.rng.random() < 0.5:
            name, value = "unit", self.word()
            typed = value
        else:
            amount = self.rng.randrange(1, 5_000) * 1000
            name, value = "annual_cost", Decimal(amount)
            typed = self.rng.choice([f"{amount:,}", f"{amount:,}".replace(",", " "), str(amount)])
            if detail.record["annual_cost"] == value:
                return
        widget = detail.form.fields.widget(name)
        self.click(widget)
        self.key(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        before = self.window.ctx.undo_stack.index()
        self.keys(widget, typed)
        self.key(widget, Qt.Key.Key_Return)
        self.expect_edit(("capacity", cap_id, {name: value}), before)

    def plan_properties(self) -> None:
        self.window.action_properties.trigger()
        self.step()
        dialog = self.window.properties_dialog
        field = dialog.fields.widget("mission_acronym")
        self.click(field)
        self.key(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        text = f"UNSMK{self.words}"
        self.words += 1
        self.keys(field, text)
        if self.rng.random() < 0.4:
            dialog.reject()  # Cancel: nothing changes
            self.step()
            return
        before = self.window.ctx.undo_stack.index()
        dialog.accept()
        self.step()
        self.expect_edit(("plan", None, {"mission_acronym": text}), before)

    def browse(self) -> None:
        """Look around without changing anything: rows, searches, tabs."""
        page = self.window.current_page()
        if page is self.window.page("actors"):
            if self.rng.random() < 0.5:
                self.pick_row(page.table, self.rng.randrange(page.model.rowCount()))
            else:
                self.click(page.search)
                self.keys(page.search, self.rng.choice("aeiou"))
                self.key(page.search, Qt.Key.Key_Backspace)
        elif page is self.window.page("inventory") and page.detail.capacity_id is not None:
            bar = page.detail.tabs.tabBar()
            self.click(bar, bar.tabRect(self.rng.randrange(bar.count())).center())
        elif page is self.window.page("locations"):
            self.pick_row(page.calendar, self.rng.randrange(page.calendar_model.rowCount()))
        else:
            self.show(self.rng.choice(["actors", "locations"]))

    def undo(self) -> None:
        self._edit_menu_key(Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
        if self.done:
            self.undone.append(self.done.pop())

    def redo(self) -> None:
        self._edit_menu_key(Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
        if self.undone:
            self.done.append(self.undone.pop())

    def _edit_menu_key(self, key, modifier) -> None:
        # The shortcut from the sidebar (in a text field Ctrl+Z undoes its typing instead).
        bar = self.window.sidebar
        bar.setFocus()
        self.key(bar, key, modifier)

    def run(self, count: int) -> None:
        choices = ([self.location_notes] * 3 + [self.closure_date] * 3 + [self.presence] * 4
                   + [self.capacity_field] * 4 + [self.plan_properties] + [self.undo] * 2
                   + [self.redo] + [self.browse] * 12)
        while self.actions < count:
            if not self.window.isActiveWindow():  # back from a dialog, as on a desktop
                activate(self.qtbot, self.window)
            self.rng.choice(choices)()


def replay(handle, done: list[tuple]) -> None:
    """The same net edits through the services alone."""
    for kind, record_id, values in done:
        if kind == "location":
            inventory.update_location(handle, record_id, values)
        elif kind == "capacity":
            inventory.update_capacity(handle, record_id, values)
        elif kind == "presence":
            inventory.set_actor_presence(handle, record_id, values)
        elif kind == "plan":
            plans.update_plan(handle, values)


def content(handle) -> dict:
    """What the monkey can change, as a planner would compare it."""
    return {
        "locations": {loc.id: (loc.notes, loc.closure_date)
                      for loc in inventory.list_locations(handle)},
        "presence": {a.id: sorted(inventory.actor_presence(handle, a.id))
                     for a in inventory.list_actors(handle)},
        "capacities": {c.id: (c.unit, c.annual_cost) for c in inventory.list_capacities(handle)},
        "plan": plans.plan_info(handle).mission_acronym,
    }


def test_monkey(qtbot, demo_path, tmp_path, monkeypatch):
    pristine = tmp_path / "pristine.tplan"
    shutil.copy(demo_path, pristine)

    def no_modal(*_args, **_kwargs):
        raise AssertionError("the window asked a modal question")

    monkeypatch.setattr(QMessageBox, "question", no_modal)
    window = MainWindow()
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    assert window.open_plan(demo_path)
    settle(qtbot, window.page("inventory"))
    window.activateWindow()
    monkey = Monkey(qtbot, window, random.Random(SEED))
    try:
        monkey.run(ACTIONS)
        settle(qtbot, window.page("inventory"))
        seen = content(window.ctx.handle)
    finally:
        window.close()
        window.deleteLater()
    assert monkey.actions >= ACTIONS
    handle = plans.open_plan(pristine, user="tester")
    try:
        replay(handle, monkey.done)
        assert content(handle) == seen
    finally:
        handle.close()
    reopened = plans.open_plan(demo_path, user="tester")  # and it was all written to disk
    try:
        assert content(reopened) == seen
    finally:
        reopened.close()
