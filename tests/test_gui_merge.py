"""Merged events and lanes in the window, and `viewer render --lanes`."""

from __future__ import annotations

from PySide6.QtGui import QImage

from tests.conftest import SEEDS
from tests.test_app import blankness
from tests.test_export import render


def _signing(window) -> int:
    return next(i for i, e in enumerate(window.table.events)
                if e.sources == 2 and "签署" in e.label)


def test_merged_event_panel_lists_every_source(window) -> None:
    i = _signing(window)
    window.open_event(i)
    text = window.panel.paragraph_text()
    assert "九国联盟的签字仪式隆重举行" in text and "在华盛顿签署了一份" in text
    assert window.panel.highlighted()[:2] == ["12月12日", "12月12日"]
    assert "2 places in 2 articles" in window.panel.meta.text()
    assert window.panel.chooser.isVisibleTo(window.panel)
    # most precise first, and Show in article opens the chosen source's whole body
    window.panel.chooser.setCurrentIndex(1)
    window.panel.toggle.setChecked(True)
    assert "九国联盟" in window.panel.paragraph_text()
    assert window.panel.highlighted()[0] == "12月12日"


def test_unmerged_toggle_shows_each_mention(window) -> None:
    window.act_merged.trigger()
    assert len(window.table) == 23
    assert all(e.sources == 1 for e in window.table.events)
    window.act_merged.trigger()
    assert len(window.table) == 17


def test_lanes_by_country_follow_the_filter(window) -> None:
    window.set_lane_mode("country")
    lanes = window.timeline.lanes
    assert lanes.lanes.names[0] == "CN"  # most events first, as in the filter list
    i = _signing(window)
    rows = window.timeline.rows_of(i)
    assert len(rows) == len(window.table.events[i].countries) == 5  # one per country lane
    window.filter.set_checked({"JP"})
    assert window.timeline.lanes.lanes.names == ["JP"]
    assert window.timeline.rows_of(i)  # the signing involves Japan
    window.set_lane_mode("article")
    names = window.timeline.lanes.lanes.names
    assert "001_3239f1d1bee55edc.txt" in names and "002_6b92a0a1c4691031.txt" in names
    assert len(window.timeline.rows_of(i)) == 2  # reported by two articles
    headers = [text for _, text in window.timeline.events_item.headers]
    assert any("2025-12-15" in h for h in headers)
    window.set_lane_mode("none")
    assert window.timeline.lanes.headers == []


def test_click_in_a_lane_opens_that_event(qtbot, window) -> None:
    from PySide6.QtCore import QPoint, Qt

    window.set_lane_mode("country")
    law = next(i for i, e in enumerate(window.table.events) if e.primary.text == "2025年12月11日")
    window.timeline.ensure_visible(law)
    window.timeline.relayout()
    # scroll the Vietnam lane into view, then click its dot
    x, row = window.timeline.position_of(law)
    vb = window.timeline.getPlotItem().getViewBox()
    top, bottom = vb.viewRange()[1]
    if row > bottom - 1:
        vb.setYRange(row - (bottom - top) / 2, row + (bottom - top) / 2, padding=0)
    pos = window.timeline.data_to_widget(x, row)
    qtbot.mouseClick(window.timeline.viewport(), Qt.MouseButton.LeftButton,
                     pos=QPoint(round(pos.x()), round(pos.y())))
    assert window.timeline.selected() == law
    assert window.panel.highlighted()[0] == "2025年12月11日"


def test_export_draws_the_lanes(window, tmp_path) -> None:
    window.set_lane_mode("country")
    spec = window.figure_spec()
    assert spec.lanes == "country"
    out = window.export_dialog().export_to(tmp_path / "lanes.png")
    colours, dark = blankness(QImage(str(out)))
    assert colours > 30 and dark > 300


def test_render_lanes(tmp_path) -> None:
    for mode in ("country", "article", "none"):
        out = tmp_path / f"{mode}.svg"
        proc = render(tmp_path, str(SEEDS), "--countries", "JP,CN", "--lanes", mode,
                      "--out", str(out))
        assert proc.returncode == 0, proc.stderr
        svg = out.read_text("utf-8")
        if mode == "country":
            assert ">China<" in svg.replace("\n", "") or "China" in svg
            assert "Japan" in svg
    bad = render(tmp_path, str(SEEDS), "--lanes", "sideways", "--out", str(tmp_path / "x.png"))
    assert bad.returncode == 2 and len(bad.stderr.strip().splitlines()) == 1


def test_an_event_told_twice_in_one_article_says_so(qtbot, tmp_path) -> None:
    from PySide6.QtCore import QSettings

    from viewer.ui import fonts
    from viewer.ui.main_window import MainWindow

    folder = tmp_path / "one"
    folder.mkdir()
    (folder / "a.txt").write_text(
        "Trump, Albanese sign critical minerals deal\nOct 20, 2025 3:46 PM\n\nWASHINGTON, Oct 20 "
        "(Reuters) - Trump and Albanese signed a critical minerals deal on Monday.\n",
        encoding="utf-8")
    fonts.register()
    w = MainWindow(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat), "en",
                   restore=False, cache=False)
    qtbot.addWidget(w)
    w.show()
    with qtbot.waitSignal(w.corpusShown, timeout=60000):
        w.load([str(folder)])
    (i,) = [k for k, e in enumerate(w.table.events) if e.sources == 2]
    w.open_event(i)
    assert "Reported in 2 places in one article" in w.panel.meta.text()
