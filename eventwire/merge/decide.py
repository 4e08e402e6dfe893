"""The pairwise decision: are two reports one event? A weighted sum of the evidence features
(:mod:`.evidence`) against a threshold, after the vetoes.

The weights are a logistic regression fitted on the training part of the project's rewrites
(``tests/data/merge/stories.jsonl``: the same stories told by several outlets, with hard
negatives), by ``python benchmarks/merge.py --fit``, which prints them and the scores on the
held-aside stories. Rounded to two decimals here.
"""

from __future__ import annotations

from .evidence import FEATURES, Profile, features

# Weight per feature, in evidence.FEATURES order (label, place, date, actor, count, text).
WEIGHTS: dict[str, float] = {"label": 2.0, "place": 2.0, "date": 1.0, "actor": 0.5,
                             "count": 3.0, "text": 4.0}
# The log-odds of "one event" with every feature at 0.
BIAS = -4.0
# Pairs scoring at or above this are one event: log-odds 0, a probability of one half.
THRESHOLD = 0.0


def score(a: Profile, b: Profile, weights: dict[str, float] | None = None,
          bias: float | None = None) -> float | None:
    """The log-odds that two reports tell one event, or ``None`` when the evidence vetoes."""
    f = features(a, b)
    if f is None:
        return None
    w = WEIGHTS if weights is None else weights
    return (BIAS if bias is None else bias) + sum(w[name] * v for name, v in
                                                  zip(FEATURES, f, strict=True))


def same_event(a: Profile, b: Profile) -> float | None:
    """The pair's score when it says "one event", else ``None``. Reports of one document never
    are one event: within an article, retellings were folded already (:mod:`.fold`)."""
    if a.documents & b.documents:
        return None
    s = score(a, b)
    return s if s is not None and s >= THRESHOLD else None
