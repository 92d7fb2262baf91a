"""Numbers, money and dates as the dashboard writes them (no pyqtgraph: the page uses these)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QLocale


def locale() -> QLocale:
    """The window's locale, always with thousands separators (2,240,833 not 2240833)."""
    current = QLocale()
    current.setNumberOptions(current.numberOptions() & ~QLocale.NumberOption.OmitGroupSeparator)
    return current


def number(value, decimals: int = 0) -> str:
    if isinstance(value, int):
        return locale().toString(value)
    return locale().toString(float(value), "f", decimals)


def signed(value, decimals: int = 0) -> str:
    """A change: +3, -1, 0."""
    return ("+" if value > 0 else "") + number(value, decimals)


def money(amount, currency: str) -> str:
    """Money as every output writes it: the currency code and the amount to the cent."""
    return f"{currency} {number(amount, 2)}"


def qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def day_text(day: date) -> str:
    """30 Jun 2027 (month names in the window's language)."""
    return locale().toString(qdate(day), "d MMM yyyy")


def month_text(day: date, long: bool = False) -> str:
    return locale().toString(qdate(day), "MMMM yyyy" if long else "MMM yyyy")


def short_money(value: float) -> str:
    """1.2M, 350k: tick labels that stay short."""
    size = abs(value)
    if size >= 1e9:
        return number(value / 1e9, 1) + "B"
    if size >= 1e6:
        return number(value / 1e6, 1) + "M"
    if size >= 1e3:
        return number(value / 1e3) + "k"
    return number(value)


def elide(text: str, limit: int = 42) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def wrap(text: str, width: int = 18, lines: int = 2) -> str:
    """Break a label into at most `lines` lines of about `width` characters."""
    out, current = [], ""
    for word in text.split():
        if current and len(current) + 1 + len(word) > width:
            out.append(current)
            current = word
        else:
            current = f"{current} {word}".strip()
    out.append(current)
    if len(out) > lines:
        out = out[: lines - 1] + [elide(" ".join(out[lines - 1:]), width)]
    return "\n".join(out)
