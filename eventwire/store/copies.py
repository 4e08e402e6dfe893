"""A text run by several outlets: the store keeps the reports of the copy extract keeps.

A document's id is its text's digest, so two outlets' copies of one text are one document,
stored once (:mod:`.sources` records every outlet). Its reports are read from one copy, and
they differ between copies where the copy's metadata matters: a relative day counts from the
copy's publication date, an undated event is placed near it, the title is the report's
headline. Extract keeps the reports of the copy with the lowest
:func:`eventwire.merge.copy_rank` among those that gave any (:func:`eventwire.merge.distinct`);
so the store must too, whichever copy came first: a copy that ranks before the stored one
replaces its reports, and the events that held them are merged again
(:func:`taken_over`), so that the stored events stay ``merge(all reports)``. A caller that
skips the texts already stored (``ingest``) asks :func:`to_read` which of their new copies it
must read for that.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import TYPE_CHECKING

from ..merge import copy_rank
from ..records import Document, Event, event_from_record
from .lookup import select
from .sources import sources_by_document

if TYPE_CHECKING:
    from .database import Store


def _stored_ranks(store: Store, doc_ids: Sequence[str]) -> dict[str, tuple]:
    """The :func:`copy_rank` of the copy each stored document's reports come from (a
    document with no reports is left out)."""
    from .merging import _read_reports

    out: dict[str, tuple] = {}
    for _, _, _, text in _read_reports(store, "document_id", doc_ids):
        d = event_from_record(json.loads(text)).document
        out[d.id] = copy_rank(d)
    return out


def taken_over(store: Store, items: Sequence[tuple[Document, Sequence[Event]]]
               ) -> tuple[list[Event], tuple[int, int]]:
    """Of ``items`` whose documents are stored: the reports of the copies that rank before
    the stored copy of their text (or of a text stored with no reports), with the stored
    reports of the events that held the replaced ones, to merge again; those events are
    deleted. Returns the reports and the (events, mentions) deleted."""
    from .merging import _delete_events, _reports_of_events

    best: dict[str, list[Event]] = {}
    for _, evs in items:
        for e in evs:
            best.setdefault(e.document.id, []).append(e)
    if not best:
        return [], (0, 0)
    ranks = _stored_ranks(store, sorted(best))
    won = {d: evs for d, evs in best.items()
           if d not in ranks or min(copy_rank(e.document) for e in evs) < ranks[d]}
    if not won:
        return [], (0, 0)
    touched = sorted({eid for _, eid in select(store, "reports", "document_id", sorted(won),
                                               "t.event_id")})
    members = _reports_of_events(store, touched)
    others = [r.event for eid in touched for r in members[eid]
              if r.event.document.id not in won]
    gone = _delete_events(store, touched)
    return [*others, *(e for evs in won.values() for e in evs)], gone


def to_read(store: Store, docs: Sequence[Document]) -> list[Document]:
    """Of ``docs`` (copies of stored texts), those whose reports the store must see to keep
    extract's copy (:func:`taken_over`): a copy not yet recorded as one of its text's outlets
    (:mod:`.sources`: the same address and date) that ranks before the copy the stored
    reports come from, or of a text stored with no reports. A copy read before is never read
    again, so rerunning an input reads nothing twice."""
    ids = sorted({d.id for d in docs})
    if not ids:
        return []
    ranks = _stored_ranks(store, ids)
    seen = {(i, s["url"], s["published"]) for i, ss in sources_by_document(store._con, ids).items()
            for s in ss}
    out, taken = [], set()
    for d in docs:
        copy = (d.id, d.url, d.published.isoformat() if d.published else None)
        if copy in seen or copy in taken:
            continue
        if d.id not in ranks or copy_rank(d.ref) < ranks[d.id]:
            out.append(d)
            taken.add(copy)
    return out
