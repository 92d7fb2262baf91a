"""Every word in every language: the window's .ts (Qt) and the core's .po (gettext) hold a
translation for each string the code has, no string the code no longer has, and keep the
placeholders. One command, `python -m transition_planner.ui.translations --update`, brings
both up to date; this test is what fails when someone forgot to run it or to translate."""

from __future__ import annotations

import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

from transition_planner.i18n import catalogue
from transition_planner.ui import translations

ROOT = Path(__file__).resolve().parent.parent
TS_FOLDER = ROOT / "resources" / "translations"
LOCALE = ROOT / "resources" / "locale"


def ts_entries(path: Path) -> dict[tuple[str, str], ET.Element]:
    return {(context.findtext("name") or "", message.findtext("source")): message
            for context in ET.parse(path).getroot().iter("context")
            for message in context.iter("message")}


def ts_translation(message: ET.Element) -> list[str]:
    """The translated forms of a .ts message ([] when unfinished, vanished or empty)."""
    translation = message.find("translation")
    if translation.get("type") in ("unfinished", "vanished", "obsolete"):
        return []
    forms = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
    return forms if all(forms) else []


def ts_placeholders(text: str) -> set[str]:
    import re

    return set(re.findall(r"\{\w*\}|%\d|%n", text))


def ts_problems(committed: Path, extracted: Path) -> list[str]:
    found, have = ts_entries(extracted), ts_entries(committed)
    problems = [f"missing {key}" for key in sorted(set(found) - set(have))]
    problems += [f"vanished {key}" for key in sorted(set(have) - set(found))]
    for key, message in have.items():
        forms = ts_translation(message)
        if not forms:
            problems.append(f"untranslated {key}")
        # a numerus form may say the number with the noun (Arabic: 'شهران', two months)
        wanted = ts_placeholders(key[1])
        numerus = message.get("numerus") == "yes"
        for form in forms:
            got = ts_placeholders(form)
            if got != wanted and not (numerus and got | {"%n"} == wanted):
                problems.append(f"placeholders {sorted(got)} != {sorted(wanted)} in {key}")
    return problems


def po_messages(folder: Path, lang: str) -> set:
    return {(m.context, m.id if isinstance(m.id, str) else m.id[0])
            for m in catalogue.read(catalogue.po_path(lang, folder)) if m.id}


def test_every_string_of_the_window_and_the_core_is_translated_in_every_language(tmp_path):
    ts_files = sorted(TS_FOLDER.glob("*.ts"))
    langs = catalogue.languages(LOCALE)
    assert {ts.stem.rsplit("_", 1)[1] for ts in ts_files} == {"fr", "ar"}
    assert langs == ["ar", "fr"]
    problems = []
    # the window: the project's own lupdate run, on copies
    copies = []
    for ts in ts_files:
        copies.append(tmp_path / ts.name)
        shutil.copy(ts, copies[-1])
    translations.update(copies)
    for ts, copy in zip(ts_files, copies):
        problems += [f"{ts.name}: {p}" for p in ts_problems(ts, copy)]
    # the core: Babel's extraction merged into copies of the .po
    shutil.copytree(LOCALE, tmp_path / "locale", ignore=shutil.ignore_patterns("*.mo"))
    catalogue.update(tmp_path / "locale")
    for lang in langs:
        committed, extracted = po_messages(LOCALE, lang), po_messages(tmp_path / "locale", lang)
        problems += [f"{lang}.po: missing {m}" for m in sorted(extracted - committed, key=str)]
        problems += [f"{lang}.po: vanished {m}" for m in sorted(committed - extracted, key=str)]
        problems += [f"{lang}.po: {p}" for p in catalogue.problems(lang, LOCALE)]
    assert problems == [], f"{len(problems)} problems, e.g. {problems[:10]}"


def test_the_core_catalogues_have_the_plural_forms_of_their_language():
    """Arabic counts in six forms, French in three (CLDR's 'many' of millions), as Babel's
    plural rules say."""
    from babel.messages.plurals import get_plural

    for lang in catalogue.languages(LOCALE):
        header = catalogue.read(catalogue.po_path(lang, LOCALE))
        assert header.num_plurals == get_plural(lang).num_plurals
    assert catalogue.read(catalogue.po_path("ar", LOCALE)).num_plurals == 6
