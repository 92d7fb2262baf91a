"""Start-up paints the window's shell first (issue 19): the menus' titles, the sidebar, an empty
page area and the status bar; pages_ready() then builds the pages and the menus' actions, and
the plan opens. Driven as a person does: keys on the menus' shortcuts."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QFileDialog, QPushButton
from ui_helpers import UNTIL_A_PLAN_IS_OPEN, activate, run_script

from transition_planner.ui.main_window import MainWindow

ROOT = Path(__file__).resolve().parent.parent
CTRL = Qt.KeyboardModifier.ControlModifier
MENUS = ["&File", "&Edit", "&Plan", "&View", "&Help"]


class Painted(QObject):
    """The status bar's messages at each of its paints."""

    def __init__(self, bar):
        super().__init__(bar)
        self.bar, self.messages = bar, []
        bar.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.messages.append(self.bar.currentMessage())
        return False


class FirstPaint(QObject):
    """What the window holds when its first paint event comes."""

    def __init__(self, window):
        super().__init__(window)
        self.window, self.seen = window, None
        window.installEventFilter(self)  # (installed last: called before start-up's own)

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Paint and self.seen is None:
            window = self.window
            self.seen = {
                "ready": window.ready,
                "menus": [a.text() for a in window.menuBar().actions()],
                "menu actions": sum(len(a.menu().actions()) for a in window.menuBar().actions()),
                "pages": [window.sidebar.item(r).text() for r in range(window.sidebar.count())],
                "welcome buttons": len(window.welcome.findChildren(QPushButton)),
                "start page": hasattr(window, "start_page"),
                "page area": window.central.currentIndex(),
                "plan": window.ctx.handle,
            }
        return False


def _icon_drawn(item) -> bool:
    """Whether the entry's icon has a visible pixel (the shell's are blank)."""
    image = item.icon().pixmap(20, 20).toImage()
    return any(image.pixelColor(x, y).alpha() > 0 for x in range(20) for y in range(20))


@pytest.fixture
def chosen_file(monkeypatch):
    """File > Open's dialog answering with the plan a person picks; lists each time it was
    asked."""
    asked: list[str] = []

    def pick(*_args, **_kwargs):
        asked.append("asked")
        return str(pick.plan), ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", pick)
    pick.asked = asked
    return pick


def test_the_shell_paints_before_the_pages_and_has_no_shortcuts_until_they_are_ready(
        qtbot, demo_path, chosen_file):
    chosen_file.plan = demo_path
    window = MainWindow(shell_first=True)
    qtbot.addWidget(window)
    first = FirstPaint(window)
    window.show()
    qtbot.waitUntil(lambda: first.seen is not None)
    assert first.seen["ready"] is False
    assert first.seen["menus"] == MENUS and first.seen["menu actions"] == 0
    assert first.seen["pages"][:3] == ["Inventory", "Successors", "Locations"]
    assert first.seen["welcome buttons"] == 0 and not first.seen["start page"]
    assert not any(_icon_drawn(window.sidebar.item(r)) for r in range(window.sidebar.count()))
    width = window.sidebar.width()
    activate(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_O, CTRL)  # the shell's menus hold no action yet
    assert chosen_file.asked == [] and window.ctx.handle is None

    window.pages_ready()
    assert window.ready and window.start_page is not None
    assert [b.text() for b in window.welcome.findChildren(QPushButton)] == [
        "&New plan…", "&Open plan…", "Open the &demo plan"]
    assert "&Open plan…" in [a.text() for a in window.file_menu.actions()]
    assert all(_icon_drawn(window.sidebar.item(r)) for r in range(window.sidebar.count()))
    assert window.sidebar.width() == width  # the blank icons kept the icons' room
    qtbot.keyClick(window, Qt.Key.Key_O, CTRL)
    assert chosen_file.asked == ["asked"]
    qtbot.waitUntil(lambda: window.ctx.handle is not None)
    assert window.ctx.handle.path == demo_path
    assert "UNSMK" in window.windowTitle()
    assert window.current_page_key() == "inventory" and window.page("inventory").isVisible()
    window.close()


def test_start_up_without_a_plan_paints_the_shell_then_the_welcome_page(
        qtbot, demo_path, chosen_file):
    """No plan named and none opened before: the shell, then the welcome page and the menus;
    Ctrl+O opens the plan chosen."""
    from transition_planner.ui.app import start_window

    chosen_file.plan = demo_path
    app, window, hook = start_window()
    qtbot.addWidget(window)
    try:
        first = FirstPaint(window)
        qtbot.waitUntil(lambda: window.ready)
        assert first.seen is not None and first.seen["ready"] is False
        assert first.seen["menu actions"] == 0 and first.seen["welcome buttons"] == 0
        assert first.seen["page area"] == 0  # the welcome page's place
        assert window.central.currentIndex() == 0 and window.welcome.isVisible()
        assert len(window.welcome.findChildren(QPushButton)) == 3
        activate(qtbot, window)
        qtbot.keyClick(window, Qt.Key.Key_O, CTRL)
        qtbot.waitUntil(lambda: window.ctx.handle is not None)
        assert window.ctx.handle.path == demo_path and window.central.currentIndex() == 1
    finally:
        window.close()
        window.collector.stop()
        hook.uninstall()


def test_start_up_with_a_plan_names_it_while_it_opens(qtbot, demo_path):
    """The sidebar paints first, no plan open yet; then the status bar names the plan being
    opened under a busy cursor, and both go once it is open."""
    from transition_planner.ui.app import start_window

    app, window, hook = start_window(plan=demo_path)
    qtbot.addWidget(window)
    try:
        first = FirstPaint(window)
        messages: list[str] = []
        window.statusBar().messageChanged.connect(messages.append)
        while_opening = []
        window.statusBar().messageChanged.connect(lambda _m: while_opening.append((
            window.page_stack.currentWidget() is window.start_holder,
            _icon_drawn(window.sidebar.item(0)))) if not while_opening else None)
        painted = Painted(window.statusBar())
        cursors, painted_before = [], []
        window.sig_plan_opened.connect(lambda _p: (cursors.append(window.cursor().shape()),
                                                   painted_before.extend(painted.messages)))
        qtbot.waitUntil(lambda: window.ctx.handle is not None, timeout=30_000)
        assert first.seen["page area"] == 1 and first.seen["plan"] is None  # the sidebar
        assert first.seen["menu actions"] == 0
        assert messages[0] == "Opening demo.tplan…"
        assert while_opening == [(False, True)]  # no start page of an empty plan; the icons
        assert cursors == [Qt.CursorShape.BusyCursor]  # while it opened
        assert "Opening demo.tplan…" in painted_before  # on the screen before the plan opened
        qtbot.waitUntil(lambda: window.statusBar().currentMessage() == "")
        assert window.cursor().shape() == Qt.CursorShape.ArrowCursor  # the cursor is back
        assert "UNSMK" in window.windowTitle()
        assert window.page("inventory").isVisible()
    finally:
        window.close()
        window.collector.stop()
        hook.uninstall()


def test_a_started_window_takes_plans_from_the_desktop_without_an_event_filter(
        demo_path, tmp_path):
    """In a process of its own, as the program starts: the application is ours, and a plan the
    desktop hands over as an event (macOS) opens, with no application-wide event filter."""
    script = (
        "from PySide6.QtCore import QCoreApplication\n"
        "from PySide6.QtGui import QFileOpenEvent\n"
        "from transition_planner.ui.app import Application, FileOpenFilter, start_window\n"
        "app, window, hook = start_window()\n"
        "QCoreApplication.postEvent(app, QFileOpenEvent(" + repr(str(demo_path)) + "))\n"
        + UNTIL_A_PLAN_IS_OPEN +
        "print(type(app) is Application, window.findChildren(FileOpenFilter) == [], opened)\n"
        "window.collector.stop(); hook.uninstall(); window.close()\n"
    )
    assert run_script(script, tmp_path) == "True True ['demo.tplan']"
