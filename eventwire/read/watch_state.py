"""What ``eventwire watch`` remembers between runs, in a SQLite file beside the store.

Per feed: its validators (``ETag``, ``Last-Modified``) for conditional requests. Per item,
keyed by its link (or, for an item without one, by a digest of its text): where it came
from, whether it is ``pending``, ``done`` or ``failed``, and how many passes failed to fetch
it. Each change is one transaction: a feed's new validators are written together with its
new items, so a run killed at any moment either saw an item (it is pending) or will fetch
the feed in full again. Items are kept once done, so a link that comes back in a feed is not
read twice; their text is dropped then.
"""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import IO, Self
from urllib.parse import parse_qsl, urldefrag, urlencode, urlsplit, urlunsplit

from ..errors import StoreError

SCHEMA_VERSION = 2
# Query parameters that track where a reader came from, not which page it is.
_TRACKING = ("utm_", "fbclid", "gclid", "mc_cid", "mc_eid", "ocid", "cmpid", "at_medium",
             "at_campaign")
_SCHEMA = """
CREATE TABLE IF NOT EXISTS feeds (
    url TEXT PRIMARY KEY, etag TEXT, last_modified TEXT
);
CREATE TABLE IF NOT EXISTS items (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,   -- arrival order: pending items go first in, first out
    key TEXT NOT NULL UNIQUE,                -- the link without its #fragment, or text:<sha256>
    feed TEXT NOT NULL, link TEXT, line INTEGER, title TEXT, published TEXT, outlet TEXT,
    content TEXT, kind TEXT NOT NULL,        -- the item's own text (dropped once done)
    updated TEXT,                            -- the feed's date of its last change (version 2)
    state TEXT NOT NULL DEFAULT 'pending',   -- pending | done | failed
    attempts INTEGER NOT NULL DEFAULT 0,     -- passes that could not fetch its page
    document_id TEXT, message TEXT
);
CREATE INDEX IF NOT EXISTS items_pending ON items (state, seq);
"""


def state_path(db: str | Path) -> Path:
    """Where the watch state of the store ``db`` lives: beside it."""
    return Path(f"{db}.watch.sqlite")


def item_key(link: str | None, text: str) -> str:
    """An item's identity: its link without the fragment and the tracking parameters feeds
    add (``utm_source=rss``, which differ from feed to feed for one article), else a digest
    of its text."""
    if link:
        url = urldefrag(link.strip())[0]
        if "?" not in url:
            return url
        parts = urlsplit(url)
        pairs = parse_qsl(parts.query, keep_blank_values=True)
        query = [(k, v) for k, v in pairs if not k.lower().startswith(_TRACKING)]
        return url if len(query) == len(pairs) else \
            urlunsplit(parts._replace(query=urlencode(query)))
    return "text:" + hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


@dataclass(frozen=True, slots=True)
class FeedState:
    url: str
    etag: str | None = None
    last_modified: str | None = None


@dataclass(frozen=True, slots=True)
class Item:
    """A feed item to read: its page at ``link`` or, without a link, its own text."""

    key: str
    feed: str
    link: str | None
    content: str
    kind: str = "text"                # "html" or "text", as RawDocument.kind
    line: int | None = None           # the item's line in the feed
    title: str | None = None
    published: date | None = None
    outlet: str | None = None
    attempts: int = 0
    updated: date | None = None       # the feed's date of its last change: a bound, not a date


class WatchState:
    """The watch state file; open with :meth:`open`, use as a context manager."""

    def __init__(self, con: sqlite3.Connection, path: str, lock: IO[str] | None = None
                 ) -> None:
        self._con = con
        self.path = path
        self._lock = lock

    @classmethod
    def open(cls, path: str | Path) -> WatchState:
        """Open (creating as needed) the state at ``path``; one process at a time."""
        lock = _lock(path)
        try:
            return cls(_connect(path), str(path), lock)
        except BaseException:
            if lock is not None:
                lock.close()
            raise

    def close(self) -> None:
        self._con.close()
        if self._lock is not None:
            self._lock.close()              # releases the lock

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _transaction(self, statements: Iterable[tuple[str, Sequence[object]]]) -> None:
        try:
            self._con.execute("BEGIN IMMEDIATE")
            try:
                for sql, params in statements:
                    self._con.execute(sql, params)
                self._con.execute("COMMIT")
            except BaseException:
                self._con.execute("ROLLBACK")
                raise
        except sqlite3.Error as exc:
            raise StoreError(f"{self.path}: the watch state was not written ({exc}); "
                             "nothing of this step was saved: rerun to retry") from exc

    # -- feeds ---------------------------------------------------------------------------

    def feed(self, url: str) -> FeedState:
        row = self._con.execute("SELECT etag, last_modified FROM feeds WHERE url = ?",
                                [url]).fetchone()
        return FeedState(url, *row) if row else FeedState(url)

    def record_feed(self, feed: FeedState, items: Sequence[Item]) -> int:
        """Save a feed's validators and its items not seen before, in one transaction;
        returns how many items were new."""
        before = self._con.total_changes
        self._transaction([
            ("INSERT INTO feeds VALUES (?, ?, ?) ON CONFLICT (url) DO UPDATE SET "
             "etag = excluded.etag, last_modified = excluded.last_modified",
             [feed.url, feed.etag, feed.last_modified]),
            *(("INSERT OR IGNORE INTO items (key, feed, link, line, title, published, outlet, "
               "content, kind, updated) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
               [i.key, i.feed, i.link, i.line, i.title,
                i.published.isoformat() if i.published else None, i.outlet, i.content,
                i.kind, i.updated.isoformat() if i.updated else None]) for i in items)])
        return self._con.total_changes - before - 1

    def known(self, keys: Iterable[str]) -> set[str]:
        """The keys among ``keys`` already seen, in whatever state."""
        keys = list(keys)
        found: set[str] = set()
        for start in range(0, len(keys), 500):       # SQLite's limit on parameters
            chunk = keys[start:start + 500]
            marks = ",".join("?" * len(chunk))
            found |= {k for (k,) in self._con.execute(
                f"SELECT key FROM items WHERE key IN ({marks})", chunk)}
        return found

    # -- items ---------------------------------------------------------------------------

    def pending(self, limit: int | None = None) -> list[Item]:
        """Items still to read, oldest first."""
        rows = self._con.execute(
            "SELECT key, feed, link, content, kind, line, title, published, outlet, attempts, "
            "updated FROM items WHERE state = 'pending' ORDER BY seq LIMIT ?",
            [-1 if limit is None else limit]).fetchall()
        return [Item(*r[:7], _day(r[7]), *r[8:10], _day(r[10])) for r in rows]

    def finish(self, done: Sequence[tuple[str, str | None]] = (),
               failed: Sequence[tuple[str, str]] = (),
               retry: Sequence[str] = ()) -> None:
        """In one transaction: items ``done`` (key, document id), ``failed`` (key, why) and
        items to ``retry`` next pass (their attempts counted)."""
        self._transaction([
            *(("UPDATE items SET state = 'done', document_id = ?, content = NULL "
               "WHERE key = ?", [doc, key]) for key, doc in done),
            *(("UPDATE items SET state = 'failed', message = ?, content = NULL "
               "WHERE key = ?", [why, key]) for key, why in failed),
            *(("UPDATE items SET attempts = attempts + 1 WHERE key = ?", [key])
              for key in retry)])

    def counts(self) -> dict[str, int]:
        """Items per state."""
        return dict(self._con.execute("SELECT state, count(*) FROM items GROUP BY state"))


def _day(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def _lock(path: str | Path) -> IO[str] | None:
    """An exclusive lock on ``PATH.lock``, held while the state is open, so that two watchers
    never read the same items (the kernel releases it when a process dies)."""
    try:
        import fcntl
    except ImportError:                     # not POSIX: no lock
        return None
    handle = open(f"{path}.lock", "a", encoding="utf-8")  # noqa: SIM115 - held while open
    try:
        fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        handle.close()
        raise StoreError(f"{path} is in use by another eventwire watch: stop it first, or "
                         "watch into another --db") from None
    return handle


def _connect(path: str | Path) -> sqlite3.Connection:
    """The state database at ``path``, created or brought to this version."""
    try:
        con = sqlite3.connect(str(path), isolation_level=None)
        version = con.execute("PRAGMA user_version").fetchone()[0]
        if version > SCHEMA_VERSION:
            con.close()
            raise StoreError(f"{path} was written by a newer eventwire (watch state "
                             f"version {version}): upgrade eventwire")
        con.execute("PRAGMA journal_mode=WAL")
        con.execute("PRAGMA synchronous=FULL")      # a commit survives a power cut too
        con.executescript(_SCHEMA)
        if version == 1:                            # items' update dates came in version 2
            con.execute("ALTER TABLE items ADD COLUMN updated TEXT")
        con.execute(f"PRAGMA user_version={SCHEMA_VERSION}")
    except sqlite3.Error as exc:
        raise StoreError(f"cannot open the watch state {path} ({exc}): move it away to "
                         "start afresh (every feed is then read in full again; the "
                         "store skips what it holds)") from exc
    return con
