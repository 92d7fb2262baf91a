"""The main window: the File and Edit menus, a sidebar of pages, and the open plan."""

from __future__ import annotations

import importlib
import importlib.util
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

# `QtCore.Qt`, read where used: the first read of Qt's namespace costs 12 ms (theme.py), and
# the shell's first paint goes without it (tests/test_ui_app.py checks)
from PySide6 import QtCore
from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QSettings,
    QSignalBlocker,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from transition_planner import settings
from transition_planner.buildinfo import describe
from transition_planner.logs import LOG, LOG_FILE_NAME, log_folder
from transition_planner.settings import Settings
from transition_planner.ui.context import ALL_KINDS, PLAN, PlanContext
from transition_planner.ui.pages import PageSpec, available_pages, create_page
from transition_planner.ui.theme import alarm_style

if TYPE_CHECKING:
    from transition_planner.store.owner import PlanInUse

# The plan file's and the services' modules (sqlite3 among them), the background loader and
# the dialogs' classes are imported where they are used: the window paints without them.
MAX_RECENT = 8
READ_ONLY, EDIT, CANCEL = "read_only", "edit", "cancel"  # answers when a plan is open elsewhere
READ_ONLY_STYLE = ("background: #fff4ce; color: #3d2e00; border-bottom: 1px solid #e0c060; "
                   "padding: 6px 10px;")
translate = QCoreApplication.translate
# Why a plan opens read-only, as the plan-file layer says it (store/planfile.py).
READ_ONLY_REASONS = (
    QT_TRANSLATE_NOOP("ReadOnlyReasons", "opened read-only"),
    QT_TRANSLATE_NOOP("ReadOnlyReasons", "the file is read-only"),
    QT_TRANSLATE_NOOP("ReadOnlyReasons", "its folder cannot be written to"),
    QT_TRANSLATE_NOOP("ReadOnlyReasons",
                      "it is on a read-only disk, such as a CD or a write-protected USB stick"),
)


def _owner_words(owner) -> dict:
    """Who has a plan open, where and since when, as the window says it."""
    import socket

    where = (translate("MainWindow", "on this computer") if owner.host == socket.gethostname()
             else translate("MainWindow", "on {host}").format(host=owner.host))
    return {"user": owner.user or translate("MainWindow", "Someone"), "where": where,
            "when": owner.since[:16].replace("T", " ")}


# The File menu's features, imported when first used (start-up stays fast).
FEATURES = (
    ("export_matrix", "transition_planner.ui.dialogs.import_matrix", "export_matrix_interactive"),
    ("import_matrix", "transition_planner.ui.dialogs.import_matrix", "import_matrix_interactive"),
    ("export_3w", "transition_planner.ui.dialogs.export_3w", "export_3w_interactive"),
    ("import_monitoring", "transition_planner.ui.dialogs.import_monitoring",
     "import_monitoring_interactive"),
    ("export_report", "transition_planner.ui.dialogs.export_report", "export_report_interactive"),
)


def window_settings() -> QSettings:
    """Window geometry and recent plans, next to the user's preferences (not the registry)."""
    return QSettings(str(settings.config_dir() / "window.ini"), QSettings.Format.IniFormat)


def _write_demo(path: Path):
    from transition_planner.services.demo import write_demo_plan

    return write_demo_plan(path, user=Settings.load().audit_user())


class MainWindow(QMainWindow):
    """One plan at a time; every change is saved as it is made, so there is no Save."""

    sig_plan_opened = Signal(str)  # the path of the plan now open

    def __init__(self, ctx: PlanContext | None = None, parent=None, shell_first: bool = False):
        """`shell_first`: build only what the first paint shows (start-up calls pages_ready()
        once it has painted); otherwise the whole window at once."""
        super().__init__(parent)
        self.ctx = ctx or PlanContext(self)
        self.store = window_settings()
        self.pages: dict[str, QWidget] = {}
        self.holders: dict[str, QScrollArea] = {}  # the scroll area around each page
        self.specs: list[PageSpec] = available_pages()
        self.last_message: QMessageBox | None = None
        self.in_use_box: QMessageBox | None = None  # while asking what to do
        self.in_use_by = None  # the PlanOwner, when the plan was opened read-only for them
        self.new_plan_dialog = None
        self.preferences_dialog = None
        self.properties_dialog = None
        self.team_dialog = None  # File > Open team plan, while it is open
        self.stale_dialog = None  # an edit refused: saved elsewhere since
        self.sync_dialog = None  # File > Sync's review, while it is open
        self.plan_editor = None  # Plan > Milestones or Vocabulary, while open
        self.demo_writer = None  # the BackgroundLoader writing the demo plan (pages_ready)
        self.demo_progress = None  # a QProgressDialog while it writes
        self.ready = False  # pages_ready() has run
        self.setObjectName("main_window")
        self._build_shell()
        self.resize(1280, 800)
        geometry = self.store.value("geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        if not shell_first:
            self.pages_ready()

    def pages_ready(self) -> None:
        """Complete the window behind its first paint: the welcome and start pages, the menus'
        actions (and with them every shortcut), then follow the plan. Runs once; whatever
        needs them (opening a plan, a change of language) calls it first."""
        if self.ready:
            return
        self.ready = True
        from transition_planner.ui.models.loader import BackgroundLoader

        self.demo_writer = BackgroundLoader(_write_demo, self)
        self.demo_writer.sig_loaded.connect(self._on_demo_written)
        self.demo_writer.sig_failed.connect(self._on_demo_failed)
        self._build_content()
        self.ctx.sig_plan_changed.connect(self._on_plan_changed)
        self.ctx.sig_data_changed.connect(self._on_data_changed)
        self.ctx.sig_stale_edit.connect(self.on_stale_edit)
        self.ctx.sig_error.connect(
            lambda title, text: self.show_message(QMessageBox.Icon.Warning, title, text))
        shown = self.central.currentIndex()
        self._on_plan_changed()
        if self.ctx.handle is None:  # the workspace start-up showed stays while its plan opens
            self.central.setCurrentIndex(shown)

    # --- building (again on a change of language) -------------------------------------------

    def _build_ui(self) -> None:
        self._build_shell()
        self._build_content()

    def _build_shell(self) -> None:
        """What the first paint shows: the title, the menus' titles, the sidebar, an empty
        page area (or welcome page) and the status bar."""
        self.setWindowTitle(self.tr("Transition Planner"))
        self.central = QStackedWidget()
        self.welcome = QWidget()  # filled by _build_welcome
        self.welcome.setObjectName("welcome")
        self.central.addWidget(self.welcome)
        self.central.addWidget(self._build_workspace())
        self.setCentralWidget(self.central)
        self._build_menu_titles()
        self.path_label = QLabel()
        self.path_label.setObjectName("plan_path")
        self.statusBar().addPermanentWidget(self.path_label)

    def _build_content(self) -> None:
        """What the shell goes without: the welcome and start pages, the sidebar's icons and the
        menus' actions."""
        self.sidebar.draw_icons()
        self._build_welcome(self.welcome)
        self._build_start_page()
        self._build_menus()

    def _build_welcome(self, page: QWidget) -> None:
        outer = QVBoxLayout(page)
        outer.addStretch(1)
        box = QVBoxLayout()
        title = QLabel(self.tr("Transition Planner"))
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 2)
        font.setBold(True)
        title.setFont(font)
        box.addWidget(title)
        intro = QLabel(self.tr(
            "Plan the handover of a UN mission's protection capacities to their successors, "
            "so that nothing falls off the protection cliff when the mission leaves. "
            "Every change is saved in the plan file as you make it."))
        intro.setWordWrap(True)
        box.addWidget(intro)
        self.welcome_problem = QLabel()
        self.welcome_problem.setObjectName("welcome_problem")
        self.welcome_problem.setWordWrap(True)
        self.welcome_problem.setStyleSheet(alarm_style())
        self.welcome_problem.hide()
        box.addWidget(self.welcome_problem)
        buttons = QHBoxLayout()
        for text, tip, slot in (
                (self.tr("&New plan…"), self.tr("Start an empty plan file"), self.new_plan),
                (self.tr("&Open plan…"), self.tr("Open a .tplan file"), self.open_plan_dialog),
                (self.tr("Open the &demo plan"),
                 self.tr("A fictional mission with deliberate gaps, to explore the tool"),
                 self.open_demo)):
            button = QPushButton(text)
            button.setToolTip(tip)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        buttons.addStretch(1)
        box.addLayout(buttons)
        self.recent_title = recent_title = QLabel(self.tr("Recent plans:"))
        box.addWidget(recent_title)
        self.recent_list = QListWidget()
        self.recent_list.setObjectName("recent_list")
        self.recent_list.setAccessibleName(self.tr("Recent plans"))
        self.recent_list.itemActivated.connect(
            lambda item: self.open_plan(item.data(QtCore.Qt.ItemDataRole.UserRole)))
        recent_title.setBuddy(self.recent_list)
        box.addWidget(self.recent_list)
        content = QWidget()
        content.setLayout(box)
        content.setMaximumWidth(760)  # lines a reader can follow
        holder = QHBoxLayout()
        holder.addStretch(1)
        holder.addWidget(content, 4)
        holder.addStretch(1)
        outer.addLayout(holder)
        outer.addStretch(2)

    def _build_workspace(self) -> QWidget:
        from transition_planner.ui.widgets.sidebar import Sidebar

        self.sidebar = Sidebar()
        self.sidebar.setAccessibleName(self.tr("Pages"))
        self.sidebar.add_pages(((spec.key, spec.translated_title(), spec.translated_tooltip())
                                for spec in self.specs), icons=False)
        self.page_stack = QStackedWidget()
        self.page_stack.setObjectName("page_stack")
        self.page_stack.addWidget(QWidget())  # empty until a page is shown (not the start page)
        # The sidebar is as wide as its entries: no splitter, so no empty band beside it.
        self.splitter = QWidget()
        self.splitter.setObjectName("sidebar_row")
        row = QHBoxLayout(self.splitter)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(self.sidebar)
        line = QFrame()
        line.setFrameShape(QFrame.Shape.VLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        row.addWidget(line)
        row.addWidget(self.page_stack, 1)
        self.sidebar.currentRowChanged.connect(self._on_sidebar_row)
        # the start page covers the page of the sidebar's row: a click on that row shows it
        self.sidebar.itemClicked.connect(
            lambda item: self.show_page(self.sidebar.key_of(item)))
        workspace = QWidget()
        box = QVBoxLayout(workspace)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(0)
        self.read_only_banner = QLabel()  # shown while the plan cannot be changed
        self.read_only_banner.setObjectName("read_only_banner")
        self.read_only_banner.setWordWrap(True)
        self.read_only_banner.setStyleSheet(READ_ONLY_STYLE)
        self.read_only_banner.hide()
        box.addWidget(self.read_only_banner)
        box.addWidget(self.splitter, 1)
        return workspace

    def _build_start_page(self) -> None:
        from transition_planner.ui.pages.start import StartPage

        self.start_page = StartPage(self.ctx)
        self.start_holder = QScrollArea()
        self.start_holder.setObjectName("page_start")
        self.start_holder.setWidgetResizable(True)
        self.start_holder.setFrameShape(QScrollArea.Shape.NoFrame)
        self.start_holder.setWidget(self.start_page)
        self.page_stack.addWidget(self.start_holder)
        self.start_page.sig_go.connect(self.show_page)
        self.start_page.sig_import.connect(
            lambda: self.feature_actions["import_matrix"].trigger())
        self.start_page.sig_demo.connect(self.open_demo)
        self.start_page.sig_guide.connect(self.show_user_guide)
        self.start_page.sig_has_content.connect(self._on_first_content)

    def show_start(self) -> QWidget | None:
        """View > Start page: the steps of a first plan (in front of the sidebar's page)."""
        if self.ctx.handle is None:
            return None
        self.page_stack.setCurrentWidget(self.start_holder)
        self.sidebar.clearSelection()
        return self.start_page

    def start_shown(self) -> bool:
        return self.ctx.handle is not None and \
            self.page_stack.currentWidget() is self.start_holder

    def _on_first_content(self) -> None:
        """An empty plan got its first capacities (an import, say): show them."""
        if self.start_shown():
            self.show_page("inventory")

    def show_user_guide(self):
        """Help > User guide: the manual shipped with the application, in the window's
        language."""
        from transition_planner.ui.dialogs.user_guide import UserGuideWindow

        guide = getattr(self, "user_guide", None)
        if guide is None:
            guide = self.user_guide = UserGuideWindow(self)
            guide.destroyed.connect(lambda: setattr(self, "user_guide", None))
        guide.show()
        guide.raise_()
        guide.activateWindow()
        return guide

    def _build_menu_titles(self) -> None:
        bar = self.menuBar()
        bar.clear()
        self.file_menu = bar.addMenu(self.tr("&File"))
        self.edit_menu = bar.addMenu(self.tr("&Edit"))
        self.plan_menu = bar.addMenu(self.tr("&Plan"))
        self.view_menu = bar.addMenu(self.tr("&View"))
        self.help_menu = bar.addMenu(self.tr("&Help"))

    def _build_menus(self) -> None:
        """The menus' actions, in the menus _build_menu_titles made."""
        file_menu = self.file_menu
        self.action_new = self._action(file_menu, self.tr("&New plan…"), self.new_plan,
                                       QKeySequence("Ctrl+Shift+N"),
                                       self.tr("Start an empty plan file"))
        self.action_open = self._action(file_menu, self.tr("&Open plan…"),
                                        self.open_plan_dialog, QKeySequence.StandardKey.Open,
                                        self.tr("Open a .tplan plan file"))
        self.action_open_team = self._action(
            file_menu, self.tr("Open &team plan…"), self.open_team_plan, None,
            self.tr("Open a plan kept on the team's PostgreSQL server"))
        self.action_demo = self._action(file_menu, self.tr("Open the &demo plan"),
                                        self.open_demo, None,
                                        self.tr("Write a fresh copy of the demo plan and open it"))
        self.recent_menu = file_menu.addMenu(self.tr("&Recent plans"))
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        file_menu.addSeparator()
        self.action_save = self._action(
            file_menu, self.tr("&Save changes"), self.save_pending,
            QKeySequence.StandardKey.Save,
            self.tr("Save what is being typed (fields are also saved when left)"))
        self.action_copy = self._action(
            file_menu, self.tr("Save a &copy as…"), self.save_copy,
            QKeySequence.StandardKey.SaveAs,
            self.tr("Write a copy of the plan to another file (changes are saved already)"))
        self.action_sync = self._action(
            file_menu, self.tr("S&ync with the team plan…"), self.sync_field_copy, None,
            self.tr("Send this field copy's changes to the team plan and bring theirs back"))
        self.feature_actions: dict[str, QAction] = {}
        feature_texts = {
            "export_matrix": (self.tr("&Export handover matrix…"),
                              self.tr("Write the handover matrix to an Excel workbook or a CSV "
                                      "file with HXL hashtags")),
            "import_matrix": (self.tr("&Import handover matrix…"),
                              self.tr("Read a handover matrix workbook or CSV file edited by "
                                      "partners")),
            "export_3w": (self.tr("Export &who does what where (3W)…"),
                          self.tr("Write the handovers and their funding as a 3W table with "
                                  "HXL hashtags (CSV or Excel)")),
            "import_monitoring": (self.tr("Import &monitoring values…"),
                                  self.tr("Read indicator values from a KoboToolbox or ODK "
                                          "export (CSV or XLSX)")),
            "export_report": (self.tr("Export &report…"),
                              self.tr("Write a PDF transition report for an audience")),
        }
        file_menu.addSeparator()
        for key, module, function in FEATURES:
            text, tip = feature_texts[key]
            self.feature_actions[key] = self._action(
                file_menu, text, lambda _c=False, m=module, f=function: self.run_feature(m, f),
                None, tip)
        self.action_export_table = self._action(
            file_menu, self.tr("Export &table view…"), lambda: self.export_table(),
            QKeySequence("Ctrl+Shift+E"),
            self.tr("Write the table shown (its columns, filters and order) to an Excel "
                    "workbook or a CSV file"))
        file_menu.addSeparator()
        self.action_close = self._action(file_menu, self.tr("C&lose plan"), self.close_plan,
                                         QKeySequence.StandardKey.Close)
        self.action_quit = self._action(file_menu, self.tr("&Quit"), self.close,
                                        QKeySequence.StandardKey.Quit)

        edit_menu = self.edit_menu
        self.action_undo = self.ctx.undo_stack.createUndoAction(self, self.tr("&Undo"))
        self.action_undo.setShortcut(QKeySequence.StandardKey.Undo)
        self.action_redo = self.ctx.undo_stack.createRedoAction(self, self.tr("&Redo"))
        # Each key once: a key bound twice to one action is ambiguous and does nothing.
        redo_keys = []
        for key in (*QKeySequence.keyBindings(QKeySequence.StandardKey.Redo),
                    QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")):
            if key not in redo_keys:
                redo_keys.append(key)
        self.action_redo.setShortcuts(redo_keys)
        edit_menu.addAction(self.action_undo)
        edit_menu.addAction(self.action_redo)
        edit_menu.addSeparator()
        # What the page shown holds: its records' table and its form.
        self.action_new_record = self._action(
            edit_menu, self.tr("&New record"), self.new_record, QKeySequence.StandardKey.New,
            self.tr("Add a record to the page shown (a capacity, successor, location…)"))
        self.action_edit_record = self._action(
            edit_menu, self.tr("&Edit record"), self.edit_record,
            QKeySequence(QtCore.Qt.Key.Key_F2),
            self.tr("Go to the first field of the selected record's form"))
        self.action_delete_record = self._action(
            edit_menu, self.tr("&Delete selected"), self.delete_records,
            QKeySequence(QKeySequence.StandardKey.Delete),
            self.tr("Delete the selected records (Ctrl+Z brings them back)"))
        self.action_bulk = self._action(
            edit_menu, self.tr("&Change selected capacities…"), self.bulk_edit,
            QKeySequence("Ctrl+E"),
            self.tr("Set one value for every capacity selected in the inventory"))
        self.action_copy_rows = self._action(
            edit_menu, self.tr("&Copy rows"), self.copy_rows, QKeySequence.StandardKey.Copy,
            self.tr("Copy the selected rows with their column titles, to paste into a "
                    "spreadsheet"))
        self.action_paste_rows = self._action(
            edit_menu, self.tr("&Paste rows…"), self.paste_rows, QKeySequence.StandardKey.Paste,
            self.tr("Add capacities or successors from rows copied in a spreadsheet (shown "
                    "first)"))
        self.action_find = self._action(edit_menu, self.tr("&Find"), self.focus_search,
                                        QKeySequence.StandardKey.Find,
                                        self.tr("Go to the search field of the page shown"))
        edit_menu.addSeparator()
        self.action_preferences = self._action(
            edit_menu, self.tr("&Preferences…"), self.open_preferences,
            QKeySequence.StandardKey.Preferences)
        if self.action_preferences.shortcut().isEmpty():
            self.action_preferences.setShortcut(QKeySequence("Ctrl+,"))

        plan_menu = self.plan_menu
        self.action_properties = self._action(
            plan_menu, self.tr("&Properties…"), self.open_plan_properties, None,
            self.tr("The plan's name, mission, mandate end, planned exit and horizon"))
        self.action_milestones = self._action(
            plan_menu, self.tr("&Milestones…"), lambda: self.open_plan_editor("milestones"),
            None, self.tr("Mandate decisions, drawdown phases, closures, reviews"))
        self.action_vocabulary = self._action(
            plan_menu, self.tr("&Vocabulary…"), lambda: self.open_plan_editor("vocabulary"),
            None, self.tr("The plan's own categories, actor types and other terms"))

        view_menu = self.view_menu
        self.action_refresh = self._action(view_menu, self.tr("&Refresh"), self.refresh,
                                           QKeySequence.StandardKey.Refresh,
                                           self.tr("Read the plan file again"))
        self.action_start = self._action(
            view_menu, self.tr("&Start page"), self.show_start, None,
            self.tr("The steps of a first plan, a matrix to import, the demo"))
        view_menu.addSeparator()
        for number, spec in enumerate(self.specs, start=1):
            self._action(view_menu, spec.translated_title(),
                         lambda _c=False, k=spec.key: self.show_page(k),
                         QKeySequence(f"Ctrl+{number}") if number < 10 else None,
                         spec.translated_tooltip())

        help_menu = self.help_menu
        self.action_guide = self._action(
            help_menu, self.tr("&User guide"), self.show_user_guide, None,
            self.tr("A short manual: the pages, a first plan step by step, the matrix, "
                    "reports, team plans"))
        self.action_shortcuts = self._action(
            help_menu, self.tr("&Keyboard shortcuts"), self.show_shortcuts,
            QKeySequence.StandardKey.HelpContents, self.tr("Every key of the window's menus"))
        help_menu.addSeparator()
        self._action(help_menu, self.tr("&About Transition Planner"), self.show_about)
        self.plan_actions = [self.action_save, self.action_properties, self.action_copy,
                             self.action_milestones, self.action_vocabulary,
                             self.action_close,
                             self.action_refresh, self.action_start, self.action_find,
                             self.action_new_record,
                             self.action_edit_record, self.action_delete_record,
                             self.action_bulk, self.action_copy_rows, self.action_paste_rows,
                             self.action_export_table, *self.feature_actions.values()]

    def _action(self, menu, text, slot, shortcut=None, tip="") -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(shortcut)
        if tip:
            action.setToolTip(tip)
            action.setStatusTip(tip)
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    def retranslate(self) -> None:
        """Rebuild every visible text in the language now installed (pages are re-created:
        they hold no unsaved state, since every change is saved as it is made)."""
        self.pages_ready()
        current = self.current_page_key()
        self._save_splitters()
        self._drop_pages()
        self.statusBar().removeWidget(self.path_label)
        self._build_ui()
        self._on_plan_changed()
        if current and self.ctx.handle is not None:
            self.show_page(current)

    # --- pages -----------------------------------------------------------------------------

    def show_page(self, key: str) -> QWidget | None:
        """Show a page of the sidebar, building it the first time."""
        row = next((n for n, s in enumerate(self.specs) if s.key == key), -1)
        if row < 0 or self.ctx.handle is None:
            return None
        if self.sidebar.currentRow() != row:
            self.sidebar.setCurrentRow(row)  # comes back here through _on_sidebar_row
            return self.pages.get(key)
        page = self.pages.get(key)
        if page is None:
            holder = QScrollArea()
            holder.setObjectName(f"page_{key}")
            holder.setWidgetResizable(True)
            holder.setFrameShape(QScrollArea.Shape.NoFrame)
            page = create_page(self.specs[row], self.ctx, holder)
            # A page wider than a small screen scrolls instead of widening the whole window.
            holder.setWidget(page)
            self.pages[key], self.holders[key] = page, holder
            self.page_stack.addWidget(holder)
            if hasattr(page, "sig_message"):
                page.sig_message.connect(lambda text: self.statusBar().showMessage(text, 6000))
            if hasattr(page, "sig_counts"):  # the live numbers of the sidebar
                page.sig_counts.connect(self._on_counts)
            if hasattr(page, "sig_show_inventory"):  # the Gaps page lists what a figure counts
                page.sig_show_inventory.connect(self.show_in_inventory)
            from PySide6.QtWidgets import QTableView, QTreeView

            if isinstance(getattr(page, "table", None), (QTableView, QTreeView)):
                from transition_planner.ui.tables import ColumnMemory

                page.column_memory = ColumnMemory(page.table, key, window_settings)
            from transition_planner.ui.widgets.fit_columns import fit_tables

            memory = getattr(page, "column_memory", None)
            chosen = [page.table] if memory is not None and memory.by_hand else []
            if memory is not None and not memory.by_hand:
                memory.default_sizes()  # to be fitted to this window afresh
            page.column_fitters = fit_tables(page, chosen)  # no sideways scrolling on a laptop
        self.page_stack.setCurrentWidget(self.holders[key])
        self.sidebar.item(row).setSelected(True)  # (the start page unselects it)
        self._restore_splitters_once_shown(page)
        return page

    def _restore_splitters_once_shown(self, page: QWidget) -> None:
        """Give a page its remembered splitter sizes once it is laid out on screen: a splitter
        restored while hidden (an empty plan opens on the start page in front of the Inventory)
        or before its layout would spread the next resize over the restored sizes."""
        if getattr(page, "splitters_restored", False):
            return

        def restore():
            if page.isVisible() and not getattr(page, "splitters_restored", False):
                page.splitters_restored = True
                self._restore_splitters(page)

        QTimer.singleShot(0, page, restore)

    def _on_counts(self, counts: dict) -> None:
        """The sidebar's badges: capacities without a successor, and the plan's gap flags."""
        unsuccessed, flags = counts.get("without_successor"), counts.get("flags")
        self.sidebar.set_count("inventory", unsuccessed, self.tr(
            "Capacities without a successor: {n}").format(n=unsuccessed))
        self.sidebar.set_count("gaps", flags, self.tr("Gap flags: {n}").format(n=flags))

    def current_page(self) -> QWidget | None:
        key = self.current_page_key()
        return self.pages.get(key) if key else None

    def show_in_inventory(self, picked: dict) -> None:
        page = self.show_page("inventory")
        if page is not None:
            page.show_picked(picked)

    def page(self, key: str) -> QWidget | None:
        return self.pages.get(key)

    def current_page_key(self) -> str | None:
        return self.sidebar.key_of(self.sidebar.currentItem())

    def _on_sidebar_row(self, row: int) -> None:
        if 0 <= row < len(self.specs):
            self.show_page(self.specs[row].key)

    def _drop_pages(self) -> None:
        self._wait_for_workers()
        for holder in self.holders.values():
            self.page_stack.removeWidget(holder)
            holder.deleteLater()
        self.pages, self.holders = {}, {}

    def _wait_for_workers(self) -> None:
        for page in self.pages.values():
            if hasattr(page, "wait_for_workers"):
                page.wait_for_workers()

    def focus_search(self) -> None:
        """Ctrl+F: the search field of the page shown (the inventory's on a page without one)."""
        page = self.current_page()
        if page is None or not (hasattr(page, "focus_search") or hasattr(page, "search")):
            page = self.show_page("inventory")
        if page is None:
            return
        if hasattr(page, "focus_search"):
            page.focus_search()
        else:
            page.search.setFocus(QtCore.Qt.FocusReason.ShortcutFocusReason)
            page.search.selectAll()

    def new_record(self) -> None:
        """Ctrl+N: a new record on the page shown (a capacity on pages that list none)."""
        page = self.current_page()
        if page is None or not hasattr(page, "new_record"):
            page = self.show_page("inventory")
        if page is not None and hasattr(page, "new_record"):
            page.new_record()

    def copy_rows(self) -> str:
        """Ctrl+C in a table: its selected rows as tab-separated text with the titles."""
        from PySide6.QtWidgets import QAbstractItemView

        from transition_planner.ui.tables import selection_as_tsv

        focus = QApplication.focusWidget()
        view = focus if isinstance(focus, QAbstractItemView) else None
        if view is None or view.selectionModel() is None or not self.isAncestorOf(view):
            return ""
        text = selection_as_tsv(view)
        if text:
            QApplication.clipboard().setText(text)
            self.statusBar().showMessage(self.tr("Copied %n rows", "",
                                                 text.count("\r\n") - 1), 4000)
        return text

    def table_shown(self):
        """The table a table action works on: the one being used, else the page's own."""
        from PySide6.QtWidgets import QTableView, QTreeView

        focus = QApplication.focusWidget()
        if isinstance(focus, (QTableView, QTreeView)) and self.isAncestorOf(focus) \
                and focus.model() is not None:
            return focus
        table = getattr(self.current_page(), "table", None)
        return table if isinstance(table, (QTableView, QTreeView)) else None

    def export_table(self, path: str | None = None):
        """File > Export table view: the table shown, as shown, to .xlsx or .csv."""
        from PySide6.QtWidgets import QFileDialog

        from transition_planner.exchange.table_export import write_table
        from transition_planner.services.errors import ServiceError
        from transition_planner.ui.tables import view_contents

        title = self.tr("Export table view")
        view, handle = self.table_shown(), self.ctx.handle
        if view is None or handle is None:
            self.statusBar().showMessage(self.tr("This page has no table to export."), 6000)
            return None
        spec = next(s for s in self.specs if s.key == self.current_page_key())
        name = spec.translated_title()
        if path is None:
            folder = handle.path.parent if handle.path is not None else Path.home()
            path, _kind = QFileDialog.getSaveFileName(
                self, title, str(folder / f"{name}.xlsx"),
                self.tr("Excel workbook (*.xlsx);;CSV file (*.csv)"))
            if not path:
                return None
        titles, rows = view_contents(view)
        try:
            written = write_table(path, name, titles, rows, plan=handle.path)
        except ServiceError as error:
            QMessageBox.warning(self, title, str(error))
            return None
        self.statusBar().showMessage(self.tr("Saved %n rows to {name}", "", len(rows)).format(
            name=written.name), 6000)
        return written

    def paste_rows(self):
        """Ctrl+V: rows from a spreadsheet, into the inventory or the successors (after a
        preview)."""
        page = self.current_page()
        if page is None or not hasattr(page, "paste_rows"):
            page = self.show_page("inventory")
        if page is None:
            return None
        return page.paste_rows(QApplication.clipboard().text())

    def bulk_edit(self):
        page = self.current_page()
        if page is not None and hasattr(page, "open_bulk_dialog"):
            return page.open_bulk_dialog()
        return None

    def edit_record(self) -> None:
        """F2: into the form of the record selected on the page shown."""
        page = self.current_page()
        if page is not None and hasattr(page, "edit_record"):
            page.edit_record()

    def delete_records(self) -> None:
        """Del: delete the records selected on the page shown; typing keeps its Del key."""
        page, focus = self.current_page(), QApplication.focusWidget()
        if page is None or not hasattr(page, "delete_records") or _is_text_input(focus):
            return
        page.delete_records()

    def shortcut_rows(self) -> list[tuple[str, str, str]]:
        """(menu, action, keys) for every action of the menus that has a key."""
        rows = []
        for menu_action in self.menuBar().actions():
            menu = menu_action.menu()
            for action in menu.actions() if menu else ():
                keys = ", ".join(k.toString(QKeySequence.SequenceFormat.NativeText)
                                 for k in action.shortcuts())
                if keys:
                    rows.append((menu_action.text().replace("&", ""),
                                 action.text().replace("&", ""), keys))
        return rows

    def show_shortcuts(self):
        from transition_planner.ui.dialogs.shortcuts import ShortcutsDialog

        dialog = ShortcutsDialog(self.shortcut_rows(), self)
        dialog.setAttribute(QtCore.Qt.WidgetAttribute.WA_DeleteOnClose)
        self.shortcuts_dialog = dialog
        dialog.finished.connect(lambda _r: setattr(self, "shortcuts_dialog", None))
        dialog.open()
        return dialog

    def refresh(self) -> None:
        if self.ctx.handle is not None:
            self.ctx.handle._taxonomy = None  # the vocabulary may have changed on disk too
            self.ctx.changed(*ALL_KINDS)

    # --- opening and closing plans ----------------------------------------------------------

    def open_initial(self, plan: str | Path | None = None, demo: bool = False) -> None:
        """What start-up opens: the demo, the plan named on the command line, or the last."""
        self.pages_ready()
        if demo:
            self.open_demo()
        elif plan:
            self.open_plan(plan)
        elif self.initial_plan() is not None:
            self.open_plan(self.initial_plan(), quiet=True)
        if self.ctx.handle is None and not self.demo_writer.busy():
            self.central.setCurrentIndex(0)  # nothing opened: the welcome page (says why)

    def open_initial_in_turn(self, plan: str | Path | None = None, demo: bool = False) -> None:
        """open_initial as start-up does it, once the shell has painted: the window completed
        and painted again first, naming the plan being opened under a busy cursor (the ORM's
        imports and the first page take a moment); the demo has its own progress dialog."""
        self.pages_ready()
        path = None if demo else self.initial_plan(plan)
        if path is None:
            self.open_initial(plan, demo)
            return
        opening = self.tr("Opening {name}…").format(name=path.name)
        self.statusBar().showMessage(opening)
        # this window's: a question asked keeps its own
        self.setCursor(QtCore.Qt.CursorShape.BusyCursor)
        self.repaint()  # now: an update would wait for the next frame, after the opening

        def open_now():
            try:
                self.open_initial(plan, demo)
            finally:
                self.unsetCursor()
                if self.statusBar().currentMessage() == opening:  # not what opening said
                    self.statusBar().clearMessage()

        QTimer.singleShot(0, self, open_now)

    def initial_plan(self, plan: str | Path | None = None) -> Path | None:
        """The plan file start-up opens (the demo aside): the one named, else the last one if
        it is still there."""
        if plan:
            return Path(plan)
        last = self.store.value("last_plan")
        return Path(last) if last and Path(last).exists() else None

    def open_plan_dialog(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        folder = str(Path(self.store.value("last_folder") or Path.home()))
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Open a plan"), folder,
            f"{self.tr('Transition plans (*.tplan)')};;{self.tr('All files (*)')}")
        if path:
            self.open_plan(path)

    def open_plan(self, path: str | Path, quiet: bool = False) -> bool:
        """Open a plan file; when it cannot be opened, say why and keep the current plan."""
        from transition_planner.services.errors import ServiceError
        from transition_planner.store.address import is_server_address
        from transition_planner.store.owner import PlanInUse
        from transition_planner.store.planfile import PlanFileError

        self.pages_ready()  # (a plan handed over by the desktop may come before the paint)
        if is_server_address(path):
            return self.open_team_plan(str(path)) is None  # else the dialog asks first
        path = Path(path).expanduser()
        handle = self.ctx.handle
        if handle is not None and handle.path is not None and path.resolve() == \
                handle.path.resolve():
            self.show_page(self.current_page_key() or "inventory")
            return True
        user = Settings.load().audit_user()
        # the ORM and the models (0.4 s of imports) come with the first plan, not the window
        from transition_planner.services import plans

        try:
            try:
                new = plans.open_plan(path, user=user, claim=True)
                self.in_use_by = None
            except PlanInUse as in_use:
                choice = self.ask_plan_in_use(in_use)
                if choice == CANCEL:
                    return False
                new = plans.open_plan(path, user=user, read_only=choice == READ_ONLY)
                self.in_use_by = in_use.owner if choice == READ_ONLY else None
        except (PlanFileError, ServiceError, OSError) as exc:
            self._cannot_open(path, str(exc), quiet)
            return False
        except Exception as exc:  # e.g. a locked or unreadable database: still say why
            self._cannot_open(path, f"{type(exc).__name__}: {exc}", quiet)
            return False
        self._set_handle(new)
        if new.file.upgraded_from:
            self.statusBar().showMessage(self.tr(
                "The plan was written by an older version and has been upgraded; the original "
                "is kept as {backup}.").format(backup=new.file.backup.name), 15000)
        return True

    # --- team plans on a server ------------------------------------------------------------

    def open_team_plan(self, address: str = "", ask: bool = False):
        """File > Open team plan, or a postgresql:// address: open it at once when its password
        is known (the address, the keyring, PGPASSWORD or ~/.pgpass) unless `ask`, else ask
        in the dialog. Returns the dialog when one is shown (it opens the plan when accepted)."""
        from transition_planner.services import plans  # the ORM, only once a plan opens
        from transition_planner.services.errors import ServiceError
        from transition_planner.store import server
        from transition_planner.store.planfile import PlanFileError
        from transition_planner.ui.dialogs import team_plan

        self.pages_ready()

        user = Settings.load().audit_user()
        if address and not ask:
            password = team_plan.stored_password(address)
            if password is not None or not server.needs_password(address) \
                    or team_plan.password_from_elsewhere():
                try:
                    self._set_handle(plans.open_plan(address, user=user, password=password))
                    return None
                except (PlanFileError, ServiceError) as exc:
                    dialog = team_plan.TeamPlanDialog(user, self.recent_team_plans(), address,
                                                      self)
                    dialog.show_problem(dialog.error_text(exc))
                    return self._show_team_dialog(dialog)
        dialog = team_plan.TeamPlanDialog(user, self.recent_team_plans(), address, self)
        return self._show_team_dialog(dialog)

    def _show_team_dialog(self, dialog):
        dialog.accepted.connect(lambda: self._set_handle(dialog.handle))
        dialog.finished.connect(lambda _r: setattr(self, "team_dialog", None))
        self.team_dialog = dialog
        dialog.open()
        return dialog

    def on_stale_edit(self, stale):
        """Someone saved the record since this window showed it: theirs, or mine over it."""
        from transition_planner.ui.dialogs.stale_edit import StaleEditDialog

        dialog = StaleEditDialog(stale, self)
        dialog.finished.connect(lambda _r: setattr(self, "stale_dialog", None))
        self.stale_dialog = dialog
        dialog.open()
        return dialog

    def _is_field_copy(self) -> bool:
        """Whether the open plan file was checked out from a team plan (File > Sync)."""
        handle = self.ctx.handle
        if handle is None or handle.on_server or handle.read_only:
            return False  # (and no plan: the ORM is not imported before the first paint)
        from sqlalchemy import select

        from transition_planner.store.models import Checkout

        with handle.read() as session:
            return session.execute(select(Checkout.id)).first() is not None

    def sync_field_copy(self):
        """File > Sync: compare with the server, review the conflicts, sync in one go."""
        from transition_planner.ui.dialogs.sync import sync_interactive

        if not self._is_field_copy():
            return None
        dialog = sync_interactive(self.ctx, self)
        if dialog is not None:
            self.sync_dialog = dialog
            dialog.accepted.connect(lambda: self._synced(dialog.result_summary))
            dialog.finished.connect(lambda _r: setattr(self, "sync_dialog", None))
        return dialog

    def _synced(self, result) -> None:
        self.statusBar().showMessage(self.tr(
            "Synced with {server}: {sent} change(s) sent, {received} record(s) brought up to "
            "date.").format(server=result.server, sent=result.sent, received=result.received),
            15000)

    def recent_team_plans(self) -> list[str]:
        """Team plans opened here, newest first: addresses without a password."""
        value = self.store.value("recent_team_plans", [])
        if isinstance(value, str):
            value = [value]
        return [str(v) for v in value or []]

    def _remember_team_plan(self, address: str) -> None:
        from transition_planner.store import server
        from transition_planner.ui.dialogs.team_plan import MAX_RECENT_TEAM

        address = server.display(address)  # never the password
        recent = [address] + [a for a in self.recent_team_plans() if a != address]
        self.store.setValue("recent_team_plans", recent[:MAX_RECENT_TEAM])

    def ask_plan_in_use(self, in_use: PlanInUse) -> str:
        """Another window has the plan open for editing: read-only, edit anyway or cancel."""
        owner = in_use.owner
        box = QMessageBox(QMessageBox.Icon.Warning,
                          self.tr("{name} is open elsewhere").format(name=in_use.path.name),
                          self.tr("{user} has this plan open for editing {where} since {when} "
                                  "UTC.").format(**_owner_words(owner)), parent=self)
        box.setInformativeText(self.tr(
            "Open it read-only to look at it while they work. If you know that window is no "
            "longer open (its computer crashed, say), open it for editing: both windows can "
            "save changes safely, but neither sees the other's until it is refreshed."))
        read_only = box.addButton(self.tr("Open &read-only"), QMessageBox.ButtonRole.AcceptRole)
        edit = box.addButton(self.tr("Open for &editing anyway"),
                             QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(read_only)
        self.in_use_box = box
        box.exec()
        self.in_use_box = None
        clicked = box.clickedButton()
        return READ_ONLY if clicked is read_only else EDIT if clicked is edit else CANCEL

    def _cannot_open(self, path: Path, reason: str, quiet: bool) -> None:
        title = self.tr("Cannot open {name}").format(name=path.name)
        if quiet:  # at start-up: no dialog in the way, the welcome page says it
            self.welcome_problem.setText(f"{title}: {reason}")
            self.welcome_problem.show()
            self.statusBar().showMessage(f"{title}: {reason}", 15000)
        else:
            self.show_message(QMessageBox.Icon.Critical, title, reason)
        if not path.exists():
            self._forget_recent(path)

    def _set_handle(self, handle) -> None:
        from transition_planner.store.planfile import PlanFileError

        self.pages_ready()
        if self.ctx.handle is not None:
            self.save_pending()  # into the plan being closed
        self._wait_for_workers()
        if handle is not None and handle.claim is None and not handle.read_only \
                and not handle.on_server:
            try:  # a new plan or the demo: say it is open here
                handle.claim_editing()
            except PlanFileError:
                pass  # e.g. an owner file that cannot be written: writing is safe anyway
        self.ctx.set_handle(handle)
        if handle is not None and handle.on_server:
            self._remember_team_plan(handle.address)
            self.sig_plan_opened.emit(handle.address)
        elif handle is not None:
            self._remember(handle.path)
            self.sig_plan_opened.emit(str(handle.path))

    def new_plan(self) -> None:
        from transition_planner.ui.widgets.plan_form import NewPlanDialog

        user_settings = Settings.load()
        folder = Path(self.store.value("last_folder") or Path.home())
        dialog = NewPlanDialog(folder, user_settings.audit_user(),
                               user_settings.default_currency, self)
        dialog.accepted.connect(lambda: self._set_handle(dialog.handle))
        dialog.finished.connect(lambda _r: setattr(self, "new_plan_dialog", None))
        self.new_plan_dialog = dialog
        dialog.open()

    def open_demo(self) -> None:
        """Write a fresh demo plan into the user's data folder (in the background), open it."""
        from PySide6.QtWidgets import QProgressDialog

        from transition_planner.store.planfile import PLAN_SUFFIX

        self.pages_ready()
        if self.demo_writer.busy():
            return
        folder = settings.data_dir() / "demo"
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            self.show_message(QMessageBox.Icon.Critical, self.tr("Cannot write the demo plan"),
                              str(exc))
            return
        path = folder / f"demo-{datetime.now():%Y%m%d-%H%M%S}{PLAN_SUFFIX}"
        n = 1
        while path.exists():
            n += 1
            path = folder / f"demo-{datetime.now():%Y%m%d-%H%M%S}-{n}{PLAN_SUFFIX}"
        self.demo_progress = QProgressDialog(self.tr("Writing the demo plan…"), None, 0, 0, self)
        self.demo_progress.setWindowTitle(self.tr("Demo plan"))
        self.demo_progress.setWindowModality(QtCore.Qt.WindowModality.WindowModal)
        self.demo_progress.setMinimumDuration(0)
        self.demo_progress.show()
        self.demo_writer.request(path)

    def _on_demo_written(self, handle) -> None:
        self._close_demo_progress()
        self._set_handle(handle)

    def _on_demo_failed(self, message: str) -> None:
        self._close_demo_progress()
        self.show_message(QMessageBox.Icon.Critical, self.tr("Cannot write the demo plan"),
                          message)

    def _close_demo_progress(self) -> None:
        if self.demo_progress is not None:
            self.demo_progress.close()
            self.demo_progress.deleteLater()
            self.demo_progress = None

    def save_copy(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        from transition_planner.services import plans
        from transition_planner.services.errors import ServiceError
        from transition_planner.store.planfile import PLAN_SUFFIX

        handle = self.ctx.handle
        if handle is None:
            return
        if handle.on_server:  # a plain plan file of the team plan as it is now
            folder = Path(self.store.value("last_folder") or Path.home())
            suggested = folder / f"{plans.plan_info(handle).name} copy{PLAN_SUFFIX}"
        else:
            suggested = handle.path.with_name(f"{handle.path.stem} copy{PLAN_SUFFIX}")
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save a copy of the plan"), str(suggested),
            self.tr("Transition plans (*.tplan)"))
        if not path:
            return
        destination = Path(path)
        if destination.suffix != PLAN_SUFFIX:
            destination = destination.with_name(destination.name + PLAN_SUFFIX)
        try:
            plans.copy_plan_to(handle, destination)
        except (ServiceError, OSError) as exc:
            self.show_message(QMessageBox.Icon.Critical, self.tr("Cannot save the copy"),
                              str(exc))
            return
        self.statusBar().showMessage(
            self.tr("Copy saved to {path}").format(path=destination), 8000)

    def close_plan(self) -> None:
        """Close the plan (it is saved already); start-up will not reopen it."""
        if self.ctx.handle is None:
            return
        self._set_handle(None)
        self.store.remove("last_plan")

    def run_feature(self, module_name: str, function_name: str):
        """Call another part's File menu entry point (imported only now: start-up stays fast)."""
        if self.ctx.handle is None:
            return None
        try:
            entry = getattr(importlib.import_module(module_name), function_name)
        except (ImportError, AttributeError) as exc:  # an incomplete installation or bundle
            LOG.exception("Cannot load %s.%s", module_name, function_name)
            self.show_message(QMessageBox.Icon.Critical, self.tr("This installation is incomplete"),
                              self.tr("This action cannot run: {error}. Reinstall Transition "
                                      "Planner; the log file {log} has the details.").format(
                                  error=f"{type(exc).__name__}: {exc}",
                                  log=log_folder() / LOG_FILE_NAME))
            return None
        return entry(self.ctx, self)

    # --- recent plans ----------------------------------------------------------------------

    def recent_plans(self) -> list[str]:
        value = self.store.value("recent_plans", [])
        if isinstance(value, str):  # QSettings returns a one-item list as a string
            value = [value]
        return [str(v) for v in value or []]

    def _remember(self, path: Path) -> None:
        path = str(Path(path).resolve())
        recent = [path] + [p for p in self.recent_plans() if p != path]
        self.store.setValue("recent_plans", recent[:MAX_RECENT])
        self.store.setValue("last_plan", path)
        self.store.setValue("last_folder", str(Path(path).parent))
        self._fill_recent_list()

    def _forget_recent(self, path: Path) -> None:
        gone = {str(path), str(path.resolve())}
        self.store.setValue("recent_plans", [p for p in self.recent_plans() if p not in gone])
        self._fill_recent_list()

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        for path in self.recent_plans():
            action = self.recent_menu.addAction(Path(path).name)
            action.setToolTip(path)
            action.setStatusTip(path)
            action.triggered.connect(lambda _c=False, p=path: self.open_plan(p))
        team = self.recent_team_plans()
        if team:
            from transition_planner.ui.dialogs.team_plan import short_name

            self.recent_menu.addSeparator()
        for address in team:
            action = self.recent_menu.addAction(
                self.tr("Team plan: {name}").format(name=short_name(address)))
            action.setToolTip(address)
            action.setStatusTip(address)
            action.triggered.connect(lambda _c=False, a=address: self.open_team_plan(a))
        if not self.recent_plans() and not team:
            self.recent_menu.addAction(self.tr("(none yet)")).setEnabled(False)
            return
        self.recent_menu.addSeparator()
        self.recent_menu.addAction(self.tr("Clear the list"), self._clear_recent)

    def _clear_recent(self) -> None:
        self.store.setValue("recent_plans", [])
        self._fill_recent_list()

    def _fill_recent_list(self) -> None:
        self.recent_list.clear()
        for path in self.recent_plans():
            item = QListWidgetItem(f"{Path(path).name}  —  {Path(path).parent}")
            item.setData(QtCore.Qt.ItemDataRole.UserRole, path)
            item.setToolTip(path)
            self.recent_list.addItem(item)
        count = self.recent_list.count()
        self.recent_title.setVisible(count > 0)
        self.recent_list.setVisible(count > 0)
        if count:  # no empty box below the list
            self.recent_list.setFixedHeight(self.recent_list.sizeHintForRow(0) * count
                                            + 2 * self.recent_list.frameWidth() + 4)

    # --- reacting to the plan --------------------------------------------------------------

    def _on_plan_changed(self) -> None:
        handle = self.ctx.handle
        has_plan = handle is not None
        self.central.setCurrentIndex(1 if has_plan else 0)
        for action in self.plan_actions:
            action.setEnabled(has_plan)
        self._fill_recent_list()
        self._update_title()
        self._show_read_only(handle)
        self.action_sync.setEnabled(self._is_field_copy())
        if has_plan:
            self.welcome_problem.hide()
            where = (self.tr("Read-only: {path}") if handle.read_only
                     else self.tr("Saved as you work in {path}"))
            if handle.on_server:
                where = self.tr("Team plan, saved as you work on {path}")
            # isolated left to right: a path keeps its slashes in place in a right-to-left window
            self.path_label.setText(where.format(path=f"\u2066{handle.address}\u2069"))
            self.path_label.setToolTip(handle.address)
            steps = self.start_page.steps
            empty = steps is not None and not steps.has_content
            if empty:  # a new or empty plan: what to do first
                # the first page is built when it is first shown: a page laid out behind the
                # start page kept its unconstrained width (a horizontal scroll bar at 1366 px)
                with QSignalBlocker(self.sidebar):
                    self.sidebar.setCurrentRow(max(self.sidebar.currentRow(), 0))
                self.show_start()
            elif self.sidebar.currentRow() < 0:
                self.sidebar.setCurrentRow(0)
            else:
                self.show_page(self.current_page_key())
        else:
            self.path_label.setText("")

    def _show_read_only(self, handle) -> None:
        reason = handle.read_only if handle is not None else ""
        if not reason:
            self.read_only_banner.hide()
            return
        from transition_planner.store.planfile import CHOSEN_READ_ONLY

        if self.in_use_by is not None and reason == CHOSEN_READ_ONLY:
            why = self.tr("opened read-only: {user} has it open for editing {where} since "
                          "{when} UTC").format(**_owner_words(self.in_use_by))
        else:
            why = translate("ReadOnlyReasons", reason)
        self.read_only_banner.setText(self.tr(
            "Read-only ({why}). You can read the plan and export reports; changes cannot be "
            "saved.").format(why=why))
        self.read_only_banner.show()

    def _on_data_changed(self, kinds) -> None:
        if PLAN in kinds:
            self._update_title()

    def _update_title(self) -> None:
        handle = self.ctx.handle
        if handle is None:
            self.setWindowTitle(self.tr("Transition Planner"))
            return
        from transition_planner.services import plans

        plan = plans.plan_info(handle)
        mission = plan.mission_name or plan.mission_acronym
        if plan.mission_name and plan.mission_acronym:
            mission = f"{plan.mission_name} ({plan.mission_acronym})"
        name = plan.name + (self.tr(" (read-only)") if handle.read_only else "")
        if handle.on_server:
            from transition_planner.ui.dialogs.team_plan import short_name

            name += " " + self.tr("(team plan: {server})").format(
                server=short_name(handle.address))
        parts = [name] + ([mission] if mission else []) + [self.tr("Transition Planner")]
        self.setWindowTitle(" — ".join(parts))

    # --- messages, preferences, about -----------------------------------------------------------

    def show_message(self, icon, title: str, text: str) -> QMessageBox:
        """A message that does not block the window (so tests and users can carry on)."""
        box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, self)
        box.setAttribute(QtCore.Qt.WidgetAttribute.WA_DeleteOnClose)
        box.finished.connect(lambda _r: setattr(self, "last_message", None))
        self.last_message = box
        box.open()
        return box

    def open_plan_properties(self):
        from transition_planner.ui.widgets.plan_form import PlanPropertiesDialog

        if self.ctx.handle is None:
            return None
        dialog = PlanPropertiesDialog(self.ctx, self)
        dialog.finished.connect(lambda _r: setattr(self, "properties_dialog", None))
        self.properties_dialog = dialog
        dialog.open()
        return dialog

    def open_plan_editor(self, which: str):
        """Plan > Milestones… or Vocabulary…: edits land on the window's undo stack."""
        if self.ctx.handle is None:
            return None
        if which == "milestones":
            from transition_planner.ui.dialogs.milestones import MilestonesDialog as Dialog
        else:
            from transition_planner.ui.dialogs.vocabulary import VocabularyDialog as Dialog
        dialog = Dialog(self.ctx, self)
        dialog.setAttribute(QtCore.Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _r: setattr(self, "plan_editor", None))
        self.plan_editor = dialog
        dialog.open()
        return dialog

    def open_preferences(self) -> None:
        from transition_planner.ui.dialogs.preferences import PreferencesDialog

        dialog = PreferencesDialog(self.ctx, self)
        dialog.accepted.connect(lambda: self._apply_preferences(dialog))
        dialog.finished.connect(lambda _r: setattr(self, "preferences_dialog", None))
        self.preferences_dialog = dialog
        dialog.open()

    def _apply_preferences(self, dialog) -> None:
        if not dialog.language_changed:
            return
        from transition_planner.ui.translations import apply_language

        apply_language(QApplication.instance(), dialog.settings.language)
        # Rebuilding deletes the dialog's parent widgets' children; do it after it has closed.
        QTimer.singleShot(0, self.retranslate)

    def show_about(self) -> None:
        self.show_message(QMessageBox.Icon.Information, self.tr("About Transition Planner"),
                          self.tr("Transition Planner {version}\n\nPlans the handover of a UN "
                                  "peace operation's protection capacities to successor "
                                  "organisations.").format(version=describe()))

    # --- window state ----------------------------------------------------------------------

    def _save_splitters(self) -> None:
        for splitter in self.findChildren(QSplitter):
            if splitter.objectName():
                self.store.setValue(f"splitters/{splitter.objectName()}", splitter.saveState())

    def _restore_splitters(self, root: QWidget) -> None:
        splitters = root.findChildren(QSplitter)
        if isinstance(root, QSplitter):
            splitters.append(root)
        for splitter in splitters:
            state = self.store.value(f"splitters/{splitter.objectName()}")
            if splitter.objectName() and state is not None:
                splitter.restoreState(state)

    def _may_drop_unsaved(self) -> bool:
        answer = QMessageBox.question(
            self, self.tr("Unsaved changes"),
            self.tr("A form holds changes that are not saved (a new record not added yet, or "
                    "a value the plan refuses). Close and lose them?"),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel)
        return answer == QMessageBox.StandardButton.Discard

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not getattr(self, "_splitters_restored", False):
            self._splitters_restored = True
            self._restore_splitters(self.splitter)

    def save_pending(self) -> bool:
        """Save the field being typed in and the form of the page shown (Ctrl+S)."""
        focus = QApplication.focusWidget()
        if focus is not None and self.isAncestorOf(focus):
            focus.clearFocus()  # leaving a field saves it, as everywhere in the window
            focus.setFocus(QtCore.Qt.FocusReason.OtherFocusReason)
        page = self.current_page()
        if page is not None and hasattr(page, "unsaved") and page.unsaved():
            return page.on_save()
        return True

    def unsaved_pages(self) -> list[QWidget]:
        return [p for p in self.pages.values() if hasattr(p, "unsaved") and p.unsaved()]

    def closeEvent(self, event) -> None:
        if self.ctx.handle is not None:
            self.save_pending()  # while the plan is still open
            for page in self.pages.values():
                if hasattr(page, "on_save_quietly") and page.unsaved():
                    page.on_save_quietly()
            if self.unsaved_pages() and not self._may_drop_unsaved():
                event.ignore()
                return
        self.store.setValue("geometry", self.saveGeometry())
        self._save_splitters()
        if self.demo_writer is not None:  # a demo still being written is not opened any more
            self.demo_writer.request(None)
            self.demo_writer.wait()
        self._wait_for_workers()
        if self.ctx.handle is not None:
            self.ctx.set_handle(None)  # folds the write-ahead log into the plan file
        self.store.sync()
        super().closeEvent(event)


def _is_text_input(widget) -> bool:
    """A field where Del deletes characters (its own key, not the window's)."""
    from PySide6.QtWidgets import QAbstractSpinBox, QLineEdit, QPlainTextEdit, QTextEdit

    if isinstance(widget, (QLineEdit, QPlainTextEdit, QTextEdit, QAbstractSpinBox)):
        return not getattr(widget, "isReadOnly", lambda: False)()
    return False


def missing_modules() -> list[str]:
    """The modules of the sidebar's pages and the File menu's actions that this installation
    lacks (found without importing them: start-up stays fast)."""
    names = dict.fromkeys([spec.module for spec in available_pages()]
                          + [module for _key, module, _function in FEATURES])
    missing = []
    for name in names:
        try:
            found = importlib.util.find_spec(name) is not None
        except ImportError:  # a missing parent package
            found = False
        if not found:
            missing.append(name)
    return missing
