"""The read side of ``eventwire serve``: the store opened for the server, one event with its
reports, documents, reviews; list queries are answered by the in-memory index (.index).

Every value from a request that reaches SQL is a bound parameter (``?``), never part of the
SQL text. Each call takes its own cursor of the one connection, so requests may run in
parallel threads.
"""

from __future__ import annotations

import base64
import binascii
import json
import threading
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from ..errors import EventwireError, ReviewError, StoreError
from ..records import event_from_record, event_to_record
from ..store import review

#: Sort keys (an unknown value sorts below any known one; ties broken by event id).
SORTS = ("date", "confidence", "fatalities", "mentions")
REVIEW_STATES = ("any", "reviewed", "unreviewed", "accepted", "rejected", "corrected")
COUNT_BY = ("month", "country", "admin1", "admin2", "label", "event_type", "actor")
MAX_PAGE = 500
MAX_FEATURES = 20_000


class QueryError(EventwireError):
    """A request parameter the store cannot be asked with (the API answers 400)."""


class NotFound(EventwireError):
    """No such event or document (the API answers 404)."""


@dataclass(frozen=True, slots=True)
class EventQuery:
    """Which events a request asks for, validated (see :func:`eventwire.serve.api.parse`)."""

    since: date | None = None
    until: date | None = None
    countries: tuple[str, ...] = ()      # lower-cased names and ISO alpha-2 codes
    admin1: tuple[str, ...] = ()         # lower-cased region names (export.filters.admins)
    admin2: tuple[str, ...] = ()
    labels: tuple[str, ...] = ()
    event_types: tuple[str, ...] = ()
    actors: tuple[str, ...] = ()         # parts of actor names, lower-cased
    target_kinds: tuple[str, ...] = ()   # kinds of target hit (export.filters.target_kinds)
    bbox: tuple[float, float, float, float] | None = None   # west, south, east, north
    min_confidence: float | None = None
    include_crime: bool = False          # min_confidence against confidence_with_crime
    reviewed: str = "any"
    q: str | None = None                 # words in the evidence, place or actors
    sort: str = "-date"
    limit: int = 100
    cursor: str | None = None
    extra: tuple[tuple[str, Any], ...] = field(default=())


class Queries:
    """Queries over one store; :meth:`open` it read-only unless reviews may be written."""

    def __init__(self, con: Any, path: str, writable: bool) -> None:
        self._con = con
        self.path = path
        self.writable = writable
        self.has_reviews = review.has_reviews_table(con)
        from ..store.sources import has_column, has_table
        self._has_language = has_column(con, "documents", "language")
        self._has_sources = has_table(con, "sources")
        self._index: Any = None
        self._writing = threading.Lock()

    @classmethod
    def open(cls, path: str | Path, writable: bool = False) -> Queries:
        import duckdb

        where = str(path)
        if where != ":memory:" and not Path(where).is_file():
            raise StoreError(f"no store at {where}: run `eventwire ingest PATH --db {where}` "
                             "first, or give the store's path with --db")
        if writable:
            from ..store.migrations import migrate
            try:
                con = duckdb.connect(where)
            except duckdb.Error as exc:
                raise StoreError(f"cannot open {where} for reviews ({exc}): is another "
                                 "eventwire writing to it?") from exc
            migrate(con, where)
        else:
            try:
                con = duckdb.connect(where, read_only=True)
            except duckdb.Error as exc:
                raise StoreError(f"cannot open {where} read-only ({exc}): is another "
                                 "eventwire writing to it? wait for it to finish") from exc
        tables = {r[0] for r in con.execute("SELECT table_name FROM information_schema.tables "
                                            "WHERE table_schema = 'main'").fetchall()}
        if not {"events", "reports", "documents"} <= tables:
            con.close()
            raise StoreError(f"{where} is not an eventwire store: give the --db of `ingest`")
        return cls(con, where, writable)

    def close(self) -> None:
        self._con.close()

    def _rows(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        cur = self._con.cursor()
        try:
            return cur.execute(sql, list(params)).fetchall()
        finally:
            cur.close()

    # -- events ------------------------------------------------------------------------

    @property
    def indexed(self) -> bool:
        """Whether list queries are answered from memory (the index is built)."""
        return self._index is not None

    @property
    def index(self) -> Any:
        """The in-memory index of list queries (built at first use, see :mod:`.index`)."""
        if self._index is None:
            from .index import EventIndex
            cur = self._con.cursor()
            try:
                self._index = EventIndex(cur)
            finally:
                cur.close()
        return self._index

    def events(self, q: EventQuery) -> dict[str, Any]:
        """A page of event summaries and the cursor of the next page (None at the end)."""
        rows, nxt = self.index.page(q)
        return {"events": rows, "next": nxt}

    def count(self, q: EventQuery) -> int:
        return self.index.count(q)

    def counts(self, q: EventQuery, by: str, then: str | None = None) -> list[dict[str, Any]]:
        """Events per value of ``by`` (and of ``then``), most first; for charts."""
        return self.index.counts(q, by, then)

    def geojson(self, q: EventQuery) -> dict[str, Any]:
        """A FeatureCollection of the matching events that have a point (up to ``q.limit``)."""
        page = self.events(q)
        feats = [{"type": "Feature", "id": s["event_id"],
                  "geometry": {"type": "Point", "coordinates": [s["location"]["longitude"],
                                                                s["location"]["latitude"]]},
                  "properties": s}
                 for s in page["events"] if s["location"] and s["location"]["latitude"]
                 is not None and s["location"]["longitude"] is not None]
        return {"type": "FeatureCollection", "features": feats, "next": page["next"]}

    # -- one event, documents -----------------------------------------------------------

    def event(self, event_id: str) -> dict[str, Any]:
        """The event (reviews applied), its review trail and every report beside its text."""
        rows = self._rows("SELECT record FROM events WHERE event_id = ?", [event_id])
        if not rows:
            raise NotFound(f"no event {event_id!r} in this store: list events at /api/events")
        ev = event_from_record(json.loads(rows[0][0]))
        trail = review.reviews_by_event(self._con.cursor(), [event_id]).get(event_id, []) \
            if self.has_reviews else []
        ev = review.apply(ev, trail)
        # One table at a time, each by "=" on an indexed column (0006_columns): a join makes
        # DuckDB scan every report and document (51 ms a page on 50,000 events, 2 ms so).
        reports = [(rec or rows[0][0], d, r) for rec, d, r in self._rows(
            "SELECT record, document_id, report_id FROM reports WHERE event_id = ?",
            [event_id])]
        docs = {d: self._document_row(d) for d in sorted({r[1] for r in reports})}
        reports.sort(key=lambda r: (docs[r[1]][3] is None, docs[r[1]][3] or date.min, r[1], r[2]))
        info = self._documents(docs)
        return {"event": info.record(ev), "reviews": [r.to_json() for r in trail],
                "reports": [_report(json.loads(rec), docs[d][:-1], info) for rec, d, _ in reports],
                "can_review": self.writable}

    def _document_row(self, doc_id: str) -> tuple[Any, ...]:
        """(id, title, url, published, outlet, text, language) of a document; Nones if gone."""
        lang = "language" if self._has_language else "NULL"
        rows = self._rows(f"SELECT id, title, url, published, outlet, text, {lang} FROM "
                          "documents WHERE id = ?", [doc_id])
        return rows[0] if rows else (None,) * 7

    def _documents(self, ids: Any) -> Any:
        """Language and sources of the documents ``ids`` (export.documents)."""
        from ..export.documents import Documents
        cur = self._con.cursor()
        try:
            return Documents.load(cur, list(ids), schema=(self._has_language,
                                                         self._has_sources))
        finally:
            cur.close()

    def stored_event(self, event_id: str) -> Any:
        rows = self._rows("SELECT record FROM events WHERE event_id = ?", [event_id])
        if not rows:
            raise NotFound(f"no event {event_id!r} in this store: list events at /api/events")
        ev = event_from_record(json.loads(rows[0][0]))
        if self.has_reviews:
            ev = review.apply(ev, review.reviews_by_event(self._con.cursor(), [event_id]).get(
                event_id, []))
        return ev

    def add_review(self, event_id: str, action: str, changes: dict[str, Any] | None,
                   note: str, reviewer: str | None) -> dict[str, Any]:
        if not self.writable:
            raise PermissionError("reviews are off: start the server with --allow-review")
        with self._writing:          # one review at a time: each takes the next seq
            ev = self.stored_event(event_id)
            cur = self._con.cursor()
            try:
                done = review.record_review(cur, ev, action, changes, note, reviewer)
            finally:
                cur.close()
        self.has_reviews = True
        now = self.stored_event(event_id)
        trail = review.reviews_by_event(self._con.cursor(), [event_id]).get(event_id, [])
        self.index.refresh(event_id, trail, now)
        return {"review": done.to_json(), "event": event_to_record(now)}

    def documents(self, limit: int, cursor: str | None) -> dict[str, Any]:
        conds, params = ["TRUE"], []
        if cursor:
            _, last = decode_cursor(cursor, "id")
            conds.append("d.id > ?")
            params.append(last)
        lang = "d.language" if self._has_language else "NULL"
        rows = self._rows(
            f"SELECT d.id, d.title, d.url, d.published, d.outlet, d.source, {lang} FROM "
            f"documents d WHERE {' AND '.join(conds)} ORDER BY d.id LIMIT ?",
            [*params, limit + 1])
        more, rows = len(rows) > limit, rows[:limit]
        # Counted for the page's documents only (a correlated count per document scanned
        # every report for each row: 200 ms a page on 50,000 documents).
        counts = dict(self._rows("SELECT document_id, count(DISTINCT event_id) FROM reports "
                                 "WHERE document_id IN (SELECT unnest(?)) GROUP BY 1",
                                 [[r[0] for r in rows]])) if rows else {}
        info = self._documents(r[0] for r in rows)
        docs = [{"id": r[0], "title": r[1], "url": r[2], "published": _iso(r[3]),
                 "outlet": r[4], "source": r[5], "language": r[6],
                 "sources": info.document({"id": r[0]}).get("sources", []),
                 "events": counts.get(r[0], 0)} for r in rows]
        return {"documents": docs,
                "next": encode_cursor("id", None, docs[-1]["id"]) if more else None}

    def document(self, doc_id: str) -> dict[str, Any]:
        lang = "language" if self._has_language else "NULL"
        rows = self._rows(f"SELECT id, title, url, published, outlet, source, text, {lang} "
                          "FROM documents WHERE id = ?", [doc_id])
        if not rows:
            raise NotFound(f"no document {doc_id!r} in this store: list them at /api/documents")
        r = rows[0]
        events = [e for (e,) in self._rows("SELECT DISTINCT event_id FROM reports WHERE "
                                           "document_id = ? ORDER BY event_id", [doc_id])]
        sources = self._documents([doc_id]).document({"id": doc_id}).get("sources", [])
        return {"id": r[0], "title": r[1], "url": r[2], "published": _iso(r[3]),
                "outlet": r[4], "source": r[5], "text": r[6], "language": r[7],
                "sources": sources, "events": events}

    def meta(self) -> dict[str, Any]:
        """What the filter panel offers: the labels, types, target kinds and countries in this
        store, and the confidence threshold it starts at (export's default)."""
        from ..export.filters import known_target_kinds
        from ..taxonomy import LABELS

        countries = self._rows("SELECT location_country, location_iso2, count(*) FROM events "
                               "WHERE location_country IS NOT NULL GROUP BY ALL ORDER BY 1")
        n = self._rows("SELECT count(*), min(date_start), max(date_start) FROM events")[0]
        from ..events.model import DEFAULT_MIN_CONFIDENCE

        return {"labels": [{"label": k, "event_type": v.event_type,
                            "sub_event_type": v.sub_event_type} for k, v in LABELS.items()],
                "countries": [{"country": c, "iso2": i, "events": k} for c, i, k in countries],
                "target_kinds": list(known_target_kinds()),
                "events": n[0], "first": _iso(n[1]), "last": _iso(n[2]),
                # The web app's starting threshold: export's, so both show the same events.
                "default_min_confidence": DEFAULT_MIN_CONFIDENCE,
                "can_review": self.writable}


_SPANNED = ("actor1", "actor2", "location", "date", "fatalities", "injured", "arrested", "claim",
            "evidence")


def _report(rec: dict[str, Any], doc: Sequence[Any], info: Any) -> dict[str, Any]:
    """One report of an event: its document's text and the spans its record read there, with
    the document's language and every outlet of its text (``info``: export.documents)."""
    doc_id, title, url, published, outlet, text = doc
    spans = [{"field": k, "start": rec[k]["span"][0], "end": rec[k]["span"][1],
              "text": rec[k].get("text") or rec[k].get("sentence")}
             for k in _SPANNED if rec.get(k) and rec[k].get("span")
             and rec[k]["span"][1] > rec[k]["span"][0]]
    document = {"id": doc_id or rec["document"]["id"], "title": title, "url": url,
                "published": _iso(published), "outlet": outlet}
    extra = info.document(document)
    document |= {k: extra[k] for k in ("language", "sources") if k in extra}
    return {"event_id": rec["event_id"], "document": document, "text": text, "spans": spans,
            "label": rec["label"]}


def _iso(d: Any) -> str | None:
    return d.isoformat() if d is not None else None


def encode_cursor(sort: str, value: Any, last_id: str) -> str:
    if isinstance(value, date):
        value = value.isoformat()
    raw = json.dumps([sort, value, last_id], separators=(",", ":")).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def decode_cursor(cursor: str, sort: str) -> tuple[Any, str]:
    """The (key value, last id) a cursor carries; :class:`QueryError` if it is not ours."""
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
        got, value, last = json.loads(raw)
    except (ValueError, binascii.Error, TypeError):
        raise QueryError("cursor is not one this server gave: pass the `next` value of the "
                         "previous page unchanged") from None
    if got != sort or not isinstance(last, str):
        raise QueryError("cursor belongs to another sort order: start again without cursor")
    if sort.lstrip("-") == "date":
        try:
            value = date.fromisoformat(value)
        except (TypeError, ValueError):
            raise QueryError("cursor is damaged: start again without cursor") from None
    elif sort != "id" and not isinstance(value, (int, float)):
        raise QueryError("cursor is damaged: start again without cursor")
    return value, last


__all__ = [
    "COUNT_BY",
    "REVIEW_STATES",
    "SORTS",
    "EventQuery",
    "NotFound",
    "Queries",
    "QueryError",
    "ReviewError",
]
