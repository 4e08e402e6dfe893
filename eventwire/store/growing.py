"""The events of components too large to cluster anew take new reports at the cost of what joins.

A component larger than :data:`.merging.RECLUSTER_LIMIT` (one story told by hundreds of
reports) keeps its stored events; a new report joins the one it is told like best
(:func:`incremental`). The merged event is found from a tally of its reports
(:class:`eventwire.merge.tally.Tally`, exactly ``combine`` of them) joined with the new
report's, not by reading and combining every report again, and the event's stored reports
keep their rows, untouched unless the event's id changes (:func:`absorb`). Adding a report to
an event of 1,000 reports cost 7.6 times the CPU of starting a new event, 24 times at 3,000;
with tallies 4.0 and 7.5 times (benchmarks/big_event.py); comparing the new report with a
sample of the event's reports (:data:`.merging.SAMPLE_OF_BIG_EVENT`) instead of all, 2.6 and
5.0 times; writing only the new mentions' rows and the record joined from kept texts
(:mod:`.writing`) instead of the event's every row, 2.1 and 3.1 times; with the event's key
rows cut to what samples take (:mod:`.heads`) and its reports counted by their ids' twins
(:func:`.lookup.counted`), about 1.7 times at 1,000 and 3,000 alike. What still grows with the
event: its record is written again (every mention's kept JSON text joined, a row), the mention
rows after a new one move down (one ``UPDATE``), and its tally's mappings are copied as a
report joins (about 1 ms at 3,000). A new process reads the tally the store keeps
(:mod:`.stored_tallies`), else builds it from every stored report.

Tallies are kept per process (:data:`TALLIES`), as the parsed reports and edges are
(:mod:`.parsed`); an event's tally is used only while the event has as many reports as it was
built from, else read from the store or built again from the stored reports, once a process.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..merge.constraint import apart, joined
from ..merge.tally import Tally, join_all, tally_of_reports
from .lookup import counted, delete_among, id_hash, select
from .writing import Shown

if TYPE_CHECKING:
    from .database import Store
    from .merging import Report
    from .parsed import Parsed
    from .stored_tallies import Held

# Reports whose events' tallies are kept per process. A tally holds about 1.1 KB a report (a
# mention, its document id, the sentence it keeps alive; measured with tracemalloc on the
# 3,000 reports of benchmarks/big_event.py's story, sentences of 90 characters), so at most
# about 110 MB, besides the parsed reports' 390 MB (.parsed.CACHED_REPORTS). An event a report
# joined keeps each mention's JSON text too (.writing.Shown: 0.35 KB a mention in the same
# story, sys.getsizeof), at most 35 MB more.
CACHED_TALLY_REPORTS = 100_000


class TallyCache:
    """Events' tallies by event id, the least recently used dropped first; with each, how the
    process last wrote the event when it did (:class:`.writing.Shown`) and what the store
    holds of the tally (:class:`.stored_tallies.Held`)."""

    def __init__(self, size: int = CACHED_TALLY_REPORTS) -> None:
        self.size = size
        self._kept: OrderedDict[tuple[str, str],
                                tuple[Tally, Shown | None, Held | None]] = OrderedDict()
        self._count = 0

    def get(self, where: str, event_id: str, reports: int) -> Tally | None:
        """The event's tally if it was built from ``reports`` reports (as many as it has)."""
        got = self._kept.get((where, event_id))
        if got is None or got[0].n != reports:
            return None
        self._kept.move_to_end((where, event_id))
        return got[0]

    def shown(self, where: str, event_id: str) -> Shown | None:
        """How the event was written with its kept tally, if this process wrote it so."""
        got = self._kept.get((where, event_id))
        return got[1] if got is not None else None

    def held(self, where: str, event_id: str) -> Held | None:
        """What the store holds of the event's kept tally, if this process knows."""
        got = self._kept.get((where, event_id))
        return got[2] if got is not None else None

    def put(self, where: str, event_id: str, t: Tally, shown: Shown | None = None,
            held: Held | None = None) -> None:
        """Keep the event's tally (``shown``: the event as written with it, if it was;
        ``held``: what the store holds of it, if it does)."""
        if where == ":memory:":          # every in-memory store is another database
            return
        self.drop(where, [event_id])
        self._kept[(where, event_id)] = (t, shown, held)
        self._count += t.n
        while self._count > self.size and self._kept:
            self._count -= self._kept.popitem(last=False)[1][0].n

    def drop(self, where: str, event_ids: Sequence[str]) -> None:
        for e in event_ids:
            if (gone := self._kept.pop((where, e), None)) is not None:
                self._count -= gone[0].n

    def forget(self) -> None:
        self._kept.clear()
        self._count = 0


TALLIES = TallyCache()


@dataclass(frozen=True, slots=True)
class Growth:
    """An event of a large component that took new reports: its tally, the new reports, and
    the stored events it replaces (their reports are its reports)."""

    component: str
    tally: Tally
    fresh: tuple[Report, ...]
    absorbed: tuple[str, ...]
    lone: tuple[str, ...]               # those of one report (its row holds no record)


def tally_of(r: Report | Sequence[Report]) -> Tally:
    """The tally of a report or of a group of them."""
    group = [r] if not isinstance(r, Sequence) else r
    return tally_of_reports([(x.event, x.parsed.profile) for x in group])


def tallies(store: Store, event_ids: Sequence[str],
            read: Callable[[Store, list[str]], dict[str, list[Report]]]) -> dict[str, Tally]:
    """The stored events' tallies: kept ones whose events have as many reports as they were
    built from, else those the store keeps (:mod:`.stored_tallies`; the event's mentions as
    written with it are its tally's), the others built from the reports ``read`` gives (and
    kept)."""
    from .stored_tallies import load

    if not event_ids:
        return {}
    sizes = counted(store, "reports", "event_id", event_ids)
    out = {e: t for e in event_ids
           if (t := TALLIES.get(store.path, e, sizes.get(e, 0))) is not None}
    for e, (t, held) in load(store, sorted(set(event_ids) - set(out)), sizes).items():
        out[e] = t
        TALLIES.put(store.path, e, t, Shown(t.event().mentions), held)
    if lacking := sorted(set(event_ids) - set(out)):
        for e, rs in read(store, lacking).items():
            out[e] = tally_of(rs)
            TALLIES.put(store.path, e, out[e])
    return out


def incremental(store: Store, stored: Sequence[Parsed], fresh: Sequence[Report],
                links: Sequence[tuple[float, int, int]], big: set[int],
                event_of: Sequence[str], part: Sequence[str],
                read: Callable[[Store, list[str]], dict[str, list[Report]]]) -> list[Growth]:
    """The new reports of components too large to cluster anew, joined to their stored events
    (kept as they are) or each other, strongest edge first, unless the result would hold two
    reports the evidence vetoes as one event or one article tells apart
    (:func:`eventwire.merge.constraint.apart`, the rule of :mod:`eventwire.merge.cluster`):
    the events that gained reports. The result may then depend on the batching when reports
    compete for one event: a stored event is never split.
    ``stored`` and ``fresh`` are the reports of ``links``' indexes, the stored ones first."""
    n = len(stored)
    order = [p.order for p in stored] + [r.parsed.order for r in fresh]
    node = [event_of[k] if k < n else fresh[k - n].event.id for k in range(len(order))]
    links = [t for t in links if t[1] in big and t[2] in big]
    new = {node[k]: fresh[k - n] for k in big if k >= n}
    tally = tallies(store, sorted({node[i] for _, i, _ in links if i < n}), read)
    tally |= {e: tally_of(r) for e, r in new.items()}
    held = {e: t.held for e, t in tally.items()}
    rank = {k: x for x, k in enumerate(sorted(big, key=order.__getitem__))}
    parent = {e: e for e in held}
    for _, i, j in sorted(links, key=lambda t: (-t[0], *sorted((rank[t[1]], rank[t[2]])))):
        a, b = root(parent, node[i]), root(parent, node[j])
        if a != b and not apart(held[a], held[b]):
            parent[b] = a
            held[a] = joined(held[a], held[b])
    groups: dict[str, list[str]] = {}
    for e in sorted(parent):
        groups.setdefault(root(parent, e), []).append(e)
    where = {node[k]: part[k] for k in big if k >= n}
    out = []
    for es in groups.values():
        new_ones = [e for e in es if e in new]
        if new_ones:                                  # else a stored event nothing joined
            out.append(Growth(where[new_ones[0]], join_all([tally[e] for e in es]),
                              tuple(new[e] for e in new_ones),
                              tuple(e for e in es if e not in new),
                              tuple(e for e in es if e not in new and tally[e].n == 1)))
    return out


def absorb(store: Store, grown: Sequence[Growth], rows_kept: frozenset[str] = frozenset()
           ) -> tuple[int, int, list[int | None]]:
    """Make way for the grown events: the stored events they replace deleted with their
    mentions (but the mention rows of ``rows_kept``, events written again with the same id
    that keep them: :mod:`.writing`); a report that was its event alone takes the event's
    record as its own; the
    reports of an event whose id changes move to the new id. Their component is the grown
    event's already (the untouched events of a part join its component first). Returns the
    (events, mentions) deleted and their rows' tally stamps (:mod:`.stored_tallies`); the
    grown events, their mentions and new reports are written
    next. So a report joining a story costs the story's reports only when it becomes the
    story's first report (its id the event's)."""
    gone = [e for g in grown for e in g.absorbed]
    if not gone:
        return 0, 0, []
    TALLIES.drop(store.path, gone)
    if lone := [e for g in grown for e in g.lone]:
        texts = dict(select(store, "events", "event_id", lone, "t.record"))
        rows = select(store, "reports", "event_id", lone, "t.rowid")
        store._run("UPDATE reports SET record = m.t FROM (SELECT unnest(?) AS r, unnest(?) AS t)"
                   " m WHERE reports.rowid = m.r", [[r for _, r in rows],
                                                    [texts[e] for e, _ in rows]])
    # each renamed event's new ids and their twins, once an event (not once a report)
    to = {e: (g.tally.first[1], id_hash(g.tally.first[1]), g.component, id_hash(g.component))
          for g in grown for e in g.absorbed if e != g.tally.first[1]}
    if to:
        rows = select(store, "reports", "event_id", sorted(to), "t.rowid")
        store._run("UPDATE reports SET event_id = m.e, event_id_hash = m.eh, component_id = m.c,"
                   " component_id_hash = m.ch FROM (SELECT unnest(?) AS r, unnest(?) AS e, "
                   "unnest(?) AS eh, unnest(?) AS c, unnest(?) AS ch) m "
                   "WHERE reports.rowid = m.r",
                   [[r for _, r in rows], *([to[e][k] for e, _ in rows] for k in range(4))])
    delete_among(store, "mentions", "event_id", [e for e in gone if e not in rows_kept])
    deleted = delete_among(store, "events", "event_id", gone, "t.n_mentions, t.tally_stamp")
    return len(deleted), sum(m for m, _ in deleted), [s for _, s in deleted]


def root(parent: dict[str, str], n: str) -> str:
    """The root of ``n`` in a union-find forest (paths halved on the way)."""
    while parent[n] != n:
        parent[n] = parent[parent[n]]
        n = parent[n]
    return n
