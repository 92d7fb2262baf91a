"""File > Sync with the team plan: a field copy's changes to the server and the server's back,
after a review of what both sides changed (base / server / this file, keep which)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from transition_planner.services.errors import ServiceError
from transition_planner.ui.context import ALL_KINDS
from transition_planner.ui.dialogs import review_footer
from transition_planner.ui.dialogs.import_matrix import run_with_progress
from transition_planner.ui.models.history_table import record_type_text

translate = QCoreApplication.translate


def _password(parent, address: str):
    """The server's password: known already (typed in this run, the keyring, PGPASSWORD,
    ~/.pgpass), or asked; False when the person cancels."""
    from transition_planner.store import server
    from transition_planner.ui.dialogs import team_plan

    kept = team_plan.stored_password(address)
    if kept is not None or not server.needs_password(address) \
            or team_plan.password_from_elsewhere():
        return kept
    text, ok = QInputDialog.getText(
        parent, translate("SyncDialog", "Sync with the team plan"),
        translate("SyncDialog", "Password for {server}:").format(server=address),
        QLineEdit.EchoMode.Password)
    return text if ok else False


def sync_interactive(ctx, parent):
    """Compare the open field copy with its server (with progress), then show the review.
    Returns the review dialog (it syncs when accepted), or None."""
    from transition_planner.exchange import sync

    handle = ctx.handle
    origin = sync.checkout_of(handle) if handle is not None else None
    if origin is None:
        return None
    if parent is not None and hasattr(parent, "save_pending"):
        parent.save_pending()  # what is being typed belongs in the sync
    password = _password(parent, origin.server)
    if password is False:
        return None
    title = translate("SyncDialog", "Sync with the team plan")
    try:
        preview = run_with_progress(
            parent, title, translate("SyncDialog", "Comparing {file} with {server}…").format(
                file=handle.path.name, server=origin.server),
            lambda _progress: sync.preview_sync(handle.path, user=handle.user,
                                                password=password or None),
            cancellable=False)
    except ServiceError as exc:
        QMessageBox.warning(parent, translate("SyncDialog", "Cannot sync"), str(exc))
        return None
    dialog = SyncDialog(ctx, preview, origin, password or None, parent)
    dialog.open()
    return dialog


class SyncDialog(QDialog):
    """What the sync sends and brings back; each conflict chosen before Sync is pressed."""

    SERVER, MINE = "ours", "theirs"  # exchange.merge: the server receives, the file is theirs

    def __init__(self, ctx, preview, origin, password=None, parent=None):
        super().__init__(parent)
        self.ctx, self.preview, self.origin, self.password = ctx, preview, origin, password
        self.combos: dict[str, QComboBox] = {}
        self.result_summary = None
        self.setWindowTitle(self.tr("Sync {file} with the team plan").format(
            file=ctx.handle.path.name))
        self.resize(1000, 560)
        layout = QVBoxLayout(self)
        self.summary = QLabel(self._summary_text())
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.tabs = QTabWidget()
        if preview.conflicts():
            self.tabs.addTab(self._conflicts_tab(), self.tr("Conflicts ({n})").format(
                n=len(preview.conflict_keys())))
        self.tabs.addTab(self._changes_tab(), self.tr("Sent to the server ({n})").format(
            n=len(preview.rows)))
        layout.addWidget(self.tabs, 1)
        self.left, self.sync_button = review_footer(self, layout, self.tr(
            "The server is written in one transaction, then this file: a sync cut off "
            "halfway can simply be run again. The undo history is cleared afterwards."),
            self.tr("&Sync"))
        self._update_state()

    def _summary_text(self) -> str:
        p, origin = self.preview, self.origin
        when = origin.checked_out_at.strftime("%Y-%m-%d") if origin.checked_out_at else "?"
        when = f"\u200e{when}\u200e"  # an ISO date keeps its order inside Arabic text
        return self.tr(
            "<b>{file}</b> was checked out from {server} by {who} on {when}. {sent} change(s) "
            "go to the server, {pulled} record(s) come back into this file, {conflicts} "
            "conflict(s) to choose."
        ).format(file=self.ctx.handle.path.name, server=p.server,
                 who=origin.checked_out_by or "?", when=when, sent=len(p.rows),
                 pulled=p.pulled, conflicts=len(p.conflict_keys()))

    def _label(self, row) -> str:
        """The record in the window's language: 'Funding line: MPTF grant'."""
        kind = record_type_text(row.record)
        return self.tr("{kind}: {name}").format(kind=kind, name=row.name) if row.name else kind

    def _tree(self, headers: list[str]) -> QTreeWidget:
        tree = QTreeWidget()
        tree.setHeaderLabels(headers)
        tree.setAlternatingRowColors(True)
        tree.header().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        return tree

    def _why(self, row) -> str:
        from transition_planner.exchange import sync

        return {sync.DELETED_ON_SERVER: self.tr(
                    "deleted on the server since the checkout, but edited in this file"),
                sync.EDITED_ON_SERVER: self.tr(
                    "deleted in this file, but edited on the server since the checkout"),
                }.get(row.conflict, row.conflict)

    def _conflicts_tab(self) -> QWidget:
        page = QWidget()
        box = QVBoxLayout(page)
        explain = QLabel(self.tr(
            "These values were changed both on the server and in this file since the "
            "checkout. Choose, for each, which one to keep."))
        explain.setWordWrap(True)
        box.addWidget(explain)
        self.conflict_tree = tree = self._tree([
            self.tr("Record / field"), self.tr("At checkout"), self.tr("Server now"),
            self.tr("This file"), self.tr("Keep")])
        for row in self.preview.conflicts():
            item = QTreeWidgetItem(tree, [self._label(row)])
            if row.conflict:  # the whole record: why, on a line of its own under it
                why = QTreeWidgetItem(item, [self._why(row)])
                why.setFirstColumnSpanned(True)
                self._add_combo(tree, item, f"{row.id}/row", row.kind)
                continue
            for cell in row.cells:
                if cell.conflict:
                    child = QTreeWidgetItem(item, [cell.field.replace("_", " "), cell.base,
                                                   cell.ours, cell.theirs])
                    self._add_combo(tree, child, f"{row.id}/{cell.field}")
        tree.expandAll()
        header = tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)  # Keep stays in sight
        for column in (1, 2, 3):
            tree.resizeColumnToContents(column)
            tree.setColumnWidth(column, min(max(tree.columnWidth(column) + 12, 130), 240))
        tree.setColumnWidth(4, 220)
        box.addWidget(tree, 1)
        buttons = QHBoxLayout()
        self.keep_all_server = QPushButton(self.tr("Keep all server values"))
        self.keep_all_mine = QPushButton(self.tr("Keep all values of this file"))
        self.keep_all_server.clicked.connect(lambda: self.choose_all(self.SERVER))
        self.keep_all_mine.clicked.connect(lambda: self.choose_all(self.MINE))
        buttons.addWidget(self.keep_all_server)
        buttons.addWidget(self.keep_all_mine)
        buttons.addStretch(1)
        box.addLayout(buttons)
        return page

    def _add_combo(self, tree, item, key: str, kind: str = "") -> None:
        combo = QComboBox()
        combo.addItem(self.tr("Choose…"), None)
        if kind == "deleted":  # deleted in this file, edited on the server
            combo.addItem(self.tr("Keep it (server)"), self.SERVER)
            combo.addItem(self.tr("Delete it (this file)"), self.MINE)
        elif kind == "added":  # deleted on the server, edited in this file
            combo.addItem(self.tr("Leave it deleted (server)"), self.SERVER)
            combo.addItem(self.tr("Put it back (this file)"), self.MINE)
        else:
            combo.addItem(self.tr("Server's value"), self.SERVER)
            combo.addItem(self.tr("This file's value"), self.MINE)
        combo.currentIndexChanged.connect(self._update_state)
        tree.setItemWidget(item, 4, combo)
        self.combos[key] = combo

    def _changes_tab(self) -> QWidget:
        tree = self._tree([self.tr("Record"), self.tr("Change")])
        kinds = {"added": self.tr("added in this file"), "changed": self.tr("changed"),
                 "deleted": self.tr("deleted in this file")}
        for row in self.preview.rows:
            item = QTreeWidgetItem(tree, [self._label(row), kinds.get(row.kind, row.kind)])
            for cell in row.cells:
                QTreeWidgetItem(item, [cell.field.replace("_", " "),
                                       f"{cell.ours} → {cell.theirs}"])
        tree.resizeColumnToContents(0)
        tree.setColumnWidth(0, min(tree.columnWidth(0) + 24, 460))
        return tree

    # --- choosing ---

    def choose(self, key: str, side: str) -> None:
        combo = self.combos[key]
        combo.setCurrentIndex(max(0, combo.findData(side)))

    def choose_all(self, side: str) -> None:
        for key in self.combos:
            self.choose(key, side)

    def resolutions(self) -> dict[str, str]:
        return {k: c.currentData() for k, c in self.combos.items() if c.currentData()}

    def _update_state(self) -> None:
        left = len(self.combos) - len(self.resolutions())
        self.left.setText(self.tr("{n} conflict(s) left to choose").format(n=left)
                          if left else "")
        self.sync_button.setEnabled(left == 0)

    # --- syncing ---

    def accept(self) -> None:
        from transition_planner.exchange import sync

        handle = self.ctx.handle
        try:
            result = run_with_progress(
                self, self.tr("Sync with the team plan"), self.tr("Syncing…"),
                lambda _progress: sync.sync(handle.path, self.resolutions(), user=handle.user,
                                            password=self.password, reviewed=self.preview),
                cancellable=False)  # one transaction on the server: all or nothing
        except ServiceError as exc:
            QMessageBox.warning(self, self.tr("Nothing was synced"), str(exc))
            return
        self.ctx.undo_stack.clear()  # earlier commands would act on records the sync changed
        self.ctx.changed(*ALL_KINDS)
        self.result_summary = result
        super().accept()
