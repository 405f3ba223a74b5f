"""An SQLite cache of extraction results, keyed by file content and extractor version.

The caller chooses where the database lives (the app uses the user's cache
folder). A file that has not changed since it was hashed (see RACY_NS) is not
read again. A file whose bytes were read before, by the same extractor version and
with the same publication-date override, is not extracted again: its article
and mentions come from the database. Anything unexpected in the file (not
SQLite, another application's database, another schema, a damaged page) makes
the cache start afresh; the old file is renamed aside, never trusted.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import json
import os
import sqlite3
from dataclasses import asdict
from pathlib import Path
from typing import Self

from viewer.core.events import Mention
from viewer.core.pipeline import ArticleInfo, extractor_version

APPLICATION_ID = 0x52455431  # "RET1": marks our databases
SCHEMA = 5
UPGRADABLE = {"3", "4"}  # older schemas whose entries are still good: only `files` changes
# A file's digest is taken from the cache, not read and hashed again, when its size,
# modification and change times and inode are what they were, and it was modified this
# long before the digest was taken (a file changed again within the clock's granularity
# looks unchanged). The change time cannot be set back (cp -p, rsync -t, unzip restore
# the modification time only).
RACY_NS = 2_000_000_000
FILES_KEPT = 200_000  # digests remembered (the most recently hashed)


class Cache:
    """Extraction results by content digest; use as a context manager or call close()."""

    def __init__(self, path: Path, check: bool = True) -> None:
        self.path = Path(path)
        self.check = check  # run SQLite's quick_check (skip on a second open in one load)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.rebuilt = False
        try:
            self.db = self._open()
        except sqlite3.OperationalError as exc:
            if "locked" in str(exc) or "busy" in str(exc):
                raise  # another process has it: go on uncached, never set a good cache aside
            self._set_aside()
            self.db = self._open()
            self.rebuilt = True
        except sqlite3.DatabaseError:
            self._set_aside()
            self.db = self._open()  # a fresh file; if even that fails, the caller goes on uncached
            self.rebuilt = True

    def _open(self) -> sqlite3.Connection:
        db = sqlite3.connect(self.path, isolation_level=None)
        try:
            app_id = db.execute("PRAGMA application_id").fetchone()[0]
            tables = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type='table'")}
            if not tables:
                self._create(db)
            elif app_id != APPLICATION_ID or "meta" not in tables:
                raise sqlite3.DatabaseError("not this application's cache")
            else:
                meta = dict(db.execute("SELECT key, value FROM meta"))
                if meta.get("schema") not in UPGRADABLE | {str(SCHEMA)}:
                    raise sqlite3.DatabaseError("another cache schema")
                if self.check and db.execute("PRAGMA quick_check").fetchone()[0] != "ok":
                    raise sqlite3.DatabaseError("damaged cache")
                if meta.get("schema") in UPGRADABLE:
                    self._upgrade(db)
            db.execute("PRAGMA journal_mode=WAL")  # only once we know the file is ours
        except sqlite3.DatabaseError:
            db.close()
            raise
        return db

    @staticmethod
    def _create(db: sqlite3.Connection) -> None:
        db.execute(f"PRAGMA application_id={APPLICATION_ID}")
        db.executescript("""
            CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
            CREATE TABLE entries (
                digest TEXT NOT NULL, version TEXT NOT NULL, published TEXT NOT NULL,
                article TEXT NOT NULL, mentions TEXT NOT NULL, used INTEGER NOT NULL,
                PRIMARY KEY (digest, version, published));
            CREATE TABLE merges (signature TEXT PRIMARY KEY, groups TEXT NOT NULL);
        """)
        db.executescript(_FILES_TABLE)
        db.execute("INSERT INTO meta VALUES ('schema', ?)", (str(SCHEMA),))

    @staticmethod
    def _upgrade(db: sqlite3.Connection) -> None:
        """An older schema of ours: its entries and merges stand, the file table is new
        (one transaction: a crash leaves the old schema or the new one)."""
        db.executescript("BEGIN IMMEDIATE; DROP TABLE IF EXISTS files;" + _FILES_TABLE
                         + f"UPDATE meta SET value='{SCHEMA}' WHERE key='schema'; COMMIT;")

    def _set_aside(self) -> None:
        """Rename a cache that cannot be trusted (it is kept for inspection, then replaced)."""
        for suffix in ("", "-wal", "-shm"):
            p = Path(str(self.path) + suffix)
            if p.exists():
                os.replace(p, Path(str(self.path) + ".broken" + suffix))

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- entries ---------------------------------------------------------------------------

    @staticmethod
    def _key(digest: str, published: dt.date | None) -> tuple[str, str, str]:
        return digest, extractor_version(), published.isoformat() if published else ""

    def rows(self, digests: list[str], published: dt.date | None = None
             ) -> dict[str, tuple[str, str]]:
        """The stored rows of files with these digests (a few queries for a whole corpus)."""
        version, pub = extractor_version(), published.isoformat() if published else ""
        unique = list(dict.fromkeys(digests))
        found: dict[str, tuple[str, str]] = {}
        try:
            for k in range(0, len(unique), 500):  # below SQLite's limit on bound values
                chunk = unique[k : k + 500]
                found.update((d, (a, m)) for d, a, m in self.db.execute(
                    "SELECT digest, article, mentions FROM entries WHERE version=? AND"
                    f" published=? AND digest IN ({','.join('?' * len(chunk))})",
                    (version, pub, *chunk)))
        except sqlite3.DatabaseError:
            return {}
        return found

    @staticmethod
    def result(row: tuple[str, str], path: str, article_id: str
               ) -> tuple[ArticleInfo, list[Mention]] | None:
        """A stored row as the file's result, renamed to ``path``/``article_id``."""
        try:
            a = json.loads(row[0])
            info = ArticleInfo(**{**a, "id": article_id, "path": path,
                                  "published": _date(a["published"])})
            mentions = [_mention(r, info) for r in json.loads(row[1])]
        except (ValueError, TypeError, KeyError, IndexError):
            return None  # an entry we cannot read is a miss, not an error
        return info, mentions

    def put(self, digest: str, info: ArticleInfo, mentions: list[Mention],
            published: dt.date | None = None) -> None:
        a = asdict(info)
        a["published"] = info.published.isoformat() if info.published else None
        rows = [_row(m) for m in mentions]
        try:
            self.db.execute(
                "INSERT OR REPLACE INTO entries VALUES (?, ?, ?, ?, ?, 1)",
                (*self._key(digest, published), json.dumps(a, ensure_ascii=False),
                 json.dumps(rows, ensure_ascii=False)))
        except sqlite3.DatabaseError:
            pass  # a cache that cannot be written only costs time

    def put_many(self, items) -> None:
        """Store many results in one transaction: (digest, info, mentions, published)."""
        try:
            self.db.execute("BEGIN")
            for digest, info, mentions, published in items:
                self.put(digest, info, mentions, published)
            self.db.execute("COMMIT")
        except sqlite3.Error:
            with contextlib.suppress(sqlite3.Error):
                self.db.execute("ROLLBACK")

    # -- file digests ----------------------------------------------------------------------

    def known_digests(self, stats: dict[str, tuple[int, ...]]) -> dict[str, str]:
        """The digests of the files (path -> (size, mtime_ns, ctime_ns, inode)) unchanged
        since they were hashed: all four the same, modified well before they were hashed."""
        paths = list(stats)
        found: dict[str, str] = {}
        try:
            for k in range(0, len(paths), 500):
                chunk = paths[k : k + 500]
                for path, size, mtime, ctime, inode, digest, hashed in self.db.execute(
                        "SELECT path, size, mtime_ns, ctime_ns, inode, digest, hashed_ns FROM"
                        f" files WHERE path IN ({','.join('?' * len(chunk))})", chunk):
                    if (stats[path] == (size, mtime, ctime, inode)
                            and max(mtime, ctime) < hashed - RACY_NS):
                        found[path] = digest
        except (sqlite3.DatabaseError, KeyError, TypeError, ValueError):
            return {}
        return found

    def put_digests(self, rows: list[tuple]) -> None:
        """Remember files' digests: (path, size, mtime_ns, ctime_ns, inode, digest, time
        hashed in ns); only the FILES_KEPT most recently hashed are kept."""
        if not rows:
            return
        try:
            self.db.execute("BEGIN")
            self.db.executemany("INSERT OR REPLACE INTO files VALUES (?, ?, ?, ?, ?, ?, ?)", rows)
            self.db.execute("DELETE FROM files WHERE rowid IN (SELECT rowid FROM files ORDER BY"
                            " hashed_ns DESC LIMIT -1 OFFSET ?)", (FILES_KEPT,))
            self.db.execute("COMMIT")
        except sqlite3.Error:
            with contextlib.suppress(sqlite3.Error):
                self.db.execute("ROLLBACK")

    # -- merged groups ---------------------------------------------------------------------

    @staticmethod
    def signature(articles, published: dt.date | None = None, corrections: str = "") -> str:
        """What a merge depends on: the rules, every article's id and content, in order, and
        the analyst's corrections (``corrections``: their file's JSON, "" when none)."""
        h = hashlib.sha256(extractor_version().encode())
        h.update((published.isoformat() if published else "").encode())
        if corrections:
            h.update(b"\0corrections\0" + corrections.encode())
        for a in articles:
            h.update(f"\n{a.id}\t{a.digest}".encode())
        return h.hexdigest()

    def get_groups(self, signature: str) -> list[list[int]] | None:
        """The merge of a corpus seen before (indices into its resolved mentions)."""
        try:
            row = self.db.execute("SELECT groups FROM merges WHERE signature=?",
                                  (signature,)).fetchone()
            groups = json.loads(row[0]) if row else None
        except (sqlite3.Error, ValueError):
            return None
        if not isinstance(groups, list) or not all(isinstance(g, list) for g in groups):
            return None
        return groups

    MERGES_KEPT = 8  # merges remembered: corpora (and correction states) opened last

    def put_groups(self, signature: str, groups: list[list[int]]) -> None:
        with contextlib.suppress(sqlite3.Error):
            self.db.execute("INSERT OR REPLACE INTO merges VALUES (?, ?)",
                            (signature, json.dumps(groups, separators=(",", ":"))))
            # about 1 MB each at 10,000 pages: keep the newest (a replaced row is new)
            self.db.execute("DELETE FROM merges WHERE rowid NOT IN "
                            "(SELECT rowid FROM merges ORDER BY rowid DESC LIMIT ?)",
                            (self.MERGES_KEPT,))

    def __len__(self) -> int:
        return self.db.execute("SELECT COUNT(*) FROM entries").fetchone()[0]


_FILES_TABLE = """
    CREATE TABLE files (
        path TEXT PRIMARY KEY, size INTEGER NOT NULL, mtime_ns INTEGER NOT NULL,
        ctime_ns INTEGER NOT NULL, inode INTEGER NOT NULL, digest TEXT NOT NULL,
        hashed_ns INTEGER NOT NULL);
"""


def _date(text: str | None) -> dt.date | None:
    return dt.date.fromisoformat(text) if text else None


# A mention is stored as a positional row (no keys: about twice as fast to read back);
# what the article gives (id, path, title, publication date) is not repeated.
_FIELDS = ("text", "offset", "rule", "start", "end", "precision", "open_ended", "anchor",
           "countries", "country_from", "groups", "paragraph", "sentence", "label",
           "text_offset", "text_length", "sentence_offset", "key")


def _row(m: Mention) -> list:
    key = m.key[m.key.index("#"):] if "#" in m.key else m.key
    return [m.text, m.offset, m.rule, m.start.isoformat() if m.start else None,
            m.end.isoformat() if m.end else None, m.precision, m.open_ended, m.anchor,
            m.countries, m.country_from, m.groups, m.paragraph, m.sentence, m.label,
            m.text_offset, m.text_length, m.sentence_offset, key]


def _mention(r: list, info: ArticleInfo) -> Mention:
    if len(r) != len(_FIELDS):
        raise ValueError("a cached mention of another shape")
    (text, offset, rule, start, end, precision, open_ended, anchor, countries, country_from,
     groups, paragraph, sentence, label, text_offset, text_length, sentence_offset, key) = r
    return Mention(info.id, info.path, info.title, info.published, text, offset, rule,
                   _date(start), _date(end), precision, open_ended, anchor, countries,
                   country_from, groups, paragraph, sentence, label, text_offset, text_length,
                   sentence_offset, info.id + key if key.startswith("#") else key)
