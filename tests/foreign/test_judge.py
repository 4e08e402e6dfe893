"""The model's view of foreign sentences: neutral rule features, calibration."""

from __future__ import annotations

import numpy as np

from eventwire.events.features import DIMENSIONS, WIDTH, SentenceInContext, rule_features
from eventwire.events.model import Judgement
from eventwire.foreign.judge import CALIBRATION, calibrated, feature_rows, neutral_rule_features


def test_neutral_features_are_those_of_a_sentence_no_rule_reads():
    # words of no language: no cue, actor, negation or modality word, so the English
    # featurizer writes exactly what the foreign one does
    for text, index in (("Xyzzy plugh 12 frobnicate quux.", 0), ("QWERT ZXCVB", 5),
                        ("lorem ipsum", 2)):
        assert np.array_equal(neutral_rule_features(text, index),
                              rule_features(SentenceInContext(text, index=index)))


def test_english_cue_words_in_foreign_text_add_nothing():
    row = neutral_rule_features("no police protest will be arrested", 0)
    empty = neutral_rule_features("xx xxxxxx xxxxxxx xxxx xx xxxxxxxx", 0)
    assert np.array_equal(row, empty)


class _Encoder:
    def encode(self, texts):
        return np.full((len(texts), DIMENSIONS), 0.5, dtype=np.float32)


def test_rows_hold_the_encoder_vector_then_the_rule_part():
    rows = feature_rows(["uno dos", "tres"], [0, 1], _Encoder())
    assert rows.shape == (2, WIDTH)
    assert np.all(rows[:, :DIMENSIONS] == 0.5)
    assert np.array_equal(rows[1, DIMENSIONS:], neutral_rule_features("tres", 1))


def test_calibration_is_monotone_and_lifts_small_scores():
    values = [calibrated(s) for s in (1e-4, 0.01, 0.1, 0.5, 0.9)]
    assert values == sorted(values) and all(0 < v < 1 for v in values)
    assert calibrated(0.1) > 0.1          # without rule evidence the raw score is deflated
    assert abs(calibrated(0.1, (1.0, 0.0)) - 0.1) < 1e-9      # (1, 0) leaves a score as is
    assert CALIBRATION[0] > 0


def test_a_typer_gives_the_label_and_the_models_label_is_kept():
    from eventwire.foreign.judge import judge
    from eventwire.foreign.typer import Typer

    class Encoder:
        def encode(self, texts):
            out = np.zeros((len(texts), DIMENSIONS), np.float32)
            out[:, 1] = ["marcha" in t for t in texts]
            return out

    class Model:
        def judge(self, x):
            return [Judgement("ATTACK", 0.9, 1.0, 0.0, 0.0) for _ in x]

    w = np.zeros((DIMENSIONS, 2), np.float32)
    w[1, 1] = 1.0                                    # dimension 1 votes PEACE_PROTEST
    typer = Typer(("ATTACK", "PEACE_PROTEST"), w, np.array([0.1, 0.0], np.float32))
    texts = ["Una marcha en Lima.", "Un ataque en Lima."]
    typed = judge(Model(), Encoder(), texts, range(2), typer)
    assert [v.judgement.label for v in typed] == ["PEACE_PROTEST", "ATTACK"]
    assert [v.model_label for v in typed] == ["ATTACK", "ATTACK"]
    untyped = judge(Model(), Encoder(), texts, range(2))
    assert [v.judgement.label for v in untyped] == ["ATTACK", "ATTACK"]


def test_the_typer_round_trips_and_the_shipped_one_knows_every_label(tmp_path):
    from eventwire.foreign.typer import Typer, load_typer
    from eventwire.taxonomy import LABELS

    w = np.arange(2 * DIMENSIONS, dtype=np.float32).reshape(DIMENSIONS, 2) / 1000
    Typer(("A", "B"), w, np.zeros(2, np.float32)).save(tmp_path / "t.npz")
    back = Typer.load(tmp_path / "t.npz")
    assert back.classes == ("A", "B") and np.allclose(back.w, w, atol=1e-3)
    shipped = load_typer()
    assert set(shipped.classes) == set(LABELS) and shipped.w.shape == (DIMENSIONS, len(LABELS))
