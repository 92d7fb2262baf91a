"""The sidebar of pages: an icon, the title and a live count (flags, capacities without a
successor) in a badge, exactly as wide as its entries (no empty band beside it)."""

from __future__ import annotations

from PySide6 import QtCore
from PySide6.QtCore import QEvent, QRect, QSize
from PySide6.QtGui import QColor, QIcon, QPalette, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListWidget,
    QListWidgetItem,
    QStyledItemDelegate,
)

from transition_planner.ui.icons import page_icon

# Qt's numbers, not its enums, in what the window's first paint runs: the first read of Qt's
# namespace costs 12 ms (theme.py). `QtCore.Qt` is read where a badge is drawn (a plan is open).
USER_ROLE = 256  # Qt.ItemDataRole.UserRole
SCROLL_BAR_ALWAYS_OFF = 1  # Qt.ScrollBarPolicy.ScrollBarAlwaysOff
KEY_ROLE = USER_ROLE
COUNT_ROLE = USER_ROLE + 1  # the badge's number; None: no badge
ICON_SIZE = 20
BADGE_PAD = 6
BADGE_COLOR = QColor("#b3261e")  # the flags' red, legible on light and dark palettes


class _BadgeDelegate(QStyledItemDelegate):
    """Draws the entry as usual, then its count in a rounded badge at the trailing end."""

    def paint(self, painter, option, index) -> None:
        super().paint(painter, option, index)
        count = index.data(COUNT_ROLE)
        if not count:
            return
        text = str(count)
        metrics = option.fontMetrics
        width = max(metrics.horizontalAdvance(text) + 2 * BADGE_PAD, metrics.height() + 2)
        height = metrics.height() + 2
        rect = option.rect
        rtl = option.direction == QtCore.Qt.LayoutDirection.RightToLeft
        x = rect.left() + 6 if rtl else rect.right() - width - 6
        badge = QRect(x, rect.center().y() - height // 2, width, height)
        painter.save()
        painter.setRenderHint(painter.RenderHint.Antialiasing)
        painter.setPen(QtCore.Qt.PenStyle.NoPen)
        painter.setBrush(BADGE_COLOR)
        painter.drawRoundedRect(badge, height / 2, height / 2)
        painter.setPen(QColor("white"))
        painter.drawText(badge, QtCore.Qt.AlignmentFlag.AlignCenter, text)
        painter.restore()

    def sizeHint(self, option, index) -> QSize:
        size = super().sizeHint(option, index)
        badge = option.fontMetrics.horizontalAdvance("9999") + 2 * BADGE_PAD + 12
        return QSize(size.width() + badge, max(size.height(), ICON_SIZE + 10))


class Sidebar(QListWidget):
    """One entry per page; `set_count` puts a number beside a page's title."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("sidebar")
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setIconSize(QSize(ICON_SIZE, ICON_SIZE))
        self.setItemDelegate(_BadgeDelegate(self))
        self.setProperty("horizontalScrollBarPolicy", SCROLL_BAR_ALWAYS_OFF)
        self.setFrameShape(QListWidget.Shape.NoFrame)
        self.setSpacing(1)

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:  # the desktop turned dark or light
            self.draw_icons()

    def draw_icons(self) -> None:
        """Each entry's icon in the palette's text colour."""
        ink = self._ink()
        for row in range(self.count()):
            item = self.item(row)
            item.setIcon(page_icon(item.data(KEY_ROLE), ink))

    def _ink(self) -> QColor:
        return self.palette().color(QPalette.ColorRole.Text)

    def add_page(self, key: str, title: str, tooltip: str) -> None:
        self.add_pages([(key, title, tooltip)])

    def add_pages(self, pages, icons: bool = True) -> None:
        """(key, title, tooltip) of each page; the width is fitted once, to them all (each
        fit asks every entry its size: a fit per entry was a third of the window's build).
        Without `icons`, each entry holds a blank one of the icons' size (the sidebar as wide
        as it will be) until draw_icons(): the window's first paint goes without their 45
        renderings of SVG (4 ms)."""
        blank = None
        if not icons:
            pixmap = QPixmap(self.iconSize())
            pixmap.fill(QColor(0, 0, 0, 0))  # transparent
            blank = QIcon(pixmap)
        for key, title, tooltip in pages:
            item = QListWidgetItem(page_icon(key, self._ink()) if icons else blank, title)
            item.setToolTip(tooltip)
            item.setData(KEY_ROLE, key)
            self.addItem(item)
        self.setFixedWidth(self.sizeHintForColumn(0) + 2 * self.frameWidth() + 8)

    def key_of(self, item: QListWidgetItem | None) -> str | None:
        """The page an entry stands for."""
        return item.data(KEY_ROLE) if item is not None else None

    def row_of(self, key: str) -> int:
        return next((row for row in range(self.count())
                     if self.key_of(self.item(row)) == key), -1)

    def set_count(self, key: str, count: int | None, tip: str = "") -> None:
        """Show `count` beside the page `key` (None or 0: no badge); `tip` says what it counts."""
        row = self.row_of(key)
        if row < 0:
            return
        item = self.item(row)
        item.setData(COUNT_ROLE, count or None)
        base = item.toolTip().split("\n")[0]
        item.setToolTip(f"{base}\n{tip}" if count and tip else base)
        item.setData(QtCore.Qt.ItemDataRole.AccessibleTextRole,
                     f"{item.text()}, {count}" if count else item.text())

    def count_of(self, key: str) -> int | None:
        row = self.row_of(key)
        return self.item(row).data(COUNT_ROLE) if row >= 0 else None
