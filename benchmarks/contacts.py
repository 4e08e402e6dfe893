"""How precise the diplomatic-contact rule (``eventwire/events/contacts.py``) is on the training
corpus, per split: what ``CONTACT_CONFIDENCE`` is set from.

    python benchmarks/contacts.py [--show N]

Parses every corpus sentence that names a contact word and prints, for the training part, the
aside split and the held long-article slices: how many sentences the rule fires on, how many of
those report a real event in scope (what ``confidence`` means) and how many a real DIPLO event;
and the share of real DIPLO sentences it reads. ``--show`` lists the sentences it fires on that
are not real DIPLO events.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from eventwire.events.contacts import CONTACT_CONFIDENCE, diplomatic_contact  # noqa: E402
from eventwire.events.detect import _realis  # noqa: E402
from eventwire.nlp import load_pipeline  # noqa: E402
from training.corpus import HELD_SLICES, LabelledSentence, is_aside, read_corpus  # noqa: E402

# Only sentences naming one of these are parsed (the rule needs one of them to fire).
_CONTACT_WORD = re.compile(r"\b(?:meet\w*|met|spok\w*|speak\w*|talk\w*|phon\w*|telephon\w*|"
                           r"calls?|conversations?|confer\w*)\b", re.IGNORECASE)


def split_of(s: LabelledSentence) -> str:
    if s.article.rsplit("-", 1)[0] in HELD_SLICES:
        return "held"
    return "aside" if is_aside(s.article) else "train"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--show", type=int, default=20)
    args = ap.parse_args()
    nlp = load_pipeline()
    rows = [s for s in read_corpus() if _CONTACT_WORD.search(s.text)]
    counts: Counter[tuple[str, str]] = Counter()
    wrong: list[str] = []
    for s, parsed in zip(rows, nlp.pipe([s.text for s in rows], batch_size=256), strict=True):
        split, diplo = split_of(s), s.real and s.label == "DIPLO"
        counts[(split, "diplo")] += diplo
        if not diplomatic_contact(parsed, _realis):
            continue
        counts[(split, "fires")] += 1
        counts[(split, "in scope")] += s.real and s.scope != "crime"
        counts[(split, "read")] += diplo
        if not diplo:
            wrong.append(f"  [{split}] {s.label} realis={s.realis} {s.kind}: {s.text[:120]}")
    print(f"CONTACT_CONFIDENCE = {CONTACT_CONFIDENCE}")
    for split in ("train", "aside", "held"):
        fires = counts[(split, "fires")]
        print(f"{split:6} fires on {fires:4}: real in scope {counts[(split, 'in scope')]} "
              f"({counts[(split, 'in scope')] / max(1, fires):.3f}), real DIPLO "
              f"{counts[(split, 'read')]}; reads {counts[(split, 'read')]} of "
              f"{counts[(split, 'diplo')]} real DIPLO sentences")
    print(f"fired on, not a real DIPLO event ({len(wrong)}):")
    print("\n".join(wrong[:args.show]))


if __name__ == "__main__":
    main()
