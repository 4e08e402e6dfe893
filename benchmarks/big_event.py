"""Adding a report to a big merged event versus starting a new event (issue 12, item 7).

    python benchmarks/big_event.py --sizes 10 100 1000 3000 --adds 5

For each size N, a store is filled with one event told by N reports (N outlets' wordings of
one air strike: one place, day, label and toll), written as merging leaves such a story: the
reports' rows (one component), their keys, mentions and sentence vectors, the event combined
from them (:func:`eventwire.merge.combine`). Filling does not go through merging, so that a
store of thousands of reports takes seconds. Then, in the same process, ``--adds`` reports
are added through ``Store.add_batch`` (the merging path of ingest) one at a time, each in its
own batch, alternating: a report of the story (it joins the big event) and a report of
another happening (another country, a month later: it meets no stored report and starts a
new event). A warm-up pair goes first, untimed (it loads the sentence encoder and fills the
process's parsed reports and edges; the story as filled has no tally kept in the store, as an
event stored before migration 0015: the warm-up's join builds it from the reports and keeps
it, eventwire.store.stored_tallies). Then ``--adds`` more reports of the story join as in a
new process ("cold"): what the process kept of stored reports is dropped before each, and
the cold join reads the tally the store keeps. Each size runs in its own process; printed:
wall and CPU milliseconds per report added, the median of the adds, and the ratio joined/new
(and the cold join's CPU milliseconds, the median of its ``--adds``). The joining
reports are checked to join (the event count grows only by the new events).

A story of at most RECLUSTER_LIMIT reports is clustered anew when a report joins it; a larger
one takes the report incrementally (eventwire.store.growing).

Measured (2 shared cores; CPU ms a report, joining / new): before eventwire.store.growing
158 / 21 at 1,000 reports (7.6x), 544 / 23 at 3,000 (23.8x); with it 70 / 17 (4.0x) and
134 / 18 (7.5x). Most of the rest is comparing the new report with each of the story's
reports (they share its blocks) and writing the record and mention rows of every mention.
2026-12-05 (load 9-13 on the 2 cores): 36 / 21 at 10 (1.8x), 71 / 29 at 100 (2.4x), 115 / 29
at 1,000 (4.0x), 260 / 23 at 3,000 (11.4x). Of a join at 3,000 (292 CPU ms, 10 joins), SQL
took 100 ms (the story's key rows and report rows 30, its mention rows deleted and written
again 20, the commit 11) and comparing the new report with the 3,000 stored ones (3,000
decisions: every one passes :func:`eventwire.merge.decide.possible`) about half of the rest
(cProfile). After an event of 16 reports or more that takes new ones grows from its kept tally
in components clustered anew too (eventwire.store.merging.GROWN_FROM_TALLY): 37 / 23 at 10,
49 / 22 at 100 (2.2x), 95 / 22 at 1,000 (4.3x). 2026-12-05 evening (load 6-9), ``--sizes 100
1000 --adds 5``: 60 / 28 at 100 (2.2x), 111 / 30 at 1,000 (3.7x); after a new report meets a
sample of a big event's reports (eventwire.store.merging.SAMPLE_OF_BIG_EVENT, 64), ``--sizes
100 1000 3000``: 62 / 29 at 100 (2.2x, a component clustered anew: unchanged), 74 / 28 at
1,000 (2.6x), 131 / 26 at 3,000 (5.0x). What grows with the event now: looking up all its
reports' rows (they share the new report's blocks), its record (every mention, as JSON) and
its mention rows, deleted and written whole. 2026-12-06 (load 6-7; the code before and after
run alternately, twice each, ``--sizes 100 1000 3000 --adds 5``): before 52-60 / 24-28 at 100
(2.1x), 63-71 / 24-27 at 1,000 (2.6-2.7x), 106-137 / 24-30 at 3,000 (4.4-4.6x); with only the
new mentions' rows written and the record joined from kept texts (eventwire.store.writing)
51-59 / 25-26 (2.0-2.2x), 52-55 / 25 (2.1-2.2x), 75 / 24 (3.1x). Later (load 2.4-3.2; c857ed0
and with the tally's mentions kept in order, a stored story's tally folded from its reports
(eventwire.merge.tally.tally_of_reports) and ids' twins kept (eventwire.store.lookup.id_hash),
alternated twice): at 3,000 82-88 / 26-27 (3.1-3.4x) -> 78-106 / 26-33 (3.0-3.2x, within the
load's noise: Tally.event 4.9 -> 1.1 ms, the story's ids hashed 2.3 -> 0.2 ms), the cold join
857-889 -> 685-748 (its tally 819 -> 548 ms: the rest is reading and parsing the 3,000 stored
reports, eventwire.store.merging._event_reports, Parsed.of 190 ms of it). 2026-12-06 (load
4-9; d1b2020 and 8923c7b alternated twice): with a big event's key rows cut to the sample's
heads (eventwire.store.heads; before, the 6,000 key rows and 3,000 report rows of the story
were read at each join, about half of it), the reports met counted by their twins
(eventwire.store.lookup.counted) and a tally's settled confidences kept: join / new at 100
54-70 / 25-34 (2.0-2.1x; 2.1-2.2x before), at 1,000 52-55 / 28-31 (1.7-2.0x; 2.0-2.1x), at
3,000 56-73 / 31-33 (1.8-2.2x; 3.0-3.9x); the cold join 785-796 (776-850). 2026-12-06 (load
3-7; efc0b9e and the tallies kept in the store, eventwire.store.stored_tallies, with the
mention texts cut from the stored record; 6 runs before, 9 after, partly alternated): the cold
join at 1,000 250-341 -> 66-103, at 3,000 782-879 -> 99-166 CPU ms; the joins after it at
3,000 60-65 / 49-68, new events 30-35 / 24-33 (unchanged within the load's noise); at 100, a
component clustered anew (no tally kept), the cold join 190-372 either way.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import statistics
import subprocess
import sys
import tempfile
import time
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
from eventwire.taxonomy import event_type

DAY = date(2024, 3, 8)
TOWN = Place("Raqqa", "Raqqa", (0, 0), "Syria", "SY", "Raqqa Governorate", 35.95, 39.01,
             163915, 1, "PPLA")
ELSEWHERE = Place("Mosul", "Mosul", (0, 0), "Iraq", "IQ", "Nineveh", 36.34, 43.13, 99072, 1,
                  "PPLA")
# Wordings of the story: the benchmark's reports cycle through them (outlets copy the wire).
STORY = (("Warplanes struck a crowded market in {town} on Friday, killing seven people, "
          "activists said ({n})."),
         "Seven people were killed when jets bombed the {town} market on Friday ({n}).",
         "An air strike on the market in {town} on Friday killed seven civilians ({n}).")
OTHER = "Police arrested {n} protesters outside the parliament in {town} on Friday."


def _report(name: str, sentence: str, place: Place, day: date, label: str, dead: int | None,
            actor: str | None) -> tuple[Document, Event]:
    """A document of one sentence and its one report."""
    text = sentence
    doc = Document(id=hashlib.sha256(text.encode()).hexdigest(), text=text, source="bench",
                   title=None, url=f"https://{name}.example/", published=day,
                   published_from="record", outlet=name)
    span = (0, len(sentence))
    at = sentence.index(place.name)
    return doc, Event(
        id=event_id(doc.id, span, label), type=event_type(label),
        evidence=Evidence(sentence, span), document=doc.ref,
        date=DateValue(day, day, 1, "Friday", (sentence.index("Friday"),
                                               sentence.index("Friday") + 6)),
        actor1=Actor(actor, actor, (0, len(actor)), 8, None) if actor else None,
        location=Place(place.name, place.name, (at, at + len(place.name)), place.country,
                       place.iso2, place.admin1, place.latitude, place.longitude,
                       place.geonameid, place.geo_precision, place.feature),
        fatalities=Count(dead, dead, None, str(dead), (0, 1)) if dead is not None else None,
        confidence=0.5 + sum(name.encode()) % 40 / 100)


def story_report(n: int) -> tuple[Document, Event]:
    """Outlet ``n``'s report of the story."""
    wording = STORY[n % len(STORY)].format(town=TOWN.name, n=n)
    return _report(f"outlet{n}", wording, TOWN, DAY, "AIR_STRIKE", 7 if n % 4 else None,
                   "Air Force" if n % 5 == 0 else None)


def other_report(n: int) -> tuple[Document, Event]:
    """A report of another happening: another country, label and month."""
    return _report(f"other{n}", OTHER.format(n=n + 10, town=ELSEWHERE.name), ELSEWHERE,
                   DAY + timedelta(days=40 + 10 * n), "ARREST", None, "Police")


def fill(db: Path, n: int) -> None:
    """A store holding one event told by ``n`` reports, as merging writes it."""
    from eventwire.merge import combine
    from eventwire.store import Store
    from eventwire.store.database import _dumps
    from eventwire.store.merging import Report
    from eventwire.store.vectors import keep
    from eventwire.store.writing import write, write_keys

    items = [story_report(i) for i in range(n)]
    reports = [Report.of(e, _dumps) for _, e in items]
    merged = Report.of(combine([e for _, e in items]), _dumps) if n > 1 else reports[0]
    with Store.open(db) as store:
        store._run("BEGIN TRANSACTION")
        store._insert_documents([d for d, _ in items])
        write(store, [merged], [(r, merged.event.id, merged.event.id) for r in reports])
        write_keys(store, reports)
        keep(store, [e for _, e in items])
        store._run("COMMIT")
        store._run("CHECKPOINT")


def _forget() -> None:
    """Drop what the process keeps of stored reports (as a new process starts)."""
    from eventwire.store import parsed

    kept = [parsed.CACHE, parsed.EDGES]
    try:
        from eventwire.store.growing import TALLIES
        kept.append(TALLIES)
    except ImportError:             # an eventwire before store.growing
        pass
    for k in kept:
        k.forget()


def measure(db: Path, n: int, adds: int) -> dict:
    """Add ``adds`` joining and ``adds`` new reports, alternately, after a warm-up pair."""
    from eventwire.store import Store

    joined: list[tuple[float, float]] = []
    new: list[tuple[float, float]] = []
    with Store.open(db) as store:
        events0 = store.counts()["events"]
        for k in range(adds + 1):
            for item, out in ((story_report(n + k), joined), (other_report(k), new)):
                t, c = time.perf_counter(), time.process_time()
                store.add_batch([(item[0], [item[1]])])
                if k:       # the first pair warms the process up
                    out.append((time.perf_counter() - t, time.process_time() - c))
        cold = []
        for k in range(adds + 1, 2 * adds + 1):   # as a new process: nothing kept of the story
            _forget()
            item = story_report(n + k)
            c = time.process_time()
            store.add_batch([(item[0], [item[1]])])
            cold.append(time.process_time() - c)
        events1 = store.counts()["events"]
        [size] = store._run("SELECT max(n_mentions) FROM events")[0]
    return {"n": n, "events_added": events1 - events0, "new_events_expected": adds + 1,
            "cold_join_cpu_ms": 1000 * statistics.median(cold),
            "largest_event_mentions": size,
            "join_wall_ms": 1000 * statistics.median(w for w, _ in joined),
            "join_cpu_ms": 1000 * statistics.median(c for _, c in joined),
            "new_wall_ms": 1000 * statistics.median(w for w, _ in new),
            "new_cpu_ms": 1000 * statistics.median(c for _, c in new)}


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[10, 100, 1000, 3000])
    ap.add_argument("--adds", type=int, default=5, help="timed reports of each kind")
    ap.add_argument("--child", type=int, help=argparse.SUPPRESS)
    ap.add_argument("--db", type=Path, help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.child:
        fill(args.db, args.child)
        print(json.dumps(measure(args.db, args.child, args.adds)))
        return
    print("reports in event | join wall ms | join CPU ms | new wall ms | new CPU ms | "
          "join/new CPU | cold join CPU ms | joined (events added = new)")
    with tempfile.TemporaryDirectory() as tmp:
        for n in args.sizes:
            db = Path(tmp) / f"big-{n}.duckdb"
            out = subprocess.run([sys.executable, __file__, "--child", str(n), "--db", str(db),
                                  "--adds", str(args.adds)], check=True, text=True,
                                 stdout=subprocess.PIPE).stdout
            r = json.loads(out.splitlines()[-1])
            ok = r["events_added"] == r["new_events_expected"]
            print(f"{n:>16,} | {r['join_wall_ms']:>12.1f} | {r['join_cpu_ms']:>11.1f} | "
                  f"{r['new_wall_ms']:>11.1f} | {r['new_cpu_ms']:>10.1f} | "
                  f"{r['join_cpu_ms'] / r['new_cpu_ms']:>12.1f} | "
                  f"{r['cold_join_cpu_ms']:>16.1f} | "
                  f"{'yes' if ok else 'NO'} ({r['events_added']} = {r['new_events_expected']}; "
                  f"largest {r['largest_event_mentions']})", flush=True)


if __name__ == "__main__":
    main()
