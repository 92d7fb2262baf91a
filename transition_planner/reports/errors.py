"""Why a report could not be written, worded for the person who asked for it."""

from __future__ import annotations

from transition_planner.services.errors import ServiceError


class ReportError(ServiceError):
    """A report could not be built; no file was written."""


class ReportFontMissing(ReportError):
    """A font the report embeds is not where the application ships it."""


class ReportCancelled(ReportError):
    """The person cancelled the report while it was being built."""
