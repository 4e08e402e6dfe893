"""Polite HTTP fetching for ``eventwire watch``: robots.txt, a per-host rate limit, retries.

:class:`Fetcher` gets one URL the way a monitoring crawler should: only ``http``/``https``;
robots.txt read once per site (RFC 9309: a missing robots.txt allows everything, an
unreachable one forbids everything until it can be read); at most one request per
``host_delay`` seconds to a host (longer when robots.txt asks for a ``Crawl-delay``);
redirects followed hop by hop, each hop checked like the first (and none from a public
address to a private one); and retries with exponential backoff and jitter on 429, 5xx and
timeouts, waiting as long as ``Retry-After`` says. Bodies are asked for gzipped and held to
:data:`MAX_BODY_BYTES`, unpacked too.

The network sits behind a :class:`Transport` (one request in, one :class:`Response` out, an
``OSError`` when no answer came) and time behind a :class:`Clock`, so that tests run against a
local server or a fake, and wait on a fake clock instead of sleeping.
"""

from __future__ import annotations

import http.client
import ipaddress
import random
import time
import urllib.error
import urllib.request
import zlib
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from email.utils import parsedate_to_datetime
from typing import Protocol
from urllib.parse import SplitResult, urljoin, urlsplit
from urllib.robotparser import RobotFileParser

from ..errors import FetchError
from .decoding import MAX_FILE_BYTES

# A page or feed is held to the reading path's limit for one file.
MAX_BODY_BYTES = MAX_FILE_BYTES
# Seconds without an answer before a request counts as timed out (then retried).
DEFAULT_TIMEOUT = 30.0
# Seconds between two requests to one host: the usual courtesy of polite crawlers.
DEFAULT_HOST_DELAY = 1.0
# Retries after the first try on 429, 5xx and timeouts, and the backoff: the n-th retry waits
# between half and all of min(BACKOFF_CAP, BACKOFF_BASE * 2**n) seconds ("equal jitter", so
# that clients started together do not retry together). 1, 2, 4, 8 s: about 15 s in all
# before a page is left for the next pass.
MAX_RETRIES = 4
BACKOFF_BASE = 1.0
BACKOFF_CAP = 60.0
# A Retry-After or Crawl-delay longer than this is not waited for within a pass: the URL is
# left for a later pass (a server asking for an hour should not stall every other feed).
MAX_WAIT = 300.0
# Redirect hops followed, as browsers and RFC 9309 (at least five) do.
MAX_REDIRECTS = 5
# Seconds a robots.txt is trusted before it is read again (RFC 9309: at most 24 hours), and
# how soon an unreachable one is tried again.
ROBOTS_TTL = 24 * 3600.0
ROBOTS_RETRY = 600.0

RETRY_STATUS = frozenset({429, 500, 502, 503, 504})
REDIRECT_STATUS = frozenset({301, 302, 303, 307, 308})
SCHEMES = ("http", "https")


@dataclass(frozen=True, slots=True)
class Request:
    url: str
    headers: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True, slots=True)
class Response:
    """An HTTP answer; header names are matched without regard to case."""

    url: str
    status: int
    headers: tuple[tuple[str, str], ...] = ()
    body: bytes = b""

    def header(self, name: str) -> str | None:
        name = name.lower()
        return next((v for k, v in self.headers if k.lower() == name), None)


class Transport(Protocol):
    """Sends one request (no redirects followed) and returns the answer, whatever its status;
    raises ``OSError`` (``TimeoutError``, a refused connection) when no answer came."""

    def __call__(self, request: Request, timeout: float) -> Response: ...


class Clock(Protocol):
    def monotonic(self) -> float: ...

    def sleep(self, seconds: float) -> None: ...


class SystemClock:
    def monotonic(self) -> float:
        return time.monotonic()

    def sleep(self, seconds: float) -> None:
        time.sleep(seconds)


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args: object, **kwargs: object) -> None:
        return None                     # the Fetcher follows redirects itself, hop by hop


class UrllibTransport:
    """The standard library's HTTP client: no proxies from the environment, no redirects,
    bodies read up to :data:`MAX_BODY_BYTES` (one byte more marks a body as too large)."""

    def __init__(self) -> None:
        self._opener = urllib.request.build_opener(
            urllib.request.ProxyHandler({}), _NoRedirect())

    def __call__(self, request: Request, timeout: float) -> Response:
        req = urllib.request.Request(request.url, headers=dict(request.headers))
        try:
            with self._opener.open(req, timeout=timeout) as answer:
                return Response(answer.geturl(), answer.status, tuple(answer.headers.items()),
                                answer.read(MAX_BODY_BYTES + 1))
        except urllib.error.HTTPError as exc:    # a status the opener does not handle
            with exc:
                body = exc.read(MAX_BODY_BYTES + 1) if exc.fp is not None else b""
                return Response(request.url, exc.code, tuple(exc.headers.items()), body)
        except http.client.HTTPException as exc:   # a broken answer: as good as none
            raise ConnectionError(f"{type(exc).__name__}: {exc}") from exc


@dataclass(slots=True)
class HostLimiter:
    """At most one request per ``delay`` seconds to each host (a host's own delay, such as a
    robots.txt Crawl-delay, when it is longer)."""

    clock: Clock
    delay: float = DEFAULT_HOST_DELAY
    _next: dict[str, float] = field(default_factory=dict)
    _delays: dict[str, float] = field(default_factory=dict)

    def set_delay(self, host: str, seconds: float) -> None:
        self._delays[host] = max(self.delay, min(seconds, MAX_WAIT))

    def ready_in(self, host: str) -> float:
        """Seconds until ``host`` may be asked again (0 when it may now)."""
        return max(0.0, self._next.get(host, 0.0) - self.clock.monotonic())

    def wait(self, host: str) -> None:
        if (pause := self.ready_in(host)) > 0:
            self.clock.sleep(pause)
        self._next[host] = self.clock.monotonic() + self._delays.get(host, self.delay)


def backoff(retry: int, rng: random.Random) -> float:
    """Seconds to wait before retry number ``retry`` (0-based), jittered."""
    ceiling = min(BACKOFF_CAP, BACKOFF_BASE * 2 ** retry)
    return ceiling / 2 + rng.uniform(0, ceiling / 2)


def retry_after(value: str | None, now: Callable[[], float] = time.time) -> float | None:
    """Seconds a ``Retry-After`` header asks for (delta-seconds or an HTTP date), if valid."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when is None or when.tzinfo is None:
        return None
    return max(0.0, when.timestamp() - now())


def host_of(url: str) -> str:
    """The host a rate limit applies to: its name and port, lower-cased."""
    parts = _split(url)
    return (parts.hostname or "") + (f":{parts.port}" if parts.port else "")


def private_address(url: str) -> bool:
    """Whether ``url`` names a loopback, private, link-local or reserved IP address, or
    ``localhost``, by its host as written (names are not resolved: no DNS from parsing)."""
    try:
        host = (urlsplit(url).hostname or "").rstrip(".").lower()
    except ValueError:
        return False                    # not an address at all: refused elsewhere
    if host == "localhost" or host.endswith(".localhost"):
        return True
    try:
        ip = ipaddress.ip_address(host)
    except ValueError:
        return False
    return not ip.is_global


def _split(url: str) -> SplitResult:
    """``url``'s parts; raises :class:`FetchError` for an address that is not http(s)."""
    try:
        parts = urlsplit(url)
        parts.port                      # noqa: B018 - raises ValueError for a bad port
    except ValueError:
        parts = None
    if parts is None or parts.scheme.lower() not in SCHEMES or not parts.hostname:
        raise FetchError(f"{url[:200]!r} is not an http(s) address: only web pages are "
                         "fetched", url=url)
    return parts


def _redirect(url: str, location: str) -> str:
    """Where a redirect from ``url`` leads; a public address may not send us to a private one
    (a page on the web must not make eventwire ask the services of its own network)."""
    target = urljoin(url, location.strip())
    if private_address(target) and not private_address(url):
        raise FetchError(f"{url}: redirects to a private address ({target[:200]}): not "
                         "followed", url=url)
    return target


def _decompressed(answer: Response) -> Response:
    """``answer`` with a gzip body unpacked, held to :data:`MAX_BODY_BYTES` unpacked too (a
    few kilobytes can unpack to gigabytes)."""
    coding = (answer.header("Content-Encoding") or "identity").strip().lower()
    if coding in ("identity", "") or not answer.body:
        return answer
    if coding not in ("gzip", "x-gzip"):
        raise FetchError(f"{answer.url}: sent in an encoding eventwire does not read "
                         f"({coding}) although only gzip was asked for", url=answer.url)
    unpack = zlib.decompressobj(wbits=zlib.MAX_WBITS | 16)
    try:
        body = unpack.decompress(answer.body, MAX_BODY_BYTES + 1)
    except zlib.error as exc:
        raise FetchError(f"{answer.url}: broken gzip body ({exc})", url=answer.url) from None
    if len(body) > MAX_BODY_BYTES or unpack.unconsumed_tail:
        raise FetchError(f"{answer.url}: unpacks to more than the "
                         f"{MAX_BODY_BYTES // 2**20} MB limit for one page", url=answer.url)
    headers = tuple((k, v) for k, v in answer.headers if k.lower() != "content-encoding")
    return Response(answer.url, answer.status, headers, body)


@dataclass(slots=True)
class _Robots:
    parser: RobotFileParser | None      # None: unreachable, everything forbidden for now
    expires: float


class Fetcher:
    """Gets URLs politely (see the module docstring); one per process, shared by all feeds."""

    def __init__(self, *, user_agent: str, transport: Transport | None = None,
                 clock: Clock | None = None, host_delay: float = DEFAULT_HOST_DELAY,
                 timeout: float = DEFAULT_TIMEOUT, max_retries: int = MAX_RETRIES,
                 rng: random.Random | None = None) -> None:
        self.user_agent = user_agent
        self.transport = transport or UrllibTransport()
        self.clock = clock or SystemClock()
        self.limiter = HostLimiter(self.clock, host_delay)
        self.timeout = timeout
        self.max_retries = max_retries
        self.rng = rng or random.Random()
        self._robots: dict[str, _Robots] = {}
        self.requests = 0               # requests sent, robots.txt included

    def get(self, url: str, *, validators: Mapping[str, str] | None = None) -> Response:
        """A 2xx or 304 answer for ``url`` (following redirects); ``validators`` are the
        conditional headers (``If-None-Match``, ``If-Modified-Since``).

        Raises :class:`FetchError` (``permanent`` when asking again will not help).
        """
        extra = tuple((validators or {}).items())
        for _ in range(MAX_REDIRECTS + 1):
            self._check(url)
            answer = self._with_retries(url, extra)
            if answer.status not in REDIRECT_STATUS:
                return self._final(answer)
            location = answer.header("Location")
            if not location:
                raise FetchError(f"{url}: HTTP {answer.status} redirect without a Location: "
                                 "the server is misconfigured", url=url)
            url = _redirect(url, location)
        raise FetchError(f"{url}: more than {MAX_REDIRECTS} redirects: the server sends it "
                         "round in circles", url=url)

    def allowed(self, url: str) -> bool | None:
        """Whether the site's robots.txt lets our user agent fetch ``url`` (None: it could not
        be read, so nothing may be fetched there for now)."""
        parts = _split(url)
        site = f"{parts.scheme}://{parts.netloc}".lower()
        robots = self._robots.get(site)
        if robots is None or robots.expires <= self.clock.monotonic():
            robots = self._robots[site] = self._read_robots(site)
        return None if robots.parser is None else robots.parser.can_fetch(self.user_agent, url)

    def _check(self, url: str) -> None:
        allowed = self.allowed(url)
        if allowed is None:
            raise FetchError(f"{url}: the site's robots.txt could not be read (server error or "
                             "no answer), so nothing there is fetched; tried again next pass",
                             url=url, permanent=False)
        if not allowed:
            raise FetchError(f"{url}: the site's robots.txt does not allow "
                             f"{self.user_agent!r} to fetch it", url=url)

    def _final(self, answer: Response) -> Response:
        url = answer.url
        if len(answer.body) > MAX_BODY_BYTES:
            raise FetchError(f"{url}: larger than the {MAX_BODY_BYTES // 2**20} MB limit for "
                             "one page", url=url)
        if answer.status == 304 or 200 <= answer.status < 300:
            return _decompressed(answer)
        transient = answer.status in RETRY_STATUS
        raise FetchError(f"{url}: HTTP {answer.status}" + (
            " (still failing after retries; tried again next pass)" if transient
            else ": the server refused it or has no such page"), url=url, status=answer.status,
            permanent=not transient)

    def _with_retries(self, url: str, extra: tuple[tuple[str, str], ...]) -> Response:
        host = host_of(url)
        headers = (("User-Agent", self.user_agent), ("Accept-Encoding", "gzip"), *extra)
        for attempt in range(self.max_retries + 1):
            self.limiter.wait(host)
            self.requests += 1
            try:
                answer = self.transport(Request(url, headers), self.timeout)
            except OSError as exc:
                answer, why = None, f"{type(exc).__name__}: {exc}"
            if answer is not None and answer.status not in RETRY_STATUS:
                return answer
            if attempt == self.max_retries:
                break
            wait = backoff(attempt, self.rng)
            if answer is not None and (asked := retry_after(answer.header("Retry-After"))):
                if asked > MAX_WAIT:
                    break                         # leave it for a later pass
                wait = max(wait, asked)
            self.clock.sleep(wait)
        if answer is None:
            raise FetchError(f"{url}: no answer ({why}) after {attempt + 1} tries; tried again "
                             "next pass", url=url, permanent=False)
        return answer

    def _read_robots(self, site: str) -> _Robots:
        now = self.clock.monotonic()
        parser = RobotFileParser(site + "/robots.txt")
        try:
            answer = self._robots_answer(site + "/robots.txt")
            if 200 <= answer.status < 300:
                answer = _decompressed(answer)
        except FetchError:
            return _Robots(None, now + ROBOTS_RETRY)
        if 200 <= answer.status < 300:
            parser.parse(answer.body.decode("utf-8", "replace").splitlines())
        elif 400 <= answer.status < 500:
            parser.parse([])                      # RFC 9309: unavailable means no rules
        else:
            return _Robots(None, now + ROBOTS_RETRY)
        if (delay := parser.crawl_delay(self.user_agent)) is not None:
            self.limiter.set_delay(host_of(site), float(delay))
        return _Robots(parser, now + ROBOTS_TTL)

    def _robots_answer(self, url: str) -> Response:
        for _ in range(MAX_REDIRECTS + 1):
            answer = self._with_retries(url, ())
            location = answer.header("Location")
            if answer.status not in REDIRECT_STATUS or not location:
                return answer
            url = urljoin(url, location.strip())
            _split(url)
        raise FetchError(f"{url}: robots.txt redirects too often", url=url)
