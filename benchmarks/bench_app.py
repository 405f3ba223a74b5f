"""The app's own timings: first paint on seeds/, and a 10,000-page corpus cold and warm.

    python benchmarks/bench_app.py [--pages 10000] [--corpus DIR]

Each run starts `python -m viewer --screenshot` offscreen with VIEWER_TIMING=1,
which reports the time from process start to the first painted window, to the
corpus being shown, and the longest the event loop went without running while
the corpus was loading. Cold = an empty cache folder; warm = the same folder
again (every page cached). The corpus is made by make_corpus.py when missing.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def run_app(paths: list[str], cache_home: str, config_home: str) -> dict:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", VIEWER_TIMING="1",
               XDG_CACHE_HOME=cache_home, XDG_CONFIG_HOME=config_home,
               VIEWER_T0=repr(time.time()))
    with tempfile.TemporaryDirectory() as tmp:
        proc = subprocess.run([sys.executable, "-m", "viewer", "--screenshot",
                               str(Path(tmp) / "shot.png"), *paths], cwd=ROOT, env=env,
                              capture_output=True, text=True, timeout=900, check=True)
    line = [x for x in proc.stderr.splitlines() if x.startswith("{")][-1]
    return json.loads(line)


def corpus_args(doc: str, argv: list[str] | None) -> argparse.Namespace:
    """--pages and --corpus, as the app benchmarks take them."""
    ap = argparse.ArgumentParser(description=doc.split("\n\n")[0])
    ap.add_argument("--pages", type=int, default=10000)
    ap.add_argument("--corpus", type=Path)
    return ap.parse_args(argv)


def make_corpus(out: Path, pages: int) -> None:
    """A synthetic corpus of ``pages`` pages in ``out`` (benchmarks/make_corpus.py)."""
    subprocess.run([sys.executable, str(ROOT / "benchmarks" / "make_corpus.py"), str(out),
                    "--pages", str(pages)], check=True, capture_output=True)


def launch_line(what: str, r: dict) -> str:
    """One line of figures for a launch of the app on a corpus."""
    return (f"{what}: all events shown {r['corpus_shown_s']:.1f} s, first paint "
            f"{r['first_paint_s']:.2f} s, longest event-loop stall while loading "
            f"{r['max_gap_ms']:.0f} ms")


def main(argv: list[str] | None = None) -> int:
    args = corpus_args(__doc__, argv)
    with tempfile.TemporaryDirectory() as tmp:
        config = str(Path(tmp) / "config")
        firsts = [run_app([str(ROOT / "seeds")], str(Path(tmp) / f"c{k}"), config)
                  for k in range(3)]
        print(f"first paint on seeds/: {statistics.median(r['first_paint_s'] for r in firsts):.2f} s"
              f" (median of 3; seeds shown at "
              f"{statistics.median(r['corpus_shown_s'] for r in firsts):.2f} s)")
        corpus = args.corpus
        if corpus is None:
            corpus = Path(tmp) / "corpus"
            make_corpus(corpus, args.pages)
        cache = str(Path(tmp) / "cache")
        for label in ("cold", "warm"):
            print(launch_line(f"{args.pages} pages {label}", run_app([str(corpus)], cache, config)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
