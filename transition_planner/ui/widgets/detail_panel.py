"""The capacity detail panel: its flags on top, then tabs to edit everything about it."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from transition_planner.services import inventory, plans
from transition_planner.services.errors import NotFound
from transition_planner.settings import Settings
from transition_planner.ui.context import (
    ACTOR,
    CAPACITY,
    COMMENT,
    FUNDING,
    HANDOVER,
    LOCATION,
    PLAN,
    READINESS,
    TAXONOMY,
)
from transition_planner.ui.models.labels import TermLabels
from transition_planner.ui.translations import current_language
from transition_planner.ui.widgets.capacity_form import CapacityForm, capacity_values
from transition_planner.ui.widgets.comments import CommentsPanel
from transition_planner.ui.widgets.flags import LiveFlags
from transition_planner.ui.widgets.funding_lines import FundingPanel
from transition_planner.ui.widgets.readiness import ReadinessPanel
from transition_planner.ui.widgets.successors import SuccessorPanel

SHOWN_KINDS = {PLAN, LOCATION, ACTOR, CAPACITY, HANDOVER, READINESS, FUNDING, COMMENT, TAXONOMY}
CHOICE_KINDS = {PLAN, LOCATION, ACTOR, TAXONOMY}  # what the drop-down lists show


class CapacityDetailPanel(QWidget):
    """Everything about the selected capacity; each edit is saved and undoable on its own."""

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.capacity_id: str | None = None
        self.record: dict | None = None
        # (id, name) of every capacity, for the enabler list; the inventory page passes its rows
        self.capacity_names = lambda: [(c.id, c.name)
                                       for c in inventory.list_capacities(self.ctx.handle)]
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 0, 0, 0)
        self.title = QLabel()
        self.title.setObjectName("detail_title")
        self.title.setWordWrap(True)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.title.setFont(font)
        layout.addWidget(self.title)
        self.flags = LiveFlags()
        layout.addWidget(self.flags)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("detail_tabs")
        self.tabs.setDocumentMode(True)
        self.form = CapacityForm(ctx)
        self.successors = SuccessorPanel(ctx)
        self.readiness = ReadinessPanel(ctx)
        self.funding = FundingPanel(ctx)
        self.comments = CommentsPanel(ctx)
        self.tabs.addTab(self.form, self.tr("C&apacity"))
        self.tabs.addTab(self.successors, self.tr("&Successors"))
        self.tabs.addTab(self.readiness, self.tr("&Readiness"))
        self.tabs.addTab(self.funding, self.tr("F&unding"))
        self.tabs.addTab(self.comments, self.tr("Co&mments"))
        for index, tip in enumerate((
                self.tr("Every field of the capacity"),
                self.tr("Who takes the capacity over, how much, how and when"),
                self.tr("How ready each successor is, on seven dimensions"),
                self.tr("Money for the capacity and its handovers"),
                self.tr("Discussion between planners"))):
            self.tabs.setTabToolTip(index, tip)
        layout.addWidget(self.tabs, 1)
        self.successors.sig_selected.connect(self.readiness.select)
        ctx.sig_data_changed.connect(self._on_data_changed)
        ctx.sig_plan_changed.connect(self._on_plan_changed)
        self._choices_stale = True
        self.show_capacity(None)

    # --- what is shown ---------------------------------------------------------------------

    def show_capacity(self, capacity_id: str | None, force: bool = False) -> None:
        """Show a capacity (None: nothing selected); the same one is only re-read if forced."""
        if capacity_id == self.capacity_id and not force and capacity_id is not None:
            return
        self.capacity_id = capacity_id
        self.reload()

    def show_selection_count(self, count: int) -> None:
        """Several capacities selected: nothing to edit one by one."""
        self.capacity_id = None
        self.record = None
        self._show_record()
        self.title.setText(self.tr("Capacities selected: %n", "", count))

    def reload(self) -> None:
        handle = self.ctx.handle
        if handle is None:
            self.capacity_id = None
        if self._choices_stale and handle is not None:
            self._load_choices()
        self.record = None
        if self.capacity_id is not None:
            try:
                capacity = inventory.get_capacity(handle, self.capacity_id)
            except NotFound:  # deleted (perhaps by an undo): show nothing
                self.capacity_id = None
            else:
                self.record = capacity_values(capacity)
        self._show_record()

    def _show_record(self) -> None:
        record, handle = self.record, self.ctx.handle
        self.tabs.setEnabled(record is not None)
        self.flags.setVisible(record is not None)
        if record is None:
            self.title.setText(self.tr("Select a capacity to see and edit it here.")
                               if handle is not None else "")
            self.form.show_record(None)
            self.successors.show_capacity(None)
            self.readiness.show_handovers("", [], None)
            self.funding.show_capacity(None)
            self.comments.show_capacity(None)
            return
        self.title.setText(record["name"])
        self.form.show_record(record, inventory.enablers_of(handle, record["id"]),
                              self.capacity_names())
        self.successors.show_capacity(record)
        rows = self.successors.rows()
        self.readiness.show_handovers(record["name"], rows, self.successors.selected_id())
        self.funding.show_capacity(record, rows)
        self.comments.show_capacity(record)

    def set_flags(self, flags, busy: bool, mission_end=None) -> None:
        """The capacity's flags and its mission end date, as the last inventory read found."""
        self.flags.show_flags(flags, busy)
        self.form.show_mission_end(mission_end)

    def _load_choices(self) -> None:
        handle = self.ctx.handle
        labels = TermLabels(handle.taxonomy(), current_language())
        locations = [(loc.id, f"{loc.name} ({loc.pcode})" if loc.pcode else loc.name)
                     for loc in inventory.list_locations(handle)]
        actors = [(a.id, f"{a.name} ({a.acronym})" if a.acronym else a.name)
                  for a in inventory.list_actors(handle)]
        plan = plans.plan_info(handle)
        self.form.set_choices(labels, locations)
        self.successors.set_choices(labels, actors)
        self.readiness.set_choices(labels, plan.readiness_threshold)
        self.funding.set_choices(labels, Settings.load().default_currency or plan.currency)
        self._choices_stale = False

    # --- changes elsewhere -----------------------------------------------------------------

    def _on_plan_changed(self) -> None:
        self._choices_stale = True
        self.capacity_id = None
        self.reload()

    def _on_data_changed(self, kinds) -> None:
        if not kinds & SHOWN_KINDS or self.ctx.handle is None:
            return
        if kinds & CHOICE_KINDS:
            self._choices_stale = True
        self.reload()
