"""Paste an indicator's values copied from a spreadsheet: each row (a date, a value, maybe a
source) is read and checked before anything changes; refused rows are shown with the reason
and left out; the good ones are added in one undo step."""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from transition_planner.domain.parse import ParseError, parse_date, parse_number
from transition_planner.services import monitoring
from transition_planner.services.errors import InvalidInput, ServiceError
from transition_planner.services.plans import validate
from transition_planner.services.schemas import IndicatorValueCreate
from transition_planner.ui.context import MONITORING
from transition_planner.ui.errors import problem_text
from transition_planner.ui.tables import read_tsv
from transition_planner.ui.undo import do_create

translate = QCoreApplication.translate


class PastedValue(NamedTuple):
    number: int  # its line in the pasted text
    cells: tuple[str, str, str]  # date, value, source as pasted
    values: dict  # measured_on, value, source for the service
    problem: str  # '' when the row can be added


class PastedValues(NamedTuple):
    rows: list[PastedValue]
    header: bool  # the first line was column titles, not a value
    problem: str  # what makes the whole text unusable


def _is_value_row(cells: list[str], decimal: str) -> bool:
    try:
        return parse_date(cells[0]) is not None and parse_number(
            cells[1] if len(cells) > 1 else "", decimal=decimal) is not None
    except ParseError:
        return False


def read_values(text: str, decimal: str = ".") -> PastedValues:
    """Rows of (date, value[, source]) from spreadsheet text; a first line of titles is
    skipped. Dates as 2026-08-31 or 31/08/2026; numbers as the language writes them."""
    table = read_tsv(text or "")
    if not table:
        return PastedValues([], False, translate(
            "PasteValues", "The clipboard holds no rows. Copy two columns in a spreadsheet: "
            "the date and the value (a third column may say where it comes from)."))
    header = not _is_value_row(table[0], decimal) and len(table) > 1
    rows = []
    for number, line in enumerate(table[1:] if header else table, start=2 if header else 1):
        cells = (*line[:3], "", "", "")[:3]
        rows.append(_row(number, cells, len(line), decimal))
    return PastedValues(rows, header, "")


def _row(number: int, cells: tuple[str, str, str], width: int, decimal: str) -> PastedValue:
    day_text, value_text, source = cells
    if width < 2 or not value_text:
        return PastedValue(number, cells, {}, translate(
            "PasteValues", "a row needs a date and a value"))
    problems, values = [], {"source": source}
    try:
        values["measured_on"] = parse_date(day_text)
        if values["measured_on"] is None:
            problems.append(translate("PasteValues", "no date"))
    except ParseError:
        problems.append(translate("PasteValues", "“{text}” is not a date (write 2026-08-31 "
                                  "or 31/08/2026)").format(text=day_text))
    try:
        number_value = parse_number(value_text, decimal=decimal)
        values["value"] = float(number_value)
    except ParseError:
        problems.append(translate("PasteValues", "“{text}” is not a number").format(
            text=value_text))
    if not problems:
        try:
            validate(IndicatorValueCreate, {"indicator_id": "-", **values})
        except InvalidInput as refused:
            problems += [f"{k}: {problem_text(v)}" for k, v in refused.problems.items()]
    return PastedValue(number, cells, values, "; ".join(problems))


def add_pasted_values(ctx, indicator, rows: list[PastedValue]) -> list[str]:
    """Add the accepted rows to the indicator in one undo step; their ids."""
    handle, stack, added = ctx.handle, ctx.undo_stack, []
    good = [r for r in rows if not r.problem]
    stack.beginMacro(translate("PasteValues", "Paste {n} values of {name}").format(
        n=len(good), name=indicator.name))
    try:
        for row in good:
            data = {"indicator_id": indicator.id, **row.values}
            value = do_create(ctx, indicator.name,
                              lambda data=data: monitoring.add_value(handle, data),
                              lambda i: monitoring.delete_value(handle, i), MONITORING)
            added.append(value.id)
    except ServiceError:
        stack.endMacro()
        stack.undo()  # all or nothing, as the preview promised
        raise
    stack.endMacro()
    return added


class PasteValuesDialog(QDialog):
    """The pasted values as they will be added, the refused ones in red with the reason."""

    def __init__(self, ctx, indicator, pasted: PastedValues, parent=None):
        super().__init__(parent)
        self.ctx, self.indicator, self.pasted = ctx, indicator, pasted
        self.added: list[str] = []
        self.setObjectName("paste_values_dialog")
        self.setWindowTitle(self.tr("Paste values of %1").replace("%1", indicator.name))
        self.resize(640, 400)
        layout = QVBoxLayout(self)
        good = [r for r in pasted.rows if not r.problem]
        bad = len(pasted.rows) - len(good)
        text = pasted.problem or self.tr("%n values will be added.", "", len(good))
        if bad and not pasted.problem:
            text += " " + self.tr("%n rows are refused (in red) and will be left out.", "",
                                  bad)
        if pasted.header:
            text += " " + self.tr("The first line holds column titles: it is skipped.")
        self.summary = QLabel(text)
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.table = self._table(pasted)
        layout.addWidget(self.table, 1)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")
        self.error.hide()
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("&Add %n values", "", len(good)))
        self.ok.setEnabled(bool(good))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _table(self, pasted: PastedValues) -> QTableWidget:
        headers = [self.tr("Line"), self.tr("Date"), self.tr("Value"), self.tr("Source"),
                   self.tr("Problem")]
        table = QTableWidget(len(pasted.rows), len(headers), self)
        table.setObjectName("paste_values_preview")
        table.setHorizontalHeaderLabels(headers)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.verticalHeader().hide()
        table.horizontalHeader().setStretchLastSection(True)
        red = QBrush(QColor("#b00020"))
        for r, row in enumerate(pasted.rows):
            for c, text in enumerate((str(row.number), *row.cells, row.problem)):
                item = QTableWidgetItem(text)
                if row.problem:
                    item.setForeground(red)
                    item.setToolTip(row.problem)
                table.setItem(r, c, item)
        table.resizeColumnsToContents()
        return table

    def refused_lines(self) -> list[int]:
        return [row.number for row in self.pasted.rows if row.problem]

    def accept(self) -> None:
        try:
            self.added = add_pasted_values(self.ctx, self.indicator, self.pasted.rows)
        except ServiceError as exc:
            self.error.setText(str(exc))
            self.error.show()
            return
        super().accept()
