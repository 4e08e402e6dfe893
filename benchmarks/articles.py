"""The whole pipeline on the corpus's long articles, scored as the end-to-end scorer scores news.

    python benchmarks/articles.py [--slices longform longlocal] [--aside] [--min-confidence T]
                                  [--case as-is|upper|lower] [--published DATE] [--dump FILE]

The long-form slices of ``training/data/corpus`` lay articles out like real news (retellings,
quotes, captions, trials, casualty sentences around one or two events, and many articles with no
event). The shipped detector model was trained without them (see the README's training
paragraph), so they are the project's own estimate of what the held-back end-to-end set will
say: a check that needs no eval data. ``--aside`` keeps only the articles of the fixed aside
split (use it once a model is trained on these slices).

Each article runs through ``Pipeline`` as one document (title and sentences joined), events
folded within it as ``extract`` does (no merging across articles: they are unrelated). Each
report of an event (each mention) is then scored like ``events-e2e/score.py`` scores a system
event, with the corpus's sentence labels as gold:

- **matched**: it lies in a sentence labelled a real event in scope (``realis``, not
  ``background``, scope not ``crime``) of the same family (the six ACLED event types; each
  extra label its own), the first such report for that sentence;
- **tolerated**: it lies in a sentence labelled crime or background;
- **duplicate**: unmatched, but its family is among the article's labelled real events (the
  e2e scorer cannot tell a retelling from its lead either);
- **false**: anything else: a sentence with no real event, or a family the article never reports.

``--case upper`` (``lower``) gives each article's title and text in capitals (lower case),
character by character, before eventwire reads it: the figures of wire copy in capitals and of
lower-cased feeds. Gold sentences are found without regard to case, so the scoring is the same.
``--dump FILE`` writes each article's reports and how each was scored (JSON Lines), to compare
runs article by article.

Precision is matched / (matched + false). **split** counts the events beyond one per family
the article reports (see ``_split``): an estimate of what retellings kept apart cost there. Recall counts an article's (family) as found when a
report of that family matches one of its sentences: the corpus has no event ids, so two events
of one family in one article count once — recall here is per article and family.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from eventwire.casing import change_case
from eventwire.merge.evidence import reports
from eventwire.pipeline import Pipeline, clean_or_failure
from eventwire.records import Event, Failure, RawDocument
from eventwire.taxonomy import EXTRA_LABELS, event_type
from training.corpus import HELD_SLICES, LabelledSentence, is_aside, read_corpus

DEFAULT_SLICES = tuple(sorted(HELD_SLICES))
CASES: dict[str, Callable[[str], str]] = {
    "as-is": lambda t: t, "upper": lambda t: change_case(t, str.upper),
    "lower": lambda t: change_case(t, str.lower)}


def family(label: str | None) -> str | None:
    """The e2e scorer's family: the ACLED event type, or the extra label itself."""
    if label is None:
        return None
    return label if label in EXTRA_LABELS else event_type(label).event_type


@dataclass(frozen=True)
class Article:
    id: str
    title: str
    text: str
    sentences: tuple[LabelledSentence, ...]

    def sentence_of(self, evidence: str) -> LabelledSentence:
        """The labelled sentence an event's evidence sentence is (cleaning drops datelines and
        may split or join sentences differently, so offsets do not carry over): the one that
        shares most words with it, ties to the first."""
        words = set(evidence.lower().split())
        return max(self.sentences, key=lambda s: (len(words & set(s.text.lower().split()))
                                                  / max(1, len(s.text.split())), -s.index))


def articles(slices: Sequence[str], aside: bool, case: str = "as-is") -> list[Article]:
    """The slices' articles, title and text in ``case`` (the labelled sentences as written:
    ``Article.sentence_of`` compares words without regard to case)."""
    recase = CASES[case]
    by_id: dict[str, list[LabelledSentence]] = defaultdict(list)
    for s in read_corpus():
        if s.article.rsplit("-", 1)[0] in slices and (not aside or is_aside(s.article)):
            by_id[s.article].append(s)
    out = []
    for aid, sents in by_id.items():
        parts = [s.text for s in sents]
        out.append(Article(aid, recase(sents[0].title), recase(" ".join(parts)), tuple(sents)))
    return out


def required(s: LabelledSentence) -> bool:
    return s.real and not s.background and s.scope != "crime"


def tolerated(s: LabelledSentence) -> bool:
    return s.real and (s.background or s.scope == "crime")


@dataclass
class Tally:
    matched: int = 0
    false: int = 0
    dup: int = 0
    tolerated: int = 0
    gold: int = 0
    found: int = 0
    split: int = 0

    def line(self, name: str) -> str:
        p = self.matched / max(1, self.matched + self.false)
        r = self.found / max(1, self.gold)
        return (f"{name:<10} P {p:.3f}  R {r:.3f}  (matched {self.matched}, false {self.false}, "
                f"duplicates {self.dup}, tolerated {self.tolerated}; article-families "
                f"{self.found}/{self.gold}; split {self.split})")


def score(article: Article, events: Sequence[Event], tally: Tally, false_kinds: Counter,
          examples: list[str], min_confidence: float, log: list[dict] | None = None) -> None:
    """Tally one article's reports as ``events-e2e/score.py`` does: one report per labelled
    sentence matches (same family first; a report of another family on a sentence still
    unmatched is false), and the rest are tolerated, duplicates or false. ``log`` gets each
    report's outcome (see ``outcome``)."""
    log = [] if log is None else log
    gold_families = {family(s.label) for s in article.sentences if required(s)}
    any_families = {family(s.label) for s in article.sentences if s.real}
    tally.gold += len(gold_families)
    found_reports = [(e, article.sentence_of(m.evidence.sentence))
                     for e in events if e.confidence >= min_confidence for m in reports(e)]
    taken: set[int] = set()
    found: set[str | None] = set()
    rest = []
    for e, s in found_reports:          # first the reports of the sentence's own family
        fam = family(e.type.label)
        if required(s) and family(s.label) == fam and s.index not in taken:
            taken.add(s.index)
            found.add(fam)
            tally.matched += 1
            log.append(outcome("matched", e, s))
        else:
            rest.append((e, s))
    for e, s in rest:
        fam = family(e.type.label)
        if required(s) and s.index not in taken:
            taken.add(s.index)          # paired with the sentence, in the wrong family
            wrong = True
        elif tolerated(s):
            tally.tolerated += 1
            log.append(outcome("tolerated", e, s))
            continue
        else:
            wrong = fam not in any_families
        if not wrong:
            tally.dup += 1
            log.append(outcome("duplicate", e, s))
            continue
        tally.false += 1
        log.append(outcome("false", e, s))
        why = f"{e.type.label} for {s.label}" if s.real else (s.kind or "no event")
        false_kinds[why] += 1
        examples.append(f"{e.type.label:<18} {e.confidence:.2f} [{why}] {s.text[:100]}")
    tally.found += len(found & gold_families)
    tally.split += _split(article, events, min_confidence)


def _split(article: Article, events: Sequence[Event], min_confidence: float) -> int:
    """Events beyond one per family the article reports: a retelling kept as an event of its
    own. The e2e gold gives one event per happening, its evidence the lead, so such an event
    is false there though every report of it is a duplicate here (an article reporting two
    happenings of one family counts one too many)."""
    families = Counter(family(e.type.label) for e in events if e.confidence >= min_confidence)
    real = {family(s.label) for s in article.sentences if required(s)}
    return sum(n - 1 for f, n in families.items() if f in real)


def outcome(status: str, e: Event, s: LabelledSentence) -> dict:
    """One report as ``--dump`` writes it: how it was scored, against which sentence, and what
    eventwire read (label, confidence, place)."""
    place = e.location
    return {"status": status, "sentence": s.index, "gold": s.label if s.real else None,
            "label": e.type.label, "confidence": round(e.confidence, 3),
            "place": None if place is None else place.name,
            "place_text": None if place is None else place.text}


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--slices", nargs="+", default=list(DEFAULT_SLICES))
    ap.add_argument("--aside", action="store_true", help="only the aside split's articles")
    ap.add_argument("--min-confidence", type=float, default=None,
                    help="default: extract's default threshold")
    ap.add_argument("--show", type=int, default=15, help="false events to list")
    ap.add_argument("--model", type=Path, default=None,
                    help="a detector model file (training/train_detector.py --out FILE) "
                         "instead of the shipped one")
    ap.add_argument("--casing-table", type=Path, default=None,
                    help="a casing table (training/build_casing.py --out FILE) instead of the "
                         "shipped one")
    ap.add_argument("--case", choices=tuple(CASES), default="as-is",
                    help="read each article's title and text as written, in capitals or in "
                         "lower case")
    ap.add_argument("--published", type=date.fromisoformat, default=None,
                    help="give every article this publication date (YYYY-MM-DD), as news "
                         "has one: relative days are then anchored and compared by day")
    ap.add_argument("--dump", type=Path, default=None,
                    help="write each article's scored reports here (JSON Lines)")
    args = ap.parse_args(argv)
    from eventwire.events.model import DEFAULT_MIN_CONFIDENCE
    threshold = DEFAULT_MIN_CONFIDENCE if args.min_confidence is None else args.min_confidence
    arts = articles(args.slices, args.aside, args.case)
    raw = [RawDocument("corpus", a.text, "text", line=n + 1, title=a.title,
                       published=args.published)
           for n, a in enumerate(arts)]
    docs = [d for d in (clean_or_failure(r, None) for r in raw) if not isinstance(d, Failure)]
    detector = truecaser = None
    if args.model is not None:
        from eventwire.events import Detector
        from eventwire.events.model import load_model
        detector = Detector(load_model(args.model))
    if args.casing_table is not None:
        from eventwire.casing import Truecaser, load_table
        truecaser = Truecaser(load_table(args.casing_table))
    pipeline = Pipeline(detector=detector, truecaser=truecaser)
    t0 = time.process_time()
    results = {r.document.line if not isinstance(r, Failure) else r.line: r
               for r in pipeline.extract(docs)}
    cpu = time.process_time() - t0
    by_slice: dict[str, Tally] = defaultdict(Tally)
    total, kinds, examples, dump = Tally(), Counter(), [], []
    for n, a in enumerate(arts):
        result = results.get(n + 1)
        events = () if result is None or isinstance(result, Failure) else result.events
        score(a, events, by_slice[a.id.rsplit("-", 1)[0]], Counter(), [], threshold)
        log: list[dict] = []
        score(a, events, total, kinds, examples, threshold, log)
        dump.append({"article": a.id, "aside": is_aside(a.id), "reports": log})
    if args.dump is not None:
        args.dump.write_text("".join(json.dumps(d) + "\n" for d in dump), encoding="utf-8")
    print(f"{len(arts)} articles ({args.case}), {sum(len(a.sentences) for a in arts)} "
          f"sentences, confidence >= {threshold}, {cpu:.0f} CPU s")
    for name, t in sorted(by_slice.items()):
        print(t.line(name))
    print(total.line("all"))
    print("false events by what the sentence is (or label for gold label):", ", ".join(f"{k} {v}" for k, v in
                                                             kinds.most_common()))
    for line in examples[:args.show]:
        print("  " + line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
