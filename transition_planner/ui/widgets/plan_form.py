"""File > New: what a new plan needs (its name, mission, dates) and where its file goes."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from transition_planner.services import plans
from transition_planner.services.errors import InvalidInput, ServiceError
from transition_planner.store.planfile import PLAN_SUFFIX, PlanFileError
from transition_planner.ui.context import PLAN
from transition_planner.ui.undo import do_update
from transition_planner.ui.widgets.fields import (
    DATE,
    NUMBER,
    TEXT,
    ErrorLabel,
    FieldSet,
    run_edit,
)

translate = QCoreApplication.translate  # lupdate finds translate("Context", "text")
OPTIONAL = ("mandate_end", "planned_exit", "horizon_start", "horizon_months")


def plan_fields(form: QFormLayout) -> FieldSet:
    """What a plan says about itself, in File > New and in Plan properties."""
    fields = FieldSet(form)
    add = fields.add
    add("name", TEXT, translate("NewPlanDialog", "Plan name:"),
        placeholder=translate("NewPlanDialog", "e.g. Transition plan 2027-2028"))
    add("mission_name", TEXT, translate("NewPlanDialog", "Mission:"),
        placeholder=translate("NewPlanDialog", "e.g. United Nations Stabilization Mission in …"))
    add("mission_acronym", TEXT, translate("NewPlanDialog", "Acronym:"))
    add("host_country", TEXT, translate("NewPlanDialog", "Host country:"))
    add("mandate_end", DATE, translate("NewPlanDialog", "Mandate ends:"))
    add("planned_exit", DATE, translate("NewPlanDialog", "Planned exit:"))
    add("horizon_start", DATE, translate("NewPlanDialog", "Plan from:"),
        translate("NewPlanDialog", "First month the plan covers; empty: this month"))
    add("horizon_months", NUMBER, translate("NewPlanDialog", "Months covered:"),
        placeholder="36")
    add("currency", TEXT, translate("NewPlanDialog", "Currency:"),
        translate("NewPlanDialog", "Three letters, e.g. USD"))
    return fields


class PlanPropertiesDialog(QDialog):
    """Plan properties: change what the plan says about itself, as one undoable edit."""

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Plan properties"))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        layout.addLayout(form)
        self.fields = plan_fields(form)
        plan = plans.plan_info(ctx.handle)
        self.stored = {name: getattr(plan, name) for name in self.fields.fields}
        self.fields.show_values(self.stored)
        self.general_error = ErrorLabel()
        layout.addWidget(self.general_error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def accept(self) -> None:
        changed = [n for n, f in self.fields.fields.items() if f.changed_from(self.stored[n])]
        if not changed:
            super().accept()
            return
        handle, new = self.ctx.handle, self.fields.values(changed)
        old = {n: self.stored[n] for n in changed}
        text = self.tr("Change plan properties")

        def update():
            do_update(self.ctx, text, lambda v: plans.update_plan(handle, v), old, new, PLAN)

        if run_edit(self.fields, None, update, general=self.general_error):
            super().accept()


class NewPlanDialog(QDialog):
    """Creates the plan file when accepted; `handle` is then the open plan."""

    def __init__(self, folder: Path, user: str, currency: str = "USD", parent=None):
        super().__init__(parent)
        self.user = user
        self.handle = None
        self.setWindowTitle(self.tr("New plan"))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        layout.addLayout(form)
        self.fields = plan_fields(form)
        self.fields["currency"].show(currency)
        self.path = QLineEdit(str(folder / f"{self.tr('New plan')}{PLAN_SUFFIX}"))
        self.path.setObjectName("field_path")
        self.path.setAccessibleName(self.tr("Plan file"))
        choose = QPushButton(self.tr("Choose…"))
        choose.clicked.connect(self._choose_path)
        row = QWidget()
        row_layout = QHBoxLayout(row)
        row_layout.setContentsMargins(0, 0, 0, 0)
        row_layout.addWidget(self.path, 1)
        row_layout.addWidget(choose)
        label = QLabel(self.tr("Plan file:"))
        label.setBuddy(self.path)
        form.addRow(label, row)
        self.path_error = ErrorLabel()
        self.path_error.setObjectName("error_path")
        form.addRow("", self.path_error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Create"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _choose_path(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("New plan file"), self.path.text(),
            self.tr("Transition plans (*.tplan)"))
        if path:
            self.path.setText(path)

    def plan_path(self) -> Path | None:
        text = self.path.text().strip()
        if not text:
            return None
        path = Path(text).expanduser()
        return path if path.suffix == PLAN_SUFFIX else path.with_name(path.name + PLAN_SUFFIX)

    def accept(self) -> None:
        data = {k: v for k, v in self.fields.values().items()
                if not (k in OPTIONAL and v in (None, ""))}
        self.fields.clear_problems()
        self.path_error.show_problem("")
        typed = self.fields.typed_problems()
        if typed:
            self.fields.show_problems(typed)
            return
        path = self.plan_path()
        if path is None:
            self.path_error.show_problem(self.tr("Say where to save the plan file."))
            return
        try:
            self.handle = plans.new_plan(path, data, user=self.user)
        except InvalidInput as exc:
            left = self.fields.show_problems(exc.problems)
            if left:
                self.path_error.show_problem("; ".join(f"{k}: {m}" for k, m in left.items()))
            return
        except (PlanFileError, ServiceError, OSError) as exc:
            self.path_error.show_problem(str(exc))
            return
        super().accept()
