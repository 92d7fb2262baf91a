"""The window's one date field: typed in the locale's format (or ISO), or picked on a calendar."""

from __future__ import annotations

import re
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QCalendarWidget,
    QHBoxLayout,
    QLineEdit,
    QMenu,
    QToolButton,
    QWidget,
    QWidgetAction,
)

translate = QCoreApplication.translate  # lupdate finds translate("Context", "text")
ISO = "yyyy-MM-dd"
_ISO_TEXT = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
_PARTS = re.compile(r"^(\d{1,4})[/.\-](\d{1,2})[/.\-](\d{1,4})$")


def date_format(locale: QLocale | None = None) -> str:
    """The locale's short numeric date with a four-digit year: dd/MM/yyyy in French and
    British English, MM/dd/yyyy in American English; ISO where the locale writes month names."""
    short = (locale or QLocale()).dateFormat(QLocale.FormatType.ShortFormat)
    order = [c for c in dict.fromkeys(ch for ch in short if ch in "dMy")]
    separator = next((ch for ch in short if ch in "/.-"), "")
    if "MMM" in short or sorted(order) != ["M", "d", "y"] or not separator:
        return ISO
    return separator.join({"d": "dd", "M": "MM", "y": "yyyy"}[c] for c in order)


def format_hint(fmt: str) -> str:
    """The format as a person reads it: DD/MM/YYYY (JJ/MM/AAAA in French)."""
    letters = {"d": translate("DateField", "D"), "M": translate("DateField", "M"),
               "y": translate("DateField", "Y")}
    return "".join(letters.get(ch, ch) for ch in fmt)


def show_date(value: date | None, fmt: str) -> str:
    if value is None:
        return ""
    return QDate(value.year, value.month, value.day).toString(fmt)


def parse_date(text: str, fmt: str) -> date | None:
    """A typed date in the field's format, in ISO (2027-12-31) or as eight digits; None when
    empty. Raises ValueError rather than guess: a two-digit year or 31/02 is refused."""
    text = text.strip()
    if not text:
        return None
    iso = _ISO_TEXT.match(text)
    if iso:
        return date(*map(int, iso.groups()))
    order = [c for c in fmt if c in "dMy"]
    order = list(dict.fromkeys(order))
    if text.isdigit() and len(text) == 8:
        sizes = {"d": 2, "M": 2, "y": 4}
        parts, at = {}, 0
        for c in order:
            parts[c] = text[at:at + sizes[c]]
            at += sizes[c]
        try:
            return _checked(parts)
        except ValueError:
            return _checked({"y": text[:4], "M": text[4:6], "d": text[6:]})
    match = _PARTS.match(text)
    if not match:
        raise ValueError(text)
    return _checked(dict(zip(order, match.groups(), strict=True)))


def _checked(parts: dict[str, str]) -> date:
    if len(parts["y"]) != 4 or not 1900 <= int(parts["y"]) <= 2199:
        raise ValueError("year")
    return date(int(parts["y"]), int(parts["M"]), int(parts["d"]))


class DateField(QWidget):
    """A date or nothing: typed in the displayed format, or chosen on the calendar (▾).

    `value()` is a date, None when empty, or the typed text when it is no date (then
    `problem()` says how to write one); an understood date is shown back in the format.
    """

    editingFinished = Signal()  # noqa: N815 (named like QLineEdit's, which forms connect to)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.fmt = date_format()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        self.edit = QLineEdit(self)
        self.edit.setClearButtonEnabled(True)
        self.edit.setPlaceholderText(format_hint(self.fmt))
        self.edit.setMinimumWidth(self.edit.fontMetrics().horizontalAdvance("88/88/88888") + 40)
        self.button = QToolButton(self)
        self.button.setArrowType(Qt.ArrowType.DownArrow)
        self.button.setToolTip(translate("DateField", "Choose the date on a calendar"))
        self.button.setAccessibleName(translate("DateField", "Calendar"))
        self.button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # leaving the text saves it
        self.calendar = QCalendarWidget()
        self.calendar.setGridVisible(True)
        self.menu = QMenu(self)
        action = QWidgetAction(self.menu)
        action.setDefaultWidget(self.calendar)
        self.menu.addAction(action)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.button)
        self.setFocusProxy(self.edit)
        self.button.clicked.connect(self.open_calendar)
        self.calendar.clicked.connect(self._picked)
        self.calendar.activated.connect(self._picked)
        self.edit.editingFinished.connect(self._finished)

    # --- value ---------------------------------------------------------------------------

    def value(self) -> date | str | None:
        try:
            return parse_date(self.edit.text(), self.fmt)
        except ValueError:
            return self.edit.text().strip()

    def set_value(self, value: date | None) -> None:
        self.edit.setText(show_date(value, self.fmt) if isinstance(value, date)
                          else (value or ""))

    def problem(self) -> str:
        """What is wrong with the typed text ('' when it is a date or empty)."""
        value = self.value()
        if not isinstance(value, str):
            return ""
        return translate("DateField", "is not a date: write it as {format} (e.g. {example})"
                         ).format(format=format_hint(self.fmt),
                                  example=show_date(date(2027, 12, 31), self.fmt))

    def text(self) -> str:
        return self.edit.text()

    def setText(self, text: str) -> None:  # noqa: N802 (Qt's spelling, as QLineEdit)
        self.edit.setText(text)

    def setPlaceholderText(self, text: str) -> None:  # noqa: N802
        self.edit.setPlaceholderText(text)

    def placeholderText(self) -> str:  # noqa: N802
        return self.edit.placeholderText()

    def setToolTip(self, text: str) -> None:  # noqa: N802
        hint = translate("DateField", "Write dates as {format}, or pick one with ▾").format(
            format=format_hint(self.fmt))
        super().setToolTip(f"{text}\n{hint}" if text else hint)
        self.edit.setToolTip(self.toolTip())

    def setAccessibleName(self, name: str) -> None:  # noqa: N802
        super().setAccessibleName(name)
        self.edit.setAccessibleName(name)

    # --- calendar ------------------------------------------------------------------------

    def open_calendar(self) -> None:
        shown = self.value()
        day = shown if isinstance(shown, date) else date.today()
        self.calendar.setSelectedDate(QDate(day.year, day.month, day.day))
        self.menu.popup(self.mapToGlobal(self.rect().bottomLeft()))
        self.calendar.setFocus()

    def _picked(self, qdate: QDate) -> None:
        self.menu.close()
        self.edit.setText(qdate.toString(self.fmt))
        self.edit.setFocus()
        self.editingFinished.emit()

    def _finished(self) -> None:
        value = self.value()
        if isinstance(value, date):  # show what was understood: 2027-03-31 -> 31/03/2027
            shown = show_date(value, self.fmt)
            if shown != self.edit.text():
                self.edit.setText(shown)
        self.editingFinished.emit()
