"""``eventwire watch``: follow live feeds into the store (a thin layer over
:mod:`eventwire.read.watch`)."""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

import click

from .cli_options import DEFAULT_DB
from .cli_output import Failed
from .read.fetch import DEFAULT_HOST_DELAY, DEFAULT_TIMEOUT
from .read.watch import DEFAULT_INTERVAL, WATCH_BATCH, Watcher


def _user_agent() -> str:
    try:
        release = version("eventwire")
    except PackageNotFoundError:
        release = "dev"
    return f"eventwire/{release} (news event monitor)"


@click.command()
@click.argument("feeds", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--db", default=DEFAULT_DB, show_default=DEFAULT_DB,
              type=click.Path(dir_okay=False), help="The store to ingest into; the watch state "
              "is kept beside it (DB.watch.sqlite).")
@click.option("--once", is_flag=True, help="One pass, then exit (for cron and tests).")
@click.option("--interval", type=click.FloatRange(min=1.0), default=DEFAULT_INTERVAL,
              show_default=True, help="Seconds from the start of one pass to the next.")
@click.option("--user-agent", default=_user_agent, show_default="eventwire/VERSION (news "
              "event monitor)", help="How requests name themselves (robots.txt rules for "
              "it apply).")
@click.option("--max-items", type=click.IntRange(min=1), default=None,
              help="Read at most this many items per pass; the rest wait for the next.")
@click.option("--host-delay", type=click.FloatRange(min=0.0), default=DEFAULT_HOST_DELAY,
              show_default=True, help="Seconds between two requests to one host (a longer "
              "robots.txt Crawl-delay wins).")
@click.option("--timeout", type=click.FloatRange(min=0.1), default=DEFAULT_TIMEOUT,
              show_default=True, help="Seconds to wait for an answer before trying again.")
@click.option("--batch", type=click.IntRange(min=1), default=WATCH_BATCH, show_default=True,
              help="Pages read before they are stored (or after a minute): a killed watch "
              "fetches at most this many again; smaller batches cost more CPU.")
@click.option("--quiet", "-q", is_flag=True, help="Only the summary of each pass.")
def watch(feeds: Path, db: str, once: bool, interval: float, user_agent: str,
          max_items: int | None, host_delay: float, timeout: float, batch: int,
          quiet: bool) -> None:
    """Follow the feeds listed in FEEDS (one URL a line) and ingest their new items.

    Conditional requests, robots.txt, a per-host rate limit and retries with backoff; each
    item's page is fetched once. Killed and restarted, it goes on where it stopped.
    """
    from .pipeline import Pipeline
    from .read.fetch import Fetcher
    from .read.watch import read_feed_list
    from .read.watch_state import WatchState, state_path
    from .store import ReleasedStore

    urls = read_feed_list(feeds)
    say = (lambda message: None) if quiet else (
        lambda message: click.echo(f"eventwire: watch: {message}", err=True))
    fetcher = Fetcher(user_agent=user_agent, host_delay=host_delay, timeout=timeout)
    # The store is held only while a batch is looked up or written (as ingest holds it), so
    # that export and serve can read it while a long watch runs.
    with ReleasedStore(db) as store, WatchState.open(state_path(db)) as state:
        watcher = Watcher(store, state, fetcher, Pipeline(), max_items=max_items,
                          batch_size=batch, report=say)
        for summary in watcher.run(urls, interval=interval, once=once):
            click.echo(f"eventwire: watch: pass done: {summary.describe()}", err=True)
    if once and summary.unreadable == summary.feeds:
        raise Failed("no feed could be read (see the lines above): check the URLs in "
                     f"{feeds}")

