"""Correcting a large corpus: how long a correction takes to show, and whether the window waits.

    python benchmarks/bench_correct.py [--pages 10000] [--corpus DIR]

Works on a copy of the corpus in a temporary folder (its corrections file is
written beside it), made by make_corpus.py when --corpus is not given. In this
process, offscreen, with the app's settings: loads the corpus (filling a
temporary cache), then corrects one event: its label twice (the merge before is
reused), its date, hiding it (both merge again), and takes the last change back,
each time measuring how long until the new events are shown and the
longest the event loop went without running meanwhile (a 5 ms heartbeat, as in
bench_app.py). Then starts the app again on the corpus, whose saved corrections
are applied while it loads, twice: the first time merges the corrected mentions,
the second finds that merge in the cache.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))


def _in_process(corpus: Path, tmp: Path) -> list[tuple[str, float, float]]:
    """(what, seconds until shown, longest event-loop gap in ms) for each change."""
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtCore import QEventLoop, QSettings, QTimer
    from PySide6.QtWidgets import QApplication

    from viewer.core import corrections as cr
    from viewer.ui import fonts
    from viewer.ui.main_window import MainWindow

    sys.setswitchinterval(0.0005)  # as the app does
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setOrganizationName("RareEarthTimeline")
    app.setApplicationName("viewer")
    fonts.register()
    window = MainWindow(QSettings(str(tmp / "settings.ini"), QSettings.Format.IniFormat), "en",
                        restore=False)
    window.data_dir = tmp / "data"
    window.resize(1920, 1080)
    window.show()
    loop = QEventLoop()
    window.corpusShown.connect(loop.quit)
    window.load([str(corpus)])
    loop.exec()

    gap = {"last": time.perf_counter(), "max": 0.0}

    def beat() -> None:
        now = time.perf_counter()
        gap["max"] = max(gap["max"], now - gap["last"])
        gap["last"] = now

    heart = QTimer(interval=5)
    heart.timeout.connect(beat)
    heart.start()
    event = window.table.events[len(window.table) // 2].primary
    out = []

    def timed(what: str, change) -> None:
        before = window.table
        app.processEvents()
        gap["last"], gap["max"] = time.perf_counter(), 0.0
        t = time.perf_counter()
        change()
        while window.table is before or window.builder.busy():
            app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents, 50)
        shown = time.perf_counter() - t
        app.processEvents()  # the paint that shows it
        beat()
        out.append((what, shown, gap["max"] * 1000))

    for k in range(2):
        timed(f"label {k + 1}", lambda k=k: window.apply_edit(event, cr.Edit(label=f"更正 {k}")))
    day = (event.start.replace(day=1) if event.start.day > 1 else event.start.replace(day=2))
    timed("date", lambda: window.apply_edit(event, cr.Edit(
        start=day.isoformat(), end=day.isoformat(), precision="day")))
    timed("hide", lambda: window.apply_edit(event, cr.Edit(hidden=True)))
    timed("undo", window.undo)
    heart.stop()
    window.close()
    return out


def main(argv: list[str] | None = None) -> int:
    from bench_app import corpus_args, launch_line, make_corpus, run_app

    args = corpus_args(__doc__, argv)

    with tempfile.TemporaryDirectory() as name:
        tmp = Path(name)
        corpus = tmp / "corpus"
        if args.corpus is None:
            make_corpus(corpus, args.pages)
        else:
            shutil.copytree(args.corpus, corpus)
        os.environ["XDG_CACHE_HOME"] = str(tmp / "cache")
        pages = sum(1 for _ in corpus.rglob("*.txt"))
        for what, shown, stall in _in_process(corpus, tmp):
            print(f"{pages} pages, {what}: new events shown after {shown:.1f} s, longest "
                  f"event-loop stall meanwhile {stall:.0f} ms")
        for label in ("first", "again"):
            r = run_app([str(corpus)], str(tmp / "cache"), str(tmp / "config"))
            print(launch_line(f"{pages} pages with a saved correction, launch {label}", r))
    return 0


if __name__ == "__main__":
    sys.exit(main())
