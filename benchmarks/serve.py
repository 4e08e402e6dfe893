"""Load on the HTTP API: event list queries against a store of 100,000 synthetic events.

    python benchmarks/serve.py                      # 100k events, 20 s of load, 8 clients
    python benchmarks/serve.py --events 20000 --seconds 5 --clients 4
    python benchmarks/serve.py --events 50000 --pages   # the store queries behind the pages

``--pages`` times, in this process and without HTTP, what the server asks the store: building
the in-memory index of list queries (at start), one event's page with its reports and their
documents, one document, a page of the document list, and the filter panel's values (the
median of many calls each).

The store is written straight into the tables (one row per event, records built by
eventwire.records.event_to_record), so it takes seconds, not an ingest. The server runs in
its own process (``eventwire serve``, one uvicorn worker, read-only) on loopback; the
clients, threads with keep-alive connections in this process, ask for pages of
/api/events with a mix of filters, sorts and cursors drawn from a seeded generator, for a
fixed time. Prints requests/s, latency percentiles and the count of non-200 answers.
Target (issue 17): at least 300 requests/s with p99 under 150 ms on 2 cores.
"""

from __future__ import annotations

import argparse
import http.client
import json
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from datetime import date, timedelta
from pathlib import Path
from urllib.parse import urlencode

from eventwire.export.flat import arrow_table, flatten
from eventwire.records import (
    Actor,
    Count,
    DateValue,
    DocumentRef,
    Event,
    Evidence,
    Place,
    event_to_record,
)
from eventwire.store import Store
from eventwire.store.database import EVENT_COLUMNS
from eventwire.taxonomy import ACLED_LABELS, event_type

COUNTRIES = [("Syria", "SY", 35.0, 38.0), ("Afghanistan", "AF", 34.5, 69.2),
             ("Nigeria", "NG", 9.1, 7.4), ("Mexico", "MX", 19.4, -99.1),
             ("Ukraine", "UA", 49.0, 32.0), ("Sudan", "SD", 15.5, 32.5),
             ("Myanmar", "MM", 21.0, 96.0), ("Colombia", "CO", 4.6, -74.1)]
ACTORS = ["Military Forces", "Rebel Group", "Police Forces", "Protesters", "Militia", "Civilians"]
DAY0 = date(2020, 1, 1)
BATCH = 10_000


def synthetic(i: int, rng: random.Random) -> Event:
    country, iso2, lat, lon = rng.choice(COUNTRIES)
    label = rng.choice(ACLED_LABELS)
    day = DAY0 + timedelta(days=rng.randrange(1800))
    sentence = f"Synthetic event {i} of {label.lower()} near town {i % 500} in {country}."
    doc = DocumentRef(f"{i:064x}", f"https://news{i % 50}.example.org/{i}", f"Report {i}", day)
    a1, a2 = rng.choice(ACTORS), rng.choice(ACTORS + [None])
    killed = rng.choice([None, 0, 1, 3, 12])
    return Event(
        id=f"ew-{i:020x}", type=event_type(label), evidence=Evidence(sentence, (0, len(sentence))),
        document=doc, date=DateValue(day, day, 1, "on Monday", (0, 9)),
        actor1=Actor(f"{a1} ({country})", a1, (0, 5), 1, iso2),
        actor2=Actor(f"{a2} ({country})", a2, (6, 9), 2, iso2) if a2 else None,
        location=Place(f"Town {i % 500}", "town", (10, 14), country, iso2, None,
                       lat + rng.uniform(-3, 3), lon + rng.uniform(-3, 3), None, 1, "PPL", 0.9),
        fatalities=Count(killed, killed, killed, "killed", (0, 6)) if killed is not None else None,
        confidence=round(rng.random(), 3))


def build(path: Path, n: int) -> None:
    import pyarrow as pa

    rng = random.Random(17)
    with Store.open(path) as store:
        con = store._con                  # a benchmark fixture: written directly, in bulk
        for start in range(0, n, BATCH):
            evs = [synthetic(i, rng) for i in range(start, min(n, start + BATCH))]
            records = [event_to_record(e) for e in evs]
            table = arrow_table([flatten(r, EVENT_COLUMNS) for r in records], EVENT_COLUMNS,
                                extra=(("n_mentions", pa.int32(), [1] * len(evs)),
                                       ("record", pa.string(), [json.dumps(r) for r in records])))
            con.register("rows", table)
            cols = ", ".join(table.column_names)
            con.execute(f"INSERT INTO events ({cols}) SELECT {cols} FROM rows")
            con.unregister("rows")
            reports = pa.table({"report_id": [e.id for e in evs], "event_id": [e.id for e in evs],
                                "document_id": [e.document.id for e in evs]})
            con.register("rows", reports)
            con.execute("INSERT INTO reports (report_id, event_id, document_id) "
                        "SELECT * FROM rows")
            con.unregister("rows")
            # Each event's document: a short article, as the event page shows it.
            con.execute("INSERT INTO documents (id, source, title, url, published, text) "
                        "SELECT document_id, 'bench', 'Report', 'https://news.example.org/' "
                        "|| event_id, date_start, repeat('Some article text. ', 100) FROM "
                        "events WHERE document_id NOT IN (SELECT id FROM documents)")


def queries(rng: random.Random) -> str:
    """One list query of the mix: a page, sometimes filtered, sometimes sorted otherwise."""
    p: dict[str, str] = {"limit": str(rng.choice([20, 50, 100]))}
    kind = rng.randrange(6)
    if kind == 1:
        p["country"] = rng.choice(COUNTRIES)[1]
    elif kind == 2:
        p["label"] = ",".join(rng.sample(ACLED_LABELS, 2))
    elif kind == 3:
        start = DAY0 + timedelta(days=rng.randrange(1700))
        p["since"], p["until"] = start.isoformat(), (start + timedelta(days=60)).isoformat()
    elif kind == 4:
        p["bbox"] = "30,30,45,40"
        p["min_confidence"] = "0.5"
    elif kind == 5:
        p["sort"] = rng.choice(["-confidence", "-fatalities", "date"])
    return "/api/events?" + urlencode(p)


def client(port: int, seconds: float, seed: int, out: list[tuple[float, int]]) -> None:
    rng = random.Random(seed)
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    end = time.perf_counter() + seconds
    cursor = None
    while time.perf_counter() < end:
        url = queries(rng)
        if cursor and rng.random() < 0.3:            # a next page of the default sort
            url = "/api/events?" + urlencode({"cursor": cursor, "limit": "50"})
        t = time.perf_counter()
        conn.request("GET", url)
        r = conn.getresponse()
        body = r.read()
        out.append((time.perf_counter() - t, r.status))
        if r.status == 200 and "sort" not in url and "cursor" not in url and "limit=50" in url \
                and "&" not in url.split("?", 1)[1].replace("limit=50", "", 1):
            cursor = json.loads(body)["next"]
    conn.close()


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def pages(db: Path, calls: int = 200) -> None:
    """Median milliseconds of the store queries behind each page (see the docstring)."""
    from eventwire.serve.queries import EventQuery, Queries

    t = time.perf_counter()
    q = Queries.open(db)
    q.index                                                   # noqa: B018 - built on first use
    print(f"index of list queries built in {time.perf_counter() - t:.2f} s")
    rng = random.Random(17)
    events = [r[0] for r in q._rows("SELECT event_id FROM events")]
    docs = [r[0] for r in q._rows("SELECT id FROM documents")]
    asks = {"one event with its reports": lambda: q.event(rng.choice(events)),
            "one document": lambda: q.document(rng.choice(docs)),
            "a page of 100 documents": lambda: q.documents(100, None),
            "the filter panel's values": q.meta,
            "a filtered list (country)": lambda: q.events(EventQuery(countries=("sy",)))}
    for name, ask in asks.items():
        times = []
        for _ in range(calls):
            t = time.perf_counter()
            ask()
            times.append(time.perf_counter() - t)
        print(f"{name}: median {statistics.median(times) * 1000:.1f} ms "
              f"({calls} calls, p90 {statistics.quantiles(times, n=10)[8] * 1000:.1f} ms)")
    q.close()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--events", type=int, default=100_000)
    ap.add_argument("--seconds", type=float, default=20.0)
    ap.add_argument("--clients", type=int, default=8)
    ap.add_argument("--pages", action="store_true", help="time the store queries behind the "
                    "pages instead of the HTTP load")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "bench.duckdb"
        t = time.perf_counter()
        build(db, args.events)
        print(f"store: {args.events:,} events written in {time.perf_counter() - t:.1f} s")
        if args.pages:
            pages(db)
            return
        port = free_port()
        server = subprocess.Popen([sys.executable, "-m", "eventwire", "serve", "--db", str(db),
                                   "--port", str(port)], stderr=subprocess.DEVNULL)
        try:
            deadline = time.monotonic() + 60
            while True:
                try:
                    socket.create_connection(("127.0.0.1", port), 1).close()
                    break
                except OSError:
                    if time.monotonic() > deadline or server.poll() is not None:
                        sys.exit("the server did not start")
                    time.sleep(0.1)
            client(port, 2.0, 0, [])                      # warm-up: first queries, caches
            results: list[tuple[float, int]] = []
            threads = [threading.Thread(target=client, args=(port, args.seconds, s + 1, results))
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
    lat = sorted(x for x, _ in results)
    errors = sum(1 for _, s in results if s != 200)
    q = statistics.quantiles(lat, n=100)
    print(f"{len(lat):,} requests in {wall:.1f} s with {args.clients} clients: "
          f"{len(lat) / wall:.0f} requests/s; latency p50 {q[49] * 1000:.1f} ms, "
          f"p99 {q[98] * 1000:.1f} ms, max {lat[-1] * 1000:.1f} ms; {errors} non-200 answers")


if __name__ == "__main__":
    main()
