"""Generate resources/gazetteer/countries.tsv from pycountry (ISO 3166-1 and its translations).

Run from the repository root:  python tools/build_gazetteer.py
Short display names come from the ``display`` rows of resources/gazetteer/curated.tsv, because
the iso-codes zh_CN translations are often long official forms (大韩民国, 中国台湾省).
pycountry is needed here only, never at runtime.
"""

from __future__ import annotations

import gettext
import sys
from importlib.metadata import version
from pathlib import Path

import pycountry

GAZETTEER_DIR = Path(__file__).resolve().parent.parent / "resources" / "gazetteer"
OUTPUT = GAZETTEER_DIR / "countries.tsv"
CURATED = GAZETTEER_DIR / "curated.tsv"
COLUMNS = ("code", "name_en", "name_zh", "name_zh_hant", "official_en", "official_zh")
DISPLAY_LANGS = {"en": "name_en", "zh": "name_zh", "zh-Hant": "name_zh_hant"}


def display_overrides(path: Path = CURATED) -> dict[tuple[str, str], str]:
    """(code, column) -> display name, from the ``display`` rows of curated.tsv."""
    overrides: dict[tuple[str, str], str] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        alias, codes, kind, lang = line.split("\t")
        if kind == "display":
            overrides[(codes, DISPLAY_LANGS[lang])] = alias
    return overrides


def _translator(locale: str) -> gettext.NullTranslations:
    return gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[locale])


def _uninvert(name: str) -> str:
    """ISO's "Korea, Republic of" -> "Republic of Korea"; other names unchanged."""
    head, sep, tail = name.partition(", ")
    if sep and tail.endswith((" of", " of the")):
        return f"{tail} {head}"
    return name


def build_rows() -> list[str]:
    """One tab-separated line per ISO 3166-1 country, sorted by code (no header)."""
    zh, zh_hant = _translator("zh_CN"), _translator("zh_TW")
    overrides = display_overrides()
    known = {c.alpha_2 for c in pycountry.countries}
    unknown = sorted({code for code, _ in overrides} - known)
    if unknown:
        raise ValueError(f"curated.tsv display rows name unknown codes: {unknown}")
    rows = []
    for country in sorted(pycountry.countries, key=lambda c: c.alpha_2):
        code = country.alpha_2
        official = getattr(country, "official_name", None)
        row = {
            "code": code,
            "name_en": getattr(country, "common_name", None) or country.name,
            "name_zh": zh.gettext(country.name),
            "name_zh_hant": zh_hant.gettext(country.name),
        }
        long_en = official or _uninvert(country.name)
        long_zh = zh.gettext(official or country.name)
        for (ocode, column), name in overrides.items():
            if ocode == code:
                row[column] = name
        row["official_en"] = long_en if long_en != row["name_en"] else ""
        row["official_zh"] = long_zh if long_zh != row["name_zh"] else ""
        rows.append("\t".join(row[c].replace("\t", " ") for c in COLUMNS))
    return rows


def render() -> str:
    """The complete countries.tsv text: ``#`` header lines, then :func:`build_rows`."""
    header = [
        "# ISO 3166-1 countries for viewer.core.gazetteer, one row per country, sorted by code.",
        "# Columns (tab-separated): " + "  ".join(COLUMNS),
        "#   name_en: pycountry common_name, else name",
        "#   name_zh / name_zh_hant: zh_CN / zh_TW translations of the ISO name, replaced by the",
        "#     display rows of curated.tsv where those are long official forms (大韩民国 -> 韩国)",
        "#   official_en / official_zh: the official (else ISO) name and its zh_CN translation,",
        "#     empty when equal to name_en / name_zh",
        f"# Source: pycountry {version('pycountry')} (ISO 3166-1 and iso-codes translations).",
        "# Generated file, do not edit: python tools/build_gazetteer.py",
    ]
    return "\n".join(header + build_rows()) + "\n"


def main() -> int:
    text = render()
    OUTPUT.write_text(text, encoding="utf-8")
    count = sum(1 for line in text.splitlines() if not line.startswith("#"))
    print(f"wrote {OUTPUT.relative_to(GAZETTEER_DIR.parent.parent)}: {count} countries")
    return 0


if __name__ == "__main__":
    sys.exit(main())
