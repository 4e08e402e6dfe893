"""Memory of what the process keeps per stored report for merging (eventwire.store.parsed).

    python benchmarks/parsed_size.py STORE [--reports 5000]

Reads up to ``--reports`` reports of a store (say the one ``benchmarks/ingest_vs_extract.py
--keep DIR`` leaves), parses them as merging does, and prints the memory one kept
:class:`~eventwire.store.parsed.Parsed` holds (tracemalloc: its profile's word sets and
sentences, its order key and blocking keys; the parsed event itself is not kept), which sets
``CACHED_REPORTS``.
"""

from __future__ import annotations

import argparse
import tracemalloc

from eventwire.store import Store, merging
from eventwire.store.parsed import Parsed


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("store")
    ap.add_argument("--reports", type=int, default=5000)
    args = ap.parse_args(argv)
    with Store.open(args.store, read_only=True) as s:
        ids = [r[0] for r in s._run("SELECT report_id FROM reports ORDER BY report_id LIMIT ?",
                                    [args.reports])]
        events = [r.event for r in merging._stored_reports(s, ids).values()]
    tracemalloc.start()
    kept = [Parsed.of(e) for e in events]
    size = tracemalloc.get_traced_memory()[0]
    tracemalloc.stop()
    print(f"{len(kept)} reports: {size / len(kept) / 1024:.1f} KB kept per report")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
