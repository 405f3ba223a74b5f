"""Turn a date expression's fields into a calendar span.

The reference dates are always arguments: the article's publication date and
the last date mentioned before the expression (the context). Nothing here reads
the clock.
"""

from __future__ import annotations

import calendar
import contextlib
import datetime as dt
from dataclasses import dataclass

from dateutil import parser as dateparser

from viewer.core.grammar import Expression, Grammar, Match
from viewer.core.numerals import parse_number

DAY, MONTH, YEAR = "day", "month", "year"


@dataclass(frozen=True, slots=True)
class DateValue:
    """A resolved (or unresolved) date: start/end are inclusive; None when unresolved."""

    start: dt.date | None
    end: dt.date | None
    precision: str
    open_ended: bool
    anchor: str  # explicit | publication | context | unresolved

    @property
    def resolved(self) -> bool:
        return self.start is not None


@dataclass(frozen=True, slots=True)
class Anchors:
    """Reference dates: the publication date and the last date mentioned (the context)."""

    published: dt.date | None
    context: DateValue | None = None
    future: bool = False
    context_is_local: bool = True  # the context date is in the same paragraph
    anaphor: DateValue | None = None  # what 同日/当天/次日 refer back to
    sentence_day: DateValue | None = None  # the first past day named before, in its sentence
    past: bool = False  # a past participle or a verb of saying right before (introduced in)

    @property
    def context_month(self) -> tuple[int, int] | None:
        """The context's (year, month) when it lies within one month."""
        c = self.context
        if c is None or c.start is None or (c.start.year, c.start.month) != (c.end.year, c.end.month):
            return None
        return c.start.year, c.start.month



class Unresolvable(Exception):
    """The expression needs a reference date that is not known."""


class Invalid(Exception):
    """The expression names no real date (2月30日 in any year, 2月29日 in 2025)."""


def _month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def _span(year: int, month: int | None = None, day: int | None = None) -> tuple[dt.date, dt.date]:
    try:
        if month is None:
            return dt.date(year, 1, 1), dt.date(year, 12, 31)
        if day is None:
            return dt.date(year, month, 1), _month_end(year, month)
        d = dt.date(year, month, day)
        return d, d
    except ValueError as exc:
        raise Invalid(str(exc)) from exc


def _shift_month(year: int, month: int, shift: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + shift
    return index // 12, index % 12 + 1


@dataclass
class _Fields:
    y: int | None = None
    m: int | None = None
    d: int | None = None

    @property
    def precision(self) -> str:
        return DAY if self.d is not None else MONTH if self.m is not None else YEAR


def _fields(match: Match, grammar: Grammar) -> _Fields:
    if match.kind == "english" or match.get("mon"):
        mon = match.get("mon")
        f = _Fields(
            y=int(match.get("y")) if match.get("y") else None,
            m=grammar.months_en[mon.lower().rstrip(".")] if mon else None,
            d=int(match.get("d")) if match.get("d") else None,
        )
        if f.y and f.m and f.d:
            # python-dateutil validates the day against the real calendar.
            text = f"{f.y:04d}-{f.m:02d}-{f.d:02d}"
            try:
                dateparser.isoparse(text)
            except ValueError as exc:
                raise Invalid(text) from exc
        return f
    if roc := match.get("roc"):  # 民國114年: the Republic of China's calendar, from 1912
        return _Fields(1911 + int(roc), *(parse_number(v) if (v := match.get(k)) else None
                                          for k in ("m", "d")))
    return _Fields(*(parse_number(v) if (v := match.get(k)) else None for k in ("y", "m", "d")))


def _complete(f: _Fields, a: Anchors) -> tuple[_Fields, str]:
    """Fill the year (and month) a partial date leaves out."""
    if f.y is not None:
        return f, "explicit"
    if f.m is None:  # day only: month and year from the context, else the publication
        if a.context_month is not None and a.context_is_local:
            return _Fields(*a.context_month, f.d), "context"
        if a.published is None:
            raise Unresolvable
        ref = a.published
        year, month = ref.year, ref.month
        if f.d > ref.day and not a.future:
            year, month = _shift_month(year, month, -1)
        elif f.d < ref.day and a.future:
            year, month = _shift_month(year, month, 1)
        step = 1 if a.future else -1
        for _ in range(12):  # 31日 in a month of 30 days: the month before (or after) it
            if f.d <= calendar.monthrange(year, month)[1]:
                return _Fields(year, month, f.d), "publication"
            year, month = _shift_month(year, month, step)
        raise Invalid(f"no month has day {f.d}")
    c = a.context
    if (a.context_is_local and c is not None and c.anchor == "explicit" and c.start is not None
            and not c.open_ended
            and not (a.past and a.published is not None and c.start > a.published)):
        # (valid through November 10, 2026, … measures introduced in October: a past
        # October, not the one of the later date)
        # narrative: 2010年9月7日…9月21日 stays in 2010 (next year if it would fall half a
        # year before the date it follows: 12月28日…1月3日); after a range of months over
        # two years (from August 2023 to September 2024. In December…), from its end
        ref = c.end if c.end.year != c.start.year and (c.end - c.start).days > 62 else c.start
        year = ref.year
        try:
            first, _ = _span(year, f.m, f.d)
        except Invalid:
            first = None
        if first is not None:
            if (ref - first).days > 183:
                year += 1
            return _Fields(year, f.m, f.d), "context"
    if a.published is None:
        raise Unresolvable
    ref, step = a.published, (1 if a.future else -1)
    year = ref.year
    for _ in range(9):  # 2月29日 may need a few years to find a leap year
        try:
            first, last = _span(year, f.m, f.d)
        except Invalid:
            year += step
            continue
        if (not a.future and first > ref) or (a.future and last < ref):
            year += step
            continue
        return _Fields(year, f.m, f.d), "publication"
    raise Invalid(f"no year has month {f.m} day {f.d}")


def _relative_day(a: Anchors, anchor: str) -> tuple[dt.date, str]:
    if anchor == "context" and a.anaphor is not None:
        return a.anaphor.start, "context"
    if anchor == "sentence" and a.sentence_day is not None:
        return a.sentence_day.start, "context"
    if a.published is None:
        raise Unresolvable
    return a.published, "publication"


def _part(parts: dict[str, tuple[int, int]], word: str) -> tuple[int, int]:
    """The span of a part word: 年底 as written, English in any case and spacing (Late, end  of)."""
    return parts[word] if word in parts else parts[" ".join(word.lower().split())]


def resolve(expr: Expression, grammar: Grammar, a: Anchors) -> DateValue:
    """The calendar value of ``expr``; raises Invalid, returns unresolved values."""
    try:
        start, end, precision, anchor = _resolve(expr, grammar, a)
    except Unresolvable:
        return DateValue(None, None, _nominal_precision(expr, grammar), expr.open_ended, "unresolved")
    if end < start:
        raise Invalid(f"{start} after {end}")
    return DateValue(start, end, precision, expr.open_ended, anchor)


def _nominal_precision(expr: Expression, grammar: Grammar) -> str:
    m = expr.first
    if m.kind in ("date", "english"):
        return _fields(m, grammar).precision
    if m.kind == "relative":
        unit = grammar.relative(m.get("rel")).unit
        return DAY if unit in (DAY, "week", "weekend") else unit
    if m.kind == "holiday":
        return DAY
    if m.kind in ("weekday", "split"):
        return DAY if m.get("d") or m.kind == "weekday" else MONTH
    if m.kind == "relative_date":
        return DAY if m.get("d") else MONTH
    return DAY if m.kind == "month_part" else MONTH


def _resolve(expr: Expression, grammar: Grammar, a: Anchors):
    m = expr.first
    if expr.last is not None and m.kind not in ("date", "english"):
        # 即日起至2026年11月10日, 9月下旬至10月上旬: from the first's start to the last's end
        start, _, precision, anchor = _resolve(Expression(expr.start, expr.end, m), grammar, a)
        last = expr.last
        if last.kind == "month_part" and last.get("y") is None:
            # the first's year, or the next one when the month comes round again
            # (2023年9月下旬至10月上旬, 12月下旬至1月上旬)
            month = _fields(last, grammar).m
            year = start.year + (1 if month < start.month else 0)
            _, hi = _part(grammar.month_parts, last.get("part"))
            end = dt.date(year, month, min(hi, calendar.monthrange(year, month)[1]))
        else:
            _, end, _, _ = _resolve(Expression(expr.start, expr.end, last), grammar, a)
            if end < start and last.get("y") is None:  # 即日起至11月10日: the next 10 November
                f = _fields(last, grammar)
                _, end = _span(start.year + (1 if (f.m, f.d) < (start.month, start.day) else 0),
                               f.m, f.d)
        return start, end, DAY if m.kind == "relative" else precision, anchor
    if m.kind in ("date", "english"):
        f, anchor = _complete(_fields(m, grammar), a)
        start, end = _span(f.y, f.m, f.d)
        if m.get("d2"):  # 10月9-12日, Oct. 9-10: the days of one month
            d2 = parse_number(m.get("d2"))
            if d2 is None or d2 <= f.d:
                raise Invalid(f"day range {f.d}..{d2}")
            _, end = _span(f.y, f.m, d2)
        if expr.last is not None:
            g = _fields(expr.last, grammar)
            g = _Fields(
                g.y if g.y is not None else f.y,
                g.m if g.m is not None else (f.m if g.d is not None else None),
                g.d,
            )
            _, end = _span(g.y, g.m, g.d)
            if end < start and expr.last.get("y") is None:
                _, end = _span(g.y + 1, g.m, g.d)
        return start, end, f.precision, anchor
    if m.kind == "year_range":
        y1, y2 = parse_number(m.get("y")), parse_number(m.get("y2"))
        if y2 is not None and y2 < 100:  # 2019-23
            y2 += y1 // 100 * 100
        if y2 is None or y2 <= y1:
            raise Invalid(f"year range {y1}..{y2}")  # 2025-10 is a month, not years
        return dt.date(y1, 1, 1), dt.date(y2, 12, 31), YEAR, "explicit"
    if m.kind == "year_part":
        first, last = _part(grammar.year_parts, m.get("part"))
        if m.get("y"):
            year, anchor = parse_number(m.get("y")), "explicit"
        elif m.get("rel"):
            if a.published is None:
                raise Unresolvable
            year = a.published.year + grammar.relative(m.get("rel")).shift
            anchor = "publication"
        elif (a.context is not None and a.context.anchor == "explicit"
              and not a.context.open_ended):  # (the highest since 2014: a baseline)
            year, anchor = a.context.start.year, "context"
        elif a.published is not None:
            year, anchor = a.published.year, "publication"
        else:
            raise Unresolvable
        return dt.date(year, first, 1), _month_end(year, last), MONTH, anchor
    if m.kind == "month_part":
        first, last = _part(grammar.month_parts, m.get("part"))
        if m.get("rel") and m.get("m"):  # 去年11月初: the year from the relative word
            if a.published is None:
                raise Unresolvable
            year = a.published.year + grammar.relative(m.get("rel")).shift
            month, anchor = _fields(m, grammar).m, "publication"
        elif m.get("m") or m.get("mon"):
            f, anchor = _complete(_fields(m, grammar), a)
            year, month = f.y, f.m
        elif m.get("rel"):
            if a.published is None:
                raise Unresolvable
            rel = grammar.relative(m.get("rel"))
            year, month = _shift_month(a.published.year, a.published.month, rel.shift)
            anchor = "publication"
        elif a.context_month is not None:
            (year, month), anchor = a.context_month, "context"
        elif a.published is not None:
            year, month, anchor = a.published.year, a.published.month, "publication"
        else:
            raise Unresolvable
        last_day = min(last, calendar.monthrange(year, month)[1])
        return dt.date(year, month, first), dt.date(year, month, last_day), DAY, anchor
    if m.kind == "relative_date":
        rel = grammar.relative(m.get("rel"))
        f = _fields(m, grammar)
        if rel.anchor == "context" and a.context is not None and a.context.start is not None:
            base, anchor = a.context.start, "context"  # 同年12月
        elif a.published is not None:
            base, anchor = a.published, "publication"
        else:
            raise Unresolvable
        if rel.unit == YEAR:
            year, month = base.year + rel.shift, f.m
        else:
            year, month = _shift_month(base.year, base.month, rel.shift)
            if f.y is not None:  # the same month in 2024: that month, of the year named
                year, anchor = f.y, "context"
            elif m.get("ago"):  # the same month last year / a year earlier
                year -= 1
            elif m.get("yrel"):  # 2023年9月…较去年同月: that month, a year before the date
                year = base.year + grammar.relative(m.get("yrel")).shift
        start, end = _span(year, month, f.d)
        if m.get("d2"):  # 去年10月9-12日
            d2 = parse_number(m.get("d2"))
            if d2 is None or f.d is None or d2 <= f.d:
                raise Invalid(f"day range {f.d}..{d2}")
            _, end = _span(year, month, d2)
        return start, end, DAY if f.d is not None else MONTH, anchor
    if m.kind == "month_range":
        f = _fields(m, grammar)
        if f.m is None:  # 前11个月, the first eight months of: from January
            f = _Fields(f.y, 1, None)
        m2 = parse_number(m.get("m2")) if m.get("m2") else 3 * parse_number(m.get("q"))
        if m.get("rel"):
            if a.published is None:
                raise Unresolvable
            year, anchor = a.published.year + grammar.relative(m.get("rel")).shift, "publication"
        else:
            g, anchor = _complete(_Fields(f.y, f.m, None), a)
            year = g.y
        if not (1 <= m2 <= 12) or m2 < f.m:
            raise Invalid(f"month range {f.m}..{m2}")
        return dt.date(year, f.m, 1), _month_end(year, m2), MONTH, anchor
    if m.kind == "relative":
        rel = grammar.relative(m.get("rel"))
        c = a.context
        if (rel.anchor == "context" and rel.unit in (MONTH, YEAR) and c is not None
                and c.start is not None and not c.open_ended):
            # 2010年9月…,同年: the year (or month) of the last date, whatever its precision;
            # 次月 after 4月至6月: the month after its end
            if rel.unit == MONTH and a.context_month is None and _whole_year(c):
                raise Unresolvable  # 同月 after a whole year (较去年同月): no month to go by
            ref, anchor = (c.end if rel.shift > 0 else c.start), "context"
        else:
            ref, anchor = _relative_day(a, rel.anchor)
        if rel.part:  # earlier this week: Monday to the day; 今年晚些时候: the day to Dec 31
            start, end, _, anchor = _whole(rel, ref, anchor)
            start, end = (start, min(end, ref)) if rel.part == "before" else (max(start, ref), end)
            return start, end, DAY, anchor
        return _whole(rel, ref, anchor)
    if m.kind == "weekday":
        return _weekday(m, grammar, a)
    if m.kind == "holiday":
        return _holiday(m, grammar, a)
    if m.kind == "split":
        return _split(m, grammar, a)
    raise ValueError(f"unknown rule kind {m.kind}")


def _whole_year(v: DateValue) -> bool:
    """A value from January to December of one year (2025年, 2025年1-12月)."""
    return v.start.year == v.end.year and (v.start.month, v.end.month) == (1, 12)


def _whole(rel, ref: dt.date, anchor: str):
    """The whole day, week, weekend, month or year a relative word names."""
    if rel.unit == DAY:
        d = ref + dt.timedelta(days=rel.shift)
        return d, d, DAY, anchor
    if rel.unit in ("week", "weekend"):
        monday = ref - dt.timedelta(days=ref.weekday()) + dt.timedelta(weeks=rel.shift)
        first = 5 if rel.unit == "weekend" else 0
        return monday + dt.timedelta(days=first), monday + dt.timedelta(days=6), DAY, anchor
    if rel.unit == MONTH:
        year, month = _shift_month(ref.year, ref.month, rel.shift)
        return dt.date(year, month, 1), _month_end(year, month), MONTH, anchor
    year = ref.year + rel.shift
    return dt.date(year, 1, 1), dt.date(year, 12, 31), YEAR, anchor


def _holiday(m: Match, grammar: Grammar, a: Anchors):
    """A fixed-date holiday (元旦, periods.toml [holidays]), in its year or the one the
    clause points to."""
    month, day = grammar.holidays[m.get("h")]
    if m.get("y"):
        year, anchor = parse_number(m.get("y")), "explicit"
    elif m.get("rel"):
        if a.published is None:
            raise Unresolvable
        year, anchor = a.published.year + grammar.relative(m.get("rel")).shift, "publication"
    else:
        f, anchor = _complete(_Fields(None, month, day), a)
        year = f.y
    d = dt.date(year, month, day)
    return d, d, DAY, anchor


def _split(m: Match, grammar: Grammar, a: Anchors):
    """今(20)日, 昨(19)日, 本(1)月: the day (month) with that number nearest to the one the
    word names, so that a page dated just after midnight still gets its 19th."""
    if a.published is None:
        raise Unresolvable
    if m.get("d"):
        shift = grammar.split_day[m.get("rel")]
        aim = a.published + dt.timedelta(days=shift)
        day = parse_number(m.get("d"))
        options = []
        for months in (-1, 0, 1):
            year, month = _shift_month(aim.year, aim.month, months)
            if day <= calendar.monthrange(year, month)[1]:
                d = dt.date(year, month, day)
                # 今/昨/前 are not after the publication day (a page dated just after
                # midnight: a day more), 明 not before it
                if (shift <= 0 and d <= a.published + dt.timedelta(days=1)) or (
                        shift > 0 and d >= a.published - dt.timedelta(days=1)):
                    options.append(d)
        if not options:
            raise Invalid(f"no day {day} near {aim}")
        d = min(options, key=lambda x: abs((x - aim).days))
        return d, d, DAY, "publication"
    year, month = _shift_month(a.published.year, a.published.month,
                               grammar.split_month[m.get("rel")])
    target, aim = parse_number(m.get("m")), year * 12 + month
    year = min((year - 1, year, year + 1), key=lambda y: abs(y * 12 + target - aim))
    return dt.date(year, target, 1), _month_end(year, target), MONTH, "publication"


def _weekday(m: Match, grammar: Grammar, a: Anchors):
    """周四, last Thursday, 上周四; with the date in brackets (周四(10/30)), that date."""
    if m.get("d"):
        fields = _fields(m, grammar)
        if fields.m is None and a.published is not None:
            # 週三 (25 日), 周三(22日): the 25th that is a Wednesday nearest the publication
            # date, before or after it (a month named just before may be the month of some
            # figures, not of the day)
            wd, pub = grammar.weekdays[m.get("wd")], a.published
            days = []
            for shift in range(-14, 15):
                year, month = _shift_month(pub.year, pub.month, shift)
                with contextlib.suppress(ValueError):
                    d = dt.date(year, month, fields.d)
                    if d.weekday() == wd:
                        days.append(d)
            if days:  # the nearest; of two as near, the past one (the future with a marker)
                d = min(days, key=lambda d: (abs((d - pub).days), (d < pub) == a.future))
                return d, d, DAY, "publication"
        f, anchor = _complete(fields, a)
        start, end = _span(f.y, f.m, f.d)
        return start, end, DAY, anchor
    if a.published is None:
        raise Unresolvable
    ref, wd = a.published, grammar.weekdays[m.get("wd")]
    how = grammar.week_before.get((m.get("wk") or "").lower(), "")
    if how.startswith("week"):
        shift = {"week-1": -1, "week": 0, "week+1": 1}[how]
        d = ref + dt.timedelta(days=wd - ref.weekday(), weeks=shift)
    elif how == "before" or (not how and not a.future):
        back = (ref.weekday() - wd) % 7
        d = ref - dt.timedelta(days=back or (7 if how else 0))  # last Thursday: never today
    else:  # "after", or a future marker
        ahead = (wd - ref.weekday()) % 7
        d = ref + dt.timedelta(days=ahead or (7 if how else 0))
    return d, d, DAY, "publication"
