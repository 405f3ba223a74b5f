"""The furniture markers of resources/furniture.toml, compiled once."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache

from viewer.core.resources import resource_path


def _any(patterns: list[str]) -> re.Pattern[str]:
    """One regex that matches where any of ``patterns`` does."""
    return re.compile("|".join(f"(?:{p})" for p in patterns))


@dataclass(frozen=True)
class Markers:
    tag: re.Pattern[str]
    drop: re.Pattern[str]
    breadcrumb: re.Pattern[str]
    end_of_body: re.Pattern[str]
    timestamp: re.Pattern[str]
    list_item: re.Pattern[str]
    list_item_max: int
    published_labelled: tuple[re.Pattern[str], ...]
    published_labelled_head: tuple[re.Pattern[str], ...]
    author_card: re.Pattern[str]
    author_card_window: int
    title_max_length: int
    title_head_lines: int
    not_title: re.Pattern[str]
    html_skip_tags: tuple[str, ...]
    html_skip_attr: re.Pattern[str]
    html_main_attr: re.Pattern[str]
    html_published_meta: tuple[str, ...]


@lru_cache(maxsize=1)
def markers() -> Markers:
    with resource_path("furniture.toml").open("rb") as fh:
        data = tomllib.load(fh)
    lines, pub, title, html = data["lines"], data["published"], data["title"], data["html"]
    return Markers(
        tag=re.compile(lines["tag"]),
        drop=_any(lines["drop"]),
        breadcrumb=_any(lines["breadcrumb"]),
        end_of_body=_any(lines["end_of_body"]),
        timestamp=_any(lines["timestamp"]),
        list_item=re.compile(lines["list_item"]),
        list_item_max=lines["list_item_max"],
        published_labelled=tuple(re.compile(p) for p in pub["labelled"]),
        published_labelled_head=tuple(re.compile(p) for p in pub["labelled_head"]),
        author_card=_any(pub["author_card"]),
        author_card_window=pub["author_card_window"],
        title_max_length=title["max_length"],
        title_head_lines=title["head_lines"],
        not_title=_any(title["not_title"]),
        html_skip_tags=tuple(html["skip_tags"]),
        html_skip_attr=_any(html["skip_attr"]),
        html_main_attr=_any(html["main_attr"]),
        html_published_meta=tuple(html["published_meta"]),
    )
