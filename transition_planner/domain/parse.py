"""Numbers and dates as people type them: the one parser of each for the whole application.

The matrix import, the services' input models and the window's fields all read typed text
through `parse_number` and `parse_date`, so "250,000" means the same everywhere.

Numbers. Spaces (also no-break and narrow no-break spaces, as French formatting writes them)
and apostrophes group thousands; "." and "," are read by one rule:
- both present: the last one is the decimal separator, the other groups thousands
  ("1.000,50" and "1,000.50" are both 1000.50);
- one of them, more than once: it groups thousands ("1,000,000");
- one of them, once: the language's own decimal separator (`decimal`) is decimal ("12,5" in
  French, "12.5" in English); the other one is a thousands separator when exactly three digits
  follow it and the digits before it could start a group ("250,000" in English is 250 000;
  "250.000" in French is 250 000), and decimal otherwise ("12,5" in English is 12.5, since
  ",5" cannot be a group of thousands).
Thousands groups must be well formed ("1,00,000" and "12,34.5" are refused). Infinity, NaN and
exponents ("1e999") are refused. Arabic-Indic digits and the Arabic decimal and thousands
separators are read as such.

Dates: YYYY-MM-DD (a time of midnight may follow, as spreadsheets write it), or DD/MM/YYYY,
DD.MM.YYYY, DD-MM-YYYY; nothing else may follow ("2026-12-31xyz" is refused); years from 1900
to 2199.
"""

from __future__ import annotations

import math
import re
from datetime import date, datetime
from decimal import Decimal, InvalidOperation

DOT, COMMA = ".", ","
NOT_A_NUMBER = "is not a number"
NOT_A_DATE = "is not a date (use YYYY-MM-DD)"
FIRST_YEAR, LAST_YEAR = 1900, 2199
MAX_DIGITS = 30  # nobody types more; more would overflow a float to infinity
# Languages whose numbers are written with a decimal comma.
_COMMA_LANGUAGES = frozenset({"fr", "pt", "es", "de", "it", "nl", "ru", "tr", "id"})

_SPACES = "\u0020\u00a0\u202f\u2009\u2007"  # space, no-break, narrow no-break, thin, figure
_ARABIC = str.maketrans({
    **{chr(0x0660 + i): str(i) for i in range(10)},  # Arabic-Indic digits
    **{chr(0x06F0 + i): str(i) for i in range(10)},  # Eastern Arabic-Indic digits
    "\u2212": "-",  # minus sign
})
_NUMBER_CHARS = re.compile(r"^[+-]?[0-9.,'\u2019\u066b\u066c" + _SPACES + r"]+$")
_GROUPED = re.compile(r"^[0-9]{1,3}(?:G[0-9]{3})+$")
_ISO = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:[T ]00:00(?::00(?:\.0+)?)?)?$")
_DMY = re.compile(r"^(\d{1,2})([/.-])(\d{1,2})\2(\d{4})$")


class ParseError(ValueError):
    """Typed text that is not a number or a date.

    `reason` is a fixed phrase ("is not a number") a window can translate; `text` is what was
    typed; str() says both: "'1e999' is not a number".
    """

    def __init__(self, text: str, reason: str):
        self.text, self.reason = text, reason
        super().__init__(f"'{text}' {reason}")


def decimal_separator(language: str) -> str:
    """The decimal separator people writing in `language` (a code such as "fr") type."""
    return COMMA if language.split("_")[0].split("-")[0].lower() in _COMMA_LANGUAGES else DOT


def parse_number(value, *, decimal: str = DOT) -> Decimal | None:
    """A number typed as text (or given as a number), exactly; None for blank.

    `decimal` is the decimal separator of the language the text was typed in ("." or ",");
    see the module's docstring for how the other separator is read. Raises ParseError.
    """
    if decimal not in (DOT, COMMA):
        raise ValueError(f"decimal separator must be '.' or ',', not {decimal!r}")
    if value is None:
        return None
    if isinstance(value, bool):
        raise ParseError(str(value), NOT_A_NUMBER)
    if isinstance(value, int):
        return Decimal(value)
    if isinstance(value, float):
        if not math.isfinite(value):
            raise ParseError(str(value), NOT_A_NUMBER)
        return Decimal(repr(value))  # the shortest text that is this float: 0.1, not 0.1000…
    if isinstance(value, Decimal):
        if not value.is_finite():
            raise ParseError(str(value), NOT_A_NUMBER)
        return value
    if not isinstance(value, str):
        raise ParseError(str(value), NOT_A_NUMBER)
    text = value.strip()
    if not text:
        return None
    number = _number_text(text.translate(_ARABIC), decimal)
    if number is None:
        raise ParseError(text, NOT_A_NUMBER)
    try:
        return Decimal(number)
    except InvalidOperation:  # cannot happen for what _number_text returns; refuse anyway
        raise ParseError(text, NOT_A_NUMBER) from None


def _number_text(text: str, decimal: str) -> str | None:
    """`text` as plain digits with '.' as decimal point (e.g. '-1000.50'), or None."""
    if not _NUMBER_CHARS.match(text):
        return None
    sign = text[0] if text[0] in "+-" else ""
    body = text[len(sign):].strip(_SPACES)
    for space in _SPACES + "\u2019":
        body = body.replace(space, "'")  # one kind of thousands space
    if "\u066b" in body:  # the Arabic decimal separator: never anything else
        whole, _sep, fraction = body.partition("\u066b")
        return _assemble(sign, whole, fraction, ("\u066c", "'"))
    body = body.replace("\u066c", "'")
    dot, comma = body.count(DOT), body.count(COMMA)
    other = COMMA if decimal == DOT else DOT
    if dot and comma:
        last = DOT if body.rfind(DOT) > body.rfind(COMMA) else COMMA
        whole, _sep, fraction = body.rpartition(last)
        return _assemble(sign, whole, fraction, (COMMA if last == DOT else DOT, "'"))
    if dot > 1 or comma > 1:
        return _assemble(sign, body, "", (DOT if dot else COMMA, "'"))
    if dot or comma:
        sep = DOT if dot else COMMA
        whole, _sep, fraction = body.partition(sep)
        if sep == other and len(fraction) == 3 and _could_group(whole):
            return _assemble(sign, body, "", (sep, "'"))
        return _assemble(sign, whole, fraction, ("'",))
    return _assemble(sign, body, "", ("'",))


def _could_group(whole: str) -> bool:
    """Whether digits before a separator can be the start of a number grouped by thousands."""
    plain = whole.replace("'", "")
    return bool(plain) and plain[0] != "0" and (
        len(plain) <= 3 or bool(_GROUPED.match(whole.replace("'", "G"))))


def _assemble(sign: str, whole: str, fraction: str, group_marks: tuple[str, ...]) -> str | None:
    """Check the digits before and after the decimal separator; None when malformed."""
    marks = [m for m in group_marks if m in whole]
    if len(marks) > 1:
        return None  # two kinds of thousands separator in one number
    if marks:
        if not _GROUPED.match(whole.replace(marks[0], "G")):
            return None
        whole = whole.replace(marks[0], "")
    if not whole.isdigit() and whole:
        return None
    if fraction and not fraction.isdigit():
        return None
    if (not whole and not fraction) or len(whole) + len(fraction) > MAX_DIGITS:
        return None
    return f"{sign}{whole or '0'}" + (f".{fraction}" if fraction else "")


def parse_date(value) -> date | None:
    """A date typed as text (or given as a date); None for blank. Raises ParseError."""
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if not isinstance(value, str):
        raise ParseError(str(value), NOT_A_DATE)
    text = value.strip()
    if not text:
        return None
    iso, dmy = _ISO.match(text), _DMY.match(text)
    try:
        if iso:
            year, month, day = (int(g) for g in iso.groups())
        elif dmy:
            day, _sep, month, year = dmy.groups()
            year, month, day = int(year), int(month), int(day)
        else:
            raise ValueError(text)
        if not FIRST_YEAR <= year <= LAST_YEAR:
            raise ValueError(text)
        return date(year, month, day)
    except ValueError:
        raise ParseError(text, NOT_A_DATE) from None
