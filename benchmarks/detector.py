"""The detector's model on the corpus split kept aside from training: how good, how calibrated,
how fast.

    python benchmarks/detector.py

Prints, for the aside split of ``training/data/corpus`` (never trained on):
- event precision / recall / F1 at several confidence thresholds (an event = a sentence that
  reports a real event in scope), and the rules alone for comparison;
- label accuracy and macro F1 on the real events;
- the reliability table: in each confidence bin, the mean confidence against the share of
  sentences that really report an event in scope; and the same of ``confidence_with_crime``
  against the share that report a real event, ordinary crime counted;
- per slice of the corpus (the long-form articles are the nearest to real news), precision and
  recall at the default threshold, precision when the label's family must be right too (as the
  end-to-end scorer asks), and what the false events are (their ``kind``, or crime);
- the encoder's speed (sentences per second on one core) and load time.
"""

from __future__ import annotations

import sys
import time
from collections import Counter
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from eventwire.events.features import LABEL_ORDER, RULE_VOTES  # noqa: E402
from eventwire.events.model import DEFAULT_MIN_CONFIDENCE, load_model  # noqa: E402
from eventwire.taxonomy import LABELS  # noqa: E402
from training.corpus import is_aside, read_corpus  # noqa: E402
from training.train_detector import features  # noqa: E402

THRESHOLDS = (0.3, 0.5, 0.6, 0.7, 0.8, 0.9)
BINS = 10


def prf(pred: np.ndarray, gold: np.ndarray) -> tuple[float, float, float]:
    tp = float((pred & gold).sum())
    p, r = tp / max(1, pred.sum()), tp / max(1, gold.sum())
    return p, r, 2 * p * r / max(1e-9, p + r)


def main() -> int:
    sentences = list(read_corpus())
    f = features(sentences)
    aside = np.flatnonzero([is_aside(s.article) for s in sentences])
    model = load_model()
    gold = np.array([sentences[i].real and sentences[i].scope != "crime" for i in aside])
    judged = model.judge(f.sentences[aside])
    conf = np.where(f.candidate[aside], [model.confidence(j.score) for j in judged], 0.0)
    print(f"aside split: {len(aside)} sentences ({int(f.candidate[aside].sum())} pass the "
          f"prefilter), {int(gold.sum())} real events in scope, of which "
          f"{f.candidate[aside][gold].mean():.3f} pass the prefilter")
    n = len(LABEL_ORDER)
    rules = f.sentences[aside][:, RULE_VOTES + n:RULE_VOTES + 2 * n].any(axis=1)
    print("rules alone: P %.3f R %.3f F1 %.3f" % prf(rules & f.candidate[aside], gold))
    for t in THRESHOLDS:
        print(f"confidence >= {t}: P %.3f R %.3f F1 %.3f" % prf(conf >= t, gold))
    real = [n for n, i in enumerate(aside) if sentences[i].real]
    right, per = Counter(), Counter()
    for n in real:
        label, want = judged[n].label, sentences[aside[n]].label
        per[(want, "gold")] += 1
        per[(label, "pred")] += 1
        right[label] += label == want
    labels = {sentences[aside[n]].label for n in real}
    f1s = [2 * right[lb] / max(1, per[(lb, "gold")] + per[(lb, "pred")]) for lb in labels]
    print(f"labels on real events: accuracy {sum(right.values()) / max(1, len(real)):.3f}, "
          f"macro F1 {np.mean(f1s):.3f} ({len(labels)} labels); without the rules' votes: "
          f"accuracy {_without_votes(model, f.sentences[aside][real], sentences, aside[real]):.3f}")
    _reliability("confidence", conf, gold, "share real in scope")
    real_any = np.array([sentences[i].real for i in aside])
    with_crime = np.where(f.candidate[aside], [model.confidence_with_crime(j) for j in judged],
                          0.0)
    _reliability("confidence_with_crime (--include-crime)", with_crime, real_any,
                 "share real, crime counted")
    _slices(sentences, aside, judged, conf, gold)
    _speed([sentences[i].text for i in aside])
    return 0


def _reliability(name: str, conf: np.ndarray, gold: np.ndarray, what: str) -> None:
    """In each confidence bin: how many, the mean confidence, the share that ``gold`` holds."""
    print(f"reliability of {name} (bin: n, mean confidence, {what}):")
    for b in range(BINS):
        lo, hi = b / BINS, (b + 1) / BINS
        sel = (conf >= lo) & ((conf < hi) if b < BINS - 1 else (conf <= hi))
        if sel.any():
            print(f"  {lo:.1f}-{hi:.1f}: {int(sel.sum()):5d}  {conf[sel].mean():.3f}  "
                  f"{gold[sel].mean():.3f}")


def _slices(sentences: list, aside: np.ndarray, judged: list, conf: np.ndarray,
            gold: np.ndarray) -> None:
    """Precision and recall at the default threshold per slice, and the false events' kinds."""
    kept = conf >= DEFAULT_MIN_CONFIDENCE
    slices = np.array([sentences[i].article.rsplit("-", 1)[0] for i in aside])
    print(f"per slice at confidence >= {DEFAULT_MIN_CONFIDENCE} (P, R, P with the label's "
          "family right; false events by kind):")
    for name in sorted(set(slices)):
        sel = slices == name
        p, r, _ = prf(kept[sel], gold[sel])
        rows = np.flatnonzero(sel & kept)
        family_right = sum(gold[n] and _family(judged[n].label) == _family(
            sentences[aside[n]].label) for n in rows)
        false = Counter(_why_false(sentences[aside[n]]) for n in rows if not gold[n])
        print(f"  {name:12s} P {p:.3f} R {r:.3f} P(family) {family_right / max(1, len(rows)):.3f}"
              f"  {', '.join(f'{k} {v}' for k, v in false.most_common(4))}")


def _family(label: str) -> str:
    """ACLED's event type; a label outside ACLED is a family of its own (as the scorer has it)."""
    return LABELS[label].event_type or label


def _why_false(s) -> str:
    """What a sentence wrongly kept as an event is."""
    if s.label and s.scope == "crime":
        return "crime"
    if s.label and not s.realis:
        return f"unreal:{s.kind or '-'}"
    return s.kind or "-"


def _without_votes(model, x: np.ndarray, sentences: list, rows: np.ndarray) -> float:
    """Label accuracy of the model's own label (the votes' weight at 0)."""
    probs, _ = model.forward(x)
    labels = [LABEL_ORDER[int(i)] for i in probs[:, 1:].argmax(axis=1)]
    return float(np.mean([lab == sentences[r].label for lab, r in zip(labels, rows, strict=True)]))


def _speed(texts: list[str]) -> None:
    from eventwire.events.encoder import load_encoder
    t = time.perf_counter()
    enc = load_encoder()
    enc.encode(texts[:1])
    load = time.perf_counter() - t
    t = time.perf_counter()
    enc.encode(texts)
    rate = len(texts) / (time.perf_counter() - t)
    print(f"encoder: loaded in {load:.2f} s, {rate:.0f} sentences/s on one core")


if __name__ == "__main__":
    sys.exit(main())
