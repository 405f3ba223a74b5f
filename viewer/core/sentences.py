"""Sentences and clauses of folded text, by the rules of resources/grammar/sentences.toml."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache

from viewer.core.resources import resource_path


@dataclass(frozen=True)
class Style:
    enders: frozenset[str]
    closers: frozenset[str]
    abbreviations: frozenset[str]
    clause_breaks: frozenset[str]
    max_length: int
    min_length: int
    strip_leading: tuple[str, ...]
    strip_trailing: tuple[str, ...]
    skip_clause: re.Pattern[str]
    swallow_before: tuple[str, ...]
    swallow_after: tuple[str, ...]
    ender_run: re.Pattern[str]


@lru_cache(maxsize=1)
def style() -> Style:
    with resource_path("grammar", "sentences.toml").open("rb") as fh:
        d = tomllib.load(fh)
    enders = "".join(re.escape(c) for c in d["sentence"]["enders"])
    closers = "".join(re.escape(c) for c in d["sentence"]["closers"])
    lead = sorted(d["label"]["strip_leading"], key=len, reverse=True)
    trail = sorted(d["label"]["strip_trailing"], key=len, reverse=True)
    return Style(
        frozenset(d["sentence"]["enders"]), frozenset(d["sentence"]["closers"]),
        frozenset(d["sentence"]["abbreviations"]), frozenset(d["clause"]["breaks"]),
        d["label"]["max_length"], d["label"]["min_length"], tuple(lead), tuple(trail),
        re.compile("|".join(f"(?:{p})" for p in d["label"]["skip_clause"])),
        tuple(sorted(d["label"]["swallow_before"], key=len, reverse=True)),
        tuple(sorted(d["label"]["swallow_after"], key=len, reverse=True)),
        re.compile(f"[{enders}][{enders}{closers}]*"),
    )


_EN_END = re.compile(r"\.(?=[\"'”’)\]]*\s+[\"'“‘(\[]?[A-Z0-9])")


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans of a paragraph (folded text): Chinese and English enders."""
    st = style()
    n = len(text)
    # an ender and the enders and closers right after it
    cuts = {m.end() for m in st.ender_run.finditer(text)}
    for m in _EN_END.finditer(text):
        word = re.search(r"[\w.]*$", text[: m.start()]).group(0)
        if word and (word in st.abbreviations or len(word) == 1):
            continue
        cuts.add(m.end())
    spans = []
    start = 0
    for cut in sorted(cuts | {n}):
        if cut <= start:
            continue
        s, e = start, cut
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            spans.append((s, e))
        start = cut
    return spans


def clauses(text: str, s: int, e: int) -> list[tuple[int, int]]:
    st = style()
    out, start = [], s
    for i in range(s, e):
        # a comma between digits is a thousands separator (60,000 tonnes), not a break
        if text[i] in st.clause_breaks and not (
                text[i] == "," and 0 < i < len(text) - 1 and text[i - 1].isdigit()
                and text[i + 1].isdigit()):
            out.append((start, i))
            start = i + 1
    out.append((start, e))
    return [(a, b) for a, b in out if b > a]
