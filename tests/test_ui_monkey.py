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

from transition_planner.services import inventory, plans, timeline
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
        self.ran: dict[str, int] = {}  # how often each kind of action was chosen

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

    def _plan_editor(self, text: str):
        """Plan > Milestones… or Vocabulary…, chosen in the menu as a user does."""
        menu = next(a.menu() for a in self.window.menuBar().actions() if a.text() == "&Plan")
        next(a for a in menu.actions() if a.text().replace("&", "") == text).trigger()
        self.step()
        dialog = self.window.plan_editor
        activate(self.qtbot, dialog)
        return dialog

    def _close(self, dialog) -> None:
        self.click(dialog.close_button)
        editor = dialog.editor
        if editor.question is not None:  # what could not be saved: dropped
            editor.question.button(QMessageBox.StandardButton.Discard).click()
            self.step()
        self.qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5000)

    def _retype(self, widget, text: str, key=Qt.Key.Key_Tab) -> None:
        widget = getattr(widget, "edit", widget)
        self.click(widget)
        self.key(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        self.keys(widget, text)
        self.key(widget, key)

    def milestone(self) -> None:
        dialog = self._plan_editor("Milestones…")
        editor = dialog.editor
        form = editor.form.fields
        before = self.window.ctx.undo_stack.index()
        day = date(2026, 1, 1) + timedelta(days=self.rng.randrange(900))
        chance = self.rng.random()
        if chance < 0.35:  # a new one: title, date, Return
            self.click(editor.new_button)
            title = self.word()
            self._retype(form["title"], title)
            self._retype(form["due_date"], f"{day:%d/%m/%Y}", Qt.Key.Key_Return)
            self.expect_edit(("milestone_add", editor.current_id,
                              {"title": title, "due_date": day, "kind": editor.first_kind}),
                             before)
        elif editor.model.rowCount():
            self.pick_row(editor.table, self.rng.randrange(editor.model.rowCount()))
            milestone_id = editor.current_id
            if chance < 0.8:
                title = self.word()
                self._retype(form["title"], title)
                self.expect_edit(("milestone", milestone_id, {"title": title}), before)
            elif chance < 0.9:
                self._retype(form["due_date"], "31/02/2027")  # no such day: refused
                assert self.window.ctx.undo_stack.index() == before
            else:
                self.click(editor.delete_button)
                self.expect_edit(("milestone_delete", milestone_id, {}), before)
        self._close(dialog)

    def term(self) -> None:
        dialog = self._plan_editor("Vocabulary…")
        editor = dialog.editor
        kind = editor.list_choice.currentData()
        own = [r for r in editor.model.rows() if not r.builtin]
        before = self.window.ctx.undo_stack.index()
        chance = self.rng.random()
        if chance < 0.5 or not own:
            self.click(editor.new_button)
            label = self.word()
            self._retype(editor.form.fields["label"], label, Qt.Key.Key_Return)
            self.expect_edit(("term_add", kind, {"code": label.replace(" ", "_"),
                                                 "label": label}), before)
        else:
            row = self.rng.choice(own)
            self.pick_row(editor.table, editor.model.row_of_id(row.id))
            if chance < 0.8:
                label = self.word()
                self._retype(editor.form.fields["label"], label)
                self.expect_edit(("term_rename", (kind, row.code), {"label": label}), before)
            else:
                self.click(editor.delete_button)
                self.expect_edit(("term_retire", (kind, row.code), {}), before)
        self._close(dialog)

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
                   + [self.milestone] * 2 + [self.term] * 2
                   + [self.redo] + [self.browse] * 12)
        while self.actions < count:
            if not self.window.isActiveWindow():  # back from a dialog, as on a desktop
                activate(self.qtbot, self.window)
            action = self.rng.choice(choices)
            self.ran[action.__name__] = self.ran.get(action.__name__, 0) + 1
            action()


def replay(handle, done: list[tuple]) -> None:
    """The same net edits through the services alone."""
    made = {}  # id of a milestone added in the window -> its id in the replay
    for kind, record_id, values in done:
        record_id = made.get(record_id, record_id) if isinstance(record_id, str) else record_id
        if kind == "location":
            inventory.update_location(handle, record_id, values)
        elif kind == "capacity":
            inventory.update_capacity(handle, record_id, values)
        elif kind == "presence":
            inventory.set_actor_presence(handle, record_id, values)
        elif kind == "plan":
            plans.update_plan(handle, values)
        elif kind == "milestone_add":
            made[record_id] = timeline.add_milestone(handle, values).id
        elif kind == "milestone":
            timeline.update_milestone(handle, record_id, values)
        elif kind == "milestone_delete":
            timeline.delete_milestone(handle, record_id)
        elif kind == "term_add":
            plans.add_term(handle, {"kind": record_id, **values})
        else:  # a term of the plan's, by its list and code
            term = next(t for t in plans.list_terms(handle, record_id[0])
                        if t.code == record_id[1])
            if kind == "term_rename":
                plans.rename_term(handle, term.id, values)
            else:
                plans.delete_term(handle, term.id)


def content(handle) -> dict:
    """What the monkey can change, as a planner would compare it."""
    return {
        "locations": {loc.id: (loc.notes, loc.closure_date)
                      for loc in inventory.list_locations(handle)},
        "presence": {a.id: sorted(inventory.actor_presence(handle, a.id))
                     for a in inventory.list_actors(handle)},
        "capacities": {c.id: (c.unit, c.annual_cost) for c in inventory.list_capacities(handle)},
        "plan": plans.plan_info(handle).mission_acronym,
        # added ones get other ids in the replay: compared by what they say
        "milestones": sorted((m.title, m.due_date, m.kind, m.location_id or "")
                             for m in timeline.list_milestones(handle)),
        "terms": sorted((t.code, t.label, t.label_fr)  # the list the monkey edits
                        for t in plans.list_terms(handle, "category")),
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
    assert {"milestone", "term", "plan_properties", "undo"} <= set(monkey.ran), monkey.ran
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
