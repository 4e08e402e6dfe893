"""Per-document misses of ``eventwire eval actors``: what each role got wrong, by class.

    python benchmarks/actors_misses.py FILE [--roles PerpInd,PerpOrg,Victim] [--all]

For every document of a MUC-4 file in GRIT's format (``tests/data/muc_actors/*.jsonl``), the
fillers eventwire predicted and the gold entities, scored as ``eventwire eval actors`` scores
them; prints the documents with a miss (or all with ``--all``) and per role the wrong fillers
(false positives) and the gold entities no filler matched (misses). Reading a held-aside file's
misses uses it up as an aside: run it on dev files.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from eventwire.evaluate.actors import (MIN_CONFIDENCE, PERP_VICTIM, ROLES, fillers,
                                       normalize, read_muc, score_document)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("path", type=Path)
    ap.add_argument("--roles", default=",".join(PERP_VICTIM))
    ap.add_argument("--all", action="store_true")
    args = ap.parse_args()
    from eventwire.pipeline import Pipeline, clean_or_failure
    from eventwire.records import Failure, RawDocument

    roles = args.roles.split(",")
    pipeline = Pipeline()
    for d in read_muc(args.path):
        doc = clean_or_failure(RawDocument(str(args.path), d.text, "text",
                                           url=f"urn:{d.docid}"), None)
        events = [] if isinstance(doc, Failure) else [
            e for r in pipeline.extract([doc]) if not isinstance(r, Failure)
            for e in r.events if e.confidence >= MIN_CONFIDENCE]
        found = fillers(d.text, events)
        scores = score_document(d.gold, found)
        bad = any(scores[r].right < max(scores[r].predicted, scores[r].gold) for r in roles)
        if not (bad or args.all):
            continue
        print(f"== {d.docid}: {d.text}")
        for e in events:
            a1 = e.actor1.text if e.actor1 else None
            a2 = e.actor2.text if e.actor2 else None
            assoc = e.actor1.assoc if e.actor1 else None
            print(f"   event {e.type.label} {e.confidence:.2f} a1={a1!r} ({assoc}) a2={a2!r} "
                  f"/ {e.evidence.sentence[:60]!r}")
        for r in roles:
            golds = [{normalize(m) for m in ent} for ent in d.gold.get(r, ())]
            preds = list(dict.fromkeys(normalize(p) for p in found.get(r, ())))
            fp = [p for p in preds if not any(p in g for g in golds)]
            miss = [ent[0] for ent, g in zip(d.gold.get(r, ()), golds)
                    if not any(p in g for p in preds)]
            if fp or miss:
                print(f"   {r:8} wrong={fp} missed={miss}")


if __name__ == "__main__":
    main()
