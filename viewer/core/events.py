"""Date mentions in an article's body, with their sentence, label and countries."""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from viewer.core import gazetteer as gazetteer_mod
from viewer.core.article import Article, Paragraph
from viewer.core.dates import Dated, scan_each
from viewer.core.grammar import Grammar
from viewer.core.grammar import load as load_grammar
from viewer.core.sentences import clauses, style


@dataclass(slots=True)
class Mention:
    """One date mention in an article's body: the unit every later step works on."""

    article: str
    path: str
    title: str
    published: dt.date | None
    text: str  # the expression exactly as in the decoded file
    offset: int  # its character offset in the decoded file
    rule: str
    start: dt.date | None
    end: dt.date | None
    precision: str
    open_ended: bool
    anchor: str
    countries: list[str]
    country_from: str
    groups: list[str]
    paragraph: int
    sentence: str
    label: str
    text_offset: int  # offset in the article's plain text (differs from offset for HTML)
    text_length: int  # length of the expression in the plain text
    sentence_offset: int  # offset of the sentence in the plain text
    key: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {
            "article": self.article,
            "title": self.title,
            "published": _iso(self.published),
            "text": self.text,
            "offset": self.offset,
            "start": _iso(self.start),
            "end": _iso(self.end),
            "precision": self.precision,
            "open_ended": self.open_ended,
            "anchor": self.anchor,
            "rule": self.rule,
            "countries": self.countries,
            "country_from": self.country_from,
            "groups": self.groups,
            "paragraph": self.paragraph,
            "sentence": self.sentence,
            "label": self.label,
            "key": self.key,
            "text_offset": self.text_offset,
            "text_length": self.text_length,
            "sentence_offset": self.sentence_offset,
        }


def _iso(d: dt.date | None) -> str | None:
    return d.isoformat() if d else None


@lru_cache(maxsize=1)
def _strip_res() -> tuple[re.Pattern[str], re.Pattern[str]]:
    st = style()
    lead = "|".join(re.escape(w) for w in st.strip_leading)
    trail = "|".join(re.escape(w) for w in st.strip_trailing)
    return re.compile(f"^(?:{lead})+"), re.compile(f"(?:{trail})+$")


def _tidy(text: str) -> str:
    """A clause without the filler words at its ends (sentences.toml [label])."""
    lead, trail = _strip_res()
    text = " ".join(text.split())
    text = trail.sub("", lead.sub("", text))
    return text.strip(" ,，、;；:：")


def make_label(original: str, sent: tuple[int, int], dates: list[tuple[int, int]],
               focus: tuple[int, int]) -> str:
    """The clause that carries the date, without its date words (about 40 characters)."""
    st = style()
    chars = list(original)
    for a, b in dates:
        a -= next((len(w) for w in st.swallow_before if original.endswith(w, 0, a)), 0)
        b += next((len(w) for w in st.swallow_after if original.startswith(w, b)), 0)
        for k in range(max(a, sent[0]), min(b, sent[1])):
            chars[k] = "\x00"
    masked = "".join(chars)
    parts = clauses(masked, *sent)
    idx = next((i for i, (a, b) in enumerate(parts) if a <= focus[0] < b + 1), 0)
    pieces = []
    for a, b in parts:
        raw = masked[a:b].replace("\x00", "").strip()
        pieces.append("" if st.skip_clause.search(raw) else _tidy(raw))
    label = pieces[idx] if parts else ""
    k = idx + 1
    while len(label) < st.min_length and k < len(pieces):
        if pieces[k]:
            label = f"{label},{pieces[k]}" if len(label) >= 4 else pieces[k]
        k += 1
    if len(label) < 4:
        prev = next((p for p in reversed(pieces[:idx]) if p), "")
        label = prev or label
    if len(label) > st.max_length:
        label = label[: st.max_length - 1].rstrip(" ,，、") + "…"
    return label


def _key(article: str, text: str, sentence: str, seen: dict[tuple[str, str], int]) -> str:
    """Identity that survives re-extraction: article, text, sentence and occurrence."""
    n = seen.get((text, sentence), 0)
    seen[(text, sentence)] = n + 1
    digest = hashlib.sha1(sentence.encode("utf-8")).hexdigest()[:10]
    return f"{article}#{text}@{digest}:{n}"


def extract_mentions(art: Article, grammar: Grammar | None = None,
                     gazetteer: gazetteer_mod.Gazetteer | None = None) -> list[Mention]:
    """Every date mention in the body of ``art``, in text order."""
    grammar = grammar or load_grammar()
    gaz = gazetteer or gazetteer_mod.default()
    seen: dict[tuple[str, str], int] = {}
    out: list[Mention] = []
    body = art.body
    codes_of: dict[int, list[str]] = {}  # paragraph position -> its countries, when needed

    def para_codes(k: int) -> list[str]:
        if k not in codes_of:
            p = body[k]
            codes_of[k] = gaz.codes(art.folded[p.start : p.end])
        return codes_of[k]

    def fallback(k: int) -> tuple[list[str], str]:
        """Countries of paragraph k, else of the nearest paragraph before it that names one."""
        if para_codes(k):
            return para_codes(k), "paragraph"
        for j in range(k - 1, -1, -1):
            if para_codes(j):
                return para_codes(j), "previous"
        return [], "none"

    texts = [art.folded[p.start : p.end] for p in body]
    for k, (para, folded, dated) in enumerate(
            zip(body, texts, scan_each(texts, art.published_date, grammar))):
        spans = [(d.expr.start, d.expr.end) for d in dated]
        for d in dated:
            out.append(_mention(art, para, folded, d, spans, gaz, lambda k=k: fallback(k), seen))
    return out


def _mention(art: Article, para: Paragraph, folded: str, dated: Dated,
             spans: list[tuple[int, int]], gaz, fallback,
             seen: dict[tuple[str, str], int]) -> Mention:
    expr, value, sent = dated.expr, dated.value, dated.sentence
    codes, groups = gaz.names_in(folded[sent[0] : sent[1]])
    country_from = "sentence"
    if not codes and groups:
        country_from = "none"  # the sentence names a bloc (欧盟, G7): no country to borrow
    elif not codes:
        codes, country_from = fallback()
    groups = sorted(groups)
    original = art.source.text[para.start : para.end]
    in_sentence = [(a, b) for a, b in spans if a >= sent[0] and b <= sent[1]]
    label = make_label(original, sent, in_sentence, (expr.start, expr.end))
    t0, t1 = para.start + expr.start, para.start + expr.end
    r0, r1 = art.source.to_raw(t0, t1)
    text = art.source.raw[r0:r1]
    sentence = original[sent[0] : sent[1]]
    return Mention(
        article=art.id, path=str(art.path), title=art.title, published=art.published_date,
        text=text, offset=r0, rule=expr.rule, start=value.start, end=value.end,
        precision=value.precision, open_ended=value.open_ended, anchor=value.anchor,
        countries=list(codes), country_from=country_from, groups=groups,
        paragraph=para.index, sentence=sentence, label=label, text_offset=t0, text_length=t1 - t0,
        sentence_offset=para.start + sent[0], key=_key(art.id, text, sentence, seen),
    )
