"""Merging mentions of one happening into one event (resources/merge.toml)."""

from __future__ import annotations

import datetime as dt
import itertools
import json
import random
from pathlib import Path

from tests.conftest import ROOT
from viewer.core import merge
from viewer.core import timeline as tl
from viewer.core.pipeline import extract_paths

GOLD = json.loads((ROOT / "tests" / "data" / "seeds_merge_gold.json").read_text("utf-8"))


def _event_of(table, article_prefix: str, text: str):
    return next(e for e in table.events
                if any(m.article.startswith(article_prefix) and m.text == text for m in e.mentions))


def test_seed_merge_matches_the_gold(seeds_corpus) -> None:
    table, _ = tl.build(seeds_corpus.mentions, merged=True)
    got = {frozenset(p) for e in table.events
           for p in itertools.combinations([(m.article, m.offset) for m in e.mentions], 2)}
    want = {frozenset(p) for g in GOLD["groups"]
            for p in itertools.combinations([(a, o) for a, o, _ in g["mentions"]], 2)}
    precision = len(got & want) / len(got)
    recall = len(got & want) / len(want)
    assert precision >= 0.9 and recall >= 0.9, (got ^ want)


def test_two_happenings_on_12_december_stay_apart(seeds_corpus) -> None:
    table, _ = tl.build(seeds_corpus.mentions, merged=True)
    briefing = _event_of(table, "000_", "12月12日")
    signing = _event_of(table, "002_", "12月12日")
    assert briefing is not signing
    assert [m.article[:3] for m in briefing.mentions] == ["000"]
    assert {m.article[:3] for m in signing.mentions} == {"001", "002"}
    assert signing.sources == 2 and signing.start == dt.date(2025, 12, 12)


def test_a_year_precision_2010_mention_joins_the_export_halt(seeds_corpus) -> None:
    table, _ = tl.build(seeds_corpus.mentions, merged=True)
    halt = next(e for e in table.events if "钓鱼岛争端实施稀土出口管制" in e.label)
    assert halt.start == dt.date(2010, 1, 1) and halt.precision == "year"
    assert len(halt.mentions) == 2
    assert any("日本尝试稀土自主" in m.sentence for m in halt.mentions)


def _corpus(tmp_path: Path, pages: dict[str, str]):
    for name, text in pages.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    return extract_paths([tmp_path])


def test_day_and_month_mentions_join_and_the_event_takes_the_day(tmp_path) -> None:
    c = _corpus(tmp_path, {
        "a.txt": "发布时间:2025-12-20\n2025年12月,美国与日本在华盛顿签署关键矿产联合宣言。\n",
        "b.txt": "发布时间:2025-12-14\n美国与日本12月12日在华盛顿签署了关键矿产联合宣言。\n",
    })
    table, _ = tl.build(c.mentions, merged=True)
    assert len(table) == 1
    e = table.events[0]
    assert (e.start, e.precision) == (dt.date(2025, 12, 12), "day")
    assert [m.precision for m in e.mentions] == ["day", "month"]  # most precise first


def test_different_countries_on_one_day_stay_apart(tmp_path) -> None:
    c = _corpus(tmp_path, {
        "a.txt": "发布时间:2025-12-20\n2025年12月11日,越南国会通过修订后的地质矿产法。\n",
        "b.txt": "发布时间:2025-12-20\n2025年12月11日,澳大利亚国会通过关键矿产法。\n",
    })
    assert len(tl.build(c.mentions, merged=True)[0]) == 2


def test_a_coarse_mention_never_chains_two_months(tmp_path) -> None:
    c = _corpus(tmp_path, {
        "a.txt": "发布时间:2025-12-20\n2025年4月,中国宣布对七种中重稀土实施出口管制。\n"
                 "2025年10月,中国宣布对稀土技术实施出口管制。\n"
                 "2025年,中国多次宣布实施稀土出口管制。\n",
    })
    table, _ = tl.build(c.mentions, merged=True)
    for e in table.events:
        months = {(m.start.year, m.start.month) for m in e.mentions if m.precision == "month"}
        assert len(months) <= 1, [m.text for m in e.mentions]
    assert len(table) == 2


def test_merging_does_not_depend_on_input_order(seeds_corpus) -> None:
    mentions = list(seeds_corpus.mentions)

    def grouping(ms):
        return sorted(sorted(ms[i].key for i in g) for g in merge.clusters(ms))

    expected = grouping(mentions)
    for seed in range(5):
        shuffled = mentions[:]
        random.Random(seed).shuffle(shuffled)
        assert grouping(shuffled) == expected


def test_unmerged_toggle_keeps_every_mention(seeds_corpus) -> None:
    merged, _ = tl.build(seeds_corpus.mentions, merged=True)
    plain, _ = tl.build(seeds_corpus.mentions, merged=False)
    assert len(plain) == 23 and len(merged) == 17
    assert sum(e.sources for e in merged.events) == 23


def test_a_briefing_about_a_signing_is_not_the_signing(tmp_path) -> None:
    c = _corpus(tmp_path, {
        "a.txt": "发布时间:2025-12-20\n12月12日,美国、日本在华盛顿签署了关键矿产联合宣言。\n",
        "b.txt": "发布时间:2025-12-20\n12月12日,中国外交部发言人就美日签署的联合宣言表示反对。\n",
    })
    assert len(tl.build(c.mentions, merged=True)[0]) == 2


def test_reports_of_different_things_on_one_day_stay_apart(tmp_path) -> None:
    c = _corpus(tmp_path, {
        "a.txt": "发布时间:2025-12-20\n据共同社12月12日报道,丰田将在越南建厂,日本政府表示支持。\n",
        "b.txt": "发布时间:2025-12-20\n据日经新闻12月12日报道,日本央行维持利率不变。\n",
    })
    assert len(tl.build(c.mentions, merged=True)[0]) == 2


def test_a_neutral_sentence_does_not_chain_two_kinds(tmp_path) -> None:
    c = _corpus(tmp_path, {"a.txt": "发布时间:2025-12-20\n"
                           "12月12日,日本外交部发言人表示关切。\n"
                           "12月12日,日本向世贸组织提起诉讼。\n"
                           "12月12日,日本股市大幅上涨。\n"})
    table, _ = tl.build(c.mentions, merged=True)
    for e in table.events:
        texts = " ".join(m.sentence for m in e.mentions)
        assert not ("发言人" in texts and "世贸组织" in texts)


def test_memoranda_of_different_countries_never_chain(tmp_path) -> None:
    c = _corpus(tmp_path, {
        "a.txt": "发布时间:2025-12-20\n12月12日,中国与哈萨克斯坦签署稀土合作备忘录。\n",
        "b.txt": "发布时间:2025-12-20\n12月12日,哈萨克斯坦与马来西亚签署稀土合作备忘录。\n",
        "c.txt": "发布时间:2025-12-20\n12月12日,马来西亚与刚果(金)签署稀土合作备忘录。\n",
    })
    table, _ = tl.build(c.mentions, merged=True)
    for e in table.events:
        common = set.intersection(*(set(m.countries) for m in e.mentions))
        assert common, [m.sentence for m in e.mentions]
