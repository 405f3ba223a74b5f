"""Hostile input: every bad file is reported in one sentence and every other file loads."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT

sys.path.insert(0, str(ROOT / "tests" / "data"))
import make_bad

BAD = ROOT / "tests" / "data" / "bad"
GOOD = {"gbk.txt", "big5.txt", "utf16.txt", "hostile.html", "impossible dates.txt",
        "稀土 新闻 (副本).txt", "ten-thousand-dates.txt"}
REASONS = {"empty.txt": "empty", "binary.txt": "binary", "fifty-megabytes.txt": "too large",
           "locked.txt": "Permission denied", "pipe.txt": "not a regular file"}


def test_committed_files_match_the_script(tmp_path) -> None:
    make_bad.write(tmp_path, large=False)
    for f in tmp_path.iterdir():
        assert (BAD / f.name).read_bytes() == f.read_bytes(), f.name


@pytest.fixture(scope="module")
def hostile(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("hostile")
    make_bad.write(folder, large=True)
    locked = folder / "locked.txt"
    locked.write_text("发布时间:2025-12-15\n2025年12月11日。\n", encoding="utf-8")
    locked.chmod(0)
    os.mkfifo(folder / "pipe.txt")  # reading it would block forever
    (folder / "loop").mkdir()
    os.symlink(folder, folder / "loop" / "back-to-top")
    yield folder
    locked.chmod(0o644)


def _readable_by_us(path: Path) -> bool:
    return os.access(path, os.R_OK)


def test_extract_reports_each_bad_file_and_reads_the_rest(hostile) -> None:
    proc = subprocess.run([sys.executable, "-m", "viewer", "extract", str(hostile)], cwd=ROOT,
                          capture_output=True, text=True, timeout=300, check=False)
    assert proc.returncode == 0
    errors = proc.stderr.strip().splitlines()
    expected = {n: r for n, r in REASONS.items()
                if n != "locked.txt" or not _readable_by_us(hostile / n)}
    assert len(errors) == len(expected), errors
    for name, reason in expected.items():
        line = next(e for e in errors if name in e)
        assert reason in line and line.endswith(".")
    import json

    rows = [json.loads(line) for line in proc.stdout.splitlines()]
    articles = {r["article"] for r in rows}
    assert {"gbk.txt", "big5.txt", "utf16.txt", "hostile.html", "稀土 新闻 (副本).txt"} <= articles
    assert sum(r["article"] == "ten-thousand-dates.txt" for r in rows) == 10000
    impossible = [r["text"] for r in rows if r["article"] == "impossible dates.txt"]
    assert impossible == ["2025年12月11日"]
    hostile_rows = [r for r in rows if r["article"] == "hostile.html"]
    assert [r["text"] for r in hostile_rows] == ["2025年12月12日"]  # not the script's or iframe's


def test_the_model_loads_around_bad_files(hostile) -> None:
    from viewer.core import loading

    corpus = loading.load([hostile], workers=1)
    ids = {a.id for a in corpus.articles}
    assert GOOD <= ids
    bad = {Path(p.path).name: p.reason for p in corpus.problems}
    for name, reason in REASONS.items():
        if name == "locked.txt" and _readable_by_us(hostile / name):
            continue
        assert reason in bad[name]


def test_the_window_stays_up_and_lists_problems(qtbot, window, hostile) -> None:
    with qtbot.waitSignal(window.corpusShown, timeout=300000):
        window.load([str(hostile)])
    assert window.problems.count() >= 3
    texts = [window.problems.item(k).text() for k in range(window.problems.count())]
    assert any("empty.txt" in t for t in texts) and any("binary.txt" in t for t in texts)
    assert window.problems_dock.isVisibleTo(window)
    i = next(k for k, e in enumerate(window.table.events) if e.primary.article == "hostile.html")
    window.open_event(i)
    text = window.panel.paragraph_text()
    assert "<b>美国</b>" in text or "美国" in text
    assert "alert(4)" in text  # escaped markup stays text; nothing from the page runs
    assert "<img" not in window.panel.title.text()
