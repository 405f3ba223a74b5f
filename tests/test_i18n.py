"""The Chinese interface: every string translated, the compiled .qm up to date."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from tests.conftest import ROOT

TS = ROOT / "resources" / "i18n" / "viewer_zh_CN.ts"
BIN = Path(sys.executable).parent


def _tool(name: str) -> str:
    path = shutil.which(name, path=str(BIN)) or shutil.which(name)
    if path is None:
        pytest.skip(f"{name} is not installed")
    return path


def _messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    tree = ET.parse(ts)
    return {(ctx.findtext("name"), msg.findtext("source")): msg
            for ctx in tree.iter("context") for msg in ctx.iter("message")}


def test_every_interface_string_is_translated(tmp_path: Path) -> None:
    fresh = tmp_path / "fresh.ts"
    sources = sorted(str(p) for p in (ROOT / "viewer" / "ui").glob("*.py"))
    subprocess.run([_tool("pyside6-lupdate"), *sources, "-ts", str(fresh)], check=True,
                   capture_output=True)
    wanted = set(_messages(fresh))
    have = _messages(TS)
    missing = wanted - set(have)
    assert not missing, f"run pyside6-lupdate and tools/translate_zh.py: {sorted(missing)}"
    for key in wanted:
        translation = have[key].find("translation")
        assert translation.get("type") is None and translation.text, key


def test_qm_is_compiled_from_the_ts(tmp_path: Path) -> None:
    out = tmp_path / "check.qm"
    subprocess.run([_tool("pyside6-lrelease"), str(TS), "-qm", str(out)], check=True,
                   capture_output=True)
    assert out.read_bytes() == TS.with_suffix(".qm").read_bytes()
