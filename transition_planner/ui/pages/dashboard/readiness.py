"""The Readiness tab: each successor's lowest score on each dimension."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel

from transition_planner.domain import taxonomy as tx
from transition_planner.services import dashboard


class ReadinessTab:
    """The Readiness tab: each successor's lowest score on each dimension.

    A part of DashboardPage (mixed into it): it uses the page's data, labels, charts and
    _section; its words are translated under this class's name (PySide's tr() looks
    along the page's classes)."""

    def _readiness_controls(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.readiness_hint = QLabel()
        self.readiness_hint.setWordWrap(True)
        row.addWidget(self.readiness_hint, 1)
        row.addWidget(self._export_button("readiness"))
        return row

    def _draw_readiness(self, table: dashboard.ReadinessTable) -> None:
        from transition_planner.ui.charts.common import NO_VALUE_COLOUR, SCORE_COLOURS

        self.readiness_hint.setText(self.tr(
            "Lowest score of each successor on each dimension over its active handovers "
            "(1 not ready, 5 fully ready; below {threshold} is flagged). Weakest successors at "
            "the top, weakest dimensions on the left; click a cell to list the capacities.").format(
            threshold=table.threshold))
        dims = [self.labels.label(tx.READINESS_DIMENSION, d) for d in table.dimensions]

        def tooltip(r: int, c: int) -> str:
            row = table.rows[r]
            dimension = table.dimensions[c]
            lines = [f"<b>{row.actor_name}</b> — {dims[c]}"]
            for _h, _cap, name, scores in row.handovers:
                score = scores.get(dimension)
                lines.append(f"{name}: {score if score is not None else self.tr('not scored')}")
            return "<br>".join(lines)

        legend = [(SCORE_COLOURS[s], self.tr("{score} of 5").format(score=s))
                  for s in range(1, 6)] + [(NO_VALUE_COLOUR, self.tr("not assessed"))]
        self.charts.readiness.set_data(
            [list(r.scores) for r in table.rows], [r.actor_name for r in table.rows], dims,
            colour=lambda s: SCORE_COLOURS.get(s, NO_VALUE_COLOUR), tooltip=tooltip,
            legend=legend, cell_text=lambda s: "" if s is None else str(s))

    def _on_readiness_cell(self, row: int, _column: int) -> None:
        if self.data is None:
            return
        successor = self.data.readiness.rows[row]
        ids = list(dict.fromkeys(cap_id for _h, cap_id, _n, _s in successor.handovers))
        self._emit_filter({"capacity_ids": ids, "actor_id": successor.actor_id})
