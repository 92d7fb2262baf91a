"""Screenshots of every tab of the Gaps page on the demo plan, on a real X display (Xvfb and
openbox), plus each chart saved as PNG and SVG, under screenshots/ for a person to look at.

Run as a script (`python tests/test_ui_dashboard_screenshots.py PLAN OUT_DIR`) it takes them
itself; the test starts the display and runs it in a fresh process, because the other tests
already hold an off-screen QApplication.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import time
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SIZE = (1366, 768)  # an ordinary laptop screen
NARROW = (900, 680)  # the page beside the sidebar on a small screen
SHOTS = ("cliff", "cliff_compared", "cliff_human_rights", "heatmap_category_location",
         "heatmap_location_month", "funding_month", "funding_year_source", "readiness",
         "scenarios", "flags", "cliff_ar")
EXPORTS = ("cliff", "heatmap", "funding", "readiness")


@pytest.mark.xvfb
def test_screenshots_of_the_gaps_page(x_display, demo_path, isolated_settings, tmp_path):
    # Taken in a private folder and checked there, then copied: another run of the suite
    # may be writing screenshots/ at the same time.
    shots = [tmp_path / f"gaps_{name}.png" for name in SHOTS]
    exports = [tmp_path / f"gaps_export_{name}.{suffix}" for name in EXPORTS
               for suffix in ("png", "svg")]
    env = {**x_display, "TRANSITION_PLANNER_CONFIG_DIR": str(isolated_settings)}
    done = subprocess.run([sys.executable, __file__, str(demo_path), str(tmp_path)], env=env,
                          cwd=ROOT, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr
    from PySide6.QtGui import QImage

    narrow = QImage(str(tmp_path / "gaps_cliff_narrow.png"))
    assert narrow.width() >= NARROW[0] and narrow.height() >= NARROW[1]
    for shot in shots:
        image = QImage(str(shot))
        assert image.width() >= SIZE[0] and image.height() >= SIZE[1], shot
        colours = {image.pixel(x, y) for x in range(0, SIZE[0], 37) for y in range(0, SIZE[1], 23)}
        assert len(colours) > 8, f"{shot.name} looks blank"
    for export in exports:
        if export.suffix == ".png":
            assert not QImage(str(export)).isNull(), export
        else:
            assert ET.parse(export).getroot().tag.endswith("svg"), export
    out = ROOT / "screenshots"
    out.mkdir(exist_ok=True)
    for path in [*shots, *exports, tmp_path / "gaps_cliff_narrow.png"]:
        shutil.copy(path, out / path.name)


# --- the script, run in its own process on the X display ---------------------------------------


def take_screenshots(plan_path: str, out_dir: str) -> None:
    sys.path.insert(0, str(ROOT))
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QMainWindow

    from transition_planner.services import dashboard, plans
    from transition_planner.ui import translations
    from transition_planner.ui.app import create_application
    from transition_planner.ui.context import PlanContext
    from transition_planner.ui.pages.dashboard import DashboardPage

    out = Path(out_dir)
    app = create_application()

    def settle(page) -> None:
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            QTest.qWait(100)
            if page.data is not None and not page.worker.busy() and not page._timer.isActive():
                break
        QTest.qWait(400)

    def grab(window, name: str) -> None:
        QTest.qWait(300)
        frame = window.frameGeometry()
        image = window.screen().grabWindow(0, frame.x(), frame.y(), frame.width(),
                                           frame.height())
        image.save(str(out / f"gaps_{name}.png"))

    def choose(combo, text: str) -> None:
        index = combo.findText(text)
        assert index >= 0, text
        combo.setCurrentIndex(index)
        combo.activated.emit(index)

    for language in ("en", "ar"):
        translations.apply_language(app, language)
        ctx = PlanContext()
        ctx.set_handle(plans.open_plan(plan_path, user="screenshots"))
        window = QMainWindow()
        window.setWindowTitle("Gaps — UNSMK transition plan (demo)")
        page = DashboardPage(ctx)
        window.setCentralWidget(page)
        window.resize(*SIZE)
        window.move(10, 10)
        window.show()
        QTest.qWaitForWindowExposed(window)
        settle(page)
        if language == "ar":
            grab(window, "cliff_ar")
            page.wait_for_workers()
            window.close()
            break
        grab(window, "cliff")
        window.resize(*NARROW)
        grab(window, "cliff_narrow")
        window.resize(*SIZE)
        page.tabs.setCurrentIndex(4)
        choose(page.compare_combo, "Accelerated withdrawal")
        settle(page)
        grab(window, "scenarios")
        page.tabs.setCurrentIndex(0)
        grab(window, "cliff_compared")
        choose(page.cliff_filters["category"], "Human rights monitoring and reporting")
        grab(window, "cliff_human_rights")
        page.tabs.setCurrentIndex(1)
        grab(window, "heatmap_category_location")
        page.heatmap_choice.setCurrentIndex(1)
        grab(window, "heatmap_location_month")
        page.tabs.setCurrentIndex(2)
        grab(window, "funding_month")
        page.period_combo.setCurrentIndex(1)
        page.split_combo.setCurrentIndex(1)
        grab(window, "funding_year_source")
        page.tabs.setCurrentIndex(3)
        grab(window, "readiness")
        flag = next(r for r in page.data.flags if r.kind == "enabler_orphaned")
        dashboard.accept_flag(ctx.handle, flag.kind, flag.record_ids,
                              "The cluster pays the airtime from June 2027 (letter of 3 May).")
        page.recompute()
        settle(page)
        page.tabs.setCurrentIndex(5)
        page.select_flag(flag.key)
        grab(window, "flags")
        page.period_combo.setCurrentIndex(0)
        page.split_combo.setCurrentIndex(0)
        page.heatmap_choice.setCurrentIndex(0)
        for name, tab in (("cliff", 0), ("heatmap", 1), ("funding", 2), ("readiness", 3)):
            page.tabs.setCurrentIndex(tab)
            QTest.qWait(300)
            for suffix in ("png", "svg"):
                page.chart(name).export(out / f"gaps_export_{name}.{suffix}")
        page.wait_for_workers()
        window.close()
        ctx.set_handle(None)
        QTest.qWait(100)


if __name__ == "__main__":
    take_screenshots(sys.argv[1], sys.argv[2])
