"""Every field of a capacity, saved one by one as the user leaves it, with its enablers."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from transition_planner.domain import taxonomy as tx
from transition_planner.services import inventory
from transition_planner.services.errors import ServiceError
from transition_planner.services.schemas import CapacityCreate
from transition_planner.ui.context import CAPACITY
from transition_planner.ui.models.labels import TermLabels
from transition_planner.ui.undo import ServiceCommand, do_update
from transition_planner.ui.widgets.chooser import SearchableCombo
from transition_planner.ui.widgets.date_field import format_hint, show_date
from transition_planner.ui.widgets.fields import (
    BOOL,
    CODE,
    CODES,
    DATE,
    MONEY,
    MULTILINE,
    NUMBER,
    PERCENT,
    TEXT,
    ErrorLabel,
    FieldSet,
    fill_combo,
    fit_list_height,
    run_edit,
)

# The service words some problems by label rather than by field name.
ALIASES = {"annual cost": "annual_cost", "end date": "end_date", "location": "location_id"}
SENSITIVE_CHOICES = ("description", "quantity", "annual_cost", "data_assets", "notes")


def capacity_values(capacity) -> dict:
    """A capacity as a plain dict of its editable fields (no ORM object is kept)."""
    values = {name: getattr(capacity, name) for name in CapacityCreate.model_fields}
    values["id"] = capacity.id
    values["version"] = capacity.version  # what an edit is made on (stale edits are refused)
    return values


class CapacityForm(QWidget):
    """The Capacity tab: name, place, category, quantity, cost, dates, populations, data."""

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.record: dict | None = None
        self.labels = TermLabels()
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        body = QWidget()
        scroll.setWidget(body)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        column = QVBoxLayout(body)
        form = QFormLayout()
        column.addLayout(form)
        self.fields = FieldSet(form, self._commit)
        self._build_fields()
        column.addWidget(self._build_enablers())
        column.addStretch(1)

    def _build_fields(self) -> None:
        add = self.fields.add
        add("name", TEXT, self.tr("Name:"), self.tr("What the mission does, e.g. "
                                                    "'Community alert network (Kanzi)'"))
        add("description", MULTILINE, self.tr("Description:"))
        add("location_id", CODE, self.tr("Location:"),
            self.tr("Where the mission provides it (team site, field office, province)"))
        add("category", CODE, self.tr("Category:"))
        add("poc_tier", CODE, self.tr("POC tier:"), self.tr(
            "I: dialogue and engagement; II: physical protection; III: protective environment"))
        add("component", CODE, self.tr("Component:"))
        add("quantity", NUMBER, self.tr("Quantity:"), self.tr("How many, e.g. 30"))
        add("unit", TEXT, self.tr("Unit:"), self.tr("What is counted, e.g. 'community "
                                                    "liaison assistants'"))
        add("annual_cost", MONEY, self.tr("Annual cost:"),
            self.tr("What it costs a year, e.g. 120000"))
        add("currency", TEXT, self.tr("Currency:"), self.tr("Three letters, e.g. USD"))
        add("end_date", DATE, self.tr("Mission end date:"), self.tr(
            "When the mission stops providing it here; empty: the location's closure date"))
        add("criticality", CODE, self.tr("Criticality:"))
        add("required_share", PERCENT, self.tr("Still required after exit (%):"), self.tr(
            "How much of today's provision is still needed once the mission has left"))
        add("populations", CODES, self.tr("Populations served:"))
        add("data_assets", MULTILINE, self.tr("Data assets:"), self.tr(
            "Contact lists, incident databases, analysis that must be handed over"))
        add("has_sensitive_data", BOOL, self.tr("Holds sensitive data (needs a data-handover "
                                                "protocol)"))
        add("notes", MULTILINE, self.tr("Notes:"))
        add("sensitive", BOOL, self.tr("Sensitive record (internal exports only)"))
        add("sensitive_fields", CODES, self.tr("Sensitive fields:"), self.tr(
            "Fields left out of exports for clusters and donors"))

    def _build_enablers(self) -> QGroupBox:
        box = QGroupBox(self.tr("Depends on (enablers)"))
        box.setToolTip(self.tr("Capacities this one cannot run without, e.g. flights, radios, "
                               "phone credit"))
        layout = QVBoxLayout(box)
        self.enabler_list = QListWidget()
        self.enabler_list.setAccessibleName(self.tr("Enablers"))
        self.enabler_list.setMaximumHeight(90)
        layout.addWidget(self.enabler_list)
        row = QHBoxLayout()
        # every other capacity of the plan (10,000 at times): typed to be found, and nothing
        # chosen until one is picked, so Add never adds what was not asked for
        self.enabler_choice = SearchableCombo()
        self.enabler_choice.setObjectName("enabler_choice")
        self.enabler_choice.setAccessibleName(self.tr("Enabler to add"))
        self.enabler_choice.setToolTip(self.tr("Type part of a capacity's name, pick it from "
                                               "the list, then Add"))
        self.enabler_choice.lineEdit().setPlaceholderText(self.tr("Type to search capacities"))
        self.enabler_choice.currentIndexChanged.connect(self._update_enabler_buttons)
        row.addWidget(self.enabler_choice, 1)
        self.add_enabler_button = QPushButton(self.tr("Add"))
        self.add_enabler_button.setToolTip(self.tr("This capacity depends on the chosen one"))
        self.add_enabler_button.clicked.connect(self.add_enabler)
        row.addWidget(self.add_enabler_button)
        self.remove_enabler_button = QPushButton(self.tr("Remove"))
        self.remove_enabler_button.clicked.connect(self.remove_enabler)
        row.addWidget(self.remove_enabler_button)
        layout.addLayout(row)
        self.enabler_error = ErrorLabel()
        layout.addWidget(self.enabler_error)
        return box

    # --- loading ---------------------------------------------------------------------------

    def set_choices(self, labels: TermLabels, locations: list[tuple[str, str]]) -> None:
        """Fill the lists from the plan: taxonomy terms and locations."""
        self.labels = labels
        for name, kind in (("category", tx.CATEGORY), ("poc_tier", tx.POC_TIER),
                           ("component", tx.COMPONENT), ("criticality", tx.CRITICALITY)):
            fill_combo(self.fields.widget(name), [(c, t) for c, t in labels.choices(kind)])
        fill_combo(self.fields.widget("location_id"), locations)
        self._fill_checks("populations", labels.choices(tx.POPULATION))
        names = {"description": self.tr("Description"), "quantity": self.tr("Quantity"),
                 "annual_cost": self.tr("Annual cost"), "data_assets": self.tr("Data assets"),
                 "notes": self.tr("Notes")}
        self._fill_checks("sensitive_fields", [(n, names[n]) for n in SENSITIVE_CHOICES])

    def _fill_checks(self, name: str, choices) -> None:
        widget = self.fields.widget(name)
        widget.blockSignals(True)
        widget.clear()
        for code, text in choices:
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            widget.addItem(item)
        widget.blockSignals(False)
        fit_list_height(widget)

    def show_record(self, record: dict | None, enabler_ids: list[str] = (),
                    capacities: list[tuple[str, str]] = ()) -> None:
        """Show a capacity; `capacities` (id, name) are the possible enablers."""
        self.record = record
        self.setEnabled(record is not None)
        if record is None:
            return
        self.fields.show_values(record)
        names = dict(capacities)
        self.enabler_list.clear()
        for enabler_id in enabler_ids:
            item = QListWidgetItem(names.get(enabler_id, "?"))
            item.setData(Qt.ItemDataRole.UserRole, enabler_id)
            self.enabler_list.addItem(item)
        others = [(cid, name) for cid, name in capacities
                  if cid != record["id"] and cid not in enabler_ids]
        self.enabler_choice.set_choices(others, first=False)
        self._update_enabler_buttons()
        self.enabler_error.show_problem("")

    def _update_enabler_buttons(self, *_args) -> None:
        self.add_enabler_button.setEnabled(self.enabler_choice.currentIndex() >= 0)
        self.remove_enabler_button.setEnabled(self.enabler_list.count() > 0)

    def show_mission_end(self, mission_end) -> None:
        """Without an end date of its own, say which date applies (the location's closure)."""
        widget = self.fields.widget("end_date")
        if mission_end is not None and self.record and self.record["end_date"] is None:
            widget.setPlaceholderText(self.tr("{format}; empty: {date}, from the location").format(
                format=format_hint(widget.fmt), date=show_date(mission_end, widget.fmt)))
        else:
            widget.setPlaceholderText(format_hint(widget.fmt))

    # --- editing ---------------------------------------------------------------------------

    def _commit(self, name: str) -> None:
        record, field = self.record, self.fields[name]
        if record is None or not field.changed_from(record[name]):
            field.error.show_problem("")
            return
        handle, cap_id = self.ctx.handle, record["id"]
        old, new = {name: record[name]}, {name: field.value()}
        text = self.tr("Change {field} of {capacity}").format(
            field=field.label.rstrip(":").lower(), capacity=record["name"])

        def update(values, version=None):
            return inventory.update_capacity(handle, cap_id, values, version=version)

        # Success re-reads the panel: the command announces the change to every view.
        run_edit(self.fields, name, lambda: do_update(self.ctx, text, update, old, new,
                                                      CAPACITY, version=record.get("version")),
                 ALIASES)

    def add_enabler(self) -> None:
        enabler_id = self.enabler_choice.currentData()
        if self.record is None or enabler_id is None:
            return
        handle, cap_id = self.ctx.handle, self.record["id"]
        text = self.tr("{capacity} depends on {enabler}").format(
            capacity=self.record["name"], enabler=self.enabler_choice.chosen_text())
        self._run_link(text, lambda: inventory.add_enabler(handle, cap_id, enabler_id),
                       lambda: inventory.remove_enabler(handle, cap_id, enabler_id))

    def remove_enabler(self) -> None:
        item = self.enabler_list.currentItem() or self.enabler_list.item(0)
        if self.record is None or item is None:
            return
        enabler_id = item.data(Qt.ItemDataRole.UserRole)
        handle, cap_id = self.ctx.handle, self.record["id"]
        text = self.tr("{capacity} no longer depends on {enabler}").format(
            capacity=self.record["name"], enabler=item.text())
        self._run_link(text, lambda: inventory.remove_enabler(handle, cap_id, enabler_id),
                       lambda: inventory.add_enabler(handle, cap_id, enabler_id))

    def _run_link(self, text: str, do, undo) -> None:
        """Enabler links have no id of their own: undo simply does the opposite."""
        try:
            do()
        except ServiceError as exc:
            self.enabler_error.show_problem(str(exc))
            return
        self.ctx.undo_stack.push(ServiceCommand(self.ctx, text, undo, do, (CAPACITY,)))
