"""The window's icons: SVG files drawn in the palette's text colour, sharp at any scaling."""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QByteArray, QRectF
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap

from transition_planner.paths import ICONS

PAGE_ICONS = ICONS / "pages"
SIZES = (16, 20, 24, 32, 48)  # the icon engine picks the nearest for the screen's scaling


@lru_cache(maxsize=64)
def _svg_text(name: str) -> str:
    path = PAGE_ICONS / f"{name}.svg"
    if not path.exists():  # a page added later without its own icon
        path = PAGE_ICONS / "page.svg"
    return path.read_text(encoding="utf-8")


def page_icon(name: str, color: QColor) -> QIcon:
    """The icon of a sidebar page, its strokes in `color` (the palette's, so dark themes work)."""
    from PySide6.QtSvg import QSvgRenderer  # only when a window is built

    svg = _svg_text(name).replace("currentColor", color.name())
    renderer = QSvgRenderer(QByteArray(svg.encode("utf-8")))
    icon = QIcon()
    for size in SIZES:
        pixmap = QPixmap(size, size)
        pixmap.fill(QColor(0, 0, 0, 0))  # transparent (Qt's namespace: see theme.py)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter, QRectF(0, 0, size, size))
        painter.end()
        icon.addPixmap(pixmap)
    return icon
