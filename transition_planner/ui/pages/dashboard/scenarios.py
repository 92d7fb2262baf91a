"""The Scenarios tab: compare the shown scenario with another, clone and delete."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from transition_planner.services import scenarios
from transition_planner.services.errors import InvalidInput, ServiceError
from transition_planner.ui.charts.text import money, number, signed
from transition_planner.ui.context import PLAN
from transition_planner.ui.pages.dashboard.common import TAB_SCENARIOS
from transition_planner.ui.undo import do_create, do_delete
from transition_planner.ui.widgets.fields import ErrorLabel

if TYPE_CHECKING:
    from transition_planner.ui.pages.dashboard.page import DashboardPage


MEASURE_TEXT = {
    "uncovered_location_months": QT_TRANSLATE_NOOP("DashboardPage", "Uncovered location-months"),
    "capacity_gap_months": QT_TRANSLATE_NOOP("DashboardPage", "Capacity-months with a gap"),
    "capacities_without_successor": QT_TRANSLATE_NOOP("DashboardPage",
                                                      "Capacities without successor"),
    "flags": QT_TRANSLATE_NOOP("DashboardPage", "Flags"),
}


class ScenarioTab:
    """The Scenarios tab: compare the shown scenario with another, clone and delete.

    A part of DashboardPage (mixed into it): it uses the page's data, labels, charts and
    _section; its words are translated under this class's name (PySide's tr() looks
    along the page's classes)."""

    def _scenario_tab(self) -> QWidget:
        tab = QWidget()
        layout = QVBoxLayout(tab)
        row = QHBoxLayout()
        self.compare_label = QLabel()
        row.addWidget(self.compare_label)
        self.compare_combo = self._combo("compare_combo", self.tr("Scenario to compare with"))
        self.compare_combo.activated.connect(self._on_compare_chosen)
        row.addWidget(self.compare_combo, 1)
        self.clone_button = QPushButton(self.tr("&Clone scenario…"))
        self.clone_button.setObjectName("clone_scenario")
        self.clone_button.setToolTip(self.tr("Copy a scenario with every closure earlier, e.g. "
                                             "an accelerated withdrawal"))
        self.clone_button.clicked.connect(self.open_clone_dialog)
        row.addWidget(self.clone_button)
        self.delete_scenario_button = QPushButton(self.tr("Delete scenario"))
        self.delete_scenario_button.setToolTip(self.tr("Delete the scenario compared with "
                                                       "(Ctrl+Z brings it back)"))
        self.delete_scenario_button.clicked.connect(self.delete_compared_scenario)
        row.addWidget(self.delete_scenario_button)
        layout.addLayout(row)
        self.comparison_view = QTableView()
        self.comparison_view.setObjectName("comparison_table")
        self.comparison_view.setModel(self.comparison_model)
        self.comparison_view.verticalHeader().hide()
        self.comparison_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.comparison_view.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.comparison_view, 1)
        note = QLabel(self.tr("Successors keep their dates in every scenario: moving closures "
                              "earlier shows which handovers come too late. The compared "
                              "scenario is drawn over the protection-cliff chart."))
        note.setWordWrap(True)
        layout.addWidget(note)
        return tab

    def _draw_scenarios(self, _value) -> None:
        data = self.data
        for combo in (self.scenario_combo, self.compare_combo):
            combo.blockSignals(True)
            combo.clear()
        for scenario in data.scenarios:
            self.scenario_combo.addItem(scenario.name, scenario.id)
        self.scenario_combo.setCurrentIndex(max(0, self.scenario_combo.findData(
            data.scenario_id)))
        self.compare_combo.addItem(self.tr("(none)"), None)
        for scenario in data.scenarios:
            if scenario.id != data.scenario_id:
                self.compare_combo.addItem(scenario.name, scenario.id)
        self.compare_combo.setCurrentIndex(max(0, self.compare_combo.findData(data.compare_id)))
        for combo in (self.scenario_combo, self.compare_combo):
            combo.blockSignals(False)
        shown = self.scenario_combo.currentText()
        self.compare_label.setText(self.tr("Compare {name} with:").format(name=shown))
        self.delete_scenario_button.setEnabled(data.compare_id is not None)

    def _draw_comparison(self, _value) -> None:
        data = self.data
        if data.compare_report is None:
            self.comparison_model.set_rows([], self.scenario_combo.currentText(), "")
            return
        names = {s.id: s for s in data.scenarios}
        shown, other = names[data.scenario_id], names[data.compare_id]
        comparison = scenarios.Comparison(
            scenarios.scenario_figures(data.report, shown.id, shown.name,
                                       shown.closure_shift_days, shown.closure_shift_months),
            scenarios.scenario_figures(data.compare_report, other.id, other.name,
                                       other.closure_shift_days, other.closure_shift_months))
        rows = []
        for key, first, second, change in comparison.rows():
            if key.startswith("unfunded:"):
                currency = key.split(":", 1)[1]
                label = self.tr("Unfunded after exit ({currency})").format(currency=currency)
                texts = [money(first, currency), money(second, currency),
                         f"{signed(change)} {currency}"]
            else:
                if key.startswith("flags:"):
                    label = "    " + self.kind_text(key.split(":", 1)[1])
                else:
                    label = self.tr(MEASURE_TEXT[key])
                texts = [number(first), number(second), signed(change)]
            rows.append((label, *texts, float(change)))
        self.comparison_model.set_rows(rows, shown.name, other.name)

    def _on_scenario_chosen(self, _index: int) -> None:
        self._scenario_id = self.scenario_combo.currentData()
        if self._compare_id == self._scenario_id:
            self._compare_id = None
        self.recompute()

    def _on_compare_chosen(self, _index: int) -> None:
        self._compare_id = self.compare_combo.currentData()
        self.recompute()

    def open_clone_dialog(self) -> CloneScenarioDialog:
        choices = self.data.scenarios if self.data else []
        dialog = CloneScenarioDialog(self, choices, self._scenario_id)
        dialog.open()
        return dialog

    def clone_scenario(self, source_id: str, name: str, months_earlier: int,
                       description: str = "") -> str:
        """Clone a scenario (undoable) and compare the shown one with it."""
        handle = self.ctx.handle
        text = self.tr("Clone scenario {name}").format(name=name)
        scenario = do_create(
            self.ctx, text,
            lambda: scenarios.clone_scenario(handle, source_id, name,
                                             months_earlier=months_earlier,
                                             description=description),
            lambda scenario_id: scenarios.delete_scenario(handle, scenario_id), PLAN)
        self._compare_id = scenario.id
        self.tabs.setCurrentIndex(TAB_SCENARIOS)
        self.sig_message.emit(self.tr("Added scenario {name}").format(name=scenario.name))
        self.recompute()
        return scenario.id

    def delete_compared_scenario(self) -> None:
        scenario_id, handle = self._compare_id, self.ctx.handle
        if scenario_id is None or handle is None:
            return
        name = self.compare_combo.currentText()
        self._compare_id = None
        try:
            do_delete(self.ctx, self.tr("Delete scenario {name}").format(name=name),
                      lambda: scenarios.delete_scenario(handle, scenario_id), PLAN)
        except ServiceError as exc:
            self.ctx.sig_error.emit(self.tr("Delete scenario"), str(exc))
        self.recompute()


class CloneScenarioDialog(QDialog):
    """Copy a scenario with every closure moved, e.g. an accelerated withdrawal."""

    def __init__(self, page: DashboardPage, choices, source_id: str | None):
        super().__init__(page)
        self.page = page
        self.created_id: str | None = None
        self.setWindowTitle(self.tr("Clone a scenario"))
        self.setMinimumWidth(440)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        layout.addLayout(form)
        self.source = QComboBox()
        self.source.setObjectName("clone_source")
        for scenario in choices:
            self.source.addItem(scenario.name, scenario.id)
        if source_id is not None and self.source.findData(source_id) >= 0:
            self.source.setCurrentIndex(self.source.findData(source_id))
        form.addRow(self.tr("Copy of:"), self.source)
        self.name = QLineEdit(self.tr("Accelerated withdrawal"))
        self.name.setObjectName("clone_name")
        form.addRow(self.tr("Name:"), self.name)
        self.months = QSpinBox()
        self.months.setObjectName("clone_months")
        self.months.setRange(-scenarios.MAX_MONTHS, scenarios.MAX_MONTHS)
        self.months.setValue(6)
        self.months.setSuffix(self.tr(" months"))
        self.months.setToolTip(self.tr("Every closure, mission end and the exit move this many "
                                       "months earlier (negative: later); successors keep "
                                       "their dates."))
        form.addRow(self.tr("Closures earlier by:"), self.months)
        self.description = QLineEdit()
        self.description.setPlaceholderText(self.tr("optional"))
        form.addRow(self.tr("Description:"), self.description)
        self.error = ErrorLabel()  # hidden until something is wrong
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Clone"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def accept(self) -> None:
        try:
            self.created_id = self.page.clone_scenario(
                self.source.currentData(), self.name.text(), self.months.value(),
                self.description.text())
        except InvalidInput as exc:
            self.error.setText("\n".join(f"{self._field(k)}: {v}"
                                         for k, v in exc.problems.items()))
            self.error.show()
            return
        except ServiceError as exc:
            self.error.setText(str(exc))
            self.error.show()
            return
        super().accept()

    def _field(self, name: str) -> str:
        return {"name": self.tr("Name"), "source": self.tr("Copy of"),
                "months_earlier": self.tr("Closures earlier by")}.get(name, name)
