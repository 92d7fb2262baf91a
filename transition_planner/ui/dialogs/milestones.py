"""Plan > Milestones: mandate decisions, drawdown phases, closures, reviews, with undo."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QPushButton,
    QSplitter,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from transition_planner.domain import taxonomy as tx
from transition_planner.services import inventory, timeline
from transition_planner.ui.context import LOCATION, MILESTONE, TAXONOMY
from transition_planner.ui.models.row_table import RowTableModel
from transition_planner.ui.pages.plan_page import (
    CommitTextEdit,
    TableEditorPage,
    compact_rows,
    fill_combo,
    fit_columns,
    line_edit,
    ui_language,
)
from transition_planner.ui.widgets.date_field import DateField, date_format, show_date


@dataclass(frozen=True)
class MilestoneRow:
    """One milestone as the dialog lists it."""

    id: str
    title: str
    kind: str
    kind_label: str
    due_date: date
    location_id: str | None
    location: str
    notes: str

    def form_values(self) -> dict:
        return {"title": self.title, "kind": self.kind, "due_date": self.due_date,
                "location_id": self.location_id, "notes": self.notes}


class MilestoneTableModel(RowTableModel):
    """Milestones by date: when, what, which kind, where."""

    CONTEXT = "MilestoneTableModel"
    HEADERS = (QT_TRANSLATE_NOOP("MilestoneTableModel", "Date"),
               QT_TRANSLATE_NOOP("MilestoneTableModel", "Milestone"),
               QT_TRANSLATE_NOOP("MilestoneTableModel", "Kind"),
               QT_TRANSLATE_NOOP("MilestoneTableModel", "Location"))

    def __init__(self, parent=None):
        super().__init__(parent)
        self.fmt = date_format()

    def text(self, row: MilestoneRow, column: int) -> str:
        return (show_date(row.due_date, self.fmt), row.title, row.kind_label,
                row.location)[column]

    def sort_key(self, row: MilestoneRow, column: int):
        if column == 0:
            return row.due_date
        return super().sort_key(row, column)


class MilestonesEditor(TableEditorPage):
    """The milestones listed, and a form that saves each field when it is left."""

    KINDS = frozenset({MILESTONE, LOCATION, TAXONOMY})
    EDIT_KINDS = (MILESTONE,)

    def __init__(self, ctx, parent=None):
        super().__init__(ctx, parent)
        self.model = MilestoneTableModel(self)
        self.first_kind = "review"
        self._build()
        self.on_plan_changed()

    def _build(self) -> None:
        self.table = QTableView(self)
        self.table.setObjectName("milestone_table")
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Milestones"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        compact_rows(self.table)
        form = self.form
        title = line_edit(self.tr("e.g. Security Council mandate renewal"), self)
        form.add("title", self.tr("Milestone"), title, self.tr("What happens on that day"))
        form.add("kind", self.tr("Kind"), QComboBox(self),
                 self.tr("Mandate decision, drawdown phase, closure, handover, exit, review…"))
        form.add("due_date", self.tr("Date"), DateField(self),
                 self.tr("The day it happens or is due"))
        form.add("location_id", self.tr("Location"), QComboBox(self),
                 self.tr("Where it happens; none for the whole mission"))
        notes = CommitTextEdit(self)
        notes.setTabChangesFocus(True)
        notes.setFixedHeight(notes.fontMetrics().lineSpacing() * 4)
        form.add("notes", self.tr("Notes"), notes, self.tr("Decisions, references, caveats"))
        for name, widget in form.fields.items():
            widget.setObjectName(f"field_{name}")

        self.new_button = QPushButton(self.tr("&New milestone"), self)
        self.new_button.setToolTip(self.tr("Empty the form to add a milestone"))
        self.save_button = QPushButton(self.tr("&Add"), self)
        self.save_button.setToolTip(self.tr("Add the milestone (changes to one are saved when "
                                            "you leave a field; Ctrl+Z undoes)"))
        self.delete_button = QPushButton(self.tr("De&lete"), self)
        self.delete_button.setToolTip(self.tr("Delete the milestone (Ctrl+Z brings it back)"))
        self.delete_button.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_TrashIcon))
        buttons = QHBoxLayout()
        for button in (self.new_button, self.save_button, self.delete_button):
            button.setAutoDefault(False)
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.new_button.clicked.connect(self.on_new)
        self.save_button.clicked.connect(self.on_save)
        self.delete_button.clicked.connect(self.on_delete)

        panel = QWidget(self)
        column = QVBoxLayout(panel)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(form)
        column.addLayout(buttons)
        column.addStretch(1)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.table)
        splitter.addWidget(panel)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 0)
        splitter.setSizes([740, 360])  # the table gets the room; the form keeps its own
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        self.table.selectionModel().currentRowChanged.connect(self._on_current_row)

    def reload(self) -> None:
        handle = self.ctx.handle
        if handle is None:
            self.by_id, self.current_id = {}, None
            self.model.set_rows([])
            return
        lang = ui_language()
        taxonomy = handle.taxonomy()
        kinds = [(t.code, t.label_for(lang)) for t in taxonomy.terms(tx.MILESTONE_KIND)]
        self.first_kind = "review" if taxonomy.has(tx.MILESTONE_KIND, "review") else (
            kinds[0][0] if kinds else "")
        places = {loc.id: loc.name for loc in inventory.list_locations(handle)}
        rows = [MilestoneRow(m.id, m.title, m.kind, taxonomy.label(tx.MILESTONE_KIND, m.kind, lang),
                             m.due_date, m.location_id, places.get(m.location_id or "", ""),
                             m.notes) for m in timeline.list_milestones(handle)]
        self.by_id = {row.id: row for row in rows}
        fill_combo(self.form.fields["kind"], kinds)
        fill_combo(self.form.fields["location_id"], [
            (None, self.tr("The whole mission")),
            *sorted(places.items(), key=lambda item: item[1].casefold())])
        self.model.set_rows(rows)
        fit_columns(self.table, 220)
        self.select_id(self.current_id)

    def show_record(self, row) -> None:
        super().show_record(row)
        self.save_button.setText(self.tr("&Add") if row is None else self.tr("&Save"))
        self.delete_button.setEnabled(row is not None)

    def default_values(self) -> dict:
        return {"title": "", "kind": self.first_kind, "due_date": None, "location_id": None,
                "notes": ""}

    def service_create(self, values: dict):
        return timeline.add_milestone(self.ctx.handle, values)

    def service_update(self, record_id: str, changes: dict):
        return timeline.update_milestone(self.ctx.handle, record_id, changes)

    def service_delete(self, record_id: str) -> str:
        return timeline.delete_milestone(self.ctx.handle, record_id)

    def undo_text(self, action: str, values: dict) -> str:
        text = {"add": self.tr("Add milestone %1"), "change": self.tr("Change milestone %1"),
                "delete": self.tr("Delete milestone %1")}[action]
        return text.replace("%1", values.get("title") or "")


class EditorDialog(QDialog):
    """A dialog around one editor: Ctrl+Z and Ctrl+Shift+Z work in it, and closing it saves
    the field being typed in (or asks about a record not added yet)."""

    def __init__(self, ctx, editor, parent=None):
        super().__init__(parent)
        self.ctx, self.editor = ctx, editor
        self.resize(1120, 600)  # fits a 1366x768 screen
        layout = QVBoxLayout(self)
        layout.addWidget(editor, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.close_button = buttons.button(QDialogButtonBox.StandardButton.Close)
        self.close_button.setAutoDefault(False)
        undo = ctx.undo_stack.createUndoAction(self, self.tr("Undo"))
        undo.setShortcut("Ctrl+Z")
        redo = ctx.undo_stack.createRedoAction(self, self.tr("Redo"))
        redo.setShortcuts(["Ctrl+Shift+Z", "Ctrl+Y"])
        for action in (undo, redo):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)

    def done(self, result: int) -> None:
        editor = self.editor
        if editor.question is not None:  # already asking about unsaved changes
            return
        editor.leave_record(lambda: QDialog.done(self, result))
        # leave_record closes at once when nothing is unsaved, else after the user's answer


class MilestonesDialog(EditorDialog):
    """Plan > Milestones…"""

    def __init__(self, ctx, parent=None):
        super().__init__(ctx, MilestonesEditor(ctx), parent)
        self.setWindowTitle(self.tr("Milestones"))
