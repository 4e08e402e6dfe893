"""Bulk loading: documents and their reports written without merging, for large test stores.

:func:`bulk_load` writes each report as its own event (its own component), as the store would
hold it if no report had told the same event as another, with the blocking keys, mentions,
outlets and sentence vectors :meth:`~eventwire.store.Store.add_batch` writes. It compares
nothing, so it costs the rows written and the encoding of the reports' texts
(benchmarks/store_size.py fills a store of a million events in minutes without the vectors,
where merging every report would take hours). Reports added later through ``add_batch`` are
merged with these as with any stored report: the components they link to are clustered anew.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from ..records import Document, Event
from .merging import Report
from .writing import write, write_keys
from .vectors import keep

if TYPE_CHECKING:
    from .database import Store


def bulk_load(store: Store, items: Sequence[tuple[Document, Sequence[Event]]],
              vectors: bool = True) -> int:
    """Write documents not yet stored with their events, each event unmerged, in one
    transaction; returns the events written. For filling test stores, not for ingest: the
    result is not ``merge(all reports)`` when some reports tell one event. Without
    ``vectors``, the store is as one written before migration 0011 (no sentence vectors)."""
    import pyarrow as pa

    from .database import _dumps
    from .sources import _COLUMNS, _row

    stored = store.has_documents(d.id for d, _ in items)
    new = {d.id: (d, evs) for d, evs in items if d.id not in stored}
    reports = [Report.of(e, _dumps) for _, evs in new.values() for e in evs]
    rows = sorted({_row(d) for d, _ in new.values()}, key=repr)
    sources = pa.table({name: pa.array([r[i] for r in rows], pa.date32() if name == "published"
                                       else pa.string()) for i, name in enumerate(_COLUMNS)})
    store._run("BEGIN TRANSACTION")
    try:
        store._insert_documents([d for d, _ in new.values()])
        store._insert("sources", sources)     # new documents: none of their outlets is stored
        write(store, reports, [(r, r.event.id, r.event.id) for r in reports])
        write_keys(store, reports)
        if vectors:
            keep(store, [r.event for r in reports])
        store._run("COMMIT")
    except BaseException:
        store._rollback()
        raise
    return len(reports)
