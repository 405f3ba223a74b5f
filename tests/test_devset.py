"""A second corpus: ten pages from other outlets and encodings (tests/data/heldout).

They were written, with their gold file, by someone who had not seen the rules:
Xinhua, CNA (traditional), Reuters and Nikkei (English), Caixin (HTML), a Weibo
repost (Markdown), GBK and Big5 files, a Hong Kong paper, and a page with no
publication date. The rules were then improved on what they exposed, so they
now serve as a regression set.
"""

from __future__ import annotations

import json

import pytest

from tests.conftest import ROOT, score_against
from viewer.core.ingest import read_source
from viewer.core.pipeline import extract_paths

FOLDER = ROOT / "tests" / "data" / "heldout"
GOLD = json.loads((ROOT / "tests" / "data" / "heldout_gold.json").read_text("utf-8"))


@pytest.fixture(scope="module")
def corpus():
    return extract_paths([FOLDER])


def test_all_pages_read(corpus) -> None:
    assert not corpus.problems
    assert {a.id for a in corpus.articles} == set(GOLD["articles"])


def test_publication_dates(corpus) -> None:
    got = {a.id: a.published.isoformat() if a.published else None for a in corpus.articles}
    assert got == {k: v["published"] for k, v in GOLD["articles"].items()}


def test_encodings_detected(corpus) -> None:
    enc = {a.id: a.encoding for a in corpus.articles}
    assert enc["07_gbk_encoded.txt"] == "gbk"
    assert enc["08_big5_encoded.txt"].startswith("big5")


def test_offsets_point_into_the_decoded_file(corpus) -> None:
    for m in corpus.mentions:
        raw = read_source(FOLDER / m.article).raw
        assert raw[m.offset : m.offset + len(m.text)] == m.text


def test_no_publication_date_leaves_partial_dates_unresolved(corpus) -> None:
    ms = [m for m in corpus.mentions if m.article == "10_no_pubdate.txt"]
    assert any(m.start is None and m.anchor == "unresolved" for m in ms)
    assert all(m.anchor in ("explicit", "context", "unresolved") for m in ms)


def test_accuracy(corpus) -> None:
    s = score_against(GOLD, corpus)
    assert s.value_f1 >= 0.95, s
    assert s.country_recall >= 0.9, s
