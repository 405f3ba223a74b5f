"""Tests for viewer.core.textnorm (traditional -> simplified folding)."""

from __future__ import annotations

from viewer.core.resources import resource_path
from viewer.core.textnorm import fold, load_t2s, t2s_path


def test_length_preserved_on_mixed_text():
    samples = [
        "",
        "華盛頓對華實施稀土出口管制，２０２５年１２月",
        "中國商務部　發佈公告：Ｇａｌｌｉｕｍ & germanium 出口許可證 (No. 12)",
        "香港、臺灣、澳門：鎵鍺銻石墨 — “export controls” … ①②③",
        "astral 𫝈㑮𠀀 emoji 🙂 combining e\u0301 and tabs\t\n",
    ]
    for text in samples:
        assert len(fold(text)) == len(text), text


def test_headline_folds_to_simplified_and_ascii():
    text = "華盛頓對華實施稀土出口管制，２０２５年１２月"
    # The fullwidth comma U+FF0C is fullwidth ASCII, so it becomes ','.
    assert fold(text) == "华盛顿对华实施稀土出口管制,2025年12月"


def test_simplified_and_english_unchanged():
    for text in [
        "中国商务部宣布对稀土相关物项实施出口管制。",
        "美国财政部回应称将采取措施、欧盟表示关切。",
        "China restricts exports of gallium, germanium and antimony (2025-12-01).",
        "Punctuation stays: 「引号」《书名》、—…·",
    ]:
        assert fold(text) == text


def test_fullwidth_ascii_and_ideographic_space():
    fullwidth = "".join(chr(cp) for cp in range(0xFF01, 0xFF5F))
    ascii_ = "".join(chr(cp) for cp in range(0x21, 0x7F))
    assert fold(fullwidth) == ascii_
    assert fold("稀土\u3000管制") == "稀土 管制"
    # Neighbours of the fullwidth ASCII block are left alone.
    assert fold("\uff00\uff5f\uffe5") == "\uff00\uff5f\uffe5"


def test_fold_is_idempotent():
    text = "華盛頓對華實施稀土出口管制，薴苧　ＡＢＣ"
    assert fold(fold(text)) == fold(text)


def test_t2s_table_size_and_header():
    path = t2s_path()
    assert path == resource_path("zh", "t2s.tsv")
    assert path.is_file()

    table = load_t2s()
    assert len(table) > 2000
    for trad, simp in table.items():
        assert len(trad) == 1 and len(simp) == 1 and trad != simp
    assert table["華"] == "华"
    assert table["頓"] == "顿"

    lines = path.read_text(encoding="utf-8").splitlines()
    header = []
    for line in lines:
        if not line.startswith("#"):
            break
        header.append(line)
    assert header, "t2s.tsv must open with '#' comment lines"
    header_text = "\n".join(header)
    assert "TRAD<TAB>SIMP" in header_text
    assert "OpenCC" in header_text and "TSCharacters.txt" in header_text
    assert "Apache License" in header_text
    assert "Copyright" in header_text
    assert "tools/build_t2s.py" in header_text
    # No comment lines after the data starts, and data is sorted by code point.
    data = lines[len(header) :]
    assert not any(line.startswith("#") for line in data)
    keys = [line.split("\t", 1)[0] for line in data]
    assert keys == sorted(keys, key=ord)
