"""Train the typer for text the English rules cannot read: ``eventwire/foreign/typer.npz``.

    python training/train_foreign_typer.py [--seed 7] [--out PATH] [--check]

The detector's model types an event from the sentence's encoder vector and from rule features
read with English lexicons; for another language the rule part is empty and its typing is
weak (the type right on about half of the project's foreign examples). The sentence encoder is
multilingual (its languages share one vector space), so a typer that reads the vector alone,
trained on the English corpus, carries over: a softmax regression from the 512-dimensional
vector to the 30 labels, trained on the real events of ``training/data/corpus`` outside the
aside split, with classes weighted to equal shares (rare labels are as rare in news as they
are here) and L2 chosen on a fold of the training articles. Deterministic for a given corpus,
seed and numpy. ``--check`` prints label and ACLED-type accuracy on the aside split only.
"""

from __future__ import annotations

import argparse
import hashlib
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from eventwire.events.encoder import load_encoder  # noqa: E402
from eventwire.foreign.typer import TYPER_PATH, Typer  # noqa: E402
from eventwire.taxonomy import EXTRA_LABELS, LABELS, event_type  # noqa: E402
from training.corpus import is_aside, read_corpus  # noqa: E402

# L2 strengths tried; the one with the best label accuracy on the fold below is kept.
L2_GRID = (1e-5, 1e-4, 1e-3)
# A fold of the training articles (never the aside split) that picks L2: the first hex digit
# of sha1(article id) is "3" (1 in 16), as training/train_detector.py picks its epoch.
FOLD = "3"
# Full-batch gradient descent with Adam on at most ~20,000 vectors: a few seconds.
STEPS = 1000
LEARNING_RATE = 0.05


def _fold(article_id: str) -> bool:
    return hashlib.sha1(article_id.encode()).hexdigest()[0] == FOLD


def corpus_events() -> tuple[list[str], list[str], list[str]]:
    """Texts, labels and article ids of the corpus's real events, in corpus order."""
    texts, labels, ids = [], [], []
    for s in read_corpus():
        if s.real and s.label in LABELS:
            texts.append(s.text)
            labels.append(s.label)
            ids.append(s.article)
    return texts, labels, ids


def fit(x: np.ndarray, y: np.ndarray, classes: int, l2: float, seed: int
        ) -> tuple[np.ndarray, np.ndarray]:
    """Softmax regression weights (W, b) by full-batch Adam, each class weighted to an equal
    share of the loss."""
    rng = np.random.default_rng(seed)
    w = rng.normal(0, 0.01, (x.shape[1], classes)).astype(np.float64)
    b = np.zeros(classes)
    counts = np.bincount(y, minlength=classes).astype(np.float64)
    weight = (len(y) / (classes * np.maximum(counts, 1)))[y]
    onehot = np.eye(classes)[y]
    m = [np.zeros_like(w), np.zeros_like(b)]
    v = [np.zeros_like(w), np.zeros_like(b)]
    for step in range(1, STEPS + 1):
        logits = x @ w + b
        logits -= logits.max(axis=1, keepdims=True)
        p = np.exp(logits)
        p /= p.sum(axis=1, keepdims=True)
        g = (p - onehot) * weight[:, None] / weight.sum()
        grads = [x.T @ g + l2 * w, g.sum(axis=0)]
        for k, (param, grad) in enumerate(zip((w, b), grads, strict=True)):
            m[k] = 0.9 * m[k] + 0.1 * grad
            v[k] = 0.999 * v[k] + 0.001 * grad ** 2
            param -= LEARNING_RATE * (m[k] / (1 - 0.9 ** step)) / (
                np.sqrt(v[k] / (1 - 0.999 ** step)) + 1e-8)
    return w, b


def family(label: str) -> str:
    return label if label in EXTRA_LABELS else event_type(label).event_type


def accuracy(typer: Typer, x: np.ndarray, labels: list[str]) -> tuple[float, float]:
    """Label accuracy and ACLED-type accuracy of ``typer`` on vectors ``x``."""
    found = typer.labels(x)
    exact = np.mean([a == b for a, b in zip(found, labels, strict=True)])
    types = np.mean([family(a) == family(b) for a, b in zip(found, labels, strict=True)])
    return float(exact), float(types)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--out", type=Path, default=TYPER_PATH)
    ap.add_argument("--check", action="store_true")
    args = ap.parse_args(argv)
    texts, labels, ids = corpus_events()
    x = load_encoder().encode(texts).astype(np.float64)
    aside = np.array([is_aside(i) for i in ids])
    fold = np.array([_fold(i) for i in ids]) & ~aside
    train = ~aside & ~fold
    classes = sorted(set(labels))
    y = np.array([classes.index(label) for label in labels])
    if args.check:
        typer = Typer.load(args.out)
        exact, types = accuracy(typer, x[aside], [labels[i] for i in np.flatnonzero(aside)])
        print(f"aside split, {int(aside.sum())} real events: label {exact:.3f}, type {types:.3f}")
        return 0
    best = None
    for l2 in L2_GRID:
        w, b = fit(x[train], y[train], len(classes), l2, args.seed)
        exact, _ = accuracy(Typer(tuple(classes), w, b), x[fold],
                            [labels[i] for i in np.flatnonzero(fold)])
        print(f"L2 {l2:g}: fold label accuracy {exact:.3f}")
        if best is None or exact > best[0]:
            best = (exact, l2)
    w, b = fit(x[~aside], y[~aside], len(classes), best[1], args.seed)
    Typer(tuple(classes), w, b).save(args.out)
    print(f"trained on {int((~aside).sum())} real events, L2 {best[1]:g}; wrote {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
