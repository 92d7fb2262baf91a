"""A successor's readiness for one handover: seven dimensions scored with evidence, a badge."""

from __future__ import annotations

from datetime import date
from html import escape

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from transition_planner.domain import taxonomy as tx
from transition_planner.services import handovers
from transition_planner.services.errors import InvalidInput, ServiceError
from transition_planner.ui.charts.text import day_text
from transition_planner.ui.context import READINESS
from transition_planner.ui.errors import problem_text
from transition_planner.ui.models.labels import TermLabels
from transition_planner.ui.undo import do_create, do_delete, do_update
from transition_planner.ui.widgets.date_field import DateField
from transition_planner.ui.widgets.fields import ErrorLabel, fill_combo

# Badge colours with white text: each passes WCAG AA contrast (4.5:1) on its own background.
BADGE_COLOURS = {"ready": "#2e7d32", "not_ready": "#b71c1c", "partial": "#8a5300",
                 "none": "#5f6368"}


translate = QCoreApplication.translate  # lupdate finds translate("Context", "text")
LEGAL_AUTHORITY = "willingness"  # the dimension "willingness and mandate/legal authority"


def summary(scores: dict[str, int], dimensions: int, threshold: int) -> tuple[str, str]:
    """(state, text) of the badge: ready, not_ready, partial or none."""
    if not scores:
        return "none", translate("ReadinessPanel", "Not assessed")
    weak = [d for d, s in scores.items() if s < threshold]
    if weak:
        text = translate("ReadinessPanel",
                         "Not ready: {count} of {total} dimensions below {threshold}")
        return "not_ready", text.format(count=len(weak), total=dimensions, threshold=threshold)
    if len(scores) < dimensions:
        text = translate("ReadinessPanel", "Partly assessed: {count} of {total} dimensions scored")
        return "partial", text.format(count=len(scores), total=dimensions)
    text = translate("ReadinessPanel", "Ready: lowest score {score}/5 (threshold {threshold})")
    return "ready", text.format(score=min(scores.values()), threshold=threshold)


class DimensionRow:
    """The widgets of one readiness dimension in the grid."""

    def __init__(self, code: str, label: str):
        self.code, self.label = code, label
        self.title = QLabel(label)
        self.title.setWordWrap(True)
        self.title.setAlignment(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignTop)
        self.score = QComboBox()
        self.confidence = QComboBox()
        self.evidence = QLineEdit()
        self.assessed_on = DateField()
        self.error = ErrorLabel()
        for widget, what in ((self.score, translate("ReadinessPanel", "score")),
                             (self.confidence, translate("ReadinessPanel", "confidence")),
                             (self.evidence, translate("ReadinessPanel", "evidence")),
                             (self.assessed_on, translate("ReadinessPanel", "date assessed"))):
            widget.setAccessibleName(f"{label}: {what}")
        self.score.setObjectName(f"readiness_{code}_score")
        self.confidence.setObjectName(f"readiness_{code}_confidence")
        self.evidence.setObjectName(f"readiness_{code}_evidence")
        self.assessed_on.setObjectName(f"readiness_{code}_date")
        self.title.setBuddy(self.score)
        self.evidence.setPlaceholderText(translate("ReadinessPanel", "What the score rests on"))
        self.stored: dict | None = None  # the saved score, as service input plus its id

    def values(self) -> dict:
        return {"dimension": self.code, "score": self.score.currentData(),
                "confidence": self.confidence.currentData(),
                "evidence": self.evidence.text().strip(),
                "assessed_on": self.assessed_on.value()}

    def show(self, stored: dict | None) -> None:
        self.stored = stored
        for widget in (self.score, self.confidence, self.evidence, self.assessed_on):
            widget.blockSignals(True)
        self.score.setCurrentIndex(self.score.findData(stored["score"] if stored else None))
        confidence = self.confidence.findData(stored["confidence"] if stored else "medium")
        self.confidence.setCurrentIndex(max(confidence, 0))
        self.evidence.setText(stored["evidence"] if stored else "")
        self.evidence.setCursorPosition(0)
        self.evidence.setToolTip(self.evidence.text())
        day = stored["assessed_on"] if stored else None
        self.assessed_on.set_value(day)
        for widget in (self.score, self.confidence, self.evidence, self.assessed_on):
            widget.blockSignals(False)
        self.error.show_problem("")


def _comparable(values: dict) -> tuple:
    day = values.get("assessed_on")
    return (values["score"], values["confidence"], values["evidence"],
            day.isoformat() if isinstance(day, date) else day)


class ReadinessPanel(QWidget):
    """The Readiness tab: choose a successor, score each dimension 1-5, read the badge."""

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.labels = TermLabels()
        self.threshold = 3
        self.capacity_name = ""
        self.rows: dict[str, DimensionRow] = {}
        self.agreements: dict[str, tuple] = {}  # handover id -> (state, reference, date)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        chooser = QLabel(self.tr("Successor:"))
        self.handover_choice = QComboBox()
        self.handover_choice.setAccessibleName(self.tr("Handover whose readiness is shown"))
        self.handover_choice.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.handover_choice.setMinimumContentsLength(18)
        chooser.setBuddy(self.handover_choice)
        self.handover_choice.currentIndexChanged.connect(lambda _i: self._load_scores())
        top.addWidget(chooser)
        top.addWidget(self.handover_choice, 1)
        outer.addLayout(top)
        self.badge = QLabel()
        self.badge.setObjectName("readiness_badge")
        self.badge.setAccessibleName(self.tr("Readiness summary"))
        self.badge.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        outer.addWidget(self.badge)
        self.empty = QLabel(self.tr("Map a successor on the Successors tab to assess its "
                                    "readiness."))
        self.empty.setWordWrap(True)
        outer.addWidget(self.empty)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.grid_box = QWidget()
        scroll.setWidget(self.grid_box)
        self.grid = QGridLayout(self.grid_box)
        outer.addWidget(scroll, 1)
        self._set_badge("none", translate("ReadinessPanel", "Not assessed"))

    # --- loading ---------------------------------------------------------------------------

    def set_choices(self, labels: TermLabels, threshold: int) -> None:
        self.labels, self.threshold = labels, threshold
        if not self.rows or [r.code for r in self.rows.values()] != labels.taxonomy.codes(
                tx.READINESS_DIMENSION):
            self._build_grid()
        for row in self.rows.values():
            scores = [(None, self.tr("not scored"))] + [
                (n, f"{n} – {word}") for n, word in (
                    (1, self.tr("not ready")), (2, self.tr("weak")), (3, self.tr("partly ready")),
                    (4, self.tr("mostly ready")), (5, self.tr("fully ready")))]
            fill_combo(row.score, scores)
            fill_combo(row.confidence, labels.choices(tx.CONFIDENCE))

    def _build_grid(self) -> None:
        while self.grid.count():
            item = self.grid.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        self.rows = {}
        # Each dimension takes two lines: its scores, then the evidence at full width.
        for col, title in enumerate((self.tr("Dimension"), self.tr("Score"),
                                     self.tr("Confidence"), self.tr("Assessed on"))):
            self.grid.addWidget(QLabel(f"<b>{title}</b>"), 0, col)
        for n, (code, label) in enumerate(self.labels.choices(tx.READINESS_DIMENSION)):
            row = DimensionRow(code, label)
            line = 1 + 3 * n
            self.grid.addWidget(row.title, line, 0, 2, 1)  # beside its scores and evidence
            for col, widget in enumerate((row.score, row.confidence, row.assessed_on), start=1):
                self.grid.addWidget(widget, line, col)
            self.grid.addWidget(row.evidence, line + 1, 1, 1, 3)
            self.grid.addWidget(row.error, line + 2, 1, 1, 3)
            row.score.activated.connect(lambda _i, r=row: self.commit(r.code))
            row.confidence.activated.connect(lambda _i, r=row: self.commit(r.code))
            row.evidence.editingFinished.connect(lambda r=row: self.commit(r.code))
            row.assessed_on.editingFinished.connect(lambda r=row: self.commit(r.code))
            self.rows[code] = row
        self.grid.setColumnStretch(0, 2)
        self.grid.setColumnStretch(1, 2)
        self.grid.setColumnStretch(2, 1)
        self.grid.setColumnStretch(3, 1)
        self.grid.setRowStretch(1 + 3 * len(self.rows), 1)

    def show_handovers(self, capacity_name: str, handover_rows, selected: str | None) -> None:
        """The capacity's handovers to choose from; the one chosen here stays chosen while it
        remains (a score saved re-reads the panel), else `selected` is shown."""
        self.capacity_name = capacity_name
        self.agreements = {r.id: (r.values.get("agreement_status"), r.values.get("agreement_ref"),
                                  r.values.get("agreement_date")) for r in handover_rows}
        current = self.handover_choice.currentData()
        keep = current if any(r.id == current for r in handover_rows) else selected
        fill_combo(self.handover_choice, [(r.id, r.actor) for r in handover_rows], keep=False)
        index = self.handover_choice.findData(keep)
        self.handover_choice.blockSignals(True)
        self.handover_choice.setCurrentIndex(index if index >= 0 else
                                             (0 if handover_rows else -1))
        self.handover_choice.blockSignals(False)
        self._load_scores()

    def select(self, handover_id: str | None) -> None:
        index = self.handover_choice.findData(handover_id)
        if index >= 0 and index != self.handover_choice.currentIndex():
            self.handover_choice.setCurrentIndex(index)

    def handover_id(self) -> str | None:
        return self.handover_choice.currentData()

    def _load_scores(self) -> None:
        handover_id = self.handover_id()
        has = handover_id is not None
        self.grid_box.setEnabled(has)
        self.handover_choice.setEnabled(has)
        self.empty.setVisible(not has)
        stored = {}
        if has:
            for score in handovers.readiness_of(self.ctx.handle, handover_id):
                stored[score.dimension] = {
                    "id": score.id, "dimension": score.dimension, "score": score.score,
                    "confidence": score.confidence, "evidence": score.evidence,
                    "assessed_on": score.assessed_on}
        for code, row in self.rows.items():
            row.show(stored.get(code))
        self._show_agreement(handover_id)
        scores = {code: s["score"] for code, s in stored.items()}
        self._set_badge(*summary(scores, len(self.rows), self.threshold))

    def _show_agreement(self, handover_id: str | None) -> None:
        """The legal-authority dimension says what the handover's agreement is: the gap rules
        flag a handover begun without a signed one."""
        row = self.rows.get(LEGAL_AUTHORITY)
        if row is None:
            return
        state, ref, day = self.agreements.get(handover_id, (None, "", None))
        if handover_id is None or state is None:
            row.title.setText(row.label)
            return
        if state == "signed":
            text = self.tr("Agreement signed") + (f": {escape(ref)}" if ref else "")
            if day:
                text += f" ({day_text(day)})"
        elif state == "draft":
            text = self.tr("Agreement only drafted: nothing signed gives the authority yet")
        else:
            text = self.tr("No agreement recorded: nothing written gives the authority yet")
        row.title.setText(f"{escape(row.label)}<br><small>{text}</small>")

    def _set_badge(self, state: str, text: str) -> None:
        self.badge.setText(text)
        self.badge.setProperty("state", state)
        self.badge.setStyleSheet(
            f"background: {BADGE_COLOURS[state]}; color: white; font-weight: bold;"
            "padding: 3px 8px; border-radius: 4px;")

    def badge_state(self) -> str:
        return self.badge.property("state")

    # --- editing ---------------------------------------------------------------------------

    def commit(self, code: str) -> bool:
        """Save one dimension as shown: add, change or clear its score (one undo step)."""
        row, handover_id = self.rows[code], self.handover_id()
        if handover_id is None:
            return False
        values, stored = row.values(), row.stored
        if row.assessed_on.problem():
            row.error.show_problem(f"{self.tr('Assessed on')}: {row.assessed_on.problem()}")
            return False
        handle = self.ctx.handle
        actor = self.handover_choice.currentText()
        if values["score"] is None:
            if stored is None:
                untouched = (values["evidence"], values["assessed_on"]) == ("", None)
                row.error.show_problem("" if untouched else self.tr(
                    "Choose a score from 1 to 5 first: evidence and date belong to a score."))
                return False
            text = self.tr("Clear {dimension} readiness of {actor}").format(
                dimension=row.label, actor=actor)
            return self._run(row, lambda: do_delete(
                self.ctx, text, lambda: handovers.delete_readiness(handle, stored["id"]),
                READINESS))
        text = self.tr("Score {dimension} readiness of {actor}: {score}/5").format(
            dimension=row.label, actor=actor, score=values["score"])
        if stored is None:
            return self._run(row, lambda: do_create(
                self.ctx, text, lambda: handovers.set_readiness(handle, handover_id, values),
                lambda score_id: handovers.delete_readiness(handle, score_id), READINESS))
        old = {k: v for k, v in stored.items() if k != "id"}
        if _comparable(old) == _comparable(values):
            row.error.show_problem("")
            return False
        return self._run(row, lambda: do_update(
            self.ctx, text, lambda v: handovers.set_readiness(handle, handover_id, v), old,
            values, READINESS))

    def _run(self, row: DimensionRow, action) -> bool:
        try:
            action()
        except InvalidInput as exc:
            names = {"score": self.tr("Score"), "confidence": self.tr("Confidence"),
                     "evidence": self.tr("Evidence"), "assessed_on": self.tr("Assessed on")}
            row.error.show_problem("; ".join(
                f"{names.get(k, k)}: {problem_text(m)}" for k, m in exc.problems.items()))
            return False
        except ServiceError as exc:
            row.error.show_problem(str(exc))
            return False
        row.error.show_problem("")
        return True
