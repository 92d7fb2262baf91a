"""The Qt table models: Qt's own model checks, and sorting and filtering as a planner sees them."""

from __future__ import annotations

from datetime import date
from types import SimpleNamespace

import pytest
from PySide6.QtCore import Qt

from transition_planner.services.inventory_view import FlagView, InventoryRow, inventory_rows
from transition_planner.ui.models.inventory import (
    COL_CATEGORY,
    COL_FLAGS,
    COL_MISSION_END,
    COL_NAME,
    COL_QUANTITY,
    COL_READINESS,
    COL_STATUS,
    ID_ROLE,
    CapacityTableModel,
)
from transition_planner.ui.models.labels import TermLabels
from transition_planner.ui.models.row_table import ColumnTableModel

ASC, DESC = Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder


def row(name, **values) -> InventoryRow:
    base = dict(
        id=name.lower().replace(" ", "-"), name=name, category="early_warning", tier="I",
        component="civilian", location_id="kanzi", location="Kanzi team site", quantity=1.0,
        unit="", mission_end=None, successors=(), statuses=(), readiness=None,
        funding="none", flags=(), sensitive=False,
    )
    base.update(values)
    return InventoryRow(**base)


FLAG = FlagView("no_successor", "high", "No successor is planned")
ROWS = [
    row("Alert network", quantity=42, unit="focal points", mission_end=date(2027, 6, 30),
        successors=("Safer Villages",), statuses=("agreed",), readiness=4, funding="secured"),
    row("Night patrols", category="physical_protection", tier="II", location_id="tamberi",
        location="Tamberi team site", mission_end=date(2027, 3, 31), flags=(FLAG,)),
    row("Mine clearance", category="mine_action", quantity=3, unit="teams",
        successors=("UNMAS", "Demining NGO"), statuses=("proposed", "identified"),
        readiness=2, funding="partial", flags=(FLAG, FLAG)),
    row("Radio station", category="radio_communications", location_id="tamberi",
        location="Tamberi team site", successors=("Radio Tamberi",), statuses=("handed_over",)),
]


def names(model: CapacityTableModel) -> list[str]:
    return [model.index(r, COL_NAME).data() for r in range(model.rowCount())]


@pytest.fixture
def model(qapp):
    model = CapacityTableModel()
    model.set_rows(ROWS, TermLabels())
    return model


def test_inventory_model_passes_qt_checks(qtmodeltester, model):
    qtmodeltester.check(model, force_py=True)
    model.sort(COL_MISSION_END, DESC)
    model.set_search("tamberi")
    qtmodeltester.check(model, force_py=True)


def test_inventory_model_passes_qt_checks_on_the_demo_plan(qtmodeltester, demo_plan):
    model = CapacityTableModel()
    model.set_rows(inventory_rows(demo_plan), TermLabels(demo_plan.taxonomy(), "fr"))
    assert model.rowCount() > 20
    qtmodeltester.check(model, force_py=True)


def test_row_table_model_passes_qt_checks(qtmodeltester, qapp):
    model = ColumnTableModel([("Name", lambda r: r.name), ("Count", lambda r: str(r.count))])
    model.set_rows([SimpleNamespace(id=str(n), name=f"row {n}", count=n) for n in range(5)])
    qtmodeltester.check(model, force_py=True)
    assert model.index(2, 0).data(ID_ROLE) == "2"
    assert model.row_of_id("4") == 4 and model.row_of_id("nope") == -1
    model.set_rows([])
    qtmodeltester.check(model, force_py=True)


def test_cells_show_labels_units_and_counts(model):
    assert names(model) == ["Alert network", "Night patrols", "Mine clearance", "Radio station"]
    alert = model.row_of_id("alert-network")
    assert model.index(alert, COL_CATEGORY).data() == "Early warning and alert networks"
    assert model.index(alert, COL_QUANTITY).data() == "42 focal points"
    assert model.index(alert, COL_MISSION_END).data() == "2027-06-30"
    assert model.index(alert, COL_READINESS).data() == "4/5"
    assert model.index(alert, COL_STATUS).data() == "Agreed"
    mines = model.row_of_id("mine-clearance")
    assert model.index(mines, COL_FLAGS).data() == "2"
    assert "No successor is planned" in model.index(mines, COL_FLAGS).data(
        Qt.ItemDataRole.ToolTipRole)
    assert model.index(mines, 0).data(ID_ROLE) == "mine-clearance"


def test_french_labels(qapp, demo_plan):
    model = CapacityTableModel()
    model.set_rows(ROWS, TermLabels(demo_plan.taxonomy(), "fr"))
    french = model.index(0, COL_CATEGORY).data()
    assert french == demo_plan.taxonomy().label("category", "early_warning", "fr")
    assert french != "Early warning and alert networks"


def test_sorting_by_raw_values(model):
    model.sort(COL_NAME, ASC)
    assert names(model) == ["Alert network", "Mine clearance", "Night patrols", "Radio station"]
    model.sort(COL_MISSION_END, ASC)  # no end date sorts last
    assert names(model)[:2] == ["Night patrols", "Alert network"]
    model.sort(COL_READINESS, DESC)
    assert names(model)[:2] == ["Alert network", "Mine clearance"]
    model.sort(COL_FLAGS, DESC)
    assert names(model)[:2] == ["Mine clearance", "Night patrols"]
    model.sort(COL_STATUS, ASC)  # lifecycle order: no handover, identified, ..., handed over
    assert names(model) == ["Night patrols", "Mine clearance", "Alert network", "Radio station"]
    model.sort(99, ASC)  # a column that does not exist changes nothing
    assert names(model) == ["Night patrols", "Mine clearance", "Alert network", "Radio station"]


def test_filters_combine_and_keep_the_sort(model):
    model.sort(COL_NAME, DESC)
    model.set_location("tamberi")
    assert names(model) == ["Radio station", "Night patrols"]
    model.set_search("RADIO")
    assert names(model) == ["Radio station"]
    model.set_search("")
    model.set_location(None)
    model.set_search("unmas")  # successors are searched too
    assert names(model) == ["Mine clearance"]
    model.set_search("")
    model.set_flagged_only(True)
    assert names(model) == ["Night patrols", "Mine clearance"]
    model.set_category("mine_action")
    assert names(model) == ["Mine clearance"]
    model.set_category(None)
    model.set_flagged_only(False)
    model.set_status("identified")
    assert names(model) == ["Mine clearance"]
    model.set_status(None)
    assert model.rowCount() == model.total_count() == 4


def test_reload_keeps_sort_and_filters(model):
    model.sort(COL_NAME, DESC)
    model.set_location("tamberi")
    model.set_rows(ROWS + [row("Police post", location_id="tamberi", location="Tamberi")])
    assert names(model) == ["Radio station", "Police post", "Night patrols"]
    assert model.row_by_id("police-post").name == "Police post"
    assert model.row_of_id("alert-network") == -1  # filtered out
