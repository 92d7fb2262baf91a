"""The comment thread of a capacity: read it, add to it, remove a comment (all undoable)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from transition_planner.services import timeline
from transition_planner.services.errors import InvalidInput, ServiceError
from transition_planner.ui.context import COMMENT
from transition_planner.ui.errors import problem_text
from transition_planner.ui.undo import do_create, do_delete
from transition_planner.ui.widgets.fields import ErrorLabel


class CommentsPanel(QWidget):
    """The Comments tab: a thread per capacity, newest last, with who wrote what when."""

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.capacity: dict | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.thread = QListWidget()
        self.thread.setObjectName("comment_thread")
        self.thread.setAccessibleName(self.tr("Comments on this capacity"))
        self.thread.setWordWrap(True)
        self.thread.setAlternatingRowColors(True)
        layout.addWidget(self.thread, 1)
        self.empty = QLabel(self.tr("No comment on this capacity yet."))
        self.empty.setObjectName("comments_empty")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setEnabled(False)  # drawn in the palette's muted text colour
        layout.addWidget(self.empty, 1)
        self.body = QPlainTextEdit()
        self.body.setObjectName("comment_body")
        self.body.setAccessibleName(self.tr("New comment"))
        self.body.setPlaceholderText(self.tr("Write a comment for the other planners…"))
        self.body.setTabChangesFocus(True)
        self.body.setFixedHeight(self.body.fontMetrics().lineSpacing() * 4)
        layout.addWidget(self.body)
        self.error = ErrorLabel()
        layout.addWidget(self.error)
        row = QHBoxLayout()
        self.sensitive = QCheckBox(self.tr("Sensitive (internal only)"))
        self.add_button = QPushButton(self.tr("Add &comment"))
        self.add_button.clicked.connect(self.add_comment)
        self.delete_button = QPushButton(self.tr("Remove comment"))
        self.delete_button.setToolTip(self.tr("Remove the selected comment"))
        self.delete_button.clicked.connect(self.delete_selected)
        row.addWidget(self.sensitive)
        row.addStretch(1)
        row.addWidget(self.delete_button)
        row.addWidget(self.add_button)
        layout.addLayout(row)

    def show_capacity(self, capacity: dict | None) -> None:
        switched = (capacity or {}).get("id") != (self.capacity or {}).get("id")
        self.capacity = capacity
        self.setEnabled(capacity is not None)
        self.thread.clear()
        if switched:
            self.body.clear()
            self.error.show_problem("")
        if capacity is None:
            self.empty.hide()
            return
        for comment in timeline.comments_on(self.ctx.handle, capacity["id"]):
            when = comment.created_at.astimezone().strftime("%Y-%m-%d %H:%M")
            marker = self.tr(" (sensitive)") if comment.sensitive else ""
            item = QListWidgetItem(f"{comment.author}, {when}{marker}\n{comment.body}")
            item.setData(Qt.ItemDataRole.UserRole, comment.id)
            self.thread.addItem(item)
        self.delete_button.setEnabled(self.thread.count() > 0)
        self.thread.setVisible(self.thread.count() > 0)
        self.empty.setVisible(self.thread.count() == 0)

    def add_comment(self) -> bool:
        if self.capacity is None:
            return False
        handle = self.ctx.handle
        data = {"record_type": "capacity", "record_id": self.capacity["id"],
                "body": self.body.toPlainText(), "sensitive": self.sensitive.isChecked()}
        text = self.tr("Comment on {capacity}").format(capacity=self.capacity["name"])
        try:
            do_create(self.ctx, text, lambda: timeline.add_comment(handle, data),
                      lambda comment_id: timeline.delete_comment(handle, comment_id), COMMENT)
        except InvalidInput as exc:
            message = exc.problems.get("body")
            self.error.show_problem(
                self.tr("Write something first.") if message == "is required"
                else problem_text(message or str(exc)))
            return False
        except ServiceError as exc:
            self.error.show_problem(str(exc))
            return False
        self.body.clear()
        self.sensitive.setChecked(False)
        self.error.show_problem("")
        return True

    def delete_selected(self) -> None:
        item = self.thread.currentItem()
        if item is None:
            return
        comment_id = item.data(Qt.ItemDataRole.UserRole)
        handle = self.ctx.handle
        try:
            do_delete(self.ctx, self.tr("Remove a comment"),
                      lambda: timeline.delete_comment(handle, comment_id), COMMENT)
        except ServiceError as exc:
            self.error.show_problem(str(exc))
