"""The learned head of the detector: no event, or which of the 30 labels, did it happen, is it
background, is it ordinary crime — and how sure, calibrated.

A one-hidden-layer network over :mod:`.features`, trained by ``training/train_detector.py`` on
the project's own corpus (``training/data``) and shipped as ``model.npz`` beside this file
(about 1 MB). Its ``confidence`` is the probability that a sentence reports a real event in
scope (core or extended, not ordinary crime): Platt scaling of the sentence's score (event ×
realis × not crime), fitted on the candidate sentences of the corpus split kept aside from
training (``python benchmarks/detector.py`` prints the reliability table). Its
``confidence_with_crime`` is the same for a real event with ordinary crime and policing counted
(event × realis, calibrated the same way), for users who want those too (``--include-crime``). Document-level
inputs (the best score among the article's other sentences, the title's score) were tried in
the same regression and left out: fitted on the corpus, their weights came out near zero.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np

from ..errors import ResourceError
from .encoder import blas_threads
from .features import DIMENSIONS, LABEL_ORDER, RULE_VOTES, WIDTH

MODEL_PATH = Path(__file__).resolve().parent / "model.npz"
NONE = "NONE"
CLASSES: tuple[str, ...] = (NONE, *LABEL_ORDER)
# Sigmoid outputs, in this order.
FLAGS = ("realis", "background", "crime")
# The arrays that belong to one member of the ensemble (leading axis: the members).
_MEMBER_ARRAYS = frozenset({"w1", "b1", "w_type", "b_type", "w_flags", "b_flags"})
_EPS = 1e-6
# How much the rules' label votes (the label they choose, and the labels their detector
# reports, each a feature column) add to the model's log-probability of a label: one nat, a
# factor e. The model alone is best on text like its corpus, the rules' specific cue words on
# text unlike it. With the shipped model, label accuracy on the aside split is 0.803 without
# the votes and 0.779 with them (``python benchmarks/detector.py`` prints both); CASE 2021 dev
# weighted F1 is 0.837 with them (``eventwire eval events``; 0.755 without, with the model of
# 2026-12-02). One nat is a round
# weight that keeps most of both; a larger one trades more of the corpus for CASE.
RULE_VOTE = 1.0
# What `extract` and `export` keep by default: precision first. The confidence is calibrated on
# the corpus split kept aside from training, which is dense with events; ordinary news holds
# far fewer, so an event of a given confidence is less often real there (label shift). Measured
# on 2026-12-04 at 0.6 / 0.7: the aside split P 0.888 / 0.907, R 0.716 / 0.643 (``python
# benchmarks/detector.py``); the project's long articles P 0.786 / 0.798, R 0.599 / 0.537
# (``python benchmarks/articles.py --min-confidence T``); events-e2e dev TR-News, ordinary news,
# P 0.649 / 0.840, R 0.545 / 0.477 (``eventwire eval e2e ... --min-confidence T``), where 9 of
# the 12 events between 0.6 and 0.7 were not real. 0.7 keeps what the brief puts first.
DEFAULT_MIN_CONFIDENCE = 0.7


@dataclass(frozen=True, slots=True)
class Judgement:
    """What the model says of one sentence (or clause) on its own."""

    label: str                  # the most likely of the 30 labels (even when there is no event)
    event: float                # P(the sentence talks about an event of one of the 30 labels)
    realis: float               # P(it happened | an event is talked about)
    background: float           # P(told as history or context | a real event)
    crime: float                # P(ordinary crime | an event)

    @property
    def score(self) -> float:
        """The uncalibrated P(a real event in scope): event × realis × not crime."""
        return self.event * self.realis * (1.0 - self.crime)

    @property
    def score_with_crime(self) -> float:
        """The uncalibrated P(a real event, ordinary crime counted): event × realis."""
        return self.event * self.realis


@dataclass(frozen=True, slots=True)
class Sure:
    """The model's judgement of a sentence or clause with its two calibrated confidences."""

    judgement: Judgement
    confidence: float               # P(a real event in scope)
    with_crime: float               # P(a real event, ordinary crime counted)


@dataclass(frozen=True, slots=True)
class Weights:
    """The trained parameters (see ``training/train_detector.py`` for their meaning). The
    network's arrays have a leading axis over the ensemble's members (networks trained from
    different seeds, whose outputs are averaged); they are stored as float16."""

    w1: np.ndarray
    b1: np.ndarray
    w_type: np.ndarray
    b_type: np.ndarray
    w_flags: np.ndarray
    b_flags: np.ndarray
    rule_mean: np.ndarray
    rule_scale: np.ndarray
    calibration: np.ndarray     # Platt scaling (a, b) of logit(score)
    calibration_with_crime: np.ndarray  # the same of logit(score_with_crime)
    info: str                   # JSON: how and on what the weights were trained

    def save(self, path: Path) -> None:
        arrays = {k: getattr(self, k).astype(np.float16 if k in _MEMBER_ARRAYS else np.float32)
                  for k in Weights.__slots__ if k != "info"}
        np.savez_compressed(path, info=np.array(self.info), **arrays)


class EventModel:
    """The head with its weights; :meth:`judge` reads feature rows (see :mod:`.features`)."""

    def __init__(self, weights: Weights) -> None:
        if weights.w1.ndim != 3 or weights.w1.shape[1] != WIDTH:
            raise ResourceError(
                f"the detector model expects {weights.w1.shape[-2]} features, the code builds "
                f"{WIDTH}: retrain it with `python training/train_detector.py`")
        self.weights = weights

    @property
    def info(self) -> dict:
        return json.loads(self.weights.info)

    def forward(self, x: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Class probabilities (rows over :data:`CLASSES`) and flag probabilities, averaged
        over the ensemble's members."""
        w = self.weights
        x = x.astype(np.float32, copy=True)
        x[:, DIMENSIONS:] = (x[:, DIMENSIONS:] - w.rule_mean) / w.rule_scale
        p_sum, f_sum = 0.0, 0.0
        with blas_threads():        # whoever calls it: the detector, the foreign typer
            for k in range(len(w.w1)):
                h = np.maximum(x @ w.w1[k] + w.b1[k], 0.0)
                logits = h @ w.w_type[k] + w.b_type[k]
                logits -= logits.max(axis=1, keepdims=True)
                p = np.exp(logits)
                p_sum = p_sum + p / p.sum(axis=1, keepdims=True)
                f_sum = f_sum + 1.0 / (1.0 + np.exp(-(h @ w.w_flags[k] + w.b_flags[k])))
        return p_sum / len(w.w1), f_sum / len(w.w1)

    def judge(self, x: np.ndarray) -> list[Judgement]:
        """One judgement per feature row: whether and how real from the model alone, the
        label from the model with the rules' votes (:data:`RULE_VOTE`)."""
        probs, flags = self.forward(x)
        n = len(LABEL_ORDER)
        votes = x[:, RULE_VOTES:RULE_VOTES + n] + x[:, RULE_VOTES + n:RULE_VOTES + 2 * n]
        best = (np.log(probs[:, 1:] + _EPS) + RULE_VOTE * votes).argmax(axis=1)
        return [Judgement(LABEL_ORDER[int(b)], float(1.0 - p[0]), float(realis),
                          float(background), float(crime))
                for b, p, (realis, background, crime) in zip(best, probs, flags, strict=True)]

    def confidence(self, score: float) -> float:
        """Calibrated P(a real event in scope) for a sentence's :attr:`Judgement.score`."""
        return _platt(self.weights.calibration, score)

    def confidence_with_crime(self, j: Judgement) -> float:
        """Calibrated P(a real event, ordinary crime counted) for a judgement: never below its
        :meth:`confidence`, as an event in scope is a real event."""
        return max(_platt(self.weights.calibration_with_crime, j.score_with_crime),
                   self.confidence(j.score))


def _platt(calibration: np.ndarray, score: float) -> float:
    a, b = (float(v) for v in calibration)
    return float(1.0 / (1.0 + np.exp(-(a * _logit(score) + b))))


def _logit(p: float) -> float:
    p = min(max(p, _EPS), 1.0 - _EPS)
    return float(np.log(p / (1.0 - p)))


@lru_cache(maxsize=1)
def load_model(path: Path = MODEL_PATH) -> EventModel:
    """The shipped model, loaded once per process."""
    if not path.exists():
        raise ResourceError(
            f"the detector model {path} is missing: reinstall eventwire, or train it with "
            "`python training/train_detector.py`")
    with np.load(path, allow_pickle=False) as z:
        if "calibration_with_crime" not in z:
            raise ResourceError(
                f"the detector model {path} predates the crime-inclusive confidence: "
                "recalibrate it with `python training/train_detector.py --recalibrate`")
        weights = Weights(**{k: z[k].astype(np.float32) for k in Weights.__slots__
                             if k != "info"}, info=str(z["info"]))
    return EventModel(weights)
