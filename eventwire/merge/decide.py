"""The pairwise decision: are two reports one event? A logistic regression on the evidence
features (:mod:`.evidence`) against a threshold, after the vetoes.

The weights (:mod:`.weights`) are fitted by ``python
training/train_merge.py`` on the project's own rewrites (``tests/data/merge/stories.jsonl``:
stories told by several outlets, with hard negatives of the same kind at the same place or
time), the stories marked ``"split": "held"`` left aside; the script prints the pairwise F1 on
both parts.
"""

from __future__ import annotations

from . import weights as fitted
from .evidence import ENCODED, FEATURES, Profile, features, plain_features

# Pairs whose log-odds of "one event" reach this are one event: a probability of one half.
THRESHOLD = 0.0


def recalled(a: Profile, b: Profile) -> bool:
    """True for two reports that both tell their happening as history
    (:func:`.evidence.recalled`): two articles recalling one past happening (an old
    earthquake, an earlier robbery in the town) are not reports of it, nor one story; they
    join its event only through a report that tells it as news. ECB+ dev pairwise F1 0.713 /
    0.823 at 0.7 / 0.05 without, 0.717 / 0.828 with (``eventwire eval merge``: the recalled
    2004 tsunami no longer joins two years' earthquake reports); the project's stories, which
    recall nothing, unchanged."""
    return a.recalled and b.recalled


def score(a: Profile, b: Profile, w: dict[str, float] | None = None,
          bias: float | None = None) -> float | None:
    """The log-odds that two reports tell one event, or ``None`` when the evidence vetoes."""
    f = features(a, b)
    if f is None:
        return None
    w = fitted.WEIGHTS if w is None else w
    return (fitted.BIAS if bias is None else bias) + sum(w[name] * v for name, v in
                                                         zip(FEATURES, f, strict=True))


def possible(a: Profile, b: Profile) -> bool:
    """False when the pair cannot be one event whatever the encoder says: a veto, one document,
    or a score below the threshold whatever the encoded similarities (cosines, in [-1, 1]). A
    pair that is not possible costs no sentence vectors."""
    if a.documents & b.documents or recalled(a, b):
        return False
    plain = plain_features(a, b)
    if plain is None:
        return False
    w = fitted.WEIGHTS
    best = sum(abs(w[name]) for name in ENCODED)       # a cosine lies in [-1, 1]
    return fitted.BIAS + sum(w[name] * v for name, v in plain.items()) + best >= THRESHOLD


def same_event(a: Profile, b: Profile) -> float | None:
    """The pair's score when it says "one event", else ``None``. Reports of one document are
    never a pair: within an article, retellings were folded already (:mod:`.fold`); what the
    fold could not see, other reports may join (:mod:`.cluster`)."""
    if a.documents & b.documents or recalled(a, b):
        return None
    s = score(a, b)
    return s if s is not None and s >= THRESHOLD else None
