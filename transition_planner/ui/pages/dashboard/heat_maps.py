"""The Coverage heat map tab: category by location and location by month."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel

from transition_planner.domain.gaps import month_starts
from transition_planner.services import dashboard
from transition_planner.ui.charts.text import number

EMPTY = "empty"  # a heat-map cell with no capacity in it


class HeatMapTab:
    """The Coverage heat map tab: category by location and location by month.

    A part of DashboardPage (mixed into it): it uses the page's data, labels, charts and
    _section; its words are translated under this class's name (PySide's tr() looks
    along the page's classes)."""

    def _heatmap_controls(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.heatmap_choice = self._combo("heatmap_choice", self.tr("Heat map"))
        self.heatmap_choice.setMinimumContentsLength(36)
        self.heatmap_choice.addItem(self.tr("Category by location (after the mission leaves)"),
                                    dashboard.CATEGORY_LOCATION)
        self.heatmap_choice.addItem(self.tr("Location by month"), dashboard.LOCATION_MONTH)
        self.heatmap_choice.currentIndexChanged.connect(self._on_heatmap_choice)
        row.addWidget(self.heatmap_choice)
        hint = QLabel(self.tr("Share of the requirement covered; click a cell to see its "
                              "capacities"))
        hint.setWordWrap(True)
        row.addWidget(hint, 1)
        row.addWidget(self._export_button("heatmap"))
        return row

    def _on_heatmap_choice(self) -> None:
        if self.charts is not None:
            self.heatmap_stack.setCurrentIndex(self.heatmap_choice.currentIndex())

    def _share_legend(self) -> list[tuple[str, str]]:
        from transition_planner.ui.charts.common import NO_VALUE_COLOUR, SHARE_BINS

        names = (self.tr("under 25% covered"), self.tr("25–50%"), self.tr("50–75%"),
                 self.tr("75–99%"), self.tr("fully covered"))
        return [(colour, name) for (_b, colour), name in zip(SHARE_BINS, names)] + [
            (NO_VALUE_COLOUR, self.tr("nothing required"))]

    def _percent(self, share: float | None) -> str:
        return "" if share is None else f"{share * 100:.0f}%"

    def _draw_category_location(self, heatmap: dashboard.HeatMap) -> None:
        from transition_planner.ui.charts.common import EMPTY_COLOUR, share_colour

        def tooltip(r: int, c: int) -> str:
            head = f"<b>{heatmap.row_labels[r]} — {heatmap.column_labels[c]}</b><br>"
            if heatmap.capacities[r][c] == 0:
                return head + self.tr("No capacity of this category here")
            return head + self._share_details(heatmap, r, c, self.tr(
                "After the mission leaves: {covered} of {required} capacity-months covered "
                "({share})"), self.tr("Nothing required after the mission leaves"))

        values = [[heatmap.share(r, c) if heatmap.capacities[r][c] else EMPTY
                   for c in range(len(heatmap.columns))] for r in range(len(heatmap.rows))]
        self.charts.category_location.set_data(
            values, heatmap.row_labels, heatmap.column_labels,
            colour=lambda v: EMPTY_COLOUR if v is EMPTY else share_colour(v),
            tooltip=tooltip, legend=self._share_legend(),
            cell_text=lambda v: "" if v is EMPTY else self._percent(v))

    def _share_details(self, heatmap: dashboard.HeatMap, r: int, c: int, covered: str,
                       nothing: str) -> str:
        """A heat-map cell's numbers in words."""
        share = heatmap.share(r, c)
        if share is None:
            return nothing
        required = heatmap.required[r][c]
        return "<br>".join([
            covered.format(covered=number(required - heatmap.gap[r][c], 1),
                           required=number(required, 1), share=self._percent(share)),
            self.tr("{short} of {n} capacities with a gap; click to list them").format(
                short=heatmap.short[r][c], n=heatmap.capacities[r][c])])

    def _draw_location_month(self, heatmap: dashboard.HeatMap) -> None:
        from transition_planner.ui.charts.common import share_colour

        def tooltip(r: int, c: int) -> str:
            head = f"<b>{heatmap.row_labels[r]}, {heatmap.column_labels[c]}</b><br>"
            return head + self._share_details(
                heatmap, r, c, self.tr("{covered} of {required} capacities covered ({share})"),
                self.tr("Nothing required this month"))

        self.charts.location_month.set_data(
            heatmap.shares(), heatmap.row_labels, month_starts(self.data.report.facts),
            colour=share_colour, tooltip=tooltip, legend=self._share_legend())

    def _on_heatmap_cell(self, kind: str, row: int, column: int) -> None:
        data = self.data
        if data is None:
            return
        heatmap = data.category_location if kind == dashboard.CATEGORY_LOCATION \
            else data.location_month
        if heatmap.capacities[row][column] == 0:
            return  # an empty cell: nothing to list
        self._emit_filter(dashboard.heatmap_filter(data.report, heatmap, row, column))
