#!/usr/bin/env python3
"""Cut the bundled CJK UI font out of Noto Sans CJK SC Regular.

Writes ``resources/fonts/NotoSansCJKsc-Regular-subset.otf``: the face
"Noto Sans CJK SC" Regular, taken from the Noto Sans CJK collection (.ttc) or
from a stand-alone ``NotoSansCJKsc-Regular.otf``, subset with fontTools to the
characters a Chinese news timeline needs:

* ASCII, Latin-1 Supplement, General Punctuation (U+2000-206F), Arrows
  (U+2190-21FF), Geometric Shapes (U+25A0-25FF), CJK Symbols and Punctuation
  (U+3000-303F, includes 〇), Halfwidth and Fullwidth Forms (U+FF00-FFEF);
* all of GB2312: the 6763 hanzi (U+4E00-9FFF that encode to 'gb2312') plus
  its non-hanzi rows (pinyin letters with tones, Greek, Cyrillic, kana,
  box drawing, ①..⑩, ℃, № ...);
* Big5: level 1 common characters (0xA440-0xC67E, 5401 hanzi) and the Big5
  symbol rows (0xA140-0xA3BF), decoded with Python's 'big5' codec;
* traditional counterparts of GB2312 hanzi: every key of
  ``resources/zh/t2s.tsv`` (OpenCC TSCharacters) in U+4E00-9FFF whose
  simplified form is a GB2312 hanzi, so traditional text of any simplified
  character we cover also renders (this adds Big5 level-2 / HKSCS forms used
  in Taiwan and Hong Kong news);
* a short list of Hong Kong (Cantonese) and Taiwan news characters not in the
  sets above (``EXTRA_TEXT``).

OpenType layout features needed for CJK are kept (fontTools' default set,
which includes 'kern', 'vert', 'vrt2', 'locl', 'halt'/'palt', 'vhal'/'vpal',
'vkrn', 'ccmp', 'liga', 'calt'), all name records are kept (family
"Noto Sans CJK SC", copyright, OFL licence), and CFF hinting is dropped unless
``--keep-hinting`` is given (hints cost about 0.9 MB here).

Only the Chinese OpenType language systems are kept by default (the default
language system of each script plus ZHS, ZHT and ZHH; ``--languages``).  The
SC face's 'locl' feature maps every ideograph to its Japanese, Korean,
Taiwan or Hong Kong form under the JAN/KOR/ZHT/ZHH language systems; keeping
the Japanese and Korean ones would nearly double the glyph count (about
4.7 MB instead of 3.6 MB) only to draw Chinese news in Japanese or Korean
glyph shapes when the text or the user's locale is tagged ja/ko.  Pass
``--languages '*'`` to keep them all.

Usage (from the repository root)::

    python tools/make_font_subset.py [SOURCE.ttc|SOURCE.otf] [-o OUTPUT]

Without SOURCE the usual Debian location of the ``fonts-noto-cjk`` package is
searched (see ``DEFAULT_GLOBS``).  The output is deterministic: the same
source and t2s table give a byte-identical file (the head.modified timestamp
is copied from the source, not set to "now").
"""

from __future__ import annotations

import argparse
import glob
import hashlib
import sys
from pathlib import Path

from fontTools import subset
from fontTools.ttLib import TTCollection, TTFont

REPO_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_OUTPUT = REPO_ROOT / "resources" / "fonts" / "NotoSansCJKsc-Regular-subset.otf"
DEFAULT_T2S = REPO_ROOT / "resources" / "zh" / "t2s.tsv"

# Where Debian's fonts-noto-cjk (and a few other layouts) put the font.
DEFAULT_GLOBS = (
    "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
    "/usr/share/fonts/opentype/noto/NotoSansCJKsc-Regular.otf",
    "/usr/share/fonts/**/NotoSansCJK-Regular.ttc",
    "/usr/share/fonts/**/NotoSansCJKsc-Regular.otf",
)

FAMILY = "Noto Sans CJK SC"
SUBFAMILY = "Regular"

BLOCKS = (
    (0x0020, 0x007E),  # ASCII
    (0x00A0, 0x00FF),  # Latin-1 Supplement
    (0x2000, 0x206F),  # General Punctuation
    (0x2190, 0x21FF),  # Arrows
    (0x25A0, 0x25FF),  # Geometric Shapes
    (0x3000, 0x303F),  # CJK Symbols and Punctuation
    (0xFF00, 0xFFEF),  # Halfwidth and Fullwidth Forms
)
SINGLES = "〇"

# Hong Kong (Cantonese quotes, place names) and Taiwan news characters that
# are in neither GB2312 nor Big5 level 1 nor reachable through t2s.tsv.
# Characters the font lacks or that are already covered are simply skipped.
EXTRA_TEXT = (
    # Cantonese function words and verbs common in HK reporting.
    "嘅咗啲冇喺佢哋嚟嘢唔係睇諗咁噉乜嗰畀俾攞搵啱嬲咪嘥揸瞓攰嚿餸"
    "噃喎囉嘞咩吖嘛啫咋嚡冚揼掟𨋢𠝹"
    # Hong Kong / Macau / Taiwan place-name and variant forms.
    "埗鰂鱲邨涌屯荃葵氹凼澚粧舖着裡綫衞峯羣爲僞説衆温麪啓緑牀寛顔祕"
    # Rare earths and critical minerals, simplified and traditional (the
    # sets above already cover them; listed so that stays guaranteed).
    "镧铈镨钕钷钐铕钆铽镝钬铒铥镱镥钪钇镓锗锑钨钼钴锂镍铟碲铌钽"
    "鑭鈰鐠釹鉕釤銪釓鋱鏑鈥鉺銩鐿鎦鑥鈧釔鎵鍺銻鎢鉬鈷鋰鎳銦鈮鉭"
)

CJK_URO = (0x4E00, 0x9FFF)


def _in_uro(ch: str) -> bool:
    return CJK_URO[0] <= ord(ch) <= CJK_URO[1]


def gb2312_chars() -> tuple[set[str], set[str]]:
    """(hanzi, other characters) of GB2312."""
    hanzi = set()
    for cp in range(CJK_URO[0], CJK_URO[1] + 1):
        ch = chr(cp)
        try:
            ch.encode("gb2312")
        except UnicodeEncodeError:
            continue
        hanzi.add(ch)
    other = set()
    for row in range(0xA1, 0xAA):  # rows 1-9: symbols, letters, kana, box drawing
        for cell in range(0xA1, 0xFF):
            try:
                other.add(bytes((row, cell)).decode("gb2312"))
            except UnicodeDecodeError:
                pass
    return hanzi, other - hanzi


def big5_range(first: int, last: int) -> set[str]:
    chars = set()
    for code in range(first, last + 1):
        lead, trail = divmod(code, 0x100)
        if not (0x40 <= trail <= 0x7E or 0xA1 <= trail <= 0xFE):
            continue
        try:
            chars.add(bytes((lead, trail)).decode("big5"))
        except UnicodeDecodeError:
            pass
    return chars


def traditional_counterparts(t2s_path: Path, simplified: set[str]) -> set[str]:
    chars = set()
    with open(t2s_path, encoding="utf-8") as fh:
        for line in fh:
            line = line.rstrip("\r\n")
            if not line or line.startswith("#"):
                continue
            trad, _, simp = line.partition("\t")
            if len(trad) == 1 and _in_uro(trad) and simp in simplified:
                chars.add(trad)
    return chars


def wanted_characters(t2s_path: Path | None) -> tuple[set[str], dict[str, int]]:
    parts: dict[str, set[str]] = {}
    parts["blocks"] = {chr(cp) for lo, hi in BLOCKS for cp in range(lo, hi + 1)} | set(SINGLES)
    gb_hanzi, gb_other = gb2312_chars()
    parts["gb2312 hanzi"] = gb_hanzi
    parts["gb2312 symbols"] = gb_other
    parts["big5 level 1"] = big5_range(0xA440, 0xC67E)
    parts["big5 symbols"] = big5_range(0xA140, 0xA3BF)
    if t2s_path is not None:
        parts["t2s counterparts"] = traditional_counterparts(t2s_path, gb_hanzi)
    parts["extra hk/tw"] = set(EXTRA_TEXT)

    chars: set[str] = set()
    added: dict[str, int] = {}
    for name, part in parts.items():
        new = part - chars
        added[name] = len(new)
        chars |= new
    return chars, added


def find_default_source() -> Path:
    for pattern in DEFAULT_GLOBS:
        hits = sorted(glob.glob(pattern, recursive=True))
        if hits:
            return Path(hits[0])
    raise SystemExit(
        "error: Noto Sans CJK Regular not found; looked for:\n  "
        + "\n  ".join(DEFAULT_GLOBS)
        + "\nInstall it (Debian/Ubuntu: apt-get install fonts-noto-cjk) or pass the path\n"
        "to NotoSansCJK-Regular.ttc or NotoSansCJKsc-Regular.otf as the first argument."
    )


def _names(font: TTFont) -> tuple[str | None, str | None]:
    name = font["name"]
    family = name.getDebugName(16) or name.getDebugName(1)
    style = name.getDebugName(17) or name.getDebugName(2)
    return family, style


def load_sc_regular(source: Path) -> TTFont:
    """Open the "Noto Sans CJK SC" Regular face from a .ttc/.otc or .otf."""
    with open(source, "rb") as fh:
        tag = fh.read(4)
    if tag == b"ttcf":
        collection = TTCollection(str(source), recalcTimestamp=False, lazy=False)
        faces = []
        for font in collection.fonts:
            family, style = _names(font)
            faces.append(f"{family} {style}")
            if family == FAMILY and style == SUBFAMILY:
                return font
        raise SystemExit(
            f"error: {source} has no '{FAMILY} {SUBFAMILY}' face; it has:\n  " + "\n  ".join(faces)
        )
    font = TTFont(str(source), recalcTimestamp=False, lazy=False)
    family, style = _names(font)
    if family != FAMILY or style != SUBFAMILY:
        raise SystemExit(f"error: {source} is '{family} {style}', expected '{FAMILY} {SUBFAMILY}'")
    return font


DEFAULT_LANGUAGES = "ZHS,ZHT,ZHH"


def prune_language_systems(font: TTFont, keep: set[str] | None) -> list[str]:
    """Drop OpenType language systems not in `keep` from GSUB and GPOS.

    Each script's default language system stays.  Features (and the glyphs
    they reach) that only the dropped language systems referenced are then
    removed by the subsetter.  `keep=None` keeps everything.  Returns the
    sorted tags that were dropped.
    """
    dropped: set[str] = set()
    if keep is None:
        return []
    for tag in ("GSUB", "GPOS"):
        if tag not in font:
            continue
        script_list = font[tag].table.ScriptList
        if script_list is None:
            continue
        for record in script_list.ScriptRecord:
            script = record.Script
            kept = []
            for lang in script.LangSysRecord:
                if lang.LangSysTag.strip() in keep:
                    kept.append(lang)
                else:
                    dropped.add(lang.LangSysTag.strip())
            script.LangSysRecord = kept
            script.LangSysCount = len(kept)
    return sorted(dropped)


def make_options(keep_hinting: bool) -> subset.Options:
    options = subset.Options()
    # fontTools' default layout feature set already has everything CJK text
    # needs; list the essentials explicitly so a future default change cannot
    # silently drop them.
    features = list(options.layout_features)
    for tag in ("kern", "vert", "vrt2", "locl", "halt", "palt", "vhal", "vpal", "vkrn", "ccmp"):
        if tag not in features:
            features.append(tag)
    options.layout_features = features
    options.name_IDs = ["*"]  # family, copyright, licence, trademark, ...
    options.name_languages = ["*"]
    options.name_legacy = True
    options.hinting = keep_hinting
    options.notdef_outline = True
    options.recalc_timestamp = False
    options.recalc_bounds = True
    options.ignore_missing_unicodes = True
    return options


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description="Subset Noto Sans CJK SC Regular for bundling (see module docstring)."
    )
    parser.add_argument(
        "source",
        nargs="?",
        type=Path,
        help="NotoSansCJK-Regular.ttc or NotoSansCJKsc-Regular.otf "
        "(default: the Debian fonts-noto-cjk location)",
    )
    parser.add_argument(
        "-o",
        "--output",
        type=Path,
        default=DEFAULT_OUTPUT,
        help="output .otf (default: resources/fonts/NotoSansCJKsc-Regular-subset.otf)",
    )
    parser.add_argument(
        "--t2s",
        type=Path,
        default=DEFAULT_T2S,
        help="traditional->simplified table whose traditional keys are added "
        "(default: resources/zh/t2s.tsv)",
    )
    parser.add_argument(
        "--no-t2s", action="store_true", help="do not add traditional counterparts from --t2s"
    )
    parser.add_argument(
        "--languages",
        default=DEFAULT_LANGUAGES,
        help="comma-separated OpenType language systems to keep besides each script's "
        f"default, or '*' for all (default: {DEFAULT_LANGUAGES})",
    )
    parser.add_argument("--keep-hinting", action="store_true", help="keep CFF hints")
    args = parser.parse_args(argv)

    source = args.source if args.source is not None else find_default_source()
    if not source.is_file():
        raise SystemExit(f"error: font source {source} not found")
    t2s_path = None
    if not args.no_t2s:
        if not args.t2s.is_file():
            raise SystemExit(
                f"error: {args.t2s} not found (build it with tools/build_t2s.py, or pass --no-t2s)"
            )
        t2s_path = args.t2s

    chars, added = wanted_characters(t2s_path)
    font = load_sc_regular(source)
    cmap = font.getBestCmap()
    present = sorted(ord(c) for c in chars if ord(c) in cmap)
    missing = sorted(ord(c) for c in chars if ord(c) not in cmap)

    languages = args.languages.strip()
    keep_langs = (
        None if languages == "*" else {t.strip() for t in languages.split(",") if t.strip()}
    )
    dropped_langs = prune_language_systems(font, keep_langs)

    subsetter = subset.Subsetter(options=make_options(args.keep_hinting))
    subsetter.populate(unicodes=present)
    subsetter.subset(font)

    args.output.parent.mkdir(parents=True, exist_ok=True)
    font.save(str(args.output), reorderTables=True)

    data = args.output.read_bytes()
    with TTFont(str(args.output)) as out:
        glyphs = len(out.getGlyphOrder())
        family, style = _names(out)
    print(f"source:     {source.name} (face '{FAMILY} {SUBFAMILY}')")
    for name, count in added.items():
        print(f"  + {count:5d} chars from {name}")
    print(f"characters: {len(present)} mapped, {len(missing)} requested but not in the font")
    print(f"languages:  kept {languages}; dropped {', '.join(dropped_langs) or 'none'}")
    print(f"hinting:    {'kept' if args.keep_hinting else 'dropped'}")
    print(f"family:     {family!r}, style {style!r}")
    print(f"glyphs:     {glyphs}")
    print(f"size:       {len(data)} bytes ({len(data) / 1024 / 1024:.2f} MiB)")
    print(f"sha256:     {hashlib.sha256(data).hexdigest()}")
    print(f"written:    {args.output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
