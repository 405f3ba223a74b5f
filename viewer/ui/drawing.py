"""Painting events from arrays: shared by the window's timeline and exported pictures."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPainterPath,
    QPen,
    QPolygonF,
)

from viewer.core import timeline as tl
from viewer.ui import theme
from viewer.ui.fonts import ui_font

DASH_PERIOD = 6.0  # Qt's DashLine: a dash of 4 and a gap of 2 pen widths


@dataclass
class Style:
    """Sizes in device pixels and the label font."""

    marker: float = theme.MARKER_SIZE
    bar_height: float = theme.BAR_HEIGHT
    gap: float = theme.LABEL_GAP
    row_height: float = theme.ROW_HEIGHT
    font: QFont | None = None

    def __post_init__(self) -> None:
        if self.font is None:
            self.font = ui_font(theme.LABEL_POINT_SIZE)
        self.metrics = QFontMetricsF(self.font)

    @classmethod
    def scaled(cls, s: float, label_px: float) -> Style:
        font = ui_font()
        font.setPixelSize(max(round(label_px * s), 6))
        return cls(theme.MARKER_SIZE * s, theme.BAR_HEIGHT * s, theme.LABEL_GAP * s,
                   theme.ROW_HEIGHT * s, font)

    def widths(self, labels: list[str]) -> np.ndarray:
        return np.array([self.metrics.horizontalAdvance(s) for s in labels], dtype=float)


def label_text(e: tl.TimelineEvent) -> str:
    """``12-12 label`` for a day, ``2025-12 label`` for a month, ``2010 label`` for a year."""
    return f"{tl.format_span(e.start, e.end, e.precision, e.open_ended, short_days=True)} {e.label}"


def lay_out(table: tl.EventTable, visible: np.ndarray, spp: float, left: float, right: float,
            widths: np.ndarray, style: Style, max_rows: int) -> tl.Layout:
    """Rows for the events in [left, right] (pixels at ``spp`` seconds per pixel)."""
    g0, g1 = tl.glyph_extents(table, spp, style.marker, right)
    in_view = visible & (g1 >= left) & (g0 <= right)
    # An open-ended event owns its row up to the right edge; its label rides on the
    # arrow (right after its own glyph) when it fits there, so it takes no extra room.
    own_end = np.where(table.point, (table.x0 + table.x1) / 2 / spp + style.marker / 2,
                       table.x1 / spp)
    own_end = np.maximum(own_end, left)  # the label rides on the visible part of the arrow
    on_arrow = table.open_ended & (own_end + style.gap + widths <= right - 2)
    # a bar wider than the view's room on either side carries its label inside itself
    outside = (g1 + style.gap + widths <= right - 2) | (g0 - style.gap - widths >= left + 2)
    shown_width = np.minimum(g1, right) - np.maximum(g0, left)
    in_bar = ~table.point & ~table.open_ended & ~outside & (
        shown_width >= widths + 3 * style.gap)
    return tl.stack(g0, g1, widths, in_view, max_rows, style.gap, left + 2, right - 2,
                    inside=on_arrow | in_bar)


class EventPainter:
    """Draws bars, arrows, optional day markers, labels and the selection in device pixels."""

    def __init__(self, style: Style) -> None:
        self.style = style

    def glyph_span(self, t: tl.EventTable, i: int, px0, px1) -> tuple[float, float]:
        if t.point[i]:
            c = (px0[i] + px1[i]) / 2
            return c - self.style.marker / 2, c + self.style.marker / 2
        return px0[i], px1[i]

    def paint(self, p: QPainter, t, layout: tl.Layout, labels: list[str],
              widths: np.ndarray, px0: np.ndarray, px1: np.ndarray, py: np.ndarray,
              left: float, right: float, selected: set[int] = frozenset(),
              markers: bool = False, counts: np.ndarray | None = None
              ) -> list[tuple[int, QRectF]]:
        """Paint every placed glyph inside [left, right]; returns the label boxes drawn.

        ``t`` holds the glyph arrays (an EventTable or lane instances); ``selected``
        are glyph indices to ring; ``counts`` (sources per glyph) adds a badge
        where more than one article reports the event.
        """
        reach = np.where(t.open_ended, np.inf, px1)  # an arrow runs on to the right edge
        on_screen = (layout.rows >= 0) & (reach >= left - 4000) & (px0 <= right + 10)
        p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        self._bars(p, t, on_screen, px0, px1, py)
        self._arrows(p, t, on_screen, px0, px1, py, left, right)
        if markers:
            self._markers(p, t, on_screen, px0, px1, py)
        if counts is not None:
            self._badges(p, t, on_screen & (counts > 1), counts, px0, px1, py)
        drawn = self._labels(p, t, layout, labels, widths, on_screen, px0, px1, py, selected, left)
        for i in selected:
            if 0 <= i < len(t) and on_screen[i]:
                self._selection(p, t, i, px0, px1, py)
        return drawn

    def paint_headers(self, p: QPainter, headers: list[tuple[float, str]], left: float,
                      right: float) -> None:
        """Lane captions pinned to the left edge, with a rule across the lane's top."""
        if not headers:
            return
        font = QFont(self.style.font)
        font.setBold(True)
        m = QFontMetricsF(font)
        p.setFont(font)
        for y, text in headers:
            top = y - self.style.row_height * 0.45
            p.setPen(QPen(theme.GRID, 1))
            p.drawLine(QPointF(left, top), QPointF(right, top))
            box = QRectF(left + 2, top + 1, m.horizontalAdvance(text) + 10, m.height() + 2)
            p.fillRect(box, theme.BACKGROUND)
            p.setPen(theme.AXIS)
            p.drawText(QPointF(box.left() + 4, box.top() + 1 + m.ascent()), text)

    def _badges(self, p, t, which, counts, px0, px1, py) -> None:
        """How many places report an event: the number inside its dot, or at its bar's start."""
        font = QFont(self.style.font)
        font.setBold(True)
        for i in np.flatnonzero(which):
            text = str(int(counts[i]))
            if t.point[i]:
                r = self.style.marker * 0.75
                c = QPointF((px0[i] + px1[i]) / 2, py[i])
                p.setPen(QPen(theme.BACKGROUND, max(r / 6, 1.0)))
                p.setBrush(theme.PRECISION_COLORS[0])
                p.drawEllipse(c, r, r)
                font.setPixelSize(max(round(r * 1.3), 6))
                color = theme.BACKGROUND
            else:
                h = self.style.bar_height
                font.setPixelSize(max(round(h * 0.95), 6))
                c = None
                color = theme.PRECISION_COLORS[int(t.precision[i])]
            m = QFontMetricsF(font)
            p.setFont(font)
            p.setPen(color)
            if c is None:  # inside the bar, at its visible start
                x = max(px0[i], 0.0) + 3
                if x + m.horizontalAdvance(text) + 2 > px1[i]:
                    continue
                c = QPointF(x + m.horizontalAdvance(text) / 2, py[i])
            p.drawText(QPointF(c.x() - m.horizontalAdvance(text) / 2,
                               c.y() + (m.ascent() - m.descent()) / 2), text)

    def _bars(self, p, t, on_screen, px0, px1, py) -> None:
        h = self.style.bar_height
        for prec in (2, 1, 0):  # years under months under spans of days
            color = theme.PRECISION_COLORS[prec]
            fill = QColor(color)
            fill.setAlpha(theme.BAR_ALPHA)
            p.setPen(QPen(color, max(1.2 * h / theme.BAR_HEIGHT, 1.0)))
            p.setBrush(QBrush(fill))
            idx = np.flatnonzero(on_screen & ~t.point & (t.precision == prec))
            p.drawRects([QRectF(px0[i], py[i] - h / 2, max(px1[i] - px0[i], 2.0), h) for i in idx])

    def _arrows(self, p, t, on_screen, px0, px1, py, left, right) -> None:
        s = self.style.bar_height / theme.BAR_HEIGHT
        width = 1.4 * s
        for i in np.flatnonzero(on_screen & t.open_ended):
            color = theme.PRECISION_COLORS[int(t.precision[i])]
            start = self.glyph_span(t, i, px0, px1)[1]
            end = max(right - 2, start + 16 * s)
            # dash only the visible part (an arrow from years back is 100,000 px long),
            # with the pattern kept where it was so that it does not crawl while panning
            shown = max(start, left - 8)
            pen = QPen(color, width, Qt.PenStyle.DashLine)
            pen.setDashOffset((shown - start) / width % DASH_PERIOD)
            p.setPen(pen)
            p.drawLine(QPointF(shown, py[i]), QPointF(end - 7 * s, py[i]))
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(color)
            p.drawPolygon(QPolygonF([QPointF(end, py[i]), QPointF(end - 8 * s, py[i] - 5 * s),
                                     QPointF(end - 8 * s, py[i] + 5 * s)]))

    def _markers(self, p, t, on_screen, px0, px1, py) -> None:
        r = self.style.marker / 2
        p.setPen(QPen(theme.BACKGROUND, max(r / 4, 1.0)))
        p.setBrush(theme.PRECISION_COLORS[0])
        for i in np.flatnonzero(on_screen & t.point):
            p.drawEllipse(QPointF((px0[i] + px1[i]) / 2, py[i]), r, r)

    def _labels(self, p, t, layout, labels, widths, on_screen, px0, px1, py, selected, left):
        m = self.style.metrics
        p.setFont(self.style.font)
        ascent = m.ascent() - m.descent()
        drawn = []
        for i in np.flatnonzero(on_screen & layout.labelled):
            g0, g1 = self.glyph_span(t, i, px0, px1)
            if layout.is_inside(i) and not t.open_ended[i]:  # inside its wide bar
                x = max(g0, left) + self.style.gap
            elif layout.side[i] > 0:
                x = g1 + self.style.gap
                if t.open_ended[i]:  # on its arrow, which may start left of the view
                    x = max(x, left + self.style.gap)
            else:
                x = g0 - self.style.gap - widths[i]
            box = QRectF(x, py[i] - m.height() / 2, widths[i], m.height())
            if layout.is_inside(i):  # on its arrow or inside its bar: a clear background
                p.fillRect(box.adjusted(-2, 0, 2, 0), theme.BACKGROUND)
            p.setPen(theme.SELECTED if i in selected else theme.TEXT)
            p.drawText(QPointF(x, py[i] + ascent / 2), labels[i])
            drawn.append((int(i), box))
        return drawn

    def _selection(self, p, t, i, px0, px1, py) -> None:
        p.setPen(QPen(theme.SELECTED, 2.0))
        p.setBrush(Qt.BrushStyle.NoBrush)
        if t.point[i]:
            r = self.style.marker / 2 + 4
            p.drawEllipse(QPointF((px0[i] + px1[i]) / 2, py[i]), r, r)
        else:
            h = self.style.bar_height + 6
            path = QPainterPath()
            path.addRoundedRect(QRectF(px0[i] - 3, py[i] - h / 2, px1[i] - px0[i] + 6, h), 3, 3)
            p.drawPath(path)


@dataclass(frozen=True)
class LaneLayout:
    """Glyph instances in lanes, with their rows and the lanes' header positions."""

    lanes: tl.LaneSet
    glyphs: tl.Glyphs
    layout: tl.Layout
    ys: np.ndarray  # row position of each instance (headers included)
    headers: list[tuple[float, str]]  # (row position of a lane's header, lane key)
    height: float  # rows used, headers included

    @property
    def event(self) -> np.ndarray:
        return self.lanes.event


HEADER_ROWS = 0.9


def lay_out_lanes(table: tl.EventTable, visible: np.ndarray, mode: str, order, spp: float,
                  left: float, right: float, widths: np.ndarray, style: Style,
                  max_rows: int, only=None) -> LaneLayout:
    """Rows for the visible events, lane by lane, each lane taking the rows it needs."""
    lanes = tl.lanes(table, visible, mode, order, only)
    glyphs = table.take(lanes.event)
    w = widths[lanes.event]
    n = len(lanes.event)
    everyone = np.ones(n, bool)
    if mode == "none":
        layout = lay_out(glyphs, everyone, spp, left, right, w, style, max_rows)
        return LaneLayout(lanes, glyphs, layout, layout.rows.astype(float), [], layout.n_rows)
    rows = np.full(n, -1, np.int32)
    labelled = np.zeros(n, bool)
    side = np.ones(n, np.int8)
    inside = np.zeros(n, bool)
    ys = np.full(n, -1.0)
    headers = []
    # Every lane gets the rows it needs (the view scrolls when they do not fit).
    masks = [lanes.lane == k for k in range(len(lanes.names))]
    parts = [lay_out(glyphs, mine, spp, left, right, w, style, max_rows) for mine in masks]
    top = 0.0
    for name, mine, part in zip(lanes.names, masks, parts):
        placed = mine & (part.rows >= 0)
        headers.append((top, name))
        rows[placed] = part.rows[placed]
        labelled[mine] = part.labelled[mine]
        side[mine] = part.side[mine]
        inside[mine] = part.inside[mine]
        ys[placed] = top + HEADER_ROWS + part.rows[placed]
        top += HEADER_ROWS + max(part.n_rows, 1)
    return LaneLayout(lanes, glyphs, tl.Layout(rows, labelled, side, int(np.ceil(top)), inside), ys,
                      headers, top)
