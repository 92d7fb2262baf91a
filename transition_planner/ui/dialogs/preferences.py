"""Edit > Preferences: who you are (for the audit trail), language, threshold, currency."""

from __future__ import annotations

from pydantic import TypeAdapter, ValidationError
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QVBoxLayout,
)

from transition_planner.services import plans
from transition_planner.services.errors import pydantic_problems
from transition_planner.services.schemas import Currency
from transition_planner.settings import Settings
from transition_planner.ui.context import PLAN
from transition_planner.ui.translations import LANGUAGES, language_name
from transition_planner.ui.undo import do_update
from transition_planner.ui.widgets.fields import CODE, TEXT, ErrorLabel, FieldSet, run_edit


class PreferencesDialog(QDialog):
    """Your preferences (kept on this computer) and the open plan's readiness threshold."""

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.settings = Settings.load()
        self.language_changed = False
        self.setWindowTitle(self.tr("Preferences"))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        you = QGroupBox(self.tr("You"))
        you_form = QFormLayout(you)
        self.fields = FieldSet(you_form)
        self.fields.add("user_name", TEXT, self.tr("Your name:"), self.tr(
            "Recorded in the plan's history with every change you make"))
        self.fields.add("organisation", TEXT, self.tr("Organisation:"),
                        placeholder=self.tr("e.g. UNSMK Protection of Civilians Unit"))
        self.fields.add("language", CODE, self.tr("Language:"), choices=[
            (code, language_name(code)) for code in LANGUAGES])
        self.fields.add("default_currency", TEXT, self.tr("Default currency:"),
                        self.tr("Proposed for new funding lines, e.g. USD"))
        layout.addWidget(you)
        plan_box = QGroupBox(self.tr("This plan"))
        plan_form = QFormLayout(plan_box)
        self.plan_fields = FieldSet(plan_form)
        self.plan_fields.add("readiness_threshold", CODE, self.tr("Readiness threshold:"),
                             self.tr("A successor scoring below this on any dimension is "
                                     "flagged as not ready"),
                             choices=[(n, str(n)) for n in range(1, 6)])
        layout.addWidget(plan_box)
        self.threshold = None
        if ctx.handle is not None:
            self.threshold = plans.plan_info(ctx.handle).readiness_threshold
            self.plan_fields["readiness_threshold"].show(self.threshold)
        else:
            plan_box.setEnabled(False)
            plan_form.addRow(QLabel(self.tr("Open a plan to change its threshold.")))
        self.fields.show_values({"user_name": self.settings.user_name,
                                 "organisation": self.settings.organisation,
                                 "language": self.settings.language,
                                 "default_currency": self.settings.default_currency})
        self.general_error = ErrorLabel()
        layout.addWidget(self.general_error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def accept(self) -> None:
        values = self.fields.values()
        self.fields.clear_problems()
        try:
            currency = TypeAdapter(Currency).validate_python(values["default_currency"])
        except ValidationError as exc:
            message = next(iter(pydantic_problems(exc).values()))
            self.fields["default_currency"].error.show_problem(message)
            return
        if not self._save_threshold():
            return
        old_language = self.settings.language
        self.settings.user_name = values["user_name"]
        self.settings.organisation = values["organisation"]
        self.settings.language = values["language"] or "en"
        self.settings.default_currency = currency
        try:
            self.settings.save()
        except OSError as exc:
            self.general_error.show_problem(self.tr("Your preferences could not be saved: "
                                                    "{error}").format(error=exc))
            return
        if self.ctx.handle is not None:
            self.ctx.handle.user = self.settings.audit_user()
        self.language_changed = self.settings.language != old_language
        super().accept()

    def _save_threshold(self) -> bool:
        handle = self.ctx.handle
        new = self.plan_fields["readiness_threshold"].value()
        if handle is None or new == self.threshold:
            return True
        text = self.tr("Change the readiness threshold to {value}").format(value=new)

        def update(values):
            return plans.update_plan(handle, values)

        if not run_edit(self.plan_fields, "readiness_threshold", lambda: do_update(
                self.ctx, text, update, {"readiness_threshold": self.threshold},
                {"readiness_threshold": new}, PLAN)):
            return False
        self.threshold = new
        return True
