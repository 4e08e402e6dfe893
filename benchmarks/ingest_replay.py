"""The store's share of ``ingest``: one ingest's batches replayed into a copy of a store.

    python benchmarks/ingest_replay.py capture FEED STORE BATCHES.pkl [--workers 1] [--keep PATH]
    python benchmarks/ingest_replay.py replay STORE BATCHES.pkl [--batch 256] [--warm]
        [--skip N] [--take N] [--keep PATH] [--profile OUT] [--by-date]

``capture`` runs ``eventwire ingest FEED --db COPY`` (``--workers`` processes, on a copy of
STORE, or an empty store when STORE does not exist; ``--keep``: the copy is written there) and
pickles what the pipeline handed the store (documents with their events); ``replay`` adds them
to a fresh copy of STORE in batches of ``--batch`` documents and prints the CPU and wall time,
the pipeline left out: merging and writing alone, so that changes to them (or to the batch
size) are compared on the same work (``--skip``/``--take``: only those documents of the
batches; ``--keep``: the store written is kept there; ``--profile``: cProfile's statistics
of the replay written there; ``--by-date``: the documents in order of publication, as a wire
sends them; ``--handed``: with the sentence vectors the workers handed over, as ingest
does since they do, instead of encoding them in the writer). The CPU time of each 10,000
documents is printed too. ``--warm`` first parses every stored report into the process's
cache, as a process that wrote them would hold them (eventwire.store.parsed).
For the README's figures: STORE was the first 36,000 records of
``benchmarks/ingest_vs_extract.py``'s feed of 40,000 ingested, FEED the other 4,000.
"""

from __future__ import annotations

import argparse
import pickle
import shutil
import sys
import tempfile
import time
from datetime import date
from pathlib import Path


def capture(feed: str, store: str, out: str, workers: int = 1, written: str | None = None
            ) -> int:
    import eventwire.store.database as db
    from eventwire.cli import main

    batches: list = []
    real = db.ReleasedStore.add_batch

    def keep(self, items, failures=(), *, sources=(), vectors=()):
        batches.append((list(items), tuple(vectors)))
        return real(self, items, failures, sources=sources, vectors=vectors)

    db.ReleasedStore.add_batch = keep
    copy = Path(written) if written else Path(tempfile.mkdtemp()) / "copy.duckdb"
    if Path(store).exists():
        shutil.copy(store, copy)
    sys.argv = ["eventwire", "ingest", feed, "--db", str(copy), "--workers", str(workers),
                "--quiet"]
    try:
        main()
    except SystemExit as stop:
        if stop.code:
            raise
    finally:
        db.ReleasedStore.add_batch = real
    Path(out).write_bytes(pickle.dumps(batches))
    print(f"{sum(len(b) for b, _ in batches)} documents in {len(batches)} batches")
    return 0


# Documents between two CPU times printed by replay.
STEP = 10_000


def replay(store: str, batches: str, size: int, warm: bool, skip: int = 0,
           take: int | None = None, keep: str | None = None, profile: str | None = None,
           by_date: bool = False, handed: bool = False) -> int:
    from eventwire.store import Store, merging
    from eventwire.store.database import ReleasedStore
    from eventwire.store.parsed import CACHE

    # (documents, vectors) a batch; a capture before the workers handed vectors: documents
    captured = [b if isinstance(b, tuple) else (b, ()) for b in
                pickle.loads(Path(batches).read_bytes())]
    items = [it for b, _ in captured for it in b]
    given = dict(v for _, vs in captured for v in vs) if handed else {}
    if by_date:
        items.sort(key=lambda it: (it[0].published or date.min, it[0].line or 0))
    items = items[skip:None if take is None else skip + take]
    copy = Path(keep) if keep else Path(tempfile.mkdtemp()) / "copy.duckdb"
    if Path(store).exists():
        shutil.copy(store, copy)
    if warm:
        with Store.open(copy) as s:
            ids = [r[0] for r in s._run("SELECT report_id FROM reports")]
            CACHE.put(s.path, [(k, r.parsed) for k, r in
                               merging._stored_reports(s, ids).items()])
    target = ReleasedStore(copy)
    if profile:
        import cProfile
        prof = cProfile.Profile()
        prof.enable()
    cpu, wall = time.process_time(), time.perf_counter()
    done, step = 0, cpu
    for at in range(0, len(items), size):
        batch = items[at:at + size]
        texts = {t for _, evs in batch for e in evs for t in (e.evidence.sentence,
                                                               e.document.title) if t}
        # (no vectors asked of an eventwire before they were handed over: it takes none)
        target.add_batch(batch, **({"vectors": [(t, given[t]) for t in sorted(texts)
                                                if t in given]} if handed else {}))
        end = min(at + size, len(items))
        if end // STEP > done // STEP or end == len(items):
            now = time.process_time()
            print(f"  documents {done:7d}-{end:7d}: {now - step:.1f} CPU s", flush=True)
            done, step = end, now
    print(f"{len(items)} documents in batches of {size}: {time.process_time() - cpu:.1f} CPU s, "
          f"{time.perf_counter() - wall:.1f} s")
    if profile:
        prof.disable()
        prof.dump_stats(profile)
    return 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = ap.add_subparsers(dest="command", required=True)
    c = sub.add_parser("capture")
    c.add_argument("feed")
    c.add_argument("store")
    c.add_argument("out")
    c.add_argument("--workers", type=int, default=1)
    c.add_argument("--keep")
    r = sub.add_parser("replay")
    r.add_argument("store")
    r.add_argument("batches")
    r.add_argument("--batch", type=int, default=256)
    r.add_argument("--warm", action="store_true")
    r.add_argument("--skip", type=int, default=0)
    r.add_argument("--take", type=int)
    r.add_argument("--keep")
    r.add_argument("--profile")
    r.add_argument("--by-date", action="store_true")
    r.add_argument("--handed", action="store_true")
    a = ap.parse_args(argv)
    if a.command == "capture":
        return capture(a.feed, a.store, a.out, a.workers, a.keep)
    return replay(a.store, a.batches, a.batch, a.warm, a.skip, a.take, a.keep, a.profile,
                  a.by_date, a.handed)


if __name__ == "__main__":
    sys.exit(main())
