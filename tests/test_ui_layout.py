"""The window on a field laptop's screen (1366x768), in English, French and Arabic: no page
needs a horizontal scroll bar, a cut cell shows its whole text on hover, the charts' legends
sit beside or under their data, never over it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QStyle, QToolTip
from ui_helpers import settle

from transition_planner.ui import translations

PAGES = ("inventory", "actors", "locations", "funding", "gaps", "map", "monitoring", "history")


@pytest.fixture(params=["en", "fr", "ar"])
def language(request, qapp):
    assert translations.apply_language(qapp, request.param)
    yield request.param
    translations.apply_language(qapp, "en")


def sideways_scroll_bars(widget) -> list[str]:
    """The scroll areas shown inside `widget` that scroll sideways."""
    found = []
    for area in widget.findChildren(QAbstractScrollArea):
        bar = area.horizontalScrollBar()
        if area.isVisible() and bar.isVisible() and bar.maximum() > 0:
            found.append(f"{type(area).__name__} {area.objectName() or area.accessibleName()}")
    return found


def settle_gaps(qtbot, page) -> None:
    qtbot.waitUntil(lambda: page.data is not None and not page.worker.busy(), timeout=30_000)


def test_no_page_scrolls_sideways_at_1366x768(qtbot, language, demo_window):
    assert (demo_window.width(), demo_window.height()) == (1366, 768)
    for key in PAGES:
        page = demo_window.show_page(key)
        if key == "inventory":
            settle(qtbot, page)
        if key == "gaps":
            settle_gaps(qtbot, page)
        holder = demo_window.holders[key]
        try:  # the columns fit once the page has read its rows and is laid out
            qtbot.waitUntil(lambda h=holder: not sideways_scroll_bars(h), timeout=3_000)
        except qtbot.TimeoutError:
            pass
        assert sideways_scroll_bars(holder) == [], (language, key)
        bar = holder.horizontalScrollBar()
        assert not (bar.isVisible() and bar.maximum() > 0), (language, key)


def test_a_cut_cell_shows_its_whole_text_on_hover(qtbot, demo_window):
    table = demo_window.page("inventory").table
    qtbot.wait(50)
    column = 0  # the capacity's name, the widest text, cut at this width
    row = next(r for r in range(table.model().rowCount())
               if table.fontMetrics().horizontalAdvance(table.model().index(r, column).data())
               > table.columnWidth(column))
    index = table.model().index(row, column)
    point = table.visualRect(index).center()
    event = QHelpEvent(QEvent.Type.ToolTip, point, table.viewport().mapToGlobal(point))
    QApplication.sendEvent(table.viewport(), event)
    qtbot.waitUntil(QToolTip.isVisible, timeout=2_000)
    assert QToolTip.text() == index.data()
    QToolTip.hideText()


def test_a_planner_widening_a_column_keeps_the_width(qtbot, demo_window):
    """The fit to the window is the default, not a rule: a column dragged wider stays wide."""
    table = demo_window.page("inventory").table
    header = table.horizontalHeader()
    qtbot.wait(50)
    edge = QPoint(header.sectionViewportPosition(0) + header.sectionSize(0) - 1, 5)
    if table.layoutDirection() == Qt.LayoutDirection.RightToLeft:
        edge = QPoint(header.sectionViewportPosition(0), 5)
    width = header.sectionSize(0)
    qtbot.mousePress(header.viewport(), Qt.MouseButton.LeftButton, pos=edge)
    qtbot.mouseMove(header.viewport(), edge + QPoint(80, 0))
    qtbot.mouseRelease(header.viewport(), Qt.MouseButton.LeftButton, pos=edge + QPoint(80, 0))
    demo_window.resize(1300, 740)
    qtbot.wait(100)
    assert header.sectionSize(0) >= width + 75


@pytest.mark.parametrize("tab, name", [(0, "cliff"), (2, "funding")])
def test_chart_legends_never_cover_the_data(qtbot, language, demo_window, tab, name):
    page = demo_window.show_page("gaps")
    settle_gaps(qtbot, page)
    page.tabs.setCurrentIndex(tab)
    for width in (1366, 1000):  # a wide window, and one beside a docked file manager
        demo_window.resize(width, 768)
        qtbot.wait(150)
        chart = page.chart(name)
        data_area = chart.plot.vb.sceneBoundingRect()
        legend = chart.legend.sceneBoundingRect()
        assert legend.height() > 0 and data_area.height() > 100
        assert not legend.intersects(data_area), (language, width, legend, data_area)
        # and the legend is inside the chart, not cut off at its right or bottom
        assert chart.view.sceneRect().contains(legend), (language, width)


def test_columns_narrowed_for_a_laptop_widen_again_on_a_large_screen(qtbot, demo_window):
    from transition_planner.ui.pages.inventory import COL_NAME

    header = demo_window.page("inventory").table.horizontalHeader()
    qtbot.waitUntil(lambda: header.sectionSize(COL_NAME) < 230, timeout=3_000)  # narrowed
    laptop = header.sectionSize(COL_NAME)
    demo_window.resize(2560, 1440)
    qtbot.waitUntil(lambda: header.sectionSize(COL_NAME) == 230, timeout=3_000)  # as made
    demo_window.resize(1366, 768)
    qtbot.waitUntil(lambda: header.sectionSize(COL_NAME) == laptop, timeout=3_000)


def test_key_figures_take_a_second_line_rather_than_being_cut(qtbot, language, demo_window):
    from transition_planner.ui.pages.dashboard.page import FigureButton

    page = demo_window.show_page("gaps")
    settle_gaps(qtbot, page)
    for width in (1366, 1000):
        demo_window.resize(width, 768)
        qtbot.wait(150)
        buttons = [b for b in page.findChildren(FigureButton) if b.isVisible()]
        assert len(buttons) >= 5
        for button in buttons:
            for label in (button.number, button.caption):
                words = max(label.fontMetrics().horizontalAdvance(w)
                            for w in label.text().split())
                assert words <= label.width(), (language, width, label.text())
                assert label.heightForWidth(label.width()) <= label.height(), (
                    language, width, label.text())


def test_a_cut_column_title_ends_in_an_ellipsis_and_shows_whole_on_hover(qtbot, demo_window):
    header = demo_window.page("inventory").table.horizontalHeader()
    model = header.model()
    qtbot.wait(50)
    assert header.textElideMode() == Qt.TextElideMode.ElideRight
    section = next(c for c in range(header.count()) if not header.isSectionHidden(c)
                   and header.sectionSizeFromContents(c).width() > header.sectionSize(c))
    point = QPoint(header.sectionViewportPosition(section) + header.sectionSize(section) // 2,
                   header.height() // 2)
    event = QHelpEvent(QEvent.Type.ToolTip, point, header.viewport().mapToGlobal(point))
    QApplication.sendEvent(header.viewport(), event)
    qtbot.waitUntil(QToolTip.isVisible, timeout=2_000)
    assert QToolTip.text() == model.headerData(section, Qt.Orientation.Horizontal)
    QToolTip.hideText()


def test_amounts_and_dates_are_never_cut_to_fit_a_laptop(qtbot, language, demo_window):
    """Names may end in "…" at 1366 px; an amount or a date may not ("1,283,33…" reads as
    another amount): every one shown on the Funding page is drawn whole."""
    from transition_planner.ui.models.funding_table import COL_AMOUNT, COL_FROM, COL_TO

    page = demo_window.show_page("funding")
    table = page.table
    qtbot.waitUntil(lambda: table.model().rowCount() > 100, timeout=10_000)
    qtbot.wait(100)  # the fit to the window runs once the rows are in
    metrics, model = table.fontMetrics(), table.model()
    # Qt draws a cell's text inside the style's focus-frame margin and a pixel, either side
    margin = table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, table) + 1
    for column in (COL_AMOUNT, COL_FROM, COL_TO):
        texts = [model.index(r, column).data() or "" for r in range(model.rowCount())]
        widest = max(texts, key=metrics.horizontalAdvance)  # every line, not only those in view
        assert metrics.horizontalAdvance(widest) + 2 * margin <= table.columnWidth(column), (
            language, column, widest, table.columnWidth(column))
    assert not table.horizontalScrollBar().isVisible() or \
        table.horizontalScrollBar().maximum() == 0


def test_a_fitted_table_starts_from_the_widths_its_page_gives_it(qtbot, demo_window):
    """The Monitoring page sizes its indicators' names to them (up to 210 px) once they are
    read; the fit to the window kept the width from before (100 px: "Alerts answe…") beside
    a State column with room to spare."""
    from transition_planner.ui.models.monitoring_table import COL_NAME, COL_STATE

    page = demo_window.show_page("monitoring")
    table = page.table
    qtbot.waitUntil(lambda: table.model().rowCount() > 0, timeout=10_000)
    header = table.horizontalHeader()
    wanted = min(210, table.sizeHintForColumn(COL_NAME))
    # the name as wide as the page made it, or cut no more than the State beside it (the
    # widest columns give up room first)
    qtbot.waitUntil(lambda: header.sectionSize(COL_NAME) >= min(
        wanted, header.sectionSize(COL_STATE) - 2), timeout=3_000)
    assert not table.horizontalScrollBar().isVisible() or \
        table.horizontalScrollBar().maximum() == 0
