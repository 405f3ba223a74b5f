#!/usr/bin/env python3
"""Build resources/zh/t2s.tsv, the traditional -> simplified character table.

The table is cut from OpenCC's character dictionary ``TSCharacters.txt``
(https://github.com/BYVoid/OpenCC, Apache License 2.0).  Only one-to-one
character entries are kept: the traditional key and the first simplified
candidate must each be a single code point, and they must differ.

Usage::

    python tools/build_t2s.py [PATH/TO/TSCharacters.txt] [-o OUTPUT]

Without a path the script looks for the dictionary inside an importable
``opencc`` package from the PyPI distribution ``opencc-python-reimplemented``
(``opencc/dictionary/TSCharacters.txt``).  That package is only needed to
regenerate the table, so install it in a throw-away virtual environment, e.g.::

    VENV="$(mktemp -d)/venv"
    python3 -m venv "$VENV"
    "$VENV/bin/pip" install opencc-python-reimplemented==0.1.7
    "$VENV/bin/python" tools/build_t2s.py

The output is deterministic: same dictionary in, byte-identical table out
(sorted by the traditional character's code point, LF line endings, no dates
or machine paths in the header).
"""

from __future__ import annotations

import argparse
import hashlib
import importlib.util
import sys
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_OUTPUT = REPO_ROOT / "resources" / "zh" / "t2s.tsv"
DIST_NAME = "opencc-python-reimplemented"
OPENCC_COPYRIGHT = (
    "Copyright 2010-2014 Carbo Kuo (BYVoid) <byvoid@byvoid.com> and OpenCC contributors"
)


def locate_dictionary() -> Path:
    """Find TSCharacters.txt inside an installed ``opencc`` package."""
    spec = importlib.util.find_spec("opencc")
    if spec is None or not spec.submodule_search_locations:
        raise SystemExit(
            "error: no path given and no importable 'opencc' package found.\n"
            f"Install the PyPI package {DIST_NAME!r} (in a throw-away venv) and run this\n"
            "script with that venv's python, or pass the path to TSCharacters.txt."
        )
    for location in spec.submodule_search_locations:
        candidate = Path(location) / "dictionary" / "TSCharacters.txt"
        if candidate.is_file():
            return candidate
    raise SystemExit(
        "error: the importable 'opencc' package has no dictionary/TSCharacters.txt;\n"
        f"it is probably not {DIST_NAME!r}. Pass the path to TSCharacters.txt instead."
    )


def distribution_version(dictionary: Path) -> str | None:
    """Version of opencc-python-reimplemented if `dictionary` lies inside it."""
    package_dir = dictionary.resolve().parent.parent  # .../opencc
    for dist_info in sorted(package_dir.parent.glob("*.dist-info")):
        metadata = dist_info / "METADATA"
        if not metadata.is_file():
            continue
        name = version = None
        for line in metadata.read_text(encoding="utf-8", errors="replace").splitlines():
            if line.startswith("Name:"):
                name = line.split(":", 1)[1].strip()
            elif line.startswith("Version:"):
                version = line.split(":", 1)[1].strip()
            elif not line.strip():
                break
        if name and name.lower().replace("_", "-") == DIST_NAME:
            return version
    return None


def parse(text: str) -> tuple[dict[str, str], int]:
    """Return ({trad: simp}, number of source entries read)."""
    table: dict[str, str] = {}
    entries = 0
    for lineno, raw in enumerate(text.splitlines(), 1):
        line = raw.strip("\r\n").lstrip("\ufeff")
        if not line.strip() or line.startswith("#"):
            continue
        try:
            key, values = line.split("\t", 1)
        except ValueError:
            raise SystemExit(f"error: line {lineno}: expected KEY<TAB>VALUES, got {raw!r}")
        entries += 1
        candidates = values.split()
        if not candidates:
            continue
        simp = candidates[0]
        if len(key) != 1 or len(simp) != 1 or key == simp:
            continue
        if key in table and table[key] != simp:
            raise SystemExit(f"error: line {lineno}: conflicting entry for {key!r}")
        table[key] = simp
    return table, entries


def render(table: dict[str, str], source_sha256: str, version: str | None) -> str:
    shipped = f" as shipped in the PyPI package {DIST_NAME} {version}" if version else ""
    header = [
        "# t2s.tsv: traditional -> simplified Chinese character table (one-to-one).",
        "# Format: UTF-8, LF line endings. Lines starting with '#' are comments.",
        "# Each other line is one pair: TRAD<TAB>SIMP, each a single Unicode code point,",
        "# TRAD != SIMP, sorted by the code point of TRAD.",
        f"# Entries: {len(table)}",
        "#",
        f"# Source: OpenCC dictionary TSCharacters.txt{shipped}",
        f"#   (sha256 {source_sha256}).",
        "#   https://github.com/BYVoid/OpenCC",
        f"#   {OPENCC_COPYRIGHT}.",
        "#   Licensed under the Apache License, Version 2.0:",
        "#   https://www.apache.org/licenses/LICENSE-2.0",
        "# Kept: entries whose key and first simplified candidate are single code points",
        "# and differ; phrase-level and one-to-many choices are not represented.",
        "#",
        "# Regenerate (from the repository root; see the docstring of the script):",
        f"#   pip install {DIST_NAME}{'==' + version if version else ''}   # in a throw-away venv",
        "#   python tools/build_t2s.py [PATH/TO/TSCharacters.txt]",
    ]
    body = [f"{k}\t{table[k]}" for k in sorted(table, key=ord)]
    return "\n".join(header + body) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "dictionary",
        nargs="?",
        type=Path,
        help="path to OpenCC's TSCharacters.txt (default: from an installed 'opencc' package)",
    )
    parser.add_argument(
        "-o",
        "--output",
        type=Path,
        default=DEFAULT_OUTPUT,
        help="output file (default: resources/zh/t2s.tsv in this repository)",
    )
    args = parser.parse_args(argv)

    dictionary = args.dictionary if args.dictionary is not None else locate_dictionary()
    if not dictionary.is_file():
        raise SystemExit(f"error: {dictionary} is not a file")
    data = dictionary.read_bytes()
    table, entries = parse(data.decode("utf-8"))
    if not table:
        raise SystemExit(f"error: no usable entries in {dictionary}")

    out = render(table, hashlib.sha256(data).hexdigest(), distribution_version(dictionary))
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_bytes(out.encode("utf-8"))
    print(f"read {entries} entries, wrote {len(table)} pairs to {args.output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
