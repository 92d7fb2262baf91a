"""The window in Arabic: right to left, Arabic words from the window's catalogue, and the
core's messages (the gap flags) in Arabic too, from the core's catalogue."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QImage, QPainter
from ui_helpers import ink_height, ink_of, inked

from transition_planner import i18n
from transition_planner.ui import theme, translations
from transition_planner.ui.bidi import MixedDirectionStyle
from transition_planner.ui.context import PlanContext
from transition_planner.ui.pages.dashboard import TAB_FLAGS, DashboardPage
from transition_planner.ui.pages.inventory import InventoryPage

WAIT = 20_000


@pytest.fixture
def arabic(qapp, tmp_path, monkeypatch):
    folder = tmp_path / "qm"
    assert translations.build(target=folder)
    monkeypatch.setattr(translations, "TRANSLATIONS", folder)
    assert translations.apply_language(qapp, "ar")
    yield qapp
    translations.apply_language(qapp, "en")
    assert i18n.current_language() == "en"


def test_the_gaps_page_in_arabic_words_its_flags_in_arabic(arabic, demo_plan, qtbot):
    assert i18n.current_language() == "ar"
    assert arabic.layoutDirection() == Qt.LayoutDirection.RightToLeft
    context = PlanContext()
    context.set_handle(demo_plan)
    page = DashboardPage(context)
    qtbot.addWidget(page)
    page.resize(1280, 860)
    page.show()
    qtbot.waitUntil(lambda: page.data is not None and not page.worker.busy(), timeout=WAIT)
    page.tabs.setCurrentIndex(TAB_FLAGS)
    flags = page.flag_model
    assert [flags.headerData(c, Qt.Orientation.Horizontal) for c in range(3)] == [
        "الخطورة", "التنبيه", "السبب"]
    shown: dict[str, list[str]] = {}
    for r, flag in enumerate(page.data.flags):
        shown.setdefault(flag.kind, []).append(flags.data(flags.index(r, 2)))
    (late,) = shown["late_successor"]
    assert late == (
        "تغادر البعثة Kanzi team site في 31 يوليو 2026 ولا يبدأ Kelvaran National Police تولّي "
        "Protective patrols around Kanzi IDP sites إلا في 14 أكتوبر 2026: 74 يومًا دون أي جهة "
        "مسؤولة.")
    assert all(m.startswith("لا يوجد خلف مُخطَّط له لـ") for m in shown["no_successor"])
    assert any("\u200f1,640,000.00\xa0USD لمدة 24 شهرًا اعتبارًا من 1 يناير 2027" in m
               for m in shown["no_successor"])
    # the plan's built-in terms in Arabic too (the core catalogue has taxonomy.json's labels)
    assert page.labels.label("category", "mine_action") == "الإجراءات المتعلقة بالألغام"
    page.wait_for_workers()


def test_the_arabic_window_counts_in_six_forms(arabic):
    from PySide6.QtCore import QCoreApplication

    def flags(n):
        return QCoreApplication.translate("LiveFlags", "Gap flags: %n", "", n)

    assert [flags(n) for n in (0, 1, 2, 3, 11, 100)] == [
        "تنبيهات الفجوات: 0", "تنبيهات الفجوات: تنبيه واحد", "تنبيهات الفجوات: تنبيهان",
        "تنبيهات الفجوات: 3 تنبيهات", "تنبيهات الفجوات: 11 تنبيهًا", "تنبيهات الفجوات: 100 تنبيه"]


def test_flag_titles_and_severities_for_the_report_and_the_workbook():
    from transition_planner.domain.wording import flag_title, severity_word

    assert flag_title("late_successor", "ar") == "الخلف يبدأ بعد مغادرة البعثة"
    assert flag_title("late_successor", "fr") == \
        "Le successeur commence après le départ de la mission"
    assert flag_title("late_successor") == "Successor starts after the mission leaves"
    assert severity_word("high", "ar") == "مرتفعة"


def test_every_page_of_the_arabic_window_asks_only_for_strings_with_arabic(arabic, demo_path,
                                                                           qtbot):
    from test_ui_translations import RecordingTranslator, read_every_page, untranslated
    from ui_helpers import settle

    from transition_planner.ui.main_window import MainWindow

    recorder = RecordingTranslator()
    arabic.installTranslator(recorder)
    try:
        window = MainWindow()
        qtbot.addWidget(window)
        window.show()
        assert window.open_plan(demo_path)
        settle(qtbot, window.page("inventory"))
        assert read_every_page(qtbot, window) > 5000
        assert [window.sidebar.item(i).text() for i in range(3)] == [
            "الجرد", "الخلفاء", "المواقع"]
        window.close()
    finally:
        arabic.removeTranslator(recorder)
    ts = translations.RESOURCES / "translations" / "transition_planner_ar.ts"
    assert untranslated(recorder, ts) == []


def _page_with_rows(page_class, plan, qtbot):
    """A page of the plan shown on its own, once its table has rows: (table, model)."""
    context = PlanContext()
    context.set_handle(plan)
    page = page_class(context)
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    qtbot.waitExposed(page)
    table, model = page.table, page.table.model()
    qtbot.waitUntil(lambda: model.rowCount() > 0, timeout=WAIT)
    return table, model


def test_english_names_in_the_arabic_tables_are_cut_at_their_end(arabic, demo_plan, qtbot):
    """A plan's English names in the Arabic window's tables read left to right, right-aligned
    like the Arabic beside them, and a long one ends with its ellipsis (before the fix:
    "…Explosive ordnance clearance tea")."""
    assert isinstance(arabic.style(), MixedDirectionStyle)
    table, model = _page_with_rows(InventoryPage, demo_plan, qtbot)
    row = next(r for r in range(model.rowCount())
               if str(model.index(r, 0).data()).startswith("Explosive ordnance clearance"))
    index = model.index(row, 0)
    table.scrollTo(index)
    rect = table.visualRect(index).adjusted(1, 1, -1, -1)  # without the grid lines
    text = str(index.data())
    assert table.fontMetrics().horizontalAdvance(text) > rect.width()  # cut short
    cell = table.viewport().grab(rect).toImage()
    ink = [x for x in range(cell.width()) for y in range(cell.height()) if inked(cell, x, y)]
    right = max(ink)
    assert cell.width() - right < 25  # against the cell's right side, as Arabic text is
    assert ink_height(cell, range(right - 6, right + 1)) <= 3  # the ellipsis' dots last


def _ink_as_drawn(text: str, font) -> QImage:
    """`text` drawn left to right on white, cropped to its ink."""
    image = QImage(200, 40, QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    painter.setFont(font)
    painter.setPen(Qt.GlobalColor.black)
    painter.drawText(QPoint(10, 28), text)
    painter.end()
    return ink_of(image)


def _difference(a: QImage, b: QImage) -> int:
    """Pixels whose ink differs, the images laid over each other at their top left."""
    return sum(inked(a, x, y) != inked(b, x, y)
               for x in range(max(a.width(), b.width())) for y in range(max(a.height(), b.height()))
               if x < a.width() and y < a.height() and x < b.width() and y < b.height()) + abs(
        a.width() - b.width()) * max(a.height(), b.height())


def test_readiness_figures_read_left_to_right_in_the_arabic_tables(arabic, demo_plan, qtbot):
    """'3.1 / 5' has no letter to give it a direction: drawn right to left it read '5 / 3.1',
    three point one out of five turned upside down. Figures are drawn left to right."""
    from transition_planner.ui.models.actor_table import COL_READINESS
    from transition_planner.ui.pages.actors import ActorsPage

    table, model = _page_with_rows(ActorsPage, demo_plan, qtbot)
    row = next(r for r in range(model.rowCount())
               if " / " in str(model.index(r, COL_READINESS).data() or ""))
    index = model.index(row, COL_READINESS)
    text = str(index.data())
    figure, _slash, out_of = text.partition(" / ")
    table.scrollTo(index)
    qtbot.wait(200)  # the columns fitted to the rows read
    header = table.horizontalHeader()  # (a right-to-left table's visualRect lies 15 px off)
    rect = QRect(header.sectionViewportPosition(COL_READINESS), table.rowViewportPosition(row),
                 header.sectionSize(COL_READINESS), table.rowHeight(row))
    cell = ink_of(table.viewport().grab().toImage().copy(rect.adjusted(1, 1, -1, -1)))
    as_written = _ink_as_drawn(text, table.font())
    reversed_ = _ink_as_drawn(f"{out_of} / {figure}", table.font())
    assert _difference(cell, as_written) < _difference(cell, reversed_), text


def test_the_style_follows_the_direction_and_keeps_the_colours(arabic, qapp):
    """Changing the language changes the style's wrapper, not the window's colours (a new
    style brings its own palette: the dark one would be lost)."""
    before = qapp.palette()
    qapp.setPalette(theme.dark_palette())
    try:
        dark = qapp.palette().window().color()
        translations.apply_language(qapp, "en")
        assert not isinstance(qapp.style(), MixedDirectionStyle)
        assert qapp.palette().window().color() == dark
        translations.apply_language(qapp, "ar")
        assert isinstance(qapp.style(), MixedDirectionStyle)
        assert qapp.palette().window().color() == dark
    finally:
        qapp.setPalette(before)
