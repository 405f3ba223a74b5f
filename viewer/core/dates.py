"""Find and resolve the dates of a text: grammar + resolution, with context."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from viewer.core.grammar import Expression, Grammar
from viewer.core.grammar import load as load_grammar
from viewer.core.resolve import Anchors, DateValue, Invalid, resolve
from viewer.core.textnorm import fold


@dataclass(frozen=True, slots=True)
class Dated:
    expr: Expression
    value: DateValue


Context = tuple[dt.date, str] | None


def scan(folded: str, published: dt.date | None, context: Context = None,
         grammar: Grammar | None = None) -> tuple[list[Dated], Context]:
    """Dates of ``folded`` text in order; ``context`` is the last date seen before it.

    Returns the dates and the context after the text, so a caller can carry it
    from paragraph to paragraph. Impossible dates (2月30日) are left out.
    """
    grammar = grammar or load_grammar()
    out: list[Dated] = []
    for expr in grammar.find(folded):
        clause = grammar.clause_around(folded, expr.start, expr.end)
        anchors = Anchors(published, context[0] if context else None,
                          context[1] if context else None, grammar.points_to_future(clause))
        try:
            value = resolve(expr, grammar, anchors)
        except Invalid:
            continue
        if value.start is not None:
            context = (value.start, value.precision)
        out.append(Dated(expr, value))
    return out, context


def find_dates(text: str, published: dt.date | None = None) -> list[Dated]:
    """Dates in any text (folded here); offsets index ``text`` itself."""
    return scan(fold(text), published)[0]
