"""Import a country's gazetteer and boundaries off the GUI thread, with progress and Cancel."""

from __future__ import annotations

import logging
import threading
import traceback
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, Qt, QThread, Signal
from PySide6.QtWidgets import QMessageBox, QProgressDialog

from transition_planner.exchange.gazetteer import TABLE_SUFFIXES
from transition_planner.services.errors import ServiceError

LOG = logging.getLogger(__name__)
translate = QCoreApplication.translate


class ImportCancelled(ServiceError):
    """The user pressed Cancel; the file being read changed nothing."""


class GazetteerWorker(QObject):
    """Imports files into the plan with a session of its own thread."""

    sig_progress = Signal(int, int, str)  # done, total, file name
    sig_finished = Signal(object)  # list of ImportResult
    sig_failed = Signal(str, object)  # message, results of the files imported before
    sig_cancelled = Signal(object)

    def __init__(self, plan_path: Path, user: str, paths: list[Path]):
        super().__init__()
        # tables first: they replace the units, boundaries then add their shapes to them
        self.plan_path, self.user = plan_path, user
        self.paths = sorted(paths, key=lambda p: p.suffix.lower() not in TABLE_SUFFIXES)
        self._cancel = threading.Event()
        self._name = ""

    def cancel(self) -> None:
        self._cancel.set()

    def _progress(self, done: int, total: int) -> None:
        if self._cancel.is_set():
            raise ImportCancelled("cancelled")
        self.sig_progress.emit(done, total, self._name)

    def run(self) -> None:
        from transition_planner.services import gazetteer, plans
        from transition_planner.store.planfile import PlanFileError

        results = []
        try:
            handle = plans.open_plan(self.plan_path, self.user)  # never the window's session
            try:
                for path in self.paths:
                    self._name = path.name
                    results.append(gazetteer.import_file(handle, path, self._progress))
            finally:
                handle.file.engine.dispose()
        except ImportCancelled:
            self.sig_cancelled.emit(results)
        except (ServiceError, PlanFileError) as exc:
            self.sig_failed.emit(str(exc), results)
        except Exception as exc:  # shown and logged, never lost with the thread
            LOG.error("Gazetteer import failed\n%s", traceback.format_exc())
            self.sig_failed.emit(f"{type(exc).__name__}: {exc}", results)
        else:
            self.sig_finished.emit(results)


def run_import(parent, handle, paths: list[Path]) -> bool:
    """Import files with a progress dialog; say what changed or why not. True if all went in."""
    worker = GazetteerWorker(handle.address, handle.user, paths)
    thread = QThread()
    worker.moveToThread(thread)
    thread.started.connect(worker.run)
    title = translate("GazetteerImport", "Import gazetteer")
    progress = QProgressDialog(translate("GazetteerImport", "Reading…"),
                               translate("GazetteerImport", "Cancel"), 0, 100, parent)
    progress.setWindowTitle(title)
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setMinimumDuration(300)
    progress.setAutoClose(False)
    progress.setAutoReset(False)

    def on_cancel():
        worker.cancel()
        progress.setLabelText(translate("GazetteerImport", "Cancelling…"))

    progress.canceled.connect(on_cancel)
    outcome: dict = {}
    loop = QEventLoop()

    def on_progress(done, total, name):
        progress.setLabelText(translate("GazetteerImport", "Reading {file}…").format(file=name))
        progress.setMaximum(total)
        progress.setValue(done)

    def finish(kind, *args):
        outcome["kind"], outcome["args"] = kind, args
        loop.quit()

    worker.sig_progress.connect(on_progress)
    worker.sig_finished.connect(lambda results: finish("ok", results))
    worker.sig_failed.connect(lambda message, results: finish("failed", message, results))
    worker.sig_cancelled.connect(lambda results: finish("cancelled", results))
    thread.start()
    loop.exec()
    thread.quit()
    thread.wait()
    progress.canceled.disconnect(on_cancel)
    progress.close()
    kind, args = outcome["kind"], outcome["args"]
    done = _summary(args[-1])
    if kind == "ok":
        QMessageBox.information(parent, title, done)
        return True
    if kind == "cancelled":
        text = translate("GazetteerImport", "The import was cancelled; the file being read "
                                            "changed nothing.")
    else:
        text = args[0]
    QMessageBox.warning(parent, title, f"{text}\n\n{done}".strip())
    return False


def _summary(results) -> str:
    lines = []
    for r in results:
        lines.append(translate(
            "GazetteerImport", "{file}: {added} units added, {updated} updated, {removed} "
                               "removed; {shapes} with a boundary.").format(
            file=r.source, added=r.added, updated=r.updated, removed=r.removed,
            shapes=r.with_boundary))
    if results and results[-1].unknown_pcodes:
        lines.append(translate(
            "GazetteerImport", "{n} location(s) have a P-code the gazetteer does not know: see "
                               "the Locations page or `check`.").format(
            n=results[-1].unknown_pcodes))
    return "\n".join(lines)
