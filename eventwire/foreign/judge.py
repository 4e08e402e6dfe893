"""The shipped detector model, asked about sentences in another language.

The model (:mod:`eventwire.events.model`) reads the encoder's vector of a sentence and rule
features built from English lexicons. For other languages the rule part is written as the
featurizer writes it for a sentence where no rule reads anything: no cue scores, no label
votes, no actors, no negation or modality words; only the position in the article, the
case flags, the length and whether it holds a digit (language-neutral) are kept. The model
and its features are not changed.

Without its rule evidence the model's own calibration does not hold: on the project's own
examples (``tests/data/languages_events``, dev split) the score of real events is a few
hundredths, not near one. :data:`CALIBRATION` maps the score to a probability again.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, replace

import numpy as np

from ..events.encoder import Encoder
from ..events.features import DIMENSIONS, WIDTH, SentenceInContext, rule_features
from ..events.model import EventModel, Judgement
from .typer import Typer
from .umlauts import LANGUAGES as RESPELLED, respelled

# Platt scaling (a, b) of logit(score) for foreign sentences: fitted by logistic regression on
# the 102 documents of the dev split of tests/data/languages_events (es, fr, de, pt, ar pooled;
# a document's score is its best sentence's, the target whether it reports an event);
# `python benchmarks/languages.py --fit` refits and prints it.
CALIBRATION = (1.294, 5.528)
# The language-neutral features at the end of a rule row, in rule_features' order: all upper
# case, all lower case, log(1 + words), holds a digit (then negation and modality counts,
# English words, left at zero).
_NEUTRAL = slice(-6, -2)


@dataclass(frozen=True, slots=True)
class Verdict:
    """The model's judgement of one sentence and its calibrated confidence."""

    judgement: Judgement
    confidence: float
    model_label: str = ""       # the model's own label, where a typer gave the judgement's


def neutral_rule_features(text: str, index: int) -> np.ndarray:
    """The rule part of a row for a sentence no English rule reads: that of an empty
    sentence at the same position, with the language-neutral features of ``text``."""
    out = rule_features(SentenceInContext("", index=index))
    letters = [c for c in text if c.isalpha()]
    out[_NEUTRAL] = (float(bool(letters) and all(c.isupper() for c in letters)),
                     float(bool(letters) and all(c.islower() for c in letters)),
                     math.log1p(len(text.split())), float(any(c.isdigit() for c in text)))
    return out


def feature_rows(texts: Sequence[str], indexes: Sequence[int], encoder: Encoder,
                 language: str = "") -> np.ndarray:
    """One model row per sentence: its encoder vector (of the sentence respelled with its
    umlauts, :func:`.umlauts.respelled`, in a language that has them) and neutral rule
    features."""
    out = np.empty((len(texts), WIDTH), dtype=np.float32)
    if len(texts):
        read = [respelled(t) for t in texts] if language in RESPELLED else list(texts)
        out[:, :DIMENSIONS] = encoder.encode(read)
        for i, (text, index) in enumerate(zip(texts, indexes, strict=True)):
            out[i, DIMENSIONS:] = neutral_rule_features(text, index)
    return out


def calibrated(score: float, calibration: tuple[float, float] = CALIBRATION) -> float:
    """P(a real event) for a foreign sentence's :attr:`Judgement.score`."""
    p = min(max(score, 1e-6), 1.0 - 1e-6)
    a, b = calibration
    return 1.0 / (1.0 + math.exp(-(a * math.log(p / (1.0 - p)) + b)))


def judge(model: EventModel, encoder: Encoder, texts: Sequence[str],
          indexes: Sequence[int], typer: Typer | None = None, language: str = ""
          ) -> list[Verdict]:
    """The model's verdict on each sentence of ``language`` (one batch through the encoder);
    with ``typer``, the label is the typer's (:mod:`.typer`), read from the same vectors."""
    if not texts:
        return []
    rows = feature_rows(texts, indexes, encoder, language)
    judged = model.judge(rows)
    labels = ([j.label for j in judged] if typer is None
              else typer.labels(rows[:, :DIMENSIONS]))
    return [Verdict(replace(j, label=label), calibrated(j.score), j.label)
            for j, label in zip(judged, labels, strict=True)]
