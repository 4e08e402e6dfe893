"""How precise the crowd-gathering rule (``eventwire/events/gatherings.py``) is on the training
corpus, per split: what ``GATHERING_CONFIDENCE`` is set from.

    python benchmarks/gatherings.py [--show N]

Parses every corpus sentence that names a gathering word (case restored first, as the pipeline
does) and prints, for the training part, the aside split and the held long-article slices: how
many sentences the rule fires on, how many of those report a real event in scope (what
``confidence`` means), how many a real protest or riot (the Protests and Riots families) and
which labels; and the share of all real protest and riot sentences of the split it reads.
``--show`` lists the sentences it fires on that are not real events in scope.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from eventwire.casing import Truecaser  # noqa: E402
from eventwire.events.detect import _realis  # noqa: E402
from eventwire.events.gatherings import GATHERING_CONFIDENCE, crowd_gathering  # noqa: E402
from eventwire.nlp import load_pipeline  # noqa: E402
from eventwire.taxonomy import LABELS  # noqa: E402
from training.corpus import HELD_SLICES, LabelledSentence, is_aside, read_corpus  # noqa: E402

# The Protests and Riots families (PEACE_PROTEST ... MOB_VIOL): what a gathering may turn into.
_PROTEST_FAMILIES = frozenset(label for label, info in LABELS.items()
                              if info.event_type in ("Protests", "Riots"))
# Only sentences naming one of these are parsed (the rule needs one of them to fire).
_GATHERING_WORD = re.compile(
    r"\b(?:protest\w*|demonstrat\w*|rall(?:y|ies|ied|ying)|march\w*|picket\w*|gather\w*|"
    r"assembl\w*|converg\w*|congregat\w*|massed|flock\w*|streets?|sit-ins?|vigils?|"
    r"processions?|chains?)\b", re.IGNORECASE)


def split_of(s: LabelledSentence) -> str:
    if s.article.rsplit("-", 1)[0] in HELD_SLICES:
        return "held"
    return "aside" if is_aside(s.article) else "train"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--show", type=int, default=20)
    args = ap.parse_args()
    nlp, truecaser = load_pipeline(), Truecaser()
    counts: Counter[tuple[str, str]] = Counter()
    labels: dict[str, Counter[str]] = {"train": Counter(), "aside": Counter(), "held": Counter()}
    rows = []
    for s in read_corpus():
        counts[(split_of(s), "protest")] += s.real and s.label in _PROTEST_FAMILIES
        if _GATHERING_WORD.search(s.text):
            rows.append(s)
    texts = [truecaser.restore(s.text) for s in rows]
    wrong: list[str] = []
    for s, parsed in zip(rows, nlp.pipe(texts, batch_size=256), strict=True):
        split, in_scope = split_of(s), s.real and s.scope != "crime"
        if not crowd_gathering(parsed, _realis):
            continue
        counts[(split, "fires")] += 1
        counts[(split, "in scope")] += in_scope
        counts[(split, "read")] += s.real and s.label in _PROTEST_FAMILIES
        labels[split][s.label if s.real else "not real"] += 1
        if not in_scope:
            wrong.append(f"  [{split}] {s.label} realis={s.realis} {s.kind}: {s.text[:120]}")
    print(f"GATHERING_CONFIDENCE = {GATHERING_CONFIDENCE}")
    for split in ("train", "aside", "held"):
        fires, ok, read = (counts[(split, k)] for k in ("fires", "in scope", "read"))
        protest = counts[(split, "protest")]
        print(f"{split:6} fires on {fires:4}: real in scope {ok} ({ok / max(1, fires):.3f}), real "
              f"protest/riot {read}; reads {read} of {protest} real protest/riot sentences "
              f"({read / max(1, protest):.3f})")
        print("         " + ", ".join(f"{k} {v}" for k, v in labels[split].most_common()))
    print(f"fired on, not a real event in scope ({len(wrong)}):")
    print("\n".join(wrong[:args.show]))


if __name__ == "__main__":
    main()
