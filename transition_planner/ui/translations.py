"""The languages of the window and of the core: build the catalogues, and switch language.

`python -m transition_planner.ui.translations` (run by scripts/setup.sh) compiles every
resources/translations/*.ts into a .qm next to it with pyside6-lrelease, and every core
catalogue resources/locale/<lang>/LC_MESSAGES/transition_planner.po into its .mo with Babel.
`python -m transition_planner.ui.translations --update` first re-reads every translatable
string: those of transition_planner/ui into the .ts files with pyside6-lupdate, those of the
rest of the package into the .po files with Babel (new ones come in unfinished, unused ones
are dropped): translate the unfinished ones (Qt Linguist for .ts, any PO editor for .po), then
build. `--add LANG` starts a language's core catalogue (see transition_planner.i18n).
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator

from transition_planner import i18n
from transition_planner.paths import RESOURCES

TRANSLATIONS = RESOURCES / "translations"
APP_NAME = "transition_planner"
ENGLISH, FRENCH, ARABIC = i18n.ENGLISH, i18n.FRENCH, i18n.ARABIC
# Language codes and their names, each written in its own language.
LANGUAGES = {
    ENGLISH: "English",
    FRENCH: "Français",
    ARABIC: "العربية",
}
RIGHT_TO_LEFT = set(i18n.RIGHT_TO_LEFT)
# Qt's locale of each language: the same digits, separators and month names as the core's
# Babel locales (i18n.formats.BABEL_LOCALES), so that the window, the PDF, the workbook and the
# command line write a figure the same way. Arabic is Modern Standard Arabic, ar_001: Latin
# digits, as Babel's "ar" and the UN's Arabic documents write them (Qt's plain "ar" is
# Egypt's Arabic, with Arabic-Indic digits).
QT_LOCALES = {ENGLISH: "en_GB", FRENCH: "fr_FR", ARABIC: "ar_001"}

_state = {"language": ENGLISH, "translators": []}


def _qt_tool(name: str) -> list[str]:
    """How to run a Qt tool: the PySide6 wrapper next to this Python, else on PATH."""
    beside = Path(sys.executable).with_name(f"pyside6-{name}")
    if beside.exists():
        return [str(beside)]
    found = shutil.which(f"pyside6-{name}") or shutil.which(name)
    if found:
        return [found]
    import PySide6

    bundled = Path(PySide6.__file__).with_name(name)
    if bundled.exists():
        return [str(bundled)]
    raise FileNotFoundError(f"pyside6-{name} was not found; install PySide6 first.")


def lrelease_command() -> list[str]:
    return _qt_tool("lrelease")


def lupdate_command() -> list[str]:
    return _qt_tool("lupdate")


def update(ts_files: list[Path] | None = None) -> list[Path]:
    """Re-read the translatable strings of transition_planner/ui into the .ts files (by
    default every resources/translations/*.ts); strings no longer used are dropped."""
    import subprocess  # here, not at the top: the window imports this module to start

    ts_files = ts_files if ts_files is not None else sorted(TRANSLATIONS.glob("*.ts"))
    sources = Path(__file__).resolve().parent
    for ts in ts_files:
        subprocess.run([*lupdate_command(), "-silent", "-no-obsolete", "-extensions", "py",
                        str(sources), "-ts", str(ts)], check=True)
    return ts_files


def build(source: Path | None = None, target: Path | None = None) -> list[Path]:
    """Compile each .ts file of `source` into a .qm in `target` (default: beside it)."""
    import subprocess

    source = source or TRANSLATIONS
    target = target or source
    target.mkdir(parents=True, exist_ok=True)
    built = []
    for ts in sorted(source.glob("*.ts")):
        qm = target / ts.with_suffix(".qm").name
        subprocess.run([*lrelease_command(), "-silent", str(ts), "-qm", str(qm)], check=True)
        built.append(qm)
    return built


def current_language() -> str:
    return _state["language"]


def is_right_to_left(language: str) -> bool:
    return language in RIGHT_TO_LEFT


def apply_language(app, language: str, folder: Path | None = None) -> bool:
    """Translate the application into `language` (its .qm, then Qt's own), and lay it out
    right to left when the language reads so; the core (flags, errors) speaks it too. Returns
    False when a translation is missing."""
    for translator in _state["translators"]:
        app.removeTranslator(translator)
    _state["translators"] = []
    language = language if language in LANGUAGES else ENGLISH
    _state["language"] = language
    i18n.set_language(language)
    found = True
    folder = folder or TRANSLATIONS
    if language != ENGLISH:
        found = _install(app, folder / f"{APP_NAME}_{language}.qm")
        qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        _install(app, Path(qt_folder) / f"qtbase_{language}.qm")
    if language == ARABIC:
        ensure_arabic_font()
    QLocale.setDefault(QLocale(QT_LOCALES.get(language, "en_GB")))
    if app.isRightToLeft() != is_right_to_left(language):
        # (not read when Qt's default, left to right, holds: the first use of Qt's namespace
        # costs 12 ms, see theme.py, which an English window's first paint goes without)
        from PySide6.QtCore import Qt

        app.setLayoutDirection(
            Qt.LayoutDirection.RightToLeft if is_right_to_left(language)
            else Qt.LayoutDirection.LeftToRight
        )
    if is_right_to_left(language) or _state.get("mixed_style"):
        # names typed left to right drawn so in a right-to-left window (its style class costs
        # 4 ms to make: not before an English window's first paint)
        from transition_planner.ui import bidi

        bidi.set_style(app)
        _state["mixed_style"] = is_right_to_left(language)
    return found


def ensure_arabic_font() -> bool:
    """Give Qt the shipped Arabic font when the system has none that writes Arabic (a bare
    Linux or a stripped-down Windows); True when one was added."""
    from PySide6.QtGui import QFontDatabase

    if QFontDatabase.families(QFontDatabase.WritingSystem.Arabic):
        return False
    from transition_planner.paths import FONTS

    added = False
    for name in ("NotoNaskhArabic-Regular.ttf", "NotoNaskhArabic-Bold.ttf"):
        added |= QFontDatabase.addApplicationFont(str(FONTS / name)) >= 0
    return added


def _install(app, path: Path) -> bool:
    translator = QTranslator(app)
    if not path.exists() or not translator.load(str(path)):
        return False
    app.installTranslator(translator)
    _state["translators"].append(translator)
    return True


def language_name(code: str) -> str:
    """A language in its own name."""
    return LANGUAGES.get(code, code)


def main(argv: list[str] | None = None) -> int:
    import argparse

    from transition_planner.i18n import catalogue

    parser = argparse.ArgumentParser(
        prog="python -m transition_planner.ui.translations",
        description="Build the window's .qm and the core's .mo catalogues.")
    parser.add_argument("--update", action="store_true",
                        help="first re-extract every string into the .ts and .po files")
    parser.add_argument("--add", metavar="LANG", action="append", default=[],
                        help="start the core catalogue of a new language (with --update)")
    args = parser.parse_args(sys.argv[1:] if argv is None else argv)
    if args.update:
        for ts in update():
            print(f"Updated {ts.relative_to(RESOURCES.parent)}")
        langs = sorted({*catalogue.languages(), *args.add})
        for po in catalogue.update(langs=langs):
            print(f"Updated {po.relative_to(RESOURCES.parent)}")
    for qm in build():
        print(f"Built {qm.relative_to(RESOURCES.parent)}")
    for mo in catalogue.compile_all():
        print(f"Built {mo.relative_to(RESOURCES.parent)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
