"""The detector's learned head: forward pass, rule votes, calibration, the shipped weights."""

from __future__ import annotations

import json

import numpy as np
import pytest

from eventwire.errors import ResourceError
from eventwire.events.features import DIMENSIONS, LABEL_ORDER, RULE_VOTES, WIDTH
from eventwire.events.model import (
    CLASSES, MODEL_PATH, RULE_VOTE, EventModel, Weights, load_model,
)

HIDDEN = 4


def _weights(*, type_bias=None, flag_bias=(0.0, 0.0, 0.0), calibration=(1.0, 0.0),
             with_crime=(1.0, 0.0)):
    """A head whose hidden layer is always zero: its outputs are its biases alone."""
    return Weights(
        w1=np.zeros((1, WIDTH, HIDDEN), np.float32), b1=np.zeros((1, HIDDEN), np.float32),
        w_type=np.zeros((1, HIDDEN, len(CLASSES)), np.float32),
        b_type=np.asarray([type_bias if type_bias is not None else np.zeros(len(CLASSES))],
                          np.float32),
        w_flags=np.zeros((1, HIDDEN, 3), np.float32),
        b_flags=np.asarray([flag_bias], np.float32),
        rule_mean=np.zeros(WIDTH - DIMENSIONS, np.float32),
        rule_scale=np.ones(WIDTH - DIMENSIONS, np.float32),
        calibration=np.asarray(calibration, np.float32),
        calibration_with_crime=np.asarray(with_crime, np.float32), info=json.dumps({"test": True}))


def _row(votes=()):
    x = np.zeros((1, WIDTH), np.float32)
    for label in votes:
        x[0, RULE_VOTES + LABEL_ORDER.index(label)] = 1.0
    return x


def test_probabilities_and_score_follow_the_outputs():
    bias = np.zeros(len(CLASSES))
    bias[CLASSES.index("AIR_STRIKE")] = 3.0
    model = EventModel(_weights(type_bias=bias, flag_bias=(2.0, -2.0, -3.0)))
    (j,) = model.judge(_row())
    assert j.label == "AIR_STRIKE"
    assert j.event == pytest.approx(1 - 1 / (np.exp(3) + 30), rel=1e-5)
    assert j.realis == pytest.approx(1 / (1 + np.exp(-2)), rel=1e-5)
    assert j.score == pytest.approx(j.event * j.realis * (1 - j.crime))


def test_a_rule_vote_breaks_a_tie_but_not_a_clear_choice():
    bias = np.zeros(len(CLASSES))
    bias[CLASSES.index("ATTACK")] = bias[CLASSES.index("ARMED_CLASH")] = 2.0
    model = EventModel(_weights(type_bias=bias))
    assert model.judge(_row(["ARMED_CLASH"]))[0].label == "ARMED_CLASH"
    assert model.judge(_row(["ATTACK"]))[0].label == "ATTACK"
    bias[CLASSES.index("ATTACK")] = 2.0 + 3 * RULE_VOTE
    assert EventModel(_weights(type_bias=bias)).judge(_row(["ARMED_CLASH"]))[0].label == "ATTACK"


def test_calibration_is_monotonic_and_platt_shaped():
    model = EventModel(_weights(calibration=(2.0, -1.0)))
    values = [model.confidence(s) for s in (0.01, 0.2, 0.5, 0.8, 0.99)]
    assert values == sorted(values)
    assert model.confidence(0.5) == pytest.approx(1 / (1 + np.exp(1.0)))


def test_confidence_with_crime_counts_crime_and_never_falls_below_confidence():
    bias = np.zeros(len(CLASSES))
    bias[CLASSES.index("ATTACK")] = 4.0
    # Crime likely (sigmoid(3) = 0.95): the score in scope is small, the one with crime not.
    model = EventModel(_weights(type_bias=bias, flag_bias=(3.0, -2.0, 3.0)))
    (j,) = model.judge(_row())
    assert j.score_with_crime == pytest.approx(j.event * j.realis)
    assert j.score < 0.1 < 0.8 < j.score_with_crime
    assert model.confidence_with_crime(j) == pytest.approx(j.score_with_crime, rel=1e-4)
    # A calibration that puts crime-inclusive events lower is floored at the in-scope one.
    low = EventModel(_weights(type_bias=bias, flag_bias=(3.0, -2.0, -3.0), with_crime=(1.0, -6)))
    (k,) = low.judge(_row())
    assert low.confidence_with_crime(k) == pytest.approx(low.confidence(k.score))


def test_a_model_without_the_crime_calibration_says_how_to_add_it(tmp_path):
    w = _weights()
    arrays = {k: getattr(w, k) for k in Weights.__slots__
              if k not in ("info", "calibration_with_crime")}
    np.savez(tmp_path / "old.npz", info=np.array(w.info), **arrays)
    with pytest.raises(ResourceError, match="--recalibrate"):
        load_model.__wrapped__(tmp_path / "old.npz")


def test_the_ensemble_averages_its_members():
    one = np.zeros(len(CLASSES))
    one[CLASSES.index("ARREST")] = 4.0
    two = np.zeros(len(CLASSES))
    two[CLASSES.index("DIPLO")] = 4.0
    a, b = _weights(type_bias=one), _weights(type_bias=two)
    both = Weights(**{**{k: getattr(a, k) for k in Weights.__slots__},
                      "b_type": np.concatenate([a.b_type, b.b_type]),
                      **{k: np.concatenate([getattr(a, k), getattr(b, k)])
                         for k in ("w1", "b1", "w_type", "w_flags", "b_flags")}})
    p, _ = EventModel(both).forward(_row())
    pa, _ = EventModel(a).forward(_row())
    pb, _ = EventModel(b).forward(_row())
    assert np.allclose(p, (pa + pb) / 2)


def test_weights_round_trip_through_a_file(tmp_path):
    w = _weights(calibration=(0.5, 0.25))
    w.save(tmp_path / "m.npz")
    loaded = load_model.__wrapped__(tmp_path / "m.npz")
    assert loaded.info == {"test": True}
    assert np.array_equal(loaded.weights.calibration, w.calibration)
    assert np.array_equal(loaded.weights.calibration_with_crime, w.calibration_with_crime)


def test_a_model_built_for_other_features_is_refused():
    w = _weights()
    bad = Weights(**{**{k: getattr(w, k) for k in Weights.__slots__},
                     "w1": np.zeros((1, WIDTH + 1, HIDDEN), np.float32)})
    with pytest.raises(ResourceError, match="retrain"):
        EventModel(bad)


def test_a_missing_model_says_what_to_do(tmp_path):
    with pytest.raises(ResourceError, match="train_detector"):
        load_model.__wrapped__(tmp_path / "none.npz")


def test_the_shipped_model_loads_and_matches_the_features():
    model = load_model()
    assert model.weights.w1.shape[1] == WIDTH
    assert MODEL_PATH.stat().st_size < 5_000_000
    assert model.info["sentences"] >= 8000
