"""`transition-planner report`, run as a user runs it: a real process, a real plan, a real PDF."""

from __future__ import annotations

import re
import subprocess
import sys

import pytest
from test_report_sample import build_sample_plan, pdf_pages

from transition_planner import paths
from transition_planner.cli import main


def run(*args):
    return subprocess.run([sys.executable, "-m", "transition_planner", *map(str, args)],
                          capture_output=True, text=True, timeout=120)


def assert_clean_error(result, text):
    assert result.returncode == 2, result.stdout + result.stderr
    assert text in result.stderr
    assert "Traceback" not in result.stderr + result.stdout


@pytest.fixture
def plan_path(tmp_path):
    path = tmp_path / "sample.tplan"
    build_sample_plan(path).close()
    return path


def test_report_writes_the_pdf_with_the_options_given(plan_path, tmp_path):
    out = tmp_path / "rapport.pdf"
    result = run("report", plan_path, out, "--audience", "cluster", "--lang", "fr",
                 "--location", "Uvira", "Bukavu", "--created", "2027-03-15")
    assert result.returncode == 0, result.stderr
    pages = pdf_pages(out)
    # --lang words the command's own message too
    assert result.stdout.strip() == (f"Rapport cluster protection écrit (fr, {len(pages)} pages) "
                                     f"dans {out}")
    cover = re.sub(r"\s+", " ", pages[0])
    assert "Lieux couverts Uvira, Bukavu" in cover
    assert "Destinataires Cluster protection et partenaires" in cover
    assert "Date du rapport 15 mars 2027" in cover


def test_report_defaults_to_a_donor_report_in_english(plan_path, tmp_path):
    result = run("report", plan_path, tmp_path / "r.pdf")
    assert result.returncode == 0, result.stderr
    assert "Prepared for Donors and headquarters" in re.sub(r"\s+", " ",
                                                            pdf_pages(tmp_path / "r.pdf")[0])


@pytest.mark.parametrize("args, message", [
    (["--created", "2027-03-15xyz"], "'2027-03-15xyz' is not a date (use YYYY-MM-DD)"),
    (["--audience", "press"], "invalid choice: 'press'"),
    (["--lang", "de"], "invalid choice: 'de'"),
    (["--location", "Atlantis"], "error: location: no location called 'Atlantis' in this plan"),
])
def test_bad_options_are_refused_without_a_traceback(plan_path, tmp_path, args, message):
    result = run("report", plan_path, tmp_path / "r.pdf", *args)
    assert_clean_error(result, message)
    assert not (tmp_path / "r.pdf").exists()


def test_a_missing_plan_or_folder_is_a_clear_error(plan_path, tmp_path):
    assert_clean_error(run("report", tmp_path / "none.tplan", tmp_path / "r.pdf"), "error:")
    assert_clean_error(run("report", plan_path, tmp_path / "nowhere" / "r.pdf"),
                       f"error: The folder {tmp_path / 'nowhere'} does not exist.")


def test_missing_fonts_are_a_clear_error(plan_path, tmp_path, monkeypatch, capsys):
    monkeypatch.setattr(paths, "FONTS", tmp_path / "no-fonts")
    assert main(["report", str(plan_path), str(tmp_path / "r.pdf")]) == 2
    err = capsys.readouterr().err
    assert err.startswith("error: The report font file(s) DejaVuSans.ttf")
    assert "reinstall the application" in err and "Traceback" not in err
    assert not (tmp_path / "r.pdf").exists()


def test_a_report_asked_for_an_unknown_place_or_language_says_so_in_french(plan, tmp_path):
    from transition_planner.i18n import translator
    from transition_planner.reports.build import build_report
    from transition_planner.services.errors import InvalidInput

    with pytest.raises(InvalidInput) as refused:
        build_report(plan, tmp_path / "r.pdf", lang="de")
    assert str(refused.value) == "lang: unknown language 'de' (use en, fr, ar)"
    assert refused.value.word(translator("fr")) == (
        "lang: langue inconnue «\u00a0de\u00a0» (utilisez en, fr, ar)")
    with pytest.raises(InvalidInput) as refused:
        build_report(plan, tmp_path / "r.pdf", locations=["Atlantis"])
    assert refused.value.word(translator("fr")) == (
        "location: aucun lieu nommé 'Atlantis' dans ce plan")
    assert not (tmp_path / "r.pdf").exists()
