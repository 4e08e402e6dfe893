"""``eventwire watch`` keeps every outlet of a text it already stored as a source of that
document, and says so (issue 12, item 8), against a local HTTP server."""

from __future__ import annotations

import pytest
from fakes import fake_pipeline
from localsite import FakeClock, LocalSite, Page, article, rss

from eventwire.cli_watch import _SourcesWatcher
from eventwire.read.fetch import Fetcher
from eventwire.read.watch_state import WatchState, state_path
from eventwire.store import Store
from eventwire.store.sources import sources_of


@pytest.fixture
def site():
    with LocalSite() as s:
        yield s


def _pass(db, site, messages, feed):
    fetcher = Fetcher(user_agent="eventwire-test/1.0", clock=FakeClock(), timeout=5.0)
    with Store.open(db) as store, WatchState.open(state_path(db)) as state:
        watcher = _SourcesWatcher(store, state, fetcher, fake_pipeline(),
                                  report=messages.append)
        summary = watcher.run_pass([site.url(feed)])
        return summary, watcher.sources_said()


def _item(site, path):
    site.put(path, Page(article(1)))                 # the same page text on every path
    return {"title": "Strike", "link": site.url(path), "description": "s",
            "pubDate": "Tue, 05 Mar 2024 10:00:00 GMT"}


def test_the_same_text_from_other_outlets_is_kept_as_sources(tmp_path, site):
    db = tmp_path / "w.duckdb"
    messages: list[str] = []
    site.put("/a.xml", Page(rss([_item(site, "/news/1.html"), _item(site, "/wire/1.html")])))
    first, said = _pass(db, site, messages, "/a.xml")
    assert first.documents == 1 and said == ", 1 new sources of stored documents"
    site.put("/b.xml", Page(rss([_item(site, "/mirror/1.html")])))
    second, said = _pass(db, site, messages, "/b.xml")
    assert second.documents == 0 and said == ", 1 new sources of stored documents"
    assert any("already stored, from other outlets" in m for m in messages)
    with Store.open(db) as store:
        (doc,) = [r[0] for r in store._run("SELECT id FROM documents")]
        urls = [u for u, _ in sources_of(store, doc)]
    folders = [u.rsplit("/", 2)[-2] for u in urls]
    assert sorted(folders[:2]) == ["news", "wire"] and folders[2] == "mirror"
    _, said = _pass(db, site, messages, "/b.xml")            # nothing new: nothing said
    assert said == ""
