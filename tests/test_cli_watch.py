"""``eventwire watch`` keeps every outlet of a text it already stored as a source of that
document, and says so (issue 12, item 8), against a local HTTP server: the watcher does it
itself (``Watcher._add_sources``, through ``store.add_sources``), so the command line runs the
plain :class:`Watcher`."""

from __future__ import annotations

import pytest
from click.testing import CliRunner
from fakes import fake_pipeline
from localsite import FakeClock, LocalSite, Page, article, rss

from eventwire import cli_watch
from eventwire import pipeline as pipeline_module
from eventwire.cli import cli
from eventwire.read.fetch import Fetcher
from eventwire.read.watch import Watcher
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
        watcher = Watcher(store, state, fetcher, fake_pipeline(), report=messages.append)
        return watcher.run_pass([site.url(feed)])


def _item(site, path):
    site.put(path, Page(article(1)))                 # the same page text on every path
    return {"title": "Strike", "link": site.url(path), "description": "s",
            "pubDate": "Tue, 05 Mar 2024 10:00:00 GMT"}


def _folders(db) -> list[str]:
    with Store.open(db) as store:
        (doc,) = [r[0] for r in store._run("SELECT id FROM documents")]
        return [u.rsplit("/", 2)[-2] for u, _ in sources_of(store, doc)]


def test_the_same_text_from_other_outlets_is_kept_as_sources(tmp_path, site):
    db = tmp_path / "w.duckdb"
    messages: list[str] = []
    site.put("/a.xml", Page(rss([_item(site, "/news/1.html"), _item(site, "/wire/1.html")])))
    first = _pass(db, site, messages, "/a.xml")
    assert first.documents == 1 and first.sources == 1
    assert first.describe().endswith(", 1 new sources of stored documents")
    site.put("/b.xml", Page(rss([_item(site, "/mirror/1.html")])))
    second = _pass(db, site, messages, "/b.xml")
    assert second.documents == 0 and second.sources == 1
    assert any("already stored, from other outlets" in m for m in messages)
    folders = _folders(db)
    assert sorted(folders[:2]) == ["news", "wire"] and folders[2] == "mirror"
    again = _pass(db, site, messages, "/b.xml")            # nothing new: nothing said
    assert again.sources == 0 and "sources" not in again.describe()


def test_the_command_runs_the_watcher_itself_and_says_the_sources(tmp_path, site,
                                                                   monkeypatch):
    """The CLI subclasses nothing (no private method overridden); its pass line and exit
    code are as before."""
    assert not [v for v in vars(cli_watch).values()
                if isinstance(v, type) and issubclass(v, Watcher) and v is not Watcher]
    monkeypatch.setattr(pipeline_module, "Pipeline", lambda **kw: fake_pipeline())
    site.put("/a.xml", Page(rss([_item(site, "/news/1.html"), _item(site, "/wire/1.html")])))
    feeds = tmp_path / "feeds.txt"
    feeds.write_text(site.url("/a.xml") + "\n", encoding="utf-8")
    db = tmp_path / "w.duckdb"
    result = CliRunner().invoke(cli, ["watch", str(feeds), "--db", str(db), "--once",
                                      "--host-delay", "0"])
    assert result.exit_code == 0, result.output
    assert ("1 documents stored" in result.stderr
            and "items pending, 1 new sources of stored documents\n" in result.stderr)
    assert "kept as sources of those documents" in result.stderr
    assert sorted(_folders(db)) == ["news", "wire"]
