"""The wheel: built from this checkout, installed with its dependencies into a new virtual
environment outside the checkout, and used there (demo, report, export-matrix, the window);
and every package the code imports is declared."""

from __future__ import annotations

import ast
import json
import os
import re
import subprocess
import sys
import zipfile
from importlib.metadata import packages_distributions
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _declared() -> set[str]:
    import tomllib

    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    return {re.split(r"[<>=!;\[ ]", spec, maxsplit=1)[0].lower().replace("_", "-")
            for spec in project["dependencies"]}


def test_every_imported_package_is_declared():
    imported = set()
    for source in (ROOT / "transition_planner").rglob("*.py"):
        for node in ast.walk(ast.parse(source.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                imported |= {alias.name.split(".")[0] for alias in node.names}
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                imported.add(node.module.split(".")[0])
    third_party = sorted(imported - set(sys.stdlib_module_names) - {"transition_planner"})
    distributions = packages_distributions()
    needed = {name: {d.lower().replace("_", "-") for d in distributions.get(name, [])}
              for name in third_party}
    declared = _declared()
    assert {"pydantic", "numpy", "defusedxml"} <= declared
    undeclared = {name: dists for name, dists in needed.items() if not dists & declared}
    assert not undeclared, f"imported but not declared in pyproject.toml: {undeclared}"


def test_openpyxl_reads_workbooks_with_defusedxml(tmp_path):
    """A workbook that declares XML entities (the "billion laughs" shape) is refused."""
    import defusedxml
    import openpyxl
    from openpyxl.xml import DEFUSEDXML

    assert DEFUSEDXML
    book = openpyxl.Workbook()
    book.active["A1"] = "x"
    plain = tmp_path / "plain.xlsx"
    book.save(plain)
    bomb = tmp_path / "entities.xlsx"
    with zipfile.ZipFile(plain) as source, zipfile.ZipFile(bomb, "w") as target:
        for name in source.namelist():
            data = source.read(name)
            if name == "xl/worksheets/sheet1.xml":
                data = re.sub(rb"^<\?xml[^>]*\?>", b"", data).replace(
                    b"<worksheet", b'<!DOCTYPE worksheet [<!ENTITY a "aaaaaaaaaa">'
                    b'<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><worksheet', 1)
            target.writestr(name, data)
    with pytest.raises(ValueError) as refused:
        openpyxl.load_workbook(bomb)
    assert isinstance(refused.value.__cause__, defusedxml.EntitiesForbidden)


@pytest.mark.wheel
@pytest.mark.slow
def test_the_wheel_installs_and_runs_in_a_new_environment(tmp_path):
    dist = tmp_path / "dist"
    built = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w",
                            str(dist), str(ROOT)], capture_output=True, text=True, timeout=600)
    assert built.returncode == 0, built.stderr[-3000:]
    (wheel,) = dist.glob("transition_planner-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    resources = "transition_planner/resources/"
    for needed in ("taxonomy.json", "fonts/DejaVuSans.ttf", "fonts/NotoNaskhArabic-Regular.ttf",
                   "fonts/LICENSE-DejaVu.txt", "translations/transition_planner_fr.qm",
                   "translations/transition_planner_ar.qm",
                   "locale/fr/LC_MESSAGES/transition_planner.mo",
                   "locale/ar/LC_MESSAGES/transition_planner.mo",
                   "icons/transition-planner.svg", "desktop/transition-planner.desktop",
                   "desktop/transition-planner-mime.xml", "demo/kelvara_adm_gazetteer.csv",
                   "build.json"):
        assert resources + needed in names, needed
    assert "transition_planner/store/migrations/env.py" in names
    assert not any(n.startswith(("resources/", "tests/", "benchmarks/")) for n in names)

    # A new environment that cannot see this checkout; pip takes the dependencies from its
    # cache of downloaded wheels when it has them.
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True, timeout=300)
    installed = subprocess.run([str(venv / "bin" / "python"), "-m", "pip", "install", "-q",
                                str(wheel)], capture_output=True, text=True, timeout=900)
    assert installed.returncode == 0, installed.stderr[-3000:]
    work = tmp_path / "work"
    work.mkdir()
    env = {key: value for key, value in os.environ.items()
           if key not in ("PYTHONPATH", "VIRTUAL_ENV")}
    env.update(TRANSITION_PLANNER_CONFIG_DIR=str(tmp_path / "config"),
               QT_QPA_PLATFORM="offscreen")

    def run(*args: str) -> str:
        done = subprocess.run([str(venv / "bin" / "transition-planner"), *args], cwd=work,
                              env=env, capture_output=True, text=True, timeout=300)
        assert done.returncode == 0, f"{args}: {done.stdout}{done.stderr}"
        return done.stdout

    where = subprocess.run([str(venv / "bin" / "python"), "-c",
                            "import transition_planner.paths as p; print(p.RESOURCES)"],
                           cwd=work, env=env, capture_output=True, text=True, check=True)
    assert Path(where.stdout.strip()).is_relative_to(venv)
    assert re.search(r"0\.1\.0 \(wheel, commit \S+, built ", run("--version"))
    run("demo", "demo.tplan")
    assert "pages" in run("report", "demo.tplan", "report-fr.pdf", "--lang", "fr")
    text = subprocess.run(["pdftotext", str(work / "report-fr.pdf"), "-"], capture_output=True,
                          text=True, check=True).stdout
    assert "Rapport sur la transition de la" in text
    assert "rows for the donor audience" in run("export-matrix", "demo.tplan", "matrix.xlsx",
                                                "--audience", "donor")
    run("self-test", "--window", "--plan", "demo.tplan", "--json", "self-test.json")
    window = json.loads((work / "self-test.json").read_text())["window"]
    from transition_planner.ui.pages import PAGES

    assert [page["key"] for page in window["pages"] if page["built"]] == [p.key for p in PAGES]
    assert all(window["features"].values())
