"""The date grammar, case by case (tests/data/grammar_cases.toml), and its rules' examples."""

from __future__ import annotations

import datetime as dt
import tomllib
from pathlib import Path

import pytest

from viewer.core.dates import find_dates
from viewer.core.grammar import load

CASES = tomllib.loads((Path(__file__).parent / "data" / "grammar_cases.toml").read_text("utf-8"))
ALL = CASES["case"]


def _iso(d: dt.date | None) -> str:
    return d.isoformat() if d else ""


@pytest.mark.parametrize("case", ALL, ids=[c["id"] for c in ALL])
def test_case(case: dict) -> None:
    published = dt.date.fromisoformat(case["published"]) if "published" in case else None
    found = find_dates(case["text"], published)
    got = []
    for d in found:
        got.append({
            "text": case["text"][d.expr.start : d.expr.end],
            "start": _iso(d.value.start), "end": _iso(d.value.end),
            "precision": d.value.precision, "open": d.value.open_ended,
            "rule": d.expr.rule, "anchor": d.value.anchor,
        })
    expected = [
        {k: e.get(k, got[i][k] if i < len(got) and k in ("rule", "anchor") else False)
         for k in ("text", "start", "end", "precision", "open", "rule", "anchor")}
        for i, e in enumerate(case["expect"])
    ]
    assert got == expected


def test_case_ids_unique() -> None:
    ids = [c["id"] for c in ALL]
    assert len(ids) == len(set(ids))


@pytest.mark.parametrize("rule", load().rules, ids=lambda r: r.id)
def test_rule_example_matches_its_rule(rule) -> None:
    found = find_dates(rule.example, dt.date(2025, 12, 15))
    assert any(rule.id in d.expr.rule for d in found), (rule.example, [d.expr.rule for d in found])


def test_every_rule_has_a_case() -> None:
    used = {r for c in ALL for e in c["expect"] if "rule" in e for r in [e["rule"]]}
    missing = {r.id for r in load().rules} - {u for r in used for u in r.replace("range(", "").rstrip(")").split(",")}
    assert not missing, f"rules without a positive case in grammar_cases.toml: {sorted(missing)}"


def test_same_day_after_a_day_with_no_year_is_unknown() -> None:
    """On a page with no publication date, 当日 after 6月9日 (no year to go by) is not the
    full date named paragraphs before."""
    from viewer.core.dates import scan_each

    paras = ["美方2025年11月7日宣布延后。", "商务部6月9日发布公告,当日生效。"]
    found = [(d.value.start, d.value.anchor) for d in scan_each(paras, None)[1]]
    assert found == [(None, "unresolved"), (None, "unresolved")]
