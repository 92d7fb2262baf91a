"""Linux desktop integration from a bundle or a wheel, in one command (`transition-planner
install-desktop`): a menu entry, the icon, and the .tplan file type, so that a double-click on a
plan opens it. Everything goes into the user's own folders; --uninstall takes it out again."""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

from transition_planner import paths

APP_ID = "transition-planner"
DESKTOP_FILE = f"{APP_ID}.desktop"
MIME_TYPE = "application/x-transition-plan"
MIME_FILE = f"{APP_ID}.xml"
DEFAULTS_SECTION = "[Default Applications]"


def data_home() -> Path:
    return Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")


def config_home() -> Path:
    return Path(os.environ.get("XDG_CONFIG_HOME") or Path.home() / ".config")


def targets() -> dict[str, Path]:
    data = data_home()
    return {"desktop": data / "applications" / DESKTOP_FILE,
            "mime": data / "mime" / "packages" / MIME_FILE,
            "icon": data / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg"}


def launcher() -> list[str]:
    """The command that starts this installation: the bundle's executable, else the
    `transition-planner` script beside this Python (a wheel's venv), else `python -m`."""
    if getattr(sys, "frozen", False):
        return [sys.executable]
    script = Path(sys.executable).with_name(APP_ID)
    if script.is_file():
        return [str(script)]
    return [sys.executable, "-m", "transition_planner"]


def exec_quote(argument: str) -> str:
    """One argument of a desktop entry's Exec key (Desktop Entry Specification, "The Exec
    key"), escaped once more as the key's string value."""
    if argument and not any(c in argument for c in ' \t\n"\'\\><~|&;$*?#()`%'):
        return argument
    quoted = "".join("\\" + c if c in '"`$\\' else c for c in argument).replace("%", "%%")
    return ('"' + quoted + '"').replace("\\", "\\\\")


def desktop_entry(command: list[str]) -> str:
    template = (paths.DESKTOP / DESKTOP_FILE).read_text(encoding="utf-8")
    return template.replace("@EXEC@", " ".join(exec_quote(part) for part in command))


def set_default(mimeapps: Path, remove: bool = False) -> None:
    """Make (or stop making) this application the default for plans in mimeapps.list,
    leaving every other line of the user's file as it was."""
    lines = mimeapps.read_text(encoding="utf-8").splitlines() if mimeapps.exists() else []
    key = f"{MIME_TYPE}="
    kept, section, inserted = [], None, False
    for line in lines:
        stripped = line.strip()
        if stripped.startswith("["):
            if section == DEFAULTS_SECTION and not inserted and not remove:
                kept.append(key + DESKTOP_FILE)
                inserted = True
            section = stripped
        elif section == DEFAULTS_SECTION and stripped.startswith(key):
            continue
        kept.append(line)
    if not remove and not inserted:
        if section != DEFAULTS_SECTION:
            kept += ([""] if kept else []) + [DEFAULTS_SECTION]
        kept.append(key + DESKTOP_FILE)
    mimeapps.parent.mkdir(parents=True, exist_ok=True)
    mimeapps.write_text("\n".join(kept) + "\n", encoding="utf-8")


def _refresh_caches() -> list[str]:
    """Let the desktop see the change now; returns the tools that were not there."""
    import subprocess  # (every command imports this module to register `desktop`)

    data = data_home()
    missing = []
    for tool, folder in (("update-mime-database", data / "mime"),
                         ("update-desktop-database", data / "applications")):
        if shutil.which(tool) is None:
            missing.append(tool)
            continue
        folder.mkdir(parents=True, exist_ok=True)
        subprocess.run([tool, str(folder)], check=False, capture_output=True, timeout=120)
    return missing


def install(command: list[str] | None = None) -> list[str]:
    """Install the entry, the file type and the icon; returns the cache tools not found."""
    found = targets()
    for path in found.values():
        path.parent.mkdir(parents=True, exist_ok=True)
    found["desktop"].write_text(desktop_entry(command or launcher()), encoding="utf-8")
    shutil.copyfile(paths.DESKTOP / "transition-planner-mime.xml", found["mime"])
    shutil.copyfile(paths.APP_ICON, found["icon"])
    set_default(config_home() / "mimeapps.list")
    return _refresh_caches()


def uninstall() -> list[str]:
    for path in targets().values():
        path.unlink(missing_ok=True)
    mimeapps = config_home() / "mimeapps.list"
    if mimeapps.exists():
        set_default(mimeapps, remove=True)
    return _refresh_caches()


def cmd_install_desktop(args) -> int:
    if not sys.platform.startswith("linux"):
        print("error: install-desktop is for Linux desktops; the Windows and macOS builds "
              "register themselves (see packaging/README.md)", file=sys.stderr)
        return 2
    missing = uninstall() if args.uninstall else install()
    if args.uninstall:
        print("Removed Transition Planner from this desktop's menu and file types")
    else:
        entry = targets()["desktop"]
        print(f"Installed {entry} and the .tplan file type ({MIME_TYPE}); "
              "double-clicking a plan opens it")
    if missing:
        print(f"note: {', '.join(missing)} not found: the desktop may notice the change only "
              "after the next login", file=sys.stderr)
    return 0


def register(subparsers) -> None:
    p = subparsers.add_parser("install-desktop",
                              help="add the application to this Linux desktop's menu and "
                                   "open .tplan files with it")
    p.add_argument("--uninstall", action="store_true", help="take it out again")
    p.set_defaults(func=cmd_install_desktop)
