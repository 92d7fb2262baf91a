"""The actor registry: successors and partners, where they are, what they take over."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QTreeWidget,
    QTreeWidgetItem,
    QTreeWidgetItemIterator,
    QVBoxLayout,
    QWidget,
)

from transition_planner.domain import taxonomy as tx
from transition_planner.services import inventory, registry_view
from transition_planner.services.errors import ServiceError
from transition_planner.ui.context import ACTOR, CAPACITY, HANDOVER, LOCATION, READINESS, TAXONOMY
from transition_planner.ui.models.actor_table import (
    ActorHandoverTableModel,
    ActorTableModel,
    readiness_text,
    risk_explanation,
    risk_text,
)
from transition_planner.ui.pages.plan_page import (
    ERROR_STYLE,
    BackgroundEditorPage,
    CommitTextEdit,
    TableEditorPage,
    compact_rows,
    fill_combo,
    fit_columns,
    line_edit,
    ui_language,
)
from transition_planner.ui.undo import do_update

RISK_BANNER_STYLE = (
    "background: #ffe0e0; color: #8c0014; border: 1px solid #d08080; padding: 6px;"
)


@dataclass(frozen=True)
class ActorsData:
    """What the page lists, read in the worker on a big plan."""

    types: list[tuple[str, str]]  # (code, label), risky types marked ⚠
    rows: list[registry_view.ActorRow]
    locations: list[registry_view.LocationRow]  # the presence tree's


class ActorsPage(BackgroundEditorPage, TableEditorPage):
    """Add, change and delete actors; say where each is present; see what it takes over."""

    KINDS = frozenset({ACTOR, LOCATION, HANDOVER, READINESS, CAPACITY, TAXONOMY})
    EDIT_KINDS = (ACTOR,)

    def __init__(self, ctx, parent=None):
        super().__init__(ctx, parent)
        self.rows: list[registry_view.ActorRow] = []
        self.model = ActorTableModel(self)
        self.handover_model = ActorHandoverTableModel(self)
        self._loading_presence = False
        self._presence_key: tuple = ()  # the locations the presence tree was built from
        self._build()
        self.on_plan_changed()

    # --- layout ----------------------------------------------------------------------------

    def _build(self) -> None:
        self.search = line_edit(self.tr("Search actors by name or acronym"), self)
        self.search.setAccessibleName(self.tr("Search actors"))
        self.search.setToolTip(self.tr("Show only actors whose name or acronym contains this"))
        self.type_filter = QComboBox(self)
        self.type_filter.setAccessibleName(self.tr("Actor type filter"))
        self.type_filter.setToolTip(self.tr("Show only actors of one type"))
        self.risky_only = QCheckBox(self.tr("Only risky types"), self)
        self.risky_only.setToolTip(
            self.tr("Show only actor types that raise risks (parties to the conflict, "
                    "non-successors)"))
        filters = QHBoxLayout()
        filters.addWidget(self.search, 2)
        filters.addWidget(self.type_filter, 1)
        filters.addWidget(self.risky_only)

        self.table = self.record_table(
            self.model, self.tr("Actors"),
            self.tr("Select an actor to see and edit it; click a column title to sort"))
        self.table.horizontalHeader().setStretchLastSection(True)

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(filters)
        left_layout.addWidget(self.table)

        self.beside("actors_splitter", left, self._build_panel())

        self.search.textChanged.connect(self._apply_filters)
        self.type_filter.currentIndexChanged.connect(self._apply_filters)
        self.risky_only.toggled.connect(self._apply_filters)
        self.table.selectionModel().currentRowChanged.connect(self._on_current_row)
        self.presence.itemChanged.connect(self._on_presence_item)
        self.form.fields["actor_type"].currentIndexChanged.connect(self._show_type_risk)

    def _build_panel(self) -> QWidget:
        panel = self.panel_widget()
        self.risk_banner = QLabel(panel)
        self.risk_banner.setWordWrap(True)
        self.risk_banner.setStyleSheet(RISK_BANNER_STYLE)
        self.risk_banner.setAccessibleName(self.tr("Risk of this actor type"))
        self.risk_banner.hide()

        form = self.form
        form.add("name", self.tr("Name"), line_edit(self.tr("e.g. UNICEF"), panel),
                 self.tr("The organisation's full name (required)"))
        form.add("acronym", self.tr("Acronym"), line_edit("", panel),
                 self.tr("Short name used in the matrix and reports"))
        form.add("actor_type", self.tr("Type"), QComboBox(panel),
                 self.tr("What kind of organisation; types marked ⚠ raise risks"))
        description = CommitTextEdit(panel)
        description.setFixedHeight(60)
        form.add("description", self.tr("Description"), description,
                 self.tr("Mandate, reach and anything a planner should know"))
        form.add("contact", self.tr("Contact"), line_edit("", panel),
                 self.tr("People and numbers: usually sensitive"))
        form.add("sensitive", self.tr("Sensitive"), QCheckBox(self.tr("Keep out of cluster "
                 "and donor exports"), panel),
                 self.tr("A sensitive actor is left out of exports for clusters and donors"))

        presence_box = QGroupBox(self.tr("Present in"), panel)
        self.presence = QTreeWidget(presence_box)
        self.presence.setHeaderHidden(True)
        self.presence.setAccessibleName(self.tr("Locations where the actor is present"))
        self.presence.setToolTip(self.tr("Tick every location where the actor works"))
        self.presence.setMinimumHeight(140)
        self.presence_error = QLabel(presence_box)
        self.presence_error.setStyleSheet(ERROR_STYLE)
        self.presence_error.setWordWrap(True)
        self.presence_error.hide()
        box_layout = QVBoxLayout(presence_box)
        box_layout.addWidget(self.presence)
        box_layout.addWidget(self.presence_error)

        handover_box = QGroupBox(self.tr("Taking over"), panel)
        self.handover_table = QTableView(handover_box)
        self.handover_table.setModel(self.handover_model)
        self.handover_table.setAccessibleName(self.tr("Capacities this actor takes over"))
        self.handover_table.setToolTip(self.tr("Handovers to this actor (edit them on the "
                                               "capacity)"))
        self.handover_table.setSortingEnabled(True)
        self.handover_table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.handover_table.verticalHeader().hide()
        compact_rows(self.handover_table)
        self.handover_table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.handover_table.horizontalHeader().setStretchLastSection(True)
        self.handover_table.setMinimumHeight(110)
        self.readiness = QLabel(handover_box)
        self.readiness.setAccessibleName(self.tr("Average readiness"))
        self.readiness.setToolTip(
            self.tr("Average of every readiness score (1-5) given to this actor's handovers"))
        box_layout = QVBoxLayout(handover_box)
        box_layout.addWidget(self.handover_table)
        box_layout.addWidget(self.readiness)

        return self.detail_panel(
            panel, (self.tr("New actor"), self.tr("Empty the form to add an actor")),
            self.tr("Add the actor, or save the changes (Ctrl+Z undoes)"),
            self.tr("Delete the actor; one that takes over a capacity cannot be deleted"),
            head=(self.risk_banner,), tail=(presence_box, handover_box))

    # --- loading ---------------------------------------------------------------------------

    def read(self, handle) -> ActorsData:
        lang = ui_language()
        taxonomy = handle.taxonomy()
        risky = (taxonomy.with_attribute(tx.ACTOR_TYPE, "party_to_conflict")
                 | taxonomy.with_attribute(tx.ACTOR_TYPE, "not_successor"))
        types = [(t.code, ("⚠ " if t.code in risky else "") + t.label_for(lang))
                 for t in taxonomy.terms(tx.ACTOR_TYPE)]
        return ActorsData(types, registry_view.actor_rows(handle, lang),
                          registry_view.location_rows(handle, lang))

    def show_rows(self, data: ActorsData | None) -> None:
        if data is None:
            self.rows = []
            self.model.set_rows([])
            self.presence.clear()
            self._presence_key = ()
            return
        fill_combo(self.form.fields["actor_type"], data.types)
        fill_combo(self.type_filter, [(None, self.tr("All types")), *data.types])
        self.rows = data.rows
        self.by_id = {r.id: r for r in self.rows}
        self._fill_presence(data.locations)
        self._apply_filters(fit=self.model.rowCount() == 0)

    def _fill_presence(self, locations) -> None:
        """Build the tree of locations to tick, only when the locations changed: a tick
        reloads the page from inside the tree's own itemChanged, and deleting the item
        being clicked there crashes Qt."""
        key = tuple((loc.id, loc.parent_id, loc.name, loc.path) for loc in locations)
        if key == self._presence_key:
            return
        self._presence_key = key
        self._loading_presence = True
        self.presence.clear()
        items: dict[str, QTreeWidgetItem] = {}
        for loc in locations:  # parents come before their children
            parent = items.get(loc.parent_id or "")
            item = QTreeWidgetItem(parent) if parent else QTreeWidgetItem(self.presence)
            item.setText(0, loc.name)
            items[loc.id] = item
            item.setData(0, Qt.ItemDataRole.UserRole, loc.id)
            item.setToolTip(0, " > ".join(filter(None, (loc.path, loc.name))))
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(0, Qt.CheckState.Unchecked)
        self.presence.expandAll()
        self._loading_presence = False

    def presence_items(self) -> list[QTreeWidgetItem]:
        """Every location of the presence tree, in tree order."""
        out, iterator = [], QTreeWidgetItemIterator(self.presence)
        while iterator.value():
            out.append(iterator.value())
            iterator += 1
        return out

    def _apply_filters(self, *_args, fit: bool = True) -> None:
        """List the actors the filters let through; columns are fitted to them when the
        filters change or the table was empty (not on every read back after an edit)."""
        needle = self.search.text().strip().casefold()
        kind = self.type_filter.currentData()
        risky_only = self.risky_only.isChecked()
        self.model.set_rows([
            r for r in self.rows
            if (not needle or needle in f"{r.name}\n{r.acronym}".casefold())
            and (kind is None or r.actor_type == kind)
            and (not risky_only or r.party_to_conflict or r.not_successor)
        ])
        if fit:
            fit_columns(self.table, 200)
        self._select_row()

    # --- showing one actor -----------------------------------------------------------------

    def show_record(self, row) -> None:
        super().show_record(row)
        self.title.setText(row.name if row is not None else self.tr("New actor"))
        self.delete_button.setEnabled(row is not None)
        self._loading_presence = True
        present = set(row.presence) if row is not None else set()
        for item in self.presence_items():
            checked = item.data(0, Qt.ItemDataRole.UserRole) in present
            item.setCheckState(0, Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.presence.setEnabled(row is not None)
        self._loading_presence = False
        self.presence_error.hide()
        self.handover_model.set_rows(list(row.handovers) if row is not None else [])
        if row is None:
            self.readiness.setText(self.tr("Save the actor first; then tick where it is present."))
        elif row.readiness is None:
            self.readiness.setText(self.tr("Average readiness: not assessed yet"))
        else:
            self.readiness.setText(
                self.tr("Average readiness: %1").replace("%1", readiness_text(row.readiness)))
        self._show_type_risk()

    def _show_type_risk(self) -> None:
        handle = self.ctx.handle
        code = self.form.fields["actor_type"].currentData()
        if handle is None or not code:
            self.risk_banner.hide()
            return
        taxonomy = handle.taxonomy()
        flags = (bool(taxonomy.attribute(tx.ACTOR_TYPE, code, "party_to_conflict", False)),
                 bool(taxonomy.attribute(tx.ACTOR_TYPE, code, "not_successor", False)))
        if any(flags):
            self.risk_banner.setText(f"⚠ {risk_text(*flags)}: {risk_explanation(*flags)}")
            self.risk_banner.show()
        else:
            self.risk_banner.hide()

    # --- editing ---------------------------------------------------------------------------

    def default_values(self) -> dict:
        return {"name": "", "acronym": "", "actor_type": "national_ngo", "description": "",
                "contact": "", "sensitive": False}

    def service_create(self, values: dict):
        return inventory.add_actor(self.ctx.handle, values)

    def service_update(self, record_id: str, changes: dict):
        return inventory.update_actor(self.ctx.handle, record_id, changes)

    def service_delete(self, record_id: str) -> str:
        return inventory.delete_actor(self.ctx.handle, record_id)

    def paste_rows(self, text: str):
        """Ctrl+V: successors copied in a spreadsheet (name, type, where present…), added in
        one undo step once the preview is accepted."""
        from transition_planner.ui.dialogs.paste_rows import (
            PasteRowsDialog,
            read_pasted_successors,
        )

        if self.ctx.handle is None or self.ctx.handle.read_only:
            return None
        dialog = PasteRowsDialog(self.ctx, read_pasted_successors(self.ctx.handle, text), self)
        dialog.finished.connect(lambda _r: setattr(self, "paste_dialog", None))
        self.paste_dialog = dialog
        dialog.open()
        return dialog

    def undo_text(self, action: str, values: dict) -> str:
        text = {"add": self.tr("Add actor %1"), "change": self.tr("Change actor %1"),
                "delete": self.tr("Delete actor %1")}[action]
        return text.replace("%1", values.get("name", ""))

    def _on_presence_item(self, _item, _column) -> None:
        if self._loading_presence or self.current_id is None:
            return
        actor_id, row = self.current_id, self.by_id[self.current_id]
        ticked = [item.data(0, Qt.ItemDataRole.UserRole) for item in self.presence_items()
                  if item.checkState(0) == Qt.CheckState.Checked]
        handle = self.ctx.handle
        try:
            do_update(
                self.ctx, self.tr("Change where %1 is present").replace("%1", row.name),
                lambda v: inventory.set_actor_presence(handle, actor_id, v["locations"]),
                {"locations": list(row.presence)}, {"locations": ticked}, ACTOR)
        except ServiceError as exc:
            self.presence_error.setText(str(exc))
            self.presence_error.show()
            return
        if self.loader.busy():  # the next tick's undo step starts from this one
            self.by_id[actor_id] = self.by_id[actor_id]._replace(presence=tuple(ticked))
