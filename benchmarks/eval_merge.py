"""Score the merge of seed mentions against the hand-made gold (tests/data/seeds_merge_gold.json).

    python benchmarks/eval_merge.py

Prints pairwise precision and recall (a pair is two mentions put in one event)
and the number of events before and after merging.
"""

from __future__ import annotations

import itertools
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from viewer.core import timeline as tl
from viewer.core.pipeline import extract_paths


def pairs(groups: list[list[tuple[str, int]]]) -> set[frozenset]:
    return {frozenset(p) for g in groups for p in itertools.combinations(g, 2)}


def main() -> int:
    gold = json.loads((ROOT / "tests/data/seeds_merge_gold.json").read_text("utf-8"))
    gold_groups = [[(a, o) for a, o, _ in g["mentions"]] for g in gold["groups"]]
    corpus = extract_paths([ROOT / "seeds"])
    before, _ = tl.build(corpus.mentions)
    after, _ = tl.build(corpus.mentions, merged=True)
    ours = [[(m.article, m.offset) for m in e.mentions] for e in after.events]
    got, want = pairs(ours), pairs(gold_groups)
    tp = len(got & want)
    precision = tp / len(got) if got else 1.0
    recall = tp / len(want) if want else 1.0
    print(f"mentions on the timeline: {len(before)}; events after merging: {len(after)} "
          f"(gold: {len(before) - sum(len(g) - 1 for g in gold_groups)})")
    print(f"pairwise precision {precision:.3f}  recall {recall:.3f}  "
          f"({tp} of {len(got)} predicted pairs, {len(want)} gold pairs)")
    for pair in sorted(got - want, key=sorted):
        print("  extra pair:", sorted(pair))
    for pair in sorted(want - got, key=sorted):
        print("  missed pair:", sorted(pair))
    return 0


if __name__ == "__main__":
    sys.exit(main())
