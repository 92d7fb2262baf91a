"""Start-up, unexpected errors, preferences and languages of the real window."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication
from ui_helpers import UNTIL_A_PLAN_IS_OPEN, choose, error_text, run_script, settle, type_text

from transition_planner import settings
from transition_planner.logs import LOG_FILE_NAME
from transition_planner.services import audit, inventory, plans
from transition_planner.settings import Settings
from transition_planner.ui import translations
from transition_planner.ui.app import run
from transition_planner.ui.dialogs.error_dialog import ErrorDialog
from transition_planner.ui.errors import install_excepthook, problem_text
from transition_planner.ui.main_window import MainWindow

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def window(qtbot, demo_path):
    main = MainWindow()
    qtbot.addWidget(main)
    main.show()
    assert main.open_plan(demo_path)
    settle(qtbot, main.page("inventory"))
    yield main
    main.close()


@pytest.fixture
def built_translations(tmp_path, monkeypatch, qapp):
    """The .qm files compiled from the .ts sources in git, and English restored afterwards."""
    folder = tmp_path / "qm"
    assert translations.build(target=folder)
    monkeypatch.setattr(translations, "TRANSLATIONS", folder)
    yield folder
    translations.apply_language(qapp, "en")


def test_run_shows_the_window_then_opens_the_plan(qapp, demo_path):
    seen = {}

    def check():
        windows = [w for w in QApplication.topLevelWidgets()
                   if isinstance(w, MainWindow) and w.isVisible()]
        if windows and windows[0].ctx.handle is not None:
            seen["title"] = windows[0].windowTitle()
            seen["hook"] = sys.excepthook
            windows[0].close()
        else:
            QTimer.singleShot(20, check)

    QTimer.singleShot(0, check)
    before = sys.excepthook
    assert run(plan=demo_path) == 0
    assert "UNSMK" in seen["title"]
    assert seen["hook"] is not before  # the window's hook was installed while it ran
    assert sys.excepthook is before
    assert (settings.data_dir() / "logs" / LOG_FILE_NAME).exists()


def test_start_up_leaves_excel_pdf_and_charts_unimported(demo_path, tmp_path):
    script = (
        "import sys\n"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication([])\n"
        "from transition_planner.ui.main_window import MainWindow\n"
        "w = MainWindow(); w.show()\n"
        f"assert w.open_plan({str(demo_path)!r})\n"
        "w.page('inventory').wait_for_workers()\n"
        "print([m for m in ('openpyxl', 'reportlab', 'pyqtgraph') if m in sys.modules])\n"
        "w.close()\n"
    )
    assert run_script(script, tmp_path) == "[]"


def test_the_window_paints_before_the_plan_and_the_orm_are_loaded(demo_path, tmp_path):
    """What a person sees first is the window: at its first paint no plan is open yet and
    neither SQLAlchemy nor the models nor pydantic are imported; the plan opens right after."""
    script = (
        "import sys\n"
        "from PySide6.QtCore import QEvent, QObject, QTimer\n"
        "from transition_planner.ui.app import start_window\n"
        f"app, window, hook = start_window(plan={str(demo_path)!r})\n"
        "seen = []\n"
        "class Paint(QObject):\n"
        "    def eventFilter(self, watched, event):\n"
        "        if event.type() == QEvent.Type.Paint and not seen:\n"
        "            seen.append((window.ctx.handle is None, sorted(m for m in ('sqlalchemy',\n"
        "                'sqlmodel', 'pydantic', 'transition_planner.store.models')\n"
        "                if m in sys.modules)))\n"
        "        return False\n"
        "watcher = Paint(); window.installEventFilter(watcher)\n"
        + UNTIL_A_PLAN_IS_OPEN +
        "print(seen[0][0], seen[0][1], opened, window.painted_at is not None)\n"
        "window.collector.stop(); hook.uninstall(); window.close()\n"
    )
    assert run_script(script, tmp_path) == "True [] ['demo.tplan'] True"


FIRST_PAINT_THEN_PLAN = (
    "import sys\n"
    "import PySide6.QtCore\n"
    "from PySide6.QtCore import QEvent, QObject\n"
    "from transition_planner.ui import theme\n"
    "from transition_planner.ui.app import start_window\n"
    "app, window, hook = start_window(plan={plan!r})\n"
    "seen = []\n"
    "class Paint(QObject):\n"
    "    def eventFilter(self, watched, event):\n"
    "        if event.type() == QEvent.Type.Paint and not seen:\n"
    "            seen.append(('Qt' in vars(PySide6.QtCore), theme.is_dark(app.palette())))\n"
    "        return False\n"
    "watcher = Paint(); window.installEventFilter(watcher)\n"
) + UNTIL_A_PLAN_IS_OPEN


def test_the_first_paint_goes_without_qts_namespace(demo_path, tmp_path, monkeypatch):
    """PySide builds all 93 enum types of `Qt` at its first read (12 ms): the shell's first
    paint reads none of them (theme.py). Once the plan is open the window has read the
    desktop's colour scheme (offscreen: none) and remembered it."""
    monkeypatch.setenv(settings.CONFIG_DIR_ENV, str(tmp_path))
    script = FIRST_PAINT_THEN_PLAN.format(plan=str(demo_path)) + (
        "print(seen[0], opened, 'Qt' in vars(PySide6.QtCore))\n"
    )
    assert run_script(script, tmp_path) == "(False, False) ['demo.tplan'] True"
    assert Settings.load().colour_scheme == "unknown"


def test_the_window_paints_first_in_the_scheme_it_last_saw(qapp, demo_path, tmp_path,
                                                           monkeypatch):
    """A dark desktop's window remembered: the first paint is dark already (no light flash).
    When the desktop says otherwise after it (offscreen says nothing), the style's own light
    palette comes back, and the new scheme is remembered."""
    monkeypatch.setenv(settings.CONFIG_DIR_ENV, str(tmp_path))
    Settings(colour_scheme="dark").save()
    script = FIRST_PAINT_THEN_PLAN.format(plan=str(demo_path)) + (
        "print(seen[0][1], opened, theme.is_dark(app.palette()), app.style().name())\n"
    )
    light_style = QApplication.style().name()
    assert run_script(script, tmp_path) == f"True ['demo.tplan'] False {light_style}"
    assert Settings.load().colour_scheme == "unknown"


def test_a_start_up_plan_that_cannot_be_opened_leaves_the_welcome_page_saying_why(
        qtbot, tmp_path):
    """The sidebar paints first when start-up is to open a plan; when that plan cannot be
    opened, the welcome page comes back (with its buttons) and the reason is shown."""
    from transition_planner.ui.app import start_window

    damaged = tmp_path / "damaged.tplan"
    damaged.write_bytes(b"not a plan at all" * 10)
    app, window, hook = start_window(plan=damaged)
    qtbot.addWidget(window)
    try:
        assert window.central.currentIndex() == 1  # the workspace, before the first paint
        qtbot.waitUntil(lambda: window.last_message is not None, timeout=30_000)
        assert window.ctx.handle is None
        assert window.central.currentIndex() == 0
        assert "damaged.tplan" in window.last_message.text() + window.last_message.windowTitle()
    finally:
        window.collector.stop()
        hook.uninstall()


@pytest.mark.qt_no_exception_capture
def test_unexpected_error_is_shown_logged_and_survived(qtbot, window, monkeypatch):
    handle = window.ctx.handle
    page = window.page("inventory")
    before = len(inventory.list_capacities(handle))
    hook = install_excepthook(lambda: window, after=window.refresh)
    from transition_planner.services import records

    def broken_add(session, user, obj, label, source=""):
        session.add(obj)
        session.flush()  # written inside the transaction, then the unexpected happens
        raise RuntimeError("disk hiccup while auditing")

    with monkeypatch.context() as patched:
        patched.setattr(records, "add", broken_add)
        try:
            dialog = page.open_add_dialog()
            type_text(qtbot, dialog.fields.widget("name"), "Mobile court", commit=False)
            QTimer.singleShot(0, dialog.accept)  # a slot that raises, as a click would
            qtbot.waitUntil(lambda: bool(hook.dialogs) and hook.dialogs[-1].isVisible())
        finally:
            hook.uninstall()
    shown: ErrorDialog = hook.dialogs[-1]
    assert "RuntimeError: disk hiccup while auditing" in shown.summary.text()
    assert "broken_add" in shown.details.toPlainText()
    qtbot.mouseClick(shown.copy_button, Qt.MouseButton.LeftButton)
    assert "disk hiccup" in QApplication.clipboard().text()
    log = (settings.data_dir() / "logs" / LOG_FILE_NAME).read_text(encoding="utf-8")
    assert "RuntimeError: disk hiccup while auditing" in log
    assert len(inventory.list_capacities(handle)) == before  # rolled back: nothing half-done
    assert window.isVisible() and window.ctx.handle is handle
    shown.close()
    dialog.reject()


def test_preferences_name_threshold_and_currency(qtbot, window):
    handle = window.ctx.handle
    window.action_preferences.trigger()
    dialog = window.preferences_dialog
    type_text(qtbot, dialog.fields.widget("user_name"), "Awa Diallo", commit=False)
    type_text(qtbot, dialog.fields.widget("organisation"), "UNSMK POC Unit", commit=False)
    type_text(qtbot, dialog.fields.widget("default_currency"), "dollars", commit=False)
    choose(dialog.plan_fields.widget("readiness_threshold"), 4)
    dialog.accept()
    assert "three-letter currency code" in error_text(dialog.fields, "default_currency")
    assert Settings.load().user_name == ""  # nothing saved while a field is wrong
    type_text(qtbot, dialog.fields.widget("default_currency"), "eur", commit=False)
    dialog.accept()
    assert window.preferences_dialog is None
    saved = Settings.load()
    assert (saved.user_name, saved.organisation, saved.default_currency) == (
        "Awa Diallo", "UNSMK POC Unit", "EUR")
    assert plans.plan_info(handle).readiness_threshold == 4
    assert handle.user == "Awa Diallo (UNSMK POC Unit)"
    page = window.page("inventory")
    page.select_capacity(page.model.id_at(0))
    type_text(qtbot, page.detail.form.fields.widget("unit"), "teams")
    entry = audit.history(handle, record_id=page.model.id_at(0), limit=1)[0]
    assert entry.user == "Awa Diallo (UNSMK POC Unit)"
    window.action_undo.trigger()  # the unit
    window.action_undo.trigger()  # the threshold
    assert plans.plan_info(handle).readiness_threshold == 3


def test_unreadable_settings_file_means_defaults(qtbot, isolated_settings):
    (isolated_settings / "settings.json").write_text("{not json", encoding="utf-8")
    main = MainWindow()
    qtbot.addWidget(main)
    main.action_preferences.trigger()
    assert main.preferences_dialog.fields["language"].value() == "en"
    main.preferences_dialog.reject()
    main.close()


def test_french_translation_covers_the_window(qtbot, built_translations, qapp, window):
    assert translations.apply_language(qapp, "fr")
    window.retranslate()
    menus = [a.text() for a in window.menuBar().actions()]
    assert menus[:2] == ["&Fichier", "&Édition"]
    assert window.sidebar.item(0).text() == "Inventaire"
    page = window.page("inventory")
    settle(qtbot, page)
    assert page.model.headerData(0, Qt.Orientation.Horizontal) == "Capacité"
    assert page.add_button.text() == "&Ajouter une capacité…"
    assert problem_text("is required") == "est obligatoire"  # the core's catalogue, in French
    untranslated = _unfinished(ROOT / "resources" / "translations")
    assert untranslated == [], f"{len(untranslated)} strings without French: {untranslated[:5]}"


def _unfinished(folder: Path) -> list[str]:
    import xml.etree.ElementTree as ET

    out = []
    for ts in folder.glob("*.ts"):
        for message in ET.parse(ts).getroot().iter("message"):
            translation = message.find("translation")
            if translation.get("type") in ("unfinished",) and not translation.text:
                out.append(message.findtext("source"))
    return out


def test_language_switch_in_preferences_is_live(qtbot, built_translations, window):
    window.action_preferences.trigger()
    choose(window.preferences_dialog.fields.widget("language"), "fr")
    window.preferences_dialog.accept()
    qtbot.waitUntil(lambda: window.menuBar().actions()[0].text() == "&Fichier")
    assert Settings.load().language == "fr"
    assert window.ctx.handle is not None  # the plan stays open
    page = window.page("inventory")
    settle(qtbot, page)
    assert page.model.rowCount() > 0


def test_right_to_left_layout(qtbot, qapp, built_translations, window):
    assert translations.apply_language(qapp, "ar")
    assert qapp.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft
    page = window.page("inventory")
    qtbot.waitUntil(lambda: page.table.x() > page.detail.x())  # the table moves to the right
    translations.apply_language(qapp, "en")
    assert qapp.layoutDirection() == Qt.LayoutDirection.LeftToRight


def test_translations_build_from_git_sources(tmp_path):
    built = translations.build(target=tmp_path)
    assert [p.name for p in built] == ["transition_planner_ar.qm", "transition_planner_fr.qm"]
    assert built[0].stat().st_size > 10_000


def test_settings_language_field_roundtrip(isolated_settings):
    Settings(language="fr").save()
    data = json.loads((isolated_settings / "settings.json").read_text(encoding="utf-8"))
    assert data["language"] == "fr"
