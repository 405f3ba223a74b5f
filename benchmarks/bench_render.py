"""Drawing 100,000 events: filter and zoom-repaint times in a 1920x1080 window, peak memory.

    python benchmarks/bench_render.py [--events 100000]

Builds synthetic events (one per mention, countries from a pool of 12, dates
over 1990-2030, a quarter month or year precision, 0.3 % open-ended as in the
seed and dev corpora), shows them in the real
TimelineView offscreen at 1920x1080, then times: applying a country filter
(mask + relayout + repaint) and one zoom step (+ relayout + repaint), each the
median of 15 runs; and reports the process's peak resident memory.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import resource
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def synthetic_mentions(n: int, seed: int = 3):
    from viewer.core.events import Mention

    rng = random.Random(seed)
    pool = ["CN", "US", "JP", "KR", "VN", "AU", "IN", "RU", "DE", "FR", "GB", "CA"]
    out = []
    base = dt.date(1990, 1, 1).toordinal()
    for k in range(n):
        d = dt.date.fromordinal(base + rng.randint(0, 40 * 365))
        prec = rng.choices(["day", "month", "year"], [0.75, 0.15, 0.10])[0]
        if prec == "month":
            start = d.replace(day=1)
            end = (start.replace(month=start.month % 12 + 1, year=start.year + start.month // 12)
                   - dt.timedelta(days=1))
        elif prec == "year":
            start, end = dt.date(d.year, 1, 1), dt.date(d.year, 12, 31)
        else:
            start = end = d
        countries = rng.sample(pool, rng.randint(1, 3))
        out.append(Mention(
            article=f"a{k // 13:05d}.txt", path="", title="t", published=None, text="x",
            offset=0, rule="zh.ymd", start=start, end=end, precision=prec,
            open_ended=rng.random() < 0.003, anchor="explicit", countries=countries,
            country_from="sentence", groups=[], paragraph=0,
            sentence=f"{''.join(countries)}宣布对稀土实施出口管制 {k}", label=f"事件 {k} 出口管制",
            text_offset=0, text_length=1, sentence_offset=0, key=str(k)))
    return out


def median_ms(fn, runs: int = 15) -> float:
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t) * 1000)
    return statistics.median(times)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--events", type=int, default=100_000)
    args = ap.parse_args(argv)
    from PySide6.QtWidgets import QApplication

    from viewer.core import timeline as tl
    from viewer.ui import fonts
    from viewer.ui.timeline_view import TimelineView

    app = QApplication([])
    fonts.register()
    t = time.perf_counter()
    table, _ = tl.build(synthetic_mentions(args.events))
    build_s = time.perf_counter() - t
    view = TimelineView()
    view.resize(1920, 1080)
    view.show()
    view.set_events(table, [])
    app.processEvents()

    def repaint() -> None:
        view.relayout()
        view.repaint()
        app.processEvents()

    state = {"k": 0}

    def filter_once() -> None:
        state["k"] ^= 1
        view.set_visible(table.mask({"JP"}) if state["k"] else table.mask(None))
        view.repaint()
        app.processEvents()

    def zoom_once() -> None:
        state["k"] ^= 1
        view.zoom(0.8 if state["k"] else 1 / 0.8)
        repaint()

    filter_ms = median_ms(filter_once)
    view.set_visible(table.mask(None))  # every event again for the zoom steps
    zoom_ms = median_ms(zoom_once)
    view.set_visible(table.mask({"JP"}))  # one country: few enough to draw one by one
    view.set_range(dt.date(2025, 1, 1), dt.date(2025, 1, 20))
    repaint()
    zoom_in_ms = median_ms(zoom_once)
    drawn = len(view.events_item.drawn_labels)
    one_by_one = view.events_item.density is None
    view.set_range(dt.date(2025, 1, 1), dt.date(2025, 6, 30))  # a crowded half year
    repaint()
    half_ms = median_ms(zoom_once)
    half_mode = "one by one" if view.events_item.density is None else "density columns"
    half_drawn = len(view.events_item.drawn_labels)
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"events: {len(table)} (built in {build_s:.2f}s)")
    print(f"filter (mask + relayout + repaint), 1920x1080: {filter_ms:.1f} ms median")
    print(f"zoom step (relayout + repaint), whole range, density view: {zoom_ms:.1f} ms median")
    mode = "events drawn one by one" if one_by_one else "STILL density columns"
    print(f"zoom step, Japan only, 20 days ({mode}, {drawn} labels drawn): {zoom_in_ms:.1f} ms "
          "median")
    print(f"zoom step, Japan only, half a year ({half_mode}, {half_drawn} labels drawn): "
          f"{half_ms:.1f} ms median")
    print(f"peak resident memory: {peak_mb:.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
