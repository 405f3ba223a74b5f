"""Load a corpus off the GUI thread (cache + process pool), with progress and cancel."""

from __future__ import annotations

import contextlib
import datetime as dt
import gc
import json
import sqlite3
import threading
import time
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, QStandardPaths, Qt, QThread, Signal

from viewer.core import corrections as cr
from viewer.core import loading
from viewer.core import timeline as tl
from viewer.core.cache import Cache
from viewer.core.pipeline import Corpus, Problem

_pauses = 0  # threads building a corpus's objects just now (collector_paused)
_pauses_lock = threading.Lock()


@contextlib.contextmanager
def collector_paused():
    """Python's cyclic collector rests while a thread builds a corpus's objects.

    A corpus is a few hundred thousand long-lived objects: the collector would walk
    all of them again and again while they are made, each pass holding the
    interpreter lock (and so the window) for up to half a second, and doubling the
    time a merge takes. What was made (a corpus, or the events of a new merge) is
    then frozen out of future passes: left in them, the next full pass walks it on
    the GUI thread (measured: stalls of 91-129 ms after a correction on 10,000
    pages, 29-54 ms frozen). The price is that cyclic garbage made meanwhile is kept.
    The collector is process-wide: it starts again when the last such thread is done.
    """
    global _pauses
    with _pauses_lock:
        _pauses += 1
        gc.disable()
    try:
        yield
    finally:
        with _pauses_lock:
            _pauses -= 1
            if not _pauses:
                gc.freeze()  # before enabling: a pass in between would walk everything again
                gc.enable()


def cache_file() -> Path:
    """The extraction cache in the user's cache folder (QStandardPaths)."""
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.CacheLocation)
    return Path(folder) / "extractions.sqlite"


@dataclass(frozen=True)
class Loaded:
    """A load's result: the corpus and, unless cancelled, its events with ``corrections``."""

    corpus: Corpus
    prepared: tl.Prepared | None = None
    corrections: cr.Corrections | None = None  # those applied (read from the project file)
    merged: bool = True  # whether ``prepared`` merges mentions of one happening


class _Worker(QObject):
    progress = Signal(int, int, int)  # files done, files in all, events found
    finished = Signal(object)  # Loaded

    def __init__(self, paths: list[str], published: dt.date | None, merged: bool,
                 cache: Path | None, project: Path | None) -> None:
        super().__init__()
        self.paths, self.published, self.merged, self.cache = paths, published, merged, cache
        self.project = project
        self.cancelled = threading.Event()
        self._last = 0.0

    def _progress(self, done: int, total: int, events: int) -> None:
        now = time.monotonic()
        if now - self._last > 0.05 or done == total:  # at most 20 updates a second
            self._last = now
            self.progress.emit(done, total, events)

    def run(self) -> None:
        with collector_paused():
            loaded = self._load()
        self.finished.emit(loaded)

    def _corrections(self) -> cr.Corrections:
        """The analyst's corrections of this corpus (none when the file cannot be read: the
        window then says why, and shows the corpus without them)."""
        try:
            return cr.load(self.project) if self.project is not None else cr.Corrections()
        except cr.ProjectError:
            return cr.Corrections()

    def _prepare(self, corpus, corrections: cr.Corrections) -> tl.Prepared:
        """The events with the corrections, merged with a merge remembered in the cache when
        this corpus (and these corrections) were seen."""
        mentions = cr.corrected(corpus, corrections)  # sets the articles' given dates too
        if not self.merged:
            return tl.prepare(corpus.articles, mentions)
        cache, groups = None, None
        if self.cache is not None:
            try:
                cache = Cache(self.cache, check=False)
            except (OSError, sqlite3.Error):
                cache = None
        signature = Cache.signature(corpus.articles, self.published, "" if corrections.is_empty()
                                    else json.dumps(corrections.to_json(), sort_keys=True))
        if cache is not None:
            groups = cache.get_groups(signature)
        if groups is None:
            groups = tl.merge_groups(mentions)
            if cache is not None:
                cache.put_groups(signature, groups)
        if cache is not None:
            with contextlib.suppress(sqlite3.Error):
                cache.close()
        return tl.prepare(corpus.articles, mentions, merged=True, groups=groups)

    def _load(self) -> Loaded:
        try:
            corpus = loading.load(self.paths, self.published, self.cache,
                                  progress=self._progress, cancelled=self.cancelled)
            if self.cancelled.is_set():
                return Loaded(corpus)
            corrections = self._corrections()
            # heavy (seconds for a large corpus with corrections): not on the GUI thread
            return Loaded(corpus, self._prepare(corpus, corrections), corrections, self.merged)
        except Exception as exc:  # noqa: BLE001 - the window must always hear back
            return Loaded(Corpus(problems=[Problem(
                ", ".join(self.paths), f"Loading failed ({type(exc).__name__}: {exc}).")]))


class CorpusLoader(QObject):
    """Runs one load at a time in a thread; a new load cancels the previous one."""

    progress = Signal(int, int, int)
    loaded = Signal(object, list)  # Loaded, the paths it came from

    def __init__(self, parent=None, cache: Path | None = None) -> None:
        super().__init__(parent)
        self.cache = cache
        self._thread: QThread | None = None
        self._worker: _Worker | None = None
        self._retired: list[tuple[QThread, _Worker]] = []  # cancelled, still finishing

    def start(self, paths: list[str], published: dt.date | None = None,
              merged: bool = True, project: Path | None = None) -> None:
        """Load ``paths``; ``project`` is the file of the analyst's corrections, if any."""
        self.cancel()
        thread = QThread()
        worker = _Worker(list(paths), published, merged, self.cache, project)
        worker.moveToThread(thread)
        thread.started.connect(worker.run)
        worker.progress.connect(self.progress)
        worker.finished.connect(lambda loaded, p=list(paths): self._done(loaded, p, thread))
        worker.finished.connect(thread.quit, Qt.ConnectionType.DirectConnection)
        self._thread, self._worker = thread, worker
        thread.start()

    def _done(self, loaded: Loaded, paths: list[str], thread: QThread) -> None:
        if thread is self._thread:
            self.loaded.emit(loaded, paths)

    def stop(self) -> None:
        """Stop soon; what was read so far is still delivered."""
        if self._worker is not None:
            self._worker.cancelled.set()

    def cancel(self) -> None:
        """Stop and discard the running load (a new one replaces it); never blocks."""
        if self._worker is not None and self._thread is not None:
            self._worker.cancelled.set()
            pair = (self._thread, self._worker)
            self._retired.append(pair)
            self._thread.finished.connect(lambda: self._retired.remove(pair))
        self._thread = self._worker = None

    def shutdown(self) -> None:
        """Cancel and wait for every thread (at exit)."""
        thread = self._thread
        self.cancel()
        for t in [thread, *(t for t, _ in self._retired)]:
            if t is not None:
                t.wait(30000)


class TableBuilder(QObject):
    """Merges mentions into the events of a timeline in a thread.

    Each ``start`` returns a token; ``built`` carries the tl.Prepared and its token,
    and only the newest request matters (an older one arriving late is for the caller
    to drop). The thread only reads what it is given: mentions nobody changes
    (corrections make new mention objects), and articles whose dates change only
    with a correction, which starts a newer request.
    """

    built = Signal(object, int)  # tl.Prepared (None if building failed), token

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.token = 0
        self._threads: set[threading.Thread] = set()

    def start(self, articles: list, mentions: list, merged: bool,
              known: tuple[tl.PackedMerge, ...] = ()) -> int:
        """Build in a thread; ``known`` are recent merges to reuse (see tl.prepare)."""
        self.token += 1
        token = self.token
        articles = list(articles)  # the list may change; the articles' dates were set before

        def run() -> None:
            table = None
            try:
                with collector_paused():
                    table = tl.prepare(articles, mentions, merged=merged, known=known)
            finally:  # None: it failed, and the window builds the table itself
                self._threads.discard(thread)
                with contextlib.suppress(RuntimeError):  # the window closed meanwhile
                    self.built.emit(table, token)

        thread = threading.Thread(target=run, name="table-builder", daemon=True)
        self._threads.add(thread)
        thread.start()
        return token

    def drop(self) -> None:
        """Forget the builds under way: their tables will carry an old token."""
        self.token += 1

    def busy(self) -> bool:
        return bool(self._threads)
