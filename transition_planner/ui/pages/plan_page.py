"""What the Actors, Locations, Funding, Monitoring, Timeline and History pages share:
reloading (in the worker on a big plan), forms, and the editor pages' scaffold: a table of
records beside a detail panel (title, form, New / Save / Delete)."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QItemSelectionModel, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from transition_planner.services.errors import InvalidInput, ServiceError
from transition_planner.ui.errors import problem_text
from transition_planner.ui.translations import current_language
from transition_planner.ui.undo import do_create, do_delete, do_update
from transition_planner.ui.widgets.date_field import DateField
from transition_planner.ui.widgets.fields import CommitTextEdit
from transition_planner.ui.widgets.number_field import NumberField

ERROR_STYLE = "color: #b00020;"  # dark red: readable on light and dark backgrounds


def ui_language() -> str:
    """The language taxonomy labels are shown in: the one the window is translated into."""
    return current_language()


class PlanPage(QWidget):
    """A page that shows part of the open plan and reloads when that part changes.

    A hidden page only notes that it is stale and reloads when it is shown again.
    """

    KINDS: frozenset[str] = frozenset()  # the context's data kinds this page shows

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self._stale = False
        ctx.sig_plan_changed.connect(self.on_plan_changed)
        ctx.sig_data_changed.connect(self.on_data_changed)

    def reload(self) -> None:
        """Read what the page shows from the services (or clear it when no plan is open)."""
        raise NotImplementedError

    def on_plan_changed(self) -> None:
        self.setEnabled(self.ctx.handle is not None)
        self._refresh()

    def on_data_changed(self, kinds) -> None:
        if self.KINDS & set(kinds):
            self._refresh()

    def _refresh(self) -> None:
        if self.isVisible() or self.ctx.handle is None:
            self._stale = False
            self.reload()
        else:
            self._stale = True

    def showEvent(self, event) -> None:
        if self._stale:
            self._stale = False
            self.reload()
        super().showEvent(event)


class BackgroundPage(PlanPage):
    """A page whose reads take seconds on a big plan: there they run in a worker thread and
    the page shows the result when it comes; a small plan is read at once, as before."""

    BIG = 2_000  # capacities from which reading blocks the window too long (10k: seconds)

    def __init__(self, ctx, parent=None):
        from transition_planner.ui.models.loader import BackgroundLoader

        super().__init__(ctx, parent)
        self.loader = BackgroundLoader(self.read, self)
        self.loader.sig_loaded.connect(self._on_loaded)

    def read(self, handle):
        """What the page shows, from the services only (it may run in the worker)."""
        raise NotImplementedError

    def show_data(self, data) -> None:
        """Show what read() returned; None when no plan is open."""
        raise NotImplementedError

    def reload(self) -> None:
        from transition_planner.services import inventory

        handle = self.ctx.handle
        if handle is None:
            self.loader.request(None)
            self.show_data(None)
        elif inventory.capacity_count(handle) >= self.BIG:
            self.loader.request(handle)
        else:
            self.loader.request(None)  # a read under way for a bigger plan is dropped
            self.show_data(self.read(handle))

    def _on_loaded(self, data) -> None:
        from transition_planner.ui import heap

        if self.ctx.handle is not None:
            self.show_data(data)
            heap.settle()  # a big result: out of the cyclic collector's sight

    def wait_for_workers(self) -> None:
        self.loader.wait()


def read_value(widget):
    """The value a form field holds, as the services take it."""
    if isinstance(widget, QComboBox):
        return widget.currentData()
    if isinstance(widget, QCheckBox):
        return widget.isChecked()
    if isinstance(widget, QPlainTextEdit):
        return widget.toPlainText()
    if isinstance(widget, (DateField, NumberField)):
        return widget.value()
    return widget.text()


def write_value(widget, value) -> None:
    """Show a stored value in a form field."""
    if isinstance(widget, QComboBox):
        widget.setCurrentIndex(max(widget.findData(value), 0) if widget.count() else -1)
    elif isinstance(widget, QCheckBox):
        widget.setChecked(bool(value))
    elif isinstance(widget, QPlainTextEdit):
        widget.setPlainText(value or "")
    elif isinstance(widget, (DateField, NumberField)):
        widget.set_value(value)
    else:
        widget.setText("" if value is None else str(value))


class RecordForm(QWidget):
    """Labelled fields, each with room for what the services found wrong with it; says
    when the user leaves a field (`sig_field_left`) or presses Return in one."""

    sig_field_left = Signal(str)  # the field's name
    sig_return = Signal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.layout_ = QFormLayout()
        self.layout_.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        outer.addLayout(self.layout_)
        self.general_error = self._error_label(self.tr("Error"))
        outer.addWidget(self.general_error)
        self.fields: dict[str, QWidget] = {}
        self.labels: dict[str, str] = {}
        self.errors: dict[str, QLabel] = {}
        self.aliases: dict[str, str] = {}  # a service's problem key -> the field showing it
        self.touched: set[str] = set()  # fields the user changed since the form was filled
        self._filling = False

    def _error_label(self, name: str) -> QLabel:
        label = QLabel(self)
        label.setStyleSheet(ERROR_STYLE)
        label.setWordWrap(True)
        label.setAccessibleName(name)
        label.hide()
        return label

    def add(self, name: str, label: str, widget: QWidget, tooltip: str) -> QWidget:
        """Add a field called `name` (the service's field name) under a visible label."""
        holder = QWidget(self)
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        error = self._error_label(self.tr("Problem with %1").replace("%1", label))
        column.addWidget(error)
        widget.setToolTip(tooltip)
        if not widget.accessibleName():
            widget.setAccessibleName(label)
        caption = QLabel(label, self)
        caption.setBuddy(widget)
        self.layout_.addRow(caption, holder)
        self.fields[name], self.labels[name], self.errors[name] = widget, label, error
        self._connect(name, widget)
        return widget

    def _connect(self, name: str, widget: QWidget) -> None:
        def left(*_args):
            self.sig_field_left.emit(name)

        def touched(*_args):
            if not self._filling:
                self.touched.add(name)

        if isinstance(widget, QComboBox):
            widget.activated.connect(touched)
            widget.activated.connect(left)
        elif isinstance(widget, QCheckBox):
            widget.clicked.connect(touched)
            widget.clicked.connect(left)
        elif isinstance(widget, CommitTextEdit):
            widget.textChanged.connect(touched)
            widget.sig_committed.connect(left)
        elif isinstance(widget, (QLineEdit, DateField)):
            edit = getattr(widget, "edit", widget)
            edit.textEdited.connect(touched)
            widget.editingFinished.connect(left)
            edit.returnPressed.connect(lambda: self.sig_return.emit(name))

    def values(self) -> dict:
        return {name: read_value(widget) for name, widget in self.fields.items()}

    def typed_problems(self) -> dict[str, str]:
        """What the fields themselves cannot read (not a date, not a number), by name."""
        return {name: widget.problem() for name, widget in self.fields.items()
                if hasattr(widget, "problem") and widget.problem()}

    def set_values(self, values: dict) -> None:
        """Fill fields from the plan (what the user has typed in others stays theirs)."""
        self.clear_problems()
        self._filling = True
        try:
            for name, widget in self.fields.items():
                if name in values:
                    write_value(widget, values[name])
                    self.touched.discard(name)
        finally:
            self._filling = False

    def clear_problems(self) -> None:
        for label in (*self.errors.values(), self.general_error):
            label.clear()
            label.hide()

    def show_problems(self, problems: dict[str, str]) -> None:
        """Show each problem next to its field (others below the form); focus the first."""
        self.clear_problems()
        first = None
        for key, message in problems.items():
            name = self.aliases.get(key, key)
            if name in self.errors:
                self.errors[name].setText(self._sentence(self.labels[name], message))
                self.errors[name].show()
                first = first or self.fields[name]
            else:
                self.show_error(message, append=True)
        if first is not None:
            first.setFocus(Qt.FocusReason.OtherFocusReason)

    def show_error(self, message: str, append: bool = False) -> None:
        text = self.general_error.text()
        self.general_error.setText(f"{text}\n{message}" if append and text else message)
        self.general_error.show()

    def problem(self, name: str) -> str:
        """The problem shown next to a field ('' when none): what a user reads there."""
        label = self.errors.get(name)
        return label.text() if label is not None and not label.isHidden() else ""

    def _sentence(self, label: str, message: str) -> str:
        # The services word problems to follow the field's name: "is required".
        shown = problem_text(message)  # in the window's language when it is a fixed message
        if message.startswith(("is ", "must ")):
            return self.tr("%1 %2").replace("%1", label).replace("%2", shown)
        return shown[:1].upper() + shown[1:]


def line_edit(placeholder: str = "", parent=None) -> QLineEdit:
    edit = QLineEdit(parent)
    edit.setPlaceholderText(placeholder)
    edit.setClearButtonEnabled(True)
    return edit


def fill_combo(combo: QComboBox, choices, keep: bool = True) -> None:
    """Replace a combo's (data, text) choices, keeping the current choice when it remains."""
    if hasattr(combo, "set_choices"):  # a SearchableCombo: its list is replaced in one go
        combo.set_choices(choices, keep)
        return
    current = combo.currentData() if keep else None
    combo.blockSignals(True)
    combo.clear()
    for data, text in choices:
        combo.addItem(text, data)
    index = combo.findData(current) if current is not None else -1
    combo.setCurrentIndex(index if index >= 0 else (0 if combo.count() else -1))
    combo.blockSignals(False)


class EditorPage(PlanPage):
    """A page listing records, with a form to add, change and delete them through undo."""

    FORM = RecordForm  # a page may use a form that reads some fields its own way

    EDIT_KINDS: tuple[str, ...] = ()  # what an edit on this page changes

    def __init__(self, ctx, parent=None):
        super().__init__(ctx, parent)
        self.current_id: str | None = None  # None: the form describes a new record
        self.by_id: dict[str, object] = {}  # every row the services returned, by id
        self.form = self.FORM(self)
        self.question: QMessageBox | None = None  # "save the new record?" while it is asked
        self.form.sig_field_left.connect(self.on_field_left)
        self.form.sig_return.connect(lambda _name: self.on_save())

    # --- what each page says -------------------------------------------------------------

    def service_create(self, values: dict):
        raise NotImplementedError

    def service_update(self, record_id: str, changes: dict):
        raise NotImplementedError

    def service_delete(self, record_id: str) -> str:
        raise NotImplementedError

    def undo_text(self, action: str, values: dict) -> str:
        """'add', 'change' or 'delete' a record, as the Edit menu shows it."""
        raise NotImplementedError

    def default_values(self) -> dict:
        return {}

    def show_record(self, row) -> None:
        """Fill the form (and anything next to it) with a row, or with a new record's defaults."""
        self.form.set_values(row.form_values() if row is not None else self.default_values())

    def stored_values(self, record_id: str | None) -> dict:
        """What the plan holds of a record as the form shows it (a new record: its defaults)."""
        row = self.by_id.get(record_id) if record_id is not None else None
        return row.form_values() if row is not None else self.default_values()

    # --- the scaffold: a table of records beside a detail panel -----------------------------

    def record_table(self, model, name: str, tooltip: str = "") -> QTableView:
        """The page's list of records: one row a record, sorted by its first column."""
        table = QTableView(self)
        table.setModel(model)
        table.setAccessibleName(name)
        if tooltip:
            table.setToolTip(tooltip)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setSortingEnabled(True)
        table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        table.verticalHeader().hide()
        compact_rows(table)
        table.setWordWrap(False)
        return table

    def panel_widget(self) -> QWidget:
        """The detail panel's body, with the record's title on top (self.title)."""
        panel = QWidget(self)
        self.title = QLabel(panel)
        self.title.setStyleSheet("font-weight: bold; font-size: 13pt;")
        self.title.setWordWrap(True)
        return panel

    def detail_panel(self, panel: QWidget, new: tuple[str, str], save_tip: str,
                     delete_tip: str, *, between=(), head=(), tail=()) -> QScrollArea:
        """Lay out the detail panel: title, `head`, the form, then New (text and tooltip),
        the `between` buttons, Save and Delete, then `tail`; scrolls when short of room."""
        self.new_button = QPushButton(new[0], panel)
        self.new_button.setToolTip(new[1])
        self.save_button = QPushButton(self.tr("Save"), panel)
        self.save_button.setToolTip(save_tip)
        self.save_button.setDefault(True)
        self.delete_button = QPushButton(self.tr("Delete"), panel)
        self.delete_button.setToolTip(delete_tip)
        self.delete_button.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_TrashIcon))
        self.new_button.clicked.connect(self.on_new)
        self.save_button.clicked.connect(self.on_save)
        self.delete_button.clicked.connect(self.on_delete)
        buttons = QHBoxLayout()
        for button in (self.new_button, *between, self.save_button, self.delete_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(panel)
        for widget in (self.title, *head, self.form):
            layout.addWidget(widget)
        layout.addLayout(buttons)
        for widget in tail:
            layout.addWidget(widget)
        layout.addStretch(1)
        return side_panel(panel)

    def beside(self, name: str, left: QWidget, panel: QWidget, above=None,
               stretch: tuple[int, int] = (2, 1)) -> QSplitter:
        """The page: `above` (a row of filters), then the records on the left of the detail
        panel, in a splitter the window remembers by `name`."""
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setObjectName(name)  # the window keeps its sizes
        splitter.addWidget(left)
        splitter.addWidget(panel)
        splitter.setStretchFactor(0, stretch[0])
        splitter.setStretchFactor(1, stretch[1])
        layout = QVBoxLayout(self)
        if above is not None:
            layout.addLayout(above)
        layout.addWidget(splitter, 1)
        return splitter

    # --- editing: a field is saved when left; a new record once it is added ---------------

    def on_field_left(self, _name: str) -> None:
        """Save a change to a record as soon as its field is left (one undo step)."""
        if self.current_id is not None and self.ctx.handle is not None and self.unsaved():
            self.on_save()

    def unsaved(self) -> dict:
        """What the form holds that the plan does not: changed fields, or a new record's."""
        stored = self.stored_values(self.current_id)
        return {k: v for k, v in self.form.values().items()
                if k in self.form.touched and k in stored and not _same(stored[k], v)}

    def leave_record(self, then) -> None:
        """Run `then` once the record shown may be left: its changes are saved, or the user
        said what to do with those that cannot be (a new record not added, refused input)."""
        if self.ctx.handle is None or not self.unsaved() or self.on_save_quietly():
            then()
            return
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Unsaved changes"),
                          self.tr("The changes in the form are not saved yet."),
                          QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                          | QMessageBox.StandardButton.Cancel, self)
        box.setInformativeText(self.form.general_error.text() or "\n".join(
            text for text in (self.form.problem(n) for n in self.form.fields) if text))
        box.setDefaultButton(QMessageBox.StandardButton.Save)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def answered(button):
            self.question = None
            if button == QMessageBox.StandardButton.Discard:
                self.show_record(self.by_id.get(self.current_id))
                then()
            elif button == QMessageBox.StandardButton.Save and self.on_save():
                then()

        box.finished.connect(lambda _r: answered(box.standardButton(box.clickedButton())))
        self.question = box
        box.open()

    def on_save_quietly(self) -> bool:
        """Save what can be saved without asking: changes to an existing record."""
        return self.current_id is not None and self.on_save()

    def on_new(self) -> None:
        self.leave_record(self._new)

    # --- the Edit menu's keys (Ctrl+N, F2, Del) -------------------------------------------

    def new_record(self) -> None:
        self.on_new()
        self.edit_record()

    def edit_record(self) -> None:
        """Into the form's first field, its text selected for typing over."""
        first = next(iter(self.form.fields.values()), None)
        if first is not None:
            first.setFocus(Qt.FocusReason.ShortcutFocusReason)
            if hasattr(first, "selectAll"):
                first.selectAll()

    def delete_records(self) -> None:
        from PySide6.QtWidgets import QApplication

        if not self.form.isAncestorOf(QApplication.focusWidget()):  # Del in the form: a field's
            self.on_delete()

    def _new(self) -> None:
        self.current_id = None
        self.show_record(None)

    def on_save(self) -> bool:
        """Create or change the record; refused input stays in the form, marked at its field."""
        values = self.form.values()
        typed = self.form.typed_problems()
        if typed:
            self.form.show_problems(typed)
            return False
        try:
            if self.current_id is None:
                record = do_create(
                    self.ctx, self.undo_text("add", values),
                    lambda: self.service_create(values), self.service_delete, *self.EDIT_KINDS)
                self.current_id = record.id
            else:
                record_id = self.current_id
                old = self.stored_values(record_id)
                changes = {k: v for k, v in values.items() if not _same(old.get(k), v)}
                if not changes:
                    self.form.clear_problems()
                    return True
                do_update(self.ctx, self.undo_text("change", values),
                          lambda ch: self.service_update(record_id, ch),
                          {k: old[k] for k in changes}, changes, *self.EDIT_KINDS)
        except InvalidInput as exc:
            self.form.show_problems(exc.problems)
            return False
        except ServiceError as exc:
            self.form.show_error(str(exc))
            return False
        self.select_id(self.current_id)
        return True

    def on_delete(self) -> bool:
        if self.current_id is None:
            return False
        record_id, values = self.current_id, self.stored_values(self.current_id)
        try:
            do_delete(self.ctx, self.undo_text("delete", values),
                      lambda: self.service_delete(record_id), *self.EDIT_KINDS)
        except ServiceError as exc:
            self.form.show_error(str(exc))
            return False
        self.on_new()
        return True

    def switch_to(self, record_id: str) -> None:
        """Show another record; what the form holds is saved first, or asked about."""
        if self.ctx.handle is None or not self.unsaved():
            self.current_id = record_id
            self.show_record(self.by_id[record_id])
            return
        self._select_row()  # stay on the record shown until it is saved or the user answers
        # after the click that chose the row: saving re-reads the list the click is in
        QTimer.singleShot(0, self, lambda: self.leave_record(lambda: self.select_id(record_id)))

    def _select_row(self) -> None:
        """Select the record shown in the page's list, without showing it again."""
        raise NotImplementedError

    def select_id(self, record_id: str | None) -> None:
        """Show a record in the form (pages also select it in their table); showing the same
        one again after a re-read keeps what the user typed and has not saved yet."""
        record_id = record_id if record_id in self.by_id else None
        typed = self.unsaved() if record_id == self.current_id else {}
        self.current_id = record_id
        self.show_record(self.by_id.get(self.current_id))
        if typed:
            self.form.set_values(typed)
            self.form.touched |= set(typed)


class BackgroundEditorPage(BackgroundPage, EditorPage):
    """An editor page whose records read() reads (in the worker on a big plan: showing the
    page, an undo or an edit never blocks the window) and show_rows() lists.

    While a read runs after an edit, what was saved is what the form compares with, so a
    field saved a moment ago is not saved again; a record just added is shown once read back,
    and what is typed into it meanwhile stays in the form, to be saved when the field is left.
    """

    def __init__(self, ctx, parent=None):
        super().__init__(ctx, parent)
        self._pending_id: str | None = None  # a record just added, not read back yet
        self._saved: dict[str, dict] = {}  # record id -> what was saved, until read back
        self.loader.sig_failed.connect(lambda message: ctx.sig_error.emit(
            self.tr("Reading the plan failed"), message))

    def show_rows(self, data) -> None:
        """List what read() returned (fill self.by_id); None when no plan is open."""
        raise NotImplementedError

    def show_data(self, data) -> None:
        self._saved.clear()
        target, self._pending_id = self._pending_id or self.current_id, None
        if data is None:
            self.by_id, target = {}, None
        self.show_rows(data)
        self.select_id(target)

    def on_plan_changed(self) -> None:
        self.current_id, self._pending_id = None, None
        self._saved.clear()
        super().on_plan_changed()

    def stored_values(self, record_id: str | None) -> dict:
        if record_id in self._saved:
            return self._saved[record_id]
        return super().stored_values(record_id)

    def select_id(self, record_id: str | None) -> None:
        if record_id is not None and record_id not in self.by_id and self.loader.busy():
            self._pending_id = record_id  # added just now: shown once read back
            self.current_id = record_id
            return
        super().select_id(record_id)

    def on_save(self) -> bool:
        record_id, values = self.current_id, self.form.values()
        if not super().on_save():
            return False
        if self.loader.busy():  # until the plan is read back, it holds what was saved
            self._saved[self.current_id] = {**self.stored_values(record_id), **values}
        return True


class TableEditorPage(EditorPage):
    """An editor page whose records are listed in `self.table` over a row model `self.model`."""

    def _on_current_row(self, current, _previous) -> None:
        if current.isValid():
            record_id = self.model.row_at(current.row()).id
            if record_id != self.current_id:
                self.switch_to(record_id)

    def select_id(self, record_id: str | None) -> None:
        super().select_id(record_id)
        self._select_row()

    def _select_row(self) -> None:
        # Selecting from code must not come back through _on_current_row.
        number = self.model.row_of_id(self.current_id)
        selection = self.table.selectionModel()
        selection.blockSignals(True)
        if number >= 0:
            select_row(self.table, number)
        else:  # no current row either: a click on any row is a change again
            selection.clear()
        selection.blockSignals(False)


def _same(old, new) -> bool:
    """Equal as stored, or as the form writes them (an amount of 5.00 reads back '5')."""
    if old == new or (old in (None, "") and new in (None, "")):
        return True
    if old is None or new is None:
        return False
    try:
        return Decimal(str(old)) == Decimal(str(new))
    except ArithmeticError:
        return str(old) == str(new)


FIT_ROWS = 100  # rows measured to fit a column (Qt's default, 1000, takes 0.5 s at 60k rows)


def fit_columns(view, max_width: int = 260) -> None:
    """Size a table's columns to their contents (the rows in view and the first FIT_ROWS),
    none wider than `max_width` pixels."""
    header = view.horizontalHeader() if hasattr(view, "horizontalHeader") else view.header()
    header.setResizeContentsPrecision(FIT_ROWS)
    for column in range(header.count()):
        view.resizeColumnToContents(column)
        if header.sectionSize(column) > max_width:
            header.resizeSection(column, max_width)


def side_panel(panel: QWidget) -> QScrollArea:
    """A form panel that scrolls down when short of room but never sideways."""
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setWidget(panel)
    scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    scroll.setMinimumWidth(panel.minimumSizeHint().width()
                           + scroll.verticalScrollBar().sizeHint().width() + 4)
    return scroll


def select_row(view, number: int) -> None:
    """Make a table row current and selected (QTableView.selectRow misses in right to left)."""
    flags = (QItemSelectionModel.SelectionFlag.ClearAndSelect
             | QItemSelectionModel.SelectionFlag.Rows)
    index = view.model().index(number, 0)
    view.selectionModel().setCurrentIndex(index, flags)
    view.scrollTo(index)


def compact_rows(view) -> None:
    """Rows one line of text high: the styles' default leaves half of each row empty."""
    header = view.verticalHeader()
    header.setSectionResizeMode(header.ResizeMode.Fixed)
    header.setDefaultSectionSize(view.fontMetrics().height() + 8)


def indented(text: str, depth: int, widget: QWidget) -> str:
    """Text indented by tree depth; right to left, a leading RLM keeps the indent visible."""
    if not depth:
        return text
    mark = "\u200f" if widget.layoutDirection() == Qt.LayoutDirection.RightToLeft else ""
    return mark + "    " * depth + text
