"""Labels of taxonomy codes in the window's language."""

from __future__ import annotations

from transition_planner.domain.taxonomy import Taxonomy


class TermLabels:
    """Turns a plan's taxonomy codes into labels (French labels in a French window)."""

    def __init__(self, taxonomy: Taxonomy | None = None, language: str = "en"):
        self.taxonomy = taxonomy or Taxonomy.builtin()
        self.language = language if language in ("fr", "ar") else "en"
        self._positions: dict[str, dict[str, int]] = {}

    def label(self, kind: str, code: str | None) -> str:
        if not code:
            return ""
        return self.taxonomy.label(kind, code, self.language)

    def choices(self, kind: str) -> list[tuple[str, str]]:
        """(code, label) of every term of `kind`, in the taxonomy's order."""
        return [(t.code, t.label_for(self.language)) for t in self.taxonomy.terms(kind)]

    def position(self, kind: str, code: str) -> int:
        """Where a code stands in its list (lifecycle order for statuses); unknown: last."""
        positions = self._positions.get(kind)
        if positions is None:
            codes = self.taxonomy.codes(kind)
            positions = self._positions[kind] = {c: n for n, c in enumerate(codes)}
        return positions.get(code, len(positions))
