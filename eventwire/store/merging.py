"""Merging in the store: a new report joins the stored events it tells, across runs.

A new report's blocking keys (:mod:`eventwire.merge.blocking`) are looked up in the
``report_keys`` rows; the stored reports sharing one are compared with it. Every report belongs
to a *component*: the reports joined by "one event" edges whatever the constraints (each
report's ``component_id``). A new report's edges join components; a component that gained
reports is clustered anew, as a whole, by :func:`eventwire.merge.cluster.clusters`, the
rule :func:`eventwire.merge.merge` clusters by (edges strongest first; never two reports the
evidence vetoes as one event, nor two one article tells apart, in one event), and the events
whose reports changed are rewritten. As the clustering of a set of reports is the clustering
of each of its components, the store holds exactly the events and ids extract gives for all the
reports stored, whatever the batching or order.

Cost per report: its blocks' stored reports (of an event of a component over
:data:`RECLUSTER_LIMIT`, a sample: :func:`_sampled`, whose key rows are cut to what samples
take: :mod:`.heads`) and the reports of the components it links to,
looked up in the id columns' indexes (:mod:`.lookup`), so not the store's size
(benchmarks/store_size.py). What is compared of a stored report (its profile and keys) is
parsed once per process (:mod:`.parsed`), and of a component clustered anew only the events
whose reports changed are read whole and rewritten; an event that only took new reports grows
from its tally when the process keeps one (:mod:`.growing`; kept for the events of
:data:`GROWN_FROM_TALLY` reports or more it writes), its stored reports' rows kept, not read.
The sentence vectors compared are read from the store (:mod:`.vectors`); only texts it
lacks are encoded, and every write keeps its new reports'.

A component larger than :data:`RECLUSTER_LIMIT` (one story told by hundreds of reports) takes
its new reports incrementally instead, its stored events kept as they are: exact unless
reports compete for one event, when the strongest edge seen so far wins (a stored event is
never split); an event there grows from a tally of its reports, its stored reports' rows kept
(:mod:`.growing`), the tally kept in the store for the next process (:mod:`.stored_tallies`).
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from ..merge import combine, distinct, reports
from ..merge.blocking import PASSIVE, active
from ..merge.cluster import clusters, edges
from ..records import Event, event_from_record, event_to_record
from .growing import TALLIES, Growth, absorb, incremental, root, tally_of
from .heads import KeyRows, restore, trim
from .lookup import counted, delete_among, id_hash, read_among, select
from .parsed import CACHE, EDGES, Known, Parsed
from .stored_tallies import drop, keep_tallies
from .vectors import Reader, keep
from .writing import Shown, Written, grown_written, shift, stored_texts, write_keys
from .writing import write as _write

if TYPE_CHECKING:
    from .database import Store


# A component (reports joined by "one event" edges, whatever the constraints) of at most this
# many reports is clustered anew, as a whole, when a new report links to it, so the store
# holds exactly the events extract's merge gives, however the reports were batched. A larger
# one takes new reports incrementally (:func:`.growing.incremental`), so that a story of many
# reports does not cost its whole size for each report added. Set by hand: a component of a
# happening's reports in news holds a few to a few dozen.
RECLUSTER_LIMIT = 300
# An event of at least this many reports that takes new ones and nothing else changes grows
# from its kept tally instead of reading its reports (:func:`_grown`). Reading and parsing a
# stored report and combining it again costs about 0.15 ms; a tally about 0.03 ms a report to
# build, besides a few more statements a batch: for every event (this at 1), merging
# benchmarks/ingest_vs_extract.py's feed (events of 1 to 10 reports) cost 5-10% more
# (documents 10,240-20,480: 21.3 -> 23.5 CPU s), while a report joining a stored event of 100
# reports took 48 instead of 71 CPU ms (benchmarks/big_event.py). Set between the two.
GROWN_FROM_TALLY = 16


@dataclass(frozen=True, slots=True)
class Report:
    """An event as the pipeline handed it over (or the store held it), with its record, JSON
    text, and what merging compares of it."""

    event: Event
    record: dict[str, Any]
    text: str
    parsed: Parsed

    @property
    def keys(self) -> tuple[str, ...]:
        return self.parsed.keys

    @classmethod
    def of(cls, e: Event, dumps: Any) -> Report:
        record = event_to_record(e)
        return cls(e, record, dumps(record), Parsed.of(e))


@dataclass(frozen=True, slots=True)
class Member:
    """A report of a component being clustered: a stored one (its event and the row of its
    report) or a new one (``report``)."""

    report_id: str
    parsed: Parsed
    event_id: str | None = None
    component: str | None = None
    rowid: int | None = None
    report: Report | None = None


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
    """Merge new reports into the stored events; returns (events added, mentions added). The
    components their edges (:func:`eventwire.merge.cluster.edges`) join are clustered anew as
    extract clusters (one larger than :data:`RECLUSTER_LIMIT` grows incrementally:
    :func:`.growing.incremental`), and the events whose reports changed are rewritten."""
    if not new:
        return 0, 0
    if not everything and store._scalar(
            "SELECT count(*) FROM reports WHERE component_id IS NULL"):
        backfill(store, dumps)
    known = {r[0] for r in select(store, "reports", "report_id", [e.id for e in new])}
    fresh = [Report.of(e, dumps) for e in distinct(new) if e.id not in known]
    if not fresh:
        return 0, 0
    read: dict[str, Report] = {}        # stored reports parsed whole by this call
    stored, shared, held, keyed = _stored_candidates(store, fresh, read)
    n = len(stored)
    vectors = Reader(store)         # sentence vectors read from the store, not encoded again
    links = edges((), [m.parsed.profile for m in stored] + [r.parsed.profile for r in fresh],
                  [*shared, *(r.keys for r in fresh)], n, vectors)
    # Components: a stored one (by its id) or a new report (by its own), joined by the links.
    comp = [m.component or "" for m in stored] + [r.event.id for r in fresh]
    parent = {c: c for c in comp}
    for _, i, j in links:
        a, b = root(parent, comp[i]), root(parent, comp[j])
        if a != b:      # the larger keeps its id: the fewer stored reports move
            a, b = sorted((a, b), key=lambda c: (-held.get(c, 0), c))
            parent[b] = a
    part = [root(parent, c) for c in comp]
    grown = set(part[n:])
    linked = sorted({comp[k] for k in range(n) if part[k] in grown})
    size = Counter(part[n:])
    for c in linked:
        size[root(parent, c)] += held.get(c, 0)
    small = {p for p in grown if size[p] <= RECLUSTER_LIMIT}
    by_part: dict[str, list[Member]] = {}
    for m in _members(store, "component_id",
                      [c for c in linked if root(parent, c) in small], read):
        by_part.setdefault(root(parent, m.component or ""), []).append(m)
    for k in range(n, len(comp)):
        if part[k] in small:
            r = fresh[k - n]
            by_part.setdefault(part[k], []).append(Member(r.event.id, r.parsed, report=r))
    ids = [m.report_id for m in stored] + [r.event.id for r in fresh]
    out, gone, grew = _reclustered(store, by_part, vectors, read,
                                   [(s, ids[i], ids[j]) for s, i, j in links])
    big = {k for k in range(len(comp)) if part[k] in grown - small}
    # the edges kept of components taking reports incrementally would be incomplete
    EDGES.drop(store.path, [*grown - small,
                            *(c for c in linked if root(parent, c) in grown - small)])
    growths: list[Growth] = grew
    beyond: set[tuple[str, str]] = set()
    large: list[Growth] = []
    if big:
        large = incremental(store, [m.parsed for m in stored], fresh, links, big,
                            [m.event_id or "" for m in stored], part,
                            lambda st, ids: _event_reports(st, ids, read))
        growths += large
        beyond = trim(store, keyed, large, SAMPLE_OF_BIG_EVENT + 1)
        for p in sorted(grown - small):     # the part's untouched events join its component
            if others := [c for c in linked if root(parent, c) == p and c != p]:
                _move(store, [(r[1], p) for r in select(store, "reports", "component_id",
                                                         others, "t.rowid")])
    merged: list[Report | Written] = []
    rows: list[tuple[Report, str, str]] = []
    TALLIES.drop(store.path, gone)      # rewritten: their tallies are made again, if kept
    for p, group in out:
        m, r_rows = _combined(sorted(group, key=lambda r: r.parsed.order), dumps, p)
        merged.append(m)
        rows += r_rows
        if len(group) >= GROWN_FROM_TALLY:           # for the reports that join it later
            TALLIES.put(store.path, m.event.id, tally_of(group), Shown(m.event.mentions))
    # The stored reports rewritten keep their keys (a report's own): only the new ones' added.
    before = _delete_events(store, sorted(set(gone)), keys=False)
    more, more_rows, taken = _grown_rows(store, growths, large, dumps)
    before = (before[0] + taken[0], before[1] + taken[1])
    merged += more
    _write(store, merged, rows + more_rows)
    write_keys(store, fresh, beyond)
    CACHE.put(store.path, [(r.event.id, r.parsed) for r in fresh])
    # The new reports' vectors, and those of stored reports encoded now (stored before 0011).
    keep(store, [r.event for r in fresh], vectors, sorted(vectors.lacked))
    return len(merged) - before[0], sum(len(reports(m.event)) for m in merged) - before[1]


def _grown_rows(store: Store, growths: Sequence[Growth], large: Sequence[Growth], dumps: Any
               ) -> tuple[list[Report | Written], list[tuple[Report, str, str]], tuple[int, int]]:
    """The grown events to write (those of ``large`` naming their tallies kept in the store:
    :mod:`.stored_tallies`) and their new reports' rows, and the (events, mentions) of the
    stored events they replace, deleted. Their stored reports keep their rows; of an event
    that keeps its id and mentions, only the new mentions' rows are written
    (:mod:`.writing`)."""
    written = [_grown_event(store, g, dumps) for g in growths]
    appended = {m.event.id: len(m.event.mentions) - len(m.added)
                for m, _ in written if isinstance(m, Written) and m.added}
    was_held = {e: h for g in large for e in g.absorbed
                if (h := TALLIES.held(store.path, e)) is not None}
    gone_events, gone_mentions, stamps = absorb(store, growths, frozenset(appended))
    parts = keep_tallies(store, large, was_held, stamps, GROWN_FROM_TALLY)
    merged: list[Report | Written] = []
    rows: list[tuple[Report, str, str]] = []
    for g, (m, shown) in zip(growths, written):
        if isinstance(m, Written) and m.added:
            shift(store, m.event.id, appended[m.event.id], m.added)
        if isinstance(m, Written) and m.event.id in parts:
            m = replace(m, stamp=parts[m.event.id].stamp)
        TALLIES.put(store.path, m.event.id, g.tally, shown, parts.get(m.event.id))
        merged.append(m)
        rows += [(r, m.event.id, g.component) for r in g.fresh]
    return merged, rows, (gone_events, gone_mentions)


def _grown_event(store: Store, g: Growth, dumps: Any) -> tuple[Report | Written, Shown | None]:
    """A grown event as written, and how (kept for the reports that join it later): from how
    the process last wrote it when that holds (:func:`.writing.grown_written`), else whole."""
    if g.tally.n == 1:
        return g.fresh[0], None
    e = g.tally.event()
    kept = TALLIES.shown(store.path, e.id) if g.absorbed == (e.id,) else None
    if kept is not None:
        kept = stored_texts(store, e.id, kept)
    if (done := grown_written(e, kept, dumps)) is not None:
        record, text, places, shown = done
        return Written(e, record, text, places), shown
    return Written.of(e, dumps), Shown(e.mentions)


def _reclustered(store: Store, by_part: dict[str, list[Member]], vectors: Reader,
                 read: dict[str, Report], new_links: Sequence[tuple[float, str, str]]
                 ) -> tuple[list[tuple[str, list[Report]]], list[str], list[Growth]]:
    """Each component's reports clustered anew (``new_links``: the new reports' edges, by
    report id): the (component, reports) of the events whose reports changed, and the stored
    events they replace. A stored event that comes out with the same reports stays as it is
    (its reports only join the component), so that a report added to a story of many costs
    its event, not the story's. A stored event that comes out with new reports and no other
    change grows from its kept tally (:func:`_grown`) instead of reading its reports: those
    are the third list."""
    sizes = Counter(m.event_id for ms in by_part.values() for m in ms if m.event_id)
    changed: list[tuple[str, list[Member]]] = []
    grew: list[Growth] = []
    moves: list[tuple[int, str]] = []
    for p, ms in sorted(by_part.items()):
        links = _links(store, p, ms, vectors, new_links)
        for g in clusters([m.parsed.profile for m in ms], [m.parsed.order for m in ms], links):
            group = [ms[i] for i in g]
            events = {m.event_id for m in group}
            if len(events) == 1 and None not in events and sizes[group[0].event_id] == len(g):
                moves += [(m.rowid, p) for m in group if m.component != p and m.rowid is not None]
            elif grown := _grown(store, p, group, sizes):
                grew.append(grown)
                moves += [(m.rowid, p) for m in group if m.report is None and m.component != p
                          and m.rowid is not None]
            else:
                changed.append((p, group))
    _move(store, moves)
    wanted = sorted({m.report_id for _, g in changed for m in g
                     if m.report is None and m.report_id not in read})
    read.update(_stored_reports(store, wanted))
    out = [(p, [m.report or read[m.report_id] for m in g]) for p, g in changed]
    return out, sorted({m.event_id for _, g in changed for m in g if m.event_id}), grew


def _grown(store: Store, part: str, group: Sequence[Member], sizes: Counter
           ) -> Growth | None:
    """A group that is one stored event of at least :data:`GROWN_FROM_TALLY` reports, all of
    them, and new reports, as that event grown from its tally (:mod:`.growing`: exactly
    ``combine`` of the group, its stored reports' rows kept), when the process keeps the
    event's tally; else None (the group is read and combined whole)."""
    stored = {m.event_id for m in group if m.report is None}
    new = tuple(m.report for m in group if m.report is not None)
    if len(stored) != 1 or not new:
        return None
    [event] = stored
    if event is None or sizes[event] != len(group) - len(new) or \
            sizes[event] < GROWN_FROM_TALLY:
        return None
    kept = TALLIES.get(store.path, event, sizes[event])
    if kept is None:
        return None
    return Growth(part, kept | tally_of(new), new, (event,), (event,) if kept.n == 1 else ())


def _links(store: Store, part: str, ms: Sequence[Member], vectors: Reader,
           new_links: Sequence[tuple[float, str, str]]) -> list[tuple[float, int, int]]:
    """The edges among a component's reports: those its stored components' last clusterings
    found (:class:`.parsed.EdgeCache`) and the new reports', else all found again; kept as
    the component's."""
    index = {m.report_id: i for i, m in enumerate(ms)}
    was: dict[str, set[str]] = {}
    for m in ms:
        if m.report is None and m.component:
            was.setdefault(m.component, set()).add(m.report_id)
    known = [EDGES.get(store.path, c, frozenset(rs)) for c, rs in sorted(was.items())]
    if all(k is not None for k in known):
        links = [(s, index[a], index[b]) for k in known if k for s, a, b in k.links]
        links += [(s, index[a], index[b]) for s, a, b in new_links
                  if a in index and b in index]
    else:
        links = edges((), [m.parsed.profile for m in ms], [m.parsed.keys for m in ms],
                      stored=vectors)
    EDGES.drop(store.path, was)
    EDGES.put(store.path, part, Known(frozenset(index), tuple(
        (s, ms[i].report_id, ms[j].report_id) for s, i, j in links)))
    return links


def _move(store: Store, moves: Sequence[tuple[int, str]]) -> None:
    """Stored reports (row id, component) into other components."""
    if moves:
        twin = {c: id_hash(c) for c in {c for _, c in moves}}     # once a component
        store._run("UPDATE reports SET component_id = m.c, component_id_hash = m.h FROM "
                   "(SELECT unnest(?) AS r, unnest(?) AS c, unnest(?) AS h) m "
                   "WHERE reports.rowid = m.r", [[r for r, _ in moves], [c for _, c in moves],
                                                 [twin[c] for _, c in moves]])


def _read_reports(store: Store, column: str, values: Sequence[str]
                  ) -> list[tuple[str, str, str, str]]:
    """(report id, event id, component id, record JSON) of the stored reports whose
    ``column`` is among ``values``, by report id; a lone report's record is its event's."""
    if not values:
        return []
    rows = [r[1:] for r in select(store, "reports", column, values,
                                  "t.report_id, t.event_id, t.component_id, t.record")]
    lone = sorted({eid for _, eid, _, text in rows if text is None})
    texts = dict(read_among(store, "events", "event_id", lone, "t.event_id, t.record"))
    return sorted((rid, eid, cid, texts[eid] if text is None else text)
                  for rid, eid, cid, text in rows if text is not None or eid in texts)


def _report(text: str, parsed: Parsed | None = None) -> Report:
    """A stored report parsed whole (``parsed``: what merging compares of it, if known)."""
    record = json.loads(text)
    e = event_from_record(record)
    return Report(e, record, text, parsed or Parsed.of(e))


def _stored_reports(store: Store, report_ids: Sequence[str]) -> dict[str, Report]:
    """Stored reports parsed whole, by report id."""
    kept = CACHE.get(store.path, report_ids)
    return {rid: _report(text, kept.get(rid))
            for rid, _, _, text in _read_reports(store, "report_id", report_ids)}


def _reports_of_events(store: Store, event_ids: list[str]) -> dict[str, list[Report]]:
    out: dict[str, list[Report]] = {e: [] for e in event_ids}
    rows = _read_reports(store, "event_id", event_ids)
    kept = CACHE.get(store.path, [r[0] for r in rows])
    for rid, eid, _, text in rows:
        out[eid].append(_report(text, kept.get(rid)))
    return out


def _event_reports(store: Store, event_ids: list[str], read: dict[str, Report]
                   ) -> dict[str, list[Report]]:
    """:func:`_reports_of_events`, taking the reports this call has parsed whole (``read``)
    from there, and putting those it reads in."""
    rows = select(store, "reports", "event_id", event_ids, "t.report_id")
    read.update(_stored_reports(store, [rid for _, rid in rows if rid not in read]))
    out: dict[str, list[Report]] = {e: [] for e in event_ids}
    for eid, rid in rows:
        if rid in read:
            out[eid].append(read[rid])
    return out


def _delete_events(store: Store, event_ids: list[str], keys: bool = True) -> tuple[int, int]:
    """Delete events with their mentions and reports, and with ``keys`` their reports' keys
    (a scan of the keys: only reprocessing, which drops reports, asks for it); returns the
    (events, mentions) deleted."""
    if not event_ids:
        return 0, 0
    if keys:
        CACHE.forget()                  # the reports may come back with other records
        EDGES.forget()
        TALLIES.forget()
        restore(store, event_ids)
        store._run("DELETE FROM report_keys WHERE report_id IN (SELECT report_id FROM reports "
                   "WHERE event_id IN (SELECT unnest(?)))", [event_ids])
    delete_among(store, "mentions", "event_id", event_ids)
    gone = delete_among(store, "events", "event_id", event_ids, "t.n_mentions, t.tally_stamp")
    drop(store, [s for _, s in gone])       # their kept tallies (:mod:`.stored_tallies`)
    delete_among(store, "reports", "event_id", event_ids)
    return len(gone), sum(n for n, _ in gone)


def _combined(group: Sequence[Report], dumps: Any, component: str
              ) -> tuple[Report | Written, list[tuple[Report, str, str]]]:
    """The merged event of a group of reports, and its (report, event id, component) rows."""
    m = group[0] if len(group) == 1 else Written.of(combine([r.event for r in group]), dumps)
    return m, [(r, m.event.id, component) for r in group]


def _members(store: Store, column: str, values: Sequence[str], read: dict[str, Report]
             ) -> list[Member]:
    """The stored reports whose ``column`` is among ``values``, by report id, with what
    merging compares of them (:func:`_parsed_members`)."""
    return _parsed_members(store, select(store, "reports", column, values,
                                         "t.report_id, t.event_id, t.component_id, t.rowid"),
                           read)


def _parsed_members(store: Store, rows: Sequence[tuple[Any, ...]], read: dict[str, Report]
                    ) -> list[Member]:
    """Members of the (key, report id, event id, component id, row id) rows of stored
    reports, by report id, with what merging compares of them: kept by the process
    (:mod:`.parsed`), else read and parsed (and kept, and put in ``read``)."""
    ids = sorted({r[1] for r in rows})
    kept = CACHE.get(store.path, ids)
    if lacking := [i for i in ids if i not in kept]:
        now = _stored_reports(store, lacking)
        read.update(now)
        kept |= {rid: r.parsed for rid, r in now.items()}
        CACHE.put(store.path, [(rid, r.parsed) for rid, r in now.items()])
    return sorted((Member(rid, kept[rid], eid, cid, rowid) for _, rid, eid, cid, rowid in rows
                   if rid in kept), key=lambda m: m.report_id)


def _stored_candidates(store: Store, fresh: Sequence[Report], read: dict[str, Report]
                       ) -> tuple[list[Member], list[tuple[str, ...]], dict[str, int], KeyRows]:
    """The stored reports sharing a key with a new report (:func:`_parsed_members`; of a
    stored event in a component too large to cluster anew, a sample: :func:`_sampled`), the
    keys each shares (the only ones pairing it with a new report: :func:`edges` pairs no two
    stored reports), the number of stored reports of their components, and the key rows
    found (for :func:`.heads.trim`)."""
    ks = _lookup_keys(sorted({k for r in fresh for k in r.keys}))
    key_rows = select(store, "report_keys", "key", ks, "t.report_id, t.rowid")
    shared: dict[str, set[str]] = {}
    for key, rid, _ in key_rows:
        shared.setdefault(rid, set()).add(key)
    rows = select(store, "reports", "report_id", list(shared),
                  "t.report_id, t.event_id, t.component_id, t.rowid")
    keyed = KeyRows(frozenset(ks), tuple(key_rows), {r[0]: r[2] for r in rows})
    held = counted(store, "reports", "component_id", sorted({r[3] or "" for r in rows}))
    stored = _parsed_members(store, _sampled(rows, held), read)
    return stored, [tuple(sorted(shared[m.report_id])) for m in stored], held, keyed


# A new report is compared with at most this many reports of a stored event of a component
# larger than RECLUSTER_LIMIT (which takes reports incrementally, by the strongest edge to each
# event, and vetoes by the event's tally of all its reports), not with every one of them: a
# report joining an event of 1,000 cost 3.7 times a new event's CPU, most of it comparing
# (benchmarks/big_event.py). Set by hand: a story's reports retell it in a few wordings, and a
# report that is one event with the story scores its strongest edge with one of 64 of them.
SAMPLE_OF_BIG_EVENT = 64


def _sampled(rows: Sequence[tuple[Any, ...]], held: dict[str, int]) -> list[tuple[Any, ...]]:
    """The (key, report id, event id, component id, row id) rows of stored candidates, with
    those of each event of a component over :data:`RECLUSTER_LIMIT` reports cut to
    :data:`SAMPLE_OF_BIG_EVENT`: the event's first report (its id the event's) and then the
    others in the order of their ids (digests, so a fixed pseudo-random order), so that the
    sample of an event does not depend on the batch."""
    by_event: dict[str, list[tuple[Any, ...]]] = {}
    out = []
    for r in rows:
        if held.get(r[3] or "", 0) > RECLUSTER_LIMIT:
            by_event.setdefault(r[2], []).append(r)
        else:
            out.append(r)
    for event, rs in by_event.items():
        rs.sort(key=lambda r: (r[1] != event, r[1]))
        out += rs[:SAMPLE_OF_BIG_EVENT]
    return out
