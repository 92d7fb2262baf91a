"""The Gaps page (page.py) and its tabs, one module each: cliff, heat_maps, funding, readiness,
scenarios and flags; worker.py recomputes off the GUI thread."""

from transition_planner.ui.pages.dashboard.common import (
    FLAG_KIND_TEXT,
    TAB_CLIFF,
    TAB_FLAGS,
    TAB_FUNDING,
    TAB_HEATMAP,
    TAB_READINESS,
    TAB_SCENARIOS,
)
from transition_planner.ui.pages.dashboard.flags import AcceptRiskDialog
from transition_planner.ui.pages.dashboard.page import (
    COALESCE_MS,
    RECOMPUTE_KINDS,
    DashboardPage,
    FigureButton,
)
from transition_planner.ui.pages.dashboard.scenarios import CloneScenarioDialog
from transition_planner.ui.pages.dashboard.worker import DashboardWorker, Request, compute

__all__ = [
    "COALESCE_MS", "FLAG_KIND_TEXT", "RECOMPUTE_KINDS", "TAB_CLIFF", "TAB_FLAGS", "TAB_FUNDING",
    "TAB_HEATMAP", "TAB_READINESS", "TAB_SCENARIOS", "AcceptRiskDialog", "CloneScenarioDialog",
    "DashboardPage", "DashboardWorker", "FigureButton", "Request", "compute",
]
