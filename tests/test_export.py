"""Pictures for briefings: the export dialog's code path, Copy image, and `viewer render`."""

from __future__ import annotations

import datetime as dt
import re
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QGuiApplication, QImage

from tests.conftest import ROOT, SEEDS
from tests.test_app import app_env, blankness


def render(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "viewer", "render", *args], cwd=ROOT,
                          env=app_env(tmp_path), capture_output=True, text=True, timeout=120,
                          check=False)


def check_png(path: Path, size: tuple[int, int]) -> None:
    image = QImage(str(path))
    assert (image.width(), image.height()) == size
    colours, dark = blankness(image)
    assert colours > 30 and dark > 300


def check_svg(path: Path, size: tuple[int, int], label: str) -> None:
    svg = path.read_text("utf-8")
    assert f'width="{size[0]}' in svg or f"width=\"{size[0] * 25.4 / 96:.1f}" in svg or "viewBox" in svg
    assert "<text" in svg
    texts = "".join(re.findall(r"<text[^>]*>([^<]*)</text>", svg))
    assert label in texts, "labels must be text, not outlines"
    families = set(re.findall(r'font-family="([^"]*)"', svg))
    assert "Noto Sans CJK SC, Source Han Sans SC, PingFang SC, Microsoft YaHei," \
        " WenQuanYi Micro Hei, sans-serif" in families  # the reader's own CJK font if needed
    assert 'font-family="Noto Sans CJK SC"' not in svg


def check_pdf(path: Path) -> None:
    data = path.read_bytes()
    assert data.startswith(b"%PDF")
    assert len(re.findall(rb"/Type\s*/Page[^s]", data)) == 1


# -- the dialog's code path -----------------------------------------------------------------

@pytest.mark.parametrize(("fmt", "size_key", "size"), [
    (".png", "slide", (1920, 1080)), (".png", "slide4k", (3840, 2160)),
    (".svg", "slide", (1920, 1080)), (".pdf", "a4", (1123, 794)), (".png", "custom", (1000, 700)),
])
def test_dialog_exports(window, tmp_path, fmt, size_key, size) -> None:
    window.filter.set_checked({"JP", "CN"})
    dialog = window.export_dialog()
    dialog.size.setCurrentIndex(dialog.size.findData(size_key))
    dialog.format.setCurrentIndex(dialog.format.findData(fmt))
    if size_key == "custom":
        dialog.width_box.setValue(size[0])
        dialog.height_box.setValue(size[1])
    dialog.title.setText("测试标题 Test title")
    out = dialog.export_to(tmp_path / "picture")
    assert out.suffix == fmt and out.exists()
    if fmt == ".png":
        check_png(out, size)
    elif fmt == ".svg":
        check_svg(out, size, "测试标题")
    else:
        check_pdf(out)


def test_copy_image_puts_a_slide_on_the_clipboard(window) -> None:
    window.copy_image()
    image = QGuiApplication.clipboard().image()
    assert (image.width(), image.height()) == (1920, 1080)


def test_dialog_and_render_draw_the_same_picture(window, tmp_path) -> None:
    window.filter.set_checked({"JP", "CN"})
    window.timeline.set_range(dt.date(2010, 1, 1), dt.date(2026, 12, 31))
    dialog = window.export_dialog()
    dialog.dated.setChecked(False)
    from_app = dialog.export_to(tmp_path / "app.png")
    proc = render(tmp_path, str(SEEDS), "--countries", "JP,CN", "--from", "2010-01", "--to",
                  "2026-12", "--size", "1920x1080", "--no-date", "--out", str(tmp_path / "cli.png"))
    assert proc.returncode == 0, proc.stderr
    assert from_app.read_bytes() == (tmp_path / "cli.png").read_bytes()


# -- viewer render ------------------------------------------------------------------------------

@pytest.mark.parametrize(("name", "size_arg", "size"), [
    ("t.png", "1920x1080", (1920, 1080)), ("t.svg", "slide", (1920, 1080)),
    ("t.pdf", "a4", (1123, 794)), ("t4k.png", "slide4k", (3840, 2160)),
])
def test_render_formats(tmp_path, name, size_arg, size) -> None:
    out = tmp_path / name
    proc = render(tmp_path, str(SEEDS), "--countries", "JP,CN", "--size", size_arg, "--out",
                  str(out), "--lang", "zh")
    assert proc.returncode == 0, proc.stderr
    if out.suffix == ".png":
        check_png(out, size)
    elif out.suffix == ".svg":
        check_svg(out, size, "稀土")
    else:
        check_pdf(out)


def test_render_is_byte_identical_without_the_date(tmp_path) -> None:
    args = [str(SEEDS), "--countries", "JP,CN", "--search", "稀土", "--title", "Briefing",
            "--no-date"]
    one = render(tmp_path, *args, "--out", str(tmp_path / "one.png"))
    two = render(tmp_path, *args, "--out", str(tmp_path / "two.png"))
    assert one.returncode == two.returncode == 0
    assert (tmp_path / "one.png").read_bytes() == (tmp_path / "two.png").read_bytes()


@pytest.mark.parametrize(("args", "message"), [
    (["--countries", "JP,Atlantis"], "unknown country: 'Atlantis'"),
    (["--from", "2026-12", "--to", "2010-01"], "--from 2026-12 is after --to 2010-01"),
    (["--from", "2026-13"], "not a date"),
    (["--size", "huge"], "unknown size 'huge'"),
    (["--out", "timeline.gif"], "unknown picture format '.gif'"),
    (["--out", "/nonexistent-folder/timeline.png"], "cannot write"),
])
def test_render_bad_arguments(tmp_path, args, message) -> None:
    if "--out" not in args:
        args = [*args, "--out", str(tmp_path / "x.png")]
    proc = render(tmp_path, str(SEEDS), *args)
    assert proc.returncode == 2
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and message in lines[0], proc.stderr
    assert not (tmp_path / "x.png").exists()


def test_a_failed_write_leaves_no_half_picture(tmp_path, monkeypatch) -> None:
    from viewer.core import timeline as tl
    from viewer.core.pipeline import extract_paths
    from viewer.ui import figure

    corpus = extract_paths([SEEDS])
    table, _ = tl.build(corpus.mentions)
    target = tmp_path / "t.png"
    target.write_bytes(b"old picture")

    def broken(*args):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(figure, "_write", broken)
    with pytest.raises(OSError):
        figure.save(figure.FigureSpec(), table, corpus.articles, target)
    assert target.read_bytes() == b"old picture"
    assert [p.name for p in tmp_path.iterdir()] == ["t.png"]


@pytest.mark.parametrize("name", ["t.png", "t.svg", "t.pdf"])
def test_a_picture_gets_the_folders_usual_permissions(qapp, tmp_path, name) -> None:
    """Written through a private temporary file, the picture must not stay 0600 (unreadable
    to the colleagues who share the folder)."""
    import os

    from viewer.core import timeline as tl
    from viewer.core.pipeline import extract_paths
    from viewer.ui import figure

    corpus = extract_paths([SEEDS])
    table, _ = tl.build(corpus.mentions)
    old = os.umask(0o022)
    try:
        figure.save(figure.FigureSpec(), table, corpus.articles, tmp_path / name)
    finally:
        os.umask(old)
    assert (tmp_path / name).stat().st_mode & 0o777 == 0o644


def test_an_open_ended_event_runs_through_a_later_period(qtbot) -> None:
    """A measure in force from 2024 on is in a picture of late 2025, as in the window."""
    from viewer.core import timeline as tl
    from viewer.core.pipeline import extract_paths
    from viewer.ui import figure

    table, _ = tl.build(extract_paths([SEEDS]).mentions, merged=True)
    ongoing = [i for i, e in enumerate(table.events)
               if e.open_ended and e.start.year == 2024]
    assert ongoing
    later = figure.Figure(figure.FigureSpec(start=dt.date(2025, 6, 1), end=dt.date(2026, 1, 31)),
                          table, [])
    assert all(later.shown[i] for i in ongoing)
    before = figure.Figure(figure.FigureSpec(start=dt.date(2020, 1, 1),
                                             end=dt.date(2023, 12, 31)), table, [])
    assert not any(before.shown[i] for i in ongoing)
