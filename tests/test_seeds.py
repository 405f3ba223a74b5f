"""The five seed pages against the hand-made gold file (tests/data/seeds_gold.json)."""

from __future__ import annotations

import json

import pytest

from tests.conftest import ROOT, score_against

GOLD = json.loads((ROOT / "tests" / "data" / "seeds_gold.json").read_text("utf-8"))


def test_publication_dates(seeds_corpus) -> None:
    got = {a.id: a.published.isoformat() if a.published else None for a in seeds_corpus.articles}
    assert got == {k: v["published"] for k, v in GOLD["articles"].items()}


def test_titles(seeds_corpus) -> None:
    for a in seeds_corpus.articles:
        gold = GOLD["articles"][a.id]["title"]
        if gold:
            assert a.title == gold
        else:
            assert not a.title_found


def test_no_event_from_furniture(seeds_corpus) -> None:
    for m in seeds_corpus.mentions:
        raw = (ROOT / "seeds" / m.article).read_text("utf-8")
        footer = min((raw.find(w) for w in ("特别声明", "更新时间") if w in raw), default=len(raw))
        assert m.offset < footer, (m.article, m.text)


def test_article_without_dates_has_no_events(seeds_corpus) -> None:
    assert not [m for m in seeds_corpus.mentions if m.article.startswith("004_")]
    assert any(a.id.startswith("004_") for a in seeds_corpus.articles)


def test_value_f1_and_country_recall(seeds_corpus) -> None:
    s = score_against(GOLD, seeds_corpus)
    assert s.value_f1 >= 0.95, s
    assert s.country_recall >= 0.9, s
    assert s.country_precision >= 0.8, s


@pytest.mark.parametrize(
    ("article", "text", "start", "countries"),
    [
        ("002_6b92a0a1c4691031.txt", "2025年12月11日", "2025-12-11", ["VN"]),
        ("002_6b92a0a1c4691031.txt", "2010年", "2010-01-01", ["CN", "JP"]),
        ("001_3239f1d1bee55edc.txt", "12月12日", "2025-12-12", ["JP"]),
        ("000_ee7266a814900291.txt", "12月12日", "2025-12-12", ["CN"]),
    ],
)
def test_known_events(seeds_corpus, article, text, start, countries) -> None:
    m = next(m for m in seeds_corpus.mentions if m.article == article and m.text == text)
    assert m.start.isoformat() == start
    assert sorted(m.countries) == countries
