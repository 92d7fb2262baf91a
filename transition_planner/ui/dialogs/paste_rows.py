"""Paste capacities or successors copied from a spreadsheet: the rows are read, checked with
the plan's own rules and shown before anything changes; the good ones are added in one undo
step."""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from transition_planner.domain import taxonomy as tx
from transition_planner.domain.parse import ParseError, parse_date, parse_number
from transition_planner.services import inventory
from transition_planner.services.errors import InvalidInput, ServiceError
from transition_planner.services.plans import validate
from transition_planner.services.schemas import ActorCreate, CapacityCreate
from transition_planner.ui.context import ACTOR, CAPACITY
from transition_planner.ui.tables import read_tsv
from transition_planner.ui.undo import do_create

translate = QCoreApplication.translate
# The capacity fields a pasted column can fill, with the titles it may have (the inventory's
# own column titles in the window's language are added when reading).
FIELD_TITLES = {
    "name": ("capacity", "name", "nom", "capacité"),
    "location_id": ("location", "lieu", "location_id"),
    "category": ("category", "catégorie"),
    "poc_tier": ("tier", "poc tier", "poc_tier", "niveau"),
    "component": ("component", "composante"),
    "criticality": ("criticality", "criticité"),
    "quantity": ("quantity", "quantité"),
    "unit": ("unit", "unité"),
    "end_date": ("mission end", "end date", "end_date", "fin de la mission"),
    "annual_cost": ("annual cost", "annual_cost", "coût annuel"),
    "currency": ("currency", "devise"),
    "description": ("description",),
}
TERMS = {"category": tx.CATEGORY, "poc_tier": tx.POC_TIER, "component": tx.COMPONENT,
         "criticality": tx.CRITICALITY}
INVENTORY_TITLES = {"name": "Capacity", "location_id": "Location", "end_date": "Mission end",
                    "category": "Category", "poc_tier": "Tier", "component": "Component",
                    "quantity": "Quantity"}
# The same for successors (actors), with the Successors page's own titles.
SUCCESSOR_TITLES = {
    "name": ("name", "successor", "actor", "organisation", "organization", "nom", "successeur",
             "acteur"),
    "acronym": ("acronym", "sigle", "acronyme"),
    "actor_type": ("type", "actor type", "actor_type", "type d’acteur", "type d'acteur"),
    "description": ("description",),
    "contact": ("contact",),
    "presence": ("present in", "presence", "présent dans", "présence"),
}
SUCCESSOR_PAGE_TITLES = {"name": "Name", "acronym": "Acronym", "actor_type": "Type",
                         "presence": "Present in"}
CAPACITIES, SUCCESSORS = "capacities", "successors"


class PastedRow(NamedTuple):
    number: int  # its line in the pasted text (the header is line 1)
    cells: dict[str, str]  # field -> the text pasted
    values: dict  # field -> the value for the service
    problem: str  # '' when the plan accepts the row


class PastedRows(NamedTuple):
    kind: str  # CAPACITIES | SUCCESSORS
    fields: list[str]  # the fields the columns fill, in pasted order
    ignored: list[str]  # column titles no capacity field matches
    rows: list[PastedRow]
    problem: str  # what makes the whole text unusable ('' when it is usable)


def _titles(kind: str = CAPACITIES) -> dict[str, str]:
    """Column title (casefolded) -> field."""
    fields, shown, context = ((FIELD_TITLES, INVENTORY_TITLES, "CapacityTableModel")
                              if kind == CAPACITIES else
                              (SUCCESSOR_TITLES, SUCCESSOR_PAGE_TITLES, "ActorTableModel"))
    found = {}
    for field, titles in fields.items():
        for title in titles:
            found[title] = field
    for field, title in shown.items():
        found[translate(context, title).casefold()] = field
    return found


def _places(handle) -> dict[str, str]:
    """Location name or P-code (casefolded) -> id."""
    places = {}
    for loc in inventory.list_locations(handle):
        places[loc.name.casefold()] = loc.id
        if getattr(loc, "pcode", ""):
            places[loc.pcode.casefold()] = loc.id
    return places


def _term_codes(taxonomy, kind: str) -> dict[str, str]:
    """Code or label (English or French, casefolded) -> code."""
    codes = {}
    for term in taxonomy.terms(kind):
        codes[term.code.casefold()] = term.code
        for language in ("en", "fr"):
            codes[term.label_for(language).casefold()] = term.code
    return codes


def read_pasted_capacities(handle, text: str, decimal: str = ".") -> PastedRows:
    """Rows of capacities from spreadsheet text, each checked as the plan would check it."""
    taxonomy = handle.taxonomy()
    terms = {field: _term_codes(taxonomy, kind) for field, kind in TERMS.items()}
    places = _places(handle)
    return _read(CAPACITIES, text, CapacityCreate, translate(
        "PasteRows", "No column is called Capacity or Name, so the rows cannot be read "
        "as capacities."), lambda cells: _row_values(cells, terms, places, decimal))


def read_pasted_successors(handle, text: str) -> PastedRows:
    """Rows of successors (actors) from spreadsheet text, each checked as the plan would; a
    "Present in" column lists places by name or P-code, separated by ; or ,."""
    types = _term_codes(handle.taxonomy(), tx.ACTOR_TYPE)
    places = _places(handle)
    return _read(SUCCESSORS, text, ActorCreate, translate(
        "PasteRows", "No column is called Name or Successor, so the rows cannot be read "
        "as successors."), lambda cells: _successor_values(cells, types, places))


def _read(kind: str, text: str, schema, no_name: str, row_values) -> PastedRows:
    table = read_tsv(text)
    if len(table) < 2:
        return PastedRows(kind, [], [], [], translate(
            "PasteRows", "Copy the column titles with the rows: the first line says which "
            "column is the name, the location, the category…"))
    titles, by_title = table[0], _titles(kind)
    fields = [by_title.get(title.casefold()) for title in titles]
    if "name" not in fields:
        return PastedRows(kind, [], [], [], no_name)
    rows = []
    for number, line in enumerate(table[1:], start=2):
        cells = {f: (line[i] if i < len(line) else "") for i, f in enumerate(fields) if f}
        values, problem = row_values(cells)
        if not problem:
            try:
                validate(schema, {k: v for k, v in values.items() if k != "presence"})
            except InvalidInput as refused:
                problem = "; ".join(f"{k}: {v}" for k, v in refused.problems.items())
        rows.append(PastedRow(number, cells, values, problem))
    ignored = [t for t, f in zip(titles, fields, strict=True) if f is None and t]
    return PastedRows(kind, [f for f in fields if f], ignored, rows, "")


def _successor_values(cells: dict, types: dict, places: dict) -> tuple[dict, str]:
    values, problems = {}, []
    for field, text in cells.items():
        if not text:
            continue
        if field == "actor_type":
            values[field] = types.get(text.casefold())
            if values[field] is None:
                problems.append(translate("PasteRows", "unknown {field} “{text}”").format(
                    field=translate("PasteRows", "type"), text=text))
        elif field == "presence":
            names = [n.strip() for n in text.replace(",", ";").split(";") if n.strip()]
            unknown = [n for n in names if n.casefold() not in places]
            for name in unknown:
                problems.append(translate(
                    "PasteRows", "no location called “{text}” in this plan").format(text=name))
            values[field] = list(dict.fromkeys(places[n.casefold()] for n in names
                                               if n.casefold() in places))
        else:
            values[field] = text
    if "actor_type" not in values and not problems:
        problems.append(translate("PasteRows", "no type given"))
    return values, "; ".join(problems)


def _row_values(cells: dict, terms: dict, places: dict, decimal: str) -> tuple[dict, str]:
    values, problems = {}, []
    for field, text in cells.items():
        if not text:
            continue
        try:
            if field in TERMS:
                code = terms[field].get(text.casefold())
                if code is None:
                    problems.append(translate("PasteRows", "unknown {field} “{text}”").format(
                        field=field.replace("_", " "), text=text))
                values[field] = code
            elif field == "location_id":
                place = places.get(text.casefold())
                if place is None:
                    problems.append(translate(
                        "PasteRows", "no location called “{text}” in this plan").format(
                            text=text))
                values[field] = place
            elif field in ("quantity", "annual_cost"):
                number = parse_number(text, decimal=decimal)
                values[field] = float(number) if field == "quantity" else number
            elif field == "end_date":
                values[field] = parse_date(text)
            else:
                values[field] = text
        except ParseError:
            problems.append(translate("PasteRows", "{field}: “{text}” is not a {what}").format(
                field=field.replace("_", " "), text=text,
                what=translate("PasteRows", "date") if field == "end_date"
                else translate("PasteRows", "number")))
    if "location_id" not in values and not problems:
        problems.append(translate("PasteRows", "no location given"))
    if "category" not in values and not problems:
        problems.append(translate("PasteRows", "no category given"))
    return values, "; ".join(problems)


def _add_successor(handle, values: dict):
    """A pasted successor and where it is present, as one record (undo deletes both)."""
    actor = inventory.add_actor(handle, {k: v for k, v in values.items() if k != "presence"})
    if values.get("presence"):
        inventory.set_actor_presence(handle, actor.id, values["presence"])
    return actor


def add_pasted(ctx, pasted: PastedRows) -> list[str]:
    """Add the accepted rows as capacities or successors in one undo step; their ids."""
    handle, stack, added = ctx.handle, ctx.undo_stack, []
    good = [r for r in pasted.rows if not r.problem]
    if pasted.kind == CAPACITIES:
        text = translate("PasteRows", "Paste {n} capacities")
        create, delete, kind = inventory.add_capacity, inventory.delete_capacity, CAPACITY
    else:
        text = translate("PasteRows", "Paste {n} successors")
        create, delete, kind = _add_successor, inventory.delete_actor, ACTOR
    stack.beginMacro(text.format(n=len(good)))
    try:
        for row in good:
            record = do_create(ctx, row.values["name"],
                               lambda v=row.values: create(handle, v),
                               lambda record_id: delete(handle, record_id), kind)
            added.append(record.id)
    except ServiceError:
        stack.endMacro()
        stack.undo()  # all or nothing, as the preview promised
        raise
    stack.endMacro()
    return added


class PasteRowsDialog(QDialog):
    """The pasted rows as they will be added, the refused ones in red with the reason."""

    def __init__(self, ctx, pasted: PastedRows, parent=None):
        super().__init__(parent)
        self.ctx, self.pasted = ctx, pasted
        self.added: list[str] = []
        successors = pasted.kind == SUCCESSORS
        self.setObjectName("paste_rows_dialog")
        self.setWindowTitle(self.tr("Paste successors") if successors
                            else self.tr("Paste capacities"))
        self.resize(820, 420)
        layout = QVBoxLayout(self)
        good = [r for r in pasted.rows if not r.problem]
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        text = pasted.problem or (
            self.tr("%n rows will be added as new successors.", "", len(good)) if successors
            else self.tr("%n rows will be added as new capacities.", "", len(good)))
        bad = len(pasted.rows) - len(good)
        if bad and not pasted.problem:
            text += " " + self.tr("%n rows have problems (in red) and will be left out.", "",
                                  bad)
        if pasted.ignored:
            text += " " + self.tr("Columns not read: {titles}.").format(
                titles=", ".join(pasted.ignored))
        self.summary.setText(text)
        layout.addWidget(self.summary)
        self.table = self._table(pasted)
        layout.addWidget(self.table, 1)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")
        self.error.hide()
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("&Add %n successors", "", len(good)) if successors
                        else self.tr("&Add %n capacities", "", len(good)))
        self.ok.setEnabled(bool(good))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _table(self, pasted: PastedRows) -> QTableWidget:
        headers = [self.tr("Line")] + [f.replace("_id", "").replace("_", " ")
                                       for f in pasted.fields] + [self.tr("Problem")]
        table = QTableWidget(len(pasted.rows), len(headers))
        table.setObjectName("paste_preview")
        table.setHorizontalHeaderLabels(headers)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.verticalHeader().hide()
        red = QBrush(QColor("#b00020"))
        for r, row in enumerate(pasted.rows):
            cells = [str(row.number)] + [row.cells.get(f, "") for f in pasted.fields]
            cells.append(row.problem)
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if row.problem:
                    item.setForeground(red)
                    item.setToolTip(row.problem)
                table.setItem(r, c, item)
        table.resizeColumnsToContents()
        return table

    def problem_rows(self) -> list[int]:
        return [row.number for row in self.pasted.rows if row.problem]

    def accept(self) -> None:
        try:
            self.added = add_pasted(self.ctx, self.pasted)
        except ServiceError as exc:
            self.error.setText(str(exc))
            self.error.show()
            return
        super().accept()
