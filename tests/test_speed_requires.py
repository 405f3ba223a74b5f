"""The speed-only parts of the grammar never change what is found.

A rule's ``requires`` (dates.toml) must be met wherever the rule matches, and
finding the dates of a page's paragraphs together (Grammar.find_each) must give
what finding them one by one gives.
"""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from viewer.core.grammar import load
from viewer.core.pipeline import load_article
from viewer.core.textnorm import fold

ROOT = Path(__file__).resolve().parent.parent
CASES = tomllib.loads((ROOT / "tests" / "data" / "grammar_cases.toml").read_text("utf-8"))["case"]
PAGES = sorted((ROOT / "seeds").glob("*.txt")) + sorted((ROOT / "tests" / "data" / "heldout").iterdir())


def _paragraphs(path: Path) -> list[str]:
    art = load_article(path)
    return [art.folded[p.start : p.end] for p in art.body]


def _texts() -> list[str]:
    texts = [fold(c["text"]) for c in CASES] + [fold(r.example) for r in load().rules]
    for path in PAGES:
        texts.extend(_paragraphs(path))
    return texts


@pytest.mark.parametrize("rule", load().rules, ids=lambda r: r.id)
def test_requirements_met_wherever_the_rule_matches(rule) -> None:
    for text in _texts():
        if rule.regex.search(text):
            for req in rule.requires:
                assert req.search(text), (rule.id, req.pattern, text)


@pytest.mark.parametrize("path", PAGES, ids=lambda p: p.name)
def test_find_each_equals_find(path: Path) -> None:
    grammar = load()
    texts = _paragraphs(path)
    assert grammar.find_each(texts) == [grammar.find(t) for t in texts]


def test_find_each_of_nothing() -> None:
    assert load().find_each([]) == []
    assert load().find("") == []
