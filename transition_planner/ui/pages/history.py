"""The audit trail: who changed what and when, with old and new values; restore deletions."""

from __future__ import annotations

from datetime import date, datetime, time
from types import SimpleNamespace

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from transition_planner.services import history_view
from transition_planner.services.errors import ServiceError
from transition_planner.ui import context as kinds
from transition_planner.ui.models.history_table import (
    RECORD_TYPES,
    HistoryChangesTableModel,
    HistoryTableModel,
    action_text,
    record_type_text,
)
from transition_planner.ui.pages.plan_page import (
    PlanPage,
    compact_rows,
    fill_combo,
    fit_columns,
    line_edit,
    select_row,
    ui_language,
)
from transition_planner.ui.theme import alarm_style
from transition_planner.ui.undo import do_create
from transition_planner.ui.widgets.date_field import DateField

# What a restore of rows in each table changes, for the pages that show it.
KIND_OF_TABLE = {
    "plan": kinds.PLAN, "scenario": kinds.PLAN, "taxonomyterm": kinds.TAXONOMY,
    "location": kinds.LOCATION, "actor": kinds.ACTOR, "actorpresence": kinds.ACTOR,
    "capacity": kinds.CAPACITY, "capacityenabler": kinds.CAPACITY,
    "handover": kinds.HANDOVER, "handoverstatuschange": kinds.HANDOVER,
    "readinessscore": kinds.READINESS, "fundingline": kinds.FUNDING,
    "milestone": kinds.MILESTONE, "comment": kinds.COMMENT,
    "protectionindicator": kinds.LOCATION, "indicatorvalue": kinds.LOCATION,
    "flagacceptance": kinds.CAPACITY,
}
SEARCH_DELAY_MS = 250  # wait for a pause in typing before searching the whole trail


class HistoryPage(PlanPage):
    """The audit trail, filtered by record type, text, user and dates."""

    KINDS = kinds.ALL_KINDS  # every change adds to the trail

    def __init__(self, ctx, parent=None):
        super().__init__(ctx, parent)
        self.model = HistoryTableModel(self)
        self.changes_model = HistoryChangesTableModel(self)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._build()
        self.on_plan_changed()

    # --- layout ----------------------------------------------------------------------------

    def _build(self) -> None:
        self.type_filter = QComboBox(self)
        self.type_filter.setAccessibleName(self.tr("Record type filter"))
        self.type_filter.setToolTip(self.tr("Show only changes to one kind of record"))
        fill_combo(self.type_filter, [(None, self.tr("All records")), *sorted(
            ((code, record_type_text(code)) for code in RECORD_TYPES),
            key=lambda pair: pair[1].casefold())])
        self.search = line_edit(self.tr("Search names and values"), self)
        self.search.setAccessibleName(self.tr("Search the history"))
        self.search.setToolTip(self.tr("Show only entries whose record, user or values "
                                       "contain this"))
        self.user_filter = QComboBox(self)
        self.user_filter.setAccessibleName(self.tr("User filter"))
        self.user_filter.setToolTip(self.tr("Show only changes made by one person"))
        self.since = DateField(self)
        self.since.setAccessibleName(self.tr("From"))
        self.since.setToolTip(self.tr("Show only changes made on or after this day"))
        self.until = DateField(self)
        self.until.setAccessibleName(self.tr("To"))
        self.until.setToolTip(self.tr("Show only changes made on or before this day"))
        self.clear_filters = QPushButton(self.tr("Clear filters"), self)
        self.clear_filters.setToolTip(self.tr("Show the whole history again"))
        filters = QHBoxLayout()
        filters.addWidget(self.type_filter, 1)
        filters.addWidget(self.search, 2)
        filters.addWidget(self.user_filter, 1)
        for text, widget in ((self.tr("From"), self.since), (self.tr("To"), self.until)):
            label = QLabel(text, self)
            label.setBuddy(widget)
            filters.addWidget(label)
            filters.addWidget(widget)
        filters.addWidget(self.clear_filters)

        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("History"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        self.table.verticalHeader().hide()
        compact_rows(self.table)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setWordWrap(False)
        self.count = QLabel(self)
        self.count.setAccessibleName(self.tr("Entries shown"))

        details = QGroupBox(self.tr("Old and new values"), self)
        self.entry = QLabel(details)
        self.entry.setWordWrap(True)
        self.entry.setAccessibleName(self.tr("Selected entry"))
        self.changes = QTableView(details)
        self.changes.setModel(self.changes_model)
        self.changes.setAccessibleName(self.tr("Old and new values"))
        self.changes.setToolTip(self.tr("Each field before and after the change"))
        self.changes.verticalHeader().hide()
        compact_rows(self.changes)
        self.changes.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.restore_button = QPushButton(self.tr("Restore"), details)
        self.restore_button.setToolTip(self.tr("Bring the deleted record back, with what was "
                                               "deleted with it (Ctrl+Z undoes)"))
        self.restore_button.setEnabled(False)
        self.error = QLabel(details)
        self.error.setStyleSheet(alarm_style())
        self.error.setWordWrap(True)
        self.error.setAccessibleName(self.tr("Problem restoring"))
        self.error.hide()
        restore_row = QHBoxLayout()
        restore_row.addWidget(self.restore_button)
        restore_row.addWidget(self.error, 1)
        details_layout = QVBoxLayout(details)
        details_layout.addWidget(self.entry)
        details_layout.addWidget(self.changes)
        details_layout.addLayout(restore_row)

        top = QWidget(self)
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.table)
        top_layout.addWidget(self.count)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.setObjectName("history_splitter")  # the window keeps its sizes
        splitter.addWidget(top)
        splitter.addWidget(details)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(splitter, 1)

        self.type_filter.currentIndexChanged.connect(self.reload)
        self.user_filter.currentIndexChanged.connect(self.reload)
        self.since.editingFinished.connect(self.reload)
        self.until.editingFinished.connect(self.reload)
        self.search.textChanged.connect(self._search_timer.start)
        self._search_timer.timeout.connect(self.reload)
        self.clear_filters.clicked.connect(self.on_clear_filters)
        self.table.selectionModel().currentRowChanged.connect(self._on_current_row)
        self.restore_button.clicked.connect(self.on_restore)

    # --- loading ---------------------------------------------------------------------------

    def reload(self) -> None:
        handle = self.ctx.handle
        self.error.hide()
        if handle is None:
            self.model.set_rows([])
            self.count.clear()
            self._show_entry(None)
            return
        selected = self.selected()
        fill_combo(self.user_filter, [(None, self.tr("All users")),
                                      *((u, u) for u in history_view.history_users(handle))])
        rows = history_view.history_rows(
            handle, record_type=self.type_filter.currentData(), text=self.search.text(),
            user=self.user_filter.currentData(), since=self._since(), until=self._until(),
            lang=ui_language())
        self.model.set_rows(rows)
        fit_columns(self.table, 280)
        text = self.tr("%1 entries").replace("%1", str(len(rows)))
        if len(rows) >= history_view.DEFAULT_LIMIT:
            text = self.tr("The newest %1 entries: narrow the filters to see older ones") \
                .replace("%1", str(len(rows)))
        self.count.setText(text)
        self._select(selected.id if selected else None)

    def _since(self) -> datetime | None:
        day = self.since.value()
        return datetime.combine(day, time.min).astimezone() if isinstance(day, date) else None

    def _until(self) -> datetime | None:
        day = self.until.value()
        return datetime.combine(day, time.max).astimezone() if isinstance(day, date) else None

    def on_clear_filters(self) -> None:
        for widget in (self.type_filter, self.user_filter, self.since, self.until, self.search):
            widget.blockSignals(True)
        self.type_filter.setCurrentIndex(0)
        self.user_filter.setCurrentIndex(0)
        self.since.set_value(None)
        self.until.set_value(None)
        self.search.clear()
        for widget in (self.type_filter, self.user_filter, self.since, self.until, self.search):
            widget.blockSignals(False)
        self.reload()

    # --- one entry -------------------------------------------------------------------------

    def selected(self) -> history_view.HistoryRow | None:
        index = self.table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def _select(self, audit_id: str | None) -> None:
        number = self.model.row_of_id(audit_id)
        if number >= 0:
            select_row(self.table, number)
        else:
            self.table.clearSelection()
            self.table.setCurrentIndex(self.model.index(-1, -1))
        self._show_entry(self.selected())

    def _on_current_row(self, _current, _previous) -> None:
        self._show_entry(self.selected())

    def _show_entry(self, row) -> None:
        self.changes_model.set_changes(row.changes if row is not None else [])
        self.restore_button.setEnabled(row is not None and row.restorable)
        self.error.hide()
        if row is None:
            self.entry.setText(self.tr("Select an entry to see its old and new values."))
            return
        text = self.tr("%1 %2 “%3” by %4").replace("%1", record_type_text(row.record_type)) \
            .replace("%2", action_text(row.action)).replace("%3", row.record_label) \
            .replace("%4", row.user or "?")
        if row.action == "delete" and len(row.tables) > 1:
            linked = ", ".join(record_type_text(t) for t in row.tables[1:])
            text += "\n" + self.tr("Deleted with it: %1").replace("%1", linked)
        if row.restored_at is not None:
            text += "\n" + self.tr("Restored since.")
        self.entry.setText(text)

    def on_restore(self) -> bool:
        """Bring back the selected deletion, through the undo stack."""
        row = self.selected()
        if row is None or not row.restorable:
            return False
        handle = self.ctx.handle
        changed = {KIND_OF_TABLE.get(t, kinds.PLAN) for t in row.tables}
        try:
            do_create(
                self.ctx, self.tr("Restore %1").replace("%1", row.record_label),
                lambda: SimpleNamespace(id=history_view.restore(handle, row.id)),
                lambda record_id: history_view.delete_restored(handle, row.record_type,
                                                               record_id),
                *sorted(changed))
        except ServiceError as exc:
            self.error.setText(str(exc))
            self.error.show()
            return False
        return True
