"""Screenshots of the Actors, Locations, Funding, Timeline and History pages on a real X
display (Xvfb + openbox), left to right and right to left, saved under screenshots/.

Run as a script (`python tests/test_ui_pages_screenshots.py PLAN OUT_DIR`) it takes the
screenshots itself; the test starts the display and runs it in a fresh process, because the
rest of the tests already hold an off-screen QApplication.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PAGES = ("actors", "locations", "funding", "timeline", "history")
DIRECTIONS = ("en", "rtl")
SIZE = (1280, 800)


@pytest.mark.xvfb
def test_screenshots_of_each_page(x_display, demo_path):
    out = ROOT / "screenshots"
    out.mkdir(exist_ok=True)
    shots = [out / f"page_{page}_{direction}.png" for direction in DIRECTIONS for page in PAGES]
    for shot in shots:
        shot.unlink(missing_ok=True)
    done = subprocess.run([sys.executable, __file__, str(demo_path), str(out)], env=x_display,
                          cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    from PySide6.QtGui import QImage

    for shot in shots:
        image = QImage(str(shot))
        assert (image.width(), image.height()) == SIZE, shot
        colours = {image.pixel(x, y) for x in range(0, SIZE[0], 37) for y in range(0, SIZE[1], 23)}
        assert len(colours) > 5, f"{shot.name} looks blank"


# --- the script, run in its own process on the X display ---------------------------------------


def _prepare(page_name: str, page) -> None:
    """Put each page in a state worth looking at."""
    from transition_planner.ui.pages.plan_page import select_row

    if page_name == "actors":
        model = page.model
        row = next(i for i in range(model.rowCount())
                   if model.row_at(i).name == "Kelvaran National Police")
        select_row(page.table, row)
    elif page_name == "locations":
        places = {r.name: r.id for r in page.rows}
        page.select_id(places["Kanzi team site"])
    elif page_name == "funding":
        select_row(page.table, 0)
    elif page_name == "timeline":
        gaps = [item for item in page.view.items if item.kind == "gap"]
        if gaps:
            page.view.scroll_to_item(gaps[0])
    elif page_name == "history":
        select_row(page.table, 0)


def take_screenshots(plan_path: str, out_dir: str) -> None:
    sys.path.insert(0, str(ROOT))
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    app = QApplication([sys.argv[0]])
    from transition_planner.services import inventory, plans
    from transition_planner.ui.context import PlanContext
    from transition_planner.ui.pages import actors, funding, history, locations, timeline

    handle = plans.open_plan(plan_path, user="planner")
    # A deleted capacity, so History shows a deletion that can be restored.
    victim = next(c for c in inventory.list_capacities(handle)
                  if c.name.startswith("Armed escorts"))
    inventory.delete_capacity(handle, victim.id)
    classes = {"actors": actors.ActorsPage, "locations": locations.LocationsPage,
               "funding": funding.FundingPage, "timeline": timeline.TimelinePage,
               "history": history.HistoryPage}
    for direction in DIRECTIONS:
        app.setLayoutDirection(Qt.LayoutDirection.RightToLeft if direction == "rtl"
                               else Qt.LayoutDirection.LeftToRight)
        for name in PAGES:
            ctx = PlanContext()
            ctx.handle = handle  # not set_handle: that would close the plan between pages
            page = classes[name](ctx)
            page.setWindowTitle(name)
            page.resize(*SIZE)
            page.show()
            QTest.qWaitForWindowExposed(page)
            ctx.sig_plan_changed.emit()
            _prepare(name, page)
            QTest.qWait(300)
            shot = page.screen().grabWindow(page.winId())
            shot.save(str(Path(out_dir) / f"page_{name}_{direction}.png"))
            page.close()
            page.deleteLater()
            QTest.qWait(50)
    handle.close()


if __name__ == "__main__":
    take_screenshots(sys.argv[1], sys.argv[2])
