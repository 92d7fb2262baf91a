"""The cluster report's own sections: what each partner still has to confirm before its
handovers are real, and where the handover matrix the cluster co-drafts stands.

A protection cluster reads the report to chase its partners before the next meeting, so each
open point names the handover and what is missing: a status still short of "agreed", an
agreement not signed, no start date, readiness dimensions nobody has scored, funding that is
only pledged or required. Names pass through the audience's redaction like every section.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select

from transition_planner.domain import taxonomy as tx
from transition_planner.i18n import translator
from transition_planner.reports.arabic import embed_ltr
from transition_planner.services.audit import EXPORT, last_export
from transition_planner.store.models import AuditEntry

# Statuses that are still a proposal: the partner has to confirm them.
UNCONFIRMED_STATUSES = ("identified", "proposed")


@dataclass(frozen=True)
class MatrixStatus:
    """The handover matrix as the plan's audit trail knows it."""

    exported_at: datetime | None  # the last export, UTC
    exported_for: str  # that export's audience
    exported_file: str
    changes_since: int  # audited changes since, made by an import of a workbook
    imports_since: int  # distinct workbooks imported since
    last_import_at: datetime | None


def matrix_status(handle) -> MatrixStatus:
    """The last matrix export and what workbooks brought in since (the audit trail)."""
    export = last_export(handle)
    with handle.read() as session:
        since = select(AuditEntry).where(AuditEntry.action != EXPORT, AuditEntry.source != "")
        if export is not None:
            since = since.where(AuditEntry.at > export.at)
        rows = since.subquery()
        changes, sources, last = session.execute(
            select(func.count(), func.count(func.distinct(rows.c.source)),
                   func.max(rows.c.at))).one()
    if export is None:
        return MatrixStatus(None, "", "", changes, sources, last)
    audience = (export.changes.get("audience") or [None, ""])[1] or ""
    return MatrixStatus(export.at, audience, export.source, changes, sources, last)


def open_points(sections, handover, t) -> list[str]:
    """What the partner of one handover still has to confirm, worded in the report's language."""
    data, facts = sections.data, sections.handover_facts.get(handover.id)
    points = []
    if handover.status in UNCONFIRMED_STATUSES:
        points.append(t._("status still “%(status)s”", status=sections.label(
            tx.HANDOVER_STATUS, handover.status)))
    if handover.start_date is None:
        points.append(t._("no start date"))
    if handover.agreement_status != "signed":
        points.append(t._("agreement not signed"))
    dimensions = [term.code for term in data.taxonomy.terms(tx.READINESS_DIMENSION)]
    scored = set(facts.readiness) if facts else set()
    missing = [d for d in dimensions if d not in scored]
    if missing:
        points.append(t.n_("%(num)s readiness dimension not scored",
                           "%(num)s readiness dimensions not scored", len(missing)))
    if facts is not None and facts.funding and not any(
            f.status in sections.rules.secured_statuses for f in facts.funding):
        points.append(t._("funding not yet secured"))
    elif facts is not None and not facts.funding:
        points.append(t._("no funding line"))
    return points


def partner_sections(sections, lang: str) -> list:
    """The cluster report's sections: open points by partner, then the matrix's status."""
    from transition_planner.reports.sections import section_break

    t, data, w = translator(lang), sections.data, sections.w
    out = [section_break(), w.heading(t._("What each partner still has to confirm")),
           w.para(t._("Each handover a partner has taken on, with what is missing before it "
                      "can be counted on: a proposal not yet agreed, no start date, no signed "
                      "agreement, readiness not scored, funding not secured."),
                  sections.s.caption)]
    by_partner: dict[str, list] = {}
    for handover in data.handovers:
        if not sections._listed(handover):
            continue
        points = open_points(sections, handover, t)
        if points:
            by_partner.setdefault(handover.actor_id if sections.actor_shown(handover.actor_id)
                                  else "", []).append((handover, points))
    if not by_partner:
        out.append(w.para(t._("Every partner has confirmed its handovers.")))
    else:
        out.append(_points_table(sections, by_partner, t))
    return out + _matrix(sections, t)


def _points_table(sections, by_partner: dict, t):
    data = sections.data
    named = sorted((k for k in by_partner if k), key=lambda k: sections.actor_name(k).casefold())
    rows, groups = [], set()
    for actor_id in named + ([""] if "" in by_partner else []):
        members = by_partner[actor_id]
        groups.add(len(rows))
        name = sections.actor_name(actor_id) if actor_id else t._("Successors not named here")
        rows.append([t.n_("%(name)s · %(num)s handover to confirm",
                          "%(name)s · %(num)s handovers to confirm", len(members),
                          name=_latin(t, name))])
        members.sort(key=lambda m: data.capacities[m[0].capacity_id].name.casefold())
        for handover, points in members:
            cap = data.capacities[handover.capacity_id]
            rows.append([sections.capacity_name(cap), sections.location_name(cap.location_id),
                         t.pgettext("list separator", "; ").join(points)])
    header = [t._("Capacity"), t._("Location"), t._("Still to confirm")]
    return sections.w.table(header, rows, [0.3, 0.2, 0.5], groups=groups)


def _matrix(sections, t) -> list:
    status: MatrixStatus | None = getattr(sections.data, "matrix", None)
    w = sections.w
    out = [w.heading(t._("The handover matrix"), level=1)]
    if status is None or status.exported_at is None:
        return out + [w.para(t._("The matrix has not been sent to the partners yet: export "
                                 "it from the plan (File > Export handover matrix)."))]
    text = t._("Last exported on %(date)s (%(file)s).",
               date=t.date(status.exported_at.date()),
               file=_latin(t, status.exported_file or "—"))
    if status.imports_since:
        text += " " + t.n_("%(num)s workbook came back since (%(changes)s records changed); "
                           "the latest on %(date)s.",
                           "%(num)s workbooks came back since (%(changes)s records changed); "
                           "the latest on %(date)s.", status.imports_since,
                           changes=t.integer(status.changes_since),
                           date=t.date(status.last_import_at.date()))
    else:
        text += " " + t._("No partner's workbook has come back since.")
    return out + [w.para(text)]


def _latin(t, text: str) -> str:
    """A name inside a sentence, kept in one left-to-right piece in Arabic ("Name (ACRONYM)")."""
    return embed_ltr(text) if t.right_to_left else text
