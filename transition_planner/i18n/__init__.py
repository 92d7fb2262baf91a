'''The core's languages: gettext catalogues and Babel formatting, without Qt.

The core (domain, services, exchange, reports, the command line) keeps its words in English in
the code and looks them up in gettext catalogues, one folder per language:
``resources/locale/<lang>/LC_MESSAGES/transition_planner.po`` (edited with any PO editor; the
.mo is built from it). The window's own strings stay in Qt Linguist's .ts files. One command
updates both and builds both::

    python -m transition_planner.ui.translations --update   # re-extract .po and .ts, build
    python -m transition_planner.ui.translations            # build .mo and .qm only

and ``tests/test_catalogues.py`` fails on any message missing, vanished, untranslated or with
its placeholders changed, in either system.

Using it
--------
::

    from transition_planner.i18n import N_, translator

    t = translator("fr")                       # "en", "fr", "ar"; None: the current language
    t._("Funding")                             # gettext: 'Financement'
    t._("%(actor)s is not ready", actor=name)  # gettext, then %-formatting with the params
    t.n_("%(num)s month", "%(num)s months", n) # plural through the catalogue's Plural-Forms
                                               # (Arabic's six); %(num)s is n in the language's
                                               # digits/separators, other params as for _()
    t.p_("handover status", "planned")         # pgettext: a short word whose sense needs a
                                               # context; np_(ctx, singular, plural, n, **params)
    t.gettext / t.ngettext / t.pgettext / t.npgettext   # the raw gettext calls

    t.number(1250000.5)           # '1,250,000.5' | '1 250 000,5' (U+202F) | '1,250,000.5'
    t.integer(1250000)            # '1,250,000'   | '1 250 000'
    t.money(Decimal("1250000"), "USD")   # 'USD 1,250,000.00' | '1 250 000,00 USD'
                                         # | '‏1,250,000.00 USD' (ISO code, to the cent)
    t.money(amount, "USD", symbol=True)  # the language's symbol: '1 250 000,00 $US'
    t.percent(0.333)              # '33.3%' | '33,3 %' | '33.3%'   (a share of 0..1)
    t.date(d)                     # '1 March 2026' | '1er mars 2026' | '1 مارس 2026'
    t.date(d, "short")            # '01/03/2026' | '01/03/2026' | '1‏/3‏/2026'
    t.month_year(d)               # 'March 2026' | 'mars 2026' | 'مارس 2026'
    t.month_name(3)               # 'March' | 'mars' | 'مارس'
    t.plural_category(11)         # CLDR's category: Arabic 'zero' 'one' 'two' 'few' 'many' 'other'
    t.lang, t.right_to_left       # 'ar', True

Digits are Latin in every language (Babel's default numbering system), Arabic included; the
French thousands separator is U+202F, French puts U+00A0 before '%' and currency codes, and
writes the first of the month '1er'.

Rules for the strings (so extraction finds them and translators can do their work):

- Call the translator's methods with literal text: ``t._("...")``, never ``t._(variable)``.
  Babel extracts ``_``, ``n_``, ``p_``, ``np_``, ``gettext``, ``ngettext``, ``pgettext``,
  ``npgettext``, ``N_`` and ``NP_`` calls from every module outside ``ui/``.
- A message worded later (a label table, a flag kind): mark it with ``N_("text")`` or
  ``NP_("context", "text")`` where it is written, look it up with ``t._(text)`` /
  ``t.p_(context, text)`` where it is shown.
- Placeholders are named (``%(actor)s``) so that a language can reorder them; pass values
  already formatted (``t.date(d)``, ``t.money(...)``): the catalogue holds no format codes.
- Whole sentences, not pieces glued together: French and Arabic order words differently.
- A comment ``# Translators: ...`` just above a call goes into the .po for the translator.

Wording the core's data
-----------------------
- A gap flag: ``domain.wording.word_flag(flag, t)`` (its ``words`` are data; ``flag.message``
  is English); ``flag_title(kind, t)`` and ``severity_word(severity, t)`` name its kind and
  severity. From ``gaps --json`` output (no Flag objects), word a flag from its ``details``.
- A check result: ``services.check.Problem.word(t)`` (it is also its English str).
- A service error: ``error.word(t)``; ``str(error)`` words it in the current language.
- A taxonomy term: ``Taxonomy.label(kind, code, lang)`` / ``Term.label_for(lang)`` give French
  and Arabic for built-in terms (resources/taxonomy.json is extracted into the catalogue).
- Counts: ``i18n.counts.months(t, n)``, ``days``, ``flags``, ``problems``.

The current language: the command line sets it from ``--lang`` (default: the system's,
``system_language()``), the window from its language menu (``set_language``);
``translator(None)`` and ``current()`` give its translator. The core itself keeps data (kinds
and parameters) and words it only where it meets a person.

Adding a language: a folder ``resources/locale/<lang>/LC_MESSAGES/`` with a .po made by
``python -m transition_planner.ui.translations --update --add <lang>`` (and the window's
``resources/translations/transition_planner_<lang>.ts``), then add the code to LANGUAGES.
'''

from __future__ import annotations

from functools import cache
from pathlib import Path

from transition_planner.i18n.formats import Formats

ENGLISH, FRENCH, ARABIC = "en", "fr", "ar"
LANGUAGES = (ENGLISH, FRENCH, ARABIC)
RIGHT_TO_LEFT = frozenset({ARABIC})

_state = {"language": ENGLISH}


def N_(message: str) -> str:
    """Marks a message for extraction where it is written; it is looked up where shown."""
    return message


def NP_(context: str, message: str) -> str:
    """N_ with a context (see `Translator.p_`)."""
    return message


def normalize(lang: str | None) -> str:
    """A supported language code from a code or a locale name ('fr_CD.UTF-8' -> 'fr');
    English for anything else."""
    if not lang:
        return ENGLISH
    code = lang.split(".")[0].split("@")[0].replace("-", "_").split("_")[0].lower()
    return code if code in LANGUAGES else ENGLISH


def system_language(environ=None) -> str:
    """The system's language as gettext finds it (LANGUAGE, LC_ALL, LC_MESSAGES, LANG), if
    the tool has it; else English."""
    import os

    environ = os.environ if environ is None else environ
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = environ.get(name)
        if not value:
            continue
        for candidate in value.split(":"):  # LANGUAGE is a list of preferences
            if candidate in ("C", "POSIX") or candidate.startswith("C."):
                return ENGLISH
            if normalize(candidate) != ENGLISH or candidate.lower().startswith("en"):
                return normalize(candidate)
    return ENGLISH


def set_language(lang: str | None) -> str:
    """Make `lang` the language the core words things in when none is given."""
    _state["language"] = normalize(lang)
    return _state["language"]


def current_language() -> str:
    return _state["language"]


def current() -> Translator:
    return translator(None)


def is_right_to_left(lang: str) -> bool:
    return normalize(lang) in RIGHT_TO_LEFT


class Translator(Formats):
    """One language's messages (gettext) and formats (Babel)."""

    def __init__(self, lang: str, translations=None):
        super().__init__(lang)
        import gettext

        self.translations = translations or gettext.NullTranslations()
        self.right_to_left = lang in RIGHT_TO_LEFT
        self.gettext = self.translations.gettext
        self.ngettext = self.translations.ngettext
        self.pgettext = self.translations.pgettext
        self.npgettext = self.translations.npgettext

    def _(self, message: str, **params) -> str:
        text = self.gettext(message)
        return text % params if params else text

    def p_(self, context: str, message: str, **params) -> str:
        text = self.pgettext(context, message)
        return text % params if params else text

    def n_(self, singular: str, plural: str, n: int, **params) -> str:
        params.setdefault("num", self.integer(n))
        return self.ngettext(singular, plural, n) % params

    def np_(self, context: str, singular: str, plural: str, n: int, **params) -> str:
        params.setdefault("num", self.integer(n))
        return self.npgettext(context, singular, plural, n) % params

    def __repr__(self) -> str:
        return f"Translator({self.lang!r})"


def translator(lang: str | None = None, folder: Path | None = None) -> Translator:
    """The translator of `lang` (None: the current language); one per language."""
    return _translator(normalize(lang) if lang else current_language(), folder)


@cache
def _translator(lang: str, folder: Path | None) -> Translator:
    if lang == ENGLISH:
        return Translator(lang)
    from transition_planner.i18n.catalogue import load_gettext

    return Translator(lang, load_gettext(lang, folder))


def reload() -> None:
    """Forget the loaded catalogues (after they were rebuilt)."""
    _translator.cache_clear()
