"""Timeline pictures for briefings: PNG, SVG and PDF, the same from the app and the CLI.

A :class:`FigureSpec` says what to draw (size, date range, countries, search,
title, language, footer); :func:`save` and :func:`to_image` paint it with the
window's own event painter on a light theme, with a title, a subtitle that
states the filter in words, a legend and a footer naming the sources.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import os
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
from PySide6.QtCore import QCoreApplication, QMarginsF, QObject, QPointF, QRectF, QSize, QSizeF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QPageLayout,
    QPageSize,
    QPaintDevice,
    QPainter,
    QPdfWriter,
    QPen,
    QPolygonF,
)

from viewer.core import gazetteer
from viewer.core import timeline as tl
from viewer.core.files import usual_mode
from viewer.core.pipeline import ArticleInfo
from viewer.ui import theme
from viewer.ui.date_axis import tick_label
from viewer.ui.drawing import EventPainter, Style, label_text, lay_out_lanes
from viewer.ui.fonts import FALLBACKS, FAMILY, ui_font

PRESETS = {
    "slide": (1920, 1080),
    "slide4k": (3840, 2160),
    "a4": (1123, 794),  # A4 landscape at 96 dpi: 297 x 210 mm
}
FORMATS = (".png", ".svg", ".pdf")


@dataclass
class FigureSpec:
    """Everything that decides the picture; equal specs give equal pictures."""

    width: int = 1920
    height: int = 1080
    start: dt.date = tl.DEFAULT_VIEW[0]
    end: dt.date = tl.DEFAULT_VIEW[1]
    countries: list[str] | None = None  # None: every event, whatever its countries
    search: str = ""
    title: str | None = None  # None: the default title, which names the subject
    lang: str = "en"
    footer: bool = True
    made_on: dt.date | None = None  # printed in the footer when given
    lanes: str = "none"  # none | country | article
    extra: dict = field(default_factory=dict)

    def default_title(self) -> str:
        return QCoreApplication.translate("Figure", "Rare-earth and critical-minerals export dispute")


def parse_size(text: str) -> tuple[int, int]:
    """``1920x1080`` or a preset name (slide, slide4k, a4); ValueError otherwise."""
    key = text.strip().lower()
    if key in PRESETS:
        return PRESETS[key]
    parts = key.split("x")
    if len(parts) == 2 and all(p.isdigit() for p in parts):
        w, h = int(parts[0]), int(parts[1])
        if 200 <= w <= 10000 and 150 <= h <= 10000:
            return w, h
    raise ValueError(f"unknown size {text!r}: use WIDTHxHEIGHT (200-10000 px) or "
                     f"one of {', '.join(PRESETS)}")


def _font(px: float, bold: bool = False) -> QFont:
    font = ui_font(bold=bold)
    font.setPixelSize(max(round(px), 6))
    return font


def _ticks(start: float, end: float, width: float, fm: QFontMetricsF, lang: str):
    """Tick positions and labels from years down to days, spaced for their labels."""
    span = end - start
    d0, d1 = tl.date_of(start), tl.date_of(end)
    candidates = [("year", n * 12) for n in (1, 2, 5, 10, 20, 50)]
    candidates = [("month", n) for n in (1, 2, 3, 6)] + candidates
    candidates = [("day", n) for n in (1, 2, 7, 14)] + candidates
    for unit, step in candidates:
        approx = (step * 30.44 * tl.DAY_S if unit != "day" else step * tl.DAY_S)
        sample = tick_label(dt.date(2025, 12, 28), "month-year" if unit == "month" else
                            "year" if unit == "year" else "day-month", lang)
        if approx / span * width >= fm.horizontalAdvance(sample) * 1.6:
            break
    ticks = []
    if unit == "day":
        d = d0
        while d <= d1:
            if (d - dt.date(1970, 1, 1)).days % step == 0:
                ticks.append((tl.seconds(d), tick_label(d, "day-month", lang)))
            d += dt.timedelta(days=1)
        return ticks
    months = step
    index = d0.year * 12 + d0.month - 1
    index -= index % months
    while True:
        d = dt.date(index // 12, index % 12 + 1, 1)
        if d > d1 or tl.seconds(d) >= end:  # no tick on the closing edge
            break
        if d >= d0:
            label_unit = "year" if unit == "year" else "month"
            ticks.append((tl.seconds(d), tick_label(d, label_unit, lang)))
        index += months
    return ticks


class Figure(QObject):
    """Lays out and paints one picture."""

    def __init__(self, spec: FigureSpec, table: tl.EventTable,
                 articles: list[ArticleInfo]) -> None:
        super().__init__()
        self.spec = spec
        self.table = table
        self.articles = {a.id: a for a in articles}
        # text and glyphs scale with the shorter side, never below a readable size
        self.s = max(min(spec.width, spec.height) / 1080, 0.55)
        if spec.countries is not None:  # one order whatever order they were given in
            spec = dataclasses.replace(spec, countries=sorted(set(spec.countries)))
            self.spec = spec
        self.visible = table.mask(spec.countries, spec.search) if len(table) else np.zeros(0, bool)
        self.x0 = tl.seconds(spec.start)
        self.x1 = tl.seconds(spec.end) + tl.DAY_S
        # an open-ended event (in force from … on) runs through any later period
        in_range = (((table.x1 > self.x0) | table.open_ended) & (table.x0 < self.x1)
                    if len(table) else self.visible)
        self.shown = self.visible & in_range
        self.gaz = gazetteer.default()
        self.labels = [label_text(e) for e in table.events]
        self.not_drawn = 0

    # -- words ---------------------------------------------------------------------------

    def title(self) -> str:
        return self.spec.title if self.spec.title else self.spec.default_title()

    def subtitle(self) -> str:
        spec, lang = self.spec, self.spec.lang
        if spec.countries is None:
            who = self.tr("All countries")
        elif not spec.countries:
            who = self.tr("No country")
        else:
            sep = "、" if lang == "zh" else ", "
            who = self.tr("Countries: {0}").format(sep.join(self.gaz.name(c, lang)
                                                     for c in spec.countries))
        when = self.tr("{0} to {1}").format(self._month(spec.start), self._month(spec.end))
        parts = [who, when]
        if spec.search:
            parts.append(self.tr("Search: “{0}”").format(spec.search))
        n_articles = len(self.sources())
        events = int(self.shown.sum())
        parts.append(self.tr("{0} events from {1} articles").format(events, n_articles)
                     if n_articles != 1 else self.tr("{0} events from 1 article").format(events))
        return " · ".join(parts)

    def _month(self, d: dt.date) -> str:
        return f"{d.year}年{d.month}月" if self.spec.lang == "zh" else d.strftime("%b %Y")

    def sources(self) -> list[ArticleInfo]:
        ids = {m.article for i in np.flatnonzero(self.shown) for m in self.table.events[i].mentions}
        found = [self.articles[a] for a in ids if a in self.articles]
        return sorted(found, key=lambda a: (a.published or dt.date.max, a.title, a.id))

    # -- painting --------------------------------------------------------------------------

    def paint(self, p: QPainter) -> None:
        spec, s = self.spec, self.s
        w, h = spec.width, spec.height
        p.fillRect(QRectF(0, 0, w, h), theme.BACKGROUND)
        p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        p.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        margin = 56 * s
        inner = w - 2 * margin
        y = margin
        y = self._text(p, self.title(), _font(40 * s, True), theme.TEXT, margin, y, inner)
        y = self._text(p, self.subtitle(), _font(20 * s), theme.MUTED, margin, y + 6 * s, inner)
        y = self._legend(p, margin, y + 18 * s, inner)
        footer_top = h - margin - (self._footer_height(inner) if spec.footer else 0)
        axis_h = 40 * s
        plot = QRectF(margin, y + 20 * s, inner, footer_top - axis_h - (y + 20 * s) - 12 * s)
        self._plot(p, plot, axis_h)
        if spec.footer:
            self._footer(p, margin, footer_top + 10 * s, inner)

    def _text(self, p: QPainter, text: str, font: QFont, color: QColor, x: float, y: float,
              width: float) -> float:
        fm = QFontMetricsF(font)
        p.setFont(font)
        p.setPen(color)
        p.drawText(QPointF(x, y + fm.ascent()), fm.elidedText(text, Qt.TextElideMode.ElideRight,
                                                               width))
        return y + fm.height()

    def _legend(self, p: QPainter, x: float, y: float, width: float) -> float:
        s = self.s
        font = _font(17 * s)
        fm = QFontMetricsF(font)
        p.setFont(font)
        cy = y + fm.height() / 2
        items = [("day", self.tr("Day, days")), ("month", self.tr("Month")), ("year", self.tr("Year")),
                 ("open", self.tr("Open-ended (from … on)")), ("source", self.tr("Publication date"))]
        for kind, text in items:
            glyph_w = 34 * s
            self._legend_glyph(p, kind, x, cy, glyph_w)
            p.setPen(theme.TEXT)
            p.drawText(QPointF(x + glyph_w + 8 * s, cy + (fm.ascent() - fm.descent()) / 2), text)
            x += glyph_w + 8 * s + fm.horizontalAdvance(text) + 28 * s
        return y + fm.height()

    def _legend_glyph(self, p: QPainter, kind: str, x: float, cy: float, w: float) -> None:
        s = self.s
        bar_h = theme.BAR_HEIGHT * s * 1.2
        if kind == "day":  # one day a dot, a span of days (上周末, 11月初) a bar
            r = theme.MARKER_SIZE * s * 0.6
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(theme.PRECISION_COLORS[0])
            p.drawEllipse(QPointF(x + r, cy), r, r)
            color = theme.PRECISION_COLORS[0]
            fill = QColor(color)
            fill.setAlpha(theme.BAR_ALPHA)
            p.setPen(QPen(color, 1.4 * s))
            p.setBrush(fill)
            p.drawRect(QRectF(x + 2 * r + 4 * s, cy - bar_h / 2, w - 2 * r - 4 * s, bar_h))
        elif kind in ("month", "year"):
            color = theme.PRECISION_COLORS[1 if kind == "month" else 2]
            fill = QColor(color)
            fill.setAlpha(theme.BAR_ALPHA)
            p.setPen(QPen(color, 1.4 * s))
            p.setBrush(fill)
            p.drawRect(QRectF(x, cy - bar_h / 2, w, bar_h))
        elif kind == "open":
            color = theme.PRECISION_COLORS[2]
            p.setPen(QPen(color, 1.6 * s, Qt.PenStyle.DashLine))
            p.drawLine(QPointF(x, cy), QPointF(x + w - 8 * s, cy))
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(color)
            p.drawPolygon(QPolygonF([QPointF(x + w, cy), QPointF(x + w - 9 * s, cy - 6 * s),
                                     QPointF(x + w - 9 * s, cy + 6 * s)]))
        else:
            self._triangle(p, x + w / 2, cy, 7 * s)

    def _triangle(self, p: QPainter, x: float, y: float, r: float) -> None:
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(theme.SOURCE)
        p.drawPolygon(QPolygonF([QPointF(x - r, y - r * 0.7), QPointF(x + r, y - r * 0.7),
                                 QPointF(x, y + r * 0.8)]))

    def _plot(self, p: QPainter, plot: QRectF, axis_h: float) -> None:
        s = self.s
        spp = (self.x1 - self.x0) / plot.width()
        origin = plot.left() - self.x0 / spp  # pixel = x / spp + origin
        axis_font = _font(16 * s)
        fm = QFontMetricsF(axis_font)
        ticks = _ticks(self.x0, self.x1, plot.width(), fm, self.spec.lang)
        p.setPen(QPen(theme.GRID, max(s, 1.0)))
        for x, _ in ticks:
            px = x / spp + origin
            p.drawLine(QPointF(px, plot.top()), QPointF(px, plot.bottom()))
        p.setPen(QPen(theme.AXIS, max(1.2 * s, 1.0)))
        p.drawLine(QPointF(plot.left(), plot.bottom()), QPointF(plot.right(), plot.bottom()))
        p.setFont(axis_font)
        p.setPen(theme.TEXT)
        for x, text in ticks:
            px = x / spp + origin
            tw = fm.horizontalAdvance(text)
            left = min(max(px - tw / 2, plot.left()), plot.right() - tw)
            p.drawLine(QPointF(px, plot.bottom()), QPointF(px, plot.bottom() + 6 * s))
            p.drawText(QPointF(left, plot.bottom() + 8 * s + fm.ascent()), text)

        t = self.table
        lane_h = theme.ROW_HEIGHT * 1.5 * s * 1.4
        self.not_drawn = 0
        if len(t):
            style, widths, ll = self._fit(spp, plot.height() - lane_h)
            rows_top = plot.top() + style.row_height / 2
            capacity = (plot.height() - lane_h) / style.row_height - 1.0  # last row's top
            fits = ll.ys <= capacity
            if not fits.all():  # keep the last row free for the note below
                capacity -= 1.0
                fits = ll.ys <= capacity
            self.not_drawn = len({int(e) for e in ll.event[~fits]} - {int(e) for e in ll.event[fits]})
            rows = np.where(fits, ll.layout.rows, -1)
            layout = tl.Layout(rows, ll.layout.labelled, ll.layout.side, ll.layout.n_rows,
                               ll.layout.inside)
            g = ll.glyphs
            labels = [self.labels[i] for i in ll.event]
            counts = np.array([t.events[i].sources for i in ll.event], dtype=int)
            painter = EventPainter(style)
            p.save()
            p.setClipRect(QRectF(plot.left(), plot.top(), plot.width(), plot.height()))
            painter.paint(p, g, layout, labels, widths[ll.event], g.x0 / spp + origin,
                          g.x1 / spp + origin, rows_top + ll.ys * style.row_height, plot.left(),
                          plot.right(), markers=True, counts=counts)
            headers = [(rows_top + y * style.row_height, self._lane_caption(key))
                       for y, key in ll.headers if y <= capacity]
            painter.paint_headers(p, headers, plot.left(), plot.right())
            p.restore()
            if self.not_drawn:
                note = self.tr("{0} events did not fit: choose fewer countries or a shorter "
                               "period").format(self.not_drawn)
                font = _font(15 * s)
                fm = QFontMetricsF(font)
                p.setFont(font)
                p.setPen(theme.SELECTED)
                note = fm.elidedText(note, Qt.TextElideMode.ElideRight, plot.width())
                p.drawText(QPointF(plot.right() - fm.horizontalAdvance(note),
                                   plot.bottom() - lane_h - 4 * s), note)
        lane_y = plot.bottom() - lane_h / 2
        p.setPen(QPen(theme.GRID, max(s, 1.0)))
        p.drawLine(QPointF(plot.left(), lane_y - lane_h / 2), QPointF(plot.right(), lane_y - lane_h / 2))
        cap_font = _font(14 * s)
        p.setFont(cap_font)
        p.setPen(theme.MUTED)
        p.drawText(QPointF(plot.left() + 4 * s, lane_y - lane_h / 2 - 5 * s), self.tr("Sources"))
        for a in self.sources():
            if a.published is not None:
                px = (tl.seconds(a.published) + tl.DAY_S / 2) / spp + origin
                if plot.left() <= px <= plot.right():
                    self._triangle(p, px, lane_y, 7 * s)

    def _lane_order(self) -> tuple[list[str], set[str] | None]:
        mode = self.spec.lanes
        if mode == "country":
            if self.spec.countries is not None:
                return list(self.spec.countries), set(self.spec.countries)
            counts = self.table.counts(self.shown)
            return sorted(counts, key=lambda c: (-counts[c], c)), None
        if mode == "article":
            ordered = sorted(self.articles.values(), key=lambda a: (a.published or dt.date.max, a.id))
            return [a.id for a in ordered], None
        return [], None

    def _lane_caption(self, key: str) -> str:
        if self.spec.lanes == "country":
            return self.tr("No country named") if key == tl.NO_COUNTRY else self.gaz.name(
                key, self.spec.lang)
        a = self.articles.get(key)
        if a is None:
            return key
        title = a.title if len(a.title) <= 28 else a.title[:27] + "…"
        return f"{title} ({a.published.isoformat() if a.published else '?'})"

    def _fit(self, spp: float, height: float):
        """The largest style (down to about half size) whose rows fit ``height`` pixels."""
        order, only = self._lane_order()
        factor = self.s * 1.5
        for _ in range(6):
            style = Style.scaled(factor, 12)
            widths = style.widths(self.labels)
            max_rows = max(int(height // style.row_height) - 1, 1)
            ll = lay_out_lanes(self.table, self.shown, self.spec.lanes, order, spp,
                               self.x0 / spp, self.x1 / spp, widths, style, max_rows, only)
            if ll.height <= height / style.row_height - 1.0:
                break
            factor *= 0.87
        return style, widths, ll

    def _footer_lines(self, width: float) -> list[str]:
        fm = QFontMetricsF(_font(15 * self.s))
        items = [f"{a.title} ({a.published.isoformat() if a.published else self.tr('no date')})"
                 for a in self.sources()]
        lines: list[str] = []
        current = self.tr("Sources:")
        for k, item in enumerate(items):
            piece = f"{current} {item}" if current else item
            if fm.horizontalAdvance(piece + ";") <= width:
                current = piece + (";" if k < len(items) - 1 else "")
                continue
            lines.append(current)
            if len(lines) == 3:
                rest = len(items) - k
                lines[-1] = fm.elidedText(lines[-1] + " " + self.tr("… and {0} more").format(rest),
                                          Qt.TextElideMode.ElideMiddle, width)
                current = ""
                break
            current = fm.elidedText(item, Qt.TextElideMode.ElideRight, width) + (
                ";" if k < len(items) - 1 else "")
        if current:
            lines.append(current)
        if not items:
            lines = [self.tr("Sources: none")]
        if self.spec.made_on is not None:
            lines.append(self.tr("Made {0} with the rare-earth dispute timeline").format(
                self.spec.made_on.isoformat()))
        return lines

    def _footer_height(self, width: float) -> float:
        fm = QFontMetricsF(_font(15 * self.s))
        return len(self._footer_lines(width)) * fm.height() + 12 * self.s

    def _footer(self, p: QPainter, x: float, y: float, width: float) -> None:
        font = _font(15 * self.s)
        fm = QFontMetricsF(font)
        p.setFont(font)
        p.setPen(theme.MUTED)
        for line in self._footer_lines(width):
            p.drawText(QPointF(x, y + fm.ascent()), fm.elidedText(line, Qt.TextElideMode.ElideRight,
                                                                  width))
            y += fm.height()


def _paint_on(device: QPaintDevice, figure: Figure) -> None:
    p = QPainter(device)
    try:
        figure.paint(p)
    finally:
        p.end()


def to_image(spec: FigureSpec, table: tl.EventTable, articles: list[ArticleInfo]) -> QImage:
    image = QImage(spec.width, spec.height, QImage.Format.Format_ARGB32)
    image.fill(theme.BACKGROUND)
    _paint_on(image, Figure(spec, table, articles))
    return image


def save(spec: FigureSpec, table: tl.EventTable, articles: list[ArticleInfo], path: Path) -> None:
    """Write the picture as PNG, SVG or PDF, chosen by the file's extension.

    The file is written beside its target and renamed into place, so a failure
    (a full disk, no permission) raises OSError and never leaves half a picture.
    """
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in FORMATS:
        raise ValueError(f"unknown picture format {suffix!r}: use {', '.join(FORMATS)}")
    figure = Figure(spec, table, articles)
    fd, name = tempfile.mkstemp(prefix=f".{path.stem}.", suffix=suffix, dir=path.parent or ".")
    try:
        os.fchmod(fd, usual_mode())  # like any picture saved here, not 0600
    finally:
        os.close(fd)
    tmp = Path(name)
    try:
        _write(figure, spec, tmp, suffix)
        if tmp.stat().st_size == 0:
            raise OSError(f"could not write {path}")
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise


def _write(figure: Figure, spec: FigureSpec, tmp: Path, suffix: str) -> None:
    if suffix == ".png":
        if not to_image(spec, figure.table, list(figure.articles.values())).save(str(tmp), "PNG"):
            raise OSError(f"could not write the picture ({tmp.parent})")
        return
    if suffix == ".svg":
        from PySide6.QtSvg import QSvgGenerator

        device = QSvgGenerator()
        device.setFileName(str(tmp))
        device.setSize(QSize(spec.width, spec.height))
        device.setViewBox(QRectF(0, 0, spec.width, spec.height))
        device.setResolution(96)
        device.setTitle(figure.title())
        device.setDescription(figure.subtitle())
    else:
        device = QPdfWriter(str(tmp))
        device.setResolution(96)
        device.setCreator("rare-earth dispute timeline")
        device.setTitle(figure.title())
        size = QPageSize(QSizeF(spec.width * 72 / 96, spec.height * 72 / 96),
                         QPageSize.Unit.Point, "figure", QPageSize.SizeMatchPolicy.ExactMatch)
        device.setPageLayout(QPageLayout(size, QPageLayout.Orientation.Portrait,
                                         QMarginsF(0, 0, 0, 0)))
    p = QPainter()
    if not p.begin(device):
        raise OSError(f"could not write the picture ({tmp.parent})")
    try:
        figure.paint(p)
    finally:
        p.end()
    if suffix == ".svg":
        _add_font_fallbacks(tmp)


def _add_font_fallbacks(svg: Path) -> None:
    """Name fonts a reader is likely to have after the bundled one, which it will not have.

    QSvgGenerator writes one family per text element; labels stay text (editable in a slide),
    so the program that opens the file picks the font.
    """
    chain = ", ".join((FAMILY, *FALLBACKS))  # unquoted CSS names: QtSvg reads only these
    text = svg.read_text("utf-8")
    svg.write_text(text.replace(f'font-family="{FAMILY}"', f'font-family="{chain}"'), "utf-8")
