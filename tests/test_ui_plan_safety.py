"""The window on a plan that is open elsewhere or cannot be written: told, by whom, and why."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

import pytest
from PySide6.QtCore import Qt, QTimer
from test_plan_safety import OTHER_WINDOW

from transition_planner.services import inventory
from transition_planner.store import owner, planfile
from transition_planner.store.planfile import PlanReadOnly
from transition_planner.ui.main_window import MainWindow


@pytest.fixture
def window(qtbot):
    main = MainWindow()
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    yield main
    main.close()



@pytest.fixture
def open_elsewhere(demo_path):
    other = subprocess.Popen([sys.executable, "-c", textwrap.dedent(OTHER_WINDOW), demo_path],
                             stdout=subprocess.PIPE, text=True)
    assert other.stdout.readline().strip() == "open"
    yield demo_path
    other.kill()
    other.wait()


def answer_in_use(qtbot, window, button_text: str, seen: list) -> None:
    """Click a button of the question the window asks, once it shows."""
    def click():
        box = window.in_use_box
        if box is None or not box.isVisible():
            QTimer.singleShot(50, click)
            return
        seen.append((box.windowTitle(), box.text(), box.informativeText()))
        button = next(b for b in box.buttons() if b.text().replace("&", "") == button_text)
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    QTimer.singleShot(50, click)


def test_a_plan_open_in_another_window_is_offered_read_only(qtbot, window, open_elsewhere):
    seen = []
    answer_in_use(qtbot, window, "Open read-only", seen)
    assert window.open_plan(open_elsewhere)
    [(title, text, more)] = seen
    assert title == f"{open_elsewhere.name} is open elsewhere"
    assert text.startswith("Dana has this plan open for editing on this computer since ")
    assert "Open it read-only" in more
    handle = window.ctx.handle
    assert handle.read_only == planfile.CHOSEN_READ_ONLY and handle.claim is None
    banner = window.read_only_banner
    assert banner.isVisible()
    assert banner.text().startswith("Read-only (opened read-only: Dana has it open for editing "
                                    "on this computer since ")
    assert "(read-only)" in window.windowTitle()
    with pytest.raises(PlanReadOnly):
        inventory.add_location(handle, {"name": "Not here"})
    assert owner.current_owner(open_elsewhere).user == "Dana"  # their claim is untouched


def test_cancel_opens_nothing_and_edit_anyway_edits(qtbot, window, open_elsewhere):
    seen = []
    answer_in_use(qtbot, window, "Cancel", seen)
    assert not window.open_plan(open_elsewhere)
    assert window.ctx.handle is None and seen
    answer_in_use(qtbot, window, "Open for editing anyway", seen)
    assert window.open_plan(open_elsewhere)
    assert not window.ctx.handle.read_only and not window.read_only_banner.isVisible()
    inventory.add_location(window.ctx.handle, {"name": "Both windows write safely"})


def test_a_plan_that_cannot_be_written_here_says_why(qtbot, window, demo_path, monkeypatch):
    monkeypatch.setattr(planfile, "read_only_reason", lambda _p: "its folder cannot be written to")
    assert window.open_plan(demo_path)
    assert window.read_only_banner.text() == (
        "Read-only (its folder cannot be written to). You can read the plan and export "
        "reports; changes cannot be saved.")
    assert not planfile.owner_path(demo_path).exists()  # nothing written beside it
    window.close_plan()
    assert not window.read_only_banner.isVisible()


def test_the_window_notes_who_has_the_plan_open_and_lets_go(qtbot, window, demo_path):
    assert window.open_plan(demo_path)
    assert owner.current_owner(demo_path) is not None
    assert owner.current_owner(demo_path).pid == os.getpid()
    window.close_plan()
    assert owner.current_owner(demo_path) is None
    assert not planfile.owner_path(demo_path).exists()
