"""Fit the weights of the cross-report merge decision on the project's own stories (issue 13).

    python training/train_merge.py [--events CACHE] [--dry-run | --committed]

The data is ``tests/data/merge/stories.jsonl`` (the ``merge-ecbplus`` format, written for the
project: each happening told by several outlets in different words, and per topic a second
happening of the same kind at the same place, in the same week or years apart, as the hard
negative). Stories marked ``"split": "held"`` are never fitted on.

eventwire reads every report (all events, whatever their confidence: a low-confidence report
may still join an event others tell confidently). The training reports are read twice: as
written, and with no publication date (as archives and copied text often come), so that the
decision also learns reports with no time. Candidate pairs come from the blocking; vetoed
pairs are left out (the decision never scores them); a pair is positive when both reports tell
one happening (same subtopic). A logistic regression (L2-regularised, full-batch gradient
descent from zero weights: deterministic) is fitted on the pairs and written to
``eventwire/merge/weights.py``; then the merge is scored, pairwise as ``eval merge`` scores,
on the training and the held-aside stories, the held-aside ones also read with no publication
date. ``--committed`` fits nothing and scores the
weights ``eventwire/merge/weights.py`` holds (what ``extract`` merges with).
"""

from __future__ import annotations

import argparse
import pickle
import sys
from pathlib import Path

import numpy as np

from eventwire.evaluate.merge import read_events, read_reports, score
from eventwire.events.model import DEFAULT_MIN_CONFIDENCE  # extract's and eval merge's
from eventwire.merge import decide, merge
from eventwire.merge.blocking import candidate_pairs, keys
from eventwire.merge.evidence import FEATURES, features, profile
from eventwire.records import event_to_record

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data" / "merge" / "stories.jsonl"
OUT = ROOT / "eventwire" / "merge" / "weights.py"
# The penalty and steps of the fit: enough steps for the loss to settle (it changes by less
# than 1e-6 over the last hundred), a penalty that keeps the weights of rare features small.
L2 = 0.01
STEPS = 5000
RATE = 0.5


def undated(docs: list[dict]) -> list[dict]:
    """The reports again with no publication date (their own ids and addresses)."""
    return [dict(d, id=d["id"] + "-undated", published=None,
                 url=(d.get("url") or "urn:" + d["id"]) + "#undated") for d in docs]


def events_of(docs: list[dict], cache: Path | None) -> list[list]:
    """eventwire's events per report, from the cache when it holds these reports."""
    if cache is not None and cache.exists():
        cached_ids, per_doc = pickle.loads(cache.read_bytes())
        if cached_ids == [d["id"] for d in docs]:
            return per_doc
    per_doc = read_events(docs)
    if cache is not None:
        cache.write_bytes(pickle.dumps(([d["id"] for d in docs], per_doc)))
    return per_doc


def pairs(per_doc: list[list], docs: list[dict]) -> tuple[np.ndarray, np.ndarray]:
    """Feature rows and gold labels of the candidate pairs across reports (vetoes left out)."""
    events, owner = [], []
    for n, evs in enumerate(per_doc):
        events += evs
        owner += [n] * len(evs)
    profiles = [profile(e) for e in events]
    rows, gold = [], []
    for i, j in sorted(candidate_pairs([keys(e, p) for e, p in zip(events, profiles)])):
        if owner[i] == owner[j]:
            continue
        f = features(profiles[i], profiles[j])
        if f is not None:
            rows.append(f)
            gold.append(docs[owner[i]]["subtopic"] == docs[owner[j]]["subtopic"])
    return np.array(rows, float).reshape(-1, len(FEATURES)), np.array(gold, float)


def fit(x: np.ndarray, y: np.ndarray) -> tuple[dict[str, float], float]:
    w, b = np.zeros(x.shape[1]), 0.0
    for _ in range(STEPS):
        p = 1 / (1 + np.exp(-(x @ w + b)))
        w -= RATE * (x.T @ (p - y) / len(y) + L2 * w)
        b -= RATE * float(np.mean(p - y))
    return {k: round(float(v), 2) for k, v in zip(FEATURES, w)}, round(b, 2)


def merged_score(per_doc: list[list], docs: list[dict], min_confidence: float) -> str:
    """Pairwise F1 of merging every event, keeping merged events at ``min_confidence``."""
    kept = [e for e in merge([e for evs in per_doc for e in evs])
            if e.confidence >= min_confidence]
    s = score(docs, [event_to_record(e) for e in kept])
    p, r, f = s.prf
    return f"pairwise F1 {f:.3f} (P {p:.3f} R {r:.3f}); {s.no_event} reports with no event"


def write(weights: dict[str, float], bias: float) -> None:
    body = "".join(f'    "{k}": {v},\n' for k, v in weights.items())
    OUT.write_text(
        '"""The pairwise decision\'s weights: written by ``python training/train_merge.py``\n'
        '(do not edit)."""\n\n'
        f"WEIGHTS = {{\n{body}}}\nBIAS = {bias}\n", encoding="utf-8")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("path", nargs="?", type=Path, default=DATA)
    ap.add_argument("--events", type=Path, help="a cache of the pipeline's events (pickle)")
    ap.add_argument("--dry-run", action="store_true", help="print the weights, write nothing")
    ap.add_argument("--committed", action="store_true",
                    help="fit nothing: score the committed weights")
    a = ap.parse_args()
    docs = read_reports(a.path)
    train = [d for d in docs if d.get("split", "train") == "train"]
    held = [d for d in docs if d.get("split") == "held"]
    everything = train + undated(train) + held + undated(held)
    per_doc = dict(zip((d["id"] for d in everything), events_of(everything, a.events),
                       strict=True))
    xs, ys = [], []
    for part in (train, undated(train)):
        x, y = pairs([per_doc[d["id"]] for d in part], part)
        xs.append(x)
        ys.append(y)
    x, y = np.concatenate(xs), np.concatenate(ys)
    print(f"{len(train)} training reports (and as many undated), {len(held)} held aside; "
          f"{len(y)} training pairs, {int(y.sum())} positive")
    if a.committed:
        print(f"committed weights {decide.fitted.WEIGHTS} bias {decide.fitted.BIAS}")
    else:
        weights, bias = fit(x, y)
        print(f"weights {weights} bias {bias}")
        if not a.dry_run:
            write(weights, bias)
        decide.fitted.WEIGHTS, decide.fitted.BIAS = weights, bias
    for name, part in (("train", train), ("held", held), ("held, undated", undated(held))):
        for threshold in (0.0, DEFAULT_MIN_CONFIDENCE):
            print(f"  {name:13} ({len(part)} reports) at {threshold}: "
                  f"{merged_score([per_doc[d['id']] for d in part], part, threshold)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
