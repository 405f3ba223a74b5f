"""The timeline's model: events as arrays, filtering by masks, row layout, navigation.

Pure Python + numpy (no Qt). Time is measured in seconds since 1970-01-01 UTC,
the unit pyqtgraph's date axis uses; an event covers [x0, x1) where x1 is the
midnight after its last day, so a month bar spans the whole month.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cached_property

import numpy as np

from viewer.core import merge
from viewer.core.events import Mention
from viewer.core.textnorm import fold

DAY_S = 86400.0
PRECISIONS = ("day", "month", "year")
DEFAULT_VIEW = (dt.date(2010, 1, 1), dt.date(2026, 12, 31))
LIMITS = (dt.date(1990, 1, 1), dt.date(2040, 12, 31))


def format_span(start: dt.date | None, end: dt.date | None, precision: str,
                open_ended: bool = False, short_days: bool = False) -> str:
    """A span as people write it at its precision: 2025-12-12, 2025-12, 2010, 2024–2026, with →.

    ``short_days`` drops the year of day dates (12-12), for labels next to a date axis.
    """
    if start is None or end is None:
        return "?"
    if precision == "day":
        fmt = "%m-%d" if short_days else "%Y-%m-%d"
        text = start.strftime(fmt) if start == end else f"{start:{fmt}}–{end:{fmt}}"
    elif precision == "month":
        same = (start.year, start.month) == (end.year, end.month)
        text = f"{start:%Y-%m}" if same else f"{start:%Y-%m}–{end:%Y-%m}"
    else:
        text = str(start.year) if start.year == end.year else f"{start.year}–{end.year}"
    return text + ("→" if open_ended else "")


EPOCH_ORDINAL = dt.date(1970, 1, 1).toordinal()


def seconds(d: dt.date) -> float:
    """Midnight UTC of ``d`` as seconds since the epoch."""
    return (d - dt.date(1970, 1, 1)).days * DAY_S


def date_of(x: float) -> dt.date:
    return dt.date(1970, 1, 1) + dt.timedelta(days=int(x // DAY_S))


@dataclass
class TimelineEvent:
    """What the timeline draws: one or more mentions of one happening."""

    id: int
    mentions: list[Mention]
    start: dt.date | None
    end: dt.date | None
    precision: str
    open_ended: bool
    countries: list[str]
    label: str

    @property
    def primary(self) -> Mention:
        return self.mentions[0]

    @classmethod
    def of(cls, ident: int, mention: Mention) -> TimelineEvent:
        return cls(ident, [mention], mention.start, mention.end, mention.precision,
                   mention.open_ended, list(mention.countries), mention.label)

    @classmethod
    def merged(cls, ident: int, group: Sequence[Mention]) -> TimelineEvent:
        """One event from mentions of one happening: the clearest source gives date and label."""
        if len(group) == 1:  # most events: nothing to choose between
            return cls.of(ident, group[0])
        ordered = merge.clearest_first(group)
        first = ordered[0]
        span = (first.start, first.end)
        open_ended = any(m.open_ended for m in ordered if (m.start, m.end) == span)
        countries = list(dict.fromkeys(c for m in ordered for c in m.countries))
        return cls(ident, ordered, first.start, first.end, first.precision, open_ended,
                   countries, first.label)

    @property
    def sources(self) -> int:
        return len(self.mentions)


@dataclass
class Source:
    """An article's publication date: a marker in the sources lane."""

    article: str
    title: str
    published: dt.date


@dataclass
class EventTable:
    """Arrays over the resolved events, for drawing and filtering without objects."""

    events: list[TimelineEvent]
    x0: np.ndarray = field(init=False)
    x1: np.ndarray = field(init=False)
    precision: np.ndarray = field(init=False)  # 0 day, 1 month, 2 year
    point: np.ndarray = field(init=False)  # one day: drawn as a marker, not a bar
    open_ended: np.ndarray = field(init=False)
    codes: list[str] = field(init=False)
    membership: np.ndarray = field(init=False)  # events x countries, bool
    order: np.ndarray = field(init=False)  # indices by (x0, x1)
    sources: np.ndarray = field(init=False)  # how many mentions each event has
    _haystack: list[str] | None = field(init=False, repr=False, default=None)

    def __post_init__(self) -> None:
        ev = self.events
        n = len(ev)
        days = np.fromiter((e.start.toordinal() for e in ev), np.int64, n)
        self.x0 = (days - EPOCH_ORDINAL) * DAY_S
        days = np.fromiter((e.end.toordinal() for e in ev), np.int64, n)
        self.x1 = (days - EPOCH_ORDINAL + 1) * DAY_S
        rank = {p: k for k, p in enumerate(PRECISIONS)}
        self.precision = np.fromiter((rank[e.precision] for e in ev), np.int8, n)
        self.point = _points(self.x0, self.x1, self.precision)
        self.open_ended = np.fromiter((e.open_ended for e in ev), bool, n)
        self.codes = sorted({c for e in ev for c in e.countries})
        col = {c: i for i, c in enumerate(self.codes)}
        self.membership = np.zeros((n, len(self.codes)), dtype=bool)
        cells = np.fromiter((i * len(col) + col[c] for i, e in enumerate(ev) for c in e.countries),
                            np.int64)
        self.membership.flat[cells] = True
        self.order = np.lexsort((self.x1, self.x0)) if n else np.zeros(0, dtype=int)
        self.sources = np.fromiter((len(e.mentions) for e in ev), np.int64, n)

    def haystack(self) -> list[str]:
        """Each event's label and sentences, folded for search (made on the first search)."""
        if self._haystack is None:
            self._haystack = [fold(" ".join([e.label] + [m.sentence for m in e.mentions]))
                              .casefold() for e in self.events]
        return self._haystack

    def __len__(self) -> int:
        return len(self.events)

    def event_with(self, key: str) -> int | None:
        """The event that has the mention ``key`` (Mention.key), if any."""
        for k, event in enumerate(self.events):
            for m in event.mentions:
                if m.key == key:
                    return k
        return None

    def mask(self, countries: Iterable[str] | None = None, search: str = "") -> np.ndarray:
        """Visible events: involving any of ``countries`` (None = no filter) and matching ``search``.

        An event that names no country shows only when no country filter is set.
        """
        keep = np.ones(len(self), dtype=bool)
        if countries is not None:
            cols = [self.codes.index(c) for c in countries if c in self.codes]
            keep &= self.membership[:, cols].any(axis=1) if cols else False
        needle = fold(search).casefold().strip() if search.strip() else ""
        if needle:
            keep &= np.fromiter((needle in h for h in self.haystack()), bool, len(self))
        return keep

    def counts(self, mask: np.ndarray | None = None) -> dict[str, int]:
        m = self.membership if mask is None else self.membership[mask]
        return {c: int(n) for c, n in zip(self.codes, m.sum(axis=0))}

    def step(self, current: int | None, direction: int, visible: np.ndarray) -> int | None:
        """The next (+1) or previous (-1) visible event in time order after ``current``."""
        ordered = [int(i) for i in self.order if visible[i]]
        if not ordered:
            return None
        if current is None or current not in ordered:
            return ordered[0] if direction > 0 else ordered[-1]
        k = ordered.index(current) + direction
        return ordered[k] if 0 <= k < len(ordered) else current

    def take(self, idx: np.ndarray) -> Glyphs:
        return Glyphs(self.x0[idx], self.x1[idx], self.precision[idx], self.open_ended[idx])

    def extent(self, visible: np.ndarray | None = None) -> tuple[float, float] | None:
        sel = np.ones(len(self), bool) if visible is None else visible
        if not sel.any():
            return None
        return float(self.x0[sel].min()), float(self.x1[sel].max())


def _points(x0: np.ndarray, x1: np.ndarray, precision: np.ndarray) -> np.ndarray:
    """Events of a single day; a span of days (上周末, 11月初) is a bar like a month."""
    return (precision == 0) & (x1 - x0 <= DAY_S)


@dataclass(frozen=True)
class Glyphs:
    """The drawing arrays of some events (or of lane instances of events)."""

    x0: np.ndarray
    x1: np.ndarray
    precision: np.ndarray
    open_ended: np.ndarray

    def __len__(self) -> int:
        return len(self.x0)

    @cached_property
    def point(self) -> np.ndarray:
        return _points(self.x0, self.x1, self.precision)


@dataclass(frozen=True)
class LaneSet:
    """Events placed in lanes: instance k is event ``event[k]`` in lane ``lane[k]``."""

    names: list[str]  # lane keys: country codes, article ids, or [""] for one lane
    event: np.ndarray
    lane: np.ndarray


LANE_MODES = ("none", "country", "article")
NO_COUNTRY = "-"


def lanes(table: EventTable, visible: np.ndarray, mode: str, order: Sequence[str] = (),
          only: Iterable[str] | None = None) -> LaneSet:
    """Lanes of the visible events: one per country or article (in ``order``), or one.

    By country, an event sits in the lane of each country it involves (events that
    name none share a last lane); by article, in the lane of each article that
    reports it. ``only`` limits the lanes to those keys (the checked countries).
    """
    shown = np.flatnonzero(visible)
    if mode == "none" or not len(table):
        return LaneSet([""], shown, np.zeros(len(shown), dtype=np.int32))
    keys_of = (
        (lambda e: e.countries or [NO_COUNTRY]) if mode == "country"
        else (lambda e: list(dict.fromkeys(m.article for m in e.mentions)))
    )
    allowed = None if only is None else set(only)
    present: dict[str, list[int]] = {}
    for i in shown:
        for key in keys_of(table.events[i]):
            if allowed is None or key in allowed:
                present.setdefault(key, []).append(int(i))
    names = [k for k in order if k in present] + sorted(k for k in present if k not in order)
    if NO_COUNTRY in names:  # events naming no country come last
        names.remove(NO_COUNTRY)
        names.append(NO_COUNTRY)
    event = [i for k in names for i in present[k]]
    lane = [n for n, k in enumerate(names) for _ in present[k]]
    return LaneSet(names, np.array(event, dtype=np.int64), np.array(lane, dtype=np.int32))


def _partition(groups: list[list[int]], n: int) -> bool:
    """Whether ``groups`` hold each of 0..n-1 exactly once (a cached merge that still fits)."""
    flat = [i for g in groups for i in g]
    if len(flat) != n or not all(groups) or not all(isinstance(i, int) for i in flat):
        return False
    counts = np.bincount(np.array(flat, dtype=np.int64), minlength=n) if n else np.zeros(0)
    return bool(len(counts) == n and (counts == 1).all())


def merge_groups(mentions: Sequence[Mention]) -> list[list[int]]:
    """merge.clusters over the resolved mentions, as build uses it (for caching)."""
    return merge.clusters([m for m in mentions if m.start is not None])


def build(mentions: Sequence[Mention], merged: bool = False,
          groups: list[list[int]] | None = None) -> tuple[EventTable, list[Mention]]:
    """Events of the resolved mentions, and the unresolved mentions.

    Unmerged, every mention is an event; merged, mentions of one happening
    (viewer.core.merge) are one event with all of them as its sources. ``groups``
    is a merge computed before for these very mentions (indices into the resolved
    ones, as merge.clusters returns them), e.g. from the cache.
    """
    resolved = [m for m in mentions if m.start is not None]
    unresolved = [m for m in mentions if m.start is None]
    if not merged:
        return EventTable([TimelineEvent.of(i, m) for i, m in enumerate(resolved)]), unresolved
    if groups is None or not _partition(groups, len(resolved)):
        groups = merge.clusters(resolved)
    events = [TimelineEvent.merged(k, [resolved[i] for i in g]) for k, g in enumerate(groups)]
    return EventTable(events), unresolved


def merge_key(mentions: Sequence[Mention]) -> int:
    """A fingerprint of what merging ``mentions`` reads (dates, precision, article, place,
    countries, sentence, in order): equal for two lists that merge alike, so a label
    corrected by the analyst reuses the merge before it. Valid within one process."""
    resolved = [m for m in mentions if m.start is not None]
    return hash((len(resolved), tuple(
        (m.start, m.end, m.precision, m.article, m.offset, tuple(m.countries), m.sentence)
        for m in resolved)))


@dataclass(frozen=True)
class Prepared:
    """What a window shows of a corpus, made in one go (off its GUI thread when large)."""

    table: EventTable
    unresolved: list[Mention]  # mentions without a date: their article has none
    sources: list[Source]  # the sources lane: one marker per dated article
    source_x: np.ndarray  # the markers' places: the middle of each publication day
    merge: PackedMerge | None = None  # the merge, when merged: for the next prepare's ``known``


@dataclass(frozen=True)
class PackedMerge:
    """A merge's groups in two arrays (about 1 MB for 130,000 mentions, not 7 MB of lists)."""

    key: int  # merge_key of the mentions it was made for
    members: np.ndarray  # the groups' mention indices, one group after the other
    sizes: np.ndarray  # how many mentions each group has

    @classmethod
    def of(cls, key: int, groups: list[list[int]]) -> PackedMerge:
        members = np.fromiter((i for g in groups for i in g), np.int32)
        return cls(key, members, np.fromiter(map(len, groups), np.int32, len(groups)))

    def groups(self) -> list[list[int]]:
        if not len(self.sizes):
            return []
        return [part.tolist() for part in np.split(self.members, np.cumsum(self.sizes)[:-1])]


def sources_of(articles: Sequence) -> list[Source]:
    """The dated articles (ArticleInfo or alike) as markers of the sources lane."""
    return [Source(a.id, a.title, a.published) for a in articles if a.published]


def source_x(sources: Sequence[Source]) -> np.ndarray:
    """Seconds at the middle of each source's publication day."""
    return np.fromiter(((s.published.toordinal() - EPOCH_ORDINAL) * DAY_S + DAY_S / 2
                        for s in sources), float, len(sources))


def prepare(articles: Sequence, mentions: Sequence[Mention], merged: bool = False,
            groups: list[list[int]] | None = None,
            known: Iterable[PackedMerge] = ()) -> Prepared:
    """``build`` plus the sources lane of ``articles``.

    ``known`` are earlier merges (``Prepared.merge``): one made for mentions that merge
    alike (same ``merge_key``: a label corrected, or a correction undone) is used
    instead of merging again, which takes seconds at 10,000 pages.
    """
    done = None
    if merged:
        key = merge_key(mentions)
        if groups is None:
            groups = next((k.groups() for k in known if k.key == key), None)
        resolved = sum(1 for m in mentions if m.start is not None)
        if groups is None or not _partition(groups, resolved):
            groups = merge_groups(mentions)
        done = PackedMerge.of(key, groups)
    table, unresolved = build(mentions, merged, groups)
    sources = sources_of(articles)
    return Prepared(table, unresolved, sources, source_x(sources), done)


@dataclass(frozen=True)
class Layout:
    rows: np.ndarray  # row of each event (-1 = not shown)
    labelled: np.ndarray  # bool: the label fits and is drawn
    side: np.ndarray  # +1 label right of the glyph, -1 left of it
    n_rows: int
    inside: np.ndarray | None = None  # the label is drawn within the glyph's own extent

    @classmethod
    def empty(cls, n: int = 0) -> Layout:
        return cls(np.full(n, -1, np.int32), np.zeros(n, bool), np.ones(n, np.int8), 0)

    def is_inside(self, i: int) -> bool:
        return bool(self.inside is not None and self.inside[i])


def stack(glyph_start: np.ndarray, glyph_end: np.ndarray, widths: np.ndarray,
          visible: np.ndarray, max_rows: int, gap: float,
          left: float = -np.inf, right: float = np.inf,
          inside: np.ndarray | None = None) -> Layout:
    """Pack events into rows so that glyphs and drawn labels never overlap.

    Coordinates are pixels; ``left``/``right`` bound the drawing area. A label
    goes right of its glyph, or left of it when it would cross ``right``; it is
    dropped (the tooltip still has it) when it fits on neither side. Each event
    goes to the lowest of the first ``max_rows`` rows that is free for its glyph
    and label; failing that, the lowest row free for its glyph alone (label
    dropped); failing that, a new row below the others: glyphs never overlap.
    ``inside`` marks events whose label is drawn within their own glyph's extent
    (an open-ended event's label rides on its arrow).
    """
    n = len(glyph_start)
    rows = np.full(n, -1, dtype=np.int32)
    labelled = np.zeros(n, dtype=bool)
    side = np.ones(n, dtype=np.int8)
    right_end = glyph_end + gap + widths
    left_start = glyph_start - gap - widths
    inside = np.zeros(n, bool) if inside is None else inside
    fits_right = (right_end <= right) | inside
    fits_left = (left_start >= left) & ~inside
    side[~fits_right & fits_left] = -1
    can_label = fits_right | fits_left
    lo = np.where(can_label & (side < 0), left_start, glyph_start)
    hi = np.where(can_label & (side > 0) & ~inside, right_end, glyph_end)
    ends: list[float] = []  # where each row's last glyph or label ends
    idx = np.flatnonzero(visible)
    idx = idx[np.lexsort((glyph_end[idx], lo[idx]))]
    limit = max(max_rows, 1)
    # plain Python numbers in the loop: numpy scalars compare several times slower
    for i, a, b, g0, g1, label in zip(idx.tolist(), lo[idx].tolist(), hi[idx].tolist(),
                                       glyph_start[idx].tolist(), glyph_end[idx].tolist(),
                                       can_label[idx].tolist()):
        r = -1
        if label:
            r = _first_free(ends, min(len(ends), limit), a - gap)
            if r < 0 and len(ends) < limit:
                r = len(ends)
                ends.append(-np.inf)
            if r >= 0:
                labelled[i] = True
                ends[r] = max(b, g1)
        if r < 0:
            r = _first_free(ends, len(ends), g0 - gap)
            if r < 0:
                r = len(ends)
                ends.append(-np.inf)
            ends[r] = max(ends[r], g1)
        rows[i] = r
    used = len(ends)
    return Layout(rows, labelled, side, used, inside)


def _first_free(ends: list[float], n: int, at: float) -> int:
    """The lowest of the first ``n`` rows whose content ends by ``at``, or -1."""
    for k in range(n):
        if ends[k] <= at:
            return k
    return -1


def glyph_extents(table: EventTable | Glyphs, spp: float, marker: float,
                  right: float = np.inf) -> tuple[np.ndarray, np.ndarray]:
    """Pixel start and end of each event's glyph at ``spp`` seconds per pixel.

    A day is a marker ``marker`` pixels wide centred on its day; a month, a year or
    a span of days is a bar over its whole period; an open-ended event runs on to ``right``
    (the right edge of the drawing), where its arrow is.
    """
    px0 = table.x0 / spp
    px1 = table.x1 / spp
    centre = (px0 + px1) / 2
    day = table.point
    start = np.where(day, centre - marker / 2, px0)
    end = np.where(day, centre + marker / 2, np.maximum(px1, px0 + 2))
    end = np.where(table.open_ended, np.maximum(end, right), end)
    return start, end


def hit(glyphs, layout: Layout, ys: np.ndarray, click_px: float, click_y: float, spp: float,
        label_widths: np.ndarray, marker: float, gap: float, tolerance: float = 3.0,
        right: float = np.inf) -> int | None:
    """The placed glyph under a click at ``click_px`` (pixels, the layout's origin) and row ``click_y``.

    ``ys`` is each glyph's row position (rows of lanes are offset by their headers).
    """
    if not len(glyphs):
        return None
    start, end = glyph_extents(glyphs, spp, marker, right)
    labelled = layout.labelled
    lo = np.where(labelled & (layout.side < 0), start - gap - label_widths, start)
    hi = np.where(labelled & (layout.side > 0), end + gap + label_widths, end)
    cand = np.flatnonzero((layout.rows >= 0) & (np.abs(ys - click_y) <= 0.45)
                          & (lo - tolerance <= click_px) & (click_px <= hi + tolerance))
    if not cand.size:
        return None
    on_glyph = (start[cand] - tolerance <= click_px) & (click_px <= end[cand] + tolerance)
    pool = cand[on_glyph] if on_glyph.any() else cand
    return int(pool[np.argmin(np.abs(start[pool] - click_px))])
