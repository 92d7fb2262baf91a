"""Text of one direction in a window of the other: a plan's names keep the script they were
typed in (English, French, Arabic) whatever the window's language, and each is drawn in its
own direction. Drawn right to left, an English name cut short shows its ellipsis before its
first word ("…Armed escorts for humanitarian co") instead of after the last letter shown."""

from __future__ import annotations

import unicodedata

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QProxyStyle, QStyle, QStyleOptionViewItem

LTR, RTL = Qt.LayoutDirection.LeftToRight, Qt.LayoutDirection.RightToLeft
# items whose check box or icon would change sides with the direction are left as they are
_ITEM_PARTS = (QStyleOptionViewItem.ViewItemFeature.HasCheckIndicator
               | QStyleOptionViewItem.ViewItemFeature.HasDecoration)


def text_direction(text: str, default: Qt.LayoutDirection) -> Qt.LayoutDirection:
    """The direction `text` reads in: that of its first letter of a strong direction (digits
    and punctuation have none); `default` when it has no such letter."""
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind == "L":
            return LTR
        if kind in ("R", "AL"):
            return RTL
    return default


class MixedDirectionStyle(QProxyStyle):
    """The application's style, drawing each table and list cell whose text reads left to right
    in a right-to-left window with that text's direction, in the same place of the cell. Text
    of figures alone (no letter to give it a direction) reads left to right too: drawn right to
    left, a readiness of "3.1 / 5" read "5 / 3.1", a period "2027-01 – 2027-06" backwards."""

    def drawControl(self, element, option, painter, widget=None) -> None:  # noqa: N802 (Qt)
        if (element == QStyle.ControlElement.CE_ItemViewItem and option.direction == RTL
                and option.text and not option.features & _ITEM_PARTS
                and text_direction(option.text, LTR) == LTR):  # figures too: "3.1 / 5"
            option = QStyleOptionViewItem(option)
            # where the window's direction puts the text, as an absolute side
            option.displayAlignment = (QStyle.visualAlignment(RTL, option.displayAlignment)
                                       | Qt.AlignmentFlag.AlignAbsolute)
            option.direction = LTR
        super().drawControl(element, option, painter, widget)


def style_name(app: QApplication) -> str:
    """The application's style, under its right-to-left wrapper when it has one."""
    current = app.style()
    if isinstance(current, MixedDirectionStyle):
        return current.baseStyle().name()
    return current.name()


def set_style(app: QApplication, name: str | None = None) -> None:
    """Give the application the style `name` (its current one when None), wrapped in
    MixedDirectionStyle while the window is right to left (only then: the wrapper costs a call
    into Python for each cell drawn)."""
    current = app.style()
    wrapped = isinstance(current, MixedDirectionStyle)
    base = name or style_name(app)
    if name is None and wrapped == (app.layoutDirection() == RTL):
        return  # as it should be
    palette = app.palette()  # a new style brings its own colours: keep the window's (dark)
    app.setStyle(MixedDirectionStyle(base) if app.layoutDirection() == RTL else base)
    app.setPalette(palette)
