"""Reading files: encodings, HTML text with offsets, folders, unreadable files."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from viewer.core.ingest import IngestError, decode, iter_paths, read_source
from viewer.core.pipeline import extract_paths, load_article

TEXT = "越南于2025年12月11日通过新修订的地质矿产法,对稀土实行出口管制。"
TRAD = "越南於2025年12月11日通過新修訂的地質礦產法,對稀土實行出口管制。"


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (TEXT.encode("utf-8"), "utf-8"),
        (b"\xef\xbb\xbf" + TEXT.encode("utf-8"), "utf-8-sig"),
        (TEXT.encode("utf-16"), "utf-16"),
        (TEXT.encode("gbk"), "gbk"),
        (TEXT.encode("gb18030"), "gbk"),
        (TRAD.encode("big5"), "big5hkscs"),
    ],
)
def test_decode(data: bytes, encoding: str) -> None:
    text, enc = decode(data)
    assert enc == encoding
    assert text in (TEXT, TRAD)


def test_decode_longer_big5_and_gbk_are_not_confused() -> None:
    para = TRAD * 20
    assert decode(para.encode("big5"))[0] == para
    assert decode((TEXT * 20).encode("gbk"))[0] == TEXT * 20


@pytest.mark.parametrize(
    ("data", "reason"),
    [(b"", "empty"), (b"  \n\n", "empty"), (b"\x00\x01\x02binary\x00" * 50, "binary")],
)
def test_unreadable(tmp_path: Path, data: bytes, reason: str) -> None:
    f = tmp_path / "x.txt"
    f.write_bytes(data)
    with pytest.raises(IngestError, match=reason):
        read_source(f)


HTML = """<!DOCTYPE html><html><head><title>越南通过新法 - 某网站</title>
<meta property="article:published_time" content="2025-12-15T08:00:00+08:00">
<style>.x{color:red}</style><script>var d = "2020年1月1日";</script></head>
<body><nav>首页 &gt; 新闻 2019年5月5日</nav>
<article><h1>越南通过新法</h1>
<p>越南于2025年12月11日通过新修订的地质矿产法&nbsp;,对稀土实行出口管制。</p>
<p>美国&amp;日本在<b>12月12日</b>签署联合宣言。<img src="http://example.com/x.png"></p>
</article>
<div class="related"><p>相关推荐 2025年12月1日 旧闻</p></div>
<footer>© 2025 版权所有</footer></body></html>"""


def test_html_text_and_offsets(tmp_path: Path) -> None:
    f = tmp_path / "page.html"
    f.write_text(HTML, encoding="utf-8")
    src = read_source(f)
    assert src.kind == "html"
    assert "var d" not in src.text and "color" not in src.text
    assert "2019年5月5日" not in src.text  # nav is furniture
    corpus = extract_paths([f])
    assert [a.title for a in corpus.articles] == ["越南通过新法"]
    assert corpus.articles[0].published.isoformat() == "2025-12-15"
    texts = [(m.text, m.start.isoformat()) for m in corpus.mentions]
    assert texts == [("2025年12月11日", "2025-12-11"), ("12月12日", "2025-12-12")]
    for m in corpus.mentions:
        assert src.raw[m.offset : m.offset + len(m.text)] == m.text
    assert "美国&日本" in corpus.mentions[1].sentence
    assert set(corpus.mentions[1].countries) == {"US", "JP"}


def test_folders_recursive_sorted_and_loop_safe(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "a").mkdir()
    (tmp_path / "b" / "2.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "a" / "1.md").write_text(TEXT, encoding="utf-8")
    (tmp_path / "a" / "skip.pdf").write_bytes(b"%PDF")
    os.symlink(tmp_path, tmp_path / "a" / "loop")
    found = [p.relative_to(tmp_path).as_posix() for p, problem in iter_paths([tmp_path])]
    assert found == ["a/1.md", "b/2.txt"]


def test_missing_path_is_a_problem(tmp_path: Path) -> None:
    corpus = extract_paths([tmp_path / "nope"])
    assert corpus.problems and "No such file" in corpus.problems[0].reason


def test_entity_without_semicolon_keeps_exact_offsets(tmp_path: Path) -> None:
    f = tmp_path / "p.html"
    f.write_text("<html><body><article><p>商务部&nbsp12月1日宣布新规,此前已征求意见。" + "内容" * 80
                 + "</p></article></body></html>", encoding="utf-8")
    corpus = extract_paths([f], published=__import__("datetime").date(2025, 12, 20))
    (m,) = corpus.mentions
    raw = read_source(f).raw
    assert m.text == "12月1日" and raw[m.offset : m.offset + len(m.text)] == m.text


def test_html_meta_charset_is_honoured(tmp_path: Path) -> None:
    page = ("<html><head><meta charset='big5'><title>鎵鍺</title></head><body><article><p>"
            "中國12月1日起管制鎵鍺出口。" + "說明" * 80 + "</p></article></body></html>")
    f = tmp_path / "b.html"
    f.write_bytes(page.encode("big5"))
    src = read_source(f)
    assert src.encoding.startswith("big5") and "中國12月1日起管制" in src.text


def test_body_lines_are_not_publication_lines(tmp_path: Path) -> None:
    f = tmp_path / "a.txt"
    f.write_text("2025-11-20 10:30\n稀土新闻\n该论文发表于2019年3月5日的《自然》杂志。\n"
                 "会议时间:2026年1月15日,各方将在北京开会。\n", encoding="utf-8")
    corpus = extract_paths([f])
    assert corpus.articles[0].published.isoformat() == "2025-11-20"
    assert {m.text for m in corpus.mentions} == {"2019年3月5日", "2026年1月15日"}


def test_a_sentence_naming_only_a_bloc_borrows_no_country(tmp_path: Path) -> None:
    f = tmp_path / "a.txt"
    f.write_text("发布时间:2025-11-20\n日本宣布新的储备计划。\n此前,欧盟在2024年6月发布了报告。\n",
                 encoding="utf-8")
    (m,) = extract_paths([f]).mentions
    assert m.countries == [] and m.groups == ["EU"]


def _extract(tmp_path: Path, text: str):
    """The corpus of one page holding ``text``."""
    f = tmp_path / "a.txt"
    f.write_text(text, encoding="utf-8")
    return extract_paths([f])


def _head(tmp_path: Path, text: str):
    """(title, publication date as YYYY-MM-DD) of one page holding ``text``, and its mentions."""
    corpus = _extract(tmp_path, text)
    art = corpus.articles[0]
    return (art.title, art.published.isoformat() if art.published else None), corpus.mentions


@pytest.mark.parametrize(
    ("head", "published"),
    [
        # a generic label on the line under the title
        ("日本称中国稀土审批放缓\n时间:2025-12-08 10:13 作者:本站编辑\n", "2025-12-08"),
        # a byline: a source or author name and a time, alone under the title
        ("中国收紧对日稀土出口审查\n鉅亨網編譯鍾詠翔 2026-01-19 05:00\n", "2026-01-19"),
        ("理性闲谈天下事 2025-10-11 20:53:11\n", "2025-10-11"),
        # English: a date line (with "at" and a UTC offset) below navigation and a headline;
        # "Updated on" alone on its line is furniture
        (("• Home\n• Privacy Policy\nProfit News Report\nNo Result\n"
         "China outlines more controls on exports of rare earths\nby\n"
         "October 9, 2025 at 9:20 AM GMT+8\nUpdated on\nOctober 9, 2025 at 10:51 AM GMT+8\n"),
         "2025-10-09"),
    ],
)
def test_publication_lines_in_the_head(tmp_path: Path, head: str, published: str) -> None:
    corpus = _extract(tmp_path, head + "12月7日,日本媒体援引政府官员的话说,中国对日本企业的出口审批"
                      "被推迟。\nChina outlined new curbs on Thursday, the ministry said.\n")
    assert corpus.articles[0].published.isoformat() == published
    assert all(m.start is not None for m in corpus.mentions)
    assert {m.text for m in corpus.mentions} == {"12月7日", "Thursday"}  # no header date
    assert "Home" not in corpus.articles[0].title


def test_a_list_of_dated_headlines_in_the_head_gives_no_publication_date(tmp_path: Path) -> None:
    """Related articles above the article, each with its time, are furniture, not a byline."""
    corpus = _extract(tmp_path, "中美经贸会谈取得进展 2025-10-30 10:00\n稀土出口管制新规发布 "
                      "2025-10-09 09:00\n12月7日,日本媒体援引政府官员的话说,中国对日本企业的出口审批"
                      "被推迟。\n")
    assert corpus.articles[0].published is None
    assert [m.text for m in corpus.mentions] == ["12月7日"]


@pytest.mark.parametrize(
    ("page", "title"),
    [
        (("Copyright © 2026 SingTao Ltd.All rights reserved.\n"
         "中日交恶｜商务部收紧军民两用物项输日管制\n大国外交\n发布时间：22:27 2026-01-06 HKT\n"),
         "中日交恶｜商务部收紧军民两用物项输日管制"),
        (("• Home\n• Privacy Policy\n• Terms & Conditions\n• Thank you\nProfit News Report\n"
         "No Result\nView All Result\n• Investing\n• Stock\n• Economy\nProfit News Report\n"
         "No Result\nView All Result\nHome Stock\n\n"
         "China outlines more controls on exports of rare earths and technology\n\nby\n\n"
         "October 10, 2025\n"),
         "China outlines more controls on exports of rare earths and technology"),
    ],
)
def test_the_title_under_a_long_menu_or_over_a_section_label(tmp_path: Path, page: str,
                                                             title: str) -> None:
    art = _extract(tmp_path, page + "China outlined new curbs on Thursday, the ministry said.\n"
                   ).articles[0]
    assert art.title == title and art.published is not None


@pytest.mark.parametrize(
    ("page", "title", "published"),
    [
        # a byline with the date after a bar, under a masthead and a subscription box
        (("Asian American Daily\n\nSubscribe\n\nChina Rare-Earth Exports to US, Japan Fell in "
         "December\nBy Reuters | 19 Jan, 2026\n\n"),
         "China Rare-Earth Exports to US, Japan Fell in December", "2026-01-19"),
        # a logo's alt text above a headline printed twice, an outlet name run into a
        # day-month-year date
        (("logo\nJapan businesses seek faster licences\n\nJapan businesses seek faster "
          "licences\n\nThe Mainichi18-06-2025\n"),
         "Japan businesses seek faster licences", "2025-06-18"),
        # a banner's alt text doubled, then fields of a bulleted list (a two-digit year)
        (("Generic Hero BannerGeneric Hero Banner\nLatest market news\n\nLow supply send "
          "APT higher: Correction\n\n  • Market: Metals\n  • 03/03/21\n\n"),
         "Low supply send APT higher: Correction", "2021-03-03"),
        # a template placeholder, a byline, an upper-case "posted on" line
        # the headline again under the publication line, then the time alone with a stop
        (("Posted October. 21, 2023 08:12,\nChina tightens graphite exports\n"
          "October. 21, 2023 08:12.\n"), "China tightens graphite exports", "2023-10-21"),
        ("{ SKIP }\n文:MenClub 摯樂  圖:互聯網\nPOSTED ON 30 Oct 2020\n【現實落差】稀土進口激增\n\n",
         "【現實落差】稀土進口激增", "2020-10-30"),
        # a date line, a section label, a list of other headlines, the headline, a dateline
        (("2025-12-03\n快訊\n華碩驚傳遭勒索！知名駭客集團揚言已竊取資料 公司緊急聲明\n"
         "台灣95%稀土來自大陸 澳紐商會籲台澳深化礦產合作\n中央社／ 台北3日電\n"),
         "台灣95%稀土來自大陸 澳紐商會籲台澳深化礦產合作", "2025-12-03"),
    ],
)
def test_head_with_other_headlines_and_bylines(tmp_path: Path, page: str, title: str,
                                               published: str) -> None:
    head, mentions = _head(tmp_path, page + "Japan's imports of Chinese rare earths fell 8% in December, "
                        "data showed on Tuesday.\n")
    assert head == (title, published)
    assert [m.text for m in mentions] == ["December", "Tuesday"]  # none from the head


def test_a_dateline_gives_the_publication_date_when_nothing_else_does(tmp_path: Path) -> None:
    corpus = _extract(tmp_path, "WASHINGTON, 21st October, 2025 (WAM) – US President Donald Trump "
                      "and Australian Prime Minister Anthony Albanese signed a critical-minerals "
                      "deal on Monday.\n")
    assert corpus.articles[0].published.isoformat() == "2025-10-21"
    assert corpus.articles[0].published_via == "dateline"
    assert [(m.text, m.start.isoformat()) for m in corpus.mentions] == [
        ("21st October, 2025", "2025-10-21"), ("Monday", "2025-10-20")]


@pytest.mark.parametrize(
    ("page", "title", "published"),
    [
        # a day-first numeric date line (Hong Kong, Singapore)
        ("13/10/2025 13:57\n\n【聚焦數據】中國9月稀土出口4000噸環比降三成\n\n",
         "【聚焦數據】中國9月稀土出口4000噸環比降三成", "2025-10-13"),
        # a date after a source label on the same line
        ("中方再回应稀土出口管制措施\n来源:央视新闻2025-10-16 17:47\n\n",
         "中方再回应稀土出口管制措施", "2025-10-16"),
        # lines of bullets and marks, a section label, captions, a reporter's byline
        (("2025-10-09\n　\n    • 　\n>\n大陸焦點\n\n陸最嚴「稀土出口管制」公告連發\n\n"
         "▲ 圖為中國連雲港，工人正運輸稀土。（圖／路透）\n\n記者魏有德／綜合報導\n\n"),
         "陸最嚴「稀土出口管制」公告連發", "2025-10-09"),
        # a headline with ！ in it, then the site's translator as a byline
        ("2025-11-09\n中國暫停鎵鍺銻對美出口限制！商務部調整管制政策\n鉅亨網編譯莊閔棻\n",
         "中國暫停鎵鍺銻對美出口限制！商務部調整管制政策", "2025-11-09"),
        # a labelled date with more on its line: an advertisement's placeholder, a byline
        ("date 2025-10-17 我是廣告 請繼續往下閱讀\n中國稀土新規衝擊台灣\n",
         "中國稀土新規衝擊台灣", "2025-10-17"),
        ("日期:2025-10-17 記者王小明／台北報導\n中國稀土新規衝擊台灣\n",
         "中國稀土新規衝擊台灣", "2025-10-17"),
        # the headline on the date line, after the date
        ("2024-01-22 中国镓和锗对美出口“完全停止”\n",
         "中国镓和锗对美出口“完全停止”", "2024-01-22"),
        ("2025年10月9日 15:30　商务部公告2025年第61号\n",
         "商务部公告2025年第61号", "2025-10-09"),
    ],
)
def test_more_heads(tmp_path: Path, page: str, title: str, published: str) -> None:
    """Date lines, headlines and bylines of Hong Kong, mainland and Taiwan pages."""
    head, mentions = _head(tmp_path, page + "海關總署今日公布數據顯示，中國稀土出口較8月下降30.9%。\n")
    assert head == (title, published)
    assert [m.text for m in mentions] == ["今日", "8月"]
    assert all(m.start is not None for m in mentions)


@pytest.mark.parametrize("head", [
    "October 20, 2025 | 16:57 GMT +7\n\n  • Click to copy\nMonday- 16:56, 20/10/2025\n\n",
    ("An official website of the United States government\n\nFOR IMMEDIATE RELEASE | "
    "October 20, 2025 | Media Contact:\n\n"),
])
def test_date_lines_with_a_time_zone_weekday_or_labels(tmp_path: Path, head: str) -> None:
    corpus = _extract(tmp_path, head + "Rare earth exports fell in September, data showed on "
                      "Monday.\n")
    assert corpus.articles[0].published.isoformat() == "2025-10-20"
    assert [(m.text, m.start.isoformat()) for m in corpus.mentions] == [
        ("September", "2025-09-01"), ("Monday", "2025-10-20")]


def test_a_button_after_the_time_does_not_hide_the_publication_line(tmp_path: Path) -> None:
    corpus = _extract(tmp_path, "商务部:稀土出口管制合乎国际惯例\n\n国际在线 2025-06-06 15:02:38 显示图片\n"
                      "国际在线消息:中国商务部6月5日召开例行新闻发布会,回应稀土出口问题。\n")
    assert corpus.articles[0].published.isoformat() == "2025-06-06"
    assert [(m.text, m.start.isoformat()) for m in corpus.mentions] == [("6月5日", "2025-06-05")]


def test_a_teaser_after_the_headline_is_not_part_of_the_title(tmp_path: Path) -> None:
    corpus = _extract(tmp_path, "中国给欧盟稀土放行,欧洲这下开心了   当地时间12月15日,欧盟委员会表示\n"
                      "发布时间:2025-12-17\n当地时间12月15日,欧盟委员会贸易官员表示,中方已批准许可。\n")
    assert corpus.articles[0].title == "中国给欧盟稀土放行,欧洲这下开心了"
    assert [m.text for m in corpus.mentions] == ["12月15日"]


def test_a_notice_keeps_its_own_time_label_as_text(tmp_path: Path) -> None:
    """时间: lower down a notice is its text (an event), not the page's publication line."""
    corpus = _extract(tmp_path, "关于召开稀土产业座谈会的通知\n发布时间:2025-10-20\n各有关单位:\n"
                      "现将有关事项通知如下:\n一、会议安排\n时间:2025年11月5日\n"
                      "地点:北京市西城区。\n")
    art = corpus.articles[0]
    assert art.title == "关于召开稀土产业座谈会的通知" and art.published.isoformat() == "2025-10-20"
    assert [m.text for m in corpus.mentions] == ["2025年11月5日"]


@pytest.mark.parametrize(("title", "rest"), [
    # the month lines of a chronology are not date lines (they name no day)
    ("China's rare earth curbs: a timeline", "April 2025\nSept 2025 | 5,774\n"),
    # the headline is the one above the first metadata line, not above the last
    ("Japan seeks new rare earth sources", "Key points\nFriday, October 24, 2025\n"),
])
def test_the_headline_and_byline_over_other_dated_lines(tmp_path: Path, title: str,
                                                        rest: str) -> None:
    art = _extract(tmp_path, f"{title}\nBy Jane Doe | October 21, 2025\n{rest}"
                   "Japan signed a deal with Australia on Monday, officials said.\n").articles[0]
    assert (art.title, art.published.isoformat()) == (title, "2025-10-21")


def test_a_date_line_with_an_unknown_zone_word_is_read_quietly(tmp_path: Path) -> None:
    """dateutil warns about zone names it does not know (2025B); zones are never used."""
    corpus = _extract(tmp_path, "Rare earth curbs\n12月12月Dec. 12, 2025B\nChina added seven rare earths "
                      "to its export control list on Monday.\n")
    assert [m.text for m in corpus.mentions][-1] == "Monday" and not corpus.problems


def test_hard_wrapped_english_is_read_as_its_paragraphs(tmp_path: Path) -> None:
    corpus = _extract(tmp_path, "Trump, Albanese sign critical minerals deal\nOct 20, 2025 3:46 PM\n\n"
                      "WASHINGTON, Oct 20 (Reuters) - U.S. President Donald\n\nTrump and Australian "
                      "Prime Minister Anthony Albanese signed a\n\ncritical minerals agreement "
                      "aimed at countering China on Monday\n\nat a meeting in Washington.\n\n"
                      "Tokyo and Washington pledge joint stockpiles and project finance\n\n"
                      + "TOKYO -- Japan and the U.S. signed a pact on Oct. 28 " + "x" * 120 + ".\n")
    monday = next(m for m in corpus.mentions if m.text == "Monday")
    assert set(monday.countries) == {"US", "AU", "CN"}  # from the whole wrapped sentence
    assert monday.sentence.startswith("WASHINGTON") and monday.sentence.endswith("Washington.")
    art = _article(tmp_path)
    body = [p.text.split("\n")[0] for p in art.body]
    assert body[-2:] == ["Tokyo and Washington pledge joint stockpiles and project finance",
                         "TOKYO -- Japan and the U.S. signed a pact on Oct. 28 " + "x" * 120 + "."]


def _article(tmp_path: Path):
    from viewer.core.pipeline import load_article

    return load_article(tmp_path / "a.txt")


@pytest.mark.parametrize("line", ["类别:财经 发布时间:2023-10-21 11:04:00 来源:华尔街见闻",
                                  "搜狐财经·2023-10-21 11:48"])
def test_publication_lines_after_a_label_or_a_source(tmp_path: Path, line: str) -> None:
    corpus = _extract(tmp_path, f"出大招:中国限制出口石墨!\n{line}\n"
                      "10月20日,商务部、海关总署联合发布公告,优化调整石墨物项临时出口管制措施。\n")
    assert corpus.articles[0].published.isoformat() == "2023-10-21"
    assert [(m.text, m.start.isoformat()) for m in corpus.mentions] == [("10月20日", "2023-10-20")]


def test_no_metadata_the_headline_is_right_above_the_prose(tmp_path: Path) -> None:
    """Section labels, then the headline, then the article: no date line anywhere."""
    art = _extract(tmp_path, "中國\n\n中國要聞\n\n出口管制影響小 稀土龍頭增產永磁\n\n"
                   "【明報專訊】中國稀土工業城市內蒙古包頭,已成為全球最大的稀土冶煉基地。\n"
                   ).articles[0]
    assert (art.title, art.title_found) == ("出口管制影響小 稀土龍頭增產永磁", True)
    # a reporter's byline right above the article is no headline
    art = _extract(tmp_path, "中国工业报记者 张楠\n10月16日,商务部新闻发言人在例行新闻发布会上"
                   "回应外界关切。\n").articles[0]
    assert not art.title_found


@pytest.mark.parametrize(
    ("page", "title", "published"),
    [
        # a "Trending" list with dated headlines above the article, which prints its
        # headline twice; the list does not end the article
        (("Close Menu\nTrending Now\n\n[SMM Arrivals] This week's arrivals saw a decline WoW\n"
          "\nOctober 21, 2025\n\nWhat Are the Pros and Cons of Filing for Bankruptcy?\n\n"
          "October 21, 2025\n\nTrending\n• Meta Is Hiring Entry-Level Roles\n• About\n\n"
          "Home»Energy\nChina responds to U.S.-Australia critical minerals deal\n"
          "Business ProBy Business ProOctober 21, 20253 Mins Read\n"
          "China responds to U.S.-Australia critical minerals deal\n"),
         "China responds to U.S.-Australia critical minerals deal", "2025-10-21"),
        # an issuer's name ending in "Inc." is no sentence; the headline twice, with
        # other apostrophes
        (("CSIS - Center for Strategic and International Studies Inc.\n\n10/09/2025 | Press "
          "release | Distributed by Public on 10/09/2025 12:25\n\nChina’s New Rare Earth "
          "Restrictions Threaten U.S. Supply Chains\n\nChina's New Rare Earth Restrictions "
          "Threaten U.S. Supply Chains\n\nPublished October 9, 2025\n\n"),
         "China’s New Rare Earth Restrictions Threaten U.S. Supply Chains", "2025-10-09"),
        # a today widget, then labels alone on their lines with the dates under them
        (("Friday, January 9, 2026\n\n[Correspondent's Column] 15 Years After the Senkaku "
          "Collision, Japan Faces Another Rare Earth 'Nightmare'\n\nInput\n2026-01-07 18:25:26\n"
          "Updated\n2026-01-08 09:00:00\nSeo Hye-jin, Tokyo Correspondent\n"),
         ("[Correspondent's Column] 15 Years After the Senkaku Collision, Japan Faces Another "
         "Rare Earth 'Nightmare'"), "2026-01-07"),
        # a "Today :" widget and a section label over the date line: the headline is below
        (("Today : Oct 10, 2025\nWorld News\n10 October 2025\n\nChina Tightens Rare Earth "
         "Controls Before Trump Summit\n\n"), ("China Tightens Rare Earth Controls Before Trump "
         "Summit"), "2025-10-10"),
    ],
)
def test_heads_of_english_pages(tmp_path: Path, page: str, title: str, published: str) -> None:
    head, mentions = _head(tmp_path, page + "China on Tuesday responded to the deal, saying "
                        "countries should take a proactive role.\n")
    assert head == (title, published)
    assert [m.text for m in mentions] == ["Tuesday"]  # the article is found


@pytest.mark.parametrize(
    ("page", "title", "published"),
    [
        # a headline before the publication label on its line, under a menu row
        (("![]() |\n| 首页 | 协会公告 | 行业动态 | 联系我们 | |\n中国稀土磁铁出口管制引发全球关注 "
         "发布时间:2025年6月6日 16时12分\n"), "中国稀土磁铁出口管制引发全球关注", "2025-06-06"),
        # a related link's time stamp run into the headline; a source with its stamp
        ("(2026/01/14 13:28)上月中國對美稀土磁鐵出口 月減21.2%\n2019/12/25 15:56 鉅亨網編譯陳達誠\n",
         "上月中國對美稀土磁鐵出口 月減21.2%", "2019-12-25"),
        ("美財長稱中國稀土出口管制是對抗世界\n2025-10-16 16:40\n\n北京青年報2025-10-16 15:46:52\n\n",
         "美財長稱中國稀土出口管制是對抗世界", "2025-10-16"),
        # a photo caption printed twice is no headline
        (("中国稀土凭什么成为王牌?\n南方人物周刊 2026-02-10 14:37\n▲2025年8月26日,参观者观看展品 图/视觉中国\n"
         "▲2025年8月26日,参观者观看展品 图/视觉中国\n"), "中国稀土凭什么成为王牌?", "2026-02-10"),
        # the only date: the dateline in brackets opening the article
        ("中国将限制锑出口\n\n【看中国2024年8月16日讯】", "中国将限制锑出口", "2024-08-16"),
    ],
)
def test_heads_of_chinese_pages(tmp_path: Path, page: str, title: str, published: str) -> None:
    head, mentions = _head(tmp_path, page + "中国商务部昨日宣布,将限制稀土出口,去年已限制镓和锗。\n")
    assert head == (title, published)
    # (the caption's and the dateline's dates are the article's, and are kept)
    assert [(m.text, m.start is not None) for m in mentions
            if m.text in ("昨日", "去年")] == [("昨日", True), ("去年", True)]


@pytest.mark.parametrize(
    ("page", "title", "published"),
    [
        # a cookie notice with sentences above the article, a headline printed twice and
        # cut off at 140 characters, a Chinese time stamp on an English page
        (("Skip to main content\nukiyo journal - news Logo\nCookie Usage\nWe use cookies to "
          "improve our services. Please accept.\nEssential Cookies\nCookies necessary for basic "
          "site functionality. These cannot be disabled.\n\n"
          + "China Halts Germanium Supply to Germany - The Ge Shock Looms Over Germany: China's "
            "Tightening Highlights the Vulnerability of the Supply Chain of Europe\n" * 2
          + "2025年10月07日 00:32\n"),
         ("China Halts Germanium Supply to Germany - The Ge Shock Looms Over Germany: China's "
         "Tightening Highlights the Vulnerability of the Supply Chain of Europe"), "2025-10-07"),
        # a byline between the headline and the time stamp
        (("China maintains its dominance over the antimony trade\n\nby time news\n\n"
         "2024-09-15 22:48:24\n\n"), "China maintains its dominance over the antimony trade",
         "2024-09-15"),
        # bulleted section labels and metadata lines under a headline that ends in U.S.
        (("China bans exports of gallium, germanium, antimony to U.S.\n- Asia\n- Reuters\n"
          "- Published Date: 11:52 | 03 December 2024\n"
          "- Modified Date: 11:57 | 03 December 2024\n"),
         "China bans exports of gallium, germanium, antimony to U.S.", "2024-12-03"),
        # a site name, a breadcrumb run into the headline, a standfirst, then the stamp
        # with its time after a slash
        (("Moneycontrol\nHomeWorldChina's rare earth curbs spark rally\nTrending Topics\n\n"
          "China's rare earth curbs spark rally\n\nChina's curbs have boosted Australian miners as"
          " the West looks to diversify supply chains.\n\nApril 11, 2025 / 11:45 IST\n"),
         "China's rare earth curbs spark rally", "2025-04-11"),
        # a Markdown heading in a page saved as text, and a "Last updated" stamp
        ("# China curbs graphite licences\n\nLast updated: 8 December 2023\n\n",
         "China curbs graphite licences", "2023-12-08"),
        # a logo's alt text, and the wire's name run into the date line
        ("tradingkey.logo\n\nChina export curbs propel tungsten\n\nReutersMay 15, 2025 1:12 PM\n",
         "China export curbs propel tungsten", "2025-05-15"),
    ],
)
def test_more_english_heads(tmp_path: Path, page: str, title: str, published: str) -> None:
    head, mentions = _head(tmp_path, page + "China on Tuesday tightened its export controls.\n")
    assert head == (title, published)
    assert [m.text for m in mentions] == ["Tuesday"]


@pytest.mark.parametrize(
    ("page", "title", "published"),
    [
        # a slogan and a phone number above the headline and its 时间: line
        (("专注电炉铸造10年\n全国咨询热线:15028752820\n钨价狂飙557%!\n时间: 2026-03-20 03:17:31 |   "
         "作者: 精密铸钢件\n产品介绍\n"), "钨价狂飙557%!", "2026-03-20"),
        # a source run into its stamp, with the font-size buttons
        ("中国稀土称霸全球 源自一句话\n\n香港01 2025-10-22 12:52+-\n\n", "中国稀土称霸全球 源自一句话",
         "2025-10-22"),
        # a Taiwan trade magazine's label (刊登日期, traditional script)
        ("稀土管制衝擊台灣供應鏈\n刊登日期:2023/10/25\n", "稀土管制衝擊台灣供應鏈", "2023-10-25"),
        # Hong Kong writes the day first (3 November, not March 11)
        ("大馬推動稀土產業 擬建超級磁鐵製造廠\n\n   3/11/2025 15:43\n\n", "大馬推動稀土產業 擬建超級磁鐵製造廠",
         "2025-11-03"),
        # a site's banner and a section name over the date, the headline under it
        ("永續新知Banner\n永續資訊\n|\n2025/08/25\n台灣稀土回收的戰略價值:在中美貿易戰與AI時代下的新契機\n",
         "台灣稀土回收的戰略價值:在中美貿易戰與AI時代下的新契機", "2025-08-25"),
        # channel labels before the stamp and a view count after it
        ("特朗普清晨发帖加税200%!\n\nB站影视 韩国电影 2025-10-11 11:40 4\n\n", "特朗普清晨发帖加税200%!",
         "2025-10-11"),
    ],
)
def test_more_chinese_heads(tmp_path: Path, page: str, title: str, published: str) -> None:
    head, mentions = _head(tmp_path, page + "中国商务部昨日宣布,将限制稀土出口。\n")
    assert head == (title, published)
    assert [m.text for m in mentions] == ["昨日"]


def test_a_headline_cut_from_the_articles_first_words(tmp_path: Path) -> None:
    """A platform titles a post with its first words, cut mid-word; a view counter below."""
    corpus = _extract(tmp_path, (
        "针对的贸易制裁,我们又打出了一张牌。8月15日,商务部宣布对部分锑、超硬材\n\n王五说说看吧 2024-08-16 22:44:53\n\n"
        "针对的贸易制裁,我们又打出了一张牌。8月15日,商务部宣布对部分锑、超硬材料相关物项实施出口管制,从9月15日开始实施。\n\n"
        "0 阅读:46\n评论列表\n"))
    art = corpus.articles[0]
    assert art.title.startswith("针对的贸易制裁") and art.title_found
    assert [(m.text, str(m.start)) for m in corpus.mentions] == [
        ("8月15日", "2024-08-15"), ("9月15日", "2024-09-15")]


# -- pages from a fresh-eyes review of the head rules: each was read wrong -------------

def _roles(tmp_path: Path, text: str, name: str = "a.txt"):
    f = tmp_path / name
    f.write_text(text, encoding="utf-8")
    art = load_article(f)
    return art, {p.text: p.role for p in art.paragraphs}


def test_a_markdown_chronology_table_is_the_article(tmp_path: Path) -> None:
    corpus = _extract(tmp_path, "# 中国稀土出口管制大事记\n\n发布时间:2025-10-20\n\n近年来,中国多次调整管制措施,"
                      "节点如下。\n\n| 时间 | 部门 | 措施 |\n|---|---|---|\n| 2023年7月3日 | 商务部 | 镓锗管制 |\n"
                      "| 2025年4月4日 | 商务部 | 七种中重稀土 |\n")
    assert [m.text for m in corpus.mentions] == ["2023年7月3日", "2025年4月4日"]


def test_lines_ending_in_a_date_are_not_a_list_of_headlines(tmp_path: Path) -> None:
    _, roles = _roles(tmp_path, "关于稀土出口许可申请的通知\n发布时间:2025-10-20 09:00\n各相关企业:\n"
                      "现将有关事项通知如下。\n一、申请受理起始日期2025-11-01\n二、申请受理截止日期2025-11-30\n")
    assert roles["一、申请受理起始日期2025-11-01"] == "body"
    assert roles["二、申请受理截止日期2025-11-30"] == "body"


@pytest.mark.parametrize("text", [
    ("商务部:对镓锗相关物项实施出口管制\n2023-07-03 16:00 来源:商务部网站\n商务部、海关总署7月3日发布公告,"
     "决定自2023年8月1日起对镓、锗相关物项实施出口管制\n相关阅读\n2010年9月中日撞船事件后稀土出口一度受限\n"),
    ("China restricts gallium exports\nPublished: 2023-07-03\nBeijing said on Monday it would "
     "restrict exports of gallium and germanium from August 1 citing national security\nRelated\n"
     "In 2010, China halted rare earth shipments to Japan\n"),
])
def test_an_end_marker_after_sentences_without_their_stop_ends_the_article(
        tmp_path: Path, text: str) -> None:
    corpus = _extract(tmp_path, text)
    assert not any(m.text.startswith(("2010", "In 2010")) for m in corpus.mentions)
    assert any(m.text in ("7月3日", "Monday") for m in corpus.mentions)  # the article stays


def test_a_notices_time_label_under_a_bare_time_stamp_is_its_text(tmp_path: Path) -> None:
    corpus = _extract(tmp_path, "关于召开稀土产业发展座谈会的通知\n2025-10-20 10:00\n各有关单位:\n"
                      "现将有关事项通知如下:\n时间:2025年11月5日\n地点:北京市西城区\n")
    assert corpus.articles[0].published.isoformat() == "2025-10-20"
    assert [m.text for m in corpus.mentions] == ["2025年11月5日"]


@pytest.mark.parametrize("first", [
    "2025-10-09 15:00 来源:中国新闻网", "2025-10-09 15:00 作者:张三 编辑:李四",
    "2025-10-09 15:00 阅读量 12345", "来源:新华网 发布时间:2025-10-09 10:00"])
def test_metadata_on_the_date_line_is_no_headline(tmp_path: Path, first: str) -> None:
    art = _extract(tmp_path, f"{first}\n中国宣布对五种稀土实施出口管制\n商务部9日发布公告,决定对五种中重稀土"
                   "实施出口管制。\n").articles[0]
    assert (art.title, art.published.isoformat()) == ("中国宣布对五种稀土实施出口管制", "2025-10-09")


def test_a_sections_name_printed_twice_is_no_headline(tmp_path: Path) -> None:
    art = _extract(tmp_path, "国际 要闻 财经\n稀土出口管制专题报道\n稀土出口管制专题报道\n中国宣布对五种稀土实施出口管制\n"
                   "2025-10-09 15:00 来源:新华网\n商务部9日发布公告,决定对五种中重稀土实施出口管制。\n").articles[0]
    assert art.title == "中国宣布对五种稀土实施出口管制"


def test_a_summary_line_is_no_headline_when_one_stands_above_the_date(tmp_path: Path) -> None:
    art = _extract(tmp_path, "中国对五种稀土实施出口管制\n2025-10-09 15:00 来源:新华网\n"
                   "商务部9日发布公告,决定对五种中重稀土实施出口管制\n商务部9日发布公告,决定对五种中重稀土实施出口管制,"
                   "自2025年11月8日起施行。\n").articles[0]
    assert art.title == "中国对五种稀土实施出口管制"


def test_published_in_a_caption_is_no_publication_line(tmp_path: Path) -> None:
    art = _extract(tmp_path, "China tightens rare earth export controls\nBy Jane Doe | Oct 9, 2025\n"
                   "China announced new controls on Thursday, widening restrictions on rare earths.\n"
                   "Chart: output data published 2025-01-15 by the USGS\n").articles[0]
    assert art.published.isoformat() == "2025-10-09"


def test_an_english_headline_with_a_stop_over_a_release_time_line(tmp_path: Path) -> None:
    corpus = _extract(tmp_path, (
        "China lifts ban on exports of gallium, germanium, and antimony to the United States.\n"
        "所属分类:\nRelease time:2025-11-14\nsource:\nauthor:\n"
        "From August 2023 to September 2024, China imposed export restrictions on these metals.\n"
        "In December, however, China ramped up its response.\n"
        "更多新闻\n\n中国开始放宽稀土出口规定\n2025 年 11 月 8 日 |上午 06:21\n"))
    art = corpus.articles[0]
    assert art.title.endswith("to the United States.") and art.title_found
    assert art.published.isoformat() == "2025-11-14"
    # December after a range over two years follows on from its end; the list under
    # 更多新闻 is furniture
    assert [(m.text, str(m.start), str(m.end)) for m in corpus.mentions] == [
        ("August 2023 to September 2024", "2023-08-01", "2024-09-30"),
        ("December", "2024-12-01", "2024-12-31")]


@pytest.mark.parametrize(("page", "title", "published"), [
    # a city dateline with a dash, the only date of the page
    (("EU demands China lift rare earth curbs\n\nBrussels, 13 July 2025 – The EU has formally "
     "demanded that China lift its curbs before the summit July 24.\n"),
     "EU demands China lift rare earth curbs", "2025-07-13"),
    # a date and a stop opening the article, under a logo's alt text
    (("Tech Law Journal logo\n\nWTO Rules in Rare Earths Case\n\nMarch 26, 2014. The World Trade "
     "Organization released its panel reports on July 24.\n"),
     "WTO Rules in Rare Earths Case", "2014-03-26"),
    # a reader counter run into the date
    (("中美角逐升级!稀土产业成杀手锏\n    4008人 学过2025/10/14\n上周美股遭遇黑色星期五,起因是中方在10月9日出台"
     "了稀土管制政策。\n"), "中美角逐升级!稀土产业成杀手锏", "2025-10-14"),
])
def test_datelines_and_counters(tmp_path: Path, page: str, title: str, published: str) -> None:
    head, mentions = _head(tmp_path, page)
    assert head == (title, published)
    assert all(m.start is not None for m in mentions)


# -- pages from a second fresh-eyes review of the head rules ---------------------------

@pytest.mark.parametrize(("page", "title", "published", "texts"), [
    # a long headline with a comma, then a list under 热门推荐: the article is still found
    (("商务部新闻发言人就稀土出口管制答记者问,称将依法审批合规的出口许可申请\n2025-10-09 15:00 来源:商务部网站\n"
      "热门推荐\n美方宣布对华加征关税 2025-10-10\n欧盟回应中国管制 2025-10-11\n"
      "问:商务部10月9日发布了稀土出口管制公告,请介绍有关情况。\n"
      "答:为维护国家安全和利益,商务部于10月9日发布公告,决定自2025年11月8日起实施管制。\n"),
     "商务部新闻发言人就稀土出口管制答记者问,称将依法审批合规的出口许可申请", "2025-10-09",
     ["10月9日", "10月9日", "2025年11月8日起"]),
    # a standfirst with a stop under the headline, then a byline
    (("China tightens rare earth export controls\nBeijing widens curbs to five more elements "
      "as trade talks loom.\nBy Jane Doe\nOct 9, 2025\nChina on Thursday added five rare earth "
      "elements to its export control list, the commerce ministry said.\n"),
     "China tightens rare earth export controls", "2025-10-09", ["Thursday"]),
    # a title-case headline ending in U.S. under a breadcrumb, over a byline with a time
    (("Home > World\nChina Delays Rare Earth Export Controls Following Summit with U.S.\n"
      "Global Economic Times Reporter / Updated : 2025-11-08 06:16:15\nBEIJING, China—The "
      "government said on Friday it would pause the controls, officials said.\n"),
     "China Delays Rare Earth Export Controls Following Summit with U.S.", "2025-11-08",
     ["Friday"]),
    # a passive headline ending in "by" and a name is no byline
    (("Rare earth truce hailed by Donald Trump\nOct 30, 2025\nChina agreed on Thursday to pause "
      "its rare earth export controls for a year, the White House said.\n"),
     "Rare earth truce hailed by Donald Trump", "2025-10-30", ["Thursday"]),
    # the headline printed twice, then a subtitle over the date line
    (("中国宣布对五种稀土实施出口管制\n中国宣布对五种稀土实施出口管制\n专家称对全球供应链影响有限\n"
      "2025-10-09 15:00 来源:新华网\n商务部9日发布公告,决定对五种中重稀土实施出口管制,自2025年11月8日起施行。\n"),
     "中国宣布对五种稀土实施出口管制", "2025-10-09", ["9日", "2025年11月8日起"]),
    # 更多报道 opening a sentence does not end the article
    (("中国宣布对五种稀土实施出口管制\n2025-10-09 15:00 来源:新华网\n商务部9日发布公告,决定对五种中重稀土实施"
      "出口管制。\n更多报道显示,美方计划于11月1日起对华加征关税。\n欧盟10月15日表示关切。\n"),
     "中国宣布对五种稀土实施出口管制", "2025-10-09", ["9日", "11月1日起", "10月15日"]),
    # a publication label alone on its line outranks an Updated line below
    (("China widens rare earth export controls\nPublication date\n9 October 2025\n"
      "Updated: 12 October 2025\nChina on Thursday added five rare earth elements to its "
      "export control list, the commerce ministry said.\n"),
     "China widens rare earth export controls", "2025-10-09", ["Thursday"]),
])
def test_heads_from_the_second_review(tmp_path: Path, page: str, title: str, published: str,
                                      texts: list[str]) -> None:
    head, mentions = _head(tmp_path, page)
    assert head == (title, published)
    assert [m.text for m in mentions] == texts


@pytest.mark.parametrize(("page", "title"), [
    (("Business & Economics\nChina Imposes Immediate Ban on Dual-Use Exports to Japan\n"
     "6 Jan 2026\n"), "China Imposes Immediate Ban on Dual-Use Exports to Japan"),
    (("Home 新闻 China tightens export controls on rare earths\n2025-10-10 08:00\n"
     "China tightens export controls on rare earth metals\n"),
     "China tightens export controls on rare earth metals"),
])
def test_a_section_with_an_ampersand_and_a_breadcrumb_are_no_headlines(
        tmp_path: Path, page: str, title: str) -> None:
    art = _extract(tmp_path, page + "China said on Thursday it would tighten its controls "
                   "on exports, the ministry said.\n").articles[0]
    assert art.title == title


def test_a_headline_may_begin_with_home(tmp_path: Path) -> None:
    art = _extract(tmp_path, "Home Office warns of rare earth shortage\n2025-10-10 08:00\n"
                   "The ministry said on Thursday that supplies were short.\n").articles[0]
    assert (art.title, art.title_found) == ("Home Office warns of rare earth shortage", True)


def test_a_numbered_section_heading_is_no_headline(tmp_path: Path) -> None:
    """(一)… under the lead: taking it for the headline dropped the lead as navigation."""
    corpus = _extract(tmp_path, "受国内外疫情影响,2022年三季度稀土进出口持弱运行,合计吞吐量约5.8万吨。详细情况如下:\n一、稀土产品\n"
                      "(一)全球经济下行 稀土出口量价齐跌\n三季度,我国出口各类稀土产品11638.4吨,环比减少14.1%。\n")
    art = corpus.articles[0]
    assert not art.title.startswith(("(一)", "一、"))
    assert corpus.mentions[0].text == "2022年三季度"


def test_a_forums_profile_lines_are_furniture(tmp_path: Path) -> None:
    """vBulletin-style posts: a rank, the poster's join date and post count under image
    residue; none is the title and the join date is no event."""
    page = ("![]() |\n||\nPower Member\n![]() ![]() 加入日期: May 2001 您的住址: 台北\n文章: 589\n|\n"
            "中華民國 - 稀土的需求有何用途?\n台灣對稀土的需求遠高於社會認知,2023年起中國收緊出口。\n"
            "Senior Member\nJoin Date: Jun 2004\nPosts: 1,203\n2010年中國曾停止對日出口稀土。\n")
    corpus = _extract(tmp_path, page)
    assert corpus.articles[0].title == "中華民國 - 稀土的需求有何用途?"
    assert [m.text for m in corpus.mentions] == ["2023年起", "2010年"]


def test_a_photo_note_under_the_headline_and_an_ambiguous_english_stamp(tmp_path: Path) -> None:
    """(file photo). is furniture, not the start of the article; 3/11/2025 on an English
    page may be March 11 or 3 November, so it gives no publication date."""
    page = ("Africa: Could Africa Replace China As the World's Source of Rare Earths?\n\n"
            "(file photo).\n\n3/11/2025\n\nIn 2021, global demand for rare earths reached 125,000"
            " tons.\n")
    corpus = _extract(tmp_path, page)
    art = corpus.articles[0]
    assert art.title == "Africa: Could Africa Replace China As the World's Source of Rare Earths?"
    assert art.published is None
    assert [m.text for m in corpus.mentions] == ["2021"]


def test_a_sign_off_after_the_last_sentence_dates_an_undated_page(tmp_path: Path) -> None:
    """Malaysian and wire copy often ends "… in Malaysia. – October 20, 2023": with no
    other date line, that is the publication date the partial dates resolve against."""
    page = ("KUALA LUMPUR – Lynas plans to shut its plant by the end of the year.\n"
            "In May, Malaysia extended its licence.\n"
            "The company defended itself, claiming its operations were safe. – October 20, 2023\n")
    corpus = _extract(tmp_path, page)
    assert corpus.articles[0].published.isoformat() == "2023-10-20"
    assert [(m.text, m.start.isoformat()) for m in corpus.mentions] == [
        ("the end of the year", "2023-11-01"), ("May", "2023-05-01"),
        ("October 20, 2023", "2023-10-20")]
    # a date inside the last sentence is no sign-off
    inside = tmp_path / "inside"
    inside.mkdir()
    corpus = _extract(inside, "Lynas said on Tuesday that the plant reopens on October 20, 2023\n")
    assert corpus.articles[0].published is None


def test_review5_body_lines_that_only_look_like_head_lines(tmp_path: Path) -> None:
    """A body line opening with a capitalised word and a date is no time stamp; bulleted
    body lines starting with By are no bylines; a quoted book's 出版日期 is not the page's."""
    page = ("China tightens rare earth rules\n\nPublished: October 9, 2025\n\n"
            "BEIJING, Oct 9 (Reuters) - China expanded its controls on Thursday.\n"
            "Effective December 1, 2025\n"
            "- By mid-April, exports had halved\n"
            "- By late October, Japan reacted\n")
    corpus = _extract(tmp_path, page)
    art = corpus.articles[0]
    assert (art.title, art.published.isoformat()) == ("China tightens rare earth rules",
                                                       "2025-10-09")
    assert [m.text for m in corpus.mentions] == [
        "Oct 9", "Thursday", "December 1, 2025", "mid-April", "late October"]
    book = tmp_path / "book"
    book.mkdir()
    corpus = _extract(book, "读《稀土战争》有感\n\n2025-10-20 10:15\n\n这本书很有意思,10月9日我读完了它。\n"
                            "书名:稀土战争\n出版日期:2015-06-01\n")
    assert corpus.articles[0].published.isoformat() == "2025-10-20"
    assert [(m.text, m.start.isoformat()) for m in corpus.mentions] == [
        ("10月9日", "2025-10-09"), ("2015-06-01", "2015-06-01")]


def test_review5_a_short_headline_over_a_section_label(tmp_path: Path) -> None:
    """稀土博弈 is as short as a section name, but it is the headline over 国际 (only a list
    of marked labels, - Asia / - Reuters, is walked past)."""
    corpus = _extract(tmp_path, "新浪财经频道精选推荐\n稀土博弈\n国际\n2025-10-20 10:15\n"
                                "中国商务部昨日宣布,将限制稀土出口。\n")
    assert corpus.articles[0].title == "稀土博弈"


def test_usual_mode_never_sets_the_umask(monkeypatch) -> None:
    """Setting the umask to read it would race with the loader thread creating files."""
    import os

    from viewer.core import files

    if not os.path.exists("/proc/self/status"):
        pytest.skip("the umask is read from /proc where there is one")
    monkeypatch.setattr(os, "umask", lambda *_: (_ for _ in ()).throw(AssertionError("umask")))
    assert files.usual_mode() & 0o600 == 0o600
