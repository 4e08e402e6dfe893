"""Re-reading stored documents with this eventwire (``ingest --reprocess``).

After an upgrade (a new model, better places or actors), the stored documents are read again
and each one's reports are replaced by the new ones, a batch of documents per transaction (a
killed run leaves every document either as it was or as it is now; rerunning re-reads them
all, which gives the same store). The events that held a replaced report are taken apart and
their other reports merged again with the new ones (:mod:`.merging`), so merged events stay
``merge(all reports)``.

Reviews are never touched (:mod:`.review`): a review applies to its event while the event's
id is stored, and follows its reports when merging gives the event another id. An event the
new reading no longer finds takes its reviews' effect with it; :func:`review_places` before
and after tells which reviews still apply, moved, or apply to nothing now.

The reading options of ``ingest`` are honoured as a fresh ingest would apply them:
``--published`` through :func:`dated` (the stored metadata says whether a date was the
document's own), the column options by reading the tables again (the CLI,
:mod:`eventwire.cli_store`); each document's row then takes the metadata read now
(:func:`replace_reports`), and a document a new reading no longer gives is removed.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import date
from typing import TYPE_CHECKING, Any

from ..records import Document, Event, Failure

if TYPE_CHECKING:
    from .database import Store

_DOC_COLUMNS = ("id", "text", "source", "title", "url", "published", "published_from",
                "dateline", "outlet", "line")
# The metadata a new reading may change (the id and text never: the id is the text's digest).
_META = ("source", "line", "title", "url", "published", "published_from", "dateline",
         "outlet", "language")
# Where a date came from when it was not the document's own: ``--published`` wins over these
# (clean._publication's order: the option comes after every source in the document but the
# dateline's day, whose year is inferred, and the crawl).
_NOT_ITS_OWN = (None, "option", "dateline", "crawled")


@dataclass(frozen=True, slots=True)
class ReviewFate:
    """What a reprocess did to the reviews (by seq): still on the same event, on another
    event (merging gave it another id), or on none (the event is gone)."""

    kept: tuple[int, ...] = ()
    moved: tuple[tuple[int, str, str], ...] = ()      # (seq, event id before, after)
    lost: tuple[tuple[int, str, str], ...] = ()       # (seq, event id before, action)

    def describe(self) -> str:
        n = len(self.kept) + len(self.moved) + len(self.lost)
        if not n:
            return "no reviews"
        parts = [f"{len(self.kept) + len(self.moved)} of {n} reviews still apply"
                 + (f" ({len(self.moved)} to events whose id changed)" if self.moved else "")]
        if self.lost:
            gone = sorted({eid for _, eid, _ in self.lost})
            shown = ", ".join(gone[:5]) + (f" and {len(gone) - 5} more" if len(gone) > 5 else "")
            parts.append(f"{len(self.lost)} apply to no event now: the new reading no longer "
                         f"finds {len(gone)} reviewed events ({shown}); those reviews stay in "
                         "the audit trail")
        return "; ".join(parts)


def review_places(store: Store) -> dict[int, tuple[str | None, str]]:
    """Where each review applies now: seq -> (current event id or None, action)."""
    from .review import current_ids_sql, has_reviews_table

    if not has_reviews_table(store._con):
        return {}
    return {seq: (eid, action) for seq, eid, action in store._run(
        f"SELECT c.seq, c.event_id, r.action FROM ({current_ids_sql()}) c JOIN reviews r "
        "ON r.seq = c.seq ORDER BY c.seq")}


def review_fate(before: dict[int, tuple[str | None, str]],
                after: dict[int, tuple[str | None, str]]) -> ReviewFate:
    kept, moved, lost = [], [], []
    for seq, (was, action) in sorted(before.items()):
        if was is None:
            continue                          # applied to nothing already
        now = after.get(seq, (None, action))[0]
        if now == was:
            kept.append(seq)
        elif now is not None:
            moved.append((seq, was, now))
        else:
            lost.append((seq, was, action))
    return ReviewFate(tuple(kept), tuple(moved), tuple(lost))


def document_ids(store: Store) -> list[str]:
    """Every stored document's id, in id order (the order documents are re-read in)."""
    return [r[0] for r in store._run("SELECT id FROM documents ORDER BY id")]


def stored_documents(store: Store, ids: Sequence[str]) -> list[Document]:
    """The documents ``ids`` as they were stored (clean text and metadata), in that order."""
    from .sources import has_column

    lang = "language" if has_column(store._con, "documents", "language") else "NULL"
    rows = store._run(f"SELECT {', '.join(_DOC_COLUMNS)}, {lang} FROM documents "
                      "WHERE id IN (SELECT unnest(?))", [list(ids)])
    by_id = {r[0]: Document(id=r[0], text=r[1], source=r[2], title=r[3], url=r[4],
                            published=r[5], published_from=r[6], dateline=r[7], outlet=r[8],
                            line=r[9], language=r[10]) for r in rows}
    return [by_id[i] for i in ids if i in by_id]


def dated(doc: Document, published: date | None) -> Document:
    """``doc`` with the date ingest gives it under ``--published`` now: the option is a
    default, so a date of the document's own (record, page, URL, text) stays, and a date
    that came from the option before, from the crawl (unless the option is later than the
    crawl), or none gives way to it. Without the option a stored date stays."""
    from ..published import FUTURE_SLACK

    if published is None or doc.published_from not in _NOT_ITS_OWN:
        return doc
    if doc.published_from == "crawled" and doc.published is not None \
            and published > doc.published + FUTURE_SLACK:
        return doc
    return replace(doc, published=published, published_from="option")


@dataclass(frozen=True, slots=True)
class Reread:
    """What reading some inputs again (tables, with other columns) changed besides the
    documents it gave: documents no input gives now, (document id, input) outlets to remove
    (no longer given, or given again below), and the texts these inputs give as another
    outlet (stored from another input first, or given twice)."""

    gone: tuple[str, ...] = ()
    unsourced: tuple[tuple[str, str], ...] = ()
    outlets: tuple[Document, ...] = ()


def replace_reports(store: Store, items: Sequence[tuple[Document, Sequence[Event]]],
                    failures: Sequence[Failure] = (), reread: Reread = Reread()
                    ) -> tuple[int, int]:
    """In one transaction: the documents' reports replaced by ``items``' events, their rows
    set to the documents as read now (a document not stored yet is added), ``reread``
    applied (a gone document's reports removed with it), ``failures`` recorded; returns
    (events before, events after) of the events touched."""
    from .database import _dumps
    from .merging import _delete_events, _reports_of_events, merge_in
    from .review import refresh_states

    ids = [doc.id for doc, _ in items]
    store._run("BEGIN TRANSACTION")
    try:
        touched = sorted({r[0] for r in store._run(
            "SELECT DISTINCT event_id FROM reports WHERE document_id IN (SELECT unnest(?))",
            [[*ids, *reread.gone]])})
        members = _reports_of_events(store, touched)
        replaced = {*ids, *reread.gone}
        others = [r.event for eid in touched for r in members[eid]
                  if r.event.document.id not in replaced]
        _delete_events(store, touched)
        _remove_documents(store, reread.gone, reread.unsourced)
        _write_documents(store, [doc for doc, _ in items], reread.outlets)
        merge_in(store, [*others, *(e for _, evs in items for e in evs)], _dumps)
        refresh_states(store._con)
        after = store._scalar("SELECT count(DISTINCT event_id) FROM reports WHERE document_id "
                              "IN (SELECT unnest(?))", [ids]) if ids else 0
        store._insert_failures(failures)
        store._run("COMMIT")
    except BaseException:
        store._rollback()
        raise
    return len(touched), after


def _write_documents(store: Store, docs: Sequence[Document],
                     outlets: Sequence[Document] = ()) -> None:
    """Each document's row set to ``docs``' metadata where it changed, and so its outlet's
    rows in ``sources``; a document stored from another input keeps its row (ingest keeps
    the first read); the documents not stored yet are added; ``outlets`` (texts read again
    as another outlet) are added as sources."""
    from .sources import add_sources

    first: dict[str, Document] = {}
    for doc in docs:
        first.setdefault(doc.id, doc)
    ids = list(first)
    stored = {r[0]: r[1:] for r in store._run(
        f"SELECT id, {', '.join(_META)} FROM documents WHERE id IN (SELECT unnest(?))",
        [ids])} if ids else {}
    rows: dict[tuple[str, str], set[tuple[Any, ...]]] = {}
    for doc_id, src, *outlet in store._run(
            "SELECT document_id, source, url, published, title, outlet FROM sources WHERE "
            "document_id IN (SELECT unnest(?))", [ids]) if stored else ():
        rows.setdefault((doc_id, src), set()).add(tuple(outlet))
    for doc in first.values():
        was = stored.get(doc.id)
        if was is None:
            continue
        if rows.get((doc.id, doc.source), {_outlet(doc)}) != {_outlet(doc)}:
            store._run("DELETE FROM sources WHERE document_id = ? AND source = ?",
                       [doc.id, doc.source])             # added back as read now, below
        # A document read without a language check keeps the language stored.
        now = tuple(getattr(doc, n) if n != "language" or doc.language else was[-1]
                    for n in _META)
        if was[0] == doc.source and was != now:
            store._run(f"UPDATE documents SET {', '.join(f'{n} = ?' for n in _META)} "
                       "WHERE id = ?", [*now, doc.id])
    store._insert_documents([d for d in first.values() if d.id not in stored])
    add_sources(store, [*docs, *outlets])


def _outlet(doc: Document) -> tuple[Any, ...]:
    return (doc.url, doc.published, doc.title, doc.outlet)


def _remove_documents(store: Store, ids: Sequence[str],
                      unsourced: Sequence[tuple[str, str]]) -> None:
    if unsourced:
        store._run("DELETE FROM sources WHERE (document_id, source) IN (SELECT (unnest(?), "
                   "unnest(?)))", [[d for d, _ in unsourced], [s for _, s in unsourced]])
    if ids:
        for table, column in (("sources", "document_id"), ("documents", "id")):
            store._run(f"DELETE FROM {table} WHERE {column} IN (SELECT unnest(?))", [list(ids)])


def chunks(ids: Sequence[str], size: int) -> Iterator[Sequence[str]]:
    for start in range(0, len(ids), size):
        yield ids[start:start + size]
