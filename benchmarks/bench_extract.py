"""Extraction throughput against JioNLP on the same raw pages, with both value-F1 scores.

    python benchmarks/bench_extract.py [--corpus DIR] [--pages 1000]

Throughput is characters of raw page per second over the first --pages pages of
a corpus made by benchmarks/make_corpus.py (made in a temporary folder when
--corpus is not given), measured three ways in one run: our extractor in this
process on one core (after start-up), the `viewer extract` command on those
pages (a fresh process, start-up and output included, one worker per core), and
JioNLP's extract_time on the same raw text in this process. Value-F1 is measured
in the same run on the hand-made seed gold (benchmarks/eval_dates.py).
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import io
import logging
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", type=Path)
    ap.add_argument("--pages", type=int, default=1000)
    args = ap.parse_args(argv)
    import eval_dates
    import make_corpus

    from viewer.core.pipeline import extract_file

    with tempfile.TemporaryDirectory() as tmp:
        corpus = args.corpus
        if corpus is None:
            corpus = Path(tmp)
            with contextlib.redirect_stdout(io.StringIO()):
                make_corpus.main([str(corpus), "--pages", str(args.pages)])
        files = sorted(corpus.rglob("*.txt"))[: args.pages]
        raws = [f.read_text(encoding="utf-8") for f in files]
        pages = Path(tmp) / "pages"  # exactly these pages, for the command
        for k, f in enumerate(files):
            (pages / f"{k // 1000:02d}").mkdir(parents=True, exist_ok=True)
            (pages / f"{k // 1000:02d}" / f.name).write_bytes(f.read_bytes())
        chars = sum(len(r) for r in raws)
        extract_file(str(files[0]), files[0].name)  # rules loaded once
        t = time.perf_counter()
        pubs = []
        for f in files:
            info, _ = extract_file(str(f), f.name)
            pubs.append(info.published or dt.date(2025, 12, 31))
        ours = chars / (time.perf_counter() - t)
        t = time.perf_counter()
        subprocess.run([sys.executable, "-m", "viewer", "extract", "--no-corrections",
                        str(pages)], cwd=ROOT, check=True, stdout=subprocess.DEVNULL)
        command = chars / (time.perf_counter() - t)
        try:
            with contextlib.redirect_stdout(io.StringIO()):
                import jionlp as jio
            logging.disable(logging.CRITICAL)
            jio.ner.extract_time("2025年12月12日", time_base={"year": 2025, "month": 12, "day": 1})
            t = time.perf_counter()
            for raw, pub in zip(raws, pubs):
                jio.ner.extract_time(raw, time_base={"year": pub.year, "month": pub.month,
                                                     "day": pub.day})
            peer = chars / (time.perf_counter() - t)
        except ImportError:
            peer = None
    print(f"{len(files)} pages, {chars} characters")
    print(f"our extractor, one core: {ours:,.0f} characters/s")
    print(f"`viewer extract` command, {os.cpu_count()} workers, start-up included: "
          f"{command:,.0f} characters/s")
    if peer:
        print(f"JioNLP extract_time, one core: {peer:,.0f} characters/s")
        print(f"ratio, one core: {ours / peer:.1f}x; the command: {command / peer:.1f}x")
    with contextlib.redirect_stdout(io.StringIO()):
        gold = eval_dates.json.loads((ROOT / "tests/data/seeds_gold.json").read_text("utf-8"))
        seed_files = sorted((ROOT / "seeds").glob("*.txt"))
        raws = {f.name: f.read_text(encoding="utf-8") for f in seed_files}
        preds, _ = eval_dates.run_viewer(ROOT / "seeds")
        ours_f1 = eval_dates.score("viewer", preds, gold).row()["value_F1"]
        jp = eval_dates.run_jionlp(seed_files, raws, gold)
        peer_f1 = (eval_dates.score("JioNLP", jp[0], gold, has_countries=False).row()["value_F1"]
                   if not isinstance(jp, str) else None)
    print(f"value-F1 on the seed gold: viewer {ours_f1:.3f}"
          + (f", JioNLP {peer_f1:.3f}" if peer_f1 is not None else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main())
