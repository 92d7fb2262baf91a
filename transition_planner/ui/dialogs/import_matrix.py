"""Export the handover matrix to Excel and import partners' copies with a merge preview."""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEventLoop, Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from transition_planner.services.errors import ServiceError
from transition_planner.ui.context import ACTOR, CAPACITY, FUNDING, HANDOVER, READINESS
from transition_planner.ui.dialogs import review_footer

translate = QCoreApplication.translate  # lupdate finds translate("Context", "text")
# The audience a workbook was exported for, as the import preview names it.
AUDIENCE_NAMES = {
    "internal": QT_TRANSLATE_NOOP("ImportMatrix", "internal"),
    "cluster": QT_TRANSLATE_NOOP("ImportMatrix", "protection cluster"),
    "donor": QT_TRANSLATE_NOOP("ImportMatrix", "donor"),
}


def field_name(key: str) -> str:
    """A matrix column as the workbook's headers word it, in the window's language."""
    from transition_planner.exchange.matrix import readable_field
    from transition_planner.ui.translations import current_language

    return readable_field(key, current_language())


def audience_name(code: str) -> str:
    return translate("ImportMatrix", AUDIENCE_NAMES[code]) if code in AUDIENCE_NAMES else code


class Cancelled(Exception):
    """The user pressed Cancel in a progress dialog."""


def run_with_progress(parent, title: str, label: str, work, cancellable: bool = True):
    """Run `work(progress)` off the GUI thread behind a progress dialog; return its result.

    `progress()` raises Cancelled once the user cancels; an exception of `work` is re-raised.
    Returns None when cancelled.
    """
    state = {"cancelled": False}

    def progress(*_args):
        if state["cancelled"]:
            raise Cancelled()

    def target():
        try:
            state["result"] = work(progress)
        except BaseException as exc:  # handed to the GUI thread
            state["error"] = exc

    cancel = translate("ImportMatrix", "Cancel") if cancellable else None
    dialog = QProgressDialog(label, cancel, 0, 0, parent)
    dialog.setWindowTitle(title)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)
    dialog.canceled.connect(lambda: state.update(cancelled=True))
    thread = threading.Thread(target=target, name="matrix-exchange")
    thread.start()
    loop = QEventLoop()
    timer = QTimer()
    timer.timeout.connect(lambda: None if thread.is_alive() else loop.quit())
    timer.start(30)
    loop.exec()
    timer.stop()
    thread.join()
    dialog.close()
    dialog.deleteLater()
    error = state.get("error")
    if isinstance(error, Cancelled):
        return None
    if error is not None:
        raise error
    return state.get("result")


# --- export ----------------------------------------------------------------------------------


class ExportMatrixDialog(QDialog):
    """Who the matrix is for, in which language, for one partner or all, with HXL or not."""

    def __init__(self, parent=None, partners=()):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export handover matrix"))
        form = QFormLayout(self)
        self.audience = QComboBox()
        for code, text in (("internal", self.tr("Mission (internal): everything")),
                           ("cluster", self.tr("Protection cluster: no sensitive content")),
                           ("donor", self.tr("Donors: no sensitive content"))):
            self.audience.addItem(text, code)
        from transition_planner.ui import translations

        self.lang = QComboBox()
        for code, name in translations.LANGUAGES.items():
            self.lang.addItem(name, code)  # each language in its own name
        self.lang.setCurrentIndex(max(0, self.lang.findData(translations.current_language())))
        self.hxl = QCheckBox(self.tr("Add a row of HXL hashtags under the headers"))
        self.hxl.setChecked(True)
        # the workbook, or the matrix as CSV for HXL tools and shared online sheets (its
        # hashtag row is how the import reads it back, so it always has one)
        self.format = QComboBox()
        self.format.addItem(self.tr("Excel workbook (.xlsx)"), "xlsx")
        self.format.addItem(self.tr("CSV file with HXL hashtags (.csv)"), "csv")
        self.format.currentIndexChanged.connect(self._format_chosen)
        # one partner's own copy: its handovers and their funding lines only
        self.partner = QComboBox()
        self.partner.addItem(self.tr("All successors"), "")
        for name in partners:
            self.partner.addItem(name, name)
        form.addRow(self.tr("For"), self.audience)
        form.addRow(self.tr("Rows of"), self.partner)
        form.addRow(self.tr("Headers in"), self.lang)
        form.addRow(self.tr("Format"), self.format)
        form.addRow("", self.hxl)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Choose file…"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def _format_chosen(self) -> None:
        as_csv = self.format.currentData() == "csv"
        if as_csv:
            self.hxl.setChecked(True)
        self.hxl.setEnabled(not as_csv)

    def options(self) -> dict:
        return {"audience": self.audience.currentData(), "lang": self.lang.currentData(),
                "hxl": self.hxl.isChecked(), "actor": self.partner.currentData(),
                "format": self.format.currentData()}


def export_matrix_interactive(ctx, parent=None) -> Path | None:
    """File > Export handover matrix: options, file name, export, and a word on the result."""
    from transition_planner.exchange.csv_matrix import export_matrix_csv
    from transition_planner.exchange.export import export_matrix
    from transition_planner.services.inventory import list_actors

    if ctx.handle is None:
        return None
    partners = sorted({a.name for a in list_actors(ctx.handle)}, key=str.casefold)
    options_dialog = ExportMatrixDialog(parent, partners)
    if options_dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    options = options_dialog.options()
    suffix = "." + options.pop("format")
    if suffix == ".csv":
        options.pop("hxl")  # a CSV matrix always has its hashtag row
        write, file_filter = export_matrix_csv, translate("ImportMatrix", "CSV file (*.csv)")
    else:
        write, file_filter = export_matrix, translate("ImportMatrix", "Excel workbook (*.xlsx)")
    path = ctx.handle.path or Path.home() / "team-plan.tplan"  # a team plan: the home folder
    for_whom = options["audience"] + (f"-{options['actor']}" if options["actor"] else "")
    suggested = str(path.with_name(f"{path.stem}-matrix-{for_whom}{suffix}"))
    name, _ = QFileDialog.getSaveFileName(
        parent, translate("ImportMatrix", "Export handover matrix"), suggested, file_filter)
    if not name:
        return None
    path = Path(name) if name.lower().endswith(suffix) else Path(name + suffix)
    try:
        result = run_with_progress(parent, translate("ImportMatrix", "Export handover matrix"),
                                   translate("ImportMatrix", "Writing the file…")
                                   if suffix == ".csv" else
                                   translate("ImportMatrix", "Writing the workbook…"),
                                   lambda _progress: write(ctx.handle, path, **options))
    except (ServiceError, OSError) as exc:
        QMessageBox.warning(parent, translate("ImportMatrix", "Cannot export the matrix"), str(exc))
        return None
    QMessageBox.information(
        parent, translate("ImportMatrix", "Matrix exported"),
        translate("ImportMatrix", "Wrote {rows} rows to {name}.").format(
            rows=result.rows, name=path.name))
    return path


# --- import ----------------------------------------------------------------------------------


def import_matrix_interactive(ctx, parent=None):
    """File > Import handover matrix: file, read with progress, preview, apply."""
    from transition_planner.exchange.merge import OtherOrigin

    if ctx.handle is None:
        return None
    name, _ = QFileDialog.getOpenFileName(
        parent, translate("ImportMatrix", "Import handover matrix"),
        str(ctx.handle.path.parent if ctx.handle.path else Path.home()),
        translate("ImportMatrix", "Handover matrix (*.xlsx *.csv)"))
    if not name:
        return None
    try:
        preview = _read_preview(ctx, parent, Path(name), as_new=False)
    except OtherOrigin as exc:
        answer = QMessageBox.question(
            parent, translate("ImportMatrix", "Import as new rows?"),
            str(exc) + "\n\n"
            + translate("ImportMatrix", "Add its rows to this plan as new rows instead?"))
        if answer != QMessageBox.StandardButton.Yes:
            return None
        try:
            preview = _read_preview(ctx, parent, Path(name), as_new=True)
        except ServiceError as again:
            QMessageBox.warning(
                parent, translate("ImportMatrix", "Cannot import the workbook"), str(again))
            return None
    except (ServiceError, OSError) as exc:
        QMessageBox.warning(
            parent, translate("ImportMatrix", "Cannot import the workbook"), str(exc))
        return None
    if preview is None:
        return None
    dialog = ImportMatrixDialog(ctx, Path(name), parent, preview=preview)
    dialog.exec()
    return dialog.result_summary


def _read_preview(ctx, parent, path: Path, as_new: bool):
    from transition_planner.exchange.merge import preview_import

    return run_with_progress(
        parent, translate("ImportMatrix", "Import handover matrix"),
        translate("ImportMatrix", "Reading {name}…").format(name=path.name),
        lambda progress: preview_import(ctx.handle, path, as_new=as_new, progress=progress))


class ImportMatrixDialog(QDialog):
    """The import preview: what would be added, changed and deleted, conflicts to resolve."""

    PLAN, WORKBOOK = "ours", "theirs"

    def __init__(self, ctx, path, parent=None, preview=None):
        super().__init__(parent)
        from transition_planner.exchange.merge import preview_import

        self.ctx, self.path = ctx, Path(path)
        self.preview = preview or preview_import(ctx.handle, self.path)
        self.result_summary = None
        self.combos: dict[str, QComboBox] = {}  # conflict key -> choice
        self.row_combos: dict[str, QComboBox] = {}  # row id -> choice for all its cells
        self.setWindowTitle(self.tr("Import {name}").format(name=self.path.name))
        self.resize(1100, 620)
        layout = QVBoxLayout(self)
        self.summary = QLabel(self._summary_text())
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.tabs = QTabWidget()
        layout.addWidget(self.tabs, 1)
        self._build_tabs()
        self.left, self.apply_button = review_footer(self, layout, self.tr(
            "Nothing changes until you press Import. Edit > Undo (Ctrl+Z) then takes the "
            "whole import back in one step; every change is also kept in the plan's "
            "history."), self.tr("Import"))
        self._update_state()

    # --- building ---

    def _summary_text(self) -> str:
        p = self.preview
        origin = (self.tr("exported {when} UTC for the {audience} audience").format(
            when=p.exported_at[:16].replace("T", " "), audience=audience_name(p.audience))
            if p.exported_at else self.tr("rows imported as new rows"))
        if p.without_base:
            origin = self.tr("no record of the export (a CSV file, or a copy without its hidden "
                             "sheets), so it is compared with the plan as it is now and no "
                             "conflict can be found")
        return self.tr(
            "<b>{name}</b>, {origin}: {added} added, {changed} changed, {deleted} deleted, "
            "{unchanged} unchanged, {conflicts} with conflicts, {unreadable} unreadable."
        ).format(name=p.source, origin=origin, added=len(p.of_kind("added")),
                 changed=len(p.of_kind("changed")), deleted=len(p.of_kind("deleted")),
                 unchanged=p.unchanged, conflicts=len(p.conflicts()),
                 unreadable=len(p.problems))

    def _tree(self, headers: list[str]) -> QTreeWidget:
        tree = QTreeWidget()
        tree.setHeaderLabels(headers)
        tree.setAlternatingRowColors(True)
        tree.setUniformRowHeights(False)
        tree.header().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        tree.header().setStretchLastSection(True)
        return tree

    def _build_tabs(self) -> None:
        p = self.preview
        if p.conflicts():
            self.tabs.addTab(self._conflicts_tab(), self.tr("Conflicts ({n})").format(
                n=len(p.conflict_keys())))
        changed = self._tree([self.tr("Row / field"), self.tr("Plan now"),
                              self.tr("Workbook")])
        for row in p.of_kind("changed"):
            item = QTreeWidgetItem(changed, [self._row_text(row)])
            for cell in row.cells:
                if not cell.conflict:
                    QTreeWidgetItem(item, [field_name(cell.field), cell.ours, cell.theirs])
        changed.expandAll()
        self._fit(changed)
        self.tabs.addTab(changed, self.tr("Changed ({n})").format(n=len(p.of_kind("changed"))))
        for kind, title in (("added", self.tr("Added ({n})")),
                            ("deleted", self.tr("Deleted ({n})"))):
            tree = self._tree([self.tr("Row"), self.tr("Note")])
            for row in p.of_kind(kind):
                notes = [self.tr("conflict: {why}").format(why=row.conflict)
                         for _c in [row.conflict] if row.conflict]
                if row.removes:
                    notes.append(self.tr("removes {n} record(s)").format(
                        n=sum(row.removes.values())))
                QTreeWidgetItem(tree, [self._row_text(row), "; ".join(notes)])
            self._fit(tree)
            self.tabs.addTab(tree, title.format(n=len(p.of_kind(kind))))
        problems = self._tree([self.tr("Row"), self.tr("Why it cannot be read")])
        for problem in p.problems:
            where = self._where(problem)
            item = QTreeWidgetItem(problems, [where + problem.label])
            for reason in problem.reasons:
                QTreeWidgetItem(item, ["", reason])
        problems.expandAll()
        self._fit(problems)
        self.tabs.addTab(problems, self.tr("Unreadable ({n})").format(n=len(p.problems)))
        if p.refused:  # cells of the mission's columns a partner changed: the rest imports
            refused = self._tree([self.tr("Row"), self.tr("Why the cell is not imported")])
            for problem in p.refused:
                item = QTreeWidgetItem(refused, [self.tr("Row {n}: ").format(
                    n=problem.sheet_row) + problem.label])
                for reason in problem.reasons:
                    QTreeWidgetItem(item, ["", reason])
            refused.expandAll()
            self._fit(refused)
            self.tabs.addTab(refused, self.tr("Cells not imported ({n})").format(
                n=len(p.refused)))

    def _fit(self, tree: QTreeWidget) -> None:
        for column in range(tree.columnCount() - 1):
            tree.resizeColumnToContents(column)
            tree.setColumnWidth(column, min(tree.columnWidth(column) + 12, 420))

    def _where(self, row) -> str:
        """'Row 3: ' of the matrix, or 'Funding row 3: ' of the Funding sheet."""
        if not row.sheet_row:
            return ""
        if getattr(row, "record", ""):
            return self.tr("Funding row {n}: ").format(n=row.sheet_row)
        return self.tr("Row {n}: ").format(n=row.sheet_row)

    def _row_text(self, row) -> str:
        return self._where(row) + row.label

    def _conflicts_tab(self) -> QWidget:
        page = QWidget()
        box = QVBoxLayout(page)
        explain = QLabel(self.tr(
            "These values were changed both in the plan since the export and in the workbook. "
            "Choose, for each, which one to keep."))
        explain.setWordWrap(True)
        box.addWidget(explain)
        self.conflict_tree = tree = self._tree([
            self.tr("Row / field"), self.tr("At export"), self.tr("Plan now"),
            self.tr("Workbook"), self.tr("Keep")])
        for row in self.preview.conflicts():
            item = QTreeWidgetItem(tree, [self._row_text(row)])
            row_combo = self._combo(row.conflict and row.kind)
            tree.setItemWidget(item, 4, row_combo)
            self.row_combos[row.id] = row_combo
            if row.conflict:
                item.setText(1, row.conflict)
                self.combos[f"{row.id}/row"] = row_combo
                row_combo.currentIndexChanged.connect(self._update_state)
                continue
            for cell in row.cells:
                if not cell.conflict:
                    continue
                child = QTreeWidgetItem(item, [field_name(cell.field), cell.base, cell.ours,
                                               cell.theirs])
                combo = self._combo()
                tree.setItemWidget(child, 4, combo)
                self.combos[f"{row.id}/{cell.field}"] = combo
                combo.currentIndexChanged.connect(self._update_state)
            row_combo.currentIndexChanged.connect(
                lambda _i, rid=row.id: self._choose_row(rid))
        tree.expandAll()
        self._fit(tree)
        header = tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):  # base, ours and theirs side by side, readable
            tree.setColumnWidth(column, max(tree.columnWidth(column), 150))
        tree.setColumnWidth(4, 190)
        box.addWidget(tree, 1)
        buttons = QHBoxLayout()
        self.keep_all_ours = QPushButton(self.tr("Keep all plan values"))
        self.take_all_theirs = QPushButton(self.tr("Take all workbook values"))
        self.keep_all_ours.clicked.connect(lambda: self.choose_all(self.PLAN))
        self.take_all_theirs.clicked.connect(lambda: self.choose_all(self.WORKBOOK))
        buttons.addWidget(self.keep_all_ours)
        buttons.addWidget(self.take_all_theirs)
        buttons.addStretch(1)
        box.addLayout(buttons)
        return page

    def _combo(self, kind: str = "") -> QComboBox:
        combo = QComboBox()
        combo.addItem(self.tr("Choose…"), None)
        if kind == "deleted":
            combo.addItem(self.tr("Keep it (plan)"), self.PLAN)
            combo.addItem(self.tr("Delete it (workbook)"), self.WORKBOOK)
        elif kind == "added":
            combo.addItem(self.tr("Leave it deleted (plan)"), self.PLAN)
            combo.addItem(self.tr("Add it again (workbook)"), self.WORKBOOK)
        else:
            combo.addItem(self.tr("Plan value"), self.PLAN)
            combo.addItem(self.tr("Workbook value"), self.WORKBOOK)
        return combo

    # --- choosing ---

    @staticmethod
    def _set(combo: QComboBox, side: str) -> None:
        combo.setCurrentIndex(max(0, combo.findData(side)))

    def _choose_row(self, row_id: str) -> None:
        side = self.row_combos[row_id].currentData()
        if side is None:
            return
        for key, combo in self.combos.items():
            if key.startswith(f"{row_id}/"):
                self._set(combo, side)

    def choose(self, key: str, side: str) -> None:
        """Resolve one conflict: `key` as in ImportPreview.conflict_keys()."""
        self._set(self.combos[key], side)

    def choose_row(self, row_id: str, side: str) -> None:
        self._set(self.row_combos[row_id], side)

    def choose_all(self, side: str) -> None:
        for combo in self.row_combos.values():
            self._set(combo, side)
        for combo in self.combos.values():
            self._set(combo, side)

    def resolutions(self) -> dict[str, str]:
        return {k: c.currentData() for k, c in self.combos.items() if c.currentData()}

    def _update_state(self) -> None:
        left = len(self.combos) - len(self.resolutions())
        self.left.setText(self.tr("{n} conflict(s) left to resolve").format(n=left)
                          if left else "")
        nothing = not self.preview.rows
        self.apply_button.setEnabled(left == 0 and not nothing)

    # --- applying ---

    def deletions_confirmed(self) -> bool:
        """Many deletions are applied only once the person says so (an emptied workbook)."""
        from transition_planner.exchange.merge import DELETION_LIMIT

        removed = self.preview.records_removed
        if removed <= DELETION_LIMIT:
            return True
        answer = QMessageBox.question(
            self, self.tr("Delete {n} records?").format(n=removed),
            self.tr("This import deletes {n} records: {rows} rows of the matrix and what "
                    "belongs to them, listed on the Deleted tab. Deleted records can be "
                    "restored from the plan's history. Delete them?").format(
                n=removed, rows=len(self.preview.of_kind("deleted"))),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def accept(self) -> None:
        from transition_planner.exchange.apply import apply_import

        if not self.deletions_confirmed():
            return
        try:
            result = run_with_progress(
                self, self.tr("Import handover matrix"), self.tr("Importing…"),
                lambda _progress: apply_import(self.ctx.handle, self.preview,
                                               self.resolutions(), allow_deletions=True),
                cancellable=False)  # one transaction: it completes or changes nothing
        except ServiceError as exc:
            QMessageBox.warning(self, self.tr("Nothing was imported"), str(exc))
            return
        self._push_undo(result.changes)
        self.result_summary = result
        super().accept()

    def _push_undo(self, changes) -> None:
        """One undo step for the whole import (pushing it tells the pages what changed)."""
        from transition_planner.exchange.undo_import import redo_import, undo_import
        from transition_planner.ui.undo import ServiceCommand

        handle = self.ctx.handle
        self.ctx.undo_stack.push(ServiceCommand(
            self.ctx, self.tr("Import {name}").format(name=self.path.name),
            lambda: undo_import(handle, changes), lambda: redo_import(handle, changes),
            (CAPACITY, HANDOVER, READINESS, ACTOR, FUNDING)))
