"""What closing the store between batches costs ingest (issue 12: export reads while ingest
writes, see README "Command line").

    python benchmarks/store_release.py [--documents 20000] [--batch 64]

DuckDB lets one process write a file and no other process open it meanwhile, so ``ingest``
opened the store for each lookup and each batch and closed it after (``ReleasedStore``,
which now holds it between batches until a reader waits: closed here after each batch).
Printed: milliseconds per open+close (write mode, which checks the schema; and read-only) on
stores holding more and more documents of 2 KB, and per committed batch of ``--batch``
documents written through a held store and through a released one.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from datetime import date
from pathlib import Path

from eventwire.records import Document
from eventwire.store import ReleasedStore, Store


def _docs(start: int, n: int) -> list[tuple[Document, tuple]]:
    return [(Document(id=f"bench{i:08d}", text=f"document {i} " + "word " * 400,
                      source="bench.jsonl", line=i, published=date(2024, 1, 1)), ())
            for i in range(start, start + n)]


def _ms(work, repeat: int = 20) -> float:
    t0 = time.perf_counter()
    for _ in range(repeat):
        work()
    return (time.perf_counter() - t0) / repeat * 1000


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--documents", type=int, default=20_000)
    ap.add_argument("--batch", type=int, default=64)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "bench.duckdb"
        released, stored = ReleasedStore(path), 0
        for size in (0, args.documents // 10, args.documents):
            while stored < size:
                n = min(2000, size - stored)
                released.add_batch(_docs(stored, n))
                released.close()
                stored += n
            write = _ms(lambda: Store.open(path).close())
            read = _ms(lambda: Store.open(path, read_only=True).close())
            t0 = time.perf_counter()
            for _ in range(5):
                released.add_batch(_docs(stored, args.batch))
                released.close()
                stored += args.batch
            per_released = (time.perf_counter() - t0) / 5 * 1000
            with Store.open(path) as held:
                t0 = time.perf_counter()
                for _ in range(5):
                    held.add_batch(_docs(stored, args.batch))
                    stored += args.batch
                per_held = (time.perf_counter() - t0) / 5 * 1000
            print(f"{stored:7d} documents: open+close {write:5.1f} ms (write), {read:5.1f} ms "
                  f"(read-only); a batch of {args.batch}: {per_held:6.1f} ms held, "
                  f"{per_released:6.1f} ms released", flush=True)


if __name__ == "__main__":
    main()
