"""Combo boxes: a filter's or a chart's named chooser (`named_combo`), and one for lists of
thousands (every capacity, every handover of the plan) in which typing filters the list to the
entries containing what is typed, anywhere in their text (`SearchableCombo`)."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtWidgets import QComboBox, QCompleter

DATA_ROLE = Qt.ItemDataRole.UserRole  # what QComboBox.currentData() and findData() read


def named_combo(name: str, accessible: str, min_chars: int = 12) -> QComboBox:
    """A combo box the window's tests and settings find by `name`, which screen readers and
    its tooltip call `accessible`; about `min_chars` wide whatever its entries, so a long
    entry does not push the controls beside it off a 1366-pixel screen."""
    combo = QComboBox()
    combo.setObjectName(name)
    combo.setAccessibleName(accessible)
    combo.setToolTip(accessible)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(min_chars)
    return combo


class ChoiceModel(QAbstractTableModel):
    """(data, text) pairs replaced in one go: 10,000 addItem() calls block the window."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._choices: list[tuple[object, str]] = []

    def set_choices(self, choices) -> None:
        self.beginResetModel()
        self._choices = [(data, text) for data, text in choices]
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._choices)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 1  # a table of one column: callable without a parent

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._choices):
            return None
        data, text = self._choices[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole,
                    Qt.ItemDataRole.ToolTipRole):
            return text
        if role == DATA_ROLE:
            return data
        return None


class SearchableCombo(QComboBox):
    """An editable combo whose completer pops up the entries containing the typed text (any
    case); Return or a click picks one, which `activated` reports as a pick from the list
    does. Text that names no entry is put back to the current choice when the field is left,
    so the value is always one of the choices."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.choices = ChoiceModel(self)
        self.setModel(self.choices)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        # measuring 10,000 entries to size the box would block the window as well
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(16)
        completer = QCompleter(self.choices, self)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        completer.setMaxVisibleItems(12)
        self.setCompleter(completer)
        self.lineEdit().editingFinished.connect(self._settle_text)

    def set_choices(self, choices, keep: bool = True, first: bool = True) -> None:
        """Replace the (data, text) choices, keeping the current choice when it remains;
        else the first entry is chosen, or none (first=False: nothing until one is picked)."""
        current = self.currentData() if keep else None
        self.blockSignals(True)
        self.choices.set_choices(choices)
        index = self.findData(current) if current is not None else -1
        self.setCurrentIndex(index if index >= 0 else (0 if first and self.count() else -1))
        self.blockSignals(False)

    def chosen_text(self) -> str:
        """The current choice's text (currentText() is whatever has been typed)."""
        return self.itemText(self.currentIndex())

    def _settle_text(self) -> None:
        """Leaving the field with text that names no entry shows the current choice again."""
        shown = self.chosen_text()
        if self.lineEdit().text() != shown:
            self.lineEdit().setText(shown)
