"""Running the pipeline on several cores (processes) or a dask cluster.

Each worker builds its own :class:`~eventwire.pipeline.Pipeline` once and keeps it for every
batch it is sent: models load once per process, never per document. Results come back in input
order, so output is the same with 1 worker or N.
"""

from __future__ import annotations

import multiprocessing
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
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

_worker_pipeline: Pipeline | None = None


def _run_batch(batch: Sequence[Document], factory: PipelineFactory) -> list[Result]:
    """Runs in a worker process: one pipeline per process, kept between batches."""
    global _worker_pipeline
    if _worker_pipeline is None:
        _worker_pipeline = factory()
    return list(_worker_pipeline.extract(batch, batch_size=len(batch) or 1))


def _in_order(submit: Callable[[list[Document]], Any], batches: Iterable[list[Document]],
              limit: int) -> Iterator[Result]:
    """Submit batches with at most ``limit`` in flight; yield results in input order."""
    pending: deque[Any] = deque()
    for batch in batches:
        pending.append(submit(batch))
        if len(pending) >= limit:
            yield from pending.popleft().result()
    while pending:
        yield from pending.popleft().result()


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
        batch_size: int = BATCH_SIZE) -> Iterator[Result]:
    """Process documents with ``workers`` processes (1: in this process), in input order."""
    if workers <= 1:
        yield from (pipeline or factory()).extract(documents, batch_size=batch_size)
        return
    _build_indexes_once(factory)
    # forkserver: workers start clean (no inherited threads or half-loaded models).
    ctx = multiprocessing.get_context("forkserver")
    with ProcessPoolExecutor(workers, mp_context=ctx) as pool:
        yield from _in_order(lambda b: pool.submit(_run_batch, b, factory),
                             _batches(documents, batch_size), workers * IN_FLIGHT_PER_WORKER)


def run_dask(documents: Iterable[Document], *, scheduler: str | None = None,
             workers: int = 2, factory: PipelineFactory = Pipeline,
             batch_size: int = BATCH_SIZE) -> Iterator[Result]:
    """Process documents on a dask cluster (``scheduler`` address, or a local one)."""
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

