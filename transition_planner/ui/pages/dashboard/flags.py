"""The Flags tab: the flags of the plan, accepting and withdrawing known risks."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from transition_planner.domain.gaps import FLAG_KINDS
from transition_planner.services import dashboard
from transition_planner.services.errors import ServiceError
from transition_planner.ui.charts.tables import (
    COL_ACCEPTED,
    COL_KIND,
    COL_MESSAGE,
    COL_RECORDS,
    COL_SEVERITY,
)
from transition_planner.ui.context import CAPACITY
from transition_planner.ui.undo import do_create, do_delete
from transition_planner.ui.widgets.fields import ErrorLabel

if TYPE_CHECKING:
    from transition_planner.ui.pages.dashboard.page import DashboardPage


class FlagsTab:
    """The Flags tab: the flags of the plan, accepting and withdrawing known risks.

    A part of DashboardPage (mixed into it): it uses the page's data, labels, charts and
    _section; its words are translated under this class's name (PySide's tr() looks
    along the page's classes)."""

    def _flags_tab(self) -> QWidget:
        tab = QWidget()
        layout = QVBoxLayout(tab)
        row = QHBoxLayout()
        self.flag_kind_combo = self._combo("flag_kind", self.tr("Kind of flag"))
        self.flag_kind_combo.currentIndexChanged.connect(lambda _i: self._draw_flags())
        row.addWidget(self.flag_kind_combo)
        self.show_accepted = QCheckBox(self.tr("Show accepted risks"))
        self.show_accepted.setObjectName("show_accepted")
        self.show_accepted.setChecked(True)
        self.show_accepted.toggled.connect(lambda _on: self._draw_flags())
        row.addWidget(self.show_accepted)
        row.addStretch(1)
        self.goto_button = QPushButton(self.tr("&Go to record"))
        self.goto_button.setObjectName("flag_goto")
        self.goto_button.setToolTip(self.tr("Show the capacity of this flag in the inventory"))
        self.goto_button.clicked.connect(self.go_to_selected_flag)
        self.accept_button = QPushButton(self.tr("&Accept risk…"))
        self.accept_button.setObjectName("flag_accept")
        self.accept_button.setToolTip(self.tr("Mark this flag as a known risk, with why"))
        self.accept_button.clicked.connect(self.open_accept_dialog)
        self.withdraw_button = QPushButton(self.tr("&Withdraw acceptance"))
        self.withdraw_button.setObjectName("flag_withdraw")
        self.withdraw_button.clicked.connect(self.withdraw_selected)
        for button in (self.goto_button, self.accept_button, self.withdraw_button):
            row.addWidget(button)
        layout.addLayout(row)
        self.flag_view = QTableView()
        self.flag_view.setObjectName("flag_table")
        self.flag_view.setModel(self.flag_model)
        self.flag_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.flag_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.flag_view.setSortingEnabled(True)
        self.flag_view.sortByColumn(COL_SEVERITY, Qt.SortOrder.AscendingOrder)
        self.flag_view.verticalHeader().hide()
        self.flag_view.setWordWrap(True)
        # Two lines a row: the full text is in the tooltip and under the table.
        self.flag_view.verticalHeader().setDefaultSectionSize(
            int(self.flag_view.fontMetrics().lineSpacing() * 2.4) + 6)
        header = self.flag_view.horizontalHeader()
        for column, width in ((COL_SEVERITY, 70), (COL_KIND, 160), (COL_RECORDS, 220),
                              (COL_ACCEPTED, 200)):
            header.resizeSection(column, width)
        header.setSectionResizeMode(COL_MESSAGE, QHeaderView.ResizeMode.Stretch)
        self.flag_view.doubleClicked.connect(lambda _i: self.go_to_selected_flag())
        self.flag_view.selectionModel().selectionChanged.connect(self._update_flag_buttons)
        self.flag_model.modelReset.connect(self._update_flag_buttons)
        layout.addWidget(self.flag_view, 1)
        self.flag_detail = QLabel()
        self.flag_detail.setObjectName("flag_detail")
        self.flag_detail.setWordWrap(True)
        self.flag_detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.flag_detail)
        return tab

    def _draw_flags(self) -> None:
        data = self.data
        rows = list(data.flags) if data else []
        kinds = [k for k in FLAG_KINDS if any(r.kind == k for r in rows)]
        combo, current = self.flag_kind_combo, self.flag_kind_combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("All kinds of flags"), None)
        for kind in kinds:
            combo.addItem(self.kind_text(kind), kind)
        combo.setCurrentIndex(max(0, combo.findData(current)))
        combo.blockSignals(False)
        kind = combo.currentData()
        shown = [r for r in rows if (kind is None or r.kind == kind)
                 and (self.show_accepted.isChecked() or r.acceptance is None)]
        self.flag_model.set_rows(shown, {k: self.kind_text(k) for k in FLAG_KINDS})

    def selected_flag(self) -> dashboard.FlagRow | None:
        rows = self.flag_view.selectionModel().selectedRows()
        return self.flag_model.row_at(rows[0].row()) if rows else None

    def select_flag(self, key: str) -> bool:
        row = self.flag_model.row_of_key(key)
        if row >= 0:
            self.flag_view.selectRow(row)
        return row >= 0

    def _update_flag_buttons(self, *_args) -> None:
        row = self.selected_flag()
        self.flag_detail.setText(self._flag_detail(row) if row else "")
        self.goto_button.setEnabled(row is not None)
        self.accept_button.setEnabled(row is not None and row.acceptance is None)
        self.withdraw_button.setEnabled(row is not None and row.acceptance is not None)

    def _flag_detail(self, row: dashboard.FlagRow) -> str:
        text = row.message
        if row.acceptance is not None:
            text += "\n" + self.tr("Accepted as a known risk by {who} on {when}: {why}").format(
                who=row.acceptance.accepted_by or "?", when=row.acceptance.accepted_at[:10],
                why=row.acceptance.justification)
        return text

    def go_to_selected_flag(self) -> None:
        row = self.selected_flag()
        if row is not None:
            self._emit_filter({"capacity_ids": [row.capacity_id]})

    def open_accept_dialog(self) -> AcceptRiskDialog | None:
        row = self.selected_flag()
        if row is None or row.acceptance is not None:
            return None
        dialog = AcceptRiskDialog(self, row)
        dialog.open()
        return dialog

    def accept_flag(self, row: dashboard.FlagRow, justification: str):
        """Accept a flag as a known risk (undoable); the page updates when recomputed."""
        handle = self.ctx.handle
        label = row.records[0].name
        acceptance = do_create(
            self.ctx, self.tr("Accept risk: {flag}").format(flag=self.kind_text(row.kind)),
            lambda: dashboard.accept_flag(handle, row.kind, row.record_ids, justification, label),
            lambda acceptance_id: dashboard.unaccept_flag(handle, acceptance_id), CAPACITY)
        self.sig_message.emit(self.tr("Accepted as a known risk: {name}").format(name=label))
        return acceptance

    def withdraw_selected(self) -> None:
        row = self.selected_flag()
        if row is None or row.acceptance is None:
            return
        handle, acceptance_id = self.ctx.handle, row.acceptance.id
        try:
            do_delete(self.ctx, self.tr("Withdraw accepted risk: {flag}").format(
                flag=self.kind_text(row.kind)),
                lambda: dashboard.unaccept_flag(handle, acceptance_id), CAPACITY)
        except ServiceError as exc:
            self.ctx.sig_error.emit(self.tr("Withdraw acceptance"), str(exc))


class AcceptRiskDialog(QDialog):
    """Accept a flag as a known risk: the planners say why."""

    def __init__(self, page: DashboardPage, row: dashboard.FlagRow):
        super().__init__(page)
        self.page, self.row = page, row
        self.setWindowTitle(self.tr("Accept as a known risk"))
        self.setMinimumWidth(480)
        layout = QVBoxLayout(self)
        message = QLabel(row.message)
        message.setWordWrap(True)
        layout.addWidget(message)
        layout.addWidget(QLabel(self.tr("Why the plan accepts this risk (who decided, what "
                                        "mitigates it):")))
        self.justification = QPlainTextEdit()
        self.justification.setObjectName("justification")
        self.justification.setAccessibleName(self.tr("Justification"))
        layout.addWidget(self.justification)
        self.error = ErrorLabel()  # hidden until something is wrong
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Accept risk"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def accept(self) -> None:
        text = self.justification.toPlainText().strip()
        if not text:
            self._problem(self.tr("Say why the risk is accepted: the justification is "
                                  "required."))
            return
        try:
            self.page.accept_flag(self.row, text)
        except ServiceError as exc:
            self._problem(str(exc))
            return
        super().accept()

    def _problem(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()
