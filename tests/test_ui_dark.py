"""The window on a dark desktop: every table's text contrasts with its cell, warnings read on
the dark window, the timeline's bands and grid are dark, not the light ones drawn for a light
page. The palette is the dark one the window takes when the desktop says dark (theme.py)."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QBrush, QColor, QPalette
from PySide6.QtWidgets import QAbstractItemView, QApplication, QListView
from ui_helpers import settle

from transition_planner.ui import theme

PAGES = ("inventory", "actors", "locations", "funding", "monitoring", "history", "gaps")


@pytest.fixture
def dark(qapp):
    style, palette = qapp.style().name(), qapp.palette()
    qapp.setStyle("Fusion")
    qapp.setPalette(theme.dark_palette())
    yield
    qapp.setStyle(style)
    qapp.setPalette(palette)


def colour_of(value, fallback: QColor) -> QColor:
    if value is None:
        return fallback
    return QColor(value.color() if isinstance(value, QBrush) else value)


def low_contrast_cells(view: QAbstractItemView, rows: int = 60) -> list[str]:
    """The cells (of the first rows) whose text does not reach a contrast of 4.5."""
    model, palette, bad = view.model(), view.palette(), []
    text = palette.color(QPalette.ColorRole.Text)
    for row in range(min(rows, model.rowCount())):
        back = palette.color(QPalette.ColorRole.AlternateBase if row % 2 and
                             view.alternatingRowColors() else QPalette.ColorRole.Base)
        for column in range(1 if isinstance(view, QListView) else model.columnCount()):
            index = model.index(row, column)
            if not index.data():
                continue
            fore = colour_of(index.data(Qt.ItemDataRole.ForegroundRole), text)
            cell = colour_of(index.data(Qt.ItemDataRole.BackgroundRole), back)
            ratio = theme.contrast(fore, cell)
            if ratio < 4.5:
                bad.append(f"{index.data()!r} {fore.name()} on {cell.name()}: {ratio:.1f}")
    return bad


def test_every_table_reads_on_a_dark_palette(qtbot, dark, demo_window):
    for key in PAGES:
        page = demo_window.show_page(key)
        if key == "inventory":
            settle(qtbot, page)
        if key == "gaps":
            qtbot.waitUntil(lambda p=page: p.data is not None and not p.worker.busy(),
                            timeout=30_000)
            page.tabs.setCurrentIndex(page.tabs.count() - 1)  # the flags
        qtbot.wait(200)
        views = [v for v in page.findChildren(QAbstractItemView)
                 if v.isVisible() and v.isEnabled() and v.model() is not None
                 and v.model().rowCount()]  # (disabled text is faint by design)
        assert views, key
        for view in views:
            assert low_contrast_cells(view) == [], (key, view.accessibleName())


def test_warnings_read_on_a_dark_window(qtbot, dark, demo_window):
    page = demo_window.show_page("timeline")
    qtbot.waitUntil(lambda: page.data is not None and page.summary.text() != "",
                    timeout=10_000)
    assert page.data.late_bars  # the demo has a handover that starts after the exit
    colour = re.search(r"color:\s*(#[0-9a-fA-F]{6})", page.summary.styleSheet()).group(1)
    window = page.palette().color(QPalette.ColorRole.Window)
    assert theme.contrast(QColor(colour), window) >= 4.5
    assert theme.contrast(QColor(theme.ALARM_ON_LIGHT), window) < 3  # why it changes


def test_the_timeline_bands_are_dark_on_a_dark_palette(qtbot, dark, demo_window):
    from transition_planner.ui.pages.timeline import AXIS_HEIGHT, LABEL_WIDTH, ROW_HEIGHT

    page = demo_window.show_page("timeline")
    view = page.view
    qtbot.waitUntil(lambda: view.data is not None and len(view.rows) > 3, timeout=10_000)
    qtbot.wait(100)
    image = view.viewport().grab().toImage()
    place = next(n for n, row in enumerate(view.rows) if row.bar is None and n > 0)
    y = AXIS_HEIGHT + place * ROW_HEIGHT + ROW_HEIGHT // 2 - view.verticalScrollBar().value()
    shades = sorted(image.pixelColor(QPoint(x, y)).lightness()
                    for x in range(LABEL_WIDTH + 20, view.viewport().width() - 20, 17))
    assert shades[len(shades) // 2] < 100, shades  # the band, not a light stripe
    text = view.palette().color(QPalette.ColorRole.Text)
    assert text.lightness() > 200


def test_a_light_palette_keeps_the_models_colours(qapp):
    dark_red = QBrush(QColor("#b00020"))
    assert not theme.is_dark(qapp.palette())
    assert theme.readable(dark_red) is dark_red
    assert theme.alarm_colour().name() == theme.ALARM_ON_LIGHT


def test_dark_reds_lighten_on_dark_cells_and_darken_on_light_ones():
    palette = theme.dark_palette()
    base = palette.color(QPalette.ColorRole.Base)
    lighter = theme.readable(QColor("#b00020"), palette)
    assert theme.contrast(lighter, base) >= 4.5 and lighter.lightness() > 128
    assert lighter.hue() in range(340, 360) or lighter.hue() < 10  # still a red
    pink = QColor("#ffe0e0")
    on_pink = theme.readable(QColor("#ff8080"), palette, against=pink)
    assert theme.contrast(on_pink, pink) >= 4.5
    assert theme.contrast(QColor("#000000"), QColor("#ffffff")) == pytest.approx(21)


def test_the_window_turns_dark_when_the_desktop_says_dark(qapp, monkeypatch):
    """What follow_system does with a dark scheme and a light palette (a desktop without a
    Qt theme): Fusion and the dark palette; and back to light."""
    style, palette = qapp.style().name(), qapp.palette()
    try:
        theme.apply_scheme(qapp, "dark")
        assert theme.is_dark(qapp.palette())
        assert qapp.style().name().lower() == "fusion"
        theme.apply_scheme(qapp, "light")
        assert not theme.is_dark(qapp.palette())
    finally:
        qapp.setStyle(style)
        qapp.setPalette(palette)
    assert QApplication.instance() is qapp


def test_the_window_follows_the_desktop_turning_dark_and_back(qapp):
    """The desktop switching scheme while the window runs: the palette follows, and the
    window is told each new scheme (it remembers it for its next start)."""
    style, palette = qapp.style().name(), qapp.palette()
    told = []
    hints = qapp.styleHints()
    try:
        theme.follow_system(qapp, changed=told.append)
        hints.colorSchemeChanged.emit(Qt.ColorScheme.Dark)
        assert theme.is_dark(qapp.palette()) and told == ["dark"]
        hints.colorSchemeChanged.emit(Qt.ColorScheme.Light)
        assert not theme.is_dark(qapp.palette()) and told == ["dark", "light"]
        assert qapp.style().name() == style  # the style it had before the dark one
    finally:
        theme.follow_system(qapp)  # (nobody told any more)
        qapp.setStyle(style)
        qapp.setPalette(palette)


def test_the_sidebar_icons_are_redrawn_when_the_palette_turns_dark(qtbot, qapp):
    from transition_planner.ui.widgets.sidebar import Sidebar

    sidebar = Sidebar()
    qtbot.addWidget(sidebar)
    sidebar.add_page("inventory", "Inventory", "")

    def ink() -> int:  # the lightness of the icon's strokes (its most opaque pixels)
        image = sidebar.item(0).icon().pixmap(24, 24).toImage()
        pixels = [image.pixelColor(x, y) for x in range(24) for y in range(24)]
        return max(pixels, key=lambda c: c.alpha()).lightness()

    assert ink() < 80
    style, palette = qapp.style().name(), qapp.palette()
    try:
        qapp.setStyle("Fusion")
        qapp.setPalette(theme.dark_palette())
        qtbot.waitUntil(lambda: ink() > 200, timeout=2_000)
    finally:
        qapp.setStyle(style)
        qapp.setPalette(palette)
