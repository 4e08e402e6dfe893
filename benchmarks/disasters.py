"""How precise the disaster rule (``eventwire/events/disasters.py``) is on the training corpus,
per split: what ``DISASTER_CONFIDENCE`` is set from.

    python benchmarks/disasters.py [--show N] [--split train|aside|held]

Parses every corpus sentence that names a hazard or accident word (case restored first, as the
pipeline does) and prints, for the training part, the aside split and the held long-article
slices: how many sentences the rule fires on, how many of those report a real event in scope
(what ``confidence`` means), how many a real disaster of the label it returns, and the share
of all real disaster sentences of the split it reads. ``--show`` lists the sentences of one
split (``--split``; the training part by default, the others are for checking) it fires on
that are not real events in scope, then those whose label is not the one it returns.
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
from eventwire.events.disasters import DISASTER_CONFIDENCE, disaster  # noqa: E402
from eventwire.nlp import load_pipeline  # noqa: E402
from training.corpus import HELD_SLICES, LabelledSentence, is_aside, read_corpus  # noqa: E402

_DISASTERS = frozenset({"NATURAL_DISASTER", "MAN_MADE_DISASTER"})
# Only sentences naming one of these are parsed (the rule needs one of them to fire).
_HAZARD_WORD = re.compile(
    r"\b(?:earthquakes?|quakes?|tremors?|aftershocks?|flood\w*|storms?|hurricanes?|typhoons?|"
    r"cyclones?|tornado\w*|twisters?|wildfires?|bushfires?|\w*slides?|landslips?|avalanches?|"
    r"tsunamis?|eruptions?|volcano|rain\w*|downpours?|deluge|monsoon|blizzards?|snowstorms?|"
    r"hailstorms?|lightning|heatwaves?|cloudburst|surge|winds|gales|explo\w*|blasts?|fires?|"
    r"blazes?|inferno|leaks?|fireball|collaps\w*|caved|capsiz\w*|sank|sunk|sinking|derail\w*|"
    r"crash\w*|collid\w*|collisions?|plunged|overturned|stampede|burst)\b", re.IGNORECASE)


def split_of(s: LabelledSentence) -> str:
    if s.article.rsplit("-", 1)[0] in HELD_SLICES:
        return "held"
    return "aside" if is_aside(s.article) else "train"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--show", type=int, default=20)
    ap.add_argument("--split", default="train", help="whose wrong firings --show lists")
    args = ap.parse_args()
    nlp, truecaser = load_pipeline(), Truecaser()
    counts: Counter[tuple[str, str]] = Counter()
    rows = []
    for s in read_corpus():
        counts[(split_of(s), "disaster")] += s.real and s.label in _DISASTERS
        if _HAZARD_WORD.search(s.text):
            rows.append(s)
    texts = [truecaser.restore(s.text) for s in rows]
    wrong: list[str] = []
    mislabelled: list[str] = []
    for s, parsed in zip(rows, nlp.pipe(texts, batch_size=256), strict=True):
        split, in_scope = split_of(s), s.real and s.scope != "crime"
        label = disaster(parsed, _realis)
        if label is None:
            continue
        counts[(split, "fires")] += 1
        counts[(split, "in scope")] += in_scope
        counts[(split, "read")] += s.real and s.label in _DISASTERS
        counts[(split, "right")] += s.real and s.label == label
        line = f"  [{split}] {s.label} realis={s.realis} {s.kind} -> {label}: {s.text[:130]}"
        if split == args.split and not in_scope:
            wrong.append(line)
        elif split == args.split and s.label != label:
            mislabelled.append(line)
    print(f"DISASTER_CONFIDENCE = {DISASTER_CONFIDENCE}")
    for split in ("train", "aside", "held"):
        fires, ok, read, right = (counts[(split, k)] for k in ("fires", "in scope", "read",
                                                                "right"))
        real = counts[(split, "disaster")]
        print(f"{split:6} fires on {fires:4}: real in scope {ok} ({ok / max(1, fires):.3f}), real "
              f"disaster {read}, of the label returned {right} ({right / max(1, fires):.3f}); "
              f"reads {read} of {real} real disaster sentences ({read / max(1, real):.3f})")
    print(f"[{args.split}] fired on, not a real event in scope ({len(wrong)}):")
    print("\n".join(wrong[:args.show]))
    print(f"[{args.split}] fired on a real event in scope of another label ({len(mislabelled)}):")
    print("\n".join(mislabelled[:args.show]))


if __name__ == "__main__":
    main()
