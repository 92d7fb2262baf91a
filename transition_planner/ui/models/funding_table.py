"""The funding table and the table of totals per year and currency."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from transition_planner.services.funding_view import FundingRow, YearTotal
from transition_planner.ui.models.row_table import RowTableModel, none_last

# What a line is for, from whom, how sure, how much and when; where last (it is long).
(COL_CAPACITY, COL_DONOR, COL_SOURCE, COL_STATUS, COL_AMOUNT, COL_CURRENCY, COL_FROM, COL_TO,
 COL_SUCCESSOR, COL_LOCATION) = range(10)
UNSECURED = QColor(176, 0, 32)  # dark red: money still only required


def money(amount: Decimal, decimals: int = 2) -> str:
    """An amount with the locale's digit grouping (even where the locale leaves it out)."""
    locale = QLocale()
    locale.setNumberOptions(locale.numberOptions() & ~QLocale.NumberOption.OmitGroupSeparator)
    return locale.toString(float(amount), "f", decimals)


class FundingTableModel(RowTableModel):
    """Funding lines: what funds which capacity or successor, from whom, how surely, when."""

    CONTEXT = "FundingTableModel"
    HEADERS = (
        QT_TRANSLATE_NOOP("FundingTableModel", "Capacity"),
        QT_TRANSLATE_NOOP("FundingTableModel", "Donor"),
        QT_TRANSLATE_NOOP("FundingTableModel", "Source"),
        QT_TRANSLATE_NOOP("FundingTableModel", "Status"),
        QT_TRANSLATE_NOOP("FundingTableModel", "Amount"),
        QT_TRANSLATE_NOOP("FundingTableModel", "Currency"),
        QT_TRANSLATE_NOOP("FundingTableModel", "From"),
        QT_TRANSLATE_NOOP("FundingTableModel", "To"),
        QT_TRANSLATE_NOOP("FundingTableModel", "Successor"),
        QT_TRANSLATE_NOOP("FundingTableModel", "Location"),
    )
    NUMERIC = frozenset({COL_AMOUNT})
    UNCUT = frozenset({COL_CURRENCY, COL_FROM, COL_TO})

    def widest_text(self, column: int) -> str:
        """The largest amount, written out: the fit keeps the column this wide (a table
        measures only the rows in view, and 60,000 lines are too many to measure)."""
        if column != COL_AMOUNT or not self._rows:
            return ""
        return money(max((r.amount for r in self._rows), key=abs))

    def text(self, row: FundingRow, column: int) -> str:
        if column == COL_CAPACITY:
            return row.capacity
        if column == COL_LOCATION:
            return row.location
        if column == COL_SUCCESSOR:
            return row.successor
        if column == COL_SOURCE:
            return row.source_label
        if column == COL_DONOR:
            return row.donor
        if column == COL_STATUS:
            return row.status_label
        if column == COL_AMOUNT:
            return money(row.amount)
        if column == COL_CURRENCY:
            return row.currency
        if column == COL_FROM:
            return row.period_start.isoformat() if row.period_start else ""
        if column == COL_TO:
            return row.period_end.isoformat() if row.period_end else ""
        return ""

    def sort_key(self, row: FundingRow, column: int):
        if column == COL_AMOUNT:
            return (row.currency, row.amount)
        if column == COL_FROM:
            return none_last(row.period_start)
        if column == COL_TO:
            return none_last(row.period_end)
        if column == COL_STATUS:
            return (row.secured, row.status_label.casefold())
        return super().sort_key(row, column)

    def foreground(self, row: FundingRow, column: int):
        return QBrush(UNSECURED) if column == COL_STATUS and not row.secured else None

    def tooltip(self, row: FundingRow, column: int) -> str | None:
        if column == COL_SUCCESSOR and not row.successor:
            return QCoreApplication.translate("FundingTableModel",
                                              "Funds the capacity whoever runs it")
        if column in (COL_FROM, COL_TO) and not self.text(row, column):
            return QCoreApplication.translate("FundingTableModel",
                                              "Open: the plan's horizon applies")
        if column == COL_CAPACITY and row.notes:
            return f"{row.capacity}\n{row.notes}"
        return self.text(row, column) or None


class _TotalRow:
    """A YearTotal with the `id` the base model finds rows by."""

    __slots__ = ("id", "total")

    def __init__(self, total: YearTotal):
        self.id, self.total = f"{total.year}-{total.currency}", total


class FundingTotalsModel(RowTableModel):
    """Totals per year and currency: one column per funding status, then secured and total."""

    CONTEXT = "FundingTotalsModel"
    FIXED = (
        QT_TRANSLATE_NOOP("FundingTotalsModel", "Year"),
        QT_TRANSLATE_NOOP("FundingTotalsModel", "Currency"),
    )
    TAIL = (
        QT_TRANSLATE_NOOP("FundingTotalsModel", "Secured"),
        QT_TRANSLATE_NOOP("FundingTotalsModel", "Total"),
    )

    def __init__(self, parent=None):
        super().__init__(parent)
        self._statuses: list[tuple[str, str]] = []  # (code, label) in lifecycle order
        self.HEADERS = self.FIXED + self.TAIL

    def set_totals(self, totals: list[YearTotal], statuses: list[tuple[str, str]]) -> None:
        self.beginResetModel()
        self._statuses = list(statuses)
        self.HEADERS = self.FIXED + tuple(label for _, label in statuses) + self.TAIL
        self.endResetModel()
        self.set_rows([_TotalRow(t) for t in totals])

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        status = section - len(self.FIXED)
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= status < len(self._statuses)):
            return self._statuses[status][1]  # a taxonomy label, in the window's language already
        return super().headerData(section, orientation, role)

    def totals(self) -> list[YearTotal]:
        return [r.total for r in self._rows]

    def _value(self, row: _TotalRow, column: int):
        total = row.total
        if column == 0:
            return total.year
        if column == 1:
            return total.currency
        status_index = column - len(self.FIXED)
        if 0 <= status_index < len(self._statuses):
            return total.by_status.get(self._statuses[status_index][0], Decimal(0))
        return total.secured if column == len(self.HEADERS) - 2 else total.total

    def text(self, row: _TotalRow, column: int) -> str:
        value = self._value(row, column)
        if column == 0:
            return str(value)
        if column == 1:
            return value
        return money(value, 0) if value else ""  # totals of spread amounts: whole units

    def sort_key(self, row: _TotalRow, column: int):
        value = self._value(row, column)
        return (value, row.total.currency) if column == 0 else (value, row.total.year)

    def header_tooltip(self, section: int) -> str | None:
        return QCoreApplication.translate(
            "FundingTotalsModel", "Rounded to whole units; lines are spread over the months of "
            "their period")

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if (role == Qt.ItemDataRole.TextAlignmentRole and index.isValid()
                and index.column() >= len(self.FIXED)):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return super().data(index, role)
