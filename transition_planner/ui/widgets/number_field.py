"""The window's one number field: reads what the locale writes (1,200,000 / 1 200 000 / 2,5)."""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import QLineEdit

translate = QCoreApplication.translate
_SPACES = re.compile(r"[\s\u00a0\u202f\u2009']")
_GROUPED = re.compile(r"^\d{1,3}(\d{3})*$")


def parse_number(text: str, locale: QLocale | None = None) -> Decimal | None:
    """A typed number as a Decimal (None when empty). Spaces of any kind group thousands;
    of '.' and ',' the last one, or the locale's decimal mark, is the decimal point, and any
    other must group by threes. Raises ValueError rather than guess (1,20,0 is refused)."""
    text = _SPACES.sub("", text.strip())
    if not text:
        return None
    sign = ""
    if text[0] in "+-":
        sign, text = text[0].replace("+", ""), text[1:]
    marks = [ch for ch in text if ch in ".,"]
    decimal_mark = (locale or QLocale()).decimalPoint()
    whole, fraction = text, ""
    if marks:
        last = marks[-1]
        tail = text.rsplit(last, 1)[1]
        is_decimal = (len(set(marks)) == 2 or (marks.count(last) == 1 and (
            last == decimal_mark or len(tail) != 3)))
        if is_decimal:
            whole, fraction = text.rsplit(last, 1)
        group = next((m for m in marks if m != last), None) if is_decimal else last
        if group is not None:
            if not _GROUPED.match(whole.replace(group, "")) or any(
                    len(part) != 3 for part in whole.split(group)[1:]):
                raise ValueError(text)
            whole = whole.replace(group, "")
    if not (whole.isdigit() or (whole == "" and fraction)) or not (
            fraction == "" or fraction.isdigit()):
        raise ValueError(text)
    try:
        return Decimal(f"{sign}{whole or '0'}.{fraction or '0'}").normalize()
    except InvalidOperation as exc:
        raise ValueError(text) from exc


def show_number(value, locale: QLocale | None = None) -> str:
    """A stored number with the locale's thousands separators and all its decimals."""
    if value is None or value == "":
        return ""
    number = Decimal(str(value))
    locale = locale or QLocale()
    sign = "-" if number < 0 else ""
    text = f"{abs(number):f}"
    whole, _, fraction = text.partition(".")
    fraction = fraction.rstrip("0")
    groups = []
    while len(whole) > 3:
        whole, groups = whole[:-3], [whole[-3:], *groups]
    grouped = locale.groupSeparator().join([whole, *groups])
    return sign + grouped + (locale.decimalPoint() + fraction if fraction else "")


class NumberField(QLineEdit):
    """A number or nothing; `value()` is its text as the services read it ('1200000.5'),
    the typed text itself when it is no number (then `problem()` says so)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.editingFinished.connect(self._tidy)

    def value(self) -> str | None:
        try:
            number = parse_number(self.text())
        except ValueError:
            return self.text().strip()
        return None if number is None else f"{number:f}"

    def set_value(self, value) -> None:
        self.setText(show_number(value))

    def problem(self) -> str:
        try:
            parse_number(self.text())
        except ValueError:
            return translate("NumberField", "is not a number (e.g. {example})").format(
                example=show_number(Decimal("1200000.5")))
        return ""

    def _tidy(self) -> None:
        """Show an understood number the way the locale writes it."""
        if not self.problem() and self.text().strip():
            self.setText(show_number(self.value()))
