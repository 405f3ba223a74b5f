"""Shared fixtures: the repository root and the seed corpus."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # GUI tests never need a display

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


@pytest.fixture
def window(qtbot, tmp_path):
    """The main window, offscreen, with seeds/ loaded and fresh settings."""
    from PySide6.QtCore import QSettings

    from viewer.ui import fonts
    from viewer.ui.main_window import MainWindow

    fonts.register()
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    w = MainWindow(settings, "en", restore=False, cache=False)
    qtbot.addWidget(w)
    w.resize(1440, 860)
    w.show()
    qtbot.waitExposed(w)
    with qtbot.waitSignal(w.corpusShown, timeout=60000):
        w.load([str(SEEDS)])
    qtbot.wait(50)
    return w


@pytest.fixture(scope="session")
def seeds_corpus():
    from viewer.core.pipeline import extract_paths

    return extract_paths([SEEDS])


@dataclass
class Score:
    tp: int
    fp: int
    fn: int
    c_tp: int
    c_pred: int
    c_gold: int

    @property
    def value_f1(self) -> float:
        return 2 * self.tp / (2 * self.tp + self.fp + self.fn)

    @property
    def country_recall(self) -> float:
        return self.c_tp / self.c_gold if self.c_gold else 1.0

    @property
    def country_precision(self) -> float:
        return self.c_tp / self.c_pred if self.c_pred else 1.0


def score_against(gold: dict, corpus) -> Score:
    """Exact-span, exact-value scoring of a corpus against a gold file."""
    tp = fp = fn = c_tp = c_pred = c_gold = 0
    for article, entry in gold["articles"].items():
        mine = {(m.offset, m.text): m for m in corpus.mentions if m.article == article}
        for g in entry["mentions"]:
            m = mine.pop((g["offset"], g["text"]), None)
            if m is None:
                fn += 1
                continue
            same = (m.start and m.start.isoformat(), m.end and m.end.isoformat(),
                    m.open_ended) == (g["start"], g["end"], g["open_ended"])
            tp, fp, fn = (tp + 1, fp, fn) if same else (tp, fp + 1, fn + 1)
            c_tp += len(set(m.countries) & set(g["countries"]))
            c_pred += len(m.countries)
            c_gold += len(g["countries"])
        fp += len(mine)
    return Score(tp, fp, fn, c_tp, c_pred, c_gold)
