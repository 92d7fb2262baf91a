"""User preferences, declared once with types and defaults, kept in a JSON file."""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass, fields
from pathlib import Path

CONFIG_DIR_ENV = "TRANSITION_PLANNER_CONFIG_DIR"  # tests and portable installs point it elsewhere


def config_dir() -> Path:
    override = os.environ.get(CONFIG_DIR_ENV)
    if override:
        return Path(override)
    from platformdirs import user_config_dir

    return Path(user_config_dir("transition-planner", appauthor=False))


def data_dir() -> Path:
    """Where logs and crash reports go."""
    override = os.environ.get(CONFIG_DIR_ENV)
    if override:
        return Path(override)
    from platformdirs import user_data_dir

    return Path(user_data_dir("transition-planner", appauthor=False))


@dataclass
class Settings:
    """Preferences shared by the window and the command line."""

    user_name: str = ""  # recorded in the audit trail; empty: the operating-system user
    organisation: str = ""
    language: str = "en"  # en | fr | ar
    default_currency: str = "USD"
    # The desktop's colour scheme as the window last saw it (dark | light | unknown): the
    # window paints in it first and reads the desktop's after that paint (ui/theme.py).
    colour_scheme: str = "unknown"

    @classmethod
    def load(cls) -> Settings:
        path = config_dir() / "settings.json"
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return cls()  # a missing or unreadable file means defaults, never a crash
        known = {f.name: f.type for f in fields(cls)}
        values = {}
        for key, value in raw.items() if isinstance(raw, dict) else ():
            if key in known and type(value).__name__ == known[key]:
                values[key] = value
        return cls(**values)

    def save(self) -> None:
        folder = config_dir()
        folder.mkdir(parents=True, exist_ok=True)
        tmp = folder / "settings.json.part"
        tmp.write_text(json.dumps(asdict(self), indent=2), encoding="utf-8")
        tmp.replace(folder / "settings.json")

    def audit_user(self) -> str:
        """The name the audit trail records: the configured one, else the OS login."""
        if self.user_name.strip():
            name = self.user_name.strip()
            return f"{name} ({self.organisation.strip()})" if self.organisation.strip() else name
        import getpass  # here: not needed before the window's first paint

        try:
            return getpass.getuser()
        except Exception:  # no login name (some containers): still record something
            return "unknown user"
