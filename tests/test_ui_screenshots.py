"""Screenshots of the real main window on a real X display (Xvfb + openbox): the start page,
every page of the sidebar and every tab of the capacity detail panel, in English, French and
Arabic (right to left), saved under screenshots/ for a person to look at.

Run as a script (`python tests/test_ui_screenshots.py PLAN OUT_DIR`) it takes the screenshots
itself; the test starts the display and runs it in a fresh process, because the rest of the
tests already hold an off-screen QApplication.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
LANGUAGES = ("en", "fr", "ar")
TABS = ("capacity", "successors", "readiness", "funding", "comments")
SIZE = (1366, 768)  # an ordinary laptop screen
CAPACITY = "Community alert network (Nord-Asari)"


DIALOGS = ("add_capacity", "preferences", "new_plan", "error")


def shot_names(pages: list[str]) -> list[str]:
    names = ["welcome_en.png", "welcome_fr.png"]
    names += [f"dialog_{language}_{name}.png" for language in ("en", "fr") for name in DIALOGS]
    for language in LANGUAGES:
        names += [f"window_{language}_{page}.png" for page in pages]
        names += [f"window_{language}_inventory_{tab}.png" for tab in TABS]
    return names


@pytest.mark.xvfb
def test_screenshots_of_the_window(x_display, demo_path, isolated_settings):
    from transition_planner.ui.pages import available_pages

    out = ROOT / "screenshots"
    out.mkdir(exist_ok=True)
    shots = [out / name for name in shot_names([s.key for s in available_pages()])]
    for shot in shots:
        shot.unlink(missing_ok=True)
    env = {**x_display, "TRANSITION_PLANNER_CONFIG_DIR": str(isolated_settings)}
    done = subprocess.run([sys.executable, __file__, str(demo_path), str(out)], env=env,
                          cwd=ROOT, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr
    from PySide6.QtGui import QImage

    for shot in shots:
        image = QImage(str(shot))
        width, height = (300, 150) if shot.name.startswith("dialog") else SIZE
        assert image.width() >= width and image.height() >= height, shot
        colours = {image.pixel(x, y) for x in range(0, width, 13) for y in range(0, height, 11)}
        assert len(colours) > 5, f"{shot.name} looks blank"


# --- the script, run in its own process on the X display ---------------------------------------


def _grab(window, path: Path) -> None:
    from PySide6.QtTest import QTest

    # mapped by the window manager first: a dialog just shown on a busy machine had no frame
    # yet after the wait alone (a 1x1 grab)
    assert QTest.qWaitForWindowExposed(window, 10_000), path.name
    QTest.qWait(400)
    frame = window.frameGeometry()  # with the title bar: the plan's name and mission are there
    image = window.screen().grabWindow(0, frame.x(), frame.y(), frame.width(), frame.height())
    image.save(str(path))


def _dialogs(window, out: Path, language: str) -> None:
    """The dialogs a planner meets, each with a refused value showing its message."""
    from transition_planner.ui.dialogs.error_dialog import ErrorDialog

    dialog = window.page("inventory").open_add_dialog()
    dialog.fields.widget("quantity").setText("many")
    dialog.accept()  # no name, bad quantity: both refused at their field
    _grab(dialog, out / f"dialog_{language}_add_capacity.png")
    dialog.reject()
    window.action_preferences.trigger()
    dialog = window.preferences_dialog
    dialog.fields.widget("user_name").setText("Awa Diallo")
    dialog.fields.widget("default_currency").setText("dollars")
    dialog.accept()
    _grab(dialog, out / f"dialog_{language}_preferences.png")
    dialog.reject()
    window.action_new.trigger()
    dialog = window.new_plan_dialog
    dialog.fields.widget("planned_exit").setText("next year")
    dialog.accept()
    _grab(dialog, out / f"dialog_{language}_new_plan.png")
    dialog.reject()
    try:
        raise RuntimeError("disk hiccup while auditing")
    except RuntimeError as exc:
        import traceback

        details = "".join(traceback.format_exception(exc))
    dialog = ErrorDialog("RuntimeError: disk hiccup while auditing", details, window)
    dialog.show()
    _grab(dialog, out / f"dialog_{language}_error.png")
    dialog.close()


def take_screenshots(plan_path: str, out_dir: str) -> None:
    sys.path.insert(0, str(ROOT))
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from transition_planner.ui import translations
    from transition_planner.ui.app import create_application
    from transition_planner.ui.main_window import MainWindow

    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)  # (a picture saved into no folder fails silently)
    app: QApplication = create_application()
    translations.TRANSLATIONS = Path(tempfile.mkdtemp()) / "qm"
    translations.build(source=ROOT / "resources" / "translations",
                       target=translations.TRANSLATIONS)
    for language in ("en", "fr"):
        translations.apply_language(app, language)
        window = MainWindow()
        window.resize(*SIZE)
        window.show()
        QTest.qWaitForWindowExposed(window)
        _grab(window, out / f"welcome_{language}.png")
        window.close()
    for language in LANGUAGES:
        translations.apply_language(app, language)
        window = MainWindow()
        window.resize(*SIZE)
        window.move(10, 10)
        window.show()
        QTest.qWaitForWindowExposed(window)
        assert window.open_plan(plan_path)
        inventory = window.page("inventory")
        inventory.wait_for_workers()
        QTest.qWait(300)
        cap_id = next(i for i, name in inventory.model.names() if name == CAPACITY)
        inventory.select_capacity(cap_id)
        for spec in window.specs:
            window.show_page(spec.key)
            QTest.qWait(600 if spec.key == "gaps" else 200)
            if spec.key == "gaps":
                window.page("gaps").wait_for_workers()
                QTest.qWait(600)
            _grab(window, out / f"window_{language}_{spec.key}.png")
        window.show_page("inventory")
        for index, tab in enumerate(TABS):
            inventory.detail.tabs.setCurrentIndex(index)
            _grab(window, out / f"window_{language}_inventory_{tab}.png")
        if language != "ar":
            _dialogs(window, out, language)
        window._wait_for_workers()
        window.close()
        QTest.qWait(100)


if __name__ == "__main__":
    take_screenshots(sys.argv[1], sys.argv[2])
