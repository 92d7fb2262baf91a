"""Light or dark, as the desktop is: the window follows the system's colour scheme.

Qt reads the scheme from the desktop (Windows, macOS, GNOME and KDE report it), but not every
style turns it into a dark palette: Windows' classic style stays light, and a Linux desktop
without a Qt theme reports a dark scheme with a light palette. When the scheme is dark and the
palette light, the window switches to Fusion with the dark palette below. Everything drawn by
hand (charts, timeline, map, sparklines) takes its colours from the palette, so it follows.

Schemes are named here "dark", "light" or "unknown", not by Qt's enum: the first read of
anything in PySide's `Qt` namespace builds all its 93 enum types (12 ms), which the window's
first paint goes without. So the window starts in the scheme it last saw (kept in its settings)
and reads the desktop's after its first paint (app.py).
"""

from __future__ import annotations

from PySide6.QtGui import QBrush, QColor, QPalette
from PySide6.QtWidgets import QApplication

# Fields and tables a shade lighter than the window (as GNOME's dark theme has them): Fusion
# outlines check boxes in the window's colour darkened, which vanishes on a darker base.
_DARK = {
    QPalette.ColorRole.Window: "#303030",
    QPalette.ColorRole.WindowText: "#f0f0f0",
    QPalette.ColorRole.Base: "#3a3a3a",
    QPalette.ColorRole.AlternateBase: "#424242",
    QPalette.ColorRole.ToolTipBase: "#3c3c3c",
    QPalette.ColorRole.ToolTipText: "#f0f0f0",
    QPalette.ColorRole.PlaceholderText: "#a0a0a0",
    QPalette.ColorRole.Text: "#f0f0f0",
    QPalette.ColorRole.Button: "#404040",
    QPalette.ColorRole.ButtonText: "#f0f0f0",
    QPalette.ColorRole.BrightText: "#ff6b6b",
    QPalette.ColorRole.Light: "#505050",
    QPalette.ColorRole.Midlight: "#464646",
    QPalette.ColorRole.Mid: "#2a2a2a",
    QPalette.ColorRole.Dark: "#1e1e1e",
    QPalette.ColorRole.Shadow: "#141414",
    QPalette.ColorRole.Highlight: "#2f65ca",
    QPalette.ColorRole.HighlightedText: "#ffffff",
    QPalette.ColorRole.Link: "#8ab4f8",
    QPalette.ColorRole.LinkVisited: "#c58af9",
}
_DISABLED = {
    QPalette.ColorRole.WindowText: "#808080",
    QPalette.ColorRole.Text: "#808080",
    QPalette.ColorRole.ButtonText: "#808080",
    QPalette.ColorRole.Highlight: "#505050",
}


def dark_palette() -> QPalette:
    palette = QPalette()
    for role, colour in _DARK.items():
        palette.setColor(role, QColor(colour))
    for role, colour in _DISABLED.items():
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(colour))
    return palette


def is_dark(palette: QPalette) -> bool:
    """Whether text is light on a dark window (what every hand-drawn colour must know)."""
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


# the application whose style hints' colorSchemeChanged is connected (once), and what the last
# caller of follow_system wants told of a change
_following: dict = {}


def follow_system(app: QApplication, changed=None) -> str:
    """Take the desktop's colour scheme now and whenever it changes; returns its name.
    `changed(name)` is called on each later change (the window remembers it)."""
    scheme = scheme_name(app.styleHints().colorScheme())
    apply_scheme(app, scheme)
    _following["changed"] = changed
    if _following.get("app") is not app:  # create_application() may run more than once
        _following["app"] = app
        app.styleHints().colorSchemeChanged.connect(
            lambda qt_scheme: _scheme_changed(app, scheme_name(qt_scheme)))
    return scheme


def scheme_name(qt_scheme) -> str:
    """Qt.ColorScheme.Dark, Light, Unknown as "dark", "light", "unknown"."""
    return qt_scheme.name.lower()


def _scheme_changed(app: QApplication, scheme: str) -> None:
    apply_scheme(app, scheme)
    if _following.get("changed") is not None:
        _following["changed"](scheme)


def apply_scheme(app: QApplication, scheme: str) -> None:
    """Make the palette `scheme` ("dark", "light"; "unknown" leaves it as the style has it).
    A dark palette this made is undone by any other scheme: the one the window remembered may
    not be the desktop's any more."""
    if scheme == "dark" and not is_dark(app.palette()):
        from transition_planner.ui import bidi  # (its style class: only when it is needed)

        app.setProperty("style_before_dark", bidi.style_name(app))
        bidi.set_style(app, "Fusion")
        app.setPalette(dark_palette())
    elif scheme != "dark" and app.property("style_before_dark"):
        from transition_planner.ui import bidi

        bidi.set_style(app, app.property("style_before_dark"))
        app.setProperty("style_before_dark", None)
        app.setPalette(app.style().standardPalette())
    elif scheme == "light" and is_dark(app.palette()):
        app.setPalette(app.style().standardPalette())


def mix(a: QColor, b: QColor, share: float) -> QColor:
    """`share` of `b` over `a`."""
    return QColor(round(a.red() + (b.red() - a.red()) * share),
                  round(a.green() + (b.green() - a.green()) * share),
                  round(a.blue() + (b.blue() - a.blue()) * share))


def faint(palette: QPalette, share: float) -> QColor:
    """A grid line or band: the text colour faded into the background by `share` (0..1)."""
    return mix(palette.color(QPalette.ColorRole.Base), palette.color(QPalette.ColorRole.Text),
               share)


# What calls for attention: a dark red on light palettes, a light red on dark ones (the dark
# red on a dark window has a contrast of 1.9, the light red 6.5).
ALARM_ON_LIGHT, ALARM_ON_DARK = "#b00020", "#ff8a80"


def alarm_colour(palette: QPalette | None = None) -> QColor:
    palette = palette or QApplication.palette()
    return QColor(ALARM_ON_DARK if is_dark(palette) else ALARM_ON_LIGHT)


def alarm_style(extra: str = "") -> str:
    """A style sheet for an error or warning label, in the application's palette."""
    return f"color: {alarm_colour().name()};{extra}"


def luminance(colour: QColor) -> float:
    """Relative luminance (WCAG 2), 0 for black to 1 for white."""
    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4
    return (0.2126 * channel(colour.red()) + 0.7152 * channel(colour.green())
            + 0.0722 * channel(colour.blue()))


def contrast(a: QColor, b: QColor) -> float:
    """WCAG contrast ratio, 1 (none) to 21 (black on white); body text needs 4.5."""
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def readable(colour, palette: QPalette | None = None, against=None):
    """A table's text colour made readable on its cell: the models' dark reds and greys are
    chosen for light rows; on a dark palette the same hue is lightened (or darkened, on a
    light cell such as a pink warning) until it reaches a contrast of 4.5 with `against`, the
    cell's own background, or else the palette's rows. Brushes come back as brushes; None
    stays None. A light palette keeps the models' colours as they are."""
    if colour is None:
        return None
    palette = palette or QApplication.palette()
    if not is_dark(palette):
        return colour
    if against is None:  # the lighter of the rows' two colours, the harder for light text
        back = max(palette.color(QPalette.ColorRole.Base),
                   palette.color(QPalette.ColorRole.AlternateBase), key=luminance)
    else:
        back = QColor(against.color() if isinstance(against, QBrush) else against)
    brush = colour if isinstance(colour, QBrush) else None
    shade = QColor(brush.color() if brush is not None else colour)
    if contrast(shade, back) >= 4.5:
        return colour
    step = 12 if luminance(back) < 0.18 else -12  # away from the background's lightness
    hue, saturation, lightness, alpha = shade.getHsl()
    while 0 < lightness < 255 and contrast(shade, back) < 4.5:
        lightness = max(0, min(255, lightness + step))
        shade.setHsl(max(hue, 0), saturation, lightness, alpha)
    return QBrush(shade) if brush is not None else shade


def cell_text(foreground, background):
    """The text colour of a table cell from its model's foreground and background (either may
    be None): readable on the cell, in light and dark palettes."""
    if foreground is None and background is None:
        return None
    if foreground is None:  # the palette's text, on the model's own (light) background
        foreground = QApplication.palette().color(QPalette.ColorRole.Text)
    return readable(foreground, against=background)
