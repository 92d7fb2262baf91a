"""Successor mapping of one capacity: its handovers, each edited field by field, with history."""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from transition_planner.domain import taxonomy as tx
from transition_planner.services import handovers, registry_view
from transition_planner.services.schemas import HandoverCreate
from transition_planner.ui.context import FUNDING, HANDOVER, READINESS
from transition_planner.ui.models.actor_table import risk_explanation, risk_text
from transition_planner.ui.models.labels import TermLabels
from transition_planner.ui.models.row_table import ColumnTableModel
from transition_planner.ui.translations import current_language
from transition_planner.ui.undo import do_create, do_delete, do_update
from transition_planner.ui.widgets.date_field import DateField
from transition_planner.ui.widgets.fields import (
    BOOL,
    CODE,
    DATE,
    MULTILINE,
    NUMBER,
    PERCENT,
    TEXT,
    ErrorLabel,
    FieldSet,
    fill_combo,
    run_edit,
    select_row,
)

ALIASES = {"dates": "end_date"}  # "the handover ends before it starts" has no single field


class HandoverRow(NamedTuple):
    """A handover as the successor table and forms show it."""

    id: str
    actor: str
    values: dict  # HandoverCreate fields
    version: int | None = None  # what an edit is made on (stale edits are refused)


def handover_rows(handle, capacity_id: str, actor_names: dict[str, str]) -> list[HandoverRow]:
    out = []
    for h in handovers.list_handovers(handle, capacity_id):
        values = {name: getattr(h, name) for name in HandoverCreate.model_fields}
        out.append(HandoverRow(h.id, actor_names.get(h.actor_id, "?"), values, h.version))
    return out


def share_text(value) -> str:
    return f"{float(value) * 100:g}%" if value is not None else ""


class SuccessorPanel(QWidget):
    """The Successors tab: who takes the capacity over, how much, how, when, and how far."""

    sig_selected = Signal(object)  # the chosen handover id, or None

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.capacity: dict | None = None
        self.labels = TermLabels()
        self.actor_names: dict[str, str] = {}
        self._refreshing = False  # re-reading after an edit is no choice of the user's
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self._build_add_row())
        self.add_error = ErrorLabel()
        layout.addWidget(self.add_error)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self._build_table())
        splitter.addWidget(self._build_form())
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([140, 420])
        layout.addWidget(splitter, 1)
        self._show_handover(None)

    def _build_add_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.map_dialog: MapSuccessorDialog | None = None
        self.add_button = QPushButton(self.tr("&Map successor…"))
        self.add_button.setToolTip(self.tr(
            "Choose an organisation present where the capacity is, and when it takes over"))
        self.add_button.clicked.connect(self.open_map_dialog)
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.setToolTip(self.tr("Remove the selected handover"))
        self.remove_button.clicked.connect(self.remove_selected)
        row.addWidget(self.add_button)
        row.addStretch(1)
        row.addWidget(self.remove_button)
        return row

    def _build_table(self) -> QTableView:
        self.model = ColumnTableModel([
            (self.tr("Successor"), lambda r: r.actor),
            (self.tr("Role"), lambda r: self.labels.label(tx.HANDOVER_ROLE, r.values["role"])),
            (self.tr("Share"), lambda r: share_text(r.values["share"])),
            (self.tr("Modality"), lambda r: self.labels.label(tx.MODALITY, r.values["modality"])),
            (self.tr("Start"), lambda r: _day(r.values["start_date"])),
            (self.tr("End"), lambda r: _day(r.values["end_date"])),
            (self.tr("Status"),
             lambda r: self.labels.label(tx.HANDOVER_STATUS, r.values["status"])),
        ], self)
        self.table = QTableView()
        self.table.setObjectName("successor_table")
        self.table.setAccessibleName(self.tr("Successors of this capacity"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.setMinimumHeight(90)
        self.table.selectionModel().currentRowChanged.connect(self._on_current)
        return self.table

    def _build_form(self) -> QWidget:
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        body = QWidget()
        scroll.setWidget(body)
        column = QVBoxLayout(body)
        column.setContentsMargins(0, 0, 0, 0)
        self.form_box = QGroupBox(self.tr("Handover"))
        form = QFormLayout(self.form_box)
        self.fields = FieldSet(form, self._commit)
        add = self.fields.add
        add("actor_id", CODE, self.tr("Successor:"))
        add("role", CODE, self.tr("Role:"))
        add("share", PERCENT, self.tr("Share taken over (%):"),
            self.tr("Part of the capacity this successor takes over, 0 to 100"))
        add("quantity", NUMBER, self.tr("Quantity taken over:"),
            self.tr("Optional: how many, e.g. 12 of the 30 assistants"))
        add("modality", CODE, self.tr("Modality:"))
        add("start_date", DATE, self.tr("Handover date:"),
            self.tr("When the successor starts providing it"))
        add("end_date", DATE, self.tr("Commitment ends:"),
            self.tr("Empty: beyond the plan's horizon"))
        add("status", CODE, self.tr("Status:"))
        add("status_note", TEXT, self.tr("Note on the status change:"),
            self.tr("Recorded in the status history with the next status change"))
        add("agreement_status", CODE, self.tr("Agreement:"),
            self.tr("None, drafted or signed: a handover begun without a signed agreement is "
                    "flagged"))
        add("agreement_ref", TEXT, self.tr("Agreement reference:"),
            self.tr("MoU, exchange of letters, e.g. 'MoU 2027/14'"))
        add("agreement_date", DATE, self.tr("Agreement signed on:"))
        add("alternative_to_id", CODE, self.tr("Fallback for:"),
            self.tr("A fallback counts for nothing until the handover it stands in for is "
                    "declined or handed back"))
        add("data_handover", MULTILINE, self.tr("Data handover:"), self.tr(
            "How contact lists, case files and databases are handed over, with which consent"))
        add("data_protocol_agreed", BOOL, self.tr("Data-handover protocol agreed"))
        add("notes", MULTILINE, self.tr("Notes:"))
        add("sensitive", BOOL, self.tr("Sensitive record (internal exports only)"))
        column.addWidget(self.form_box)
        history = QGroupBox(self.tr("Status history"))
        history_layout = QVBoxLayout(history)
        self.history = QListWidget()
        self.history.setObjectName("status_history")
        self.history.setAccessibleName(self.tr("Status history"))
        self.history.setMaximumHeight(110)
        history_layout.addWidget(self.history)
        column.addWidget(history)
        column.addStretch(1)
        return scroll

    # --- loading ---------------------------------------------------------------------------

    def set_choices(self, labels: TermLabels, actors: list[tuple[str, str]]) -> None:
        self.labels = labels
        self.actor_names = dict(actors)
        fill_combo(self.fields.widget("actor_id"), actors)
        for name, kind in (("role", tx.HANDOVER_ROLE), ("modality", tx.MODALITY),
                           ("status", tx.HANDOVER_STATUS)):
            fill_combo(self.fields.widget(name), labels.choices(kind))
        fill_combo(self.fields.widget("agreement_status"), [
            ("none", self.tr("None")), ("draft", self.tr("Drafted")),
            ("signed", self.tr("Signed"))])
        self.add_button.setEnabled(bool(actors))
        if not actors:
            self.add_error.show_problem(self.tr(
                "No successor organisation in this plan yet: add them on the Successors page."))

    def show_capacity(self, capacity: dict | None) -> None:
        """Show the handovers of a capacity, keeping the selected one when it remains."""
        keep = self.selected_id()
        self.capacity = capacity
        self.setEnabled(capacity is not None)
        if capacity is None:
            self.model.set_rows([])
            self._show_handover(None)
            return
        self._refreshing = True
        try:
            self.model.set_rows(handover_rows(self.ctx.handle, capacity["id"], self.actor_names))
            if self.actor_names:
                self.add_error.show_problem("")
            self.select(keep if keep and self.model.row_of_id(keep) >= 0 else None)
        finally:
            self._refreshing = False

    def select(self, handover_id: str | None) -> None:
        row = self.model.row_of_id(handover_id) if handover_id else -1
        if row < 0 and self.model.rowCount():
            row = 0
        if row >= 0:
            select_row(self.table, row)
            self._show_handover(self.model.row_at(row))
        else:
            self.table.clearSelection()
            self._show_handover(None)

    def selected_id(self) -> str | None:
        index = self.table.currentIndex()
        return self.model.row_at(index.row()).id if index.isValid() else None

    def rows(self) -> list[HandoverRow]:
        return self.model.rows()

    def _on_current(self, current, _previous) -> None:
        self._show_handover(self.model.row_at(current.row()) if current.isValid() else None)

    def _show_handover(self, row: HandoverRow | None) -> None:
        self.current = row
        self.form_box.setEnabled(row is not None)
        self.remove_button.setEnabled(row is not None)
        self.history.clear()
        if row is None:
            self.form_box.setTitle(self.tr("Handover"))
            if not self._refreshing:
                self.sig_selected.emit(None)
            return
        self.form_box.setTitle(self.tr("Handover to {actor}").format(actor=row.actor))
        others = [(o.id, o.actor) for o in self.model.rows() if o.id != row.id]
        fill_combo(self.fields.widget("alternative_to_id"),
                   [(None, self.tr("(not a fallback)")), *others], keep=False)
        self.fields.show_values({**row.values, "status_note": ""})
        for change in handovers.status_history(self.ctx.handle, row.id):
            before = self.labels.label(tx.HANDOVER_STATUS, change.from_status)
            after = self.labels.label(tx.HANDOVER_STATUS, change.to_status)
            step = f"{before} → {after}" if before else after
            note = f": {change.note}" if change.note else ""
            self.history.addItem(self.tr("{day}  {step}, by {user}{note}").format(
                day=change.changed_at.date().isoformat(), step=step, user=change.changed_by,
                note=note))
        if not self._refreshing:  # only a choice of the user's moves the Readiness tab
            self.sig_selected.emit(row.id)

    # --- editing ---------------------------------------------------------------------------

    def open_map_dialog(self) -> MapSuccessorDialog | None:
        """Ask which organisation takes the capacity over, and from when."""
        if self.capacity is None:
            return None
        dialog = MapSuccessorDialog(self.ctx.handle, self.capacity, self)
        dialog.accepted.connect(
            lambda: self.add_successor(dialog.actor_id(), dialog.start.value()))
        dialog.finished.connect(lambda _r: setattr(self, "map_dialog", None))
        self.map_dialog = dialog
        dialog.open()
        return dialog

    def add_successor(self, actor_id: str | None, start_date=None) -> str | None:
        """Map an organisation to the capacity from a date; it takes whatever share is free."""
        if self.capacity is None or actor_id is None:
            return None
        handle, cap_id = self.ctx.handle, self.capacity["id"]
        taken = sum(r.values["share"] for r in self.rows() if _counts(r, self.labels))
        data = {"capacity_id": cap_id, "actor_id": actor_id,
                "role": "support" if self.rows() else "lead",
                "share": round(max(0.0, 1.0 - taken), 6), "start_date": start_date}
        text = self.tr("Map {actor} to {capacity}").format(
            actor=self.actor_names.get(actor_id, ""), capacity=self.capacity["name"])
        created = {}

        def create():
            created["record"] = do_create(
                self.ctx, text, lambda: handovers.add_handover(handle, data),
                lambda h_id: handovers.delete_handover(handle, h_id), HANDOVER)

        if run_edit(self.fields, None, create, general=self.add_error):
            handover_id = created["record"].id
            self.select(handover_id)
            return handover_id
        return None

    def remove_selected(self) -> None:
        row = self.current
        if row is None:
            return
        handle = self.ctx.handle
        text = self.tr("Remove {actor} as successor").format(actor=row.actor)
        run_edit(self.fields, None, lambda: do_delete(
            self.ctx, text, lambda: handovers.delete_handover(handle, row.id),
            HANDOVER, READINESS, FUNDING), general=self.add_error)

    def _commit(self, name: str) -> None:
        row = self.current
        if row is None or name == "status_note":
            return
        field = self.fields[name]
        if not field.changed_from(row.values[name]):
            field.error.show_problem("")
            return
        handle, handover_id = self.ctx.handle, row.id
        old, new = {name: row.values[name]}, {name: field.value()}
        if name == "status":
            new["status_note"] = self.fields["status_note"].value()
        text = self.tr("Change {field} of the handover to {actor}").format(
            field=field.label.rstrip(":").lower(), actor=row.actor)

        def update(values, version=None):
            return handovers.update_handover(handle, handover_id, values, version=version)

        # Success re-reads the panel (the command announces the change), status note included.
        run_edit(self.fields, name, lambda: do_update(self.ctx, text, update, old, new,
                                                      HANDOVER, version=row.version), ALIASES)


class MapSuccessorDialog(QDialog):
    """Map successor: organisations present where the capacity is (risky types marked ⚠),
    searchable, and the date the chosen one takes over."""

    def __init__(self, handle, capacity: dict, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Map a successor to {capacity}").format(
            capacity=capacity["name"]))
        self.setMinimumWidth(480)
        lang = current_language()
        locations = registry_view.location_rows(handle, lang)
        self.place = _around(locations, capacity["location_id"])
        self.actors = registry_view.actor_rows(handle, lang)
        layout = QVBoxLayout(self)
        where = next((loc.name for loc in locations if loc.id == capacity["location_id"]), "")
        intro = QLabel(self.tr("Organisations present in {place} or around it:").format(
            place=where))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search by name or acronym"))
        self.search.setAccessibleName(self.tr("Search organisations"))
        self.search.setClearButtonEnabled(True)
        layout.addWidget(self.search)
        self.show_all = QCheckBox(self.tr("Show organisations present elsewhere too"))
        layout.addWidget(self.show_all)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Organisations"))
        layout.addWidget(self.list, 1)
        form = QFormLayout()
        self.start = DateField()
        self.start.setAccessibleName(self.tr("Handover date"))
        self.start.setToolTip(self.tr("When the successor starts providing it (empty: not "
                                      "known yet)"))
        form.addRow(self.tr("Handover date:"), self.start)
        layout.addLayout(form)
        self.error = ErrorLabel()
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Map"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.search.textChanged.connect(self._fill)
        self.show_all.toggled.connect(self._fill)
        self.list.itemDoubleClicked.connect(lambda _item: self.accept())
        self._fill()
        self.search.setFocus()

    def _fill(self) -> None:
        needle = self.search.text().strip().casefold()
        self.list.clear()
        for actor in self.actors:
            if not self.show_all.isChecked() and not set(actor.presence) & self.place:
                continue
            if needle and needle not in f"{actor.name}\n{actor.acronym}".casefold():
                continue
            text = f"{actor.name} ({actor.acronym})" if actor.acronym else actor.name
            item = QListWidgetItem(text)
            if actor.party_to_conflict or actor.not_successor:
                risk = risk_text(actor.party_to_conflict, actor.not_successor)
                item.setText(f"⚠ {text} — {risk}")
                item.setToolTip(risk_explanation(actor.party_to_conflict, actor.not_successor))
            item.setData(Qt.ItemDataRole.UserRole, actor.id)
            self.list.addItem(item)

    def actor_id(self) -> str | None:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def accept(self) -> None:
        if self.actor_id() is None:
            self.error.show_problem(self.tr("Choose the organisation that takes it over."))
            return
        if self.start.problem():
            self.error.show_problem(f"{self.tr('Handover date')} {self.start.problem()}")
            return
        super().accept()


def _around(locations, location_id: str | None) -> set[str]:
    """A place with the places around it (enclosing) and inside it: presence there counts."""
    parents = {loc.id: loc.parent_id for loc in locations}
    place = {location_id}
    while True:  # the places inside it
        inside = {loc_id for loc_id, parent in parents.items() if parent in place} - place
        if not inside:
            break
        place |= inside
    up = parents.get(location_id)
    while up:  # and those it lies in
        place.add(up)
        up = parents.get(up)
    return place - {None}


def _counts(row: HandoverRow, labels: TermLabels) -> bool:
    """Whether a handover's share is taken (not closed, not a discontinue decision)."""
    taxonomy = labels.taxonomy
    closed = taxonomy.attribute(tx.HANDOVER_STATUS, row.values["status"], "closed", False)
    return not closed and not taxonomy.attribute(tx.MODALITY, row.values["modality"],
                                                 "discontinue", False)


def _day(value) -> str:
    return value.isoformat() if value else ""
