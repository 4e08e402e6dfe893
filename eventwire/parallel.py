"""Running the pipeline on several cores (processes) or a dask cluster.

Each worker builds its own :class:`~eventwire.pipeline.Pipeline` once and keeps it for every
batch it is sent: models load once per process, never per document. Results come back in input
order, so output is the same with 1 worker or N.

One document cannot stall a run: each batch gets :data:`DOCUMENT_SECONDS` (the budget of one
document); a batch over it is run again one document at a time, each with the same budget,
and a document over it becomes that document's :class:`Failure` (stage "budget"). The budget
is a SIGALRM timer, so it holds where the pipeline runs in a process's main thread (one worker,
``--workers N``), not in dask's worker threads.

Each result carries the sentence vectors the detector computed of its events' sentences
(:class:`Encoded`), so that ``ingest``'s merging does not encode them again: per 10,240
documents of benchmarks/ingest_vs_extract.py's feed, 7-9 of the writer's 20-29 CPU s were that.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from contextlib import contextmanager
from dataclasses import dataclass
from itertools import islice
from typing import Any

from .errors import ResourceError
from .pipeline import DocumentResult, Pipeline
from .records import Document, Failure

Result = DocumentResult | Failure
PipelineFactory = Callable[[], Pipeline]

# Documents per task sent to a worker: large enough that spaCy batches well and pickling
# overhead is small, small enough that progress stays smooth (measured on the geo dev texts).
BATCH_SIZE = 32
# Tasks in flight per worker: keeps every core busy while bounding memory held in results.
IN_FLIGHT_PER_WORKER = 2

# Wall-clock seconds one document may take in the pipeline, models loaded beforehand. A news
# article takes well under a second; event-dense text, where every sentence is an event to
# parse and read, takes 12-16 CPU seconds per 100 KB (`python benchmarks/pathological.py
# --cpu "varied events" "many attack paragraphs"`, 2026-12-03), so 120 s holds about 700 KB
# of it on an idle core, and a longer document of events is skipped as over budget rather
# than stalling the run. A batch gets the budget of one document (an ordinary batch of 32
# takes about 2 s), so a stalling document costs at most two budgets before the run goes on.
DOCUMENT_SECONDS = 120.0
# A short text that takes every stage (an event, a place, a date, a source), run once before
# any budget counts, so that loading the models is never charged to a document.
WARM_UP_TEXT = "Gunmen struck and killed 12 people in Kabul on Monday, police said."
# Seconds a worker waits, after the run's process is gone, before it exits too.
ORPHAN_CHECK_SECONDS = 1.0
# Seconds the run's main thread waits on a worker's batch at a time before it looks for a
# signal to act on (a stop is answered within this; the check itself costs nothing).
SIGNAL_CHECK_SECONDS = 0.5
# Seconds a stopped run waits for the pool's manager thread to close the pool (it takes a few
# milliseconds once the workers are killed; the limit only keeps a stop from hanging).
MANAGER_SECONDS = 10.0

_worker_pipeline: Pipeline | None = None


@dataclass(frozen=True, slots=True)
class Encoded(DocumentResult):
    """A document's result with the sentence vectors the detector computed of its events'
    sentences and title: (text, float16 bytes), the form the store keeps
    (:func:`eventwire.merge.text.packed`)."""

    vectors: tuple[tuple[str, bytes], ...] = ()


class _Recording:
    """An encoder that keeps the vectors of the texts it encoded since :meth:`taken`."""

    def __init__(self, encoder: Any) -> None:
        self.encoder = encoder
        self.seen: dict[str, Any] = {}

    def encode(self, texts: list[str]) -> Any:
        out = self.encoder.encode(texts)
        self.seen.update(zip(texts, out, strict=True))
        return out

    def __getattr__(self, name: str) -> Any:
        return getattr(self.encoder, name)

    def taken(self, results: Sequence[Result]) -> list[Result]:
        """``results``, each with the vectors of its events' texts among those encoded; the
        vectors kept are dropped."""
        from .merge.text import packed

        out: list[Result] = []
        for r in results:
            if isinstance(r, DocumentResult) and r.events and self.seen:
                told = {t for e in r.events for t in (e.evidence.sentence, e.document.title)}
                texts = sorted(told & self.seen.keys())
                r = Encoded(r.document, r.events, tuple(zip(texts, packed(
                    [self.seen[t] for t in texts]), strict=True)))
            out.append(r)
        self.seen.clear()
        return out


def _recording(pipeline: Pipeline) -> _Recording | None:
    """The pipeline's detector made to encode through a :class:`_Recording` (once); None for
    a pipeline or detector without an encoder to give (a test's stand-in)."""
    detector = getattr(pipeline, "detector", None)      # a stand-in pipeline may have none
    if not hasattr(detector, "wrap_encoder"):
        return None
    if isinstance(detector.encoder, _Recording):
        return detector.encoder
    return detector.wrap_encoder(_Recording)


def _handed(pipeline: Pipeline, batch: Sequence[Document], seconds: float | None
            ) -> list[Result]:
    """:func:`_budgeted`, each result with the sentence vectors computed for it
    (:class:`Encoded`)."""
    if (recording := _recording(pipeline)) is None:
        return _budgeted(pipeline, batch, seconds)
    recording.seen.clear()
    return recording.taken(_budgeted(pipeline, batch, seconds))


class _OverBudget(BaseException):
    """Raised by the timer. Not an Exception: the pipeline's per-document isolation (which
    catches Exception) lets it through to :func:`_budgeted`, which knows the budget."""


def _run_batch(batch: Sequence[Document], factory: PipelineFactory,
               seconds: float | None = DOCUMENT_SECONDS) -> list[Result]:
    """Runs in a worker process: one pipeline per process, kept between batches."""
    global _worker_pipeline
    if _worker_pipeline is None:
        _worker_pipeline = _warmed(factory())
    return _handed(_worker_pipeline, batch, seconds)


def _warmed(pipeline: Pipeline) -> Pipeline:
    """``pipeline`` with its models loaded (by reading :data:`WARM_UP_TEXT` once)."""
    from .records import document_id
    try:
        pipeline.process([Document(id=document_id(WARM_UP_TEXT), text=WARM_UP_TEXT,
                                   source="<warm-up>")])
    except ResourceError:
        raise                  # a missing model fails every document: say so now
    except Exception:  # noqa: BLE001 - any other fault shows on the documents that have it
        pass
    return pipeline


def _budgeted(pipeline: Pipeline, batch: Sequence[Document],
              seconds: float | None) -> list[Result]:
    """The pipeline's results for ``batch`` within ``seconds`` (None: no limit); over it,
    the documents one by one, and a single document over it is its own failure."""
    if not batch:
        return []
    if not seconds or not _can_time():
        return list(pipeline.extract(batch, batch_size=len(batch)))
    try:
        with _timer(seconds):
            return list(pipeline.extract(batch, batch_size=len(batch)))
    except _OverBudget:
        if len(batch) == 1:
            doc = batch[0]
            return [Failure(doc.source, doc.line, "budget",
                            f"not finished after {seconds:g} s (the time one document may "
                            f"take; {len(doc.text):,} characters): it was skipped; split it "
                            "into smaller documents, or raise --document-timeout")]
    return [r for doc in batch for r in _budgeted(pipeline, [doc], seconds)]


def _can_time() -> bool:
    """Whether a SIGALRM timer can stop work here: this thread is the main thread and no
    other timer (a caller's, e.g. a test timeout) is running."""
    return (hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()
            and signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0))


@contextmanager
def _timer(seconds: float) -> Iterator[None]:
    def expire(signum: int, frame: Any) -> None:
        raise _OverBudget()

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def _worker_started(run_pid: int) -> None:
    """Runs first in every worker. Ctrl-C reaches the whole process group, and a service
    manager's SIGTERM often every process: the run's process stops the workers itself (see
    :func:`_stop`), so they ignore both (no traceback from each, no half-reported stop). A
    thread ends the worker when the run's process is gone (killed with SIGKILL): no orphans."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_IGN)

    def watch() -> None:
        while True:
            threading.Event().wait(ORPHAN_CHECK_SECONDS)
            try:
                os.kill(run_pid, 0)
            except ProcessLookupError:
                os._exit(1)
            except PermissionError:      # the pid was reused by someone else's process
                os._exit(1)

    threading.Thread(target=watch, name="eventwire-orphan-check", daemon=True).start()


def _in_order(submit: Callable[[list[Document]], Any], batches: Iterable[list[Document]],
              limit: int) -> Iterator[Result]:
    """Submit batches with at most ``limit`` in flight; yield results in input order."""
    pending: deque[Any] = deque()
    for batch in batches:
        pending.append(submit(batch))
        if len(pending) >= limit:
            yield from _result(pending.popleft())
    while pending:
        yield from _result(pending.popleft())


def _result(future: Any) -> Any:
    """The future's result, waited for in short spells. A signal may be delivered to any
    thread of the process (the pool's own, DuckDB's), and Python runs its handler in the
    main thread only once that thread runs again: waiting without a limit, a SIGTERM or
    SIGINT sent while the workers were busy was not acted on until they finished, if ever."""
    if not isinstance(future, Future):           # a dask future: its own waiting
        return future.result()
    while True:
        try:
            return future.result(timeout=SIGNAL_CHECK_SECONDS)
        except FutureTimeout:
            continue


def _build_indexes_once(factory: PipelineFactory) -> None:
    """Build the on-disk gazetteer index here, before the workers start, so that they load it
    instead of each building it at the same time (about 20 s on first use)."""
    if getattr(factory, "func", factory) is Pipeline:     # also partial(Pipeline, ...)
        from .places.gazetteer import index_path, save
        path = index_path()
        if not path.exists():             # built and written only: this process needs no copy
            from .places.build import build_gazetteer
            save(build_gazetteer(), path)


def _batches(documents: Iterable[Document], size: int) -> Iterator[list[Document]]:
    it = iter(documents)
    while batch := list(islice(it, size)):
        yield batch


def run(documents: Iterable[Document], *, workers: int = 1,
        factory: PipelineFactory = Pipeline, pipeline: Pipeline | None = None,
        batch_size: int | None = None, seconds: float | None = DOCUMENT_SECONDS
        ) -> Iterator[Result]:
    """Process documents with ``workers`` processes (1: in this process), in input order;
    each document within ``seconds`` (None: no limit); ``batch_size`` documents per task
    (default: :data:`BATCH_SIZE`, read when called)."""
    batch_size = batch_size or BATCH_SIZE
    if workers <= 1:
        batches = _batches(documents, batch_size)
        if (first := next(batches, None)) is None:
            return
        one = pipeline or factory()
        if seconds:
            _warmed(one)
        yield from _handed(one, first, seconds)
        for batch in batches:
            yield from _handed(one, batch, seconds)
        return
    _build_indexes_once(factory)
    # forkserver: workers start clean (no inherited threads or half-loaded models).
    ctx = multiprocessing.get_context("forkserver")
    pool = ProcessPoolExecutor(workers, mp_context=ctx, initializer=_worker_started,
                               initargs=(os.getpid(),))
    finished = False
    try:
        yield from _in_order(lambda b: pool.submit(_run_batch, b, factory, seconds),
                             _batches(documents, batch_size), workers * IN_FLIGHT_PER_WORKER)
        finished = True
    finally:
        if finished:
            pool.shutdown()
        else:                   # stopped (a signal, an error, the caller): end workers now
            _stop(pool)


def _stop(pool: ProcessPoolExecutor) -> None:
    """Cancel what is queued and end the workers at once, without waiting for their batches
    (SIGKILL: they ignore SIGTERM, and hold nothing to save). ProcessPoolExecutor has no
    public way to end running tasks before Python 3.14 (terminate_workers), hence its
    ``_processes``. Then wait for the pool's manager thread, which closes the pool's pipes
    once it sees the workers gone: Python's exit wakes that thread through one of them, and
    when the two met, the exit printed a traceback (OSError: Bad file descriptor) after the
    stop's message (ingest with workers, once in 40 stopped runs)."""
    processes = list(getattr(pool, "_processes", {}).values())
    manager = getattr(pool, "_executor_manager_thread", None)
    pool.shutdown(wait=False, cancel_futures=True)
    for p in processes:
        if p.is_alive():
            p.kill()
    for p in processes:
        p.join(5)
    if manager is not None:
        manager.join(MANAGER_SECONDS)


def run_dask(documents: Iterable[Document], *, scheduler: str | None = None,
             workers: int = 2, factory: PipelineFactory = Pipeline,
             batch_size: int | None = None) -> Iterator[Result]:
    """Process documents on a dask cluster (``scheduler`` address, or a local one)."""
    batch_size = batch_size or BATCH_SIZE
    try:
        from distributed import Client, LocalCluster
    except ImportError:
        raise ResourceError("dask is not installed: run `pip install 'eventwire[dask]'`") from None
    _build_indexes_once(factory)
    cluster = None if scheduler else LocalCluster(n_workers=workers, threads_per_worker=1,
                                                  processes=True, dashboard_address=None)
    client = Client(scheduler or cluster)
    try:
        limit = workers * IN_FLIGHT_PER_WORKER
        yield from _in_order(lambda b: client.submit(_run_batch, b, factory, pure=False),
                             _batches(documents, batch_size), limit)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()

