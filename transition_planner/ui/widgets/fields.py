"""Form fields that hand raw text to the services and show their refusals next to each field."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from transition_planner.services.errors import InvalidInput, ServiceError
from transition_planner.ui.errors import problem_text
from transition_planner.ui.theme import alarm_style
from transition_planner.ui.widgets.date_field import DateField
from transition_planner.ui.widgets.number_field import NumberField, parse_number, show_number

TEXT, MULTILINE, NUMBER, MONEY, PERCENT, DATE, CODE, BOOL, CODES = (
    "text", "multiline", "number", "money", "percent", "date", "code", "bool", "codes"
)
ERROR_STYLE = "color: #b00020;"  # dark red: readable on the light and dark Fusion palettes


translate = QCoreApplication.translate  # lupdate finds translate("Context", "text")


class CommitTextEdit(QPlainTextEdit):
    """A multi-line text box that says when the user leaves it, like QLineEdit does."""

    sig_committed = Signal()

    def focusOutEvent(self, event):
        super().focusOutEvent(event)
        self.sig_committed.emit()


class CheckLabel(QLabel):
    """A check box's text that wraps (a QCheckBox's own text cannot): clicking it ticks the
    box, as clicking a check box's text does."""

    def __init__(self, text: str, box: QCheckBox):
        super().__init__(text)
        self.box = box
        self.setWordWrap(True)
        self.setBuddy(box)

    def mouseReleaseEvent(self, event) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.box.isEnabled():
            self.box.click()
        super().mouseReleaseEvent(event)


class ErrorLabel(QLabel):
    """What is wrong with a field, in dark red under it; hidden while nothing is."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setStyleSheet(alarm_style())
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.hide()

    def show_problem(self, message: str) -> None:
        self.setText(problem_text(message))
        self.setVisible(bool(message))


class Field:
    """One field of a form: its widget, how to read and show its value, its error label."""

    def __init__(self, name: str, kind: str, widget: QWidget, error: ErrorLabel, label: str):
        self.name, self.kind, self.widget, self.error, self.label = (
            name, kind, widget, error, label
        )

    # values as the services take them (text for numbers and dates: they validate)
    def value(self):
        w, kind = self.widget, self.kind
        if kind == MULTILINE:
            return w.toPlainText().strip()
        if kind == TEXT:
            return w.text().strip()
        if kind in (NUMBER, MONEY):
            return w.value()
        if kind == PERCENT:
            text = w.text().replace("%", "")
            try:
                number = parse_number(text)
            except ValueError:
                return text.strip()  # problem() says what is wrong with it
            return None if number is None else round(float(number) / 100, 6)
        if kind == DATE:
            return w.value()
        if kind == CODE:
            return w.currentData()
        if kind == BOOL:
            return w.isChecked()
        if kind == CODES:
            return [w.item(i).data(Qt.ItemDataRole.UserRole) for i in range(w.count())
                    if w.item(i).checkState() == Qt.CheckState.Checked]
        raise ValueError(kind)

    def show(self, value) -> None:
        """Put a stored value into the widget without firing a commit."""
        w, kind = self.widget, self.kind
        w.blockSignals(True)
        try:
            if kind == MULTILINE:
                w.setPlainText(value or "")
            elif kind == TEXT:
                w.setText(value or "")
                w.setCursorPosition(0)  # long text shows its beginning
            elif kind in (NUMBER, MONEY):
                w.set_value(value)
            elif kind == PERCENT:
                w.set_value(None if value is None else
                            Decimal(str(round(float(value) * 100, 4))))
            elif kind == DATE:
                w.set_value(value)
            elif kind == CODE:
                index = w.findData(value)
                if index < 0 and value is not None:  # a code no longer offered: keep it shown
                    w.addItem(str(value), value)
                    index = w.count() - 1
                w.setCurrentIndex(index)
            elif kind == BOOL:
                w.setChecked(bool(value))
            elif kind == CODES:
                chosen = set(value or ())
                for i in range(w.count()):
                    item = w.item(i)
                    state = item.data(Qt.ItemDataRole.UserRole) in chosen
                    item.setCheckState(Qt.CheckState.Checked if state else Qt.CheckState.Unchecked)
        finally:
            w.blockSignals(False)
        self.error.show_problem("")

    def problem(self) -> str:
        """What the widget itself finds wrong with what was typed (not a date, not a number)."""
        if self.kind == PERCENT and isinstance(self.value(), str):
            return translate("Fields", "is not a number")
        return self.widget.problem() if hasattr(self.widget, "problem") else ""

    def shown_text(self) -> str:
        """The field's value as comparable text, to tell a real change from a focus change."""
        value = self.value()
        if self.kind in (NUMBER, MONEY):
            try:
                return show_number(Decimal(value)) if value not in (None, "") else ""
            except ArithmeticError:
                return str(value)
        return repr(value)

    def stored_text(self, value) -> str:
        if self.kind in (NUMBER, MONEY):
            return show_number(Decimal(str(value))) if value is not None else ""
        if self.kind == PERCENT:
            return repr(round(float(value), 6)) if value is not None else repr(None)
        if self.kind in (TEXT, MULTILINE):
            return repr((value or "").strip())
        if self.kind == CODES:
            return repr(list(value or []))
        return repr(value)

    def changed_from(self, stored) -> bool:
        if self.kind == CODES:
            return sorted(self.value()) != sorted(stored or [])
        return self.shown_text() != self.stored_text(stored)


class FieldSet:
    """The fields of one form in a QFormLayout; `on_commit(name)` runs when one is left."""

    def __init__(self, layout: QFormLayout, on_commit: Callable[[str], None] | None = None):
        self.layout = layout
        self.fields: dict[str, Field] = {}
        self.on_commit = on_commit
        layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        layout.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)

    def add(self, name: str, kind: str, label: str, tooltip: str = "",
            choices: list[tuple[str, str]] | None = None, placeholder: str = "") -> QWidget:
        widget = self._make(kind, choices)
        widget.setObjectName(f"field_{name}")
        widget.setAccessibleName(label.rstrip(":"))
        if tooltip:
            widget.setToolTip(tooltip)
        if placeholder and hasattr(widget, "setPlaceholderText"):
            widget.setPlaceholderText(placeholder)
        error = ErrorLabel()
        error.setObjectName(f"error_{name}")
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        if kind == BOOL:
            widget.setAccessibleName(label)
            line = QHBoxLayout()
            line.setContentsMargins(0, 0, 0, 0)
            line.addWidget(widget)
            line.addWidget(CheckLabel(label, widget), 1)
            column.addLayout(line)
        else:
            column.addWidget(widget)
        column.addWidget(error)
        if kind == BOOL:
            self.layout.addRow("", box)
        else:
            title = QLabel(label)
            title.setWordWrap(True)  # a long translated label takes two lines, not the width
            title.setBuddy(widget)
            self.layout.addRow(title, box)
        self.fields[name] = Field(name, kind, widget, error, label)
        self._connect(name, kind, widget)
        return widget

    def _make(self, kind: str, choices) -> QWidget:
        if kind == MULTILINE:
            widget = CommitTextEdit()
            widget.setTabChangesFocus(True)
            widget.setFixedHeight(widget.fontMetrics().lineSpacing() * 4)
            return widget
        if kind == CODE:
            widget = QComboBox()
            # long names (successors, locations) must not widen the whole form
            widget.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            widget.setMinimumContentsLength(12)
            for code, text in choices or ():
                widget.addItem(text, code)
            return widget
        if kind == BOOL:
            return QCheckBox()
        if kind == CODES:
            widget = QListWidget()
            for code, text in choices or ():
                item = QListWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, code)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Unchecked)
                widget.addItem(item)
            fit_list_height(widget)
            return widget
        if kind == DATE:
            return DateField()
        if kind in (NUMBER, MONEY, PERCENT):
            return NumberField()
        widget = QLineEdit()
        widget.setClearButtonEnabled(True)
        return widget

    def _connect(self, name: str, kind: str, widget: QWidget) -> None:
        def commit(*_args):
            if self.on_commit is not None:
                self.on_commit(name)

        if kind == MULTILINE:
            widget.sig_committed.connect(commit)
        elif kind == CODE:
            widget.activated.connect(commit)
        elif kind == BOOL:
            widget.clicked.connect(commit)
        elif kind == CODES:
            widget.itemChanged.connect(commit)
        else:
            widget.editingFinished.connect(commit)

    def __getitem__(self, name: str) -> Field:
        return self.fields[name]

    def widget(self, name: str) -> QWidget:
        return self.fields[name].widget

    def values(self, names=None) -> dict:
        return {n: self.fields[n].value() for n in (names or self.fields)}

    def show_values(self, record: dict) -> None:
        for name, field in self.fields.items():
            if name in record:
                field.show(record[name])

    def set_enabled(self, enabled: bool) -> None:
        for field in self.fields.values():
            field.widget.setEnabled(enabled)

    def clear_problems(self) -> None:
        for field in self.fields.values():
            field.error.show_problem("")

    def typed_problems(self, names=None) -> dict[str, str]:
        """What the fields themselves cannot read (not a date, not a number), by name."""
        return {n: self.fields[n].problem() for n in (names or self.fields)
                if self.fields[n].problem()}

    def show_problems(self, problems: dict[str, str], aliases: dict[str, str] | None = None):
        """Show each problem at its field; return those that belong to no field."""
        aliases = aliases or {}
        left = {}
        for key, message in problems.items():
            name = aliases.get(key, key)
            field = self.fields.get(name)
            if field is None:
                left[key] = message
            else:
                field.error.show_problem(message)
        return left


def fill_combo(combo: QComboBox, choices: list[tuple[object, str]], keep=True) -> None:
    """Refill a combo box with (data, text) pairs, keeping the chosen data when it remains."""
    current = combo.currentData() if keep else None
    combo.blockSignals(True)
    try:
        combo.clear()
        for data, text in choices:
            combo.addItem(text, data)
        index = combo.findData(current) if keep else -1
        combo.setCurrentIndex(index if index >= 0 else (0 if combo.count() else -1))
    finally:
        combo.blockSignals(False)


def run_edit(fields: FieldSet, name: str | None, action: Callable[[], object],
             aliases: dict[str, str] | None = None, general: ErrorLabel | None = None) -> bool:
    """Run one edit; a refusal shows at its fields (else at `name`, else `general`).
    What a field itself cannot read (not a date, not a number) is refused before."""
    typed = fields.typed_problems(None if name is None else [name])
    if typed:
        fields.show_problems(typed)
        return False
    try:
        action()
    except InvalidInput as exc:
        left = fields.show_problems(_form_words(fields, exc.problems, aliases), aliases)
        if left:
            text = "; ".join(f"{key}: {problem_text(msg)}" for key, msg in left.items())
            _show_elsewhere(fields, name, general, text)
        return False
    except ServiceError as exc:
        _show_elsewhere(fields, name, general, str(exc))
        return False
    if name is not None:
        fields[name].error.show_problem("")
    if general is not None:
        general.show_problem("")
    return True


def _show_elsewhere(fields: FieldSet, name, general, text: str) -> None:
    if name is not None:
        fields[name].error.show_problem(text)
    elif general is not None:
        general.show_problem(text)


def _form_words(fields: FieldSet, problems: dict, aliases) -> dict:
    """Say problems in the form's terms: shares as percent (the services bound them to 0..1),
    and an empty number field as missing rather than as not a number."""
    out = {}
    for key, message in problems.items():
        field = fields.fields.get((aliases or {}).get(key, key))
        if field is not None and field.kind == PERCENT and message.startswith("input should"):
            message = translate("Fields", "must be between 0 and 100%")
        elif (field is not None and field.kind in (NUMBER, MONEY, PERCENT)
              and message == "is not a number" and field.value() in (None, "")):
            message = "is required"
        out[key] = message
    return out


def fit_list_height(widget: QListWidget, most: int = 8) -> None:
    """Show up to `most` rows of a check list without a scroll bar."""
    row = widget.sizeHintForRow(0) if widget.count() else widget.fontMetrics().height() + 6
    rows = max(1, min(widget.count(), most))
    widget.setFixedHeight(row * rows + 2 * widget.frameWidth() + 4)


def select_row(view, row: int) -> None:
    """Make a table row current and selected; QTableView.selectRow selects nothing when the
    layout runs right to left."""
    flags = QItemSelectionModel.SelectionFlag
    index = view.model().index(row, 0)
    view.selectionModel().setCurrentIndex(index, flags.ClearAndSelect | flags.Rows)
    view.scrollTo(index)
