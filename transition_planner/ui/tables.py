"""Tables as spreadsheets see them: the selected rows as tab-separated text with a header
line (Excel and LibreOffice paste it as cells), and such text read back into rows; the whole
view as shown, for a file; and the columns a planner chose (shown, hidden, order and widths),
remembered from one session to the next."""

from __future__ import annotations

import csv
import io

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QAbstractItemView, QApplication, QMenu


def _cell(text) -> str:
    """A cell as a spreadsheet reads it: quoted when it holds a tab, line break or quote."""
    text = "" if text is None else str(text)
    if any(ch in text for ch in '\t\n\r"'):
        return '"' + text.replace('"', '""') + '"'
    return text


def selection_as_tsv(view: QAbstractItemView) -> str:
    """The selected rows of a table or tree, columns as shown (order, hidden ones left out),
    with the column titles first; '' when nothing is selected."""
    model, columns = view.model(), shown_columns(view)
    selection = view.selectionModel()
    # the models sort themselves, so row order is the order shown
    rows = sorted({(index.parent(), index.row()) for index in selection.selectedIndexes()},
                  key=lambda pr: pr[1])
    if not rows:
        return ""
    lines = ["\t".join(_cell(model.headerData(c, Qt.Orientation.Horizontal)) for c in columns)]
    for parent, row in rows:
        lines.append("\t".join(_cell(model.index(row, c, parent).data()) for c in columns))
    return "\r\n".join(lines) + "\r\n"


def read_tsv(text: str) -> list[list[str]]:
    """Rows of cells from tab-separated text (as a spreadsheet copies them: quoted cells may
    hold tabs and line breaks); blank lines are dropped, cells stripped."""
    reader = csv.reader(io.StringIO(text.replace("\r\n", "\n")), delimiter="\t",
                        quotechar='"')
    return [[cell.strip() for cell in row] for row in reader if any(c.strip() for c in row)]


def header_of(view: QAbstractItemView):
    header = getattr(view, "horizontalHeader", None)
    return header() if header else view.header()


def shown_columns(view: QAbstractItemView) -> list[int]:
    """The model's columns the view shows, in the order shown (moved ones where moved)."""
    header = header_of(view)
    columns = [header.logicalIndex(v) for v in range(header.count())]
    return [c for c in columns if not header.isSectionHidden(c)]


def view_contents(view: QAbstractItemView) -> tuple[list[str], list[list[str]]]:
    """(titles, rows) of what a table shows: its shown columns in their order, every row its
    filters keep in the order it is sorted (the models filter and sort themselves)."""
    model, columns = view.model(), shown_columns(view)
    titles = [str(model.headerData(c, Qt.Orientation.Horizontal) or "") for c in columns]
    rows = []
    for row in range(model.rowCount()):
        rows.append(["" if (v := model.index(row, c).data()) is None else str(v)
                     for c in columns])
    return titles, rows


class ColumnMemory(QObject):
    """A table's column chooser (right-click its titles) and the memory of the columns shown,
    their order and widths, kept in the window's settings under the table's name."""

    def __init__(self, view: QAbstractItemView, name: str, settings_factory):
        super().__init__(view)
        self.view, self.key = view, f"tables/{name}/header"
        self.settings = settings_factory
        self.header = header_of(view)
        self.default = self.header.saveState()  # what "Reset columns" goes back to
        self.default_widths = [self.header.sectionSize(c) for c in range(self.header.count())]
        self._save_later = QTimer(self, singleShot=True, interval=300)
        self._save_later.timeout.connect(self.save)
        self.restore()
        self.header.sectionMoved.connect(lambda *_a: self._save_later.start())
        self.header.sectionResized.connect(self._on_resized)
        self.header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.header.customContextMenuRequested.connect(self.open_menu)
        view.installEventFilter(self)  # a width dragged just before closing is kept too

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Hide and self._save_later.isActive():
            self._save_later.stop()
            self.save()
        return False

    def _on_resized(self, *_args) -> None:
        if QApplication.mouseButtons() & Qt.MouseButton.LeftButton:
            self.by_hand = True  # a column's edge dragged, not the window fitting them
        self._save_later.start()

    def restore(self) -> None:
        state = self.settings().value(self.key)
        # widths the planner dragged (kept as they are), or ones fitted to a window
        self.by_hand = self.settings().value(self.key + "_by_hand", False, type=bool)
        if state is not None and not self.header.restoreState(state):
            self.header.restoreState(self.default)  # a state from another version of the table
        if not shown_columns(self.view):
            self.header.restoreState(self.default)

    def default_sizes(self) -> None:
        """The columns' widths as the table first had them (shown, hidden and order kept):
        widths fitted to another window are no guide for this one."""
        for column, width in enumerate(self.default_widths):
            self.header.resizeSection(column, width)

    def save(self) -> None:
        self.settings().setValue(self.key, self.header.saveState())
        self.settings().setValue(self.key + "_by_hand", self.by_hand)

    def menu(self) -> QMenu:
        """Every column with a check box (shown or not), then the way back to the default."""
        menu = QMenu(self.view)
        menu.setObjectName("column_chooser")
        model = self.view.model()
        shown = shown_columns(self.view)
        for column in range(self.header.count()):
            title = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
            action = menu.addAction(title)
            action.setCheckable(True)
            action.setChecked(column in shown)
            action.setEnabled(not (column in shown and len(shown) == 1))  # one stays shown
            action.toggled.connect(lambda on, c=column: self.show_column(c, on))
        menu.addSeparator()
        menu.addAction(self.tr("Reset columns"), self.reset)
        return menu

    def open_menu(self, pos) -> None:
        self.menu().exec(self.header.mapToGlobal(pos))

    def show_column(self, column: int, shown: bool) -> None:
        if not shown and shown_columns(self.view) == [column]:
            return  # a table with no column cannot be read, nor brought back from its titles
        self.header.setSectionHidden(column, not shown)
        self.save()

    def reset(self) -> None:
        self.by_hand = False
        self.header.restoreState(self.default)
        self.save()
