"""A big event's blocking-key rows cut to those its sample can take (issue 12).

A new report meets, of a stored event of a component over :data:`.merging.RECLUSTER_LIMIT`,
only :data:`.merging.SAMPLE_OF_BIG_EVENT` of the reports sharing a key with it
(:func:`.merging._sampled`: the event's first report, then the others by id). Yet every key
row of the event's reports was looked up, and each report's row read, before the sample was
cut: at 3,000 reports the 6,000 key rows and 3,000 report rows took about half of a join
(benchmarks/big_event.py). So of an event of such a component, each key keeps in
``report_keys`` at least its first ``SAMPLE_OF_BIG_EVENT + 1`` reports in the sample's order;
the other rows move to ``report_keys_beyond`` (migration 0014), which merging does not read
(:func:`trim`, after each batch, of the keys it looked up). The sample is
the same: the first k of a union are among the first k of each of its parts, so an event's
sample for any keys is among its keys' heads. A head of one more than the sample stays a
superset of the next head when the event takes new reports (put in and cut here), takes
another event's reports (the union of two heads) or changes its id (its old first report then
ranks by its id: among the first k + 1 still). A key row put back (:func:`restore`) is never
wrong: ``report_keys`` only has to hold the heads.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .database import Store
    from .growing import Growth


@dataclass(frozen=True, slots=True)
class KeyRows:
    """The keys a batch looked up, their stored rows (key, report id, row id), and each row's
    report's event before the batch."""

    keys: frozenset[str]
    rows: tuple[tuple[str, str, int], ...]
    event: dict[str, str]


def trim(store: Store, keyed: KeyRows, grown: Sequence[Growth], head: int
         ) -> set[tuple[str, str]]:
    """Cut the keys of the events of large components that took new reports to their first
    ``head`` reports (the event's first, then by id): the stored rows after them move to
    ``report_keys_beyond``; returns the new reports' (key, report id) rows that go there too.
    Only the keys the batch looked up are cut (all of their rows are there): a new report's
    passive keys (:mod:`eventwire.merge.blocking`), which dated reports do not look up, keep
    their rows until a report looks them up, so that no report reads a place's every row."""
    moved: list[int] = []
    out: set[tuple[str, str]] = set()
    for g in grown:
        first, events = g.tally.first[1], set(g.absorbed)
        by_key: dict[str, list[tuple[str, int | None]]] = {}
        for key, rid, rowid in keyed.rows:
            if keyed.event.get(rid) in events:
                by_key.setdefault(key, []).append((rid, rowid))
        for r in g.fresh:
            for k in r.keys:
                if k in keyed.keys:     # else not looked up (its rows are cut when one is)
                    by_key.setdefault(k, []).append((r.event.id, None))
        for k, rs in by_key.items():
            if len(rs) <= head:
                continue
            rs.sort(key=lambda x: (x[0] != first, x[0]))
            for rid, rowid in rs[head:]:
                if rowid is None:
                    out.add((k, rid))
                else:
                    moved.append(rowid)
    if moved:
        store._run("INSERT INTO report_keys_beyond (key, report_id, key_hash) SELECT t.key, "
                   "t.report_id, t.key_hash FROM (SELECT unnest(?) AS v) _v JOIN report_keys t "
                   "ON t.rowid = _v.v", [moved])
        store._run("DELETE FROM report_keys WHERE rowid IN (SELECT unnest(?))", [moved])
    return out


def restore(store: Store, event_ids: Sequence[str]) -> None:
    """Before the events are deleted with their reports' keys (reprocessing, a better copy of
    a text): drop their reports' rows beyond, and put back those of the other reports of
    their components, which may now be small enough to be clustered anew (a scan of the
    rows beyond and of the reports: only reprocessing asks for it)."""
    if not event_ids or not store._run("SELECT 1 FROM report_keys_beyond LIMIT 1"):
        return                          # no big event's rows cut: no scan
    of = "SELECT report_id FROM reports WHERE event_id IN (SELECT unnest(?))"
    store._run(f"DELETE FROM report_keys_beyond WHERE report_id IN ({of})", [event_ids])
    back = ("SELECT report_id FROM reports WHERE component_id IN (SELECT component_id FROM "
            "reports WHERE event_id IN (SELECT unnest(?)))")
    store._run(f"INSERT INTO report_keys (key, report_id, key_hash) SELECT key, report_id, "
               f"key_hash FROM "
               f"report_keys_beyond WHERE report_id IN ({back})", [event_ids])
    store._run(f"DELETE FROM report_keys_beyond WHERE report_id IN ({back})", [event_ids])
