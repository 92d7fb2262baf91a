"""Helpers shared by the exchange tests: a small plan built through the services, cell editing."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
import zipfile
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

import openpyxl
from openpyxl.utils import column_index_from_string

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


MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
REL = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
PACKAGE_REL = "{http://schemas.openxmlformats.org/package/2006/relationships}"
LAST_COLUMN = 16384
LOCKED_KEYS = {"capacity_id", "handover_id", "base_version", "province", "province_pcode",
               "district", "district_pcode", "country_code", "cluster", "aor"}
# the mission's own columns: locked on the rows of an outside audience's export (not on rows
# a partner adds, nor in the mission's internal copy)
MISSION_KEYS = {"location", "pcode", "name", "category", "poc_tier", "component", "quantity",
                "unit", "annual_cost", "currency", "end_date", "criticality", "populations",
                "capacity_notes"}


@dataclass
class SheetLocks:
    """One sheet's protection as Excel reads it from the file."""

    protected: bool
    cells: dict[tuple[int, int], bool]  # (row, column) of every cell element -> locked
    columns: list[tuple[int, int, bool]]  # min, max, locked of every <col> range

    def column_locked(self, column: int) -> bool | None:
        """The lock of an empty cell in `column`, or None when no column format covers it."""
        return next((lock for low, high, lock in self.columns if low <= column <= high), None)

    def uncovered(self) -> set[int]:
        covered = set()
        for low, high, _lock in self.columns:
            covered.update(range(low, high + 1))
        return set(range(1, LAST_COLUMN + 1)) - covered


class ExcelLocks:
    """Which cells of a workbook are locked, read from its XML the way Excel reads it.

    openpyxl's view is not enough: per the file format a cell without a format index uses the
    workbook's first cell format, and an empty cell its column's format (or the first)."""

    def __init__(self, path: Path):
        with zipfile.ZipFile(path) as package:
            styles = ET.fromstring(package.read("xl/styles.xml"))
            self.formats = [
                xf.find(f"{MAIN}protection") is None
                or xf.find(f"{MAIN}protection").get("locked", "1") not in ("0", "false")
                for xf in styles.find(f"{MAIN}cellXfs")
            ]
            book = ET.fromstring(package.read("xl/workbook.xml"))
            rels = ET.fromstring(package.read("xl/_rels/workbook.xml.rels"))
            targets = {r.get("Id"): r.get("Target")
                       for r in rels.iter(f"{PACKAGE_REL}Relationship")}
            self.sheets = {}
            for sheet in book.find(f"{MAIN}sheets"):
                target = targets[sheet.get(f"{REL}id")]
                name = target.lstrip("/") if target.startswith("/") else str(
                    PurePosixPath("xl") / target)
                self.sheets[sheet.get("name")] = self._sheet(ET.fromstring(package.read(name)))

    def format_locked(self, index) -> bool:
        return self.formats[int(index or 0)]

    def _sheet(self, root) -> SheetLocks:
        protection = root.find(f"{MAIN}sheetProtection")
        cells = {}
        for cell in root.iter(f"{MAIN}c"):
            letters, row = re.fullmatch(r"([A-Z]+)(\d+)", cell.get("r")).groups()
            cells[int(row), column_index_from_string(letters)] = self.format_locked(cell.get("s"))
        columns = [(int(c.get("min")), int(c.get("max")), self.format_locked(c.get("style")))
                   for c in root.iter(f"{MAIN}col")]
        return SheetLocks(protection is not None and protection.get("sheet") in ("1", "true"),
                          cells, columns)
