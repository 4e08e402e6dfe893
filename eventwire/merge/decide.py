"""The pairwise decision: are two reports one event? A weighted sum of the evidence features
(:mod:`.evidence`) against a threshold, after the vetoes.

The weights are set by hand and checked on the project's rewrites
(``tests/data/merge/stories.jsonl``: stories told by several outlets, with hard negatives;
``python benchmarks/merge.py`` prints the pairwise scores on its training and held-aside
stories). ``benchmarks/merge.py --fit`` fits a logistic regression on the training stories,
but with 43 reports most negative pairs are vetoed before scoring (it fits 54 pairs, 51 of
them positive) and gives label and place negative weights, so these are not its weights; the
two score alike on those stories. More rewrites with hard negatives are needed to fit them.
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
