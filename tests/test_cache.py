"""The extraction cache and parallel loading (viewer.core.cache, viewer.core.loading)."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from tests.conftest import SEEDS
from viewer.core import loading
from viewer.core.cache import Cache
from viewer.core.pipeline import extract_paths


def _alter(db: Path, script: str) -> None:
    """Change a cache file behind the app's back."""
    con = sqlite3.connect(db)
    try:
        con.executescript(script)
    finally:
        con.close()


def _rows(corpus):
    return [(m.article, m.offset, m.text, m.start, tuple(m.countries), m.label, m.key)
            for m in corpus.mentions]


@pytest.fixture
def corpus_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "pages"
    shutil.copytree(SEEDS, folder)
    return folder


def test_second_load_comes_from_the_cache_and_equals_extraction(corpus_dir, tmp_path, monkeypatch):
    db = tmp_path / "cache" / "c.sqlite"
    first = loading.load([corpus_dir], cache_path=db)
    assert _rows(first) == _rows(extract_paths([corpus_dir]))
    calls = []
    monkeypatch.setattr(loading, "extract_one", lambda *a: calls.append(a) or (_ for _ in ()).throw(
        AssertionError("extracted again")))
    second = loading.load([corpus_dir], cache_path=db)
    assert not calls and _rows(second) == _rows(first)
    assert [a.title for a in second.articles] == [a.title for a in first.articles]


def test_changed_new_and_deleted_files(corpus_dir, tmp_path) -> None:
    db = tmp_path / "c.sqlite"
    loading.load([corpus_dir], cache_path=db)
    (corpus_dir / "004_5f08b4fa4df6e18c.txt").unlink()
    page = corpus_dir / "000_ee7266a814900291.txt"
    page.write_text(page.read_text("utf-8").replace("12月22日", "12月21日"), encoding="utf-8")
    (corpus_dir / "new.txt").write_text("发布时间:2025-12-20\n2025年12月11日,越南通过新法。\n",
                                        encoding="utf-8")
    again = loading.load([corpus_dir], cache_path=db)
    ids = {a.id for a in again.articles}
    assert "004_5f08b4fa4df6e18c.txt" not in ids and "new.txt" in ids
    assert any(m.text == "12月21日" for m in again.mentions)
    assert _rows(again) == _rows(extract_paths([corpus_dir]))


@pytest.mark.parametrize("garbage", [b"this is not a database" * 100, b""])
def test_a_corrupt_cache_is_set_aside_and_rebuilt(tmp_path, garbage) -> None:
    db = tmp_path / "c.sqlite"
    db.write_bytes(garbage)
    cache = Cache(db)
    assert len(cache) == 0
    cache.close()
    if garbage:
        assert (tmp_path / "c.sqlite.broken").read_bytes() == garbage


def test_a_foreign_database_is_never_trusted(tmp_path) -> None:
    db = tmp_path / "c.sqlite"
    _alter(db, "CREATE TABLE entries (digest TEXT, article TEXT, mentions TEXT);"
           " INSERT INTO entries VALUES ('x', '{}', '[]');")
    cache = Cache(db)
    assert cache.rebuilt and len(cache) == 0
    cache.close()


def test_a_damaged_entry_is_a_miss(corpus_dir, tmp_path) -> None:
    db = tmp_path / "c.sqlite"
    loading.load([corpus_dir], cache_path=db)
    _alter(db, "UPDATE entries SET mentions='not json';")
    assert _rows(loading.load([corpus_dir], cache_path=db)) == _rows(extract_paths([corpus_dir]))


def test_parallel_load_equals_serial(corpus_dir, tmp_path, monkeypatch) -> None:
    for k in range(12):  # enough files for the pool
        shutil.copy(corpus_dir / "002_6b92a0a1c4691031.txt", corpus_dir / f"copy_{k:02d}.txt")
    monkeypatch.setattr(loading, "SERIAL_BELOW", 4)
    monkeypatch.setattr(loading, "CHUNK", 3)
    parallel = loading.load([corpus_dir], workers=2)
    assert _rows(parallel) == _rows(extract_paths([corpus_dir]))


def test_cancelled_load_stops_early(corpus_dir) -> None:
    import threading

    stop = threading.Event()
    seen = []

    def progress(done, total, events):
        seen.append(done)
        if done >= 2:
            stop.set()

    corpus = loading.load([corpus_dir], workers=1, progress=progress, cancelled=stop)
    assert corpus.cancelled and len(corpus.articles) < 5


def test_a_remembered_merge_is_used_only_when_it_fits(corpus_dir, tmp_path) -> None:
    from viewer.core import timeline as tl

    corpus = extract_paths([corpus_dir])
    fresh, _ = tl.build(corpus.mentions, merged=True)
    groups = tl.merge_groups(corpus.mentions)
    again, _ = tl.build(corpus.mentions, merged=True, groups=groups)
    assert [[m.key for m in e.mentions] for e in again.events] == \
        [[m.key for m in e.mentions] for e in fresh.events]
    wrong = [[0, 1]] + groups  # 0 and 1 twice: not a partition, so it is recomputed
    redone, _ = tl.build(corpus.mentions, merged=True, groups=wrong)
    assert len(redone) == len(fresh)
    db = Cache(tmp_path / "c.sqlite")
    sig = Cache.signature(corpus.articles)
    assert db.get_groups(sig) is None
    db.put_groups(sig, groups)
    assert db.get_groups(sig) == groups
    assert Cache.signature(corpus.articles[1:]) != sig
    # the corrections are part of what was merged: other corrections, another merge
    assert Cache.signature(corpus.articles, None, "") == sig
    assert Cache.signature(corpus.articles, None, '{"edits": {}}') != sig
    # only the newest merges are kept; one stored again counts as new
    for k in range(Cache.MERGES_KEPT + 2):
        db.put_groups(f"other-{k}", [[0]])
        if k == 0:
            db.put_groups(sig, groups)
    assert db.get_groups("other-0") is None and db.get_groups("other-1") is None
    assert db.get_groups(sig) is None  # pushed out by the newer ones
    db.put_groups(sig, groups)
    assert db.get_groups(sig) == groups and db.get_groups(f"other-{Cache.MERGES_KEPT + 1}")
    db.close()


def _age(folder: Path, seconds: float = 3600) -> None:
    """Set every file's modification time well in the past (written long before hashing)."""
    import os
    import time
    for f in folder.iterdir():
        t = time.time() - seconds
        os.utime(f, (t, t))


def test_unchanged_files_are_not_read_again_to_hash_them(corpus_dir, tmp_path, monkeypatch):
    from viewer.core import cache as cache_mod
    monkeypatch.setattr(cache_mod, "RACY_NS", 0)  # the files were just copied here
    db = tmp_path / "c.sqlite"
    _age(corpus_dir)
    first = loading.load([corpus_dir], cache_path=db)
    reads = []
    real = Path.read_bytes
    monkeypatch.setattr(Path, "read_bytes", lambda self: reads.append(self) or real(self))
    second = loading.load([corpus_dir], cache_path=db)
    assert reads == [] and _rows(second) == _rows(first)
    # a file changed since (another size or time) is read, hashed and extracted again
    page = corpus_dir / "000_ee7266a814900291.txt"
    page.write_text(page.read_text("utf-8").replace("12月22日", "12月21日"), encoding="utf-8")
    third = loading.load([corpus_dir], cache_path=db)
    assert {p.name for p in reads} == {page.name}  # hashed, then extracted
    assert any(m.text == "12月21日" for m in third.mentions)


def test_a_file_changed_within_the_clocks_granularity_is_hashed_again(corpus_dir, tmp_path):
    """Written just before it was hashed, then rewritten (same size) with the same time: its
    time cannot tell, so it is hashed again rather than trusted."""
    import os
    db = tmp_path / "c.sqlite"
    page = corpus_dir / "000_ee7266a814900291.txt"
    os.utime(page)  # written just now
    before = page.stat()
    loading.load([corpus_dir], cache_path=db)
    page.write_text(page.read_text("utf-8").replace("12月22日", "12月21日"), encoding="utf-8")
    os.utime(page, ns=(before.st_atime_ns, before.st_mtime_ns))
    assert page.stat().st_size == before.st_size
    again = loading.load([corpus_dir], cache_path=db)
    assert any(m.text == "12月21日" for m in again.mentions)
    assert _rows(again) == _rows(extract_paths([corpus_dir]))


def test_a_same_size_copy_with_its_old_time_is_hashed_again(corpus_dir, tmp_path, monkeypatch):
    """cp -p, rsync -t or unzip put back an old modification time; the change time and
    the inode still tell that the file is another."""
    from viewer.core import cache as cache_mod
    monkeypatch.setattr(cache_mod, "RACY_NS", 0)
    db = tmp_path / "c.sqlite"
    page = corpus_dir / "000_ee7266a814900291.txt"
    loading.load([corpus_dir], cache_path=db)
    fixed = tmp_path / "fixed.txt"
    fixed.write_text(page.read_text("utf-8").replace("12月22日", "12月21日"), encoding="utf-8")
    before = page.stat()
    import os
    os.utime(fixed, ns=(before.st_atime_ns, before.st_mtime_ns))
    shutil.copy2(fixed, page)
    assert (page.stat().st_size, page.stat().st_mtime_ns) == (before.st_size, before.st_mtime_ns)
    again = loading.load([corpus_dir], cache_path=db)
    assert any(m.text == "12月21日" for m in again.mentions)


def test_an_older_schema_of_ours_is_upgraded_in_place(corpus_dir, tmp_path) -> None:
    """A cache from before the file table keeps its entries (no extraction again)."""
    db = tmp_path / "c.sqlite"
    loading.load([corpus_dir], cache_path=db)
    _alter(db, "DROP TABLE files; UPDATE meta SET value='3' WHERE key='schema';")
    with Cache(db) as cache:
        assert not cache.rebuilt and len(cache) == 5
    assert not (tmp_path / "c.sqlite.broken").exists()


def test_schema_4s_file_table_is_replaced_and_digests_are_stored_again(corpus_dir, tmp_path):
    db = tmp_path / "c.sqlite"
    loading.load([corpus_dir], cache_path=db)
    _alter(db, "DROP TABLE files; CREATE TABLE files (path TEXT PRIMARY KEY, size INTEGER,"
           " mtime_ns INTEGER, digest TEXT, hashed_ns INTEGER);"
           " UPDATE meta SET value='4' WHERE key='schema';")
    again = loading.load([corpus_dir], cache_path=db)
    assert len(again.articles) == 5
    con = sqlite3.connect(db)
    try:
        assert con.execute("SELECT value FROM meta WHERE key='schema'").fetchone()[0] == "5"
        assert con.execute("SELECT COUNT(*) FROM files").fetchone()[0] == 5
    finally:
        con.close()


def test_a_locked_cache_is_not_set_aside(corpus_dir, tmp_path) -> None:
    """Another process holding the database: this load goes on uncached, the cache stays."""
    db = tmp_path / "c.sqlite"
    loading.load([corpus_dir], cache_path=db)
    con = sqlite3.connect(db)
    con.executescript("UPDATE meta SET value='4' WHERE key='schema';")
    con.execute("BEGIN EXCLUSIVE")
    try:
        corpus = loading.load([corpus_dir], cache_path=db)
    finally:
        con.rollback()
        con.close()
    assert len(corpus.articles) == 5
    assert not (tmp_path / "c.sqlite.broken").exists()


def test_a_file_changed_between_hashing_and_extraction_is_stored_under_what_was_read(
        corpus_dir, tmp_path, monkeypatch):
    """Hashed, then rewritten before a worker reads it: the results describe the new bytes,
    so they must not be stored under the old bytes' digest (which would hand the new text's
    dates to the old text on a later load)."""
    db = tmp_path / "c.sqlite"
    page = corpus_dir / "000_ee7266a814900291.txt"
    old = page.read_text("utf-8")
    real = loading._digests

    def hash_then_change(cache, paths):
        found = real(cache, paths)
        page.write_text(old.replace("12月22日", "12月21日"), encoding="utf-8")
        return found

    monkeypatch.setattr(loading, "_digests", hash_then_change)
    first = loading.load([corpus_dir], cache_path=db)
    assert any(m.text == "12月21日" for m in first.mentions)
    monkeypatch.undo()
    page.write_text(old, encoding="utf-8")  # back to the bytes that were hashed
    again = loading.load([corpus_dir], cache_path=db)
    assert not any(m.text == "12月21日" for m in again.mentions)
    assert _rows(again) == _rows(extract_paths([corpus_dir]))
