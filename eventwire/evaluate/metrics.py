"""Shared scoring arithmetic for ``eventwire eval``: precision/recall/F1 and class reports."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    """Precision, recall and F1 from counts (0.0 where undefined)."""
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


@dataclass(frozen=True, slots=True)
class ClassReport:
    n: int
    accuracy: float
    weighted_f1: float
    macro_f1: float
    per_class: dict[str, float]          # F1 by gold/predicted label
    support: dict[str, int]              # gold count by label
    confusions: tuple[tuple[str, str, int], ...]   # (gold, predicted, count), most frequent first


def classification_report(gold: Sequence[str], predicted: Sequence[str]) -> ClassReport:
    """Accuracy, support-weighted F1 and macro F1 (over labels in gold or output, as sklearn)."""
    if len(gold) != len(predicted):
        raise ValueError("gold and predicted must have the same length")
    support = Counter(gold)
    labels = sorted(set(gold) | set(predicted))
    per_class: dict[str, float] = {}
    for label in labels:
        tp = sum(1 for g, p in zip(gold, predicted, strict=True) if g == p == label)
        fp = sum(1 for g, p in zip(gold, predicted, strict=True) if p == label and g != label)
        fn = sum(1 for g, p in zip(gold, predicted, strict=True) if g == label and p != label)
        per_class[label] = prf(tp, fp, fn)[2]
    n = len(gold)
    gold_labels = [lab for lab in labels if support[lab]]
    weighted = sum(per_class[lab] * support[lab] for lab in gold_labels) / n if n else 0.0
    macro = sum(per_class.values()) / len(labels) if labels else 0.0
    confusions = Counter((g, p) for g, p in zip(gold, predicted, strict=True) if g != p)
    return ClassReport(
        n=n,
        accuracy=sum(g == p for g, p in zip(gold, predicted, strict=True)) / n if n else 0.0,
        weighted_f1=weighted,
        macro_f1=macro,
        per_class=per_class,
        support=dict(support),
        confusions=tuple((g, p, c) for (g, p), c in confusions.most_common()),
    )
