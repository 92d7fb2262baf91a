"""The Inventory page: every capacity, searched, filtered and sorted, with its detail panel."""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, QItemSelectionModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from transition_planner.domain import taxonomy as tx
from transition_planner.services import inventory
from transition_planner.services.errors import ServiceError
from transition_planner.services.inventory_view import inventory_rows
from transition_planner.ui import heap
from transition_planner.ui.context import (
    ACTOR,
    CAPACITY,
    COMMENT,
    FUNDING,
    HANDOVER,
    LOCATION,
    MONITORING,
    PLAN,
    READINESS,
    TAXONOMY,
)
from transition_planner.ui.models.inventory import (
    COL_CATEGORY,
    COL_COMPONENT,
    COL_FLAGS,
    COL_FUNDING,
    COL_LOCATION,
    COL_MISSION_END,
    COL_NAME,
    COL_QUANTITY,
    COL_READINESS,
    COL_STATUS,
    COL_SUCCESSORS,
    COL_TIER,
    CapacityTableModel,
)
from transition_planner.ui.models.labels import TermLabels
from transition_planner.ui.models.loader import BackgroundLoader
from transition_planner.ui.translations import current_language
from transition_planner.ui.undo import do_create, do_delete
from transition_planner.ui.widgets.chooser import named_combo
from transition_planner.ui.widgets.detail_panel import CapacityDetailPanel
from transition_planner.ui.widgets.fields import (
    CODE,
    NUMBER,
    TEXT,
    ErrorLabel,
    FieldSet,
    fill_combo,
    run_edit,
    select_row,
)
from transition_planner.ui.widgets.flags import flag_name

ROW_KINDS = {PLAN, LOCATION, ACTOR, CAPACITY, HANDOVER, READINESS, FUNDING, TAXONOMY,
             MONITORING}  # monitoring: a re-engagement trigger is a flag
ALIASES = {"location": "location_id"}


class AddCapacityDialog(QDialog):
    """What a new capacity needs before it can exist: a name, a place and a category."""

    def __init__(self, page: InventoryPage):
        super().__init__(page)
        self.page = page
        self.created_id: str | None = None
        self.setWindowTitle(self.tr("Add a capacity"))
        self.setMinimumWidth(460)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Name the capacity and say where the mission provides it; "
                               "fill in the rest in the detail panel."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        layout.addLayout(form)
        self.fields = FieldSet(form)
        self.fields.add("name", TEXT, self.tr("Name:"),
                        placeholder=self.tr("e.g. Community alert network (Kanzi)"))
        self.fields.add("location_id", CODE, self.tr("Location:"))
        self.fields.add("category", CODE, self.tr("Category:"))
        self.fields.add("quantity", NUMBER, self.tr("Quantity:"), placeholder="1")
        self.fields.add("unit", TEXT, self.tr("Unit:"),
                        placeholder=self.tr("e.g. community liaison assistants"))
        self.general_error = ErrorLabel()
        layout.addWidget(self.general_error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Add"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def set_choices(self, labels: TermLabels, locations, location_id=None, category=None):
        fill_combo(self.fields.widget("location_id"), locations)
        fill_combo(self.fields.widget("category"), labels.choices(tx.CATEGORY))
        for name, value in (("location_id", location_id), ("category", category)):
            combo = self.fields.widget(name)
            if value is not None and combo.findData(value) >= 0:
                combo.setCurrentIndex(combo.findData(value))

    def accept(self) -> None:
        values = self.fields.values()
        values["quantity"] = values["quantity"] or 1
        if not values["location_id"]:
            self.fields["location_id"].error.show_problem(self.tr(
                "This plan has no location yet: add one on the Locations page first."))
            return
        self.fields.clear_problems()
        created = {}

        def create():
            created["id"] = self.page.create_capacity(values)

        if run_edit(self.fields, None, create, ALIASES, self.general_error):
            self.created_id = created["id"]
            super().accept()


class InventoryPage(QWidget):
    """Every capacity of the plan in one table; the selected one is edited on the right."""

    sig_message = Signal(str)  # a short note for the status bar
    sig_counts = Signal(dict)  # {"without_successor": n, "flags": n}, for the sidebar

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.labels = TermLabels()
        self.model = CapacityTableModel(self)
        self.loader = BackgroundLoader(inventory_rows, self)
        self._select_after_load: str | None = None
        self._kept_ids: list[str] = []
        self._kept_current: str | None = None
        self.add_dialog: AddCapacityDialog | None = None
        self.bulk_dialog = None
        self.paste_dialog = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(self._build_filters())
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("inventory_splitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self._build_table())
        self.detail = CapacityDetailPanel(ctx)
        self.detail.capacity_names = self._capacity_names
        self.detail.setMinimumWidth(340)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([700, 520])
        layout.addWidget(self.splitter, 1)
        self.loader.sig_loaded.connect(self._on_rows)
        self.loader.sig_busy.connect(self._on_busy)
        self.loader.sig_failed.connect(
            lambda message: ctx.sig_error.emit(self.tr("Reading the inventory failed"), message))
        ctx.sig_plan_changed.connect(self._on_plan_changed)
        ctx.sig_data_changed.connect(self._on_data_changed)
        self._on_plan_changed()

    # --- building --------------------------------------------------------------------------

    def _build_filters(self) -> QVBoxLayout:
        self.search = QLineEdit()
        self.search.setObjectName("inventory_search")
        self.search.setPlaceholderText(self.tr("Search capacities, locations, successors…"))
        self.search.setAccessibleName(self.tr("Search the inventory"))
        self.search.setToolTip(self.tr("Shows the capacities whose name, location or successor "
                                       "contains the text (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.model.set_search)
        self.category = named_combo("category_filter", self.tr("Category filter"), 8)
        self.category.currentIndexChanged.connect(
            lambda _i: self.model.set_category(self.category.currentData()))
        self.location = named_combo("location_filter", self.tr("Location filter"), 8)
        self.location.currentIndexChanged.connect(
            lambda _i: self.model.set_location(self.location.currentData()))
        self.status = named_combo("status_filter", self.tr("Handover status filter"), 8)
        self.status.currentIndexChanged.connect(
            lambda _i: self.model.set_status(self.status.currentData()))
        self.flagged = QCheckBox(self.tr("With &flags only"))
        self.flagged.setToolTip(self.tr("Only capacities with at least one gap flag"))
        self.flagged.toggled.connect(self.model.set_flagged_only)
        self.count = QLabel()
        self.count.setObjectName("inventory_count")
        self.add_button = QPushButton(self.tr("&Add capacity…"))
        self.add_button.setToolTip(self.tr("Add a capacity of the mission to the inventory"))
        self.add_button.clicked.connect(self.open_add_dialog)
        self.delete_button = QPushButton(self.tr("&Delete"))
        self.delete_button.setToolTip(self.tr("Delete the selected capacities with their "
                                              "handovers and funding (Del; Ctrl+Z undoes)"))
        self.delete_button.clicked.connect(self.delete_selected)
        self.bulk_button = QPushButton(self.tr("C&hange selected…"))
        self.bulk_button.setObjectName("bulk_button")
        self.bulk_button.setToolTip(self.tr("Set the location, category, criticality, handover "
                                            "status or successor of every selected capacity "
                                            "at once (Ctrl+E; Ctrl+Z undoes)"))
        self.bulk_button.clicked.connect(self.open_bulk_dialog)
        self.bulk_button.setEnabled(False)
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.add_button)
        top.addWidget(self.bulk_button)
        top.addWidget(self.delete_button)
        filters = QHBoxLayout()
        for widget in (self.category, self.location, self.status):
            filters.addWidget(widget, 1)
        filters.addWidget(self.flagged)
        filters.addWidget(self.count)
        self.picked = QLabel()
        self.picked.setObjectName("picked_banner")
        self.picked.setWordWrap(True)
        self.show_all_button = QPushButton(self.tr("Show &all"))
        self.show_all_button.setToolTip(self.tr("Show every capacity again"))
        self.show_all_button.clicked.connect(self.show_all)
        picked = QHBoxLayout()
        picked.addWidget(self.picked, 1)
        picked.addWidget(self.show_all_button)
        self.picked.hide()
        self.show_all_button.hide()
        rows = QVBoxLayout()
        rows.addLayout(top)
        rows.addLayout(filters)
        rows.addLayout(picked)
        return rows

    def _build_table(self) -> QTableView:
        self.table = QTableView()
        self.table.setObjectName("inventory_table")
        self.table.setAccessibleName(self.tr("Capacities"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(
            self.table.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setSectionsMovable(True)
        header.setHighlightSections(False)
        for column, width in ((COL_NAME, 230), (COL_LOCATION, 140), (COL_MISSION_END, 90),
                              (COL_SUCCESSORS, 160), (COL_STATUS, 110), (COL_READINESS, 80),
                              (COL_FUNDING, 110), (COL_FLAGS, 50), (COL_CATEGORY, 180),
                              (COL_TIER, 45), (COL_COMPONENT, 110), (COL_QUANTITY, 150)):
            # never narrower than the (translated) title of the column
            header.resizeSection(column, max(width, header.sectionSizeHint(column)))
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column in (COL_TIER, COL_COMPONENT, COL_QUANTITY):
            # in the detail panel beside the table; the column chooser brings them back
            header.hideSection(column)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(COL_NAME, Qt.SortOrder.AscendingOrder)
        self.table.selectionModel().selectionChanged.connect(self._on_selection)
        self.model.modelAboutToBeReset.connect(self._keep_selection)
        self.model.modelReset.connect(self._restore_selection)
        return self.table  # Del, Ctrl+N and F2 are the Edit menu's (one key, one action)

    # --- loading ---------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the inventory again in the background (F5, or after any edit)."""
        self.loader.request(self.ctx.handle)

    def wait_for_workers(self) -> None:
        self.loader.wait()

    def _on_plan_changed(self) -> None:
        handle = self.ctx.handle
        self.loader.request(None)
        self.loader.wait()
        self.model.set_rows([])
        self._fill_filters()
        self.setEnabled(handle is not None)
        if handle is not None:
            self.refresh()

    def _on_data_changed(self, kinds) -> None:
        if self.ctx.handle is None or not kinds & (ROW_KINDS | {COMMENT}):
            return
        if kinds & {LOCATION, TAXONOMY, PLAN}:
            self._fill_filters()
        if kinds & ROW_KINDS:
            self.refresh()

    def _fill_filters(self) -> None:
        handle = self.ctx.handle
        self.labels = TermLabels(handle.taxonomy() if handle else None, current_language())
        locations = inventory.list_locations(handle) if handle else []
        fill_combo(self.category, [(None, self.tr("All categories"))]
                   + self.labels.choices(tx.CATEGORY))
        fill_combo(self.location, [(None, self.tr("All locations"))]
                   + [(loc.id, loc.name) for loc in locations])
        fill_combo(self.status, [(None, self.tr("Any handover status"))]
                   + self.labels.choices(tx.HANDOVER_STATUS))
        self.model.set_category(self.category.currentData())
        self.model.set_location(self.location.currentData())
        self.model.set_status(self.status.currentData())

    def _on_rows(self, rows) -> None:
        self.model.set_rows(rows, self.labels)
        if self._select_after_load and self.select_capacity(self._select_after_load):
            self._select_after_load = None
        self._update_count()
        self._update_flags()
        self.sig_counts.emit(self.model.counts())
        heap.settle()  # 10k rows: out of the cyclic collector's sight (ui/heap.py)

    def _on_busy(self, busy: bool) -> None:
        self._update_count()
        self._update_flags()

    def _update_count(self) -> None:
        text = self.tr("{shown} of {total} capacities").format(
            shown=self.model.rowCount(), total=self.model.total_count())
        if self.loader.busy():
            text += " " + self.tr("(updating…)")
        self.count.setText(text)

    def _update_flags(self) -> None:
        cap_id = self.detail.capacity_id
        row = self.model.row_by_id(cap_id) if cap_id else None
        self.detail.set_flags(row.flags if row else (), self.loader.busy(),
                              row.mission_end if row else None)

    def _capacity_names(self) -> list[tuple[str, str]]:
        return self.model.names()

    # --- selection -------------------------------------------------------------------------

    def selected_ids(self) -> list[str]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [self.model.id_at(row) for row in rows]

    def select_capacity(self, capacity_id: str) -> bool:
        row = self.model.row_of_id(capacity_id)
        if row < 0:
            return False
        select_row(self.table, row)
        self.table.scrollTo(self.model.index(row, 0))
        return True

    def _keep_selection(self) -> None:
        self._kept_ids = self.selected_ids()
        current = self.table.currentIndex()
        self._kept_current = self.model.id_at(current.row()) if current.isValid() else None

    def _restore_selection(self) -> None:
        selection = QItemSelection()
        for cap_id in self._kept_ids:
            row = self.model.row_of_id(cap_id)
            if row >= 0:
                selection.select(self.model.index(row, 0),
                                 self.model.index(row, self.model.columnCount() - 1))
        flags = QItemSelectionModel.SelectionFlag
        if not selection.isEmpty():
            self.table.selectionModel().select(selection, flags.ClearAndSelect)
        current = self.model.row_of_id(self._kept_current) if self._kept_current else -1
        if current >= 0:
            self.table.selectionModel().setCurrentIndex(self.model.index(current, 0),
                                                        flags.NoUpdate)
        self._on_selection()
        self._update_count()

    def _on_selection(self, *_args) -> None:
        ids = self.selected_ids()
        if len(ids) == 1:
            self.detail.show_capacity(ids[0])
        elif ids:
            self.detail.show_selection_count(len(ids))
        else:
            self.detail.show_capacity(None)
        self.delete_button.setEnabled(bool(ids))
        self.bulk_button.setEnabled(bool(ids))
        self._update_flags()

    def show_picked(self, picked: dict) -> None:
        """Show only the capacities another page picked ({"capacity_ids": [...], ...})."""
        self.search.clear()
        for combo in (self.category, self.location, self.status):
            combo.setCurrentIndex(0)
        self.flagged.setChecked(False)
        ids = list(picked.get("capacity_ids", ()))
        self.model.set_only_ids(ids)
        kind = picked.get("flag_kind")
        text = picked.get("title") or self.tr(
            "Showing the %n capacities picked on the Gaps page", "", len(ids))
        if kind:
            text += " — " + flag_name(kind)
        self.picked.setText(text)
        self.picked.show()
        self.show_all_button.show()
        self._update_count()
        if ids:
            self.select_capacity(ids[0])

    def show_all(self) -> None:
        self.model.set_only_ids(None)
        self.picked.hide()
        self.show_all_button.hide()
        self._update_count()

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    # --- editing ---------------------------------------------------------------------------

    def new_record(self) -> None:
        self.open_add_dialog()

    def paste_rows(self, text: str):
        """Rows copied in a spreadsheet become capacities, once the preview is accepted."""
        from transition_planner.domain.parse import decimal_separator
        from transition_planner.ui.dialogs.paste_rows import PasteRowsDialog, read_pasted_capacities

        if self.ctx.handle is None or self.ctx.handle.read_only:
            return None
        pasted = read_pasted_capacities(self.ctx.handle, text,
                                        decimal_separator(current_language()))
        dialog = PasteRowsDialog(self.ctx, pasted, self)
        dialog.accepted.connect(lambda: self.sig_message.emit(self.tr(
            "Pasted: %n capacities (Ctrl+Z removes them)", "", len(dialog.added))))
        dialog.finished.connect(lambda _r: setattr(self, "paste_dialog", None))
        self.paste_dialog = dialog
        dialog.open()
        return dialog

    def open_bulk_dialog(self):
        """Ctrl+E: one value for every selected capacity, in one undo step."""
        from transition_planner.ui.dialogs.bulk_edit import BulkEditDialog

        ids = self.selected_ids()
        if not ids or self.ctx.handle is None:
            return None
        dialog = BulkEditDialog(self.ctx, ids, self.labels, self)
        dialog.accepted.connect(lambda: self.sig_message.emit(self.tr(
            "Changed: %n records (Ctrl+Z undoes)", "", dialog.changed)))
        dialog.finished.connect(lambda _r: setattr(self, "bulk_dialog", None))
        self.bulk_dialog = dialog
        dialog.open()
        return dialog

    def edit_record(self) -> None:
        """F2: the selected capacity's first field (the name), ready for typing."""
        if self.detail.capacity_id is None:
            return
        self.detail.tabs.setCurrentIndex(0)
        name = self.detail.form.fields.widget("name")
        name.setFocus(Qt.FocusReason.ShortcutFocusReason)
        name.selectAll()

    def delete_records(self) -> None:
        from PySide6.QtWidgets import QApplication

        if not self.detail.isAncestorOf(QApplication.focusWidget()):  # Del there: a field's
            self.delete_selected()

    def open_add_dialog(self) -> AddCapacityDialog:
        dialog = AddCapacityDialog(self)
        locations = [(loc.id, loc.name) for loc in inventory.list_locations(self.ctx.handle)]
        dialog.set_choices(self.labels, locations, self.location.currentData(),
                           self.category.currentData())
        dialog.finished.connect(lambda _result: setattr(self, "add_dialog", None))
        self.add_dialog = dialog
        dialog.open()
        return dialog

    def create_capacity(self, values: dict) -> str:
        """Add a capacity (undoable); it is selected once the table has it."""
        handle = self.ctx.handle
        text = self.tr("Add capacity {name}").format(name=values.get("name", ""))
        capacity = do_create(self.ctx, text, lambda: inventory.add_capacity(handle, values),
                             lambda cap_id: inventory.delete_capacity(handle, cap_id), CAPACITY)
        self._select_after_load = capacity.id
        self.sig_message.emit(self.tr("Added {name}").format(name=capacity.name))
        return capacity.id

    def delete_selected(self) -> int:
        """Delete the selected capacities in one undo step; returns how many were deleted."""
        ids = self.selected_ids()
        if not ids or self.ctx.handle is None:
            return 0
        handle, stack = self.ctx.handle, self.ctx.undo_stack
        names = {cap_id: self.model.row_by_id(cap_id).name for cap_id in ids}
        stack.beginMacro(self.tr("Delete capacities (%n)", "", len(ids)))
        deleted = 0
        try:
            for cap_id in ids:
                do_delete(self.ctx, self.tr("Delete {name}").format(name=names[cap_id]),
                          lambda c=cap_id: inventory.delete_capacity(handle, c), CAPACITY,
                          HANDOVER, FUNDING, READINESS, COMMENT)
                deleted += 1
        except ServiceError as exc:  # e.g. deleted elsewhere meanwhile: keep what was done
            self.ctx.sig_error.emit(self.tr("Delete capacities"), str(exc))
        finally:
            stack.endMacro()
        self.sig_message.emit(self.tr("Deleted capacities: %n (Ctrl+Z brings them back)", "",
                                      deleted))
        return deleted
