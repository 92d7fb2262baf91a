"""The window's pages, in sidebar order; each is imported the first time it is shown."""

from __future__ import annotations

import importlib
from typing import NamedTuple

from PySide6 import QtCore
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QLabel

from transition_planner.logs import LOG, LOG_FILE_NAME, log_folder


class PageSpec(NamedTuple):
    """A page of the sidebar: its key, title, tooltip and where its class lives."""

    key: str
    title: str  # translated in the "Pages" context
    tooltip: str
    module: str
    class_name: str

    def translated_title(self) -> str:
        return QCoreApplication.translate("Pages", self.title)

    def translated_tooltip(self) -> str:
        return QCoreApplication.translate("Pages", self.tooltip)


PAGES = (
    PageSpec("inventory", QT_TRANSLATE_NOOP("Pages", "Inventory"),
             QT_TRANSLATE_NOOP("Pages", "The mission's protection capacities"),
             "transition_planner.ui.pages.inventory", "InventoryPage"),
    PageSpec("actors", QT_TRANSLATE_NOOP("Pages", "Successors"),
             QT_TRANSLATE_NOOP("Pages", "Successor and partner organisations"),
             "transition_planner.ui.pages.actors", "ActorsPage"),
    PageSpec("locations", QT_TRANSLATE_NOOP("Pages", "Locations"),
             QT_TRANSLATE_NOOP("Pages", "Provinces, team sites and their closure dates"),
             "transition_planner.ui.pages.locations", "LocationsPage"),
    PageSpec("funding", QT_TRANSLATE_NOOP("Pages", "Funding"),
             QT_TRANSLATE_NOOP("Pages", "Funding lines and what is unfunded, by year"),
             "transition_planner.ui.pages.funding", "FundingPage"),
    PageSpec("timeline", QT_TRANSLATE_NOOP("Pages", "Timeline"),
             QT_TRANSLATE_NOOP("Pages", "Milestones, closures and handover dates"),
             "transition_planner.ui.pages.timeline", "TimelinePage"),
    PageSpec("gaps", QT_TRANSLATE_NOOP("Pages", "Gaps"),
             QT_TRANSLATE_NOOP("Pages", "The protection cliff: coverage gaps and flags"),
             "transition_planner.ui.pages.dashboard", "DashboardPage"),
    PageSpec("map", QT_TRANSLATE_NOOP("Pages", "Map"),
             QT_TRANSLATE_NOOP("Pages", "Where and when coverage falls, on the country's map"),
             "transition_planner.ui.pages.map", "MapPage"),
    PageSpec("monitoring", QT_TRANSLATE_NOOP("Pages", "Monitoring"),
             QT_TRANSLATE_NOOP("Pages", "After the exit: indicators of the handovers and when "
                                        "the UN must re-engage"),
             "transition_planner.ui.pages.monitoring", "MonitoringPage"),
    PageSpec("history", QT_TRANSLATE_NOOP("Pages", "History"),
             QT_TRANSLATE_NOOP("Pages", "Who changed what, and restoring deleted records"),
             "transition_planner.ui.pages.history", "HistoryPage"),
)


def available_pages() -> list[PageSpec]:
    """Every page of the sidebar: one whose module is missing shows why instead of hiding."""
    return list(PAGES)


class UnavailablePage(QLabel):
    """A page whose module could not be imported (an incomplete install or bundle): says so,
    where everyone sees it, instead of leaving the page empty."""

    def __init__(self, spec: PageSpec, error: Exception, parent=None):
        super().__init__(parent)
        self.spec, self.error = spec, error
        self.setObjectName(f"unavailable_{spec.key}")
        self.setWordWrap(True)
        self.setAlignment(QtCore.Qt.AlignmentFlag.AlignCenter)  # (Qt's namespace: see theme.py)
        self.setStyleSheet("color: #b00020; padding: 24px;")
        self.setText(QCoreApplication.translate(
            "Pages", "The {page} page cannot be shown: this installation is incomplete "
            "({error}). Reinstall Transition Planner; the log file {log} has the details.",
        ).format(page=spec.translated_title(), error=f"{type(error).__name__}: {error}",
                 log=log_folder() / LOG_FILE_NAME))


def create_page(spec: PageSpec, ctx, parent=None):
    """Import a page's module and build the page for the open plan."""
    try:
        module = importlib.import_module(spec.module)
        page_class = getattr(module, spec.class_name)
    except (ImportError, AttributeError) as exc:
        LOG.exception("The %s page cannot be loaded from %s", spec.key, spec.module)
        return UnavailablePage(spec, exc, parent)
    return page_class(ctx, parent)
