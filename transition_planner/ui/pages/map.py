"""The Map page: provinces from the gazetteer's boundaries and team sites as points, coloured
by uncovered capacity-months or by the month coverage first falls, with a month slider that
replays the withdrawal. Offline: everything is drawn by Qt from the plan file."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QKeySequence,
    QPainter,
    QPainterPath,
    QPalette,
    QPen,
    QPolygonF,
    QShortcut,
)
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QGraphicsEllipseItem,
    QGraphicsItem,
    QGraphicsPathItem,
    QGraphicsScene,
    QGraphicsSimpleTextItem,
    QGraphicsView,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QSlider,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from transition_planner.domain import audience as aud
from transition_planner.domain import taxonomy as tx
from transition_planner.services import maps
from transition_planner.ui.charts.text import month_text, number
from transition_planner.ui.context import CAPACITY, FUNDING, HANDOVER, LOCATION, PLAN, READINESS
from transition_planner.ui.models.labels import TermLabels
from transition_planner.ui.models.loader import BackgroundLoader
from transition_planner.ui.pages.plan_page import ui_language

NO_GAP, NO_DATA, RAMP = maps.NO_GAP_COLOUR, maps.NO_DATA_COLOUR, maps.RAMP
BORDER, OUTLINE = "#8C8C8C", "#333333"
POINT_RADIUS = 5.0  # pixels, whatever the zoom
MAX_LABELS = 40
PLAY_MS = 450  # one month of the replay
KINDS = frozenset({PLAN, LOCATION, CAPACITY, HANDOVER, READINESS, FUNDING})
AUDIENCES = (aud.INTERNAL, aud.CLUSTER, aud.DONOR)
colour_of = maps.colour_of


@dataclass(frozen=True)
class Request:
    """What to draw: which plan file, for whom, which level filled."""

    path: Path
    user: str
    audience: str
    fill_level: int | None


@dataclass
class Loaded:
    """A map view and its areas' painter paths, made in the worker thread (paths are plain
    values in Qt, safe to build off the GUI thread; that is most of a first draw's work)."""

    view: maps.MapView
    paths: dict[int, QPainterPath]  # id(area) -> path


def with_paths(view: maps.MapView) -> Loaded:
    return Loaded(view, {id(a): _path(a.polygons) for a in (*view.areas, *view.outlines)})


def load(request: Request) -> Loaded:
    """Open the plan anew in the worker thread (its own engine) and build the map."""
    from transition_planner.services import gaps, plans

    handle = plans.open_plan(request.path, user=request.user)
    try:
        report = gaps.compute(handle)
        return with_paths(maps.map_view(handle, report, request.audience, request.fill_level))
    finally:
        handle.file.engine.dispose()  # no checkpoint: the window's own handle owns the file


# --- the drawing ---------------------------------------------------------------------------


class _Shape:
    """What a drawn item stands for: an area or a place."""

    def __init__(self, kind: str, record):
        self.kind, self.record = kind, record


class MapCanvas(QGraphicsView):
    """The map itself: areas as paths in projected kilometres (north up), places as points of
    a fixed size on screen. Zoom with the wheel or + and -, 0 fits the country again."""

    sig_picked = Signal(object)  # the area or place clicked
    sig_hovered = Signal(str)  # the figures of what is under the mouse ("" when nothing)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("map_canvas")
        scene = QGraphicsScene(self)
        # a few thousand items: a linear search for the hovered one beats keeping a BSP tree
        scene.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.NoIndex)
        self.setScene(scene)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setBackgroundBrush(QColor("#FAFBFC"))
        self.setMouseTracking(True)
        self.view: maps.MapView | None = None
        self.area_items: list[QGraphicsPathItem] = []
        self.place_items: list[QGraphicsEllipseItem] = []
        self.describe = lambda shape: ""  # set by the page: the text of an item's figures
        self._pressed_at = None
        self._fitted = True
        self._brushes: dict[str, QBrush] = {}
        self._open_pen = QPen(QColor(OUTLINE), 1.2)
        self._open_pen.setCosmetic(True)
        self._closed_pen = QPen(self._open_pen)
        self._closed_pen.setStyle(Qt.PenStyle.DashLine)

    def set_view(self, loaded: Loaded) -> None:
        """Build the items of a map (first draw); colours come with recolour()."""
        view, paths = loaded.view, loaded.paths
        scene = self.scene()
        scene.clear()
        self.view = view
        self.area_items, self.place_items = [], []
        pen = QPen(QColor(BORDER), 0)  # cosmetic: one pixel at any zoom
        for area in view.areas:
            item = scene.addPath(paths[id(area)], pen, QBrush(QColor(NO_DATA)))
            item.setData(0, _Shape("area", area))
            self.area_items.append(item)
        for area in view.outlines:
            outline = QPen(QColor(OUTLINE), 2.2 if area.level == 0 else 1.6)
            outline.setCosmetic(True)
            item = scene.addPath(paths[id(area)], outline, QBrush(Qt.BrushStyle.NoBrush))
            item.setZValue(1)
            item.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        if len(view.areas) <= MAX_LABELS:
            from transition_planner.reports.map import area_label_point

            for area in view.areas:
                middle = area_label_point(area)
                if middle is not None:
                    self._label(area.name, middle[0], -middle[1], centred=True, bold=True)
        point_pen = self._open_pen
        r = POINT_RADIUS
        for place in view.places:
            item = QGraphicsEllipseItem(-r, -r, 2 * r, 2 * r)
            item.setPos(place.x, -place.y)
            item.setPen(point_pen)
            item.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
            item.setZValue(3)
            item.setData(0, _Shape("place", place))
            scene.addItem(item)
            self.place_items.append(item)
            if len(view.places) <= MAX_LABELS:
                self._label(place.name, place.x, -place.y, offset=QPointF(r + 3, -8))
        if view.bounds is not None:
            b = view.bounds
            margin = max(b.width, b.height) * 0.03 + 1
            scene.setSceneRect(QRectF(b.x0 - margin, -b.y1 - margin, b.width + 2 * margin,
                                      b.height + 2 * margin))
        self._fitted = True
        self.fit()

    def _label(self, text: str, x: float, y: float, offset: QPointF | None = None,
               centred: bool = False, bold: bool = False) -> None:
        label = QGraphicsSimpleTextItem(text)
        font = label.font()
        font.setPointSizeF(font.pointSizeF() * (0.92 if bold else 0.82))
        font.setBold(bold)
        label.setFont(font)
        label.setBrush(QColor("#1A1A1A"))
        halo = QPen(QColor(255, 255, 255, 200), 2.6)
        label.setPen(halo)  # a light outline keeps names readable over dark fills
        label.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
        label.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        label.setZValue(4)
        box = label.boundingRect()
        label.setPos(x, y)
        shift = QPointF(-box.width() / 2, -box.height() / 2) if centred else offset
        label.setTransform(label.transform().translate(shift.x(), shift.y()))
        self.scene().addItem(label)
        # halo under the glyphs: draw the same text again without pen on top
        top = QGraphicsSimpleTextItem(text, None)
        top.setFont(font)
        top.setBrush(QColor("#1A1A1A"))
        top.setFlags(label.flags())
        top.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        top.setZValue(5)
        top.setPos(label.pos())
        top.setTransform(label.transform())
        self.scene().addItem(top)

    def recolour(self, colours_of) -> None:
        """Give every area and place its colour: colours_of(shape) -> (fill, closed)."""
        brushes = self._brushes
        for item in self.area_items:
            fill, _closed = colours_of(item.data(0))
            if item.data(1) != fill:  # an unchanged item costs Qt no repaint
                item.setData(1, fill)
                item.setBrush(brushes.get(fill) or brushes.setdefault(fill, QBrush(QColor(fill))))
        for item in self.place_items:
            fill, closed = colours_of(item.data(0))
            if item.data(1) != fill:
                item.setData(1, fill)
                item.setBrush(brushes.get(fill) or brushes.setdefault(fill, QBrush(QColor(fill))))
            if item.data(2) != closed:  # a site the mission has left: a dashed ring
                item.setData(2, closed)
                item.setPen(self._closed_pen if closed else self._open_pen)

    # --- zoom, hover, click ------------------------------------------------------------------

    def fit(self) -> None:
        rect = self.scene().sceneRect()
        if rect.width() > 0 and rect.height() > 0:
            self.fitInView(rect, Qt.AspectRatioMode.KeepAspectRatio)
        self._fitted = True

    def zoom(self, factor: float) -> None:
        self.scale(factor, factor)
        self._fitted = False

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self._fitted:
            self.fit()

    def wheelEvent(self, event) -> None:
        self.zoom(1.2 if event.angleDelta().y() > 0 else 1 / 1.2)

    def keyPressEvent(self, event) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoom(1.25)
        elif key == Qt.Key.Key_Minus:
            self.zoom(0.8)
        elif key == Qt.Key.Key_0:
            self.fit()
        else:
            super().keyPressEvent(event)

    def shape_at(self, pos) -> _Shape | None:
        """The place (first) or area under a point of the viewport."""
        found = None
        for item in self.items(pos):
            shape = item.data(0)
            if isinstance(shape, _Shape):
                if shape.kind == "place":
                    return shape
                found = found or shape
        return found

    def viewportEvent(self, event) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            shape = self.shape_at(event.pos())
            if shape is None:
                QToolTip.hideText()
            else:
                QToolTip.showText(event.globalPos(), self.describe(shape), self)
            return True
        return super().viewportEvent(event)

    def mouseMoveEvent(self, event) -> None:
        super().mouseMoveEvent(event)
        shape = self.shape_at(event.position().toPoint())
        self.sig_hovered.emit(self.describe(shape) if shape else "")

    def mousePressEvent(self, event) -> None:
        self._pressed_at = event.position().toPoint()
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event) -> None:
        super().mouseReleaseEvent(event)
        pos = event.position().toPoint()
        if (self._pressed_at is not None and event.button() == Qt.MouseButton.LeftButton
                and (pos - self._pressed_at).manhattanLength() < 5):  # a click, not a drag
            shape = self.shape_at(pos)
            if shape is not None:
                self.sig_picked.emit(shape)
        self._pressed_at = None


def _path(polygons) -> QPainterPath:
    """Rings as one path, y flipped to the screen's downward axis; holes by the odd-even rule."""
    path = QPainterPath()
    path.setFillRule(Qt.FillRule.OddEvenFill)
    for polygon in polygons:
        for ring in polygon:
            if len(ring) >= 3:
                path.addPolygon(QPolygonF([QPointF(x, -y) for x, y in ring]))
                path.closeSubpath()
    return path


class MapLegend(QWidget):
    """The colour scale under the map (painted again into exported images)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("map_legend")
        self.setMinimumHeight(28)
        self.title, self.low, self.high = "", "", ""
        self.measure = maps.UNCOVERED
        self.notes = ("", "")

    def set_scale(self, measure: str, title: str, low: str, high: str, notes) -> None:
        self.measure, self.title, self.low, self.high, self.notes = (
            measure, title, low, high, notes)
        self.update()

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        paint_legend(self, painter, QRectF(self.rect()))

    def sizeHint(self):
        size = super().sizeHint()
        size.setHeight(28)
        return size


def paint_legend(legend: MapLegend, painter: QPainter, rect: QRectF,
                 ink: QColor | None = None) -> None:
    """The title, swatches for covered and no capacity, the ramp between its end labels and
    the sign of a site the mission has left; mirrored right to left. `ink`: the colour of its
    words and rings (the window's text colour on screen, dark on a saved map's white)."""
    ink = ink or legend.palette().color(QPalette.ColorRole.WindowText)
    box = 14
    y = rect.top() + (rect.height() - box) / 2
    bold = painter.font()
    bold.setBold(True)
    plain = painter.font()
    plain.setBold(False)
    items = [("text", legend.title, bold)]  # (kind, text or colour, font)
    for colour, text in ((NO_GAP, legend.notes[0]), (NO_DATA, legend.notes[1])):
        items += [("swatch", colour, None), ("text", text, plain)]
    items.append(("text", legend.low, plain))
    ramp = RAMP[::-1] if legend.measure == maps.FIRST_GAP else RAMP
    items += [("ramp", colour, None) for colour in ramp]
    items.append(("text", legend.high, plain))
    if len(legend.notes) > 2:
        items += [("ring", "", None), ("text", legend.notes[2], plain)]
    rtl = legend.layoutDirection() == Qt.LayoutDirection.RightToLeft
    x = 6.0
    for kind, value, font in items:
        if kind == "text":
            painter.setFont(font)
            width = painter.fontMetrics().horizontalAdvance(value) + 10
        else:
            width = box * 1.6 if kind == "ramp" else box + 4
        left = rect.right() - x - width if rtl else rect.left() + x
        if kind == "text":
            painter.setPen(ink)
            painter.drawText(QPointF(left + (10 if rtl else 0), y + box - 3), value)
        elif kind == "ring":
            pen = QPen(ink, 1.2, Qt.PenStyle.DashLine)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawEllipse(QRectF(left + 1, y + 1, box - 2, box - 2))
        else:
            painter.setPen(QColor(BORDER) if kind == "swatch" else Qt.PenStyle.NoPen)
            painter.setBrush(QColor(value))
            painter.drawRect(QRectF(left, y, box * 1.6 if kind == "ramp" else box, box))
        x += width + (0 if kind == "ramp" else 4)


# --- the page ------------------------------------------------------------------------------


class MapPage(QWidget):
    """Where and when coverage falls, on a map of the host country."""

    sig_show_inventory = Signal(dict)  # the capacities of the area or place clicked
    sig_message = Signal(str)

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.view: maps.MapView | None = None
        self.labels = TermLabels()
        self.redraws = 0  # recolourings since the page was built (a redraw per slider move)
        self._stale = True
        self._tallies: dict[int, maps.Tally] = {}
        self._tally_key = None
        self.loader = BackgroundLoader(load, self)
        self.loader.sig_loaded.connect(self._on_loaded)
        self.loader.sig_failed.connect(self._on_failed)
        self.play_timer = QTimer(self)
        self.play_timer.setInterval(PLAY_MS)
        self.play_timer.timeout.connect(self._next_month)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(self._build_controls())
        layout.addLayout(self._build_filters())
        self.canvas = MapCanvas(self)
        self.canvas.describe = self.describe
        self.canvas.sig_picked.connect(self.show_in_inventory)
        self.canvas.sig_hovered.connect(self._on_hovered)
        layout.addWidget(self.canvas, 1)
        self.legend = MapLegend(self)
        layout.addWidget(self.legend)
        layout.addLayout(self._build_slider())
        self.hover = QLabel()
        self.hover.setObjectName("map_hover")
        self.hover.setWordWrap(True)
        # long figures wrap instead of widening the page past the window
        self.hover.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        layout.addWidget(self.hover)
        self.empty = QLabel(self.tr(
            "No location of this plan is on a map yet. Import the country's gazetteer and "
            "boundaries (the COD-AB files OCHA publishes for each country, as CSV or XLSX and "
            "GeoJSON or a zipped shapefile), or type the coordinates of team sites on the "
            "Locations page."))
        self.empty.setObjectName("map_empty")
        self.empty.setWordWrap(True)
        self.empty.hide()
        layout.insertWidget(2, self.empty)
        QShortcut(QKeySequence("Ctrl+Right"), self, lambda: self.step(1))
        QShortcut(QKeySequence("Ctrl+Left"), self, lambda: self.step(-1))
        ctx.sig_plan_changed.connect(self._on_plan_changed)
        ctx.sig_data_changed.connect(self._on_data_changed)
        self._on_plan_changed()

    # --- building ----------------------------------------------------------------------------

    def _combo(self, name: str, accessible: str) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(name)
        combo.setAccessibleName(accessible)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        return combo

    def _build_controls(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.measure_combo = self._combo("map_measure", self.tr("Colour the map by"))
        self.measure_combo.addItem(self.tr("Uncovered capacity-months"), maps.UNCOVERED)
        self.measure_combo.addItem(self.tr("Month coverage first falls"), maps.FIRST_GAP)
        self.measure_combo.currentIndexChanged.connect(self.recolour)
        label = QLabel(self.tr("Colour by:"))
        label.setBuddy(self.measure_combo)
        row.addWidget(label)
        row.addWidget(self.measure_combo)
        self.level_combo = self._combo("map_level", self.tr("Areas filled"))
        self.level_combo.activated.connect(lambda _i: self.reload())
        label = QLabel(self.tr("Areas:"))
        label.setBuddy(self.level_combo)
        row.addWidget(label)
        row.addWidget(self.level_combo)
        self.audience_combo = self._combo("map_audience", self.tr("Show the map as seen by"))
        texts = {aud.INTERNAL: self.tr("Mission (everything)"),
                 aud.CLUSTER: self.tr("Protection cluster"),
                 aud.DONOR: self.tr("Donors")}
        for audience in AUDIENCES:
            self.audience_combo.addItem(texts[audience], audience)
        self.audience_combo.setToolTip(self.tr(
            "Clusters and donors do not see sensitive places; what you save is what you see"))
        self.audience_combo.activated.connect(lambda _i: self.reload())
        label = QLabel(self.tr("As seen by:"))
        label.setBuddy(self.audience_combo)
        row.addWidget(label)
        row.addWidget(self.audience_combo)
        row.addStretch(1)
        return row

    def _build_filters(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Show:")))
        self.filters = {
            "category": self._combo("map_category", self.tr("Category shown")),
            "tier": self._combo("map_tier", self.tr("POC tier shown")),
            "population": self._combo("map_population", self.tr("Population shown")),
        }
        for combo in self.filters.values():
            # long category names are elided in the box, shown whole in the list
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(16)
            combo.currentIndexChanged.connect(self.recolour)
            row.addWidget(combo)
        row.addStretch(1)
        self.import_button = QPushButton(self.tr("&Import gazetteer…"))
        self.import_button.setObjectName("map_import")
        self.import_button.setToolTip(self.tr(
            "Load the country's administrative units and boundaries (OCHA COD-AB files)"))
        self.import_button.clicked.connect(self.import_gazetteer)
        row.addWidget(self.import_button)
        self.save_button = QPushButton(self.tr("&Save map…"))
        self.save_button.setObjectName("map_save")
        self.save_button.setToolTip(self.tr("Save the map as shown, as a PNG image or SVG"))
        self.save_button.clicked.connect(self.save_map)
        row.addWidget(self.save_button)
        return row

    def _build_slider(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.play_button = QPushButton(self.tr("&Play"))
        self.play_button.setObjectName("map_play")
        self.play_button.setCheckable(True)
        self.play_button.setToolTip(self.tr("Replay the withdrawal month by month"))
        self.play_button.toggled.connect(self._on_play)
        row.addWidget(self.play_button)
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setObjectName("map_month")
        self.slider.setAccessibleName(self.tr("Month shown"))
        self.slider.setPageStep(3)
        self.slider.valueChanged.connect(self.recolour)
        row.addWidget(self.slider, 1)
        self.month_label = QLabel()
        self.month_label.setObjectName("map_month_label")
        self.month_label.setMinimumWidth(160)
        row.addWidget(self.month_label)
        return row

    # --- loading -----------------------------------------------------------------------------

    def _request(self) -> Request | None:
        handle = self.ctx.handle
        if handle is None:
            return None
        return Request(handle.address, handle.user,
                       self.audience_combo.currentData() or aud.INTERNAL,
                       self.level_combo.currentData())

    def reload(self) -> None:
        self._stale = False
        self.loader.request(self.ctx.handle and self._request())

    def _on_plan_changed(self) -> None:
        handle = self.ctx.handle
        self.labels = TermLabels(handle.taxonomy() if handle else None, ui_language())
        self.view = None
        self.level_combo.clear()
        self.slider.setValue(0)
        self.reload()

    def _on_data_changed(self, kinds) -> None:
        if kinds & KINDS or "taxonomy" in kinds:
            if self.isVisible():
                self.reload()
            else:
                self._stale = True

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._stale:
            self.reload()

    def _on_failed(self, message: str) -> None:
        self.ctx.sig_error.emit(self.tr("Map"), message)

    def _on_loaded(self, loaded: Loaded) -> None:
        """First draw of a newly loaded map."""
        view = self.view = loaded.view
        self._fill_levels(view)
        self._fill_filters(view)
        months = len(view.months)
        self.slider.blockSignals(True)
        self.slider.setRange(0, max(months - 1, 0))
        if self.slider.value() == 0 and view.exit_month is not None:
            self.slider.setValue(min(max(view.exit_month, 0), months - 1))
        self.slider.blockSignals(False)
        self.empty.setVisible(not view.has_geometry)
        self.canvas.setVisible(view.has_geometry)
        self.canvas.set_view(loaded)
        self.recolour()
        if view.hidden_places:
            self.sig_message.emit(self.tr("%n sensitive place(s) not drawn for this audience",
                                          "", view.hidden_places))

    def _fill_levels(self, view: maps.MapView) -> None:
        names = {0: self.tr("Country"), 1: self.tr("Provinces (admin 1)"),
                 2: self.tr("Territories (admin 2)"), 3: self.tr("Admin 3")}
        self.level_combo.blockSignals(True)
        self.level_combo.clear()
        for level in view.levels:
            if level > 0:
                self.level_combo.addItem(names.get(level, f"Admin {level}"), level)
        self.level_combo.setCurrentIndex(max(0, self.level_combo.findData(view.fill_level)))
        self.level_combo.blockSignals(False)

    def _fill_filters(self, view: maps.MapView) -> None:
        caps = view.capacities.values()
        choices = {
            "category": sorted({c.category for c in caps}),
            "tier": sorted({c.tier for c in caps}),
            "population": sorted({p for c in caps for p in (c.populations or
                                                            (maps.NO_POPULATION,))}),
        }
        everything = {"category": self.tr("All categories"), "tier": self.tr("All tiers"),
                      "population": self.tr("All populations")}
        texts = {
            "category": lambda c: self.labels.label(tx.CATEGORY, c),
            "tier": lambda c: self.tr("Tier {tier}").format(tier=c),
            "population": lambda c: self.labels.label(tx.POPULATION, c)
            if c != maps.NO_POPULATION else self.tr("(no population named)"),
        }
        for key, combo in self.filters.items():
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(everything[key], None)
            for code in choices[key]:
                combo.addItem(texts[key](code), code)
            combo.setCurrentIndex(max(0, combo.findData(current)))
            combo.blockSignals(False)

    # --- colouring (every slider move) -----------------------------------------------------------

    def where(self) -> dict:
        return {key: {combo.currentData()} for key, combo in self.filters.items()
                if combo.currentData() is not None}

    def measure(self) -> str:
        return self.measure_combo.currentData() or maps.UNCOVERED

    def month(self) -> int:
        return self.slider.value()

    def tallies(self) -> dict[int, maps.Tally]:
        """Each area's and place's gaps month by month for the filters shown, counted again
        only when the map or the filters change (a slider move just looks them up)."""
        key = (id(self.view), tuple(sorted((k, tuple(v)) for k, v in self.where().items())))
        if self._tally_key != key:
            where = self.where()
            self._tallies = {id(item): maps.tally(self.view, item.capacity_ids, where)
                             for item in (*self.view.areas, *self.view.places)}
            self._tally_key = key
        return self._tallies

    def recolour(self) -> None:
        """Colour every area and place for the month, measure and filters shown."""
        view = self.view
        if view is None or not view.months:
            return
        month, measure = self.month(), self.measure()
        tallies = self.tallies()
        top = maps.scale_maximum(view, measure, tallies.values())

        def colours_of(shape: _Shape):
            numbers = tallies[id(shape.record)].at(month)
            closed = (shape.kind == "place" and shape.record.closure_month is not None
                      and shape.record.closure_month <= month)
            return colour_of(numbers.value(measure), top, measure, numbers.capacities > 0), closed

        self.canvas.recolour(colours_of)
        self.redraws += 1
        self._update_texts(month, measure, top)

    def _update_texts(self, month: int, measure: str, top: int) -> None:
        view = self.view
        text = month_text(view.months[month], long=True)
        if view.exit_month is not None and month >= view.exit_month:
            text = self.tr("{month} (after the mission's exit)").format(month=text)
        self.month_label.setText(text)
        notes = (self.tr("covered so far"), self.tr("no capacity"),
                 self.tr("dashed: the mission has left"))
        if measure == maps.FIRST_GAP:
            self.legend.set_scale(measure, self.tr("First month without enough cover"),
                                  month_text(view.months[0]), month_text(view.months[-1]),
                                  notes)
        else:
            self.legend.set_scale(measure, self.tr("Capacity-months without enough cover"),
                                  "1", number(top), notes)

    def step(self, months: int) -> None:
        self.slider.setValue(self.slider.value() + months)

    def _on_play(self, on: bool) -> None:
        if on:
            if self.slider.value() >= self.slider.maximum():
                self.slider.setValue(0)
            self.play_timer.start()
            self.play_button.setText(self.tr("&Pause"))
        else:
            self.play_timer.stop()
            self.play_button.setText(self.tr("&Play"))

    def _next_month(self) -> None:
        if self.slider.value() >= self.slider.maximum():
            self.play_button.setChecked(False)
        else:
            self.step(1)

    # --- hover and click ---------------------------------------------------------------------

    def describe(self, shape: _Shape) -> str:
        """The figures of an area or place at the month shown, as the tooltip says them."""
        view = self.view
        if view is None or shape is None:
            return ""
        record = shape.record
        numbers = self.tallies()[id(record)].at(self.month())
        month = month_text(view.months[self.month()], long=True)
        lines = [record.name]
        lines.append(self.tr("Capacities: {n}").format(n=number(numbers.capacities)))
        lines.append(self.tr("Uncovered capacity-months to {month}: {n}").format(
            month=month, n=number(numbers.uncovered_months)))
        lines.append(self.tr("Capacities short of cover in {month}: {n}").format(
            month=month, n=number(numbers.short_now)))
        if numbers.first_gap is not None:
            lines.append(self.tr("Coverage first falls in {month}").format(
                month=month_text(view.months[numbers.first_gap], long=True)))
        if shape.kind == "place" and record.closure_month is not None:
            if record.closure_month < len(view.months):
                lines.append(self.tr("The mission leaves in {month}").format(
                    month=month_text(view.months[max(record.closure_month, 0)], long=True)))
        if numbers.capacities:
            lines.append(self.tr("Click to list them in the Inventory"))
        return "\n".join(lines)

    def _on_hovered(self, text: str) -> None:
        self.hover.setText(text.replace("\n", " · "))

    def show_in_inventory(self, shape: _Shape) -> dict | None:
        """List the capacities of a clicked area or place (those the filters show)."""
        if self.view is None:
            return None
        where = self.where()
        ids = [c for c in shape.record.capacity_ids
               if c in self.view.capacities and (not where or
                                                 maps.matches(self.view.capacities[c], where))]
        picked = {"capacity_ids": ids,
                  "title": self.tr("Showing the %n capacities of {place} picked on the Map page",
                                   "", len(ids)).format(place=shape.record.name)}
        self.sig_show_inventory.emit(picked)
        return picked

    # --- import and export -------------------------------------------------------------------

    def import_gazetteer(self) -> None:
        tables = self.tr("Gazetteer tables (*.csv *.xlsx)")
        shapes = self.tr("Boundaries (*.geojson *.json *.zip *.shp)")
        both = self.tr("Gazetteer and boundaries (*.csv *.xlsx *.geojson *.json *.zip *.shp)")
        paths, _chosen = QFileDialog.getOpenFileNames(
            self, self.tr("Import gazetteer"), "", f"{both};;{tables};;{shapes}")
        if paths:
            self.import_files([Path(p) for p in paths])

    def import_files(self, paths: list[Path]) -> bool:
        """Import tables first (they replace the units), then boundaries, with a progress
        dialog that can cancel; a failure changes nothing of the file that failed."""
        from transition_planner.ui.dialogs.gazetteer import run_import

        handle = self.ctx.handle
        if handle is None:
            return False
        done = run_import(self, handle, paths)
        if done:
            self.ctx.changed(LOCATION)
            self.reload()
        return done

    def save_map(self) -> Path | None:
        png, svg = self.tr("PNG image (*.png)"), self.tr("SVG drawing (*.svg)")
        path, chosen = QFileDialog.getSaveFileName(self, self.tr("Save map"), "map.png",
                                                   f"{png};;{svg}")
        if not path:
            return None
        path = Path(path)
        if not path.suffix:
            path = path.with_name(path.name + (".svg" if chosen == svg else ".png"))
        try:
            written = self.export(path)
        except (OSError, ValueError) as exc:
            QMessageBox.warning(self, self.tr("Save map"), str(exc))
            return None
        self.sig_message.emit(self.tr("Saved the map to {path}").format(path=written))
        return written

    def export(self, path: Path) -> Path:
        """The map as shown (this audience, month, colours) with its legend, as PNG or SVG."""
        from transition_planner.ui.charts.common import translate

        suffix = path.suffix.lower()
        if suffix not in (".png", ".svg"):
            raise ValueError(translate("Charts", "Charts can be saved as PNG or SVG, not "
                                                 "'{suffix}'.").format(suffix=path.suffix))
        if not path.parent.is_dir():
            raise OSError(translate("Charts", "The folder {folder} does not exist.").format(
                folder=path.parent))
        source = self.canvas.mapToScene(self.canvas.viewport().rect()).boundingRect()
        size = self.canvas.viewport().size()
        width, height = size.width(), size.height() + self.legend.height()
        if suffix == ".svg":
            from PySide6.QtSvg import QSvgGenerator

            generator = QSvgGenerator()
            generator.setFileName(str(path))
            generator.setSize(QSize(width, height))
            generator.setViewBox(QRectF(0, 0, width, height))
            generator.setTitle(self.tr("Map"))
            painter = QPainter(generator)
            self._paint(painter, source, width, size.height())
            painter.end()
        else:
            from PySide6.QtGui import QImage

            scale = 2
            image = QImage(width * scale, height * scale, QImage.Format.Format_ARGB32)
            image.setDevicePixelRatio(scale)
            image.fill(QColor("white"))
            painter = QPainter(image)
            self._paint(painter, source, width, size.height())
            painter.end()
            if not image.save(str(path)):
                raise OSError(translate("Charts", "Could not write {path}.").format(path=path))
        if not path.is_file():
            raise OSError(translate("Charts", "Could not write {path}.").format(path=path))
        return path

    def _paint(self, painter: QPainter, source: QRectF, width: int, map_height: int) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.canvas.scene().render(painter, QRectF(0, 0, width, map_height), source)
        paint_legend(self.legend, painter, QRectF(0, map_height, width, self.legend.height()),
                     QColor("#222222"))  # on the file's white, whatever the window's palette

