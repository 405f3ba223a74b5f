"""The timeline's pure model: arrays, masks, navigation, row layout and hit-testing."""

from __future__ import annotations

import datetime as dt
import itertools

import numpy as np

from viewer.core import timeline as tl


def test_event_table_spans_whole_periods(seeds_corpus) -> None:
    table, unresolved = tl.build(seeds_corpus.mentions)
    assert len(table) == 23 and not unresolved
    for i, e in enumerate(table.events):
        assert tl.date_of(table.x0[i]) == e.start
        assert tl.date_of(table.x1[i] - 1) == e.end  # x1 is the midnight after the last day
        if e.precision == "year":
            assert (e.start.month, e.start.day, e.end.month, e.end.day) == (1, 1, 12, 31)


def test_mask_by_country_and_search(seeds_corpus) -> None:
    table, _ = tl.build(seeds_corpus.mentions)
    japan = table.mask({"JP"})
    texts = {(table.events[i].primary.text, table.events[i].start) for i in np.flatnonzero(japan)}
    assert ("2010年", dt.date(2010, 1, 1)) in texts
    assert all("JP" in table.events[i].countries for i in np.flatnonzero(japan))
    vietnam_law = next(i for i, e in enumerate(table.events) if e.primary.text == "2025年12月11日")
    assert not japan[vietnam_law]
    assert table.mask(None).all()
    assert not table.mask(set()).any()
    found = table.mask(None, "地质矿产法")
    assert found.sum() == 1 and found[vietnam_law]
    assert table.mask(None, "地質礦產法")[vietnam_law]  # traditional search finds simplified text


def test_step_walks_visible_events_in_time_order(seeds_corpus) -> None:
    table, _ = tl.build(seeds_corpus.mentions)
    visible = table.mask({"JP"})
    seen, i = [], None
    for _ in range(int(visible.sum())):
        i = table.step(i, +1, visible)
        seen.append(i)
    assert len(set(seen)) == len(seen) == visible.sum()
    starts = [(table.x0[k], table.x1[k]) for k in seen]
    assert starts == sorted(starts)
    assert table.step(seen[-1], +1, visible) == seen[-1]  # stays at the end
    assert table.step(seen[0], -1, visible) == seen[0]


def test_stack_never_overlaps_labels_or_glyphs() -> None:
    rng = np.random.default_rng(7)
    n = 300
    g0 = np.sort(rng.uniform(0, 3000, n))
    g1 = g0 + rng.uniform(8, 60, n)
    widths = rng.uniform(30, 200, n)
    layout = tl.stack(g0, g1, widths, np.ones(n, bool), max_rows=400, gap=6, left=0, right=3300)
    spans = []
    for i in range(n):
        lo, hi = g0[i], g1[i]
        if layout.labelled[i]:
            lo = lo - 6 - widths[i] if layout.side[i] < 0 else lo
            hi = hi + 6 + widths[i] if layout.side[i] > 0 else hi
            assert lo >= 0 and hi <= 3300
        spans.append((layout.rows[i], lo, hi))
    for r in {s[0] for s in spans}:
        row = sorted((lo, hi) for rr, lo, hi in spans if rr == r)
        for (_, a1), (b0, _) in itertools.pairwise(row):
            assert a1 + 6 <= b0 + 1e-9


def test_stack_drops_labels_past_max_rows_but_never_overlaps_glyphs() -> None:
    g0 = np.arange(50) * 2.0
    g1 = g0 + 10
    layout = tl.stack(g0, g1, np.full(50, 100.0), np.ones(50, bool), max_rows=3, gap=6)
    assert (layout.rows >= 0).all()
    assert layout.labelled.sum() < 50
    assert (layout.rows[layout.labelled] < 3).all()  # labels only in the first rows
    for r in range(layout.n_rows):
        spans = sorted((g0[i], g1[i]) for i in np.flatnonzero(layout.rows == r))
        for (_, a1), (b0, _) in itertools.pairwise(spans):
            assert a1 + 6 <= b0


def test_hit_finds_the_glyph_and_its_label(seeds_corpus) -> None:
    table, _ = tl.build(seeds_corpus.mentions)
    spp = tl.DAY_S * 5
    right = tl.seconds(dt.date(2027, 1, 1)) / spp
    g0, g1 = tl.glyph_extents(table, spp, 10, right)
    widths = np.full(len(table), 80.0)
    layout = tl.stack(g0, g1, widths, np.ones(len(table), bool), 50, 6)
    ys = layout.rows.astype(float)
    for i in range(len(table)):
        x = (g0[i] + g1[i]) / 2 if table.precision[i] == 0 else g0[i] + 1
        assert tl.hit(table, layout, ys, x, ys[i], spp, widths, 10, 6, right=right) == i
    assert tl.hit(table, layout, ys, -1e9, 0, spp, widths, 10, 6) is None


def test_lanes_by_country_and_article(seeds_corpus) -> None:
    table, _ = tl.build(seeds_corpus.mentions, merged=True)
    visible = np.ones(len(table), bool)
    by_country = tl.lanes(table, visible, "country", ["JP", "CN"])
    assert by_country.names[:2] == ["JP", "CN"]
    for k, i in enumerate(by_country.event):
        assert by_country.names[by_country.lane[k]] in table.events[i].countries
    # every event sits in the lane of each of its countries
    assert len(by_country.event) == sum(len(e.countries) for e in table.events)
    by_article = tl.lanes(table, visible, "article")
    signing = next(i for i, e in enumerate(table.events) if e.sources == 2 and "签署" in e.label)
    assert (by_article.event == signing).sum() == 2
    one = tl.lanes(table, visible, "none")
    assert one.names == [""] and len(one.event) == len(table)
    only_japan = tl.lanes(table, table.mask({"JP"}), "country", ["JP"])
    assert only_japan.names[0] == "JP"


def test_event_with_a_mention_and_prepared_sources(seeds_corpus) -> None:
    prepared = tl.prepare(seeds_corpus.articles, seeds_corpus.mentions, merged=True)
    table = prepared.table
    for k, e in enumerate(table.events):
        assert all(table.event_with(m.key) == k for m in e.mentions)
    assert table.event_with("no such mention") is None
    dated = [a for a in seeds_corpus.articles if a.published]
    assert [s.article for s in prepared.sources] == [a.id for a in dated]
    assert prepared.source_x.tolist() == [tl.seconds(a.published) + tl.DAY_S / 2 for a in dated]
    assert prepared.unresolved == [m for m in seeds_corpus.mentions if m.start is None]


def test_a_merge_is_reused_only_for_mentions_that_merge_alike(seeds_corpus, monkeypatch) -> None:
    import dataclasses

    from viewer.core import merge

    first = tl.prepare(seeds_corpus.articles, seeds_corpus.mentions, merged=True)
    expected = tl.merge_groups(seeds_corpus.mentions)
    calls = []
    clusters = merge.clusters
    monkeypatch.setattr(merge, "clusters", lambda *a, **k: (calls.append(1), clusters(*a, **k))[1])
    target = seeds_corpus.mentions.index(first.table.events[0].primary)
    relabelled = [dataclasses.replace(m, label="另一个标签") if k == target else m
                  for k, m in enumerate(seeds_corpus.mentions)]
    again = tl.prepare(seeds_corpus.articles, relabelled, merged=True, known=[first.merge])
    assert not calls and again.merge.key == first.merge.key  # a new label merges alike
    assert again.merge.groups() == first.merge.groups() == expected
    assert any(e.label == "另一个标签" for e in again.table.events)
    redated = [dataclasses.replace(m, start=m.start.replace(year=1999), end=m.end.replace(year=1999))
               if k == target else m for k, m in enumerate(seeds_corpus.mentions)]
    tl.prepare(seeds_corpus.articles, redated, merged=True, known=[first.merge])
    assert calls == [1]  # a new date does not


def test_a_span_of_days_is_a_bar_and_a_single_day_a_marker(tmp_path) -> None:
    from viewer.core.pipeline import extract_paths

    page = tmp_path / "a.txt"
    page.write_text("发布时间:2025-11-20\n两国官员上周末在马来西亚会谈,11月初双方已交换文本,"
                    "11月12日签署协议。\n", encoding="utf-8")
    table, _ = tl.build(extract_paths([page]).mentions)
    by_text = {e.primary.text: i for i, e in enumerate(table.events)}
    assert {e.precision for e in table.events} == {"day"}
    assert table.point.tolist() == [e.start == e.end for e in table.events]
    assert not table.point[by_text["上周末"]] and table.point[by_text["11月12日"]]
    spp = tl.DAY_S / 20  # 20 pixels a day
    g0, g1 = tl.glyph_extents(table, spp, marker=9)
    assert g1[by_text["11月初"]] - g0[by_text["11月初"]] == 200  # ten days
    assert g1[by_text["11月12日"]] - g0[by_text["11月12日"]] == 9
    assert table.take(np.arange(len(table))).point.tolist() == table.point.tolist()
