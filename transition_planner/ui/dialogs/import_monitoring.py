"""File > Import monitoring values: a KoboToolbox/ODK export, its columns mapped once (the
plan remembers the mapping), a preview of the values to add and the rows refused, then one
import that Ctrl+Z takes back in one step."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
)

from transition_planner.services.errors import ServiceError
from transition_planner.ui.context import HANDOVER
from transition_planner.ui.undo import ServiceCommand

translate = QCoreApplication.translate
MONITORING = "monitoring"  # the kind of data an import changes: indicator values


def import_monitoring_interactive(ctx, parent=None):
    """File > Import monitoring values: choose the export, then map, preview and import."""
    if ctx.handle is None:
        return None
    name, _ = QFileDialog.getOpenFileName(
        parent, translate("ImportMonitoring", "Import monitoring values"),
        str(ctx.handle.path.parent) if ctx.handle.path else "",
        translate("ImportMonitoring", "Survey exports (*.csv *.xlsx);;All files (*)"))
    if not name:
        return None
    dialog = ImportMonitoringDialog(ctx, Path(name), parent)
    dialog.exec()
    return dialog.added


class ImportMonitoringDialog(QDialog):
    """Which column holds what, the preview, and the import."""

    NONE = ""  # the data of "(none)" in a column combo

    def __init__(self, ctx, path: Path | None = None, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.path: Path | None = None
        self.headers: list[str] = []
        self.preview = None
        self.added: list[str] = []  # ids of the values the import added
        self.indicators: list[str] = []
        self.first_row: list = []  # the export's first row, beside each column's name
        self.value_combos: dict[str, QComboBox] = {}
        self.form = ""
        self.setWindowTitle(self.tr("Import monitoring values"))
        self.resize(1000, 680)
        layout = QVBoxLayout(self)

        top = QHBoxLayout()
        self.file_field = QLineEdit()
        self.file_field.setReadOnly(True)
        self.file_field.setPlaceholderText(self.tr("A KoboToolbox or ODK export (CSV or XLSX)"))
        self.choose_button = QPushButton(self.tr("Choose file…"))
        self.choose_button.clicked.connect(self.on_choose)
        top.addWidget(QLabel(self.tr("File")))
        top.addWidget(self.file_field, 1)
        top.addWidget(self.choose_button)
        layout.addLayout(top)
        self.mapping_note = QLabel()
        self.mapping_note.setWordWrap(True)
        layout.addWidget(self.mapping_note)

        columns = QGroupBox(self.tr("Columns"))
        form = QFormLayout(columns)
        self.date_combo = self._combo("date_combo")
        self.location_combo = self._combo("location_combo")
        self.uuid_combo = self._combo("uuid_combo")
        self.indicator_combo = self._combo("indicator_combo")
        self.value_combo = self._combo("value_combo")
        form.addRow(self.tr("Date"), self.date_combo)
        form.addRow(self.tr("Location (P-code or name)"), self.location_combo)
        form.addRow(self.tr("Submission id (_uuid)"), self.uuid_combo)
        form.addRow(self.tr("Or: indicator named in"), self.indicator_combo)
        form.addRow(self.tr("with its value in"), self.value_combo)
        self.value_table = QTableWidget(0, 3)
        self.value_table.setObjectName("value_table")
        self.value_table.setHorizontalHeaderLabels(
            [self.tr("Column of the file"), self.tr("First row"),
             self.tr("Values of the indicator")])
        for column, mode in enumerate((QHeaderView.ResizeMode.Stretch,
                                       QHeaderView.ResizeMode.ResizeToContents,
                                       QHeaderView.ResizeMode.Stretch)):
            self.value_table.horizontalHeader().setSectionResizeMode(column, mode)
        self.value_table.verticalHeader().setVisible(False)
        mapping = QHBoxLayout()
        mapping.addWidget(columns, 1)
        mapping.addWidget(self.value_table, 2)
        layout.addLayout(mapping, 2)

        self.summary = QLabel()
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.tabs = QTabWidget()
        self.added_table = self._table([self.tr("Row"), self.tr("Indicator"),
                                        self.tr("Location"), self.tr("Date"), self.tr("Value")],
                                       stretch=1)
        self.refused_table = self._table([self.tr("Row"), self.tr("Why it is refused")],
                                         stretch=1)
        self.tabs.addTab(self.added_table, "")
        self.tabs.addTab(self.refused_table, "")
        layout.addWidget(self.tabs, 3)
        note = QLabel(self.tr("Nothing changes until you press Import. Ctrl+Z takes the whole "
                              "import back; the plan remembers these columns for the next "
                              "export of the same form."))
        note.setWordWrap(True)
        layout.addWidget(note)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.apply_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.apply_button.setText(self.tr("Import"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._update_tabs()
        if path is not None:
            self.load(path)

    # --- building ---

    def _combo(self, name: str) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(name)
        # long Kobo headers must not push the value table off the dialog
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(14)
        combo.currentIndexChanged.connect(self.refresh_preview)
        return combo

    def _table(self, headers: list[str], stretch: int) -> QTableWidget:
        table = QTableWidget(0, len(headers))
        table.setHorizontalHeaderLabels(headers)
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        table.verticalHeader().setVisible(False)
        for column in range(len(headers)):
            table.horizontalHeader().setSectionResizeMode(
                column, QHeaderView.ResizeMode.Stretch if column == stretch
                else QHeaderView.ResizeMode.ResizeToContents)
        return table

    def _fill_combo(self, combo: QComboBox, chosen: str, optional: bool = True) -> None:
        combo.blockSignals(True)
        combo.clear()
        if optional:
            combo.addItem(self.tr("(none)"), self.NONE)
        for header in self.headers:
            combo.addItem(self._shown(header), header)
        index = combo.findData(chosen)
        combo.setCurrentIndex(max(index, 0))
        combo.blockSignals(False)

    def _shown(self, text: str) -> str:
        """A header or cell of the export, kept left to right in a right-to-left window
        (else "_uuid" reads "uuid_")."""
        return f"\u2066{text}\u2069" if self.isRightToLeft() and text else text

    # --- the file and its mapping ---

    def on_choose(self) -> None:
        start = str(self.path.parent) if self.path else (
            str(self.ctx.handle.path.parent) if self.ctx.handle.path else "")
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import monitoring values"), start,
            self.tr("Survey exports (*.csv *.xlsx);;All files (*)"))
        if name:
            self.load(Path(name))

    def load(self, path: Path) -> None:
        """Read the export's headers and the remembered (or guessed) mapping, then preview."""
        from transition_planner.services import monitoring_import as mi

        self.path = Path(path)
        self.file_field.setText(str(self.path))
        self.preview, self.headers, self.first_row = None, [], []
        try:
            data, form, columns, remembered = mi.columns_for(self.ctx.handle, self.path)
            self.indicators = mi.indicator_names(self.ctx.handle)
        except (ServiceError, OSError) as exc:
            self._fill_mapping(None)
            self._show_error(str(exc))
            return
        self.form, self.headers = form, data.headers
        self.first_row = data.rows[0][1] if data.rows else []
        self.mapping_note.setText(
            self.tr("Columns as the plan remembers them for the form '{form}'.").format(
                form=form) if remembered else
            self.tr("Columns guessed from the headers of '{form}': check them.").format(
                form=form))
        self._fill_mapping(columns)
        self.refresh_preview()

    def _fill_mapping(self, columns) -> None:
        from transition_planner.exchange.monitoring_csv import ColumnMap

        columns = columns or ColumnMap()
        self._fill_combo(self.date_combo, columns.date, optional=False)
        self._fill_combo(self.location_combo, columns.location)
        self._fill_combo(self.uuid_combo, columns.uuid)
        self._fill_combo(self.indicator_combo, columns.indicator)
        self._fill_combo(self.value_combo, columns.value)
        self.value_table.setRowCount(0)
        self.value_combos = {}
        for row, header in enumerate(self.headers):
            self.value_table.insertRow(row)
            item = QTableWidgetItem(self._shown(header))
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.value_table.setItem(row, 0, item)
            first = self.first_row[row] if row < len(self.first_row) else ""
            sample = QTableWidgetItem(self._shown(str(first)[:40]))
            sample.setFlags(sample.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.value_table.setItem(row, 1, sample)
            combo = QComboBox()
            combo.addItem(self.tr("(not imported)"), self.NONE)
            for name in self.indicators:
                combo.addItem(name, name)
            combo.setCurrentIndex(max(combo.findData(columns.values.get(header, "")), 0))
            combo.currentIndexChanged.connect(self.refresh_preview)
            self.value_table.setCellWidget(row, 2, combo)
            self.value_combos[header] = combo

    def columns(self):
        """The mapping the combos show."""
        from transition_planner.exchange.monitoring_csv import ColumnMap

        return ColumnMap(
            date=self.date_combo.currentData() or "",
            location=self.location_combo.currentData() or "",
            uuid=self.uuid_combo.currentData() or "",
            indicator=self.indicator_combo.currentData() or "",
            value=self.value_combo.currentData() or "",
            values={h: c.currentData() for h, c in self.value_combos.items()
                    if c.currentData()},
        )

    def value_combo_for(self, header: str) -> QComboBox:
        return self.value_combos[header]

    # --- the preview ---

    def refresh_preview(self, *_args) -> None:
        from transition_planner.services import monitoring_import as mi

        if self.path is None or not self.headers:
            return
        try:
            self.preview = mi.preview_values_import(self.ctx.handle, self.path, self.columns(),
                                                    form=self.form)
        except (ServiceError, OSError) as exc:
            self._show_error(str(exc))
            return
        p = self.preview
        self.summary.setStyleSheet("")
        self.summary.setText(self.tr(
            "{added} value(s) to add, {already} already in the plan, {refused} row(s) "
            "refused, {blank} row(s) without a value.").format(
            added=len(p.added), already=p.already, refused=len(p.refused), blank=p.blank))
        self._fill_table(self.added_table, [
            (str(v.row), v.indicator, v.location, v.measured_on.isoformat(), f"{v.value:g}")
            for v in p.added])
        self._fill_table(self.refused_table, [(str(r.row), r.word()) for r in p.refused])
        self._update_tabs()

    def _show_error(self, text: str) -> None:
        self.preview = None
        self.summary.setStyleSheet("color: #b00020; font-weight: bold;")
        self.summary.setText(text)
        self._fill_table(self.added_table, [])
        self._fill_table(self.refused_table, [])
        self._update_tabs()

    def _fill_table(self, table: QTableWidget, rows: list[tuple]) -> None:
        table.setRowCount(len(rows))
        for r, cells in enumerate(rows):
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if c == 0 or (table is self.added_table and c == 4):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                table.setItem(r, c, item)

    def _update_tabs(self) -> None:
        p = self.preview
        added, refused = (len(p.added), len(p.refused)) if p else (0, 0)
        self.tabs.setTabText(0, self.tr("To add ({n})").format(n=added))
        self.tabs.setTabText(1, self.tr("Refused ({n})").format(n=refused))
        self.apply_button.setEnabled(bool(added))
        self.apply_button.setText(
            self.tr("Import {n} value(s), leave {m} row(s) out").format(n=added, m=refused)
            if refused else self.tr("Import {n} value(s)").format(n=added))
        if refused and not added:
            self.tabs.setCurrentIndex(1)

    # --- the import ---

    def accept(self) -> None:
        from transition_planner.services import monitoring_import as mi

        if self.preview is None or not self.preview.added:
            return
        handle, preview = self.ctx.handle, self.preview
        from transition_planner.ui.dialogs.import_matrix import run_with_progress

        try:  # one transaction: it completes or changes nothing, so it cannot be cancelled
            ids = run_with_progress(
                self, self.tr("Import monitoring values"), self.tr("Importing…"),
                lambda _progress: mi.apply_values_import(handle, preview, skip_refused=True),
                cancellable=False)
        except ServiceError as exc:
            QMessageBox.warning(self, self.tr("Nothing was imported"), str(exc))
            return
        state = {"ids": ids}

        def undo():
            state["tombstones"] = mi.remove_values(handle, state["ids"])

        def redo():
            mi.restore_values(handle, state["tombstones"])

        self.ctx.undo_stack.push(ServiceCommand(
            self.ctx, self.tr("Import of {n} value(s) from {name}").format(
                n=len(ids), name=preview.source), undo, redo, (MONITORING, HANDOVER)))
        self.added = ids
        super().accept()

