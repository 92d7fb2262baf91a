"""File > Export who does what where (3W): the handovers as the table clusters collect."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QMessageBox,
)

from transition_planner.services.errors import ServiceError

translate = QCoreApplication.translate  # lupdate finds translate("Context", "text")


class Export3WDialog(QDialog):
    """For whom, one partner or all, in which language, as CSV or a workbook."""

    def __init__(self, parent=None, partners=()):
        super().__init__(parent)
        from transition_planner.ui import translations

        self.setWindowTitle(self.tr("Export who does what where (3W)"))
        form = QFormLayout(self)
        note = QLabel(self.tr("One row per handover and funding line, with the places' P-codes, "
                              "the clusters' codes and a row of HXL hashtags under the "
                              "headers."))
        note.setWordWrap(True)
        form.addRow(note)
        self.audience = QComboBox()
        for code, text in (("internal", self.tr("Mission (internal): everything")),
                           ("cluster", self.tr("Protection cluster: no sensitive content")),
                           ("donor", self.tr("Donors: no sensitive content"))):
            self.audience.addItem(text, code)
        self.partner = QComboBox()
        self.partner.addItem(self.tr("All successors"), "")
        for name in partners:
            self.partner.addItem(name, name)
        self.lang = QComboBox()
        for code, name in translations.LANGUAGES.items():
            self.lang.addItem(name, code)
        self.lang.setCurrentIndex(max(0, self.lang.findData(translations.current_language())))
        self.format = QComboBox()
        self.format.addItem(self.tr("CSV file (.csv)"), "csv")
        self.format.addItem(self.tr("Excel workbook (.xlsx)"), "xlsx")
        form.addRow(self.tr("For"), self.audience)
        form.addRow(self.tr("Rows of"), self.partner)
        form.addRow(self.tr("Headers in"), self.lang)
        form.addRow(self.tr("Format"), self.format)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Choose file…"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)

    def options(self) -> dict:
        return {"audience": self.audience.currentData(), "lang": self.lang.currentData(),
                "actor": self.partner.currentData(), "format": self.format.currentData()}


def export_3w_interactive(ctx, parent=None) -> Path | None:
    """Options, file name, export, and a word on the result."""
    from transition_planner.exchange.threew import export_3w
    from transition_planner.services.inventory import list_actors

    if ctx.handle is None:
        return None
    partners = sorted({a.name for a in list_actors(ctx.handle)}, key=str.casefold)
    dialog = Export3WDialog(parent, partners)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    options = dialog.options()
    suffix = "." + options.pop("format")
    plan = ctx.handle.path or Path.home() / "team-plan.tplan"  # a team plan: the home folder
    for_whom = options["audience"] + (f"-{options['actor']}" if options["actor"] else "")
    file_filter = (translate("Export3W", "CSV file (*.csv)") if suffix == ".csv"
                   else translate("Export3W", "Excel workbook (*.xlsx)"))
    name, _ = QFileDialog.getSaveFileName(
        parent, translate("Export3W", "Export who does what where (3W)"),
        str(plan.with_name(f"{plan.stem}-3w-{for_whom}{suffix}")), file_filter)
    if not name:
        return None
    path = Path(name) if name.lower().endswith(suffix) else Path(name + suffix)
    try:
        result = export_3w(ctx.handle, path, **options)
    except (ServiceError, OSError) as exc:
        QMessageBox.warning(parent, translate("Export3W", "Cannot export the 3W table"),
                            str(exc))
        return None
    QMessageBox.information(
        parent, translate("Export3W", "3W table exported"),
        translate("Export3W", "Wrote {rows} rows ({handovers} handovers) to {name}.").format(
            rows=result.rows, handovers=result.handovers, name=path.name))
    return path
