"""Hostile workbooks, made on demand (no binary fixtures): what a careless or hostile partner
could send back instead of the matrix.

Run as a script to write them all to a folder and look at them:
    python tests/hostile_workbooks.py OUT_FOLDER
"""

from __future__ import annotations

import json
import sys
import zipfile
from pathlib import Path

import openpyxl

from transition_planner.exchange.matrix import BASE_SHEET

BOMB_TEXT = 1_000_000  # characters of the one shared string
BOMB_CELLS = 49_000  # cells that all show it


def rewrite_parts(path: Path, parts: dict[str, bytes]) -> Path:
    """Replace (or add) parts of a workbook's zip package, keeping the others as they are."""
    source = path.read_bytes()
    tmp = path.with_name(path.name + ".tmp")
    with zipfile.ZipFile(path) as old, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as new:
        for item in old.infolist():
            if item.filename not in parts:
                new.writestr(item, old.read(item.filename))
        for name, data in parts.items():
            new.writestr(name, data)
    tmp.replace(path)
    assert path.read_bytes() != source
    return path


def shared_strings_bomb(path: Path, text_size: int = BOMB_TEXT, cells: int = BOMB_CELLS
                        ) -> Path:
    """A matrix sheet whose capacity notes all point at one shared string of `text_size`
    characters: a few MB on disk and unpacked, gigabytes once each cell's text is made."""
    wb = openpyxl.Workbook()  # not write-only: openpyxl then writes a shared-string table
    ws = wb.active
    ws.title = "Matrix"
    ws.append(["Location", "Capacity", "Category", "Capacity notes"])
    ws.append(["Asari", "Patrols", "Mine action", "bomb"])
    wb.save(path)
    head = "Location", "Capacity", "Category", "Capacity notes"
    strings = [*head, "Asari", "Mine action", "x" * (text_size - 1) + " "]
    table = "".join(f"<si><t>{s}</t></si>" for s in strings)
    shared = (f'<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats'
              f'.org/spreadsheetml/2006/main" count="{len(strings)}" '
              f'uniqueCount="{len(strings)}">{table}</sst>')
    rows = ['<row r="1">' + "".join(f'<c r="{c}1" t="s"><v>{i}</v></c>'
                                    for i, c in enumerate("ABCD")) + "</row>"]
    for n in range(2, cells + 2):
        rows.append(f'<row r="{n}"><c r="A{n}" t="s"><v>4</v></c><c r="B{n}" t="inlineStr">'
                    f'<is><t>Patrol {n}</t></is></c><c r="C{n}" t="s"><v>5</v></c>'
                    f'<c r="D{n}" t="s"><v>6</v></c></row>')
    sheet = ('<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.'
             'openxmlformats.org/spreadsheetml/2006/main"><sheetData>' + "".join(rows)
             + "</sheetData></worksheet>")
    with zipfile.ZipFile(path) as package:  # openpyxl writes inline strings: add the table
        rels = package.read("xl/_rels/workbook.xml.rels").decode()
        types = package.read("[Content_Types].xml").decode()
    rels = rels.replace("</Relationships>", '<Relationship Type="http://schemas.openxmlformats'
                        '.org/officeDocument/2006/relationships/sharedStrings" '
                        'Target="sharedStrings.xml" Id="rId99"/></Relationships>')
    types = types.replace("</Types>", '<Override PartName="/xl/sharedStrings.xml" ContentType='
                          '"application/vnd.openxmlformats-officedocument.spreadsheetml.'
                          'sharedStrings+xml"/></Types>')
    return rewrite_parts(path, {"xl/sharedStrings.xml": shared.encode(),
                                "xl/worksheets/sheet1.xml": sheet.encode(),
                                "xl/_rels/workbook.xml.rels": rels.encode(),
                                "[Content_Types].xml": types.encode()})


def base_of_wrong_types(exported: Path, out: Path, how: str) -> Path:
    """An exported workbook whose hidden _base sheet holds JSON of unexpected types."""
    wb = openpyxl.load_workbook(exported)
    ws = wb[BASE_SHEET]
    values = json.loads(ws["D2"].value)
    damage = {
        "shown is a list": ("F2", json.dumps(["Asari", "KV0101"])),
        "values is an object": ("D2", json.dumps({"name": "x"})),
        "a value is a list": ("D2", json.dumps([["nested"], *values[1:]])),
        "a value is a number": ("D2", json.dumps([42, *values[1:]])),
        "shown holds numbers": ("F2", json.dumps({"location": 7})),
        "not JSON": ("D2", "[1, 2"),
    }
    cell, value = damage[how]
    ws[cell].value = value
    wb.save(out)
    return out


BASE_DAMAGE = ("shown is a list", "values is an object", "a value is a list",
               "a value is a number", "shown holds numbers", "not JSON")


def main(folder: str) -> None:
    out = Path(folder)
    out.mkdir(parents=True, exist_ok=True)
    print(shared_strings_bomb(out / "shared-strings-bomb.xlsx"))


if __name__ == "__main__":
    main(sys.argv[1])
