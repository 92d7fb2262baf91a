"""The real main window on real plan files: a planner's session from the demo to reopening."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMessageBox
from ui_helpers import activate, choose, choose_text, map_successor, settle, type_text

from transition_planner import settings
from transition_planner.services import audit, handovers, inventory, plans, timeline
from transition_planner.ui.main_window import MainWindow


@pytest.fixture
def window(qtbot):
    main = MainWindow()
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    yield main
    main.close()


def open_demo(qtbot, window) -> Path:
    window.action_demo.trigger()
    qtbot.waitUntil(lambda: window.ctx.handle is not None, timeout=60_000)
    settle(qtbot, window.page("inventory"))
    return window.ctx.handle.path


def visible_names(page) -> list[str]:
    return [page.model.index(r, 0).data() for r in range(page.model.rowCount())]


def capacity_named(handle, name: str):
    return next(c for c in inventory.list_capacities(handle) if c.name == name)


def actor_id(handle, name: str) -> str:
    return next(a.id for a in inventory.list_actors(handle) if a.name == name)


def test_a_planners_session(qtbot, window):
    path = open_demo(qtbot, window)
    assert path.parent == settings.data_dir() / "demo" and path.exists()
    assert "UNSMK" in window.windowTitle()
    page = window.page("inventory")
    handle = window.ctx.handle
    total = page.model.rowCount()
    assert total == len(inventory.list_capacities(handle)) > 20

    # Filter: search box, then category, then flagged only.
    type_text(qtbot, page.search, "alert", commit=False)
    shown = visible_names(page)
    assert shown and len(shown) < total
    assert all("alert" in (n + page.model.row_by_id(page.model.id_at(i)).location
                           + " ".join(page.model.row_by_id(page.model.id_at(i)).successors)
                           ).lower() for i, n in enumerate(shown))
    page.search.clear()
    choose(page.category, "mine_action")
    assert visible_names(page) and all(
        page.model.row_by_id(page.model.id_at(r)).category == "mine_action"
        for r in range(page.model.rowCount()))
    choose(page.category, None)
    page.flagged.setChecked(True)
    assert 0 < page.model.rowCount() < total
    assert all(page.model.row_by_id(page.model.id_at(r)).flags
               for r in range(page.model.rowCount()))
    page.flagged.setChecked(False)
    assert page.model.rowCount() == total

    # Add a capacity through the dialog.
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    dialog = page.add_dialog
    type_text(qtbot, dialog.fields.widget("name"), "Night patrols (Kanzi)", commit=False)
    choose_text(dialog.fields.widget("location_id"), "Kanzi team site")
    choose(dialog.fields.widget("category"), "physical_protection")
    type_text(qtbot, dialog.fields.widget("quantity"), "2", commit=False)
    type_text(qtbot, dialog.fields.widget("unit"), "patrol platoons", commit=False)
    dialog.accept()
    assert page.add_dialog is None
    settle(qtbot, page)
    cap = capacity_named(handle, "Night patrols (Kanzi)")
    assert (cap.quantity, cap.unit, cap.category) == (2.0, "patrol platoons",
                                                      "physical_protection")
    detail = page.detail
    qtbot.waitUntil(lambda: detail.capacity_id == cap.id)
    assert page.model.rowCount() == total + 1
    assert "no_successor" in detail.flags.kinds()

    # Edit fields of the capacity in the detail panel.
    type_text(qtbot, detail.form.fields.widget("quantity"), "3")
    choose(detail.form.fields.widget("criticality"), "critical")
    type_text(qtbot, detail.form.fields.widget("annual_cost"), "240 000")
    cap = inventory.get_capacity(handle, cap.id)
    assert (cap.quantity, cap.criticality, cap.annual_cost) == (3.0, "critical",
                                                                Decimal("240000.00"))

    # Map two successors, split the share, date them and move one along its lifecycle.
    detail.tabs.setCurrentWidget(detail.successors)
    successors = detail.successors
    for name in ("Unarmed Civilian Accompaniment Network", "Ruvenga Local Protection Committee"):
        map_successor(qtbot, successors, name)
    mapped = handovers.list_handovers(handle, cap.id)
    assert len(mapped) == 2
    assert len(successors.rows()) == 2
    lead = next(h for h in mapped if h.role == "lead")
    support = next(h for h in mapped if h.role == "support")
    successors.select(lead.id)
    type_text(qtbot, successors.fields.widget("share"), "60")
    type_text(qtbot, successors.fields.widget("start_date"), "2026-07-01")
    type_text(qtbot, successors.fields.widget("status_note"), "Letter of intent signed",
              commit=False)
    choose(successors.fields.widget("status"), "agreed")
    successors.select(support.id)
    type_text(qtbot, successors.fields.widget("share"), "40")
    type_text(qtbot, successors.fields.widget("start_date"), "2026-08-01")
    type_text(qtbot, successors.fields.widget("agreement_ref"), "MoU 2026/31")
    lead, support = (handovers.list_handovers(handle, cap.id)[i] for i in (0, 1))
    assert (lead.share, lead.status, lead.start_date) == (0.6, "agreed", date(2026, 7, 1))
    assert (support.share, support.agreement_ref) == (0.4, "MoU 2026/31")
    assert [c.note for c in handovers.status_history(handle, lead.id)] == [
        "", "Letter of intent signed"]
    successors.select(lead.id)
    assert successors.history.count() == 2
    settle(qtbot, page)
    assert "no_successor" not in detail.flags.kinds()  # the flags follow the edits

    # Score the lead's readiness on two dimensions.
    detail.tabs.setCurrentWidget(detail.readiness)
    readiness = detail.readiness
    readiness.select(lead.id)
    access = readiness.rows["access"]
    choose(access.score, 2)
    type_text(qtbot, access.evidence, "Road cut in the rainy season")
    type_text(qtbot, access.assessed_on, "2026-05-20")
    choose(readiness.rows["willingness"].score, 5)
    scores = {s.dimension: s for s in handovers.readiness_of(handle, lead.id)}
    assert (scores["access"].score, scores["access"].evidence,
            scores["access"].assessed_on) == (2, "Road cut in the rainy season",
                                              date(2026, 5, 20))
    assert scores["willingness"].score == 5
    assert readiness.badge_state() == "not_ready"
    settle(qtbot, page)
    assert "readiness_below_threshold" in detail.flags.kinds()

    # Fund the lead's handover.
    detail.tabs.setCurrentWidget(detail.funding)
    funding = detail.funding
    qtbot.mouseClick(funding.new_button, Qt.MouseButton.LeftButton)
    choose(funding.fields.widget("handover_id"), lead.id)
    choose(funding.fields.widget("source_type"), "bilateral")
    type_text(qtbot, funding.fields.widget("donor"), "Embassy of Norland", commit=False)
    type_text(qtbot, funding.fields.widget("amount"), "150000", commit=False)
    choose(funding.fields.widget("status"), "pledged")
    type_text(qtbot, funding.fields.widget("period_start"), "2026-07-01", commit=False)
    type_text(qtbot, funding.fields.widget("period_end"), "2027-06-30", commit=False)
    qtbot.mouseClick(funding.add_button, Qt.MouseButton.LeftButton)
    lines = handovers.list_funding_lines(handle, cap.id)
    assert [(ln.handover_id, ln.amount, ln.status, ln.donor) for ln in lines] == [
        (lead.id, Decimal("150000.00"), "pledged", "Embassy of Norland")]

    # Comment, then undo and redo it with the keyboard.
    detail.tabs.setCurrentWidget(detail.comments)
    type_text(qtbot, detail.comments.body, "Ask the cluster who pays the patrol fuel",
              commit=False)
    qtbot.mouseClick(detail.comments.add_button, Qt.MouseButton.LeftButton)
    assert [c.body for c in timeline.comments_on(handle, cap.id)] == [
        "Ask the cluster who pays the patrol fuel"]
    assert window.action_undo.text().endswith("Comment on Night patrols (Kanzi)")
    activate(qtbot, window)
    qtbot.keyClick(page.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert timeline.comments_on(handle, cap.id) == []
    qtbot.keyClick(page.table, Qt.Key.Key_Z,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert [c.body for c in timeline.comments_on(handle, cap.id)] == [
        "Ask the cluster who pays the patrol fuel"]
    # Undo the funding line and the last score, then redo both.
    window.action_undo.trigger()  # the comment
    window.action_undo.trigger()  # the funding line
    window.action_undo.trigger()  # the willingness score
    assert handovers.list_funding_lines(handle, cap.id) == []
    assert {s.dimension for s in handovers.readiness_of(handle, lead.id)} == {"access"}
    window.action_redo.trigger()
    window.action_redo.trigger()
    window.action_redo.trigger()
    assert len(handovers.list_funding_lines(handle, cap.id)) == 1
    assert {s.dimension for s in handovers.readiness_of(handle, lead.id)} == {
        "access", "willingness"}
    settle(qtbot, page)

    # Close the plan, reopen the file, and find everything there.
    window.action_close.trigger()
    assert window.ctx.handle is None and window.central.currentIndex() == 0
    assert window.open_plan(path)
    settle(qtbot, window.page("inventory"))
    assert window.page("inventory").model.row_of_id(cap.id) >= 0
    fresh = plans.open_plan(path, user="checker")
    try:
        cap = inventory.get_capacity(fresh, cap.id)
        assert (cap.name, cap.quantity, cap.criticality) == ("Night patrols (Kanzi)", 3.0,
                                                             "critical")
        kept = handovers.list_handovers(fresh, cap.id)
        assert sorted((h.share, h.status) for h in kept) == [(0.4, "identified"),
                                                             (0.6, "agreed")]
        assert {s.dimension: s.score for s in handovers.readiness_of(fresh, lead.id)} == {
            "access": 2, "willingness": 5}
        assert [ln.amount for ln in handovers.list_funding_lines(fresh, cap.id)] == [
            Decimal("150000.00")]
        assert [c.body for c in timeline.comments_on(fresh, cap.id)] == [
            "Ask the cluster who pays the patrol fuel"]
        users = {e.user for e in audit.history(fresh, record_id=cap.id)}
        assert users and "demo" not in users  # the edits are recorded under the planner's name
    finally:
        fresh.close()


@pytest.fixture
def demo_window(qtbot, window, demo_path):
    assert window.open_plan(demo_path)
    settle(qtbot, window.page("inventory"))
    return window


def test_delete_several_capacities_is_one_undo_step(qtbot, demo_window):
    window = demo_window
    page, handle = window.page("inventory"), window.ctx.handle
    before = len(inventory.list_capacities(handle))
    activate(qtbot, window)
    page.table.setFocus()
    page.table.selectRow(0)
    qtbot.keyClick(page.table, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    chosen = page.selected_ids()
    assert len(chosen) == 2
    assert page.detail.title.text() == "Capacities selected: 2"
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert len(inventory.list_capacities(handle)) == before - 2
    assert window.action_undo.text() == "&Undo Delete capacities (2)"
    window.action_undo.trigger()
    assert {c.id for c in inventory.list_capacities(handle)} >= set(chosen)
    settle(qtbot, page)
    assert page.model.rowCount() == before


def test_shortcuts_and_menus(qtbot, demo_window):
    window = demo_window
    assert window.action_new.shortcut() == QKeySequence("Ctrl+Shift+N")
    assert window.action_new_record.shortcut() == QKeySequence(QKeySequence.StandardKey.New)
    assert window.action_open.shortcut() == QKeySequence(QKeySequence.StandardKey.Open)
    assert window.action_undo.shortcut() == QKeySequence(QKeySequence.StandardKey.Undo)
    assert QKeySequence("Ctrl+Shift+Z") in window.action_redo.shortcuts()
    assert window.action_refresh.shortcut() == QKeySequence("F5")
    window.show_page("history")
    activate(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(window.page("history").search.hasFocus)  # the page's own search
    window.show_page("timeline")  # a page without one: the inventory's
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    page = window.page("inventory")
    assert window.current_page() is page
    qtbot.waitUntil(page.search.hasFocus)
    titles = [window.sidebar.item(i).text() for i in range(window.sidebar.count())]
    assert titles[:2] == ["Inventory", "Successors"] and "History" in titles
    window.sidebar.setFocus()
    qtbot.keyClick(window.sidebar, Qt.Key.Key_Down)
    assert window.current_page_key() == "actors"
    for widget in (page.search, page.category, page.location, page.status, page.table):
        assert widget.accessibleName()
        assert widget.toolTip() or widget is page.table


def test_opening_a_file_that_is_no_plan_keeps_the_open_plan(qtbot, demo_window, tmp_path):
    window = demo_window
    handle = window.ctx.handle
    notes = tmp_path / "notes.tplan"
    notes.write_text("minutes of the protection cluster meeting", encoding="utf-8")
    assert not window.open_plan(notes)
    box = window.last_message
    assert isinstance(box, QMessageBox)
    assert "notes.tplan is not a Transition Planner plan" in box.text()
    assert window.ctx.handle is handle
    assert inventory.list_capacities(handle)  # still readable: not closed
    assert not window.open_plan(tmp_path / "missing.tplan")
    assert "does not exist" in window.last_message.text()
    box.close()


def test_title_recent_plans_and_last_plan_at_start(qtbot, tmp_path, demo_path):
    first = MainWindow()
    qtbot.addWidget(first)
    first.show()
    first.open_initial(demo_path)
    assert first.ctx.handle.path == demo_path
    assert "Kelvara" in first.windowTitle() or "UNSMK" in first.windowTitle()
    plans.new_plan(tmp_path / "second.tplan", {"name": "Second"}).close()
    assert first.open_plan(tmp_path / "second.tplan")
    assert first.windowTitle().startswith("Second")
    assert first.recent_plans()[:2] == [str((tmp_path / "second.tplan").resolve()),
                                        str(demo_path.resolve())]
    first._fill_recent_menu()  # as when the File > Recent plans menu opens
    entries = [a for a in first.recent_menu.actions() if a.toolTip().endswith(".tplan")]
    assert [a.text() for a in entries] == ["second.tplan", demo_path.name]
    entries[1].trigger()
    assert first.ctx.handle.path.resolve() == demo_path.resolve()
    assert first.open_plan(tmp_path / "second.tplan")
    assert first.start_shown()  # an empty plan opens on its first steps
    activate(qtbot, first)
    qtbot.keyClick(first, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)  # the Inventory
    assert not first.start_shown()
    first.resize(760, 540)  # within the 800x600 offscreen screen
    splitter = first.page("inventory").splitter
    settle(qtbot, first.page("inventory"))
    qtbot.waitUntil(lambda: splitter.width() > 0 and sum(splitter.sizes()) > 0)
    splitter.setSizes([splitter.sizes()[0] - 60, splitter.sizes()[1] + 60])
    qtbot.wait(100)  # the layout settles
    kept = splitter.sizes()
    first.close()

    again = MainWindow()  # start-up reopens the last plan, at the last size
    qtbot.addWidget(again)
    again.show()
    again.open_initial()
    assert again.ctx.handle is not None
    assert again.ctx.handle.path.resolve() == (tmp_path / "second.tplan").resolve()
    assert (again.width(), again.height()) == (760, 540)
    activate(qtbot, again)
    qtbot.keyClick(again, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert not again.start_shown()
    settle(qtbot, again.page("inventory"))
    qtbot.waitUntil(lambda: again.page("inventory").splitter.sizes() == kept)
    again.close_plan()
    again.close()

    third = MainWindow()  # a plan closed on purpose is not reopened
    qtbot.addWidget(third)
    third.open_initial()
    assert third.ctx.handle is None and third.central.currentIndex() == 0
    assert third.recent_list.count() == 2
    third.close()


def test_save_a_copy(qtbot, demo_window, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    window = demo_window
    target = tmp_path / "for the cluster"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *a, **k: (str(target), "Transition plans (*.tplan)"))
    window.action_copy.trigger()
    copy = target.with_name("for the cluster.tplan")
    handle = plans.open_plan(copy, user="checker")
    try:
        assert len(inventory.list_capacities(handle)) == len(
            inventory.list_capacities(window.ctx.handle))
    finally:
        handle.close()
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *a, **k: (str(window.ctx.handle.path), ""))
    window.action_copy.trigger()
    assert "another file name" in window.last_message.text()


def test_new_plan_from_the_file_menu(qtbot, window, tmp_path):
    window.action_new.trigger()
    dialog = window.new_plan_dialog
    type_text(qtbot, dialog.fields.widget("name"), "Transition plan 2027", commit=False)
    type_text(qtbot, dialog.fields.widget("mission_name"), "Mission in Kelvara", commit=False)
    type_text(qtbot, dialog.fields.widget("planned_exit"), "2027-12-31", commit=False)
    dialog.path.setText(str(tmp_path / "kelvara"))
    dialog.accept()
    assert window.ctx.handle is not None
    assert window.ctx.handle.path == tmp_path / "kelvara.tplan"
    plan = plans.plan_info(window.ctx.handle)
    assert (plan.name, plan.planned_exit) == ("Transition plan 2027", date(2027, 12, 31))
    assert window.windowTitle().startswith("Transition plan 2027 — Mission in Kelvara")


def test_every_page_of_the_sidebar_opens_on_the_demo(qtbot, demo_window):
    window = demo_window
    keys = [window.sidebar.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(window.sidebar.count())]
    assert keys[0] == "inventory" and "history" in keys
    for row, key in enumerate(keys):
        window.sidebar.setCurrentRow(row)
        assert window.current_page() is window.page(key)
    window._wait_for_workers()


def test_gaps_page_picks_capacities_for_the_inventory(qtbot, demo_window):
    window = demo_window
    if "gaps" not in [s.key for s in window.specs]:
        pytest.skip("the Gaps page is not installed")
    gaps_page = window.show_page("gaps")
    page = window.page("inventory")
    picked = [page.model.id_at(0), page.model.id_at(3)]
    gaps_page.sig_show_inventory.emit({"capacity_ids": picked, "flag_kind": "no_successor"})
    assert window.current_page() is page
    assert sorted(page.model.id_at(r) for r in range(page.model.rowCount())) == sorted(picked)
    assert page.picked.isVisibleTo(window) and "No successor" in page.picked.text()
    qtbot.mouseClick(page.show_all_button, Qt.MouseButton.LeftButton)
    assert page.model.rowCount() == page.model.total_count()
    window._wait_for_workers()


def test_file_menu_runs_the_matrix_export(qtbot, demo_window, tmp_path, monkeypatch):
    import importlib.util

    from PySide6.QtWidgets import QDialog, QFileDialog

    window = demo_window
    for key, module in (("export_matrix", "transition_planner.ui.dialogs.import_matrix"),
                        ("export_report", "transition_planner.ui.dialogs.export_report")):
        assert (key in window.feature_actions) == (importlib.util.find_spec(module) is not None)
    if "export_matrix" not in window.feature_actions:
        pytest.skip("the matrix exchange is not installed")
    from transition_planner.ui.dialogs import import_matrix

    target = tmp_path / "matrix.xlsx"
    told = []
    monkeypatch.setattr(import_matrix.ExportMatrixDialog, "exec",
                        lambda self: QDialog.DialogCode.Accepted)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: told.append(a[2]))
    window.feature_actions["export_matrix"].trigger()
    assert target.exists() and told and "matrix.xlsx" in told[0]
    from openpyxl import load_workbook

    workbook = load_workbook(target, read_only=True)
    assert workbook.sheetnames
    workbook.close()
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: ("", ""))
    window.feature_actions["import_matrix"].trigger()  # cancelled: nothing happens
    assert window.ctx.handle is not None
