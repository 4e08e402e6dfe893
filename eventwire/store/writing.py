"""Merged events written as rows: whole, or of a big event a report joins, what it adds.

An event's record holds each of its mentions (JSON) and its mention rows one row a mention, in
the record's order (``ord``; 0 is the event's own evidence). A report joining an event of
thousands deleted and wrote both whole, and made the record's JSON again from every mention
(issue 12). When the process kept how it last wrote the event (:class:`Shown`, with the
event's tally in :data:`.growing.TALLIES`) and the grown event's mentions are those with new
ones put in (its own mention unchanged: a new report rarely ranks above all of a big event's),
the rows of the mentions after each new one move down by one ``UPDATE`` of their ``ord``
(:func:`shift`), only the new mentions' rows are written, and the record's text is joined
from the kept JSON texts of the mentions and the new ones' (:func:`grown_written`); the event's
row (its flat columns and record) is written again, a row. Else the event is written whole, as
before. The result is the same either way: the rows' order is the record's, and the record's
text is what the whole record dumps to (tests/store/test_writing.py).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from ..merge import reports
from ..records import Event, Mention, event_to_record
from .lookup import hashes, id_hash, read_among

if TYPE_CHECKING:
    from .database import Store
    from .merging import Report


# Mentions from which a grown event's mention texts, when the process keeps none, are cut from
# its stored record rather than dumped again: at 3,000 mentions reading and cutting the record
# took 10-16 CPU ms, dumping 23-33; at 20 mentions 1.6-2.0 against 0.2 (benchmarks/
# big_event.py's story, 2026-12-06). Set near where the two cost the same.
TEXTS_FROM_RECORD = 256
_MENTIONS = '"mentions": ['
_DECODER = json.JSONDecoder()


@dataclass(frozen=True, slots=True)
class Written:
    """A merged event as written: its record (the events table's columns: its mentions may be
    left out, they are in the text) and JSON text (what merging compares of it is not needed:
    a merged event is never compared)."""

    event: Event
    record: dict[str, Any]
    text: str
    added: tuple[int, ...] | None = None    # the mentions whose rows are written; None: all
    stamp: int | None = None    # the parts of its tally kept in the store (.stored_tallies)

    @classmethod
    def of(cls, e: Event, dumps: Any) -> Written:
        record = event_to_record(e)
        return cls(e, record, dumps(record))


@dataclass(frozen=True, slots=True)
class Shown:
    """An event's mentions as its record and mention rows hold them, in order, and once a
    report joined it in this process each one's JSON text in the record."""

    mentions: tuple[Mention, ...]
    texts: tuple[str, ...] | None = None


def added_places(old: Sequence[Mention], new: Sequence[Mention]) -> list[int] | None:
    """The places in ``new`` of the mentions it adds to ``old`` when it is ``old`` with
    mentions put in and its first (the event's own) the same; else None."""
    if len(old) < 2 or len(new) <= len(old) or old[0] != new[0]:
        return None
    added, j = [], 1
    for i in range(1, len(new)):
        # the kept tally's mentions are the same objects: equality only for the others
        if j < len(old) and (new[i] is old[j] or new[i] == old[j]):
            j += 1
        else:
            added.append(i)
    return added if j == len(old) else None


def mention_texts(e: Event, mentions: Sequence[Mention], dumps: Any) -> tuple[str, ...]:
    """The JSON texts of ``mentions`` as ``e``'s record holds them."""
    return tuple(dumps(m) for m in event_to_record(replace(e, mentions=tuple(mentions)))
                 ["mentions"])


def record_text(e: Event, texts: Sequence[str], dumps: Any) -> tuple[dict[str, Any], str]:
    """``e``'s record without its mentions, and the text of the whole record (its mentions'
    JSON ``texts``, in order), as ``dumps`` of the whole record would write it."""
    record = event_to_record(replace(e, mentions=()))
    keys = list(record)
    at = keys.index("mentions")
    head = dumps({k: record[k] for k in keys[:at]})
    tail = dumps({k: record[k] for k in keys[at + 1:]})
    return record, f'{head[:-1]}, "mentions": [{", ".join(texts)}], {tail[1:]}'


def stored_texts(store: Store, event_id: str, kept: Shown) -> Shown:
    """``kept`` with its mentions' JSON texts cut from the stored event's record, when it has
    none and at least :data:`TEXTS_FROM_RECORD` mentions (a new process's first join); as it
    was if the record holds another number of mentions."""
    if kept.texts is not None or len(kept.mentions) < TEXTS_FROM_RECORD:
        return kept
    rows = read_among(store, "events", "event_id", [event_id], "t.record")
    texts = _cut(rows[0][0], len(kept.mentions)) if rows else None
    return Shown(kept.mentions, texts) if texts is not None else kept


def _cut(record: str, n: int) -> tuple[str, ...] | None:
    """The texts of the ``n`` mentions in a record's text (as :func:`record_text` joins
    them: no key before ``mentions`` holds one), else None."""
    at = record.find(_MENTIONS)
    if at < 0 or record.startswith("]", at + len(_MENTIONS)):
        return None
    texts, i = [], at + len(_MENTIONS)
    while True:
        try:
            _, end = _DECODER.raw_decode(record, i)
        except ValueError:
            return None
        texts.append(record[i:end])
        if not record.startswith(", ", end):
            break
        i = end + 2
    return tuple(texts) if record.startswith("]", end) and len(texts) == n else None


def grown_written(e: Event, kept: Shown | None, dumps: Any
                  ) -> tuple[dict[str, Any], str, tuple[int, ...], Shown] | None:
    """A grown event ``e`` written from how it was last written (``kept``): its record without
    mentions, the record's text, the places of the new mentions and how it is now written;
    None when its mentions are not the kept ones with new ones put in."""
    places = added_places(kept.mentions, e.mentions) if kept is not None else None
    if kept is None or places is None:
        return None
    old = kept.texts or mention_texts(e, kept.mentions, dumps)
    new = iter(mention_texts(e, [e.mentions[i] for i in places], dumps))
    added, texts, j = set(places), [], 0
    for i in range(len(e.mentions)):
        if i in added:
            texts.append(next(new))
        else:
            texts.append(old[j])
            j += 1
    record, text = record_text(e, texts, dumps)
    return record, text, tuple(places), Shown(e.mentions, tuple(texts))


def shift(store: Store, event_id: str, stored: int, places: Sequence[int]) -> None:
    """Move the ``stored`` mention rows of ``event_id`` down to make room for new mentions at
    ``places`` of its grown list: a row moves by the number of new ones put before it."""
    before = [p - k for k, p in enumerate(places)]    # the stored row each new one goes before
    if before[0] >= stored:                           # all after the stored ones
        return
    store._run("UPDATE mentions SET ord = ord + (SELECT count(*) FROM (SELECT unnest(?) AS b) _b "
               "WHERE _b.b <= mentions.ord) WHERE event_id_hash = ? AND event_id = ? "
               "AND ord >= ?", [before, id_hash(event_id), event_id, before[0]])


def write(store: Store, merged: Sequence[Report | Written], rows: Sequence[tuple[Report, str, str]]
          ) -> None:
    """The rows of merged events (of a :class:`Written` with ``added``, only those mentions'
    rows) and of their (report, event id, component) ``rows``."""
    import pyarrow as pa

    from ..export.flat import arrow_table, flatten
    from .database import EVENT_COLUMNS

    lone = {m.event.id: m for m in merged}
    store._insert("events", arrow_table([flatten(m.record, EVENT_COLUMNS) for m in merged],
                                        EVENT_COLUMNS, extra=(
        ("n_mentions", pa.int32(), [len(reports(m.event)) for m in merged]),
        ("record", pa.string(), [m.text for m in merged]),
        ("event_id_hash", pa.int64(), [id_hash(m.event.id) for m in merged]),
        ("tally_stamp", pa.int64(), [m.stamp if isinstance(m, Written) else None
                                     for m in merged]))))
    store._insert("reports", pa.table({
        "report_id": [r.event.id for r, _, _ in rows],
        "event_id": [eid for _, eid, _ in rows],
        "merge_key": pa.array([None] * len(rows), pa.string()),
        "document_id": [r.event.document.id for r, _, _ in rows],
        # A lone report's record is its event's: not stored twice.
        "record": pa.array([None if r is lone.get(eid) else r.text for r, eid, _ in rows],
                           pa.string()),
        "component_id": [c for _, _, c in rows],
        "report_id_hash": hashes([r.event.id for r, _, _ in rows]),
        "event_id_hash": hashes([eid for _, eid, _ in rows]),
        "component_id_hash": hashes([c for _, _, c in rows])}))
    ms = [(m.event.id, i, x) for m in merged for i, x in _mention_rows(m)]
    store._insert("mentions", pa.table({
        "event_id": [eid for eid, _, _ in ms],
        "ord": pa.array([i for _, i, _ in ms], pa.int32()),
        "document_id": [m.document.id for _, _, m in ms],
        "evidence_start": pa.array([m.evidence.span[0] for _, _, m in ms], pa.int32()),
        "evidence_end": pa.array([m.evidence.span[1] for _, _, m in ms], pa.int32()),
        "sentence": [m.evidence.sentence for _, _, m in ms],
        "event_id_hash": hashes([eid for eid, _, _ in ms])}))


def _mention_rows(m: Report | Written) -> list[tuple[int, Any]]:
    """The (place, mention) of an event's mentions whose rows are written."""
    every = reports(m.event)
    places = m.added if isinstance(m, Written) and m.added is not None else range(len(every))
    return [(i, every[i]) for i in places]


def write_keys(store: Store, new: Sequence[Report],
               beyond: AbstractSet[tuple[str, str]] = frozenset()) -> None:
    """The blocking keys of reports new to the store, as rows (the (key, report id) rows
    ``beyond`` into ``report_keys_beyond``: :mod:`.heads`)."""
    import pyarrow as pa

    ks = [(k, r.event.id) for r in new for k in r.keys]
    for table, rows in (("report_keys", [x for x in ks if x not in beyond]),
                        ("report_keys_beyond", [x for x in ks if x in beyond])):
        if rows or table == "report_keys":
            store._insert(table, pa.table({
                "key": pa.array([k for k, _ in rows], pa.string()),
                "report_id": pa.array([i for _, i in rows], pa.string()),
                "key_hash": hashes([k for k, _ in rows])}))
