"""The pipeline run over a command's documents (extract, ingest, ingest --reprocess): in
processes here or on a dask cluster, with the user's tables and threshold."""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from dataclasses import replace
from functools import partial
from pathlib import Path
from typing import Any

from .cli_actors import chosen_actors
from .cli_output import say
from .records import Document, kept_confidence


def run_pipeline(docs: Iterable[Document], workers: int, scheduler: str | None,
                 outlets: Path | None, document_timeout: float | None = None,
                 min_confidence: float = 0.0, include_crime: bool = False) -> Iterator[Any]:
    from . import parallel
    from .pipeline import Pipeline, document_gate

    tables = {k: v for k, v in (("outlets", outlets), ("actors", chosen_actors())) if v}
    # A document with no event at the gate skips actors, places and dates.
    factory = partial(Pipeline, **tables, min_confidence=document_gate(min_confidence),
                      include_crime=include_crime)
    if scheduler in (None, "local"):          # processes on this machine
        workers = capped(workers)
    if scheduler:
        return parallel.run_dask(docs, scheduler=None if scheduler == "local" else scheduler,
                                 workers=workers, factory=factory)
    seconds = parallel.DOCUMENT_SECONDS if document_timeout is None else document_timeout
    return parallel.run(docs, workers=workers, factory=factory, seconds=seconds or None)


def capped(workers: int) -> int:
    """``workers``, at most one per CPU this process may use: each worker holds its own
    models (about 500 MB), and more workers than CPUs add memory, not speed."""
    cpus = (len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity")
            else os.cpu_count() or 1)
    if workers > cpus:
        say(f"warning: --workers {workers} is more than the {cpus} CPUs here: using {cpus} "
            "(each worker holds its own models, about 500 MB)")
    return min(workers, cpus)


def confident(results: Iterable[Any], min_confidence: float,
              include_crime: bool = False) -> Iterator[Any]:
    """Each document's result with its events below ``min_confidence`` left out (their
    :func:`~eventwire.records.kept_confidence`)."""
    for r in results:
        kept = tuple(e for e in r.events if kept_confidence(e, include_crime) >= min_confidence)
        yield replace(r, events=kept) if len(kept) < len(r.events) else r
