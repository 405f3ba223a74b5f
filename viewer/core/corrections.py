"""An analyst's corrections, kept in a project file that survives re-extraction.

Corrections are keyed to the source text, never to list positions: an edit or
a hidden event names its mention by ``Mention.key`` (article, date expression,
a digest of its sentence, occurrence), an added event names its article and the
paragraph's text, a publication date names the article. Re-extracting the same
pages finds the same keys, so the corrections apply again.

The project file is JSON with a schema version. It is written atomically
(temporary file, flush, fsync, rename), so a process killed at any moment leaves
the old file or the new one. A file that cannot be read, or one written by a
newer version, is reported and kept: it is copied aside before anything new is
written, and a newer one is never written over.
"""

from __future__ import annotations

import contextlib
import copy
import datetime as dt
import hashlib
import json
import os
import shutil
import tempfile
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path
from typing import Any

from viewer.core.events import Mention
from viewer.core.files import usual_mode

SCHEMA = 1
FORMAT = "rare-earth-timeline corrections"
PROJECT_NAME = ".timeline-project.json"


class ProjectError(Exception):
    """A project file that cannot be used, with a plain reason."""

    def __init__(self, reason: str, newer: bool = False) -> None:
        super().__init__(reason)
        self.newer = newer  # written by a newer version: never write over it


@dataclass
class Edit:
    """Changes to one extracted mention (None: keep what was extracted)."""

    start: str | None = None  # YYYY-MM-DD
    end: str | None = None
    precision: str | None = None
    label: str | None = None
    countries: list[str] | None = None
    hidden: bool = False


@dataclass
class Added:
    """An event the analyst added on a paragraph."""

    id: str
    article: str
    paragraph_digest: str  # sha1 of the paragraph's text, to find it again
    text: str  # the words it was made from (shown highlighted)
    start: str
    end: str
    precision: str
    label: str
    countries: list[str] = field(default_factory=list)


@dataclass
class Corrections:
    edits: dict[str, Edit] = field(default_factory=dict)  # Mention.key -> Edit
    added: list[Added] = field(default_factory=list)
    published: dict[str, str] = field(default_factory=dict)  # article id -> YYYY-MM-DD

    def add(self, added: Added) -> None:
        """Add an event; one with the same id (the same words, paragraph and date) is replaced,
        never doubled."""
        self.added = [a for a in self.added if a.id != added.id] + [added]

    def is_empty(self) -> bool:
        return not (self.edits or self.added or self.published)

    def orphans(self, mentions: list[Mention]) -> list[str]:
        """Keys of edits whose mention is no longer extracted (its sentence changed)."""
        if not self.edits:
            return []
        keys = {m.key for m in mentions}
        return sorted(k for k in self.edits if k not in keys)

    def published_date(self, article: str) -> dt.date | None:
        value = self.published.get(article)
        return dt.date.fromisoformat(value) if value else None

    # -- applying ----------------------------------------------------------------------------

    def apply(self, mentions: list[Mention], paragraphs=None) -> list[Mention]:
        """The mentions as the analyst wants them: edited, without hidden ones, plus added ones.

        ``paragraphs(article_id)`` returns (index, start, text) of the article's body
        paragraphs; it is needed to place added events and may be None when there are none.
        """
        out = []
        for m in mentions:
            e = self.edits.get(m.key)
            if e is None:
                out.append(m)
                continue
            if e.hidden:
                continue
            out.append(_edited(m, e))
        for a in self.added:
            m = self._added_mention(a, mentions, paragraphs)
            if m is not None:
                out.append(m)
        return out

    def _added_mention(self, a: Added, mentions, paragraphs) -> Mention | None:
        template = next((m for m in mentions if m.article == a.article), None)
        if paragraphs is None:
            return None
        found = next(((i, s, t) for i, s, t in paragraphs(a.article)
                      if digest(t) == a.paragraph_digest), None)
        if found is None:
            return None  # the paragraph is gone from the page
        index, start, text = found
        at = max(text.find(a.text), 0) if a.text else 0
        return Mention(
            article=a.article, path=template.path if template else "",
            title=template.title if template else a.article,
            published=template.published if template else None, text=a.text, offset=-1,
            rule="manual", start=dt.date.fromisoformat(a.start), end=dt.date.fromisoformat(a.end),
            precision=a.precision, open_ended=False, anchor="explicit", countries=list(a.countries),
            country_from="sentence", groups=[], paragraph=index, sentence=text, label=a.label,
            text_offset=start + at, text_length=len(a.text), sentence_offset=start, key=a.id)

    # -- files -------------------------------------------------------------------------------

    def to_json(self) -> dict[str, Any]:
        return {
            "format": FORMAT,
            "schema": SCHEMA,
            "edits": {k: {f: v for f, v in asdict(e).items() if v not in (None, False)}
                      for k, e in sorted(self.edits.items())},
            "added": [asdict(a) for a in self.added],
            "published": dict(sorted(self.published.items())),
        }

    @classmethod
    def from_json(cls, data: Any) -> Corrections:
        if not isinstance(data, dict) or data.get("format") != FORMAT:
            raise ProjectError("it is not a corrections file of this program")
        schema = data.get("schema")
        if not isinstance(schema, int):
            raise ProjectError("it has no schema version")
        if schema > SCHEMA:
            raise ProjectError(f"it was written by a newer version (schema {schema}; this "
                               f"program reads up to {SCHEMA})", newer=True)
        try:
            edits = {str(k): Edit(**v) for k, v in data.get("edits", {}).items()}
            added = [Added(**a) for a in data.get("added", [])]
            published = {str(k): str(dt.date.fromisoformat(v))
                         for k, v in data.get("published", {}).items()}
            for e in edits.values():
                for d in (e.start, e.end):
                    if d is not None:
                        dt.date.fromisoformat(d)
        except (TypeError, ValueError) as exc:
            raise ProjectError(f"an entry is malformed ({exc})") from None
        return cls(edits, added, published)


def digest(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:16]


def _edited(m: Mention, e: Edit) -> Mention:
    changes: dict[str, Any] = {"anchor": "explicit" if (e.start or e.end) else m.anchor,
                               "rule": m.rule if m.rule.endswith("+edited") else m.rule + "+edited"}
    if e.start:
        changes["start"] = dt.date.fromisoformat(e.start)
    if e.end:
        changes["end"] = dt.date.fromisoformat(e.end)
    if e.precision:
        changes["precision"] = e.precision
    if e.label is not None:
        changes["label"] = e.label
    if e.countries is not None:
        changes["countries"] = list(e.countries)
        changes["country_from"] = "sentence"
    new = replace(m, **changes)
    if new.start and new.end and new.end < new.start:
        new = replace(new, end=new.start)
    return new


# -- the project file ------------------------------------------------------------------------


def project_path(paths: list[str], fallback_dir: Path) -> Path:
    """Where a corpus's corrections live: beside it when writable, else in ``fallback_dir``.

    A single folder keeps them in the folder; anything else (files, several
    folders, a read-only folder) in ``fallback_dir``, named after the corpus.
    """
    if len(paths) == 1 and Path(paths[0]).is_dir():
        beside = Path(paths[0]) / PROJECT_NAME
        # a file already there is this corpus's project, even if the folder became read-only
        if beside.exists() or os.access(paths[0], os.W_OK):
            return beside
    key = hashlib.sha1("\n".join(sorted(str(Path(p).resolve()) for p in paths)).encode())
    return Path(fallback_dir) / f"project-{key.hexdigest()[:16]}.json"


def load(path: Path) -> Corrections:
    """The corrections in ``path`` (none when the file does not exist); ProjectError if unusable."""
    try:
        raw = Path(path).read_bytes()
    except FileNotFoundError:
        return Corrections()
    except IsADirectoryError:
        raise ProjectError("it is a folder, not a file", newer=True) from None
    except OSError as exc:
        raise ProjectError(f"it cannot be read ({exc.strerror})", newer=True) from None
    try:
        data = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        raise ProjectError("it is not valid JSON (damaged or cut short)") from None
    return Corrections.from_json(data)


def keep_aside(path: Path) -> Path | None:
    """Copy an unusable project file next to itself, under a name that says so.

    Returns the copy (an existing identical copy is reused), or None when the
    file cannot even be copied (a folder, no permission): it is then left alone.
    """
    try:
        data = Path(path).read_bytes()
    except OSError:
        return None
    stamp = 1
    while True:
        backup = Path(f"{path}.unreadable-{stamp}")
        if not backup.exists():
            try:
                shutil.copy2(path, backup)
            except OSError:
                return None
            return backup
        with contextlib.suppress(OSError):
            if backup.read_bytes() == data:
                return backup
        stamp += 1


def save(path: Path, corrections: Corrections) -> None:
    """Write atomically: a temporary file beside it, flushed and synced, then renamed."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    data = json.dumps(corrections.to_json(), ensure_ascii=False, indent=1).encode("utf-8")
    fd, tmp = tempfile.mkstemp(prefix=path.name + ".", suffix=".tmp", dir=path.parent)
    try:
        os.fchmod(fd, usual_mode())  # readable like any file saved here, not 0600
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    try:
        dir_fd = os.open(path.parent, os.O_RDONLY)
        try:
            os.fsync(dir_fd)
        finally:
            os.close(dir_fd)
    except OSError:
        pass  # some file systems cannot sync a folder; the rename is still atomic


class History:
    """Undo and redo of changes to the corrections.

    Each change is kept as the corrections before and after it (small: a few KB
    each). Undo puts back, in the corrections as they are now, only the entries that
    change touched; everything else stays, so undoing in one window never takes back
    what another window saved on the same project in between (the caller passes the
    corrections as saved, see ``undo``).
    """

    def __init__(self, current: Corrections) -> None:
        self.current = current
        self._undo: list[tuple[Corrections, Corrections]] = []  # (before, after)
        self._redo: list[tuple[Corrections, Corrections]] = []

    def change(self, apply) -> Corrections:
        """Run ``apply(corrections)`` on a copy, keep the change for undo."""
        new = copy.deepcopy(self.current)
        apply(new)
        self._undo.append((self.current, new))
        self._redo.clear()
        self.current = new
        return new

    def can_undo(self) -> bool:
        return bool(self._undo)

    def can_redo(self) -> bool:
        return bool(self._redo)

    def undo(self, now: Corrections | None = None) -> Corrections:
        """Take back the last change in ``now`` (default: the current corrections)."""
        return self._step(self._undo, self._redo, now, back=True)

    def redo(self, now: Corrections | None = None) -> Corrections:
        """Make the last undone change again in ``now`` (default: the current corrections)."""
        return self._step(self._redo, self._undo, now, back=False)

    def _step(self, take: list, give: list, now: Corrections | None, back: bool) -> Corrections:
        """Move the newest change from ``take`` to ``give`` and apply it, backwards or not."""
        if take:
            before, after = take.pop()
            give.append((before, after))
            old, new = (after, before) if back else (before, after)
            self.current = _moved(self.current if now is None else now, old, new)
        return self.current


def _moved(now: Corrections, old: Corrections, new: Corrections) -> Corrections:
    """``now`` with every entry that differs between ``old`` and ``new`` set as in ``new``."""
    out = copy.deepcopy(now)
    for mine, theirs_old, theirs_new in ((out.edits, old.edits, new.edits),
                                         (out.published, old.published, new.published)):
        for key in theirs_old.keys() | theirs_new.keys():
            if theirs_old.get(key) != theirs_new.get(key):
                if key in theirs_new:
                    mine[key] = copy.deepcopy(theirs_new[key])
                else:
                    mine.pop(key, None)
    olds = {a.id: a for a in old.added}
    news = {a.id: a for a in new.added}
    touched = {i for i in olds.keys() | news.keys() if olds.get(i) != news.get(i)}
    kept = [a for a in out.added if a.id not in touched]
    out.added = kept + [copy.deepcopy(a) for a in new.added if a.id in touched]
    return out


def default_data_dir() -> Path:
    """Where corrections of read-only or multi-path corpora go (XDG data home, as Qt does)."""
    base = os.environ.get("XDG_DATA_HOME") or os.path.join(os.path.expanduser("~"), ".local",
                                                            "share")
    return Path(base) / "RareEarthTimeline" / "viewer"


def corrected(corpus, corrections: Corrections) -> list[Mention]:
    """The corpus's mentions with ``corrections`` applied.

    Articles given a publication date are extracted again with it, so their
    partial dates resolve against it; edits, hidden events and added events follow.
    The articles' own dates follow too: an article whose date was given before and
    is no longer (an undo) gets its extracted date back.
    """
    from viewer.core.pipeline import extract_one, load_article

    infos = {a.id: a for a in corpus.articles}
    for article in [a for a in corpus.extracted_dates if a not in corrections.published]:
        if article in infos:
            infos[article].published, infos[article].published_via = \
                corpus.extracted_dates[article]
        del corpus.extracted_dates[article]
    if corrections.is_empty():
        return corpus.mentions
    mentions = list(corpus.mentions)
    for article, when in corrections.published.items():
        info = infos.get(article)
        if info is None:
            continue
        result = extract_one(info.path, article, dt.date.fromisoformat(when))
        if isinstance(result, tuple):
            corpus.extracted_dates.setdefault(article, (info.published, info.published_via))
            info.published, info.published_via = result[0].published, "user"
            mentions = [m for m in mentions if m.article != article] + result[1]

    def paragraphs(article: str):
        info = infos.get(article)
        if info is None:
            return []
        try:
            art = load_article(info.path, article)
        except Exception:  # noqa: BLE001 - a page that cannot be read again has no paragraphs
            return []
        return [(p.index, p.start, p.text) for p in art.body]

    return corrections.apply(mentions, paragraphs if corrections.added else None)
