"""Load on the HTTP API as the web app makes it: analysts opening the page, zooming the map,
reading events, against a store of 100,000 synthetic events (benchmarks/serve.py's store).

    python benchmarks/api_app.py                         # 100k events, 20 s, 4 analysts
    python benchmarks/api_app.py --events 20000 --seconds 5 --clients 2

benchmarks/serve.py measures the list queries alone (issue 17's target); this one the mix
a page makes, each analyst a thread with a keep-alive connection looping over: open the page
(the filter panel's values, the map's clusters of the whole world, the timeline's counts,
the count, the first page of the table; the filter a seeded generator draws), zoom the map
three times (clusters of a smaller view), open one event (its reports and their
documents). The server is ``eventwire serve`` in its own process, read-only, on loopback.
Prints requests/s and, per endpoint, the median and p99 latency, and the non-200 answers.
"""

from __future__ import annotations

import argparse
import http.client
import random
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections import defaultdict
from pathlib import Path
from urllib.parse import parse_qsl, urlencode

from serve import build, free_port, queries   # the same store and filter mix

from eventwire.serve.mapgrid import HEIGHT, WIDTH

CELL = 28           # the page's cluster cell, in screen pixels at 1000 map units wide


def session(conn: http.client.HTTPConnection, rng: random.Random, ids: list[str],
            out: dict[str, list[tuple[float, int]]]) -> None:
    """One analyst's round: open, zoom three times, read an event."""
    def ask(name: str, url: str) -> bytes:
        t = time.perf_counter()
        conn.request("GET", url)
        r = conn.getresponse()
        body = r.read()
        out[name].append((time.perf_counter() - t, r.status))
        return body

    f = urlencode([(k, v) for k, v in parse_qsl(queries(rng).split("?", 1)[1])
                   if k not in ("limit", "sort")])
    ask("meta", "/api/meta")
    ask("clusters", f"/api/clusters?{f}&cell={CELL}&view=0,0,{WIDTH:g},{HEIGHT:g}")
    ask("counts", f"/api/counts?{f}&by=month&then=event_type")
    ask("count", f"/api/events/count?{f}")
    ask("events", f"/api/events?{f}&limit=100")
    w = WIDTH
    for _ in range(3):
        w /= 4
        x, y = rng.uniform(0, WIDTH - w), rng.uniform(0, HEIGHT - w * 0.6)
        ask("clusters", f"/api/clusters?{f}&cell={CELL * w / WIDTH}&view={x},{y},{x + w},"
                        f"{y + w * 0.6}")
    ask("event", f"/api/events/{rng.choice(ids)}")


def analyst(port: int, seconds: float, seed: int, ids: list[str],
            out: dict[str, list[tuple[float, int]]]) -> None:
    rng = random.Random(seed)
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        session(conn, rng, ids, out)
    conn.close()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--events", type=int, default=100_000)
    ap.add_argument("--seconds", type=float, default=20.0)
    ap.add_argument("--clients", type=int, default=4)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "bench.duckdb"
        t = time.perf_counter()
        build(db, args.events)
        print(f"store: {args.events:,} events written in {time.perf_counter() - t:.1f} s")
        rng = random.Random(5)
        ids = [f"ew-{rng.randrange(args.events):020x}" for _ in range(1000)]
        port = free_port()
        server = subprocess.Popen([sys.executable, "-m", "eventwire", "serve", "--db", str(db),
                                   "--port", str(port)], stderr=subprocess.DEVNULL)
        try:
            _wait(port, server)
            warm: dict[str, list[tuple[float, int]]] = defaultdict(list)
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
            conn.request("GET", "/api/outlines")          # read once per server process
            conn.getresponse().read()
            session(conn, random.Random(0), ids, warm)
            results: dict[str, list[tuple[float, int]]] = defaultdict(list)
            threads = [threading.Thread(target=analyst, args=(port, args.seconds, s + 1, ids,
                                                              results))
                       for s in range(args.clients)]
            t = time.perf_counter()
            for th in threads:
                th.start()
            for th in threads:
                th.join()
            wall = time.perf_counter() - t
        finally:
            server.terminate()
            server.wait(10)
    total = sum(len(v) for v in results.values())
    errors = sum(1 for v in results.values() for _, s in v if s != 200)
    print(f"{total:,} requests in {wall:.1f} s with {args.clients} analysts: "
          f"{total / wall:.0f} requests/s; {errors} non-200 answers")
    for name, v in sorted(results.items()):
        lat = sorted(x for x, _ in v)
        p99 = statistics.quantiles(lat, n=100)[98] if len(lat) > 1 else lat[0]
        print(f"  {name:9s} {len(lat):6,}  p50 {statistics.median(lat) * 1000:6.1f} ms  "
              f"p99 {p99 * 1000:6.1f} ms")


def _wait(port: int, server: subprocess.Popen) -> None:
    import socket
    deadline = time.monotonic() + 120
    while True:
        try:
            socket.create_connection(("127.0.0.1", port), 1).close()
            return
        except OSError:
            if time.monotonic() > deadline or server.poll() is not None:
                sys.exit("the server did not start")
            time.sleep(0.1)


if __name__ == "__main__":
    main()
