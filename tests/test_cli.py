"""`viewer extract`: JSON lines, the table, exit statuses and problems on stderr."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT, SEEDS

KEYS = {"article", "title", "published", "text", "offset", "start", "end", "precision",
        "open_ended", "countries", "sentence", "label"}


def run(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "viewer", *args], capture_output=True,
                          text=True, cwd=cwd, timeout=120, check=False)


@pytest.fixture(scope="module")
def jsonl() -> list[dict]:
    proc = run("extract", str(SEEDS))
    assert proc.returncode == 0, proc.stderr
    return [json.loads(line) for line in proc.stdout.splitlines()]


def test_jsonl_keys_and_offsets(jsonl: list[dict]) -> None:
    assert jsonl
    for row in jsonl:
        assert KEYS <= row.keys()
        decoded = (SEEDS / row["article"]).read_text("utf-8")
        assert decoded[row["offset"] : row["offset"] + len(row["text"])] == row["text"]
        assert row["precision"] in ("day", "month", "year")
        if row["start"]:
            assert row["start"] <= row["end"]


def test_default_corpus_is_seeds() -> None:
    proc = run("extract", "--format", "jsonl")
    assert proc.returncode == 0
    assert len(proc.stdout.splitlines()) == len(run("extract", str(SEEDS)).stdout.splitlines())


def test_table(jsonl: list[dict]) -> None:
    proc = run("extract", str(SEEDS), "--format", "table")
    assert proc.returncode == 0
    lines = proc.stdout.splitlines()
    assert lines[0].split()[:3] == ["article", "date", "text"]
    assert f"{len(jsonl)} events from 5 articles" in lines[-1]
    assert any("2025-12-11" in line and "2025年12月11日" in line for line in lines)


def test_published_override_reresolves_partial_dates(tmp_path: Path) -> None:
    f = tmp_path / "a.txt"
    f.write_text("12月12日,美国等国在华盛顿签署联合宣言。", encoding="utf-8")
    unresolved = json.loads(run("extract", str(f)).stdout)
    assert unresolved["start"] is None and unresolved["published"] is None
    row = json.loads(run("extract", str(f), "--published", "2026-03-01").stdout)
    assert row["start"] == "2025-12-12" and row["published"] == "2026-03-01"


def test_unreadable_file_reported_and_rest_printed(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text("2025年12月11日,越南通过新法。", encoding="utf-8")
    (tmp_path / "empty.txt").write_bytes(b"")
    proc = run("extract", str(tmp_path))
    assert proc.returncode == 0
    assert len(proc.stdout.splitlines()) == 1
    err = proc.stderr.strip().splitlines()
    assert len(err) == 1 and "empty.txt" in err[0] and "empty" in err[0]


def test_nothing_readable_exits_1(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    assert run("extract", str(tmp_path)).returncode == 1
    assert run("extract", str(tmp_path / "missing")).returncode == 1


@pytest.mark.parametrize("args", [("extract", "--published", "2025-13-01"),
                                  ("extract", "--format", "xml"), ("extract", "--bogus"),
                                  ("extract", "--jobs", "0"), ("extract", "--jobs", "two")])
def test_bad_arguments_exit_2(args: tuple[str, ...]) -> None:
    proc = run(*args)
    assert proc.returncode == 2
    assert len(proc.stderr.strip().splitlines()) == 1


def test_worker_processes_print_what_one_process_prints(tmp_path: Path) -> None:
    """Enough files for the process pool: the output is the same, line for line."""
    for k in range(60):
        for f in sorted(SEEDS.glob("*.txt")):
            (tmp_path / f"{k:02d}_{f.name}").write_bytes(f.read_bytes())
    pooled = run("extract", str(tmp_path), "--jobs", "2")
    single = run("extract", str(tmp_path), "--jobs", "1")
    assert pooled.returncode == single.returncode == 0, pooled.stderr + single.stderr
    assert pooled.stdout == single.stdout
    assert len(pooled.stdout.splitlines()) == 60 * len(run("extract").stdout.splitlines())


def test_merged_output(jsonl: list[dict]) -> None:
    proc = run("extract", str(SEEDS), "--merged")
    assert proc.returncode == 0, proc.stderr
    events = [json.loads(line) for line in proc.stdout.splitlines()]
    assert len(events) == 17
    assert sum(len(e["mentions"]) for e in events) == len(jsonl)
    for e in events:
        assert e["sources"] == len(e["mentions"])
        for m in e["mentions"]:
            assert KEYS <= m.keys()
    signing = next(e for e in events if e["start"] == "2025-12-12" and e["sources"] == 2)
    assert {m["article"][:3] for m in signing["mentions"]} == {"001", "002"}
    starts = [e["start"] for e in events]
    assert starts == sorted(starts)
    table = run("extract", str(SEEDS), "--merged", "--format", "table")
    assert table.stdout.splitlines()[-1] == f"17 events from {len(jsonl)} mentions"
