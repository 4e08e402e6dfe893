"""An in-memory index of the store's events for the list queries of ``eventwire serve``.

While the server holds the store, no other process can write to it (DuckDB locks the file),
and the server's own writes are reviews, which :meth:`EventIndex.refresh` applies. So the
narrow fields of every event are read once, at start, into numpy arrays and lists; a list
query is then a few vectorised masks and a walk down a precomputed sort order, with no SQL
and no JSON parsing per request (``python benchmarks/serve.py`` measures it). The store is
still where every event, report and document is read from for one event's page.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Sequence
from datetime import date
from typing import Any

import numpy as np

from ..export.filters import ADMIN_LEVELS
from ..records import Event, event_from_record
from ..store import review
from ..store.filters import CONFIDENCE_WITH_CRIME_SQL
from . import mapgrid
from .queries import EventQuery, QueryError, decode_cursor, encode_cursor

# The fields read per event, in the order of the index's lists.
FIELDS = ("event_id", "label", "event_type", "sub_event_type", "date_start", "date_end",
          "date_precision", "location_name", "admin1", "admin2", "country", "iso2", "latitude",
          "longitude", "geo_precision", "actor1", "actor2", "fatalities", "confidence",
          "n_mentions", "evidence", "title", "confidence_with_crime", "target_kinds")
_SQL = ("SELECT event_id, label, event_type, sub_event_type, date_start, date_end, "
        "date_precision, location_name, location_admin1, location_admin2, location_country, "
        "location_iso2, location_latitude, location_longitude, location_geo_precision, "
        "actor1_name, actor2_name, fatalities_best, confidence, n_mentions, "
        "record->>'$.evidence.sentence', record->>'$.document.title', "
        f"{CONFIDENCE_WITH_CRIME_SQL}, "
        # From the record, which every store's events have (0013's column is for SQL filters).
        "json_extract_string(record, '$.targets[*].kind') "
        "FROM events ORDER BY event_id")
# A store older than migration 0012 holds no confidence with crime counted: its confidence.
_SQL_BEFORE_0012 = _SQL.replace(CONFIDENCE_WITH_CRIME_SQL, "confidence")
# A store older than migration 0010_admin2 (served read-only, never migrated) has admin2 in
# the record only (if at all), one older than 0006_columns the other fields too.
_SQL_BEFORE_0010 = _SQL_BEFORE_0012.replace("location_admin2,",
                                            "record->>'$.location.admin2',")
_SQL_BEFORE_0006 = _SQL_BEFORE_0010.replace(
    "date_precision,", "TRY_CAST(record->>'$.date.precision' AS INTEGER),").replace(
    "location_admin1,", "record->>'$.location.admin1',").replace(
    "location_geo_precision,", "TRY_CAST(record->>'$.location.geo_precision' AS INTEGER),"
).replace("actor1_name,", "record->>'$.actor1.name',").replace(
    "actor2_name,", "record->>'$.actor2.name',")
_STATES = ("accepted", "rejected", "corrected")
MONTH_NONE = -1


class EventIndex:
    """The events' narrow fields as columns; see the module's docstring."""

    def __init__(self, con: Any) -> None:
        self._lock = threading.Lock()
        sql = (_SQL_BEFORE_0006 if not _has_column(con, "actor1_name") else _SQL_BEFORE_0010
               if not _has_column(con, "location_admin2") else _SQL_BEFORE_0012
               if not _has_column(con, "confidence_with_crime") else _SQL)
        rows = con.execute(sql).fetchall()
        self.cols: dict[str, list[Any]] = {f: [r[i] for r in rows] for i, f in enumerate(FIELDS)}
        self.pos = {eid: i for i, eid in enumerate(self.cols["event_id"])}
        self.state: list[str | None] = [None] * len(rows)
        if review.has_reviews_table(con):
            for eid, trail in review.reviews_by_event(con).items():
                if eid in self.pos:
                    self._set_state(eid, trail, _corrected(con, eid, trail))
        self._arrays()

    def __len__(self) -> int:
        return len(self.pos)

    # -- building ------------------------------------------------------------------------

    def _set_state(self, eid: str, trail: Sequence[review.Review], event: Event | None = None
                   ) -> None:
        i = self.pos[eid]
        self.state[i] = review.state(trail)
        if event is not None:
            self._set_fields(i, event)

    def _set_fields(self, i: int, e: Event) -> None:
        """A reviewed event's corrected values replace the stored ones in the index."""
        loc, d = e.location, e.date
        values = {"label": e.type.label, "event_type": e.type.event_type,
                  "sub_event_type": e.type.sub_event_type,
                  "date_start": d.start if d else None, "date_end": d.end if d else None,
                  "date_precision": d.precision if d else None,
                  "location_name": loc.name if loc else None,
                  "admin1": loc.admin1 if loc else None, "admin2": loc.admin2 if loc else None,
                  "country": loc.country if loc else None,
                  "iso2": loc.iso2 if loc else None, "latitude": loc.latitude if loc else None,
                  "longitude": loc.longitude if loc else None,
                  "geo_precision": loc.geo_precision if loc else None,
                  "actor1": e.actor1.name if e.actor1 else None,
                  "actor2": e.actor2.name if e.actor2 else None,
                  "fatalities": e.fatalities.best if e.fatalities else None}
        for k, v in values.items():
            self.cols[k][i] = v

    def _arrays(self) -> None:
        """Numpy columns for masks, and the sort orders, from the lists."""
        c = self.cols
        n = len(self.pos)
        f64 = (lambda xs: np.array([np.nan if x is None else float(x) for x in xs], dtype=float))
        self.start = np.array([d.toordinal() if d else 0 for d in c["date_start"]], np.int64)
        self.end = np.array([(e or s).toordinal() if (e or s) else 0
                             for s, e in zip(c["date_start"], c["date_end"], strict=True)],
                            np.int64)
        self.lat, self.lon = f64(c["latitude"]), f64(c["longitude"])
        with np.errstate(invalid="ignore"):
            self.mx, self.my = mapgrid.project(self.lon, self.lat)     # the map's plane
        self.conf = f64(c["confidence"])
        self.conf_crime = f64(c["confidence_with_crime"])   # records.kept_confidence's
        self.fat = np.array([-1 if x is None else x for x in c["fatalities"]], np.int64)
        self.mentions = np.array(c["n_mentions"], np.int64) if n else np.zeros(0, np.int64)
        # Text columns as integer codes: comparing ints is ~50x faster than object arrays.
        self.label = _Codes(c["label"])
        self.etype = _Codes((x or "").lower() for x in c["event_type"])
        self.etype_names = {self.etype.vocab[(x or "").lower()]: x for x in c["event_type"]}
        self.country = _Codes((x or "").lower() for x in c["country"])
        self.iso2 = _Codes((x or "").lower() for x in c["iso2"])
        self.admin = {level: _Codes((x or "").lower() for x in c[level])
                      for level in ADMIN_LEVELS}
        self.st = _Codes(s or "" for s in self.state)
        # Per target kind, the events that hit one (reviews do not change targets).
        self.hit: dict[str, np.ndarray] = {}
        for i, kinds in enumerate(c["target_kinds"]):
            for kind in kinds or ():
                self.hit.setdefault(kind, np.zeros(n, dtype=bool))[i] = True
        # The values counts group by (as stored: None is a value of its own).
        self.groups = {"month": _Codes(d.strftime("%Y-%m") if d else None
                                       for d in c["date_start"]),
                       "country": _Codes(c["country"]),
                       **{level: _Codes(c[level]) for level in ADMIN_LEVELS},
                       "label": self.label,
                       "event_type": _Codes(c["event_type"]), "actor": _Codes(c["actor1"])}
        # Event ids are in sorted order (the query sorts them), so the row number breaks ties
        # exactly as event_id does.
        keys = {"date": self.start, "confidence": np.nan_to_num(self.conf, nan=-1.0),
                "fatalities": self.fat, "mentions": self.mentions}
        self.keys = keys
        self.orders = {k: np.lexsort((np.arange(n), v)) for k, v in keys.items()}

    def refresh(self, eid: str, trail: Sequence[review.Review], event: Event) -> None:
        """Apply a new review of ``eid`` (its trail and the event as reviewed)."""
        with self._lock:
            if eid in self.pos:
                self._set_state(eid, trail, event)
                self._update(self.pos[eid])

    def _update(self, i: int) -> None:
        """Row ``i``'s arrays from its fields, after a review: in place, and the two sort
        orders a review can change again (rebuilding every array held the index's lock for
        1.06 s on 100,000 events, stalling every list query meanwhile; this takes 11 ms)."""
        c = self.cols
        d0, d1 = c["date_start"][i], c["date_end"][i]
        self.start[i] = d0.toordinal() if d0 else 0
        self.end[i] = (d1 or d0).toordinal() if (d1 or d0) else 0
        lat, lon = c["latitude"][i], c["longitude"][i]
        self.lat[i] = np.nan if lat is None else float(lat)
        self.lon[i] = np.nan if lon is None else float(lon)
        with np.errstate(invalid="ignore"):
            x, y = mapgrid.project(self.lon[i:i + 1], self.lat[i:i + 1])
        self.mx[i], self.my[i] = x[0], y[0]
        self.fat[i] = -1 if c["fatalities"][i] is None else c["fatalities"][i]
        self.label.set(i, c["label"][i])
        self.etype.set(i, (c["event_type"][i] or "").lower())
        self.etype_names[self.etype.codes[i]] = c["event_type"][i]
        self.country.set(i, (c["country"][i] or "").lower())
        self.iso2.set(i, (c["iso2"][i] or "").lower())
        for level in ADMIN_LEVELS:
            self.admin[level].set(i, (c[level][i] or "").lower())
        self.st.set(i, self.state[i] or "")
        self.groups["month"].set(i, d0.strftime("%Y-%m") if d0 else None)
        for name, field in (("country", "country"), ("event_type", "event_type"),
                            ("actor", "actor1"), *((level, level) for level in ADMIN_LEVELS)):
            self.groups[name].set(i, c[field][i])
        n = np.arange(len(self.pos))
        for k in ("date", "fatalities"):           # keys[k] are self.start and self.fat
            self.orders[k] = np.lexsort((n, self.keys[k]))

    # -- querying ------------------------------------------------------------------------

    def mask(self, q: EventQuery) -> np.ndarray:
        n = len(self.pos)
        m = np.ones(n, dtype=bool)
        if q.since is not None:
            m &= (self.start > 0) & (self.end >= q.since.toordinal())
        if q.until is not None:
            m &= (self.start > 0) & (self.start <= q.until.toordinal())
        if q.countries:
            wanted = list(q.countries)
            m &= self.country.isin(wanted) | self.iso2.isin(wanted)
        for level in ADMIN_LEVELS:
            if getattr(q, level):
                m &= self.admin[level].isin(getattr(q, level))
        if q.labels:
            m &= self.label.isin(q.labels)
        if q.event_types:
            m &= self.etype.isin([t.lower() for t in q.event_types])
        if q.target_kinds:
            m &= np.logical_or.reduce([self.hit.get(k, np.zeros(n, dtype=bool))
                                       for k in q.target_kinds])
        if q.bbox is not None:
            west, south, east, north = q.bbox
            with np.errstate(invalid="ignore"):
                inside = (self.lat >= south) & (self.lat <= north)
                lon = ((self.lon >= west) & (self.lon <= east)) if west <= east else \
                    ((self.lon >= west) | (self.lon <= east))
            m &= inside & lon
        if q.min_confidence:
            with np.errstate(invalid="ignore"):
                m &= (self.conf_crime if q.include_crime else self.conf) >= q.min_confidence
        if q.reviewed != "any":
            m &= _REVIEWED[q.reviewed](self.st)
        if q.actors or q.q:
            m &= self._text_mask(q, m)
        return m

    def _text_mask(self, q: EventQuery, m: np.ndarray) -> np.ndarray:
        """Actor and text search: substring tests, only on the rows still in."""
        c = self.cols
        out = np.zeros(len(m), dtype=bool)
        for i in np.flatnonzero(m):
            names = f"{c['actor1'][i] or ''}\x1f{c['actor2'][i] or ''}".lower()
            if q.actors and not any(a in names for a in q.actors):
                continue
            if q.q:
                text = f"{c['evidence'][i] or ''}\x1f{c['location_name'][i] or ''}\x1f{names}"
                if q.q.lower() not in text.lower():
                    continue
            out[i] = True
        return out

    def page(self, q: EventQuery) -> tuple[list[dict[str, Any]], str | None]:
        """The rows of one page and the cursor of the next (None at the end)."""
        with self._lock:
            name = q.sort.lstrip("-")
            order = self.orders[name][::-1] if q.sort.startswith("-") else self.orders[name]
            if q.cursor:
                _, last = decode_cursor(q.cursor, q.sort)
                if last not in self.pos:
                    raise QueryError("the cursor's event is gone: start again without cursor")
                where = np.flatnonzero(order == self.pos[last])
                order = order[int(where[0]) + 1:]
            m = self.mask(q)
            hits = order[:q.limit + 1] if m.all() else order[m[order]][:q.limit + 1]
            rows = [self.summary(int(i)) for i in hits[:q.limit]]
            nxt = None
            if len(hits) > q.limit:
                last_row = int(hits[q.limit - 1])
                key = self.keys[name][last_row]
                nxt = encode_cursor(q.sort, date.fromordinal(int(key)) if name == "date" and key
                                    else "0001-01-01" if name == "date" else key.item(),
                                    rows[-1]["event_id"])
            return rows, nxt

    def count(self, q: EventQuery) -> int:
        with self._lock:
            return int(self.mask(q).sum())

    def counts(self, q: EventQuery, by: str, then: str | None) -> list[dict[str, Any]]:
        with self._lock:
            rows = np.flatnonzero(self.mask(q))
            groups = [self.groups[by], *([self.groups[then]] if then else [])]
            # One integer per combination of values, counted by numpy (a Counter over the
            # rows took 0.4-0.7 s for 40,000 events; this takes milliseconds).
            key = np.zeros(len(rows), dtype=np.int64)
            for g in groups:
                key = key * len(g.vocab) + g.codes[rows]
            combos, n = np.unique(key, return_counts=True)
            values = [list(g.vocab) for g in groups]
            tally = {}
            for k, count in zip(combos.tolist(), n.tolist(), strict=True):
                parts = []
                for g, vals in zip(reversed(groups), reversed(values), strict=True):
                    k, code = divmod(k, len(g.vocab))
                    parts.append(vals[code])
                tally[tuple(reversed(parts))] = count
        names = [by, *([then] if then else [])]
        ordered = sorted(tally.items(), key=lambda kv: (-kv[1], [(v is None, v or "")
                                                                 for v in kv[0]]))
        return [dict(zip([*names, "n"], [*k, n], strict=True)) for k, n in ordered]

    def clusters(self, q: EventQuery, cell: float,
                 view: tuple[float, float, float, float] | None) -> dict[str, Any]:
        """The map's clusters of the matching events (see :mod:`.mapgrid`); a cluster of one
        says which event it is."""
        c = self.cols
        with self._lock:
            found = mapgrid.clusters(self.mx, self.my, self.etype.codes,
                                     np.flatnonzero(self.mask(q)), cell, view)
            out = []
            for k in found:
                i = k.pop("row")
                k["event_type"] = self.etype_names[k.pop("type")]
                if k["n"] == 1:
                    start = c["date_start"][i]
                    k |= {"event_id": c["event_id"][i], "label": c["label"][i],
                          "place": c["location_name"][i],
                          "date": start.isoformat() if start else None}
                out.append(k)
        return {"clusters": out, "events": sum(k["n"] for k in out)}

    def summary(self, i: int) -> dict[str, Any]:
        """What a list row, a map point and a table row show of an event."""
        c = self.cols
        start = c["date_start"][i]
        has_place = c["location_name"][i] is not None
        return {
            "event_id": c["event_id"][i], "label": c["label"][i],
            "event_type": c["event_type"][i], "sub_event_type": c["sub_event_type"][i],
            "date": None if start is None else {
                "start": start.isoformat(),
                "end": c["date_end"][i].isoformat() if c["date_end"][i] else None,
                "precision": c["date_precision"][i]},
            "location": None if not has_place else {
                "name": c["location_name"][i], "admin1": c["admin1"][i],
                "admin2": c["admin2"][i], "country": c["country"][i], "iso2": c["iso2"][i],
                "latitude": c["latitude"][i], "longitude": c["longitude"][i],
                "geo_precision": c["geo_precision"][i]},
            "actor1": c["actor1"][i], "actor2": c["actor2"][i],
            "fatalities": c["fatalities"][i], "confidence": c["confidence"][i],
            "mentions": c["n_mentions"][i], "evidence": c["evidence"][i],
            "title": c["title"][i], "reviewed": self.state[i]}


def _has_column(con: Any, name: str) -> bool:
    return bool(con.execute("SELECT count(*) FROM information_schema.columns WHERE "
                            "table_schema = 'main' AND table_name = 'events' AND "
                            "column_name = ?", [name]).fetchone()[0])


def _corrected(con: Any, eid: str, trail: Sequence[review.Review]) -> Event | None:
    """The event as corrected by its trail, or None when no review corrected it."""
    if not any(r.action == "correct" for r in trail):
        return None
    (text,) = con.execute("SELECT record FROM events WHERE event_id = ?", [eid]).fetchone()
    return review.apply(event_from_record(json.loads(text)), trail)


class _Codes:
    """A column of text values as integer codes, for fast membership masks."""

    def __init__(self, values: Any) -> None:
        self.vocab: dict[str, int] = {}
        self.codes = np.array([self.vocab.setdefault(v, len(self.vocab)) for v in values],
                              dtype=np.int32)

    def set(self, i: int, value: Any) -> None:
        """Row ``i`` takes ``value`` (a new value gets the next code)."""
        self.codes[i] = self.vocab.setdefault(value, len(self.vocab))

    def isin(self, values: Any) -> np.ndarray:
        wanted = [self.vocab[v] for v in values if v in self.vocab]
        if not wanted:
            return np.zeros(len(self.codes), dtype=bool)
        out = self.codes == wanted[0]
        for k in wanted[1:]:
            out |= self.codes == k
        return out


_REVIEWED = {"reviewed": lambda st: ~st.isin([""]), "unreviewed": lambda st: st.isin([""]),
             **{s: (lambda st, s=s: st.isin([s])) for s in _STATES}}
