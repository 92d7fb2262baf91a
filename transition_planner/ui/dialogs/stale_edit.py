"""Someone saved a record after the window showed it: what they changed, and reload or keep."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
)

from transition_planner.services.errors import ServiceError


def _shown(value) -> str:
    if value is None or value == "" or value == []:
        return "—"
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    if isinstance(value, bool):
        return "✓" if value else "✗"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


class StaleEditDialog(QDialog):
    """The edit and theirs side by side; Reload takes theirs, Keep mine writes mine over it.
    Either way the undo stack keeps every earlier step."""

    RELOAD, KEEP_MINE = "reload", "keep_mine"

    def __init__(self, stale, parent=None):
        super().__init__(parent)
        self.stale = stale
        self.choice = None
        conflict = stale.conflict
        self.setWindowTitle(self.tr("Changed by someone else"))
        self.setMinimumWidth(640)
        layout = QVBoxLayout(self)
        who = ", ".join(conflict.users()) or self.tr("someone")
        if stale.deleted():
            text = self.tr("<b>{label}</b> was deleted by {who} while you were editing it. "
                           "Your change was not saved.")
        else:
            text = self.tr("<b>{label}</b> was changed by {who} since you opened it. Your "
                           "change was not saved yet: take theirs, or keep yours over it.")
        self.summary = QLabel(text.format(label=conflict.label, who=who))
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.table = QTreeWidget()
        self.table.setRootIsDecorated(False)
        self.table.setHeaderLabels([self.tr("Field"), self.tr("Yours"), self.tr("Theirs now"),
                                    self.tr("Changed by")])
        theirs, by = stale.theirs(), self._changed_by()
        for name in list(dict.fromkeys([*stale.new, *theirs])):
            if name == "status_note" and name not in theirs:
                continue
            mine = _shown(stale.new[name]) if name in stale.new else self.tr("(not changed)")
            now = _shown(theirs[name]) if name in theirs else self.tr("(not changed)")
            item = QTreeWidgetItem(self.table, [name.replace("_", " "), mine, now,
                                                by.get(name, "")])
            if name in stale.new and name in theirs:  # the same field on both sides
                font = item.font(0)
                font.setBold(True)
                for column in range(4):
                    item.setFont(column, font)
        header = self.table.header()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        rows = max(1, self.table.topLevelItemCount())  # as tall as its rows, no empty box
        self.table.setFixedHeight(header.sizeHint().height() + 2 * self.table.frameWidth() + 6
                                  + rows * max(self.table.sizeHintForRow(0), 20))
        layout.addWidget(self.table)
        note = QLabel(self.tr("Your earlier changes stay on the undo list either way."))
        note.setWordWrap(True)
        layout.addWidget(note)
        buttons = QDialogButtonBox()
        self.reload_button = QPushButton(self.tr("&Reload (take theirs)"))
        self.reload_button.setToolTip(self.tr("Drop your change and show the record as it is "
                                              "now"))
        buttons.addButton(self.reload_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.keep_button = QPushButton(self.tr("&Keep mine"))
        self.keep_button.setToolTip(self.tr("Save your values over theirs (Ctrl+Z puts theirs "
                                            "back)"))
        buttons.addButton(self.keep_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.keep_button.setVisible(not stale.deleted())
        self.reload_button.clicked.connect(self.take_theirs)
        self.keep_button.clicked.connect(self.keep_mine)
        layout.addWidget(buttons)
        self.reload_button.setDefault(True)

    def _changed_by(self) -> dict[str, str]:
        by = {}
        for entry in self.stale.conflict.changes:
            when = entry.at.strftime("%Y-%m-%d %H:%M") if entry.at else ""
            for name in entry.changes:
                by[name] = self.tr("{user}, {when} UTC").format(user=entry.user, when=when)
        return by

    def take_theirs(self) -> None:
        self.choice = self.RELOAD
        self.stale.reload()
        self.done(QDialog.DialogCode.Rejected)

    def reject(self) -> None:  # Escape or the window's close button: as Reload
        if self.choice is None:
            self.take_theirs()
            return
        super().reject()

    def keep_mine(self) -> None:
        from transition_planner.services.errors import Conflict

        self.choice = self.KEEP_MINE
        try:
            self.stale.keep_mine()
        except Conflict as again:  # changed once more meanwhile: show the newer change
            self.stale.conflict = again
            self.done(QDialog.DialogCode.Rejected)
            self.stale.ctx.sig_stale_edit.emit(self.stale)
            return
        except ServiceError as exc:
            QMessageBox.warning(self, self.tr("Your change cannot be saved"), str(exc))
            self.stale.reload()
            self.done(QDialog.DialogCode.Rejected)
            return
        self.done(QDialog.DialogCode.Accepted)
