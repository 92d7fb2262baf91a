"""Change many capacities at once: one field set for every selected capacity (or for their
handovers), in one undo step; refused by the plan for one, changed for none."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
)

from transition_planner.domain import taxonomy as tx
from transition_planner.services import handovers, inventory
from transition_planner.services.errors import InvalidInput, ServiceError
from transition_planner.ui.context import CAPACITY, FUNDING, HANDOVER, READINESS
from transition_planner.ui.undo import do_create, do_update
from transition_planner.ui.widgets.fields import ErrorLabel, fill_combo

# What can be set for many capacities: (key, where it is kept)
LOCATION, CATEGORY, CRITICALITY, TIER, COMPONENT = (
    "location_id", "category", "criticality", "poc_tier", "component")
STATUS, SUCCESSOR = "status", "successor"
CAPACITY_FIELDS = (LOCATION, CATEGORY, CRITICALITY, TIER, COMPONENT)
TERM_KINDS = {CATEGORY: tx.CATEGORY, CRITICALITY: tx.CRITICALITY, TIER: tx.POC_TIER,
              COMPONENT: tx.COMPONENT, STATUS: tx.HANDOVER_STATUS}


class BulkEditDialog(QDialog):
    """'Set … for the N selected capacities': a field, its new value, and (for a successor)
    the share each capacity hands over."""

    def __init__(self, ctx, capacity_ids: list[str], labels, parent=None):
        super().__init__(parent)
        self.ctx, self.ids, self.labels = ctx, list(capacity_ids), labels
        self.changed = 0
        self.setObjectName("bulk_edit_dialog")
        self.setWindowTitle(self.tr("Change the selected capacities"))
        self.setMinimumWidth(440)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Set one value for all %n selected capacities; Ctrl+Z undoes "
                               "it in one step.", "", len(self.ids)))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        layout.addLayout(form)
        self.field = QComboBox()
        self.field.setObjectName("bulk_field")
        for key, text in ((LOCATION, self.tr("Location")), (CATEGORY, self.tr("Category")),
                          (CRITICALITY, self.tr("Criticality")), (TIER, self.tr("POC tier")),
                          (COMPONENT, self.tr("Component")),
                          (STATUS, self.tr("Handover status (of their handovers)")),
                          (SUCCESSOR, self.tr("Successor and share"))):
            self.field.addItem(text, key)
        form.addRow(self.tr("&Set:"), self.field)
        self.value = QComboBox()
        self.value.setObjectName("bulk_value")
        self.value.setEditable(True)  # a completer: thousands of locations or actors
        self.value.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        form.addRow(self.tr("&To:"), self.value)
        self.share = QDoubleSpinBox()
        self.share.setObjectName("bulk_share")
        self.share.setRange(0, 100)
        self.share.setSuffix(" %")
        self.share.setValue(100)
        self.share_label = QLabel(self.tr("S&hare each hands over:"))
        self.share_label.setBuddy(self.share)
        form.addRow(self.share_label, self.share)
        self.error = ErrorLabel()
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Apply"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.field.currentIndexChanged.connect(self._fill_values)
        self._fill_values()

    def _fill_values(self) -> None:
        key = self.field.currentData()
        handle = self.ctx.handle
        if key == LOCATION:
            choices = [(loc.id, loc.name) for loc in inventory.list_locations(handle)]
        elif key == SUCCESSOR:
            choices = [(a.id, a.name) for a in inventory.list_actors(handle)]
        else:
            choices = self.labels.choices(TERM_KINDS[key])
        fill_combo(self.value, choices)
        for widget in (self.share, self.share_label):
            widget.setVisible(key == SUCCESSOR)

    def set_field(self, key: str, value) -> None:
        self.field.setCurrentIndex(self.field.findData(key))
        self.value.setCurrentIndex(self.value.findData(value))

    def accept(self) -> None:
        value = self.value.currentData()
        if value is None or self.value.currentText() != self.value.itemText(
                self.value.currentIndex()):
            self.error.show_problem(self.tr("Choose a value from the list."))
            return
        try:
            self.changed = apply_bulk(self.ctx, self.ids, self.field.currentData(), value,
                                      self.share.value() / 100, self.field.currentText(),
                                      self.value.currentText())
        except ServiceError as exc:
            self.error.show_problem(str(exc))
            return
        super().accept()


def apply_bulk(ctx, capacity_ids, key: str, value, share: float, field_text: str,
               value_text: str) -> int:
    """Set `key` to `value` for every capacity (their handovers for a status, a handover to
    the successor `value` for SUCCESSOR) as one undo step; returns how many records changed.
    If the plan refuses one change, those already made are undone and the refusal raised."""
    stack = ctx.undo_stack
    stack.beginMacro(QCoreApplication.translate(
        "BulkEdit", "Set {field} to {value} for {n} capacities").format(
        field=field_text.lower(), value=value_text, n=len(capacity_ids)))
    count, failed = 0, None
    try:
        for cap_id in capacity_ids:
            count += _apply_one(ctx, cap_id, key, value, share)
    except (InvalidInput, ServiceError) as exc:
        failed = exc
    finally:
        stack.endMacro()
    if failed is not None or not count:
        stack.undo()  # all or nothing: a half-applied change is harder to see than none
    if failed is not None:
        raise failed
    return count


def _apply_one(ctx, cap_id: str, key: str, value, share: float) -> int:
    handle = ctx.handle
    if key in CAPACITY_FIELDS:
        capacity = inventory.get_capacity(handle, cap_id)
        attribute = key
        old = getattr(capacity, attribute)
        if old == value:
            return 0
        do_update(ctx, capacity.name, lambda ch: inventory.update_capacity(handle, cap_id, ch),
                  {attribute: old}, {attribute: value}, CAPACITY)
        return 1
    changed = 0
    existing = handovers.list_handovers(handle, cap_id)
    if key == STATUS:
        for h in existing:
            if h.status != value:
                do_update(ctx, h.id, lambda ch, i=h.id: handovers.update_handover(handle, i, ch),
                          {"status": h.status}, {"status": value}, HANDOVER)
                changed += 1
        return changed
    mine = [h for h in existing if h.actor_id == value]
    for h in mine:  # the successor already takes it over: set its share
        if abs(h.share - share) > 1e-9:
            do_update(ctx, h.id, lambda ch, i=h.id: handovers.update_handover(handle, i, ch),
                      {"share": h.share}, {"share": share}, HANDOVER)
            changed += 1
    if not mine:
        do_create(ctx, cap_id, lambda: handovers.add_handover(
                      handle, {"capacity_id": cap_id, "actor_id": value, "share": share}),
                  lambda h_id: handovers.delete_handover(handle, h_id), HANDOVER, READINESS,
                  FUNDING)
        changed += 1
    return changed
