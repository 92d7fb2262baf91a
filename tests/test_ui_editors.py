"""Plan > Milestones… and Plan > Vocabulary…: typed into as a planner does, undone with Ctrl+Z."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox
from ui_helpers import activate, settle

from transition_planner.domain import taxonomy as tx
from transition_planner.services import inventory, plans, timeline
from transition_planner.ui.main_window import MainWindow


@pytest.fixture
def window(qtbot, demo_path, monkeypatch):
    def no_modal_question(*_args, **_kwargs):  # a test must never wait on a modal box
        raise AssertionError("the window asked a modal question")

    monkeypatch.setattr(QMessageBox, "question", no_modal_question)
    main = MainWindow()
    main.resize(1366, 768)
    main.show()
    qtbot.waitExposed(main)
    assert main.open_plan(demo_path)
    settle(qtbot, main.page("inventory"))
    yield main
    main.close()
    main.deleteLater()


def plan_menu_entry(window, text: str):
    """The entry of the Plan menu a user clicks (found by its words, not its attribute)."""
    menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Plan")
    return next(a for a in menu.actions() if a.text().replace("&", "") == text)


def open_editor(qtbot, window, text: str):
    plan_menu_entry(window, text).trigger()
    dialog = window.plan_editor
    qtbot.waitExposed(dialog)
    activate(qtbot, dialog)  # keys and focus go to it, as on a desktop
    return dialog


def click(qtbot, widget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def retype(qtbot, field, text: str, key=Qt.Key.Key_Tab) -> None:
    """Click into a field, select what is there, type over it, leave it (Tab) or Return."""
    edit = getattr(field, "edit", field)
    click(qtbot, edit)
    qtbot.keyClick(edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    if text.isascii():
        qtbot.keyClicks(edit, text)
    else:  # keyClicks aborts the process on non-ASCII text
        for ch in text:
            QTest.sendKeyEvent(QTest.KeyAction.Click, edit, Qt.Key.Key_unknown, ch,
                               Qt.KeyboardModifier.NoModifier)
    if key is not None:
        qtbot.keyClick(edit, key)


def click_row(qtbot, table, row: int) -> None:
    index = table.model().index(row, 0)
    table.scrollTo(index)
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton,
                     pos=table.visualRect(index).center())


def row_named(table, text: str) -> int:
    model = table.model()
    return next(r for r in range(model.rowCount())
                if text in (model.index(r, c).data() for c in range(model.columnCount())))


def undo_with_keys(qtbot, window, times: int = 1) -> None:
    """Ctrl+Z in the main window, the dialog closed."""
    activate(qtbot, window)
    for _ in range(times):
        qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)


# --- milestones --------------------------------------------------------------------------


def test_a_milestone_typed_in_is_added_changed_and_undone_after_closing(qtbot, window):
    handle = window.ctx.handle
    before = {m.id: m.title for m in timeline.list_milestones(handle)}
    dialog = open_editor(qtbot, window, "Milestones…")
    editor = dialog.editor
    assert editor.model.rowCount() == len(before) > 0
    click(qtbot, editor.new_button)
    form = editor.form.fields
    retype(qtbot, form["title"], "Joint review of the drawdown")
    form["kind"].setFocus()
    assert form["kind"].currentData() == "review"  # the shipped list's last kind
    closure = form["kind"].findData("site_closure")
    for _ in range(form["kind"].currentIndex() - closure):  # up the list with the keys
        qtbot.keyClick(form["kind"], Qt.Key.Key_Up)
    retype(qtbot, form["due_date"], "30/09/2026", key=Qt.Key.Key_Return)  # Return adds it
    added = [m for m in timeline.list_milestones(handle) if m.id not in before]
    assert [(m.title, m.due_date, m.kind) for m in added] == [
        ("Joint review of the drawdown", date(2026, 9, 30), form["kind"].itemData(closure))]
    assert editor.model.rowCount() == len(before) + 1
    assert editor.current_id == added[0].id
    retype(qtbot, form["title"], "Joint review of the drawdown (Q3)")  # Tab saves it
    assert timeline.list_milestones(handle) and next(
        m.title for m in timeline.list_milestones(handle) if m.id == added[0].id
    ) == "Joint review of the drawdown (Q3)"
    click(qtbot, dialog.close_button)
    assert not dialog.isVisible()
    undo_with_keys(qtbot, window)  # the new title
    assert next(m.title for m in timeline.list_milestones(handle)
                if m.id == added[0].id) == "Joint review of the drawdown"
    undo_with_keys(qtbot, window)  # the milestone
    assert {m.id for m in timeline.list_milestones(handle)} == set(before)
    qtbot.keyClick(window, Qt.Key.Key_Z,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert added[0].id in {m.id for m in timeline.list_milestones(handle)}


def test_a_milestone_without_title_or_with_a_wrong_date_is_refused_and_nothing_saved(
        qtbot, window):
    handle = window.ctx.handle
    before = [(m.id, m.title, m.due_date) for m in timeline.list_milestones(handle)]
    dialog = open_editor(qtbot, window, "Milestones…")
    editor = dialog.editor
    click(qtbot, editor.new_button)
    form = editor.form.fields
    retype(qtbot, form["due_date"], "30/09/2026")
    click(qtbot, editor.save_button)  # no title
    assert "Milestone is required" in editor.form.problem("title")
    retype(qtbot, form["title"], "Exit review")
    retype(qtbot, form["due_date"], "31/02/2026")  # no such day
    click(qtbot, editor.save_button)
    assert "is not a date" in editor.form.problem("due_date")
    assert [(m.id, m.title, m.due_date) for m in timeline.list_milestones(handle)] == before
    # an existing milestone given a wrong date keeps its own
    click_row(qtbot, editor.table, 0)
    first = editor.model.row_at(0)
    retype(qtbot, form["due_date"], "2026-13-01")
    assert "is not a date" in editor.form.problem("due_date")
    assert next(m.due_date for m in timeline.list_milestones(handle)
                if m.id == first.id) == first.due_date
    window.ctx.undo_stack.clear()
    # what cannot be saved is asked about on closing; Discard closes with nothing saved
    answers = []

    def discard(box):
        answers.append(box.text())
        box.button(QMessageBox.StandardButton.Discard).click()

    click(qtbot, dialog.close_button)
    qtbot.waitUntil(lambda: editor.question is not None, timeout=3000)
    discard(editor.question)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=3000)
    assert answers == ["The changes in the form are not saved yet."]
    assert [(m.id, m.title, m.due_date) for m in timeline.list_milestones(handle)] == before
    assert window.ctx.undo_stack.count() == 0


def test_the_timeline_shows_a_milestone_added_in_the_dialog(qtbot, window):
    page = window.show_page("timeline")
    dialog = open_editor(qtbot, window, "Milestones…")
    editor = dialog.editor
    click(qtbot, editor.new_button)
    retype(qtbot, editor.form.fields["title"], "Liquidation starts")
    retype(qtbot, editor.form.fields["due_date"], "01/03/2028", key=Qt.Key.Key_Return)
    click(qtbot, dialog.close_button)
    qtbot.waitUntil(lambda: any("Liquidation starts" in item.tooltip
                                for item in page.view.items), timeout=10_000)


# --- vocabulary --------------------------------------------------------------------------


def test_a_term_is_added_renamed_retired_and_all_undone_after_closing(qtbot, window):
    handle = window.ctx.handle
    dialog = open_editor(qtbot, window, "Vocabulary…")
    editor = dialog.editor
    assert editor.list_choice.currentData() == tx.CATEGORY
    shipped = editor.model.rowCount()
    click(qtbot, editor.new_button)
    form = editor.form.fields
    retype(qtbot, form["label"], "Cash assistance")
    retype(qtbot, form["label_fr"], "Assistance en espèces")
    click(qtbot, editor.save_button)
    term = handle.taxonomy().terms(tx.CATEGORY)[-1]
    assert (term.code, term.label, term.label_fr) == (
        "cash_assistance", "Cash assistance", "Assistance en espèces")
    assert editor.model.rowCount() == shipped + 1
    # the inventory's category choices offer it at once
    page = window.show_page("inventory")
    settle(qtbot, page)
    assert ("cash_assistance", "Cash assistance") in page.labels.choices(tx.CATEGORY)
    retype(qtbot, form["label"], "Cash and voucher assistance")  # Tab renames it
    assert handle.taxonomy().label(tx.CATEGORY, "cash_assistance") == (
        "Cash and voucher assistance")
    click(qtbot, editor.delete_button)  # no record holds it: retired
    assert not handle.taxonomy().has(tx.CATEGORY, "cash_assistance")
    assert editor.model.rowCount() == shipped
    click(qtbot, dialog.close_button)
    undo_with_keys(qtbot, window)  # back
    assert handle.taxonomy().label(tx.CATEGORY, "cash_assistance") == (
        "Cash and voucher assistance")
    undo_with_keys(qtbot, window)  # its first name
    assert handle.taxonomy().label(tx.CATEGORY, "cash_assistance") == "Cash assistance"
    undo_with_keys(qtbot, window)  # never added
    assert not handle.taxonomy().has(tx.CATEGORY, "cash_assistance")
    assert len(plans.list_terms(handle, tx.CATEGORY)) == shipped


def test_a_term_in_use_is_not_retired_and_the_count_is_said(qtbot, window):
    handle = window.ctx.handle
    hand_count = sum(c.category == "mine_action" for c in inventory.list_capacities(handle))
    assert hand_count >= 1
    dialog = open_editor(qtbot, window, "Vocabulary…")
    editor = dialog.editor
    row = row_named(editor.table, "Mine action")
    assert editor.model.index(row, 2).data() == str(hand_count)
    click_row(qtbot, editor.table, row)
    assert f"Records holding it: {hand_count}." in editor.note.text()
    click(qtbot, editor.delete_button)
    assert editor.form.general_error.text() == (
        f"'Mine action' is still in use (records holding it: {hand_count}); "
        "change them first.")
    assert handle.taxonomy().has(tx.CATEGORY, "mine_action")
    assert window.ctx.undo_stack.count() == 0


def test_an_empty_or_duplicate_term_is_refused_and_nothing_added(qtbot, window):
    handle = window.ctx.handle
    before = [(t.code, t.label) for t in plans.list_terms(handle, tx.ACTOR_TYPE)]
    dialog = open_editor(qtbot, window, "Vocabulary…")
    editor = dialog.editor
    combo = editor.list_choice
    click(qtbot, combo)  # the list opens; the keyboard picks Actor types
    qtbot.keyClick(combo.view(), Qt.Key.Key_Down)
    qtbot.keyClick(combo.view(), Qt.Key.Key_Return)
    assert combo.currentData() == tx.ACTOR_TYPE
    assert editor.model.rowCount() == len(before)
    click(qtbot, editor.new_button)
    click(qtbot, editor.save_button)
    assert editor.form.problem("label") == "Label is required"
    existing = editor.model.row_at(0).label
    retype(qtbot, editor.form.fields["label"], f"  {existing.upper()} ")
    click(qtbot, editor.save_button)
    assert editor.form.problem("label") == (
        "A term with this label exists already in this list")
    # renaming a term to another's label is refused too, and the term keeps its label
    click_row(qtbot, editor.table, 1)
    second = editor.model.row_at(1)
    retype(qtbot, editor.form.fields["label"], existing)
    assert editor.form.problem("label") == (
        "A term with this label exists already in this list")
    assert [(t.code, t.label) for t in plans.list_terms(handle, tx.ACTOR_TYPE)] == before
    assert second.label in [label for _c, label in before]
    assert window.ctx.undo_stack.count() == 0


def test_ctrl_z_works_inside_the_dialog(qtbot, window):
    handle = window.ctx.handle
    dialog = open_editor(qtbot, window, "Vocabulary…")
    editor = dialog.editor
    click(qtbot, editor.new_button)
    retype(qtbot, editor.form.fields["label"], "Digital protection", key=Qt.Key.Key_Return)
    assert handle.taxonomy().has(tx.CATEGORY, "digital_protection")
    click_row(qtbot, editor.table, 0)
    editor.table.setFocus()
    qtbot.keyClick(editor.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert not handle.taxonomy().has(tx.CATEGORY, "digital_protection")
    assert QKeySequence("Ctrl+Y") in [a.shortcuts()[-1] for a in dialog.actions()]
    qtbot.keyClick(editor.table, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert handle.taxonomy().has(tx.CATEGORY, "digital_protection")
