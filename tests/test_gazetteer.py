"""Tests for viewer.core.gazetteer and the data files in resources/gazetteer."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from viewer.core.gazetteer import Gazetteer, Hit, default

REPO = Path(__file__).resolve().parent.parent
DATA_DIR = REPO / "resources" / "gazetteer"

# (folded text, expected country codes in order of first appearance)
CASES: list[tuple[str, list[str]]] = [
    # plain names, one code per country however often it is named
    ("美国、日本、韩国、澳大利亚等国在华盛顿签署", ["US", "JP", "KR", "AU"]),
    ("中国中国中国", ["CN"]),
    ("日本", ["JP"]),
    ("德国", ["DE"]),
    ("法国", ["FR"]),
    ("印度尼西亚", ["ID"]),
    ("印尼", ["ID"]),
    ("印度", ["IN"]),
    ("俄罗斯", ["RU"]),
    ("白俄罗斯", ["BY"]),
    ("墨西哥", ["MX"]),
    ("亚美尼亚", ["AM"]),
    ("巴布亚新几内亚", ["PG"]),
    ("几内亚", ["GN"]),
    ("南非", ["ZA"]),
    ("中非共和国", ["CF"]),
    # short display names of long official forms, and the official forms themselves
    ("韩国", ["KR"]),
    ("大韩民国", ["KR"]),
    ("朝鲜", ["KP"]),
    ("朝鲜民主主义人民共和国", ["KP"]),
    ("伊朗伊斯兰共和国", ["IR"]),
    ("老挝", ["LA"]),
    ("叙利亚", ["SY"]),
    ("委内瑞拉", ["VE"]),
    ("坦桑尼亚联合共和国", ["TZ"]),
    ("中华人民共和国", ["CN"]),
    ("刚果(金)", ["CD"]),
    # unfolded fullwidth parentheses still give CD (bare 刚果 is the DR Congo); fold() maps
    # them to ASCII in real input anyway
    ("刚果（金）", ["CD"]),
    ("刚果金", ["CD"]),
    ("刚果", ["CD"]),
    ("刚果(布)", ["CG"]),
    ("刚果共和国", ["CG"]),
    ("刚果民主共和国", ["CD"]),
    # Taiwan, Hong Kong, Macao
    ("台湾", ["TW"]),
    ("中国台湾地区", ["TW"]),
    ("中国台湾省", ["TW"]),
    ("台北", ["TW"]),
    ("涉台言论", ["TW"]),
    ("台海局势", ["TW"]),
    ("往台岛运", ["TW"]),
    ("平台", []),
    ("出台政策", []),
    ("电商平台海外业务", []),
    ("平台企业", []),
    ("香港", ["HK"]),
    ("澳门", ["MO"]),
    ("港澳", ["HK", "MO"]),
    ("海峡两岸", ["CN", "TW"]),
    # 方 / 媒 / 企 / 军
    ("中方表示", ["CN"]),
    ("我国", ["CN"]),
    ("美方", ["US"]),
    ("日媒", ["JP"]),
    ("美媒称", ["US"]),
    ("港媒", ["HK"]),
    ("台媒", ["TW"]),
    ("外媒", []),
    ("美企", ["US"]),
    ("中企", ["CN"]),
    ("其中企业", []),
    ("美军", ["US"]),
    ("驻日美军", ["JP", "US"]),
    # prefix compounds
    ("对华", ["CN"]),
    ("访华", ["CN"]),
    ("涉华", ["CN"]),
    ("驻华大使", ["CN"]),
    ("赴美", ["US"]),
    ("访日", ["JP"]),
    ("对俄制裁", ["RU"]),
    ("对华盛顿而言", ["US"]),
    ("对美好生活的向往", []),
    ("对美元汇率", []),
    ("对美国", ["US"]),
    ("对澳门", ["MO"]),
    # curated two-character compounds
    ("中美", ["CN", "US"]),
    ("美中", ["US", "CN"]),
    ("中日", ["CN", "JP"]),
    ("日中", ["JP", "CN"]),
    ("中韩", ["CN", "KR"]),
    ("中俄通话", ["CN", "RU"]),
    ("中欧班列", ["CN"]),
    ("美日", ["US", "JP"]),
    ("日美", ["JP", "US"]),
    ("日韩", ["JP", "KR"]),
    ("美韩", ["US", "KR"]),
    ("韩美", ["KR", "US"]),
    ("美俄", ["US", "RU"]),
    ("中澳", ["CN", "AU"]),
    ("中印", ["CN", "IN"]),
    ("中越", ["CN", "VN"]),
    ("美澳", ["US", "AU"]),
    ("日澳", ["JP", "AU"]),
    ("美英", ["US", "GB"]),
    ("朝韩", ["KP", "KR"]),
    ("美朝", ["US", "KP"]),
    ("中朝", ["CN", "KP"]),
    ("俄乌冲突", ["RU", "UA"]),
    ("中印尼关系", ["CN", "ID"]),
    ("美加墨协定", ["US", "CA", "MX"]),
    ("美加墨西哥", ["US", "CA", "MX"]),
    # other pairs need a relation word
    ("美以关系", ["US", "IL"]),
    ("以美两国", ["IL", "US"]),
    ("中缅边境", ["CN", "MM"]),
    ("美以伊冲突", ["US", "IL", "IR"]),
    ("美伊关系", ["US", "IR"]),
    ("新年伊始", []),
    ("美荷", []),
    ("美荷两国", ["US", "NL"]),
    ("美以“供应链安全”为由", []),  # 美 以……为由: no Israel (a lone 美 is not matched)
    ("可以美化", []),
    ("加以协调", []),
    # runs of three or more
    ("美日韩", ["US", "JP", "KR"]),
    ("美日韩澳", ["US", "JP", "KR", "AU"]),
    ("中日韩自贸区", ["CN", "JP", "KR"]),
    ("美日印澳四方安全对话", ["US", "JP", "IN", "AU"]),
    ("美英澳", ["US", "GB", "AU"]),
    ("英法德三国", ["GB", "FR", "DE"]),
    ("美德日燃气轮机", ["US", "DE", "JP"]),
    ("美欧日", ["US", "JP"]),
    ("以美日为首", ["US", "JP"]),
    ("注意美日关系", ["US", "JP"]),
    ("美日印峰会", ["US", "JP", "IN"]),
    ("美日印太战略", ["US", "JP"]),
    ("中美以外的国家", ["CN", "US"]),
    ("中美加强合作", ["CN", "US"]),
    ("中美日益紧张", ["CN", "US"]),
    ("中美朝着", ["CN", "US"]),
    # dates own their 日 / 年 / 月
    ("12日美日韩", ["US", "JP", "KR"]),
    ("12日美日韩联合声明", ["US", "JP", "KR"]),
    ("二十日中美关系", ["CN", "US"]),
    ("2025年中美", ["CN", "US"]),
    ("12月中美", ["CN", "US"]),
    ("12日本报讯", []),
    ("3日日本", ["JP"]),
    # ordinary words that must not fire
    ("美元", []),
    ("美好", []),
    ("加强", []),
    ("以来", []),
    ("英语", []),
    ("法律", []),
    ("每日中午", []),
    ("近日中方", ["CN"]),
    ("今日美国", ["US"]),
    ("同日韩国", ["KR"]),
    ("美中不足", []),
    ("越来越多", []),
    ("市场中越来越多", []),
    ("合法国际贸易", []),
    ("道德方面", []),
    ("提高市场份额", []),
    ("石破天惊", []),
    # a name inside a compound takes over its text, unless a word takes over the name
    ("其中美国", ["US"]),
    ("其中日本", ["JP"]),
    ("会谈中美方表示", ["US"]),
    ("中美国防部长", ["CN", "US"]),
    ("中美元首会晤", ["CN", "US"]),
    ("中美军事对话", ["CN", "US"]),
    ("中美企业", ["CN", "US"]),
    # false friends: blocks and groups consume their text
    ("华盛顿", ["US"]),
    ("中美洲", []),
    ("美洲", []),
    ("南美洲", []),
    ("北美", []),
    ("拉美国家", []),
    ("东南亚美国", ["US"]),
    ("马里兰州", []),
    ("马里", ["ML"]),
    ("印度洋", []),
    ("新几内亚岛", []),
    ("几内亚湾", []),
    ("新墨西哥州", []),
    ("朝鲜半岛", []),
    ("中东", []),
    ("欧美国家", []),
    ("西方 欧盟 G7 非洲", []),
    ("发展中国家", []),
    ("巴黎协定", []),
    ("伦敦金属交易所", []),
    # capitals, metonyms, places, persons
    ("北京", ["CN"]),
    ("白宫", ["US"]),
    ("五角大楼", ["US"]),
    ("克里姆林宫", ["RU"]),
    ("首相官邸", ["JP"]),
    ("唐宁街", ["GB"]),
    ("青瓦台", ["KR"]),
    ("平壤", ["KP"]),
    ("内蒙古包头", ["CN"]),
    ("蒙古", ["MN"]),
    ("江西赣州", ["CN"]),
    ("特朗普", ["US"]),
    ("鲁比奥", ["US"]),
    ("高市早苗", ["JP"]),
    ("高市政府", ["JP"]),
    ("石破茂", ["JP"]),
    ("普京", ["RU"]),
    ("习近平", ["CN"]),
    ("李在明", ["KR"]),
    ("莫迪", ["IN"]),
    ("阿尔巴尼斯", ["AU"]),
    ("阿尔巴尼亚", ["AL"]),
    # English
    ("The U.S. and Japan signed in Washington", ["US", "JP"]),
    ("US", ["US"]),
    ("us", []),
    ("Us and them", []),
    ("USB", []),
    ("USA", ["US"]),
    ("United States", ["US"]),
    ("america", ["US"]),
    ("Latin America", []),
    ("South Korea and North Korea", ["KR", "KP"]),
    ("Republic of Korea", ["KR"]),
    ("Vietnam", ["VN"]),
    ("Viet Nam", ["VN"]),
    ("Russia", ["RU"]),
    ("Chinese exports", ["CN"]),
    ("CHINA", ["CN"]),
    ("Beijing and Tokyo", ["CN", "JP"]),
    ("the Kremlin", ["RU"]),
    ("White House", ["US"]),
    ("Indonesia", ["ID"]),
    ("Indian Ocean", []),
    ("New Jersey", []),
    ("Chinas", []),
    ("美国和Japan", ["US", "JP"]),
    ("the EU and NATO", []),
]


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return default()


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_codes(gaz: Gazetteer, text: str, expected: list[str]) -> None:
    assert gaz.codes(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("西方 欧盟 G7 非洲", ["WEST", "EU", "G7", "AFRICA"]),
    ("欧美", ["WEST"]),
    ("中美洲", ["CENTRAL_AMERICA"]),
    ("拉丁美洲和东南亚", ["LATIN_AMERICA", "SOUTHEAST_ASIA"]),
    ("朝鲜半岛", ["KOREAN_PENINSULA"]),
    ("七国集团和二十国集团", ["G7", "G20"]),
    ("the West, the EU and NATO", ["WEST", "EU", "NATO"]),
    ("美日印太战略", ["INDO_PACIFIC"]),
    ("美国", []),
])
def test_groups(gaz: Gazetteer, text: str, expected: list[str]) -> None:
    assert [h.group for h in gaz.groups(text)] == expected
    assert all(h.codes == () and h.kind == "group" for h in gaz.groups(text))


@pytest.mark.parametrize(("query", "expected"), [
    ("JP", "JP"), ("jp", "JP"), (" jp ", "JP"), ("Japan", "JP"), ("japan", "JP"), ("日本", "JP"),
    ("China", "CN"), ("中国", "CN"), ("USA", "US"), ("United States", "US"),
    ("South Korea", "KR"), ("韩国", "KR"), ("大韩民国", "KR"), ("韓國", "KR"),
    ("russia", "RU"), ("Viet Nam", "VN"), ("Congo", "CD"), ("台湾", "TW"),
    ("EU", None), ("中美", None), ("Atlantis", None), ("", None),
])
def test_lookup(gaz: Gazetteer, query: str, expected: str | None) -> None:
    assert gaz.lookup(query) == expected


def test_names_and_codes(gaz: Gazetteer) -> None:
    assert gaz.name("KR") == "South Korea"
    assert gaz.name("VN") == "Vietnam"
    assert gaz.name("kr", "zh") == "韩国"
    assert gaz.name("TW", "zh") == "台湾"
    assert gaz.name("CD", "zh") == "刚果(金)"
    assert gaz.name("RU", "zh-Hant") == "俄羅斯"
    codes = gaz.all_codes()
    assert codes == sorted(codes) and len(codes) > 240 and {"CN", "US", "TW", "HK"} <= set(codes)
    with pytest.raises(KeyError):
        gaz.name("XX")


def test_hit_fields(gaz: Gazetteer) -> None:
    text = "据日媒报道,12日美日韩在华盛顿举行中美会谈"
    hits = gaz.find(text)
    assert [(h.text, h.codes, h.kind) for h in hits] == [
        ("日媒", ("JP",), "short"),
        ("美日韩", ("US", "JP", "KR"), "abbrev-compound"),
        ("华盛顿", ("US",), "capital"),
        ("中美", ("CN", "US"), "compound"),
    ]
    assert all(text[h.start : h.end] == h.text and h.group is None for h in hits)
    assert isinstance(hits[0], Hit)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="中美日韩朝俄英法德意以加印越澳台国方华盛顿洲本元好强来12年月 US.a",
               max_size=30))
def test_hits_are_ordered_and_disjoint(text: str) -> None:
    hits = default()._scan(text)  # countries and groups together
    last = 0
    for hit in hits:
        assert last <= hit.start < hit.end and text[hit.start : hit.end] == hit.text
        last = hit.end


def _load_tool():
    pytest.importorskip("pycountry")
    path = REPO / "tools" / "build_gazetteer.py"
    spec = importlib.util.spec_from_file_location("build_gazetteer", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_countries_tsv_is_up_to_date() -> None:
    tool = _load_tool()
    committed = (DATA_DIR / "countries.tsv").read_text(encoding="utf-8")
    assert committed == tool.render(), "regenerate with: python tools/build_gazetteer.py"


def test_data_files_start_with_a_header() -> None:
    files = sorted(DATA_DIR.glob("*.tsv"))
    assert {f.name for f in files} >= {"countries.tsv", "curated.tsv", "groups.tsv",
                                        "abbreviations.tsv", "relation_words.tsv"}
    for path in files:
        assert path.read_text(encoding="utf-8").startswith("#"), path.name


def test_bundled_data_loads_without_conflicts() -> None:
    gaz = Gazetteer.load(DATA_DIR)
    assert gaz.codes("中美") == ["CN", "US"]
