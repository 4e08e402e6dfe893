"""``eventwire ingest --reprocess``: the stored documents read again with this eventwire (a thin
layer over :mod:`eventwire.store.reprocess`)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

from .cli_ingest import INGEST_BATCH
from .cli_output import ON_STOP, Failed, Progress, Usage, exit_if_nothing
from .cli_run import confident, run_pipeline
from .records import Document, Failure
from .store.reprocess import Reread

# Documents per transaction: as ingest's batches.
REPROCESS_BATCH = INGEST_BATCH


def _stored(db: str, ids: list[str], unreadable: dict[str, Document],
            published: date | None) -> Iterator[Document | Failure]:
    """The stored documents, a batch at a time (the store is held only while one is read),
    dated as ``--published`` says now (store.reprocess.dated) and each checked for its
    language again: one this eventwire cannot read is a failure, and is put in
    ``unreadable`` (its events are removed)."""
    from dataclasses import replace

    from .language import detect_language, language_failure
    from .store import Store
    from .store.reprocess import chunks, dated, stored_documents

    for chunk in chunks(ids, REPROCESS_BATCH):
        with Store.open(db, read_only=True) as store:
            docs = stored_documents(store, chunk)
        for doc in docs:
            language = detect_language(doc.text)
            doc = replace(dated(doc, published), language=language.code)
            if language.readable:
                yield doc
            else:
                unreadable[doc.id] = doc
                yield Failure(doc.source, doc.line, "language", language_failure(language))


class _Reading:
    """What a reprocess reads: the tables the column options apply to read again from their
    files (as ingest reads them), then every other stored document from the store. What the
    tables no longer give, or give as another outlet of a text stored from another input
    (ingest keeps the first read), is known once they are read: :attr:`reread`."""

    def __init__(self, db: str, ids: list[str], published: date | None, columns: Any) -> None:
        self.db, self.ids, self.published, self.columns = db, ids, published, columns
        self.tables, self.inputs, self.first = _tables(db, columns)
        self.unreadable: dict[str, Document] = {}
        self.reread = Reread()
        self.again = 0            # documents read from the tables

    def __iter__(self) -> Iterator[Document | Failure]:
        from .pipeline import Pipeline

        given: set[str] = set()                   # texts the tables give
        read: set[str] = set()                    # ... and this reading's own documents
        outlets: list[Document] = []
        for item in Pipeline().read(self.tables, published=self.published,
                                    columns=self.columns) if self.tables else ():
            if isinstance(item, Document):
                # The same text twice, or stored from another input first: read once (from
                # the store, below), and this is another outlet of it, as ingest has it.
                again = item.id in given
                given.add(item.id)
                self.again += not again
                if again or self.first.get(item.id, item.source) != item.source:
                    outlets.append(item)
                    continue
                read.add(item.id)
            yield item
        self.reread = self._unread(given, read, outlets)
        gone = set(self.reread.gone)
        rest = [i for i in self.ids if i not in read and i not in gone]
        yield from _stored(self.db, rest, self.unreadable, self.published)

    def _unread(self, given: set[str], read: set[str], outlets: list[Document]) -> Reread:
        """Documents the tables alone gave and give no more are gone; the tables' outlet
        rows of a text they give only as another outlet, or no more, are written anew."""
        named = set(self.tables)
        gone, unsourced = [], []
        for doc_id, inputs in sorted(self.inputs.items()):
            if doc_id in read or not inputs & named:
                continue
            if doc_id not in given and inputs <= named:
                gone.append(doc_id)
            else:
                unsourced.extend((doc_id, src) for src in sorted(inputs & named))
        return Reread(tuple(gone), tuple(unsourced), tuple(outlets))


def _tables(db: str, columns: Any) -> tuple[list[str], dict[str, set[str]], dict[str, str]]:
    """With column options: the tables stored documents were read from (names as given to
    ingest), every input each stored document was read from, and the first (its row's). A
    table that is gone, or no table at all, is a usage error, found before anything is
    read."""
    from .read.files import kind_of
    from .store import Store

    given = columns.given()
    if not given:
        return [], {}, {}
    with Store.open(db, read_only=True) as store:
        first = dict(store._run("SELECT id, source FROM documents"))
        rows = [*first.items(), *store._run("SELECT document_id, source FROM sources")]
    inputs: dict[str, set[str]] = {}
    for doc_id, src in rows:
        inputs.setdefault(doc_id, set()).add(src)
    tables = sorted({src for _, src in rows if kind_of(src)[0] in ("csv", "tsv")})
    options = ", ".join(f"--{name}-column" for name in given)
    if not tables:
        stdin = " (a table read from standard input cannot be read again)" if any(
            src == "-" for _, src in rows) else ""
        raise Usage(f"{options}: these say how CSV/TSV tables are read, and no stored "
                    f"document came from a table file{stdin}: leave them out")
    missing = [t for t in tables if not Path(t).is_file()]
    if missing:
        raise Usage(f"{options}: the stored documents' tables are read again with these, "
                    f"and {', '.join(missing[:3])}{' and more' if len(missing) > 3 else ''} "
                    "cannot be found (names are as given to ingest: run from the same "
                    "directory), or leave the column options out")
    return tables, inputs, first


def reprocess(db: str, *, workers: int, scheduler: str | None, outlets: Path | None,
              document_timeout: float | None, min_confidence: float, quiet: bool,
              published: date | None = None, columns: Any = None,
              include_crime: bool = False) -> None:
    """Read every stored document again and replace its events; reviews are kept and what
    happened to them is said (see :mod:`eventwire.store.reprocess`). ``published`` and
    ``columns`` are applied as a fresh ingest would (see :class:`_Reading`)."""
    from .read import Columns
    from .store.reprocess import document_ids, review_fate, review_places

    ON_STOP["note"] = ("every batch re-read so far is stored: rerun the same command to read "
                       "them all again")
    with _writer_store(db) as store:
        ids = document_ids(store)
        if not ids:
            raise Failed(f"{db} holds no documents to read again: ingest some first")
        before = review_places(store)
        events_before = store._scalar("SELECT count(*) FROM events")
    reading = _Reading(db, ids, published, columns or Columns())
    progress = Progress(quiet)
    docs = progress.documents_of(reading)
    results = confident(progress.track(run_pipeline(docs, workers, scheduler, outlets,
                                                    document_timeout, min_confidence,
                                                    include_crime)),
                        min_confidence, include_crime)
    _replace_in_batches(db, results, progress, reading)
    with _writer_store(db) as store:
        fate = review_fate(before, review_places(store))
        events_after = store._scalar("SELECT count(*) FROM events")
    progress.close(events=events_after, extra=f"reprocessed {len(ids)} stored documents of "
                   f"{db}{_tables_said(reading)}: {events_before} events before, "
                   f"{events_after} now; {fate.describe()}")
    exit_if_nothing(len(ids))


def _tables_said(reading: _Reading) -> str:
    if not reading.tables:
        return ""
    n = len(reading.tables)
    return (f" ({reading.again} documents read again from {n} table{'s' * (n != 1)} with "
            f"the column options, {len(reading.reread.gone)} they no longer give "
            "removed)")


def _replace_in_batches(db: str, results: Iterable[Any], progress: Any,
                        reading: _Reading) -> None:
    from .store.reprocess import replace_reports

    batch: list[tuple[Document, tuple[Any, ...]]] = []
    unreadable = reading.unreadable

    def commit(last: bool) -> None:
        removed = [(d, ()) for d in unreadable.values()]
        unreadable.clear()
        with _writer_store(db) as store:
            replace_reports(store, [*batch, *removed], tuple(progress.unsaved),
                            reading.reread if last else Reread())
        progress.unsaved.clear()
        batch.clear()

    for result in results:
        batch.append((result.document, result.events))
        if len(batch) >= REPROCESS_BATCH:
            commit(last=False)
    # Every input is read by now, so what the tables no longer give is known.
    if batch or unreadable or progress.unsaved or reading.reread != Reread():
        commit(last=True)


def check_paths(paths: tuple[str, ...], reprocess: bool) -> None:
    """``ingest`` takes PATHS, or ``--reprocess`` without them."""
    if reprocess and paths:
        raise Usage("--reprocess re-reads the documents already stored: give no PATHS with it "
                    "(ingest new inputs in a run of their own)")
    if not reprocess and not paths:
        raise Usage("give the inputs to ingest (files, directories, or - for stdin), or "
                    "--reprocess to read the stored documents again")


def _writer_store(db: str) -> Any:
    from .store import Store
    from .store.database import WRITER_WAIT_SECONDS
    return Store.open(db, wait=WRITER_WAIT_SECONDS)
