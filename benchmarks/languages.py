"""Events in other languages (eventwire/foreign) on the project's own short news items,
tests/data/languages_events/<code>.jsonl: about half report an event (its label given), half
are hard negatives (sport, business, politics, figurative "battles", anniversaries, trials,
threats); articles_<code>.jsonl are longer articles whose event sentences are marked;
realis_<code>.jsonl are visits, meetings and protests to come, plans, threats, denials and
negated events, and real events told beside such clauses (scored again on their own);
clauses_<code>.jsonl more of both (real events with a clause of what is to come, of a denied
toll or of what was announced; threats, calls, denials; sport and business told with
futures), and plain protests (scored again on their own). Each
item is in the dev split (used to calibrate and choose the threshold), the aside split
(measured only), or the fresh split (written after the reader was settled, measured once);
"held" is aside and fresh together. blind_<code>.jsonl (split "blind", 62 short items: 30
French, 10 Spanish, 10 Portuguese, 12 Arabic, about half events) were written in session 22
before that session's changes, and only their figures were read, before and after.

Per language: document-level precision and recall of "reports an event", and of the label
(a document counts when one of its events has the gold label); then, with ``--thresholds``,
precision and recall at each confidence threshold; with ``--fit``, the Platt scaling of the
model's score fitted on the dev split (the constant judge.CALIBRATION).

    python benchmarks/languages.py                  # aside and fresh
    python benchmarks/languages.py --split dev --thresholds
    python benchmarks/languages.py --fit --sets items,articles   # judge.CALIBRATION's items
    python benchmarks/languages.py --case upper     # the items in ALL CAPS (or lower)
    python benchmarks/languages.py --split blind --sets blind   # session 22's blind items
    python benchmarks/languages.py --split all --speed      # CPU seconds of the reading
    python benchmarks/languages.py --sets items,articles,realis   # some sets only

``--case upper|lower`` reads the items with their letters' case changed (offsets unchanged) and
also prints, against the items as written, how many events keep their label and their place
(places are not in the gold: the run as written is the reference).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from datetime import date
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from eventwire.casing import change_case  # noqa: E402
from eventwire.events.encoder import load_encoder  # noqa: E402
from eventwire.events.model import load_model  # noqa: E402
from eventwire.foreign import ForeignReader  # noqa: E402
from eventwire.foreign.judge import Verdict, judge  # noqa: E402
from eventwire.foreign.realis import real_part  # noqa: E402
from eventwire.foreign.reader import MIN_CONFIDENCE, is_event  # noqa: E402
from eventwire.foreign.sentences import split_sentences  # noqa: E402
from eventwire.foreign.typer import load_typer  # noqa: E402
from eventwire.records import Document, document_id  # noqa: E402
from eventwire.taxonomy import EXTRA_LABELS, event_type  # noqa: E402

DATA = ROOT / "tests" / "data" / "languages_events"
# The publication date the items are read as published on (they name weekdays, "yesterday").
PUBLISHED = date(2026, 3, 10)
THRESHOLDS = (0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8)


# The sets of items, by the file names' prefix ("items": the files named by a language code).
SETS = ("items", "articles", "realis", "clauses", "blind")
# Sets printed apart as well.
APART = ("realis", "clauses")


def items(split: str, sets: tuple[str, ...] = SETS) -> list[dict]:
    rows = [{**json.loads(line), "set": _set(path)}
            for path in sorted(DATA.glob("*.jsonl"))
            for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    wanted = {"held": {"aside", "fresh"}, "all": {"dev", "aside", "fresh"}}.get(split, {split})
    return [r for r in rows if r["split"] in wanted and r["set"] in sets]


def _set(path: Path) -> str:
    return path.stem.split("_")[0] if "_" in path.stem else "items"


def document(row: dict) -> Document:
    return Document(document_id(row["text"]), row["text"], row["id"], published=PUBLISHED,
                    language=row["language"])


def verdicts(rows: list[dict], model, encoder) -> list[list[tuple[str, Verdict]]]:
    """Each document's sentences with the model's verdicts."""
    out = []
    for r in rows:
        sentences = [s.text for s in split_sentences(r["text"], r["language"])]
        out.append(list(zip(sentences, judge(model, encoder, sentences, range(len(sentences))),
                            strict=True)))
    return out


def scores(rows: list[dict], model, encoder) -> list[float]:
    """Each document's best sentence score (the model's, uncalibrated)."""
    return [max(v.judgement.score for _, v in doc) for doc in verdicts(rows, model, encoder)]


def fit(rows: list[dict], model, encoder) -> tuple[float, float]:
    """Platt scaling of logit(score) on the documents: logistic regression by Newton steps."""
    s = np.clip(np.array(scores(rows, model, encoder)), 1e-6, 1 - 1e-6)
    x = np.stack([np.log(s / (1 - s)), np.ones(len(s))], axis=1)
    y = np.array([r["label"] is not None for r in rows], dtype=float)
    w = np.zeros(2)
    for _ in range(50):
        p = 1 / (1 + np.exp(-x @ w))
        hessian = x.T @ (x * (p * (1 - p))[:, None]) + 1e-6 * np.eye(2)
        w -= np.linalg.solve(hessian, x.T @ (p - y))
    return float(w[0]), float(w[1])


def pr(tp: int, predicted: int, gold: int) -> str:
    p = tp / predicted if predicted else float("nan")
    r = tp / gold if gold else float("nan")
    return f"{p:5.3f} {r:5.3f}"


CASES = {"upper": str.upper, "lower": str.lower}


def recased(row: dict, case: str) -> dict:
    change = CASES[case]
    return {**row, "text": change_case(row["text"], change),
            "events": [change_case(e, change) for e in row["events"]]}


def measure(rows: list[dict], reader: ForeignReader, case: str | None = None) -> None:
    read = [(r, reader.read(document(r))) for r in rows]
    print(f"events kept at calibrated confidence >= {MIN_CONFIDENCE}")
    if case is None:
        table(read)
        for name in APART:
            apart = [(r, events) for r, events in read if r["set"] == name]
            if apart:
                print(f"of which the {name} items ({name}_<code>.jsonl: unreal events, and "
                      "real ones told beside them):")
                table(apart)
                print(realis_alone([r for r, _ in apart]))
        return
    changed = [(recased(r, case), reader.read(document(recased(r, case)))) for r in rows]
    print(f"in {case} case:")
    table(changed)
    print(f"against the items as written: {against(read, changed)}")


def realis_alone(rows: list[dict]) -> str:
    """The realis check alone, with no model: of the items telling nothing real, how many it
    leaves nothing of; of the real ones, how many it leaves a part of (foreign.realis)."""
    unreal = [r for r in rows if r["label"] is None]
    real = [r for r in rows if r["label"] is not None]
    cut = sum(real_part(r["text"], r["language"]) is None for r in unreal)
    kept = sum(real_part(r["text"], r["language"]) is not None for r in real)
    return (f"the realis check alone: {cut} of {len(unreal)} unreal items read unreal, "
            f"{kept} of {len(real)} real items keep a real part")


def against(written: list[tuple[dict, tuple]], changed: list[tuple[dict, tuple]]) -> str:
    """Events of the changed case at a sentence and label the written run has, and of those
    the share placed at the same GeoNames id (or both without a place)."""
    def where(e):
        return e.location.geonameid if e.location else None

    same = placed = n = 0
    for (_, a), (_, b) in zip(written, changed, strict=True):
        n += len(b)
        ref = {(e.evidence.span, e.type.label): where(e) for e in a}
        for e in b:
            if (key := (e.evidence.span, e.type.label)) in ref:
                same += 1
                placed += ref[key] == where(e)
    total = sum(len(a) for _, a in written)
    return (f"{same} of {n} events at a sentence and label read as written ({total} events "
            f"there); same place {placed} of {same}; with a place: as written "
            f"{sum(e.location is not None for _, a in written for e in a)}, changed "
            f"{sum(e.location is not None for _, b in changed for e in b)}")


def right_event(row: dict, event) -> bool:
    """An event read from a sentence the item marks as telling its real event."""
    return any(said in event.evidence.sentence or event.evidence.sentence in said
               for said in row["events"])


def table(read: list[tuple[dict, tuple]]) -> None:
    """Document-level precision and recall of "an event" and of the label, then event-level
    precision (events read from a sentence that tells the item's event) and how many of the
    events read have a place (places are not in the gold)."""
    by_lang: dict[str, list[tuple[dict, list]]] = defaultdict(list)
    for r, events in read:
        by_lang[r["language"]].append((r, list(events)))
    print("lang  docs  events | doc P  doc R | label P label R | type P  type R | read  event P"
          " placed")
    for lang, found in sorted(by_lang.items()) + [("all", [x for v in by_lang.values()
                                                             for x in v])]:
        gold = sum(r["label"] is not None for r, _ in found)
        predicted = sum(bool(events) for _, events in found)
        tp = sum(bool(events) and r["label"] is not None for r, events in found)
        label_tp = sum(r["label"] in {e.type.label for e in events} for r, events in found)
        type_tp = sum(r["label"] is not None and family(r["label"]) in
                      {family(e.type.label) for e in events} for r, events in found)
        n = sum(len(events) for _, events in found)
        right = sum(right_event(r, e) for r, events in found for e in events)
        placed = sum(e.location is not None for _, events in found for e in events)
        print(f"{lang:4s} {len(found):5d} {gold:7d} | {pr(tp, predicted, gold)} | "
              f"{pr(label_tp, predicted, gold)} | {pr(type_tp, predicted, gold)} | "
              f"{n:4d}  {pr(right, n, 1)[:5]} {placed:6d}")


def family(label: str) -> str:
    """The label's ACLED event type (each extra label its own), as the end-to-end scorer
    matches events."""
    return label if label in EXTRA_LABELS else event_type(label).event_type


def sweep(rows: list[dict], model, encoder) -> None:
    """Precision and recall at each threshold: of documents, and of sentences (a sentence is
    right when the item marks it as telling its event); the sentences read wrongly with a
    label the reader leaves out (reader.UNREAD_LABELS), and the same with them left out."""
    judged = verdicts(rows, model, encoder)
    gold = sum(r["label"] is not None for r in rows)
    print("threshold | doc P  doc R | sentences read, wrong, wrong with an unread label "
          "| doc P  doc R  wrong, labels left out")
    for t in THRESHOLDS:
        cells = []
        for keep in (lambda v: v.confidence >= t, lambda v: is_event(v, t)):
            read = [[s for s, v in doc if keep(v)] for doc in judged]
            predicted = sum(bool(x) for x in read)
            tp = sum(bool(x) and r["label"] is not None for r, x in zip(rows, read, strict=True))
            wrong = [(r, s) for r, x in zip(rows, read, strict=True) for s in x
                     if not any(said in s or s in said for said in r["events"])]
            cells.append((pr(tp, predicted, gold), sum(map(len, read)), wrong))
        (all_pr, n, wrong), (kept_pr, _, wrong_kept) = cells
        unread = len(wrong) - len(wrong_kept)
        print(f"{t:9.2f} | {all_pr} | {n:4d} {len(wrong):4d} {unread:4d} | {kept_pr} "
              f"{len(wrong_kept):4d}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--split", default="held",
                        choices=("held", "aside", "fresh", "dev", "blind", "all"))
    parser.add_argument("--sets", default=",".join(SETS),
                        help=f"comma-separated sets of items (of {', '.join(SETS)})")
    parser.add_argument("--thresholds", action="store_true")
    parser.add_argument("--fit", action="store_true")
    parser.add_argument("--model-labels", action="store_true",
                        help="type with the detector model's labels instead of the typer's")
    parser.add_argument("--case", choices=sorted(CASES),
                        help="read the items in ALL CAPS or lower case too")
    parser.add_argument("--speed", action="store_true",
                        help="print the CPU seconds of the reading instead (one warm-up item)")
    args = parser.parse_args()
    model, encoder = load_model(), load_encoder()
    sets = tuple(args.sets.split(","))
    if unknown := set(sets) - set(SETS):
        parser.error(f"unknown sets: {', '.join(sorted(unknown))}")
    if args.fit:
        dev = items("dev", sets)
        a, b = fit(dev, model, encoder)
        print(f"CALIBRATION = ({a:.3f}, {b:.3f})  # fitted on {len(dev)} dev documents")
        return
    rows = items(args.split, sets)
    print(f"split {args.split}, sets {','.join(sets)}: {len(rows)} documents")
    if args.thresholds:
        sweep(rows, model, encoder)
    from eventwire.places import Geoparser, load_gazetteer
    geoparser = Geoparser(load_gazetteer())
    typer = None if args.model_labels else load_typer()
    reader = ForeignReader(model, encoder, lambda: geoparser, max_sentences=1_000, typer=typer)
    if args.speed:
        speed(rows, reader, args.case)
        return
    measure(rows, reader, args.case)


def speed(rows: list[dict], reader: ForeignReader, case: str | None) -> None:
    """CPU seconds of reading ``rows`` (in ``case``), after one warm-up item (the gazetteer
    and the Arabic names load then; the encoder's vocabulary, for caseless lines, loads in
    the timed part)."""
    import time

    docs = [document(recased(r, case) if case else r) for r in rows]
    reader.read(docs[0])
    start = time.process_time()
    for doc in docs:
        reader.read(doc)
    spent = time.process_time() - start
    chars = sum(len(d.text) for d in docs)
    print(f"{len(docs)} documents, {chars:,} characters{f' in {case} case' if case else ''}: "
          f"{spent:.1f} CPU s, {chars / spent:,.0f} characters per CPU second")


if __name__ == "__main__":
    main()
