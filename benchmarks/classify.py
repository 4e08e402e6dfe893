"""Event typing speed on one core: snippets/s, with and without the spaCy parse.

    python benchmarks/classify.py [--shared ../shared] [--repeat 3]

Reads the CASE 2021 dev snippets from ``../shared/eval/case2021-task2/dev.tsv`` (read in place,
never copied) and prints:

* typing only: ``Detector.classify_text`` (cue scan + reasoning + actor lists, no parse) —
  what the issue's >= 500 snippets/s target is about;
* prefilter: ``Detector.is_candidate`` on the same texts;
* typing with the parse: ``nlp.pipe`` (en_core_web_sm, lemmatizer excluded as in the
  pipeline) + ``Detector.classify_snippet`` — the parse dominates.
Lexicons and the model are loaded before timing.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from eventwire.events import Detector
from eventwire.evaluate.events import read_case2021

HERE = Path(__file__).resolve().parent


def _rate(n: int, seconds: float) -> str:
    return f"{n / seconds:,.0f} snippets/s ({seconds * 1000 / n:.2f} ms each)"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=HERE.parent.parent / "shared")
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    texts = [t for t, _ in read_case2021(args.shared / "eval" / "case2021-task2" / "dev.tsv")]
    detector = Detector()
    detector.classify_text(texts[0])
    detector.is_candidate(texts[0])          # load lexicons before timing

    t = time.perf_counter()
    for _ in range(args.repeat):
        for text in texts:
            detector.classify_text(text)
    print("typing only (no parse):   ", _rate(len(texts) * args.repeat, time.perf_counter() - t))

    t = time.perf_counter()
    for _ in range(args.repeat):
        for text in texts:
            detector.is_candidate(text)
    print("prefilter is_candidate:   ", _rate(len(texts) * args.repeat, time.perf_counter() - t))

    from eventwire.nlp import load_pipeline
    nlp = load_pipeline()
    nlp(texts[0])
    t = time.perf_counter()
    for doc in nlp.pipe(texts, batch_size=64):
        detector.classify_snippet(doc)
    print("parse + typing (1 pass):  ", _rate(len(texts), time.perf_counter() - t))


if __name__ == "__main__":
    main()
