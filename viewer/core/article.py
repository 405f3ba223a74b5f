"""Split a decoded page into title, body paragraphs, furniture and metadata.

Rules are the markers of resources/furniture.toml; they run on folded lines so
that one entry covers simplified and traditional, fullwidth and ASCII forms.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from dateutil import parser as dateparser

from viewer.core.furniture import markers
from viewer.core.ingest import Source
from viewer.core.textnorm import fold

TITLE, BODY, FURNITURE, META = "title", "body", "furniture", "meta"
CONTINUED = "continued"  # a line of a hard-wrapped paragraph after its first: part of it
_HEAD_LINES = 6
_DATE_IN = re.compile(
    r"(?P<y>(?:19|20)\d{2})\s*[-/.年]\s*(?P<m>\d{1,2})\s*[-/.月]\s*(?P<d>\d{1,2})(?!\d)"
)
# 13/10/2025 (Hong Kong, Singapore, Britain) or 10/13/2025 (the United States): read
# only when one of the two numbers can only be the day
_NUMERIC_YEAR_LAST = re.compile(
    r"(?<!\d)(?P<a>\d{1,2})(?P<sep>[-/.])(?P<b>\d{1,2})(?P=sep)(?P<y>(?:19|20)\d{2})(?!\d)")
# a line that is only a short numeric date (a field of a metadata list: • 03/03/21)
_SHORT_YEAR_LINE = re.compile(r"^[•·*-]?\s*(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<y>\d{2})$")
_SITE_SUFFIX = re.compile(r"\s*(?:[-|_–—]\s*[^-|_–—]{1,30})$")


@dataclass(frozen=True, slots=True)
class Paragraph:
    index: int
    start: int  # offsets in Source.text
    end: int
    text: str
    role: str


@dataclass
class Published:
    date: dt.date
    via: str  # user | meta | label | author-card | head-line | dateline | sign-off
    text: str = ""
    offset: int | None = None  # raw offset of ``text``


@dataclass
class Article:
    id: str
    source: Source
    folded: str
    title: str
    paragraphs: list[Paragraph]
    published: Published | None = None
    title_found: bool = True

    @property
    def path(self) -> Path:
        return self.source.path

    @property
    def body(self) -> list[Paragraph]:
        return [p for p in self.paragraphs if p.role == BODY]

    @property
    def published_date(self) -> dt.date | None:
        return self.published.date if self.published else None


def parse_when(text: str, day_first: bool | Callable[[], bool] = False) -> dt.date | None:
    """A calendar date at the start of a publication line or a meta value.

    3/11/2025 is the 3rd of November with ``day_first`` (a Chinese page: Hong Kong, Macau
    and Malaysia write the day first; the mainland and Taiwan put the year first), and
    unknown without it (an English page may be American or British). ``day_first`` may be
    a function, asked only when a date is ambiguous.
    """
    text = markers().glued_month.sub(" ", fold(text).strip())  # ReutersMay 15, 2025
    m = _DATE_IN.search(text[:40])
    if m:
        try:
            return dt.date(int(m["y"]), int(m["m"]), int(m["d"]))
        except ValueError:
            return None
    m = _NUMERIC_YEAR_LAST.search(text[:40]) or _SHORT_YEAR_LINE.match(text)
    if m:
        a, b = int(m["a"]), int(m["b"])
        if a <= 12 and b <= 12 and a != b and callable(day_first):
            day_first = day_first()
        if (a > 12) == (b > 12) and a != b and not day_first:
            return None  # 5/6/2025: May 6 or 5 June, the page does not say
        day, month = (a, b) if a > 12 or (day_first and b <= 12) else (b, a)
        year = int(m["y"]) + (2000 if len(m["y"]) == 2 else 0)
        try:
            return dt.date(year, month, day)
        except ValueError:
            return None
    if not re.search(r"[A-Za-z]{3}", text) or not re.search(r"\d{4}", text):
        return None
    try:
        value = dateparser.parse(text[:60], fuzzy=True, ignoretz=True,
                                  default=dt.datetime(1900, 1, 1))
    except (ValueError, OverflowError):
        return None
    return value.date() if value.year > 1900 else None


_MD_HEADING = re.compile(r"^#{1,6}[ \t]+")
_MD_MARK = re.compile(r"^(?:#{1,6}\s+|>\s*|[-*+]\s+|\d{1,3}[.)]\s+)+")


def _lines(text: str, markdown: bool = False) -> list[tuple[int, int]]:
    """Spans of the non-empty lines, stripped (and without Markdown block marks)."""
    spans = []
    pos = 0
    for line in text.splitlines(keepends=True):
        body = line.rstrip("\r\n")
        stripped = body.strip()
        if stripped:
            lead = len(body) - len(body.lstrip())
            if markdown and (mark := _MD_MARK.match(stripped)):
                lead += mark.end()
                stripped = stripped[mark.end():]
            if stripped:
                spans.append((pos + lead, pos + lead + len(stripped)))
        pos += len(line)
    return spans


def _split_date_label(folded: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``date 2025-04-15 By Nectar Gan, CNN``: the labelled date is a line of its own (the
    publication line), and what follows it on the line is another (a line that is a
    publication line as it stands, 时间:2025-12-08 10:13 作者:X, is left whole)."""
    for i, (s, e) in enumerate(spans[:3]):
        if (m := markers().label_opening.match(folded, s, e)) and not _label(folded[s:e], True):
            rest = m.end() + len(folded[m.end():e]) - len(folded[m.end():e].lstrip())
            return spans[:i] + [(s, m.end()), (rest, e)] + spans[i + 1:]
    return spans


def segment(article_id: str, source: Source, published: dt.date | None = None) -> Article:
    """Classify every line of ``source`` and find its title and publication date."""
    mk = markers()
    folded = fold(source.text)
    spans = _split_date_label(folded, _lines(source.text, source.kind == "markdown"))
    roles: list[str] = []
    main = source.main_ranges
    ended = False
    started = False
    prose_seen = False  # a body line that is not headline-like: the article's text began
    labelled = False  # a publication line seen: a generic 时间: below it is the text's own
    clauses_seen = False
    body_lines = 0
    probed: dict[int, str] = {}

    def line_at(j: int) -> str:
        if j not in probed:
            probed[j] = probe(folded[spans[j][0]:spans[j][1]])
        return probed[j]

    def list_item(j: int) -> bool:
        if not 0 <= j < len(spans):
            return False
        line = line_at(j)
        return (len(line) <= mk.list_item_max + 20 and line[-1:].isdigit()
                and bool(mk.list_item.search(line)))

    for i, (s, e) in enumerate(spans):
        line = line_at(i)
        if ended:
            roles.append(FURNITURE)
            continue
        if main and not any(a <= s < b for a, b in main):
            roles.append(FURNITURE)
            continue
        # the head: above the first paragraph of prose (menus, a headline, 时间:…, a
        # byline), or right under the page's first line, whatever it looks like
        head = not prose_seen or body_lines == 1
        if not started and i < 3 and mk.breadcrumb.search(line):
            roles.append(FURNITURE)
        elif mk.end_of_body.search(line):
            roles.append(FURNITURE)
            # a "Trending" list above the article (headlines and their dates) does not end
            # it: only one below prose, or below a line of clauses (a sentence that lost
            # its stop), does
            ended = prose_seen or clauses_seen
        # generic labels (时间:, Date:) only above the article's prose or under its first
        # line, and not under a publication line: lower down, 时间:2025年11月5日 is a
        # notice's own text
        elif (mk.timestamp.search(bare := _unbulleted(line, mk))
              or _label(bare, head=(not prose_seen or body_lines == 1) and not labelled)
              or (len(line) <= mk.byline_max and mk.byline.search(line))
              or (head and _date_line(bare))):
            roles.append(META)
            labelled = labelled or parse_when(line) is not None  # 2025-10-20 10:00, 发布时间:
        elif mk.drop.search(line):
            roles.append(FURNITURE)
        elif list_item(i):
            # a name and a time: in a list of such lines, related articles; alone in the
            # head, the article's byline (理性闲谈天下事 2025-10-11 20:53:11)
            alone = head and not list_item(i - 1) and not list_item(i + 1)
            roles.append(META if alone else FURNITURE)
        else:
            roles.append(BODY)
            started = True
            # (not the first body line: the headline may be a long one with a comma)
            clauses_seen = clauses_seen or (body_lines >= 1 and _clauses(line))
            prose_seen = prose_seen or _prose(line, mk)
            body_lines += 1
    _mark_lists(spans, folded, roles)

    title, title_found = _find_title(source, folded, spans, roles)
    ends = _unwrap(folded, spans, roles, mk.unwrap_min_length, mk.unwrap_max_length)
    paragraphs = [
        Paragraph(i, s, ends.get(i, e), source.text[s : ends.get(i, e)], role)
        for i, ((s, e), role) in enumerate(zip(spans, roles))
    ]
    art = Article(article_id, source, folded, title, paragraphs, title_found=title_found)
    art.published = (
        Published(published, "user") if published else _find_published(art, spans, roles)
    )
    return art


def _clauses(line: str) -> bool:
    """A sentence, even without its stop (发布公告,决定…; a long English clause): no headline
    of a list above the article."""
    if _latin(line):
        return len(line.split()) >= 14
    return len(line) >= 30 and ("," in line or ";" in line)


_ENDS = frozenset('.!?:;"”’)]。！？')  # a line ending in one of these ends a sentence or quote


def _latin(text: str) -> bool:
    """Nine characters in ten or more are ASCII (English, not Chinese)."""
    return len(text.encode("ascii", "ignore")) >= 0.9 * len(text)


def _unwrap(folded: str, spans, roles: list[str], min_length: int,
            max_length: int) -> dict[int, int]:
    """English saved hard-wrapped (a line break, often a blank line, every 60-odd
    characters): a long body line that does not end a sentence runs on into the next
    body line, and the two are one paragraph. Returns the new end of each paragraph
    that took in the lines after it (which become CONTINUED)."""
    ends: dict[int, int] = {}
    head = None
    for i in range(1, len(spans)):
        (s0, e0), (s1, e1) = spans[i - 1], spans[i]
        # both lines about a wrap's width: a standfirst over a long paragraph is not wrapped
        if not (roles[i] == BODY and roles[i - 1] in (BODY, CONTINUED)
                and min_length <= e0 - s0 <= max_length and e1 - s1 <= max_length
                and folded[e0 - 1] not in _ENDS):
            continue
        prev, line = folded[s0:e0], folded[s1:e1]
        if _latin(prev) and _latin(line[:20]) and (line[0].isalnum() or line[0] in "\"“("):
            if roles[i - 1] == BODY:
                head = i - 1
            roles[i] = CONTINUED
            ends[head] = spans[i][1]
    return ends


_WRAPPED = re.compile(r"^[【\[(]([^】\])]*)[】\])]$")


def probe(line: str) -> str:
    """A folded line as the furniture markers see it: leading tags set aside, brackets off."""
    line = line.strip("*_ ")  # Markdown emphasis around a whole line
    mk = markers()
    if line.endswith(mk.control_ends):
        line = mk.controls.sub("", line)  # … 15:02:38 显示图片: a button, not text
    wrapped = _WRAPPED.match(line)
    if wrapped:
        return wrapped.group(1).strip()
    return mk.tag.sub("", line, count=1) if line.startswith(("【", "[")) else line


def _unbulleted(line: str, mk) -> str:
    """A line without the list mark that opens it (- Published Date: …)."""
    if line[:1] in mk.bullets and line[1:2].isspace():
        return line[2:].lstrip()
    return line


def _label(line: str, head: bool, day_first: bool | Callable[[], bool] = False
           ) -> tuple[re.Match[str], dt.date] | None:
    """A publication line: its label match and date (generic labels only in the head)."""
    if len(line) > 80 or line.endswith(("。", ".")):
        return None
    mk = markers()
    patterns = mk.published_labelled + (mk.published_labelled_head if head else ())
    for rx in patterns:
        m = rx.search(line)
        if m and (d := parse_when(m["when"], day_first)):
            return m, d
    return None


def _mark_lists(spans: list[tuple[int, int]], folded: str, roles: list[str]) -> None:
    """Short lines between lone timestamps are items of a headline list."""
    stamps = [i for i, r in enumerate(roles) if r == META and markers().timestamp.search(
        folded[spans[i][0]:spans[i][1]])]
    if len(stamps) < 2:
        return
    limit = markers().list_item_max
    for i in stamps:
        j = i - 1
        while j >= 0 and i - j <= 3 and roles[j] == BODY:
            s, e = spans[j]
            line = folded[s:e]
            if e - s > limit or "。" in line.rstrip("。"):
                break
            roles[j] = FURNITURE
            j -= 1


def _find_title(source: Source, folded: str, spans, roles) -> tuple[str, bool]:
    """The headline, marking navigation above it as furniture.

    HTML pages: the line that is the page's own title (og:title, h1, title). Other
    pages, in the first lines, in this order: a headline printed twice right above the
    article; the nearest headline-like line above a metadata line (time stamp,
    publication line, byline); one cut from the article's first words; a headline on
    the date line itself, or before its label; the first headline-like line below the
    date line; the first body line if furniture or metadata follows it; the line right
    above the article's first paragraph when only section labels come before it.
    """
    mk = markers()
    candidates = [source.meta.get(k, "") for k in ("og_title", "h1", "title")]
    html_titles = {fold(c).strip() for c in candidates if c}
    # the first head_lines lines that are not furniture (a menu can be long)
    kept = [i for i, r in enumerate(roles) if r != FURNITURE]
    head = range(kept[mk.title_head_lines - 1] + 1 if len(kept) >= mk.title_head_lines
                 else len(spans))
    if html_titles:
        for i in head:
            if roles[i] == BODY and folded[spans[i][0]:spans[i][1]] in html_titles:
                return _take_title(source, spans, roles, i)
    if source.kind != "html":
        # the metadata line nearest above the first paragraph of prose (a page can
        # open with a date line, a section label and other headlines before the title)
        # (a sentence with metadata right under it is a headline with a stop: China lifts
        # ban on exports of gallium. / Release time:2025-11-14)
        prose = next((i for i in head if roles[i] == BODY
                      and _prose(folded[spans[i][0]:spans[i][1]], mk)
                      and META not in roles[i + 1:i + 4]), len(spans))
        metas = [i for i in head if roles[i] == META and i < prose]
        # a headline printed twice right above the article (only metadata, credits or
        # furniture between them): before a related list's headlines over their stamps
        if (twice := _printed_twice(folded, spans, roles, prose, mk)) is not None:
            return _take_title(source, spans, roles, twice)
        # the first metadata line with a headline above it (a page's own date line at the
        # very top has none): the headline is the nearest headline-like line above it
        for meta in metas:
            if (i := _headline_above(folded, spans, roles, meta, mk)) is not None:
                return _take_title(source, spans, roles, i)
        # no headline above a metadata line: one cut from the article's first words
        if (cut := _cut_copy(folded, spans, roles)) is not None:
            return _take_title(source, spans, roles, cut)
        if metas and (title := _after_date(source, folded, spans[metas[0]], mk)
                      or _before_label(source, folded, spans[metas[0]], mk)):
            return title, True  # 2024-01-22 中国镓和锗对美出口"完全停止": one line
        if metas:  # only a date line above: the headline is under it (13/10/2025, headline)
            for i in range(metas[0] + 1, min(prose, len(spans))):
                line = folded[spans[i][0]:spans[i][1]]
                if roles[i] == BODY and len(line) > mk.title_max_length_latin:
                    break  # the article has begun (cut off before its stop): no headline here
                if roles[i] == BODY and _headline(line, mk) and not _section_label(line):
                    return _take_title(source, spans, roles, i)
        first = next((i for i in head if roles[i] == BODY), None)
        if first is not None and _headline(folded[spans[first][0]:spans[first][1]], mk):
            following = next((roles[j] for j in range(first + 1, len(roles))), None)
            if following in (FURNITURE, META) or len(roles) == first + 1:
                return _take_title(source, spans, roles, first)
        # no metadata at all: the headline is the line right above the first paragraph
        # of prose, when only section labels (中國, 中國要聞) or lines that cannot be a
        # headline (Tech Law Journal logo) come before it
        if not metas and first is not None and 0 < prose < len(spans) and first < prose:
            above = prose - 1
            line = folded[spans[above][0]:spans[above][1]]
            if (roles[above] == BODY and _headline(line, mk) and not _section_label(line)
                    and all(_section_label(other) or mk.not_title.search(other)
                            for j in range(first, above) if roles[j] == BODY
                            for other in [folded[spans[j][0]:spans[j][1]]])):
                return _take_title(source, spans, roles, above)
    for c in candidates:
        if c:
            return _SITE_SUFFIX.sub("", c.strip()) or c.strip(), True
    first = next((_MD_HEADING.sub("", source.text[s:e]) for (s, e), r in zip(spans, roles)
                  if r == BODY and not _NO_TEXT.search(folded[s:e])), "")
    return (first[:40] + "…" if len(first) > 40 else first), False


# a line with no words, or the remains of an image's markup (![]() |)
_NO_TEXT = re.compile(r"^\W*$|!\[[^\]]*\]\(")


def _after_date(source: Source, folded: str, span: tuple[int, int], mk) -> str | None:
    """A headline printed on its date line, after the date (None if the rest is no headline)."""
    s, e = span
    m = mk.date_opening.match(folded, s, e)
    if not m:
        return None
    rest = folded[m.end():e]
    if (len(rest) < 6 or not _headline(rest, mk) or parse_when(rest) or _label(rest, True)
            or mk.meta_key.match(rest)):
        return None  # 2025-10-09 15:00 来源:中国新闻网: metadata, not a headline
    return source.text[m.end():e].strip()


def _before_label(source: Source, folded: str, span: tuple[int, int], mk) -> str | None:
    """A headline printed before the publication label on its line (X 发布时间:2025年…)."""
    s, e = span
    found = _label(folded[s:e], True)
    if not found:
        return None
    rest = folded[s:s + found[0].start()].strip()
    if len(rest) < 6 or not _headline(rest, mk) or mk.meta_key.match(rest):
        return None  # 来源:新华网 发布时间:…: metadata, not a headline
    return source.text[s:s + found[0].start()].strip()


_QUOTES = str.maketrans("‘’“”", "''\"\"")


def _printed_twice(folded: str, spans, roles, prose: int, mk) -> int | None:
    """A headline printed twice in a row above the article (a page's heading and its
    title block, sometimes with other quote marks): the first of the two. Of several
    such lines, the one nearest the article (menus come twice too); none if the pair
    names a section (专题报道) and another headline-like line follows it."""
    seen: dict[str, int] = {}
    found: tuple[int, int] | None = None
    for i in range(min(prose, len(spans))):
        s, e = spans[i]
        if roles[i] not in (BODY, FURNITURE) or not 8 <= e - s <= 200:
            continue
        line = folded[s:e]
        # (printed twice, a line can be a headline a little longer than usual)
        if (line.endswith(("。", ".")) or line.startswith(mk.bullets)
                or not _headline(line[:mk.title_max_length], mk)
                or (_latin(line) and len(line.split()) < 4)):
            continue  # a menu's items come twice too (View All Result)
        line = line.translate(_QUOTES)
        if line in seen and i - seen[line] <= TWICE_WITHIN:
            found = (seen[line], i)
        seen[line] = i
    if found is None:
        return None
    pair = folded[spans[found[0]][0]:spans[found[0]][1]]
    for j in range(found[1] + 1, len(spans)):
        line = folded[spans[j][0]:spans[j][1]]
        if roles[j] == BODY and _prose(line, mk):
            break  # the article
        if roles[j] == BODY and _headline(line, mk) and mk.section_words.search(pair):
            return None  # a section's name printed twice (…专题报道), the headline below
    roles[found[1]] = FURNITURE  # the second copy is no paragraph of the article
    return found[0]


TWICE_WITHIN = 6  # lines between a headline and its second printing
CUT_LENGTH = (15, 80)  # a headline cut from the article's first words: its length
CUT_FIRST_LINES = 6  # ... found among the page's first lines
CUT_WITHIN = 4  # ... with the article's first paragraph at most this far below


def _same_text(a: str, b: str) -> bool:
    """Two lines that are one text (other quote marks allowed)."""
    return len(a) == len(b) and a.translate(_QUOTES) == b.translate(_QUOTES)


def _cut_copy(folded: str, spans, roles) -> int | None:
    """A headline made of the article's first words, cut off mid-sentence (a platform that
    titles a post with its start): a line of the first few that a body line below it
    begins with."""
    ends = markers().sentence_end
    for i in range(min(CUT_FIRST_LINES, len(spans))):
        line = folded[spans[i][0]:spans[i][1]]
        if (roles[i] != BODY or not CUT_LENGTH[0] <= len(line) <= CUT_LENGTH[1]
                or ends.search(line)):
            continue
        for j in range(i + 1, min(i + 1 + CUT_WITHIN, len(spans))):
            other = folded[spans[j][0]:spans[j][1]]
            if roles[j] == BODY and len(other) > len(line) and other.startswith(line):
                return i
    return None


def _take_title(source: Source, spans, roles, i: int) -> tuple[str, bool]:
    roles[i] = TITLE
    for j in range(i):
        if roles[j] == BODY:
            roles[j] = FURNITURE  # navigation and taglines above the headline
    s, e = spans[i]
    text = _MD_HEADING.sub("", source.text[s:e])  # (# Headline in a page saved as .txt)
    if (stamp := markers().stamp_before.match(text)) and len(text) - stamp.end() >= 4:
        text = text[stamp.end():]  # (2026/01/14 13:28)上月中國對美稀土磁鐵出口 月減21.2%
    head, *teaser = _TEASER.split(text, maxsplit=1)
    return (head if teaser and len(head) >= 4 else text), True


# a headline and, after a run of spaces, the start of the article (a teaser)
_TEASER = re.compile(r"[ \t\u3000]{3,}")


# words a date line may hold besides its date: names of months and weekdays, clock
# and zone words (October 20, 2025 | 16:57 GMT +7; Monday- 16:56, 20/10/2025)
_DATE_WORDS = re.compile(
    r"(?i)^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|mon|tue|tues|wed|thu|thur|"
    r"thurs|fri|sat|sun)[a-z]*$|^(?:am|pm|a|p|m|gmt|utc|[a-z]st|[a-z]dt|hkt|sgt|jst|kst|cst|at)$|"
    r"^[年月日时分秒星期周礼拜一二三四五六天上下午]$")
_WORD = re.compile(r"[A-Za-z]+|[\u3400-\u9fff]")


def _date_line(line: str) -> bool:
    """A line of the head that gives a date and not much else: the whole line, or one of
    its fields between bars (FOR IMMEDIATE RELEASE | April 23, 2025 | Media Contact)."""
    if len(line) > 80 or not any(ch.isdigit() for ch in line):
        return False
    return any(parse_when(field) is not None and _has_day(field)
               and all(_DATE_WORDS.match(w) for w in _WORD.findall(field))
               for field in [line, *line.split("|")] if field.strip())


def _has_day(text: str) -> bool:
    """Whether the date in ``text`` names its day (April 2025 does not: a month, not a date)."""
    if _DATE_IN.search(text) or _NUMERIC_YEAR_LAST.search(text) or _SHORT_YEAR_LINE.match(text):
        return True
    try:
        one, two = (dateparser.parse(text[:60], fuzzy=True, ignoretz=True,
                                      default=dt.datetime(1900, 1, d))
                    for d in (1, 2))
    except (ValueError, OverflowError):
        return False
    return one == two


def _prose(line: str, mk) -> bool:
    """A paragraph of the article's text: a sentence, ended (headlines may end in ! or ?,
    not in 。 or .; a promotion or a menu item is short or does not end one)."""
    return len(line) >= mk.prose_min_length and bool(mk.sentence_end.search(line))


def _headline_above(folded: str, spans, roles, meta: int, mk) -> int | None:
    """The nearest headline-like line above metadata line ``meta`` (None: none there)."""
    def text(j: int) -> str:
        return folded[spans[j][0]:spans[j][1]]

    for i in range(meta - 1, -1, -1):
        line = text(i)
        above = i - 1
        copy = above >= 0 and _same_text(line, text(above))
        plain = _headline(line, mk)
        if roles[i] == BODY and copy and not plain:
            return None  # a long headline printed twice: found below, as printed twice
        if roles[i] != BODY or not (plain or _headline_with_stop(line, mk)):
            continue
        if not plain and not _title_case(line):
            # a standfirst under the headline, a sentence with its stop: the headline is
            # just above it, if one is
            up = next((j for j in range(i - 1, max(-1, i - 3), -1) if roles[j] == BODY), None)
            if up is not None and _headline(text(up), mk):
                i, above, copy = up, up - 1, False
        if copy:  # printed twice over the date line: the first of the two
            roles[i] = FURNITURE
            return above
        if _section_label(line):
            # 大国外交 under the headline: a section label (or a list of them: - Asia /
            # - Reuters; a short headline over an unmarked label is no label)
            while (above >= 0 and roles[above] == BODY and line.startswith(mk.bullets)
                   and text(above).startswith(mk.bullets) and _section_label(text(above))):
                above -= 1
            if not (above >= 0 and roles[above] == BODY and (
                    _headline(text(above), mk) or _headline_with_stop(text(above), mk))):
                return None  # World News over the date line, no headline: look below
            return above
        return i
    return None


def _headline_with_stop(line: str, mk) -> bool:
    """An English headline ending in a full stop, as some sites print them (only above the
    date line: below it, such a line is the article's first sentence)."""
    return (_latin(line) and line.endswith(".") and ". " not in line
            and _headline(line[:-1], mk))


def _title_case(line: str) -> bool:
    """English in title case (China Delays Rare Earth Controls Following Summit with U.S.):
    most words capitalised."""
    words = [w for w in line.split() if w[:1].isalpha()]
    return len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.6 * len(words)


def _section_label(line: str) -> bool:
    """A short line naming a section (大国外交, Politics), not a headline."""
    if not line.isascii():
        return len(line) <= 6
    return sum(w[:1].isalpha() for w in line.split()) <= 2  # Business & Economics


def _headline(line: str, mk) -> bool:
    return (
        0 < len(line) <= (mk.title_max_length_latin if _latin(line) else mk.title_max_length)
        and not mk.not_title.search(line)
        and not line.endswith(("。", ".", ":", ",", ";"))
    )


def _find_published(art: Article, spans, roles) -> Published | None:
    mk = markers()
    src = art.source
    for key in ("published", "ldjson", "time"):
        value = src.meta.get(key)
        if value and (d := parse_when(value)):
            return Published(d, "meta", value)
    lines = [(i, art.folded[s:e]) for i, (s, e) in enumerate(spans)]
    # generic labels count above the first paragraph of prose (a slogan or a phone number
    # above them is not the article yet)
    first_body = next((i for i, r in enumerate(roles) if r == BODY and _prose(lines[i][1], mk)),
                      len(roles))
    # (a generic label counts only where segmenting took its line for metadata)
    # (line, its label match and date, where the date starts in the line)
    day_first = functools.cache(lambda: _chinese(art.folded))  # (asked only for 3/11/2025)
    found = [(i, hit, spans[i][0] + hit[0].start("when"), hit[0]["when"]) for i, line in lines
             if (hit := _label(line, i < first_body and roles[i] == META, day_first))]
    # a label alone on its line, its date alone on the next (Input / 2026-01-07 18:25:26)
    for i, line in lines[:-1]:
        if len(line) > 20 or line.rstrip(":：").casefold() not in mk.label_alone:
            continue
        following = lines[i + 1][1]
        hit = _label(f"{line.rstrip(':：')}: {following}", i < first_body, day_first)
        if hit and hit[0].start("when") > len(line) and _date_line(following):
            found.append((i + 1, hit, spans[i + 1][0], following))
    if found:
        _, (_, d), at, text = min(found, key=lambda f: _rank(f[1][0]))
        return _at(art, at, text, d, "label")
    for i, line in lines:
        if roles[i] == FURNITURE and mk.author_card.search(line):
            for j in range(i - 1, max(-1, i - 1 - mk.author_card_window), -1):
                stamp = lines[j][1]
                if mk.timestamp.search(stamp) and (d := parse_when(stamp, day_first)):
                    return _at(art, spans[j][0], stamp, d, "author-card")
    # a date line above the first paragraph of prose (or just below it): navigation
    # and a headline can come before it, but not the article's text
    prose = next((i for i, r in enumerate(roles) if r == BODY and _prose(lines[i][1], mk)),
                 len(roles))
    for i, line in lines[: max(first_body, prose) + 3]:
        if roles[i] == META and (d := parse_when(line, day_first)):
            return _at(art, spans[i][0], line, d, "head-line")
    if prose < len(lines):  # WASHINGTON, 21st October, 2025 (WAM) - ...
        for rx in mk.dateline:
            if (m := rx.match(lines[prose][1])) and (d := parse_when(m["when"])):
                return _at(art, spans[prose][0] + m.start("when"), m["when"], d, "dateline")
    # … the loss of jobs in Malaysia. – October 20, 2023: filed on that day
    last = next((i for i in range(len(roles) - 1, -1, -1) if roles[i] == BODY), None)
    if last is not None and (m := mk.signoff.search(lines[last][1])) and (
            d := parse_when(m["when"])):
        return _at(art, spans[last][0] + m.start("when"), m["when"], d, "sign-off")
    return None


def _chinese(text: str) -> bool:
    """Whether a page is written in Chinese: more Han characters than Latin letters."""
    sample = text[:4000]
    han = len(_HAN.findall(sample))
    return han > len(_LATIN_LETTER.findall(sample))


_HAN = re.compile(r"[\u4e00-\u9fff]")
_LATIN_LETTER = re.compile(r"[A-Za-z]")


def _rank(m: re.Match[str]) -> int:
    """Earlier patterns in furniture.toml win (发布时间 before 更新时间)."""
    mk = markers()
    patterns = mk.published_labelled + mk.published_labelled_head
    return next(k for k, rx in enumerate(patterns) if rx is m.re)


def _at(art: Article, text_start: int, text: str, d: dt.date, via: str) -> Published:
    raw_start, raw_end = art.source.to_raw(text_start, text_start + len(text))
    return Published(d, via, art.source.raw[raw_start:raw_end], raw_start)
