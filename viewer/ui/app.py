"""Start the desktop app: fonts, translations, settings, the window, and --screenshot."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

DEFAULT_CORPUS = "seeds"


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="viewer", description="Rare-earth dispute timeline.")
    parser.add_argument("paths", nargs="*", metavar="PATH",
                        help="files or folders to open (default: the last corpus, else seeds/)")
    parser.add_argument("--screenshot", metavar="FILE.png",
                        help="save a picture of the window once the corpus is shown, then exit")
    parser.add_argument("--lang", choices=("en", "zh"), help="interface language")
    parser.add_argument("--size", default="1440x860", help="window size for --screenshot")
    parser.add_argument("--lanes", choices=("none", "country", "article"),
                        help="group the timeline by country or article")
    parser.add_argument("--unmerged", action="store_true",
                        help="show every mention on its own instead of one event per happening")
    parser.add_argument("--event", metavar="TEXT",
                        help="open the first event whose date or sentence contains TEXT")
    return parser.parse_args(argv)


def _platform_for(args: argparse.Namespace) -> None:
    """Run offscreen where there is no display (CI, --screenshot on a server)."""
    if "QT_QPA_PLATFORM" in os.environ:
        return
    if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")) and sys.platform not in (
            "win32", "darwin"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"


def system_language() -> str:
    from PySide6.QtCore import QLocale

    return "zh" if QLocale.system().language() == QLocale.Language.Chinese else "en"


def _watch(app, window) -> None:
    """Timing for benchmarks (VIEWER_TIMING=1, VIEWER_T0=epoch seconds at process start):
    first paint, the longest the event loop was blocked while loading, corpus shown.
    Printed as one JSON line on stderr when the app quits."""
    import json
    import time

    from PySide6.QtCore import QEvent, QObject, QTimer

    t0 = float(os.environ.get("VIEWER_T0", time.time()))
    seen: dict[str, float] = {"max_gap_ms": 0.0}
    last = [time.perf_counter()]
    was_loading = [False]  # the beat after a load ends also counts: showing it is loading

    class FirstPaint(QObject):
        def eventFilter(self, obj, ev):
            if ev.type() == QEvent.Type.Paint and "first_paint_s" not in seen:
                seen["first_paint_s"] = time.time() - t0
            return False

    watcher = FirstPaint(app)
    window.installEventFilter(watcher)
    tick = QTimer(app, interval=5)

    def beat() -> None:
        now = time.perf_counter()
        if window.loading or was_loading[0]:
            seen["max_gap_ms"] = max(seen["max_gap_ms"], (now - last[0]) * 1000)
        last[0] = now
        was_loading[0] = window.loading

    tick.timeout.connect(beat)
    tick.start()
    window.corpusShown.connect(lambda: seen.setdefault("corpus_shown_s", time.time() - t0))
    app.aboutToQuit.connect(lambda: print(json.dumps(seen), file=sys.stderr, flush=True))
    app._timing = (watcher, tick)  # keep them alive


def _write_diagnostics(window, path: str) -> None:
    """What the screenshot shows, for tests: platform, label font and label boxes."""
    import json

    from PySide6.QtCore import QPoint
    from PySide6.QtGui import QFontInfo, QGuiApplication

    item = window.timeline.events_item
    viewport = window.timeline.viewport()
    labels = []
    for i, rect in item.drawn_labels:
        top_left = viewport.mapTo(window, QPoint(round(rect.x()), round(rect.y())))
        labels.append({"text": item.labels[i], "x": rect.x() - round(rect.x()) + top_left.x(),
                       "y": rect.y() - round(rect.y()) + top_left.y(),
                       "width": rect.width(), "height": rect.height()})
    info = {
        "platform": QGuiApplication.platformName(),
        "label_font": QFontInfo(item.style.font).family(),
        "label_point_size": item.style.font.pointSizeF(),
        "labels": labels,
    }
    with open(path, "w", encoding="utf-8") as fh:
        json.dump(info, fh, ensure_ascii=False, indent=1)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    _platform_for(args)
    from PySide6.QtCore import QSettings, QTimer
    from PySide6.QtWidgets import QApplication

    from viewer.ui import fonts
    from viewer.ui.i18n import Translations
    from viewer.ui.main_window import MainWindow

    # The loader thread shares the interpreter: hand the GUI thread a turn more often
    # than the default 5 ms so that it keeps painting while a corpus loads.
    sys.setswitchinterval(0.0005)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setOrganizationName("RareEarthTimeline")
    app.setApplicationName("viewer")
    fonts.register()
    app.setFont(fonts.ui_font())
    screenshot = args.screenshot
    if screenshot:  # a picture of the defaults: read and write no saved settings
        import tempfile

        scratch = tempfile.TemporaryDirectory()
        settings = QSettings(os.path.join(scratch.name, "settings.ini"), QSettings.Format.IniFormat)
    else:
        settings = QSettings()
    lang = args.lang or ("en" if screenshot else settings.value("ui/language") or system_language())
    translations = Translations(app)
    translations.use(lang)
    window = MainWindow(settings, lang, restore=not screenshot)
    window.languageRequested.connect(lambda code: (translations.use(code), window.set_language(code)))
    paths = args.paths or (None if screenshot else window.last_corpus()) or [DEFAULT_CORPUS]
    missing = [p for p in paths if not Path(p).exists()]
    if missing and not args.paths:
        paths = [DEFAULT_CORPUS]
    if screenshot:
        w, h = (int(v) for v in args.size.lower().split("x"))
        window.resize(w, h)

        def grab() -> None:
            window.grab().save(screenshot)
            if os.environ.get("VIEWER_DIAGNOSTICS"):
                _write_diagnostics(window, os.environ["VIEWER_DIAGNOSTICS"])
            window.close()
            app.quit()

        window.corpusShown.connect(lambda: QTimer.singleShot(300, grab))
    if os.environ.get("VIEWER_TIMING"):
        _watch(app, window)
    if args.unmerged:
        window.act_merged.setChecked(False)
    if args.lanes:
        window.set_lane_mode(args.lanes)
    if args.event:
        window.corpusShown.connect(lambda: window.open_matching(args.event))
    window.show()
    QTimer.singleShot(0, lambda: window.load(paths))
    return app.exec()
