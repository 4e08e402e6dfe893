"""Merging into a large store: reports/s of new reports at several store sizes (issue 13).

    python benchmarks/store_size.py --store-sizes 10000 100000 1000000 --new 10000 \\
        --keep /tmp/store_bench

For each size N, a store of N events is filled once (kept in ``--keep`` as prefill-N.duckdb
and reused) by :func:`eventwire.store.bulk.bulk_load`: benchmarks/store.py's feed (the same
pools of labels, places, actors and days), each report its own event. Then ``--new`` reports
of other outlets are added to a copy of it through ``Store.add_batch``, the merging path of
ingest, in batches of ``--batch`` documents. Each size runs in its own process, which prints
new reports/s, its peak RSS and the store file's size. Merging is linear in the new reports if
reports/s does not fall as the store grows.

The new reports are the same at every size: they tell the feed's first days, whose reports
every store holds (a store of N events holds the first N of the feed), so they meet the same
stored reports (blocking by week) and only the store's size differs. Reports of the store's
latest days would not: how full the last week's blocks are depends on the weekday the store
ends on (2,000 reports of a 1M store's last days met 1.8 times the stored reports those of a
100k store's did). Up to :data:`SAME_BLOCKS` new reports meet exactly the same stored ones at
every size (checked: the stored reports sharing a key with them are the same 5,973 at 10k, 100k
and 1M); more reach the feed's second week, of which a store of 10k events lacks a day.
"""

from __future__ import annotations

import argparse
import json
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from store import DOCS_PER_DAY, document, events_of  # noqa: E402 - benchmarks/store.py's feed

from eventwire.store import Store  # noqa: E402
from eventwire.store.bulk import bulk_load  # noqa: E402

FILL_DOCS = 10_000       # documents per bulk transaction: about 100 MB of Python objects
# New reports (at 5 a document) of the feed's first 3 days of documents: their events' dates
# (a document's day and the 2 before it) and blocking weeks (a day of slack) stay in the
# feed's first week, which every store of 10k events or more holds whole.
SAME_BLOCKS = 3 * DOCS_PER_DAY * 5


def fill(db: Path, n_events: int, k: int) -> None:
    """A store of ``n_events`` unmerged events (``k`` per document), written at ``db``."""
    part = db.with_suffix(".part")
    part.unlink(missing_ok=True)
    t = time.perf_counter()
    with Store.open(part) as store:
        n_docs = -(-n_events // k)
        for first in range(0, n_docs, FILL_DOCS):
            docs = [document(i) for i in range(first, min(first + FILL_DOCS, n_docs))]
            items = [(d, events_of(d, d.line - 1, k)[:n_events - (d.line - 1) * k])
                     for d in docs]
            bulk_load(store, items)
        store._run("CHECKPOINT")
    part.rename(db)
    print(f"filled {db} with {n_events:,} events in {time.perf_counter() - t:.0f} s",
          flush=True)


def measure(db: Path, n_events: int, n_new: int, k: int, batch: int) -> dict:
    """Add ``n_new`` reports (``k`` per document) of the feed's first days to ``db``."""
    items = [(d, events_of(d, d.line - 1, k, seed=1)) for i in range(-(-n_new // k))
             for d in (document(i, seed=1),)]
    mentions = 0
    spent = cpu = first_cpu = 0.0
    with Store.open(db) as store:
        before = store.counts()["events"]
        for at in range(0, len(items), batch):
            t, c = time.perf_counter(), time.process_time()
            r = store.add_batch(items[at:at + batch])
            spent += time.perf_counter() - t
            cpu += time.process_time() - c       # all threads: steadier on a shared machine
            first_cpu = first_cpu or cpu
            mentions += r.mentions_added
        after = store.counts()
    reports = sum(len(evs) for _, evs in items)
    later = reports - sum(len(evs) for _, evs in items[:batch])
    return {"store_events": before, "new_reports": reports, "seconds": round(spent, 1),
            "reports_per_s": round(reports / spent, 1), "cpu_seconds": round(cpu, 1),
            "reports_per_cpu_s": round(reports / cpu, 1),
            # after the first batch, which also loads the encoder and reads the indexes
            "later_per_cpu_s": round(later / (cpu - first_cpu), 1) if later else None,
            "events_after": after["events"],
            "mentions_added": mentions,
            "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024,
            "file_mb": db.stat().st_size // 2**20}


def _child(*args: object) -> str:
    out = subprocess.run([sys.executable, __file__, *map(str, args)], check=True,
                         stdout=subprocess.PIPE, text=True)
    return out.stdout


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--store-sizes", type=int, nargs="+", default=[10_000, 100_000])
    ap.add_argument("--new", type=int, default=SAME_BLOCKS,
                    help="new reports added at each size (the same at each)")
    ap.add_argument("--events-per-doc", type=int, default=5)
    ap.add_argument("--batch", type=int, default=64, help="documents per add_batch (CLI: 64)")
    ap.add_argument("--keep", type=Path, help="folder of the filled stores, reused next time "
                    "(default: a temporary one)")
    ap.add_argument("--fill", type=int, help=argparse.SUPPRESS)      # the child processes
    ap.add_argument("--measure", type=int, help=argparse.SUPPRESS)
    ap.add_argument("--db", type=Path, help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    k = args.events_per_doc
    if args.fill:
        return fill(args.db, args.fill, k)
    if args.measure:
        print(json.dumps(measure(args.db, args.measure, args.new, k, args.batch)))
        return None
    with tempfile.TemporaryDirectory() as tmp:
        keep = args.keep or Path(tmp)
        keep.mkdir(parents=True, exist_ok=True)
        # events after: fewer than before plus the new reports when reports merge
        # later: per CPU s after the first batch (which also loads the encoder)
        print("store events | new reports | reports/s | per CPU s | later | events after | "
              "peak RSS MB | file MB")
        for n in args.store_sizes:
            filled = keep / f"prefill-{n}-{k}.duckdb"
            if not filled.exists():
                print(_child("--fill", n, "--db", filled, "--events-per-doc", k), end="",
                      flush=True)
            else:       # a store kept from an older eventwire: migrated once, untimed
                Store.open(filled).close()
            work = keep / f"work-{n}-{k}.duckdb"
            shutil.copyfile(filled, work)
            try:
                r = json.loads(_child("--measure", n, "--db", work, "--new", args.new,
                                      "--events-per-doc", k, "--batch", args.batch))
            finally:
                work.unlink(missing_ok=True)
                work.with_suffix(".duckdb.wal").unlink(missing_ok=True)
            print(f"{r['store_events']:>12,} | {r['new_reports']:>11,} | "
                  f"{r['reports_per_s']:>9,.1f} | {r['reports_per_cpu_s']:>9,.1f} | "
                  f"{r['later_per_cpu_s'] or 0:>5,.1f} | "
                  f"{r['events_after']:>12,} | "
                  f"{r['peak_rss_mb']:>11,} | "
                  f"{r['file_mb']:>7,}", flush=True)
    return None


if __name__ == "__main__":
    main()
