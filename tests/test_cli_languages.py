"""The command line in French and Arabic: `gaps --lang` words every demo flag through the
core catalogue, the text output's headings and figures follow, `check` too, and without
--lang the system's locale decides."""

from __future__ import annotations

import json
import os
import re
import sqlite3
import subprocess
import sys

import pytest

from transition_planner import cli, i18n

NB, NNB = "\xa0", "\u202f"
ENGLISH_WORDS = re.compile(r"\b(the|of|is|and|until|from|with|only|takes|over|nobody)\b")


@pytest.fixture(autouse=True)
def english_afterwards():
    yield
    i18n.set_language("en")


def gaps_json(capsys, path, *extra) -> dict:
    assert cli.main(["gaps", str(path), "--json", *extra]) == 0
    return json.loads(capsys.readouterr().out)


def record_names(path) -> list[str]:
    """The names the plan's records were given (they stay as typed in every language)."""
    with sqlite3.connect(path) as db:
        names = [row[0] for table in ("capacity", "actor", "location", "protectionindicator")
                 for row in db.execute(f"SELECT name FROM {table}")]
    return sorted(set(names), key=len, reverse=True)


def without_names(flag: dict, names: list[str]) -> str:
    text = flag["message"]
    for name in names:
        text = text.replace(name, "")
    return text


def test_gaps_in_french_words_every_demo_flag(capsys, demo_path):
    english = gaps_json(capsys, demo_path, "--lang", "en")["flags"]
    french = gaps_json(capsys, demo_path, "--lang", "fr")["flags"]
    assert [f["kind"] for f in french] == [f["kind"] for f in english]
    assert [f["details"] for f in french] == [f["details"] for f in english]  # data unchanged
    names = record_names(demo_path)
    for en, fr in zip(english, french):
        assert fr["message"] != en["message"]
        left = ENGLISH_WORDS.findall(without_names(fr, names))
        assert left == [], (fr["kind"], left, fr["message"])
    late = next(f for f in french if f["kind"] == "late_successor")["message"]
    assert late == (
        "La mission quitte Kanzi team site le 31 juillet 2026 et Kelvaran National Police ne "
        "commence à reprendre Protective patrols around Kanzi IDP sites que le 14 octobre 2026"
        f"{NB}: 74 jours sans personne aux commandes.")
    no_successor = next(f for f in french if f["kind"] == "no_successor")["message"]
    assert f"1{NNB}820{NNB}833,33{NB}USD pour 19 mois à partir du 1er juin 2027" in no_successor
    assert f"100{NB}% en restent nécessaires" in no_successor


def test_gaps_in_arabic_words_every_demo_flag(capsys, demo_path):
    arabic = gaps_json(capsys, demo_path, "--lang", "ar")["flags"]
    assert len(arabic) == 20  # the demo's flags, the Tessik re-engagement among them
    names = record_names(demo_path)
    for flag in arabic:
        left = re.findall(r"[A-Za-z]{2,}", without_names(flag, names).replace("USD", ""))
        assert left == [], (flag["kind"], left, flag["message"])
    late = next(f for f in arabic if f["kind"] == "late_successor")["message"]
    assert late.endswith("إلا في 14 أكتوبر 2026: 74 يومًا دون أي جهة مسؤولة.")
    partial = next(f for f in arabic if f["kind"] == "partial_cover")["message"]
    assert "لمدة 19 شهرًا حتى أفق الخطة في 31 ديسمبر 2028" in partial
    assert "«مقترَح»" in partial  # the handover status, worded


def test_gaps_text_output_in_french(capsys, demo_path):
    assert cli.main(["gaps", str(demo_path), "--lang", "fr"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Chiffres clés\n")
    assert re.search(rf"non financé après le départ +6{NNB}040{NNB}833,33{NB}USD", out)
    assert re.search(r"début de l’horizon +1er janvier 2026", out)
    assert "\nAlertes (20)\n" in out
    assert "  ÉLEVÉE  no_successor" in out


def test_check_in_arabic_and_french(capsys, demo_path):
    assert cli.main(["check", str(demo_path), "--lang", "ar"]) == 0
    assert capsys.readouterr().out == f"{demo_path}: لم يُعثر على أي مشكلة\n"
    assert cli.main(["check", str(demo_path), "--lang", "fr"]) == 0
    assert capsys.readouterr().out == f"{demo_path}{NB}: aucun problème trouvé\n"


def test_without_lang_the_system_locale_decides(demo_path):
    env = {**os.environ, "LANG": "fr_CD.UTF-8", "LC_ALL": "", "LANGUAGE": ""}
    out = subprocess.run([sys.executable, "-m", "transition_planner", "check", str(demo_path)],
                         capture_output=True, text=True, env=env, timeout=120)
    assert out.stdout == f"{demo_path}{NB}: aucun problème trouvé\n", out.stderr


def test_the_engines_english_is_the_catalogues_english(demo_plan):
    """Flag.message (worded fast as the engine makes flags) == word_flag(flag, 'en')."""
    from transition_planner.domain.wording import render, word_flag
    from transition_planner.services import gaps

    report = gaps.compute(demo_plan)
    english = i18n.translator("en")
    for flag in report.flags:
        assert flag.words
        assert flag.message == " ".join(render(p, english) for p in flag.words)
        assert word_flag(flag, "en") == flag.message
