"""Read saved pages (.txt, .md, .html/.htm) into decoded text with offsets.

Every :class:`Source` keeps the decoded file (``raw``) and the plain text the
extractor reads (``text``). For text and Markdown they are the same string; for
HTML, ``text`` is the page's readable text and :meth:`Source.to_raw` maps any
offset in it back to the decoded HTML, so an event always points at the exact
place in the file.
"""

from __future__ import annotations

import bisect
import codecs
import hashlib
import os
import re
import stat
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from html.parser import HTMLParser
from pathlib import Path

from viewer.core.furniture import markers

EXTENSIONS = {".txt": "text", ".text": "text", ".md": "markdown", ".markdown": "markdown",
              ".html": "html", ".htm": "html", ".xhtml": "html"}
MAX_BYTES = 16 * 1024 * 1024  # far above any news page; bigger files are refused


class IngestError(Exception):
    """A file that cannot be read, with a one-sentence reason for people."""


@dataclass
class Source:
    path: Path
    raw: str
    encoding: str
    kind: str  # text | markdown | html
    text: str
    digest: str
    meta: dict[str, str] = field(default_factory=dict)
    # HTML only: sorted text offsets where a piece starts, and for each piece its
    # raw offset, its raw length and whether it maps one to one.
    _piece_text: list[int] = field(default_factory=list, repr=False)
    _piece_raw: list[tuple[int, int, bool]] = field(default_factory=list, repr=False)
    main_ranges: list[tuple[int, int]] = field(default_factory=list)

    def to_raw(self, start: int, end: int) -> tuple[int, int]:
        """Raw offsets of the text span [start, end)."""
        if not self._piece_text:
            return start, end
        return self._raw_at(start, False), self._raw_at(end, True)

    def _raw_at(self, pos: int, is_end: bool) -> int:
        i = bisect.bisect_right(self._piece_text, pos - (1 if is_end else 0)) - 1
        i = max(i, 0)
        t0 = self._piece_text[i]
        r0, rlen, exact = self._piece_raw[i]
        if exact:
            return r0 + min(pos - t0, rlen)
        return r0 + (rlen if is_end else 0)


# -- files and folders ------------------------------------------------------------------


def iter_paths(paths: Iterable[str | os.PathLike[str]]) -> Iterator[tuple[Path, str | None]]:
    """Files to read under ``paths`` (recursively, sorted, symlink loops skipped).

    Yields ``(path, problem)``: problem is None for a readable candidate, or a
    one-sentence reason when a given path cannot be used at all.
    """
    for given in paths:
        p = Path(given)
        if p.is_dir():
            yield from _walk(p)
        elif p.is_file() or p.is_symlink():
            yield p, None
        else:
            yield p, "No such file or folder."


def _walk(root: Path) -> Iterator[tuple[Path, str | None]]:
    seen: set[tuple[int, int]] = set()
    stack = [root]
    while stack:
        folder = stack.pop()
        try:
            st = folder.stat()
        except OSError as exc:
            yield folder, f"Cannot open the folder ({exc.strerror})."
            continue
        if (st.st_dev, st.st_ino) in seen:
            continue  # a symlink loop or a folder linked twice
        seen.add((st.st_dev, st.st_ino))
        try:
            entries = sorted(os.scandir(folder), key=lambda e: e.name)
        except OSError as exc:
            yield folder, f"Cannot list the folder ({exc.strerror})."
            continue
        subdirs = []
        for entry in entries:
            if entry.name.startswith("."):
                continue
            try:
                if entry.is_dir():
                    subdirs.append(Path(entry.path))
                elif Path(entry.name).suffix.lower() in EXTENSIONS:
                    yield Path(entry.path), None
            except OSError:
                yield Path(entry.path), "Cannot tell whether this is a file or a folder."
        stack.extend(reversed(subdirs))


def read_source(path: Path) -> Source:
    """Read and decode one file; raises IngestError with a plain reason."""
    kind = EXTENSIONS.get(path.suffix.lower(), "text")
    try:
        st = path.stat()
        if not stat.S_ISREG(st.st_mode):
            raise IngestError("This is not a regular file (a pipe, device or socket).")
        size = st.st_size
        if size > MAX_BYTES:
            raise IngestError(f"The file is too large for a news page ({size // (1024 * 1024)} MB;"
                              f" the limit is {MAX_BYTES // (1024 * 1024)} MB).")
        data = path.read_bytes()
    except PermissionError:
        raise IngestError("Permission denied: the file cannot be read.") from None
    except IsADirectoryError:
        raise IngestError("This is a folder, not a file.") from None
    except OSError as exc:
        raise IngestError(f"The file cannot be read ({exc.strerror or exc}).") from None
    return source_from_bytes(path, data, kind)


def source_from_bytes(path: Path, data: bytes, kind: str = "text") -> Source:
    if not data.strip():
        raise IngestError("The file is empty.")
    raw, encoding = decode(data, declared=_declared_charset(data) if kind == "html" else None)
    digest = hashlib.sha256(data).hexdigest()
    if kind == "html" or (kind == "text" and _looks_like_html(raw)):
        return _html_source(path, raw, encoding, digest)
    return Source(path, raw, encoding, kind, raw, digest)


def _looks_like_html(raw: str) -> bool:
    head = raw[:2048].lstrip().lower()
    return head.startswith(("<!doctype html", "<html"))


# -- decoding ------------------------------------------------------------------------------

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"),
)


def _declared_charset(data: bytes) -> str | None:
    """The charset an HTML page declares in a <meta> tag near its top, if Python knows it."""
    m = _META_CHARSET.search(data[:4096])
    if not m:
        return None
    try:
        return codecs.lookup(m.group(1).decode("ascii")).name
    except LookupError:
        return None


def decode(data: bytes, declared: str | None = None) -> tuple[str, str]:
    """Decode UTF-8 (BOM or not), UTF-16/32 with BOM, GB18030/GBK or Big5.

    ``declared`` (an HTML page's <meta charset>) is tried first after the BOMs.
    """
    for bom, enc in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(enc), enc
            except UnicodeDecodeError:
                raise IngestError(f"The file starts with a {enc} mark but is not valid {enc}.") from None
    if _is_binary(data):
        raise IngestError("This looks like a binary file, not text.")
    if declared and declared not in ("utf-8", "ascii"):
        try:
            return data.decode(declared), declared
        except UnicodeDecodeError:
            pass
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    candidates = []
    for enc in ("gb18030", "big5hkscs"):
        try:
            text = data.decode(enc)
        except UnicodeDecodeError:
            continue
        candidates.append((_common_ratio(text), enc, text))
    if not candidates:
        raise IngestError("The text encoding is not UTF-8, UTF-16, GB18030/GBK or Big5.")
    _, enc, text = max(candidates, key=lambda c: c[0])
    return text, ("gbk" if enc == "gb18030" and _fits("gbk", text) else enc)


_CONTROLS = bytes(b for b in range(32) if b < 9 or b > 13)  # not tab, newline ... CR


def _is_binary(data: bytes) -> bool:
    sample = data[:8192]
    if b"\x00" in sample:
        return True
    controls = len(sample) - len(sample.translate(None, _CONTROLS))
    return controls > len(sample) // 100 + 2


def _fits(enc: str, text: str) -> bool:
    try:
        text[:4096].encode(enc)
        return True
    except UnicodeEncodeError:
        return False


@lru_cache(maxsize=1)
def _common_han() -> frozenset[str]:
    """Characters in GB2312 or Big5 level 1: the ones real Chinese text mostly uses."""
    common = set()
    for cp in range(0x4E00, 0xA000):
        ch = chr(cp)
        try:
            ch.encode("gb2312")
            common.add(ch)
            continue
        except UnicodeEncodeError:
            pass
        try:
            b = ch.encode("big5")
        except UnicodeEncodeError:
            continue
        if 0xA440 <= int.from_bytes(b, "big") <= 0xC67E:
            common.add(ch)
    return frozenset(common)


def _common_ratio(text: str) -> float:
    sample = text[:20000]
    han = [c for c in sample if "\u4e00" <= c <= "\u9fff"]
    if not han:
        return 0.5
    common = _common_han()
    return sum(c in common for c in han) / len(han)


# -- HTML ----------------------------------------------------------------------------------

_BLOCK = frozenset(["address", "article", "aside", "blockquote", "br", "dd", "div", "dl", "dt", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p", "pre", "section", "table", "tbody", "td", "th", "thead", "tr", "ul"])
_VOID = frozenset(["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr"])
_WS = re.compile(r"[\r\n\t\f\v]")


class _TextParser(HTMLParser):
    def __init__(self, raw: str) -> None:
        super().__init__(convert_charrefs=False)
        self.raw = raw
        self.line_starts = [0] + [m.end() for m in re.finditer("\n", raw)]
        m = markers()
        self.skip_tags = frozenset(m.html_skip_tags)
        self.skip_attr = m.html_skip_attr
        self.main_attr = m.html_main_attr
        self.meta_published = {k.lower() for k in m.html_published_meta}
        self.parts: list[str] = []
        self.piece_text: list[int] = []
        self.piece_raw: list[tuple[int, int, bool]] = []
        self.length = 0
        self.stack: list[tuple[str, bool, bool]] = []  # (tag, skipping, main)
        self.skip_depth = 0
        self.main_depth = 0
        self.main_start: int | None = None
        self.main_ranges: list[tuple[int, int]] = []
        self.meta: dict[str, str] = {}
        self.in_title = False
        self.title_parts: list[str] = []
        self.in_h1 = False
        self.h1_parts: list[str] = []
        self.in_ldjson = False

    def _pos(self) -> int:
        line, col = self.getpos()
        return self.line_starts[line - 1] + col

    def _emit(self, text: str, raw_pos: int, raw_len: int, exact: bool) -> None:
        if not text:
            return
        self.piece_text.append(self.length)
        self.piece_raw.append((raw_pos, raw_len, exact))
        self.parts.append(text)
        self.length += len(text)

    def _newline(self) -> None:
        if self.parts and not self.parts[-1].endswith("\n"):
            self._emit("\n", self._pos(), 0, False)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k.lower(): (v or "") for k, v in attrs}
        if tag == "meta":
            key = (a.get("property") or a.get("name") or a.get("itemprop") or "").lower()
            if key in self.meta_published and a.get("content"):
                self.meta.setdefault("published", a["content"])
            if key in ("og:title", "twitter:title") and a.get("content"):
                self.meta.setdefault("og_title", a["content"])
            return
        if tag == "time" and not self.skip_depth and a.get("datetime"):
            self.meta.setdefault("time", a["datetime"])
        if tag == "script" and "ld+json" in a.get("type", ""):
            self.in_ldjson = True
        if tag in _VOID:
            if tag == "br" and not self.skip_depth:
                self._newline()
            return
        ident = " ".join((a.get("class", ""), a.get("id", ""), a.get("role", "")))
        skipping = tag in self.skip_tags or bool(ident.strip() and self.skip_attr.search(ident))
        main = tag in ("article", "main") or bool(ident.strip() and self.main_attr.search(ident))
        main = main or a.get("itemprop") == "articleBody"
        if main and not self.skip_depth and self.main_depth == 0:
            self._newline()
            self.main_start = self.length
        self.stack.append((tag, skipping, main))
        self.skip_depth += skipping
        self.main_depth += main
        if tag == "title":
            self.in_title = True
        if tag == "h1":
            self.in_h1 = True
        if tag in _BLOCK and not self.skip_depth:
            self._newline()

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self.in_title = False
        if tag == "h1":
            self.in_h1 = False
        if tag == "script":
            self.in_ldjson = False
        if not any(t == tag for t, _, _ in self.stack):
            return
        while self.stack:
            t, skipping, main = self.stack.pop()
            self.skip_depth -= skipping
            self.main_depth -= main
            if main and self.main_depth == 0 and self.main_start is not None:
                self.main_ranges.append((self.main_start, self.length))
                self.main_start = None
            if t == tag:
                break
        if tag in _BLOCK and not self.skip_depth:
            self._newline()

    def handle_data(self, data: str) -> None:
        if self.in_ldjson:
            m = re.search(r'"datePublished"\s*:\s*"([^"]+)"', data)
            if m:
                self.meta.setdefault("ldjson", m.group(1))
            return
        if self.in_title:
            self.title_parts.append(data)
            return
        if self.skip_depth or any(t in ("script", "style") for t, _, _ in self.stack):
            return
        if self.in_h1:
            self.h1_parts.append(data)
        self._emit(_WS.sub(" ", data), self._pos(), len(data), True)

    def _ref(self, text: str, raw_len: int) -> None:
        if self.in_title:
            self.title_parts.append(text)
        elif not self.skip_depth:
            if self.in_h1:
                self.h1_parts.append(text)
            self._emit(text, self._pos(), raw_len, False)

    def _entity(self) -> None:
        """An entity or character reference, decoded from exactly the source text it spans."""
        import html

        pos = self._pos()
        m = _ENTITY.match(self.raw, pos)
        raw = m.group(0) if m else self.raw[pos : pos + 1]
        text = html.unescape(raw).replace("\xa0", " ")
        # &nbsp12 decodes to " 12": the "12" is plain source text and keeps exact offsets
        k = 0
        while k < min(len(raw), len(text)) - 1 and raw[-1 - k] == text[-1 - k]:
            k += 1
        self._ref(text[: len(text) - k], len(raw) - k)
        if k and not self.skip_depth and not self.in_title:
            if self.in_h1:
                self.h1_parts.append(text[len(text) - k :])
            self._emit(text[len(text) - k :], pos + len(raw) - k, k, True)

    def handle_entityref(self, name: str) -> None:
        self._entity()

    def handle_charref(self, name: str) -> None:
        self._entity()


_ENTITY = re.compile(r"&(?:#[0-9]{1,7};?|#[xX][0-9a-fA-F]{1,6};?|[A-Za-z][A-Za-z0-9]{1,31};?)")
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_-]+)""", re.IGNORECASE)


def _html_source(path: Path, raw: str, encoding: str, digest: str) -> Source:
    parser = _TextParser(raw)
    parser.feed(raw)
    parser.close()
    if parser.main_start is not None:
        parser.main_ranges.append((parser.main_start, parser.length))
    meta = dict(parser.meta)
    title = " ".join("".join(parser.title_parts).split())
    h1 = " ".join("".join(parser.h1_parts).split())
    for key, value in (("h1", h1), ("title", title)):
        if value:
            meta[key] = value
    text = "".join(parser.parts)
    src = Source(path, raw, encoding, "html", text, digest, meta,
                 parser.piece_text, parser.piece_raw,
                 [r for r in parser.main_ranges if r[1] - r[0] > 200])
    return src
