"""The Protection cliff tab: the chart of protection by month and its filters."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QHBoxLayout

from transition_planner.domain import taxonomy as tx
from transition_planner.services import dashboard


class CliffTab:
    """The Protection cliff tab: the chart of protection by month and its filters.

    A part of DashboardPage (mixed into it): it uses the page's data, labels, charts and
    _section; its words are translated under this class's name (PySide's tr() looks
    along the page's classes)."""

    def _cliff_controls(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.cliff_filters = {
            "category": self._combo("cliff_category", self.tr("Category")),
            "tier": self._combo("cliff_tier", self.tr("POC tier")),
            "location": self._combo("cliff_location", self.tr("Location")),
            "population": self._combo("cliff_population", self.tr("Population served")),
        }
        for combo in self.cliff_filters.values():
            combo.activated.connect(lambda _i: self._draw_cliff())
            row.addWidget(combo, 1)
        self.overlay_check = QCheckBox(self.tr("Compare scenario"))
        self.overlay_check.setObjectName("cliff_overlay")
        self.overlay_check.setToolTip(self.tr("Draw the scenario chosen on the Scenarios tab "
                                              "over this chart"))
        self.overlay_check.setChecked(True)
        self.overlay_check.toggled.connect(lambda _on: self._draw_cliff())
        row.addWidget(self.overlay_check)
        row.addWidget(self._export_button("cliff"))
        return row

    def _fill_cliff_filters(self) -> None:
        data = self.data
        choices = dashboard.cliff_choices(data.report, data.locations)
        if self._drawn.get("cliff_choices") == choices:
            return
        self._drawn["cliff_choices"] = choices
        texts = {
            "category": lambda c: self.labels.label(tx.CATEGORY, c),
            "tier": lambda c: self.tr("Tier {tier}").format(tier=c),
            "location": lambda c: data.locations[c][0],
            "population": lambda c: self.labels.label(tx.POPULATION, c)
            if c != "unspecified" else self.tr("(no population named)"),
        }
        everything = {"category": self.tr("All categories"), "tier": self.tr("All tiers"),
                      "location": self.tr("All locations"),
                      "population": self.tr("All populations")}
        for key, combo in self.cliff_filters.items():
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(everything[key], None)
            for code in choices[key]:
                combo.addItem(texts[key](code), code)
            combo.setCurrentIndex(max(0, combo.findData(current)))
            combo.blockSignals(False)

    def cliff_where(self) -> dict:
        """The cliff chart's selection as a GapReport.series filter."""
        where = {}
        for key, combo in self.cliff_filters.items():
            value = combo.currentData()
            if value is None:
                continue
            if key == "location" and self.data is not None:
                where[key] = sorted(dashboard.within(self.data.locations, [value]))
            else:
                where[key] = [value]
        return where

    def _draw_cliff(self) -> None:
        data = self.data
        if data is None or self.charts is None:
            return
        where = self.cliff_where()
        cliff = dashboard.cliff_data(data.report, where)
        overlay = None
        if data.compare_report is not None and self.overlay_check.isChecked():
            name = next((s.name for s in data.scenarios if s.id == data.compare_id), "")
            overlay = (name, dashboard.cliff_data(data.compare_report, where))
        labels = {code: self.labels.label(tx.ACTOR_TYPE, code)
                  for code, _values in cliff.providers}
        self._section("cliff", (cliff, overlay, tuple(labels.items())),
                      lambda _v: self.charts.cliff.set_data(cliff, labels, overlay))
