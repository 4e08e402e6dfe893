"""Events found in the same texts written in mixed case, ALL CAPS and lower case.

    python benchmarks/case.py [--limit N] [--no-restore]

Texts: the mixed-case articles (wire, local, radio, translated registers) of the training
corpus's aside split (``training.corpus.is_aside``: never trained on, nor used to build the
casing table), each article's sentences joined into one paragraph so that sentence splitting
is tested too; and the example articles of ``examples/``. Each text is upper- and lower-cased
character by character (offsets unchanged) and read by the whole pipeline.

Prints, per case: sentences split (against the corpus's own sentences); events kept at the
default ``--min-confidence`` outside the crime scope; sentence-level event precision and recall
against the corpus labels (a real event in scope, as ``benchmarks/detector.py`` counts them) and
label accuracy; precision and recall of (sentence, label) against the mixed-case run, and the
share of those events placed where the mixed-case run placed them. ``--no-restore`` turns case
restoration off (the figures before it).
"""

from __future__ import annotations

import argparse
import bisect
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from eventwire.casing import WORD, change_case  # noqa: E402
from eventwire.events.model import DEFAULT_MIN_CONFIDENCE  # noqa: E402
from eventwire.nlp import split_sentences  # noqa: E402
from eventwire.pipeline import Pipeline  # noqa: E402
from eventwire.records import Document, Failure, document_id  # noqa: E402
from training.corpus import LabelledSentence, is_aside, read_corpus  # noqa: E402

MIXED_REGISTERS = frozenset({"wire", "local", "radio", "translated"})
CASES: dict[str, Callable[[str], str]] = {
    "mixed": lambda t: t, "upper": lambda t: change_case(t, str.upper),
    "lower": lambda t: change_case(t, str.lower)}


@dataclass(frozen=True, slots=True)
class Article:
    doc: Document
    starts: tuple[int, ...]             # each corpus sentence's offset in the text
    gold: frozenset[int]                # sentences that report a real event in scope
    labels: dict[int, str]


def corpus_articles(limit: int | None) -> list[Article]:
    by_article: dict[str, list[LabelledSentence]] = defaultdict(list)
    for s in read_corpus():
        if s.register in MIXED_REGISTERS and is_aside(s.article):
            by_article[s.article].append(s)
    out = []
    for name, sents in list(by_article.items())[:limit]:
        starts, pos = [], 0
        for s in sents:
            starts.append(pos)
            pos += len(s.text) + 1
        text = " ".join(s.text for s in sents)
        gold = {i for i, s in enumerate(sents) if s.real and s.scope != "crime"}
        out.append(Article(Document(document_id(text), text, f"corpus:{name}", title=sents[0].title),
                           tuple(starts), frozenset(gold),
                           {i: s.label for i, s in enumerate(sents) if i in gold}))
    return out


def example_documents() -> list[Document]:
    docs = Pipeline().read([str(ROOT / "examples")])
    return [d for d in docs if not isinstance(d, Failure)]


def recased(doc: Document, change: Callable[[str], str]) -> Document:
    text = change(doc.text)
    return replace(doc, id=document_id(text), text=text,
                   title=change(doc.title) if doc.title else doc.title)


def events(pipeline: Pipeline, docs: Sequence[Document]) -> dict[str, dict[int, tuple]]:
    """Per document source: evidence start -> (label, place name) of the events kept."""
    out: dict[str, dict[int, tuple]] = {d.source: {} for d in docs}
    for result in pipeline.extract(docs):
        if isinstance(result, Failure):
            print(f"  failure: {result.source}: {result.message}")
            continue
        for e in result.events:
            if e.confidence >= DEFAULT_MIN_CONFIDENCE and e.scope != "crime":
                out[result.document.source][e.evidence.span[0]] = (
                    e.type.label, e.location.name if e.location else None)
    return out


def ratio(a: int, b: int) -> float:
    return a / b if b else 0.0


def compare(found: dict[str, dict[int, tuple]], mixed: dict[str, dict[int, tuple]]) -> str:
    mine = {(d, s, v[0]) for d, evs in found.items() for s, v in evs.items()}
    ref = {(d, s, v[0]) for d, evs in mixed.items() for s, v in evs.items()}
    both = mine & ref
    placed = sum(found[d][s][1] == mixed[d][s][1] for d, s, _ in both)
    return (f"against mixed case: P {ratio(len(both), len(mine)):.3f} "
            f"R {ratio(len(both), len(ref)):.3f}, same place {ratio(placed, len(both)):.3f}")


def against_gold(articles: Sequence[Article], found: dict[str, dict[int, tuple]]) -> str:
    tp = fp = right_label = 0
    for a in articles:
        hit: dict[int, str] = {}
        for start, (label, _) in found[a.doc.source].items():
            hit[bisect.bisect_right(a.starts, start) - 1] = label
        tp += len(hit.keys() & a.gold)
        fp += len(hit.keys() - a.gold)
        right_label += sum(hit[i] == a.labels[i] for i in hit.keys() & a.gold)
    gold = sum(len(a.gold) for a in articles)
    return (f"against the labels: P {ratio(tp, tp + fp):.3f} R {ratio(tp, gold):.3f} "
            f"label accuracy {ratio(right_label, tp):.3f}")


def restored_words(pipeline: Pipeline, articles: Sequence[Article],
                   change: Callable[[str], str]) -> str:
    """The share of words whose case restoration gives back as written (all words, and the
    words written with a capital)."""
    n = right = capital = capital_right = 0
    for a in articles:
        restored = pipeline.cased_text(change(a.doc.text))
        for m in WORD.finditer(a.doc.text):
            same = restored[m.start():m.end()] == m.group()
            n, right = n + 1, right + same
            if m.group()[0].isupper():
                capital, capital_right = capital + 1, capital_right + same
    return (f"words restored as written {ratio(right, n):.3f} "
            f"(capitalised words {ratio(capital_right, capital):.3f})")


def restoration_speed(pipeline: Pipeline, docs: Sequence[Document]) -> str:
    """Characters per second of case restoration alone (the table loaded before timing)."""
    pipeline.cased_text("A B C D")
    t0 = time.perf_counter()
    for d in docs:
        pipeline.cased_text(d.text)
    seconds = time.perf_counter() - t0
    return f"case restoration {sum(len(d.text) for d in docs) / seconds:,.0f} characters/s"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--limit", type=int, default=None, help="corpus articles to read")
    ap.add_argument("--no-restore", action="store_true", help="case restoration off")
    args = ap.parse_args()
    articles = corpus_articles(args.limit)
    examples = example_documents()
    gold_sentences = sum(len(a.starts) for a in articles)
    print(f"{len(articles)} aside corpus articles ({gold_sentences} sentences, "
          f"{sum(len(a.gold) for a in articles)} real events in scope), "
          f"{len(examples)} example documents; min confidence {DEFAULT_MIN_CONFIDENCE}; "
          f"case restoration {'off' if args.no_restore else 'on'}")
    pipeline = Pipeline(restore_case=not args.no_restore)
    mixed_corpus = mixed_examples = None
    for case, change in CASES.items():
        t0 = time.perf_counter()
        docs = [recased(a.doc, change) for a in articles]
        split = sum(len(split_sentences(pipeline.cased_text(d.text))) for d in docs)
        found = events(pipeline, docs)
        found_ex = events(pipeline, [recased(d, change) for d in examples])
        labels = Counter(v[0] for evs in found.values() for v in evs.values())
        restored = restoration_speed(pipeline, docs)
        print(f"{case}: {split} sentences split; {sum(labels.values())} events "
              f"({', '.join(f'{k} {n}' for k, n in labels.most_common(5))}, ...); "
              f"{against_gold(articles, found)}; {time.perf_counter() - t0:.0f} s "
              f"({restored})")
        if mixed_corpus is None:
            mixed_corpus, mixed_examples = found, found_ex
        else:
            print(f"  corpus {compare(found, mixed_corpus)}; "
                  f"{restored_words(pipeline, articles, change)}")
        print(f"  examples: {sum(len(v) for v in found_ex.values())} events"
              + (f"; {compare(found_ex, mixed_examples)}" if case != "mixed" else ""))


if __name__ == "__main__":
    main()
