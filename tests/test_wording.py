"""Flags worded in French and Arabic, checked against messages written out by hand from the
catalogues, and the renderers' memory: what one flag's words leave remembered must never give
another flag, another value or another language the wrong words."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

import pytest

from transition_planner.domain.facts import (
    CapacityFacts,
    HandoverFacts,
    PlanFacts,
    rules_from_taxonomy,
)
from transition_planner.domain.gaps import compute_gaps
from transition_planner.domain.taxonomy import Taxonomy
from transition_planner.domain.wording import (
    Code,
    Join,
    Money,
    Phrase,
    render,
    renderer,
    word_flag,
)
from transition_planner.i18n import Translator, translator
from transition_planner.i18n.catalogue import load_gettext

NB, NNB, RLM = "\u00a0", "\u202f", "\u200f"  # French spaces; Arabic's right-to-left mark


def capacity(id: str, name: str, **changes) -> CapacityFacts:
    fields = dict(id=id, name=name, category="community_engagement", tier="I",
                  component="civilian", location_id="l1", location_name="Beni",
                  populations=("idps",), criticality="high", mission_end=date(2027, 3, 31))
    return CapacityFacts(**{**fields, **changes})


def small_plan(alert_network_cost="120000") -> PlanFacts:
    """An alert network nobody takes over (its cost unfunded after March 2027) and a radio
    station handed to UNHCR, not ready for funding and access."""
    unready = HandoverFacts(
        "h1", "c2", "a1", "UNHCR", "un_agency", "lead", 1.0, "transfer", date(2027, 3, 1),
        None, "agreed", {"capacity": 4, "willingness": 5, "funding": 2, "access": 1},
        agreement="signed")
    return PlanFacts(
        horizon_start=date(2027, 1, 1), months=12, exit_date=date(2027, 6, 30),
        capacities=(
            capacity("c1", "Alert network", annual_cost=Decimal(alert_network_cost)),
            capacity("c2", "Radio station", location_name="Bunia"),
        ),
        handovers=(unready,), rules=rules_from_taxonomy(Taxonomy.builtin()),
        as_of=date(2027, 1, 1))


def flag(report, kind: str):
    return next(f for f in report.flags if f.kind == kind)


NO_SUCCESSOR = {
    "en": "No successor is planned for Alert network in Beni: the mission stops providing it on "
          "31 March 2027, and 100% of it is still required afterwards. Its cost after the "
          "mission leaves, USD 90,000.00 for 9 months from 1 April 2027, is unfunded until the "
          "plan's horizon, 31 December 2027.",
    "fr": f"Aucun successeur n’est prévu pour Alert network à Beni{NB}: la mission cesse de "
          f"l’assurer le 31 mars 2027, et 100{NB}% en restent nécessaires ensuite. Son coût "
          f"après le départ de la mission, 90{NNB}000,00{NB}USD pour 9 mois à partir du "
          "1er avril 2027, n’est pas financé jusqu’à l’horizon du plan, le 31 décembre 2027.",
    "ar": "لا يوجد خلف مُخطَّط له لـAlert network في Beni: تتوقف البعثة عن تقديمها في "
          "31 مارس 2027، ولا تزال الحاجة قائمة إلى 100% منها بعد ذلك. تكلفتها بعد مغادرة "
          f"البعثة، {RLM}90,000.00{NB}USD لمدة 9 أشهر اعتبارًا من 1 أبريل 2027، غير ممولة حتى "
          "أفق الخطة في 31 ديسمبر 2027.",
}
NOT_READY = {
    "en": "UNHCR is not ready to take over Radio station in Bunia: funding 2/5, access 1/5 "
          "(threshold 3), so only 50% of its share is counted.",
    "fr": f"UNHCR n’est pas prêt à reprendre Radio station à Bunia{NB}: financement 2/5, "
          f"accès 1/5 (seuil 3), si bien que seuls 50{NB}% de sa part sont comptés.",
    "ar": "UNHCR غير جاهز لتولّي Radio station في Bunia: التمويل 2/5، الوصول 1/5 (الحد "
          "الأدنى 3)، لذا لا يُحتسب إلا 50% من حصته.",
}


@pytest.mark.parametrize("lang", ["en", "fr", "ar"])
def test_flags_of_a_small_plan_in_each_language(lang):
    report = compute_gaps(small_plan())
    assert word_flag(flag(report, "no_successor"), lang) == NO_SUCCESSOR[lang]
    assert word_flag(flag(report, "readiness_below_threshold"), lang) == NOT_READY[lang]
    assert flag(report, "no_successor").message == NO_SUCCESSOR["en"]  # the engine's English


@pytest.mark.parametrize("lang", ["fr", "ar"])
def test_flags_worded_in_one_language_only_say_the_same(lang):
    """flags_in words each flag in the language asked (gaps --lang), not in English first:
    the same messages as wording the English flags, and the same facts."""
    worded = tuple(compute_gaps(small_plan()).flags_in(lang))
    english = compute_gaps(small_plan()).flags
    assert [f.message for f in worded] == [word_flag(f, lang) for f in english]
    assert [(f.kind, f.records, f.details, f.words) for f in worded] == [
        (f.kind, f.records, f.details, f.words) for f in english]
    assert flag_messages(worded, "no_successor") == NO_SUCCESSOR[lang]


def flag_messages(flags, kind: str) -> str:
    return next(f.message for f in flags if f.kind == kind)


def test_languages_in_turn_each_keep_their_own_words():
    """A renderer per language: French, then Arabic, then French again word alike."""
    report = compute_gaps(small_plan())
    first = flag(report, "no_successor")
    for lang in ("fr", "ar", "en", "fr", "ar"):
        assert word_flag(first, lang) == NO_SUCCESSOR[lang]
        assert word_flag(first, translator(lang)) == NO_SUCCESSOR[lang]


def test_two_amounts_in_a_row_give_two_amounts():
    cheaper = flag(compute_gaps(small_plan(alert_network_cost="60000")), "no_successor")
    dearer = flag(compute_gaps(small_plan(alert_network_cost="120000")), "no_successor")
    for lang, cheap, dear in (("fr", f"45{NNB}000,00{NB}USD", f"90{NNB}000,00{NB}USD"),
                              ("ar", f"{RLM}45,000.00{NB}USD", f"{RLM}90,000.00{NB}USD")):
        assert cheap in word_flag(cheaper, lang) and dear not in word_flag(cheaper, lang)
        assert dear in word_flag(dearer, lang) and cheap not in word_flag(dearer, lang)


def test_equal_values_of_other_types_are_worded_as_their_type():
    """1, 1.0 and True are one dict key; a count, a share and a yes are not one word."""
    fr = renderer("fr")
    assert [fr.render(1), fr.render(1.0), fr.render(True)] == ["1", f"100{NB}%", "True"]
    assert [fr.render(True), fr.render(1.0), fr.render(1)] == ["True", f"100{NB}%", "1"]
    # a datetime is a date to the translator, not the date it equals to a dict
    assert fr.render(datetime(2027, 4, 1, 9, 30)) == "1er avril 2027"
    assert fr.render(date(2027, 4, 2)) == "2 avril 2027"


def test_amounts_zero_and_minus_zero_are_each_their_own_text():
    t = translator("fr")
    for amount in (Decimal("0.00"), Decimal("-0.00"), Decimal("0.00")):
        assert render(Money(amount, "USD"), t) == t.money(amount, "USD")
    assert render(Money(Decimal("1250.5"), "USD"), t) == f"1{NNB}250,50{NB}USD"
    assert render(Money(Decimal("1250.5"), "EUR"), t) == f"1{NNB}250,50{NB}EUR"


def test_counts_of_one_message_choose_their_plural_form_each_time():
    months = ("Its cost after the mission leaves, %(amount)s for %(num)s month from "
              "%(from)s, is unfunded until the plan's horizon, %(horizon)s.",
              "Its cost after the mission leaves, %(amount)s for %(num)s months from "
              "%(from)s, is unfunded until the plan's horizon, %(horizon)s.")
    params = {"amount": Money(Decimal("10"), "USD"), "from": date(2027, 4, 1),
              "horizon": date(2027, 12, 31)}
    phrases = {n: Phrase(months[0], dict(params), months[1], n) for n in (1, 2, 9, 11)}
    ar = renderer("ar")
    worded = {n: ar.render(p) for n, p in phrases.items()}
    assert "لمدة شهر واحد" in worded[1]
    assert "لمدة شهرين" in worded[2]
    assert "لمدة 9 أشهر" in worded[9]
    assert "لمدة 11 شهرًا" in worded[11]
    assert ar.render(phrases[1]) == worded[1]  # (the second time from memory)
    assert all(p.params == params for p in phrases.values())  # the words as data unchanged


def test_codes_and_lists_in_each_language():
    scores = Join((Phrase("%(dimension)s %(score)s/%(max)s",
                          {"dimension": Code("readiness dimension", "data_transfer"),
                           "score": 2, "max": 5}),
                   Phrase("%(dimension)s %(score)s/%(max)s",
                          {"dimension": Code("readiness dimension", "access"), "score": 1,
                           "max": 5})))
    assert render(scores, "en") == "data transfer 2/5, access 1/5"
    assert render(scores, "fr") == "transfert de données 2/5, accès 1/5"
    assert render(scores, "ar") == "نقل البيانات 2/5، الوصول 1/5"
    # a plan's own code keeps its words
    assert render(Code("actor type", "faith_group"), "fr") == "faith group"


def test_successors_with_the_same_weak_scores_share_their_words_and_no_others_do():
    """Readiness scores are worded once per set of weak scores and language: two successors
    below the threshold on funding 2 and access 1 share the words; one on funding 1 and
    access 1 gets its own, in each language, even after the first set is remembered."""
    plan = small_plan()
    def not_ready(hid, cap_id, scores):
        return HandoverFacts(hid, cap_id, "a2", "WFP", "un_agency", "lead", 1.0, "transfer",
                             date(2027, 3, 1), None, "agreed", scores, agreement="signed")
    same = not_ready("h2", "c1", {"funding": 2, "access": 1, "capacity": 5})
    other = not_ready("h3", "c3", {"funding": 1, "access": 1})  # the same dimensions
    plan = PlanFacts(**{**{f: getattr(plan, f) for f in plan.__dataclass_fields__},
                        "capacities": (*plan.capacities, capacity("c3", "Patrols")),
                        "handovers": (*plan.handovers, same, other)})
    flags = {f.records[1].id: f for f in compute_gaps(plan).flags
             if f.kind == "readiness_below_threshold"}
    scores = {hid: f.words[0].params["scores"] for hid, f in flags.items()}
    assert scores["h1"] is scores["h2"]
    assert scores["h3"] != scores["h1"]
    expected = {
        "en": ("funding 2/5, access 1/5", "funding 1/5, access 1/5"),
        "fr": ("financement 2/5, accès 1/5", "financement 1/5, accès 1/5"),
    }
    for lang, (shared, own) in expected.items():
        for hid, words in (("h1", shared), ("h2", shared), ("h3", own)):
            assert f": {words} (" in word_flag(flags[hid], lang)
            assert render(scores[hid], lang) == words
    assert flags["h3"].message.startswith(
        "WFP is not ready to take over Patrols in Beni: funding 1/5, access 1/5 (threshold 3)")


def test_a_translator_made_again_has_a_renderer_of_its_own():
    """After the catalogues are reloaded, the words come from the new translator."""
    fresh = Translator("fr", load_gettext("fr"))
    assert renderer(fresh) is not renderer("fr")
    assert renderer(fresh) is renderer(fresh)
    assert word_flag(flag(compute_gaps(small_plan()), "no_successor"), fresh) == (
        NO_SUCCESSOR["fr"])
