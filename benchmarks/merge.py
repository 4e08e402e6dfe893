"""Score cross-report merging on the project's rewrites (issue 13).

    python benchmarks/merge.py [PATH] [--min-confidence P]
    python benchmarks/merge.py --constraint

The data is ``tests/data/merge/stories.jsonl`` (the ``merge-ecbplus`` format, written for the
project: each story told by several outlets — wire copy, local paper, radio summary, headline —
and, per topic, a second happening of the same kind at the same or a nearby place as the hard
negative). Stories marked ``"split": "held"`` are never fitted on. eventwire reads every report
(events down to ``--min-confidence``), merges them with the weights in
``eventwire/merge/weights.py`` (fitted by ``training/train_merge.py``) and scores each part with
the ``eval merge`` scorer. It also prints how often a story's rewrites give its lede event the
same label, place, country and actor (issue 13, item 3).
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from eventwire.evaluate.merge import read_events, read_reports, score
from eventwire.merge import merge
from eventwire.records import event_to_record

DATA = Path(__file__).resolve().parent.parent / "tests" / "data" / "merge" / "stories.jsonl"


def merged_score(per_doc, docs, min_confidence):
    kept = [e for evs in per_doc for e in evs if e.confidence >= min_confidence]
    return score(docs, [event_to_record(e) for e in merge(kept)])


def stability(per_doc, docs) -> None:
    """Issue 13, item 3: do the rewrites of one story give its lede event the same label, place
    and main actor? Per field, the share of reports agreeing with their story's commonest value
    (a report with no event counts as disagreeing)."""
    from collections import Counter, defaultdict

    values = defaultdict(lambda: defaultdict(list))
    for d, evs in zip(docs, per_doc, strict=True):
        lede = min(evs, key=lambda e: e.evidence.span, default=None)
        for field, get in (("label", lambda e: e.type.label),
                           ("place", lambda e: e.location and e.location.name),
                           ("country", lambda e: e.location and e.location.iso2),
                           ("actor", lambda e: e.actor1 and e.actor1.name)):
            values[field][d["subtopic"]].append(get(lede) if lede else None)
    for field, stories in values.items():
        agree = sum(Counter(v).most_common(1)[0][1] for v in stories.values()
                    if Counter(v).most_common(1)[0][0] is not None)
        total = sum(len(v) for v in stories.values())
        print(f"  same {field:7} across a story's rewrites: {agree}/{total} reports")


def _story(n: int) -> list:
    """``n`` reports of one bombing by ``n`` outlets: one place, days and tolls that vary."""
    from datetime import date, timedelta

    from eventwire.records import (
        Count,
        DateValue,
        DocumentRef,
        Event,
        Evidence,
        Place,
        event_id,
    )
    from eventwire.taxonomy import event_type

    town = Place("Raqqa", "Raqqa", (0, 5), "Syria", "SY", "Raqqa Governorate", 35.95, 39.01,
                 163915, 1, "PPLA")
    out = []
    for k in range(n):
        text = f"A car bomb exploded in Raqqa, outlet {k} said."
        day = date(2015, 11, 13) + timedelta(k % 2)
        label = ("SUIC_BOMB", "REM_EXPLOS", "ATTRIB")[k % 3]
        out.append(Event(
            id=event_id(f"d{k}", (0, len(text)), label), type=event_type(label),
            evidence=Evidence(text, (0, len(text))),
            document=DocumentRef(f"d{k}", f"https://d{k}.example/", None, day),
            date=DateValue(day, day, 1, "Friday", (200, 206)) if k % 4 else None,
            actor1=None, location=town,
            fatalities=Count(10 + k % 5, 10 + k % 5, None, "dead", (0, 4)), confidence=0.5))
    return out


def constraint_timing() -> None:
    from functools import reduce

    from eventwire.merge.constraint import clash, joined, summary
    from eventwire.merge.evidence import plain_features, profile

    for n in (100, 200, 400, 800, 1600):
        profiles = [profile(e) for e in _story(n)]
        t = time.perf_counter()
        held = summary(profiles[0])
        for p in profiles[1:]:
            s = summary(p)
            if not clash(held, s):
                held = joined(held, s)
        by_summary = time.perf_counter() - t
        t = time.perf_counter()
        for k in range(1, n):
            any(plain_features(profiles[k], q) is None for q in profiles[:k])
        pairs = time.perf_counter() - t
        assert held == reduce(joined, map(summary, profiles))      # no report was vetoed
        print(f"  {n:5} reports: summaries {1e3 * by_summary:7.1f} ms, every cross pair "
              f"{1e3 * pairs:8.1f} ms")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("path", nargs="?", type=Path, default=DATA)
    ap.add_argument("--min-confidence", type=float, default=0.05)
    ap.add_argument("--constraint", action="store_true",
                    help="time the cannot-link check instead")
    a = ap.parse_args()
    if a.constraint:
        constraint_timing()
        return 0
    docs = read_reports(a.path)
    t = time.perf_counter()
    per_doc = read_events(docs)
    print(f"{len(docs)} reports read in {time.perf_counter() - t:.1f} s; "
          f"{sum(map(len, per_doc))} events")
    per_doc = [[e for e in evs if e.confidence >= a.min_confidence] for evs in per_doc]
    stability(per_doc, docs)
    split = {name: [n for n, d in enumerate(docs) if d.get("split", "train") == name]
             for name in ("train", "held")}
    for part, idx in split.items():
        s = merged_score([per_doc[n] for n in idx], [docs[n] for n in idx], 0.0)
        p, r, f = s.prf
        print(f"  {part:5} ({len(idx)} reports): pairwise F1 {f:.3f} (P {p:.3f} "
              f"R {r:.3f}); {s.no_event} reports with no event")
    return 0


if __name__ == "__main__":
    sys.exit(main())
