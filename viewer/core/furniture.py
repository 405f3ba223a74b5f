"""The furniture markers of resources/furniture.toml, compiled once."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache

from viewer.core.resources import resource_path


@dataclass(frozen=True)
class AnyOf:
    """Patterns searched one after the other.

    One alternation of them all would be slow: the regex engine tries every
    alternative at every position of the text. Only the patterns anchored at the
    start (^...) share one alternation, which fails after the first position.
    """

    patterns: tuple[re.Pattern[str], ...]

    def search(self, text: str) -> re.Match[str] | None:
        """The first pattern's match in ``text``, or None when none of them is found."""
        for pattern in self.patterns:
            if m := pattern.search(text):
                return m
        return None


def _any(patterns: list[str]) -> AnyOf:
    """Whether any of ``patterns`` is found (see AnyOf)."""
    anchored = [p for p in patterns if p.startswith("^")]
    shared = [re.compile("|".join(f"(?:{p})" for p in anchored))] if anchored else []
    return AnyOf(tuple(shared + [re.compile(p) for p in patterns if p not in anchored]))


@dataclass(frozen=True)
class Markers:
    tag: re.Pattern[str]
    controls: re.Pattern[str]
    control_ends: tuple[str, ...]  # the last characters of the controls: a quick pre-check
    drop: AnyOf
    breadcrumb: AnyOf
    end_of_body: AnyOf
    timestamp: AnyOf
    byline: AnyOf
    byline_max: int
    list_item: re.Pattern[str]
    list_item_max: int
    published_labelled: tuple[re.Pattern[str], ...]
    published_labelled_head: tuple[re.Pattern[str], ...]
    label_alone: frozenset[str]
    meta_key: re.Pattern[str]
    section_words: re.Pattern[str]
    date_opening: re.Pattern[str]
    label_opening: re.Pattern[str]
    stamp_before: re.Pattern[str]
    bullets: tuple[str, ...]
    sentence_end: re.Pattern[str]
    dateline: tuple[re.Pattern[str], ...]
    glued_month: re.Pattern[str]
    signoff: re.Pattern[str]
    author_card: AnyOf
    author_card_window: int
    title_max_length: int
    title_max_length_latin: int
    title_head_lines: int
    unwrap_min_length: int
    unwrap_max_length: int
    prose_min_length: int
    not_title: AnyOf
    html_skip_tags: tuple[str, ...]
    html_skip_attr: AnyOf
    html_main_attr: AnyOf
    html_published_meta: tuple[str, ...]


def _controls(words: list[str]) -> re.Pattern[str]:
    """Page controls at the end of a line: words after a space, symbols (+-) even glued
    to the text before them (12:52+-)."""
    if not words:
        return re.compile("(?!)")
    named = "|".join(re.escape(w) for w in words if any(c.isalnum() for c in w))
    symbols = "|".join(re.escape(w) for w in words if not any(c.isalnum() for c in w)) or "(?!)"
    return re.compile(f"(?:\\s+(?:{named})|\\s*(?:{symbols}))+$")


@lru_cache(maxsize=1)
def markers() -> Markers:
    with resource_path("furniture.toml").open("rb") as fh:
        data = tomllib.load(fh)
    lines, pub, title, html = data["lines"], data["published"], data["title"], data["html"]
    return Markers(
        tag=re.compile(lines["tag"]),
        controls=_controls(lines.get("controls", [])),
        control_ends=tuple({w[-1] for w in lines.get("controls", [])}),
        drop=_any(lines["drop"]),
        breadcrumb=_any(lines["breadcrumb"]),
        end_of_body=_any(lines["end_of_body"]),
        timestamp=_any(lines["timestamp"]),
        byline=_any(lines.get("byline", [])),
        byline_max=lines.get("byline_max", 40),
        list_item=re.compile(lines["list_item"]),
        list_item_max=lines["list_item_max"],
        published_labelled=tuple(re.compile(p) for p in pub["labelled"]),
        published_labelled_head=tuple(re.compile(p) for p in pub["labelled_head"]),
        label_alone=frozenset(w.casefold() for w in pub.get("label_alone", [])),
        meta_key=re.compile("(?i:" + "|".join(re.escape(w) for w in title["meta_keys"])
                            + r")(?=\s|[:：]|$)"),
        section_words=re.compile("(?i:" + "|".join(re.escape(w) for w in title["section_words"])
                                 + ")"),
        date_opening=re.compile(title["date_opening"]),
        label_opening=re.compile(title["label_opening"]),
        stamp_before=re.compile(title["stamp_before"]),
        bullets=tuple(title["bullets"]),
        # a stop ends a sentence, not an abbreviation's (… Studies Inc.); or 。
        sentence_end=re.compile(
            "(?:。|" + "".join(f"(?<!\\b{re.escape(w)})" for w in title["abbreviations"])
            + "\\.)[”’\"'」』)）]*$"),
        dateline=tuple(re.compile(p) for p in pub.get("dateline", [])),
        glued_month=re.compile(pub["glued_month"]),
        signoff=re.compile(pub["signoff"]),
        author_card=_any(pub["author_card"]),
        author_card_window=pub["author_card_window"],
        title_max_length=title["max_length"],
        title_max_length_latin=title["max_length_latin"],
        title_head_lines=title["head_lines"],
        unwrap_min_length=lines.get("unwrap_min_length", 40),
        unwrap_max_length=lines.get("unwrap_max_length", 100),
        prose_min_length=title.get("prose_min_length", 20),
        not_title=_any(title["not_title"]),
        html_skip_tags=tuple(html["skip_tags"]),
        html_skip_attr=_any(html["skip_attr"]),
        html_main_attr=_any(html["main_attr"]),
        html_published_meta=tuple(html["published_meta"]),
    )
