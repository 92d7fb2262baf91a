"""The start page of a new or empty plan: the steps of a first plan, each saying whether it is
done and going to its page, or a handover matrix to import, or the demo to look at."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

# The steps, in the order a first plan is built: the page each goes to.
STEPS = ("locations", "inventory", "actors", "funding")
DONE, STARTED, TO_DO = "done", "started", "to_do"
MARKS = {DONE: "\u2714", STARTED: "\u25d0", TO_DO: "\u25cb"}  # ✔ ◐ ○


class StartPage(QWidget):
    """What to do first in a plan; the main window shows it in front of the Inventory."""

    sig_go = Signal(str)  # the key of the page a step's button goes to
    sig_import = Signal()  # Import a handover matrix…
    sig_demo = Signal()  # Open the demo
    sig_guide = Signal()  # Help > User guide
    sig_has_content = Signal()  # the plan was empty and now holds capacities

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("start_page")
        self.steps = None  # services.first_steps.FirstSteps, once read
        self.was_empty = False
        self.status: dict[str, QLabel] = {}
        self.detail: dict[str, QLabel] = {}
        self.buttons: dict[str, QPushButton] = {}
        self._build()
        # bound methods, not lambdas: Qt drops them with the page when a language change
        # rebuilds the window (a lambda outlived the page and touched it once deleted)
        ctx.sig_data_changed.connect(self._on_data_changed)
        ctx.sig_plan_changed.connect(self._on_plan_changed)

    def _on_data_changed(self, _kinds) -> None:
        # hidden, it reads the plan only while waiting for its first capacities
        if self.isVisible() or self.was_empty:
            self.refresh()

    # --- building -------------------------------------------------------------------------

    def _build(self) -> None:
        outer = QHBoxLayout(self)
        outer.addStretch(1)
        content = QWidget()
        content.setMaximumWidth(860)  # lines a reader can follow on a wide screen
        content.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        outer.addWidget(content, 8)
        outer.addStretch(1)
        box = QVBoxLayout(content)
        box.setContentsMargins(16, 20, 16, 20)
        title = QLabel(self.tr("Start your plan"))
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        title.setFont(font)
        box.addWidget(title)
        intro = QLabel(self.tr(
            "A transition plan lists the mission's protection capacities, who takes each one "
            "over, when, and with what money. Build it in four steps, or start from a handover "
            "matrix your team already keeps in Excel."))
        intro.setWordWrap(True)
        box.addWidget(intro)
        box.addSpacing(8)
        grid = QGridLayout()
        grid.setHorizontalSpacing(14)
        grid.setVerticalSpacing(10)
        texts = self._step_texts()
        for row, key in enumerate(STEPS):
            self._add_step(grid, row, key, *texts[key])
        box.addLayout(grid)
        box.addSpacing(12)
        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        box.addWidget(line)
        other = QLabel(self.tr("Or start from what you have:"))
        box.addWidget(other)
        buttons = QHBoxLayout()
        self.import_button = self._button(
            self.tr("Import a handover matrix…"),
            self.tr("Read a handover matrix workbook (.xlsx) into this plan"), self.sig_import)
        self.demo_button = self._button(
            self.tr("Open the demo"),
            self.tr("A fictional mission with deliberate gaps, to see a finished plan"),
            self.sig_demo)
        self.guide_button = self._button(
            self.tr("Read the user guide"), self.tr("Help > User guide: a short manual"),
            self.sig_guide)
        for button in (self.import_button, self.demo_button, self.guide_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        box.addLayout(buttons)
        box.addStretch(1)

    def _step_texts(self) -> dict[str, tuple[str, str, str]]:
        """Each step's title, what it asks for, and its button."""
        return {
            "locations": (self.tr("Locations"), self.tr(
                "The provinces, districts and team sites where the mission works, with the date "
                "each site closes."), self.tr("Go to Locations")),
            "inventory": (self.tr("Capacities"), self.tr(
                "What the mission does to protect civilians at each place: patrols, alert "
                "networks, monitoring, radio, the flights others depend on."),
                self.tr("Go to Inventory")),
            "actors": (self.tr("Successors"), self.tr(
                "The organisations that take each capacity over, and for what share; map them "
                "on each capacity's Successors tab."), self.tr("Go to Successors")),
            "funding": (self.tr("Funding"), self.tr(
                "The money for each capacity or handover after the mission leaves: who pays, "
                "how much, for which period."), self.tr("Go to Funding")),
        }

    def _add_step(self, grid: QGridLayout, row: int, key: str, title: str, text: str,
                  button_text: str) -> None:
        number = QLabel(str(row + 1))
        font = number.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setWeight(QFont.Weight.Bold)
        number.setFont(font)
        number.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignHCenter)
        grid.addWidget(number, row, 0)
        words = QVBoxLayout()
        words.setSpacing(2)
        heading = QLabel(f"<b>{title}</b>")
        words.addWidget(heading)
        about = QLabel(text)
        about.setWordWrap(True)
        words.addWidget(about)
        detail = QLabel()
        detail.setObjectName(f"detail_{key}")
        detail.setWordWrap(True)
        words.addWidget(detail)
        grid.addLayout(words, row, 1)
        status = QLabel()
        status.setObjectName(f"status_{key}")
        status.setAlignment(Qt.AlignmentFlag.AlignTop)
        grid.addWidget(status, row, 2)
        button = QPushButton(button_text)
        button.setObjectName(f"step_{key}")
        button.clicked.connect(lambda _c=False, k=key: self.sig_go.emit(k))
        grid.addWidget(button, row, 3, Qt.AlignmentFlag.AlignTop)
        grid.setColumnStretch(1, 1)
        self.status[key], self.detail[key], self.buttons[key] = status, detail, button

    def _button(self, text: str, tip: str, signal) -> QPushButton:
        button = QPushButton(text)
        button.setToolTip(tip)
        button.clicked.connect(lambda _c=False: signal.emit())
        return button

    # --- showing where the plan is --------------------------------------------------------

    def _on_plan_changed(self) -> None:
        self.steps = None
        self.refresh()
        self.was_empty = self.steps is not None and not self.steps.has_content

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.refresh()

    def refresh(self) -> None:
        if self.ctx.handle is None:
            return
        # imported here: the services pull in the ORM, which the window's first paint waits for
        from transition_planner.services.first_steps import first_steps

        self.steps = steps = first_steps(self.ctx.handle)
        successors = (DONE if steps.capacities and steps.with_successor == steps.capacities
                      else STARTED if steps.with_successor or steps.actors else TO_DO)
        states = {
            "locations": (DONE if steps.locations else TO_DO,
                          self.tr("%n location(s) so far", "", steps.locations)),
            "inventory": (DONE if steps.capacities else TO_DO,
                          self.tr("%n capacity(ies) so far", "", steps.capacities)),
            "actors": (successors, self.tr(
                "{done} of {total} capacities have a successor; {actors} organisation(s) in "
                "the plan").format(done=steps.with_successor, total=steps.capacities,
                                   actors=steps.actors)),
            "funding": (DONE if steps.funding_lines else TO_DO,
                        self.tr("%n funding line(s) so far", "", steps.funding_lines)),
        }
        words = {DONE: self.tr("Done"), STARTED: self.tr("Started"), TO_DO: self.tr("To do")}
        for key, (state, detail) in states.items():
            self.status[key].setText(f"{MARKS[state]} {words[state]}")
            self.status[key].setProperty("state", state)
            self.detail[key].setText(detail)
        if self.was_empty and steps.has_content:
            self.was_empty = False
            self.sig_has_content.emit()

    def state_of(self, key: str) -> str:
        return self.status[key].property("state")
