"""The zoomable timeline: one array-backed item per kind of glyph, rows re-laid on zoom."""

from __future__ import annotations

import datetime as dt

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QPainter, QPen

from viewer.core import timeline as tl
from viewer.ui import theme
from viewer.ui.date_axis import DateAxis
from viewer.ui.drawing import EventPainter, Style, label_text, lay_out
from viewer.ui.fonts import ui_font

LIMIT_MIN, LIMIT_MAX = tl.seconds(tl.LIMITS[0]), tl.seconds(tl.LIMITS[1])


class EventsItem(pg.GraphicsObject):
    """Bars (month/year), open-ended arrows, labels and the selection, painted from arrays.

    Geometry is data coordinates (x in seconds, y in rows); painting happens in
    device pixels so that bar heights and text do not scale with the zoom.
    """

    def __init__(self) -> None:
        super().__init__()
        self.table: tl.EventTable | None = None
        self.visible = np.zeros(0, bool)
        self.layout = tl.Layout.empty()
        self.labels: list[str] = []
        self.widths = np.zeros(0)
        self.selected: int | None = None
        self.style = Style()
        self.painter = EventPainter(self.style)
        self.sources_row = 1.0
        self.sources_caption = "Sources"
        self.drawn_labels: list[tuple[int, QRectF]] = []

    def set_data(self, table, visible, layout, labels, widths, sources_row) -> None:
        self.prepareGeometryChange()
        self.table, self.visible, self.layout, self.labels = table, visible, layout, labels
        self.widths = widths
        self.sources_row = sources_row
        self.update()

    def boundingRect(self) -> QRectF:
        return QRectF(LIMIT_MIN, -1.0, LIMIT_MAX - LIMIT_MIN, self.sources_row + 2.0)

    def paint(self, p: QPainter, *args) -> None:
        t = self.table
        tr = p.transform()
        p.save()
        p.resetTransform()
        view = self.getViewBox()
        if view is not None:
            (x_min, x_max), _ = view.viewRange()
            left, right = tr.map(QPointF(x_min, 0)).x(), tr.map(QPointF(x_max, 0)).x()
        else:
            left, right = 0.0, 1e6
        self._paint_lane_caption(p, tr, left)
        self.drawn_labels = []
        if t is not None and len(t):
            sx, dx, sy, dy = tr.m11(), tr.dx(), tr.m22(), tr.dy()
            rows = np.where(self.visible, self.layout.rows, -1)
            layout = tl.Layout(rows, self.layout.labelled, self.layout.side, self.layout.n_rows)
            self.drawn_labels = self.painter.paint(
                p, t, layout, self.labels, self.widths, t.x0 * sx + dx, t.x1 * sx + dx,
                self.layout.rows * sy + dy, left, right, self.selected)
        p.restore()

    def _paint_lane_caption(self, p: QPainter, tr, left_edge: float) -> None:
        y = tr.map(QPointF(0, self.sources_row)).y() - theme.ROW_HEIGHT * 0.6
        p.setPen(QPen(theme.GRID, 1))
        p.drawLine(QPointF(left_edge, y), QPointF(left_edge + 6000, y))
        p.setFont(self.style.font)
        p.setPen(theme.MUTED)
        p.drawText(QPointF(left_edge + 4, y - 4), self.sources_caption)


class TimelineView(pg.PlotWidget):
    """The timeline plot. Emits ``eventActivated`` on click, ``sourceActivated`` for sources."""

    eventActivated = Signal(int)
    sourceActivated = Signal(str)
    selectionChanged = Signal(object)  # int | None
    rangeChanged = Signal(float, float)

    def __init__(self, lang: str = "en", parent=None) -> None:
        self.axis = DateAxis(lang)
        super().__init__(parent=parent, axisItems={"bottom": self.axis}, background=theme.BACKGROUND)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        pi = self.getPlotItem()
        pi.hideAxis("left")
        pi.showGrid(x=True, y=False, alpha=0.25)
        pi.setMenuEnabled(False)
        pi.hideButtons()
        self.axis.setPen(pg.mkPen(theme.AXIS))
        self.axis.setTextPen(pg.mkPen(theme.TEXT))
        self.axis.setStyle(tickFont=ui_font(9))
        vb = pi.getViewBox()
        vb.setMouseEnabled(x=True, y=False)
        vb.invertY(True)
        vb.setLimits(xMin=LIMIT_MIN, xMax=LIMIT_MAX, minXRange=tl.DAY_S * 2,
                     maxXRange=LIMIT_MAX - LIMIT_MIN)
        self.events_item = EventsItem()
        self.markers = pg.ScatterPlotItem(pxMode=True, hoverable=False)
        self.sources = pg.ScatterPlotItem(pxMode=True, symbol="t", size=9,
                                          brush=pg.mkBrush(theme.SOURCE), pen=pg.mkPen(None))
        for item in (self.events_item, self.markers, self.sources):
            pi.addItem(item)
        self.table: tl.EventTable | None = None
        self.visible = np.zeros(0, bool)
        self.source_list: list[tl.Source] = []
        self.labels: list[str] = []
        self.label_widths = np.zeros(0)
        self.layout = self.events_item.layout
        self._scale = 0.0
        self._relayout = QTimer(self, singleShot=True, interval=0)
        self._relayout.timeout.connect(self.relayout)
        vb.sigXRangeChanged.connect(self._on_range)
        self.scene().sigMouseClicked.connect(self._on_click)
        self.setMouseTracking(True)
        self.scene().sigMouseMoved.connect(self._on_hover)
        self.set_range(*tl.DEFAULT_VIEW)

    # -- data -------------------------------------------------------------------------

    def set_events(self, table: tl.EventTable, sources: list[tl.Source]) -> None:
        self.table = table
        self.source_list = sources
        self.labels = [label_text(e) for e in table.events]
        self.label_widths = self.events_item.style.widths(self.labels)
        self.visible = np.ones(len(table), bool)
        self.events_item.selected = None
        self.relayout()

    def set_visible(self, visible: np.ndarray) -> None:
        self.visible = visible
        sel = self.events_item.selected
        if sel is not None and not visible[sel]:
            self.select(None)
        self.relayout()

    def set_language(self, lang: str, sources_caption: str) -> None:
        self.axis.set_language(lang)
        self.events_item.sources_caption = sources_caption
        self.events_item.update()

    # -- view ----------------------------------------------------------------------------

    def set_range(self, start: dt.date, end: dt.date) -> None:
        self.getPlotItem().getViewBox().setXRange(tl.seconds(start), tl.seconds(end) + tl.DAY_S,
                                                  padding=0)

    def x_range(self) -> tuple[float, float]:
        return tuple(self.getPlotItem().getViewBox().viewRange()[0])

    def zoom(self, factor: float) -> None:
        x0, x1 = self.x_range()
        c = (x0 + x1) / 2
        half = (x1 - x0) / 2 * factor
        self.getPlotItem().getViewBox().setXRange(c - half, c + half, padding=0)

    def fit_all(self) -> None:
        ext = self.table.extent(self.visible) if self.table is not None else None
        xs = [tl.seconds(s.published) for s in self.source_list]
        lo = min([ext[0]] if ext else [] + xs, default=None)
        hi = max([ext[1]] if ext else [] + xs, default=None)
        if lo is None:
            return
        pad = max((hi - lo) * 0.04, tl.DAY_S * 3)
        self.getPlotItem().getViewBox().setXRange(lo - pad, hi + pad * 6, padding=0)

    def ensure_visible(self, i: int) -> None:
        x0, x1 = self.x_range()
        a = self.table.x0[i]
        if x0 <= a <= x1:
            return
        width = x1 - x0
        self.getPlotItem().getViewBox().setXRange(a - width * 0.3, a + width * 0.7, padding=0)

    def seconds_per_pixel(self) -> float:
        x0, x1 = self.x_range()
        width = max(self.getPlotItem().getViewBox().width(), 1.0)
        return (x1 - x0) / width

    def _on_range(self, *_: object) -> None:
        x0, x1 = self.x_range()
        self.rangeChanged.emit(x0, x1)
        self._relayout.start()

    def resizeEvent(self, ev) -> None:
        super().resizeEvent(ev)
        if hasattr(self, "_relayout"):  # pyqtgraph resizes during construction
            self._relayout.start()

    def relayout(self) -> None:
        """Re-stack the rows of the events in view (after a zoom, a pan or a filter)."""
        t = self.table
        if t is None:
            return
        self._scale = spp = self.seconds_per_pixel()
        x_min, x_max = self.x_range()
        left, right = x_min / spp, x_max / spp
        self._right_px = right
        height = max(self.getPlotItem().getViewBox().height(), theme.ROW_HEIGHT * 3)
        max_rows = max(int(height // theme.ROW_HEIGHT) - 2, 1)
        self.layout = lay_out(t, self.visible, spp, left, right, self.label_widths,
                              self.events_item.style, max_rows)
        sources_row = self.layout.n_rows + 0.8
        self.events_item.set_data(t, self.visible, self.layout, self.labels, self.label_widths,
                                  sources_row)
        day = np.flatnonzero(self.visible & (t.precision == 0) & (self.layout.rows >= 0))
        brushes = [pg.mkBrush(theme.PRECISION_COLORS[0])] * len(day)
        self.markers.setData(x=(t.x0[day] + t.x1[day]) / 2, y=self.layout.rows[day].astype(float),
                             data=day, size=theme.MARKER_SIZE, symbol="o", brush=brushes,
                             pen=pg.mkPen("#ffffff", width=1.2))
        xs = np.array([tl.seconds(s.published) + tl.DAY_S / 2 for s in self.source_list], float)
        self.sources.setData(x=xs, y=np.full(len(xs), sources_row), data=list(range(len(xs))))
        vb = self.getPlotItem().getViewBox()
        rows_shown = max(self.layout.n_rows, 1)
        vb.setYRange(-0.8, max(sources_row + 0.6, min(max_rows, rows_shown) + 1.4), padding=0)

    # -- selection and clicks -------------------------------------------------------------

    def selected(self) -> int | None:
        return self.events_item.selected

    def select(self, i: int | None) -> None:
        if i == self.events_item.selected:
            return
        self.events_item.selected = i
        self.events_item.update()
        self.selectionChanged.emit(i)

    def step(self, direction: int) -> int | None:
        if self.table is None:
            return None
        i = self.table.step(self.selected(), direction, self.visible)
        if i is not None:
            self.select(i)
            self.ensure_visible(i)
        return i

    def data_to_widget(self, x: float, row: float) -> QPointF:
        """Widget coordinates of a data point (for tests and tooltips)."""
        scene = self.getPlotItem().getViewBox().mapViewToScene(QPointF(x, row))
        return self.mapFromScene(scene)

    def event_at(self, scene_pos) -> int | None:
        if self.table is None or not len(self.table):
            return None
        vb = self.getPlotItem().getViewBox()
        p = vb.mapSceneToView(scene_pos)
        spp = self.seconds_per_pixel()
        return tl.hit(self.table, self.layout, self.visible, p.x() / spp, p.y(), spp,
                      self.label_widths, theme.MARKER_SIZE, theme.LABEL_GAP,
                      right=getattr(self, "_right_px", np.inf))

    def source_at(self, scene_pos) -> str | None:
        vb = self.getPlotItem().getViewBox()
        p = vb.mapSceneToView(scene_pos)
        if abs(p.y() - self.events_item.sources_row) > 0.5 or not self.source_list:
            return None
        spp = self.seconds_per_pixel()
        xs = np.array([tl.seconds(s.published) + tl.DAY_S / 2 for s in self.source_list])
        k = int(np.argmin(np.abs(xs - p.x())))
        return self.source_list[k].article if abs(xs[k] - p.x()) / spp <= 8 else None

    def _on_click(self, ev) -> None:
        if ev.button() != Qt.MouseButton.LeftButton:
            return
        if ev.double():
            self.set_range(*tl.DEFAULT_VIEW)
            return
        i = self.event_at(ev.scenePos())
        if i is not None:
            self.select(i)
            self.eventActivated.emit(i)
            return
        article = self.source_at(ev.scenePos())
        if article is not None:
            self.sourceActivated.emit(article)

    def _on_hover(self, scene_pos) -> None:
        i = self.event_at(scene_pos)
        if i is not None:
            e = self.table.events[i]
            tip = f"{self.labels[i]}\n{e.primary.article}"
            if e.countries:
                tip += "\n" + ", ".join(e.countries)
            self.setToolTip(tip)
            return
        article = self.source_at(scene_pos)
        src = next((s for s in self.source_list if s.article == article), None)
        self.setToolTip(f"{src.published} {src.title}" if src else "")
