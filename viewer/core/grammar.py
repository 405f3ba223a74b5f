"""Find date expressions in folded text with the rules of resources/grammar.

The grammar is data: ``dates.toml`` holds fragments and rules, ``periods.toml``
the relative and period words. This module compiles them once and returns
:class:`Expression` objects: a span, the rule(s) that matched and the captured
fields. Turning fields into calendar dates is :mod:`viewer.core.resolve`'s job.
"""

from __future__ import annotations

import re
import tomllib
from bisect import bisect_right
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from viewer.core.resources import resource_path
from viewer.core.sentences import split_sentences

_REF = re.compile(r"\{([A-Z_]+)\}")


@dataclass(frozen=True, slots=True)
class Rule:
    id: str
    kind: str
    regex: re.Pattern[str]
    priority: int
    example: str
    requires: tuple[re.Pattern[str], ...] = ()
    has_span: bool = False  # the regex has a group named "span"


@dataclass(frozen=True, slots=True)
class Match:
    """One rule's match: its span in the text and its named groups."""

    rule: str
    kind: str
    start: int
    end: int
    fields: tuple[tuple[str, str], ...]
    priority: int = 0

    def get(self, name: str) -> str | None:
        for key, value in self.fields:
            if key == name:
                return value
        return None


@dataclass(frozen=True, slots=True)
class Expression:
    """A date expression: one match, or two joined into a range."""

    start: int
    end: int
    first: Match
    last: Match | None = None
    open_ended: bool = False

    @property
    def rule(self) -> str:
        if self.last is None:
            return self.first.rule
        return f"range({self.first.rule},{self.last.rule})"


@dataclass(frozen=True)
class Relative:
    """A relative word's meaning (see periods.toml)."""

    unit: str
    shift: int
    anchor: str
    part: str = ""  # "before" / "after": only the days up to / from the anchor day


@dataclass
class Grammar:
    rules: list[Rule]
    relatives: dict[str, Relative]
    year_parts: dict[str, tuple[int, int]]
    month_parts: dict[str, tuple[int, int]]
    months_en: dict[str, int]
    range_re: re.Pattern[str]
    open_after_re: re.Pattern[str]
    open_from_re: re.Pattern[str]
    open_from_alone_re: re.Pattern[str]
    open_until_re: re.Pattern[str]
    clause_breaks: frozenset[str]
    between: re.Pattern[str] = re.compile("(?!)")
    between_and: re.Pattern[str] = re.compile("(?!)")
    context: dict[str, tuple[str, ...]] = field(default_factory=dict)
    future_re: re.Pattern[str] = re.compile("(?!)")
    not_after_relative: re.Pattern[str] = re.compile("(?!)")
    hypothetical: re.Pattern[str] = re.compile("(?!)")
    reported: re.Pattern[str] = re.compile("(?!)")
    reported_before: re.Pattern[str] = re.compile("(?!)")
    not_reported_before: re.Pattern[str] = re.compile("(?!)")
    past_before: re.Pattern[str] = re.compile("(?!)")
    past_after: re.Pattern[str] = re.compile("(?!)")
    topic_before: re.Pattern[str] = re.compile("(?!)")
    generic_before: frozenset[str] = frozenset()
    weekdays: dict[str, int] = field(default_factory=dict)  # name -> 0 (Monday) .. 6
    week_before: dict[str, str] = field(default_factory=dict)  # 上 -> "week-1" ...
    zhou_after: re.Pattern[str] = re.compile("(?!)")  # what may follow a weekday 周X
    holidays: dict[str, tuple[int, int]] = field(default_factory=dict)  # 元旦 -> (1, 1)
    split_day: dict[str, int] = field(default_factory=dict)  # 昨 -> -1 (昨(19)日)
    split_month: dict[str, int] = field(default_factory=dict)  # 上 -> -1 (上(12)月)

    def relative(self, word: str) -> Relative:
        """The meaning of a relative word as matched (any case, any spacing: Last  year)."""
        return self.relatives[" ".join(word.lower().split())]

    # -- finding -----------------------------------------------------------------

    def find(self, text: str) -> list[Expression]:
        """All date expressions in ``text`` (already folded), in text order."""
        return self.find_each([text])[0]

    def find_each(self, texts: list[str]) -> list[list[Expression]]:
        """``find`` of each text (the paragraphs of a page), sharing the requirement checks.

        Each rule's requirements are looked for once in all the texts, and the rule
        runs only on the texts that meet them all.
        """
        joined = "\n".join(texts)  # requirements never match a line break (dates.toml)
        starts = []
        pos = 0
        for text in texts:
            starts.append(pos)
            pos += len(text) + 1
        meeting: dict[str, set[int]] = {}  # requirement -> the texts that meet it
        checked: dict[str, dict[int, bool]] = {}  # ... or, looked for in a few texts only
        candidates: list[list[Match]] = [[] for _ in texts]
        everywhere = range(len(texts))
        for rule in self.rules:
            chosen: set[int] | range = everywhere
            for req in rule.requires:
                if not chosen:
                    break  # an earlier requirement is met nowhere: no need to look for this one
                if req.pattern in meeting:
                    chosen = meeting[req.pattern].intersection(chosen)
                elif chosen is everywhere or 2 * len(chosen) > len(texts):
                    meeting[req.pattern] = _texts_with(req, joined, starts)
                    chosen = meeting[req.pattern].intersection(chosen)
                else:  # an earlier requirement left a few texts: look in those alone
                    seen = checked.setdefault(req.pattern, {})
                    for i in chosen:
                        if i not in seen:
                            seen[i] = req.search(texts[i]) is not None
                    chosen = {i for i in chosen if seen[i]}
            for i in chosen:
                candidates[i].extend(self._matches(rule, texts[i]))
        return [self._compose(text, _longest_first(found))
                for text, found in zip(texts, candidates)]

    def _matches(self, rule: Rule, text: str):
        for m in rule.regex.finditer(text):
            start, end = m.span("span") if rule.has_span else m.span()
            if start == end:
                continue
            fields = tuple((k, v) for k, v in m.groupdict().items() if v and k != "span")
            match = Match(rule.id, rule.kind, start, end, fields, rule.priority)
            if self._plausible(match, text):
                yield match

    def _plausible(self, m: Match, text: str) -> bool:
        """Context checks that cancel counts, durations and generic words."""
        ctx = self.context
        before, after = text[max(0, m.start - 4) : m.start], text[m.end : m.end + 4]
        keys = {k for k, _ in m.fields}
        if m.kind == "date":
            if keys == {"y"} and (before.endswith(ctx["not_before_year"])
                                  or after.startswith(ctx["not_after_year"])):
                return False
            if "y" not in keys and before.endswith(ctx["not_before_number"]):
                return False  # a count or a recurrence: 连续7日, 每年的3月15日
            if keys == {"d"} and after.startswith(ctx["not_after_day"]):
                return False
            return _valid_fields(m)
        if m.kind == "year_range":
            y, y2 = m.get("y"), m.get("y2")
            # 2019-23 is years; 2025-10 a month (the second no later than the first)
            return not (y2 and len(y2) == 2 and y2.isdigit() and y[-2:].isdigit()
                        and int(y2) <= int(y[-2:]))
        if m.kind == "weekday":
            if before.endswith("(") and _DATE_BEFORE.search(text, max(0, m.start - 8),
                                                           m.start - 1):
                return False  # 2025年10月9日(星期四): the date's own weekday, not another day
            wd = m.get("wd")
            # 周 is also a surname: 周一鸣 is a name, 周四表示 and 周四(10/30) are days
            return not (wd.startswith("周") and m.get("wk") is None and m.get("d") is None
                        and not self.zhou_after.match(text, m.start + len(wd)))
        if m.kind == "relative":
            rel = self.relative(m.get("rel"))
            if self.not_after_relative.match(text, m.end):
                return False  # an age: 今年58岁
            if _in_title(text, m.start) or _in_name(text, m.start, m.get("rel")):
                return False  # 《今日美国》, Japan Today: a newspaper, not a day
            if rel.anchor == "context" and self.hypothetical.search(
                    text, _sentence_start(text, m.start), m.start):
                return False  # 如果…当天签订的订单,次日补料: no day in particular
            if (
                rel.unit == "day"
                and rel.shift == 0
                and rel.anchor == "publication"
                and before[-1:] in self.generic_before
            ):
                return False
        return True

    def _compose(self, text: str, matches: list[Match]) -> list[Expression]:
        out: list[Expression] = []
        i = 0
        while i < len(matches):
            first = matches[i]
            last = None
            end = first.end
            if i + 1 < len(matches):
                nxt = matches[i + 1]
                gap = text[first.end : nxt.start]
                if gap and self._can_join(first, nxt) and (
                        self.range_re.fullmatch(gap) or (
                            self.between_and.fullmatch(gap)
                            and self.between.search(text, max(0, first.start - 10), first.start))):
                    last, end = nxt, nxt.end
                    i += 1
            open_ended = False
            tail = self.open_after_re.match(text, end)
            if tail:
                end, open_ended = tail.end(), True
            else:
                head = text[max(0, first.start - 16) : first.start]  # (since at least )
                if self.open_from_alone_re.search(head):
                    open_ended = True
                elif self.open_from_re.search(head):
                    # 自…以来: the closing word must come before the next date, or it is that
                    # date's own (自10月9日宣布、12月1日起施行)
                    clause = self.clause_after(text, end)
                    if i + 1 < len(matches) and matches[i + 1].start - end < len(clause):
                        clause = clause[: matches[i + 1].start - end]
                    open_ended = bool(self.open_until_re.search(clause))
            out.append(Expression(first.start, end, first, last, open_ended))
            i += 1
        return out

    def _can_join(self, a: Match, b: Match) -> bool:
        """Whether two matches can be the ends of one range (a connector between them)."""
        if a.kind == "relative":  # 即日起至2026年11月10日 (or 至11月10日): a relative day to a date
            return (self.relative(a.get("rel")).unit == "day" and b.kind in ("date", "english")
                    and b.get("d") is not None and (b.get("y") is not None or b.get("m")
                                                    is not None or b.get("mon") is not None))
        if a.kind == b.kind == "month_part":  # 9月下旬至10月上旬, the second no 明年…
            return a.get("m") is not None and b.get("m") is not None and b.get("rel") is None
        if a.kind == b.kind == "year_part":  # 2024年底至2025年初: both years named
            return a.get("y") is not None and b.get("y") is not None
        return _joinable(a, b)

    # -- helpers used by resolution --------------------------------------------------

    def clause_after(self, text: str, pos: int) -> str:
        end = pos
        while end < len(text) and text[end] not in self.clause_breaks:
            end += 1
        return text[pos:end]

    def clause_start(self, text: str, pos: int) -> int:
        """Where the clause holding ``pos`` begins (after the last clause break before it)."""
        begin = pos
        while begin > 0 and text[begin - 1] not in self.clause_breaks:
            begin -= 1
        return begin

    def said_before(self, text: str, start: int) -> bool:
        """A verb of saying or a past participle right before the date (announced in …),
        with no future word shortly before it (will be officially released in …)."""
        said = self.reported_before.search(text, max(0, start - 30), start)
        return bool(said) and not self.not_reported_before.search(
            text, max(0, said.start() - 30), said.start())

    def points_to_future(self, text: str, start: int, end: int) -> bool:
        """A future marker in the clause before the date, or just after it (将于3月1日,
        3月1日起实施). The caller has checked said_before: after said or announced in,
        the date is past whatever the clause's tense."""
        begin = self.clause_start(text, start)
        if "." in text[begin:start]:  # an English full stop ends a sentence, not an abbreviation
            begin = max(begin, _sentence_start(text, start))
        if (self.past_before.search(text, max(0, start - 6), start)
                or self.past_after.match(text[end:end + 40])):
            return False  # 已于9月15日开始实施; 从4月5日开始执行…,至今已半年
        after = self.clause_after(text, end)[:8]
        if said := self.reported.search(after):
            after = after[:said.start()]  # 1月宣布将强化: the future is what was said
        return bool(self.future_re.search(text[begin:start])) or bool(
            self.future_re.search(text[start:end] + after))

    def topic_future(self, text: str, start: int, end: int) -> bool:
        """A date that opens its clause, set off by a comma, with a future marker early in
        the clause after it (12月1日起,中国将实施…; On Dec. 1, China will…).

        A weak sign (the marker may be the clause's own: 12月1日,机构预计价格将上涨), so the
        caller takes the future reading only when it falls soon after publication.
        """
        begin = self.clause_start(text, start)
        after = self.clause_after(text, end)
        comma = end + len(after)
        if not (len(after) <= 2 and text[comma:comma + 1] in (",", "，")
                and self.topic_before.fullmatch(text, begin, start)):
            return False
        nxt = self.clause_after(text, comma + 1)[:12]  # the next clause only
        if said := self.reported.search(nxt):
            nxt = nxt[:said.start()]  # 12月1日,商务部宣布将…: when it was said
        return bool(self.future_re.search(nxt))


# -- selection -----------------------------------------------------------------------


# the end of a date right before a bracket: 10月9日 (, 9号, 2025-10-09; not 3200点)
_DATE_BEFORE = re.compile(r"(?:[日号]|\d[-/.]\d{1,2})[ \t]*$")
def _sentence_start(text: str, pos: int) -> int:
    """Where the sentence holding ``pos`` begins (sentences.split_sentences)."""
    return max((a for a, _ in split_sentences(text) if a <= pos), default=0)


def _in_title(text: str, pos: int) -> bool:
    """Whether ``pos`` is inside 《…》 (a book, paper or programme title)."""
    return text.rfind("《", 0, pos) > text.rfind("》", 0, pos)


_CAPITALISED_WORD_BEFORE = re.compile(r"[A-Z][\w.&'-]*[ \t]+$")


def _in_name(text: str, pos: int, word: str) -> bool:
    """A capitalised English word right after another (Japan Today, USA Today): a name."""
    return word[:1].isupper() and bool(_CAPITALISED_WORD_BEFORE.search(text, max(0, pos - 40),
                                                                        pos))


def _texts_with(pattern: re.Pattern[str], joined: str, starts: list[int]) -> set[int]:
    """Indices of the texts (joined, starting at ``starts``) in which ``pattern`` is found."""
    found = set()
    m = pattern.search(joined)
    while m:
        i = bisect_right(starts, m.start()) - 1
        found.add(i)
        if i + 1 == len(starts):
            break
        m = pattern.search(joined, starts[i + 1])
    return found


def _longest_first(candidates: list[Match]) -> list[Match]:
    """Non-overlapping matches, longest (then highest priority, then leftmost) first."""
    ranked = sorted(candidates, key=lambda m: (m.start - m.end, -m.priority, m.start))
    taken: list[Match] = []
    occupied: list[tuple[int, int]] = []
    for m in ranked:
        if any(m.start < e and s < m.end for s, e in occupied):
            continue
        occupied.append((m.start, m.end))
        taken.append(m)
    taken.sort(key=lambda m: m.start)
    return taken


def _joinable(a: Match, b: Match) -> bool:
    """Two dates can form a range when the second is no coarser a date than the first."""
    if a.kind != b.kind or a.kind not in ("date", "english"):
        return False
    keys_a = {k for k, _ in a.fields}
    keys_b = {k for k, _ in b.fields}
    # 12月8日至12日: the second may omit the leading fields the first gives.
    return bool(keys_b) and (keys_b <= keys_a or keys_a <= keys_b)


_MAX_DAY = (0, 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def _valid_fields(m: Match) -> bool:
    from viewer.core.numerals import parse_number

    month = m.get("m")
    day = m.get("d")
    mv = parse_number(month) if month else None
    dv = parse_number(day) if day else None
    if month is not None and (mv is None or not 1 <= mv <= 12):
        return False
    if day is not None and (dv is None or not 1 <= dv <= 31):
        return False
    if mv and dv and dv > _MAX_DAY[mv]:
        return False
    year = m.get("y")
    return year is None or parse_number(year) is not None


# -- loading -------------------------------------------------------------------------


def _alternation(words: list[str], not_followed_by: list[str] | None = None) -> str:
    return "(?:" + "|".join(_alternatives(words, not_followed_by)) + ")"


def _alternatives(words: list[str], not_followed_by: list[str] | None = None) -> list[str]:
    """One regex per word, longest first, each with the tail that keeps it from matching
    before any of ``not_followed_by``."""
    tail = ""
    if not_followed_by:
        tail = "(?!" + "|".join(re.escape(w) for w in not_followed_by) + ")"
    return [re.escape(w).replace(r"\ ", r"[ \t]+") + tail
            for w in sorted(set(words), key=lambda w: (-len(w), w))]


def _expand(pattern: str, fragments: dict[str, str], depth: int = 0) -> str:
    if depth > 10:
        raise ValueError(f"fragment references nest too deep in {pattern!r}")

    def sub(m: re.Match[str]) -> str:
        name = m.group(1)
        if name not in fragments:
            raise KeyError(f"unknown grammar fragment {{{name}}}")
        return _expand(fragments[name], fragments, depth + 1)

    return _REF.sub(sub, pattern)


def _load_toml(name: str) -> dict[str, Any]:
    with resource_path("grammar", name).open("rb") as fh:
        return tomllib.load(fh)


def _entry_alternation(entries: list[dict[str, Any]], key: str = "words") -> str:
    # one flat alternation (not one group per entry): the regex engine can then skip
    # quickly to the characters that start a word
    return "(?:" + "|".join(
        alt for e in entries if e.get(key) for alt in _alternatives(e[key], e.get("not_followed_by"))
    ) + ")"


@lru_cache(maxsize=1)
def load() -> Grammar:
    """The compiled grammar (loaded once per process)."""
    dates = _load_toml("dates.toml")
    periods = _load_toml("periods.toml")

    relatives: dict[str, Relative] = {}
    for entry in periods["relative"]:
        for word in entry["words"]:
            relatives[word.lower()] = Relative(entry["unit"], entry["shift"], entry["anchor"],
                                               entry.get("part", ""))
    zh_rel = [dict(e, words=[w for w in e["words"] if not w.isascii()]) for e in periods["relative"]]
    en_rel = [dict(e, words=[w for w in e["words"] if w.isascii()]) for e in periods["relative"]]
    year_parts: dict[str, tuple[int, int]] = {}
    for entry in periods["year_part"]:
        for word in entry["words"] + entry.get("suffixes", []) + entry.get("words_en", []):
            year_parts[word] = (entry["first"], entry["last"])
    month_parts = {
        w: (e["first"], e["last"]) for e in periods["month_part"]
        for w in e["words"] + e.get("words_en", [])
    }
    months_en = {k.lower(): v for k, v in periods["months_en"].items()}
    weekday = periods["weekday"]
    weekdays = dict(weekday["names"])
    week_before = {k.lower(): v for k, v in weekday["before"].items()}
    month_words = [w.capitalize() for w in months_en] + [w.upper() for w in months_en]

    fragments = dict(dates["fragments"])
    fragments.update(
        YEAR_PART=_entry_alternation(periods["year_part"]),
        YEAR_PART_SUFFIX=_entry_alternation(periods["year_part"], "suffixes"),
        MONTH_PART=_entry_alternation(periods["month_part"]),
        YEAR_PART_EN=_entry_alternation(periods["year_part"], "words_en"),
        MONTH_PART_EN=_entry_alternation(periods["month_part"], "words_en"),
        RELATIVE_YEAR=_entry_alternation([e for e in zh_rel if e["unit"] == "year"]),
        RELATIVE_MONTH=_entry_alternation([e for e in zh_rel if e["unit"] == "month"]),
        RELATIVE_ZH=_entry_alternation(zh_rel),
        RELATIVE_EN=_entry_alternation(en_rel),
        MONTH_EN=_alternation(month_words),
        MONTH_EN_FULL=_alternation([f(w) for w in months_en if len(w) > 3 or w == "may"
                                    for f in (str.capitalize, str.upper)]),
        HOLIDAY=_alternation(list(periods.get("holidays", {}))),
        SPLIT_DAY=_alternation([w for w in periods["split"]["day"] if len(w) == 1]),
        SPLIT_DAY_WORD=_alternation([w for w in periods["split"]["day"] if len(w) > 1]),
        SPLIT_MONTH=_alternation(list(periods["split"]["month"])),
        WEEKDAY_ZH=_alternation([w for w in weekdays if not w.isascii()],
                                weekday.get("not_followed_by")),
        WEEKDAY_EN=_alternation([w for w in weekdays if w.isascii()]),
        WEEK_BEFORE_ZH=_alternation([w for w in weekday["before"] if not w.isascii()]),
        WEEK_BEFORE_EN="(?i:" + _alternation([w for w in weekday["before"] if w.isascii()]) + ")",
    )
    rules = []
    seen: set[str] = set()
    for spec in dates["rule"]:
        if spec["id"] in seen:
            raise ValueError(f"duplicate grammar rule id {spec['id']}")
        seen.add(spec["id"])
        regex = re.compile(_expand(spec["pattern"], fragments))
        requires = spec.get("requires", [])
        requires = [requires] if isinstance(requires, str) else requires
        rules.append(Rule(spec["id"], spec["kind"], regex, spec["priority"], spec["example"],
                          tuple(re.compile(_expand(r, fragments)) for r in requires),
                          "span" in regex.groupindex))

    conn = dates["connectors"]
    return Grammar(
        rules=rules,
        relatives=relatives,
        year_parts=year_parts,
        month_parts=month_parts,
        months_en=months_en,
        range_re=re.compile(conn["range"]),
        open_after_re=re.compile(conn["open_after"]),
        open_from_re=re.compile(conn["open_from"]),
        open_from_alone_re=re.compile(conn["open_from_alone"]),
        open_until_re=re.compile(conn["open_until"]),
        clause_breaks=frozenset(conn["clause_breaks"]),
        between=re.compile(conn["between"]),
        between_and=re.compile(conn["between_and"]),
        context={k: tuple(v) for k, v in dates["context"].items() if isinstance(v, list)},
        future_re=re.compile(dates["context"]["future_markers"]),
        not_after_relative=re.compile(dates["context"]["not_after_relative"]),
        hypothetical=re.compile(dates["context"]["hypothetical"]),
        reported=re.compile(dates["context"]["reported"]),
        reported_before=re.compile(dates["context"]["reported_before"]),
        not_reported_before=re.compile(dates["context"]["not_reported_before"]),
        past_before=re.compile(dates["context"]["past_before"]),
        past_after=re.compile(dates["context"]["past_after"]),
        topic_before=re.compile(dates["context"]["topic_before"]),
        generic_before=frozenset(periods["generic_before"]),
        weekdays=weekdays,
        week_before=week_before,
        holidays={k: tuple(v) for k, v in periods.get("holidays", {}).items()},
        split_day=dict(periods["split"]["day"]),
        split_month=dict(periods["split"]["month"]),
        zhou_after=re.compile(r"[^\u3400-\u9fff]|$|" + _alternation(weekday["zhou_followers"])),
    )
