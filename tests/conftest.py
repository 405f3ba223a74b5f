"""Shared fixtures: the repository root and the seed corpus."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


@pytest.fixture(scope="session")
def seeds_corpus():
    from viewer.core.pipeline import extract_paths

    return extract_paths([SEEDS])
