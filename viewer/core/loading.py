"""Load a corpus fast: cached results first, the rest extracted by a pool of processes.

Pure Python (multiprocessing, no Qt). ``load`` reports progress through a
callback and stops early when ``cancelled`` is set; results always come back in
file order, so a parallel load equals a serial one.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import os
import sqlite3
import stat
import threading
import time
from collections.abc import Callable, Iterable
from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from multiprocessing import get_context
from pathlib import Path

from viewer.core.cache import Cache
from viewer.core.ingest import MAX_BYTES
from viewer.core.pipeline import Corpus, Problem, article_ids, extract_one

Progress = Callable[[int, int, int], None]  # files done, files in all, events found
CHUNK = 24  # files per task sent to a worker process
SERIAL_BELOW = 48  # smaller loads run in this process (starting workers costs more)
WORKER_NICENESS = 10  # extraction is background work: the window comes first
BLOCK = 500  # files hashed and looked up in the cache together


def _extract_chunk(items: list[tuple[int, str, str, dt.date | None]]):
    """Worker: extract a few files; (position, result) pairs."""
    return [(k, extract_one(path, ident, published)) for k, path, ident, published in items]


def _background() -> None:
    """Worker set-up: yield the processor to the window (its event loop must never wait)."""
    with contextlib.suppress(OSError, AttributeError):  # no nice() on some platforms
        os.nice(WORKER_NICENESS)


def _parallel(items, workers: int, take, tick, cancelled) -> None:
    """Extract ``items`` in a pool of processes, a chunk at a time, as results come in."""
    chunks = [items[i : i + CHUNK] for i in range(0, len(items), CHUNK)]
    with ProcessPoolExecutor(max_workers=workers, mp_context=get_context("spawn"),
                             initializer=_background) as pool:
        pending = {pool.submit(_extract_chunk, c) for c in chunks[: workers * 2]}
        queued = chunks[workers * 2 :]
        while pending:
            finished, pending = wait(pending, timeout=0.2, return_when=FIRST_COMPLETED)
            for future in finished:
                for k, result in future.result():
                    take(k, result)
                if queued and not (cancelled is not None and cancelled.is_set()):
                    pending.add(pool.submit(_extract_chunk, queued.pop(0)))
            if cancelled is not None and cancelled.is_set():
                for future in pending:
                    future.cancel()
                queued.clear()
            tick()


def _stat(path: Path) -> tuple[int, int, int, int] | None:
    """(size, mtime_ns, ctime_ns, inode) of a regular file worth hashing, or None when the
    extractor should look at it (and say why): never read a pipe or a huge file to hash it."""
    try:
        st = path.stat()
    except OSError:
        return None
    if not stat.S_ISREG(st.st_mode) or st.st_size > MAX_BYTES:
        return None
    return st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino


def _digests(cache: Cache, paths: list[Path]) -> dict[int, str]:
    """The SHA-256 of each file (by position in ``paths``): remembered by the cache for a
    file unchanged since, else read and hashed (and remembered)."""
    stats = {k: st for k, p in enumerate(paths) if (st := _stat(p)) is not None}
    names = {k: os.path.abspath(paths[k]) for k in stats}
    known = cache.known_digests({names[k]: st for k, st in stats.items()})
    out: dict[int, str] = {}
    hashed = []
    for k, st in stats.items():
        path = names[k]
        if path in known:
            out[k] = known[path]
            continue
        try:
            out[k] = hashlib.sha256(paths[k].read_bytes()).hexdigest()
        except OSError:
            continue
        hashed.append((path, *st, out[k], time.time_ns()))
    cache.put_digests(hashed)
    return out


def load(paths: Iterable[str | Path], published: dt.date | None = None,
         cache_path: Path | None = None, workers: int | None = None,
         progress: Progress | None = None, cancelled: threading.Event | None = None) -> Corpus:
    """Every readable file under ``paths``: from the cache when unchanged, else extracted."""
    files, problems = article_ids(paths)
    corpus = Corpus(problems=list(problems))
    total = len(files)
    results: list = [None] * total
    events = 0
    done = 0

    def tick() -> None:
        if progress is not None:
            progress(done, total, events)

    cache = None
    if cache_path is not None:
        try:
            cache = Cache(cache_path)
        except (OSError, sqlite3.Error):
            cache = None  # an unusable cache (full disk, no permission) only costs time
    digests: dict[int, str] = {}
    todo: list[int] = []
    tick()
    for first in range(0, total, BLOCK):  # a block at a time: the progress bar moves
        if cancelled is not None and cancelled.is_set():
            break
        block = range(first, min(first + BLOCK, total))
        if cache is not None:
            found = _digests(cache, [files[k][0] for k in block])
            digests.update((first + j, d) for j, d in found.items())
            stored = cache.rows([digests[k] for k in block if k in digests], published)
        else:
            stored = {}
        for k in block:
            row = stored.get(digests.get(k, ""))
            hit = Cache.result(row, str(files[k][0]), files[k][1]) if row is not None else None
            if hit is not None:
                results[k] = hit
                done += 1
                events += len(hit[1])
            else:
                todo.append(k)
        tick()

    fresh: list[tuple[str, object, list, dt.date | None]] = []

    def take(k: int, result) -> None:
        nonlocal done, events
        if results[k] is not None:
            return
        results[k] = result
        done += 1
        if not isinstance(result, Problem):
            events += len(result[1])
            if k in digests:  # stored under the bytes the extractor read, which may have
                # changed since they were hashed
                fresh.append((result[0].digest, result[0], result[1], published))

    items = [(k, str(files[k][0]), files[k][1], published) for k in todo]
    workers = workers or max(os.cpu_count() or 1, 1)
    if items and (workers == 1 or len(items) < SERIAL_BELOW):
        for item in items:
            if cancelled is not None and cancelled.is_set():
                break
            take(item[0], extract_one(*item[1:]))
            tick()
    elif items:
        try:
            _parallel(items, workers, take, tick, cancelled)
        except (OSError, RuntimeError, BrokenProcessPool):
            # no worker processes here (a sandbox, an embedding script without a
            # __main__ guard): read what is left in this process instead
            for item in items:
                if results[item[0]] is None:
                    if cancelled is not None and cancelled.is_set():
                        break
                    take(item[0], extract_one(*item[1:]))
                    tick()
    tick()
    if cache is not None:
        try:
            if fresh:
                cache.put_many(fresh)
            cache.close()
        except sqlite3.Error:
            pass  # results not cached: the next load extracts them again
    corpus.cancelled = any(r is None for r in results)
    for result in results:
        if result is not None:
            corpus.add(result)
    return corpus
