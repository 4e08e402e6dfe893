"""Calibrate and score cross-report merging on the project's rewrites (issue 13).

    python benchmarks/merge.py            # scores with the weights in eventwire/merge/decide.py
    python benchmarks/merge.py --fit      # also fits the weights on the training stories

The data is ``tests/data/merge/stories.jsonl`` (the ``merge-ecbplus`` format, written for the
project: each story told by several outlets — wire copy, local paper, radio summary, headline —
and, per topic, a second happening of the same kind at the same or a nearby place as the hard
negative). Stories marked ``"split": "held"`` are never fitted on. eventwire reads every report
(events down to ``--min-confidence``), candidate pairs come from the blocking, and a pair is
gold-positive when its reports tell the same story. ``--fit`` fits a logistic regression
(L2-regularised, full-batch gradient descent, deterministic) on the training pairs and prints
the weights that ``decide.py`` holds; both fits are then scored on the held-aside stories with
the ``eval merge`` scorer.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import numpy as np

from eventwire.evaluate.merge import read_events, read_reports, score
from eventwire.merge import decide, merge
from eventwire.merge.blocking import candidate_pairs, keys
from eventwire.merge.evidence import FEATURES, features, profile
from eventwire.records import event_to_record

DATA = Path(__file__).resolve().parent.parent / "tests" / "data" / "merge" / "stories.jsonl"
# The regularisation and steps of the fit: enough steps for the loss to settle (it changes by
# less than 1e-6 over the last hundred), a penalty that keeps weights of rare features small.
L2 = 0.01
STEPS = 5000
RATE = 0.5


def pairs(per_doc, docs):
    """Feature rows and gold labels of the candidate pairs across reports of one topic."""
    events, owner = [], []
    for n, evs in enumerate(per_doc):
        events += evs
        owner += [n] * len(evs)
    profiles = [profile(e) for e in events]
    rows, gold = [], []
    for i, j in sorted(candidate_pairs([keys(e, p) for e, p in zip(events, profiles)])):
        a, b = docs[owner[i]], docs[owner[j]]
        if owner[i] == owner[j] or a["topic"] != b["topic"]:
            continue
        f = features(profiles[i], profiles[j])
        if f is not None:
            rows.append(f)
            gold.append(a["subtopic"] == b["subtopic"])
    return np.array(rows, float).reshape(-1, len(FEATURES)), np.array(gold, float)


def fit(x: np.ndarray, y: np.ndarray) -> tuple[dict[str, float], float]:
    w, b = np.zeros(x.shape[1]), 0.0
    for _ in range(STEPS):
        p = 1 / (1 + np.exp(-(x @ w + b)))
        w -= RATE * (x.T @ (p - y) / len(y) + L2 * w)
        b -= RATE * float(np.mean(p - y))
    return {k: round(float(v), 2) for k, v in zip(FEATURES, w)}, round(b, 2)


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
    ap.add_argument("--fit", action="store_true")
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
    fits = [("decide.py", decide.WEIGHTS, decide.BIAS)]
    if a.fit:
        x, y = pairs([per_doc[n] for n in split["train"]], [docs[n] for n in split["train"]])
        print(f"training pairs: {len(y)} ({int(y.sum())} positive)")
        fits.append(("fitted", *fit(x, y)))
    for name, weights, bias in fits:
        print(f"{name}: weights {weights} bias {bias}")
        saved = decide.WEIGHTS, decide.BIAS
        decide.WEIGHTS, decide.BIAS = weights, bias
        try:
            for part, idx in split.items():
                s = merged_score([per_doc[n] for n in idx], [docs[n] for n in idx], 0.0)
                p, r, f = s.prf
                print(f"  {part:5} ({len(idx)} reports): pairwise F1 {f:.3f} (P {p:.3f} "
                      f"R {r:.3f}); {s.no_event} reports with no event")
        finally:
            decide.WEIGHTS, decide.BIAS = saved
    return 0


if __name__ == "__main__":
    sys.exit(main())
