"""Plan > Vocabulary: the plan's own terms (categories, actor types…), with undo."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from transition_planner.domain import taxonomy as tx
from transition_planner.services import plans
from transition_planner.ui.context import TAXONOMY
from transition_planner.ui.dialogs.milestones import EditorDialog
from transition_planner.ui.models.row_table import RowTableModel
from transition_planner.ui.pages.plan_page import (
    TableEditorPage,
    compact_rows,
    fit_columns,
    line_edit,
    ui_language,
)

# The lists a planner words in their own terms. The others (handover and funding statuses,
# readiness dimensions, tiers, roles…) carry meanings the gap rules read, so they stay as shipped.
LISTS = (
    (tx.CATEGORY, QT_TRANSLATE_NOOP("VocabularyEditor", "Capacity categories")),
    (tx.ACTOR_TYPE, QT_TRANSLATE_NOOP("VocabularyEditor", "Actor types")),
    (tx.POPULATION, QT_TRANSLATE_NOOP("VocabularyEditor", "Populations served")),
    (tx.COMPONENT, QT_TRANSLATE_NOOP("VocabularyEditor", "Mission components")),
    (tx.MODALITY, QT_TRANSLATE_NOOP("VocabularyEditor", "Handover modalities")),
    (tx.FUNDING_SOURCE, QT_TRANSLATE_NOOP("VocabularyEditor", "Funding sources")),
    (tx.LOCATION_LEVEL, QT_TRANSLATE_NOOP("VocabularyEditor", "Location levels")),
    (tx.MILESTONE_KIND, QT_TRANSLATE_NOOP("VocabularyEditor", "Milestone kinds")),
)


def code_for(label: str, taken: set[str]) -> str:
    """A code for a new term, made from its label (codes are what records hold)."""
    plain = unicodedata.normalize("NFKD", label).encode("ascii", "ignore").decode()
    code = re.sub(r"[^a-z0-9]+", "_", plain.lower()).strip("_")[:50] or "term"
    candidate, n = code, 1
    while candidate in taken:
        n += 1
        candidate = f"{code}_{n}"
    return candidate


@dataclass(frozen=True)
class TermRow:
    """One term as the editor lists it."""

    id: str
    code: str
    label: str
    label_fr: str
    shown: str  # the label in the window's language
    builtin: bool
    used: int  # records holding it

    def form_values(self) -> dict:
        return {"label": self.label, "label_fr": self.label_fr}


class TermTableModel(RowTableModel):
    """The terms of one list: label, French label, code, shipped or the plan's, use."""

    CONTEXT = "TermTableModel"
    HEADERS = (QT_TRANSLATE_NOOP("TermTableModel", "Label"),
               QT_TRANSLATE_NOOP("TermTableModel", "French label"),
               QT_TRANSLATE_NOOP("TermTableModel", "Records"),
               QT_TRANSLATE_NOOP("TermTableModel", "Origin"),
               QT_TRANSLATE_NOOP("TermTableModel", "Code"))
    NUMERIC = frozenset({2})

    def text(self, row: TermRow, column: int) -> str:
        if column == 3:
            return (QCoreApplication.translate("TermTableModel", "shipped") if row.builtin
                    else QCoreApplication.translate("TermTableModel", "this plan"))
        return (row.label, row.label_fr, str(row.used), "", row.code)[column]

    def sort_key(self, row: TermRow, column: int):
        return row.used if column == 2 else super().sort_key(row, column)

    def tooltip(self, row: TermRow, column: int) -> str | None:
        if column == 0 and row.shown != row.label:
            return row.shown  # as the window's language shows it
        if column == 2:
            return QCoreApplication.translate(
                "TermTableModel", "Records holding this term; a term in use cannot be retired")
        return None


class VocabularyEditor(TableEditorPage):
    """One list of the vocabulary at a time: add a term, rename it, retire an unused one."""

    KINDS = frozenset({TAXONOMY})
    EDIT_KINDS = (TAXONOMY,)

    def __init__(self, ctx, parent=None):
        super().__init__(ctx, parent)
        self.model = TermTableModel(self)
        self._build()
        self.on_plan_changed()

    def kind(self) -> str:
        return self.list_choice.currentData()

    def _build(self) -> None:
        self.list_choice = QComboBox(self)
        self.list_choice.setObjectName("vocabulary_list")
        self.list_choice.setAccessibleName(self.tr("List"))
        for kind, name in LISTS:
            self.list_choice.addItem(QCoreApplication.translate("VocabularyEditor", name), kind)
        caption = QLabel(self.tr("&List:"), self)
        caption.setBuddy(self.list_choice)
        top = QHBoxLayout()
        top.addWidget(caption)
        top.addWidget(self.list_choice, 1)

        self.table = QTableView(self)
        self.table.setObjectName("term_table")
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Terms"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.verticalHeader().hide()
        compact_rows(self.table)
        form = self.form
        form.add("label", self.tr("Label"), line_edit(self.tr("e.g. Cash assistance"), self),
                 self.tr("The term as lists and reports show it"))
        form.add("label_fr", self.tr("French label"), line_edit("", self),
                 self.tr("Shown when the window or a report is in French; empty: the label"))
        for name, widget in form.fields.items():
            widget.setObjectName(f"field_{name}")
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.note.setObjectName("term_note")

        self.new_button = QPushButton(self.tr("&New term"), self)
        self.new_button.setToolTip(self.tr("Empty the form to add a term to this list"))
        self.save_button = QPushButton(self.tr("&Add"), self)
        self.save_button.setToolTip(self.tr("Add the term (a changed label is saved when you "
                                            "leave its field; Ctrl+Z undoes)"))
        self.delete_button = QPushButton(self.tr("&Retire"), self)
        self.delete_button.setToolTip(self.tr("Remove a term no record uses (Ctrl+Z brings it "
                                              "back)"))
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
        column.addWidget(self.note)
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
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        self.table.selectionModel().currentRowChanged.connect(self._on_current_row)
        self.list_choice.activated.connect(self._on_list_chosen)
        self._shown_kind = self.kind()

    def _on_list_chosen(self, _index: int) -> None:
        wanted = self.kind()
        if wanted == self._shown_kind:
            return
        # Another list: the term being typed is saved first, or asked about.
        back = self.list_choice.findData(self._shown_kind)
        self.list_choice.setCurrentIndex(back)
        self.leave_record(lambda: self.show_list(wanted))

    def show_list(self, kind: str) -> None:
        self.list_choice.setCurrentIndex(self.list_choice.findData(kind))
        self._shown_kind = kind
        self.current_id = None
        self.reload()

    def reload(self) -> None:
        handle = self.ctx.handle
        if handle is None:
            self.by_id, self.current_id = {}, None
            self.model.set_rows([])
            return
        lang, kind = ui_language(), self._shown_kind
        used = plans.term_usage(handle, kind)
        taxonomy = handle.taxonomy()
        rows = [TermRow(t.id, t.code, t.label, t.label_fr,
                        taxonomy.label(kind, t.code, lang), t.builtin, used.get(t.code, 0))
                for t in plans.list_terms(handle, kind)]
        self.by_id = {row.id: row for row in rows}
        self.model.set_rows(rows)
        fit_columns(self.table, 240)
        self.select_id(self.current_id)

    def show_record(self, row) -> None:
        super().show_record(row)
        self.save_button.setText(self.tr("&Add") if row is None else self.tr("&Save"))
        self.delete_button.setEnabled(row is not None)  # in use: refused, saying by how many
        if row is None:
            self.note.setText(self.tr("A new term of this list."))
        elif row.used:
            self.note.setText(self.tr("Records holding it: %1. A term in use cannot be "
                                      "retired.").replace("%1", str(row.used)))
        else:
            self.note.setText(self.tr("No record holds it: it can be retired."))

    def default_values(self) -> dict:
        return {"label": "", "label_fr": ""}

    def service_create(self, values: dict):
        taken = {row.code for row in self.by_id.values()}
        data = {**values, "kind": self._shown_kind,
                "code": code_for(values.get("label") or "", taken)}
        return plans.add_term(self.ctx.handle, data)

    def service_update(self, record_id: str, changes: dict):
        return plans.rename_term(self.ctx.handle, record_id, changes)

    def service_delete(self, record_id: str) -> str:
        return plans.delete_term(self.ctx.handle, record_id)

    def undo_text(self, action: str, values: dict) -> str:
        text = {"add": self.tr("Add term %1"), "change": self.tr("Rename term %1"),
                "delete": self.tr("Retire term %1")}[action]
        return text.replace("%1", values.get("label") or "")


class VocabularyDialog(EditorDialog):
    """Plan > Vocabulary…"""

    def __init__(self, ctx, parent=None):
        super().__init__(ctx, VocabularyEditor(ctx), parent)
        self.setWindowTitle(self.tr("Vocabulary"))
