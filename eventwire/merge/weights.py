"""The pairwise decision's weights: written by ``python training/train_merge.py``
(do not edit)."""

WEIGHTS = {
    "label": 0.18,
    "place": 1.46,
    "date": 1.85,
    "actor": 0.63,
    "count": 1.03,
    "text": 0.78,
    "story": 0.92,
    "headline": 1.14,
    "sentence": 0.92,
    "names": 0.78,
}
BIAS = -2.54
