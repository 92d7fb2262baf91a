"""The bulk insert imports use: types checked, defaults filled, all or nothing."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from transition_planner.services import audit, inventory
from transition_planner.services.bulk import insert_rows
from transition_planner.services.errors import InvalidInput

pytestmark = pytest.mark.both_backends


def _site_rows():
    return [
        {"id": "loc-province", "name": "Province", "level": "admin1", "pcode": "XX01"},
        {"id": "loc-site", "name": "Site", "parent_id": "loc-province",
         "closure_date": date(2027, 6, 30)},
    ]


def test_rows_are_written_with_their_defaults(plan):
    counts = insert_rows(plan, {
        "location": _site_rows(),
        "capacity": [
            {"name": "Patrols", "location_id": "loc-site", "category": "physical_protection",
             "annual_cost": Decimal("1200.50")},
            {"name": "Hotline", "location_id": "loc-site", "category": "early_warning",
             "populations": ["idps"], "quantity": 2},
        ],
    }, source="matrix.xlsx")
    assert counts == {"location": 2, "capacity": 2}
    caps = {c.name: c for c in inventory.list_capacities(plan)}
    assert caps["Patrols"].annual_cost == Decimal("1200.50")
    assert caps["Patrols"].populations == [] and caps["Patrols"].poc_tier == "I"
    assert caps["Hotline"].quantity == 2.0 and caps["Hotline"].populations == ["idps"]
    assert len({c.id for c in caps.values()}) == 2
    entries = [e for e in audit.history(plan) if e.source == "matrix.xlsx"]
    assert {e.record_type for e in entries} == {"location", "capacity"}


@pytest.mark.parametrize("row, problem", [
    ({"name": "X", "location_id": "loc-site", "category": "c", "colour": "red"}, "colour"),
    ({"name": "X", "location_id": "loc-site", "category": "c", "quantity": "3"}, "quantity"),
    ({"name": "X", "location_id": "loc-site", "category": "c", "has_sensitive_data": 1},
     "has_sensitive_data"),
    ({"name": "X", "location_id": "loc-site"}, "category"),
    ({"name": None, "location_id": "loc-site", "category": "c"}, "name"),
])
def test_wrong_rows_are_refused_and_nothing_is_written(plan, row, problem):
    with pytest.raises(InvalidInput) as refused:
        insert_rows(plan, {"location": _site_rows(), "capacity": [row]})
    assert problem in str(refused.value)
    assert inventory.list_locations(plan) == []


def test_unknown_tables_are_refused(plan):
    with pytest.raises(InvalidInput):
        insert_rows(plan, {"capacities": []})
