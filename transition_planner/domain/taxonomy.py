"""The field's vocabulary (categories, actor types, statuses...) as data, not code."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import cache

from transition_planner.paths import TAXONOMY_FILE

# Taxonomy kinds; each is a list of terms in resources/taxonomy.json and a set of rows in a plan.
CATEGORY = "category"
ACTOR_TYPE = "actor_type"
FUNDING_SOURCE = "funding_source"
FUNDING_STATUS = "funding_status"
HANDOVER_STATUS = "handover_status"
MODALITY = "modality"
HANDOVER_ROLE = "handover_role"
READINESS_DIMENSION = "readiness_dimension"
CONFIDENCE = "confidence"
POPULATION = "population"
COMPONENT = "component"
POC_TIER = "poc_tier"
CRITICALITY = "criticality"
LOCATION_LEVEL = "location_level"
MILESTONE_KIND = "milestone_kind"

READINESS_MIN, READINESS_MAX = 1, 5  # 1 = not ready at all, 5 = fully ready


TAXONOMY_CONTEXT = "taxonomy "  # + kind: the catalogue context of a built-in term's label


@dataclass(frozen=True)
class Term:
    """One entry of the taxonomy, e.g. the category 'mine_action'."""

    kind: str
    code: str
    label: str
    label_fr: str = ""
    attributes: dict = field(default_factory=dict)
    builtin: bool = True

    def label_for(self, lang: str) -> str:
        """The label in a language: French from the plan's own French label, other languages
        (and French without one) from the core catalogue for built-in terms
        (resources/taxonomy.json is extracted into it); a plan's own terms keep their label."""
        if lang == "fr" and self.label_fr:
            return self.label_fr
        if not lang or lang == "en" or not self.builtin:
            return self.label
        from transition_planner.i18n import translator

        return translator(lang).pgettext(TAXONOMY_CONTEXT + self.kind, self.label)


@cache
def builtin_terms() -> tuple[Term, ...]:
    """Terms shipped with the application, in their file order."""
    data = json.loads(TAXONOMY_FILE.read_text(encoding="utf-8"))
    return tuple(
        Term(kind, t["code"], t["label"], t.get("label_fr", ""), t.get("attributes", {}))
        for kind, terms in data.items()
        if not kind.startswith("_")
        for t in terms
    )


class Taxonomy:
    """Lookup over a plan's terms (built-in plus the user's own)."""

    def __init__(self, terms):
        self._by_kind: dict[str, dict[str, Term]] = {}
        for term in terms:
            self._by_kind.setdefault(term.kind, {})[term.code] = term

    @classmethod
    def builtin(cls) -> Taxonomy:
        return cls(builtin_terms())

    def codes(self, kind: str) -> list[str]:
        return list(self._by_kind.get(kind, {}))

    def terms(self, kind: str) -> list[Term]:
        return list(self._by_kind.get(kind, {}).values())

    def has(self, kind: str, code: str) -> bool:
        return code in self._by_kind.get(kind, {})

    def label(self, kind: str, code: str, lang: str = "en") -> str:
        term = self._by_kind.get(kind, {}).get(code)
        return term.label_for(lang) if term else code

    def with_attribute(self, kind: str, attribute: str) -> set[str]:
        """Codes of `kind` whose attributes set `attribute` to a true value."""
        return {c for c, t in self._by_kind.get(kind, {}).items() if t.attributes.get(attribute)}

    def attribute(self, kind: str, code: str, attribute: str, default=None):
        term = self._by_kind.get(kind, {}).get(code)
        return term.attributes.get(attribute, default) if term else default
