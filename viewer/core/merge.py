"""Group mentions that report the same happening (rules and thresholds in resources/merge.toml)."""

from __future__ import annotations

import tomllib
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from viewer.core.dates import scan
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


@lru_cache(maxsize=1)
def rules() -> Rules:
    with resource_path("merge.toml").open("rb") as fh:
        data = tomllib.load(fh)
    t = data["thresholds"]
    kinds = tuple((k["id"], tuple(w.lower() for w in k["words"])) for k in data["kind"])
    return Rules(t["text"], t["text_with_kind"], t["same_article"], kinds)


@dataclass(frozen=True)
class _Features:
    start: object
    end: object
    article: str
    countries: frozenset[str]
    bigrams: frozenset[str]
    kinds: frozenset[str]


def _content(sentence: str) -> str:
    """The sentence's words: folded, lower-case, without its date expressions or punctuation."""
    text = fold(sentence).casefold()
    chars = list(text)
    for d in scan(text, None):
        for k in range(d.expr.start, d.expr.end):
            chars[k] = " "
    return "".join(ch for ch in chars if unicodedata.category(ch)[0] not in "NPZSC")


def _features(m: Mention, r: Rules) -> _Features:
    text = _content(m.sentence)
    bigrams = frozenset(text[i : i + 2] for i in range(len(text) - 1))
    low = fold(m.sentence).casefold()
    kinds = frozenset(k for k, words in r.kinds if any(w in low for w in words))
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

    Unresolved mentions stay alone. Deterministic: groups are connected components
    of the pairwise decision, which does not depend on the order of the input.
    """
    r = r or rules()
    parent = list(range(len(mentions)))
    # Each group keeps the span all its mentions share; two groups join only if
    # their shared spans meet, so a coarse 2025年 cannot chain April and October.
    core = {i: (m.start, m.end) for i, m in enumerate(mentions)}

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    resolved = [i for i, m in enumerate(mentions) if m.start is not None]
    feats = {i: _features(mentions[i], r) for i in resolved}
    order = sorted(resolved, key=lambda i: (mentions[i].start, mentions[i].end, i))
    for k, i in enumerate(order):
        fi = feats[i]
        for j in order[k + 1 :]:
            fj = feats[j]
            if fj.start > fi.end:
                break
            if not (_compatible(fi, fj) and same_happening(fi, fj, r)):
                continue
            a, b = find(i), find(j)
            if a == b:
                continue
            lo = max(core[a][0], core[b][0])
            hi = min(core[a][1], core[b][1])
            if lo > hi:
                continue
            root, other = min(a, b), max(a, b)
            parent[other] = root
            core[root] = (lo, hi)
    groups: dict[int, list[int]] = {}
    for i in range(len(mentions)):
        groups.setdefault(find(i), []).append(i)
    return sorted(groups.values(), key=lambda g: (mentions[g[0]].start is None, g[0]))


def clearest_first(group: Sequence[Mention]) -> list[Mention]:
    """Most precise date first; then written in full, countries named in the sentence, label."""
    return sorted(group, key=lambda m: (
        PRECISION_RANK[m.precision], ANCHOR_RANK[m.anchor], m.country_from != "sentence",
        -min(len(m.label), 40), m.published or m.start, m.article, m.offset))
