"""The Map page drawn off screen with the demo: colours follow the month slider and filters,
hover says a place's figures, a click lists its capacities in the Inventory, saved images."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QImage

from transition_planner.services import inventory
from transition_planner.ui.pages.map import NO_DATA, NO_GAP, RAMP, MapPage

WAIT = 20_000


def settle(qtbot, page) -> None:
    qtbot.waitUntil(lambda: page.view is not None and not page.loader.busy(), timeout=WAIT)


def item_of(page, name: str):
    return next(i for i in page.canvas.place_items if i.data(0).record.name == name)


def area_item(page, name: str):
    return next(i for i in page.canvas.area_items if i.data(0).record.name == name)


def fill(item) -> str:
    return item.brush().color().name().upper()


def click_item(qtbot, page, item) -> None:
    at = page.canvas.mapFromScene(item.sceneBoundingRect().center())
    qtbot.mouseClick(page.canvas.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(at))


@pytest.fixture
def window(qtbot, demo_path):
    from transition_planner.ui.main_window import MainWindow

    main = MainWindow()
    qtbot.addWidget(main)
    main.resize(1280, 800)
    main.show()
    qtbot.waitExposed(main)
    assert main.open_plan(demo_path)
    yield main
    main._wait_for_workers()
    main.page("map").loader.wait()
    main.close()


@pytest.fixture
def page(qtbot, window):
    shown = window.show_page("map")
    assert isinstance(shown, MapPage)
    settle(qtbot, shown)
    return shown


def test_the_demo_is_drawn_with_its_provinces_and_sites(page):
    assert sorted(i.data(0).record.name for i in page.canvas.area_items) == [
        "Lomba", "Nord-Asari", "Selen Capital District", "Tessik", "Varanka"]
    assert len(page.canvas.place_items) == 11
    assert page.slider.maximum() == 35 and page.slider.value() == page.view.exit_month == 18
    assert page.month_label.text() == "July 2027 (after the mission's exit)"
    # at the exit nothing is missing yet in Tessik (its successors are in place)
    assert fill(area_item(page, "Tessik")) == NO_GAP.upper()


def test_the_slider_replays_the_withdrawal(page, qtbot):
    kanzi = item_of(page, "Kanzi team site")
    page.slider.setValue(6)  # July 2026: the mission is still at Kanzi
    assert fill(kanzi) == NO_GAP.upper()
    assert kanzi.pen().style() == Qt.PenStyle.SolidLine
    before = page.redraws
    qtbot.keyClick(page.slider, Qt.Key.Key_Right)  # August 2026: it left on 31 July
    assert page.slider.value() == 7 and page.redraws == before + 1
    assert fill(kanzi) in {c.upper() for c in RAMP}  # the patrols' successor is late
    assert "Uncovered capacity-months to August 2026: 1" in page.describe(kanzi.data(0))
    page.slider.setValue(9)
    assert kanzi.pen().style() == Qt.PenStyle.DashLine  # the mission has left
    text = page.describe(kanzi.data(0))
    assert text.splitlines()[0] == "Kanzi team site"
    assert "Coverage first falls in August 2026" in text
    assert "The mission leaves in August 2026" in text


def test_filters_and_measure_recolour_without_reloading(page, qtbot):
    from tests.ui_helpers import choose

    lomba = area_item(page, "Lomba")
    page.slider.setValue(35)
    assert fill(lomba) in {c.upper() for c in RAMP}
    choose(page.filters["category"], "radio_communications")  # no radio in Lomba
    assert fill(lomba) == NO_DATA.upper()
    choose(page.filters["category"], None)
    choose(page.measure_combo, "first_gap")
    assert page.legend.title == "First month without enough cover"
    assert fill(lomba) == RAMP[-1].upper()  # Lomba falls first of all (July 2026)


def test_a_click_lists_the_places_capacities_in_the_inventory(window, page, qtbot):
    sokolu = item_of(page, "Sokolu team site")
    click_item(qtbot, page, sokolu)
    shown = window.page("inventory")
    assert window.current_page() is shown
    ids = {shown.model.id_at(r) for r in range(shown.model.rowCount())}
    expected = {c.id for c in inventory.list_capacities(window.ctx.handle)
                if c.location_id == sokolu.data(0).record.location_id}
    assert ids == expected and len(ids) == 4
    assert "Sokolu team site" in shown.picked.text()


def test_a_sensitive_place_is_not_drawn_for_donors_and_not_saved(page, qtbot, tmp_path):
    from tests.ui_helpers import choose

    handle = page.ctx.handle
    kanzi = next(loc for loc in inventory.list_locations(handle)
                 if loc.name == "Kanzi team site")
    inventory.update_location(handle, kanzi.id, {"sensitive": True})
    page.ctx.changed("location")
    settle(qtbot, page)
    assert any(i.data(0).record.name == "Kanzi team site" for i in page.canvas.place_items)
    choose(page.audience_combo, "donor")
    settle(qtbot, page)
    assert len(page.canvas.place_items) == 10
    assert all(i.data(0).record.name != "Kanzi team site" for i in page.canvas.place_items)
    svg = page.export(tmp_path / "map.svg")
    text = svg.read_text(encoding="utf-8")
    assert "Kanzi team site" not in text and "Dalmek team site" in text
    png = page.export(tmp_path / "map.png")
    image = QImage(str(png))
    assert image.width() >= 2 * page.canvas.viewport().width()
    with pytest.raises(ValueError):
        page.export(tmp_path / "map.pdf")


def test_a_plan_without_geometry_says_how_to_get_a_map(qtbot, plan):
    from transition_planner.ui.context import PlanContext

    ctx = PlanContext()
    ctx.set_handle(plan)
    page = MapPage(ctx)
    qtbot.addWidget(page)
    page.show()
    settle(qtbot, page)
    assert page.empty.isVisible() and not page.canvas.isVisible()
    assert "Import the country's gazetteer" in page.empty.text()
    page.loader.wait()
