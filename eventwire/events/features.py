"""What the detector's model reads of a sentence in its article: one feature vector.

The same function builds the vectors for training (``training/train_detector.py``) and at run
time, so the two cannot drift apart. A vector holds:

- the encoder's vector of the sentence (the title's vector was tried and left out: on the
  corpus split kept aside it lowered label accuracy and precision, since a title repeats its
  article's main event and lends it to every sentence);
- the rule scores: each label's cue score in the sentence, in the sentences before and after
  it (each read alone, their scores added) and in the title (``classify.label_scores``); the
  label the rules choose, and the labels the rule detector reports after its realis checks
  (negation, modals, plans, quotes);
- the actors the sentence names, by ACLED category; where the sentence stands in the article;
  whether the text is all upper or all lower case; how many words of negation and of
  modality (plans, threats, conditions) it holds.

The lexicon supplies evidence here; the model decides.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from ..taxonomy import LABELS
from .classify import classify_reading
from .cue_scan import label_scores, read, text_label_scores
from .encoder import DIMENSIONS, Encoder, encode_distinct

LABEL_ORDER: tuple[str, ...] = tuple(LABELS)
_LABEL_INDEX = {label: i for i, label in enumerate(LABEL_ORDER)}
ACTOR_CATEGORIES = ("state", "rebel", "militia", "identity", "rioter", "protester", "civilian")
# Position in the article: the lead, the next two, and the rest.
POSITIONS = 4
_N = len(LABEL_ORDER)
# Words that make a sentence say an event did not or may not happen. The encoder's vectors of
# "the group claimed the attack" and "no group claimed the attack" are close; these counts let
# the model read realis ("no one was hurt", "denied", "would", "vowed to").
NEGATION = re.compile(r"\b(?:no|not|never|none|nobody|neither|nor|without|cannot|"
                      r"den(?:y|ies|ied|ying))\b|n't\b", re.IGNORECASE)
MODALITY = re.compile(r"\b(?:will|would|could|might|may|should|must|shall|if|unless|"
                      r"plan(?:s|ned|ning)?|threat(?:en|ens|ened|ening)?|vow(?:s|ed|ing)?|"
                      r"warn(?:s|ed|ing)?|intend(?:s|ed)?|expect(?:s|ed)?|call(?:s|ed)? for|"
                      r"urg(?:e|es|ed)|demand(?:s|ed)?|fear(?:s|ed)?)\b|'ll\b", re.IGNORECASE)
# Rule features, in the order they are written (the model stores their means and scales).
RULE_FEATURES = (5 * _N + 1 + len(ACTOR_CATEGORIES) + POSITIONS + 6)
WIDTH = DIMENSIONS + RULE_FEATURES
# Where the rules' label votes start in a row: the label they choose, then the labels their
# detector reports (one column per label each).
RULE_VOTES = DIMENSIONS + 3 * _N


@dataclass(frozen=True, slots=True)
class SentenceInContext:
    """A sentence with the parts of its article the model reads."""

    text: str
    title: str = ""
    before: str = ""                # the previous sentence
    after: str = ""                 # the next sentence
    index: int = 0                  # position among the article's sentences
    detected: tuple[str, ...] = ()  # labels the rule detector reports for it


def rule_features(s: SentenceInContext) -> np.ndarray:
    """The rule part of one sentence's vector (see the module docstring)."""
    out = np.zeros(RULE_FEATURES, dtype=np.float32)
    reading = read(s.text)
    _scores(out, 0, label_scores(reading))
    for neighbour in (s.before, s.after):
        _scores(out, _N, _cue_scores(neighbour))
    _scores(out, 2 * _N, _cue_scores(s.title))
    chosen = classify_reading(reading)
    if chosen.trigger:
        out[3 * _N + _LABEL_INDEX[chosen.label]] = 1.0
    for label in s.detected:
        out[4 * _N + _LABEL_INDEX[label]] = 1.0
    k = 5 * _N
    out[k] = float(chosen.reasoned)
    k += 1
    for a in reading.actors:
        if a.category in ACTOR_CATEGORIES:
            out[k + ACTOR_CATEGORIES.index(a.category)] += 1.0
    k += len(ACTOR_CATEGORIES)
    out[k + min(s.index, POSITIONS - 1)] = 1.0
    k += POSITIONS
    letters = [c for c in s.text if c.isalpha()]
    out[k] = float(bool(letters) and all(c.isupper() for c in letters))
    out[k + 1] = float(bool(letters) and all(c.islower() for c in letters))
    out[k + 2] = math.log1p(len(s.text.split()))
    out[k + 3] = float(any(c.isdigit() for c in s.text))
    out[k + 4] = len(NEGATION.findall(s.text))
    out[k + 5] = len(MODALITY.findall(s.text))
    return out


def _scores(out: np.ndarray, offset: int, scores: dict[str, float]) -> None:
    """Add each label's log-scaled score to its column."""
    for label, score in scores.items():
        out[offset + _LABEL_INDEX[label]] += math.log1p(score)


@lru_cache(maxsize=4096)
def _cue_scores(text: str) -> dict[str, float]:
    """The cue scores of a neighbour or a title. Cached: a sentence is its neighbours'
    neighbour, and a title serves every sentence of its article."""
    return text_label_scores(text) if text else {}


def featurize(sentences: Sequence[SentenceInContext], encoder: Encoder) -> np.ndarray:
    """The feature matrix of a batch: one row per sentence."""
    out = np.empty((len(sentences), WIDTH), dtype=np.float32)
    if sentences:
        out[:, :DIMENSIONS] = encode_distinct(encoder, [s.text for s in sentences])
        for i, s in enumerate(sentences):
            out[i, DIMENSIONS:] = rule_features(s)
    return out
