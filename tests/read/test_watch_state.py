"""The watch state file: feeds' validators, items seen, pending, done, failed; persistent."""

from __future__ import annotations

import sqlite3
import sys
from datetime import date

import pytest

from eventwire.errors import StoreError
from eventwire.read.watch_state import (
    SCHEMA_VERSION, FeedState, Item, WatchState, item_key, state_path,
)

FEED = "http://news.example/feed.xml"


def item(n: int, link: bool = True) -> Item:
    url = f"http://news.example/{n}.html" if link else None
    text = f"summary {n}"
    return Item(item_key(url, text), FEED, url, text, line=n, title=f"T{n}",
                published=date(2024, 3, n % 28 + 1))


def test_item_keys_drop_fragments_and_digest_text_without_a_link():
    assert item_key("http://a.example/x#top", "t") == item_key(" http://a.example/x ", "u")
    # one article in two feeds, tagged by each: one item
    assert item_key("http://a.example/x?utm_source=rss&utm_medium=feed", "t") == \
        item_key("http://a.example/x?utm_source=twitter#c", "u") == "http://a.example/x"
    assert item_key("http://a.example/s?id=5&utm_campaign=a", "t") == "http://a.example/s?id=5"
    assert item_key("http://a.example/s?q=a%20b&page=2", "t") == "http://a.example/s?q=a%20b&page=2"
    assert item_key("http://a.example/s?id=5", "t") != item_key("http://a.example/s?id=6", "t")
    assert item_key(None, "one") != item_key(None, "two")
    assert item_key(None, "one").startswith("text:")


def test_a_feed_and_its_new_items_are_saved_together_and_kept(tmp_path):
    path = state_path(tmp_path / "s.duckdb")
    assert path.name == "s.duckdb.watch.sqlite"
    with WatchState.open(path) as state:
        assert state.feed(FEED) == FeedState(FEED)
        assert state.record_feed(FeedState(FEED, '"e1"', "Tue, 05 Mar 2024 10:00:00 GMT"),
                                 [item(1), item(2), item(3, link=False)]) == 3
        assert state.record_feed(FeedState(FEED, '"e2"'), [item(2), item(4)]) == 1
    with WatchState.open(path) as state:            # reopened: nothing lost
        assert state.feed(FEED) == FeedState(FEED, '"e2"', None)
        pending = state.pending()
        assert [i.line for i in pending] == [1, 2, 3, 4]          # first in, first out
        assert pending[0] == item(1)
        assert state.pending(limit=2) == pending[:2]
        assert state.known([item(2).key, item(9).key]) == {item(2).key}


def test_finish_marks_done_failed_and_counts_retries(tmp_path):
    with WatchState.open(tmp_path / "w.sqlite") as state:
        state.record_feed(FeedState(FEED), [item(n) for n in range(1, 6)])
        state.finish(done=[(item(1).key, "doc1")], failed=[(item(2).key, "HTTP 404")],
                     retry=[item(3).key])
        assert state.counts() == {"done": 1, "failed": 1, "pending": 3}
        assert [i.line for i in state.pending()] == [3, 4, 5]
        assert state.pending()[0].attempts == 1
        # a done item that comes back in the feed is not new
        assert state.record_feed(FeedState(FEED), [item(1), item(2)]) == 0


def test_many_keys_are_looked_up_in_chunks(tmp_path):
    with WatchState.open(tmp_path / "w.sqlite") as state:
        items = [item(n) for n in range(1, 1300)]
        assert state.record_feed(FeedState(FEED), items) == len(items)
        assert state.known(i.key for i in items) == {i.key for i in items}


def test_a_state_from_a_newer_eventwire_is_refused(tmp_path):
    path = tmp_path / "w.sqlite"
    con = sqlite3.connect(path)
    con.execute(f"PRAGMA user_version={SCHEMA_VERSION + 1}")
    con.close()
    with pytest.raises(StoreError, match="newer eventwire"):
        WatchState.open(path)


def test_a_state_that_is_not_sqlite_says_what_to_do(tmp_path):
    path = tmp_path / "w.sqlite"
    path.write_bytes(b"this is not a database" * 100)
    with pytest.raises(StoreError, match="move it away"):
        WatchState.open(path)


@pytest.mark.skipif(sys.platform == "win32", reason="the lock is POSIX flock")
def test_one_watcher_at_a_time_per_state(tmp_path):
    path = tmp_path / "w.sqlite"
    with WatchState.open(path):
        with pytest.raises(StoreError, match="another eventwire watch"):
            WatchState.open(path)
    with WatchState.open(path) as state:            # released on close
        assert state.counts() == {}


def test_update_dates_are_kept_and_a_version_1_state_is_brought_up_to_date(tmp_path):
    path = state_path(tmp_path / "s.duckdb")
    con = sqlite3.connect(str(path))               # a state as version 1 wrote it
    con.executescript("""
        CREATE TABLE feeds (url TEXT PRIMARY KEY, etag TEXT, last_modified TEXT);
        CREATE TABLE items (seq INTEGER PRIMARY KEY AUTOINCREMENT, key TEXT NOT NULL UNIQUE,
            feed TEXT NOT NULL, link TEXT, line INTEGER, title TEXT, published TEXT,
            outlet TEXT, content TEXT, kind TEXT NOT NULL,
            state TEXT NOT NULL DEFAULT 'pending', attempts INTEGER NOT NULL DEFAULT 0,
            document_id TEXT, message TEXT);
        INSERT INTO items (key, feed, link, content, kind, published)
            VALUES ('http://news.example/old.html', 'f', 'http://news.example/old.html', 's',
                    'text', '2024-03-01');
        PRAGMA user_version=1;""")
    con.close()
    with WatchState.open(path) as state:
        (old,) = state.pending()
        assert (old.published, old.updated) == (date(2024, 3, 1), None)
        new = Item(item_key("http://news.example/5.html", "s"), FEED,
                   "http://news.example/5.html", "s", updated=date(2024, 3, 9))
        state.record_feed(FeedState(FEED), [new])
    with WatchState.open(path) as state:
        assert [(i.published, i.updated) for i in state.pending()] == [
            (date(2024, 3, 1), None), (None, date(2024, 3, 9))]
    assert sqlite3.connect(str(path)).execute("PRAGMA user_version").fetchone()[0] == 2
