"""The report's post-exit section: what was sustained after the mission left, what was not
(which trigger, with its values and dates), and what the mission recommends (re-engagement).

Indicators come from the monitoring service as of the report's date; an indicator whose
handover, capacity or place is sensitive is left out for clusters and donors (and counted).
Words come from the core's gettext catalogue.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from reportlab.graphics.shapes import Circle, Drawing, Line, PolyLine
from reportlab.lib import colors
from reportlab.platypus import CondPageBreak

from transition_planner.domain import monitoring as rules
from transition_planner.i18n import translator
from transition_planner.reports import arabic
from transition_planner.reports.layout import ALERT, Alert
from transition_planner.services import monitoring

CHART_WIDTH, CHART_HEIGHT = 78, 20  # points: a sparkline in a table cell
STEADY = colors.HexColor("#2F6DB5")
THRESHOLD = colors.HexColor("#8A6D00")
MAX_VALUES = 6  # values quoted in a recommendation (the run that fired, at most)
TOP_INDICATORS = 40  # rows a cluster or donor reads; the internal report lists every one


@dataclass
class PostExit:
    """The indicators this report's audience sees, and how many it does not."""

    indicators: list = field(default_factory=list)  # IndicatorRead
    withheld: int = 0


def load(handle, data) -> PostExit:
    """The indicators of the report's capacities and places, as of the report's date."""
    out = PostExit()
    handovers = data.handover_by_id
    for ind in monitoring.list_indicators(handle, as_of=data.created):
        if ind.handover_id:
            handover = handovers.get(ind.handover_id)
            if handover is None:  # a capacity outside the locations reported on
                continue
            records = [handover, data.capacities.get(handover.capacity_id)]
        elif data.location_ids is not None and ind.location_id not in data.location_ids:
            continue
        else:
            records = []
        records.append(data.locations.get(ind.location_id))
        if all(data.shown(r) for r in records if r is not None):
            out.indicators.append(ind)
        else:
            out.withheld += 1
    return out


def section(data, words, writer) -> list:
    """The section's flowables; nothing when the plan watches nothing after the exit."""
    post_exit = getattr(data, "post_exit", None)
    if post_exit is None or not (post_exit.indicators or post_exit.withheld):
        return []
    return _Section(data, words, writer, post_exit).flowables()


class _Section:
    def __init__(self, data, words, writer, post_exit: PostExit):
        self.data, self.w, self.s = data, writer, writer.styles
        self.t = translator(words.lang)
        self.post_exit = post_exit
        self.rtl = words.rtl

    # --- names as this audience may see them ---------------------------------------------

    def _ltr(self, text: str) -> str:
        return arabic.embed_ltr(text) if self.rtl else text

    def capacity(self, ind) -> str:
        handover = self.data.handover_by_id.get(ind.handover_id)
        cap = self.data.capacities.get(handover.capacity_id) if handover else None
        name = self.data.value(cap, "name") if cap is not None else None
        return self._ltr(name or self.t._("a capacity not named in this report"))

    def successor(self, ind) -> str:
        handover = self.data.handover_by_id.get(ind.handover_id)
        actor = self.data.actors.get(handover.actor_id) if handover else None
        if actor is None or not self.data.shown(actor) or not self.data.value(actor, "name"):
            return self.t._("a successor not named in this report")
        return self._ltr(actor.name)

    def place(self, ind) -> str:
        loc = self.data.locations.get(ind.location_id)
        if loc is None or not self.data.value(loc, "name"):
            return self.t._("a place not named in this report")
        return self._ltr(loc.name)

    def group_title(self, ind) -> str:
        if not ind.handover_id:
            return self.t._("Indicators of %(place)s (no handover)", place=self.place(ind))
        return self.t._("%(capacity)s, handed over to %(successor)s",
                        capacity=self.capacity(ind), successor=self.successor(ind))

    # --- numbers ---------------------------------------------------------------------------

    def amount(self, ind, value: float) -> str:
        text = self.t.number(value)
        if not ind.unit:
            return text
        return self._ltr(f"{text}\u00a0{ind.unit}")  # one line; "3 meetings" stays in order

    def when(self, ind, day) -> str:
        return self.t.month_year(day) if ind.period == rules.MONTH else self.t.date(day)

    def periods(self, ind, n: int) -> str:
        if ind.period == rules.QUARTER:
            return self.t.n_("%(num)s quarter", "%(num)s quarters", n)
        return self.t.n_("%(num)s month", "%(num)s months", n)

    def threshold(self, ind) -> str:
        value = self.amount(ind, ind.threshold)
        if ind.trigger_when == "below":
            return self.t._("at least %(value)s", value=value)
        return self.t._("at most %(value)s", value=value)

    # --- the section -----------------------------------------------------------------------

    def flowables(self) -> list:
        t, post = self.t, self.post_exit
        out = [CondPageBreak(240), self.w.heading(t._("After the exit: what was sustained")),
               self.w.para(t._(
                   "Each handover is watched after the exit through indicators agreed with "
                   "its successor. An indicator calls the UN back (re-engagement) when its "
                   "values have been beyond the threshold, or nothing has been reported, for "
                   "N periods in a row. Values recorded up to %(date)s.",
                   date=t.date(self.data.created)), self.s.caption)]
        fired = [i for i in post.indicators if i.trigger is not None]
        of_handovers = [i for i in post.indicators if i.handover_id]
        handovers = {i.handover_id for i in of_handovers}
        out.append(self.w.para(t._(
            "Indicators watched: %(indicators)s, of which %(of_handovers)s measure "
            "%(handovers)s and %(of_places)s measure places without a handover. Calling for "
            "re-engagement: %(fired)s.",
            indicators=t.integer(len(post.indicators)),
            handovers=t.n_("%(num)s handover", "%(num)s handovers", len(handovers)),
            of_handovers=t.integer(len(of_handovers)),
            of_places=t.integer(len(post.indicators) - len(of_handovers)),
            fired=t.integer(len(fired)))))
        out.append(self.w.heading(t._("What the mission recommends"), level=1))
        out += self.recommendations(fired)
        out.append(self.w.heading(t._("Indicators after the exit"), level=1))
        out.append(self.table())
        if post.withheld:
            out.append(self.w.para(t.n_(
                "%(num)s indicator of records not shared with this audience is left out.",
                "%(num)s indicators of records not shared with this audience are left out.",
                post.withheld), self.s.caption))
        return out

    def recommendations(self, fired: list) -> list:
        t = self.t
        if not fired:
            return [self.w.para(t._("On %(date)s no indicator calls for re-engagement.",
                                    date=t.date(self.data.created)))]
        out, by_group = [], {}
        for ind in fired:
            by_group.setdefault(ind.handover_id or f"place:{ind.location_id}", []).append(ind)
        for members in by_group.values():
            first = members[0]
            if first.handover_id:
                text = t._("The mission recommends that the UN re-engage on %(capacity)s in "
                           "%(place)s, handed over to %(successor)s:",
                           capacity=self.capacity(first), place=self.place(first),
                           successor=self.successor(first))
            else:
                text = t._("The mission recommends that the UN re-engage in %(place)s:",
                           place=self.place(first))
            out.append(self.w.para(text, self.s.lead))
            for ind in members:
                out.append(self.w.para("• " + self.reason(ind)))
        return out

    def reason(self, ind) -> str:
        """Why one indicator fired, with its values and dates."""
        t, fired = self.t, ind.trigger
        name = self._ltr(ind.name)
        if fired.reason == rules.CROSSED:
            values = t.p_("list separator", ", ").join(
                # Translators: one value of an indicator and its month: "August 2026: 58 %"
                t._("%(date)s: %(value)s", date=self.when(ind, d), value=self.amount(ind, v))
                for d, v in fired.values[-MAX_VALUES:])
            text = (t._("%(indicator)s has been below %(threshold)s for %(periods)s in a row "
                        "(%(values)s).", indicator=name,
                        threshold=self.amount(ind, ind.threshold),
                        periods=self.periods(ind, fired.periods), values=values)
                    if ind.trigger_when == "below" else
                    t._("%(indicator)s has been above %(threshold)s for %(periods)s in a row "
                        "(%(values)s).", indicator=name,
                        threshold=self.amount(ind, ind.threshold),
                        periods=self.periods(ind, fired.periods), values=values))
        elif fired.last_value is not None:
            day, value = fired.last_value
            text = t._("%(indicator)s has reported nothing for %(periods)s: its last value "
                       "was %(value)s on %(date)s.", indicator=name,
                       periods=self.periods(ind, fired.periods),
                       value=self.amount(ind, value), date=t.date(day))
        else:
            text = t._("%(indicator)s has reported nothing since monitoring began on "
                       "%(date)s (%(periods)s).", indicator=name,
                       date=t.date(fired.silent_from), periods=self.periods(ind, fired.periods))
        return text

    def state(self, ind) -> str:
        t, fired = self.t, ind.trigger
        if fired is not None:
            return Alert(t._("Not sustained: re-engage"))
        if not ind.values:
            return t._("No value yet")
        if ind.months_inside == 0:  # the latest period crossed, not yet N in a row
            if ind.period == rules.QUARTER:
                return t._("Beyond the threshold in the latest quarter")
            return t._("Beyond the threshold in the latest month")
        if ind.months_inside >= rules.SUSTAINED_MONTHS:
            return t._("Sustained for six months or more")
        return t._("Inside the threshold for %(months)s",
                   months=t.n_("%(num)s month", "%(num)s months", ind.months_inside))

    def latest(self, ind) -> str:
        if not ind.values:
            return "–"
        _id, day, value, _source = ind.values[-1]
        return f"{self.amount(ind, value)}\n{self.t.date(day)}"

    def table(self):
        t = self.t
        header = [t._("Indicator"), t._("Threshold"), t._("Latest value"), t._("State"),
                  t._("Values")]
        groups: dict[str, list] = {}
        for ind in self.post_exit.indicators:
            groups.setdefault(ind.handover_id or f"place:{ind.location_id}", []).append(ind)
        # handovers that call the UN back first, then by name; places last
        order = sorted(groups.values(), key=lambda members: (
            not members[0].handover_id, all(i.trigger is None for i in members),
            self.group_title(members[0]).casefold()))
        rows, group_rows, listed, more = [], [], 0, 0
        for members in order:
            members = sorted(members, key=lambda i: (i.trigger is None, i.name.casefold()))
            if not self.data.internal and listed + len(members) > TOP_INDICATORS \
                    and listed and members[0].trigger is None:
                more += len(members)  # outside the mission: the top of a long list
                continue
            group_rows.append(len(rows))
            rows.append([self.group_title(members[0]), "", "", "", ""])
            for ind in members:
                rows.append([self._ltr(ind.name), self.threshold(ind), self.latest(ind),
                             self.state(ind), spark(ind)])
            listed += len(members)
        notes = set()
        if more:
            notes.add(len(rows))
            rows.append([t.n_("%(num)s more indicator, none calling for re-engagement.",
                              "%(num)s more indicators, none calling for re-engagement.",
                              more), "", "", "", ""])
        return self.w.table(header, rows, [0.26, 0.19, 0.17, 0.21, 0.17], numeric={2},
                            groups=group_rows, notes=notes)


def spark(ind) -> Drawing:
    """A small chart of an indicator's values against its threshold (dashed); red when its
    trigger fired, with the values that fired it marked."""
    drawing = Drawing(CHART_WIDTH, CHART_HEIGHT)
    start = ind.monitor_from
    points = [(d, v) for _id, d, v, _s in ind.values if start is None or d >= start]
    ys = [v for _d, v in points] + [ind.threshold]
    low, high = min(ys), max(ys)
    if high - low < 1e-9:
        low, high = low - 1, high + 1
    pad = (high - low) * 0.1
    low, high = low - pad, high + pad

    def y_of(value: float) -> float:
        return 2 + (value - low) / (high - low) * (CHART_HEIGHT - 4)

    y = y_of(ind.threshold)
    drawing.add(Line(0, y, CHART_WIDTH, y, strokeColor=THRESHOLD, strokeWidth=0.6,
                     strokeDashArray=[2, 1.5]))
    if not points:
        return drawing
    days = [d.toordinal() for d, _v in points]
    first, last = min(days), max(days)
    span = max(last - first, 1)

    def x_of(day: int) -> float:
        return 3 + (day - first) / span * (CHART_WIDTH - 6)

    fired = ind.trigger is not None
    colour = ALERT if fired else STEADY
    xy = []
    for d, v in points:
        xy += [x_of(d.toordinal()), y_of(v)]
    if len(points) > 1:
        drawing.add(PolyLine(xy, strokeColor=colour, strokeWidth=1.1))
    run = {d for d, _v in ind.trigger.values} if fired else set()
    for d, v in points:
        if d in run or d == points[-1][0]:
            drawing.add(Circle(x_of(d.toordinal()), y_of(v), 1.4, fillColor=ALERT if d in run
                               else colour, strokeColor=None))
    return drawing
