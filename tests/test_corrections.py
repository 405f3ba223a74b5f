"""Corrections: applied to mentions, surviving re-extraction, saved atomically, undone."""

from __future__ import annotations

import copy
import datetime as dt
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import ROOT, SEEDS
from viewer.core import corrections as cr
from viewer.core.pipeline import extract_paths


@pytest.fixture
def corpus_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "pages"
    shutil.copytree(SEEDS, folder)
    return folder


def _by_text(mentions, text, article=""):
    return next(m for m in mentions if m.text == text and m.article.startswith(article))


def test_edits_hide_and_add_survive_re_extraction(corpus_dir) -> None:
    corpus = extract_paths([corpus_dir])
    law = _by_text(corpus.mentions, "2025年12月11日")
    briefing = _by_text(corpus.mentions, "12月12日", "000_")
    c = cr.Corrections()
    c.edits[law.key] = cr.Edit(label="越南修订地质矿产法,限制稀土出口", countries=["VN", "CN"])
    c.edits[briefing.key] = cr.Edit(hidden=True)
    art = next(a for a in corpus.articles if a.id.startswith("004_"))
    from viewer.core.pipeline import load_article

    para = load_article(art.path, art.id).body[3]
    c.added.append(cr.Added(id="manual-1", article=art.id, paragraph_digest=cr.digest(para.text),
                            text=para.text[:6], start="2026-01-15", end="2026-01-15",
                            precision="day", label="手工添加的事件", countries=["KR"]))
    path = corpus_dir / cr.PROJECT_NAME
    cr.save(path, c)
    again = extract_paths([corpus_dir])  # a fresh extraction, then the saved corrections
    out = cr.corrected(again, cr.load(path))
    edited = _by_text(out, "2025年12月11日")
    assert edited.label.startswith("越南修订") and edited.countries == ["VN", "CN"]
    assert not any(m.key == briefing.key for m in out)
    added = next(m for m in out if m.key == "manual-1")
    assert added.start == dt.date(2026, 1, 15) and added.article == art.id
    assert added.sentence == para.text
    assert len(out) == len(again.mentions)  # one hidden, one added


def test_a_publication_date_re_resolves_partial_dates(corpus_dir) -> None:
    corpus = extract_paths([corpus_dir])
    c = cr.Corrections(published={"001_3239f1d1bee55edc.txt": "2026-12-20"})
    out = cr.corrected(corpus, c)
    m = _by_text(out, "12月12日", "001_")
    assert m.start == dt.date(2026, 12, 12)  # was 2025-12-12 against 2026-03-11
    art = next(a for a in corpus.articles if a.id.startswith("001_"))
    assert (art.published, art.published_via) == (dt.date(2026, 12, 20), "user")
    # taken back (an undo): the article has its own date again, and its mentions theirs
    for without in (cr.Corrections(), cr.Corrections(published={"x.txt": "2025-01-01"})):
        cr.corrected(corpus, c)
        out = cr.corrected(corpus, without)
        assert (art.published, art.published_via) == (dt.date(2026, 3, 11), "author-card")
        assert _by_text(out, "12月12日", "001_").start == dt.date(2025, 12, 12)


def test_edit_dates_and_precision(corpus_dir) -> None:
    corpus = extract_paths([corpus_dir])
    halt = _by_text(corpus.mentions, "2010年", "002_")
    c = cr.Corrections(edits={halt.key: cr.Edit(start="2010-09-07", end="2010-09-07",
                                               precision="day")})
    m = next(x for x in cr.corrected(corpus, c) if x.key == halt.key)
    assert (m.start, m.end, m.precision, m.anchor) == (dt.date(2010, 9, 7), dt.date(2010, 9, 7),
                                                      "day", "explicit")


def test_round_trip_and_schema(tmp_path) -> None:
    c = cr.Corrections(edits={"a#b@c:0": cr.Edit(label="x", hidden=False)},
                       published={"a.txt": "2025-01-02"})
    p = tmp_path / "p.json"
    cr.save(p, c)
    data = json.loads(p.read_text("utf-8"))
    assert data["schema"] == cr.SCHEMA and data["format"] == cr.FORMAT
    assert cr.load(p) == c


@pytest.mark.parametrize(("content", "reason"), [
    (b"{\"format\": \"rare-earth-timeline corrections\", \"schema\": 1, \"edits\": {", "not valid"),
    (b"\xff\xfe\x00garbage", "not valid"),
    (b"[1, 2, 3]", "not a corrections file"),
    (json.dumps({"format": cr.FORMAT, "schema": 99}).encode(), "newer version"),
    (json.dumps({"format": cr.FORMAT, "schema": 1, "published": {"a": "2025-13-40"}}).encode(),
     "malformed"),
])
def test_unusable_files_are_reported_and_kept(tmp_path, content, reason) -> None:
    p = tmp_path / "p.json"
    p.write_bytes(content)
    with pytest.raises(cr.ProjectError, match=reason):
        cr.load(p)
    backup = cr.keep_aside(p)
    assert backup.read_bytes() == content and p.read_bytes() == content


def test_project_lives_beside_a_writable_folder_else_in_user_data(corpus_dir, tmp_path) -> None:
    assert cr.project_path([str(corpus_dir)], tmp_path / "data") == corpus_dir / cr.PROJECT_NAME
    two = cr.project_path([str(corpus_dir), str(SEEDS)], tmp_path / "data")
    assert two.parent == tmp_path / "data"
    if os.geteuid() != 0:  # root can write anywhere
        corpus_dir.chmod(0o555)
        assert cr.project_path([str(corpus_dir)], tmp_path / "data").parent == tmp_path / "data"
        corpus_dir.chmod(0o755)


def test_undo_redo() -> None:
    h = cr.History(cr.Corrections())
    h.change(lambda c: c.edits.__setitem__("k", cr.Edit(label="one")))
    h.change(lambda c: c.edits.__setitem__("k", cr.Edit(label="two")))
    assert h.current.edits["k"].label == "two"
    assert h.undo().edits["k"].label == "one"
    assert h.undo().edits == {}
    assert not h.can_undo() and h.can_redo()
    assert h.redo().edits["k"].label == "one"
    h.change(lambda c: c.published.__setitem__("a", "2025-01-01"))
    assert not h.can_redo()


WRITER = """
import sys, itertools
from viewer.core import corrections as cr
path = sys.argv[1]
for n in itertools.count():
    c = cr.Corrections(edits={f"k{i}": cr.Edit(label="x" * (n % 50) + str(i)) for i in range(200)})
    cr.save(path, c)
    print(n, flush=True)
"""


def test_a_save_killed_at_any_moment_leaves_a_loadable_file(tmp_path) -> None:
    p = tmp_path / "project.json"
    cr.save(p, cr.Corrections())
    rng = random.Random(11)
    for _ in range(25):
        proc = subprocess.Popen([sys.executable, "-c", WRITER, str(p)], cwd=ROOT,
                                stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
        proc.stdout.readline()  # it is running and has saved at least once
        time.sleep(rng.uniform(0.0, 0.05))
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        proc.stdout.close()
        loaded = cr.load(p)  # never a broken file: the old one or the new one
        assert all(e.label for e in loaded.edits.values())
    leftovers = [f for f in tmp_path.iterdir() if f.name.endswith(".tmp")]
    assert len(leftovers) <= 25  # killed writers may leave temporaries, never a broken project


def test_undo_takes_back_only_its_own_change() -> None:
    """Undo and redo touch only the entries their change touched: what another window
    saved in between (given as ``now``) stays."""
    h = cr.History(cr.Corrections())
    added = cr.Added("manual-1", "a.txt", "d", "words", "2025-01-01", "2025-01-01", "day", "x")
    h.change(lambda c: (c.edits.__setitem__("mine", cr.Edit(label="mine")),
                        c.added.append(added)))
    other = copy.deepcopy(h.current)  # another window, on top of what we saved
    other.edits["theirs"] = cr.Edit(label="theirs")
    other.published["b.txt"] = "2025-02-02"
    other.added.append(cr.Added("manual-2", "b.txt", "e", "w", "2025-03-01", "2025-03-01",
                                "day", "y"))
    undone = h.undo(other)
    assert set(undone.edits) == {"theirs"} and undone.published == {"b.txt": "2025-02-02"}
    assert [a.id for a in undone.added] == ["manual-2"]
    assert "mine" in other.edits  # the window's copy is not changed in place
    redone = h.redo(undone)
    assert set(redone.edits) == {"mine", "theirs"}
    assert sorted(a.id for a in redone.added) == ["manual-1", "manual-2"]
    # an edit changed again: undo gives back the earlier value, not nothing
    h.change(lambda c: c.edits.__setitem__("mine", cr.Edit(label="mine, again")))
    assert h.undo().edits["mine"].label == "mine"


def test_adding_the_same_event_twice_keeps_one() -> None:
    h = cr.History(cr.Corrections())
    first = cr.Added("manual-1", "a.txt", "d", "words", "2025-01-01", "2025-01-01", "day", "one")
    again = cr.Added("manual-1", "a.txt", "d", "words", "2025-01-01", "2025-01-01", "day", "two")
    h.change(lambda c: c.add(first))
    h.change(lambda c: c.add(again))
    assert [a.label for a in h.current.added] == ["two"]
    assert [a.label for a in h.undo().added] == ["one"]
    assert h.undo().added == []
