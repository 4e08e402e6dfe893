"""Polite fetching: robots.txt, per-host rate limit, retries with backoff, redirects; on a
fake transport and a fake clock (nothing sleeps, nothing leaves the process)."""

from __future__ import annotations

import random
from email.utils import formatdate

import pytest
from hypothesis import given
from hypothesis import strategies as st

from eventwire.errors import FetchError
from localsite import FakeClock, LocalSite, Page
from eventwire.read import fetch
from eventwire.read.fetch import (
    BACKOFF_BASE, BACKOFF_CAP, MAX_RETRIES, MAX_WAIT, Fetcher, HostLimiter, Request, Response,
    backoff, retry_after,
)

UA = "eventwire-test/1.0"


class FakeTransport:
    """Answers from a script per URL: a list of Responses/exceptions used in turn (the last
    one repeats); records each request with the clock's time."""

    def __init__(self, clock: FakeClock, script: dict) -> None:
        self.clock = clock
        self.script = {url: list(steps) for url, steps in script.items()}
        self.sent: list[tuple[float, Request]] = []

    def __call__(self, request: Request, timeout: float) -> Response:
        self.sent.append((self.clock.now, request))
        steps = self.script.get(request.url, [404])
        step = steps.pop(0) if len(steps) > 1 else steps[0]
        if isinstance(step, BaseException):
            raise step
        if isinstance(step, int):
            step = Response(request.url, step)
        return step

    def urls(self) -> list[str]:
        return [r.url for _, r in self.sent]


def fetcher(script: dict, **kwargs) -> tuple[Fetcher, FakeTransport, FakeClock]:
    clock = FakeClock()
    transport = FakeTransport(clock, script)
    f = Fetcher(user_agent=UA, transport=transport, clock=clock, rng=random.Random(7), **kwargs)
    return f, transport, clock


def ok(url: str, body: bytes = b"<html>page</html>", **headers: str) -> Response:
    return Response(url, 200, tuple(headers.items()), body)


A = "http://news.example/a.html"
B = "http://news.example/b.html"


def test_validators_are_sent_and_304_is_returned_not_raised():
    f, t, _ = fetcher({A: [Response(A, 304)]})
    answer = f.get(A, validators={"If-None-Match": '"v1"', "If-Modified-Since": "x"})
    assert answer.status == 304
    headers = dict(t.sent[-1][1].headers)
    assert headers["If-None-Match"] == '"v1"' and headers["If-Modified-Since"] == "x"
    assert headers["User-Agent"] == UA


def test_robots_disallow_is_a_permanent_failure_and_the_page_is_not_asked():
    robots = "User-agent: *\nDisallow: /private/\n"
    f, t, _ = fetcher({"http://news.example/robots.txt": [ok("", robots.encode())],
                       A: [ok(A)], "http://news.example/private/x": [ok(A)]})
    assert f.get(A).status == 200
    with pytest.raises(FetchError) as info:
        f.get("http://news.example/private/x")
    assert info.value.permanent and "robots.txt" in str(info.value)
    assert "http://news.example/private/x" not in t.urls()
    assert t.urls().count("http://news.example/robots.txt") == 1     # read once per site


def test_robots_rules_for_our_agent_and_missing_robots_allows_everything():
    robots = f"User-agent: {UA.split('/')[0]}\nDisallow: /\n\nUser-agent: *\nAllow: /\n"
    f, _, _ = fetcher({"http://news.example/robots.txt": [ok("", robots.encode())]})
    assert f.allowed(A) is False
    g, _, _ = fetcher({A: [ok(A)]})                     # robots.txt answers 404
    assert g.allowed(A) is True


def test_unreachable_robots_forbids_for_now_but_not_forever():
    f, _, _ = fetcher({"http://news.example/robots.txt": [503], A: [ok(A)]}, max_retries=0)
    with pytest.raises(FetchError) as info:
        f.get(A)
    assert not info.value.permanent


def test_rate_limit_spaces_requests_to_one_host_not_to_others():
    c = "http://other.example/c"
    f, t, _ = fetcher({A: [ok(A)], B: [ok(B)], c: [ok(c)]}, host_delay=2.5)
    f.get(A)
    f.get(c)                            # its robots.txt and page: no wait for news.example
    f.get(B)
    times = [(round(at - 1000, 3), r.url.split("//")[1]) for at, r in t.sent]
    assert times == [(0, "news.example/robots.txt"), (2.5, "news.example/a.html"),
                     (2.5, "other.example/robots.txt"), (5.0, "other.example/c"),
                     (5.0, "news.example/b.html")]


def test_limiter_waits_only_the_rest_of_the_delay():
    clock = FakeClock()
    limiter = HostLimiter(clock, delay=3.0)
    limiter.wait("h")
    clock.now += 1.0
    limiter.wait("h")
    assert clock.slept == [pytest.approx(2.0)]


def test_crawl_delay_from_robots_slows_the_host():
    robots = b"User-agent: *\nCrawl-delay: 7\n"
    f, t, _ = fetcher({"http://news.example/robots.txt": [ok("", robots)], A: [ok(A)],
                       B: [ok(B)]}, host_delay=1.0)
    f.get(A)
    f.get(B)
    times = {r.url: at for at, r in t.sent}
    assert times[B] - times[A] >= 7


def test_5xx_is_retried_with_growing_jittered_waits_until_it_succeeds():
    f, t, clock = fetcher({A: [503, 502, 500, ok(A)]}, host_delay=0)
    assert f.get(A).status == 200
    assert t.urls().count(A) == 4
    waits = clock.slept
    assert len(waits) == 3
    for n, wait in enumerate(waits):
        ceiling = min(BACKOFF_CAP, BACKOFF_BASE * 2 ** n)
        assert ceiling / 2 <= wait <= ceiling


def test_timeouts_are_retried_then_a_transient_failure():
    f, t, _ = fetcher({A: [TimeoutError("timed out")]}, host_delay=0)
    with pytest.raises(FetchError) as info:
        f.get(A)
    assert not info.value.permanent and "timed out" in str(info.value)
    assert t.urls().count(A) == MAX_RETRIES + 1


def test_retry_after_seconds_is_honoured():
    limited = Response(A, 429, (("Retry-After", "42"),))
    f, _, clock = fetcher({A: [limited, ok(A)]}, host_delay=0)
    assert f.get(A).status == 200
    assert clock.slept == [42.0]


def test_retry_after_longer_than_the_limit_leaves_the_url_for_later():
    limited = Response(A, 503, (("Retry-After", str(int(MAX_WAIT) + 1)),))
    f, t, clock = fetcher({A: [limited, ok(A)]}, host_delay=0)
    with pytest.raises(FetchError) as info:
        f.get(A)
    assert not info.value.permanent and info.value.status == 503
    assert t.urls().count(A) == 1 and not clock.slept


def test_retry_after_as_an_http_date():
    assert retry_after(formatdate(1_000_030, usegmt=True), now=lambda: 1_000_000) == 30
    assert retry_after("120") == 120
    assert retry_after("soon") is None and retry_after(None) is None and retry_after("") is None


@pytest.mark.parametrize("status", [400, 401, 403, 404, 410, 451])
def test_client_errors_are_permanent_and_not_retried(status):
    f, t, _ = fetcher({A: [status]}, host_delay=0)
    with pytest.raises(FetchError) as info:
        f.get(A)
    assert info.value.permanent and info.value.status == status
    assert t.urls().count(A) == 1


def test_redirects_are_followed_hop_by_hop_and_robots_checked_on_the_new_site():
    other = "http://mirror.example/a.html"
    robots = b"User-agent: *\nDisallow: /\n"
    f, t, _ = fetcher({A: [Response(A, 301, (("Location", "/b.html"),))], B: [ok(B)]})
    assert f.get(A).url == B
    g, t, _ = fetcher({A: [Response(A, 302, (("Location", other),))],
                       "http://mirror.example/robots.txt": [ok("", robots)], other: [ok(other)]})
    with pytest.raises(FetchError, match="robots.txt"):
        g.get(A)
    assert other not in t.urls()


def test_redirect_loops_and_redirects_off_the_web_fail():
    f, _, _ = fetcher({A: [Response(A, 302, (("Location", A),))]}, host_delay=0)
    with pytest.raises(FetchError, match="redirects"):
        f.get(A)
    g, t, _ = fetcher({A: [Response(A, 302, (("Location", "file:///etc/passwd"),))]})
    with pytest.raises(FetchError, match="not an http"):
        g.get(A)
    assert "file:///etc/passwd" not in t.urls()


@pytest.mark.parametrize("url", ["file:///etc/passwd", "javascript:alert(1)", "ftp://x/y",
                                 "http://", "http://[::1", "http://host:99999/", "data:,x"])
def test_only_web_addresses_are_fetched(url):
    f, t, _ = fetcher({})
    with pytest.raises(FetchError, match="not an http"):
        f.get(url)
    assert not t.sent


def test_a_body_over_the_limit_is_refused(monkeypatch):
    monkeypatch.setattr(fetch, "MAX_BODY_BYTES", 10)
    f, _, _ = fetcher({A: [ok(A, b"x" * 11)]})
    with pytest.raises(FetchError, match="larger than"):
        f.get(A)


@given(st.integers(0, 40), st.integers(0, 2**32))
def test_backoff_stays_between_half_and_all_of_its_ceiling(retry, seed):
    ceiling = min(BACKOFF_CAP, BACKOFF_BASE * 2 ** retry)
    assert ceiling / 2 <= backoff(retry, random.Random(seed)) <= ceiling


def test_the_urllib_transport_returns_every_status_and_follows_no_redirect():
    with LocalSite() as site:
        site.put("/a", Page(b"hello", content_type="text/plain"))
        site.put("/moved", Page(b"", status=301, headers={"Location": "/a"}))
        send = fetch.UrllibTransport()
        answer = send(Request(site.url("/a"), (("User-Agent", UA),)), 5.0)
        assert (answer.status, answer.body, answer.header("content-type")) == (
            200, b"hello", "text/plain")
        assert send(Request(site.url("/nope")), 5.0).status == 404
        moved = send(Request(site.url("/moved")), 5.0)
        assert moved.status == 301 and moved.header("Location") == "/a"
        assert site.hits("/a") == 1                 # the redirect was not followed
        assert site.requests[0][1]["User-Agent"] == UA


def test_the_urllib_transport_times_out_as_an_oserror():
    with LocalSite(delay=0.5) as site:
        site.put("/slow", Page(b"late"))
        with pytest.raises(OSError):
            fetch.UrllibTransport()(Request(site.url("/slow")), 0.1)


def test_a_public_page_may_not_redirect_to_a_private_address():
    f, t, _ = fetcher({A: [Response(A, 302, (("Location", "http://169.254.169.254/meta"),))]})
    with pytest.raises(FetchError, match="private address"):
        f.get(A)
    assert "http://169.254.169.254/meta" not in t.urls()
    local = "http://10.1.2.3/feed"
    g, _, _ = fetcher({local: [Response(local, 302, (("Location", "/moved"),))],
                       "http://10.1.2.3/moved": [ok("x")]})
    assert g.get(local).status == 200              # inside the user's own network: fine


@pytest.mark.parametrize(("url", "private"), [
    ("http://127.0.0.1/", True), ("http://10.0.0.1/", True), ("http://192.168.0.9:8080/", True),
    ("http://[fd00::1]/", True), ("http://169.254.169.254/", True), ("http://localhost:80/", True),
    ("http://0.0.0.0/", True), ("http://8.8.8.8/", False), ("https://news.example/", False),
    ("http://[2001:4860::8888]/", False)])
def test_private_addresses_are_told_by_the_host_as_written(url, private):
    assert fetch.private_address(url) is private


def test_gzip_bodies_are_unpacked_and_bombs_refused(monkeypatch):
    import gzip

    packed = Response(A, 200, (("Content-Encoding", "gzip"),), gzip.compress(b"<html>hi"))
    f, t, _ = fetcher({A: [packed]})
    answer = f.get(A)
    assert answer.body == b"<html>hi" and answer.header("Content-Encoding") is None
    assert dict(t.sent[-1][1].headers)["Accept-Encoding"] == "gzip"
    monkeypatch.setattr(fetch, "MAX_BODY_BYTES", 5000)
    bomb = Response(A, 200, (("Content-Encoding", "gzip"),), gzip.compress(b"\0" * 10**6))
    assert len(bomb.body) < 5000
    g, _, _ = fetcher({A: [bomb]})
    with pytest.raises(FetchError, match="unpacks to more"):
        g.get(A)
    h, _, _ = fetcher({A: [Response(A, 200, (("Content-Encoding", "br"),), b"xx")]})
    with pytest.raises(FetchError, match="encoding"):
        h.get(A)
    k, _, _ = fetcher({A: [Response(A, 200, (("Content-Encoding", "gzip"),), b"not gzip")]})
    with pytest.raises(FetchError, match="broken gzip"):
        k.get(A)


def test_a_gzipped_robots_txt_is_read():
    import gzip

    robots = Response("", 200, (("Content-Encoding", "gzip"),),
                      gzip.compress(b"User-agent: *\nDisallow: /a.html\n"))
    f, _, _ = fetcher({"http://news.example/robots.txt": [robots]})
    assert f.allowed(A) is False and f.allowed(B) is True
