"""After the exit: each handover's indicators as sparklines against their thresholds, their
values, and the re-engagement triggers they raise (red, and a flag on the Gaps page)."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta
from typing import NamedTuple

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from transition_planner.domain import monitoring as rules
from transition_planner.domain.gaps import add_months
from transition_planner.services import handovers as handover_service
from transition_planner.services import inventory, monitoring
from transition_planner.services.errors import InvalidInput, ServiceError
from transition_planner.ui.context import ACTOR, CAPACITY, HANDOVER, LOCATION, MONITORING, PLAN
from transition_planner.ui.models.loader import BackgroundLoader
from transition_planner.ui.models.monitoring_table import (
    COL_HANDOVER,
    COL_LATEST,
    COL_NAME,
    COL_THRESHOLD,
    COL_TREND,
    IndicatorRow,
    IndicatorTableModel,
    ValueRow,
    ValueTableModel,
    handover_text,
)
from transition_planner.ui.pages.plan_page import (
    CommitTextEdit,
    RecordForm,
    TableEditorPage,
    _same,
    compact_rows,
    fill_combo,
    line_edit,
    select_row,
    side_panel,
)
from transition_planner.ui.theme import alarm_style
from transition_planner.ui.undo import do_create, do_delete, do_update
from transition_planner.ui.widgets.chooser import SearchableCombo
from transition_planner.ui.widgets.date_field import DateField, date_format, show_date
from transition_planner.ui.widgets.number_field import NumberField, show_number
from transition_planner.ui.widgets.sparkline import Sparkline, SparklineDelegate

PLACES = ""  # the handover filter's entry for indicators of places (no handover)


class HandoverChoice(NamedTuple):
    id: str
    label: str  # "capacity -> successor"
    capacity_id: str
    location_id: str | None
    category: str


class MonitoringView(NamedTuple):
    """What the page shows, read off the GUI thread."""

    rows: list[IndicatorRow]
    handovers: list[HandoverChoice]
    locations: list[tuple[str, str]]  # (id, name)


def read_monitoring(handle) -> MonitoringView:
    """Every indicator with its values and state, and the handovers they can be attached to."""
    labels = dict(monitoring.list_handovers(handle))
    capacities = {c.id: c for c in inventory.list_capacities(handle)}
    choices = []
    for h in handover_service.list_handovers(handle):
        cap = capacities.get(h.capacity_id)
        choices.append(HandoverChoice(h.id, labels.get(h.id, ""), h.capacity_id,
                                      cap.location_id if cap else None,
                                      cap.category if cap else ""))
    choices.sort(key=lambda c: (c.label.casefold(), c.id))
    capacity_of = {c.id: c.capacity_id for c in choices}
    rows = [IndicatorRow(r, capacity_of.get(r.handover_id))
            for r in monitoring.list_indicators(handle)]
    locations = [(loc.id, loc.name) for loc in inventory.list_locations(handle)]
    return MonitoringView(rows, choices, locations)


class MonitoringPage(TableEditorPage):
    """Indicators of the handovers after the exit, edited in a form; their values below."""

    KINDS = frozenset({MONITORING, HANDOVER, CAPACITY, ACTOR, LOCATION, PLAN})
    EDIT_KINDS = (MONITORING,)
    sig_message = Signal(str)
    sig_show_inventory = Signal(dict)  # {"capacity_ids": [...], "title": ...}

    def __init__(self, ctx, parent=None):
        super().__init__(ctx, parent)
        self.view: MonitoringView | None = None
        self.choices: dict[str, HandoverChoice] = {}
        self.value_id: str | None = None  # None: the value fields describe a new value
        self.values_by_id: dict[str, ValueRow] = {}
        self._pending_id: str | None = None  # a record just added, not read back yet
        self.paste_dialog = None
        self.model = IndicatorTableModel(self)
        self.values_model = ValueTableModel(self)
        self.value_form = RecordForm(self)
        self.loader = BackgroundLoader(read_monitoring, self)
        self.loader.sig_loaded.connect(self._on_loaded)
        self.loader.sig_failed.connect(lambda message: ctx.sig_error.emit(
            self.tr("Reading the monitoring failed"), message))
        self._build()
        self.on_plan_changed()

    # --- layout ----------------------------------------------------------------------------

    def _build(self) -> None:
        # every handover of the plan (20,000 at 10k capacities): typed to be found
        self.handover_filter = SearchableCombo(self)
        self.handover_filter.setObjectName("monitoring_handover")
        self.handover_filter.setAccessibleName(self.tr("Handover"))
        self.handover_filter.setToolTip(self.tr("Show the indicators of one handover; type "
                                                "part of its capacity or successor to find it"))
        self.handover_filter.setMinimumContentsLength(24)
        self.handover_filter.lineEdit().setPlaceholderText(self.tr("Type to search handovers"))
        caption = QLabel(self.tr("&Handover:"), self)
        caption.setBuddy(self.handover_filter)
        self.defaults_button = QPushButton(self.tr("Add &default indicators"), self)
        self.defaults_button.setToolTip(self.tr(
            "Attach what the taxonomy suggests watching for this handover's category "
            "(Ctrl+Z removes them)"))
        self.inventory_button = QPushButton(self.tr("Show in the &Inventory"), self)
        self.inventory_button.setToolTip(self.tr("Show the handed-over capacity in the "
                                                 "Inventory"))
        self.count = QLabel(self)
        self.count.setObjectName("monitoring_count")
        top = QHBoxLayout()
        top.addWidget(caption)
        top.addWidget(self.handover_filter, 1)
        top.addWidget(self.defaults_button)
        top.addWidget(self.inventory_button)
        self.trigger_note = QLabel(self)
        self.trigger_note.setObjectName("monitoring_triggers")
        self.trigger_note.setWordWrap(True)

        self.table = QTableView(self)
        self.table.setObjectName("indicator_table")
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Indicators"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(COL_HANDOVER, Qt.SortOrder.AscendingOrder)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.setItemDelegateForColumn(COL_TREND, SparklineDelegate(self.table))
        header = self.table.verticalHeader()
        header.setSectionResizeMode(header.ResizeMode.Fixed)
        header.setDefaultSectionSize(self.table.fontMetrics().height() + 14)
        columns = self.table.horizontalHeader()
        columns.setStretchLastSection(True)
        columns.setSectionResizeMode(COL_NAME, columns.ResizeMode.Interactive)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        left = QSplitter(Qt.Orientation.Vertical, self)
        left.setObjectName("monitoring_left_splitter")  # the window keeps its sizes
        left.setChildrenCollapsible(False)
        left.addWidget(self.table)
        left.addWidget(self._build_values())
        left.setStretchFactor(0, 2)
        left.setStretchFactor(1, 3)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setObjectName("monitoring_splitter")
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(left)
        splitter.addWidget(self._build_panel())
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        status = QHBoxLayout()
        status.addWidget(self.trigger_note, 1)
        status.addWidget(self.count)
        layout.addLayout(status)
        layout.addWidget(splitter, 1)

        self.handover_filter.currentIndexChanged.connect(self._apply_filter)
        self.defaults_button.clicked.connect(self.add_default_indicators)
        self.inventory_button.clicked.connect(self.show_in_inventory)
        self.table.selectionModel().currentRowChanged.connect(self._on_current_row)
        self.form.fields["handover_id"].activated.connect(self._on_form_handover)

    def _build_values(self) -> QWidget:
        box = QGroupBox(self.tr("Values"), self)
        self.values_box = box
        self.chart = Sparkline(box)
        self.chart.setObjectName("indicator_chart")
        self.chart.setAccessibleName(self.tr("Values against the threshold"))
        self.chart.setToolTip(self.tr("The values (red where they crossed the threshold) "
                                      "against the threshold (dashed)"))
        self.values_table = QTableView(box)
        self.values_table.setObjectName("value_table")
        self.values_table.setModel(self.values_model)
        self.values_table.setAccessibleName(self.tr("Values of the indicator"))
        self.values_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.values_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.values_table.setSortingEnabled(True)
        self.values_table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        self.values_table.verticalHeader().hide()
        self.values_table.horizontalHeader().setStretchLastSection(True)
        self.values_table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        compact_rows(self.values_table)
        form = self.value_form
        form.add("measured_on", self.tr("Date"), DateField(box),
                 self.tr("The day the value was measured (its month or quarter counts)"))
        value = NumberField(box)
        value.setPlaceholderText(self.tr("e.g. 58"))
        form.add("value", self.tr("Value"), value, self.tr("What was measured"))
        form.add("source", self.tr("Source"), line_edit(self.tr("e.g. monitoring visit"), box),
                 self.tr("Where the value comes from"))
        self.new_value_button = QPushButton(self.tr("New value"), box)
        self.new_value_button.setToolTip(self.tr("Empty the fields to add a value"))
        self.add_value_button = QPushButton(self.tr("Add value"), box)
        self.add_value_button.setToolTip(self.tr("Add the value (Return; Ctrl+Z undoes)"))
        self.delete_value_button = QPushButton(self.tr("Delete value"), box)
        self.delete_value_button.setToolTip(self.tr("Delete the selected value"))
        self.paste_button = QPushButton(self.tr("Paste values…"), box)
        self.paste_button.setToolTip(self.tr(
            "Add values copied from a spreadsheet: a date and a value per row (Ctrl+V)"))
        buttons = QHBoxLayout()
        for button in (self.new_value_button, self.add_value_button,
                       self.delete_value_button, self.paste_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        grid = QGridLayout(box)
        grid.addWidget(self.chart, 0, 0)
        grid.addWidget(form, 1, 0)
        grid.addWidget(self.values_table, 0, 1, 2, 1)
        grid.addLayout(buttons, 2, 0, 1, 2)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        grid.setRowStretch(0, 1)
        form.sig_field_left.connect(self._on_value_field_left)
        form.sig_return.connect(lambda _name: self.save_value())
        self.new_value_button.clicked.connect(self.new_value)
        self.add_value_button.clicked.connect(self.save_value)
        self.delete_value_button.clicked.connect(self.delete_value)
        self.paste_button.clicked.connect(self._paste_clipboard)
        self.values_table.selectionModel().currentRowChanged.connect(self._on_value_row)
        return box

    def _build_panel(self) -> QWidget:
        panel = QWidget(self)
        layout = QVBoxLayout(panel)
        self.title = QLabel(panel)
        self.title.setObjectName("indicator_title")
        self.title.setStyleSheet("font-weight: bold; font-size: 12pt;")
        self.title.setWordWrap(True)
        form = self.form
        form.add("name", self.tr("Indicator"), line_edit(self.tr("e.g. Alerts answered"), panel),
                 self.tr("What is watched after the exit"))
        handover = SearchableCombo(panel)
        handover.setObjectName("monitoring_form_handover")
        handover.setMinimumContentsLength(18)
        form.add("handover_id", self.tr("Handover"), handover,
                 self.tr("The handover it measures: a trigger keeps it from being marked "
                         "verified sustained; type part of its name to find it"))
        place = QComboBox(panel)
        place.setMinimumContentsLength(18)
        place.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        form.add("location_id", self.tr("Location"), place, self.tr("Where it is measured"))
        form.add("unit", self.tr("Unit"), line_edit(self.tr("e.g. %"), panel),
                 self.tr("What a value counts: %, alerts a month, days…"))
        form.add("baseline", self.tr("Baseline"), NumberField(panel),
                 self.tr("The value while the mission was still there"))
        form.add("threshold", self.tr("Threshold"), NumberField(panel),
                 self.tr("The value beyond which the UN must look again"))
        form.add("trigger_when", self.tr("Bad when"), QComboBox(panel),
                 self.tr("Which side of the threshold is bad"))
        form.add("period", self.tr("Expected every"), QComboBox(panel),
                 self.tr("How often a value is expected"))
        form.add("trigger_periods", self.tr("Periods (N)"), NumberField(panel),
                 self.tr("N periods in a row beyond the threshold, or without a value, call "
                         "for re-engagement"))
        form.add("monitor_from", self.tr("Monitored from"), DateField(panel),
                 self.tr("Empty: from the handover's start date"))
        notes = CommitTextEdit(panel)
        notes.setFixedHeight(50)
        form.add("notes", self.tr("Notes"), notes, self.tr("How it is measured, by whom"))
        fill_combo(form.fields["trigger_when"], [
            ("below", self.tr("below the threshold")), ("above", self.tr("above the threshold"))])
        fill_combo(form.fields["period"], [
            (rules.MONTH, self.tr("month")), (rules.QUARTER, self.tr("quarter"))])
        self.new_button = QPushButton(self.tr("New indicator"), panel)
        self.new_button.setToolTip(self.tr("Empty the form to add an indicator"))
        self.save_button = QPushButton(self.tr("Save"), panel)
        self.save_button.setToolTip(self.tr("Add the indicator, or save the changes "
                                            "(Ctrl+Z undoes)"))
        self.delete_button = QPushButton(self.tr("Delete"), panel)
        self.delete_button.setToolTip(self.tr("Delete the indicator and its values"))
        self.delete_button.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_TrashIcon))
        buttons = QHBoxLayout()
        for button in (self.new_button, self.save_button, self.delete_button):
            buttons.addWidget(button)
        self.new_button.clicked.connect(self.on_new)
        self.save_button.clicked.connect(self.on_save)
        self.delete_button.clicked.connect(self.on_delete)
        layout.addWidget(self.title)
        layout.addWidget(form)
        layout.addLayout(buttons)
        layout.addStretch(1)
        return side_panel(panel)

    # --- loading (off the GUI thread) ------------------------------------------------------

    def on_plan_changed(self) -> None:
        self.loader.request(None)
        self.loader.wait()
        self.view, self.current_id, self._pending_id = None, None, None
        self._first_load = True
        super().on_plan_changed()

    def wait_for_workers(self) -> None:
        self.loader.wait()

    def reload(self) -> None:
        if self.ctx.handle is None:
            self.by_id, self.choices = {}, {}
            self.model.set_rows([])
            self.count.clear()
            self.trigger_note.clear()
            self.show_record(None)
            return
        self.loader.request(self.ctx.handle)

    def _on_loaded(self, view: MonitoringView) -> None:
        self.view = view
        self.by_id = {r.id: r for r in view.rows}
        self.choices = {c.id: c for c in view.handovers}
        watched = {r.read.handover_id for r in view.rows}
        handovers = [(c.id, self._handover_label(c)) for c in view.handovers]
        # the handovers with indicators first: those are the ones a reader looks for
        handovers.sort(key=lambda hc: hc[0] not in watched)
        fill_combo(self.handover_filter, [(None, self.tr("All handovers")),
                                          (PLACES, self.tr("Indicators of places")),
                                          *handovers])
        fill_combo(self.form.fields["handover_id"],
                   [(None, self.tr("None (an indicator of a place)")),
                    *((c.id, self._handover_label(c)) for c in view.handovers)])
        fill_combo(self.form.fields["location_id"], view.locations)
        self._apply_filter(keep_record=True)
        target, self._pending_id = self._pending_id or self.current_id, None
        if self._first_load and target is None and view.rows:
            # opened: the indicator that calls the UN back first, else the first listed
            shown = self.model.rows()
            target = next((r.id for r in shown if r.read.trigger is not None),
                          shown[0].id if shown else None)
        self._first_load = False
        self.select_id(target)

    def _handover_label(self, choice: HandoverChoice) -> str:
        return handover_text(choice.label)

    def shown_rows(self) -> list[IndicatorRow]:
        if self.view is None:
            return []
        wanted = self.handover_filter.currentData()
        if wanted is None and self.handover_filter.currentIndex() <= 0:
            return list(self.view.rows)
        if wanted == PLACES:
            return [r for r in self.view.rows if not r.read.handover_id]
        return [r for r in self.view.rows if r.read.handover_id == wanted]

    def filter_handover(self) -> str | None:
        """The handover the filter shows (None: all of them, or places)."""
        wanted = self.handover_filter.currentData()
        return wanted if wanted in self.choices else None

    def _apply_filter(self, *_args, keep_record: bool = False) -> None:
        rows = self.shown_rows()
        self.model.set_rows(rows)
        # one handover shown: its name is the filter's, the state gets the room
        self.table.setColumnHidden(COL_HANDOVER, self.filter_handover() is not None)
        for column, most in ((COL_NAME, 210), (COL_HANDOVER, 160), (COL_LATEST, 80),
                             (COL_THRESHOLD, 90)):
            self.table.resizeColumnToContents(column)
            width = self.table.horizontalHeader().sectionSize(column)
            self.table.setColumnWidth(column, min(width, most))
        self.table.setColumnWidth(COL_TREND, 110)
        fired = [r for r in rows if r.read.trigger is not None]
        total = len(self.view.rows) if self.view else 0
        self.count.setText(self.tr("%1 of %2 indicators").replace("%1", str(len(rows)))
                           .replace("%2", str(total)))
        self.trigger_note.setText(self.tr(
            "Indicators calling for re-engagement (in red): %n. The UN should look again.", "",
            len(fired)) if fired else "")
        self.trigger_note.setStyleSheet(alarm_style(" font-weight: bold;") if fired else "")
        self.defaults_button.setEnabled(self.filter_handover() is not None
                                        and not self._read_only())
        if not keep_record:
            if self.current_id not in {r.id for r in rows}:
                self.leave_record(lambda: self.select_id(rows[0].id if rows else None))
            else:
                self._select_row()
        self._update_inventory_button()

    def _read_only(self) -> bool:
        return self.ctx.handle is None or bool(self.ctx.handle.read_only)

    # --- one indicator ---------------------------------------------------------------------

    def select_id(self, record_id: str | None) -> None:
        if record_id is not None and record_id not in self.by_id and self.loader.busy():
            self._pending_id = record_id  # added just now: shown once read back
            return
        super().select_id(record_id)

    def on_save(self) -> bool:
        if self.current_id is not None and self.current_id not in self.by_id:
            return True  # added a moment ago: further changes are saved once it is read back
        record_id = self.current_id
        if not super().on_save():
            return False
        row = self.by_id.get(record_id) if record_id is not None else None
        if row is not None:  # until the plan is read back, what was saved is what it holds
            saved = {k: v for k, v in self.form.values().items() if k in row.form_values()}
            self.by_id[record_id] = replace(row, saved=tuple(saved.items()))
        return True

    def show_record(self, row: IndicatorRow | None) -> None:
        super().show_record(row)
        for name in ("name", "unit"):  # a long name shows its beginning, not its end
            self.form.fields[name].setCursorPosition(0)
        self.title.setText(self.tr("Indicator: %1").replace("%1", row.read.name)
                           if row is not None else self.tr("New indicator"))
        self.delete_button.setEnabled(row is not None)
        self._show_values(row)
        self._update_inventory_button()

    def default_values(self) -> dict:
        handover = self.choices.get(self.filter_handover() or "")
        first_place = self.view.locations[0][0] if self.view and self.view.locations else None
        return {"name": "", "handover_id": handover.id if handover else None,
                "location_id": (handover.location_id if handover else None) or first_place,
                "unit": "", "baseline": None, "threshold": None, "trigger_when": "below",
                "period": rules.MONTH, "trigger_periods": 3, "monitor_from": None, "notes": ""}

    def _on_form_handover(self, _index: int) -> None:
        """A new indicator of a handover is measured where the capacity is, unless told."""
        choice = self.choices.get(self.form.fields["handover_id"].currentData() or "")
        if self.current_id is None and choice is not None and choice.location_id:
            combo = self.form.fields["location_id"]
            combo.setCurrentIndex(max(combo.findData(choice.location_id), 0))
            self.form.touched.add("location_id")

    @staticmethod
    def _clean(values: dict) -> dict:
        """The form's text as the service reads it (N is a whole number)."""
        values = dict(values)
        periods = values.get("trigger_periods")
        if isinstance(periods, str):
            try:
                number = float(periods)
                values["trigger_periods"] = int(number) if number.is_integer() else periods
            except ValueError:
                pass
        return values

    def service_create(self, values: dict):
        return monitoring.add_indicator(self.ctx.handle, self._clean(values))

    def service_update(self, record_id: str, changes: dict):
        return monitoring.update_indicator(self.ctx.handle, record_id, self._clean(changes))

    def service_delete(self, record_id: str) -> str:
        return monitoring.delete_indicator(self.ctx.handle, record_id)

    def undo_text(self, action: str, values: dict) -> str:
        text = {"add": self.tr("Add indicator %1"), "change": self.tr("Change indicator %1"),
                "delete": self.tr("Delete indicator %1")}[action]
        return text.replace("%1", values.get("name") or "")

    def _update_inventory_button(self) -> None:
        self.inventory_button.setEnabled(self._capacity_shown() is not None)

    def _capacity_shown(self) -> str | None:
        row = self.by_id.get(self.current_id or "")
        if row is not None and row.capacity_id:
            return row.capacity_id
        handover = self.choices.get(self.filter_handover() or "")
        return handover.capacity_id if handover else None

    def show_in_inventory(self) -> None:
        """The handed-over capacity in the Inventory (the window switches pages)."""
        capacity_id = self._capacity_shown()
        if capacity_id is None:
            return
        row = self.by_id.get(self.current_id or "")
        handover = self.choices.get((row.read.handover_id if row else None)
                                    or self.filter_handover() or "")
        title = self.tr("The capacity of the handover %1").replace(
            "%1", self._handover_label(handover)) if handover else ""
        self.sig_show_inventory.emit({"capacity_ids": [capacity_id], "title": title})

    def add_default_indicators(self) -> list[str]:
        """The taxonomy's indicators for the handover's category, those it lacks, in one undo
        step."""
        handover = self.choices.get(self.filter_handover() or "")
        if handover is None or self._read_only():
            return []
        handle = self.ctx.handle
        have = {r.read.name.casefold() for r in self.view.rows
                if r.read.handover_id == handover.id}
        defaults = [d for d in monitoring.default_indicators(handle, handover.category)
                    if d["name"].casefold() not in have]
        if not defaults:
            self.sig_message.emit(self.tr("No default indicator to add: this handover has them "
                                          "all, or its category suggests none."))
            return []
        stack, added = self.ctx.undo_stack, []
        stack.beginMacro(self.tr("Add %n default indicators", "", len(defaults)))
        try:
            for d in defaults:
                data = {**d, "handover_id": handover.id, "location_id": handover.location_id}
                record = do_create(self.ctx, d["name"],
                                   lambda data=data: monitoring.add_indicator(handle, data),
                                   lambda i: monitoring.delete_indicator(handle, i), MONITORING)
                added.append(record.id)
        except ServiceError as exc:
            stack.endMacro()
            stack.undo()  # all or none
            self.form.show_error(str(exc))
            return []
        stack.endMacro()
        self.sig_message.emit(self.tr("Added %n default indicators (Ctrl+Z removes them)", "",
                                      len(added)))
        self.select_id(added[0])
        return added

    # --- the values of the indicator shown -------------------------------------------------

    def _show_values(self, row: IndicatorRow | None) -> None:
        values = [ValueRow(*v) for v in row.read.values] if row is not None else []
        self.values_by_id = {v.id: v for v in values}
        spark = row.spark() if row is not None else None
        self.values_model.spark = spark
        self.values_model.set_rows(values)
        self.values_table.resizeColumnsToContents()
        labels = None
        if spark is not None and spark.values:
            fmt = date_format()
            labels = (self.tr("threshold %1").replace("%1", show_number(spark.threshold)),
                      show_date(spark.values[0][0], fmt), show_date(spark.values[-1][0], fmt))
        self.chart.set_spark(spark, labels)
        name = row.read.name if row is not None else ""
        unit = f" ({row.read.unit})" if row is not None and row.read.unit else ""
        self.values_box.setTitle(self.tr("Values of %1").replace("%1", name + unit)
                                 if row is not None else self.tr("Values"))
        editable = row is not None and not self._read_only()
        for widget in (self.value_form, self.new_value_button, self.add_value_button,
                       self.paste_button):
            widget.setEnabled(editable)
        if self.value_id in self.values_by_id:
            typed = self.value_unsaved()
            self._show_value(self.values_by_id[self.value_id])
            if typed:
                self.value_form.set_values(typed)
                self.value_form.touched |= set(typed)
        else:
            self._fill_new_value(row)

    def _fill_new_value(self, row: IndicatorRow | None) -> None:
        """Fields for a new value: the end of the period after the latest value."""
        self.value_id = None
        day = None
        if row is not None and row.read.values:
            last = row.read.values[-1][1]
            months = rules.PERIOD_MONTHS[row.read.period]
            start = rules.period_start(rules.period_of(last, row.read.period), row.read.period)
            day = add_months(start, 2 * months) - timedelta(days=1)
        source = row.read.values[-1][3] if row is not None and row.read.values else ""
        self.value_form.set_values({"measured_on": day, "value": None, "source": source})
        self.add_value_button.setText(self.tr("Add value"))
        self.delete_value_button.setEnabled(False)
        selection = self.values_table.selectionModel()
        selection.blockSignals(True)
        selection.clear()
        selection.blockSignals(False)

    def _show_value(self, value: ValueRow) -> None:
        self.value_id = value.id
        self.value_form.set_values(value.form_values())
        self.add_value_button.setText(self.tr("Save value"))
        self.delete_value_button.setEnabled(not self._read_only())
        number = self.values_model.row_of_id(value.id)
        selection = self.values_table.selectionModel()
        selection.blockSignals(True)
        if number >= 0:
            select_row(self.values_table, number)
        selection.blockSignals(False)

    def _on_value_row(self, current, _previous) -> None:
        if not current.isValid():
            return
        value = self.values_model.row_at(current.row())
        if value.id != self.value_id:
            if self.value_id is not None and self.value_unsaved() and not self.save_value():
                self._show_value(self.values_by_id[self.value_id])
                return
            self._show_value(value)

    def new_value(self) -> None:
        self._fill_new_value(self.by_id.get(self.current_id or ""))
        self.value_form.fields["measured_on"].setFocus(Qt.FocusReason.OtherFocusReason)

    def value_unsaved(self) -> dict:
        stored = (self.values_by_id[self.value_id].form_values() if self.value_id
                  in self.values_by_id else {})
        return {k: v for k, v in self.value_form.values().items()
                if k in self.value_form.touched and not _same(stored.get(k), v)}

    def _on_value_field_left(self, _name: str) -> None:
        if self.value_id is not None and self.value_unsaved():
            self.save_value()

    def save_value(self) -> bool:
        """Add the value typed, or save the change to the value shown (one undo step)."""
        indicator = self.by_id.get(self.current_id or "")
        if indicator is None or self._read_only():
            return False
        form = self.value_form
        typed = form.typed_problems()
        if typed:
            form.show_problems(typed)
            return False
        values = form.values()
        handle, name = self.ctx.handle, indicator.read.name
        try:
            if self.value_id is None:
                data = {"indicator_id": indicator.id, **values}
                do_create(self.ctx, self.tr("Add a value of %1").replace("%1", name),
                          lambda: monitoring.add_value(handle, data),
                          lambda i: monitoring.delete_value(handle, i), MONITORING)
            else:
                value_id = self.value_id
                old = self.values_by_id[value_id].form_values()
                changes = {k: v for k, v in values.items() if not _same(old.get(k), v)}
                if not changes:
                    form.clear_problems()
                    return True
                do_update(self.ctx, self.tr("Change a value of %1").replace("%1", name),
                          lambda ch: monitoring.update_value(handle, value_id, ch),
                          {k: old[k] for k in changes}, changes, MONITORING)
                self.values_by_id[value_id] = replace(self.values_by_id[value_id], **changes)
        except InvalidInput as exc:
            form.show_problems(exc.problems)
            return False
        except ServiceError as exc:
            form.show_error(str(exc))
            return False
        form.clear_problems()
        form.touched.clear()
        return True

    def delete_value(self) -> bool:
        if self.value_id is None or self._read_only():
            return False
        value_id, handle = self.value_id, self.ctx.handle
        name = self.by_id[self.current_id].read.name if self.current_id in self.by_id else ""
        try:
            do_delete(self.ctx, self.tr("Delete a value of %1").replace("%1", name),
                      lambda: monitoring.delete_value(handle, value_id), MONITORING)
        except ServiceError as exc:
            self.value_form.show_error(str(exc))
            return False
        self.value_id = None
        return True

    def delete_records(self) -> None:
        """Del: the selected value when the values table has the focus, else the indicator."""
        from PySide6.QtWidgets import QApplication

        focus = QApplication.focusWidget()
        if focus is self.values_table:
            self.delete_value()
        elif not self.value_form.isAncestorOf(focus):
            super().delete_records()

    # --- pasting values from a spreadsheet -------------------------------------------------

    def _paste_clipboard(self):
        from PySide6.QtWidgets import QApplication

        return self.paste_rows(QApplication.clipboard().text())

    def paste_rows(self, text: str):
        """Rows of (date, value[, source]) for the indicator shown, after a preview."""
        from transition_planner.domain.parse import decimal_separator
        from transition_planner.ui.dialogs.paste_values import PasteValuesDialog, read_values
        from transition_planner.ui.translations import current_language

        indicator = self.by_id.get(self.current_id or "")
        if indicator is None or self._read_only():
            self.sig_message.emit(self.tr("Choose an indicator first: pasted values are "
                                          "added to the indicator shown."))
            return None
        pasted = read_values(text, decimal_separator(current_language()))
        dialog = PasteValuesDialog(self.ctx, indicator.read, pasted, self)
        dialog.accepted.connect(lambda: self.sig_message.emit(self.tr(
            "Pasted: %n values (Ctrl+Z removes them)", "", len(dialog.added))))
        dialog.finished.connect(lambda _r: setattr(self, "paste_dialog", None))
        self.paste_dialog = dialog
        dialog.open()
        return dialog
