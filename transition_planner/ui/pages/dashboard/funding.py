"""The Funding cliff tab: secured and missing funding by month or year."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout

from transition_planner.domain import taxonomy as tx


class FundingTab:
    """The Funding cliff tab: secured and missing funding by month or year.

    A part of DashboardPage (mixed into it): it uses the page's data, labels, charts and
    _section; its words are translated under this class's name (PySide's tr() looks
    along the page's classes)."""

    def _funding_controls(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.currency_combo = self._combo("funding_currency", self.tr("Currency"))
        self.currency_combo.setMinimumContentsLength(5)
        self.period_combo = self._combo("funding_period", self.tr("Period"))
        self.period_combo.addItem(self.tr("By month"), False)
        self.period_combo.addItem(self.tr("By year"), True)
        self.split_combo = self._combo("funding_split", self.tr("Split"))
        self.split_combo.addItem(self.tr("By funding status"), False)
        self.split_combo.addItem(self.tr("By source type"), True)
        for combo in (self.currency_combo, self.period_combo, self.split_combo):
            combo.currentIndexChanged.connect(lambda _i: self._draw_funding())
            row.addWidget(combo)
        row.addStretch(1)
        row.addWidget(self._export_button("funding"))
        return row

    def _fill_currencies(self) -> None:
        data = self.data
        currencies = list(data.funding)
        if self._drawn.get("currencies") == currencies:
            return
        self._drawn["currencies"] = currencies
        current = self.currency_combo.currentData()
        plan_currency = next(iter(data.figures.unfunded), None)
        self.currency_combo.blockSignals(True)
        self.currency_combo.clear()
        for currency in currencies:
            self.currency_combo.addItem(currency, currency)
        index = self.currency_combo.findData(current)
        if index < 0:
            index = max(0, self.currency_combo.findData(plan_currency))
        self.currency_combo.setCurrentIndex(index)
        self.currency_combo.blockSignals(False)

    def _draw_funding(self) -> None:
        data = self.data
        if data is None or self.charts is None:
            return
        cliff = data.funding.get(self.currency_combo.currentData())
        if cliff is None:
            return
        yearly, by_source = self.period_combo.currentData(), self.split_combo.currentData()
        kind = tx.FUNDING_SOURCE if by_source else tx.FUNDING_STATUS
        codes = cliff.by_source if by_source else cliff.by_status
        labels = {code: self.labels.label(kind, code) for code in codes}
        self._section("funding", (cliff, yearly, by_source),
                      lambda _v: self.charts.funding.set_data(
                          cliff, yearly=yearly, by_source=by_source, labels=labels))
