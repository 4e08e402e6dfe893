"""Merging in the store: a new report joins the stored events it tells, across runs.

A new report's blocking keys (:mod:`eventwire.merge.blocking`) are looked up in the
``report_keys`` rows; the stored reports sharing one are compared with it, and the decision's
edges, strongest first, join it to stored events (or bridge two), never putting two reports of
one document, or two reports the evidence vetoes as one event, in one event (the rule
:func:`eventwire.merge.merge` clusters by). Only the events a link reaches are read, and only
those that gained reports are rewritten.

Whatever the batching or order, the store holds the same events with the same ids (the id of
an event's first report) when no reports compete for one event; when they do (a document's
two reports, or a report told like two events that the evidence keeps apart), the strongest
edge seen so far wins, which may differ from clustering everything at once: a stored event is
never split. One batch into an empty store gives exactly :func:`eventwire.merge.merge`'s events.
Cost per report: its blocks' stored reports and the reports of the events it links to (an
event with many reports costs as many to read and rewrite).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from functools import reduce
from typing import TYPE_CHECKING, Any

from ..merge import combine, distinct, reports, sort_key
from ..merge.blocking import PASSIVE, active, keys
from ..merge.cluster import edges
from ..merge.constraint import clash, joined, summary
from ..merge.evidence import profile
from ..records import Event, event_from_record, event_to_record

if TYPE_CHECKING:
    from .database import Store


@dataclass(frozen=True, slots=True)
class Report:
    """An event as the pipeline handed it over, with its record, JSON text and keys."""

    event: Event
    record: dict[str, Any]
    text: str
    keys: tuple[str, ...]

    @classmethod
    def of(cls, e: Event, dumps: Any) -> Report:
        record = event_to_record(e)
        return cls(e, record, dumps(record), tuple(keys(e, profile(e))))


def _lookup_keys(ks: Sequence[str]) -> list[str]:
    """The stored keys a set of new keys pairs with: an active key meets itself and its
    passive twin; a passive key meets its active twin only."""
    out = set()
    for k in ks:
        if k.endswith(PASSIVE):
            out.add(active(k))
        else:
            out |= {k, k + PASSIVE}
    return sorted(out)


def backfill(store: Store, dumps: Any) -> None:
    """Give keys and components to reports stored before migration 0004 (once)."""
    rows = store._run("SELECT coalesce(r.record, e.record), r.report_id FROM reports r "
                      "JOIN events e ON e.event_id = r.event_id WHERE r.component_id IS NULL")
    if not rows:
        return
    olds = [Report.of(event_from_record(json.loads(text)), dumps) for text, _ in rows]
    evs = "SELECT DISTINCT event_id FROM reports WHERE component_id IS NULL"
    store._run(f"DELETE FROM mentions WHERE event_id IN ({evs})")
    store._run(f"DELETE FROM events WHERE event_id IN ({evs})")
    store._run("DELETE FROM reports WHERE component_id IS NULL")
    merge_in(store, [r.event for r in olds], dumps, everything=True)


def merge_in(store: Store, new: Sequence[Event], dumps: Any,
             everything: bool = False) -> tuple[int, int]:
    """Merge new reports into the stored events; returns (events added, mentions added).

    Stored events are taken as they are (clusters); the new reports' "one event" edges
    (:func:`eventwire.merge.cluster.edges`), strongest first, join a new report to a stored
    event or to another new report, or bridge two stored events, unless the result would hold
    two reports of one document or two reports the evidence vetoes as one event
    (:mod:`eventwire.merge.constraint`). Only the events that gained reports are rewritten.
    """
    if not new:
        return 0, 0
    if not everything and store._scalar(
            "SELECT count(*) FROM reports WHERE component_id IS NULL"):
        backfill(store, dumps)
    known = {r[0] for r in store._run("SELECT report_id FROM reports WHERE report_id IN "
                                      "(SELECT unnest(?))", [[e.id for e in new]])}
    fresh = [Report.of(e, dumps) for e in distinct(new) if e.id not in known]
    if not fresh:
        return 0, 0
    stored = _stored_candidates(store, fresh)
    both = stored + fresh
    event_of = dict(store._run("SELECT report_id, event_id FROM reports WHERE report_id IN "
                               "(SELECT unnest(?))", [[r.event.id for r in stored]]))
    # Clusters: a stored event (by id) or a new report (by its own id).
    node = [event_of[r.event.id] for r in stored] + [r.event.id for r in fresh]
    docs = _documents_of(store, sorted(set(event_of.values())))
    for r in fresh:
        docs[r.event.id] = set(profile(r.event).documents)
    parent = {n: n for n in node}
    # Each report's place in the content order, computed once: sort_key holds the report's
    # repr, and comparing those for every link was a sixth of ingest (py-spy, store.py).
    keyed = {id(r): sort_key(r.event) for r in both}
    rank = {id(r): k for k, r in enumerate(sorted(both, key=lambda r: keyed[id(r)]))}
    at = [rank[id(r)] for r in both]
    links = edges([r.event for r in both], None, [r.keys for r in both], len(stored))
    # Only the stored events a link reaches can grow: their reports are read once, for the
    # vetoes now and for the rewrite after.
    members_of = _reports_of_events(store, sorted({node[i] for _, i, _ in links
                                                   if i < len(stored)}))
    held = {n: reduce(joined, (summary(profile(r.event)) for r in rs))
            for n, rs in members_of.items()}
    held |= {r.event.id: summary(profile(r.event)) for r in fresh}
    for _, i, j in sorted(links, key=lambda t: (-t[0], *sorted((at[t[1]], at[t[2]])))):
        a, b = _root(parent, node[i]), _root(parent, node[j])
        if a != b and not docs[a] & docs[b] and not clash(held[a], held[b]):
            parent[b] = a
            docs[a] |= docs[b]
            held[a] = joined(held[a], held[b])
    clusters: dict[str, set[str]] = {}
    for n in set(node):
        clusters.setdefault(_root(parent, n), set()).add(n)
    fresh_by_id = {r.event.id: r for r in fresh}
    touched = sorted({n for members in clusters.values() if len(members) > 1 or
                      next(iter(members)) in fresh_by_id for n in members
                      if n not in fresh_by_id})
    merged, rows = [], []
    for members in clusters.values():
        if len(members) == 1 and next(iter(members)) not in fresh_by_id:
            continue                                    # a stored event nothing joined
        group = [r for n in members for r in ([fresh_by_id[n]] if n in fresh_by_id
                                              else members_of[n])]
        m, r_rows = _combined(sorted(group, key=lambda r: keyed.get(id(r)) or sort_key(
            r.event)), dumps)
        merged.append(m)
        rows += r_rows
    before = _delete_events(store, touched)
    _write(store, merged, rows)
    return len(merged) - before[0], sum(len(reports(m.event)) for m in merged) - before[1]


def _root(parent: dict[str, str], n: str) -> str:
    while parent[n] != n:
        parent[n] = parent[parent[n]]
        n = parent[n]
    return n


def _documents_of(store: Store, event_ids: list[str]) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {e: set() for e in event_ids}
    for eid, doc in store._run("SELECT m.event_id, m.document_id FROM mentions m WHERE "
                               "m.event_id IN (SELECT unnest(?)) UNION SELECT event_id, "
                               "document_id FROM reports WHERE event_id IN (SELECT unnest(?))",
                               [event_ids, event_ids]):
        out[eid].add(doc)
    return out


def _reports_of_events(store: Store, event_ids: list[str]) -> dict[str, list[Report]]:
    out: dict[str, list[Report]] = {e: [] for e in event_ids}
    if not event_ids:
        return out
    rows = store._run(
        "SELECT r.event_id, coalesce(r.record, e.record), list(k.key) FROM reports r "
        "JOIN events e ON e.event_id = r.event_id "
        "LEFT JOIN report_keys k ON k.report_id = r.report_id "
        "WHERE r.event_id IN (SELECT unnest(?)) GROUP BY ALL", [event_ids])
    for eid, text, ks in rows:
        record = json.loads(text)
        out[eid].append(Report(event_from_record(record), record, text,
                               tuple(sorted(k for k in ks if k is not None))))
    return out


def _delete_events(store: Store, event_ids: list[str]) -> tuple[int, int]:
    if not event_ids:
        return 0, 0
    p = [event_ids]
    ids = "SELECT report_id FROM reports WHERE event_id IN (SELECT unnest(?))"
    store._run(f"DELETE FROM report_keys WHERE report_id IN ({ids})", p)
    store._run("DELETE FROM mentions WHERE event_id IN (SELECT unnest(?))", p)
    gone = store._run("DELETE FROM events WHERE event_id IN (SELECT unnest(?)) "
                      "RETURNING n_mentions", p)
    store._run("DELETE FROM reports WHERE event_id IN (SELECT unnest(?))", p)
    return len(gone), sum(n for (n,) in gone)


def _combined(group: Sequence[Report], dumps: Any
              ) -> tuple[Report, list[tuple[Report, str, str]]]:
    """The merged event of a group of reports, and its (report, event id, component) rows."""
    m = group[0] if len(group) == 1 else Report.of(combine([r.event for r in group]), dumps)
    return m, [(r, m.event.id, m.event.id) for r in group]


def _stored_candidates(store: Store, fresh: Sequence[Report]) -> list[Report]:
    ks = _lookup_keys(sorted({k for r in fresh for k in r.keys}))
    rows = store._run(
        "SELECT coalesce(r.record, e.record), r.report_id, list(k2.key) FROM reports r "
        "JOIN events e ON e.event_id = r.event_id "
        "JOIN report_keys k2 ON k2.report_id = r.report_id "
        "WHERE r.report_id IN (SELECT report_id FROM report_keys WHERE key IN "
        "(SELECT unnest(?))) GROUP BY ALL ORDER BY r.report_id", [ks])
    return [Report(event_from_record(record), record, t, tuple(sorted(k)))
            for t, _, k in rows for record in (json.loads(t),)]


def _write(store: Store, merged: Sequence[Report], rows: Sequence[tuple[Report, str, str]]
           ) -> None:
    import pyarrow as pa

    from ..export.flat import arrow_table, flatten
    from .database import EVENT_COLUMNS

    lone = {m.event.id: m for m in merged}
    store._insert("events", arrow_table([flatten(m.record, EVENT_COLUMNS) for m in merged],
                                        EVENT_COLUMNS, extra=(
        ("n_mentions", pa.int32(), [len(reports(m.event)) for m in merged]),
        ("record", pa.string(), [m.text for m in merged]))))
    store._insert("reports", pa.table({
        "report_id": [r.event.id for r, _, _ in rows],
        "event_id": [eid for _, eid, _ in rows],
        "merge_key": pa.array([None] * len(rows), pa.string()),
        "document_id": [r.event.document.id for r, _, _ in rows],
        # A lone report's record is its event's: not stored twice.
        "record": pa.array([None if r is lone.get(eid) else r.text for r, eid, _ in rows],
                           pa.string()),
        "component_id": [c for _, _, c in rows]}))
    ks = [(k, r.event.id) for r, _, _ in rows for k in r.keys]
    store._insert("report_keys", pa.table({"key": [k for k, _ in ks],
                                           "report_id": [i for _, i in ks]}))
    ms = [(m.event.id, i, x) for m in merged for i, x in enumerate(reports(m.event))]
    store._insert("mentions", pa.table({
        "event_id": [eid for eid, _, _ in ms],
        "ord": pa.array([i for _, i, _ in ms], pa.int32()),
        "document_id": [m.document.id for _, _, m in ms],
        "evidence_start": pa.array([m.evidence.span[0] for _, _, m in ms], pa.int32()),
        "evidence_end": pa.array([m.evidence.span[1] for _, _, m in ms], pa.int32()),
        "sentence": [m.evidence.sentence for _, _, m in ms]}))
