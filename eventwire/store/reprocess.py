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
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..records import Document, Event, Failure

if TYPE_CHECKING:
    from .database import Store

_DOC_COLUMNS = ("id", "text", "source", "title", "url", "published", "published_from",
                "dateline", "outlet", "line")


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


def replace_reports(store: Store, items: Sequence[tuple[Document, Sequence[Event]]],
                    failures: Sequence[Failure] = ()) -> tuple[int, int]:
    """In one transaction: the documents' reports replaced by ``items``' events, their
    language updated, ``failures`` recorded; returns (events before, events after) of the
    events touched."""
    from .database import _dumps
    from .merging import _delete_events, _reports_of_events, merge_in
    from .review import refresh_states

    ids = [doc.id for doc, _ in items]
    store._run("BEGIN TRANSACTION")
    try:
        touched = sorted({r[0] for r in store._run(
            "SELECT DISTINCT event_id FROM reports WHERE document_id IN (SELECT unnest(?))",
            [ids])})
        members = _reports_of_events(store, touched)
        replaced = set(ids)
        others = [r.event for eid in touched for r in members[eid]
                  if r.event.document.id not in replaced]
        _delete_events(store, touched)
        for doc, _ in items:
            if doc.language is not None:
                store._run("UPDATE documents SET language = ? WHERE id = ? AND language IS "
                           "DISTINCT FROM ?", [doc.language, doc.id, doc.language])
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


def chunks(ids: Sequence[str], size: int) -> Iterator[Sequence[str]]:
    for start in range(0, len(ids), size):
        yield ids[start:start + size]
