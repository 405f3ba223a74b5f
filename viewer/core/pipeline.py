"""From paths to a corpus: read, segment and extract every article.

``extract_file`` is a plain top-level function of picklable inputs and outputs,
so a process pool can run it; ``extract_paths`` runs it over files and folders
and collects what could not be read as :class:`Problem` records.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from viewer.core.article import Article, segment
from viewer.core.events import Mention, extract_mentions
from viewer.core.ingest import IngestError, iter_paths, read_source
from viewer.core.resources import resource_path

EXTRACTOR_VERSION = "4"  # bump whenever extraction code changes what it returns


@lru_cache(maxsize=1)
def extractor_version() -> str:
    """EXTRACTOR_VERSION plus a digest of the rules in resources/: new rules, new results."""
    h = hashlib.sha256(EXTRACTOR_VERSION.encode())
    root = resource_path()
    for path in sorted(root.rglob("*")):
        if path.is_file() and path.suffix in (".toml", ".tsv"):
            h.update(path.relative_to(root).as_posix().encode())
            h.update(path.read_bytes())
    return f"{EXTRACTOR_VERSION}-{h.hexdigest()[:12]}"


@dataclass(frozen=True, slots=True)
class Problem:
    path: str
    reason: str

    def __str__(self) -> str:
        return f"{self.path}: {self.reason}"


@dataclass(slots=True)
class ArticleInfo:
    """What the rest of the app keeps of an article (its text stays in the file)."""

    id: str
    path: str
    title: str
    title_found: bool
    published: dt.date | None
    published_via: str | None
    published_text: str | None
    published_offset: int | None
    encoding: str
    kind: str
    digest: str
    body_paragraphs: int
    mentions: int = 0


@dataclass
class Corpus:
    articles: list[ArticleInfo] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    cancelled: bool = False  # loading stopped before every file was read
    # article id -> (published, published_via) as extracted, while the analyst's date stands
    extracted_dates: dict[str, tuple[dt.date | None, str | None]] = field(default_factory=dict)

    def add(self, result: tuple[ArticleInfo, list[Mention]] | Problem) -> None:
        if isinstance(result, Problem):
            self.problems.append(result)
        else:
            self.articles.append(result[0])
            self.mentions.extend(result[1])

    def article(self, article_id: str) -> ArticleInfo | None:
        return next((a for a in self.articles if a.id == article_id), None)


def info(art: Article, n_mentions: int) -> ArticleInfo:
    pub = art.published
    return ArticleInfo(
        id=art.id, path=str(art.path), title=art.title, title_found=art.title_found,
        published=pub.date if pub else None, published_via=pub.via if pub else None,
        published_text=pub.text if pub else None, published_offset=pub.offset if pub else None,
        encoding=art.source.encoding, kind=art.source.kind, digest=art.source.digest,
        body_paragraphs=len(art.body), mentions=n_mentions,
    )


def load_article(path: str | Path, article_id: str | None = None,
                 published: dt.date | None = None) -> Article:
    """Read and segment one file (raises IngestError)."""
    path = Path(path)
    return segment(article_id or path.name, read_source(path), published)


def extract_file(path: str, article_id: str, published: dt.date | None = None
                 ) -> tuple[ArticleInfo, list[Mention]]:
    """Read one file and extract its mentions (raises IngestError)."""
    art = load_article(path, article_id, published)
    mentions = extract_mentions(art)
    return info(art, len(mentions)), mentions


def extract_one(path: str, article_id: str, published: dt.date | None = None
                ) -> tuple[ArticleInfo, list[Mention]] | Problem:
    """Like extract_file, but a file that cannot be read is a Problem, never an exception."""
    try:
        return extract_file(path, article_id, published)
    except IngestError as exc:
        return Problem(str(path), str(exc))
    except Exception as exc:  # noqa: BLE001 - one bad file must not stop a corpus
        return Problem(str(path),
                       f"The extractor failed on this file ({type(exc).__name__}: {exc}).")


def article_ids(paths: Iterable[str | Path]) -> tuple[list[tuple[Path, str]], list[Problem]]:
    """The files under ``paths`` with a unique id each, and the paths that failed."""
    found: list[tuple[Path, str]] = []
    problems: list[Problem] = []
    used: set[str] = set()
    for given in paths:
        root = Path(given)
        prefix = os.path.join(root, "") if root.is_dir() else None
        for path, problem in iter_paths([root]):
            if problem:
                problems.append(Problem(str(path), problem))
                continue
            text = str(path)
            if prefix is None:
                ident = path.name
            elif text.startswith(prefix):  # what relative_to gives, without its cost
                ident = text[len(prefix):].replace(os.sep, "/")
            else:
                ident = path.relative_to(root).as_posix()
            if ident in used:
                ident = path.as_posix()
            used.add(ident)
            found.append((path, ident))
    return found, problems


def extract_paths(paths: Iterable[str | Path], published: dt.date | None = None) -> Corpus:
    """Extract every readable file under ``paths``; unreadable ones become problems."""
    files, problems = article_ids(paths)
    corpus = Corpus(problems=problems)
    for path, ident in files:
        corpus.add(extract_one(str(path), ident, published))
    return corpus
