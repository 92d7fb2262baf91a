"""The Gaps page: key figures, protection cliff, heat maps, funding cliff, readiness, scenarios
and flags of the open plan, recomputed off the GUI thread after edits."""

from __future__ import annotations

import logging
import traceback
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QObject,
    QPoint,
    QRect,
    QSize,
    Qt,
    QThreadPool,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QStackedWidget,
    QStyle,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from transition_planner.domain import taxonomy as tx
from transition_planner.domain.collector import collector_paused
from transition_planner.domain.gaps import FLAG_KINDS, month_starts
from transition_planner.services import dashboard, scenarios
from transition_planner.services.errors import InvalidInput, ServiceError
from transition_planner.ui import heap
from transition_planner.ui.charts.tables import (
    COL_ACCEPTED,
    COL_KIND,
    COL_MESSAGE,
    COL_RECORDS,
    COL_SEVERITY,
    ComparisonTableModel,
    FlagTableModel,
)
from transition_planner.ui.charts.text import money, number, signed
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
from transition_planner.ui.translations import current_language
from transition_planner.ui.undo import do_create, do_delete

LOG = logging.getLogger(__name__)

# Changes that move a number on this page (comments and milestones do not).
RECOMPUTE_KINDS = frozenset({PLAN, LOCATION, ACTOR, CAPACITY, HANDOVER, READINESS, FUNDING,
                             TAXONOMY, MONITORING})
EMPTY = "empty"  # a heat-map cell with no capacity in it
COALESCE_MS = 250  # a burst of edits (typing, an import, undo x10) costs one recompute
TAB_CLIFF, TAB_HEATMAP, TAB_FUNDING, TAB_READINESS, TAB_SCENARIOS, TAB_FLAGS = range(6)

FLAG_KIND_TEXT = {
    "no_successor": QT_TRANSLATE_NOOP("DashboardPage", "No successor"),
    "discontinued": QT_TRANSLATE_NOOP("DashboardPage", "Discontinued"),
    "late_successor": QT_TRANSLATE_NOOP("DashboardPage", "Successor starts late"),
    "successor_ends": QT_TRANSLATE_NOOP("DashboardPage", "Successor ends"),
    "partial_cover": QT_TRANSLATE_NOOP("DashboardPage", "Partly covered"),
    "readiness_below_threshold": QT_TRANSLATE_NOOP("DashboardPage", "Successor not ready"),
    "readiness_not_assessed": QT_TRANSLATE_NOOP("DashboardPage", "Not assessed"),
    "alternative_not_agreed": QT_TRANSLATE_NOOP("DashboardPage", "Fallback not agreed"),
    "agreement_missing": QT_TRANSLATE_NOOP("DashboardPage", "No signed agreement"),
    "unfunded_after_exit": QT_TRANSLATE_NOOP("DashboardPage", "Unfunded after exit"),
    "over_allocation": QT_TRANSLATE_NOOP("DashboardPage", "Shares above 100%"),
    "enabler_orphaned": QT_TRANSLATE_NOOP("DashboardPage", "Enabler orphaned"),
    "independence_conflict": QT_TRANSLATE_NOOP("DashboardPage", "Independence conflict"),
    "data_without_protocol": QT_TRANSLATE_NOOP("DashboardPage", "Data without protocol"),
    "re_engagement_trigger": QT_TRANSLATE_NOOP("DashboardPage", "Re-engagement trigger"),
}
MEASURE_TEXT = {
    "uncovered_location_months": QT_TRANSLATE_NOOP("DashboardPage", "Uncovered location-months"),
    "capacity_gap_months": QT_TRANSLATE_NOOP("DashboardPage", "Capacity-months with a gap"),
    "capacities_without_successor": QT_TRANSLATE_NOOP("DashboardPage",
                                                      "Capacities without successor"),
    "flags": QT_TRANSLATE_NOOP("DashboardPage", "Flags"),
}


# --- recomputing off the GUI thread --------------------------------------------------------


@dataclass(frozen=True)
class Request:
    """What to compute: which plan file, for whom, which scenario and which to compare."""

    path: Path
    user: str
    scenario_id: str | None
    compare_id: str | None
    lang: str
    where: tuple = ()  # the cliff chart's selection, as (key, values) pairs


def compute(request: Request, early=None) -> dashboard.DashboardData:
    """Open the plan anew in this thread (its own engine and sessions) and compute everything,
    the cliff chart's series for its current selection included (the reports cache them).
    `early(figures)` is called with the key figures as soon as the gap report exists: the
    numbers a planner waits for after an edit, before the charts' read models are built."""
    from transition_planner.services import gaps, plans

    handle = plans.open_plan(request.path, user=request.user)
    try:
        scenario_id = dashboard.dashboard_scenario(handle, request.scenario_id)
        report = gaps.compute(handle, scenario_id)
        if early is not None:
            accepted = (a.flag_key for a in dashboard.accepted_flags(handle))
            early(dashboard.key_figures(report, accepted))
        data = dashboard.load_dashboard(handle, scenario_id, request.compare_id,
                                        request.lang, report=report)
    finally:
        handle.file.engine.dispose()  # no checkpoint: the window's own handle owns the file
    where = dict(request.where)
    for report in (data.report, data.compare_report):
        if report is not None:
            dashboard.cliff_data(report, where)
    return data


class _Relay(QObject):
    """Lives in the GUI thread, so the worker's signal is queued to it."""

    sig_done = Signal(int, bool, object)  # generation, ok, data or message
    sig_figures = Signal(int, object)  # generation, KeyFigures (before the rest is ready)


class DashboardWorker(QObject):
    """Runs compute() in one worker thread; requests made meanwhile fold into one more run,
    and only the newest request's result is delivered."""

    sig_ready = Signal(object)  # DashboardData
    sig_figures = Signal(object)  # KeyFigures of the newest request, before its DashboardData
    sig_failed = Signal(str)
    sig_busy = Signal(bool)

    def __init__(self, parent=None):
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._relay = _Relay(self)
        self._relay.sig_done.connect(self._on_done)
        self._relay.sig_figures.connect(self._on_figures)
        self._request: Request | None = None
        self._generation = 0
        self._running = False
        self._pending = False
        # a reader deleted while it reads (its page closed) never ends it: say so for it
        key = id(self)
        self.destroyed.connect(lambda *_args: heap.forget(key))
        self.runs = 0  # computations started (a measure of coalescing, for tests)

    def request(self, request: Request) -> None:
        self._request = request
        self._generation += 1
        if self._running:
            self._pending = True
        else:
            self._start()

    def forget(self) -> None:
        """Drop the result of whatever runs now (another plan is open, or none)."""
        self._request = None
        self._generation += 1
        self._pending = False

    def busy(self) -> bool:
        return self._running or self._pending

    def wait(self) -> None:
        self._pool.waitForDone()

    def _start(self) -> None:
        self._running, self._pending = True, False
        heap.read_started(self)  # the collector waits for its result (ui/heap.py)
        self.runs += 1
        self.sig_busy.emit(True)
        request, generation, relay = self._request, self._generation, self._relay

        def early(figures):
            try:
                relay.sig_figures.emit(generation, figures)
            except RuntimeError:  # the page was closed meanwhile
                pass

        def job():
            try:
                result, ok = compute(request, early), True
            except Exception as exc:  # reported in the window, never lost
                LOG.error("Recomputing the dashboard failed\n%s", traceback.format_exc())
                result, ok = f"{type(exc).__name__}: {exc}", False
            try:
                relay.sig_done.emit(generation, ok, result)
            except RuntimeError:  # the page was closed meanwhile
                pass

        self._pool.start(job)

    def _on_figures(self, generation: int, figures) -> None:
        if generation == self._generation:  # not a request overtaken by a newer one
            self.sig_figures.emit(figures)

    def _on_done(self, generation: int, ok: bool, result) -> None:
        self._running = False
        heap.read_ended(self)
        if self._pending and self._request is not None:
            self._start()
        else:
            self.sig_busy.emit(False)
        if generation != self._generation:
            return  # a newer request is running or the plan changed
        if ok:
            self.sig_ready.emit(result)
        else:
            self.sig_failed.emit(result)


# --- small widgets -------------------------------------------------------------------------


class FigureButton(QPushButton):
    """A key figure: a big number over its caption; clicking it opens the inventory filtered."""

    def __init__(self, caption: str, name: str, parent=None):
        super().__init__(parent)
        self.setObjectName(name)
        self.caption_text = caption
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setMinimumSize(130, 70)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 4, 10, 4)
        layout.setSpacing(0)
        self.number = QLabel("–")
        font = self.number.font()
        font.setPointSizeF(font.pointSizeF() * 1.7)
        font.setBold(True)
        self.number.setFont(font)
        self.caption = QLabel(caption)
        self.caption.setWordWrap(True)
        for label in (self.number, self.caption):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            layout.addWidget(label)

    def set_value(self, text: str, tooltip: str = "", alarming: bool = False) -> None:
        self.number.setText(text)
        self.number.setStyleSheet("color: #b00020;" if alarming else "")
        self.setToolTip(tooltip)
        self.setAccessibleName(f"{self.caption_text}: {text}")


class AcceptRiskDialog(QDialog):
    """Accept a flag as a known risk: the planners say why."""

    def __init__(self, page: DashboardPage, row: dashboard.FlagRow):
        super().__init__(page)
        self.page, self.row = page, row
        self.setWindowTitle(self.tr("Accept as a known risk"))
        self.setMinimumWidth(480)
        layout = QVBoxLayout(self)
        message = QLabel(row.message)
        message.setWordWrap(True)
        layout.addWidget(message)
        layout.addWidget(QLabel(self.tr("Why the plan accepts this risk (who decided, what "
                                        "mitigates it):")))
        self.justification = QPlainTextEdit()
        self.justification.setObjectName("justification")
        self.justification.setAccessibleName(self.tr("Justification"))
        layout.addWidget(self.justification)
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
        self.error.hide()
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Accept risk"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def accept(self) -> None:
        text = self.justification.toPlainText().strip()
        if not text:
            self._problem(self.tr("Say why the risk is accepted: the justification is "
                                  "required."))
            return
        try:
            self.page.accept_flag(self.row, text)
        except ServiceError as exc:
            self._problem(str(exc))
            return
        super().accept()

    def _problem(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()


class CloneScenarioDialog(QDialog):
    """Copy a scenario with every closure moved, e.g. an accelerated withdrawal."""

    def __init__(self, page: DashboardPage, choices, source_id: str | None):
        super().__init__(page)
        self.page = page
        self.created_id: str | None = None
        self.setWindowTitle(self.tr("Clone a scenario"))
        self.setMinimumWidth(440)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        layout.addLayout(form)
        self.source = QComboBox()
        self.source.setObjectName("clone_source")
        for scenario in choices:
            self.source.addItem(scenario.name, scenario.id)
        if source_id is not None and self.source.findData(source_id) >= 0:
            self.source.setCurrentIndex(self.source.findData(source_id))
        form.addRow(self.tr("Copy of:"), self.source)
        self.name = QLineEdit(self.tr("Accelerated withdrawal"))
        self.name.setObjectName("clone_name")
        form.addRow(self.tr("Name:"), self.name)
        self.months = QSpinBox()
        self.months.setObjectName("clone_months")
        self.months.setRange(-scenarios.MAX_MONTHS, scenarios.MAX_MONTHS)
        self.months.setValue(6)
        self.months.setSuffix(self.tr(" months"))
        self.months.setToolTip(self.tr("Every closure, mission end and the exit move this many "
                                       "months earlier (negative: later); successors keep "
                                       "their dates."))
        form.addRow(self.tr("Closures earlier by:"), self.months)
        self.description = QLineEdit()
        self.description.setPlaceholderText(self.tr("optional"))
        form.addRow(self.tr("Description:"), self.description)
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
        self.error.hide()
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Clone"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def accept(self) -> None:
        try:
            self.created_id = self.page.clone_scenario(
                self.source.currentData(), self.name.text(), self.months.value(),
                self.description.text())
        except InvalidInput as exc:
            self.error.setText("\n".join(f"{self._field(k)}: {v}"
                                         for k, v in exc.problems.items()))
            self.error.show()
            return
        except ServiceError as exc:
            self.error.setText(str(exc))
            self.error.show()
            return
        super().accept()

    def _field(self, name: str) -> str:
        return {"name": self.tr("Name"), "source": self.tr("Copy of"),
                "months_earlier": self.tr("Closures earlier by")}.get(name, name)


class FlowLayout(QLayout):
    """Widgets left to right, wrapping onto more lines when the page is narrow (Qt's "flow
    layout" example): the flag chips never widen the window."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._items = []
        self.setSpacing(4)

    def addItem(self, item) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int):
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int):
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self):
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:
        return self.minimumSize()

    def minimumSize(self) -> QSize:
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        margins = self.contentsMargins()
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    def _arrange(self, rect: QRect, move: bool) -> int:
        """Place the visible items in lines (mirrored right to left); returns the height."""
        margins = self.contentsMargins()
        area = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        x, y, line_height = area.x(), area.y(), 0
        direction = self.parentWidget().layoutDirection() if self.parentWidget() else (
            Qt.LayoutDirection.LeftToRight)
        for item in self._items:
            if item.isEmpty():
                continue  # a hidden chip
            hint = item.sizeHint()
            if x + hint.width() > area.right() + 1 and line_height > 0:
                x, y, line_height = area.x(), y + line_height + self.spacing(), 0
            if move:
                item.setGeometry(QStyle.visualRect(direction, area, QRect(QPoint(x, y), hint)))
            x += hint.width() + self.spacing()
            line_height = max(line_height, hint.height())
        return y + line_height - rect.y() + margins.bottom()


# --- the page ------------------------------------------------------------------------------


class DashboardPage(QWidget):
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
        row = FlowLayout(box)
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
        combo = QComboBox()
        combo.setObjectName(name)
        combo.setAccessibleName(accessible)
        combo.setToolTip(accessible)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(12)
        return combo

    def _export_button(self, chart_name: str) -> QPushButton:
        button = QPushButton(self.tr("Save chart…"))
        button.setObjectName(f"export_{chart_name}")
        button.setToolTip(self.tr("Save this chart as a PNG image or an SVG drawing"))
        button.clicked.connect(lambda: self.export_chart(chart_name))
        return button

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

    def _readiness_controls(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.readiness_hint = QLabel()
        self.readiness_hint.setWordWrap(True)
        row.addWidget(self.readiness_hint, 1)
        row.addWidget(self._export_button("readiness"))
        return row

    def _scenario_tab(self) -> QWidget:
        tab = QWidget()
        layout = QVBoxLayout(tab)
        row = QHBoxLayout()
        self.compare_label = QLabel()
        row.addWidget(self.compare_label)
        self.compare_combo = self._combo("compare_combo", self.tr("Scenario to compare with"))
        self.compare_combo.activated.connect(self._on_compare_chosen)
        row.addWidget(self.compare_combo, 1)
        self.clone_button = QPushButton(self.tr("&Clone scenario…"))
        self.clone_button.setObjectName("clone_scenario")
        self.clone_button.setToolTip(self.tr("Copy a scenario with every closure earlier, e.g. "
                                             "an accelerated withdrawal"))
        self.clone_button.clicked.connect(self.open_clone_dialog)
        row.addWidget(self.clone_button)
        self.delete_scenario_button = QPushButton(self.tr("Delete scenario"))
        self.delete_scenario_button.setToolTip(self.tr("Delete the scenario compared with "
                                                       "(Ctrl+Z brings it back)"))
        self.delete_scenario_button.clicked.connect(self.delete_compared_scenario)
        row.addWidget(self.delete_scenario_button)
        layout.addLayout(row)
        self.comparison_view = QTableView()
        self.comparison_view.setObjectName("comparison_table")
        self.comparison_view.setModel(self.comparison_model)
        self.comparison_view.verticalHeader().hide()
        self.comparison_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.comparison_view.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.comparison_view, 1)
        note = QLabel(self.tr("Successors keep their dates in every scenario: moving closures "
                              "earlier shows which handovers come too late. The compared "
                              "scenario is drawn over the protection-cliff chart."))
        note.setWordWrap(True)
        layout.addWidget(note)
        return tab

    def _flags_tab(self) -> QWidget:
        tab = QWidget()
        layout = QVBoxLayout(tab)
        row = QHBoxLayout()
        self.flag_kind_combo = self._combo("flag_kind", self.tr("Kind of flag"))
        self.flag_kind_combo.currentIndexChanged.connect(lambda _i: self._draw_flags())
        row.addWidget(self.flag_kind_combo)
        self.show_accepted = QCheckBox(self.tr("Show accepted risks"))
        self.show_accepted.setObjectName("show_accepted")
        self.show_accepted.setChecked(True)
        self.show_accepted.toggled.connect(lambda _on: self._draw_flags())
        row.addWidget(self.show_accepted)
        row.addStretch(1)
        self.goto_button = QPushButton(self.tr("&Go to record"))
        self.goto_button.setObjectName("flag_goto")
        self.goto_button.setToolTip(self.tr("Show the capacity of this flag in the inventory"))
        self.goto_button.clicked.connect(self.go_to_selected_flag)
        self.accept_button = QPushButton(self.tr("&Accept risk…"))
        self.accept_button.setObjectName("flag_accept")
        self.accept_button.setToolTip(self.tr("Mark this flag as a known risk, with why"))
        self.accept_button.clicked.connect(self.open_accept_dialog)
        self.withdraw_button = QPushButton(self.tr("&Withdraw acceptance"))
        self.withdraw_button.setObjectName("flag_withdraw")
        self.withdraw_button.clicked.connect(self.withdraw_selected)
        for button in (self.goto_button, self.accept_button, self.withdraw_button):
            row.addWidget(button)
        layout.addLayout(row)
        self.flag_view = QTableView()
        self.flag_view.setObjectName("flag_table")
        self.flag_view.setModel(self.flag_model)
        self.flag_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.flag_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.flag_view.setSortingEnabled(True)
        self.flag_view.sortByColumn(COL_SEVERITY, Qt.SortOrder.AscendingOrder)
        self.flag_view.verticalHeader().hide()
        self.flag_view.setWordWrap(True)
        # Two lines a row: the full text is in the tooltip and under the table.
        self.flag_view.verticalHeader().setDefaultSectionSize(
            int(self.flag_view.fontMetrics().lineSpacing() * 2.4) + 6)
        header = self.flag_view.horizontalHeader()
        for column, width in ((COL_SEVERITY, 70), (COL_KIND, 160), (COL_RECORDS, 220),
                              (COL_ACCEPTED, 200)):
            header.resizeSection(column, width)
        header.setSectionResizeMode(COL_MESSAGE, QHeaderView.ResizeMode.Stretch)
        self.flag_view.doubleClicked.connect(lambda _i: self.go_to_selected_flag())
        self.flag_view.selectionModel().selectionChanged.connect(self._update_flag_buttons)
        self.flag_model.modelReset.connect(self._update_flag_buttons)
        layout.addWidget(self.flag_view, 1)
        self.flag_detail = QLabel()
        self.flag_detail.setObjectName("flag_detail")
        self.flag_detail.setWordWrap(True)
        self.flag_detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.flag_detail)
        return tab

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

    def _draw_scenarios(self, _value) -> None:
        data = self.data
        for combo in (self.scenario_combo, self.compare_combo):
            combo.blockSignals(True)
            combo.clear()
        for scenario in data.scenarios:
            self.scenario_combo.addItem(scenario.name, scenario.id)
        self.scenario_combo.setCurrentIndex(max(0, self.scenario_combo.findData(
            data.scenario_id)))
        self.compare_combo.addItem(self.tr("(none)"), None)
        for scenario in data.scenarios:
            if scenario.id != data.scenario_id:
                self.compare_combo.addItem(scenario.name, scenario.id)
        self.compare_combo.setCurrentIndex(max(0, self.compare_combo.findData(data.compare_id)))
        for combo in (self.scenario_combo, self.compare_combo):
            combo.blockSignals(False)
        shown = self.scenario_combo.currentText()
        self.compare_label.setText(self.tr("Compare {name} with:").format(name=shown))
        self.delete_scenario_button.setEnabled(data.compare_id is not None)

    def _draw_comparison(self, _value) -> None:
        data = self.data
        if data.compare_report is None:
            self.comparison_model.set_rows([], self.scenario_combo.currentText(), "")
            return
        names = {s.id: s for s in data.scenarios}
        shown, other = names[data.scenario_id], names[data.compare_id]
        comparison = scenarios.Comparison(
            scenarios.scenario_figures(data.report, shown.id, shown.name,
                                       shown.closure_shift_days, shown.closure_shift_months),
            scenarios.scenario_figures(data.compare_report, other.id, other.name,
                                       other.closure_shift_days, other.closure_shift_months))
        rows = []
        for key, first, second, change in comparison.rows():
            if key.startswith("unfunded:"):
                currency = key.split(":", 1)[1]
                label = self.tr("Unfunded after exit ({currency})").format(currency=currency)
                texts = [money(first, currency), money(second, currency),
                         f"{signed(change)} {currency}"]
            else:
                if key.startswith("flags:"):
                    label = "    " + self.kind_text(key.split(":", 1)[1])
                else:
                    label = self.tr(MEASURE_TEXT[key])
                texts = [number(first), number(second), signed(change)]
            rows.append((label, *texts, float(change)))
        self.comparison_model.set_rows(rows, shown.name, other.name)

    # --- the protection cliff ------------------------------------------------------------

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

    # --- heat maps -----------------------------------------------------------------------

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

    # --- funding ---------------------------------------------------------------------------

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

    # --- readiness -------------------------------------------------------------------------

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

    # --- scenarios -------------------------------------------------------------------------

    def _on_scenario_chosen(self, _index: int) -> None:
        self._scenario_id = self.scenario_combo.currentData()
        if self._compare_id == self._scenario_id:
            self._compare_id = None
        self.recompute()

    def _on_compare_chosen(self, _index: int) -> None:
        self._compare_id = self.compare_combo.currentData()
        self.recompute()

    def open_clone_dialog(self) -> CloneScenarioDialog:
        choices = self.data.scenarios if self.data else []
        dialog = CloneScenarioDialog(self, choices, self._scenario_id)
        dialog.open()
        return dialog

    def clone_scenario(self, source_id: str, name: str, months_earlier: int,
                       description: str = "") -> str:
        """Clone a scenario (undoable) and compare the shown one with it."""
        handle = self.ctx.handle
        text = self.tr("Clone scenario {name}").format(name=name)
        scenario = do_create(
            self.ctx, text,
            lambda: scenarios.clone_scenario(handle, source_id, name,
                                             months_earlier=months_earlier,
                                             description=description),
            lambda scenario_id: scenarios.delete_scenario(handle, scenario_id), PLAN)
        self._compare_id = scenario.id
        self.tabs.setCurrentIndex(TAB_SCENARIOS)
        self.sig_message.emit(self.tr("Added scenario {name}").format(name=scenario.name))
        self.recompute()
        return scenario.id

    def delete_compared_scenario(self) -> None:
        scenario_id, handle = self._compare_id, self.ctx.handle
        if scenario_id is None or handle is None:
            return
        name = self.compare_combo.currentText()
        self._compare_id = None
        try:
            do_delete(self.ctx, self.tr("Delete scenario {name}").format(name=name),
                      lambda: scenarios.delete_scenario(handle, scenario_id), PLAN)
        except ServiceError as exc:
            self.ctx.sig_error.emit(self.tr("Delete scenario"), str(exc))
        self.recompute()

    # --- flags -----------------------------------------------------------------------------

    def _draw_flags(self) -> None:
        data = self.data
        rows = list(data.flags) if data else []
        kinds = [k for k in FLAG_KINDS if any(r.kind == k for r in rows)]
        combo, current = self.flag_kind_combo, self.flag_kind_combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("All kinds of flags"), None)
        for kind in kinds:
            combo.addItem(self.kind_text(kind), kind)
        combo.setCurrentIndex(max(0, combo.findData(current)))
        combo.blockSignals(False)
        kind = combo.currentData()
        shown = [r for r in rows if (kind is None or r.kind == kind)
                 and (self.show_accepted.isChecked() or r.acceptance is None)]
        self.flag_model.set_rows(shown, {k: self.kind_text(k) for k in FLAG_KINDS})

    def selected_flag(self) -> dashboard.FlagRow | None:
        rows = self.flag_view.selectionModel().selectedRows()
        return self.flag_model.row_at(rows[0].row()) if rows else None

    def select_flag(self, key: str) -> bool:
        row = self.flag_model.row_of_key(key)
        if row >= 0:
            self.flag_view.selectRow(row)
        return row >= 0

    def _update_flag_buttons(self, *_args) -> None:
        row = self.selected_flag()
        self.flag_detail.setText(self._flag_detail(row) if row else "")
        self.goto_button.setEnabled(row is not None)
        self.accept_button.setEnabled(row is not None and row.acceptance is None)
        self.withdraw_button.setEnabled(row is not None and row.acceptance is not None)

    def _flag_detail(self, row: dashboard.FlagRow) -> str:
        text = row.message
        if row.acceptance is not None:
            text += "\n" + self.tr("Accepted as a known risk by {who} on {when}: {why}").format(
                who=row.acceptance.accepted_by or "?", when=row.acceptance.accepted_at[:10],
                why=row.acceptance.justification)
        return text

    def go_to_selected_flag(self) -> None:
        row = self.selected_flag()
        if row is not None:
            self._emit_filter({"capacity_ids": [row.capacity_id]})

    def open_accept_dialog(self) -> AcceptRiskDialog | None:
        row = self.selected_flag()
        if row is None or row.acceptance is not None:
            return None
        dialog = AcceptRiskDialog(self, row)
        dialog.open()
        return dialog

    def accept_flag(self, row: dashboard.FlagRow, justification: str):
        """Accept a flag as a known risk (undoable); the page updates when recomputed."""
        handle = self.ctx.handle
        label = row.records[0].name
        acceptance = do_create(
            self.ctx, self.tr("Accept risk: {flag}").format(flag=self.kind_text(row.kind)),
            lambda: dashboard.accept_flag(handle, row.kind, row.record_ids, justification, label),
            lambda acceptance_id: dashboard.unaccept_flag(handle, acceptance_id), CAPACITY)
        self.sig_message.emit(self.tr("Accepted as a known risk: {name}").format(name=label))
        return acceptance

    def withdraw_selected(self) -> None:
        row = self.selected_flag()
        if row is None or row.acceptance is None:
            return
        handle, acceptance_id = self.ctx.handle, row.acceptance.id
        try:
            do_delete(self.ctx, self.tr("Withdraw accepted risk: {flag}").format(
                flag=self.kind_text(row.kind)),
                lambda: dashboard.unaccept_flag(handle, acceptance_id), CAPACITY)
        except ServiceError as exc:
            self.ctx.sig_error.emit(self.tr("Withdraw acceptance"), str(exc))

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
