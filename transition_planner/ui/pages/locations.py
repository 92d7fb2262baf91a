"""The location tree with P-codes, and the team-site closure calendar."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from transition_planner.domain import taxonomy as tx
from transition_planner.services import inventory, registry_view
from transition_planner.services.errors import InvalidInput, ServiceError
from transition_planner.ui.context import CAPACITY, LOCATION, TAXONOMY
from transition_planner.ui.models.location_tree import (
    COL_NAME,
    LocationClosureTableModel,
    LocationTreeModel,
)
from transition_planner.ui.pages.plan_page import (
    ERROR_STYLE,
    FIT_ROWS,
    BackgroundEditorPage,
    CommitTextEdit,
    RecordForm,
    fill_combo,
    fit_columns,
    indented,
    line_edit,
    select_row,
    ui_language,
)
from transition_planner.ui.undo import do_update
from transition_planner.ui.widgets.date_field import DateField


class LocationForm(RecordForm):
    """The location form: coordinates typed as text come back as numbers (a decimal comma
    too), or None when empty; what is not a number goes on for the services to refuse."""

    def values(self) -> dict:
        values = super().values()
        for name in ("latitude", "longitude"):
            values[name] = _coordinate(values.get(name))
        return values


def _coordinate(text):
    if text is None or isinstance(text, float):
        return text
    text = str(text).strip().replace(",", ".")
    if not text:
        return None
    try:
        return float(text)
    except ValueError:
        return text


@dataclass(frozen=True)
class LocationsData:
    """What the page lists, read in the worker on a big plan."""

    levels: list[tuple[str, str]]
    rows: list[registry_view.LocationRow]  # in tree order
    calendar: list  # registry_view.closure_calendar of the rows


class LocationsPage(BackgroundEditorPage):
    """Add, change, move and delete locations; plan when each team site closes."""

    FORM = LocationForm
    KINDS = frozenset({LOCATION, CAPACITY, TAXONOMY})
    EDIT_KINDS = (LOCATION,)

    def __init__(self, ctx, parent=None):
        super().__init__(ctx, parent)
        self.rows: list[registry_view.LocationRow] = []
        self.model = LocationTreeModel(self)
        self.calendar_model = LocationClosureTableModel(self)
        self._build()
        self.on_plan_changed()

    # --- layout ----------------------------------------------------------------------------

    def _build(self) -> None:
        self.tree = QTreeView(self)
        self.tree.setModel(self.model)
        self.tree.setAccessibleName(self.tr("Location tree"))
        self.tree.setToolTip(self.tr("Drag a location onto another to move it inside; "
                                     "onto the empty space below to make it top level"))
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.tree.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.tree.setDragEnabled(True)
        self.tree.setAcceptDrops(True)
        self.tree.setDropIndicatorShown(True)
        self.tree.setSortingEnabled(True)
        self.tree.sortByColumn(COL_NAME, Qt.SortOrder.AscendingOrder)
        self.tree.header().setSectionResizeMode(COL_NAME, QHeaderView.ResizeMode.Interactive)
        self.tree.header().resizeSection(COL_NAME, 260)
        self.tree_error = QLabel(self)
        self.tree_error.setStyleSheet(ERROR_STYLE)
        self.tree_error.setWordWrap(True)
        self.tree_error.setAccessibleName(self.tr("Problem moving a location"))
        self.tree_error.hide()

        calendar_label = QLabel(self.tr("Team-site closure calendar"), self)
        calendar_label.setStyleSheet("font-weight: bold;")
        self.calendar = self.record_table(
            self.calendar_model, self.tr("Team-site closure calendar"),
            self.tr("Locations by planned closure date; team sites without a date are "
                    "listed last"))
        self.calendar.setWordWrap(True)
        self.calendar.setTextElideMode(Qt.TextElideMode.ElideLeft)  # keep the nearest places
        self.calendar.horizontalHeader().setStretchLastSection(True)
        self.calendar.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        # sized on a sample, not on every team site each time the page is laid out
        self.calendar.horizontalHeader().setResizeContentsPrecision(FIT_ROWS)

        top = QWidget(self)
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.tree)
        top_layout.addWidget(self.tree_error)
        bottom = QWidget(self)
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        bottom_layout.addWidget(calendar_label)
        bottom_layout.addWidget(self.calendar)
        left = QSplitter(Qt.Orientation.Vertical, self)
        left.setObjectName("locations_left_splitter")  # the window keeps its sizes
        left.addWidget(top)
        left.addWidget(bottom)
        left.setStretchFactor(0, 3)
        left.setStretchFactor(1, 2)

        self.beside("locations_splitter", left, self._build_panel())

        self.tree.selectionModel().currentRowChanged.connect(self._on_tree_row)
        self.calendar.selectionModel().currentRowChanged.connect(self._on_calendar_row)
        # Queued: the tree re-reads the plan after the drop has finished, not inside it.
        self.model.sig_move_requested.connect(self.move_location,
                                              Qt.ConnectionType.QueuedConnection)

    def _build_panel(self) -> QWidget:
        panel = self.panel_widget()
        form = self.form
        form.add("name", self.tr("Name"), line_edit(self.tr("e.g. Kalima team site"), panel),
                 self.tr("The place's name (required)"))
        form.add("level", self.tr("Level"), QComboBox(panel),
                 self.tr("Country, province (admin1), territory (admin2), team site or "
                         "field office"))
        form.add("parent_id", self.tr("Inside"), QComboBox(panel),
                 self.tr("The location this one belongs to (or drag it in the tree)"))
        pcode = form.add("pcode", self.tr("P-code"), line_edit(self.tr("e.g. CD6101"), panel),
                         self.tr("OCHA P-code of the place, at most 20 characters; checked "
                                 "against the gazetteer when one is imported"))
        self.pcode_note = QLabel(panel)
        self.pcode_note.setObjectName("pcode_note")
        self.pcode_note.setWordWrap(True)
        self.pcode_note.setAccessibleName(self.tr("What the gazetteer says of the P-code"))
        self.pcode_note.hide()
        pcode.parentWidget().layout().addWidget(self.pcode_note)
        pcode.editingFinished.connect(self.check_pcode)
        for name, label, tip in (
                ("latitude", self.tr("Latitude"),
                 self.tr("Degrees north (negative south), WGS 84, e.g. -1.6792; empty: "
                         "not on the map, or the gazetteer's centroid")),
                ("longitude", self.tr("Longitude"),
                 self.tr("Degrees east (negative west), WGS 84, e.g. 29.2228"))):
            form.add(name, label, line_edit(self.tr("degrees"), panel), tip)
        closure = DateField(panel)
        form.add("closure_date", self.tr("Closure date"), closure,
                 self.tr("When the mission plans to close its presence here; without a date "
                         "the enclosing location's date applies"))
        notes = CommitTextEdit(panel)
        notes.setFixedHeight(60)
        form.add("notes", self.tr("Notes"), notes, self.tr("Anything planners should know"))
        form.add("sensitive", self.tr("Sensitive"), QCheckBox(self.tr("Keep out of cluster "
                 "and donor exports"), panel),
                 self.tr("A sensitive location is left out of exports for clusters and donors"))

        self.child_button = QPushButton(self.tr("New inside"), panel)
        self.child_button.setToolTip(self.tr("Add a location inside the one shown"))
        self.child_button.clicked.connect(self.on_new_child)
        hint = QLabel(self.tr("Drag a location in the tree to move it into another one."),
                      panel)
        hint.setWordWrap(True)
        return self.detail_panel(
            panel, (self.tr("New location"), self.tr("Empty the form to add a top-level "
                                                     "location")),
            self.tr("Add the location, or save the changes (Ctrl+Z undoes)"),
            self.tr("Delete the location; one that still holds locations or capacities "
                    "cannot be deleted"), between=(self.child_button,), tail=(hint,))

    # --- loading ---------------------------------------------------------------------------

    def read(self, handle) -> LocationsData:
        lang = ui_language()
        rows = registry_view.location_rows(handle, lang)
        return LocationsData([(t.code, t.label_for(lang))
                              for t in handle.taxonomy().terms(tx.LOCATION_LEVEL)],
                             rows, registry_view.closure_calendar(rows))

    def show_rows(self, data: LocationsData | None) -> None:
        self.tree_error.hide()
        if data is None:
            self.rows = []
            self.model.set_rows([])
            self.calendar_model.set_rows([])
            return
        fill_combo(self.form.fields["level"], data.levels)
        self.rows = data.rows
        self.by_id = {r.id: r for r in self.rows}
        first = self.model.rowCount() == 0
        self.model.set_rows(self.rows)
        self.tree.expandAll()
        if first:  # fitted once: not on every read back, which keeps the widths the user set
            fit_columns(self.tree, 300)
        self.calendar_model.set_rows(data.calendar)

    def _parent_choices(self, own_id: str | None) -> list[tuple]:
        """Every location but this one and those inside it."""
        choices = [(None, self.tr("— top level —"))]
        skip_depth = None
        for row in self.rows:
            if skip_depth is not None and row.depth > skip_depth:
                continue
            skip_depth = None
            if row.id == own_id:
                skip_depth = row.depth
                continue
            choices.append((row.id, indented(row.name, row.depth, self)))
        return choices

    # --- showing one location --------------------------------------------------------------

    def _on_tree_row(self, current, _previous) -> None:
        if current.isValid():
            record_id = current.internalPointer().row.id
            if record_id != self.current_id:
                self.switch_to(record_id)
                self._select_in_calendar()

    def _on_calendar_row(self, current, _previous) -> None:
        if current.isValid():
            record_id = self.calendar_model.row_at(current.row()).id
            if record_id != self.current_id:
                self.switch_to(record_id)
                self._select_row()

    def select_id(self, record_id: str | None) -> None:
        super().select_id(record_id)
        self._select_row()

    def _select_row(self) -> None:
        selection = self.tree.selectionModel()
        selection.blockSignals(True)
        index = self.model.index_of_id(self.current_id)
        if index.isValid():
            self.tree.setCurrentIndex(index)
            self.tree.scrollTo(index)
        else:
            self.tree.clearSelection()
            self.tree.setCurrentIndex(index)
        selection.blockSignals(False)
        self._select_in_calendar()

    def _select_in_calendar(self) -> None:
        selection = self.calendar.selectionModel()
        selection.blockSignals(True)
        number = self.calendar_model.row_of_id(self.current_id)
        if number >= 0:
            select_row(self.calendar, number)
        else:
            self.calendar.clearSelection()
        selection.blockSignals(False)

    def _show_record(self, row) -> None:
        fill_combo(self.form.fields["parent_id"],
                   self._parent_choices(row.id if row is not None else None), keep=False)
        super().show_record(row)
        self.title.setText(row.name if row is not None else self.tr("New location"))
        self.delete_button.setEnabled(row is not None)
        self.child_button.setEnabled(row is not None)

    # --- editing ---------------------------------------------------------------------------

    def default_values(self) -> dict:
        return {"name": "", "parent_id": None, "level": "team_site", "pcode": "",
                "closure_date": None, "notes": "", "sensitive": False, "latitude": None,
                "longitude": None}

    def show_record(self, row) -> None:
        self._show_record(row)
        self.check_pcode(fill=False)

    def check_pcode(self, fill: bool = True) -> str:
        """Say what the gazetteer knows of the P-code typed; fill in the name, the location
        above and the coordinates it gives when those are still empty. Returns the note."""
        from transition_planner.services import gazetteer

        handle = self.ctx.handle
        pcode = self.form.fields["pcode"].text().strip()
        found = gazetteer.check_pcode(handle, pcode) if handle and pcode else None
        if found is None or not found.has_gazetteer:
            self.pcode_note.hide()
            return ""
        if found.unit is None:
            note = self.tr("%1 is not in the gazetteer: check the code").replace("%1", pcode)
            self.pcode_note.setStyleSheet(ERROR_STYLE)
        else:
            unit = found.unit
            note = self.tr("%1 in the gazetteer (admin %2)").replace(
                "%1", unit.display_name(ui_language())).replace("%2", str(unit.level))
            self.pcode_note.setStyleSheet("")
            if fill:
                self._fill_from(unit, found.parent_location_id)
        self.pcode_note.setText(note)
        self.pcode_note.show()
        return note

    def _fill_from(self, unit, parent_id: str | None) -> None:
        fields = self.form.fields
        if not fields["name"].text().strip():
            fields["name"].setText(unit.display_name(ui_language()))
        if fields["parent_id"].currentData() is None and parent_id is not None:
            index = fields["parent_id"].findData(parent_id)
            if index >= 0:
                fields["parent_id"].setCurrentIndex(index)
        if unit.latitude is not None and not fields["latitude"].text().strip() and \
                fields["level"].currentData() in ("team_site", "field_office"):
            fields["latitude"].setText(f"{unit.latitude:.5f}")
            fields["longitude"].setText(f"{unit.longitude:.5f}")

    def on_new_child(self) -> None:
        parent = self.by_id.get(self.current_id or "")

        def new_inside():
            self._new()
            if parent is not None:
                self.form.set_values({"parent_id": parent.id,
                                      "level": _child_level(parent.level)})

        self.leave_record(new_inside)

    def service_create(self, values: dict):
        return inventory.add_location(self.ctx.handle, values)

    def service_update(self, record_id: str, changes: dict):
        return inventory.update_location(self.ctx.handle, record_id, changes)

    def service_delete(self, record_id: str) -> str:
        return inventory.delete_location(self.ctx.handle, record_id)

    def undo_text(self, action: str, values: dict) -> str:
        text = {"add": self.tr("Add location %1"), "change": self.tr("Change location %1"),
                "delete": self.tr("Delete location %1")}[action]
        return text.replace("%1", values.get("name", ""))

    def move_location(self, location_id: str, parent_id: str | None) -> bool:
        """Re-parent a location (what a drop in the tree does), through the undo stack."""
        row = self.by_id.get(location_id)
        if row is None or row.parent_id == parent_id:
            return False
        handle = self.ctx.handle
        parent = self.by_id.get(parent_id or "")
        text = (self.tr("Move %1 into %2").replace("%1", row.name).replace("%2", parent.name)
                if parent else self.tr("Move %1 to the top level").replace("%1", row.name))
        try:
            do_update(self.ctx, text,
                      lambda ch: inventory.update_location(handle, location_id, ch),
                      {"parent_id": row.parent_id}, {"parent_id": parent_id}, LOCATION)
        except InvalidInput as exc:
            self.tree_error.setText("; ".join(exc.problems.values()))
            self.tree_error.show()
            return False
        except ServiceError as exc:
            self.tree_error.setText(str(exc))
            self.tree_error.show()
            return False
        self.select_id(location_id)
        return True


def _child_level(level: str) -> str:
    """The usual level one step down: country > admin1 > admin2 > team site."""
    order = ("country", "admin1", "admin2", "team_site")
    return order[min(order.index(level) + 1, len(order) - 1)] if level in order else "team_site"
