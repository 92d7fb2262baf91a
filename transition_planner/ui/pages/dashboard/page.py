"""The Gaps page: key figures, protection cliff, heat maps, funding cliff, readiness, scenarios
and flags of the open plan, recomputed off the GUI thread after edits. Each tab's controls
and drawing are in a module of their own, mixed into the page."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from transition_planner.domain.collector import collector_paused
from transition_planner.domain.gaps import FLAG_KINDS
from transition_planner.services import dashboard
from transition_planner.ui import heap
from transition_planner.ui.charts.tables import ComparisonTableModel, FlagTableModel
from transition_planner.ui.charts.text import money, number
from transition_planner.ui.context import (
    ACTOR,
    CAPACITY,
    FUNDING,
    HANDOVER,
    LOCATION,
    MONITORING,
    PLAN,
    READINESS,
    TAXONOMY,
)
from transition_planner.ui.models.labels import TermLabels
from transition_planner.ui.pages.dashboard.cliff import CliffTab
from transition_planner.ui.pages.dashboard.common import FLAG_KIND_TEXT, TAB_FLAGS
from transition_planner.ui.pages.dashboard.flags import FlagsTab
from transition_planner.ui.pages.dashboard.funding import FundingTab
from transition_planner.ui.pages.dashboard.heat_maps import HeatMapTab
from transition_planner.ui.pages.dashboard.readiness import ReadinessTab
from transition_planner.ui.pages.dashboard.scenarios import ScenarioTab
from transition_planner.ui.pages.dashboard.worker import DashboardWorker, Request
from transition_planner.ui.theme import alarm_style
from transition_planner.ui.translations import current_language
from transition_planner.ui.widgets.chooser import named_combo
from transition_planner.ui.widgets.flow import FlowLayout

# Changes that move a number on this page (comments and milestones do not).
RECOMPUTE_KINDS = frozenset({PLAN, LOCATION, ACTOR, CAPACITY, HANDOVER, READINESS, FUNDING,
                             TAXONOMY, MONITORING})
COALESCE_MS = 250  # a burst of edits (typing, an import, undo x10) costs one recompute


class FigureButton(QPushButton):
    """A key figure: a big number over its caption; clicking it opens the inventory filtered."""

    def __init__(self, caption: str, name: str, parent=None):
        super().__init__(parent)
        self.setObjectName(name)
        self.caption_text = caption
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        # As tall as its words need at its width: a long amount or caption takes a second
        # line instead of being cut at the button's edges.
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.setMinimumHeight(70)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 4, 10, 4)
        layout.setSpacing(0)
        self.number = QLabel("–")
        font = self.number.font()
        font.setPointSizeF(font.pointSizeF() * 1.7)
        font.setBold(True)
        self.number.setFont(font)
        self.number.setWordWrap(True)  # "USD" over the amount when the amount is long
        self.caption = QLabel(caption)
        self.caption.setWordWrap(True)
        for label in (self.number, self.caption):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            layout.addWidget(label)

    def sizeHint(self) -> QSize:
        hint = self.layout().sizeHint()
        return QSize(max(hint.width(), 130), max(hint.height(), 70))

    def minimumSizeHint(self) -> QSize:
        return QSize(max(self.layout().minimumSize().width(), 110), 70)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return max(self.layout().totalHeightForWidth(width), 70)

    def set_value(self, text: str, tooltip: str = "", alarming: bool = False) -> None:
        self.number.setText(text)
        self.number.setStyleSheet(alarm_style() if alarming else "")
        self.setToolTip(tooltip)
        self.setAccessibleName(f"{self.caption_text}: {text}")


class DashboardPage(CliffTab, HeatMapTab, FundingTab, ReadinessTab, ScenarioTab, FlagsTab,
                    QWidget):
    """Where and when protection falls off a cliff, for the open plan and a chosen scenario."""

    sig_show_inventory = Signal(dict)  # the inventory filter of whatever was clicked
    sig_message = Signal(str)  # a short note for the status bar

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.data: dashboard.DashboardData | None = None
        self.latest_figures: dashboard.KeyFigures | None = None
        self.labels = TermLabels()
        self.charts = None  # the chart widgets, built when the page is first shown
        self.redraws: Counter = Counter()  # section -> times redrawn (only what changed is)
        self._drawn: dict[str, object] = {}
        self._stale = True
        self._scenario_id: str | None = None
        self._compare_id: str | None = None
        self.worker = DashboardWorker(self)
        self.worker.sig_ready.connect(self._on_ready)
        self.worker.sig_figures.connect(self._on_figures)
        self.worker.sig_failed.connect(self._on_failed)
        self.worker.sig_busy.connect(self._on_busy)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(COALESCE_MS)
        self._timer.timeout.connect(self.recompute)
        self.flag_model = FlagTableModel(self)
        self.comparison_model = ComparisonTableModel(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(self._build_header())
        layout.addLayout(self._build_figures())
        layout.addWidget(self._build_flag_chips())
        self.tabs = QTabWidget()
        self.tabs.setObjectName("dashboard_tabs")
        self.tabs.setDocumentMode(True)
        self._build_tabs()
        layout.addWidget(self.tabs, 1)
        ctx.sig_plan_changed.connect(self._on_plan_changed)
        ctx.sig_data_changed.connect(self._on_data_changed)
        self._on_plan_changed()

    # --- building --------------------------------------------------------------------------

    def _build_header(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Scenario:")))
        self.scenario_combo = QComboBox()
        self.scenario_combo.setObjectName("scenario_combo")
        self.scenario_combo.setAccessibleName(self.tr("Scenario shown"))
        self.scenario_combo.setToolTip(self.tr("The scenario whose gaps the page shows"))
        self.scenario_combo.setMinimumContentsLength(18)
        self.scenario_combo.activated.connect(self._on_scenario_chosen)
        row.addWidget(self.scenario_combo)
        self.status = QLabel()
        self.status.setObjectName("dashboard_status")
        row.addWidget(self.status, 1)
        return row

    def _build_figures(self) -> QHBoxLayout:
        self.figures_row = QHBoxLayout()
        self.figure_buttons = {
            dashboard.WITHOUT_SUCCESSOR: FigureButton(
                self.tr("without a successor"), "figure_without_successor"),
            dashboard.NOT_READY: FigureButton(
                self.tr("successor not ready"), "figure_not_ready"),
            dashboard.UNCOVERED: FigureButton(
                self.tr("uncovered location-months"), "figure_uncovered"),
        }
        for key, button in self.figure_buttons.items():
            button.clicked.connect(lambda _c=False, k=key: self.show_inventory_for(k))
            self.figures_row.addWidget(button)
        self.unfunded_buttons: dict[str, FigureButton] = {}
        self.flags_button = FigureButton(self.tr("flags"), "figure_flags")
        self.flags_button.clicked.connect(lambda: self.tabs.setCurrentIndex(TAB_FLAGS))
        self.figures_row.addWidget(self.flags_button)
        return self.figures_row

    def _build_flag_chips(self) -> QWidget:
        box = QWidget()
        row = FlowLayout(box, spacing=4, row_spacing=4)
        row.setContentsMargins(0, 0, 0, 0)
        self.chips_label = QLabel(self.tr("Flags by kind:"))
        row.addWidget(self.chips_label)
        self.flag_chips: dict[str, QPushButton] = {}
        for kind in FLAG_KINDS:
            chip = QPushButton()
            chip.setObjectName(f"chip_{kind}")
            chip.setFlat(True)
            chip.setCursor(Qt.CursorShape.PointingHandCursor)
            chip.clicked.connect(lambda _c=False, k=kind: self.show_inventory_for("flags", k))
            chip.hide()
            self.flag_chips[kind] = chip
            row.addWidget(chip)
        return box

    def _build_tabs(self) -> None:
        self.cliff_tab = self._chart_tab(self._cliff_controls())
        self.heatmap_tab = self._chart_tab(self._heatmap_controls())
        self.funding_tab = self._chart_tab(self._funding_controls())
        self.readiness_tab = self._chart_tab(self._readiness_controls())
        self.tabs.addTab(self.cliff_tab, self.tr("Protection cliff"))
        self.tabs.addTab(self.heatmap_tab, self.tr("Coverage heat map"))
        self.tabs.addTab(self.funding_tab, self.tr("Funding cliff"))
        self.tabs.addTab(self.readiness_tab, self.tr("Readiness"))
        self.tabs.addTab(self._scenario_tab(), self.tr("Scenarios"))
        self.tabs.addTab(self._flags_tab(), self.tr("Flags"))

    def _chart_tab(self, controls: QHBoxLayout) -> QWidget:
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addLayout(controls)
        return tab

    def _combo(self, name: str, accessible: str) -> QComboBox:
        return named_combo(name, accessible, 12)  # what the tabs' controls are built with

    def _export_button(self, chart_name: str) -> QPushButton:
        button = QPushButton(self.tr("Save chart…"))
        button.setObjectName(f"export_{chart_name}")
        button.setToolTip(self.tr("Save this chart as a PNG image or an SVG drawing"))
        button.clicked.connect(lambda: self.export_chart(chart_name))
        return button

    def ensure_charts(self):
        """Import pyqtgraph and build the charts (the first time the page is shown)."""
        if self.charts is not None:
            return self.charts
        from transition_planner.ui.charts.cliff import CliffChart
        from transition_planner.ui.charts.funding import FundingChart
        from transition_planner.ui.charts.heatmap import HeatMapChart

        charts = _Charts(CliffChart(), HeatMapChart("bottom"), HeatMapChart("months"),
                         FundingChart(), HeatMapChart("top"))
        self.cliff_tab.layout().addWidget(charts.cliff, 1)
        self.heatmap_stack = QStackedWidget()
        self.heatmap_stack.addWidget(charts.category_location)
        self.heatmap_stack.addWidget(charts.location_month)
        self.heatmap_tab.layout().addWidget(self.heatmap_stack, 1)
        self.funding_tab.layout().addWidget(charts.funding, 1)
        self.readiness_tab.layout().addWidget(charts.readiness, 1)
        charts.category_location.sig_cell_clicked.connect(
            lambda r, c: self._on_heatmap_cell(dashboard.CATEGORY_LOCATION, r, c))
        charts.location_month.sig_cell_clicked.connect(
            lambda r, c: self._on_heatmap_cell(dashboard.LOCATION_MONTH, r, c))
        charts.readiness.sig_cell_clicked.connect(self._on_readiness_cell)
        self.charts = charts
        self._on_heatmap_choice()
        if self.data is not None:
            self._draw_charts()
        return charts

    # --- following the plan ----------------------------------------------------------------

    def _on_plan_changed(self) -> None:
        self.worker.forget()
        self._timer.stop()
        self.data = None
        self.latest_figures = None
        self._drawn.clear()
        self._scenario_id = self._compare_id = None
        has_plan = self.ctx.handle is not None
        self.setEnabled(has_plan)
        self._clear()
        if has_plan:
            self._mark_stale()

    def _on_data_changed(self, kinds) -> None:
        if self.ctx.handle is not None and set(kinds) & RECOMPUTE_KINDS:
            self._mark_stale()

    def _mark_stale(self) -> None:
        """Recompute soon if the page is on screen; otherwise when it is shown again."""
        if self.isVisible():
            self._timer.start()
        else:
            self._stale = True

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.ensure_charts()
        if self._stale and self.ctx.handle is not None:
            self._stale = False
            self.recompute()

    def recompute(self) -> None:
        """Start a recompute of everything now (F5); the result arrives by _on_ready."""
        self._timer.stop()
        handle = self.ctx.handle
        if handle is None:
            return
        lang = current_language()
        where = tuple((k, tuple(v)) for k, v in self.cliff_where().items())
        self.worker.request(Request(handle.address, handle.user, self._scenario_id,
                                    self._compare_id, lang, where))

    def refresh(self) -> None:
        self.recompute()

    def wait_for_workers(self) -> None:
        self._timer.stop()
        self.worker.wait()

    def _on_busy(self, busy: bool) -> None:
        self.status.setText(self.tr("Updating…") if busy else "")

    def _on_failed(self, message: str) -> None:
        self.status.setText(self.tr("The gap analysis failed."))
        self.ctx.sig_error.emit(self.tr("Computing the gaps failed"), message)

    # --- showing the results ---------------------------------------------------------------

    def _on_figures(self, figures: dashboard.KeyFigures) -> None:
        """The new numbers, shown while the charts' read models are still being built."""
        if self.data is not None:  # the page's layout (currencies, chips) exists
            self.latest_figures = figures  # what a click on a figure lists
            self._section("figures", figures, self._draw_figures)

    def _on_ready(self, data: dashboard.DashboardData) -> None:
        # Redrawing makes many small objects; with a 10k-capacity plan in memory the cyclic
        # collector would rescan all of it meanwhile and double the time the window is busy.
        with collector_paused():
            self._apply(data)
        heap.settle()  # the gap report: out of the cyclic collector's sight (ui/heap.py)

    def _apply(self, data: dashboard.DashboardData) -> None:
        self.data = data
        self.latest_figures = data.figures
        self.labels = TermLabels(data.taxonomy, current_language())
        self._scenario_id = data.scenario_id
        self._compare_id = data.compare_id
        self._section("scenarios", (tuple(data.scenarios), data.scenario_id, data.compare_id),
                      self._draw_scenarios)
        self._section("figures", data.figures, self._draw_figures)
        self._section("flags", data.flags, lambda _v: self._draw_flags())
        self._section("comparison", (data.report.summary, data.compare_id and
                                     data.compare_report.summary), self._draw_comparison)
        if self.charts is not None:
            self._draw_charts()

    def _section(self, name: str, value, draw) -> bool:
        """Redraw one part of the page only if what it shows changed."""
        if name in self._drawn and self._drawn[name] == value:
            return False
        draw(value)
        self._drawn[name] = value
        self.redraws[name] += 1
        return True

    def _draw_charts(self) -> None:
        data = self.data
        self._fill_cliff_filters()
        self._draw_cliff()
        self._section("category_location", data.category_location, self._draw_category_location)
        self._section("location_month", data.location_month, self._draw_location_month)
        self._fill_currencies()
        self._draw_funding()
        self._section("readiness", data.readiness, self._draw_readiness)

    def _clear(self) -> None:
        for button in self.figure_buttons.values():
            button.set_value("–")
        self.flags_button.set_value("–")
        for button in self.unfunded_buttons.values():
            self.figures_row.removeWidget(button)
            button.deleteLater()
        self.unfunded_buttons = {}
        for chip in self.flag_chips.values():
            chip.hide()
        self.flag_model.set_rows([], {})
        self.comparison_model.set_rows([], "", "")
        self.scenario_combo.clear()
        self.compare_combo.clear()
        self.status.setText("")

    def kind_text(self, kind: str) -> str:
        return self.tr(FLAG_KIND_TEXT[kind]) if kind in FLAG_KIND_TEXT else kind

    def _draw_figures(self, figures: dashboard.KeyFigures) -> None:
        buttons = self.figure_buttons
        buttons[dashboard.WITHOUT_SUCCESSOR].set_value(
            number(len(figures.without_successor)),
            self.tr("Capacities still required after the mission leaves that no successor "
                    "takes over; click to list them"), bool(figures.without_successor))
        buttons[dashboard.NOT_READY].set_value(
            number(len(figures.not_ready)),
            self.tr("Capacities with a successor scored below the readiness threshold on a "
                    "dimension; click to list them"), bool(figures.not_ready))
        buttons[dashboard.UNCOVERED].set_value(
            number(figures.uncovered_location_months),
            self.tr("Location-months with at least one capacity below its requirement, over "
                    "{n} locations; click to list the capacities").format(
                n=len(figures.uncovered_locations)), bool(figures.uncovered_location_months))
        self._draw_unfunded(figures)
        accepted = sum(figures.accepted_by_kind.values())
        self.flags_button.set_value(
            number(figures.flags),
            self.tr("{n} accepted as known risks; click to see the flags").format(n=accepted)
            if accepted else self.tr("Click to see the flags"), figures.flags > accepted)
        for kind, chip in self.flag_chips.items():
            count = figures.flags_by_kind.get(kind, 0)
            chip.setVisible(count > 0)
            text = f"{self.kind_text(kind)}: {count}"
            if figures.accepted_by_kind.get(kind):
                text += " " + self.tr("({n} accepted)").format(n=figures.accepted_by_kind[kind])
            chip.setText(text)
            chip.setToolTip(self.tr("List the capacities with this flag in the inventory"))
        self.chips_label.setVisible(figures.flags > 0)

    def _draw_unfunded(self, figures: dashboard.KeyFigures) -> None:
        currencies = sorted(figures.unfunded) or [""]
        for currency in list(self.unfunded_buttons):
            if currency not in currencies:
                button = self.unfunded_buttons.pop(currency)
                self.figures_row.removeWidget(button)
                button.deleteLater()
        for currency in currencies:
            button = self.unfunded_buttons.get(currency)
            if button is None:
                button = FigureButton(self.tr("unfunded after exit"),
                                      f"figure_unfunded_{currency or 'none'}")
                button.clicked.connect(
                    lambda _c=False, c=currency: self.show_inventory_for(dashboard.UNFUNDED, c))
                self.figures_row.insertWidget(self.figures_row.indexOf(self.flags_button),
                                              button)
                self.unfunded_buttons[currency] = button
            if currency:
                button.set_value(money(figures.unfunded[currency], currency),
                                 self.tr("Cost of the months after the mission leaves that no "
                                         "secured funding covers; click to list them"), True)
            else:
                button.set_value("0", self.tr("Every capacity is funded after the exit"))
            button.setEnabled(bool(currency))

    # --- click-through and export ----------------------------------------------------------

    def show_inventory_for(self, figure: str, detail: str | None = None) -> dict | None:
        """Send the inventory filter of a key figure (see services.dashboard.inventory_filter)."""
        if self.data is None:
            return None
        figures = self.latest_figures or self.data.figures
        return self._emit_filter(dashboard.inventory_filter(figures, figure, detail))

    def _emit_filter(self, inventory_filter: dict) -> dict:
        self.sig_show_inventory.emit(inventory_filter)
        return inventory_filter

    def chart(self, name: str):
        charts = self.ensure_charts()
        if name == "heatmap":
            return self.heatmap_stack.currentWidget()
        return getattr(charts, name)

    def export_chart(self, name: str) -> Path | None:
        """Ask where to save a chart and write it as PNG or SVG."""
        png, svg = self.tr("PNG image (*.png)"), self.tr("SVG drawing (*.svg)")
        path, chosen = QFileDialog.getSaveFileName(
            self, self.tr("Save chart"), f"{name}.png", f"{png};;{svg}")
        if not path:
            return None
        path = Path(path)
        if not path.suffix:  # the format chosen in the dialog; any other suffix is refused
            path = path.with_name(path.name + (".svg" if chosen == svg else ".png"))
        try:
            written = self.chart(name).export(path)
        except (OSError, ValueError) as exc:
            self.ctx.sig_error.emit(self.tr("Save chart"), str(exc))
            return None
        self.sig_message.emit(self.tr("Saved the chart to {path}").format(path=written))
        return written


@dataclass
class _Charts:
    """The chart widgets of the page."""

    cliff: object
    category_location: object
    location_month: object
    funding: object
    readiness: object

