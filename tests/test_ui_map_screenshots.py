"""Screenshots of the Map page in the main window on a real X display (Xvfb + openbox), in
English, French and right to left, with the mouse over a team site, saved under screenshots/.

Run as a script (`python tests/test_ui_map_screenshots.py PLAN OUT_DIR`) it takes them itself;
the test runs it in a fresh process, since the other tests hold an off-screen QApplication.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
LANGUAGES = ("en", "fr", "ar")
SIZE = (1280, 800)


@pytest.mark.xvfb
def test_screenshots_of_the_map_page(x_display, demo_path):
    out = ROOT / "screenshots"
    out.mkdir(exist_ok=True)
    shots = [out / f"page_map_{language}.png" for language in LANGUAGES]
    for shot in shots:
        shot.unlink(missing_ok=True)
    done = subprocess.run([sys.executable, __file__, str(demo_path), str(out)], env=x_display,
                          cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    from PySide6.QtGui import QColor, QImage

    for shot in shots:
        image = QImage(str(shot))
        assert (image.width(), image.height()) == SIZE, shot
        colours = {QColor(image.pixel(x, y)).name()
                   for x in range(0, SIZE[0], 7) for y in range(0, SIZE[1], 7)}
        # at the mission's exit: provinces still covered (pale green) and some already short
        assert "#e4ede1" in colours, shot.name
        assert colours & {"#fde0a6", "#fbb36b", "#f3823f", "#dc4b2b", "#a8201a"}, shot.name


# --- the script, run in its own process on the X display ---------------------------------------


def take_screenshots(plan_path: str, out_dir: str) -> None:
    sys.path.insert(0, str(ROOT))
    from PySide6.QtCore import QPoint
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    app = QApplication([sys.argv[0]])
    from transition_planner.services import plans
    from transition_planner.ui.main_window import MainWindow
    from transition_planner.ui.translations import apply_language

    for language in LANGUAGES:
        apply_language(app, language)
        window = MainWindow()
        window.resize(*SIZE)
        window.show()
        QTest.qWaitForWindowExposed(window)
        window._set_handle(plans.open_plan(plan_path, user="planner"))
        page = window.show_page("map")
        deadline = 200
        while (page.view is None or page.loader.busy()) and deadline:
            QTest.qWait(100)
            deadline -= 1
        QTest.qWait(300)
        place = next(p for p in page.view.places if p.name == "Sokolu team site")
        item = next(i for i in page.canvas.place_items if i.data(0).record is place)
        at = page.canvas.mapFromScene(item.scenePos())
        QTest.mouseMove(page.canvas.viewport(), at + QPoint(1, 1))
        QTest.qWait(200)
        QTest.mouseMove(page.canvas.viewport(), at)
        QTest.qWait(1200)  # the tooltip shows
        area = window.geometry()  # the window without its frame, tooltip included
        shot = window.screen().grabWindow(0, area.x(), area.y(), area.width(), area.height())
        shot.save(str(Path(out_dir) / f"page_map_{language}.png"))
        window.ctx.set_handle(None)
        window.close()
        window.deleteLater()
        QTest.qWait(100)


if __name__ == "__main__":
    take_screenshots(sys.argv[1], sys.argv[2])
