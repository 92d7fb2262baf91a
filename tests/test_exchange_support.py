"""Helpers shared by the exchange tests: a small plan built through the services, cell editing."""

from __future__ import annotations

from pathlib import Path

import openpyxl

from transition_planner.exchange.matrix import BY_KEY, MATRIX_SHEET
from transition_planner.services import handovers, inventory

SECRET_NOTE = "Informant Zora Velik, phone +999 55 0101"
SECRET_CAPACITY = "Safe-house network of Zora Velik"


def build_small_plan(handle) -> dict:
    """Two provinces, three successors, four capacities (one sensitive); returns their ids."""
    ids = {}
    country = inventory.add_location(handle, {"name": "Kelvara", "level": "country",
                                              "pcode": "KV"})
    nord = inventory.add_location(handle, {"name": "Nord", "level": "admin1", "pcode": "KV01",
                                           "parent_id": country.id})
    sud = inventory.add_location(handle, {"name": "Sud", "level": "admin1", "pcode": "KV02",
                                          "parent_id": country.id})
    asari = inventory.add_location(handle, {"name": "Asari", "level": "team_site",
                                            "pcode": "KV0101", "parent_id": nord.id})
    belgora = inventory.add_location(handle, {"name": "Belgora", "level": "team_site",
                                              "pcode": "KV0201", "parent_id": sud.id})
    ids.update(asari=asari.id, belgora=belgora.id, nord=nord.id)
    unicef = inventory.add_actor(handle, {"name": "UNICEF", "acronym": "UNICEF",
                                          "actor_type": "un_agency"})
    women = inventory.add_actor(handle, {"name": "Nord Women Network",
                                         "actor_type": "national_ngo"})
    unmas = inventory.add_actor(handle, {"name": "UN Mine Action Service", "acronym": "UNMAS",
                                         "actor_type": "un_agency"})
    ids.update(unicef=unicef.id, women=women.id, unmas=unmas.id)
    cla = inventory.add_capacity(handle, {
        "name": "Community liaison assistants", "location_id": asari.id,
        "category": "community_engagement", "quantity": 30, "unit": "CLAs",
        "annual_cost": "120000", "currency": "USD", "end_date": "2027-06-30",
        "populations": ["idps", "women_girls"], "notes": SECRET_NOTE,
        "sensitive_fields": ["notes"],
    })
    mines = inventory.add_capacity(handle, {
        "name": "Explosive ordnance clearance", "location_id": belgora.id,
        "category": "mine_action", "poc_tier": "III", "quantity": 2, "unit": "teams",
        "annual_cost": "450000.50", "end_date": "2027-03-31", "notes": "=1+1 is not a formula",
    })
    radio = inventory.add_capacity(handle, {
        "name": "Radio Asari FM", "location_id": asari.id,
        "category": "radio_communications", "annual_cost": "80000",
    })
    secret = inventory.add_capacity(handle, {
        "name": SECRET_CAPACITY, "location_id": asari.id, "category": "physical_protection",
        "sensitive": True,
    })
    ids.update(cla=cla.id, mines=mines.id, radio=radio.id, secret=secret.id)
    h1 = handovers.add_handover(handle, {
        "capacity_id": cla.id, "actor_id": unicef.id, "share": 0.5, "status": "agreed",
        "start_date": "2027-01-01", "agreement_ref": "MoU 2026/14",
    })
    h2 = handovers.add_handover(handle, {
        "capacity_id": cla.id, "actor_id": women.id, "share": 0.5, "status": "proposed",
        "role": "support", "modality": "capacity_building", "start_date": "2027-04-01",
    })
    h3 = handovers.add_handover(handle, {
        "capacity_id": mines.id, "actor_id": unmas.id, "share": 1.0, "status": "agreed",
        "start_date": "2027-02-01", "end_date": "2028-12-31", "notes": "-5% budget cut risk",
    })
    handovers.set_readiness(handle, h1.id, {"dimension": "capacity", "score": 4})
    handovers.set_readiness(handle, h1.id, {"dimension": "funding", "score": 2})
    handovers.set_readiness(handle, h3.id, {"dimension": "access", "score": 3})
    ids.update(h_unicef=h1.id, h_women=h2.id, h_unmas=h3.id)
    return ids


class MatrixBook:
    """An exported workbook opened for editing the way a partner would, by header."""

    def __init__(self, path: Path):
        self.path = Path(path)
        self.wb = openpyxl.load_workbook(self.path)
        self.ws = self.wb[MATRIX_SHEET]
        self.columns = {}
        for cell in self.ws[1]:
            for key, column in BY_KEY.items():
                if cell.value in (column.en, column.fr):
                    self.columns[key] = cell.column
        self.first = 3 if str(self.ws.cell(2, 1).value or "").startswith("#") else 2

    def row_of(self, handover_id: str = "", capacity_id: str = "") -> int:
        for r in range(self.first, self.ws.max_row + 1):
            if handover_id and self.get(r, "handover_id") == handover_id:
                return r
            if capacity_id and not handover_id and self.get(r, "capacity_id") == capacity_id:
                return r
        raise LookupError(handover_id or capacity_id)

    def get(self, row: int, key: str):
        return self.ws.cell(row, self.columns[key]).value

    def set(self, row: int, key: str, value) -> None:
        self.ws.cell(row, self.columns[key]).value = value

    def append(self, values: dict) -> int:
        row = self.ws.max_row + 1
        for key, value in values.items():
            self.set(row, key, value)
        return row

    def save(self, path: Path | None = None) -> Path:
        target = Path(path or self.path)
        self.wb.save(target)
        return target
