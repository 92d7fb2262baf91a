"""The wording of the gap engine's flags, in every language of the core catalogue.

A flag carries its words as data (`Flag.words`: the catalogue's message and the facts it
states, language-free) and its `details` carry every fact too (dates as ISO text, shares as
0..1, money as decimal text with its currency). `word_flag(flag, t)` words it in a
translator's language (see transition_planner.i18n): the window, the command line, the report
and the workbook word the same flag each in their user's language without asking the engine
again. `Flag.message` is the English wording (`gaps --json` without --lang); a report's
`flags_in(lang)` words its flags in another language instead (`gaps --json --lang fr`).
Each language has one `Renderer`, which remembers the catalogue's messages and the words of
the dates, shares and amounts it has seen, and of the `Shared` words (a successor's weak
readiness scores): a plan's flags repeat them by the thousand.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from typing import NamedTuple

from transition_planner.domain.facts import CapacityFacts, HandoverFacts
from transition_planner.domain.gaps import (
    EPS,
    NOT_ASSESSED,
    Flag,
    RecordRef,
    _first,
    horizon_end,
    month_starts,
    to_money,
)
from transition_planner.domain.taxonomy import READINESS_MAX
from transition_planner.i18n import NP_, translator


def _translator(t):
    """A translator from a translator or a language code (None: English)."""
    return t if hasattr(t, "gettext") else translator(t or "en")


def money(amount: Decimal | str, currency: str, t=None) -> str:
    """Money as every output writes it: the ISO code, thousands separated, cents kept, so that
    the amounts a donor adds up give the totals shown (e.g. 'USD 1,820,833.33'); English
    unless a translator or a language is given."""
    return _translator(t).money(amount, currency)


def day(d: date, t=None) -> str:
    """'1 March 2026' (English unless a translator or a language is given)."""
    return _translator(t).date(d)


def _words(code: str) -> str:
    return code.replace("_", " ")


# Each kind of flag's title and each severity, for the report, the workbook and the command line
# (the window has its own in Qt's catalogue); look them up with flag_title / severity_word.
FLAG_TITLES = {
    "no_successor": NP_("flag kind", "No successor"),
    "discontinued": NP_("flag kind", "Discontinued after the mission leaves"),
    "late_successor": NP_("flag kind", "Successor starts after the mission leaves"),
    "successor_ends": NP_("flag kind", "Successor's commitment ends"),
    "partial_cover": NP_("flag kind", "Only partly covered"),
    "readiness_below_threshold": NP_("flag kind", "Readiness below threshold"),
    "readiness_not_assessed": NP_("flag kind", "Readiness not assessed"),
    "alternative_not_agreed": NP_("flag kind", "Fallback not agreed"),
    "agreement_missing": NP_("flag kind", "No signed agreement"),
    "unfunded_after_exit": NP_("flag kind", "Unfunded after exit"),
    "over_allocation": NP_("flag kind", "Shares above 100%"),
    "enabler_orphaned": NP_("flag kind", "Enabler orphaned"),
    "independence_conflict": NP_("flag kind", "Independence conflict"),
    "data_without_protocol": NP_("flag kind", "Sensitive data without a handover protocol"),
    "re_engagement_trigger": NP_("flag kind", "Re-engagement needed"),
}
SEVERITY_WORDS = {"high": NP_("flag severity", "high"), "medium": NP_("flag severity", "medium"),
                  "low": NP_("flag severity", "low")}


def flag_title(kind: str, t=None) -> str:
    """A kind of flag's title in a translator's language (None: English); a kind without a
    title (a new rule) shows its code's words."""
    title = FLAG_TITLES.get(kind)
    return _translator(t).pgettext("flag kind", title) if title else _words(kind)


def severity_word(severity: str, t=None) -> str:
    word = SEVERITY_WORDS.get(severity)
    return _translator(t).pgettext("flag severity", word) if word else severity


# --- words as data ---------------------------------------------------------------------------


class Money(NamedTuple):
    amount: Decimal | str
    currency: str


class Code(NamedTuple):
    """A taxonomy code worded in a sentence ('planned', 'national ngo'): the catalogue has the
    built-in ones under `context`; a plan's own terms keep their code's words."""

    context: str
    code: str


class Phrase(NamedTuple):
    """A message of the catalogue and its parameters; `plural` and `n` for a counted one.
    Parameters are words as data: str (a name, kept), date, float (a share, as a
    percentage), int, Money, Code, Phrase, or a Join of several."""

    msgid: str
    params: dict
    plural: str | None = None
    n: int = 0


class Join(NamedTuple):
    """Several parameters in one, separated as the language lists things."""

    items: tuple
    separator: str = ", "  # ", " or "; " (each language has its own)


class Shared:
    """Words that many flags repeat (a successor's weak readiness scores), worded once in
    each language: `key` stands for the words, and must differ wherever they do."""

    __slots__ = ("key", "words")

    def __init__(self, key: tuple, words):
        self.key, self.words = key, words

    def __hash__(self) -> int:
        return hash(self.key)

    def __eq__(self, other) -> bool:
        return type(other) is Shared and other.key == self.key

    def __repr__(self) -> str:
        return f"Shared({self.key!r}, {self.words!r})"


SEPARATORS = {", ": NP_("list separator", ", "), "; ": NP_("list separator", "; ")}

# The built-in taxonomy's codes as flags word them in a sentence (the English is the code's
# words); a plan's own terms are shown as their code's words.
CODE_WORDS = {
    "handover status": (
        NP_("handover status", "identified"), NP_("handover status", "proposed"),
        NP_("handover status", "agreed"), NP_("handover status", "co delivery"),
        NP_("handover status", "handed over"), NP_("handover status", "verified 3m"),
        NP_("handover status", "verified 6m"), NP_("handover status", "at risk"),
        NP_("handover status", "declined"), NP_("handover status", "handed back"),
    ),
    "actor type": (
        NP_("actor type", "host ministry"), NP_("actor type", "host security forces"),
        NP_("actor type", "host local authority"), NP_("actor type", "nhri"),
        NP_("actor type", "un agency"), NP_("actor type", "un follow on"),
        NP_("actor type", "protection cluster"), NP_("actor type", "international ngo"),
        NP_("actor type", "national ngo"), NP_("actor type", "community structure"),
        NP_("actor type", "regional organisation"), NP_("actor type", "donor"),
        NP_("actor type", "independent media"), NP_("actor type", "private sector"),
        NP_("actor type", "private military company"),
    ),
    "readiness dimension": (
        NP_("readiness dimension", "capacity"), NP_("readiness dimension", "willingness"),
        NP_("readiness dimension", "funding"), NP_("readiness dimension", "access"),
        NP_("readiness dimension", "legitimacy"), NP_("readiness dimension", "independence"),
        NP_("readiness dimension", "data transfer"),
    ),
}


def _as_text(value, _t) -> str:
    return str(value)


# The words of each type of value that is neither text nor a phrase or a list, in a
# translator's language (a subclass takes its first base's in this order).
_LEAVES = {
    bool: _as_text,
    int: lambda value, t: t.integer(value),
    float: lambda value, t: t.percent(value),
    date: lambda value, t: t.date(value),
    Money: lambda value, t: t.money(value.amount, value.currency),
    Code: lambda value, t: t.pgettext(value.context, _words(value.code)),
}
# How many values of one type a renderer remembers (as i18n.formats' own caches): a plan's
# dates, shares and amounts, not a long session's every one.
REMEMBERED = 10_000


class Renderer:
    """Words as data in one translator's language, remembering what it looked up and
    formatted: the 30,000 flags of a 10k-capacity plan repeat a few dozen messages, codes
    and separators and a few thousand dates, shares and amounts, and a gettext look-up or a
    Babel format each time costs more than the rest of the wording. One per translator
    (see renderer()); English too, whose messages are the catalogue's msgids."""

    def __init__(self, t):
        self.t = t
        self.texts: dict[str, str] = {}  # msgid -> the catalogue's message
        self.plurals: dict[tuple, tuple[str, str]] = {}  # (msgid, plural, n) -> (message, n)
        self.separators: dict[str, str] = {}
        # the words of values by their exact type: 1, 1.0 and True are one key to a dict but
        # a count, a share and a yes; a subclass (a datetime) is worded without remembering
        self.seen: dict[type, dict] = {
            kind: {} for kind in (int, float, date, Money, Code, Shared)}

    def render(self, value) -> str:
        kind = type(value)
        if kind is str:
            return value
        if kind is Phrase:
            return self.phrase(value)
        seen = self.seen.get(kind)
        if seen is None:
            return self.join(value) if kind is Join else self._unremembered(value)
        text = seen.get(value)
        if text is None:
            text = self.render(value.words) if kind is Shared else _LEAVES[kind](value, self.t)
            # (a zero amount is not remembered: 0.00 and -0.00 are one key, not one text)
            if len(seen) < REMEMBERED and (kind is not Money or value.amount):
                seen[value] = text
        return text

    def phrase(self, value: Phrase) -> str:
        msgid, params, plural, n = value
        if params:  # a new dict: the phrase's own stays words as data
            params = self._words_of(params)
        if plural is None:
            text = self.texts.get(msgid)
            if text is None:
                text = self.texts[msgid] = self.t.gettext(msgid)
            return text % params if params else text
        key = (msgid, plural, n)
        found = self.plurals.get(key)
        if found is None:
            found = (self.t.ngettext(msgid, plural, n), self.t.integer(n))
            if len(self.plurals) < REMEMBERED:
                self.plurals[key] = found
        text, num = found
        params = params or {}
        params.setdefault("num", num)  # (as Translator.n_: a phrase may give its own)
        return text % params

    def _words_of(self, params: dict) -> dict:
        # a copy, whose text stays as it is, with render() inlined for the values seen
        # already: a flag has 5 to 10 parameters, most of them names, and dates, shares or
        # amounts worded before
        seen, words = self.seen, params.copy()
        for key, value in params.items():
            kind = type(value)
            if kind is not str:
                remembered = seen.get(kind)
                text = remembered.get(value) if remembered is not None else None
                words[key] = text if text is not None else self.render(value)
        return words

    def join(self, value: Join) -> str:
        separator = self.separators.get(value.separator)
        if separator is None:
            separator = self.separators[value.separator] = self.t.pgettext(
                "list separator", value.separator)
        render = self.render
        return separator.join([render(item) for item in value.items])

    def sentence(self, words: tuple) -> str:
        """A flag's message from its words."""
        if len(words) == 1:
            first = words[0]
            return self.phrase(first) if type(first) is Phrase else self.render(first)
        render = self.render
        return " ".join([render(phrase) for phrase in words])

    def _unremembered(self, value) -> str:
        """A value of a subclass of a type with words, or of no such type (its str)."""
        if isinstance(value, Phrase):
            return self.phrase(value)
        if isinstance(value, Join):
            return self.join(value)
        word = next((f for k, f in _LEAVES.items() if isinstance(value, k)), _as_text)
        return word(value, self.t)


# one per translator, as i18n keeps one translator per language (a translator made again,
# after i18n.reload, has a renderer of its own)
_RENDERERS: dict = {}


def renderer(t=None) -> Renderer:
    """The renderer of a translator or a language code (None: the current language)."""
    if not hasattr(t, "gettext"):
        t = translator(t)
    found = _RENDERERS.get(t)
    if found is None:
        found = _RENDERERS[t] = Renderer(t)
    return found


def render(value, t) -> str:
    """Words as data in a translator's (or a language code's) language."""
    return renderer(t).render(value)


def word_flag(flag: Flag, t=None) -> str:
    """A flag's message in a translator's language (None: the current language; a language
    code works too). A flag without words as data (from a rule worded in English only) keeps
    its English message."""
    if not flag.words:
        return flag.message
    return renderer(t).sentence(flag.words)


_ENGLISH = translator("en")


_tuple = tuple.__new__  # a Phrase made without the generated __new__ (55,000 of them at 10k)


def _p(msgid: str, **params) -> Phrase:
    return _tuple(Phrase, (msgid, params, None, 0))


def _np(singular: str, plural: str, n: int, **params) -> Phrase:
    return _tuple(Phrase, (singular, params, plural, n))


class FlagWording:
    """Turns rule hits into Flags; each method gives (words, records, details), the words as
    data (see Phrase). A method may still give an English message (str) instead of words:
    that flag is then English in every language."""

    def __init__(self, rules, t=None):
        self.rules = rules  # the engine's rule pass: its coverages, unfunded parts, facts
        # the flags' messages in a translator's language (None: English, Flag.message's)
        self.sentence = renderer(t or _ENGLISH).sentence
        self.gap_rules = rules.rules
        facts = rules.engine.facts
        self.starts = month_starts(facts)
        self.horizon_end = horizon_end(facts)
        self.cap_refs: dict[str, tuple[RecordRef, RecordRef]] = {}
        self.ho_refs: dict[str, tuple[RecordRef, ...]] = {}
        self.score_words: dict[tuple, Shared] = {}  # see scores()

    def flag(self, severity: str, kind: str, hit: tuple) -> Flag:
        cap, h, extra, months = hit
        words, records, details = getattr(self, kind)(cap, h, extra, months)
        if isinstance(words, str):
            return Flag(kind, severity, words, records, details, months)
        words = tuple(words)
        return Flag(kind, severity, self.sentence(words), records, details, months, words)

    def worded(self, kind: str, hits) -> Iterator[tuple[str, tuple, dict]]:
        """(message, records, details) of each hit of one kind, as flag() words them."""
        method, sentence = getattr(self, kind), self.sentence
        for cap, h, extra, months in hits:
            words, records, details = method(cap, h, extra, months)
            yield words if isinstance(words, str) else sentence(tuple(words)), records, details

    def month(self, index: int) -> date:
        return self.starts[index]

    def refs(self, cap: CapacityFacts) -> tuple[RecordRef, RecordRef]:
        """(capacity, location): the records of every flag."""
        refs = self.cap_refs.get(cap.id)
        if refs is None:
            refs = self.cap_refs[cap.id] = (
                RecordRef("capacity", cap.id, cap.name),
                RecordRef("location", cap.location_id, cap.location_name),
            )
        return refs

    def handover_refs(self, cap: CapacityFacts, h: HandoverFacts) -> tuple[RecordRef, ...]:
        """(capacity, handover, actor, location)."""
        refs = self.ho_refs.get(h.id)
        if refs is None:
            capacity, location = self.refs(cap)
            handover = RecordRef("handover", h.id, f"{cap.name} -> {h.actor_name}")
            actor = RecordRef("actor", h.actor_id, h.actor_name)
            refs = self.ho_refs[h.id] = (capacity, handover, actor, location)
        return refs

    def factor(self, status: str) -> float:
        return self.gap_rules.status_provision.get(status, 1.0)

    # --- one method per flag kind: (words, records, details) -------------------------------

    def no_successor(self, cap: CapacityFacts, _h, extra, _months):
        active, unfunded = extra
        end = cap.mission_end
        where = {"capacity": cap.name, "location": cap.location_name,
                 "share": float(cap.required_share)}
        if end:
            words = [_p("No successor is planned for %(capacity)s in %(location)s: the mission "
                        "stops providing it on %(end)s, and %(share)s of it is still required "
                        "afterwards.", end=end, **where)]
        else:
            words = [_p("No successor is planned for %(capacity)s in %(location)s: the mission "
                        "has no end date for it yet, and %(share)s of it is still required "
                        "afterwards.", **where)]
        not_counted = []
        for a in active:
            actor = a.h.actor_name
            if a.h.start is None:
                reason = "undated"
                words.append(_p("%(actor)s has no start date.", actor=actor))
            elif a.conflict:
                reason = "excluded"
                words.append(_p("%(actor)s cannot take it over (%(actor_type)s).", actor=actor,
                                actor_type=Code("actor type", a.h.actor_type)))
            else:
                reason = "status"
                words.append(_p("%(actor)s is only %(status)s, which counts for nothing.",
                                actor=actor, status=Code("handover status", a.h.status)))
            not_counted.append({"handover_id": a.h.id, "actor_id": a.h.actor_id,
                                "actor": a.h.actor_name, "actor_type": a.h.actor_type,
                                "status": a.h.status, "reason": reason})
        details = {
            "required_share": cap.required_share,
            "mission_end": end.isoformat() if end else None,
            "not_counted": not_counted,
        }
        records = self.refs(cap)
        if unfunded is not None:
            first = self.month(_first(unfunded.mask))
            count = unfunded.mask.bit_count()
            words.append(_np(
                "Its cost after the mission leaves, %(amount)s for %(num)s month from "
                "%(from)s, is unfunded until the plan's horizon, %(horizon)s.",
                "Its cost after the mission leaves, %(amount)s for %(num)s months from "
                "%(from)s, is unfunded until the plan's horizon, %(horizon)s.",
                count, amount=Money(unfunded.amount, cap.currency), horizon=self.horizon_end,
                **{"from": first}))
            details.update(self.unfunded_details(unfunded))
        return words, records, details

    def discontinued(self, cap: CapacityFacts, h: HandoverFacts, _x, months: int):
        first = self.month(_first(months))
        words = [_p(
            "%(capacity)s in %(location)s is discontinued when the mission leaves, with "
            "mitigation by %(actor)s: %(share)s of it is still required and nobody provides "
            "it from %(from)s until the plan's horizon, %(horizon)s.",
            capacity=cap.name, location=cap.location_name, actor=h.actor_name,
            share=float(cap.required_share), horizon=self.horizon_end, **{"from": first})]
        details = {
            "from": first.isoformat(),
            "months": months.bit_count(),
            "required_share": cap.required_share,
            "until": self.horizon_end.isoformat(),
        }
        return words, self.handover_refs(cap, h), details

    def unfunded_details(self, unfunded) -> dict:
        return {
            "months": unfunded.mask.bit_count(),
            "amount": str(unfunded.amount),
            "need": str(to_money(unfunded.need)),
            "currency": unfunded.currency,
            "from": self.month(_first(unfunded.mask)).isoformat(),
            "until": self.horizon_end.isoformat(),
        }

    def late_successor(self, cap: CapacityFacts, h: HandoverFacts, days: int, _months):
        words = [_np(
            "The mission leaves %(location)s on %(end)s and %(actor)s starts taking over "
            "%(capacity)s on %(start)s: %(num)s day with nobody in charge.",
            "The mission leaves %(location)s on %(end)s and %(actor)s starts taking over "
            "%(capacity)s on %(start)s: %(num)s days with nobody in charge.",
            days, location=cap.location_name, end=cap.mission_end, actor=h.actor_name,
            capacity=cap.name, start=h.start)]
        details = {
            "gap_days": days,
            "mission_end": cap.mission_end.isoformat(),
            "start": h.start.isoformat(),
        }
        return words, self.handover_refs(cap, h), details

    def successor_ends(self, cap: CapacityFacts, h: HandoverFacts, later, months: int):
        first = _first(months)
        missing = self.gap_at(cap, first)
        where = {"actor": h.actor_name, "capacity": cap.name, "location": cap.location_name,
                 "end": h.end, "from": self.month(first), "share": float(missing)}
        if later is not None:
            words = [_p("%(actor)s takes over %(capacity)s in %(location)s only until %(end)s: "
                        "from %(from)s, %(share)s of it is uncovered until %(next_actor)s "
                        "starts on %(next_start)s.", next_actor=later.actor_name,
                        next_start=later.start, **where)]
        else:
            words = [_p("%(actor)s takes over %(capacity)s in %(location)s only until %(end)s: "
                        "from %(from)s, %(share)s of it is uncovered until the plan's horizon, "
                        "%(horizon)s.", horizon=self.horizon_end, **where)]
        details = {
            "end": h.end.isoformat(),
            "from": self.month(first).isoformat(),
            "months": months.bit_count(),
            "missing_share": round(missing, 6),
            "next_start": later.start.isoformat() if later is not None else None,
            "next_actor_id": later.actor_id if later is not None else None,
            "until": (later.start if later is not None else self.horizon_end).isoformat(),
        }
        return words, self.handover_refs(cap, h), details

    def gap_at(self, cap: CapacityFacts, month: int) -> float:
        for start, end, gap in self.rules.coverages[cap.id].gaps:
            if start <= month < end:
                return gap
        return 0.0

    def partial_cover(self, cap: CapacityFacts, _h, active, months: int):
        first = _first(months)
        running = [a for a in active if a.dated and a.nominal > EPS and a.first <= first < a.stop]
        claimed = sum(a.nominal for a in running)
        missing = cap.required_share - claimed
        reasons = []
        for a in running:
            if self.factor(a.h.status) < 1.0:
                reasons.append(_p("%(actor)s is only %(status)s, so %(factor)s of its share "
                                  "counts", actor=a.h.actor_name,
                                  status=Code("handover status", a.h.status),
                                  factor=float(self.factor(a.h.status))))
        for a in active:
            if a.h.start is None:  # (never running)
                reasons.append(_p("%(actor)s is only %(status)s, with no start date",
                                  actor=a.h.actor_name,
                                  status=Code("handover status", a.h.status)))
        shares = sum(a.h.share for a in running)
        if shares < cap.required_share - EPS:
            reasons.append(_p("the shares of those who run it add up to %(share)s",
                              share=float(shares)))
        params = {"covered": float(claimed), "capacity": cap.name,
                  "location": cap.location_name, "from": self.month(first),
                  "required": float(cap.required_share), "missing": float(missing),
                  "horizon": self.horizon_end}
        if reasons:
            words = [_np(
                "Successors take over only %(covered)s of %(capacity)s in %(location)s from "
                "%(from)s, where %(required)s is required: %(missing)s of it is uncovered in "
                "%(num)s month until the plan's horizon, %(horizon)s (%(reasons)s).",
                "Successors take over only %(covered)s of %(capacity)s in %(location)s from "
                "%(from)s, where %(required)s is required: %(missing)s of it is uncovered in "
                "%(num)s months until the plan's horizon, %(horizon)s (%(reasons)s).",
                months.bit_count(), reasons=Join(tuple(reasons), "; "), **params)]
        else:
            words = [_np(
                "Successors take over only %(covered)s of %(capacity)s in %(location)s from "
                "%(from)s, where %(required)s is required: %(missing)s of it is uncovered in "
                "%(num)s month until the plan's horizon, %(horizon)s.",
                "Successors take over only %(covered)s of %(capacity)s in %(location)s from "
                "%(from)s, where %(required)s is required: %(missing)s of it is uncovered in "
                "%(num)s months until the plan's horizon, %(horizon)s.",
                months.bit_count(), **params)]
        details = {
            "from": self.month(first).isoformat(),
            "months": months.bit_count(),
            "required_share": cap.required_share,
            "covered_share": round(claimed, 6),
            "missing_share": round(missing, 6),
            "until": self.horizon_end.isoformat(),
            "successors": [
                {"handover_id": a.h.id, "actor_id": a.h.actor_id, "actor": a.h.actor_name,
                 "status": a.h.status, "share": a.h.share, "counted": round(a.nominal, 6)}
                for a in running
            ],
        }
        return words, self.refs(cap), details

    def readiness_below_threshold(self, cap: CapacityFacts, h: HandoverFacts, _x, _months):
        threshold = self.gap_rules.readiness_threshold
        weak = {k: v for k, v in h.readiness.items() if v < threshold}
        words = [_p(
            "%(actor)s is not ready to take over %(capacity)s in %(location)s: %(scores)s "
            "(threshold %(threshold)s), so only %(factor)s of its share is counted.",
            actor=h.actor_name, capacity=cap.name, location=cap.location_name,
            scores=self.scores(weak), threshold=int(threshold),
            factor=float(self.gap_rules.unready_factor))]
        return words, self.handover_refs(cap, h), weak

    def scores(self, weak: dict) -> Shared:
        """The words of readiness scores ('access 2/5, funding 1/5'), made once for each set
        of scores: the successors of a plan share a few dozen sets."""
        key = tuple(weak.items())
        words = self.score_words.get(key)
        if words is None:
            words = self.score_words[key] = Shared(("readiness scores", key), Join(tuple(
                _p("%(dimension)s %(score)s/%(max)s", dimension=Code("readiness dimension", k),
                   score=int(v), max=READINESS_MAX) for k, v in key)))
        return words

    def readiness_not_assessed(self, cap: CapacityFacts, h: HandoverFacts, _x, _months):
        factor = self.gap_rules.unassessed_factor
        where = {"actor": h.actor_name, "capacity": cap.name, "location": cap.location_name}
        if factor < 1.0:
            words = [_p("Nobody has assessed whether %(actor)s is ready to take over "
                        "%(capacity)s in %(location)s: until it is, only %(factor)s of its "
                        "share is counted, as for a successor that is not ready.",
                        factor=float(factor), **where)]
        else:
            words = [_p("Nobody has assessed whether %(actor)s is ready to take over "
                        "%(capacity)s in %(location)s: the plan's policy counts it as ready "
                        "until it is.", **where)]
        details = {"readiness": NOT_ASSESSED, "counted_factor": factor}
        return words, self.handover_refs(cap, h), details

    def independence_conflict(self, cap: CapacityFacts, h: HandoverFacts, party, _months):
        where = {"actor": h.actor_name, "capacity": cap.name, "location": cap.location_name,
                 "actor_type": Code("actor type", h.actor_type)}
        if not party:
            reason = "not_successor"
            words = [_p("%(capacity)s in %(location)s is to be handed to %(actor)s: %(actor)s "
                        "is a %(actor_type)s, and such actors are not successors, so it counts "
                        "for no coverage.", **where)]
        else:
            reason = "party_to_conflict"
            words = [_p("%(capacity)s in %(location)s is to be handed to %(actor)s: %(actor)s "
                        "(%(actor_type)s) is a party to the conflict and cannot do this work "
                        "independently, so it counts for no coverage.", **where)]
        details = {"actor_type": h.actor_type, "reason": reason, "party_to_conflict": party}
        return words, self.handover_refs(cap, h), details

    def unfunded_after_exit(self, cap: CapacityFacts, _h, unfunded, _months):
        first = self.month(_first(unfunded.mask))
        words = [_np(
            "Secured funding does not pay for %(capacity)s in %(location)s after the mission "
            "leaves: %(amount)s of the %(need)s its successors' shares cost is unfunded, in "
            "%(num)s month from %(from)s until the plan's horizon, %(horizon)s.",
            "Secured funding does not pay for %(capacity)s in %(location)s after the mission "
            "leaves: %(amount)s of the %(need)s its successors' shares cost is unfunded, in "
            "%(num)s months from %(from)s until the plan's horizon, %(horizon)s.",
            unfunded.mask.bit_count(), capacity=cap.name, location=cap.location_name,
            amount=Money(unfunded.amount, cap.currency),
            need=Money(to_money(unfunded.need), cap.currency), horizon=self.horizon_end,
            **{"from": first})]
        return words, self.refs(cap), self.unfunded_details(unfunded)

    def over_allocation(self, cap: CapacityFacts, _h, claim, _months):
        peak, mask, handovers = claim
        claims = Join(tuple(_p("%(actor)s %(share)s", actor=h.actor_name, share=float(h.share))
                            for h in handovers))
        first = self.month(_first(mask))
        words = [_p(
            "The successors of %(capacity)s in %(location)s claim %(share)s of it for the same "
            "months from %(from)s (%(claims)s): shares above %(whole)s overstate its coverage.",
            capacity=cap.name, location=cap.location_name, share=float(peak), claims=claims,
            whole=1.0, **{"from": first})]
        capacity, location = self.refs(cap)
        records = (capacity,)
        for h in handovers:
            records += self.handover_refs(cap, h)[1:3]
        details = {
            "total_share": round(peak, 6),
            "from": first.isoformat(),
            "months": mask.bit_count(),
            "handovers": [h.id for h in handovers],
        }
        return words, (*records, location), details

    def alternative_not_agreed(self, cap, h: HandoverFacts, primary: HandoverFacts, _months):
        words = [_p(
            "%(capacity)s in %(location)s rests on %(actor)s, the fallback for %(primary)s "
            "(%(primary_status)s), and %(actor)s is only %(status)s: the fallback is not "
            "agreed.", capacity=cap.name, location=cap.location_name, actor=h.actor_name,
            primary=primary.actor_name,
            primary_status=Code("handover status", primary.status),
            status=Code("handover status", h.status))]
        details = {
            "status": h.status,
            "primary_handover_id": primary.id,
            "primary_actor_id": primary.actor_id,
            "primary_actor": primary.actor_name,
            "primary_status": primary.status,
        }
        return words, self.handover_refs(cap, h), details

    def agreement_missing(self, cap: CapacityFacts, h: HandoverFacts, _x, _months):
        where = {"actor": h.actor_name, "capacity": cap.name, "location": cap.location_name,
                 "start": h.start}
        if h.agreement == "draft":
            words = [_p("%(actor)s takes over %(capacity)s in %(location)s from %(start)s "
                        "without a signed agreement (only a draft agreement): nothing written "
                        "gives it the authority to do so.", **where)]
        else:
            words = [_p("%(actor)s takes over %(capacity)s in %(location)s from %(start)s "
                        "without a signed agreement (no agreement at all): nothing written "
                        "gives it the authority to do so.", **where)]
        details = {"start": h.start.isoformat(), "agreement": h.agreement,
                   "agreement_ref": h.agreement_ref}
        return words, self.handover_refs(cap, h), details

    def enabler_orphaned(self, cap: CapacityFacts, _h, extra, _months):
        enabler, orphan = extra
        first = self.month(_first(orphan))
        words = [_p("%(capacity)s in %(location)s depends on %(enabler)s, which nobody takes "
                    "over from %(from)s.", capacity=cap.name, location=cap.location_name,
                    enabler=enabler.name, **{"from": first})]
        details = {
            "enabler_id": enabler.id,
            "from": first.isoformat(),
            "months": orphan.bit_count(),
        }
        capacity, location = self.refs(cap)
        return (
            words,
            (capacity, RecordRef("capacity", enabler.id, enabler.name), location),
            details,
        )

    def data_without_protocol(self, cap: CapacityFacts, _h, _x, _months):
        words = [_p("%(capacity)s in %(location)s holds sensitive data and no successor has "
                    "agreed a data-handover protocol: contacts and records would leave with the "
                    "mission.", capacity=cap.name, location=cap.location_name)]
        return words, self.refs(cap), {}

    def re_engagement_trigger(self, cap: CapacityFacts | None, h: HandoverFacts | None, extra,
                              _months):
        fired, ind = extra
        if cap is not None and h is not None:
            what = _p("%(capacity)s in %(location)s, handed over to %(actor)s",
                      capacity=cap.name, location=cap.location_name, actor=h.actor_name)
        else:
            what = ind.location_name
        unit = ind.unit if ind.unit in ("", "%") else f" {ind.unit}"
        n = fired.periods
        if fired.reason == "crossed":
            values = Join(tuple(_p("%(value)s on %(day)s", value=f"{v:g}{unit}", day=d)
                                for d, v in fired.values))
            where = {"what": what, "indicator": ind.name, "threshold": f"{ind.threshold:g}{unit}",
                     "values": values, "num": n}
            if ind.trigger_when == "below":
                why = (_np("%(indicator)s has been below its threshold of %(threshold)s for "
                           "%(num)s month in a row (%(values)s)",
                           "%(indicator)s has been below its threshold of %(threshold)s for "
                           "%(num)s months in a row (%(values)s)", n, **where)
                       if ind.period == "month" else
                       _np("%(indicator)s has been below its threshold of %(threshold)s for "
                           "%(num)s quarter in a row (%(values)s)",
                           "%(indicator)s has been below its threshold of %(threshold)s for "
                           "%(num)s quarters in a row (%(values)s)", n, **where))
            else:
                why = (_np("%(indicator)s has been above its threshold of %(threshold)s for "
                           "%(num)s month in a row (%(values)s)",
                           "%(indicator)s has been above its threshold of %(threshold)s for "
                           "%(num)s months in a row (%(values)s)", n, **where)
                       if ind.period == "month" else
                       _np("%(indicator)s has been above its threshold of %(threshold)s for "
                           "%(num)s quarter in a row (%(values)s)",
                           "%(indicator)s has been above its threshold of %(threshold)s for "
                           "%(num)s quarters in a row (%(values)s)", n, **where))
        else:
            since = (_p("since %(day)s", day=fired.last_value[0]) if fired.last_value
                     else _p("since monitoring began on %(day)s", day=fired.silent_from))
            where = {"indicator": ind.name, "num": n, "since": since}
            why = (_np("%(indicator)s has reported nothing for %(num)s month (%(since)s)",
                       "%(indicator)s has reported nothing for %(num)s months (%(since)s)",
                       n, **where)
                   if ind.period == "month" else
                   _np("%(indicator)s has reported nothing for %(num)s quarter (%(since)s)",
                       "%(indicator)s has reported nothing for %(num)s quarters (%(since)s)",
                       n, **where))
        words = [_p("Re-engage on %(what)s: %(why)s. It cannot be marked verified sustained "
                    "until its values are back inside the threshold.", what=what, why=why)]
        details = {
            "indicator_id": ind.id,
            "indicator": ind.name,
            "reason": fired.reason,
            "periods": fired.periods,
            "period": ind.period,
            "trigger_periods": ind.trigger_periods,
            "threshold": ind.threshold,
            "trigger_when": ind.trigger_when,
            "unit": ind.unit,
            "values": [{"date": d.isoformat(), "value": v} for d, v in fired.values],
            "last_value": ({"date": fired.last_value[0].isoformat(),
                            "value": fired.last_value[1]} if fired.last_value else None),
            "silent_from": fired.silent_from.isoformat() if fired.silent_from else None,
        }
        indicator = RecordRef("protectionindicator", ind.id, ind.name)
        if cap is not None and h is not None:
            capacity, handover, actor, location = self.handover_refs(cap, h)
            records = (capacity, handover, actor, indicator, location)
        else:
            records = (indicator, RecordRef("location", ind.location_id, ind.location_name))
        return words, records, details
