"""The window's pages, in sidebar order; each is imported the first time it is shown."""

from __future__ import annotations

import importlib
import importlib.util
from typing import NamedTuple

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication


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
    PageSpec("history", QT_TRANSLATE_NOOP("Pages", "History"),
             QT_TRANSLATE_NOOP("Pages", "Who changed what, and restoring deleted records"),
             "transition_planner.ui.pages.history", "HistoryPage"),
)


def available_pages() -> list[PageSpec]:
    """The pages whose module is installed (found without importing it: start-up stays fast)."""
    return [spec for spec in PAGES if importlib.util.find_spec(spec.module) is not None]


def create_page(spec: PageSpec, ctx, parent=None):
    """Import a page's module and build the page for the open plan."""
    module = importlib.import_module(spec.module)
    return getattr(module, spec.class_name)(ctx, parent)
