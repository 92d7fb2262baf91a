"""Where a plan lives: a `.tplan` file, or a team plan at a `postgresql://` address.

Kept free of heavy imports: the command line parses its arguments with it before anything loads.
"""

from __future__ import annotations

from pathlib import Path

SCHEMES = ("postgresql://", "postgres://", "postgresql+psycopg://")


def is_server_address(value) -> bool:
    return isinstance(value, str) and value.strip().lower().startswith(SCHEMES)


def plan_argument(value: str) -> str | Path:
    """A command's PLAN argument: a server address as given, a file as an expanded path."""
    return value.strip() if is_server_address(value) else Path(value).expanduser()
