"""The real app in a real X11 window under Xvfb, and where its Chinese pixels come from."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QImage, QPainter

from tests.conftest import ROOT, SEEDS
from tests.test_app import app_env, blankness

pytestmark = pytest.mark.skipif(shutil.which("Xvfb") is None,
                                reason="Xvfb is not installed (make test installs it as root)")


@pytest.fixture(scope="module")
def display():
    """A private Xvfb server; yields its DISPLAY value."""
    for number in range(91, 140):
        if not Path(f"/tmp/.X11-unix/X{number}").exists() and not Path(f"/tmp/.X{number}-lock").exists():
            break
    proc = subprocess.Popen(["Xvfb", f":{number}", "-screen", "0", "1600x1000x24", "-nolisten",
                             "tcp"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    socket = Path(f"/tmp/.X11-unix/X{number}")
    deadline = time.monotonic() + 20
    while not socket.exists() and time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.05)
    if not socket.exists():
        proc.kill()
        pytest.fail("Xvfb did not start")
    yield f":{number}"
    proc.terminate()
    proc.wait(10)


@pytest.fixture(scope="module")
def shot(display, tmp_path_factory):
    tmp = tmp_path_factory.mktemp("xvfb")
    out, info = tmp / "window.png", tmp / "info.json"
    env = app_env(tmp, DISPLAY=display, QT_QPA_PLATFORM="xcb", VIEWER_DIAGNOSTICS=str(info))
    env.pop("WAYLAND_DISPLAY", None)
    proc = subprocess.run([sys.executable, "-m", "viewer", "--lang", "zh", "--screenshot",
                           str(out), str(SEEDS)], cwd=ROOT, env=env, capture_output=True,
                          text=True, timeout=180, check=False)
    assert proc.returncode == 0, proc.stderr[-3000:]
    return QImage(str(out)), json.loads(info.read_text("utf-8"))


def test_real_window_is_drawn(shot) -> None:
    image, info = shot
    assert info["platform"] == "xcb"
    assert not image.isNull() and image.width() >= 1000
    colours, dark = blankness(image)
    assert colours > 30 and dark > 200


def _mask(image: QImage) -> set[tuple[int, int]]:
    return {(x, y) for y in range(image.height()) for x in range(image.width())
            if image.pixelColor(x, y).lightness() < 140}


def _render(text: str, family: str, size: float, w: int, h: int, dx: float, dy: float) -> QImage:
    image = QImage(w, h, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    font = QFont(family)
    font.setPointSizeF(size)
    font.setStyleStrategy(QFont.StyleStrategy.PreferAntialias)
    fm = QFontMetricsF(font)
    p = QPainter(image)
    p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    p.setFont(font)
    p.setPen(Qt.GlobalColor.black)
    p.drawText(QPointF(dx, dy + h / 2 + (fm.ascent() - fm.descent()) / 2), text)
    p.end()
    return image


def _best_iou(crop: QImage, text: str, family: str, size: float, fx: float, fy: float) -> float:
    target = _mask(crop)
    best = 0.0
    for ox in (-1, 0, 1):
        for oy in (-1, 0, 1):
            ref = _mask(_render(text, family, size, crop.width(), crop.height(), fx + ox, fy + oy))
            union = len(target | ref)
            best = max(best, len(target & ref) / union if union else 0.0)
    return best


def test_chinese_label_pixels_come_from_the_bundled_font(qapp, shot) -> None:
    from viewer.ui import fonts

    family = fonts.register()
    image, info = shot
    assert info["label_font"] == family
    label = next(lb for lb in info["labels"] if sum("\u4e00" <= c <= "\u9fff" for c in lb["text"]) >= 8)
    x, y = int(label["x"]), int(label["y"])
    crop = image.copy(x, y, int(label["width"]) + 2, int(label["height"]) + 1)
    fx, fy = label["x"] - x, label["y"] - y
    ours = _best_iou(crop, label["text"], family, info["label_point_size"], fx, fy)
    # The same text in a font without Chinese glyphs draws boxes or nothing: a poor match.
    other = _best_iou(crop, label["text"], "DejaVu Sans", info["label_point_size"], fx, fy)
    print(f"IoU bundled {ours:.2f} vs fallback {other:.2f}")
    assert ours > 0.55, (ours, other)
    assert ours > other + 0.2, (ours, other)
