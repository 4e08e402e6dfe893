"""Dates stage: TimeML scores against a dateparser-alone baseline, and speed.

    python benchmarks/dates.py ../shared/eval/te3-platinum
    python benchmarks/dates.py tests/dates/data/dev --misses     # each miss, no speed run

The baseline is dateparser's ``search_dates`` (languages=['en'], relative to the document
creation time), scored the same way as eventwire's :func:`find_timexes`.
"""

from __future__ import annotations

import sys
import time
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from eventwire.dates import find_timexes
from eventwire.evaluate.dates import (
    TimemlDocument,
    align,
    read_timeml,
    score_documents,
    tml_files,
    value_matches,
)


@dataclass(frozen=True, slots=True)
class _Found:
    span: tuple[int, int]
    value: str


def dateparser_timexes(text: str, anchor: date | None) -> list[_Found]:
    """dateparser alone: every expression search_dates finds, valued at the day."""
    from dateparser.search import search_dates
    settings = {"RELATIVE_BASE": datetime.combine(anchor, datetime.min.time())} if anchor else {}
    found = search_dates(text, languages=["en"], settings=settings) or []
    out, pos = [], 0
    for words, when in found:
        start = text.find(words, pos)
        if start < 0:
            continue
        pos = start + len(words)
        out.append(_Found((start, pos), when.date().isoformat()))
    return out


def print_misses(docs: list[TimemlDocument]) -> None:
    """Each gold expression missed or typed or valued wrong, and each spurious one."""
    for doc in docs:
        predicted = list(find_timexes(doc.text, doc.dct))
        paired = align(doc.timexes, predicted)
        for gold, pred in paired:
            words = doc.text[gold.span[0]:gold.span[1]]
            if pred is None:
                print(f"{doc.name}  MISSED  {gold.type} {gold.value}  {words!r}")
            elif pred.type != gold.type or not value_matches(pred.value, gold.value):
                print(f"{doc.name}  WRONG   {gold.type} {gold.value}  {words!r}  -> "
                      f"{pred.type} {pred.value} {pred.text!r}")
        used = {id(p) for _, p in paired if p is not None}
        for pred in predicted:
            if id(pred) not in used:
                print(f"{doc.name}  SPURIOUS  {pred.type} {pred.value}  {pred.text!r}")


def main(path: Path, misses: bool = False) -> None:
    docs = [read_timeml(p) for p in tml_files(path)]
    if misses:
        print_misses(docs)
        print(score_documents(docs, find_timexes).format_table())
        return
    for name, extract in (("dateparser alone", dateparser_timexes), ("eventwire", find_timexes)):
        t0 = time.perf_counter()
        scores = score_documents(docs, extract)
        took = time.perf_counter() - t0
        print(f"== {name} ({took * 1000 / len(docs):.1f} ms/doc)")
        print(scores.format_table())
    chars = sum(len(d.text) for d in docs)
    t0 = time.perf_counter()
    rounds = 20
    for _ in range(rounds):
        for d in docs:
            find_timexes(d.text, d.dct)
    took = time.perf_counter() - t0
    print(f"find_timexes: {rounds * chars / took / 1000:.0f} k chars/s "
          f"({took * 1000 / (rounds * len(docs)):.2f} ms per document)")


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if a != "--misses"]
    main(Path(args[0] if args else "../shared/eval/te3-platinum"), "--misses" in sys.argv)
