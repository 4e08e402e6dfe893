"""`eventwire ingest` against `eventwire extract` on the same records (issue 12: ingest should
take under 1.5x extract's time).

    python benchmarks/ingest_vs_extract.py [--records 100000] [--workers 2] [--keep DIR]

Writes a deterministic JSON Lines feed of short wire items (seeded: a few sentences each,
events of many kinds at 25 places over a year, a quarter of them retold by another
outlet in other words and some copied word for word, as wire copy is), then times in fresh
processes, model loading included: ``eventwire extract FEED -o /dev/null`` and ``eventwire
ingest FEED --db NEW`` (every event stored, merged across reports as it goes). Prints both
times, records/s and the ratio, and ingest's records/s over each 10,000 records (read from its
progress line: a rate that falls as the store grows is what issue 12 is about). Also the CPU
seconds of each command with its worker processes (user + system, from the children's resource
usage): on a machine shared with other jobs wall-clock time measures the others too. The feed
is written under a temporary folder (or ``--keep``); ``--only ingest`` or ``--only extract``
runs one of the two (the feed is the same for the same ``--records``).

The items are dated at random over one year, not in the order a wire sends them, so every
week's blocks (:mod:`eventwire.merge.blocking`: label family, place, week) keep filling as the
run goes on, and merging a report costs more the more stored reports its blocks hold: ingest's
rate falls here for that, not for the store's size. Measured on one ingest's 46,021 documents
(their batches replayed into an empty store by benchmarks/ingest_replay.py's replay, merging
and storing alone, 2026-12-05): a new report met 6.7, 14.1, 20.0 stored reports of its blocks
in stores of the first 10,240, 20,480, 30,720 documents, and each 10,240 documents took 19.4,
23.4, 27.6, 32.5 CPU s; the same documents in order of publication took 17.9, 17.4, 15.3,
15.5 CPU s.

``--records 20000``, 2026-12-05 evening, the 2 cores shared at load 5-13 (so compare CPU s,
and the ingest process's own share: the workers do the same work in both commands): extract
186.1 and 202.1 CPU s (its process 26.4 and 26.5); ingest before this evening's changes 223.0
(its process 55.7, 1.20x), with the workers' sentence vectors handed to the writer 203.8
(38.4, 1.10x), and with the store held between batches and a big event's reports sampled too
192.2 (30.6; 0.95x against the extract run beside it). Merging and storing alone
(benchmarks/ingest_replay.py replay of the 19,223 documents captured): 44.8 CPU s before,
21.1 after.

``--records 100000``, 2026-12-06 (HEAD 4e154ce, the run at ``nice -n 19`` beside other jobs
at load 4-9): extract 879.3 CPU s (its process 132.2, about 90 of them after its workers
were done: merging and writing; its workers 747.1), ingest 963.0 CPU s (its process 287.9,
its workers 675.0): 1.10x CPU. Wall-clock (2,467.6 and 1,303.6 s) and the rates per 10,000
measured the other jobs more than eventwire. ``--only ingest`` again with
eventwire/store/writing.py (load 3-4): 907.2 CPU s (its process 279.6, its workers 627.7),
the same events, reports and mention rows stored; the feed's largest event has 17 reports.

``--records 20000``, 2026-12-06 morning (load 5-9, each run in a worktree): at d1b2020 extract
213.6 CPU s (its process 28.9), ingest 254.3 (62.6): 1.19x; at 8923c7b (big events' key rows
cut, counts by twins: eventwire.store.heads, lookup.counted; other sessions' faster
extraction in both) extract 209.5 (50.0), ingest 225.4 (73.5): 1.08x. The feed's largest
component holds 37 reports, so no key row is cut; the stores hold the same events, reports,
mention and key rows (the events' region points aside, moved by 1ac00cd between the two).
The processes' own CPU seconds moved by up to 2x between runs of the same code at that load.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import resource
import subprocess
import sys
import tempfile
import threading
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


def cpu_of_children() -> float:
    """CPU seconds (user + system) of the children waited for so far."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


# Seconds between two looks at the CPU time of a command's worker processes.
SAMPLE_SECONDS = 0.5


class Descendants(threading.Thread):
    """The CPU seconds of a process's descendants, read from /proc every
    :data:`SAMPLE_SECONDS` (Linux). The workers are the forkserver's children, which the
    command does not wait for, so its resource usage leaves them out; each one's last
    :data:`SAMPLE_SECONDS` is missed (it runs for the whole command)."""

    def __init__(self, pid: int) -> None:
        super().__init__(daemon=True)
        self.pid, self.seen, self.done = pid, {}, threading.Event()
        self.tick = os.sysconf("SC_CLK_TCK")

    def run(self) -> None:
        while not self.done.wait(SAMPLE_SECONDS):
            parent, cpu = {}, {}
            for entry in os.listdir("/proc"):
                try:
                    stat = Path(f"/proc/{entry}/stat").read_text()
                except (OSError, ValueError):
                    continue
                fields = stat[stat.rindex(")") + 2:].split()
                if entry.isdigit():
                    parent[int(entry)] = int(fields[1])
                    cpu[(int(entry), fields[19])] = (int(fields[11]) + int(fields[12]))
            for (pid, start), ticks in cpu.items():
                p = parent.get(pid)
                while p not in (None, 0, 1, self.pid):
                    p = parent.get(p)
                if p == self.pid:
                    self.seen[(pid, start)] = ticks / self.tick

    def total(self) -> float:
        self.done.set()
        self.join()
        return sum(self.seen.values())


def timed(cmd: list[str]) -> tuple[float, float, float]:
    """Wall-clock seconds of ``cmd``, CPU seconds of its own process and of its workers."""
    t0, c0 = time.perf_counter(), cpu_of_children()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL)
    below = Descendants(proc.pid)
    below.start()
    if proc.wait():
        raise subprocess.CalledProcessError(proc.returncode, cmd)
    return time.perf_counter() - t0, cpu_of_children() - c0, below.total()


# Records between two rates printed for ingest.
STEP = 10_000


def timed_steps(cmd: list[str], step: int = STEP
                ) -> tuple[float, float, float, list[float]]:
    """:func:`timed`, and the times at which its progress line passed
    each ``step`` documents (the count in "1234doc [00:10, 120.5doc/s]")."""
    t0, c0 = time.perf_counter(), cpu_of_children()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    below = Descendants(proc.pid)
    below.start()
    assert proc.stderr is not None
    marks, tail = [], b""
    while chunk := os.read(proc.stderr.fileno(), 65536):
        tail = (tail + chunk)[-4096:]
        counts = re.findall(rb"(?<![\d.])(\d+)doc \[", tail)
        while counts and int(counts[-1]) >= step * (len(marks) + 1):
            marks.append(time.perf_counter() - t0)
    if proc.wait():
        raise subprocess.CalledProcessError(proc.returncode, cmd)
    return time.perf_counter() - t0, cpu_of_children() - c0, below.total(), marks


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--records", type=int, default=100_000)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--keep", type=Path, help="write the feed and the store here")
    ap.add_argument("--only", choices=("extract", "ingest"), help="run one of the two")
    args = ap.parse_args(argv)
    folder = args.keep or Path(tempfile.mkdtemp(prefix="ingest_vs_extract_"))
    folder.mkdir(parents=True, exist_ok=True)
    path, db = folder / "feed.jsonl", folder / "store.duckdb"
    feed(path, args.records)
    db.unlink(missing_ok=True)
    base = [sys.executable, "-m", "eventwire"]
    workers = ["--workers", str(args.workers), "--quiet"]
    times = {}
    if args.only != "ingest":
        times["extract"] = timed([*base, "extract", str(path), "-o", "/dev/null", *workers])
    if args.only != "extract":
        *times["ingest"], marks = timed_steps([*base, "ingest", str(path), "--db", str(db),
                                               "--workers", str(args.workers)])
    for name, (secs, own, below) in times.items():
        print(f"{name:8s} {args.records} records in {secs:7.1f} s: {args.records / secs:6.1f} "
              f"records/s; {own + below:7.1f} CPU s ({own:.1f} its process, {below:.1f} "
              "its workers)")
    if "ingest" in times:
        ingest = times["ingest"][0]
        # the progress line may end before the last step: the rest is timed to the end
        ends = [*marks, ingest] if len(marks) * STEP < args.records else marks
        for k, (a, b) in enumerate(zip([0.0, *ends], ends)):
            last = (k + 1) * STEP if k < len(marks) else args.records
            print(f"ingest records {k * STEP:7d}-{last:7d}: {(last - k * STEP) / (b - a):6.1f} "
                  "records/s")
    if len(times) == 2:
        (e, *ecpu), (i, *icpu) = times["extract"], times["ingest"]
        print(f"ingest / extract: {i / e:.2f}x wall-clock, {sum(icpu) / sum(ecpu):.2f}x CPU "
              "(issue 12 asks under 1.5x)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
