"""Train the detector's head on the project's corpus and write ``eventwire/events/model.npz``.

    python training/train_detector.py [--hidden 256] [--epochs 60] [--seed 7] [--out PATH]

Reads ``training/data/corpus`` (see its README; not the slices of ``HELD_SLICES``, a test set),
builds every sentence's features with the same code the pipeline runs
(:mod:`eventwire.events.features`), trains a one-hidden-layer network with four outputs
(the 31-way class: no event or one of the 30 labels; realis; background; ordinary crime), picks the epoch by the loss on a fold of the training articles,
then fits the confidence calibrations (a real event in scope; a real event with ordinary crime
counted) on the split kept aside (``training.corpus.is_aside``), which is never trained on;
``--recalibrate`` refits only them on an existing model. Deterministic for a given corpus, seed and numpy: the same run
writes the same weights. Features are cached in the eventwire cache folder per sentence in its
context, under the feature code's hash: a second run takes seconds, and a run after adding
corpus files computes only their sentences.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from dataclasses import dataclass
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from eventwire.events.features import DIMENSIONS, WIDTH, SentenceInContext  # noqa: E402
from eventwire.events.model import CLASSES, FLAGS, MODEL_PATH, EventModel, Weights  # noqa: E402
from training.corpus import (  # noqa: E402
    CORPUS_DIR,
    HELD_SLICES,
    LabelledSentence,
    is_aside,
    read_corpus,
)

# A fold of the training articles (not the aside split) that picks the epoch: the first hex
# digit of sha1(id) is "3" (1 in 16).
EPOCH_FOLD = "3"
# Adam, mini-batches, L2 and dropout on the hidden layer: the usual small-data settings;
# the epoch count is then chosen on the fold above.
LEARNING_RATE = 1e-3
BATCH = 64
L2 = 1e-4
DROPOUT = 0.3
# Epochs without a better fold loss before training stops (the best epoch has been 10-19).
PATIENCE = 10
# Networks in the ensemble. Single networks from different seeds disagree on plain sentences;
# the average of five is steadier and costs five small matrix products per batch.
MEMBERS = 5
# Files whose change makes cached features stale: the feature code, the rules it runs, the
# word lists and the actor tables they read (the actor categories are features).
FEATURE_CODE = ("eventwire/events/features.py", "eventwire/events/classify.py",
                "eventwire/events/cue_scan.py", "eventwire/events/detect.py", "eventwire/events/plover.py",
                "eventwire/lexicon.py", "eventwire/actor_mentions.py", "eventwire/actors/*.py",
                "eventwire/data/events_cues.tsv", "eventwire/data/actors_*.tsv")


def corpus_hash(directory: Path = CORPUS_DIR) -> str:
    """The corpus and the feature code: what the weights were trained on (kept in their info)."""
    h = hashlib.sha256()
    for path in sorted(directory.glob("*.jsonl")) + feature_code():
        h.update(path.name.encode() + path.read_bytes())
    return h.hexdigest()[:16]


def feature_code() -> list[Path]:
    """The files of :data:`FEATURE_CODE`, in a fixed order."""
    return [path for pattern in FEATURE_CODE for path in sorted(ROOT.glob(pattern))]


def code_hash() -> str:
    """The feature code alone: a change to it makes every cached row stale."""
    h = hashlib.sha256()
    for path in feature_code():
        h.update(str(path.relative_to(ROOT)).encode() + path.read_bytes())
    return h.hexdigest()[:16]


def sentence_key(s: LabelledSentence) -> str:
    """What a sentence's feature row depends on: its text and the context the model reads."""
    return hashlib.sha1(json.dumps([s.title, s.before, s.text, s.after, s.index]).encode()
                        ).hexdigest()


def contexts(sentences: list[LabelledSentence]) -> list[SentenceInContext]:
    """The model's view of each sentence, with the labels the rule detector reports."""
    from eventwire.events.detect import Detector
    from eventwire.nlp import load_pipeline
    from eventwire.records import Sentence
    rules = Detector(rules_only=True)
    nlp = load_pipeline()
    out = []
    for s, doc in zip(sentences, nlp.pipe((s.text for s in sentences), batch_size=256),
                      strict=True):
        found = rules.rule_mentions(doc, Sentence(s.text, 0, len(s.text)))
        out.append(SentenceInContext(s.text, s.title, s.before, s.after, s.index,
                                     tuple(m.type.label for m in found)))
    return out


@dataclass(frozen=True)
class CorpusFeatures:
    """Feature rows of every sentence, and which sentences the pipeline's prefilter would
    judge at all (only candidates get a confidence at run time)."""

    sentences: np.ndarray
    candidate: np.ndarray       # bool per sentence


def features(sentences: list[LabelledSentence]) -> CorpusFeatures:
    """The features, from the per-sentence cache; only sentences not in it are computed."""
    from eventwire.places.gazetteer import default_cache_dir
    path = default_cache_dir() / f"detector-features-{code_hash()}.npz"
    keys = [sentence_key(s) for s in sentences]
    rows: dict[str, tuple[np.ndarray, bool]] = {}
    if path.exists():
        with np.load(path) as z:
            rows = {str(k): (x, bool(c))
                    for k, x, c in zip(z["keys"], z["sentences"], z["candidate"], strict=True)}
    missing = [i for i, k in enumerate(keys) if k not in rows]
    if missing:
        todo = [sentences[i] for i in missing]
        x, candidate = _compute(todo)
        rows.update({keys[i]: (x[j], bool(candidate[j])) for j, i in enumerate(missing)})
        path.parent.mkdir(parents=True, exist_ok=True)
        # Every row stays: an ablation on part of the corpus must not evict the rest.
        kept = sorted(rows)
        np.savez(path, keys=np.array(kept), sentences=np.stack([rows[k][0] for k in kept]),
                 candidate=np.array([rows[k][1] for k in kept]))
        print(f"computed features of {len(missing)} sentences, {len(keys) - len(missing)} cached")
    return CorpusFeatures(np.stack([rows[k][0] for k in keys]),
                          np.array([rows[k][1] for k in keys]))


def _compute(sentences: list[LabelledSentence]) -> tuple[np.ndarray, np.ndarray]:
    """Feature rows and prefilter verdicts of the given sentences."""
    from eventwire.events.detect import Detector
    from eventwire.events.encoder import load_encoder
    from eventwire.events.features import featurize
    ctx, enc = contexts(sentences), load_encoder()
    x = np.concatenate([featurize(ctx[i:i + 512], enc) for i in range(0, len(ctx), 512)])
    prefilter = Detector(rules_only=True)
    return x, np.array([prefilter.is_candidate(s.text) for s in sentences])


def slice_of(s: LabelledSentence) -> str:
    """The corpus slice an article belongs to: its id without the number."""
    return s.article.rsplit("-", 1)[0]


def training_sentences(directory: Path = CORPUS_DIR) -> list[LabelledSentence]:
    """The corpus sentences the head is trained and calibrated on: every slice but
    :data:`~training.corpus.HELD_SLICES`."""
    return [s for s in read_corpus(directory) if slice_of(s) not in HELD_SLICES]


def targets(sentences: list[LabelledSentence],
            weights: dict[str, float] | None = None) -> dict[str, np.ndarray]:
    """Class index and the three flags, each with the mask of sentences it is defined for, and
    each sentence's weight in the loss (1, or its slice's weight in ``weights``)."""
    weights = weights or {}
    cls = np.array([CLASSES.index(s.label) if s.label else 0 for s in sentences])
    labelled = cls > 0
    real = np.array([s.real for s in sentences])
    return {"class": cls,
            "realis": np.array([s.realis for s in sentences], dtype=np.float32),
            "realis_mask": labelled,
            "background": np.array([s.background for s in sentences], dtype=np.float32),
            "background_mask": real,
            "crime": np.array([s.scope == "crime" for s in sentences], dtype=np.float32),
            "crime_mask": labelled,
            "in_scope": real & np.array([s.scope != "crime" for s in sentences]),
            "real": real,
            "weight": np.array([weights.get(slice_of(s), 1.0) for s in sentences],
                               dtype=np.float32)}


class Network:
    """The head's parameters while training, with its forward and backward passes."""

    def __init__(self, width: int, hidden: int, rng: np.random.Generator) -> None:
        self.p = {"w1": rng.normal(0, np.sqrt(2 / width), (width, hidden)),
                  "b1": np.zeros(hidden),
                  "w_type": rng.normal(0, np.sqrt(1 / hidden), (hidden, len(CLASSES))),
                  "b_type": np.zeros(len(CLASSES)),
                  "w_flags": rng.normal(0, np.sqrt(1 / hidden), (hidden, 3)),
                  "b_flags": np.zeros(3)}
        self.p = {k: v.astype(np.float32) for k, v in self.p.items()}
        self.m = {k: np.zeros_like(v) for k, v in self.p.items()}
        self.v = {k: np.zeros_like(v) for k, v in self.p.items()}
        self.steps = 0

    def loss_and_grads(self, x: np.ndarray, y: dict[str, np.ndarray],
                       keep: np.ndarray | None) -> tuple[float, dict[str, np.ndarray]]:
        """Cross-entropy of the class plus masked binary cross-entropy of each flag, each
        row weighted by ``y["weight"]``."""
        p, n = self.p, len(x)
        weight = y["weight"]
        pre = x @ p["w1"] + p["b1"]
        h = np.maximum(pre, 0)
        if keep is not None:
            h = h * keep
        logits = h @ p["w_type"] + p["b_type"]
        logits -= logits.max(axis=1, keepdims=True)
        prob = np.exp(logits)
        prob /= prob.sum(axis=1, keepdims=True)
        loss = -(weight * np.log(prob[np.arange(n), y["class"]] + 1e-9)).mean()
        d_logits = prob.copy()
        d_logits[np.arange(n), y["class"]] -= 1
        d_logits *= weight[:, None] / n
        flags = 1 / (1 + np.exp(-(h @ p["w_flags"] + p["b_flags"])))
        d_flags = np.zeros_like(flags)
        for k, name in enumerate(FLAGS):
            mask = y[name + "_mask"]
            if mask.any():
                f, t, w = flags[mask, k], y[name][mask], weight[mask]
                loss += -(w * (t * np.log(f + 1e-9) + (1 - t) * np.log(1 - f + 1e-9))).sum() / n
                d_flags[mask, k] = w * (f - t) / n
        g = {"w_type": h.T @ d_logits, "b_type": d_logits.sum(0),
             "w_flags": h.T @ d_flags, "b_flags": d_flags.sum(0)}
        dh = d_logits @ p["w_type"].T + d_flags @ p["w_flags"].T
        if keep is not None:
            dh = dh * keep
        dh *= pre > 0
        g["w1"], g["b1"] = x.T @ dh, dh.sum(0)
        for k in ("w1", "w_type", "w_flags"):
            g[k] += L2 * p[k]
        return float(loss), g

    def step(self, g: dict[str, np.ndarray]) -> None:
        """One Adam step."""
        self.steps += 1
        b1, b2 = 0.9, 0.999
        for k in self.p:
            self.m[k] = b1 * self.m[k] + (1 - b1) * g[k]
            self.v[k] = b2 * self.v[k] + (1 - b2) * g[k] ** 2
            m = self.m[k] / (1 - b1 ** self.steps)
            v = self.v[k] / (1 - b2 ** self.steps)
            self.p[k] -= (LEARNING_RATE * m / (np.sqrt(v) + 1e-8)).astype(np.float32)


def subset(y: dict[str, np.ndarray], rows: np.ndarray) -> dict[str, np.ndarray]:
    return {k: v[rows] for k, v in y.items()}


def train(x: np.ndarray, y: dict[str, np.ndarray], fold: np.ndarray, hidden: int,
          epochs: int, seed: int) -> tuple[dict[str, np.ndarray], int, list[float]]:
    """Train on the rows outside ``fold``; keep the parameters of the epoch with the lowest
    loss on ``fold``."""
    rng = np.random.default_rng(seed)
    net = Network(x.shape[1], hidden, rng)
    fit_rows = np.flatnonzero(~fold)
    xv, yv = x[fold], subset(y, np.flatnonzero(fold))
    best, best_epoch, curve = None, 0, []
    for epoch in range(1, epochs + 1):
        order = rng.permutation(fit_rows)
        for i in range(0, len(order), BATCH):
            rows = order[i:i + BATCH]
            keep = (rng.random((len(rows), hidden)) > DROPOUT) / (1 - DROPOUT)
            _, g = net.loss_and_grads(x[rows], subset(y, rows), keep.astype(np.float32))
            net.step(g)
        loss, _ = net.loss_and_grads(xv, yv, None)
        curve.append(round(loss, 4))
        if best is None or loss < min(curve[:-1]):
            best, best_epoch = {k: v.copy() for k, v in net.p.items()}, epoch
        elif epoch - best_epoch >= PATIENCE:
            break
    return best, best_epoch, curve


def logistic(z: np.ndarray, target: np.ndarray, iterations: int = 50) -> np.ndarray:
    """Logistic regression of the target on the columns of ``z`` and a bias, by Newton's
    method; returns the weights, bias last."""
    z = np.column_stack([z, np.ones(len(z))])
    w = np.zeros(z.shape[1])
    for _ in range(iterations):
        p = 1 / (1 + np.exp(-(z @ w)))
        hess = (z * (p * (1 - p))[:, None]).T @ z + 1e-6 * np.eye(len(w))
        w -= np.linalg.solve(hess, z.T @ (p - target))
    return w


def calibrated(weights: Weights, x: np.ndarray, y: dict[str, np.ndarray],
               rows: np.ndarray) -> Weights:
    """The weights with both Platt scalings fitted on ``rows`` (a mask: the aside split's
    candidate sentences, as only candidates get a confidence): logit(score) against a real
    event in scope, logit(score_with_crime) against a real event of any scope."""
    rows = np.flatnonzero(rows)
    judged = EventModel(weights).judge(x[rows])
    fitted = {}
    for name, score, target in (
            ("calibration", [j.score for j in judged], y["in_scope"]),
            ("calibration_with_crime", [j.score_with_crime for j in judged], y["real"])):
        p = np.clip(np.array(score), 1e-6, 1 - 1e-6)
        fitted[name] = logistic(np.log(p / (1 - p))[:, None],
                                target[rows].astype(np.float64)).astype(np.float32)
        print(f"{name} (a, b) {np.round(fitted[name], 3).tolist()} on {len(rows)} aside "
              "candidates")
    return Weights(**{**{k: getattr(weights, k) for k in Weights.__slots__}, **fitted})


def recalibrate(path: Path, corpus: Path) -> int:
    """Refit the calibrations of the model at ``path`` on the corpus's aside split, keeping
    its networks (for a calibration added after the model was trained)."""
    with np.load(path, allow_pickle=False) as z:
        arrays = {k: z[k].astype(np.float32) for k in Weights.__slots__
                  if k not in ("info", "calibration_with_crime")}
        info = str(z["info"])
    weights = Weights(**arrays, calibration_with_crime=np.array([1.0, 0.0], np.float32),
                      info=info)
    sentences = training_sentences(corpus)
    f = features(sentences)
    aside = np.array([is_aside(s.article) for s in sentences])
    calibrated(weights, f.sentences.astype(np.float32), targets(sentences),
               aside & f.candidate).save(path)
    print(f"recalibrated {path}")
    return 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--hidden", type=int, default=256)
    ap.add_argument("--epochs", type=int, default=60)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--members", type=int, default=MEMBERS,
                    help="networks in the ensemble, trained from seeds seed, seed+1, ...")
    ap.add_argument("--out", type=Path, default=MODEL_PATH)
    ap.add_argument("--corpus", type=Path, default=CORPUS_DIR,
                    help="the corpus folder (for ablations: a folder of some of its files)")
    ap.add_argument("--weight", action="append", default=[], metavar="SLICE=W",
                    help="weight of a corpus slice's sentences in the loss (default 1)")
    ap.add_argument("--recalibrate", action="store_true",
                    help="only refit the calibrations of the model at --out, keeping its "
                    "networks")
    args = ap.parse_args(argv)
    if args.recalibrate:
        return recalibrate(args.out, args.corpus)
    slice_weights = {k: float(v) for k, v in (w.split("=", 1) for w in args.weight)}
    sentences = training_sentences(args.corpus)
    f = features(sentences)
    x = f.sentences.astype(np.float32)
    y = targets(sentences, slice_weights)
    aside = np.array([is_aside(s.article) for s in sentences])
    fold = np.array([hashlib.sha1(s.article.encode()).hexdigest()[0] == EPOCH_FOLD
                     for s in sentences])
    rules = slice(DIMENSIONS, WIDTH)
    mean = x[~aside, rules].mean(0)
    scale = x[~aside, rules].std(0) + 1e-3
    xs = x.copy()
    xs[:, rules] = (xs[:, rules] - mean) / scale
    train_rows = np.flatnonzero(~aside)
    members = [train(xs[train_rows], subset(y, train_rows), fold[train_rows], args.hidden,
                     args.epochs, args.seed + k) for k in range(args.members)]
    info = {"corpus": corpus_hash(args.corpus), "sentences": len(sentences),
            "trained_on": int((~aside & ~fold).sum()), "epochs": [m[1] for m in members],
            "seed": args.seed, "members": args.members, "hidden": args.hidden,
            "slice_weights": slice_weights}
    weights = Weights(**{k: np.stack([m[0][k] for m in members]).astype(np.float32)
                         for k in members[0][0]},
                      rule_mean=mean.astype(np.float32), rule_scale=scale.astype(np.float32),
                      calibration=np.array([1.0, 0.0], dtype=np.float32),
                      calibration_with_crime=np.array([1.0, 0.0], dtype=np.float32),
                      info=json.dumps(info))
    calibrated(weights, x, y, aside & f.candidate).save(args.out)
    print(f"trained on {info['trained_on']} sentences, {args.members} networks, best epochs "
          f"{info['epochs']} of {args.epochs}; wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
