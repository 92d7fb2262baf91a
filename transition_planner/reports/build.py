"""Build a transition report PDF: the one service the command line and the window both call."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from transition_planner.domain import audience as aud
from transition_planner.i18n import LANGUAGES, N_
from transition_planner.reports import fonts, post_exit
from transition_planner.reports.data import load_report_data
from transition_planner.reports.errors import ReportError
from transition_planner.reports.layout import ReportDoc, Styles, Writer
from transition_planner.reports.partners import partner_sections
from transition_planner.reports.sections import Sections
from transition_planner.reports.words import Words
from transition_planner.services.errors import InvalidInput, Problem
from transition_planner.services.files import replacing

FOOTERS = {"donor": N_("Donor version: sensitive information withheld"),
           "cluster": N_("Cluster version: sensitive information withheld"),
           "internal": N_("%(classification)s: not for distribution")}

Progress = Callable[[int, int], None]  # (done, total); raise from it to cancel


@dataclass(frozen=True)
class ReportResult:
    """What was written."""

    path: Path
    pages: int
    audience: str
    lang: str


def build_report(handle, out_path, *, audience: str = aud.DONOR, lang: str = "en",
                 locations: list[str] | None = None, created: date | None = None,
                 scenario_id: str | None = None,
                 progress: Progress | None = None) -> ReportResult:
    """Write the transition report of an open plan to out_path (replaced only when complete).

    audience: donor, cluster or internal (sensitive records and fields only in internal);
    lang: en, fr or ar; locations: names or P-codes to limit the report to (with everything
    inside them); created: the report's date (default today; the same date and plan give the
    same PDF; rules about dates already passed read it); scenario_id: a scenario other than
    the plan's active one; progress: called with (done, total) and may raise to cancel.
    """
    problems = {}
    if audience not in aud.AUDIENCES:
        problems["audience"] = Problem(N_("unknown audience '%(audience)s' (use %(choices)s)"),
                                       audience=audience, choices=", ".join(aud.AUDIENCES))
    if lang not in LANGUAGES:
        problems["lang"] = Problem(N_("unknown language '%(lang)s' (use %(choices)s)"),
                                   lang=lang, choices=", ".join(LANGUAGES))
    if problems:
        raise InvalidInput(problems)
    out_path = Path(out_path)
    fonts.register_fonts()
    # fails now, before any work, if the target is the plan or its folder is not writable
    with replacing(out_path, plan=handle.path, what="report", error=ReportError) as part:
        _tick(progress, 0)
        data = load_report_data(handle, audience, created or date.today(), locations,
                                scenario_id)
        data.post_exit = post_exit.load(handle, data)
        _tick(progress, 5)
        words = Words(lang, handle.taxonomy())
        writer = Writer(words, Styles(words.rtl))
        story, toc = _story(data, words, writer)
        _tick(progress, 10)
        doc = _document(part, data, words, writer, progress)
        if toc is not None:  # entries known up front keep the contents' height from changing
            toc.addEntries([(level, text, 0, key) for level, text, key, in_toc
                            in (f.outline for f in story if hasattr(f, "outline")) if in_toc])
        doc.multiBuild([*story, doc.counter])
    if progress is not None:
        progress(100, 100)
    return ReportResult(out_path, doc.counter.pages or 0, audience, lang)


def _tick(progress: Progress | None, done: int) -> None:
    if progress is not None:
        progress(done, 100)


def _story(data, words, writer) -> tuple[list, object]:
    sections = Sections(data, words, writer)
    story = sections.cover()
    if not data.capacities:
        return story + sections.empty(), None
    contents, toc = sections.contents()
    story += sections.brief() + contents + sections.summary() + sections.cliff()
    story += sections.coverage()
    story += sections.map()
    story += sections.unfunded() + sections.handovers()
    if data.audience == aud.CLUSTER:  # the partners' open points and the matrix
        story += partner_sections(sections, words.lang)
    story += sections.readiness()
    story += sections.timeline() + post_exit.section(data, words, writer) + sections.flags()
    if data.internal:
        story += sections.sheets()
    return story, toc


def _document(path: Path, data, words, writer, progress) -> ReportDoc:
    plan = data.plan
    mission = plan.mission_acronym or plan.mission_name or plan.name
    title = words._("Protection transition report")
    return ReportDoc(
        str(path), words=words, styles=writer.styles, header=f"{mission} · {title}",
        footer=words._(FOOTERS[data.audience], classification=plan.classification),
        created=data.created, title=f"{title}: {mission}", progress=progress,
        audience=data.audience, banner=words._("RESTRICTED · INTERNAL") if data.internal else "",
    )
