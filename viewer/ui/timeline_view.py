"""The zoomable timeline: array-backed glyphs in lanes, rows re-laid on every zoom and pan."""

from __future__ import annotations

import contextlib
import datetime as dt
import html

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QPainter, QPen

from viewer.core import timeline as tl
from viewer.ui import theme
from viewer.ui.date_axis import DateAxis
from viewer.ui.drawing import EventPainter, LaneLayout, Style, label_text, lay_out_lanes
from viewer.ui.fonts import ui_font


def plain_tip(text: str) -> str:
    """A tooltip that Qt shows as text even when an article's words look like HTML."""
    return "<p style='white-space:pre-wrap'>" + html.escape(text).replace("\n", "<br>") + "</p>"


LIMIT_MIN, LIMIT_MAX = tl.seconds(tl.LIMITS[0]), tl.seconds(tl.LIMITS[1])
LOD_LIMIT = 800  # more events than this near the view are drawn as density columns


class EventsItem(pg.GraphicsObject):
    """Bars, arrows, labels, source counts, lane headers and the selection, from arrays.

    Geometry is data coordinates (x in seconds, y in rows); painting happens in
    device pixels so that bar heights and text do not scale with the zoom.
    """

    def __init__(self) -> None:
        super().__init__()
        self.style = Style()
        self.painter = EventPainter(self.style)
        self.lanes: LaneLayout | None = None
        self.labels: list[str] = []  # per instance
        self.widths = np.zeros(0)
        self.counts = np.zeros(0, int)
        self.selected: int | None = None  # an event index
        self.headers: list[tuple[float, str]] = []  # (row, caption)
        self.sources_row = 1.0
        self.sources_caption = "Sources"
        self.density_caption = "{0} events: zoom in to see them one by one"
        self.density: tuple | None = None  # (bin edges, counts, events) when too many to draw
        self.drawn_labels: list[tuple[int, QRectF]] = []  # (instance, box)

    def set_data(self, lanes: LaneLayout, labels, widths, counts, headers, sources_row) -> None:
        self.prepareGeometryChange()
        self.lanes, self.labels, self.widths, self.counts = lanes, labels, widths, counts
        self.headers, self.sources_row = headers, sources_row
        self.update()

    def boundingRect(self) -> QRectF:
        return QRectF(LIMIT_MIN, -1.0, LIMIT_MAX - LIMIT_MIN, self.sources_row + 2.0)

    def paint(self, p: QPainter, *args) -> None:
        tr = p.transform()
        p.save()
        p.resetTransform()
        view = self.getViewBox()
        if view is not None:
            (x_min, x_max), _ = view.viewRange()
            left, right = tr.map(QPointF(x_min, 0)).x(), tr.map(QPointF(x_max, 0)).x()
        else:
            left, right = 0.0, 1e6
        sx, dx, sy, dy = tr.m11(), tr.dx(), tr.m22(), tr.dy()
        self.drawn_labels = []
        ll = self.lanes
        if ll is not None and len(ll.glyphs):
            g = ll.glyphs
            selected = (set(np.flatnonzero(ll.event == self.selected).tolist())
                        if self.selected is not None else set())
            self.drawn_labels = self.painter.paint(
                p, g, ll.layout, self.labels, self.widths, g.x0 * sx + dx, g.x1 * sx + dx,
                ll.ys * sy + dy, left, right, selected, counts=self.counts)
        self.painter.paint_headers(p, [(y * sy + dy, text) for y, text in self.headers], left,
                                   right)
        if self.density is not None:
            self._paint_density(p, sx, dx, sy, dy, left)
        lane_y = (self.sources_row - 0.6) * sy + dy
        p.setPen(QPen(theme.GRID, 1))
        p.drawLine(QPointF(left, lane_y), QPointF(right, lane_y))
        p.setFont(self.style.font)
        p.setPen(theme.MUTED)
        p.drawText(QPointF(left + 4, lane_y - 4), self.sources_caption)
        p.restore()

    def _paint_density(self, p: QPainter, sx, dx, sy, dy, left) -> None:
        """Columns of event counts, when there are too many events to draw one by one."""
        edges, counts, total = self.density
        top, bottom = 0.2 * sy + dy, 5.6 * sy + dy  # the column area, in device pixels
        peak = max(int(counts.max()), 1)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(theme.PRECISION_COLORS[0])
        for k in np.flatnonzero(counts):
            x0, x1 = edges[k] * sx + dx, edges[k + 1] * sx + dx
            h = (bottom - top) * counts[k] / peak
            p.drawRect(QRectF(x0, bottom - h, max(x1 - x0 - 1, 1), h))
        p.setFont(self.style.font)
        p.setPen(theme.MUTED)
        p.drawText(QPointF(left + 6, top + self.style.metrics.ascent()),
                   self.density_caption.format(total))


class _ViewBox(pg.ViewBox):
    """The wheel zooms time only; dragging pans time, and rows when they overflow."""

    def wheelEvent(self, ev, axis=None):
        super().wheelEvent(ev, axis=0)


class TimelineView(pg.PlotWidget):
    """The timeline plot. Emits ``eventActivated`` on click, ``sourceActivated`` for sources."""

    eventActivated = Signal(int)
    sourceActivated = Signal(str)
    selectionChanged = Signal(object)  # int | None

    def __init__(self, lang: str = "en", parent=None) -> None:
        self.axis = DateAxis(lang)
        super().__init__(parent=parent, axisItems={"bottom": self.axis}, viewBox=_ViewBox(),
                         background=theme.BACKGROUND)
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
        vb.setMouseEnabled(x=True, y=True)
        vb.invertY(True)
        vb.setLimits(xMin=LIMIT_MIN, xMax=LIMIT_MAX, minXRange=tl.DAY_S * 2,
                     maxXRange=LIMIT_MAX - LIMIT_MIN)
        self.events_item = EventsItem()
        self.markers = pg.ScatterPlotItem(pxMode=True, hoverable=False)
        self.sources = pg.ScatterPlotItem(pxMode=True, symbol="t", size=9,
                                          brush=pg.mkBrush(theme.SOURCE), pen=pg.mkPen(None))
        for item in (self.events_item, self.markers, self.sources):
            pi.addItem(item)
        self.events_item.setZValue(10)  # labels, counts and the selection above the dots
        self.table: tl.EventTable | None = None
        self.visible = np.zeros(0, bool)
        self.source_list: list[tl.Source] = []
        self.source_xs = np.zeros(0)  # where each source's marker is (seconds)
        self.labels: list[str | None] = []  # per event, made when it first comes near the view
        self.label_widths = np.zeros(0)
        self.lane_mode = "none"
        self.lane_order: list[str] = []
        self.lane_caption = lambda key: key  # lane key -> its header text
        self.lane_only: set[str] | None = None  # lanes limited to these keys
        self.country_name = lambda code: code  # code -> display name (set by the window)
        self.lanes: LaneLayout | None = None
        self._right_px = np.inf
        self._holds = 0  # held() depth: relayouts wait until it is back to 0
        self._held = False  # a relayout was asked for while held
        self._relayout = QTimer(self, singleShot=True, interval=0)
        self._relayout.timeout.connect(self.relayout)
        vb.sigXRangeChanged.connect(self._on_range)
        self.scene().sigMouseClicked.connect(self._on_click)
        self.setMouseTracking(True)
        self.scene().sigMouseMoved.connect(self._on_hover)
        self.home()

    # -- data -------------------------------------------------------------------------

    def set_events(self, table: tl.EventTable, sources: list[tl.Source],
                   source_x: np.ndarray | None = None) -> None:
        """Show ``table``; ``source_x`` (tl.source_x of ``sources``) when already made."""
        self.table = table
        self.source_list = sources
        # the sources lane's markers are set once; a relayout only moves the lane (setPos)
        self.source_xs = tl.source_x(sources) if source_x is None else source_x
        self.sources.setData(x=self.source_xs, y=np.zeros(len(sources)))
        # labels are made and measured when their event first comes near the view:
        # formatting 100,000 dates up front would hold the window for half a second
        self.labels = [None] * len(table)
        self.label_widths = np.full(len(table), np.nan)
        self.visible = np.ones(len(table), bool)
        self.events_item.selected = None
        self.relayout()

    def set_visible(self, visible: np.ndarray) -> None:
        self.visible = visible
        sel = self.events_item.selected
        if sel is not None and not visible[sel]:
            self.select(None)
        self.relayout()

    def set_lanes(self, mode: str, order: list[str], caption, only=None) -> None:
        """Group by ``mode`` (none, country, article), lanes in ``order``, headers by ``caption``."""
        self.lane_mode, self.lane_order, self.lane_caption = mode, list(order), caption
        self.lane_only = None if only is None else set(only)
        self.relayout()

    def set_language(self, lang: str, sources_caption: str) -> None:
        self.axis.set_language(lang)
        self.events_item.sources_caption = sources_caption
        self.relayout()

    def label(self, i: int) -> str:
        """Event ``i``'s label, made on first use."""
        text = self.labels[i]
        if text is None:
            text = self.labels[i] = label_text(self.table.events[i])
        return text

    # -- view ----------------------------------------------------------------------------

    def set_range(self, start: dt.date, end: dt.date, margin: float = 0.0) -> None:
        """Show ``start`` to ``end`` (whole days), widened by ``margin`` of the span on each side."""
        x0, x1 = tl.seconds(start), tl.seconds(end) + tl.DAY_S
        pad = (x1 - x0) * margin
        self.getPlotItem().getViewBox().setXRange(x0 - pad, x1 + pad, padding=0)

    def home(self) -> None:
        """The opening view: 2010 to 2026, with a little room so both ends show."""
        self.set_range(*tl.DEFAULT_VIEW, margin=0.01)

    def x_range(self) -> tuple[float, float]:
        return tuple(self.getPlotItem().getViewBox().viewRange()[0])

    def zoom(self, factor: float) -> None:
        x0, x1 = self.x_range()
        c = (x0 + x1) / 2
        half = (x1 - x0) / 2 * factor
        self.getPlotItem().getViewBox().setXRange(c - half, c + half, padding=0)

    def fit_all(self) -> None:
        ext = self.table.extent(self.visible) if self.table is not None else None
        xs = (self.source_xs - tl.DAY_S / 2).tolist()  # each source's day, from its start
        points = ([ext[0], ext[1]] if ext else []) + xs
        if not points:
            return
        lo, hi = min(points), max(points) + tl.DAY_S
        pad = max((hi - lo) * 0.04, tl.DAY_S * 3)
        self.getPlotItem().getViewBox().setXRange(lo - pad, hi + pad, padding=0)

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
        self._relayout.start()

    def resizeEvent(self, ev) -> None:
        super().resizeEvent(ev)
        if hasattr(self, "_relayout"):  # pyqtgraph resizes during construction
            self._relayout.start()

    @contextlib.contextmanager
    def held(self):
        """Several changes, one relayout at the end (not one per change)."""
        self._holds += 1
        try:
            yield
        finally:
            self._holds -= 1
            if not self._holds and self._held:
                self.relayout()

    def relayout(self) -> None:
        """Re-stack the rows of the events in view (after a zoom, a pan or a filter)."""
        self._held = bool(self._holds)
        t = self.table
        if t is None or self._held:
            return
        spp = self.seconds_per_pixel()
        x_min, x_max = self.x_range()
        left, right = x_min / spp, x_max / spp
        self._right_px = right
        style = self.events_item.style
        height = max(self.getPlotItem().getViewBox().height(), style.row_height * 3)
        max_rows = max(int(height // style.row_height) - 2, 1)
        near = self.visible & (t.x1 >= x_min - (x_max - x_min)) & (t.x0 <= x_max)
        near |= self.visible & t.open_ended & (t.x0 <= x_max)
        if near.sum() > LOD_LIMIT:
            self._density(near, spp)
            return
        self.events_item.density = None
        missing = np.flatnonzero(near & np.isnan(self.label_widths))
        if missing.size:
            fm = style.metrics
            self.label_widths[missing] = [fm.horizontalAdvance(self.label(i)) for i in missing]
        widths = np.nan_to_num(self.label_widths, nan=0.0)
        ll = lay_out_lanes(t, near, self.lane_mode, self.lane_order, spp, left, right,
                           widths, style, max_rows, self.lane_only)
        self.lanes = ll
        inst_labels = [self.labels[i] for i in ll.event]
        counts = t.sources[ll.event]
        headers = [(y, self.lane_caption(key)) for y, key in ll.headers]
        sources_row = ll.height + 0.8
        self.events_item.set_data(ll, inst_labels, widths[ll.event], counts, headers,
                                  sources_row)
        g = ll.glyphs
        day = np.flatnonzero(g.point & (ll.layout.rows >= 0))
        self.markers.setData(x=(g.x0[day] + g.x1[day]) / 2, y=ll.ys[day], data=day,
                             size=style.marker, symbol="o",
                             brush=[pg.mkBrush(theme.PRECISION_COLORS[0])] * len(day),
                             pen=pg.mkPen("#ffffff", width=1.2))
        self.sources.setPos(0.0, sources_row)
        self._fit_rows(sources_row + 0.7)

    def _fit_rows(self, content: float) -> None:
        """Rows keep their pixel height; the view scrolls vertically when they overflow."""
        vb = self.getPlotItem().getViewBox()
        shown = max(vb.height() / self.events_item.style.row_height, 3.0)
        top = -0.8
        if content - top > shown:
            current = vb.viewRange()[1][0]
            top = min(max(current, -0.8), content - shown)
        vb.setLimits(yMin=-0.8, yMax=max(content, -0.8 + shown))
        vb.setYRange(top, top + shown, padding=0)

    def _density(self, near: np.ndarray, spp: float) -> None:
        """Too many events to draw one by one: columns of event counts instead (zoom in)."""
        t = self.table
        x_min, x_max = self.x_range()
        bins = max(int((x_max - x_min) / spp / 4), 1)  # 4-pixel columns
        centre = (t.x0[near] + np.minimum(t.x1[near], t.x0[near] + tl.DAY_S * 31)) / 2
        counts, edges = np.histogram(centre, bins=bins, range=(x_min, x_max))
        empty = tl.Glyphs(np.zeros(0), np.zeros(0), np.zeros(0, np.int8), np.zeros(0, bool))
        ll = LaneLayout(tl.LaneSet([""], np.zeros(0, np.int64), np.zeros(0, np.int32)), empty,
                        tl.Layout.empty(), np.zeros(0), [], 6.0)
        self.lanes = ll
        self.events_item.density = (edges, counts, int(near.sum()))
        self.events_item.set_data(ll, [], np.zeros(0), np.zeros(0, int), [], 6.8)
        self.markers.setData(x=[], y=[])
        self.sources.setPos(0.0, 6.8)
        self._fit_rows(7.5)

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

    def position_of(self, i: int) -> tuple[float, float] | None:
        """Data coordinates (x, row) of event ``i``'s first placed glyph, or None."""
        ll = self.lanes
        if ll is None:
            return None
        placed = np.flatnonzero((ll.event == i) & (ll.layout.rows >= 0))
        if not placed.size:
            return None
        k = placed[0]
        g = ll.glyphs
        return float((g.x0[k] + g.x1[k]) / 2), float(ll.ys[k])

    def rows_of(self, i: int) -> list[float]:
        ll = self.lanes
        return [] if ll is None else [float(y) for y in ll.ys[(ll.event == i) & (ll.ys >= 0)]]

    def data_to_widget(self, x: float, row: float) -> QPointF:
        """Widget coordinates of a data point (for tests and tooltips)."""
        scene = self.getPlotItem().getViewBox().mapViewToScene(QPointF(x, row))
        return self.mapFromScene(scene)

    def event_at(self, scene_pos) -> int | None:
        ll = self.lanes
        if ll is None or not len(ll.glyphs):
            return None
        p = self.getPlotItem().getViewBox().mapSceneToView(scene_pos)
        spp = self.seconds_per_pixel()
        style = self.events_item.style
        k = tl.hit(ll.glyphs, ll.layout, ll.ys, p.x() / spp, p.y(), spp,
                   self.events_item.widths, style.marker, style.gap, right=self._right_px)
        return None if k is None else int(ll.event[k])

    def source_at(self, scene_pos) -> str | None:
        vb = self.getPlotItem().getViewBox()
        p = vb.mapSceneToView(scene_pos)
        if abs(p.y() - self.events_item.sources_row) > 0.5 or not self.source_list:
            return None
        spp = self.seconds_per_pixel()
        xs = self.source_xs
        k = int(np.argmin(np.abs(xs - p.x())))
        return self.source_list[k].article if abs(xs[k] - p.x()) / spp <= 8 else None

    def _on_click(self, ev) -> None:
        if ev.button() != Qt.MouseButton.LeftButton:
            return
        if ev.double():
            self.home()
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
            tip = self.label(i)
            arts = list(dict.fromkeys(m.article for m in e.mentions))
            tip += "\n" + ", ".join(arts)
            if e.countries:
                tip += "\n" + ", ".join(self.country_name(c) for c in e.countries)
            self.setToolTip(plain_tip(tip))
            return
        article = self.source_at(scene_pos)
        src = next((s for s in self.source_list if s.article == article), None)
        self.setToolTip(plain_tip(f"{src.published} {src.title}") if src else "")
