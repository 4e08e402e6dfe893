"""The detector's feature rows: the same function for training and for the pipeline."""

from __future__ import annotations

import numpy as np

from eventwire.events.features import (
    DIMENSIONS, LABEL_ORDER, RULE_FEATURES, RULE_VOTES, WIDTH, SentenceInContext, featurize,
    rule_features,
)


class FakeEncoder:
    """One-hot vectors by text length: deterministic and cheap."""

    def __init__(self):
        self.calls = []

    def encode(self, texts):
        self.calls.append(list(texts))
        out = np.zeros((len(texts), DIMENSIONS), np.float32)
        for i, t in enumerate(texts):
            out[i, len(t) % DIMENSIONS] = 1.0
        return out


def test_rows_hold_the_vector_then_the_rule_features():
    s = SentenceInContext("Warplanes bombed the market on Monday.", title="Strikes",
                          detected=("AIR_STRIKE",))
    enc = FakeEncoder()
    x = featurize([s], enc)
    assert x.shape == (1, WIDTH) and WIDTH == DIMENSIONS + RULE_FEATURES
    assert x[0, len(s.text) % DIMENSIONS] == 1.0
    assert np.array_equal(x[0, DIMENSIONS:], rule_features(s))
    assert enc.calls == [[s.text]]


def test_rule_votes_are_where_the_model_reads_them():
    s = SentenceInContext("Warplanes bombed the market on Monday.", detected=("AIR_STRIKE",))
    x = featurize([s], FakeEncoder())
    n = len(LABEL_ORDER)
    chosen = x[0, RULE_VOTES:RULE_VOTES + n]
    detected = x[0, RULE_VOTES + n:RULE_VOTES + 2 * n]
    assert LABEL_ORDER[int(np.argmax(detected))] == "AIR_STRIKE" and detected.sum() == 1
    assert chosen.sum() == 1 and LABEL_ORDER[int(np.argmax(chosen))] == "AIR_STRIKE"


def test_context_title_and_case_change_the_rule_features():
    plain = rule_features(SentenceInContext("The council met on Tuesday."))
    near = rule_features(SentenceInContext("The council met on Tuesday.",
                                           before="Rebels shelled the town overnight."))
    titled = rule_features(SentenceInContext("The council met on Tuesday.",
                                             title="Rebels shelled the town"))
    caps = rule_features(SentenceInContext("THE COUNCIL MET ON TUESDAY."))
    assert not np.array_equal(plain, near)
    assert not np.array_equal(plain, titled) and not np.array_equal(near, titled)
    assert not np.array_equal(plain, caps)


def test_an_empty_batch_encodes_nothing():
    enc = FakeEncoder()
    assert featurize([], enc).shape == (0, WIDTH)
    assert enc.calls == []
