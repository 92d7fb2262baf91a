"""Errors of the matrix and the report carry a message and its values; the edge words them in
its language (the command line from --lang or the system's locale, the window from its own)."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from test_exchange_support import build_small_plan

from transition_planner.exchange.export import export_matrix
from transition_planner.exchange.merge import preview_import
from transition_planner.exchange.read import WorkbookError
from transition_planner.i18n import translator
from transition_planner.reports import fonts
from transition_planner.reports.errors import ReportFontMissing
from transition_planner.services.errors import ServiceError


def test_a_workbook_error_is_data_worded_in_each_language(plan, tmp_path):
    notes = tmp_path / "notes.xlsx"
    notes.write_text("not a workbook")
    with pytest.raises(WorkbookError) as caught:
        preview_import(plan, notes)
    error = caught.value
    assert error.message == "%(file)s is not an Excel workbook (.xlsx)."
    assert error.params == {"file": "notes.xlsx"}
    assert str(error) == "notes.xlsx is not an Excel workbook (.xlsx)."
    assert error.word(translator("fr")) == "notes.xlsx n'est pas un classeur Excel (.xlsx)."
    assert error.word(translator("ar")) == "notes.xlsx ليس مصنف Excel (.xlsx)."


def test_an_export_filter_that_names_nothing_is_refused_in_french(plan, tmp_path):
    build_small_plan(plan)
    with pytest.raises(ServiceError) as caught:
        export_matrix(plan, tmp_path / "m.xlsx", successors=["Atlantis Relief"])
    assert caught.value.params == {"name": "Atlantis Relief"}
    assert caught.value.word("fr") == "Aucun successeur nommé « Atlantis Relief » dans ce plan."
    assert not (tmp_path / "m.xlsx").exists()


def test_a_missing_report_font_is_worded_in_arabic(tmp_path):
    with pytest.raises(ReportFontMissing) as caught:
        fonts.register_fonts(tmp_path)
    assert set(caught.value.params) == {"files", "folder"}
    worded = caught.value.word("ar")
    assert worded.startswith("ملف أو ملفات خط التقرير ") and str(tmp_path) in worded


def test_the_command_line_words_an_import_error_in_the_systems_language(demo_path, tmp_path):
    notes = tmp_path / "notes.xlsx"
    notes.write_text("not a workbook")
    env = {**os.environ, "LANG": "fr_FR.UTF-8", "LC_ALL": "", "LANGUAGE": ""}
    done = subprocess.run([sys.executable, "-m", "transition_planner", "import-matrix",
                           str(demo_path), str(notes)], capture_output=True, text=True, env=env)
    assert done.returncode != 0
    assert "notes.xlsx n'est pas un classeur Excel (.xlsx)." in done.stderr
    assert "is not an Excel workbook" not in done.stderr


def test_a_gazetteer_error_is_worded_in_french_and_arabic(tmp_path):
    from transition_planner.exchange.gazetteer import GazetteerError, read_boundaries

    topo = tmp_path / "kelvara.json"
    topo.write_text('{"type": "Topology", "objects": {}}')
    with pytest.raises(GazetteerError) as caught:
        read_boundaries(topo)
    assert caught.value.params == {"file": "kelvara.json"}
    assert str(caught.value).startswith("kelvara.json is TopoJSON; convert it to GeoJSON")
    assert caught.value.word("fr").startswith(
        "kelvara.json est au format TopoJSON ; convertissez-le d'abord en GeoJSON")
    assert caught.value.word("ar").startswith("kelvara.json بصيغة TopoJSON؛")


def test_the_import_preview_on_the_command_line_speaks_the_systems_language(demo_path,
                                                                             tmp_path):
    from transition_planner.services import plans

    out = tmp_path / "matrice.xlsx"
    handle = plans.open_plan(demo_path)
    try:
        export_matrix(handle, out, lang="fr")
    finally:
        handle.close()
    env = {**os.environ, "LANG": "fr_FR.UTF-8", "LC_ALL": "", "LANGUAGE": ""}
    done = subprocess.run([sys.executable, "-m", "transition_planner", "import-matrix",
                           str(demo_path), str(out), "--dry-run"], capture_output=True,
                          text=True, env=env)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0].startswith("matrice.xlsx : exporté le ") and "pour le public interne" in \
        lines[0]
    assert {"Ajoutées (0)", "Modifiées (0)", "Supprimées (0)", "Lignes illisibles (0)"} <= \
        set(lines)
    assert any(line.startswith("Lignes inchangées : ") for line in lines)


def test_the_rows_a_gazetteer_refuses_are_listed_in_the_users_language(tmp_path):
    """Each refused row of a COD-AB table is named in the window's language, with its values."""
    from transition_planner.exchange.gazetteer import GazetteerError, read_table
    from transition_planner.i18n import current_language, set_language

    table = tmp_path / "kelvara_adm.csv"
    table.write_text("ADM1_PCODE,ADM1_FR,ADM2_PCODE,ADM2_FR\n"
                     "KV01,Nord,KV01 01!,Asari\n"
                     "KV01,Nord,KV0102,Belgora\n"
                     "KV0102,Sud,KV0201,Kanzi\n", encoding="utf-8")
    before = current_language()
    set_language("fr")
    try:
        with pytest.raises(GazetteerError) as caught:
            read_table(table)
    finally:
        set_language(before)
    text = caught.value.word("fr")
    assert text.startswith("kelvara_adm.csv n")
    assert ("ligne 2\u00a0: le P-code admin2 'KV01 01!' n’est pas un P-code (lettres et "
            "chiffres, 20 au plus)") in text
    assert "le P-code KV0102 est à la fois une unité admin2 et une unité admin1" in text
