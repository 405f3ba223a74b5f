"""Extract a corpus off the GUI thread, with progress and cancel."""

from __future__ import annotations

import datetime as dt
import threading

from PySide6.QtCore import QObject, Qt, QThread, Signal

from viewer.core.pipeline import Corpus, article_ids, extract_one


class _Worker(QObject):
    progress = Signal(int, int, int)  # files done, files in all, events found
    finished = Signal(object)  # Corpus

    def __init__(self, paths: list[str], published: dt.date | None) -> None:
        super().__init__()
        self.paths = paths
        self.published = published
        self.cancelled = threading.Event()

    def run(self) -> None:
        files, problems = article_ids(self.paths)
        corpus = Corpus(problems=list(problems))
        self.progress.emit(0, len(files), 0)
        for n, (path, ident) in enumerate(files, 1):
            if self.cancelled.is_set():
                corpus.cancelled = True
                break
            corpus.add(extract_one(str(path), ident, self.published))
            self.progress.emit(n, len(files), len(corpus.mentions))
        self.finished.emit(corpus)


class CorpusLoader(QObject):
    """Runs one extraction at a time in a thread; a new load cancels the previous one."""

    progress = Signal(int, int, int)
    loaded = Signal(object, list)  # Corpus, the paths it came from

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._thread: QThread | None = None
        self._worker: _Worker | None = None
        self._retired: list[tuple[QThread, _Worker]] = []  # cancelled, still finishing a file

    def start(self, paths: list[str], published: dt.date | None = None) -> None:
        self.cancel()
        thread = QThread()
        worker = _Worker(list(paths), published)
        worker.moveToThread(thread)
        thread.started.connect(worker.run)
        worker.progress.connect(self.progress)
        worker.finished.connect(lambda corpus, p=list(paths): self._done(corpus, p, thread))
        worker.finished.connect(thread.quit, Qt.ConnectionType.DirectConnection)
        self._thread, self._worker = thread, worker
        thread.start()

    def _done(self, corpus: Corpus, paths: list[str], thread: QThread) -> None:
        if thread is self._thread:
            self.loaded.emit(corpus, paths)

    def stop(self) -> None:
        """Stop after the current file; what was read so far is still delivered."""
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
                t.wait(10000)
