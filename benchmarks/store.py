"""Ingest throughput of the event store: synthetic documents and events through add_batch.

    python benchmarks/store.py                         # 100k events, a fresh temporary store
    python benchmarks/store.py --db run.duckdb --docs 2000 --progress   # resumable workload

The workload is deterministic (seeded): document ``i`` always has the same events, drawn from
small pools of labels, places, days and actors so that some reports merge, as wire copies do.
With ``--db`` an existing store is resumed: documents already stored are skipped. The
kill-and-resume test (tests/test_store.py) runs this script and SIGKILLs it mid-way.
"""

from __future__ import annotations

import argparse
import hashlib
import random
import sys
import tempfile
import time
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

from eventwire.records import (
    Actor,
    Count,
    DateValue,
    Document,
    Event,
    Evidence,
    Place,
    event_id,
)
from eventwire.store import Store
from eventwire.taxonomy import LABELS, event_type

PLACES = [(f"Town {i}", 100_000 + i, 30.0 + i / 7, 35.0 + i / 11) for i in range(40)]
ACTORS = ["Army A", "Rebels B", "Militia C", "Police D", "Protesters E", None]
DAY0 = date(2024, 1, 1)
SENTENCE = 60          # characters per synthetic sentence
# A feed's days move on: about this many documents a day, each telling events of the last 3
# days (blocks of merging hold a week, so they stop growing as the feed moves past them).
DOCS_PER_DAY = 200
REPORT_EVERY = 10_000  # documents per printed rate (a falling rate: cost grows with size)


def document(i: int, seed: int = 0) -> Document:
    """Document ``i`` of the feed; another ``seed`` gives another outlet's text of that day."""
    name = f"{i:07d}" if not seed else f"{seed}-{i:07d}"
    text = "".join(f"Synthetic report {name}, sentence {j:03d}.".ljust(SENTENCE)
                   for j in range(20))
    return Document(id=hashlib.sha256(f"{seed}:{text}".encode()).hexdigest(), text=text,
                    source="synthetic.jsonl", line=i + 1, title=f"Report {i}",
                    url=f"https://news{i % 7}.example/{i}",
                    published=DAY0 + timedelta(i // DOCS_PER_DAY + 2),
                    published_from="record", outlet=f"news{i % 7}")


def events_of(doc: Document, i: int, k: int, seed: int = 0) -> list[Event]:
    rng = random.Random(f"{seed}:{i}")
    out = []
    for j in range(k):
        label = rng.choice(list(LABELS))
        name, gid, lat, lon = rng.choice(PLACES)
        span = (j * SENTENCE, j * SENTENCE + SENTENCE - 1)
        day = DAY0 + timedelta(i // DOCS_PER_DAY + rng.randrange(3))
        actor = rng.choice(ACTORS)
        dead = rng.choice([None, 0, 1, 3, 12])
        out.append(Event(
            id=event_id(doc.id, span, label), type=event_type(label),
            evidence=Evidence(doc.text[span[0]:span[1]], span), document=doc.ref,
            date=DateValue(day, day, 1, "Monday", (span[0], span[0] + 6)),
            actor1=Actor(actor, actor, (span[0] + 8, span[0] + 14), 2, "SY") if actor else None,
            location=Place(name, name, (span[0] + 20, span[0] + 26), "Syria", "SY",
                           f"Region {gid % 10}",
                           lat, lon, gid, 1, "PPL", 0.9),
            fatalities=None if dead is None else Count(dead, dead, None, str(dead),
                                                       (span[0] + 30, span[0] + 32)),
            confidence=round(rng.random(), 3)))
    return out


def workload(n_docs: int, k: int, seed: int = 0) -> Iterator[tuple[Document, list[Event]]]:
    for i in range(n_docs):
        doc = document(i, seed)
        yield doc, events_of(doc, i, k, seed)


def run(db: Path, n_docs: int, k: int, batch: int, progress: bool,
        every: int = REPORT_EVERY) -> tuple[int, float]:
    """Add the workload's new documents in batches; returns (events handed over, seconds)."""
    with Store.open(db) as store:
        n_events, spent, n_docs_done, window = 0, 0.0, 0, 0.0
        chunk: list[tuple[Document, list[Event]]] = []
        for item in workload(n_docs, k):
            chunk.append(item)
            if len(chunk) == batch or item[0].line == n_docs:
                stored = store.has_documents(d.id for d, _ in chunk)   # resume: skip them
                pending = [(d, evs) for d, evs in chunk if d.id not in stored]
                chunk = []
                if not pending:
                    continue
                t = time.perf_counter()
                store.add_batch(pending)
                spent += time.perf_counter() - t
                window += time.perf_counter() - t
                n_events += sum(len(evs) for _, evs in pending)
                before, n_docs_done = n_docs_done, n_docs_done + len(pending)
                if n_docs_done // every > before // every:
                    print(f"documents {n_docs_done - every:,}-{n_docs_done:,}: "
                          f"{every / window:,.1f} docs/s", flush=True)
                    window = 0.0
                if progress:
                    print(f"committed {n_events}", flush=True)
        print(f"store: {store.counts()}", flush=True)
    return n_events, spent


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--db", type=Path, help="store to fill or resume (default: a temporary one)")
    ap.add_argument("--docs", type=int, default=20_000)
    ap.add_argument("--events-per-doc", type=int, default=5)
    ap.add_argument("--batch", type=int, default=64, help="documents per add_batch (CLI: 64)")
    ap.add_argument("--progress", action="store_true", help="print after every committed batch")
    ap.add_argument("--every", type=int, default=REPORT_EVERY, help="documents per printed rate")
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        db = args.db or Path(tmp) / "bench.duckdb"
        n, spent = run(db, args.docs, args.events_per_doc, args.batch, args.progress,
                       args.every)
    if n:
        print(f"add_batch: {n} events in {spent:.2f}s = {n / spent:,.0f} events/s "
              f"({args.batch} docs x {args.events_per_doc} events per batch)", file=sys.stderr)


if __name__ == "__main__":
    main()
