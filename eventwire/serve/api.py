"""The HTTP API of ``eventwire serve``: JSON over the store, read-only unless reviews are on.

Every failure answers with one JSON shape, ``{"error": {"status", "code", "message"}}``
(:func:`error`); the message says what was wrong and what to send instead.
"""

from __future__ import annotations

import json
import math
from datetime import date
from typing import Any

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from ..errors import ReviewError
from ..export import filters
from . import mapgrid
from .queries import (
    COUNT_BY,
    MAX_FEATURES,
    MAX_PAGE,
    REVIEW_STATES,
    SORTS,
    EventQuery,
    NotFound,
    Queries,
    QueryError,
)

DEFAULT_PAGE = 100
# The smallest map cell asked for: the map's deepest zoom (512x) with its 28-pixel cells
# is 0.055 map units; smaller is no map's.
MIN_CELL = 0.01
# Longest text a filter value may have: longer is no name or phrase anyone searches for.
MAX_VALUE = 200
MAX_BODY = 64_000
_LIST_PARAMS = ("country", "admin1", "admin2", "label", "event_type", "actor", "target_kind")


class _JSON(JSONResponse):
    """JSON with ``< > &`` escaped: a response is safe even if a browser sniffs it as HTML."""

    def render(self, content: Any) -> bytes:
        text = json.dumps(content, ensure_ascii=False, allow_nan=False, separators=(",", ":"))
        return text.replace("<", "\\u003c").replace(">", "\\u003e").replace(
            "&", "\\u0026").encode("utf-8")


def error(status: int, code: str, message: str) -> Response:
    """The one error shape of the API."""
    return _JSON({"error": {"status": status, "code": code, "message": message}},
                 status_code=status)


def _values(request: Request, name: str) -> list[str]:
    """A list parameter: repeated (``?label=A&label=B``) and/or comma-separated."""
    out = []
    for raw in request.query_params.getlist(name):
        out += [v.strip() for v in raw.split(",") if v.strip()]
    for v in out:
        if len(v) > MAX_VALUE:
            raise QueryError(f"{name} value is {len(v)} characters long: at most {MAX_VALUE}")
    return out


def _one(request: Request, name: str) -> str | None:
    vals = request.query_params.getlist(name)
    if len(vals) > 1:
        raise QueryError(f"{name} given {len(vals)} times: give it once")
    v = vals[0].strip() if vals else None
    if v is not None and len(v) > MAX_VALUE:
        raise QueryError(f"{name} is {len(v)} characters long: at most {MAX_VALUE}")
    return v or None


def _date(request: Request, name: str) -> date | None:
    v = _one(request, name)
    try:
        return date.fromisoformat(v) if v else None
    except ValueError:
        raise QueryError(f"{name}={v!r} is not a date: give YYYY-MM-DD") from None


def _number(request: Request, name: str, lo: float, hi: float) -> float | None:
    v = _one(request, name)
    if v is None:
        return None
    try:
        x = float(v)
    except ValueError:
        raise QueryError(f"{name}={v!r} is not a number") from None
    if not math.isfinite(x) or not lo <= x <= hi:
        raise QueryError(f"{name}={v!r} is out of range: give {lo:g} to {hi:g}")
    return x


def _flag(request: Request, name: str) -> bool:
    """A yes/no parameter: ``true``/``false`` (also 1/0, yes/no); absent is false."""
    v = _one(request, name)
    if v is None:
        return False
    if v.lower() not in _FLAG_WORDS:
        raise QueryError(f"{name}={v!r} is not true or false")
    return _FLAG_WORDS[v.lower()]


_FLAG_WORDS = {"true": True, "1": True, "yes": True, "false": False, "0": False, "no": False}


def event_types(values: list[str]) -> tuple[str, ...]:
    from ..taxonomy import LABELS

    known = sorted({i.event_type for i in LABELS.values() if i.event_type})
    bad = [v for v in values if v.lower() not in {k.lower() for k in known}]
    if bad:
        raise QueryError(f"unknown event type {bad[0]!r}: use one of {', '.join(known)}")
    return tuple(values)


def parse(request: Request, max_limit: int = MAX_PAGE, extra: tuple[str, ...] = ()
          ) -> EventQuery:
    """An :class:`EventQuery` from a request's parameters (and ``extra`` ones the endpoint
    reads itself); :class:`QueryError` if invalid."""
    known = {"since", "until", "country", "admin1", "admin2", "label", "event_type", "actor",
             "target_kind", "bbox", "min_confidence", "include_crime", "reviewed", "q", "sort",
             "limit", "cursor", *extra}
    unknown = sorted(set(request.query_params) - known)
    if unknown:
        raise QueryError(f"unknown parameter {unknown[0]!r}: use {', '.join(sorted(known))}")
    since, until = _date(request, "since"), _date(request, "until")
    if since and until and since > until:
        raise QueryError(f"since={since} is after until={until}: swap them")
    sort = _one(request, "sort") or "-date"
    if sort.lstrip("-") not in SORTS:
        raise QueryError(f"sort={sort!r}: use one of {', '.join(SORTS)} (prefix - for "
                         "descending)")
    reviewed = _one(request, "reviewed") or "any"
    if reviewed not in REVIEW_STATES:
        raise QueryError(f"reviewed={reviewed!r}: use one of {', '.join(REVIEW_STATES)}")
    limit = _number(request, "limit", 1, max_limit)
    if limit is not None and limit != int(limit):
        raise QueryError(f"limit={limit:g} is not a whole number")
    try:
        chosen = {"countries": filters.countries(_values(request, "country")),
                  **{level: filters.admins(_values(request, level))
                     for level in filters.ADMIN_LEVELS},
                  "labels": filters.labels(_values(request, "label")),
                  "target_kinds": filters.target_kinds(_values(request, "target_kind")),
                  "bbox": filters.bbox(_one(request, "bbox"))}
    except filters.FilterError as exc:
        raise QueryError(str(exc)) from None
    return EventQuery(
        since=since, until=until, **chosen,
        event_types=event_types(_values(request, "event_type")),
        actors=tuple(a.lower() for a in _values(request, "actor")),
        min_confidence=_number(request, "min_confidence", 0, 1),
        include_crime=_flag(request, "include_crime"), reviewed=reviewed,
        q=_one(request, "q"), sort=sort, limit=int(limit or DEFAULT_PAGE),
        cursor=_one(request, "cursor"))


class API:
    """The endpoint functions over one :class:`Queries`."""

    def __init__(self, queries: Queries, tiles: Any = None) -> None:
        self.queries = queries
        self.tiles = tiles                 # app.TileSource: online tiles the user asked for

    async def _answer(self, fn: Any, *args: Any, status: int = 200, inline: bool = False
                      ) -> Response:
        """``fn(*args)`` as JSON, its errors in the one error shape. ``inline`` runs it on the
        event loop: list queries answered from the in-memory index take a few ms, less than
        a thread hand-off costs; anything that reads the store runs in a thread."""
        try:
            body = fn(*args) if inline else await run_in_threadpool(fn, *args)
            return _JSON(body, status_code=status)
        except QueryError as exc:
            return error(400, "bad_request", str(exc))
        except ReviewError as exc:
            return error(422, "bad_review", str(exc))
        except NotFound as exc:
            return error(404, "not_found", str(exc))
        except PermissionError as exc:
            return error(403, "read_only", str(exc))

    async def events(self, request: Request) -> Response:
        return await self._answer(lambda: self.queries.events(parse(request)),
                                  inline=self.queries.indexed)

    async def geojson(self, request: Request) -> Response:
        return await self._answer(lambda: self.queries.geojson(parse(request, MAX_FEATURES)))

    async def clusters(self, request: Request) -> Response:
        def run() -> dict[str, Any]:
            q = parse(request, extra=("cell", "view"))
            cell = _number(request, "cell", MIN_CELL, mapgrid.WIDTH)
            if cell is None:
                raise QueryError(f"give cell: the cluster size in map units ({MIN_CELL:g} to "
                                 f"{mapgrid.WIDTH:g}; the map is {mapgrid.WIDTH:g} wide)")
            view = _one(request, "view")
            box = None
            if view is not None:
                try:
                    box = tuple(float(v) for v in view.split(","))
                except ValueError:
                    box = ()
                if len(box) != 4 or not all(math.isfinite(v) for v in box):
                    raise QueryError(f"view={view!r}: give x0,y0,x1,y1 in map units")
            return self.queries.index.clusters(q, cell, box)
        return await self._answer(run, inline=self.queries.indexed)

    async def count(self, request: Request) -> Response:
        def run() -> dict[str, Any]:
            return {"count": self.queries.count(parse(request))}
        return await self._answer(run)

    async def counts(self, request: Request) -> Response:
        def run() -> dict[str, Any]:
            params = request.query_params
            by, then = params.get("by", "month"), params.get("then")
            for name, v in (("by", by), ("then", then)):
                if v is not None and v not in COUNT_BY:
                    raise QueryError(f"{name}={v!r}: use one of {', '.join(COUNT_BY)}")
            rest = [(k, v) for k, v in params.multi_items() if k not in ("by", "then")]
            sub = Request({**request.scope, "query_string": _encode(rest)})
            return {"by": [by] + ([then] if then else []),
                    "counts": self.queries.counts(parse(sub), by, then)}
        return await self._answer(run)

    async def event(self, request: Request) -> Response:
        return await self._answer(self.queries.event, request.path_params["event_id"])

    async def review(self, request: Request) -> Response:
        if not self.queries.writable:
            return error(403, "read_only", "reviews are off: start the server with "
                         "`eventwire serve --allow-review`")
        body = await request.body()
        if len(body) > MAX_BODY:
            return error(413, "too_large", f"the review is {len(body)} bytes: at most {MAX_BODY}")
        try:
            data = json.loads(body or b"{}")
        except ValueError:
            return error(400, "bad_request", 'the body is not JSON: send {"action": "accept"|'
                         '"reject"|"correct", "changes": {...}, "note": "..."}')
        if not isinstance(data, dict) or not isinstance(data.get("action"), str):
            return error(400, "bad_request", 'give {"action": "accept"|"reject"|"correct", '
                         '"changes": {...}, "note": "...", "reviewer": "..."}')
        changes = data.get("changes")
        if changes is not None and not isinstance(changes, dict):
            return error(400, "bad_request", "changes must be an object of field: value")
        note, who = data.get("note") or "", data.get("reviewer")
        if not isinstance(note, str) or (who is not None and not isinstance(who, str)):
            return error(400, "bad_request", "note and reviewer must be text")
        return await self._answer(self.queries.add_review, request.path_params["event_id"],
                                  data["action"], changes, note, who, status=201)

    async def documents(self, request: Request) -> Response:
        def run() -> dict[str, Any]:
            limit = _number(request, "limit", 1, MAX_PAGE) or DEFAULT_PAGE
            return self.queries.documents(int(limit), _one(request, "cursor"))
        return await self._answer(run)

    async def document(self, request: Request) -> Response:
        return await self._answer(self.queries.document, request.path_params["doc_id"])

    async def meta(self, request: Request) -> Response:
        t = self.tiles
        tiles = {"template": t.template, "credit": t.credit} if t else None
        return await self._answer(lambda: self.queries.meta() | {"tiles": tiles})

    async def outlines(self, request: Request) -> Response:
        from .outlines import outlines
        return await self._answer(outlines)

    async def openapi(self, request: Request) -> Response:
        from .openapi import SPEC
        return _JSON(SPEC)


def _encode(params: list[tuple[str, str]]) -> bytes:
    from urllib.parse import urlencode
    return urlencode(params).encode()
