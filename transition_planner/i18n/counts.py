"""Counted words every part of the core writes: months, days, flags, records."""

from __future__ import annotations


def months(t, n: int) -> str:
    """'1 month', '3 months'; Arabic 'شهر واحد', 'شهران', '3 أشهر', '11 شهرًا'."""
    return t.n_("%(num)s month", "%(num)s months", n)


def days(t, n: int) -> str:
    return t.n_("%(num)s day", "%(num)s days", n)


def flags(t, n: int) -> str:
    return t.n_("%(num)s flag", "%(num)s flags", n)


def problems(t, n: int) -> str:
    return t.n_("%(num)s problem", "%(num)s problems", n)
