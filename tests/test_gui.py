"""The desktop window, offscreen: events shown, click to read the source, filter, keys."""

from __future__ import annotations

import datetime as dt

import numpy as np
import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor

from tests.conftest import SEEDS
from viewer.core import timeline as tl
from viewer.ui import theme


def _index(w, text: str, article_prefix: str = "") -> int:
    return next(i for i, e in enumerate(w.table.events)
                if e.primary.text == text and e.primary.article.startswith(article_prefix))


def _click_event(qtbot, w, i: int) -> None:
    view = w.timeline
    view.ensure_visible(i)
    qtbot.wait(20)
    view.relayout()
    x, row = view.position_of(i)
    pos = view.data_to_widget(x, row)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(round(pos.x()), round(pos.y())))


def test_opens_on_seeds_with_every_event(window) -> None:
    assert window.act_merged.isChecked()  # merged by default: 23 mentions, 17 happenings
    assert len(window.table) == 17
    assert sum(e.sources for e in window.table.events) == 23
    assert window.visible_count() == 17
    assert window.status_text.text().startswith("17 of 17 events")
    window.act_merged.trigger()
    assert len(window.table) == 23 and window.visible_count() == 23
    assert window.status_text.text().startswith("23 of 23 events")
    assert len(window.timeline.source_list) == 5  # every article, 004 included, in the sources lane
    x0, x1 = window.timeline.x_range()  # 2010-01-01 to 2026-12-31, with a small margin
    assert tl.date_of(x0) <= dt.date(2010, 1, 1) and tl.date_of(x1) >= dt.date(2027, 1, 1)
    assert x1 - x0 < (tl.seconds(dt.date(2027, 1, 1)) - tl.seconds(dt.date(2010, 1, 1))) * 1.05


def test_click_opens_the_source_paragraph_with_the_date_highlighted(qtbot, window) -> None:
    i = _index(window, "2025年12月11日")
    _click_event(qtbot, window, i)
    assert window.panel.isVisible()
    m = window.table.events[i].primary
    raw = (SEEDS / m.article).read_text("utf-8")
    paragraph = next(line.strip() for line in raw.splitlines() if "2025年12月11日" in line)
    assert window.panel.paragraph_text() == paragraph
    assert window.panel.highlighted()[0] == "2025年12月11日"
    assert window.panel.highlighted()[1] == m.sentence
    assert window.timeline.selected() == i
    assert "Vietnam" in window.panel.countries.text()


def test_show_in_article_scrolls_to_the_paragraph(qtbot, window) -> None:
    i = _index(window, "2025年12月11日")
    window.open_event(i)
    window.panel.toggle.setChecked(True)
    text = window.panel.paragraph_text()
    assert text.count("\n\n") > 10  # the whole body
    assert window.panel.highlighted()[0] == "2025年12月11日"
    assert "特别声明" not in text and "更新时间" not in text


def test_article_text_is_never_html(qtbot, window, tmp_path) -> None:
    page = tmp_path / "x.txt"
    page.write_text("测试<b>粗体</b>与<img src='http://example.com/a.png'>。\n"
                    "2025年12月11日,<i>越南</i>通过新法。\n", encoding="utf-8")
    with qtbot.waitSignal(window.corpusShown, timeout=30000):
        window.load([str(page)])
    window.open_event(0)
    assert "<i>越南</i>" in window.panel.paragraph_text()


def test_japan_only_keeps_the_2010_halt_and_hides_vietnam(qtbot, window) -> None:
    window.filter.set_checked({"JP"})
    halt = _index(window, "2010年", "002_")
    law = _index(window, "2025年12月11日")
    assert window.timeline.visible[halt] and not window.timeline.visible[law]
    status = window.status_text.text()
    assert status.startswith(f"{window.visible_count()} of {len(window.table)} events")
    assert status.endswith("· Japan")
    assert window.timeline.rows_of(law) == [] and window.timeline.rows_of(halt)
    window.filter.set_checked(None)
    assert window.visible_count() == len(window.table)


def test_search_filters_by_sentence(qtbot, window) -> None:
    window.filter.search.setText("地质矿产法")
    qtbot.waitUntil(lambda: window.visible_count() == 1, timeout=3000)
    assert window.timeline.visible[_index(window, "2025年12月11日")]


def test_arrow_keys_walk_visible_events_in_time_order(qtbot, window) -> None:
    window.filter.set_checked({"JP"})
    window.timeline.setFocus()
    order = []
    for _ in range(window.visible_count()):
        qtbot.keyClick(window.timeline, Qt.Key.Key_Right)
        order.append(window.timeline.selected())
    assert all(window.timeline.visible[i] for i in order)
    assert len(set(order)) == window.visible_count()
    t = window.table
    assert [(t.x0[i], t.x1[i]) for i in order] == sorted((t.x0[i], t.x1[i]) for i in order)
    qtbot.keyClick(window.timeline, Qt.Key.Key_Left)
    assert window.timeline.selected() == order[-2]
    qtbot.keyClick(window.timeline, Qt.Key.Key_Return)
    assert window.panel.isVisible()
    qtbot.keyClick(window.timeline, Qt.Key.Key_Escape)
    assert not window.panel.isVisible() and window.timeline.selected() is None


def _bar_extent(image, y: int, x_mid: int, color: QColor) -> tuple[int, int]:
    """The run of bar pixels (edge colour, or fill over white) through ``x_mid`` on line ``y``."""
    a = theme.BAR_ALPHA / 255
    fill = QColor(*(round(c * a + 255 * (1 - a)) for c in (color.red(), color.green(),
                                                             color.blue())))

    def bar(x: int) -> bool:
        px = QColor(image.pixel(x, y))
        return _close(px, color) or _close(px, fill)

    assert bar(x_mid)
    left = right = x_mid
    # grid lines drawn across the bar may interrupt it for a pixel or two
    while (step := next((k for k in (1, 2, 3) if left - k >= 0 and bar(left - k)), 0)):
        left -= step
    while (step := next((k for k in (1, 2, 3) if right + k < image.width() and bar(right + k)),
                        0)):
        right += step
    return left, right


def _close(a: QColor, b: QColor, tol: int = 40) -> bool:
    return abs(a.red() - b.red()) + abs(a.green() - b.green()) + abs(a.blue() - b.blue()) < tol


@pytest.mark.parametrize(("text", "article", "start", "end", "view", "prec"), [
    ("2010年", "002_", dt.date(2010, 1, 1), dt.date(2011, 1, 1),
     (dt.date(2009, 6, 1), dt.date(2011, 8, 1)), 2),
    ("2025年12月", "000_", dt.date(2025, 12, 1), dt.date(2026, 1, 1),
     (dt.date(2025, 10, 20), dt.date(2026, 2, 10)), 1),
])
def test_month_and_year_glyphs_span_their_period(qtbot, window, text, article, start, end, view,
                                                  prec) -> None:
    w = window
    w.timeline.set_range(*view)
    qtbot.wait(50)
    w.timeline.relayout()
    i = _index(w, text, article)
    row = w.timeline.position_of(i)[1]
    image = w.timeline.grab().toImage()
    y = round(w.timeline.data_to_widget(tl.seconds(start), row).y())
    want_left = w.timeline.data_to_widget(tl.seconds(start), row).x()
    want_right = w.timeline.data_to_widget(tl.seconds(end), row).x()
    left, right = _bar_extent(image, y, round((want_left + want_right) / 2),
                              theme.PRECISION_COLORS[prec])
    assert abs(left - want_left) <= 2 and abs(right - want_right) <= 2, (left, right,
                                                                        want_left, want_right)
    assert right - left > 40  # a bar, not a point on 1 January


def test_language_switch_relabels(qtbot, window) -> None:
    from PySide6.QtWidgets import QApplication

    from viewer.ui.i18n import Translations

    tr = Translations(QApplication.instance())
    assert tr.use("zh")
    window.set_language("zh")
    assert window.file_menu.title() == "文件(&F)"
    assert "中国" in window.filter.list.item(0).text().split(" · ")[0]
    assert window.timeline.axis.tickStrings([tl.seconds(dt.date(2025, 12, 1))], 1,
                                             30 * tl.DAY_S)[0].endswith("月")
    tr.use("en")
    window.set_language("en")
    assert window.file_menu.title() == "&File"


def test_settings_remember_corpus_filters_and_view(qtbot, window) -> None:
    window.filter.set_checked({"JP", "CN"})
    window.timeline.set_range(dt.date(2024, 1, 1), dt.date(2025, 12, 31))
    window.close()
    s = window.settings
    assert s.value("corpus/last") == [str(SEEDS)]
    assert sorted(s.value("filter/countries")) == ["CN", "JP"]
    x0, x1 = (float(v) for v in s.value("view/range"))
    assert tl.date_of(x0) == dt.date(2024, 1, 1)
    assert np.isfinite(x1)


def test_next_launch_restores_filters_search_and_view(qtbot, window) -> None:
    from viewer.ui.main_window import MainWindow

    window.filter.set_checked({"JP"})
    window.filter.search.setText("稀土")
    qtbot.wait(200)
    window.timeline.set_range(dt.date(2024, 1, 1), dt.date(2025, 12, 31))
    window.close()
    again = MainWindow(window.settings, "en", restore=True)
    qtbot.addWidget(again)
    again.show()
    assert again.last_corpus() == [str(SEEDS)]
    with qtbot.waitSignal(again.corpusShown, timeout=60000):
        again.load(again.last_corpus())
    assert again.filter.checked() == {"JP"}
    assert again.filter.search_text() == "稀土"
    x0, _ = again.timeline.x_range()
    assert tl.date_of(x0) == dt.date(2024, 1, 1)
    assert again.recent_menu.actions()[0].text() == str(SEEDS)


def test_dropping_a_folder_opens_it(qtbot, window, tmp_path) -> None:
    from PySide6.QtCore import QMimeData, QPointF, QUrl
    from PySide6.QtGui import QDropEvent

    (tmp_path / "a.txt").write_text("2025年12月11日,越南通过新法。", encoding="utf-8")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(tmp_path))])
    event = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime,
                       Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    with qtbot.waitSignal(window.corpusShown, timeout=30000):
        window.dropEvent(event)
    assert len(window.table) == 1 and window.paths == [str(tmp_path)]
