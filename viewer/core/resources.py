"""Locate bundled data files (fonts, character tables, ...).

In a source checkout the data lives in the top-level ``resources/`` folder of the
repository (two levels above this file's package, ``viewer/core``).  An installed
wheel maps that folder to ``viewer/resources/`` (see ``pyproject.toml``,
``[tool.hatch.build.targets.wheel.force-include]``), which is the fallback.

Pure Python, stdlib only.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent.parent  # .../viewer


@lru_cache(maxsize=1)
def resources_root() -> Path:
    """The folder that holds the bundled resources.

    The checkout's ``<repo>/resources`` is used only when it sits next to the
    project's ``pyproject.toml``, so that an unrelated ``resources`` folder in
    ``site-packages`` is never mistaken for ours when running from a wheel.
    """
    repo_root = _PACKAGE_DIR.parent
    checkout = repo_root / "resources"
    if checkout.is_dir() and (repo_root / "pyproject.toml").is_file():
        return checkout
    return _PACKAGE_DIR / "resources"


def resource_path(*parts: str) -> Path:
    """Path of a bundled resource, e.g. ``resource_path("zh", "t2s.tsv")``.

    The path is returned whether or not the file exists.
    """
    return resources_root().joinpath(*parts)
