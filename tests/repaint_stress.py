"""Repaint a timeline thousands of times (run in a subprocess by tests/test_app.py).

PySide6 6.12.0 with pyqtgraph 0.14.0 on Python 3.11 loses a reference to True on
every repaint and aborts after a few hundred ("Fatal Python error: bool_dealloc").
This script exits 0 and prints the count when the installed combination is safe.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

from viewer.core import timeline as tl
from viewer.core.pipeline import extract_paths


def main() -> int:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 3000
    app = QApplication([])
    from viewer.ui import fonts
    from viewer.ui.timeline_view import TimelineView

    fonts.register()
    corpus = extract_paths([Path(__file__).resolve().parent.parent / "seeds"])
    table, _ = tl.build(corpus.mentions)
    view = TimelineView()
    view.resize(1200, 700)
    view.set_events(table, [tl.Source(a.id, a.title, a.published) for a in corpus.articles])
    view.show()
    for n in range(count):
        if n % 50 == 0:
            view.zoom(0.9 if (n // 50) % 2 else 1 / 0.9)
        view.repaint()
        app.processEvents()
    print(f"repainted {count} times")
    return 0


if __name__ == "__main__":
    sys.exit(main())
