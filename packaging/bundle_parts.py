"""What transition_planner.spec puts into a bundle besides the code: the build record, the
licence texts, the icons for Windows and macOS, the Windows version resource."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from importlib.metadata import PackageNotFoundError, distribution
from pathlib import Path

from packaging.requirements import Requirement

APP = "transition-planner"
LICENCE_FILE = re.compile(r"(licen[cs]e|copying|notice|authors)", re.IGNORECASE)

QT_NOTICE = """\
Qt {qt} and PySide6 {pyside} (Qt for Python) are used under the GNU Lesser General Public
License version 3 (LGPL-3.0-only). Its text is ../transition-planner/LICENSE, which builds on
the GNU General Public License version 3 in ../transition-planner/COPYING.

Their source code: https://download.qt.io/official_releases/QtForPython/ (PySide6 and
shiboken6) and https://download.qt.io/official_releases/qt/ (Qt {qt}).

The one-folder bundle keeps Qt and PySide6 as separate shared libraries in its _internal
folder (libQt6*.so*, PySide6/): you may replace them with builds of your own of the same
version. Transition Planner's own source, LGPL-3.0-only as well, builds this bundle with
packaging/transition_planner.spec.
"""


RESOURCES = "transition_planner/resources"  # where the checkout's resources/ go in a bundle


def resource_datas(root: Path) -> list[tuple[str, str]]:
    """(file, folder in the bundle) of every shipped file of resources/: the taxonomy, fonts,
    built translations, icons, the demo's maps and the user guide (not the .ts sources)."""
    return [(str(path), str(Path(RESOURCES) / path.parent.relative_to(root / "resources")))
            for path in sorted((root / "resources").rglob("*"))
            if path.is_file() and path.suffix not in (".pyc", ".ts")]


def write_build_info(target: Path, root: Path, kind: str) -> Path:
    sys.path.insert(0, str(root))
    from transition_planner import buildinfo

    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(json.dumps(buildinfo.make(kind, root), indent=2), encoding="utf-8")
    return target


def _runtime_distributions(name: str) -> list:
    """The installed distributions `name` needs at run time (no extras), itself first."""
    seen, order, todo = set(), [], [name]
    while todo:
        try:
            dist = distribution(todo.pop(0))
        except PackageNotFoundError:
            continue
        key = dist.metadata["Name"].lower().replace("_", "-")
        if key in seen:
            continue
        seen.add(key)
        order.append(dist)
        for text in dist.requires or []:
            requirement = Requirement(text)
            if requirement.marker is None or requirement.marker.evaluate({"extra": ""}):
                todo.append(requirement.name)
    return order


def collect_licences(target: Path, root: Path, binaries) -> Path:
    """Copy every licence text the bundle must carry into `target`, one folder each."""
    if target.exists():
        shutil.rmtree(target)
    ours = target / APP
    ours.mkdir(parents=True)
    for name in ("LICENSE", "COPYING"):
        shutil.copy(root / name, ours / name)
    lines = [f"{APP}: LGPL-3.0-only (see {APP}/)"]
    python_licence = Path(sys.base_prefix, "lib", f"python{sys.version_info.major}."
                          f"{sys.version_info.minor}", "LICENSE.txt")
    if python_licence.exists():
        (target / "Python").mkdir()
        shutil.copy(python_licence, target / "Python" / "LICENSE.txt")
        lines.append(f"Python {sys.version.split()[0]}: PSF-2.0 (see Python/)")
    for dist in _runtime_distributions(APP)[1:]:
        name, version = dist.metadata["Name"], dist.version
        expression = dist.metadata.get("License-Expression") or dist.metadata.get("License", "")
        folder = target / name
        folder.mkdir(exist_ok=True)
        for file in dist.files or []:
            if ".dist-info" in str(file) and LICENCE_FILE.search(file.name):
                shutil.copy(file.locate(), folder / file.name)
        lines.append(f"{name} {version}: {expression.splitlines()[0] if expression else '?'}")
        if name.lower().replace("_", "-") == "pyside6-essentials":
            from PySide6 import QtCore
            from PySide6 import __version__ as pyside

            (target / "PySide6").mkdir(exist_ok=True)
            (target / "PySide6" / "NOTICE.txt").write_text(
                QT_NOTICE.format(qt=QtCore.qVersion(), pyside=pyside), encoding="utf-8")
    lines += _system_library_licences(target / "system", binaries)
    (target / "README.txt").write_text(
        "Licences of Transition Planner and of everything this bundle contains; fonts keep "
        "theirs beside them in transition_planner/resources/fonts.\n\n" + "\n".join(lines)
        + "\n", encoding="utf-8")
    return target


def _system_library_licences(target: Path, binaries) -> list[str]:
    """The copyright files of the Debian packages whose libraries the bundle copied from this
    system (PyInstaller takes the Qt plugins' dependencies from it)."""
    sources = sorted({src for _dest, src, _kind in binaries
                      if src.startswith(("/usr/lib", "/lib"))})
    if not sources or shutil.which("dpkg") is None:
        return []
    done = subprocess.run(["dpkg", "-S", *sources], capture_output=True, text=True)
    packages = sorted({line.split(":", 1)[0] for line in done.stdout.splitlines() if ":" in line})
    target.mkdir(parents=True, exist_ok=True)
    lines = []
    for package in packages:
        copyright_file = Path("/usr/share/doc", package.split(":")[0], "copyright")
        if copyright_file.exists():
            shutil.copy(copyright_file, target / f"{package.split(':')[0]}.txt")
            lines.append(f"{package} (system library; see system/)")
    return lines


def render_icons(svg: Path, target: Path) -> dict[str, Path]:
    """The Windows .ico and macOS .icns from the SVG icon (Qt renders, Pillow packs)."""
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PIL import Image
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    app = QGuiApplication.instance() or QGuiApplication([])  # noqa: F841 - Qt needs it
    renderer = QSvgRenderer(str(svg))
    target.mkdir(parents=True, exist_ok=True)
    png = target / f"{APP}-1024.png"
    image = QImage(1024, 1024, QImage.Format.Format_ARGB32)
    image.fill(0)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    image.save(str(png))
    big = Image.open(png)
    icons = {"ico": target / f"{APP}.ico", "icns": target / f"{APP}.icns"}
    big.save(icons["ico"], sizes=[(s, s) for s in (16, 24, 32, 48, 64, 128, 256)])
    big.save(icons["icns"])
    return icons


def windows_version_file(target: Path, version: str) -> Path:
    """The version resource of the Windows executables (PyInstaller's version-file format)."""
    numbers = [int(n) for n in re.findall(r"\d+", version)[:3]] + [0, 0, 0, 0]
    four = tuple(numbers[:4])
    strings = {"CompanyName": "Transition Planner", "FileDescription": "Transition Planner",
               "FileVersion": version, "InternalName": APP, "LegalCopyright": "LGPL-3.0-only",
               "OriginalFilename": f"{APP}.exe", "ProductName": "Transition Planner",
               "ProductVersion": version}
    entries = ",\n          ".join(f"StringStruct({k!r}, {v!r})" for k, v in strings.items())
    target.write_text(f"""# Windows version resource, written by packaging/bundle_parts.py
VSVersionInfo(
  ffi=FixedFileInfo(filevers={four}, prodvers={four}, mask=0x3f, flags=0x0, OS=0x40004,
                    fileType=0x1, subtype=0x0, date=(0, 0)),
  kids=[
    StringFileInfo([StringTable('040904B0', [
          {entries}])]),
    VarFileInfo([VarStruct('Translation', [1033, 1200])])
  ]
)
""", encoding="utf-8")
    return target


def macos_info_plist(version: str) -> dict:
    """Info.plist entries of the .app: its version, and .tplan plans opened by a double-click
    (they arrive as a file-open event, which ui/app.py handles)."""
    return {
        "CFBundleShortVersionString": version,
        "CFBundleVersion": version,
        "NSHighResolutionCapable": True,
        "LSMinimumSystemVersion": "12.0",
        "CFBundleDocumentTypes": [{
            "CFBundleTypeName": "Transition plan",
            "CFBundleTypeRole": "Editor",
            "LSHandlerRank": "Owner",
            "LSItemContentTypes": ["org.transition-planner.plan"],
            "CFBundleTypeIconFile": f"{APP}.icns",
        }],
        "UTExportedTypeDeclarations": [{
            "UTTypeIdentifier": "org.transition-planner.plan",
            "UTTypeDescription": "Transition plan",
            "UTTypeConformsTo": ["public.data", "public.database"],
            "UTTypeTagSpecification": {"public.filename-extension": ["tplan"]},
        }],
    }
