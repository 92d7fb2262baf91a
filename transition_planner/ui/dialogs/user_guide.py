"""Help > User guide: the short manual shipped in the package, read offline in a text browser,
in the window's language (Arabic right to left), English where a language has none."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QKeySequence, QTextOption
from PySide6.QtWidgets import (
    QHBoxLayout,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from transition_planner.paths import GUIDE
from transition_planner.ui import translations

CONTENTS = "index.html"


def guide_folder(language: str) -> Path:
    """The guide's folder in `language`, or the English one when it has no guide."""
    folder = GUIDE / language
    return folder if (folder / CONTENTS).is_file() else GUIDE / translations.ENGLISH


class UserGuideWindow(QWidget):
    """The manual's pages with Back, Forward and Contents; links move between its pages."""

    def __init__(self, parent=None, language: str | None = None):
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("user_guide")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.language = language or translations.current_language()
        self.folder = guide_folder(self.language)
        self.setWindowTitle(self.tr("User guide — Transition Planner"))
        right_to_left = translations.is_right_to_left(self.folder.name)
        self.setLayoutDirection(Qt.LayoutDirection.RightToLeft if right_to_left
                                else Qt.LayoutDirection.LeftToRight)
        box = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.back = QPushButton(self.tr("Back"))
        self.forward = QPushButton(self.tr("Forward"))
        self.contents = QPushButton(self.tr("Contents"))
        for button in (self.back, self.forward, self.contents):
            bar.addWidget(button)
        bar.addStretch(1)
        box.addLayout(bar)
        self.browser = QTextBrowser()
        self.browser.setObjectName("guide_browser")
        self.browser.setOpenExternalLinks(True)  # a web address opens in the browser
        self.browser.setSearchPaths([str(self.folder)])
        if right_to_left:
            option = self.browser.document().defaultTextOption()
            option.setTextDirection(Qt.LayoutDirection.RightToLeft)
            option.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignAbsolute)
            self.browser.document().setDefaultTextOption(option)
            self.browser.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        self.browser.document().setDefaultStyleSheet(
            "h1 { font-size: x-large; } h2 { font-size: large; margin-top: 14px; } "
            "kbd { font-family: monospace; }")
        self.browser.setWordWrapMode(QTextOption.WrapMode.WordWrap)
        box.addWidget(self.browser, 1)
        self.back.clicked.connect(self.browser.backward)
        self.forward.clicked.connect(self.browser.forward)
        self.contents.clicked.connect(self.browser.home)
        self.browser.backwardAvailable.connect(self.back.setEnabled)
        self.browser.forwardAvailable.connect(self.forward.setEnabled)
        self.back.setShortcut(QKeySequence.StandardKey.Back)
        self.forward.setShortcut(QKeySequence.StandardKey.Forward)
        self.back.setEnabled(False)
        self.forward.setEnabled(False)
        self.browser.setSource(QUrl.fromLocalFile(str(self.folder / CONTENTS)))
        self.resize(760, 640)

    def page_name(self) -> str:
        """The file of the page shown (index.html, matrix.html…)."""
        return Path(self.browser.source().toLocalFile()).name

    def open_page(self, name: str) -> None:
        self.browser.setSource(QUrl.fromLocalFile(str(self.folder / name)))
