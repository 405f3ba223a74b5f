"""The real app in a subprocess: --screenshot offscreen, and the repaint hazard."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from tests.conftest import ROOT, SEEDS


def app_env(tmp_path: Path, **extra: str) -> dict[str, str]:
    env = dict(os.environ)
    env["XDG_CONFIG_HOME"] = str(tmp_path / "config")  # never touch the user's settings
    env["XDG_CACHE_HOME"] = str(tmp_path / "cache")
    env.update(extra)
    return env


def blankness(image: QImage) -> tuple[int, int]:
    """Distinct colours and dark pixels in a sample of the picture."""
    colours, dark = set(), 0
    for y in range(0, image.height(), 3):
        for x in range(0, image.width(), 3):
            c = image.pixelColor(x, y)
            colours.add(c.rgb())
            dark += c.lightness() < 100
    return len(colours), dark


def test_screenshot_offscreen(tmp_path: Path) -> None:
    out = tmp_path / "shot.png"
    env = app_env(tmp_path, QT_QPA_PLATFORM="offscreen")
    proc = subprocess.run([sys.executable, "-m", "viewer", "--screenshot", str(out), str(SEEDS)],
                          cwd=ROOT, env=env, capture_output=True, text=True, timeout=120,
                          check=False)
    assert proc.returncode == 0, proc.stderr
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1440, 860)
    colours, dark = blankness(image)
    assert colours > 30 and dark > 200


def test_thousands_of_repaints_do_not_crash(tmp_path: Path) -> None:
    proc = subprocess.run([sys.executable, str(ROOT / "tests" / "repaint_stress.py"), "3000"],
                          cwd=ROOT, env=app_env(tmp_path, QT_QPA_PLATFORM="offscreen"),
                          capture_output=True, text=True, timeout=600, check=False)
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert "repainted 3000 times" in proc.stdout


def test_pins_keep_python_311_off_pyside6_612() -> None:
    """No allowed combination is the crashing one (Python 3.11 with PySide6 6.12)."""
    import tomllib

    from packaging.requirements import Requirement
    from packaging.version import Version

    project = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]
    reqs = [Requirement(r) for r in project["dependencies"]]
    pyside = [r for r in reqs if r.name.lower().startswith("pyside6")]
    assert pyside
    for py in ("3.11", "3.12", "3.13"):
        env = {"python_version": py, "python_full_version": py + ".0"}
        active = [r for r in pyside if r.marker is None or r.marker.evaluate(env)]
        assert len(active) == 1, (py, active)
        allows_612 = active[0].specifier.contains(Version("6.12.0"), prereleases=True)
        assert allows_612 == (py != "3.11"), (py, active[0])


@pytest.mark.parametrize("lang", ["zh"])
def test_screenshot_in_chinese_has_chinese_labels(tmp_path: Path, lang: str) -> None:
    out, info = tmp_path / "shot.png", tmp_path / "info.json"
    env = app_env(tmp_path, QT_QPA_PLATFORM="offscreen", VIEWER_DIAGNOSTICS=str(info))
    proc = subprocess.run([sys.executable, "-m", "viewer", "--lang", lang, "--screenshot",
                           str(out), str(SEEDS)], cwd=ROOT, env=env, capture_output=True,
                          text=True, timeout=120, check=False)
    assert proc.returncode == 0, proc.stderr
    data = json.loads(info.read_text("utf-8"))
    assert data["label_font"] == "Noto Sans CJK SC"
    assert any("稀土" in label["text"] for label in data["labels"])
