"""`eventwire ingest` against `eventwire extract` on the same records (issue 12: ingest should
take under 1.5x extract's time).

    python benchmarks/ingest_vs_extract.py [--records 100000] [--workers 2] [--keep DIR]

Writes a deterministic JSON Lines feed of short wire items (seeded: a few sentences each,
events of many kinds at a few hundred places over a year, a quarter of them retold by another
outlet in other words and some copied word for word, as wire copy is), then times in fresh
processes, model loading included: ``eventwire extract FEED -o /dev/null`` and ``eventwire
ingest FEED --db NEW`` (every event stored, merged across reports as it goes). Prints both
times, records/s and the ratio, and ingest's records/s over each 10,000 records (read from its
progress line: a rate that falls as the store grows is what issue 12 is about). The feed is
written under a temporary folder (or ``--keep``).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

SEED = 12
PLACES = ("Kabul", "Mosul", "Aleppo", "Mogadishu", "Maiduguri", "Goma", "Bamako", "Kharkiv",
          "Sanaa", "Tripoli", "Peshawar", "Juba", "Gao", "Idlib", "Benghazi", "Quetta",
          "Kandahar", "Beni", "Bunia", "Mopti", "Kirkuk", "Homs", "Daraa", "Marib", "Taiz")
ACTS = (
    "Gunmen killed {n} villagers in an attack near {p} on {d}, local officials said.",
    "A roadside bomb killed {n} soldiers on a patrol outside {p} on {d}, the army said.",
    "Air strikes hit a market in {p} on {d}, killing {n} people, residents said.",
    "Hundreds of people marched through {p} on {d} to protest against rising fuel prices.",
    "Police arrested {n} opposition activists at a rally in {p} on {d}, witnesses said.",
    "Rebels and government troops clashed on the outskirts of {p} on {d}; {n} fighters died.",
    "Shells struck a residential district of {p} on {d}, wounding {n} civilians.",
    "Armed men abducted {n} aid workers on the road to {p} on {d}, their agency said.",
)
RETOLD = (
    "{n} people were killed in {p} on {d}, according to officials who spoke to reporters.",
    "Officials in {p} said {n} people died in violence there on {d}.",
)
FILLER = ("The government did not comment.", "Aid groups called for calm.",
          "The area has seen repeated violence this year.", "An investigation was opened.")


def feed(path: Path, records: int) -> None:
    """``records`` wire items, deterministic for :data:`SEED`."""
    rng = random.Random(SEED)
    start, last = date(2024, 1, 1), ""
    with path.open("w", encoding="utf-8") as out:
        for i in range(records):
            day = start + timedelta(days=rng.randrange(365))
            vals = {"n": rng.randrange(2, 40), "p": rng.choice(PLACES),
                    "d": day.strftime("%A")}
            lead = rng.choice(RETOLD if i % 4 == 3 else ACTS).format(**vals)
            text = " ".join([lead, *rng.sample(FILLER, 2)])
            if i % 10 == 9:          # a copy of the previous item by another outlet
                text = last
            last = text
            out.write(json.dumps({"text": text, "url": f"https://outlet{i % 37}.example/{i}",
                                  "published": (day + timedelta(days=1)).isoformat()}) + "\n")


def timed(cmd: list[str]) -> float:
    t0 = time.perf_counter()
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - t0


# Records between two rates printed for ingest.
STEP = 10_000


def timed_steps(cmd: list[str], step: int = STEP) -> tuple[float, list[float]]:
    """Seconds ``cmd`` took, and the times at which its progress line passed each ``step``
    documents (the count in "1234doc [00:10, 120.5doc/s]")."""
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    assert proc.stderr is not None
    marks, tail = [], b""
    while chunk := os.read(proc.stderr.fileno(), 65536):
        tail = (tail + chunk)[-4096:]
        counts = re.findall(rb"(?<![\d.])(\d+)doc \[", tail)
        while counts and int(counts[-1]) >= step * (len(marks) + 1):
            marks.append(time.perf_counter() - t0)
    if proc.wait():
        raise subprocess.CalledProcessError(proc.returncode, cmd)
    return time.perf_counter() - t0, marks


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--records", type=int, default=100_000)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--keep", type=Path, help="write the feed and the store here")
    args = ap.parse_args(argv)
    folder = args.keep or Path(tempfile.mkdtemp(prefix="ingest_vs_extract_"))
    folder.mkdir(parents=True, exist_ok=True)
    path, db = folder / "feed.jsonl", folder / "store.duckdb"
    feed(path, args.records)
    db.unlink(missing_ok=True)
    base = [sys.executable, "-m", "eventwire"]
    workers = ["--workers", str(args.workers), "--quiet"]
    extract = timed([*base, "extract", str(path), "-o", "/dev/null", *workers])
    ingest, marks = timed_steps([*base, "ingest", str(path), "--db", str(db),
                                 "--workers", str(args.workers)])
    for name, secs in (("extract", extract), ("ingest", ingest)):
        print(f"{name:8s} {args.records} records in {secs:7.1f} s: "
              f"{args.records / secs:6.1f} records/s")
    # the progress line may end before the last step: the rest is timed to the end
    ends = [*marks, ingest] if len(marks) * STEP < args.records else marks
    for k, (a, b) in enumerate(zip([0.0, *ends], ends)):
        last = (k + 1) * STEP if k < len(marks) else args.records
        print(f"ingest records {k * STEP:7d}-{last:7d}: {(last - k * STEP) / (b - a):6.1f} "
              "records/s")
    print(f"ingest / extract: {ingest / extract:.2f}x (issue 12 asks under 1.5x)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
