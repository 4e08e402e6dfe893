"""How the sentence splitter cuts the project's own articles: each article's written sentences
joined by spaces and split again with :func:`eventwire.nlp.split_sentences`.

Prints how many written sentences come back whole, how many pieces hold two or more written
sentences (merged: an event in the second is read with the first's), how many pieces hold part
of one (split), and ``--show`` examples of each. The held slices (``HELD_SLICES``) are left out:
they are test sets, not for finding errors. Radio transcripts written without punctuation
(``registers-*``) cannot be split by any rule and account for most merged pieces.

    python benchmarks/sentences.py [--show N]
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from eventwire.nlp import split_sentences  # noqa: E402
from training.corpus import HELD_SLICES, read_corpus  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--show", type=int, default=10, help="examples of merged and split pieces")
    args = ap.parse_args()
    articles: dict[str, list[str]] = defaultdict(list)
    for s in read_corpus():
        if s.article.rsplit("-", 1)[0] not in HELD_SLICES:
            articles[s.article].append(s.text)
    whole, merged, split = 0, [], []
    for name, written in articles.items():
        pieces = [p.text for p in split_sentences(" ".join(written))]
        kept = set(pieces)
        whole += sum(w in kept for w in written)
        own = set(written)
        for p in pieces:
            if p not in own:
                (merged if sum(w in p for w in written) >= 2 else split).append((name, p))
    total = sum(len(w) for w in articles.values())
    print(f"{len(articles)} articles, {total} written sentences: {whole} whole, "
          f"{len(merged)} pieces merging two or more, {len(split)} pieces of one")
    for kind, rows in (("merged", merged), ("split", split)):
        for name, piece in rows[:args.show]:
            print(f"  {kind:6s} {name}: {piece[:140]}")


if __name__ == "__main__":
    main()
