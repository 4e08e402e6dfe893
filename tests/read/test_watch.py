"""``eventwire watch``: feeds followed against a local HTTP server (127.0.0.1 only), into a
real store, with the fake pipeline of tests/fakes.py and a fake clock (nothing sleeps)."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pytest
from click.testing import CliRunner

from eventwire.errors import InputError
from eventwire.read import watch as watch_module
from eventwire.read.fetch import Fetcher
from eventwire.read.watch import (
    MAX_ATTEMPTS, Watcher, by_host, feed_items, read_feed_list,
)
from eventwire.read.watch_state import Item, WatchState, item_key, state_path
from eventwire.store import Store
from fakes import fake_pipeline
from localsite import FakeClock, LocalSite, Page, article, atom, rss

UA = "eventwire-test/1.0"


@pytest.fixture
def site():
    with LocalSite() as s:
        yield s


class Run:
    """A watcher over a store and state in ``folder``, reopened for each pass as a restarted
    process would; the fetcher waits on a fake clock."""

    def __init__(self, folder: Path, site: LocalSite, **options) -> None:
        self.db = folder / "watch.duckdb"
        self.site = site
        self.clock = FakeClock()
        self.options = options
        self.messages: list[str] = []

    def __call__(self, *feeds: str):
        fetcher = Fetcher(user_agent=UA, clock=self.clock, timeout=5.0)
        with Store.open(self.db) as store, WatchState.open(state_path(self.db)) as state:
            watcher = Watcher(store, state, fetcher, fake_pipeline(),
                              report=self.messages.append, **self.options)
            return watcher.run_pass([self.site.url(f) for f in feeds])

    def store(self):
        return Store.open(self.db)

    def state(self):
        return WatchState.open(state_path(self.db))


def serve_articles(site: LocalSite, numbers, prefix: str = "/news") -> list[dict]:
    """Pages ``numbers`` on the site, and RSS items linking to them."""
    items = []
    for n in numbers:
        site.put(f"{prefix}/{n}.html", Page(article(n)))
        items.append({"title": f"Report {n}", "link": site.url(f"{prefix}/{n}.html"),
                      "description": f"Summary {n}", "pubDate": "Tue, 05 Mar 2024 10:00:00 GMT"})
    return items


def page_hits(site: LocalSite) -> dict[str, int]:
    return {p: n for p, n in site.hits().items() if p.endswith(".html")}


def test_each_page_is_fetched_once_and_ingested_and_unchanged_feeds_answer_304(tmp_path, site):
    items = serve_articles(site, range(5))
    site.put("/rss.xml", Page(rss(items), content_type="application/rss+xml", etag='"r1"'))
    entries = [{"title": i["title"], "link": i["link"], "summary": "s",
                "updated": "2024-03-05T10:00:00Z"} for i in items[3:]]
    extra = serve_articles(site, [5, 6])
    entries += [{"title": e["title"], "link": e["link"], "summary": "s"} for e in extra]
    site.put("/atom.xml", Page(atom(entries), content_type="application/atom+xml",
                               last_modified=1_709_632_800))
    run = Run(tmp_path, site)
    first = run("/rss.xml", "/atom.xml")
    assert (first.new_items, first.documents, first.failures, first.pending) == (7, 7, 0, 0)
    assert page_hits(site) == {f"/news/{n}.html": 1 for n in range(7)}   # shared links once
    with run.store() as store:
        assert store.counts()["documents"] == 7 and store.counts()["events"] > 0
    second = run("/rss.xml", "/atom.xml")
    assert (second.unchanged, second.new_items, second.documents) == (2, 0, 0)
    assert page_hits(site) == {f"/news/{n}.html": 1 for n in range(7)}
    feed_requests = [h for p, h in site.requests if p in ("/rss.xml", "/atom.xml")]
    assert feed_requests[2]["If-None-Match"] == '"r1"'
    assert feed_requests[3]["If-Modified-Since"] == "Tue, 05 Mar 2024 10:00:00 GMT"


def test_only_new_items_of_a_changed_feed_are_fetched(tmp_path, site):
    items = serve_articles(site, range(3))
    site.put("/rss.xml", Page(rss(items)))                      # no validators at all
    run = Run(tmp_path, site)
    run("/rss.xml")
    site.put("/rss.xml", Page(rss(serve_articles(site, [3]) + items)))
    again = run("/rss.xml")
    assert (again.unchanged, again.new_items, again.documents) == (0, 1, 1)
    assert page_hits(site) == {f"/news/{n}.html": 1 for n in range(4)}


def test_robots_txt_keeps_pages_unfetched_and_records_why(tmp_path, site):
    site.put("/robots.txt", Page(b"User-agent: *\nDisallow: /private/\n",
                                 content_type="text/plain"))
    items = serve_articles(site, [1]) + serve_articles(site, [2], prefix="/private")
    del items[1]["description"]                     # nothing to read instead of the page
    site.put("/rss.xml", Page(rss(items)))
    summary = Run(tmp_path, site)("/rss.xml")
    assert (summary.documents, summary.failures) == (1, 1)
    assert site.hits("/private/2.html") == 0
    with Run(tmp_path, site).store() as store:
        [failure] = store.failures()
    assert failure.source == site.url("/private/2.html") and "robots.txt" in failure.message


SUMMARY = "Warplanes struck Saraqib on Monday, killing four people, rescuers said."


@pytest.mark.parametrize("page", ["robots", "gone", "pdf", "empty"])
def test_an_item_whose_page_cannot_be_read_is_read_as_its_summary(tmp_path, site, page):
    site.put("/robots.txt", Page(b"User-agent: *\nDisallow: /robots/\n",
                                 content_type="text/plain"))
    site.put("/pdf/1.html", Page(b"%PDF-1.4", content_type="application/pdf"))
    site.put("/empty/1.html", Page(b"<html><body><nav>Home</nav></body></html>"))
    link = site.url(f"/{page}/1.html")
    site.put("/rss.xml", Page(rss([{"title": "Strike", "link": link,
                                    "description": SUMMARY}])))
    run = Run(tmp_path, site)
    summary = run("/rss.xml")
    assert (summary.documents, summary.failures, summary.summaries) == (1, 0, 1)
    assert "1 read from the feed's summary" in summary.describe()
    (said,) = [m for m in run.messages if m.startswith(f"read the feed's summary of {link}: ")]
    assert said.count(link) == 1
    with run.store() as store:
        assert store.counts()["events"] == 1 and not store.failures()
    with run.state() as state:
        assert state.counts() == {"done": 1}


def test_a_feed_whose_pages_are_missing_records_each_and_does_not_ask_again(tmp_path, site):
    items = [{"title": f"Gone {n}", "link": site.url(f"/gone/{n}.html")} for n in range(4)]
    site.put("/rss.xml", Page(rss(items)))
    run = Run(tmp_path, site)
    summary = run("/rss.xml")
    assert (summary.documents, summary.failures, summary.pending) == (0, 4, 0)
    with run.store() as store:
        failures = store.failures()
    assert sorted(f.source for f in failures) == sorted(i["link"] for i in items)
    assert all(f.stage == "fetch" and "HTTP 404" in f.message for f in failures)
    with run.state() as state:
        assert state.counts() == {"failed": 4}
    run("/rss.xml")
    assert all(site.hits(f"/gone/{n}.html") == 1 for n in range(4))


def test_a_failing_page_waits_for_the_next_pass_then_is_given_up(tmp_path, site):
    site.put("/flaky.html", Page(b"busy", status=503))
    site.put("/rss.xml", Page(rss([{"title": "Flaky", "link": site.url("/flaky.html")}])))
    run = Run(tmp_path, site)
    first = run("/rss.xml")
    assert (first.documents, first.failures, first.pending) == (0, 0, 1)
    assert site.hits("/flaky.html") > 1                 # retried within the pass
    assert run.clock.slept                              # with backoff, on the fake clock
    site.put("/flaky.html", Page(article(9)))
    second = run("/rss.xml")
    assert (second.documents, second.pending) == (1, 0)

    site.put("/down.html", Page(b"busy", status=500))
    site.put("/rss.xml", Page(rss([{"title": "Down", "link": site.url("/down.html")}])))
    passes = [run("/rss.xml") for _ in range(MAX_ATTEMPTS)]
    assert [p.pending for p in passes] == [1] * (MAX_ATTEMPTS - 1) + [0]
    assert passes[-1].failures == 1


def test_max_items_leaves_the_rest_pending_in_order(tmp_path, site):
    site.put("/rss.xml", Page(rss(serve_articles(site, range(5)))))
    run = Run(tmp_path, site, max_items=2, batch_size=1)
    assert [(s.documents, s.pending) for s in (run("/rss.xml"), run("/rss.xml"),
                                                run("/rss.xml"))] == [(2, 3), (2, 1), (1, 0)]
    assert page_hits(site) == {f"/news/{n}.html": 1 for n in range(5)}


def test_a_batch_is_stored_when_full_or_a_minute_after_its_first_page(tmp_path, site):
    """One host's pages come a second apart (the default rate limit, on the fake clock): the
    batch is stored after a minute, not when it is full."""
    site.put("/rss.xml", Page(rss(serve_articles(site, range(130)))))
    run = Run(tmp_path, site, batch_size=1000)
    summary = run("/rss.xml")
    stored = [int(m.split()[1]) for m in run.messages if m.startswith("stored ")]
    assert summary.documents == sum(stored) == 130
    assert len(stored) == 3 and all(n <= watch_module.WATCH_FLUSH_SECONDS + 1
                                    for n in stored)
    full = Run(tmp_path / "full", site, batch_size=50)
    (tmp_path / "full").mkdir()
    full("/rss.xml")
    assert [int(m.split()[1]) for m in full.messages if m.startswith("stored ")] == [
        50, 50, 30]


def test_an_item_without_a_link_is_read_as_its_own_text(tmp_path, site):
    text = "Warplanes struck Saraqib on Monday, killing four people, rescuers said."
    site.put("/rss.xml", Page(rss([{"title": "No link", "description": text},
                                   {"title": "Script", "link": "javascript:alert(1)",
                                    "description": text + " Again."}])))
    run = Run(tmp_path, site)
    summary = run("/rss.xml")
    assert (summary.documents, summary.failures) == (2, 0)
    with run.store() as store:
        assert {e.location.name for e in store.events()} == {"Saraqib"}


def test_a_page_that_is_not_html_or_text_is_a_recorded_failure(tmp_path, site):
    site.put("/report.pdf.html", Page(b"%PDF-1.4 ...", content_type="application/pdf"))
    site.put("/latin.html", Page(article(3).replace(b"Warplanes", b"Caf\xe9 warplanes"),
                                 content_type="text/html; charset=iso-8859-1"))
    site.put("/rss.xml", Page(rss([{"title": "PDF", "link": site.url("/report.pdf.html")},
                                   {"title": "Latin", "link": site.url("/latin.html")}])))
    run = Run(tmp_path, site)
    summary = run("/rss.xml")
    assert (summary.documents, summary.failures) == (1, 1)
    with run.store() as store:
        assert "application/pdf" in store.failures()[0].message
        [event] = list(store.events())
    assert "Café warplanes" in event.evidence.sentence


HOSTILE = {
    "broken": b"<rss><channel><item><title>cut off",
    "entities": (b'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY a "aaaaaaaaaa">'
                 b'<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]><rss><channel><item><title>&b;'
                 b"</title></item></channel></rss>"),
    "html": b"<!doctype html><html><body><p>Not a feed</p></body></html>",
    "binary": bytes(range(256)) * 4,
    "empty": b"",
}


@pytest.mark.parametrize("kind", sorted(HOSTILE))
def test_a_hostile_or_broken_feed_is_one_recorded_failure(tmp_path, site, kind):
    site.put("/feed.xml", Page(HOSTILE[kind], content_type="application/xml"))
    site.put("/ok.xml", Page(rss(serve_articles(site, [1]))))
    summary = Run(tmp_path, site)("/feed.xml", "/ok.xml")
    assert (summary.unreadable, summary.documents) == (1, 1)
    with Run(tmp_path, site).store() as store:
        [failure] = store.failures()
    assert failure.source == site.url("/feed.xml") and failure.line is None


def test_an_entrys_update_date_is_no_publication_date_when_its_page_tells_one(tmp_path, site):
    items = serve_articles(site, range(3))        # each page's metadata: 2024-03-05
    entries = [{"title": items[0]["title"], "link": items[0]["link"], "summary": "s",
                "updated": "2024-03-19T10:00:00Z"},                  # edited two weeks later
               {"title": items[1]["title"], "link": items[1]["link"], "summary": "s",
                "published": "2024-03-04T22:00:00Z", "updated": "2024-03-19T10:00:00Z"},
               {"title": "No page", "summary": "Floods cut the river road on Friday.",
                "updated": "2024-03-19T10:00:00Z"}]
    site.put("/atom.xml", Page(atom(entries)))
    Run(tmp_path, site)("/atom.xml")
    with duckdb.connect(str(tmp_path / "watch.duckdb"), read_only=True) as con:
        dates = dict(con.execute("SELECT coalesce(url, 'none'), published FROM documents")
                     .fetchall())
    assert {k.rsplit("/", 1)[-1]: v.isoformat() for k, v in dates.items()} == {
        "0.html": "2024-03-05",                   # the page's own date, not the edit's
        "1.html": "2024-03-04",                   # a publication date in the feed wins
        "none": "2024-03-19"}                     # no page: the update is the best there is


def test_a_broken_feed_is_asked_in_full_and_reported_again_on_each_pass(tmp_path, site):
    site.put("/feed.xml", Page(HOSTILE["html"], content_type="text/html", etag='"h1"'))
    site.put("/ok.xml", Page(rss(serve_articles(site, [1])), etag='"ok"'))
    run = Run(tmp_path, site)
    run("/feed.xml", "/ok.xml")
    again = run("/feed.xml", "/ok.xml")
    assert (again.unreadable, again.unchanged, again.failures) == (1, 1, 1)
    feed_requests = [h for p, h in site.requests if p == "/feed.xml"]
    assert [h.get("If-None-Match") for h in feed_requests] == [None, None]


def test_a_feed_of_too_many_items_is_cut_and_its_odd_links_never_fetched(tmp_path, site,
                                                                         monkeypatch):
    monkeypatch.setattr(watch_module, "MAX_ITEMS_PER_FEED", 3)
    odd = ["file:///etc/passwd", "ftp://x.example/a", "data:text/html,hi", "http://"]
    items = [{"title": "odd", "link": link} for link in odd]      # no text: nothing to read
    site.put("/rss.xml", Page(rss(items + serve_articles(site, range(10)))))
    summary = Run(tmp_path, site)("/rss.xml")
    assert summary.new_items == 0 and summary.documents == 0
    assert summary.failures == 4                    # 3 unreadable items + the cut
    assert set(site.hits()) == {"/robots.txt", "/rss.xml"}


def test_a_public_feed_may_not_point_at_private_addresses_a_local_feed_may():
    inside = ["http://127.0.0.1:6379/", "http://10.0.0.5/admin", "http://169.254.169.254/x",
              "http://[::1]/", "http://localhost/", "http://db.localhost./x"]
    body = rss([{"title": "in", "link": link} for link in inside]
               + [{"title": "out", "link": "https://news.example/a"}])
    items, failures = feed_items("https://feeds.example/rss", body)
    assert [i.link for i in items] == ["https://news.example/a"]
    assert len(failures) == len(inside) and "private address" in failures[0].message
    items, failures = feed_items("http://192.168.1.2/rss", body)     # the user's own network
    assert len(items) == len(inside) + 1 and not failures


def test_a_feed_that_cannot_be_fetched_is_recorded_and_the_others_go_on(tmp_path, site):
    site.put("/ok.xml", Page(rss(serve_articles(site, [1]))))
    summary = Run(tmp_path, site)("/missing.xml", "/ok.xml")
    assert (summary.unreadable, summary.documents, summary.failures) == (1, 1, 1)


def test_a_crash_between_the_store_and_the_state_adds_nothing_twice(tmp_path, site,
                                                                    monkeypatch):
    site.put("/rss.xml", Page(rss(serve_articles(site, range(6)))))
    run = Run(tmp_path, site, batch_size=2)
    real = WatchState.finish
    calls = []

    def crash_on_second(self, *args, **kwargs):
        calls.append(1)
        if len(calls) == 2:
            raise KeyboardInterrupt("killed")        # after the store committed batch 2
        return real(self, *args, **kwargs)

    monkeypatch.setattr(WatchState, "finish", crash_on_second)
    with pytest.raises(KeyboardInterrupt):
        run("/rss.xml")
    monkeypatch.setattr(WatchState, "finish", real)
    with run.store() as store:
        assert store.counts()["documents"] == 4
    summary = run("/rss.xml")
    assert (summary.documents, summary.pending) == (2, 0)
    with run.store() as store:
        assert store.counts()["documents"] == 6
    hits = page_hits(site)
    assert sorted(hits.values()) == [1, 1, 1, 1, 2, 2]      # only the uncommitted batch again


def test_without_once_passes_repeat_an_interval_apart_start_to_start(tmp_path, site):
    site.put("/rss.xml", Page(rss(serve_articles(site, [1])), etag='"1"'))

    class Loop(FakeClock):
        def monotonic(self) -> float:
            self.now += 7.0                     # each pass takes 7 s
            return self.now

        def sleep(self, seconds: float) -> None:
            super().sleep(seconds)
            if len(self.slept) == 2:
                raise KeyboardInterrupt         # the user stops it

    run, loop = Run(tmp_path, site), Loop()
    fetcher = Fetcher(user_agent=UA, clock=run.clock)
    with Store.open(run.db) as store, WatchState.open(state_path(run.db)) as state:
        watcher = Watcher(store, state, fetcher, fake_pipeline())
        passes = []
        with pytest.raises(KeyboardInterrupt):
            for summary in watcher.run([site.url("/rss.xml")], interval=60.0, clock=loop):
                passes.append(summary)
    assert [(p.documents, p.unchanged) for p in passes] == [(1, 0), (0, 1)]
    assert loop.slept == [53.0, 53.0]


def test_items_are_taken_from_each_host_in_turn():
    def it(host: str, n: int) -> Item:
        url = f"http://{host}/{n}"
        return Item(item_key(url, ""), "f", url, "")

    order = by_host([it("a", 1), it("a", 2), it("a", 3), it("b", 1), it("c", 1), it("b", 2)])
    assert [i.link for i in order] == ["http://a/1", "http://b/1", "http://c/1", "http://a/2",
                                       "http://b/2", "http://a/3"]


def test_a_web_page_listed_as_a_feed_is_a_failure_naming_the_feed_it_advertises():
    page = (b"<!doctype html><html><head><link rel='alternate' type='application/rss+xml' "
            b"href='/rss.xml'></head><body><p>Front page</p></body></html>")
    items, (failure,) = feed_items("http://127.0.0.1:1/news/", page)
    assert items == [] and "http://127.0.0.1:1/rss.xml" in failure.message
    assert "list that address" in failure.message and failure.line is None


def test_feed_items_keep_one_item_per_link():
    body = rss([{"title": "a", "link": "http://x.example/1#top", "description": "one"},
                {"title": "b", "link": "http://x.example/1", "description": "two"}])
    items, failures = feed_items("http://x.example/feed", body)
    assert [i.title for i in items] == ["a"] and not failures


def test_the_feed_list_skips_comments_and_repeats_and_names_a_bad_line(tmp_path):
    path = tmp_path / "feeds.txt"
    path.write_text("# my feeds\nhttp://a.example/rss\n\n  https://b.example/atom  \n"
                    "http://a.example/rss\n", encoding="utf-8")
    assert read_feed_list(path) == ["http://a.example/rss", "https://b.example/atom"]
    path.write_text("http://a.example/rss\nfeeds.example.com/rss\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"feeds.txt:2: .* not an http\(s\) URL"):
        read_feed_list(path)
    path.write_text("# nothing\n", encoding="utf-8")
    with pytest.raises(InputError, match="no feed URLs"):
        read_feed_list(path)


def test_cli_once_exits_non_zero_when_no_feed_can_be_read(tmp_path, site):
    from eventwire.cli import cli

    feeds = tmp_path / "feeds.txt"
    feeds.write_text(site.url("/nothing.xml") + "\n", encoding="utf-8")
    db = tmp_path / "w.duckdb"
    result = CliRunner().invoke(cli, ["watch", str(feeds), "--db", str(db), "--once",
                                      "--host-delay", "0"])
    assert result.exit_code == 1
    assert "HTTP 404" in result.output and "no feed could be read" in result.output
    bad = tmp_path / "bad.txt"
    bad.write_text("not a url\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["watch", str(bad), "--db", str(db), "--once"])
    assert result.exit_code == 1 and "bad.txt:1" in result.output


# ----------------------------------------------------------------------- kill and restart

N_FEEDS, PER_FEED = 4, 40


KILL_BATCH = 32                         # small, so that a batch is stored early


def _watch(feeds: Path, db: Path) -> list[str]:
    return [sys.executable, "-m", "eventwire", "watch", str(feeds), "--db", str(db), "--once",
            "--host-delay", "0", "--user-agent", UA, "--batch", str(KILL_BATCH)]


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_a_killed_watch_resumes_with_nothing_lost_and_nothing_twice(tmp_path):
    with LocalSite(delay=0.02) as site:     # slow enough to be killed mid-way
        for f in range(N_FEEDS):
            numbers = range(f * PER_FEED, (f + 1) * PER_FEED)
            site.put(f"/feed{f}.xml", Page(rss(serve_articles(site, numbers)), etag=f'"{f}"'))
        feeds = tmp_path / "feeds.txt"
        feeds.write_text("".join(site.url(f"/feed{f}.xml") + "\n" for f in range(N_FEEDS)))
        db = tmp_path / "w.duckdb"
        proc = subprocess.Popen(_watch(feeds, db), stderr=subprocess.PIPE)
        stored = _wait_for_stored(proc, at_least=1)
        with Store.open(db, read_only=True) as store:   # held by watch only per batch
            assert store.counts()["documents"] >= 1
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        total = N_FEEDS * PER_FEED
        fetched_before = sum(page_hits(site).values())
        assert stored >= 1 and fetched_before < total, "the run was not killed mid-way"
        done = subprocess.run(_watch(feeds, db), capture_output=True, text=True, timeout=600,
                              check=False)
        assert done.returncode == 0, done.stderr
        hits = page_hits(site)
    _each_item_stored_and_fetched_once(db, hits, total, KILL_BATCH)
    assert "4 unchanged" in done.stderr                             # validators were kept


SCALE_FEEDS, SCALE_ITEMS = 50, 2000     # issue 14's target: 50 local feeds, 2,000 items
CHILD = Path(__file__).with_name("watch_child.py")


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_fifty_feeds_of_two_thousand_items_killed_and_restarted_store_each_item_once(
        tmp_path):
    """The target's scale, with the fake pipeline in the child so that it takes seconds: a
    SIGKILL after some batches are stored, then a restart, leaves every item stored once."""
    per_feed = SCALE_ITEMS // SCALE_FEEDS
    with LocalSite(delay=0.002) as site:
        for f in range(SCALE_FEEDS):
            items = []
            for n in range(f * per_feed, (f + 1) * per_feed):
                # plain text with no event: the test is the watcher's bookkeeping, not reading
                site.put(f"/news/{n}.html", Page(_plain_report(n), content_type="text/plain"))
                items.append({"title": f"Report {n}", "link": site.url(f"/news/{n}.html")})
            site.put(f"/feed{f}.xml", Page(rss(items), etag=f'"{f}"'))
        feeds = tmp_path / "feeds.txt"
        feeds.write_text("".join(site.url(f"/feed{f}.xml") + "\n" for f in range(SCALE_FEEDS)))
        db = tmp_path / "w.duckdb"
        command = [sys.executable, str(CHILD), str(feeds), "--db", str(db), "--once",
                   "--host-delay", "0", "--user-agent", UA]
        proc = subprocess.Popen(command, stderr=subprocess.PIPE)
        stored = _wait_for_stored(proc, at_least=3)
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        fetched_before = sum(page_hits(site).values())
        assert stored == 3 and fetched_before < SCALE_ITEMS, "the run was not killed mid-way"
        with duckdb.connect(str(db), read_only=True) as con:
            kept = con.execute("select count(*) from documents").fetchone()[0]
        assert 0 < kept < SCALE_ITEMS
        done = subprocess.run(command, capture_output=True, text=True, timeout=600,
                              check=False)
        assert done.returncode == 0, done.stderr
        hits = page_hits(site)
    _each_item_stored_and_fetched_once(db, hits, SCALE_ITEMS, watch_module.WATCH_BATCH)
    assert f"{SCALE_FEEDS} feeds" in done.stderr


def _each_item_stored_and_fetched_once(db, hits, total: int, in_flight: int) -> None:
    """After a kill and a restart: every item stored once, none failed, every page fetched,
    and none fetched again but the batch in flight at the kill."""
    with duckdb.connect(str(db), read_only=True) as con:
        urls = [u for (u,) in con.execute("select url from documents").fetchall()]
        assert con.execute("select count(*) from failures").fetchone()[0] == 0
    assert len(urls) == total and len(set(urls)) == total           # none lost, none twice
    assert set(hits) == {f"/news/{n}.html" for n in range(total)}
    assert sum(n - 1 for n in hits.values()) <= in_flight


def _plain_report(n: int) -> bytes:
    return (f"The council met on Monday to discuss the budget for the coming year, in meeting "
            f"number {n}. Members agreed to spend more on roads and schools.").encode()


def _wait_for_stored(proc: subprocess.Popen, at_least: int) -> int:
    """Read stderr until ``at_least`` batches were committed ("stored N documents")."""
    buffer, batches = b"", 0
    deadline = time.monotonic() + 300
    while batches < at_least and time.monotonic() < deadline:
        chunk = os.read(proc.stderr.fileno(), 4096)
        if not chunk:
            break
        buffer += chunk
        batches = len(re.findall(rb"stored \d+ documents", buffer))
    return batches
