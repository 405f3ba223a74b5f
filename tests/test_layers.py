"""Architecture: the core imports no Qt and never reads the clock."""

from __future__ import annotations

import ast
from pathlib import Path

CORE = Path(__file__).resolve().parent.parent / "viewer" / "core"


def _modules():
    for path in sorted(CORE.glob("*.py")):
        yield path, ast.parse(path.read_text("utf-8"))


def test_core_imports_no_qt() -> None:
    for path, tree in _modules():
        for node in ast.walk(tree):
            names = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            for name in names:
                root = name.split(".")[0]
                assert root not in {"PySide6", "PyQt5", "PyQt6", "pyqtgraph", "shiboken6"}, (
                    f"{path.name} imports {name}")


def test_core_never_reads_the_clock() -> None:
    banned = {"now", "today", "utcnow", "time", "localtime", "gmtime"}
    for path, tree in _modules():
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
                owner = node.func.value
                owner_name = getattr(owner, "id", None) or getattr(owner, "attr", None)
                if node.func.attr in banned and owner_name in {"date", "datetime", "dt", "time"}:
                    raise AssertionError(f"{path.name}:{node.lineno} reads the clock")
