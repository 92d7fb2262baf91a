"""Transition Planner: plan the handover of a UN mission's protection capacities."""

__version__ = "0.1.0"
