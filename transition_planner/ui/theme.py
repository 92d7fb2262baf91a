"""Light or dark, as the desktop is: the window follows the system's colour scheme.

Qt reads the scheme from the desktop (Windows, macOS, GNOME and KDE report it), but not every
style turns it into a dark palette: Windows' classic style stays light, and a Linux desktop
without a Qt theme reports a dark scheme with a light palette. When the scheme is dark and the
palette light, the window switches to Fusion with the dark palette below. Everything drawn by
hand (charts, timeline, map, sparklines) takes its colours from the palette, so it follows.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
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


def follow_system(app: QApplication) -> None:
    """Take the desktop's colour scheme now and whenever it changes."""
    _apply(app, app.styleHints().colorScheme())
    if app.property("follows_colour_scheme"):  # create_application() may run more than once
        return
    app.setProperty("follows_colour_scheme", True)
    app.styleHints().colorSchemeChanged.connect(lambda scheme: _apply(app, scheme))


def _apply(app: QApplication, scheme: Qt.ColorScheme) -> None:
    if scheme == Qt.ColorScheme.Dark and not is_dark(app.palette()):
        app.setStyle("Fusion")
        app.setPalette(dark_palette())
    elif scheme == Qt.ColorScheme.Light and is_dark(app.palette()):
        app.setPalette(app.style().standardPalette())
