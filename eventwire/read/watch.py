"""Following live feeds: ``eventwire watch FEEDS.txt --db STORE``.

Each pass asks every feed whether it changed (a conditional GET with the validators it gave
last time), notes the items it has not seen, then reads them: each item's page is fetched
once (politely, see :mod:`eventwire.read.fetch`), goes through the normal reading path as HTML
with its ``url``, and is ingested into the store in batches, as ``eventwire ingest`` does (a
text stored before is another source of its document). An item without a link is read as its
own text.

Nothing is lost and nothing is read twice across a kill: the feeds' validators and the items
seen are written to the watch state (:mod:`eventwire.read.watch_state`) in one transaction,
and an item is marked done only after the store committed its document. A run killed between
those two commits fetches at most one batch of pages again on restart, and the store, which
skips documents it holds, adds nothing twice.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from email.message import Message
from itertools import chain, zip_longest
from pathlib import Path
from typing import Any

from ..errors import DocumentError, FetchError, InputError
from ..pipeline import DocumentResult, clean_or_failure
from ..records import Document, Failure, RawDocument
from .decoding import decode
from .feeds import MAX_ITEM_CHARS, advertised_feeds, item_dates, read_feed
from .fetch import Clock, Fetcher, SystemClock, host_of, private_address
from .watch_state import FeedState, Item, WatchState, item_key

# GDELT publishes every 15 minutes; feeds rarely change faster.
DEFAULT_INTERVAL = 900.0
# Pages read, then committed to the store and the state together: a killed run fetches at
# most this many pages again. Each commit clusters anew every story it adds to, so small
# batches cost CPU: 2,000 pages of 50 local feeds took 51.3 CPU s in batches of 32 and 37.3 in
# batches of 256, against 36.9 for `ingest` of the same pages as files, whose batch is 256
# (cli_ingest.INGEST_BATCH; python benchmarks/watch.py, and /tmp runs of its pages at each
# batch size, 2026-12-05).
WATCH_BATCH = 256
# A batch is committed early when its first page was read this many seconds ago: with a
# host's rate limit (a second a page) a full batch takes minutes, and what was read should be
# in the store by then, as it goes.
WATCH_FLUSH_SECONDS = 60.0
# Items taken from one answer of one feed: a news feed lists tens; a feed listing more is
# broken or hostile, and its later items wait for the feed to change.
MAX_ITEMS_PER_FEED = 1000
# Passes that may fail to fetch an item's page (timeouts, 5xx) before it is given up.
MAX_ATTEMPTS = 3
FETCH_STAGE = "fetch"
_HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
_TEXT_TYPES = frozenset({"text/plain"})


@dataclass(slots=True)
class PassSummary:
    """What one pass did."""

    feeds: int = 0
    unchanged: int = 0              # feeds that answered 304 Not Modified
    unreadable: int = 0             # feeds that could not be fetched or parsed
    new_items: int = 0
    documents: int = 0              # documents stored
    events: int = 0                 # events added to the store
    failures: int = 0               # feeds and items recorded as failed
    pending: int = 0                # items left for a later pass
    sources: int = 0                # outlets added to texts stored before (store.sources)
    summaries: int = 0              # items read from the feed's own text, their page unread

    def describe(self) -> str:
        return (f"{self.feeds} feeds ({self.unchanged} unchanged, {self.unreadable} unreadable), "
                f"{self.new_items} new items, "
                f"{self.documents} documents stored, {self.events} events, {self.failures} "
                f"failures, {self.pending} items pending"
                + (f", {self.sources} new sources of stored documents" if self.sources else "")
                + (f", {self.summaries} read from the feed's summary (their page could not be)"
                   if self.summaries else ""))


def read_feed_list(path: str | Path) -> list[str]:
    """The feed URLs of a FEEDS.txt: one per line; blank lines and ``#`` comments skipped."""
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"cannot read the feed list {path} ({exc}): give a UTF-8 text file "
                         "with one feed URL per line") from exc
    urls: dict[str, None] = {}
    for n, line in enumerate(lines, start=1):
        url = line.split("#", 1)[0].strip() if line.lstrip().startswith("#") else line.strip()
        if not url:
            continue
        try:
            host_of(url)
        except FetchError:
            raise InputError(f"{path}:{n}: {url[:200]!r} is not an http(s) URL: write one feed "
                             "URL per line (# starts a comment)") from None
        urls.setdefault(url)
    if not urls:
        raise InputError(f"{path} lists no feed URLs: write one per line")
    return list(urls)


@dataclass(slots=True)
class _Batch:
    """Items read in this batch: their documents, failures, and those to try again."""

    documents: list[tuple[Item, Document]] = field(default_factory=list)
    failed: list[tuple[Item, Failure]] = field(default_factory=list)
    retry: list[Item] = field(default_factory=list)
    summaries: int = 0

    def __len__(self) -> int:
        return len(self.documents) + len(self.failed) + len(self.retry)


class Watcher:
    """Polls feeds and ingests their new items; the store, state, fetcher and pipeline are
    passed in (tests give a local server's fetcher and a fake pipeline)."""

    def __init__(self, store: Any, state: WatchState, fetcher: Fetcher, pipeline: Any, *,
                 max_items: int | None = None, batch_size: int = WATCH_BATCH,
                 report: Callable[[str], None] | None = None) -> None:
        self.store = store
        self.state = state
        self.fetcher = fetcher
        self.pipeline = pipeline
        self.max_items = max_items
        self.batch_size = batch_size
        self.report = report or (lambda message: None)

    def run(self, feeds: Sequence[str], *, interval: float = DEFAULT_INTERVAL,
            once: bool = False, clock: Clock | None = None) -> Iterator[PassSummary]:
        """Pass after pass (one with ``once``), ``interval`` seconds apart, start to start."""
        clock = clock or SystemClock()
        while True:
            started = clock.monotonic()
            yield self.run_pass(feeds)
            if once:
                return
            clock.sleep(max(0.0, interval - (clock.monotonic() - started)))

    def run_pass(self, feeds: Sequence[str]) -> PassSummary:
        summary = PassSummary(feeds=len(feeds))
        for url in feeds:
            self._poll(url, summary)
        self._read_pending(summary)
        summary.pending = self.state.counts().get("pending", 0)
        return summary

    # -- feeds ---------------------------------------------------------------------------

    def _poll(self, url: str, summary: PassSummary) -> None:
        """Ask one feed for news; note its new items (with its validators) in the state."""
        known = self.state.feed(url)
        validators = {k: v for k, v in (("If-None-Match", known.etag),
                                         ("If-Modified-Since", known.last_modified)) if v}
        try:
            answer = self.fetcher.get(url, validators=validators)
        except FetchError as exc:
            summary.unreadable += 1
            self._record([Failure(url, None, FETCH_STAGE, str(exc))], summary)
            return
        if answer.status == 304:
            summary.unchanged += 1
            return
        items, failures = feed_items(url, answer.body)
        broken = not items and any(f.line is None for f in failures)
        summary.unreadable += broken
        self._record(failures, summary)
        # A feed that could not be read keeps no validators: its 304 next pass would count
        # it "unchanged" and hide that it is still broken.
        fresh = FeedState(url, None, None) if broken else \
            FeedState(url, answer.header("ETag"), answer.header("Last-Modified"))
        unseen = self.state.known(i.key for i in items)
        summary.new_items += self.state.record_feed(fresh, [i for i in items
                                                            if i.key not in unseen])

    def _record(self, failures: Sequence[Failure], summary: PassSummary) -> None:
        if failures:
            self.store.add_batch([], failures)
            summary.failures += len(failures)
            for f in failures:
                self.report(f"skipped {f.source}" + (f":{f.line}" if f.line else "")
                            + f" ({f.stage}): {f.message}")

    # -- items ---------------------------------------------------------------------------

    def _read_pending(self, summary: PassSummary) -> None:
        clock = self.fetcher.clock
        batch, started = _Batch(), clock.monotonic()
        for item in by_host(self.state.pending(self.max_items)):
            self._read_item(item, batch)
            if len(batch) >= self.batch_size or (
                    len(batch) and clock.monotonic() - started >= WATCH_FLUSH_SECONDS):
                self._commit(batch, summary)
                batch, started = _Batch(), clock.monotonic()
        if len(batch):
            self._commit(batch, summary)

    def _read_item(self, item: Item, batch: _Batch) -> None:
        if item.link is None:
            raw = RawDocument(item.feed, item.content, item.kind, line=item.line,
                              title=item.title, published=item.published or item.updated,
                              outlet=item.outlet)
        else:
            try:
                answer = self.fetcher.get(item.link)
            except FetchError as exc:
                if exc.permanent or item.attempts + 1 >= MAX_ATTEMPTS:
                    self._instead(item, Failure(item.link, None, FETCH_STAGE, str(exc)), batch)
                else:
                    batch.retry.append(item)
                return
            raw = page_document(item, answer.body, answer.header("Content-Type"))
        doc = raw if isinstance(raw, Failure) else clean_or_failure(raw, None)
        if isinstance(doc, Failure):
            self._instead(item, doc, batch)
        else:
            batch.documents.append((item, doc))

    def _instead(self, item: Item, failure: Failure, batch: _Batch) -> None:
        """An item whose page cannot be read (gone, robots.txt, not HTML, no article in it)
        is read as the feed's own text of it, when it has one, as an item without a link is;
        else it fails."""
        doc: Document | Failure = failure
        if item.link is not None and item.content.strip() and failure.stage != "language":
            doc = clean_or_failure(RawDocument(
                item.link, item.content, item.kind, url=item.link, title=item.title,
                published=item.published or item.updated, outlet=item.outlet), None)
        if isinstance(doc, Failure):
            batch.failed.append((item, failure))
            return
        why = failure.message.removeprefix(f"{item.link}: ")
        self.report(f"read the feed's summary of {item.link}: {why}")
        batch.documents.append((item, doc))
        batch.summaries += 1

    def _commit(self, batch: _Batch, summary: PassSummary) -> None:
        """Extract and store the batch's new documents, then mark its items in the state."""
        stored = self.store.has_documents(d.id for _, d in batch.documents)
        new = list({d.id: d for _, d in batch.documents if d.id not in stored}.values())
        results: list[DocumentResult] = []
        failures = [f for _, f in batch.failed]
        for r in self.pipeline.extract(new):
            (failures if isinstance(r, Failure) else results).append(r)
        added = self.store.add_batch([(r.document, r.events) for r in results], failures)
        broken = {(f.source, f.line): f.message for f in chain(failures, added.failed)}
        done, failed = [], [(i.key, f.message) for i, f in batch.failed]
        for item, doc in batch.documents:
            if why := broken.get((doc.source, doc.line)):
                failed.append((item.key, why))
            else:
                done.append((item.key, doc.id))
        self.state.finish(done, failed, [i.key for i in batch.retry])
        summary.summaries += batch.summaries
        summary.documents += added.documents_added
        summary.events += added.events_added
        summary.failures += len(failures) + len(added.failed)
        for f in (*failures, *added.failed):
            self.report(f"skipped {f.source} ({f.stage}): {f.message}")
        self.report(f"stored {added.documents_added} documents, {added.events_added} events "
                    f"({len(batch)} items read)")
        self._add_sources([d for _, d in batch.documents], summary)

    def _add_sources(self, docs: Sequence[Document], summary: PassSummary) -> None:
        """The outlets of texts stored before, or twice in this batch (extracted and stored
        once): the same wire copy on another site is one document with another source
        (``store.add_sources``), and is said, since "stored 0 documents" would hide it."""
        stored = self.store.has_documents(d.id for d in docs) if docs else set()
        again = [d for d in docs if d.id in stored]
        added = self.store.add_sources(again) if again else 0
        summary.sources += added
        if added:
            self.report(f"{added} items are texts already stored, from other outlets: kept "
                        "as sources of those documents")


def feed_items(url: str, data: bytes) -> tuple[list[Item], list[Failure]]:
    """The items of a feed's body, and failures for the feed or items that cannot be read."""
    try:
        feed = read_feed(data, url=url)
    except DocumentError as exc:
        if advertised := advertised_feeds(data, url):
            return [], [Failure(url, None, "read", "a web page, not a feed; it names its "
                                f"feed: {', '.join(advertised[:3])}: list that address in the "
                                "feed list instead")]
        return [], [Failure(url, None, "read", exc.reason)]
    items: dict[str, Item] = {}
    failures: list[Failure] = []
    if len(feed.items) > MAX_ITEMS_PER_FEED:
        failures.append(Failure(url, None, "read", f"feed lists {len(feed.items):,} items; "
                                f"the first {MAX_ITEMS_PER_FEED:,} are read"))
    local_feed = private_address(url)
    for entry in feed.items[:MAX_ITEMS_PER_FEED]:
        link = _web_link(entry.url, local_feed)
        if not link and not entry.text.strip():
            failures.append(Failure(url, entry.line, "read", "feed item has no text and no "
                                    "link to fetch (links must be http(s), and a feed on the "
                                    "public web may not point at a private address)"))
            continue
        if len(entry.text) > MAX_ITEM_CHARS:
            entry = replace(entry, text="")       # its page is read instead; no link: below
            if not link:
                failures.append(Failure(url, entry.line, "read", "feed item too long and "
                                        "without a link: skipped"))
                continue
        published, updated = item_dates(entry)
        key = item_key(link, entry.text)
        items.setdefault(key, Item(key, url, link, entry.text, "text", entry.line, entry.title,
                                   published, entry.outlet or feed.title, updated=updated))
    return list(items.values()), failures


def _web_link(link: str | None, local_feed: bool) -> str | None:
    """An item's link if it may be fetched: a web address (a feed may hold ``javascript:`` or
    ``file:``), and on a private address only when the feed itself is on one (a public feed
    must not make eventwire ask the services of its own network)."""
    if not link:
        return None
    try:
        host_of(link)
    except FetchError:
        return None
    return link if local_feed or not private_address(link) else None


def page_document(item: Item, body: bytes, content_type: str | None) -> RawDocument | Failure:
    """An item's fetched page as the reading path takes it: HTML with the item's URL."""
    message = Message()
    message["Content-Type"] = content_type or "text/html"
    mime = message.get_content_type()
    if mime not in _HTML_TYPES | _TEXT_TYPES:
        return Failure(item.link or item.feed, None, FETCH_STAGE, f"the page is {mime}, not "
                       "HTML or text: eventwire reads news articles")
    try:
        text = decode(body, html=mime in _HTML_TYPES, charset=message.get_content_charset())
    except DocumentError as exc:
        return Failure(item.link or item.feed, None, FETCH_STAGE, exc.reason)
    # A feed's update date is no publication date (an edit days later moves it): the page's
    # own date comes first, and the update is a bound on it and the date of last resort.
    return RawDocument(item.link or item.feed, text, "html" if mime in _HTML_TYPES else "text",
                       url=item.link, title=item.title, published=item.published,
                       outlet=item.outlet, crawled=None if item.published else item.updated)


def by_host(items: Sequence[Item]) -> list[Item]:
    """Items taken from each host in turn, so that one host's rate limit does not hold up
    the others; each host's items keep their order."""
    queues: dict[str, list[Item]] = {}
    for item in items:
        queues.setdefault(host_of(item.link) if item.link else "", []).append(item)
    return [i for row in zip_longest(*queues.values()) for i in row if i is not None]
