"""Which build is running: a source checkout, a wheel or a bundle (for --version and the log)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from transition_planner import __version__


def make(kind: str, source: Path) -> dict:
    """What a wheel or bundle build records about itself (setup.py and the bundle spec)."""
    # imported here: every command and the window ask describe() as they start
    import platform
    from datetime import UTC, datetime

    info = {"kind": kind, "version": __version__, "commit": _commit(source),
            "built": datetime.now(UTC).strftime("%Y-%m-%d"),
            "system": f"{platform.system()} {platform.machine()}",
            "python": platform.python_version()}
    libc, libc_version = platform.libc_ver()
    if libc:  # a Linux bundle needs at least the C library it was built against
        info["libc"] = f"{libc} {libc_version}"
    return info


def _commit(source: Path) -> str:
    import subprocess

    try:
        done = subprocess.run(["git", "-C", str(source), "describe", "--always", "--dirty"],
                              capture_output=True, text=True, timeout=10)
    except (OSError, subprocess.SubprocessError):
        return "unknown"
    return done.stdout.strip() if done.returncode == 0 and done.stdout.strip() else "unknown"


def read() -> dict:
    """The running build's record; a source checkout has none."""
    from transition_planner.paths import BUILD_INFO

    try:
        info = json.loads(BUILD_INFO.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        info = {}
    if not isinstance(info, dict):
        info = {}
    if getattr(sys, "frozen", False):
        info.setdefault("kind", "bundle")
    return info


def describe() -> str:
    """One line naming the build, e.g. `0.1.0 (bundle, commit 3157dec, built 2026-05-02)`."""
    info = read()
    kind = info.get("kind", "source checkout")
    parts = [kind]
    if info.get("commit"):
        parts.append(f"commit {info['commit']}")
    if info.get("built"):
        parts.append(f"built {info['built']}")
    if info.get("system"):
        parts.append(info["system"] + (f", {info['libc']}" if info.get("libc") else ""))
    return f"{__version__} ({', '.join(parts)})"
