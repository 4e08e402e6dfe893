"""The foreign typer's training: a softmax regression that learns, deterministically."""

from __future__ import annotations

import numpy as np
import pytest

from eventwire.foreign.typer import Typer
from eventwire.foreign.vocabulary import readable
from training.train_foreign_typer import accuracy, fit, foreign_events


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


def test_a_weight_counts_as_copies_of_an_example():
    x, y = _data(n=120)
    heavy = np.arange(len(y)) < 30
    w1, b1 = fit(x, y, 3, 1e-4, seed=7, sample_weight=np.where(heavy, 3.0, 1.0))
    copies = np.concatenate([np.flatnonzero(heavy)] * 2)
    w2, b2 = fit(np.vstack([x, x[copies]]), np.concatenate([y, y[copies]]), 3, 1e-4, seed=7)
    assert np.allclose(w1, w2, atol=1e-6) and np.allclose(b1, b2, atol=1e-6)


def test_foreign_events_are_read_as_the_reader_encodes_them(tmp_path):
    (tmp_path / "de.jsonl").write_text(
        '{"text": "Bewaffnete haben einen Arzt entfuehrt.", "label": "ABDUCT_DISSAP"}\n',
        encoding="utf-8")
    (tmp_path / "fr.jsonl").write_text(
        '{"text": "Des hommes armés ont enlevé un médecin.", "label": "ABDUCT_DISSAP"}\n',
        encoding="utf-8")
    texts, labels = foreign_events(tmp_path)
    assert labels == ["ABDUCT_DISSAP", "ABDUCT_DISSAP"]
    assert texts[1] == "Des hommes armés ont enlevé un médecin."
    if readable():
        assert texts[0] == "Bewaffnete haben einen Arzt entführt."


def test_a_foreign_event_of_an_unknown_label_is_refused(tmp_path):
    (tmp_path / "es.jsonl").write_text('{"text": "Algo pasó.", "label": "KIDNAP"}\n',
                                       encoding="utf-8")
    with pytest.raises(ValueError):
        foreign_events(tmp_path)


def test_the_shipped_foreign_events_have_known_labels():
    texts, labels = foreign_events()
    assert len(texts) == len(labels) > 0
