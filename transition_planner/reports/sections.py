"""The report's sections as flowables, from the report data and the gap engine's results."""

from __future__ import annotations

from collections import defaultdict
from datetime import date
from decimal import Decimal

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, NextPageTemplate, PageBreak, Spacer, Table

from transition_planner import __version__
from transition_planner.domain import taxonomy as tx
from transition_planner.domain.gaps import EPS, FLAG_KINDS, SEVERITIES, add_months, month_starts
from transition_planner.domain.wording import word_flag
from transition_planner.i18n import N_, NP_
from transition_planner.reports import brief, charts
from transition_planner.reports.data import acceptance_ids
from transition_planner.reports.layout import FRAME_WIDTH, NAVY, Alert, Contents, LazyStory

# A donor or cluster report of a large plan stays a report a person reads: it lists the top of
# each long list and sums the rest in one row; the internal report lists everything.
HANDOVERS_PER_SUCCESSOR = 12
TOP_UNFUNDED = 40
TOP_FLAGS = 60


def section_break():
    """A section starts on a new page only when less than a third of the page is left: no
    forced, mostly blank pages (its heading keeps with its first rows)."""
    return CondPageBreak(85 * mm)


DIMENSIONS = ("capacity", "willingness", "funding", "access", "legitimacy", "independence",
              "data_transfer")
# Words looked up where they are shown (N_ marks them for the catalogue)
# Translators: readiness dimensions as narrow table headers; keep the line breaks
DIMENSION_HEADERS = {
    "capacity": N_("Capacity"), "willingness": N_("Will,\nmandate"),
    "funding": NP_("readiness dimension", "Funding"), "access": N_("Access"),
    "legitimacy": N_("Legiti-\nmacy"), "independence": N_("Indepen-\ndence"),
    "data_transfer": N_("Data"),
}
AUDIENCES = {"donor": N_("Donors and headquarters"),
             "cluster": N_("Protection cluster and partners"),
             "internal": N_("Mission planners (internal)")}
CLASSIFICATIONS = {
    "donor": N_("For donors and headquarters. Records and details marked sensitive are "
                "withheld."),
    "cluster": N_("For the protection cluster and its partners. Records and details marked "
                  "sensitive are withheld."),
    "internal": N_("%(classification)s: contains sensitive information. Do not share outside "
                   "the mission."),
}
SEVERITY_WORDS = {"high": N_("High"), "medium": N_("Medium"), "low": N_("Low")}
# Translators: a flag kind's short name in the report's tables
FLAG_TITLES = {
    "no_successor": N_("No successor"), "discontinued": N_("Discontinued"),
    "successor_ends": N_("Successor ends"), "partial_cover": N_("Partly covered"),
    "readiness_not_assessed": N_("Readiness not assessed"),
    "alternative_not_agreed": N_("Fallback not agreed"),
    "agreement_missing": N_("No signed agreement"),
    "late_successor": N_("Successor starts late"),
    "readiness_below_threshold": N_("Successor not ready"),
    "unfunded_after_exit": N_("Unfunded after exit"),
    "over_allocation": N_("Shares above 100%"), "enabler_orphaned": N_("Enabler lost"),
    "independence_conflict": N_("Independence conflict"),
    "data_without_protocol": N_("Sensitive data without protocol"),
    "re_engagement_trigger": N_("Re-engagement trigger"),
}
# why a successor of a capacity without one counts for nothing (the flag's not_counted)
NOT_COUNTED = {
    "undated": NP_("report flag", "%(actor)s has no start date."),
    "excluded": NP_("report flag", "%(actor)s cannot take it over (%(type)s)."),
    "status": NP_("report flag", "%(actor)s is only %(status)s, which counts for nothing."),
}


class Sections:
    """Builds each section of one report; names pass through the audience's redaction."""

    def __init__(self, data, words, writer):
        self.data, self.words, self.w = data, words, writer
        self.s = writer.styles
        self.gaps = data.gaps
        self.facts = data.gaps.facts
        self.rules = self.facts.rules
        self._one_currency = False  # set by the funding ask
        self.handover_facts = {h.id: h for h in self.facts.handovers}
        self.capacity_facts = {c.id: c for c in self.facts.capacities}
        self.funding_of: dict[str, list] = defaultdict(list)
        for line in data.funding:
            self.funding_of[line.capacity_id].append(line)

    # --- names, as this audience may see them ------------------------------------------------

    def capacity_name(self, capacity) -> str:
        name = self.data.value(capacity, "name")
        return name if name else self.words._("withheld")

    def location_name(self, location_id: str | None, inline: bool = False) -> str:
        """A location's name; inline: worded to sit inside a sentence when it is withheld."""
        loc = self.data.locations.get(location_id)
        if loc is None:
            return ""
        if not self.data.shown(loc) or not self.data.value(loc, "name"):
            return (self.words._("a location not named") if inline
                    else self.words._("Location not named"))
        return loc.name

    def _money(self, details: dict) -> str:
        return self.words.money(Decimal(details["amount"]), details["currency"])

    def actor_name(self, actor_id: str, inline: bool = False) -> str:
        actor = self.data.actors.get(actor_id)
        if actor is None or not self.data.shown(actor) or not self.data.value(actor, "name"):
            return (self.words._("a successor not named") if inline
                    else self.words._("Successor not named"))
        acronym = self.data.value(actor, "acronym")
        if acronym and acronym.casefold() not in actor.name.casefold():
            return f"{actor.name} ({acronym})"
        return actor.name

    def actor_shown(self, actor_id: str) -> bool:
        actor = self.data.actors.get(actor_id)
        return self.data.shown(actor) and bool(self.data.value(actor, "name"))

    def selected_locations(self) -> str:
        """The locations the report was limited to, as this audience may see them."""
        return ", ".join(dict.fromkeys(self.location_name(i) for i in self.data.selection))

    def label(self, kind: str, code: str) -> str:
        return self.words.label(kind, code)

    def flag_title(self, kind: str) -> str:
        """A flag kind's short name (a kind the report does not know keeps its code)."""
        return self.words._(FLAG_TITLES[kind]) if kind in FLAG_TITLES else kind

    def dimension(self, code: str) -> str:
        """A readiness dimension as a narrow column header (broken on purpose)."""
        if code == "funding":
            return self.words.p_("readiness dimension", "Funding")
        return self.words._(DIMENSION_HEADERS[code])

    # --- cover and contents ------------------------------------------------------------------

    def cover(self) -> list:
        d, t, plan = self.data, self.words, self.data.plan
        mission = plan.mission_name or plan.name
        if plan.mission_acronym and plan.mission_acronym not in mission:
            mission = f"{mission} ({plan.mission_acronym})"
        locations = self.selected_locations() if d.selection else t._("All locations of the plan")
        pairs = [
            (t._("Mission"), mission),
            (t._("Host country"), plan.host_country or t._("not set")),
            (t._("Plan"), plan.name),
            (t._("Scenario"), d.scenario_name or t._("not set")),
            (t._("Mandate ends"), t.date(plan.mandate_end)),
            (t._("Mission exit"), t.date(self.facts.exit_date)),
            (t._("Locations covered"), locations),
            (t._("Prepared for"), t._(AUDIENCES[d.audience])),
            (t._("Date of the report"), t.date(d.created)),
        ]
        kicker = " · ".join(x for x in (plan.mission_acronym, plan.host_country) if x)
        classification = t._(CLASSIFICATIONS[d.audience], classification=plan.classification)
        box = Table([[self.w.para(classification, self.s.notice)]], colWidths=[FRAME_WIDTH],
                    style=[("BOX", (0, 0), (-1, -1), 1, NAVY), ("TOPPADDING", (0, 0), (-1, -1), 8),
                           ("BOTTOMPADDING", (0, 0), (-1, -1), 9)])
        return [
            Spacer(1, 28 * mm), self.w.para(kicker, self.s.kicker),
            self.w.para(t._("Protection transition report"), self.s.title),
            self.w.para(t._("Handover of the mission's protection capacities to its successors"),
                self.s.subtitle),
            self.w.key_values(pairs), Spacer(1, 14 * mm), box, Spacer(1, 8 * mm),
            self.w.para(t._("Generated with Transition Planner %(version)s.",
                version=__version__), self.s.caption),
            NextPageTemplate("body"), PageBreak(),
        ]

    def contents(self) -> tuple[list, Contents]:
        toc = Contents(self.s, self.words)
        title = self.w.para(self.words._("Contents"), self.s.h1)
        return [title, toc, Spacer(1, 6 * mm)], toc

    def empty(self) -> list:
        t = self.words
        if self.data.selection:
            text = t._(
                "No protection capacity sits in the selected locations (%(locations)s), so there "
                "is nothing to report for them.", locations=self.selected_locations())
        else:
            text = t._(
                "This plan holds no protection capacities yet, so there is nothing to report. Add "
                "the mission's capacities and their successors, then build the report again.")
        return [self.w.heading(t._("Executive summary")), self.w.para(text)]

    # --- the brief: two pages at the front ---------------------------------------------------

    def brief(self) -> list:
        """Page 1: the headline and the cliff; page 2: the funding ask and the gravest risks."""
        t = self.words
        out = [self.w.heading(t._("The transition in brief"))]
        head = brief.headline(self.data)
        if head is None:
            out.append(self.w.para(t._(
                "Coverage does not fall below the requirement in any month of the plan.")))
        else:
            out.append(self.w.para(t._(
                "Coverage first falls short of the requirement in %(month)s, at %(places)s.",
                month=t.month(head.first_month),
                                     places=self._places(head.first_places)), self.s.lead))
            out.append(self.w.key_values(self._headline_pairs(head), 0.36, compact=True))
        out += [Spacer(1, 3 * mm), *self._cliff_chart(112 * mm), PageBreak()]
        out += self._funding_ask() + self._risks()
        return out + [PageBreak()]

    def _places(self, location_ids: list[str], most: int = 4) -> str:
        names = list(dict.fromkeys(self.location_name(i) for i in location_ids))
        if len(names) > most:
            return self.words._("%(items)s and %(n)s more", items=self.words.join(names[:most]),
                              n=self.words.number(len(names) - most))
        return self.words.join(names)

    def _headline_pairs(self, head) -> list[tuple[str, str]]:
        t = self.words
        summary = self.gaps.summary
        categories = t.join(f"{self.label(tx.CATEGORY, c)} ({t.number(n)})"
                            for c, n in head.categories.items())
        unfunded = {c: Decimal(a) for c, a in summary["unfunded_after_exit"].items()}
        return [
            (t._("Places that lose cover"),
                f"{t.number(len(head.places))}: {self._places(head.places)}"),
            (t._("Protection functions left short"), t._(
                "%(n)s of %(total)s", n=t.number(head.functions),
                                     total=t.number(summary["capacities"]))),
            (t._("Protection lost (functions)"), categories),
            (t._("People affected"), t.join(self.label(tx.POPULATION, p) for p in head.populations)
             or t._("not recorded")),
            (t._("Lowest coverage"), t._(
                "%(pct)s of the requirement, in %(month)s", pct=t.percent(head.lowest_share),
                                  month=t.month(head.lowest_month))),
            (t._("Funding still needed after the exit"),
                t.moneys(unfunded) if unfunded else t.number(0)),
        ]

    def _cliff_chart(self, height: float) -> list:
        t = self.words
        series = self.gaps.series()["all"]
        starts = month_starts(self.facts)
        actor_labels = {code: self.label(tx.ACTOR_TYPE, code) for code in series.by_actor_type}
        closures = [day for loc_id, _name, day in self.facts.closures
                    if self.data.shown(self.data.locations.get(loc_id))]
        chart = charts.cliff_chart(series, starts, self.facts.exit_date, actor_labels, t,
                                   FRAME_WIDTH, height, closures=closures)
        chart.hAlign = "CENTER"
        return [chart, self.w.para(t._(
            "Unit: capacity-equivalents; 1 is one protection capacity fully provided for a month. "
            "Bars show what is covered, up to the requirement; red is what nobody covers."),
            self.s.caption)]

    def _cents(self, cents: dict[str, int]) -> str:
        return self._amounts({c: Decimal(a) / 100 for c, a in cents.items()})

    def _amounts(self, amounts: dict[str, Decimal]) -> str:
        """Money in the brief's tables: the number alone when the plan has one currency (the
        caption names it), so that a cell fits on one line."""
        t = self.words
        if not amounts:
            return "–"
        if self._one_currency and len(amounts) == 1:
            return t.number(next(iter(amounts.values())), 2)
        return t.moneys(amounts)

    def _ask_table(self, ask, label_of, header_label: str, order: list[str]):
        t = self.words
        rows, bold = [], set()
        for group in order:
            years = ask.rows.get(group, {})
            rows.append([label_of(group), *(self._cents(years.get(y, {})) for y in ask.years),
                         self._cents(ask.total(group)), self._amounts(ask.pledged.get(group, {}))])
        pledged: dict[str, Decimal] = defaultdict(Decimal)
        for amounts in ask.pledged.values():
            for currency, amount in amounts.items():
                pledged[currency] += amount
        bold.add(len(rows))
        rows.append([t._("Total"), *(self._cents(ask.year_total(y)) for y in ask.years),
                     self._cents(ask.total()), self._amounts(dict(pledged))])
        header = [header_label, *(t.digits(str(y)) for y in ask.years), t._("Total"),
                  t._("Pledged")]
        n = len(ask.years)
        first = 0.24
        rest = (1 - first) / (n + 2)
        return self.w.table(header, rows, [first] + [rest] * (n + 2),
                            numeric=set(range(1, n + 3)), bold_rows=bold)

    def _funding_ask(self) -> list:
        t, d = self.words, self.data
        by_category = brief.funding_ask(d, lambda cap: cap.category)
        currencies = {c for years in by_category.rows.values() for cell in years.values()
                      for c in cell} | {c for p in by_category.pledged.values() for c in p}
        self._one_currency = len(currencies) == 1
        intro = t._(
            "What the successors' work costs after the mission leaves and no secured funding "
            "pays, by year; 'Pledged' is the secured funding (pledged, committed or disbursed, "
            "not the mission's budget) already recorded for the same capacities.")
        if self._one_currency:
            intro += " " + t._("Amounts in %(currency)s.", currency=next(iter(currencies)))
        out = [self.w.heading(t._("The funding ask"), level=1), self.w.para(intro, self.s.caption)]
        if not self.gaps.unfunded:
            return out + [self.w.para(t._(
                "No protection function is left unfunded after the mission leaves."))]
        order = {code: i for i, code in enumerate(self._taxonomy_codes(tx.CATEGORY))}
        groups = sorted((g for g in by_category.rows if g != brief.WITHHELD),
                        key=lambda c: (order.get(c, 999), c))
        groups += [brief.WITHHELD] if brief.WITHHELD in by_category.rows else []
        withheld = t._("Withheld records")
        out.append(self._ask_table(
            by_category, lambda g: withheld if g == brief.WITHHELD else self.label(tx.CATEGORY, g),
            t._("Category"), groups))
        out.append(Spacer(1, 3 * mm))

        def place(cap) -> str:
            loc = d.locations.get(cap.location_id)
            return cap.location_id if loc is not None and d.shown(loc) and \
                d.value(loc, "name") else brief.WITHHELD

        by_location = brief.funding_ask(d, place)
        named = sorted((g for g in by_location.rows if g != brief.WITHHELD),
                       key=lambda g: (-sum(by_location.total(g).values()), d.locations[g].name))
        if len(named) > brief.TOP_LOCATIONS:  # the rest summed in one row
            others = named[brief.TOP_LOCATIONS - 1:]
            merged = by_location.rows.setdefault(brief.WITHHELD + "others", {})
            pledged = by_location.pledged.setdefault(brief.WITHHELD + "others", {})
            for g in others:
                for year, cents in by_location.rows.pop(g).items():
                    cell = merged.setdefault(year, {})
                    for currency, amount in cents.items():
                        cell[currency] = cell.get(currency, 0) + amount
                for currency, amount in by_location.pledged.pop(g, {}).items():
                    pledged[currency] = pledged.get(currency, Decimal(0)) + amount
            named = named[:brief.TOP_LOCATIONS - 1] + [brief.WITHHELD + "others"]
            n_others = len(others)
        else:
            n_others = 0
        order = named + ([brief.WITHHELD] if brief.WITHHELD in by_location.rows else [])

        def label(g: str) -> str:
            if g == brief.WITHHELD + "others":
                return t._("Other locations (%(n)s)", n=t.number(n_others))
            if g == brief.WITHHELD:  # hidden capacities, and those at hidden locations
                return t._("Withheld records")
            return self.location_name(g)

        out.append(self._ask_table(by_location, label, t._("Location"), order))
        return out

    def _who_acts(self, flag) -> str:
        t, d = self.words, self.data
        for record in flag.records:
            if record.type == "actor":
                return self.actor_name(record.id)
            if record.type == "handover" and record.id in d.handover_by_id:
                return self.actor_name(d.handover_by_id[record.id].actor_id)
        if flag.kind == "unfunded_after_exit":
            return t._("Donors")
        return t._("The mission")

    def _risks(self) -> list:
        t, d = self.words, self.data
        out = [self.w.heading(t._("The five gravest risks"), level=1)]
        risks = brief.gravest_risks(d, self._flag_hidden)
        if not risks:
            return out + [self.w.para(t._("The gap analysis raises no flag."))]
        rows = []
        for flag, when in risks:
            cap = d.all_capacities.get(flag.records[0].id)
            where = self.location_name(cap.location_id) if cap else ""
            what = self.flag_title(flag.kind)
            if cap:  # (a Latin name in an Arabic line keeps its brackets: a parameter)
                what = t._("%(label)s: %(text)s", label=what, text=self.capacity_name(cap))
            severity = t._(SEVERITY_WORDS[flag.severity])
            due = t.date(when) if when else "–"
            if when and when < d.created:
                due = t._("%(date)s (overdue)", date=due)
            rows.append([Alert(severity) if flag.severity == "high" else severity, what, where,
                         self._who_acts(flag), due])
        header = [t._("Severity"), t._("Risk"), t._("Location"), t._("Who must act"),
                  t._("By when")]
        out.append(self.w.table(header, rows, [0.1, 0.36, 0.15, 0.22, 0.17]))
        return out

    # --- executive summary -------------------------------------------------------------------

    def _cliff_points(self):
        """(first month with a gap, month of lowest coverage, covered share then) or None."""
        series = self.gaps.series()["all"]
        starts = month_starts(self.facts)
        first = next((i for i, g in enumerate(series.gap) if g > EPS), None)
        if first is None:
            return None
        covered = [(1 - g / r if r > EPS else 1.0, i)
                   for i, (r, g) in enumerate(zip(series.requirement, series.gap))]
        lowest_share, lowest = min(covered)
        return starts[first], starts[lowest], lowest_share

    def summary(self) -> list:
        t, summary, d = self.words, self.gaps.summary, self.data
        out = [self.w.heading(t._("Executive summary"))]
        start = self.facts.horizon_start
        scope = t._(
            "The plan lists %(capacities)s protection capacities of the mission and %(handovers)s "
            "handovers to successors over %(months)s months from %(start)s.",
            capacities=t.number(summary["capacities"]),
                  handovers=t.number(summary["handovers"]),
                  months=t.number(summary["months"]), start=t.month(start))
        exit_date = self.facts.exit_date
        scope += " " + (t._(
            "The mission is due to leave on %(date)s.", date=t.date(exit_date)) if exit_date
                        else t._("No exit date is set for the mission yet."))
        out.append(self.w.para(scope))
        cliff = self._cliff_points()
        if cliff:
            first, lowest, share = cliff
            out.append(self.w.para(t._(
                "Coverage first falls below the requirement in %(first)s. At its lowest, in "
                "%(lowest)s, %(pct)s of the requirement is covered.", first=t.month(first),
                                     lowest=t.month(lowest), pct=t.percent(share))))
        else:
            out.append(self.w.para(t._(
                "Coverage meets the requirement in every month of the planning horizon.")))
        unfunded = {c: Decimal(a) for c, a in summary["unfunded_after_exit"].items()}
        out.append(self.w.para(t._(
            "Protection functions worth %(amount)s are unfunded after the mission leaves.",
            amount=t.moneys(unfunded)) if unfunded
                               else t._(
                                   "No protection function is left unfunded after the mission "
                                   "leaves.")))
        hidden = d.hidden_count()
        if hidden:
            out.append(self.w.para(t._(
                "The figures count every record of the plan; %(n)s records marked sensitive are "
                "not named in this version.", n=t.number(hidden))))
        out.append(self.w.heading(t._("Key figures"), level=1))
        severities = defaultdict(int)
        for flag in self.gaps.flags:
            severities[flag.severity] += 1
        end = add_months(start, summary["months"] - 1)
        rows = [
            (t._("Protection capacities"), t.number(summary["capacities"])),
            (t._("Handovers to successors"), t.number(summary["handovers"])),
            (t._("Capacities without a successor"),
                t.number(summary["capacities_without_successor"])),
            (t._("Capacities whose successor is not ready"),
                t.number(summary["capacities_not_ready"])),
            (t._(
                "Capacity-months below the requirement"), t.number(summary["capacity_gap_months"])),
            (t._("Location-months with a gap"), t.number(summary["uncovered_location_months"])),
            (t._("Unfunded after the mission leaves"),
                t.moneys(unfunded) if unfunded else t.number(0)),
            (t._("Flags (high / medium / low)"),
                " / ".join(t.number(severities[s]) for s in SEVERITIES)),
            (t._("Flags accepted as known risks"), t.number(len(d.accepted_by_flag))),
            (t._("Mission exit"), t.date(exit_date)),
            (t._("Planning horizon"), t._(
                "%(start)s to %(end)s (%(months)s months)", start=t.month(start), end=t.month(end),
                                 months=t.number(summary["months"]))),
        ]
        out.append(self.w.table([t._("Key figures"), t._("Figure")], [list(r) for r in rows],
                                [0.6, 0.4], numeric={1}))
        return out

    # --- the protection cliff ----------------------------------------------------------------

    def cliff(self) -> list:
        t = self.words
        series = self.gaps.series()["all"]
        starts = month_starts(self.facts)
        out = [section_break(), self.w.heading(t._("The protection cliff")), self.w.para(t._(
                "Month by month, the protection the plan requires (the black line) and who covers "
                "it: the mission, then its successors grouped as UN, government, NGO and civil "
                "society, and others. Red is the part of the requirement nobody covers; the "
                "dashed line marks the mission's exit, the ticks under the axis site closures."),
                                                                       self.s.caption),
               *self._cliff_chart(110 * mm), self.w.heading(t._("Month by month"), level=1)]
        rows = []
        for i, start in enumerate(starts):
            need, gap = series.requirement[i], series.gap[i]
            covered = t.percent(1 - gap / need) if need > EPS else "–"
            rows.append([t.month(start), t.number(need, 1), t.number(series.mission[i], 1),
                         t.number(series.successors[i], 1), t.number(gap, 1), covered])
        header = [t._("Month"), t._("Requirement"), t._("Mission"), t._("Successors"),
                  t._("Gap"), t._("Covered")]
        out.append(self.w.table(header, rows, [0.25, 0.15, 0.15, 0.15, 0.15, 0.15],
                                numeric={1, 2, 3, 4, 5}))
        return out

    # --- the map ------------------------------------------------------------------------------

    def map(self) -> list:
        """Where coverage falls: two maps on a page, or nothing when no location is mapped."""
        from transition_planner.reports.map import map_drawing
        from transition_planner.services import maps

        view, t = self.data.map, self.words
        if view is None or not view.has_geometry:
            return []
        months = month_starts(self.facts)
        out = [PageBreak(), self.w.heading(t._("Where coverage falls")),  # two maps fill a page
               self.w.para(t._(
                   "Areas are coloured by the capacity-months without enough cover over the "
                   "plan's horizon, from %(start)s to %(end)s, for the capacities at locations "
                   "inside them; dots are team sites and offices, coloured the same way for their "
                   "own capacities. The second map shows the month coverage first falls: the "
                   "darker, the earlier.", start=t.month(months[0]), end=t.month(months[-1])),
                           self.s.caption)]
        if view.hidden_places:
            out.append(self.w.para(t.n_("One place is not drawn: it is marked sensitive.",
                "%(num)s places are not drawn: they are marked sensitive.", view.hidden_places),
                                   self.s.caption))
        for measure, title in ((maps.UNCOVERED, t._("Uncovered capacity-months")),
                               (maps.FIRST_GAP, t._("Month coverage first falls"))):
            drawing = map_drawing(view, t, FRAME_WIDTH, 100 * mm, measure)
            drawing.hAlign = "CENTER"
            out += [self.w.heading(title, level=1, toc=False), drawing]
        return out

    # --- coverage by category and location ---------------------------------------------------

    def _unfunded_by_capacity(self) -> dict:
        return self.gaps.unfunded

    def _group_row(self, capacity_ids: list[str], unfunded: dict) -> list:
        t = self.words
        covs = [self.gaps.coverage(c) for c in capacity_ids]
        gap_months = sum(c.gap_months for c in covs)
        firsts = [c.first_gap_month for c in covs if c.first_gap_month is not None]
        required = sum(c.required_share * (c.months - c.exit_month) for c in covs)
        met = 1 - sum(c.gap_total for c in covs) / required if required > EPS else None
        amounts: dict[str, Decimal] = defaultdict(Decimal)
        for c in capacity_ids:
            part = unfunded.get(c)
            if part:
                amounts[part.currency] += part.amount
        starts = month_starts(self.facts)
        first = t.month(starts[min(firsts)]) if firsts else "–"
        # the first gap (a month) sits apart from the counts, so no row reads "15 October 2027"
        return [first, t.number(len(covs)), t.number(gap_months),
                t.percent(met) if met is not None else "–",
                t.moneys(dict(amounts)) if amounts else "–"], met

    def coverage(self) -> list:
        t = self.words
        unfunded = self._unfunded_by_capacity()
        by_category: dict[str, list[str]] = defaultdict(list)
        for cap in self.facts.capacities:
            by_category[cap.category].append(cap.id)
        order = {code: i for i, code in enumerate(self._taxonomy_codes(tx.CATEGORY))}
        rows, bars = [], []
        for code in sorted(by_category, key=lambda c: (order.get(c, 999), c)):
            values, met = self._group_row(by_category[code], unfunded)
            rows.append([self.label(tx.CATEGORY, code), *values])
            bars.append((self.label(tx.CATEGORY, code), met))
        header = [t._("Category"), t._("First gap"), t._("Capacities"),
                  t._("Gap months"), t._("Met after exit"), t._("Unfunded")]
        widths = [0.3, 0.14, 0.12, 0.12, 0.13, 0.19]
        out = [section_break(), self.w.heading(t._("Coverage by category and location")),
               self.w.para(t._(
                   "Capacity-months below the requirement, the first month with a gap, and the "
                   "share of the requirement met after the mission stops providing each capacity."),
                   self.s.caption),
               self.w.heading(t._("By category"), level=1),
               self.w.para(t._(
                   "Share of the requirement met after the mission leaves"), self.s.caption),
               charts.share_bars(bars, t, FRAME_WIDTH), Spacer(1, 4 * mm),
               self.w.table(header, rows, widths, numeric={2, 3, 4, 5})]
        out += [self.w.heading(t._("By location"), level=1), self._location_table(unfunded)]
        return out

    def _taxonomy_codes(self, kind: str) -> list[str]:
        taxonomy = self.words.taxonomy
        return taxonomy.codes(kind) if taxonomy is not None else []

    def _location_table(self, unfunded: dict):
        t, d = self.words, self.data
        by_location: dict[str, list[str]] = defaultdict(list)
        for cap in self.facts.capacities:
            loc = d.locations.get(cap.location_id)
            visible = loc is not None and d.shown(loc) and d.value(loc, "name")
            by_location[cap.location_id if visible else ""].append(cap.id)
        closures = {loc_id: day for loc_id, _name, day in self.facts.closures}
        rows = []
        for loc_id in sorted((k for k in by_location if k),
                             key=lambda k: (closures.get(k) is None, closures.get(k),
                                            d.locations[k].name)):
            values, _ = self._group_row(by_location[loc_id], unfunded)
            closure = t.date(closures[loc_id]) if loc_id in closures else "–"
            rows.append([d.locations[loc_id].name, closure, *values])
        if "" in by_location:
            values, _ = self._group_row(by_location[""], unfunded)
            rows.append([t._("Locations not named (sensitive)"), "–", *values])
        header = [t._("Location"), t._("Closure"), t._("First gap"), t._("Capacities"),
                  t._("Gap months"), t._("Met after exit"), t._("Unfunded")]
        return self.w.table(header, rows, [0.2, 0.14, 0.13, 0.11, 0.1, 0.12, 0.2],
                            numeric={3, 4, 5, 6})

    # --- unfunded protection functions -------------------------------------------------------

    def _funding_text(self, capacity_id: str) -> str:
        """The funding that outlives the mission longest, or why there is none."""
        t = self.words
        lines = [f for f in self.funding_of[capacity_id] if self.data.shown(f)
                 and f.source_type not in self.rules.mission_funding_sources]
        secured = [f for f in lines if f.status in self.rules.secured_statuses]
        if secured:
            last = max(secured, key=lambda f: (f.period_end is None, f.period_end or date.min))
            source = self.label(tx.FUNDING_SOURCE, last.source_type)
            if last.period_end is None:
                return t._("%(source)s, secured with no end date", source=source)
            return t._(
                "%(source)s, secured until %(date)s", source=source, date=t.date(last.period_end))
        if lines:
            first = min(lines, key=lambda f: (f.period_start or date.min, f.id))
            return t._("%(source)s, %(status)s: not secured",
                source=self.label(tx.FUNDING_SOURCE, first.source_type),
                     status=self.label(tx.FUNDING_STATUS, first.status))
        return t._("None: mission budget only")

    def unfunded(self) -> list:
        t, d = self.words, self.data
        out = [section_break(), self.w.heading(t._("Unfunded protection functions")),
               self.w.para(t._(
                   "Protection functions that lose their funding when the mission leaves: the "
                   "amount needed to keep each at its required level for the rest of the planning "
                   "horizon, from the first unfunded month."), self.s.caption)]
        parts = [(cap_id, part) for cap_id, part in self.gaps.unfunded.items()
                 if cap_id in d.capacities]
        if not parts:
            return out + [self.w.para(t._(
                "No protection function is left unfunded after the mission leaves."))]
        rows, totals, withheld = [], defaultdict(Decimal), defaultdict(Decimal)
        hidden = 0
        starts = month_starts(self.facts)
        first = {cap_id: (part.mask & -part.mask).bit_length() - 1 for cap_id, part in parts}
        listed = self._top_unfunded(parts)
        more, more_amounts = 0, defaultdict(Decimal)
        for cap_id, part in sorted(parts, key=lambda p: (first[p[0]],
                                                          d.capacities[p[0]].name)):
            cap = d.capacities[cap_id]
            totals[part.currency] += part.amount
            if not d.shown(cap) or d.value(cap, "annual_cost") is None:
                hidden += 1
                withheld[part.currency] += part.amount
                continue
            if cap_id not in listed:
                more += 1
                more_amounts[part.currency] += part.amount
                continue
            rows.append([self.capacity_name(cap), self.label(tx.CATEGORY, cap.category),
                         self.location_name(cap.location_id), t.date(starts[first[cap_id]]),
                         t.money(part.amount, part.currency), t.number(part.mask.bit_count()),
                         self._funding_text(cap.id)])
        bold = set()
        if more:
            rows.append([t.n_("%(num)s more capacity (all are listed in the internal report)",
                "%(num)s more capacities (all are listed in the internal report)",
                more), "", "", "",
                         t.moneys(dict(more_amounts)), "", ""])
        if hidden:
            rows.append([t.n_("%(num)s capacity not listed (sensitive)",
                "%(num)s capacities not listed (sensitive)", hidden), "", "", "",
                         t.moneys(dict(withheld)), "", ""])
        for currency, amount in sorted(totals.items()):
            bold.add(len(rows))
            rows.append([t._("Total"), "", "", "", t.money(amount, currency), "", ""])
        header = [t._("Capacity"), t._("Category"), t._("Location"), t._("From"),
                  t._("Amount"), t._("Months"), t._("Funding after the mission")]
        out.append(self.w.table(header, rows, [0.16, 0.14, 0.12, 0.11, 0.16, 0.08, 0.23],
                                numeric={4, 5}, bold_rows=bold))
        return out

    def _top_unfunded(self, parts) -> set[str]:
        """The capacities the unfunded table lists: all of them internally, else the largest."""
        if self.data.internal or len(parts) <= TOP_UNFUNDED:
            return {cap_id for cap_id, _part in parts}
        largest = sorted(parts, key=lambda p: (-p[1].amount, p[0]))[:TOP_UNFUNDED]
        return {cap_id for cap_id, _part in largest}

    # --- handovers by successor --------------------------------------------------------------

    def _readiness(self, handover_id: str) -> dict:
        facts = self.handover_facts.get(handover_id)
        return facts.readiness if facts else {}

    def _secured(self, handover_id: str) -> bool:
        facts = self.handover_facts.get(handover_id)
        return bool(facts) and any(
            f.status in self.rules.secured_statuses
            and f.source_type not in self.rules.mission_funding_sources for f in facts.funding
        )

    def _listed(self, handover) -> bool:
        cap = self.data.capacities.get(handover.capacity_id)
        return self.data.shown(handover) and self.data.shown(cap)

    def handovers(self) -> list:
        t, d = self.words, self.data
        out = [section_break(), self.w.heading(t._("Handovers by successor")),
               self.w.para(t._(
                   "Each successor with the capacities it takes over. Readiness is the "
                   "successor's lowest score on any dimension (1 not ready, 5 fully ready); "
                   "funding says whether money beyond the mission's budget is secured."),
                   self.s.caption)]
        if not d.handovers:
            return out + [self.w.para(t._("No handover to a successor is recorded yet."))]
        groups: dict[str, list] = defaultdict(list)
        for h in d.handovers:
            groups[h.actor_id if self.actor_shown(h.actor_id) else ""].append(h)
        named = sorted((k for k in groups if k), key=lambda k: self.actor_name(k).casefold())
        rows, group_rows, note_rows = [], set(), set()
        threshold = d.plan.readiness_threshold
        for actor_id in named + ([""] if "" in groups else []):
            members = groups[actor_id]
            group_rows.add(len(rows))
            if actor_id:
                actor = d.actors[actor_id]
                title = t._("%(name)s: %(type)s", name=self.actor_name(actor_id),
                          type=self.label(tx.ACTOR_TYPE, actor.actor_type))
            else:
                title = t._("Successors not named (sensitive)")
            count = t.n_("%(num)s handover", "%(num)s handovers", len(members))
            rows.append([f"{title} · {count}"])
            listed = [h for h in members if self._listed(h)]
            listed.sort(key=lambda h: (h.start_date is None, h.start_date,
                                       d.capacities[h.capacity_id].name))
            hidden = len(members) - len(listed)
            more = 0
            if not d.internal and len(listed) > HANDOVERS_PER_SUCCESSOR:
                more = len(listed) - HANDOVERS_PER_SUCCESSOR
                listed = listed[:HANDOVERS_PER_SUCCESSOR]
            for h in listed:
                cap = d.capacities[h.capacity_id]
                scores = self._readiness(h.id)
                low = min(scores.values()) if scores else None
                readiness = t._("%(score)s/5", score=t.number(low)) if low is not None \
                    else t._("not assessed")
                if low is not None and low < threshold:
                    readiness = Alert(readiness)
                role = f"{self.label(tx.HANDOVER_ROLE, h.role)} · {t.share(h.share)}"
                rows.append([
                    self.capacity_name(cap), self.location_name(cap.location_id), role,
                    self.label(tx.MODALITY, h.modality),
                    t.date(h.start_date) if h.start_date else t._("not scheduled"),
                    self.label(tx.HANDOVER_STATUS, h.status), readiness,
                    t._("secured") if self._secured(h.id) else t._("not secured"),
                ])
            if more:
                note_rows.add(len(rows))
                rows.append([t.n_("%(num)s more handover (all are listed in the internal report)",
                    "%(num)s more handovers (all are listed in the internal report)",
                    more)] + [""] * 7)
            if hidden:
                note_rows.add(len(rows))
                rows.append([t.n_("%(num)s handover not listed (sensitive)",
                    "%(num)s handovers not listed (sensitive)", hidden)] + [""] * 7)
        header = [t._("Capacity"), t._("Location"), t._("Role"), t._("Modality"),
                  t._("Start"), t._("Status"), t._("Readiness"), t.p_("report column", "Funding")]
        out.append(self.w.table(header, rows, [0.15, 0.1, 0.12, 0.11, 0.14, 0.15, 0.115, 0.115],
                                groups=group_rows, notes=note_rows))
        return out

    # --- readiness ---------------------------------------------------------------------------

    def readiness(self) -> list:
        t, d = self.words, self.data
        threshold = d.plan.readiness_threshold
        out = [section_break(), self.w.heading(t._("Readiness of successors")),
               self.w.para(t._(
                   "Each successor's lowest score per dimension across its handovers (1 not "
                   "ready, 5 fully ready). Scores below the plan's threshold of %(threshold)s are "
                   "marked in red.", threshold=t.number(threshold)), self.s.caption)]
        active = [h for h in d.handovers if h.status not in self.rules.closed_statuses]
        below = sum(1 for h in active
                    if self._readiness(h.id) and min(self._readiness(h.id).values()) < threshold)
        unassessed = sum(1 for h in active if not self._readiness(h.id))
        out.append(self.w.para(t._(
            "%(below)s of %(total)s handovers have a successor below the threshold on at least "
            "one dimension; %(unassessed)s have not been assessed.", below=t.number(below),
                                 total=t.number(len(active)),
                                 unassessed=t.number(unassessed))))
        if not active:
            return out
        groups: dict[str, list] = defaultdict(list)
        for h in active:
            groups[h.actor_id if self.actor_shown(h.actor_id) else ""].append(h)
        named = sorted((k for k in groups if k), key=lambda k: self.actor_name(k).casefold())
        rows = []
        for actor_id in named + ([""] if "" in groups else []):
            members = [h for h in groups[actor_id] if self._listed(h)]
            if not members:
                continue
            lowest: dict[str, int] = {}
            for h in members:
                for dim, score in self._readiness(h.id).items():
                    lowest[dim] = min(score, lowest.get(dim, 5))
            row = [self.actor_name(actor_id) if actor_id else t._(
                "Successors not named (sensitive)"),
                   t.number(len(members))]
            for dim in [*DIMENSIONS, None]:
                score = lowest.get(dim) if dim else (min(lowest.values()) if lowest else None)
                if score is None:
                    row.append("–")
                elif score < threshold:
                    row.append(Alert(t.number(score)))
                else:
                    row.append(t.number(score))
            rows.append(row)
        header = [t._("Successor"), t._("Hand-\novers"),
                  *(self.dimension(x) for x in DIMENSIONS),
                  t._("Lowest")]
        out.append(self.w.table(header, rows, [0.15, 0.08] + [0.1] * 7 + [0.07],
                                numeric=set(range(1, 10))))
        return out

    # --- timeline ----------------------------------------------------------------------------

    def _gantt(self) -> list:
        """Per category: the months the mission, each group of successors and nobody provide
        (a group counts in a month where it provides for any capacity of the category)."""
        starts = month_starts(self.facts)
        n = len(starts)
        by_category: dict[str, list] = defaultdict(list)
        for cap in self.facts.capacities:
            by_category[cap.category].append(self.gaps.coverage(cap.id))
        order = {code: i for i, code in enumerate(self._taxonomy_codes(tx.CATEGORY))}
        rows = []
        for code in sorted(by_category, key=lambda c: (order.get(c, 999), c)):
            masks: dict[str, int] = defaultdict(int)
            for cov in by_category[code]:
                masks["mission"] |= (1 << min(cov.exit_month, n)) - 1
                for start, end, value, actor_type in cov.provisions:
                    if value > EPS:
                        masks[charts.provider_group(actor_type)] |= ((1 << end) - 1) ^ (
                            (1 << start) - 1)
                masks["gap"] |= cov.gap_mask
            bars = [(a, b, kind) for kind in ("mission", *charts.PROVIDER_GROUPS, "gap")
                    for a, b in _mask_runs(masks.get(kind, 0))]
            rows.append((self.label(tx.CATEGORY, code), bars))
        if not rows:
            return []
        closures = [day for loc_id, _name, day in self.facts.closures
                    if self.data.shown(self.data.locations.get(loc_id))]
        chart = charts.gantt_chart(rows, starts, self.facts.exit_date, closures, self.words,
                                   FRAME_WIDTH)
        chart.hAlign = "CENTER"
        return [chart, Spacer(1, 3 * mm)]

    def timeline(self) -> list:
        t, d = self.words, self.data
        out = [section_break(), self.w.heading(t._("Timeline of closures and handovers")),
               self.w.para(t._(
                   "Closures of mission locations, milestones and the months in which successors "
                   "start taking over capacities, in date order."), self.s.caption), *self._gantt()]
        events = []  # (date, order, date text, event, location)
        for loc_id, _name, day in self.facts.closures:
            loc = d.locations.get(loc_id)
            if loc is not None and d.shown(loc):
                events.append((day, 0, t.date(day),
                               t._("The mission leaves %(location)s",
                                   location=self.location_name(loc_id)), ""))
        if self.facts.exit_date:
            day = self.facts.exit_date
            events.append((day, 1, t.date(day), t._("Mission exit"), ""))
        closed = {loc_id for loc_id, _name, _day in self.facts.closures}
        for m in d.milestones:
            if d.location_ids and m.location_id and m.location_id not in d.location_ids:
                continue
            if (m.kind == "site_closure" and m.location_id in closed) or (
                    m.kind == "exit" and self.facts.exit_date):
                continue  # listed once, from the location's closure date or the plan's exit
            text = f"{m.title} ({self.label(tx.MILESTONE_KIND, m.kind)})"
            events.append((m.due_date, 2, t.date(m.due_date), text,
                           self.location_name(m.location_id)))
        # A successor counts from the first month that starts within its commitment (as in
        # the cliff chart and the month table): a start on 14 October shows under November.
        starts: dict[tuple, list] = defaultdict(list)
        for h in d.handovers:
            if h.start_date and h.status not in self.rules.closed_statuses and self._listed(h):
                actor = h.actor_id if self.actor_shown(h.actor_id) else ""
                counts_from = h.start_date if h.start_date.day == 1 else add_months(
                    h.start_date.replace(day=1), 1)
                starts[(counts_from, actor)].append(h)
        for (counts_from, actor_id), members in starts.items():
            n = len({h.capacity_id for h in members})
            text = (t.n_("%(actor)s starts taking over %(num)s capacity",
                "%(actor)s starts taking over %(num)s capacities",
                n, actor=self.actor_name(actor_id)) if actor_id
                    else t.n_("A successor not named starts taking over %(num)s capacity",
                        "Successors not named start taking over %(num)s capacities", n))
            events.append((counts_from, 3, t.month(counts_from), text, ""))
        if not events:
            return out + [self.w.para(t._(
                "No closure, milestone or handover date is recorded yet."))]
        events.sort(key=lambda e: (e[0], e[1], e[3]))
        rows = [[e[2], e[3], e[4]] for e in events]
        out.append(self.w.table([t._("Date"), t._("Event"), t._("Location")], rows,
                                [0.18, 0.58, 0.24]))
        return out

    # --- flags and accepted risks ------------------------------------------------------------

    def _flag_hidden(self, flag) -> bool:
        return any(self.data.record_hidden(r.type, r.id) for r in flag.records)

    def flag_message(self, flag) -> str:
        """The flag in the report's language, with names as this audience may see them."""
        t, d, details = self.words, self.data, flag.details
        cap = d.all_capacities.get(flag.records[0].id)  # the flagged capacity comes first
        actor = next((r.id for r in flag.records if r.type == "actor"), None)
        values = {
            "capacity": self.capacity_name(cap) if cap else "",
            "location": self.location_name(cap.location_id, inline=True) if cap else "",
            "actor": self.actor_name(actor, inline=True) if actor else "",
        }
        kind = flag.kind
        day = lambda key: t.date(_day(details[key]))  # noqa: E731
        until = day("until") if "until" in details else ""
        if kind == "no_successor":
            share = t.share(details.get("required_share", 1.0))
            if details.get("mission_end"):
                text = t._(
                    "No successor is planned for %(capacity)s in %(location)s: the mission stops "
                    "providing it on %(date)s, and %(share)s of it is still required afterwards.",
                    date=day("mission_end"), share=share, **values)
            else:
                text = t.p_("report flag",
                    "No successor is planned for %(capacity)s in %(location)s: the mission has no "
                    "end date for it yet, and %(share)s of it is still required afterwards.",
                    share=share, **values)
            for other in details.get("not_counted", ()):
                name = self.actor_name(other.get("actor_id"), inline=True)
                text += " " + t.p_("report flag", NOT_COUNTED[other["reason"]], actor=name,
                                type=self.label(tx.ACTOR_TYPE, other.get("actor_type", "")),
                                status=self.label(tx.HANDOVER_STATUS, other["status"]))
            if "amount" in details:
                text += " " + t.n_(
                    "Its cost after the mission leaves, %(amount)s for %(num)s month from "
                    "%(date)s, is unfunded until the plan's horizon, %(until)s.",
                    "Its cost after the mission leaves, %(amount)s for %(num)s months from "
                    "%(date)s, is unfunded until the plan's horizon, %(until)s.", details["months"],
                                      amount=self._money(details), date=day("from"), until=until)
            return text
        if kind == "discontinued":
            return t._(
                "%(capacity)s in %(location)s is discontinued when the mission leaves, with "
                "mitigation by %(actor)s: %(share)s of it is still required and nobody provides "
                "it from %(date)s until the plan's horizon, %(until)s.",
                share=t.share(details["required_share"]),
                     date=day("from"), until=until, **values)
        if kind == "late_successor":
            return t.n_(
                "The mission leaves %(location)s on %(date)s and %(actor)s starts taking over "
                "%(capacity)s on %(start)s: %(num)s day with nobody in charge.",
                "The mission leaves %(location)s on %(date)s and %(actor)s starts taking over "
                "%(capacity)s on %(start)s: %(num)s days with nobody in charge.",
                details["gap_days"], date=day("mission_end"),
                           start=day("start"), **values)
        if kind == "successor_ends":
            share, end = t.share(details["missing_share"]), day("end")
            if details.get("next_actor_id"):
                return t._(
                    "%(actor)s takes over %(capacity)s in %(location)s only until %(end)s: from "
                    "%(date)s, %(share)s of it is uncovered until %(next)s starts on "
                    "%(next_start)s.", share=share, end=end, date=day("from"),
                         next=self.actor_name(details["next_actor_id"], inline=True),
                         next_start=day("next_start"), **values)
            return t._(
                "%(actor)s takes over %(capacity)s in %(location)s only until %(end)s: from "
                "%(date)s, %(share)s of it is uncovered until the plan's horizon, %(until)s.",
                share=share, end=end, date=day("from"), until=until,
                     **values)
        if kind == "partial_cover":
            return t.n_(
                "Successors take over only %(covered)s of %(capacity)s in %(location)s from "
                "%(date)s, where %(required)s is required: %(missing)s of it is uncovered in "
                "%(num)s month until the plan's horizon, %(until)s.",
                "Successors take over only %(covered)s of %(capacity)s in %(location)s from "
                "%(date)s, where %(required)s is required: %(missing)s of it is uncovered in "
                "%(num)s months until the plan's horizon, %(until)s.",
                details["months"], date=day("from"),
                           covered=t.share(details["covered_share"]),
                           required=t.share(details["required_share"]),
                           missing=t.share(details["missing_share"]), until=until, **values)
        if kind == "readiness_below_threshold":
            scores = ", ".join(self.label(tx.READINESS_DIMENSION, k) + " "
                               + t._("%(score)s/5", score=t.number(v)) for k, v in details.items())
            return t._(
                "%(actor)s is not ready to take over %(capacity)s in %(location)s: %(scores)s "
                "(threshold %(threshold)s), so only %(share)s of its share is counted.",
                scores=scores,
                     threshold=t.number(d.plan.readiness_threshold),
                     share=t.share(self.gaps.facts.rules.unready_factor), **values)
        if kind == "readiness_not_assessed":
            factor = details.get("counted_factor", 1.0)
            if factor < 1.0:
                return t._(
                    "Nobody has assessed whether %(actor)s is ready to take over %(capacity)s in "
                    "%(location)s: until it is, only %(share)s of its share is counted, as for a "
                    "successor that is not ready.", share=t.share(factor), **values)
            return t.p_("report flag",
                "Nobody has assessed whether %(actor)s is ready to take over %(capacity)s in "
                "%(location)s: the plan's policy counts it as ready until it is.", **values)
        if kind == "unfunded_after_exit":
            return t.n_(
                "Secured funding does not pay for %(capacity)s in %(location)s after the mission "
                "leaves: %(amount)s of the %(need)s its successors' shares cost is unfunded, in "
                "%(num)s month from %(date)s until the plan's horizon, %(until)s.",
                "Secured funding does not pay for %(capacity)s in %(location)s after the mission "
                "leaves: %(amount)s of the %(need)s its successors' shares cost is unfunded, in "
                "%(num)s months from %(date)s until the plan's horizon, %(until)s.",
                details["months"], date=day("from"),
                           amount=self._money(details),
                           need=t.money(Decimal(details["need"]), details["currency"]),
                           until=until, **values)
        if kind == "over_allocation":
            return t._(
                "The successors of %(capacity)s in %(location)s claim %(share)s of it for the "
                "same months from %(date)s: shares above 100%% overstate its coverage.",
                share=t.share(details["total_share"]),
                     date=day("from"), **values)
        if kind == "alternative_not_agreed":
            return t.p_("report flag",
                "%(capacity)s in %(location)s rests on %(actor)s, the fallback for %(primary)s "
                "(%(primary_status)s), and %(actor)s is only %(status)s: the fallback is not "
                "agreed.",
                     primary=self.actor_name(details.get("primary_actor_id"), inline=True),
                     primary_status=self.label(tx.HANDOVER_STATUS, details["primary_status"]),
                     status=self.label(tx.HANDOVER_STATUS, details["status"]), **values)
        if kind == "agreement_missing":
            if details["agreement"] == "draft":
                return t._("%(actor)s takes over %(capacity)s in %(location)s from %(start)s on "
                           "a draft agreement only: nothing signed gives it the authority to do "
                           "so.", start=day("start"), **values)
            return t._("%(actor)s takes over %(capacity)s in %(location)s from %(start)s without "
                       "a signed agreement: nothing written gives it the authority to do so.",
                       start=day("start"), **values)
        if kind == "enabler_orphaned":
            enabler = d.all_capacities.get(details["enabler_id"])
            return t._(
                "%(capacity)s in %(location)s depends on %(enabler)s, which nobody takes over "
                "from %(date)s.", enabler=self.capacity_name(enabler) if enabler
                     else "", date=day("from"), **values)
        if kind == "independence_conflict":
            type_label = self.label(tx.ACTOR_TYPE, details.get("actor_type", ""))
            if details.get("reason") == "not_successor":
                return t._(
                    "%(capacity)s in %(location)s is to be handed to %(actor)s, a %(type)s: such "
                    "actors are not successors, so it counts for no coverage.",
                    type=type_label, **values)
            category = self.label(tx.CATEGORY, cap.category) if cap else ""
            return t._(
                "%(capacity)s in %(location)s is to be handed to %(actor)s (%(type)s), a party to "
                "the conflict, so %(category)s would no longer be independent: it counts for no "
                "coverage.", type=type_label, category=category, **values)
        if kind == "data_without_protocol":
            return t._(
                "%(capacity)s in %(location)s holds sensitive data and no successor has agreed a "
                "data-handover protocol.", **values)
        if d.internal or kind not in FLAG_TITLES:
            # worded by the core's catalogue (rules the report does not word itself: monitoring)
            return word_flag(flag, t.translator)
        return t._(FLAG_TITLES[kind])

    def flags(self) -> list:
        t, d = self.words, self.data
        out = [section_break(), self.w.heading(t._("Flags and accepted risks")),
               self.w.para(t._(
                   "Rule-based warnings from the gap analysis, most severe first. A flag the "
                   "planners accepted as a known risk is marked with their justification below."),
                   self.s.caption)]
        flags = self.gaps.flags
        if not flags:
            out.append(self.w.para(t._("The gap analysis raises no flag.")))
        else:
            out.append(self.w.heading(t._("Flags by kind"), level=1))
            counts = defaultdict(int)
            for flag in flags:
                counts[flag.kind, flag.severity] += 1
                if id(flag) in d.accepted_by_flag:
                    counts[flag.kind, "accepted"] += 1
            rows = [[self.flag_title(kind), *(t.number(counts[kind, s]) for s in SEVERITIES),
                     t.number(counts[kind, "accepted"])]
                    for kind in FLAG_KINDS if any(counts[kind, s] for s in SEVERITIES)]
            header = [t._("Flag"), t._("High"), t._("Medium"), t._("Low"),
                      t._("Accepted")]
            out.append(self.w.table(header, rows, [0.4, 0.15, 0.15, 0.15, 0.15],
                                    numeric={1, 2, 3, 4}))
            out.append(self.w.heading(t._("Flags to act on"), level=1))
            rows, hidden, more = [], 0, 0
            for flag in flags:
                if self._flag_hidden(flag):
                    hidden += 1
                    continue
                if not d.internal and len(rows) >= TOP_FLAGS:
                    more += 1
                    continue
                severity = t._(SEVERITY_WORDS[flag.severity])
                if flag.severity == "high":
                    severity = Alert(severity)
                accepted = t._("yes") if id(flag) in d.accepted_by_flag else "–"
                rows.append([severity, self.flag_title(flag.kind), self.flag_message(flag),
                             accepted])
            notes = set()
            if more:
                notes.add(len(rows))
                rows.append([t.n_(
                    "%(num)s more flag, counted by kind above (all are listed in the internal "
                    "report)",
                    "%(num)s more flags, counted by kind above (all are listed in the internal "
                    "report)", more), "", "", ""])
            if hidden:
                notes.add(len(rows))
                rows.append([t.n_("%(num)s flag about records not listed (sensitive)",
                    "%(num)s flags about records not listed (sensitive)", hidden), "", "", ""])
            out.append(self.w.table([t._("Severity"), t._("Flag"), t._("Details"),
                                     t._("Accepted")], rows, [0.1, 0.17, 0.63, 0.1],
                                    notes=notes))
        out += [self.w.heading(t._("Accepted risks"), level=1), *self._acceptances()]
        return out

    def _record_name(self, record_id: str) -> str | None:
        """A record's name as this audience may see it; None when it is not in the report."""
        d = self.data
        if record_id in d.all_capacities:
            cap = d.all_capacities[record_id]
            return self.capacity_name(cap) if d.shown(cap) or d.internal else None
        if record_id in d.handover_by_id:
            h = d.handover_by_id[record_id]
            cap = d.all_capacities.get(h.capacity_id)
            if not d.shown(h) or not d.shown(cap):
                return None
            return f"{self.capacity_name(cap)} → {self.actor_name(h.actor_id)}"
        if record_id in d.actors:
            return self.actor_name(record_id)
        if record_id in d.locations:
            return self.location_name(record_id)
        return ""

    def _acceptances(self) -> list:
        t, d = self.words, self.data
        if not d.acceptances:
            return [self.w.para(t._("No flag has been accepted as a known risk."))]
        raised = {id(a) for a in d.accepted_by_flag.values()}
        rows, hidden = [], 0
        for acceptance in d.acceptances:
            names = [self._record_name(i) for i in sorted(acceptance_ids(acceptance))]
            if any(n is None for n in names):
                hidden += 1
                continue
            concerns = ", ".join(n for n in names if n)
            if id(acceptance) not in raised:
                concerns += " (" + t._("no longer raised") + ")"
            kind = self.flag_title(acceptance.kind)
            rows.append([kind, concerns, acceptance.justification, acceptance.accepted_by,
                         t.date(acceptance.created_at.date())])
        if hidden:
            rows.append([t.n_("%(num)s accepted risk about records not listed (sensitive)",
                "%(num)s accepted risks about records not listed (sensitive)",
                hidden), "", "", "", ""])
        header = [t._("Flag"), t._("Concerns"), t._("Justification"), t._("Accepted by"),
                  t._("Date")]
        return [self.w.table(header, rows, [0.16, 0.25, 0.33, 0.12, 0.14])]

    # --- per-capacity sheets (internal only) -------------------------------------------------

    def sheets(self) -> list:
        t = self.words
        out = [section_break(), self.w.heading(t._("Handover sheets by capacity")),
               self.w.para(t._(
                   "One sheet per capacity with its successors, funding, readiness and flags. "
                   "Internal version: sensitive records are marked."), self.s.caption)]
        flags_of: dict[str, list] = defaultdict(list)
        for flag in self.gaps.flags:
            flags_of[flag.records[0].id].append(flag)
        handovers_of: dict[str, list] = defaultdict(list)
        for h in self.data.handovers:
            handovers_of[h.capacity_id].append(h)
        first_key = self.w.keys

        def pieces():  # made again in each pass, with the same heading keys
            self.w.keys = first_key
            for cap in self.data.capacities.values():
                yield self._sheet(cap, handovers_of[cap.id], self.funding_of[cap.id],
                                  flags_of[cap.id])

        return [*out, LazyStory(pieces, len(self.data.capacities))]

    def _sheet(self, cap, handovers, funding, flags) -> list:
        t, w, s = self.words, self.w, self.s
        title = f"{cap.name} · {self.location_name(cap.location_id)}"
        if cap.sensitive:
            title += " · " + t._("SENSITIVE")
        facts = self.capacity_facts.get(cap.id)
        enablers = [self.data.all_capacities[e].name for e in (facts.enabler_ids if facts else ())
                    if e in self.data.all_capacities]
        quantity = f"{t.number(cap.quantity, 0 if float(cap.quantity).is_integer() else 1)} " \
                   f"{cap.unit}".strip()
        pairs = [
            (t._("Category"), self.label(tx.CATEGORY, cap.category)),
            (t._("POC tier"), self.label(tx.POC_TIER, cap.poc_tier)),
            (t._("Component"), self.label(tx.COMPONENT, cap.component)),
            (t._("Quantity"), quantity),
            (t._("Annual cost"), t.money(cap.annual_cost, cap.currency)),
            (t._(
                "Mission provides it until"), t.date(facts.mission_end if facts else cap.end_date)),
            (t._("Criticality"), self.label(tx.CRITICALITY, cap.criticality)),
            (t._("Populations served"), ", ".join(self.label(tx.POPULATION, p)
                                           for p in cap.populations) or "–"),
            (t._("Still required after the mission"), t.share(cap.required_share)),
        ]
        if enablers:
            pairs.append((t._("Depends on"), ", ".join(enablers)))
        out = [CondPageBreak(60 * mm), w.heading(title, level=1, toc=False),
               w.key_values(pairs, 0.3, compact=True), Spacer(1, 2 * mm)]
        for label, value in ((t._("Data assets"), cap.data_assets),
                             (t._("Description"), cap.description), (t._("Notes"), cap.notes)):
            if value:  # free text, as long as it is: paragraphs can run over pages
                out.append(w.para(t._("%(label)s: %(text)s", label=label, text=value), s.caption))
        out.append(Spacer(1, 2 * mm))
        if handovers:
            rows = []
            for h in handovers:
                scores = self._readiness(h.id)
                readiness = ", ".join(f"{_one_line(self.dimension(k)) if k in DIMENSIONS else k} "
                                      f"{t.number(v)}" for k, v in sorted(scores.items()))
                period = t._("%(start)s to %(end)s", start=t.date(h.start_date) if h.start_date
                           else t._("not scheduled"),
                           end=t.date(h.end_date) if h.end_date else t._("open"))
                actor = self.actor_name(h.actor_id)
                if h.sensitive or getattr(self.data.actors.get(h.actor_id), "sensitive", False):
                    actor += " · " + t._("SENSITIVE")
                rows.append([actor, f"{self.label(tx.HANDOVER_ROLE, h.role)} · {t.share(h.share)}",
                             self.label(tx.MODALITY, h.modality), period,
                             self.label(tx.HANDOVER_STATUS, h.status),
                             readiness or t._("not assessed"), h.agreement_ref, h.data_handover])
            header = [t._("Successor"), t._("Role"), t._("Modality"), t._("Period"),
                      t._("Status"), t._("Readiness"), t._("Agreement"),
                      t._("Data handover")]
            out.append(w.table(header, rows, [0.13, 0.1, 0.12, 0.13, 0.15, 0.13, 0.12, 0.12]))
        else:
            out.append(w.para(t._("No successor is mapped to this capacity."), s.caption))
        out.append(Spacer(1, 2 * mm))
        if funding:
            rows = []
            for line in funding:
                period = t._(
                    "%(start)s to %(end)s", start=t.date(line.period_start) if line.period_start
                           else t._("start of the horizon"),
                           end=t.date(line.period_end) if line.period_end else t._("open"))
                rows.append([self.label(tx.FUNDING_SOURCE, line.source_type), line.donor,
                             t.money(line.amount, line.currency),
                             self.label(tx.FUNDING_STATUS, line.status), period])
            header = [t._("Source"), t._("Donor"), t._("Amount"), t._("Status"),
                      t._("Period")]
            out.append(w.table(header, rows, [0.27, 0.2, 0.15, 0.12, 0.26], numeric={2}))
        else:
            out.append(w.para(t._("No funding line is recorded for this capacity."), s.caption))
        for flag in flags:
            label = f"{t._(SEVERITY_WORDS[flag.severity])} · {self.flag_title(flag.kind)}"
            out.append(w.para(t._("%(label)s: %(text)s", label=label, text=self.flag_message(flag)),
                              s.caption))
        out.append(Spacer(1, 4 * mm))
        return out


def _one_line(header: str) -> str:
    """A column header broken over two lines, as running text."""
    return header.replace("-\n", "").replace("\n", " ")


def _day(text: str) -> date:
    return date.fromisoformat(text)


def _mask_runs(mask: int) -> list[tuple[int, int]]:
    """The runs of set bits of a month mask, as (start, end) months."""
    runs, i = [], 0
    while mask >> i:
        if mask >> i & 1:
            j = i
            while mask >> j & 1:
                j += 1
            runs.append((i, j))
            i = j
        else:
            i += 1
    return runs
