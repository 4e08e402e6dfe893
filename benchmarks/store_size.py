"""Merging into a large store: reports/s of new reports at several store sizes (issue 13).

    python benchmarks/store_size.py --store-sizes 10000 100000 1000000 --new 10000 \\
        --keep /tmp/store_bench

For each size N, a store of N events is filled once (kept in ``--keep`` as prefill-N.duckdb
and reused) by :func:`eventwire.store.bulk.bulk_load`: benchmarks/store.py's feed (the same
pools of labels, places, actors and days), each report its own event. Then ``--new`` reports
of other outlets are added to a copy of it through ``Store.add_batch``, the merging path of
ingest, in batches of ``--batch`` documents. Each size runs in its own process, which prints
new reports/s, its peak RSS and the store file's size. Merging is linear in the new reports if
reports/s does not fall as the store grows. ``--released`` writes as ``ingest`` did until it
held the store between batches (:class:`eventwire.store.ReleasedStore`, closed after each
batch: the store opened, and checkpointed as it is closed, for each batch, and the process's
heap settled after it), so the cost of each batch's checkpoint at that store size is counted
too.

The new reports are the same at every size: they tell the feed's first days, whose reports
every store holds (a store of N events holds the first N of the feed), so they meet the same
stored reports (blocking by week) and only the store's size differs. Reports of the store's
latest days would not: how full the last week's blocks are depends on the weekday the store
ends on (2,000 reports of a 1M store's last days met 1.8 times the stored reports those of a
100k store's did). Up to :data:`SAME_BLOCKS` new reports meet exactly the same stored ones at
every size (checked: the stored reports sharing a key with them are the same 5,973 at 10k, 100k
and 1M); more reach the feed's second week, of which a store of 10k events lacks a day.

The filled store keeps its reports' sentence vectors (migration 0011; the fill encodes them,
about 1.2 texts a report), as ingest leaves a store; ``--no-vectors`` fills one without, as a
store written before 0011, whose vectors merging encodes and keeps when it compares them. The
sentence encoder's time in the measured batches is printed (encoder s: all batches; per batch:
after the first), and the texts it encoded.

``--vector-forms`` instead compares forms a store could keep vectors in (eventwire.store.vectors
keeps float16): bytes a vector on disk, reading 12,000 of 200,000 by row id into a float32
matrix, and how far the rounding moves cosines.
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

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
from store import DOCS_PER_DAY, document, events_of  # noqa: E402 - benchmarks/store.py's feed

from eventwire.store import Store  # noqa: E402
from eventwire.store.bulk import bulk_load  # noqa: E402

FILL_DOCS = 10_000       # documents per bulk transaction: about 100 MB of Python objects
# New reports (at 5 a document) of the feed's first 3 days of documents: their events' dates
# (a document's day and the 2 before it) and blocking weeks (a day of slack) stay in the
# feed's first week, which every store of 10k events or more holds whole.
SAME_BLOCKS = 3 * DOCS_PER_DAY * 5


def fill(db: Path, n_events: int, k: int, vectors: bool = True) -> None:
    """A store of ``n_events`` unmerged events (``k`` per document), written at ``db``; without
    ``vectors``, without the reports' sentence vectors."""
    part = db.with_suffix(".part")
    part.unlink(missing_ok=True)
    t = time.perf_counter()
    with Store.open(part) as store:
        n_docs = -(-n_events // k)
        for first in range(0, n_docs, FILL_DOCS):
            docs = [document(i) for i in range(first, min(first + FILL_DOCS, n_docs))]
            items = [(d, events_of(d, d.line - 1, k)[:n_events - (d.line - 1) * k])
                     for d in docs]
            bulk_load(store, items, **({} if vectors else {"vectors": False}))
        store._run("CHECKPOINT")
    part.rename(db)
    print(f"filled {db} with {n_events:,} events in {time.perf_counter() - t:.0f} s",
          flush=True)


def _timed_encoder() -> dict:
    """The process's sentence encoder, loaded now, its ``encode`` timed: seconds and texts."""
    from eventwire.events.encoder import load_encoder

    enc, spent = load_encoder(), {"seconds": 0.0, "texts": 0}
    encode = enc.encode

    def timed(texts: list[str]):
        t = time.process_time()
        out = encode(texts)
        spent["seconds"] += time.process_time() - t
        spent["texts"] += len(texts)
        return out

    enc.encode = timed
    return spent


def measure(db: Path, n_events: int, n_new: int, k: int, batch: int, released: bool = False
            ) -> dict:
    """Add ``n_new`` reports (``k`` per document) of the feed's first days to ``db``; with
    ``released``, as ingest wrote before it held the store (opened and closed each batch)."""
    from eventwire.store import ReleasedStore

    items = [(d, events_of(d, d.line - 1, k, seed=1)) for i in range(-(-n_new // k))
             for d in (document(i, seed=1),)]
    mentions = 0
    spent = cpu = first_cpu = first_enc = 0.0
    encoder = _timed_encoder()
    with ReleasedStore(db) if released else Store.open(db) as store:
        before = store.counts()["events"]
        for at in range(0, len(items), batch):
            t, c = time.perf_counter(), time.process_time()
            r = store.add_batch(items[at:at + batch])
            if released:
                store.close()                     # checkpointed: the cost measured here
            spent += time.perf_counter() - t
            cpu += time.process_time() - c       # all threads: steadier on a shared machine
            first_cpu = first_cpu or cpu
            if at == 0:
                first_enc = encoder["seconds"]
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
            "encoder_cpu_s": round(encoder["seconds"], 1),
            "encoder_s_per_later_batch": round(
                (encoder["seconds"] - first_enc) / max(1, -(-len(items) // batch) - 1),
                3),
            "texts_encoded": encoder["texts"],
            "mentions_added": mentions,
            "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024,
            "file_mb": db.stat().st_size // 2**20}


FORMS = {  # a form: the column's SQL type and how Arrow's column becomes float32 rows
    "float16 BLOB": ("BLOB", lambda c, s: np.frombuffer(c.buffers()[2], "<f2")[
        :len(c) * 512].reshape(-1, 512).astype(np.float32)),
    "int8 BLOB, scale": ("BLOB", lambda c, s: np.frombuffer(c.buffers()[2], np.int8)[
        :len(c) * 512].reshape(-1, 512).astype(np.float32) * s[:, None]),
    "TINYINT[512], scale": ("TINYINT[512]", lambda c, s: c.values.to_numpy().reshape(
        -1, 512).astype(np.float32) * s[:, None]),
    "FLOAT[512]": ("FLOAT[512]", lambda c, s: c.values.to_numpy().reshape(-1, 512)),
}


def vector_forms(n_texts: int = 3000, n_rows: int = 200_000, n_read: int = 12_000) -> None:
    """Size, read-back time and cosine error of each of :data:`FORMS`."""
    import random

    import duckdb
    import pyarrow as pa

    from eventwire.events.encoder import load_encoder

    rng = random.Random(0)
    words = ("army rebels fire market town killed seven police protest bombing village strike "
             "said officials on Friday attack two people injured the a in of").split()
    texts = [" ".join(rng.choice(words) for _ in range(rng.randrange(6, 25))) + f" {i}."
             for i in range(n_texts)]
    t = time.process_time()
    v = np.asarray(load_encoder().encode(texts), np.float32)
    print(f"encoder: {(time.process_time() - t) / n_texts * 1000:.2f} CPU ms a text")
    pairs = np.array([(rng.randrange(n_texts), rng.randrange(n_texts)) for _ in range(20_000)])
    scale = np.abs(v).max(axis=1) / 127
    q = np.round(v / scale[:, None]).astype(np.int8)
    exact = np.einsum("ij,ij->i", v[pairs[:, 0]], v[pairs[:, 1]])
    for name, r in (("float16", v.astype(np.float16).astype(np.float32)),
                    ("int8, scale", q * scale[:, None])):
        c = np.einsum("ij,ij->i", r[pairs[:, 0]], r[pairs[:, 1]])
        d = np.abs(c - exact)
        print(f"{name}: cosine moved by at most {d.max():.1e} (mean {d.mean():.1e}); 4th "
              f"decimal changed in {np.mean(np.round(exact, 4) != np.round(c, 4)):.0%}")
    rows = np.arange(n_rows) % n_texts
    ids = sorted(rng.sample(range(n_rows), n_read))
    with tempfile.TemporaryDirectory() as tmp:
        for name, (sql, convert) in FORMS.items():
            db = Path(tmp) / "forms.duckdb"
            vec = (pa.array([x.tobytes() for x in (v.astype("<f2") if "16" in name else q)[rows]],
                            pa.binary()) if sql == "BLOB" else pa.FixedSizeListArray.from_arrays(
                pa.array((q if "INT" in sql else v)[rows].ravel()), 512))
            with duckdb.connect(str(db)) as con:
                con.register("x", pa.table({"s": scale[rows], "v": vec}))
                con.execute(f"CREATE TABLE t AS SELECT s, v::{sql} AS v FROM x")
            size = db.stat().st_size / n_rows
            with duckdb.connect(str(db), read_only=True) as con:
                times = []
                for _ in range(3):
                    t = time.perf_counter()
                    got = con.sql("SELECT t.s, t.v FROM (SELECT unnest($ids) AS r) _v JOIN t "
                                  "ON t.rowid = _v.r", params={"ids": ids}).to_arrow_table()
                    convert(got.column("v").combine_chunks(), got.column("s").to_numpy())
                    times.append((time.perf_counter() - t) * 1000)
            db.unlink()
            print(f"{name}: {size:,.0f} bytes a vector; {n_read:,} read in "
                  + ", ".join(f"{x:.0f}" for x in times) + " ms (the first just after opening)")


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
    ap.add_argument("--batch", type=int, default=64, help="documents per add_batch")
    ap.add_argument("--released", action="store_true", help="write as ingest did: the store "
                    "opened and closed (checkpointed) for each batch")
    ap.add_argument("--no-vectors", action="store_true",
                    help="fill the stores without sentence vectors (as before migration 0011)")
    ap.add_argument("--keep", type=Path, help="folder of the filled stores, reused next time "
                    "(default: a temporary one)")
    ap.add_argument("--vector-forms", action="store_true",
                    help="compare forms of stored sentence vectors, nothing else")
    ap.add_argument("--fill", type=int, help=argparse.SUPPRESS)      # the child processes
    ap.add_argument("--measure", type=int, help=argparse.SUPPRESS)
    ap.add_argument("--db", type=Path, help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    k = args.events_per_doc
    if args.vector_forms:
        return vector_forms()
    if args.fill:
        return fill(args.db, args.fill, k, not args.no_vectors)
    if args.measure:
        print(json.dumps(measure(args.db, args.measure, args.new, k, args.batch,
                                 args.released)))
        return None
    with tempfile.TemporaryDirectory() as tmp:
        keep = args.keep or Path(tmp)
        keep.mkdir(parents=True, exist_ok=True)
        # events after: fewer than before plus the new reports when reports merge
        # later: per CPU s after the first batch (which also loads the encoder)
        # encoder s: CPU s in the encoder, all batches; per batch: after the first
        print("store events | new reports | reports/s | per CPU s | later | events after | "
              "peak RSS MB | file MB | encoder s | per batch | texts encoded")
        bare = ["--no-vectors"] if args.no_vectors else []
        for n in args.store_sizes:
            filled = keep / f"prefill-{n}-{k}{'-novec' if bare else ''}.duckdb"
            if not filled.exists():
                print(_child("--fill", n, "--db", filled, "--events-per-doc", k, *bare), end="",
                      flush=True)
            else:       # a store kept from an older eventwire: migrated once, untimed
                Store.open(filled).close()
            work = keep / f"work-{n}-{k}.duckdb"
            shutil.copyfile(filled, work)
            try:
                r = json.loads(_child("--measure", n, "--db", work, "--new", args.new,
                                      "--events-per-doc", k, "--batch", args.batch,
                                      *(["--released"] if args.released else [])))
            finally:
                work.unlink(missing_ok=True)
                work.with_suffix(".duckdb.wal").unlink(missing_ok=True)
            print(f"{r['store_events']:>12,} | {r['new_reports']:>11,} | "
                  f"{r['reports_per_s']:>9,.1f} | {r['reports_per_cpu_s']:>9,.1f} | "
                  f"{r['later_per_cpu_s'] or 0:>5,.1f} | "
                  f"{r['events_after']:>12,} | "
                  f"{r['peak_rss_mb']:>11,} | "
                  f"{r['file_mb']:>7,} | {r['encoder_cpu_s']:>9,.1f} | "
                  f"{r['encoder_s_per_later_batch']:>9,.3f} | {r['texts_encoded']:>13,}",
                  flush=True)
    return None


if __name__ == "__main__":
    main()
