"""File > Sync of a field copy in the real window, against a real PostgreSQL server."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from ui_helpers import type_text

from transition_planner.exchange import sync
from transition_planner.services import audit, inventory, plans
from transition_planner.settings import Settings
from transition_planner.ui.main_window import MainWindow


@pytest.fixture
def field_copy(server_database, tmp_path):
    """A team plan at headquarters and a field office's copy of it."""
    hq = plans.new_plan(server_database, {"name": "Team plan", "horizon_start": "2027-01-01"},
                        user="aicha")
    site = inventory.add_location(hq, {"name": "Kalima", "pcode": "KV01"})
    cla = inventory.add_capacity(hq, {"name": "Community liaison assistants",
                                      "location_id": site.id, "quantity": 30,
                                      "category": "community_engagement"})
    path = tmp_path / "kalima.tplan"
    sync.checkout(hq.address, path, user="bruno")
    yield hq, cla, path
    hq.close()


@pytest.fixture
def window(qtbot):
    main = MainWindow()
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    yield main
    main.close()


def select_first_capacity(qtbot, window):
    page = window.show_page("inventory")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=20_000)
    index = page.model.index(0, 0)
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton,
                     pos=page.table.visualRect(index).center())
    return page.detail


def test_sync_from_the_window_reviews_the_conflict_and_applies_both_sides(qtbot, window,
                                                                           field_copy):
    hq, cla, path = field_copy
    you = Settings.load()
    you.user_name = "bruno"  # the field planner at the window
    you.save()
    assert window.open_plan(path)
    assert window.action_sync.isEnabled()
    detail = select_first_capacity(qtbot, window)
    type_text(qtbot, detail.form.fields.widget("quantity"), "25")  # offline, in the field
    type_text(qtbot, detail.form.fields.widget("unit"), "assistants")
    assert window.ctx.undo_stack.count() == 2
    # Meanwhile at headquarters: the same field differently, and another one.
    inventory.update_capacity(hq, cla.id, {"quantity": 28, "notes": "HQ count"})
    window.action_sync.trigger()
    qtbot.waitUntil(lambda: window.sync_dialog is not None, timeout=30_000)
    dialog = window.sync_dialog
    assert "1 conflict(s) to choose" in dialog.summary.text()
    tree = dialog.conflict_tree
    row = tree.topLevelItem(0)
    assert row.text(0) == "Capacity: Community liaison assistants"
    cell = row.child(0)
    assert [cell.text(c) for c in range(4)] == ["quantity", "30", "28", "25"]
    assert not dialog.sync_button.isEnabled() and "1 conflict(s) left" in dialog.left.text()
    combo = tree.itemWidget(cell, 4)
    combo.setCurrentIndex(combo.findData(dialog.MINE))  # keep the field's count
    assert dialog.sync_button.isEnabled()
    qtbot.mouseClick(dialog.sync_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.sync_dialog is None, timeout=30_000)
    on_server = inventory.get_capacity(hq, cla.id)
    assert (on_server.quantity, on_server.unit, on_server.notes) == (25, "assistants",
                                                                     "HQ count")
    here = inventory.get_capacity(window.ctx.handle, cla.id)
    assert (here.quantity, here.unit, here.notes) == (25, "assistants", "HQ count")
    assert detail.form.fields.widget("notes").toPlainText() == "HQ count"  # the form too
    assert window.ctx.undo_stack.count() == 0
    assert "Synced with" in window.statusBar().currentMessage()
    sources = [e.source for e in audit.history(hq, record_id=cla.id) if e.user == "bruno"]
    assert sources and "kalima.tplan" in sources[0] and "checked out by bruno" in sources[0]
    # Nothing left to send: a second sync finds no change and no conflict.
    again = sync.preview_sync(path, user="bruno")
    assert again.rows == [] and again.conflicts() == []


def test_sync_is_offered_only_for_a_field_copy(qtbot, window, tmp_path):
    plain = plans.new_plan(tmp_path / "plain.tplan", {"name": "Plain"}, user="aicha")
    plain.close()
    assert window.open_plan(tmp_path / "plain.tplan")
    assert not window.action_sync.isEnabled()
    assert window.sync_field_copy() is None
