"""Several processes give the same events, in the same order, as one."""

from __future__ import annotations

import pytest

from eventwire import parallel

from fakes import fake_pipeline, make_document

DOCS = [make_document(f"Jets struck Idlib on Monday, report {i}.", source=f"d{i}.txt")
        for i in range(40)]


def test_workers_keep_input_order_and_results():
    one = list(parallel.run(DOCS, workers=1, factory=fake_pipeline))
    two = list(parallel.run(DOCS, workers=2, factory=fake_pipeline, batch_size=3))
    assert [r.document.source for r in two] == [d.source for d in DOCS]
    assert [[e.id for e in r.events] for r in two] == [[e.id for e in r.events] for r in one]


def test_dask_local_cluster_gives_the_same_events():
    pytest.importorskip("distributed", reason="the dask extra is not installed")
    got = list(parallel.run_dask(DOCS[:6], workers=1, factory=fake_pipeline, batch_size=2))
    assert [r.document.source for r in got] == [d.source for d in DOCS[:6]]
