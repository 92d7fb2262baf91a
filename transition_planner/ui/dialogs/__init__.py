"""Dialogs of the window."""

from __future__ import annotations


def review_footer(dialog, layout, note: str, action: str):
    """The foot of a dialog that shows a change before making it (import, sync): a note on what
    pressing it does, what is left to decide on the left, and the action and Cancel buttons.
    Returns (the label on the left, the action button)."""
    from PySide6.QtWidgets import QDialogButtonBox, QHBoxLayout, QLabel

    text = QLabel(note)
    text.setWordWrap(True)
    layout.addWidget(text)
    left = QLabel()
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    button = buttons.button(QDialogButtonBox.StandardButton.Ok)
    button.setText(action)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    bottom = QHBoxLayout()
    bottom.addWidget(left, 1)
    bottom.addWidget(buttons)
    layout.addLayout(bottom)
    return left, button
