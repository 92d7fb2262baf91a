"""The report's words in its language: the core's gettext catalogue and Babel's formats (the
i18n package), with what a PDF needs on top (names kept whole in right-to-left sentences, fixed
decimals, half-up rounding). Nothing here is one language's: the words are in the catalogue."""

from __future__ import annotations

from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from functools import cache

from transition_planner.i18n import LANGUAGES, translator

# Bidirectional marks CLDR puts in Arabic numbers ('‏1,250.00 USD'): the PDF orders each line
# itself (reports/arabic.py) and its fonts draw no glyph for them.
_MARKS = str.maketrans("", "", "\u200e\u200f\u061c")


def check_language(lang: str) -> str:
    if lang not in LANGUAGES:
        raise ValueError(f"unknown report language '{lang}' (use {', '.join(LANGUAGES)})")
    return lang


class Words:
    """Text, taxonomy labels, numbers and dates in one report language.

    ``words._(msgid, **params)``, ``p_``, ``n_`` and ``np_`` are the i18n translator's (see
    transition_planner.i18n), except that in a right-to-left language a Latin parameter (a
    name, an acronym) is embedded left to right so that its brackets and order survive."""

    def __init__(self, lang: str, taxonomy=None):
        self.lang = check_language(lang)
        self.translator = translator(lang)
        self.rtl = self.translator.right_to_left
        self.taxonomy = taxonomy
        self.locale = self.translator.locale
        self._numbers: dict[tuple, str] = {}  # (value, decimals or currency) -> text
        self._months: dict[tuple[int, int], str] = {}

    def _(self, message: str, **params) -> str:
        text = self.translator.gettext(message)
        return text % self._values(params) if params else text

    def p_(self, context: str, message: str, **params) -> str:
        text = self.translator.pgettext(context, message)
        return text % self._values(params) if params else text

    def n_(self, singular: str, plural: str, n: int, **params) -> str:
        params.setdefault("num", self.number(n))
        return self.translator.ngettext(singular, plural, n) % self._values(params)

    def np_(self, context: str, singular: str, plural: str, n: int, **params) -> str:
        params.setdefault("num", self.number(n))
        return self.translator.npgettext(context, singular, plural, n) % self._values(params)

    def _values(self, values: dict) -> dict:
        if not self.rtl:
            return values
        from transition_planner.reports.arabic import embed_ltr

        return {k: embed_ltr(v) if isinstance(v, str) else v for k, v in values.items()}

    def label(self, kind: str, code: str | None) -> str:
        """A taxonomy term in the report's language (a user's own term keeps its label)."""
        if not code:
            return ""
        if self.taxonomy is None:
            return code
        return self.taxonomy.label(kind, code, self.lang)

    # --- numbers (Babel's patterns and symbols) ---------------------------------------------

    # A report writes tens of thousands of figures, most of them many times: each is formatted
    # once (Babel's pattern machinery costs ~20 us a call, ten times the old hand-made code).

    def number(self, value, decimals: int = 0) -> str:
        """A number with exactly `decimals` decimals and the language's grouping and marks."""
        rounded = _rounded(value, decimals)
        key = (rounded, decimals)
        text = self._numbers.get(key)
        if text is None:
            pattern = _pattern(self.lang, "#,##0" + ("." + "0" * decimals if decimals else ""))
            text = pattern.apply(abs(rounded) if not rounded else rounded,  # no "-0.0"
                                 self.locale).translate(_MARKS)
            self._numbers[key] = text
        return text

    def percent(self, share: float, decimals: int = 0) -> str:
        """A share (0..1) as a percentage with exactly `decimals` decimals."""
        rounded = _rounded(share * 100, decimals)
        key = (rounded, -1 - decimals)
        text = self._numbers.get(key)
        if text is None:
            pattern = _pattern(self.lang, _fixed(self.locale.percent_formats[None].pattern,
                                                 decimals))
            text = pattern.apply((abs(rounded) if not rounded else rounded) / 100,
                                 self.locale).translate(_MARKS)
            self._numbers[key] = text
        return text

    def money(self, amount, currency: str) -> str:
        """An amount to the cent with its ISO code, as every output writes money (the parts a
        donor adds up give the totals shown)."""
        rounded = Decimal(str(amount)).quantize(Decimal("0.01"), ROUND_HALF_UP)
        key = (rounded, currency)
        text = self._numbers.get(key)
        if text is None:
            text = self._numbers[key] = self.translator.money(rounded, currency).translate(_MARKS)
        return text

    def moneys(self, amounts: dict) -> str:
        """Amounts in several currencies, e.g. 'USD 1,200; EUR 300'."""
        if not amounts:
            return self.number(0)
        return self.p_("list of amounts", "; ").join(
            self.money(a, c) for c, a in sorted(amounts.items()))

    def join(self, items) -> str:
        """Items of a list in a sentence ('a, b, c'; Arabic with its own comma)."""
        return self.p_("list of items", ", ").join(items)

    def share(self, value: float) -> str:
        return self.percent(value, 0 if abs(value * 100 - round(value * 100)) < 1e-9 else 1)

    def digits(self, text: str) -> str:
        """Digits in a text made for this language (a year as a column header)."""
        return self.number(int(text)).replace(self.locale.number_symbols["latn"]["group"], "") \
            if text.isdigit() else text

    # --- dates -----------------------------------------------------------------------------

    def date(self, day: date | None) -> str:
        if day is None:
            return self._("not set")
        return self.translator.date(day).translate(_MARKS)

    def month(self, day: date) -> str:
        """A month and its year, e.g. 'March 2028'."""
        key = (day.year, day.month)
        text = self._months.get(key)
        if text is None:
            text = self._months[key] = self.translator.month_year(day).translate(_MARKS)
        return text

    def month_short(self, day: date) -> str:
        """A compact month label for chart axes, e.g. 'Mar 28'."""
        year = self.number(day.year % 100).rjust(2, self.number(0))
        return f"{self.translator.month_name(day.month, 'abbreviated')} {year}"


@cache
def _pattern(lang: str, pattern: str):
    from babel.numbers import parse_pattern

    return parse_pattern(pattern)


def _rounded(value, decimals: int) -> Decimal:
    """A Decimal rounded half up; a float as Python rounds it (the figures the report always
    showed: 12.5% of a share is 12%)."""
    step = Decimal(1).scaleb(-decimals)
    if isinstance(value, Decimal):
        return value.quantize(step, ROUND_HALF_UP)
    return Decimal(repr(round(float(value), decimals))).quantize(step, ROUND_HALF_UP)


def _fixed(pattern: str, decimals: int) -> str:
    """A CLDR percent pattern ('#,##0%', '#,##0\u00a0%') with exactly `decimals` decimals."""
    if not decimals:
        return pattern
    head, _, tail = pattern.partition("0")
    return f"{head}0.{'0' * decimals}{tail}"
