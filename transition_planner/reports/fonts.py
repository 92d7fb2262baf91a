"""The TrueType fonts every report embeds: DejaVu Sans (Latin, U+202F) and Noto Naskh Arabic."""

from __future__ import annotations

from pathlib import Path

from transition_planner import paths
from transition_planner.i18n import N_
from transition_planner.reports.errors import ReportFontMissing

SANS, SANS_BOLD = "TP-Sans", "TP-Sans-Bold"
ARABIC, ARABIC_BOLD = "TP-Arabic", "TP-Arabic-Bold"
FILES = {
    SANS: "DejaVuSans.ttf",
    SANS_BOLD: "DejaVuSans-Bold.ttf",
    ARABIC: "NotoNaskhArabic-Regular.ttf",
    ARABIC_BOLD: "NotoNaskhArabic-Bold.ttf",
}
BOLD_OF = {SANS: SANS_BOLD, ARABIC: ARABIC_BOLD, SANS_BOLD: SANS_BOLD, ARABIC_BOLD: ARABIC_BOLD}
ARABIC_OF = {SANS: ARABIC, SANS_BOLD: ARABIC_BOLD}

_registered: dict[str, Path] = {}  # font name -> the file it was registered from


def font_dir() -> Path:
    return paths.FONTS


def register_fonts(folder: Path | None = None) -> None:
    """Register the report fonts with reportlab; a missing or broken file is a ReportFontMissing.

    The files are checked on every call (cheap) so that a font removed after a first report
    is still reported clearly instead of failing deep inside reportlab.
    """
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFError, TTFont

    folder = Path(folder) if folder is not None else font_dir()
    missing = [name for name in FILES.values() if not (folder / name).is_file()]
    if missing:
        raise ReportFontMissing(
            N_("The report font file(s) %(files)s are missing from %(folder)s; reinstall the "
               "application to restore them."), files=", ".join(missing), folder=str(folder))
    for font_name, file_name in FILES.items():
        path = folder / file_name
        if _registered.get(font_name) == path:
            continue
        try:
            pdfmetrics.registerFont(TTFont(font_name, str(path)))
        except (TTFError, OSError) as exc:
            raise ReportFontMissing(
                N_("The report font %(file)s cannot be read (%(reason)s); reinstall the "
                   "application to restore it."), file=str(path), reason=str(exc)) from None
        _registered[font_name] = path
    pdfmetrics.registerFontFamily(SANS, normal=SANS, bold=SANS_BOLD, italic=SANS,
                                  boldItalic=SANS_BOLD)
