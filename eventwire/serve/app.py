"""The ASGI application of ``eventwire serve``: the API under /api, the web app at /.

Everything the page needs is served from here (our own HTML, JS and CSS in ``static/``, the
country outlines from the Natural Earth data an installed package ships): nothing is fetched
from the internet.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import MutableHeaders
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import FileResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

from ..errors import InputError
from .api import API, error
from .queries import Queries

STATIC = Path(__file__).with_name("static")
log = logging.getLogger("eventwire.serve")
# Headers on every page: no script or style from anywhere but this server, no framing; images
# from the tile server only when the user asked for one (``{tiles}``).
CSP = ("default-src 'self'; img-src 'self' data:{tiles}; style-src 'self'; script-src 'self'; "
       "connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'")
SECURITY_HEADERS = {
    "content-security-policy": CSP.format(tiles=""),
    "x-content-type-options": "nosniff", "referrer-policy": "no-referrer",
    "x-frame-options": "DENY"}


@dataclass(frozen=True, slots=True)
class TileSource:
    """Online map tiles the user asked for: an address template and the credit to show."""

    template: str            # e.g. https://tile.example.org/{z}/{x}/{y}.png
    origin: str              # scheme://host[:port], allowed as an image source
    credit: str


def tile_source(template: str, credit: str = "") -> TileSource:
    """A checked :class:`TileSource`; :class:`InputError` unless ``template`` is an http(s)
    address with ``{z}``, ``{x}`` and ``{y}`` (web Mercator tiles, the common scheme)."""
    from urllib.parse import urlsplit

    parts = urlsplit(template)
    missing = [k for k in ("{z}", "{x}", "{y}") if k not in template]
    if parts.scheme not in ("http", "https") or not parts.netloc or missing or any(
            c in template for c in " '\"<>;"):
        raise InputError(f"--tiles {template!r}: give an http(s) address of web Mercator "
                         "tiles with {z}, {x} and {y}, e.g. "
                         "https://tile.example.org/{z}/{x}/{y}.png")
    return TileSource(template, f"{parts.scheme}://{parts.netloc}",
                      credit or f"map tiles: {parts.netloc}")
_CODES = {400: "bad_request", 403: "forbidden", 404: "not_found", 405: "method_not_allowed",
          413: "too_large", 422: "bad_review"}


def create_app(queries: Queries, tiles: TileSource | None = None) -> Starlette:
    """The app over an open store (see :meth:`Queries.open`), with online map tiles under
    the outlines only if ``tiles`` is given."""
    api = API(queries, tiles)
    routes = [
        Route("/api/events", api.events),
        Route("/api/events.geojson", api.geojson),
        Route("/api/events/count", api.count),
        Route("/api/clusters", api.clusters),
        Route("/api/events/{event_id}", api.event),
        Route("/api/events/{event_id}/reviews", api.review, methods=["POST"]),
        Route("/api/counts", api.counts),
        Route("/api/documents", api.documents),
        Route("/api/documents/{doc_id}", api.document),
        Route("/api/meta", api.meta),
        Route("/api/outlines", api.outlines),
        Route("/api/openapi.json", api.openapi),
        Route("/", _index),
        Mount("/static", StaticFiles(directory=STATIC), name="static"),
    ]
    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        await run_in_threadpool(lambda: queries.index)   # built before the first request
        # The map's outlines take 2-3 s to read once per process: read meanwhile, so the
        # first page does not wait for them (a request arriving first waits on their lock).
        asyncio.get_running_loop().run_in_executor(None, _read_outlines)
        yield
        queries.close()                  # the store is free for others once the server stops

    headers = SECURITY_HEADERS | ({"content-security-policy": CSP.format(
        tiles=" " + tiles.origin)} if tiles else {})
    app = Starlette(routes=routes, middleware=[Middleware(_SecurityHeaders, headers=headers)],
                    lifespan=lifespan,
                    exception_handlers={HTTPException: _http_error, Exception: _server_error})
    app.state.queries = queries
    return app


class _SecurityHeaders:
    """Adds :data:`SECURITY_HEADERS` to every response (plain ASGI: no per-request task)."""

    def __init__(self, app: Any, headers: dict[str, str]) -> None:
        self.app = app
        self.headers = headers

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Any) -> None:
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                for k, v in self.headers.items():
                    headers.setdefault(k, v)
            await send(message)
        await self.app(scope, receive, send_with_headers)


def _read_outlines() -> None:
    from .outlines import outlines
    try:
        outlines()
    except Exception:            # noqa: BLE001 - the request for them reports it
        log.debug("outlines not read ahead", exc_info=True)


async def _index(request: Request) -> Response:
    return FileResponse(STATIC / "index.html", media_type="text/html; charset=utf-8")


async def _http_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, HTTPException)
    code = _CODES.get(exc.status_code, "error")
    message = {404: f"no such path {request.url.path!r}: the API is described at "
                    "/api/openapi.json",
               405: f"{request.method} is not allowed on {request.url.path}: see "
                    "/api/openapi.json"}.get(exc.status_code, str(exc.detail))
    return error(exc.status_code, code, message)


async def _server_error(request: Request, exc: Exception) -> Response:
    log.exception("error answering %s", request.url.path)
    return error(500, "internal", f"the server failed on this request ({type(exc).__name__}); "
                 "it is logged: report it to the eventwire developers with the server's log")
