"""Score cross-report merging on the project's rewrites (issue 13).

    python benchmarks/merge.py [PATH] [--min-confidence P]

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


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("path", nargs="?", type=Path, default=DATA)
    ap.add_argument("--min-confidence", type=float, default=0.05)
    a = ap.parse_args()
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
