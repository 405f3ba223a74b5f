"""Score `viewer extract` and the peer JioNLP against the hand-made seed gold file.

    python benchmarks/eval_dates.py [--gold tests/data/seeds_gold.json] [--corpus seeds]

Both systems read the same raw files in the same run. Printed per system:
span precision/recall/F1 (exact offsets, and overlapping spans), value-exact F1
(an overlapping span with the same start and end date; for an open-ended gold
mention the end may run later), country precision/recall over matched mentions,
the number of mentions, and throughput in characters per second.

JioNLP (``jionlp.ner.extract_time``) is given each article's true publication
date as its ``time_base`` -- more help than this project gets, which must find
the date in the page. Only its ``time_point`` and ``time_span`` results count
(its ``time_delta`` durations and ``time_period`` recurrences are not dates).
JioNLP is in the ``bench`` extra; without it its row says so.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


@dataclass
class Pred:
    article: str
    offset: int
    text: str
    start: str | None
    end: str | None
    countries: list[str] | None = None


@dataclass
class Scores:
    name: str
    preds: int = 0
    gold: int = 0
    strict_tp: int = 0
    loose_tp_pred: int = 0
    loose_tp_gold: int = 0
    value_tp: int = 0
    c_tp: int = 0
    c_pred: int = 0
    c_gold: int = 0
    has_countries: bool = True
    chars: int = 0
    seconds: float = 0.0
    note: str = ""
    misses: list[str] = field(default_factory=list)

    @staticmethod
    def _f(p: float, r: float) -> float:
        return 2 * p * r / (p + r) if p + r else 0.0

    def row(self) -> dict[str, float | str | int]:
        sp = self.strict_tp / self.preds if self.preds else 0.0
        sr = self.strict_tp / self.gold if self.gold else 0.0
        lp = self.loose_tp_pred / self.preds if self.preds else 0.0
        lr = self.loose_tp_gold / self.gold if self.gold else 0.0
        vp = self.value_tp / self.preds if self.preds else 0.0
        vr = self.value_tp / self.gold if self.gold else 0.0
        return {
            "system": self.name, "mentions": self.preds, "gold": self.gold,
            "span_P": sp, "span_R": sr, "span_F1": self._f(sp, sr),
            "overlap_F1": self._f(lp, lr), "value_P": vp, "value_R": vr,
            "value_F1": self._f(vp, vr),
            "country_P": (self.c_tp / self.c_pred if self.c_pred else 0.0)
            if self.has_countries else "n/a",
            "country_R": (self.c_tp / self.c_gold if self.c_gold else 0.0)
            if self.has_countries else "n/a",
            "chars_per_s": self.chars / self.seconds if self.seconds else 0.0,
        }


def _same_value(p: Pred, g: dict) -> bool:
    if p.start != g["start"]:
        return False
    if p.end == g["end"]:
        return True
    return bool(g["open_ended"] and p.end and g["end"] and p.end >= g["end"])


def score(name: str, preds: list[Pred], gold: dict, has_countries: bool = True) -> Scores:
    s = Scores(name, has_countries=has_countries)
    s.preds = len(preds)
    for article, entry in gold["articles"].items():
        golds = entry["mentions"]
        s.gold += len(golds)
        mine = [p for p in preds if p.article == article]
        used_pred: set[int] = set()
        for g in golds:
            g0, g1 = g["offset"], g["offset"] + len(g["text"])
            overlapping = [i for i, p in enumerate(mine) if p.offset < g1 and g0 < p.offset + len(p.text)]
            if any(mine[i].offset == g0 and mine[i].text == g["text"] for i in overlapping):
                s.strict_tp += 1
            if not overlapping:
                s.misses.append(f"missed {article} {g['text']} @{g0}")
                continue
            s.loose_tp_gold += 1
            best = next((i for i in overlapping if _same_value(mine[i], g)), overlapping[0])
            used_pred.update(overlapping)
            if _same_value(mine[best], g):
                s.value_tp += 1
            else:
                s.misses.append(f"value {article} {g['text']}: {mine[best].start}..{mine[best].end}"
                                f" != {g['start']}..{g['end']}")
            if has_countries:
                pc, gc = set(mine[best].countries or []), set(g["countries"])
                s.c_tp += len(pc & gc)
                s.c_pred += len(pc)
                s.c_gold += len(gc)
                if pc != gc:
                    s.misses.append(f"countries {article} {g['text']}: {sorted(pc)} != {sorted(gc)}")
        s.loose_tp_pred += len(used_pred)
        for i, p in enumerate(mine):
            if i not in used_pred:
                s.misses.append(f"spurious {article} {p.text} @{p.offset}")
    return s


def run_viewer(corpus: Path) -> tuple[list[Pred], float]:
    t0 = time.perf_counter()
    proc = subprocess.run(
        [sys.executable, "-m", "viewer", "extract", str(corpus), "--format", "jsonl"],
        capture_output=True, text=True, cwd=ROOT, check=True,
    )
    seconds = time.perf_counter() - t0
    preds = []
    for line in proc.stdout.splitlines():
        d = json.loads(line)
        preds.append(Pred(d["article"], d["offset"], d["text"], d["start"], d["end"], d["countries"]))
    return preds, seconds


def run_viewer_in_process(files: list[Path]) -> float:
    """Seconds the extractor itself takes over ``files`` (no interpreter start-up)."""
    from viewer.core.pipeline import extract_file

    extract_file(str(files[0]), files[0].name)  # load grammar and gazetteer once
    t0 = time.perf_counter()
    for f in files:
        extract_file(str(f), f.name)
    return time.perf_counter() - t0


def run_jionlp(files: list[Path], raws: dict[str, str], gold: dict
               ) -> tuple[list[Pred], float] | str:
    try:
        import jionlp  # noqa: F401
    except ImportError:
        return "not installed (pip install -e '.[bench]')"
    import contextlib
    import io
    import logging

    with contextlib.redirect_stdout(io.StringIO()):
        import jionlp as jio
        jio.ner.extract_time("2025年12月12日", time_base={"year": 2025, "month": 12, "day": 15})
    preds: list[Pred] = []
    seconds = 0.0
    logging.disable(logging.CRITICAL)  # JioNLP logs a traceback for every phrase it rejects
    for f in files:
        raw = raws[f.name]
        pub = gold["articles"].get(f.name, {}).get("published")
        base = dt.date.fromisoformat(pub) if pub else dt.date(2025, 12, 31)
        t0 = time.perf_counter()
        found = jio.ner.extract_time(raw, time_base={"year": base.year, "month": base.month,
                                                     "day": base.day})
        seconds += time.perf_counter() - t0
        for item in found:
            if item.get("type") not in ("time_point", "time_span"):
                continue
            values = item.get("detail", {}).get("time") or []
            start = end = None
            if isinstance(values, list) and len(values) == 2:
                start = str(values[0])[:10] if str(values[0])[:4].isdigit() else None
                end = str(values[1])[:10] if str(values[1])[:4].isdigit() else None
            s0, s1 = item["offset"]
            preds.append(Pred(f.name, s0, raw[s0:s1], start, end))
    return preds, seconds


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--gold", type=Path, default=ROOT / "tests/data/seeds_gold.json")
    ap.add_argument("--corpus", type=Path, default=ROOT / "seeds")
    ap.add_argument("--verbose", "-v", action="store_true", help="list every miss")
    ap.add_argument("--json", action="store_true", help="print the rows as JSON")
    args = ap.parse_args(argv)
    gold = json.loads(args.gold.read_text(encoding="utf-8"))
    from viewer.core.ingest import EXTENSIONS, read_source

    files = sorted(f for f in args.corpus.rglob("*") if f.suffix.lower() in EXTENSIONS)
    raws = {f.name: read_source(f).raw for f in files}
    chars = sum(len(r) for r in raws.values())

    preds, _ = run_viewer(args.corpus)
    ours = score("viewer extract", preds, gold)
    ours.chars, ours.seconds = chars, min(run_viewer_in_process(files) for _ in range(5))
    rows = [ours]
    peer = run_jionlp(files, raws, gold)
    if isinstance(peer, str):
        print(f"JioNLP: {peer}", file=sys.stderr)
    else:
        jp = score("JioNLP extract_time", peer[0], gold, has_countries=False)
        jp.chars, jp.seconds = chars, peer[1]
        rows.append(jp)

    table = [r.row() for r in rows]
    if args.json:
        print(json.dumps(table, indent=1))
        return 0
    keys = list(table[0])
    print(f"gold: {ours.gold} date mentions in {len(gold['articles'])} articles; "
          f"{chars} characters of raw pages")
    print(f"{'system':<20}" + "".join(f"{k:>12}" for k in keys[1:]))
    for r in table:
        cells = [f"{r['system']:<20}"]
        for k in keys[1:]:
            v = r[k]
            if isinstance(v, float):
                cells.append(f"{v:>12.0f}" if k == "chars_per_s" else f"{v:>12.3f}")
            else:
                cells.append(f"{v!s:>12}")
        print("".join(cells))
    if len(table) == 2:
        ratio = table[0]["chars_per_s"] / table[1]["chars_per_s"] if table[1]["chars_per_s"] else 0
        print(f"throughput ratio viewer/JioNLP: {ratio:.0f}x; value-F1 "
              f"{table[0]['value_F1']:.3f} vs {table[1]['value_F1']:.3f}")
    if args.verbose:
        for r in rows:
            for miss in r.misses:
                print(f"[{r.name}] {miss}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
