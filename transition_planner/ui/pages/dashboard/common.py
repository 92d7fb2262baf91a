"""What the dashboard's modules share: the tabs' order and the flag kinds' names."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

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

