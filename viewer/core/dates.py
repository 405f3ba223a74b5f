"""Find and resolve the dates of a text: grammar + resolution, with context."""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass

from viewer.core.grammar import Expression, Grammar
from viewer.core.grammar import load as load_grammar
from viewer.core.resolve import Anchors, DateValue, Invalid, resolve
from viewer.core.sentences import split_sentences
from viewer.core.textnorm import fold


@dataclass(frozen=True, slots=True)
class Dated:
    expr: Expression
    value: DateValue
    sentence: tuple[int, int]  # the span of the expression's sentence in the text


@dataclass
class ScanState:
    """What carries over from one paragraph to the next while scanning an article."""

    context: DateValue | None = None  # the last date mentioned
    anaphor: DateValue | None = None  # the main date of the latest sentence that has one
    published: dt.date | None = None

    def qualifies(self, v: DateValue) -> bool:
        """Can ``v`` be what 同日/当天/次日 refer back to: one past day, not a range?"""
        return (v.start is not None and v.start == v.end and not v.open_ended
                and (self.published is None or v.start <= self.published))


def scan(folded: str, published: dt.date | None, state: ScanState | None = None,
         grammar: Grammar | None = None) -> list[Dated]:
    """Dates of ``folded`` text in order; ``state`` carries the context across calls.

    Impossible dates (2月30日) are left out. A bare day (11日) takes its month from
    a date earlier in the same text; 同日/当天/次日 refer to the first past day of
    the latest sentence that has one.
    """
    grammar = grammar or load_grammar()
    return _resolve_all(folded, grammar.find(folded), published, state or ScanState(), grammar)


def scan_each(texts: list[str], published: dt.date | None,
              grammar: Grammar | None = None) -> list[list[Dated]]:
    """``scan`` of consecutive texts (the paragraphs of an article), in one grammar pass."""
    grammar = grammar or load_grammar()
    state = ScanState()
    return [_resolve_all(text, exprs, published, state, grammar)
            for text, exprs in zip(texts, grammar.find_each(texts))]


def _resolve_all(folded: str, exprs: list[Expression], published: dt.date | None,
                 state: ScanState, grammar: Grammar) -> list[Dated]:
    state.published = published
    out: list[Dated] = []
    if not exprs:
        return out
    local = False
    sentences = split_sentences(folded)
    firsts: dict[int, DateValue] = {}
    for expr in exprs:
        k = next((i for i, (a, b) in enumerate(sentences) if a <= expr.start < b), -1)
        said = grammar.said_before(folded, expr.start)  # announced in October: past
        future = not said and grammar.points_to_future(folded, expr.start, expr.end)
        topic = not said and not future and grammar.topic_future(folded, expr.start, expr.end)
        anchors = Anchors(published, state.context, future or topic, local, state.anaphor,
                          firsts.get(k), said)
        try:
            value = resolve(expr, grammar, anchors)
            if topic and not _soon_after(value, published):  # 12月1日,…将… read in May: past
                value = resolve(expr, grammar, dataclasses.replace(anchors, future=False))
        except Invalid:
            continue
        if value.start is not None:
            state.context, local = value, True
            if k not in firsts and state.qualifies(value):
                firsts[k] = state.anaphor = value
        elif value.precision == "day":
            state.anaphor = None  # 6月9日 with no year to go by: 当日 after it is unknown too
        out.append(Dated(expr, value, sentences[k] if k >= 0 else (0, len(folded))))
    return out


TOPIC_FUTURE_DAYS = 92  # how far ahead a weakly future date may fall (see topic_future)


def _soon_after(value: DateValue, published: dt.date | None) -> bool:
    return (published is not None and value.start is not None
            and 0 <= (value.start - published).days <= TOPIC_FUTURE_DAYS)


def find_dates(text: str, published: dt.date | None = None) -> list[Dated]:
    """Dates in any text (folded here); offsets index ``text`` itself."""
    return scan(fold(text), published)
