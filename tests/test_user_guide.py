"""Help > User guide: the manual shipped in the package (wheel and bundle), in English, French
and Arabic, read in a text browser whose links move between its pages."""

from __future__ import annotations

import ast
import fnmatch
import importlib.util
import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from ui_helpers import activate

from transition_planner.paths import GUIDE
from transition_planner.ui import translations

ROOT = Path(__file__).resolve().parent.parent
LANGUAGES = ("en", "fr", "ar")
PAGES = {"index.html", "pages.html", "first-plan.html", "matrix.html", "reports.html",
         "team.html", "keys.html"}


def page_text(path: Path) -> str:
    return re.sub(r"<[^>]+>", " ", path.read_text(encoding="utf-8"))


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_language_has_every_page_and_its_links_lead_somewhere(language):
    folder = GUIDE / language
    assert {p.name for p in folder.glob("*.html")} == PAGES
    for page in folder.glob("*.html"):
        html = page.read_text(encoding="utf-8")
        assert '<meta charset="utf-8">' in html
        for target in re.findall(r'href="([^"#:]+)"', html):
            assert (folder / target).is_file(), f"{page.name} links to a missing {target}"
        if language == "ar":
            assert '<body dir="rtl">' in html, page.name
    linked = set(re.findall(r'href="([^"]+)"', (folder / "index.html").read_text()))
    assert linked == PAGES - {"index.html"}  # the contents list every page


def test_the_translations_are_translations():
    for name in PAGES:
        english = page_text(GUIDE / "en" / name)
        french = page_text(GUIDE / "fr" / name)
        arabic = page_text(GUIDE / "ar" / name)
        assert french != english and arabic != english
        assert len(re.findall(r"[\u0600-\u06ff]", arabic)) > 0.5 * len(
            re.findall(r"[A-Za-z]", english)), f"{name}: the Arabic page is mostly not Arabic"
        assert re.search(r"[éèàçù]", french), name


def _setup_resource_patterns() -> list[str]:
    """The package data setup.py gives transition_planner.resources."""
    tree = ast.parse((ROOT / "setup.py").read_text(encoding="utf-8"))
    call = next(n for n in ast.walk(tree) if isinstance(n, ast.Call)
                and getattr(n.func, "id", "") == "setup")
    data = next(k.value for k in call.keywords if k.arg == "package_data")
    return next(ast.literal_eval(v) for k, v in zip(data.keys, data.values)
                if getattr(k, "id", "") == "RESOURCES")


def test_the_wheel_and_the_bundle_carry_the_guide():
    shipped = sorted(str(p.relative_to(ROOT / "resources")) for p in GUIDE.rglob("*.html"))
    assert len(shipped) == len(PAGES) * len(LANGUAGES)
    patterns = _setup_resource_patterns()
    for name in shipped:
        assert any(fnmatch.fnmatch(name, pattern) for pattern in patterns), name
    spec = importlib.util.spec_from_file_location("bundle_parts",
                                                  ROOT / "packaging" / "bundle_parts.py")
    bundle_parts = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bundle_parts)
    datas = set(bundle_parts.resource_datas(ROOT))
    for name in shipped:
        folder = str(Path("transition_planner/resources") / Path(name).parent)
        assert (str(ROOT / "resources" / name), folder) in datas, name
    assert "bundle_parts.resource_datas(root)" in (
        ROOT / "packaging" / "transition_planner.spec").read_text(encoding="utf-8")


def click_link(qtbot, browser, href: str) -> None:
    """Click the link to `href` where the browser draws it."""
    document = browser.document()
    block = document.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            if fragment.charFormat().anchorHref() == href:
                cursor = QTextCursor(document)
                cursor.setPosition(fragment.position() + max(1, fragment.length() // 2))
                pos = browser.cursorRect(cursor).center()
                qtbot.mouseClick(browser.viewport(), Qt.MouseButton.LeftButton, pos=pos)
                return
            it += 1
        block = block.next()
    raise AssertionError(f"no link to {href}")


def test_help_user_guide_opens_and_its_links_move_between_pages(qtbot, demo_window):
    from test_ui_import_undo import click_menu

    window = demo_window
    click_menu(qtbot, window, "Help", window.action_guide)
    guide = window.user_guide
    qtbot.waitExposed(guide)
    browser = guide.browser
    assert guide.page_name() == "index.html"
    assert "protection cliff" in browser.toPlainText()
    assert not guide.back.isEnabled()
    click_link(qtbot, browser, "matrix.html")
    qtbot.waitUntil(lambda: guide.page_name() == "matrix.html", timeout=5_000)
    assert "The handover matrix with partners" in browser.toPlainText()
    assert "Ctrl+Z" in browser.toPlainText()
    qtbot.mouseClick(guide.back, Qt.MouseButton.LeftButton)
    assert guide.page_name() == "index.html"
    qtbot.mouseClick(guide.forward, Qt.MouseButton.LeftButton)
    assert guide.page_name() == "matrix.html"
    click_link(qtbot, browser, "index.html")
    assert guide.page_name() == "index.html"
    guide.close()
    activate(qtbot, window)


@pytest.mark.parametrize("language", ["fr", "ar"])
def test_the_guide_speaks_the_windows_language(qtbot, language):
    from PySide6.QtWidgets import QApplication

    from transition_planner.ui.dialogs.user_guide import UserGuideWindow

    app = QApplication.instance()
    try:
        translations.apply_language(app, language)
        guide = UserGuideWindow()
        qtbot.addWidget(guide)
        guide.show()
        qtbot.waitExposed(guide)
        text = guide.browser.toPlainText()
        if language == "fr":
            assert "falaise de protection" in text and guide.back.text() == "Précédent"
            assert guide.layoutDirection() == Qt.LayoutDirection.LeftToRight
        else:
            assert "هاوية الحماية" in text
            assert guide.layoutDirection() == Qt.LayoutDirection.RightToLeft
            option = guide.browser.document().defaultTextOption()
            assert option.textDirection() == Qt.LayoutDirection.RightToLeft
        click_link(qtbot, guide.browser, "keys.html")
        assert guide.page_name() == "keys.html"
        assert guide.folder == GUIDE / language
    finally:
        translations.apply_language(app, "en")
