"""Right-to-left text for reportlab: Arabic is shaped, broken into lines, then ordered per line.

reportlab draws glyphs left to right in the order it is given. Arabic needs two things it does
not do: contextual letter forms (arabic-reshaper maps letters to their presentation forms) and
the Unicode bidi algorithm (python-bidi). Reordering must happen per wrapped line, after line
breaking on the logical text, or multi-line paragraphs come out with their lines' words swapped.
Latin runs (names, acronyms, currency codes) are drawn with the Latin font, Arabic runs with the
Arabic one, because neither font has every glyph the other has.
"""

from __future__ import annotations

import re
from functools import lru_cache

import arabic_reshaper
from bidi.algorithm import get_display
from reportlab.pdfbase.pdfmetrics import stringWidth

from transition_planner.reports import fonts

_ARABIC_RANGES = ((0x0600, 0x06FF), (0x0750, 0x077F), (0x08A0, 0x08FF), (0xFB50, 0xFDFF),
                  (0xFE70, 0xFEFF))
LRE, PDF = "\u202a", "\u202c"  # left-to-right embedding: keeps "Name (ACRONYM)" in one piece
_CONTROLS = frozenset("\u200e\u200f\u202a\u202b\u202c\u202d\u202e")
# python-bidi's algorithm does not know the isolates; embeddings do the same job here.
_ISOLATES = str.maketrans({"\u2066": LRE, "\u2067": "\u202b", "\u2068": "", "\u2069": PDF})


def is_arabic(ch: str) -> bool:
    code = ord(ch)
    return any(lo <= code <= hi for lo, hi in _ARABIC_RANGES)


_RANGES = "".join(f"{chr(lo)}-{chr(hi)}" for lo, hi in _ARABIC_RANGES)
_ANY_ARABIC = re.compile(f"[{_RANGES}]")


def has_arabic(text: str) -> bool:
    return _ANY_ARABIC.search(text) is not None  # a regex: a 1 MB note is checked in 2 ms


# Text with neither Arabic nor a bidi control is one run in the Latin font.
_NOT_ONE_RUN = re.compile(f"[{_RANGES}{''.join(sorted(_CONTROLS))}]")


def embed_ltr(text: str) -> str:
    """A Latin-script value (a name, an acronym) kept left to right inside an Arabic sentence.

    Without it, "Mission (MONUSCO)" inside Arabic shows its closing parenthesis at the wrong end.
    """
    if text and not has_arabic(text) and any(ch.isalpha() for ch in text):
        return f"{LRE}{text}{PDF}"
    return text


@lru_cache(maxsize=50_000)
def shape(text: str) -> str:
    """Arabic letters in their contextual (joined) forms, still in logical order."""
    return arabic_reshaper.reshape(text.translate(_ISOLATES))


def base_direction(text: str) -> str:
    """Text with Arabic in it is a right-to-left paragraph; text without (a name alone in a
    table cell) keeps its own left-to-right order."""
    return "R" if has_arabic(text) else "L"


@lru_cache(maxsize=50_000)
def visual(line: str, base: str = "R") -> str:
    """One shaped line in display order (left to right), in a paragraph of that base direction."""
    return get_display(line, base_dir=base)


def font_runs(text: str, latin_font: str) -> list[tuple[str, str]]:
    """(font, text) runs: Arabic characters in the Arabic font, the rest in the Latin one.

    A space stays in the run it follows so that a line is drawn in as few pieces as possible.
    """
    arabic_font = fonts.ARABIC_OF.get(latin_font, fonts.ARABIC)
    runs: list[list] = []
    for ch in text:
        if ch in _CONTROLS:
            continue  # invisible: they only steer the bidi ordering
        if is_arabic(ch):
            font = arabic_font
        elif ch == " " and runs:
            font = runs[-1][0]
        else:
            font = latin_font
        if runs and runs[-1][0] == font:
            runs[-1][1].append(ch)
        else:
            runs.append([font, [ch]])
    return [(font, "".join(chars)) for font, chars in runs]


def width(text: str, latin_font: str, size: float) -> float:
    if _NOT_ONE_RUN.search(text) is None:  # most text: one run, measured at once
        return stringWidth(text, latin_font, size)
    return sum(stringWidth(part, font, size) for font, part in font_runs(text, latin_font))


@lru_cache(maxsize=100_000)
def _word_width(word: str, latin_font: str, size: float) -> float:
    """A word's width: the same words (names, labels, dates) recur in thousands of cells."""
    return width(word, latin_font, size)


def break_lines(text: str, max_width: float, latin_font: str, size: float) -> list[str]:
    """Greedy line breaking of shaped, logical-order text at spaces (and at explicit newlines).

    Only the plain space breaks a line: no-break spaces (U+00A0, and U+202F between French
    thousands and before %) keep their words together, as they must.
    """
    space = stringWidth(" ", latin_font, size)
    lines: list[str] = []
    for block in text.split("\n"):
        current: list[str] = []
        used = 0.0
        for word in filter(None, block.split(" ")):
            w = _word_width(word, latin_font, size)
            if current and used + space + w > max_width:
                lines.append(" ".join(current))
                current, used = [], 0.0
            if w > max_width:  # a word wider than the column: cut it where it must
                pieces = _cut(word, max_width, latin_font, size)
                lines.extend(pieces[:-1])
                word, w = pieces[-1], width(pieces[-1], latin_font, size)
            used += (space if current else 0.0) + w
            current.append(word)
        lines.append(" ".join(current))
    return _carry_embeddings(lines)


def _carry_embeddings(lines: list[str]) -> list[str]:
    """Each line reordered on its own must hold its embeddings whole: a name embedded left to
    right that runs onto the next line is closed at the end of the first and opened again on
    the next (else the next line shows "(clearance teams (Belgora" for "... (Belgora)")."""
    out, open_ = [], []
    for line in lines:
        line = "".join(open_) + line
        for ch in line[len(open_):]:
            if ch in "\u202a\u202b":
                open_.append(ch)
            elif ch == PDF and open_:
                open_.pop()
        out.append(line + PDF * len(open_))
    return out


def _cut(word: str, max_width: float, latin_font: str, size: float) -> list[str]:
    """A word too wide for its column, in pieces that fit: after a hyphen or slash if it has
    one within reach (MoU-2027-03), else wherever the column ends."""
    pieces = []
    while len(word) > 1 and width(word, latin_font, size) > max_width:
        fit = 1
        while fit < len(word) and width(word[:fit + 1], latin_font, size) <= max_width:
            fit += 1
        soft = max(word.rfind("-", 0, fit), word.rfind("/", 0, fit))
        cut = soft + 1 if soft > 0 else fit
        pieces.append(word[:cut])
        word = word[cut:]
    return [*pieces, word]


def draw_line(canv, text: str, x: float, y: float, latin_font: str, size: float,
              align: str = "right") -> float:
    """Draw one line of logical text right to left, anchored at x; returns its width."""
    shaped = shape(text)
    return draw_visual(canv, visual(shaped, base_direction(shaped)), x, y, latin_font, size,
                       align)


def draw_visual(canv, text: str, x: float, y: float, latin_font: str, size: float,
                align: str) -> float:
    """Draw a line already in display order, one font per script run; returns its width."""
    runs = font_runs(text, latin_font)
    total = sum(stringWidth(part, font, size) for font, part in runs)
    left = {"right": x - total, "center": x - total / 2, "left": x}[align]
    for font, part in runs:
        canv.setFont(font, size)
        canv.drawString(left, y, part)
        left += stringWidth(part, font, size)
    return total
