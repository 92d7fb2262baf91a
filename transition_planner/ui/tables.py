"""Tables as spreadsheets see them: the selected rows as tab-separated text with a header
line (Excel and LibreOffice paste it as cells), and such text read back into rows."""

from __future__ import annotations

import csv
import io

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView


def _cell(text) -> str:
    """A cell as a spreadsheet reads it: quoted when it holds a tab, line break or quote."""
    text = "" if text is None else str(text)
    if any(ch in text for ch in '\t\n\r"'):
        return '"' + text.replace('"', '""') + '"'
    return text


def selection_as_tsv(view: QAbstractItemView) -> str:
    """The selected rows of a table or tree, columns as shown (order, hidden ones left out),
    with the column titles first; '' when nothing is selected."""
    model, header = view.model(), getattr(view, "horizontalHeader", None)
    header = header() if header else view.header()
    columns = [header.logicalIndex(v) for v in range(header.count())]
    columns = [c for c in columns if not header.isSectionHidden(c)]
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
