"""A local web site for tests and benchmarks of ``eventwire watch``: an HTTP server on
127.0.0.1 in a thread, serving what the test puts at each path, logging every request.

Nothing here reaches another address: feeds and pages link to this server only.
"""

from __future__ import annotations

import threading
import time
from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from email.utils import formatdate
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Self

# A handler gets the request headers and returns (status, headers, body).
Handler = Callable[[Mapping[str, str]], tuple[int, Mapping[str, str], bytes]]


@dataclass(slots=True)
class Page:
    """What a path serves. With ``etag``/``last_modified`` the server answers conditional
    requests with 304 as a real one does."""

    body: bytes
    status: int = 200
    content_type: str = "text/html; charset=utf-8"
    etag: str | None = None
    last_modified: float | None = None          # a Unix time
    headers: dict[str, str] = field(default_factory=dict)

    def answer(self, request: Mapping[str, str]) -> tuple[int, dict[str, str], bytes]:
        headers = {"Content-Type": self.content_type, **self.headers}
        if self.etag:
            headers["ETag"] = self.etag
        if self.last_modified is not None:
            headers["Last-Modified"] = formatdate(self.last_modified, usegmt=True)
        if self.status == 200 and self._unchanged(request, headers):
            return 304, {k: v for k, v in headers.items() if k != "Content-Type"}, b""
        return self.status, headers, self.body

    def _unchanged(self, request: Mapping[str, str], headers: Mapping[str, str]) -> bool:
        if self.etag and request.get("If-None-Match"):
            return request["If-None-Match"] == self.etag
        since = request.get("If-Modified-Since")
        return bool(since and self.last_modified is not None
                    and since == headers["Last-Modified"])


class _Server(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request: object, client_address: object) -> None:
        pass                    # a client that gave up (a timeout test) is no error here


class LocalSite:
    """``with LocalSite() as site: site.put("/feed.xml", Page(...)); site.url("/feed.xml")``."""

    def __init__(self, delay: float = 0.0) -> None:
        self.routes: dict[str, Page | Handler] = {}
        self.requests: list[tuple[str, dict[str, str]]] = []
        self.delay = delay                  # seconds added to every answer (slow sites)
        self._lock = threading.Lock()
        site = self

        class _Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_GET(self) -> None:  # noqa: N802 - the http.server name
                site._serve(self)

            def log_message(self, *args: object) -> None:
                pass

        self._server = _Server(("127.0.0.1", 0), _Handler)
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    @property
    def root(self) -> str:
        return f"http://127.0.0.1:{self._server.server_address[1]}"

    def url(self, path: str) -> str:
        return self.root + path

    def put(self, path: str, route: Page | Handler) -> None:
        self.routes[path] = route

    def hits(self, path: str | None = None) -> int | Counter[str]:
        """Requests for ``path``, or a Counter of every path asked for."""
        with self._lock:
            counts = Counter(p for p, _ in self.requests)
        return counts if path is None else counts[path]

    def _serve(self, handler: BaseHTTPRequestHandler) -> None:
        headers = dict(handler.headers.items())
        with self._lock:
            self.requests.append((handler.path, headers))
        if self.delay:
            time.sleep(self.delay)
        route = self.routes.get(handler.path)
        if route is None:
            status, extra, body = 404, {"Content-Type": "text/plain"}, b"not found"
        elif isinstance(route, Page):
            status, extra, body = route.answer(headers)
        else:
            status, extra, body = route(headers)
        handler.send_response(status)
        for key, value in extra.items():
            handler.send_header(key, value)
        handler.send_header("Content-Length", str(len(body)))
        handler.end_headers()
        handler.wfile.write(body)

    def __enter__(self) -> Self:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._server.shutdown()
        self._server.server_close()


def rss(items: list[dict[str, str]], title: str = "Local news") -> bytes:
    """An RSS 2.0 feed of ``items`` (keys: title, link, description, pubDate)."""
    from xml.sax.saxutils import escape

    def one(item: Mapping[str, str]) -> str:
        return "<item>" + "".join(f"<{k}>{escape(v)}</{k}>" for k, v in item.items()) + "</item>"

    return (f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
            f"<title>{escape(title)}</title>{''.join(one(i) for i in items)}"
            "</channel></rss>").encode("utf-8")


def atom(entries: list[dict[str, str]], title: str = "Local wire") -> bytes:
    """An Atom feed of ``entries`` (keys: title, link, summary, updated)."""
    from xml.sax.saxutils import escape, quoteattr

    def one(e: Mapping[str, str]) -> str:
        link = f"<link href={quoteattr(e['link'])}/>" if "link" in e else ""
        rest = "".join(f"<{k}>{escape(v)}</{k}>" for k, v in e.items() if k != "link")
        return f"<entry>{link}{rest}</entry>"

    return ('<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">'
            f"<title>{escape(title)}</title>{''.join(one(e) for e in entries)}"
            "</feed>").encode("utf-8")


TOWNS = ("Ariha", "Idlib", "Saraqib")


def article(n: int) -> bytes:
    """A distinct news page (number ``n``) that the reading path takes for an article."""
    town = TOWNS[n % len(TOWNS)]
    return (f"<!doctype html><html><head><title>Strike on {town}, report {n}</title>"
            '<meta name="date" content="2024-03-05"></head><body><nav>Home | World</nav>'
            f"<article><h1>Strike on {town}, report {n}</h1>"
            f"<p>Warplanes struck {town} on Monday, killing {n % 9 + 2} people, rescuers said "
            f"in report number {n}.</p><p>The town lies south of Idlib. Residents said the "
            "raid hit a market near the main square and a bakery.</p></article>"
            "<footer>Copyright Local News</footer></body></html>").encode("utf-8")


class FakeClock:
    """A clock whose sleeps only move its time forward: rate limits and backoff, no waiting."""

    def __init__(self) -> None:
        self.now = 1000.0
        self.slept: list[float] = []

    def monotonic(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.slept.append(seconds)
        self.now += seconds
