"""The Monitoring page's tables: indicators with their sparklines, and one indicator's values."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QColor

from transition_planner.domain import monitoring as rules
from transition_planner.services.monitoring import IndicatorRead
from transition_planner.ui.models.row_table import RowTableModel, none_last
from transition_planner.ui.widgets.date_field import date_format, show_date
from transition_planner.ui.widgets.number_field import show_number
from transition_planner.ui.widgets.sparkline import SPARK_ROLE, Spark

COL_NAME, COL_HANDOVER, COL_LATEST, COL_THRESHOLD, COL_TREND, COL_STATE = range(6)
COL_DATE, COL_VALUE, COL_SOURCE = range(3)
FIRED = QColor(176, 0, 32)
translate = QCoreApplication.translate


@dataclass(frozen=True)
class IndicatorRow:
    """An indicator as the page lists and edits it."""

    read: IndicatorRead
    capacity_id: str | None  # the handed-over capacity (the Inventory shows it)
    saved: tuple = ()  # (field, value) saved since it was read: the plan holds them already

    @property
    def id(self) -> str:
        return self.read.id

    def form_values(self) -> dict:
        return {**self._read_values(), **dict(self.saved)}

    def _read_values(self) -> dict:
        r = self.read
        return {"name": r.name, "handover_id": r.handover_id, "location_id": r.location_id,
                "unit": r.unit, "baseline": r.baseline, "threshold": r.threshold,
                "trigger_when": r.trigger_when, "period": r.period,
                "trigger_periods": r.trigger_periods, "monitor_from": r.monitor_from,
                "notes": r.notes}

    def spark(self) -> Spark:
        r, fired = self.read, self.read.trigger
        run = frozenset(d for d, _v in fired.values) if fired is not None else frozenset()
        start = r.monitor_from
        values = tuple((d, v) for _id, d, v, _s in r.values if start is None or d >= start)
        return Spark(values, r.threshold, r.trigger_when, fired is not None, run, r.baseline)


@dataclass(frozen=True)
class ValueRow:
    """One measurement of the indicator shown."""

    id: str
    measured_on: date
    value: float
    source: str

    def form_values(self) -> dict:
        return {"measured_on": self.measured_on, "value": self.value, "source": self.source}


def handover_text(label: str) -> str:
    """'capacity -> successor' in words: an arrow would point the wrong way right to left."""
    if " -> " not in label:
        return label
    capacity, successor = label.rsplit(" -> ", 1)
    return translate("IndicatorTableModel", "%1, handed over to %2").replace(
        "%1", capacity).replace("%2", successor)


class IndicatorTableModel(RowTableModel):
    """Indicators of post-exit monitoring, by handover, with their trend and state."""

    CONTEXT = "IndicatorTableModel"
    HEADERS = (
        QT_TRANSLATE_NOOP("IndicatorTableModel", "Indicator"),
        QT_TRANSLATE_NOOP("IndicatorTableModel", "Handover"),
        QT_TRANSLATE_NOOP("IndicatorTableModel", "Latest"),
        QT_TRANSLATE_NOOP("IndicatorTableModel", "Threshold"),
        QT_TRANSLATE_NOOP("IndicatorTableModel", "Trend"),
        QT_TRANSLATE_NOOP("IndicatorTableModel", "State"),
    )
    NUMERIC = frozenset({COL_LATEST, COL_THRESHOLD})

    def text(self, row: IndicatorRow, column: int) -> str:
        r = row.read
        if column == COL_NAME:
            return r.name
        if column == COL_HANDOVER:
            return handover_text(r.handover_label) or self.tr("Place: %1").replace(
                "%1", r.location_name)
        if column == COL_LATEST:
            return show_number(r.values[-1][2]) if r.values else "–"
        if column == COL_THRESHOLD:
            # what is inside, in words: ≥ and ≤ are mirrored right to left
            text = self.tr("at least %1") if r.trigger_when == "below" else self.tr("at most %1")
            return text.replace("%1", show_number(r.threshold))
        if column == COL_STATE:
            return self.state_text(r)
        return ""

    def state_text(self, r: IndicatorRead) -> str:
        """What the state column says: the trigger and why, or how long it has held."""
        fired = r.trigger
        if fired is None:
            if not r.values:
                return self.tr("No value yet")
            if r.months_inside == 0:  # the latest period crossed, not yet N in a row
                return self.tr("Beyond in the latest period")
            return self.tr("Inside for %n month(s)", "", r.months_inside)
        if fired.reason == rules.CROSSED:
            return self.tr("Re-engage: %n period(s) beyond", "", fired.periods)
        return self.tr("Re-engage: %n period(s) silent", "", fired.periods)

    def state_tip(self, r: IndicatorRead) -> str:
        """The state in a sentence: the rule and its N."""
        fired = r.trigger
        if fired is not None and fired.reason == rules.CROSSED:
            return self.tr("Beyond the threshold for %n period(s) in a row: the UN should "
                           "re-engage.", "", fired.periods)
        if fired is not None:
            return self.tr("Nothing reported for %n period(s): the UN should re-engage.", "",
                           fired.periods)
        return self.tr("A re-engagement trigger fires after %n period(s) in a row beyond the "
                       "threshold or without a value.", "", r.trigger_periods)

    def sort_key(self, row: IndicatorRow, column: int):
        r = row.read
        if column == COL_LATEST:
            return none_last(r.values[-1][2] if r.values else None)
        if column == COL_THRESHOLD:
            return r.threshold
        if column in (COL_TREND, COL_STATE):
            return (r.trigger is None, -r.months_inside, r.name.casefold())
        return super().sort_key(row, column)

    def tooltip(self, row: IndicatorRow, column: int) -> str | None:
        r = row.read
        if column == COL_TREND:
            fmt = date_format()
            return "\n".join(f"{show_date(d, fmt)}: "
                             f"{show_number(v)} {r.unit}".rstrip()
                             for _id, d, v, _s in r.values[-12:]) or None
        if column in (COL_HANDOVER, COL_STATE):
            return self.state_tip(r) if column == COL_STATE else self.text(row, column)
        if column == COL_NAME and r.unit:
            return self.tr("Unit: %1").replace("%1", r.unit)
        return None

    def foreground(self, row: IndicatorRow, column: int):
        if column == COL_STATE and row.read.trigger is not None:
            return FIRED
        return None

    def data(self, index, role=0):
        if role == SPARK_ROLE:
            if not index.isValid() or index.column() != COL_TREND:
                return None
            return self._rows[index.row()].spark()
        return super().data(index, role)


class ValueTableModel(RowTableModel):
    """The values of one indicator, newest first."""

    CONTEXT = "ValueTableModel"
    HEADERS = (
        QT_TRANSLATE_NOOP("ValueTableModel", "Date"),
        QT_TRANSLATE_NOOP("ValueTableModel", "Value"),
        QT_TRANSLATE_NOOP("ValueTableModel", "Source"),
    )
    NUMERIC = frozenset({COL_VALUE})
    UNCUT = frozenset({COL_DATE})
    spark: Spark | None = None

    def text(self, row: ValueRow, column: int) -> str:
        if column == COL_DATE:
            return show_date(row.measured_on, date_format())
        if column == COL_VALUE:
            return show_number(row.value)
        return row.source

    def sort_key(self, row: ValueRow, column: int):
        if column == COL_DATE:
            return row.measured_on
        if column == COL_VALUE:
            return row.value
        return super().sort_key(row, column)

    def foreground(self, row: ValueRow, column: int):
        if column == COL_VALUE and self.spark is not None and self.spark.crosses(row.value):
            return FIRED
        return None
