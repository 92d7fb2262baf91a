"""The humanitarian codes HXL wants beside the plan's own: a category's cluster and area of
responsibility by their IASC codes (#sector+code, #subsector+code)."""

from __future__ import annotations

from functools import cache

from transition_planner.domain import taxonomy as tx


@cache
def _builtin() -> tx.Taxonomy:
    return tx.Taxonomy.builtin()


def cluster_codes(taxonomy: tx.Taxonomy, category: str | None) -> tuple[str, str]:
    """(cluster, area of responsibility) of a category, e.g. ("PRO", "PRO-CPN"); "" where it
    has none. From the plan's term, else the built-in term's (a plan made before the mapping
    was shipped has the term without it); see `_clusters` in resources/taxonomy.json."""
    if not category:
        return "", ""
    attributes = next((t.attributes for t in taxonomy.terms(tx.CATEGORY) if t.code == category),
                      {})
    if "cluster" not in attributes:
        attributes = next((t.attributes for t in _builtin().terms(tx.CATEGORY)
                           if t.code == category), {})
    return attributes.get("cluster", "") or "", attributes.get("aor", "") or ""
