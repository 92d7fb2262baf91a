"""Who an export is for, and what of a sensitive record or field they may see."""

from __future__ import annotations

from transition_planner.i18n import N_

INTERNAL, CLUSTER, DONOR = "internal", "cluster", "donor"
AUDIENCES = (INTERNAL, CLUSTER, DONOR)
# How messages name each audience (worded in the reader's language: t._(AUDIENCE_WORDS[a]))
AUDIENCE_WORDS = {INTERNAL: N_("internal"), CLUSTER: N_("protection cluster"),
                  DONOR: N_("donor")}
REDACTED = ""  # what a sensitive field becomes in an export outside the mission


def check_audience(audience: str) -> str:
    if audience not in AUDIENCES:
        raise ValueError(f"unknown audience '{audience}' (use {', '.join(AUDIENCES)})")
    return audience


def shows_record(sensitive: bool, audience: str) -> bool:
    """Sensitive records stay inside the mission: clusters and donors never see them."""
    return audience == INTERNAL or not sensitive


def redact(values: dict, sensitive_fields, audience: str) -> dict:
    """A copy of `values` with the fields marked sensitive blanked for outside audiences."""
    if audience == INTERNAL or not sensitive_fields:
        return dict(values)
    hidden = set(sensitive_fields)
    return {k: (REDACTED if k in hidden else v) for k, v in values.items()}
