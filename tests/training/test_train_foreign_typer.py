"""The foreign typer's training: a softmax regression that learns, deterministically."""

from __future__ import annotations

import numpy as np

from eventwire.foreign.typer import Typer
from training.train_foreign_typer import accuracy, fit


def _data(seed=0, n=300):
    """Three labels in three directions of a small space, with noise; label 2 is rare."""
    rng = np.random.default_rng(seed)
    y = rng.choice(3, size=n, p=[0.6, 0.35, 0.05])
    x = rng.normal(0, 0.3, (n, 8))
    x[np.arange(n), y] += 2.0
    return x, y


def test_the_regression_learns_separable_labels_rare_one_included():
    x, y = _data()
    w, b = fit(x, y, 3, 1e-4, seed=7)
    typer = Typer(("ATTACK", "ARREST", "DIPLO"), w, b)
    tx, ty = _data(seed=1)
    labels = [typer.classes[i] for i in ty]
    assert accuracy(typer, tx, labels)[0] > 0.95
    rare = ty == 2
    assert all(a == "DIPLO" for a in typer.labels(tx[rare]))


def test_training_is_deterministic_for_a_seed():
    x, y = _data()
    w1, b1 = fit(x, y, 3, 1e-4, seed=7)
    w2, b2 = fit(x, y, 3, 1e-4, seed=7)
    assert np.array_equal(w1, w2) and np.array_equal(b1, b2)
