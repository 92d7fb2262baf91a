"""Funding lines of one capacity and its handovers: a table, a new-line form, field edits."""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from transition_planner.domain import taxonomy as tx
from transition_planner.services import handovers
from transition_planner.services.schemas import FundingLineCreate
from transition_planner.ui.context import FUNDING
from transition_planner.ui.models.labels import TermLabels
from transition_planner.ui.models.row_table import ColumnTableModel
from transition_planner.ui.undo import do_create, do_delete, do_update
from transition_planner.ui.widgets.fields import (
    BOOL,
    CODE,
    DATE,
    MONEY,
    MULTILINE,
    TEXT,
    ErrorLabel,
    FieldSet,
    fill_combo,
    run_edit,
    select_row,
)

ALIASES = {"dates": "period_end"}
NEW_LINE_FIELDS = ("handover_id", "source_type", "donor", "amount", "currency", "status",
                   "period_start", "period_end", "notes", "sensitive")


class FundingRow(NamedTuple):
    """A funding line as the table and form show it."""

    id: str
    values: dict  # FundingLineCreate fields
    version: int | None = None  # what an edit is made on (stale edits are refused)


def funding_rows(handle, capacity_id: str) -> list[FundingRow]:
    return [
        FundingRow(line.id, {name: getattr(line, name) for name in FundingLineCreate.model_fields},
                   line.version)
        for line in handovers.list_funding_lines(handle, capacity_id)
    ]


class FundingPanel(QWidget):
    """The Funding tab: money for the capacity as a whole or for one successor's handover."""

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.capacity: dict | None = None
        self.labels = TermLabels()
        self.successors: dict[str, str] = {}  # handover id -> successor name
        self.default_currency = "USD"
        self.current: FundingRow | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        buttons = QHBoxLayout()
        self.new_button = QPushButton(self.tr("&New funding line"))
        self.new_button.setToolTip(self.tr("Fill in a new line below, then add it"))
        self.new_button.clicked.connect(self.start_new_line)
        self.delete_button = QPushButton(self.tr("Delete line"))
        self.delete_button.clicked.connect(self.delete_selected)
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self._build_table())
        splitter.addWidget(self._build_form())
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([140, 420])
        layout.addWidget(splitter, 1)
        self.start_new_line()

    def _build_table(self) -> QTableView:
        money = QLocale()
        self.model = ColumnTableModel([
            (self.tr("For"), lambda r: self.successors.get(r.values["handover_id"], "")
             if r.values["handover_id"] else self.tr("the capacity")),
            (self.tr("Source"),
             lambda r: self.labels.label(tx.FUNDING_SOURCE, r.values["source_type"])),
            (self.tr("Donor"), lambda r: r.values["donor"]),
            (self.tr("Amount"), lambda r: f"{r.values['currency']} "
             f"{money.toString(float(r.values['amount']), 'f', 0)}"),
            (self.tr("Status"), lambda r: self.labels.label(tx.FUNDING_STATUS,
                                                            r.values["status"])),
            (self.tr("Period"), lambda r: _period(r.values)),
        ], self)
        self.table = QTableView()
        self.table.setObjectName("funding_table")
        self.table.setAccessibleName(self.tr("Funding lines of this capacity"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate((150, 150, 130, 110, 90)):
            header.resizeSection(column, width)
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
        self.form_box = QGroupBox()
        form = QFormLayout(self.form_box)
        self.fields = FieldSet(form, self._commit)
        add = self.fields.add
        add("handover_id", CODE, self.tr("For:"), self.tr(
            "The capacity as a whole, or the handover to one successor"))
        add("source_type", CODE, self.tr("Source:"))
        add("donor", TEXT, self.tr("Donor:"), self.tr("e.g. the embassy or fund"))
        add("amount", MONEY, self.tr("Amount:"), self.tr("e.g. 250000"))
        add("currency", TEXT, self.tr("Currency:"), self.tr("Three letters, e.g. USD"))
        add("status", CODE, self.tr("Status:"))
        add("period_start", DATE, self.tr("From:"))
        add("period_end", DATE, self.tr("Until:"))
        add("notes", MULTILINE, self.tr("Notes:"))
        add("sensitive", BOOL, self.tr("Sensitive record (internal exports only)"))
        self.add_button = QPushButton(self.tr("&Add funding line"))
        self.add_button.clicked.connect(self.add_line)
        form.addRow("", self.add_button)
        self.general_error = ErrorLabel()
        form.addRow("", self.general_error)
        column.addWidget(self.form_box)
        column.addStretch(1)
        return scroll

    # --- loading ---------------------------------------------------------------------------

    def set_choices(self, labels: TermLabels, default_currency: str) -> None:
        self.labels, self.default_currency = labels, default_currency
        fill_combo(self.fields.widget("source_type"), labels.choices(tx.FUNDING_SOURCE))
        fill_combo(self.fields.widget("status"), labels.choices(tx.FUNDING_STATUS))

    def show_capacity(self, capacity: dict | None, handover_rows=()) -> None:
        switched = (capacity or {}).get("id") != (self.capacity or {}).get("id")
        keep = self.current.id if self.current and not switched else None
        self.capacity = capacity
        self.setEnabled(capacity is not None)
        self.successors = {r.id: r.actor for r in handover_rows}
        fill_combo(self.fields.widget("handover_id"),
                   [(None, self.tr("The capacity as a whole"))] +
                   [(r.id, self.tr("Handover to {actor}").format(actor=r.actor))
                    for r in handover_rows])
        rows = funding_rows(self.ctx.handle, capacity["id"]) if capacity else []
        self.model.set_rows(rows)
        row = self.model.row_of_id(keep) if keep else -1
        if row >= 0:
            select_row(self.table, row)
            self._show_line(self.model.row_at(row))
        elif self.current is not None or switched:
            self.start_new_line()

    def _on_current(self, current, _previous) -> None:
        if current.isValid():
            self._show_line(self.model.row_at(current.row()))

    def _show_line(self, row: FundingRow) -> None:
        self.current = row
        self.form_box.setTitle(self.tr("Funding line"))
        self.fields.show_values(row.values)
        self.add_button.hide()
        self.delete_button.setEnabled(True)
        self.general_error.show_problem("")

    def start_new_line(self) -> None:
        """Empty the form for a new line (nothing is saved until Add)."""
        self.current = None
        self.table.clearSelection()
        self.form_box.setTitle(self.tr("New funding line"))
        self.fields.show_values({
            "handover_id": None, "source_type": "bilateral", "donor": "", "amount": None,
            "currency": self.default_currency, "status": "required", "period_start": None,
            "period_end": None, "notes": "", "sensitive": False})
        self.add_button.show()
        self.delete_button.setEnabled(False)
        self.general_error.show_problem("")

    # --- editing ---------------------------------------------------------------------------

    def add_line(self) -> str | None:
        if self.capacity is None:
            return None
        handle = self.ctx.handle
        data = {**self.fields.values(NEW_LINE_FIELDS), "capacity_id": self.capacity["id"]}
        text = self.tr("Add funding line for {capacity}").format(capacity=self.capacity["name"])
        self.fields.clear_problems()
        created = {}

        def create():
            created["line"] = do_create(
                self.ctx, text, lambda: handovers.add_funding_line(handle, data),
                lambda line_id: handovers.delete_funding_line(handle, line_id), FUNDING)

        if not run_edit(self.fields, None, create, ALIASES, self.general_error):
            return None
        line_id = created["line"].id
        row = self.model.row_of_id(line_id)
        if row >= 0:
            select_row(self.table, row)
        return line_id

    def delete_selected(self) -> None:
        row = self.current
        if row is None:
            return
        handle = self.ctx.handle
        text = self.tr("Delete funding line of {capacity}").format(
            capacity=self.capacity["name"] if self.capacity else "")
        if run_edit(self.fields, None, lambda: do_delete(
                self.ctx, text, lambda: handovers.delete_funding_line(handle, row.id), FUNDING),
                general=self.general_error):
            self.start_new_line()

    def _commit(self, name: str) -> None:
        row = self.current
        if row is None:
            return  # a new line is saved by its Add button
        field = self.fields[name]
        if not field.changed_from(row.values[name]):
            field.error.show_problem("")
            return
        handle, line_id = self.ctx.handle, row.id
        old, new = {name: row.values[name]}, {name: field.value()}
        text = self.tr("Change {field} of a funding line").format(
            field=field.label.rstrip(":").lower())
        def update(values, version=None):
            return handovers.update_funding_line(handle, line_id, values, version=version)

        run_edit(self.fields, name, lambda: do_update(
            self.ctx, text, update, old, new, FUNDING, version=row.version), ALIASES)


def _period(values: dict) -> str:
    start, end = values["period_start"], values["period_end"]
    if not start and not end:
        return ""
    return f"{start.isoformat() if start else '…'} – {end.isoformat() if end else '…'}"
