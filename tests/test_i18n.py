"""The core's languages: formats worked out by hand for each language, catalogues looked up,
Arabic's six plural forms, the language taken from the system."""

from __future__ import annotations

import gettext
from datetime import date
from decimal import Decimal

import pytest

from transition_planner import i18n
from transition_planner.i18n import catalogue, counts, translator

NNBSP, NBSP, RLM = "\u202f", "\xa0", "\u200f"  # French thousands, French before %/$, Arabic mark


def test_money_in_each_language():
    amount = Decimal("1250000")
    assert translator("en").money(amount, "USD") == "USD 1,250,000.00"
    assert translator("fr").money(amount, "USD") == f"1{NNBSP}250{NNBSP}000,00{NBSP}USD"
    assert translator("ar").money(amount, "USD") == f"{RLM}1,250,000.00{NBSP}USD"
    assert translator("fr").money(amount, "USD", symbol=True) == \
        f"1{NNBSP}250{NNBSP}000,00{NBSP}$US"
    assert translator("en").money("1820833.333", "EUR") == "EUR 1,820,833.33"



def test_money_and_counts_worded_again_are_the_same_words():
    """Amounts and counts are remembered once worded (a 10k plan's flags word 16,000 amounts
    and 56,000 counts): the second time gives the first's words, per currency and sign."""
    fr, ar = translator("fr"), translator("ar")
    for _ in range(2):
        assert fr.money(Decimal("1250000"), "USD") == f"1{NNBSP}250{NNBSP}000,00{NBSP}USD"
        assert fr.money(Decimal("1250000"), "EUR") == f"1{NNBSP}250{NNBSP}000,00{NBSP}EUR"
        assert fr.money(Decimal("-0.001"), "USD") == f"-0,00{NBSP}USD"
        assert fr.money(Decimal("0"), "USD") == f"0,00{NBSP}USD"
        assert ar.money(Decimal("1250000"), "USD") == f"{RLM}1,250,000.00{NBSP}USD"
        assert fr.integer(12500) == f"12{NNBSP}500"
        assert ar.integer(12500) == "12,500"
        assert fr.integer(3) == "3"


def test_numbers_and_shares():
    assert translator("en").number(1250000.5) == "1,250,000.5"
    assert translator("fr").number(1250000.5) == f"1{NNBSP}250{NNBSP}000,5"
    assert translator("fr").number(2.5, decimals=2) == "2,50"
    assert translator("en").percent(1 / 3) == "33.3%"
    assert translator("fr").percent(1 / 3) == f"33,3{NBSP}%"
    assert translator("fr").percent(0.5) == f"50{NBSP}%"
    assert translator("ar").percent(0.25) == "25%"
    # rounded by Python to one decimal first, as the English flags always were
    assert translator("en").percent(0.0125) == "1.2%"
    assert translator("en").percent(0.99999) == "100%"


def test_dates_and_months():
    d = date(2026, 3, 1)
    assert [translator(lang).date(d) for lang in ("en", "fr", "ar")] == \
        ["1 March 2026", "1er mars 2026", "1 مارس 2026"]
    assert translator("fr").date(date(2026, 3, 2)) == "2 mars 2026"
    assert translator("fr").date(d, "short") == "01/03/2026"
    assert translator("en").month_year(d) == "March 2026"
    assert translator("fr").month_year(date(2026, 8, 1)) == "août 2026"
    assert translator("ar").month_year(date(2026, 8, 1)) == "أغسطس 2026"
    assert translator("fr").month_name(2) == "février"


def test_english_long_dates_are_babels_without_babel():
    """English long dates are written without Babel (the flags of `gaps` word thousands of
    them): the same text as Babel's en_GB, for every month and single- and two-digit days,
    in years of three to four digits."""
    from babel.dates import format_date

    days = [date(year, month, day) for year in (999, 2026, 2100) for month in range(1, 13)
            for day in (1, 9, 10, 28)]
    english = i18n.Translator("en")
    assert [english.date(d) for d in days] == \
        [format_date(d, "long", locale="en_GB") for d in days]


def test_arabic_counts_months_in_six_forms():
    t = translator("ar")
    assert [counts.months(t, n) for n in (0, 1, 2, 3, 11, 100)] == [
        "0 شهر", "شهر واحد", "شهران", "3 أشهر", "11 شهرًا", "100 شهر"]
    assert [t.plural_category(n) for n in (0, 1, 2, 3, 11, 100, 103)] == [
        "zero", "one", "two", "few", "many", "other", "few"]
    assert counts.days(t, 2) == "يومان"


def test_french_and_english_counts():
    fr, en = translator("fr"), translator("en")
    assert [counts.months(en, n) for n in (0, 1, 2)] == ["0 months", "1 month", "2 months"]
    assert [counts.days(fr, n) for n in (0, 1, 2)] == ["0 jour", "1 jour", "2 jours"]
    assert counts.days(fr, 1_000_000) == f"1{NNBSP}000{NNBSP}000 de jours"
    assert counts.problems(fr, 1250) == f"1{NNBSP}250 problèmes"


@pytest.mark.parametrize(("environ", "lang"), [
    ({"LANG": "fr_CD.UTF-8"}, "fr"),
    ({"LANG": "ar_SD.UTF-8"}, "ar"),
    ({"LC_ALL": "ar_LY.UTF-8", "LANG": "fr_FR.UTF-8"}, "ar"),
    ({"LANGUAGE": "de:fr", "LANG": "de_DE.UTF-8"}, "fr"),
    ({"LANG": "de_DE.UTF-8"}, "en"),
    ({"LANG": "C.UTF-8"}, "en"),
    ({}, "en"),
])
def test_the_language_comes_from_the_system_locale(environ, lang):
    assert i18n.system_language(environ) == lang


def test_the_current_language_is_what_the_edge_set():
    try:
        i18n.set_language("fr_CA")
        assert i18n.current().lang == "fr"
        assert translator().lang == "fr"
    finally:
        i18n.set_language("en")
    assert i18n.current().lang == "en"
    assert i18n.is_right_to_left("ar") and not i18n.is_right_to_left("fr")


def test_a_stale_or_missing_mo_is_replaced_by_the_po_read_in_memory(tmp_path):
    """A checkout where nobody ran the build step still speaks French."""
    import shutil

    shutil.copytree(catalogue.LOCALE, tmp_path / "locale", ignore=shutil.ignore_patterns("*.mo"))
    t = i18n.translator("fr", tmp_path / "locale")
    assert counts.months(t, 3) == "3 mois"
    built = catalogue.compile_all(tmp_path / "locale")
    assert sorted(p.parent.parent.name for p in built) == ["ar", "fr"]
    with built[0].open("rb") as f:
        assert gettext.GNUTranslations(f).ngettext("%(num)s month", "%(num)s months", 2) == \
            "%(num)s شهران".replace("%(num)s ", "")


def test_placeholder_check_finds_a_lost_placeholder(tmp_path):
    import shutil

    shutil.copytree(catalogue.LOCALE, tmp_path / "locale", ignore=shutil.ignore_patterns("*.mo"))
    po = catalogue.po_path("fr", tmp_path / "locale")
    text = po.read_text(encoding="utf-8").replace('msgstr[2] "%(num)s mois"', 'msgstr[2] "mois"')
    po.write_text(text, encoding="utf-8")
    assert any("placeholders" in p for p in catalogue.problems("fr", tmp_path / "locale"))
    assert catalogue.problems("fr", catalogue.LOCALE) == []


def test_service_errors_carry_their_words_as_data_and_are_worded_in_the_language():
    from datetime import UTC, datetime

    from transition_planner.services.errors import ChangeBy, Conflict, InvalidInput, NotAllowed

    change = ChangeBy("amina", datetime(2027, 1, 5, tzinfo=UTC), "update",
                      {"annual_cost": [1, 2], "end_date": [None, "2027-06-30"]})
    conflict = Conflict("capacity", "c1", "Radio network", 3, 4, [change])
    assert str(conflict) == ("'Radio network' was changed by amina since you opened it (annual "
                             "cost, end date); your change was not saved. Reload to see theirs, "
                             "or compare and keep one.")
    assert conflict.word("fr").startswith(
        f"«{NBSP}Radio network{NBSP}» a été modifié par amina depuis que vous l’avez ouvert "
        f"(annual cost, end date){NNBSP}; votre modification")
    assert conflict.word("ar").startswith("عدّل amina «Radio network» منذ أن فتحته")
    gone = Conflict("capacity", "c1", "Radio network", 3, None, [])
    assert gone.word("ar") == "حذف شخص ما «Radio network» أثناء تعديلك له؛ لم يُحفظ شيء."
    refused = NotAllowed("Radio network")
    assert refused.params == {"label": "Radio network"}
    assert refused.word("fr").startswith(f"Votre compte ne peut pas modifier «{NBSP}Radio")
    problems = InvalidInput({"name": "is required", "annual_cost": "must not be negative"})
    assert problems.word("fr") == \
        f"name: est obligatoire{NNBSP}; annual_cost: ne doit pas être négatif"
    try:  # str() words it in the current language: the window's, or the command's --lang
        i18n.set_language("ar")
        assert str(problems) == "name: مطلوب؛ annual_cost: يجب ألا يكون سالبًا"
    finally:
        i18n.set_language("en")
    assert str(problems) == "name: is required; annual_cost: must not be negative"


def test_built_in_taxonomy_terms_have_every_language_and_a_plans_own_terms_keep_theirs():
    from transition_planner.domain.taxonomy import Taxonomy, Term

    taxonomy = Taxonomy.builtin()
    assert taxonomy.label("handover_status", "agreed", "ar") == "متفق عليه"
    assert taxonomy.label("category", "mine_action", "fr") == "Action antimines"
    assert taxonomy.label("category", "mine_action", "en") == "Mine action"
    assert taxonomy.label("population", "idps", "ar") == "النازحون داخليًا"
    own = Term("category", "space", "Mine action", builtin=False)  # the plan's own term
    assert own.label_for("ar") == "Mine action"
