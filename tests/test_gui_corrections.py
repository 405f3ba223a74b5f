"""Corrections in the window: edit, hide, add, publication date, undo/redo, saved and reloaded."""

from __future__ import annotations

import datetime as dt
import json
import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from tests.conftest import SEEDS
from viewer.core import corrections as cr


@pytest.fixture
def pages(tmp_path) -> Path:
    folder = tmp_path / "pages"
    shutil.copytree(SEEDS, folder)
    return folder


def _open(qtbot, tmp_path, pages):
    from viewer.ui import fonts
    from viewer.ui.main_window import MainWindow

    fonts.register()
    w = MainWindow(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat), "en",
                   restore=False, cache=False)
    w.data_dir = tmp_path / "data"
    qtbot.addWidget(w)
    w.resize(1440, 860)
    w.show()
    with qtbot.waitSignal(w.corpusShown, timeout=60000):
        w.load([str(pages)])
    return w


def _event(w, text, article=""):
    return next(i for i, e in enumerate(w.table.events)
                if any(m.text == text and m.article.startswith(article) for m in e.mentions))


def test_edit_hide_add_publication_undo_and_reload(qtbot, tmp_path, pages) -> None:
    w = _open(qtbot, tmp_path, pages)
    n = len(w.table)
    law = w.table.events[_event(w, "2025年12月11日")].primary
    w.apply_edit(law, cr.Edit(start="2025-12-11", end="2025-12-11", precision="day",
                              label="越南修订地质矿产法", countries=["VN"]))
    assert w.panel.isVisible() and "越南修订地质矿产法" in w.timeline.label(w.timeline.selected())
    briefing = w.table.events[_event(w, "12月12日", "000_")].primary
    w.apply_edit(briefing, cr.Edit(hidden=True))
    assert len(w.table) == n - 1
    w.apply_publication("001_3239f1d1bee55edc.txt", dt.date(2026, 12, 20))
    e = w.table.events[_event(w, "12月12日", "001_")]
    assert any(m.start == dt.date(2026, 12, 12) for m in e.mentions)
    art = w._article_of("004_5f08b4fa4df6e18c.txt")
    para = art.body[2]
    ident = w.apply_added(art, para.index, para.text[:8], cr.Edit(
        start="2026-02-11", end="2026-02-11", precision="day", label="手工事件", countries=["KR"]))
    assert any(m.key == ident for e in w.table.events for m in e.mentions)
    saved = json.loads((pages / cr.PROJECT_NAME).read_text("utf-8"))
    assert saved["published"] == {"001_3239f1d1bee55edc.txt": "2026-12-20"} and saved["added"]
    # undo the addition, redo it
    w.undo()
    assert not any(m.key == ident for e in w.table.events for m in e.mentions)
    w.redo()
    assert any(m.key == ident for e in w.table.events for m in e.mentions)
    # the export draws the corrected label
    w.filter.set_checked(None)
    dialog = w.export_dialog()
    dialog.format.setCurrentIndex(dialog.format.findData(".svg"))
    out = dialog.export_to(tmp_path / "p.svg")
    assert "越南修订地质矿产法" in out.read_text("utf-8")
    w.close()
    # a new window on the same folder finds every correction again
    again = _open(qtbot, tmp_path, pages)
    assert len(again.table) == len(w.table)
    assert "越南修订地质矿产法" in again.table.events[_event(again, "2025年12月11日")].label


def test_render_applies_saved_corrections(tmp_path, pages) -> None:
    from tests.test_export import render

    corpus = __import__("viewer.core.pipeline", fromlist=["x"]).extract_paths([pages])
    law = next(m for m in corpus.mentions if m.text == "2025年12月11日")
    cr.save(pages / cr.PROJECT_NAME, cr.Corrections(edits={law.key: cr.Edit(label="已更正的标签")}))
    out = tmp_path / "r.svg"
    assert render(tmp_path, str(pages), "--out", str(out)).returncode == 0
    assert "已更正的标签" in out.read_text("utf-8")
    plain = tmp_path / "plain.svg"
    assert render(tmp_path, str(pages), "--no-corrections", "--out", str(plain)).returncode == 0
    assert "已更正的标签" not in plain.read_text("utf-8")


def test_a_damaged_project_file_is_reported_and_kept(qtbot, tmp_path, pages) -> None:
    (pages / cr.PROJECT_NAME).write_text('{"format": "rare-earth-timeline corrections", "sch',
                                         encoding="utf-8")
    w = _open(qtbot, tmp_path, pages)
    texts = [w.problems.item(k).text() for k in range(w.problems.count())]
    assert any("not valid JSON" in t for t in texts)
    assert (pages / (cr.PROJECT_NAME + ".unreadable-1")).exists()
    law = w.table.events[_event(w, "2025年12月11日")].primary
    w.apply_edit(law, cr.Edit(label="新标签"))
    assert cr.load(pages / cr.PROJECT_NAME).edits[law.key].label == "新标签"


def test_a_newer_project_file_is_never_overwritten(qtbot, tmp_path, pages) -> None:
    newer = json.dumps({"format": cr.FORMAT, "schema": cr.SCHEMA + 1, "edits": {}})
    (pages / cr.PROJECT_NAME).write_text(newer, encoding="utf-8")
    w = _open(qtbot, tmp_path, pages)
    law = w.table.events[_event(w, "2025年12月11日")].primary
    w.apply_edit(law, cr.Edit(label="不会保存"))
    assert (pages / cr.PROJECT_NAME).read_text("utf-8") == newer


def test_corrections_that_lost_their_text_are_reported(qtbot, tmp_path, pages) -> None:
    from viewer.core.pipeline import extract_paths

    law = next(m for m in extract_paths([pages]).mentions if m.text == "2025年12月11日")
    cr.save(pages / cr.PROJECT_NAME, cr.Corrections(edits={law.key: cr.Edit(hidden=True)}))
    page = pages / law.article
    page.write_text(page.read_text("utf-8").replace("越南也看到了", "越南同样看到了"), encoding="utf-8")
    w = _open(qtbot, tmp_path, pages)
    texts = [w.problems.item(k).text() for k in range(w.problems.count())]
    assert any("no longer match" in t for t in texts)
    assert law.key in cr.load(pages / cr.PROJECT_NAME).edits  # kept, not dropped


def test_two_windows_on_one_project_keep_both_corrections(qtbot, tmp_path, pages) -> None:
    a = _open(qtbot, tmp_path, pages)
    b = _open(qtbot, tmp_path, pages)
    law = a.table.events[_event(a, "2025年12月11日")].primary
    halt = a.table.events[_event(a, "2010年", "002_")].primary
    a.apply_edit(law, cr.Edit(label="A 的更正"))
    b.apply_edit(halt, cr.Edit(label="B 的更正"))
    saved = cr.load(pages / cr.PROJECT_NAME)
    assert saved.edits[law.key].label == "A 的更正"
    assert saved.edits[halt.key].label == "B 的更正"
    a.undo()  # takes back A's correction only
    saved = cr.load(pages / cr.PROJECT_NAME)
    assert law.key not in saved.edits and saved.edits[halt.key].label == "B 的更正"
    assert "B 的更正" in {e.label for e in a.table.events}
    a.redo()
    saved = cr.load(pages / cr.PROJECT_NAME)
    assert saved.edits[law.key].label == "A 的更正"
    assert saved.edits[halt.key].label == "B 的更正"


def test_a_large_corpus_is_rebuilt_in_a_thread_and_the_newest_change_wins(qtbot, tmp_path,
                                                                          pages) -> None:
    """Above BACKGROUND_ABOVE mentions a correction is merged off the GUI thread; a build
    that a later change overtook is dropped, and the event opens once it is shown."""
    w = _open(qtbot, tmp_path, pages)
    w.BACKGROUND_ABOVE = 0  # the seeds stand in for a 10,000-page corpus
    law = w.table.events[_event(w, "2025年12月11日")].primary
    before = w.table
    w.apply_edit(law, cr.Edit(label="第一次更正"))
    w.apply_edit(law, cr.Edit(label="第二次更正"))
    assert w.table is before  # nothing rebuilt on the GUI thread yet
    qtbot.waitUntil(lambda: w.table is not before and not w.builder.busy(), timeout=30000)
    qtbot.wait(50)  # a late table from the first change would arrive by now
    labels = {e.label for e in w.table.events}
    assert "第二次更正" in labels and "第一次更正" not in labels
    assert w.panel.isVisible() and "第二次更正" in w.timeline.label(w.timeline.selected())


def test_a_load_with_saved_corrections_is_shown_whole(qtbot, tmp_path, pages, monkeypatch) -> None:
    """Even where corrections would be merged in a thread, a load shows its corpus, its
    corrections and its events together (nothing of the previous corpus lingers)."""
    from viewer.ui.main_window import MainWindow

    first = _open(qtbot, tmp_path, pages)
    law = first.table.events[_event(first, "2025年12月11日")].primary
    first.apply_edit(law, cr.Edit(label="保存的更正"))
    from viewer.ui.loader import TableBuilder

    monkeypatch.setattr(MainWindow, "BACKGROUND_ABOVE", 0)
    threaded = []
    monkeypatch.setattr(TableBuilder, "start", lambda self, *a: threaded.append(a))
    w = _open(qtbot, tmp_path, pages)  # returns once corpusShown has been emitted
    assert not threaded
    assert "保存的更正" in {e.label for e in w.table.events}
    assert w.settings.value("corpus/last") is not None


@pytest.mark.parametrize("threaded", [False, True])
def test_giving_an_undated_article_a_date_places_its_events(qtbot, tmp_path, threaded) -> None:
    """Its partial dates were undated (status: "without a date"); once the analyst gives the
    article a publication date they resolve, the status says so and the sources lane has it."""
    folder = tmp_path / "undated"
    folder.mkdir()
    (folder / "page.txt").write_text(
        "稀土出口管制新动向\n\n12月12日,美国、日本等国在华盛顿签署关于关键矿产供应链的联合宣言。\n",
        encoding="utf-8")
    w = _open(qtbot, tmp_path, folder)
    w.BACKGROUND_ABOVE = -1 if threaded else 10**9
    assert len(w.table) == 0 and "1 without a date" in w.status_text.text()
    assert len(w.timeline.source_list) == 0
    w.apply_publication("page.txt", dt.date(2025, 12, 15))
    qtbot.waitUntil(lambda: len(w.table) == 1 and not w.builder.busy(), timeout=30000)
    assert w.table.events[0].start == dt.date(2025, 12, 12)
    assert "without a date" not in w.status_text.text()
    assert [s.published for s in w.timeline.source_list] == [dt.date(2025, 12, 15)]
    w.undo()  # and taking the date back makes them undated again
    qtbot.waitUntil(lambda: len(w.table) == 0 and not w.builder.busy(), timeout=30000)
    assert "1 without a date" in w.status_text.text()
    assert len(w.timeline.source_list) == 0 and w.corpus.articles[0].published is None


def test_a_load_with_saved_corrections_is_prepared_off_the_gui_thread(qtbot, tmp_path, pages,
                                                                      monkeypatch) -> None:
    """Corrections saved for a corpus are applied, and its events merged, by the loader
    thread (seconds at 10,000 pages), never on the GUI thread."""
    import threading

    from viewer.core import timeline as tl

    first = _open(qtbot, tmp_path, pages)
    law = first.table.events[_event(first, "2025年12月11日")].primary
    first.apply_edit(law, cr.Edit(label="保存的更正"))
    first.close()
    on_gui = []
    prepare = tl.prepare
    monkeypatch.setattr(tl, "prepare", lambda *a, **k: (
        on_gui.append(threading.current_thread() is threading.main_thread()), prepare(*a, **k))[1])
    w = _open(qtbot, tmp_path, pages)
    assert on_gui == [False]
    assert "保存的更正" in {e.label for e in w.table.events}


def test_corrections_changed_after_the_loader_read_them_are_the_ones_shown(qtbot, tmp_path, pages,
                                                                           monkeypatch) -> None:
    from viewer.ui.loader import _Worker

    first = _open(qtbot, tmp_path, pages)
    law = first.table.events[_event(first, "2025年12月11日")].primary
    first.apply_edit(law, cr.Edit(label="后来的更正"))
    first.close()
    monkeypatch.setattr(_Worker, "_corrections", lambda self: cr.Corrections())  # read before
    w = _open(qtbot, tmp_path, pages)
    assert "后来的更正" in {e.label for e in w.table.events}
