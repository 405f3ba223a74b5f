"""Group mentions that report the same happening (rules and thresholds in resources/merge.toml)."""

from __future__ import annotations

import bisect
import datetime as dt
import re
import tomllib
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from viewer.core.events import Mention
from viewer.core.resources import resource_path
from viewer.core.textnorm import fold

PRECISION_RANK = {"day": 0, "month": 1, "year": 2}
ANCHOR_RANK = {"explicit": 0, "publication": 1, "context": 2, "unresolved": 3}


@dataclass(frozen=True)
class Rules:
    text: float
    text_with_kind: float
    same_article: float
    kinds: tuple[tuple[str, tuple[str, ...]], ...]
    max_block: int = 200
    dominant: frozenset[str] = frozenset()


@lru_cache(maxsize=1)
def rules() -> Rules:
    with resource_path("merge.toml").open("rb") as fh:
        data = tomllib.load(fh)
    t = data["thresholds"]
    kinds = tuple((k["id"], tuple(w.lower() for w in k["words"])) for k in data["kind"])
    return Rules(t["text"], t["text_with_kind"], t["same_article"], kinds,
                 data["limits"]["max_block"], frozenset(data["dominant"]["kinds"]))


@dataclass(frozen=True)
class _Features:
    start: object
    end: object
    article: str
    countries: frozenset[str]
    bigrams: frozenset[str]
    kinds: frozenset[str]


_DATEISH = re.compile(r"\d+\s*[年月日号]?|[〇○零一二三四五六七八九十]+[年月日号]")
_NOT_WORD = re.compile(r"[\W\d_]+")


def _content(low: str) -> str:
    """A folded, lower-case sentence without numbers, date words, spaces or punctuation."""
    return _NOT_WORD.sub("", _DATEISH.sub(" ", low))


@lru_cache(maxsize=4)
def _kind_re(r: Rules) -> tuple[re.Pattern[str], dict[str, str]]:
    """One regex for every kind word, and the kind of each word (the first that lists it).

    The alternation is of plain words, with no groups around them: the regex engine
    then skips ahead to the characters that start a word (a group per kind would
    make it try every word at every position, five times slower).
    """
    words: dict[str, str] = {}
    for kind, listed in r.kinds:
        for w in listed:
            words.setdefault(w, kind)
    return re.compile("|".join(re.escape(w) for _, listed in r.kinds for w in listed)), words


def _features(m: Mention, r: Rules) -> _Features:
    low = fold(m.sentence).casefold()
    text = _content(low)
    bigrams = frozenset(map(str.__add__, text, text[1:]))  # text[i:i+2], a C loop
    rx, kind_of = _kind_re(r)
    kinds = frozenset(kind_of[w] for w in rx.findall(low))
    if kinds & r.dominant:
        kinds = kinds & r.dominant
    return _Features(m.start, m.end, m.article, frozenset(m.countries), bigrams, kinds)


def similarity(a: frozenset[str], b: frozenset[str]) -> float:
    """Dice coefficient of two bigram sets."""
    if not a or not b:
        return 0.0
    return 2 * len(a & b) / (len(a) + len(b))


def same_happening(a: _Features, b: _Features, r: Rules) -> bool:
    """Whether two mentions (already known to have compatible dates) report one happening."""
    if a.countries and b.countries and not (a.countries & b.countries):
        return False
    if a.kinds and b.kinds and not (a.kinds & b.kinds):
        return False
    sim = similarity(a.bigrams, b.bigrams)
    if sim >= r.text:
        return True
    if a.kinds & b.kinds and sim >= r.text_with_kind:
        return True
    return (a.article == b.article and (a.start, a.end) == (b.start, b.end)
            and sim >= r.same_article)


def _compatible(a: _Features, b: _Features) -> bool:
    return (a.start <= b.start and b.end <= a.end) or (b.start <= a.start and a.end <= b.end)


def clusters(mentions: Sequence[Mention], r: Rules | None = None) -> list[list[int]]:
    """Indices of ``mentions`` grouped by happening; each group in text order, groups by date.

    Unresolved mentions stay alone. Pairs are found through blocks, so that a
    corpus of 100,000 mentions merges in seconds: within one article every
    compatible pair is compared; across articles, mentions of the same span are
    compared within a country (by wording, in blocks of at most
    [limits] max_block), mentions sharing a kind of happening and a country join
    when their spans are the same or one holds the other. Deterministic: the
    order of the input does not matter.
    """
    r = r or rules()
    parent = list(range(len(mentions)))
    # Each group keeps the span all its mentions share; two groups join only if
    # their shared spans meet, so a coarse 2025年 cannot chain April and October.
    core = {i: (m.start, m.end) for i, m in enumerate(mentions)}
    # ... and the countries all its members name (None: no member names one), and the
    # kinds of happening its members name
    shared: dict[int, frozenset[str] | None] = {
        i: frozenset(m.countries) or None for i, m in enumerate(mentions)}
    kinds_of: dict[int, frozenset[str]] = {}

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def join(i: int, j: int) -> None:
        a, b = find(i), find(j)
        if a == b:
            return
        lo, hi = max(core[a][0], core[b][0]), min(core[a][1], core[b][1])
        if lo > hi:
            return
        ca, cb = shared[a], shared[b]
        countries = cb if ca is None else ca if cb is None else ca & cb
        if countries is not None and not countries:
            return
        ka, kb = kinds_of.get(a, frozenset()), kinds_of.get(b, frozenset())
        if ka and kb and not ka & kb:
            return
        root, other = (a, b) if key[a] <= key[b] else (b, a)
        parent[other] = root
        core[root] = (lo, hi)
        shared[root] = countries
        kinds_of[root] = ka | kb

    resolved = [i for i, m in enumerate(mentions) if m.start is not None]
    key = {i: (mentions[i].start, mentions[i].end, mentions[i].article, mentions[i].offset)
           for i in range(len(mentions)) if mentions[i].start is not None}
    key.update({i: (dt.date.max, dt.date.max, mentions[i].article, mentions[i].offset)
                for i in range(len(mentions)) if mentions[i].start is None})
    feats = {i: _features(mentions[i], r) for i in resolved}
    kinds_of.update((i, feats[i].kinds) for i in resolved)
    # numpy sorts the keys: a Python sort of 100,000 tuples would hold the interpreter
    # lock for a quarter of a second and freeze the window that waits for this thread
    articles = {a: n for n, a in enumerate(sorted({mentions[i].article for i in resolved}))}
    # (np.fromiter over a generator runs Python code per item, so the lock is shared
    # while it fills; np.array over a list of 100,000 tuples would hold it throughout)
    columns = np.fromiter(
        (v for i in resolved for v in (mentions[i].start.toordinal(), mentions[i].end.toordinal(),
                                       articles[mentions[i].article], mentions[i].offset)),
        np.int64, 4 * len(resolved)).reshape(-1, 4)
    order = np.lexsort(columns.T[::-1]) if len(resolved) else np.zeros(0, dtype=np.int64)
    ordered = [resolved[k] for k in order]

    # 1. within an article: every compatible pair
    by_article: dict[str, list[int]] = {}
    for i in ordered:
        by_article.setdefault(mentions[i].article, []).append(i)
    for members in by_article.values():  # insertion order follows ``ordered``
        for k, i in enumerate(members):
            for j in members[k + 1 :]:
                if feats[j].start > feats[i].end:
                    break
                if _compatible(feats[i], feats[j]) and same_happening(feats[i], feats[j], r):
                    join(i, j)

    # 2. across articles, the same span in the same country: by wording and kind
    by_span: dict[tuple, list[int]] = {}
    for i in ordered:
        f = feats[i]
        for country in sorted(f.countries) or [""]:
            by_span.setdefault((f.start, f.end, country), []).append(i)
    for members in by_span.values():
        if len(members) < 2:
            continue
        if len(members) <= r.max_block:
            for k, i in enumerate(members):
                for j in members[k + 1 :]:
                    if mentions[i].article != mentions[j].article and same_happening(
                            feats[i], feats[j], r):
                        join(i, j)
        else:  # too many to compare by wording: join those that share a kind
            first_of_kind: dict[str, int] = {}
            for i in members:
                for kind in sorted(feats[i].kinds):
                    if kind in first_of_kind:
                        join(first_of_kind[kind], i)
                    else:
                        first_of_kind[kind] = i

    # 3. across articles, a coarse date holding a finer one of the same kind and country
    fine: dict[tuple[str, str], list[tuple[dt.date, int]]] = {}
    for i in ordered:
        if mentions[i].precision == "day":
            for kind in feats[i].kinds:
                for country in feats[i].countries:
                    fine.setdefault((kind, country), []).append((feats[i].start, i))
    for i in ordered:
        f = feats[i]
        if mentions[i].precision == "day":
            continue
        for kind in sorted(f.kinds):
            for country in sorted(f.countries):
                days = fine.get((kind, country), [])
                k = bisect.bisect_left(days, (f.start, -1))
                if k < len(days) and days[k][0] <= f.end:
                    j = days[k][1]
                    if mentions[j].article != mentions[i].article and same_happening(
                            f, feats[j], r):
                        join(i, j)

    groups: dict[int, list[int]] = {}
    unresolved = sorted((i for i in range(len(mentions)) if mentions[i].start is None),
                        key=lambda i: (mentions[i].article, mentions[i].offset))
    for i in ordered + unresolved:  # groups come out in the order of their first mention
        groups.setdefault(find(i), []).append(i)
    for table in (feats, key, core, shared, kinds_of, by_article, by_span, fine):
        _release(table)
    return list(groups.values())


def _release(table: dict) -> None:
    """Empty a large dict item by item.

    Freed all at once when the function returns, the working tables of 100,000
    mentions (millions of small objects) go in one C call of about 200 ms that holds the
    interpreter lock; run in the loader thread, that froze the window. A Python
    loop lets the window have its turns.
    """
    while table:
        table.popitem()


def clearest_first(group: Sequence[Mention]) -> list[Mention]:
    """Corrected by the analyst first; then the most precise date, written in full, countries
    named in the sentence, the longer label."""
    return sorted(group, key=lambda m: (
        not m.rule.endswith(("+edited", "manual")),  # what the analyst wrote comes first
        PRECISION_RANK[m.precision], ANCHOR_RANK[m.anchor], m.country_from != "sentence",
        -min(len(m.label), 40), m.published or m.start, m.article, m.offset))
