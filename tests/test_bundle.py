"""The Linux bundle, built once per run from packaging/transition_planner.spec and used as a
field user would: the window on the demo plan with every page and File menu action, reports in
three languages and a matrix from the bundled command line, desktop integration, licences."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
pytestmark = pytest.mark.bundle


@pytest.fixture(scope="session")
def bundle(tmp_path_factory) -> Path:
    """The one-folder bundle's executable (TRANSITION_PLANNER_BUNDLE names one built already,
    to look again at a bundle without building it)."""
    if os.environ.get("TRANSITION_PLANNER_BUNDLE"):
        return Path(os.environ["TRANSITION_PLANNER_BUNDLE"]).resolve()
    out = tmp_path_factory.mktemp("bundle")
    done = subprocess.run(
        [sys.executable, "-m", "PyInstaller", str(ROOT / "packaging" / "transition_planner.spec"),
         "--noconfirm", "--log-level", "WARN", "--distpath", str(out / "dist"),
         "--workpath", str(out / "build")],
        cwd=ROOT, capture_output=True, text=True, timeout=900)
    assert done.returncode == 0, done.stderr[-3000:]
    return out / "dist" / "transition-planner" / "transition-planner"


@pytest.fixture(scope="session")
def bundle_demo(bundle, tmp_path_factory) -> Path:
    """A demo plan written by the bundled command line."""
    path = tmp_path_factory.mktemp("bundle-demo") / "demo.tplan"
    done = _run(bundle, "demo", str(path), config=path.parent / "config")
    assert done.returncode == 0, done.stderr
    return path


def _run(bundle: Path, *args: str, config: Path, env: dict | None = None, timeout=300):
    env = {**(env or os.environ), "TRANSITION_PLANNER_CONFIG_DIR": str(config)}
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    # Nothing of the build machine's Python may leak into the bundle's.
    for name in ("PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV"):
        env.pop(name, None)
    return subprocess.run([str(bundle), *args], env=env, cwd=bundle.parent, capture_output=True,
                          text=True, timeout=timeout)


def test_command_line_of_the_bundle(bundle, bundle_demo, tmp_path):
    from openpyxl import load_workbook

    config = tmp_path / "config"
    version = _run(bundle, "--version", config=config)
    assert version.returncode == 0
    assert re.fullmatch(r"transition-planner \d+\.\d+\.\d+ \(linux bundle, commit \S+, "
                        r"built \d{4}-\d\d-\d\d, Linux \w+, glibc [\d.]+\)\n", version.stdout)

    texts = {}
    for lang in ("en", "fr", "ar"):
        pdf = tmp_path / f"report-{lang}.pdf"
        done = _run(bundle, "report", str(bundle_demo), str(pdf), "--lang", lang,
                    "--created", "2026-06-01", config=config)
        assert done.returncode == 0, done.stderr
        texts[lang] = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True,
                                     text=True, check=True).stdout
    assert "Protection transition report" in texts["en"]
    assert "Rapport sur la transition de la" in texts["fr"]
    arabic = [c for c in texts["ar"] if "\u0600" <= c <= "\u06ff" or "\ufb50" <= c <= "\ufeff"]
    assert len(arabic) > 500, "the Arabic report has no Arabic text"
    assert all("UNSMK" in text for text in texts.values())

    workbook = tmp_path / "matrix.xlsx"
    done = _run(bundle, "export-matrix", str(bundle_demo), str(workbook), "--audience",
                "cluster", config=config)
    assert done.returncode == 0, done.stderr
    rows = int(re.search(r"Wrote (\d+) rows", done.stdout).group(1))
    book = load_workbook(workbook, read_only=True)
    header, hxl, *lines = book["Matrix"].iter_rows(values_only=True)
    book.close()
    assert header[:3] == ("Location", "P-code", "Capacity") and hxl[0] == "#loc+name"
    assert rows > 50 and len(lines) == rows
    assert "Community liaison assistants (Nord-Asari network)" in {line[2] for line in lines}

    log = (config / "logs" / "transition-planner.log").read_text(encoding="utf-8")
    assert "Command line 0.1.0 (linux bundle" in log and "export-matrix" in log


def test_bundle_carries_licences_fonts_translations_and_leaves_tests_out(bundle, tmp_path):
    done = _run(bundle, "self-test", "--json", str(tmp_path / "report.json"),
                config=tmp_path / "config")
    assert done.returncode == 0, done.stdout + done.stderr
    checks = {c["name"]: c for c in json.loads((tmp_path / "report.json").read_text())["checks"]}
    assert set(checks) == {"taxonomy", "report fonts", "plan migrations", "translations",
                           "pages and File menu", "licences"}
    assert checks["translations"]["detail"] == "built: ar, fr; core: ar, fr"
    inside = bundle.parent / "_internal"
    licences = inside / "licences"
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in (
        licences / "transition-planner" / "LICENSE").read_text()
    assert "LGPL-3.0-only" in (licences / "PySide6" / "NOTICE.txt").read_text()
    summary = (licences / "README.txt").read_text()
    for name in ("SQLAlchemy", "openpyxl", "reportlab", "pyqtgraph", "numpy", "Python"):
        assert name in summary
    fonts = inside / "transition_planner" / "resources" / "fonts"
    assert {"LICENSE-DejaVu.txt", "OFL-NotoNaskhArabic.txt"} <= {p.name for p in fonts.iterdir()}
    for test_only in ("pytest", "_pytest", "hypothesis", "pytestqt", "PyInstaller"):
        assert not (inside / test_only).exists(), f"{test_only} is in the bundle"


def _window(bundle: Path, plan: Path, tmp_path: Path, env: dict, shots: Path | None = None):
    args = ["self-test", "--window", "--plan", str(plan), "--json", str(tmp_path / "w.json")]
    if shots is not None:
        args += ["--screenshots", str(shots)]
    done = _run(bundle, *args, config=tmp_path / "config", env=env)
    assert done.returncode == 0, done.stdout + done.stderr
    return json.loads((tmp_path / "w.json").read_text())["window"]


@pytest.mark.xvfb
def test_bundled_window_shows_every_page_and_file_action(bundle, bundle_demo, tmp_path,
                                                         x_display):
    """The bundled window on the demo plan, on a virtual X display (so the xcb platform plugin
    and its libraries must be in the bundle too): every sidebar page is built, every File menu
    action is there, and a picture of each page goes to screenshots/bundle/ for a person to
    look at."""
    from PySide6.QtGui import QImage

    from transition_planner.ui.pages import PAGES

    plan = tmp_path / "demo.tplan"
    shutil.copy(bundle_demo, plan)
    shots = ROOT / "screenshots" / "bundle"
    shutil.rmtree(shots, ignore_errors=True)
    window = _window(bundle, plan, tmp_path, x_display, shots)
    assert [(p["key"], p["class"], p["built"]) for p in window["pages"]] == [
        (spec.key, spec.class_name, True) for spec in PAGES]
    assert window["features"] == {"export_matrix": True, "import_matrix": True,
                                  "import_monitoring": True, "export_report": True,
                                  "export_3w": True}
    assert {"Export handover matrix…", "Import handover matrix…", "Export report…",
            "Import monitoring values…", "Export table view…",
            "Export who does what where (3W)…"} <= set(window["file_menu"])
    assert window["icon"] and window["problems"] == []
    pictures = sorted(shots.glob("*.png"))
    assert [p.stem.split("_", 1)[1] for p in pictures] == [spec.key for spec in PAGES]
    for picture in pictures:
        image = QImage(str(picture))
        assert image.width() >= 1000 and image.height() >= 600, picture.name
        colours = {image.pixel(x, y) for x in range(0, image.width(), 17)
                   for y in range(0, image.height(), 13)}
        assert len(colours) > 20, f"{picture.name} looks empty"


def test_desktop_integration_from_the_bundle(bundle, bundle_demo, tmp_path):
    """One command installs the menu entry, icon and file type; the entry starts this bundle."""
    env = {**os.environ, "XDG_DATA_HOME": str(tmp_path / "data"),
           "XDG_CONFIG_HOME": str(tmp_path / "xdg-config")}
    done = _run(bundle, "install-desktop", config=tmp_path / "config", env=env)
    assert done.returncode == 0, done.stderr
    entry = (tmp_path / "data" / "applications" / "transition-planner.desktop").read_text()
    assert f"Exec={bundle} gui %f" in entry.splitlines()
    assert (tmp_path / "data" / "mime" / "application" / "x-transition-plan.xml").exists()
