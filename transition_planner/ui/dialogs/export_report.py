"""File > Export report: choose the audience, language and locations, then build the PDF off the
GUI thread behind a progress dialog that can cancel."""

from __future__ import annotations

import logging
import threading
import traceback
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, QThread, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QProgressDialog,
    QVBoxLayout,
)

from transition_planner.domain.audience import CLUSTER, DONOR, INTERNAL
from transition_planner.services.errors import InvalidInput, ServiceError

LOG = logging.getLogger(__name__)
translate = QCoreApplication.translate  # lupdate finds translate("Context", "text")


@dataclass
class ReportOptions:
    """What the person chose in the options dialog."""

    audience: str = DONOR
    lang: str = "en"
    locations: list[str] = field(default_factory=list)  # names; empty: the whole plan


class ReportOptionsDialog(QDialog):
    """Who the report is for, its language, and the locations it covers."""

    def __init__(self, locations: list[tuple[str, int]], parent=None):
        """locations: (name, depth in the location tree), in tree order."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export report"))
        self.setMinimumWidth(460)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.audience = QComboBox()
        for code, label in ((DONOR, self.tr("Donors and headquarters")),
                            (CLUSTER, self.tr("Protection cluster and partners")),
                            (INTERNAL, self.tr("Mission planners (internal)"))):
            self.audience.addItem(label, code)
        form.addRow(self.tr("Prepared for:"), self.audience)
        self.language = QComboBox()
        for code, label in (("en", "English"), ("fr", "Français"), ("ar", "العربية")):
            self.language.addItem(label, code)  # each language in its own name
        form.addRow(self.tr("Language:"), self.language)
        layout.addLayout(form)
        self.warning = QLabel()
        self.warning.setWordWrap(True)
        layout.addWidget(self.warning)
        layout.addWidget(QLabel(self.tr("Locations (none ticked: the whole plan):")))
        self.locations = QListWidget()
        for name, depth in locations:
            item = QListWidgetItem("    " * depth + name)
            item.setData(Qt.ItemDataRole.UserRole, name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.locations.addItem(item)
        layout.addWidget(self.locations)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Choose file…"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.audience.currentIndexChanged.connect(self._explain)
        self._explain()

    def _explain(self) -> None:
        if self.audience.currentData() == INTERNAL:
            self.warning.setText(self.tr("The internal report contains every sensitive record "
                                         "and field: do not share it outside the mission."))
        else:
            self.warning.setText(self.tr("Records and fields marked sensitive are left out; "
                                         "the figures still count them."))

    def options(self) -> ReportOptions:
        chosen = [self.locations.item(i).data(Qt.ItemDataRole.UserRole)
                  for i in range(self.locations.count())
                  if self.locations.item(i).checkState() == Qt.CheckState.Checked]
        return ReportOptions(self.audience.currentData(), self.language.currentData(), chosen)


def _location_rows(handle) -> list[tuple[str, int]]:
    """The plan's locations as (name, depth), parents before their children."""
    from transition_planner.services import inventory

    locations = inventory.list_locations(handle)
    children: dict[str | None, list] = {}
    known = {loc.id for loc in locations}
    for loc in locations:
        children.setdefault(loc.parent_id if loc.parent_id in known else None, []).append(loc)
    rows, todo = [], [(loc, 0) for loc in reversed(children.get(None, []))]
    while todo:
        loc, depth = todo.pop()
        rows.append((loc.name, depth))
        todo.extend((child, depth + 1) for child in reversed(children.get(loc.id, [])))
    return rows


class ReportWorker(QObject):
    """Builds the report in its own thread, with its own handle on the plan file."""

    sig_progress = Signal(int, int)
    sig_finished = Signal(object)  # ReportResult
    sig_failed = Signal(str)
    sig_cancelled = Signal()

    def __init__(self, plan_path: Path, user: str, out_path: Path, options: ReportOptions):
        super().__init__()
        self.plan_path, self.user, self.out_path, self.options = plan_path, user, out_path, options
        self._cancel = threading.Event()

    def cancel(self) -> None:
        """Ask the build to stop at its next progress step (safe from any thread)."""
        self._cancel.set()

    def _progress(self, done: int, total: int) -> None:
        from transition_planner.reports.errors import ReportCancelled

        if self._cancel.is_set():
            raise ReportCancelled("The report was cancelled.")
        self.sig_progress.emit(done, total)

    def run(self) -> None:
        from transition_planner.reports.build import build_report
        from transition_planner.reports.errors import ReportCancelled
        from transition_planner.services import plans
        from transition_planner.store.planfile import PlanFileError

        try:
            handle = plans.open_plan(self.plan_path, self.user)  # never the window's session
            try:
                result = build_report(
                    handle, self.out_path, audience=self.options.audience,
                    lang=self.options.lang, locations=self.options.locations or None,
                    progress=self._progress,
                )
            finally:
                handle.close()
        except ReportCancelled:
            self.sig_cancelled.emit()
        except InvalidInput as exc:
            self.sig_failed.emit("\n".join(f"{k}: {v}" for k, v in exc.problems.items()))
        except (ServiceError, PlanFileError) as exc:
            self.sig_failed.emit(str(exc))
        except Exception as exc:  # shown, logged, never lost with the thread
            LOG.error("Report failed\n%s", traceback.format_exc())
            self.sig_failed.emit(f"{type(exc).__name__}: {exc}")
        else:
            self.sig_finished.emit(result)


class ReportExport(QObject):
    """One report being written: its worker thread, progress dialog and closing message."""

    sig_done = Signal(object)  # the ReportResult, or None when cancelled or failed

    def __init__(self, ctx, parent, out_path: Path, options: ReportOptions):
        super().__init__(parent if parent is not None else ctx)
        self.parent_widget, self.out_path, self.options = parent, out_path, options
        self.result = None
        self.finished = False
        self.worker = ReportWorker(ctx.handle.address, ctx.handle.user, out_path, options)
        self.thread = QThread()
        self.worker.moveToThread(self.thread)
        self.thread.started.connect(self.worker.run)
        self.worker.sig_progress.connect(self._on_progress)
        self.worker.sig_finished.connect(self._on_finished)
        self.worker.sig_failed.connect(self._on_failed)
        self.worker.sig_cancelled.connect(self._on_cancelled)
        self.progress = QProgressDialog(translate("ExportReport", "Writing the report…"),
                                        translate("ExportReport", "Cancel"), 0, 100, parent)
        self.progress.setWindowTitle(translate("ExportReport", "Export report"))
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(300)
        self.progress.setAutoReset(False)
        self.progress.setAutoClose(False)
        self.progress.canceled.connect(self.cancel)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.stop)

    def start(self) -> None:
        self.progress.setValue(0)
        self.thread.start()

    def cancel(self) -> None:
        self.worker.cancel()
        self.progress.setLabelText(translate("ExportReport", "Cancelling…"))

    def stop(self) -> None:
        """Cancel and wait for the worker (the application is quitting)."""
        if not self.finished:
            self.worker.cancel()
        self.thread.quit()
        self.thread.wait()

    def _on_progress(self, done: int, total: int) -> None:
        self.progress.setMaximum(total)
        self.progress.setValue(done)

    def _end(self, result) -> None:
        self.result, self.finished = result, True
        self.thread.quit()
        self.thread.wait()
        self.progress.canceled.disconnect(self.cancel)  # closing it would emit canceled
        self.progress.close()
        self.sig_done.emit(result)

    def _on_finished(self, result) -> None:
        self._end(result)
        QMessageBox.information(
            self.parent_widget, translate("ExportReport", "Report saved"),
            translate("ExportReport", "The report was saved to %1 (%2 pages).")
            .replace("%1", str(result.path)).replace("%2", str(result.pages)))

    def _on_failed(self, message: str) -> None:
        self._end(None)
        QMessageBox.warning(self.parent_widget,
                            translate("ExportReport", "The report could not be written"), message)

    def _on_cancelled(self) -> None:
        self._end(None)


def ask_report_options(ctx, parent=None) -> ReportOptions | None:
    dialog = ReportOptionsDialog(_location_rows(ctx.handle), parent)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.options()
    finally:
        dialog.deleteLater()


def _suggested_path(ctx, options: ReportOptions) -> Path:
    from transition_planner.services import plans

    plan = plans.plan_info(ctx.handle)
    stem = plan.mission_acronym or (ctx.handle.path.stem if ctx.handle.path else plan.name)
    name = f"{stem}-transition-report-{options.audience}-{options.lang}-{date.today()}.pdf"
    return (ctx.handle.path.parent if ctx.handle.path else Path.home()) / name  # a team plan: home


def export_report_interactive(ctx, parent=None) -> ReportExport | None:
    """Ask for the options and a file, then write the report in the background.

    Returns the export under way (its sig_done tells when it ends), or None when the person
    changed their mind or no plan is open.
    """
    if ctx.handle is None:
        QMessageBox.information(parent, translate("ExportReport", "Export report"),
                                translate("ExportReport", "Open a plan first."))
        return None
    options = ask_report_options(ctx, parent)
    if options is None:
        return None
    name, _ = QFileDialog.getSaveFileName(parent, translate("ExportReport", "Save the report as"),
                                          str(_suggested_path(ctx, options)),
                                          translate("ExportReport", "PDF documents (*.pdf)"))
    if not name:
        return None
    path = Path(name)
    if path.suffix.lower() != ".pdf":
        path = path.with_name(path.name + ".pdf")
    export = ReportExport(ctx, parent, path, options)
    export.start()
    return export
