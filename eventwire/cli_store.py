"""``eventwire ingest --reprocess``: the stored documents read again with this eventwire (a thin
layer over :mod:`eventwire.store.reprocess`)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from .records import Document, Failure

# Documents per transaction, as ingest's batches (cli.INGEST_BATCH).
REPROCESS_BATCH = 64


def _stored(db: str, ids: list[str], unreadable: dict[str, Document]
            ) -> Iterator[Document | Failure]:
    """The stored documents, a batch at a time (the store is held only while one is read),
    each checked for its language again: one this eventwire cannot read is a failure, and is
    put in ``unreadable`` (its events are removed)."""
    from dataclasses import replace

    from .language import detect_language, language_failure
    from .store import Store
    from .store.reprocess import chunks, stored_documents

    for chunk in chunks(ids, REPROCESS_BATCH):
        with Store.open(db, read_only=True) as store:
            docs = stored_documents(store, chunk)
        for doc in docs:
            language = detect_language(doc.text)
            doc = replace(doc, language=language.code)
            if language.readable:
                yield doc
            else:
                unreadable[doc.id] = doc
                yield Failure(doc.source, doc.line, "language", language_failure(language))


def reprocess(db: str, *, workers: int, scheduler: str | None, outlets: Path | None,
              document_timeout: float | None, min_confidence: float, quiet: bool) -> None:
    """Read every stored document again and replace its events; reviews are kept and what
    happened to them is said (see :mod:`eventwire.store.reprocess`)."""
    from .cli import _ON_STOP, _confident, _exit_if_nothing, _Progress, _run
    from .store.reprocess import document_ids, review_fate, review_places

    _ON_STOP["note"] = ("every batch re-read so far is stored: rerun the same command to read "
                        "them all again")
    with _writer_store(db) as store:
        ids = document_ids(store)
        if not ids:
            from .cli import _Failed
            raise _Failed(f"{db} holds no documents to read again: ingest some first")
        before = review_places(store)
        events_before = store._scalar("SELECT count(*) FROM events")
    progress = _Progress(quiet)
    unreadable: dict[str, Document] = {}
    docs = progress.documents_of(_stored(db, ids, unreadable))
    results = _confident(progress.track(_run(docs, workers, scheduler, outlets,
                                             document_timeout, min_confidence)), min_confidence)
    _replace_in_batches(db, results, progress, unreadable)
    with _writer_store(db) as store:
        fate = review_fate(before, review_places(store))
        events_after = store._scalar("SELECT count(*) FROM events")
    progress.close(events=events_after, extra=f"reprocessed {len(ids)} stored documents of "
                   f"{db}: {events_before} events before, {events_after} now; "
                   f"{fate.describe()}")
    _exit_if_nothing(len(ids))


def _replace_in_batches(db: str, results: Iterable[Any], progress: Any,
                        unreadable: dict[str, Document]) -> None:
    from .store.reprocess import replace_reports

    batch: list[tuple[Document, tuple[Any, ...]]] = []

    def commit() -> None:
        gone = [(d, ()) for d in unreadable.values()]
        unreadable.clear()
        with _writer_store(db) as store:
            replace_reports(store, [*batch, *gone], tuple(progress.unsaved))
        progress.unsaved.clear()
        batch.clear()

    for result in results:
        batch.append((result.document, result.events))
        if len(batch) >= REPROCESS_BATCH:
            commit()
    if batch or unreadable or progress.unsaved:
        commit()


def check_paths(paths: tuple[str, ...], reprocess: bool) -> None:
    """``ingest`` takes PATHS, or ``--reprocess`` without them."""
    from .cli import _Usage

    if reprocess and paths:
        raise _Usage("--reprocess re-reads the documents already stored: give no PATHS with it "
                     "(ingest new inputs in a run of their own)")
    if not reprocess and not paths:
        raise _Usage("give the inputs to ingest (files, directories, or - for stdin), or "
                     "--reprocess to read the stored documents again")


def _writer_store(db: str) -> Any:
    from .store import Store
    from .store.database import WRITER_WAIT_SECONDS
    return Store.open(db, wait=WRITER_WAIT_SECONDS)
