"""Numbers, money, shares, dates and months in one language, through Babel (CLDR data).

English is British English (en_GB: '1 March 2026'), as the UN writes it. Digits are Latin in
every language (Babel's default numbering system; CLDR's Modern Standard Arabic, 'ar', uses
them too): the plans, the workbooks, the partners' figures and the UN's Arabic documents use
them. The window's Qt locales (ui/translations.py, QT_LOCALES: Arabic is ar_001) write the same
digits, separators and month names, so a figure reads the same in the window, the PDF, the
workbook and the command line (tests/test_same_figures.py).
"""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal
from functools import cache

CENT = Decimal("0.01")
ENGLISH_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
                  "September", "October", "November", "December")
# Babel's locale for each language of the tool
BABEL_LOCALES = {"en": "en_GB", "fr": "fr", "ar": "ar"}


@cache
def babel_locale(lang: str):
    from babel import Locale

    return Locale.parse(BABEL_LOCALES.get(lang, lang))


@cache
def _money_pattern(lang: str):
    """The language's currency pattern with the ISO code (USD) in place of the symbol ($): the
    code tells the dollars of different countries apart and reads the same in every language.
    Where the code touches the digits (English: 'USD1,250.00') a space goes between."""
    from babel.numbers import parse_pattern

    pattern = babel_locale(lang).currency_formats["standard"].pattern
    pattern = pattern.replace("¤", "¤¤")
    pattern = re.sub(r"¤¤(?=[#0])", "¤¤ ", pattern)
    pattern = re.sub(r"(?<=[#0])¤¤", " ¤¤", pattern)
    return parse_pattern(pattern)


@cache
def _percent_pattern(lang: str):
    """The language's percent pattern with at most one decimal ('33.3%', '33,3 %')."""
    from babel.numbers import parse_pattern

    pattern = parse_pattern(babel_locale(lang).percent_formats[None].pattern)
    pattern.frac_prec = (0, 1)
    return pattern


class Formats:
    """Formatting for one language; `Translator` objects carry one as `.formats`."""

    def __init__(self, lang: str):
        self.lang = lang
        self._days: dict[tuple[date, str], str] = {}
        self._percents: dict[float, str] = {}
        self._integers: dict[int, str] = {}  # counts repeat: Babel takes 30 us for each
        self._amounts: dict[tuple[str, str], str] = {}
        # English needs no CLDR pattern for these (the gap engine words every flag in English
        # as it computes: Babel's pattern machinery would triple its time)
        self._plain = lang == "en"

    @property
    def locale(self):
        return babel_locale(self.lang)

    def number(self, value, decimals: int | None = None) -> str:
        """A number with the language's separators ('1,250,000.5', '1 250 000,5'); `decimals`
        fixes the number of decimals shown."""
        from babel.numbers import format_decimal

        if decimals is None:
            return format_decimal(value, locale=self.locale)
        fmt = "#,##0" + ("." + "0" * decimals if decimals else "")
        return format_decimal(value, format=fmt, locale=self.locale)

    def integer(self, value: int) -> str:
        if self._plain:
            return f"{value:,}"
        text = self._integers.get(value)
        if text is None:
            from babel.numbers import format_decimal

            text = format_decimal(value, format="#,##0", locale=self.locale)
            if len(self._integers) < 10_000:
                self._integers[value] = text
        return text

    def money(self, amount: Decimal | str | float, currency: str, symbol: bool = False) -> str:
        """An amount to the cent with its ISO code, as the language writes money
        ('USD 1,250,000.00', '1 250 000,00 USD'); `symbol` puts the language's symbol
        instead ('1 250 000,00 $US')."""
        if type(amount) is not Decimal:
            amount = Decimal(str(amount))
        amount = amount.quantize(CENT)
        if self._plain and not symbol:
            return f"{currency} {amount:,}"  # as the tool always wrote it ('USD -1,250.00')
        if symbol:
            from babel.numbers import format_currency

            return format_currency(amount, currency, locale=self.locale)
        key = (str(amount), currency)  # (the text: -0.00 and 0.00 are equal Decimals)
        text = self._amounts.get(key)
        if text is None:  # Babel takes 60 us for each; a plan's amounts repeat
            text = _money_pattern(self.lang).apply(amount, self.locale, currency=currency)
            if len(self._amounts) < 10_000:
                self._amounts[key] = text
        return text

    def percent(self, share: float) -> str:
        """A share of 0..1 as a percentage with at most one decimal ('33.3%', '33,3 %')."""
        text = self._percents.get(share)
        if text is None:
            # rounded by Python first, as the English flags always were
            rounded = round(share * 100, 1)
            if self._plain and abs(rounded) < 1000:
                text = f"{rounded:g}%"
            else:
                text = _percent_pattern(self.lang).apply(Decimal(str(rounded)) / 100,
                                                         self.locale)
            if len(self._percents) < 10_000:
                self._percents[share] = text
        return text

    def date(self, d: date, length: str = "long") -> str:
        """A day: long '1 March 2026' / '1er mars 2026' / '1 مارس 2026', or short, medium."""
        key = (d, length)
        text = self._days.get(key)
        if text is None and self._plain and length == "long":
            # en_GB's long date ('d MMMM y'), as Babel writes it (tests/test_i18n.py checks):
            # the flags of `gaps` then need neither Babel nor its locale data (0.04 s)
            text = self._days[key] = f"{d.day} {ENGLISH_MONTHS[d.month - 1]} {d.year}"
        if text is None:
            from babel.dates import format_date

            text = format_date(d, length, locale=self.locale)
            if self.lang == "fr" and d.day == 1 and length != "short":
                text = "1er" + text[1:]  # French writes the first of the month as an ordinal
            self._days[key] = text
        return text

    def month_year(self, d: date) -> str:
        """'March 2026', 'mars 2026', 'مارس 2026' (the month standing alone)."""
        from babel.dates import format_date

        return format_date(d, "LLLL y", locale=self.locale)

    def month_name(self, month: int, width: str = "wide") -> str:
        """A month's name on its own (1 = January): wide 'March', abbreviated 'Mar'."""
        return self.locale.months["stand-alone"][width][month]

    def plural_category(self, n: int) -> str:
        """CLDR's plural category of n: 'one', 'other'; Arabic also 'zero', 'two', 'few',
        'many'."""
        return self.locale.plural_form(n)
