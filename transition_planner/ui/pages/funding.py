"""Funding lines by source, donor and status, with totals per year and currency."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from transition_planner.domain import taxonomy as tx
from transition_planner.services import funding_view, handovers, plans
from transition_planner.ui.context import (
    ACTOR,
    CAPACITY,
    FUNDING,
    HANDOVER,
    LOCATION,
    PLAN,
    TAXONOMY,
)
from transition_planner.ui.models.funding_table import FundingTableModel, FundingTotalsModel
from transition_planner.ui.pages.plan_page import (
    BackgroundEditorPage,
    CommitTextEdit,
    TableEditorPage,
    compact_rows,
    fill_combo,
    fit_columns,
    line_edit,
    ui_language,
)
from transition_planner.ui.widgets.chooser import SearchableCombo
from transition_planner.ui.widgets.date_field import DateField
from transition_planner.ui.widgets.number_field import NumberField


@dataclass(frozen=True)
class FundingData:
    """What the page lists, read in the worker on a big plan (60,000 lines at 10k
    capacities): the lines, the form's choices and the totals of every line."""

    rows: list[funding_view.FundingRow]  # in the table's order when read
    order: tuple | None  # that order (RowTableModel.sorted_rows)
    by_id: dict[str, funding_view.FundingRow]
    targets: dict[str, funding_view.FundingTarget]  # by capacity id
    capacities: list[tuple[str, str]]  # the capacity chooser's (id, "capacity — location")
    sources: list[tuple[str, str]]
    statuses: list[tuple[str, str]]
    donors: list[str]
    horizon: tuple[date, date]
    currency: str
    totals: list[funding_view.YearTotal]  # of every line: what the page shows unfiltered


class FundingPage(BackgroundEditorPage, TableEditorPage):
    """Add, change and delete funding lines; filter them; read the totals per year."""

    KINDS = frozenset({FUNDING, CAPACITY, HANDOVER, ACTOR, LOCATION, PLAN, TAXONOMY})
    EDIT_KINDS = (FUNDING,)

    def __init__(self, ctx, parent=None):
        super().__init__(ctx, parent)
        self.data: FundingData | None = None
        self.rows: list[funding_view.FundingRow] = []
        self.targets: dict[str, funding_view.FundingTarget] = {}
        self.horizon = None
        self.currency = "USD"
        self.statuses: list[tuple[str, str]] = []
        self.model = FundingTableModel(self)
        self.totals_model = FundingTotalsModel(self)
        self._build()
        self.on_plan_changed()

    # --- layout ----------------------------------------------------------------------------

    def _build(self) -> None:
        self.source_filter = self._filter_combo(self.tr("Source filter"),
                                                self.tr("Show only lines from one source"))
        self.donor_filter = self._filter_combo(self.tr("Donor filter"),
                                               self.tr("Show only lines from one donor"))
        self.status_filter = self._filter_combo(self.tr("Status filter"),
                                                self.tr("Show only lines with one status"))
        self.search = line_edit(self.tr("Search capacity, location, successor, notes"), self)
        self.search.setAccessibleName(self.tr("Search funding lines"))
        self.search.setToolTip(self.tr("Show only lines whose capacity, location, successor, "
                                       "donor or notes contain this"))
        self.clear_filters = QPushButton(self.tr("Clear filters"), self)
        self.clear_filters.setToolTip(self.tr("Show every funding line again"))
        self.count = QLabel(self)
        self.count.setAccessibleName(self.tr("Lines shown"))
        filters = QHBoxLayout()
        for widget in (self.source_filter, self.donor_filter, self.status_filter):
            filters.addWidget(widget, 1)
        filters.addWidget(self.search, 2)
        filters.addWidget(self.clear_filters)
        filters.addWidget(self.count)

        self.table = self.record_table(self.model, self.tr("Funding lines"))

        totals_box = QGroupBox(self.tr("Totals per year and currency (lines shown)"), self)
        self.totals = QTableView(totals_box)
        self.totals.setModel(self.totals_model)
        self.totals.setAccessibleName(self.tr("Totals per year and currency"))
        self.totals.setToolTip(self.tr("Sums of the lines shown above; currencies are never "
                                       "added together"))
        self.totals.setSortingEnabled(True)
        self.totals.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.totals.verticalHeader().hide()
        compact_rows(self.totals)
        rule = QLabel(self.tr(
            "Each line's amount is spread evenly over the months of its period (a line "
            "without dates covers the plan's horizon); a year gets the share of its months."),
            totals_box)
        rule.setWordWrap(True)
        rule.setAccessibleName(self.tr("How totals per year are counted"))
        box_layout = QVBoxLayout(totals_box)
        box_layout.addWidget(self.totals)
        box_layout.addWidget(rule)

        left = QSplitter(Qt.Orientation.Vertical, self)
        left.setObjectName("funding_left_splitter")  # the window keeps its sizes
        left.addWidget(self.table)
        left.addWidget(totals_box)
        left.setStretchFactor(0, 2)
        left.setStretchFactor(1, 1)
        self.beside("funding_splitter", left, self._build_panel(), filters, stretch=(3, 1))

        for combo in (self.source_filter, self.donor_filter, self.status_filter):
            combo.currentIndexChanged.connect(self._apply_filters)
        self.search.textChanged.connect(self._apply_filters)
        self.clear_filters.clicked.connect(self.on_clear_filters)
        self.table.selectionModel().currentRowChanged.connect(self._on_current_row)
        self.form.fields["capacity_id"].currentIndexChanged.connect(self._fill_handovers)

    def _filter_combo(self, name: str, tooltip: str) -> QComboBox:
        combo = QComboBox(self)
        combo.setAccessibleName(name)
        combo.setToolTip(tooltip)
        return combo

    def _build_panel(self) -> QWidget:
        panel = self.panel_widget()
        form = self.form
        capacity = SearchableCombo(panel)  # every capacity of the plan: 10,000 at times
        capacity.setObjectName("funding_capacity")
        capacity.lineEdit().setPlaceholderText(self.tr("Type to search capacities"))
        form.add("capacity_id", self.tr("Capacity"), capacity,
                 self.tr("The capacity this money is for; type part of its name or "
                         "location to find it"))
        form.add("handover_id", self.tr("Funds"), QComboBox(panel),
                 self.tr("The capacity whoever runs it, or one successor's handover"))
        form.add("source_type", self.tr("Source"), QComboBox(panel),
                 self.tr("Where the money comes from; the mission's budget ends with it"))
        donor = line_edit(self.tr("e.g. Peacebuilding Fund"), panel)
        self.donor_completer = QCompleter([], donor)
        self.donor_completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        donor.setCompleter(self.donor_completer)
        form.add("donor", self.tr("Donor"), donor, self.tr("Who gives the money"))
        amount = NumberField(panel)
        amount.setPlaceholderText(self.tr("e.g. 250000"))
        form.add("amount", self.tr("Amount"), amount,
                 self.tr("The amount for the whole period, in the currency below"))
        form.add("currency", self.tr("Currency"), line_edit(self.tr("e.g. USD"), panel),
                 self.tr("Three-letter currency code such as USD or EUR"))
        form.add("status", self.tr("Status"), QComboBox(panel),
                 self.tr("Required (not yet found), pledged, committed or disbursed"))
        form.add("period_start", self.tr("From"), DateField(panel),
                 self.tr("First day the money covers; open: the start of the plan's horizon"))
        form.add("period_end", self.tr("To"), DateField(panel),
                 self.tr("Last day the money covers; open: the end of the plan's horizon"))
        notes = CommitTextEdit(panel)
        notes.setFixedHeight(60)
        form.add("notes", self.tr("Notes"), notes, self.tr("Conditions, references, caveats"))
        form.add("sensitive", self.tr("Sensitive"), QCheckBox(self.tr("Keep out of cluster "
                 "and donor exports"), panel),
                 self.tr("A sensitive line is left out of exports for clusters and donors"))
        form.aliases["dates"] = "period_end"  # "ends before it starts" shows at the end date

        return self.detail_panel(
            panel, (self.tr("New line"), self.tr("Empty the form to add a funding line")),
            self.tr("Add the line, or save the changes (Ctrl+Z undoes)"),
            self.tr("Delete the funding line"))

    # --- loading ---------------------------------------------------------------------------

    def read(self, handle) -> FundingData:
        lang = ui_language()
        taxonomy = handle.taxonomy()
        rows, order = self.model.sorted_rows(funding_view.funding_rows(handle, lang))
        targets = {t.capacity_id: t for t in funding_view.funding_targets(handle)}
        horizon = funding_view.horizon(handle)
        return FundingData(
            rows, order, {r.id: r for r in rows}, targets,
            [(t.capacity_id, f"{t.capacity} — {t.location}") for t in targets.values()],
            [(t.code, t.label_for(lang)) for t in taxonomy.terms(tx.FUNDING_SOURCE)],
            [(t.code, t.label_for(lang)) for t in taxonomy.terms(tx.FUNDING_STATUS)],
            funding_view.donors(rows), horizon, plans.plan_info(handle).currency,
            funding_view.yearly_totals(rows, *horizon))

    def show_rows(self, data: FundingData | None) -> None:
        self.data = data
        if data is None:
            self.rows, self.targets = [], {}
            self.model.set_rows([])
            self.totals_model.set_totals([], [])
            self.count.clear()
            return
        self.rows, self.targets, self.statuses = data.rows, data.targets, data.statuses
        self.by_id = data.by_id
        self.horizon, self.currency = data.horizon, data.currency
        fill_combo(self.source_filter, [(None, self.tr("All sources")), *data.sources])
        fill_combo(self.donor_filter, [(None, self.tr("All donors")),
                                       *((d, d) for d in data.donors)])
        fill_combo(self.status_filter, [(None, self.tr("All statuses")), *self.statuses])
        fill_combo(self.form.fields["source_type"], data.sources)
        fill_combo(self.form.fields["status"], self.statuses)
        fill_combo(self.form.fields["capacity_id"], data.capacities)
        self.donor_completer.model().setStringList(data.donors)
        self._apply_filters(fit=self.model.rowCount() == 0)

    def visible_rows(self) -> list[funding_view.FundingRow]:
        return funding_view.filter_rows(
            self.rows, source_type=self.source_filter.currentData(),
            donor=self.donor_filter.currentData(), status=self.status_filter.currentData(),
            text=self.search.text())

    def _apply_filters(self, *_args, fit: bool = True) -> None:
        """List the lines the filters let through; columns are fitted to them when the
        filters change or the table was empty (refitting 60,000 rows on every read back
        blocks the window, and would undo widths the user set)."""
        shown = self.visible_rows()
        self.model.set_rows(shown, self.data.order if self.data is not None else None)
        if fit:
            fit_columns(self.table, 180)
        self.count.setText(self.tr("%1 of %2 lines").replace("%1", str(len(shown)))
                           .replace("%2", str(len(self.rows))))
        if self.horizon is not None:
            every = self.data is not None and len(shown) == len(self.rows)
            totals = self.data.totals if every else funding_view.yearly_totals(
                shown, *self.horizon)  # every line shown: the worker summed them already
            self.totals_model.set_totals(totals, self.statuses)
            fit_columns(self.totals, 160)  # a few dozen rows: cheap, and a total may grow
        self._select_row()

    def on_clear_filters(self) -> None:
        for combo in (self.source_filter, self.donor_filter, self.status_filter):
            combo.setCurrentIndex(0)
        self.search.clear()

    # --- showing one line ------------------------------------------------------------------

    def _fill_handovers(self) -> None:
        target = self.targets.get(self.form.fields["capacity_id"].currentData() or "")
        choices = [(None, self.tr("The capacity as a whole"))]
        if target is not None:
            choices += [(h_id, self.tr("Handover to %1").replace("%1", actor))
                        for h_id, actor in target.handovers]
        fill_combo(self.form.fields["handover_id"], choices)

    def show_record(self, row) -> None:
        values = row.form_values() if row is not None else self.default_values()
        self.form.set_values({"capacity_id": values["capacity_id"]})
        self._fill_handovers()
        super().show_record(row)
        self.title.setText(self.tr("Funding line: %1").replace("%1", row.capacity)
                           if row is not None else self.tr("New funding line"))
        self.delete_button.setEnabled(row is not None)

    # --- editing ---------------------------------------------------------------------------

    def default_values(self) -> dict:
        first = next(iter(self.targets), None)
        return {"capacity_id": first, "handover_id": None, "source_type": "peacebuilding_fund",
                "donor": "", "amount": "", "currency": self.currency, "status": "required",
                "period_start": None, "period_end": None, "notes": "", "sensitive": False}

    def service_create(self, values: dict):
        return handovers.add_funding_line(self.ctx.handle, values)

    def service_update(self, record_id: str, changes: dict):
        return handovers.update_funding_line(self.ctx.handle, record_id, changes)

    def service_delete(self, record_id: str) -> str:
        return handovers.delete_funding_line(self.ctx.handle, record_id)

    def undo_text(self, action: str, values: dict) -> str:
        target = self.targets.get(values.get("capacity_id") or "")
        what = f"{values.get('amount', '')} {values.get('currency', '')}".strip()
        if target is not None:
            what = self.tr("%1 for %2").replace("%1", what).replace("%2", target.capacity)
        text = {"add": self.tr("Add funding line %1"),
                "change": self.tr("Change funding line %1"),
                "delete": self.tr("Delete funding line %1")}[action]
        return text.replace("%1", what)
