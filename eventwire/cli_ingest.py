"""``eventwire ingest``: events into a DuckDB store in batches, so that a rerun skips what is
stored and a killed run resumes (a thin layer over eventwire.store; ``--reprocess`` is
:mod:`eventwire.cli_store`)."""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Iterable, Iterator
from datetime import date
from itertools import islice
from pathlib import Path
from typing import Any

import click

from .cli_actors import actors_option
from .cli_options import (
    DEFAULT_DB,
    chosen_columns,
    document_timeout_option,
    outlets_option,
    published_option,
    reading_options,
    scheduler_option,
    workers_option,
)
from .cli_output import ON_STOP, Progress, exit_if_nothing
from .cli_run import confident, run_pipeline
from .records import Document, Event, Failure

# Documents per store transaction: a killed run loses at most this much work, and a reader
# (export, serve) waits at most for one batch's write. Each batch opens and closes the store
# and clusters anew every story it adds to, so larger batches cost less per document: merging
# and storing 3,961 documents of benchmarks/ingest_vs_extract.py's feed into a store of 36,000
# took 23.4 / 16.4 / 14.7 CPU s in batches of 64 / 128 / 256 (`python benchmarks/
# ingest_replay.py replay STORE BATCHES --warm --batch N`, 2026-12-05).
INGEST_BATCH = 256
# Documents per lookup of those already stored (a read: larger chunks cost only memory). Each
# lookup opens the store; with a lookup per INGEST_BATCH, opening and closing the store took a
# fifth of the main process's time on 10,000 short records (python
# benchmarks/ingest_vs_extract.py --records 10000, cProfile of the main process).
LOOKUP_BATCH = 512


@click.command()
@click.argument("paths", nargs=-1)
@published_option
@reading_options
@click.option("--db", default=DEFAULT_DB, show_default=True, type=click.Path(dir_okay=False))
@click.option("--reprocess", is_flag=True, help="Read the documents already stored again with "
              "this eventwire and replace their events (no PATHS); reviews are kept, and what "
              "became of them is said. --published dates the documents that have no date of "
              "their own; the column options read the stored documents' tables again.")
@workers_option
@document_timeout_option
@scheduler_option
@outlets_option
@actors_option
@click.option("--min-confidence", type=click.FloatRange(0.0, 1.0), default=0.0,
              show_default=True, help="Store only events at least this likely to be real and "
              "in scope; by default every event is stored, and `export --min-confidence` "
              "chooses later.")
@click.option("--include-crime", is_flag=True, help="Store events of ordinary crime and "
              "policing too (scope `crime`), so that `export --include-crime` can choose them "
              "later; --min-confidence is then compared with `confidence_with_crime`.")
@click.option("--quiet", "-q", is_flag=True, help="No progress bar or summary.")
def ingest(paths: tuple[str, ...], published: date | None, db: str, reprocess: bool,
           workers: int, document_timeout: float | None, scheduler: str | None,
           outlets: Path | None, min_confidence: float, include_crime: bool,
           quiet: bool) -> None:
    """Extract events into a DuckDB store; idempotent, and a killed run resumes."""
    from .cli_store import check_paths
    from .cli_store import reprocess as reprocess_store
    from .pipeline import Pipeline
    from .store import ReleasedStore

    check_paths(paths, reprocess)
    if reprocess:
        return reprocess_store(db, workers=workers, scheduler=scheduler, outlets=outlets,
                               document_timeout=document_timeout,
                               min_confidence=min_confidence, include_crime=include_crime,
                               quiet=quiet,
                               published=published, columns=chosen_columns())

    ON_STOP["note"] = ("every batch stored so far is kept: rerun the same command to resume "
                       "after it")
    progress = Progress(quiet)
    # Opened (and migrated) now, before any input is read; held between batches and released
    # when a reader waits for it, so that export can read the store during a long run.
    with ReleasedStore(db) as store:
        docs = _new_documents(store, Pipeline().read(paths, published=published,
                                                     stdin=sys.stdin, columns=chosen_columns()),
                              progress)
        results = confident(progress.track(run_pipeline(docs, workers, scheduler, outlets,
                                                        document_timeout, min_confidence,
                                                        include_crime)),
                            min_confidence, include_crime)
        added = _store_in_batches(store, results, progress)
        counts = store.counts()
    progress.close(events=added, extra=f"store now holds {counts.get('events', 0)} events "
                   f"from {counts.get('documents', 0)} documents ({db})")
    exit_if_nothing(progress.documents + progress.already_stored + progress.sources_added)


def _new_documents(store: Any, items: Iterable[Document | Failure],
                   progress: Progress) -> Iterator[Document]:
    """Documents not yet in the store: a rerun skips them, a killed run resumes. A copy of a
    stored text is read again only when the store must take its reports to keep the copy
    ``extract`` keeps (an earlier-published copy than the stored one: ``store/copies.py``),
    else recorded as another outlet of the text."""
    docs = progress.documents_of(items)
    while chunk := list(islice(docs, LOOKUP_BATCH)):    # one lookup per chunk, not per document
        stored = store.has_documents(d.id for d in chunk)
        copies = [d for d in chunk if d.id in stored]
        again = {id(d) for d in store.copies_to_read(copies)} if copies else set()
        # Another outlet of a stored text: recorded with the next batch, in the same opening.
        progress.unsaved_sources.extend(d for d in copies if id(d) not in again)
        yield from (d for d in chunk if d.id not in stored or id(d) in again)


def _store_in_batches(store: Any, results: Iterable[Any], progress: Progress) -> int:
    """Commit documents with their events (and failures seen so far) in transactions; a
    document the store could not hold is reported like any failed document.

    A batch is written by a thread while this one goes on feeding the workers: written here,
    the workers ran out of work during each write (they hold IN_FLIGHT_PER_WORKER tasks), and
    the store's share of the run was added to the pipeline's instead of overlapping it. One
    batch is written at a time, in order, so a stop or a fault leaves whole batches; a stop
    waits for the batch being written (``ReleasedStore`` lets a waiting reader in between two)."""
    from concurrent.futures import Future, ThreadPoolExecutor

    added = 0
    batch: list[tuple[Document, tuple[Event, ...]]] = []
    failures, sources = progress.unsaved, progress.unsaved_sources
    writer = ThreadPoolExecutor(1, thread_name_prefix="eventwire-store")
    writing: tuple[Future, int] | None = None

    def written() -> int:
        """Wait for the batch being written and report what became of it."""
        nonlocal writing
        if writing is None:
            return 0
        future, asked = writing
        writing = None
        result = _waited(future)
        progress.sources_added += result.sources_added
        progress.already_stored += asked - result.sources_added
        for failure in result.failed:           # recorded by the store already
            progress.fail(failure, recorded=True)
            progress.documents -= 1
        return result.events_added

    def commit() -> int:
        nonlocal writing
        done = written()
        job = (batch, tuple(failures), tuple(sources))      # taken here: this thread adds more
        failures.clear()
        sources.clear()
        handed = {"vectors": tuple(vectors)} if vectors else {}
        writing = (writer.submit(store.add_batch, job[0], job[1], sources=job[2], **handed),
                   len(job[2]))
        vectors.clear()
        return done

    vectors: list[tuple[str, bytes]] = []     # what the workers encoded (parallel.Encoded)
    try:
        for result in results:
            batch.append((result.document, result.events))
            vectors.extend(getattr(result, "vectors", ()))
            if len(batch) >= INGEST_BATCH:
                added += commit()
                batch = []
        if batch or failures or sources:
            added += commit()
        added += written()
    finally:
        if writing is not None:         # stopped or failed: the batch being written ends whole
            with contextlib.suppress(Exception):
                _waited(writing[0])
        writer.shutdown(wait=False)
    return added


# Seconds the main thread waits for a batch's write at a time before it looks for a signal to
# act on (as eventwire.parallel waits for the workers).
WAIT_SECONDS = 0.5


def _waited(future: Any) -> Any:
    """The future's result, waited for in short spells so that a signal is acted on."""
    from concurrent.futures import TimeoutError as FutureTimeout

    while True:
        try:
            return future.result(timeout=WAIT_SECONDS)
        except FutureTimeout:
            continue
