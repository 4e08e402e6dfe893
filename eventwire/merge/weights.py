"""The pairwise decision's weights: written by ``python training/train_merge.py``
(do not edit)."""

WEIGHTS = {
    "label": 0.22,
    "place": 1.43,
    "date": 1.82,
    "actor": 0.67,
    "count": 1.08,
    "text": 0.77,
    "story": 0.93,
    "headline": 1.26,
    "sentence": 0.93,
    "names": 0.72,
}
BIAS = -2.66
