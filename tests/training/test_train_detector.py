"""The training script's feature cache: per sentence in context, computed once."""

from __future__ import annotations

import numpy as np
import pytest

from training import train_detector
from training.corpus import LabelledSentence


def sentence(text: str, index: int = 0, before: str = "") -> LabelledSentence:
    return LabelledSentence("a-0001", "wire", "Title", before, text, "", index,
                            None, False, False, None, None)


@pytest.fixture
def counted(monkeypatch, tmp_path):
    """A fake feature computation that records what it was asked for, and a fresh cache."""
    asked: list[list[str]] = []

    def compute(sentences):
        asked.append([s.text for s in sentences])
        x = np.array([[len(s.text), s.index] for s in sentences], dtype=np.float32)
        return x, np.array([s.text.startswith("R") for s in sentences])

    monkeypatch.setattr(train_detector, "_compute", compute)
    monkeypatch.setattr("eventwire.places.gazetteer.default_cache_dir", lambda: tmp_path)
    return asked


def test_features_are_computed_once_and_only_for_new_sentences(counted):
    first = [sentence("Rebels shelled the town."), sentence("It rained.", 1)]
    f = train_detector.features(first)
    assert counted == [["Rebels shelled the town.", "It rained."]]
    assert f.sentences.tolist() == [[24, 0], [10, 1]] and f.candidate.tolist() == [True, False]
    again = train_detector.features(first)
    assert counted == [["Rebels shelled the town.", "It rained."]]
    assert np.array_equal(again.sentences, f.sentences)
    more = train_detector.features([*first, sentence("Riots broke out.", 2)])
    assert counted[-1] == ["Riots broke out."] and len(more.sentences) == 3


def test_a_sentence_in_another_context_is_another_row(counted):
    train_detector.features([sentence("It rained.", 1)])
    train_detector.features([sentence("It rained.", 1, before="Rebels shelled the town.")])
    assert counted == [["It rained."], ["It rained."]]


def test_training_on_part_of_the_corpus_keeps_the_rest_cached(counted):
    everything = [sentence("Rebels shelled the town."), sentence("It rained.", 1)]
    train_detector.features(everything)
    train_detector.features(everything[:1] + [sentence("Riots broke out.", 2)])
    train_detector.features(everything)
    assert counted == [["Rebels shelled the town.", "It rained."], ["Riots broke out."]]


def labelled(article: str, label: str | None) -> LabelledSentence:
    return LabelledSentence(article, "wire", "Title", "", "Rebels shelled the town.", "", 0,
                            label, label is not None, False, "core" if label else None, None)


def test_a_slice_weight_scales_its_sentences_in_the_targets():
    y = train_detector.targets([labelled("longform-0001", "ARMED_CLASH"),
                                labelled("battles-0001", None)], {"longform": 0.25})
    assert y["weight"].tolist() == [0.25, 1.0]
    assert train_detector.targets([labelled("battles-0001", None)])["weight"].tolist() == [1.0]


def test_a_row_of_weight_two_counts_as_the_row_twice_and_weight_zero_as_absent():
    net = train_detector.Network(3, 4, np.random.default_rng(0))
    rng = np.random.default_rng(1)
    x = rng.normal(size=(2, 3)).astype(np.float32)
    sents = [labelled("a-0001", "ATTACK"), labelled("a-0002", None)]

    def grads(rows, weight):
        y = train_detector.subset(train_detector.targets(sents), np.array(rows))
        y["weight"] = np.array(weight, dtype=np.float32)
        loss, g = net.loss_and_grads(x[rows], y, None)
        return loss * len(rows), {k: v - train_detector.L2 * net.p.get(k, 0) * (k[0] == "w")
                                  for k, v in g.items()}

    twice_loss, twice = grads([0, 0, 1], [1, 1, 1])
    weighted_loss, weighted = grads([0, 1], [2, 1])
    assert np.isclose(twice_loss, weighted_loss, rtol=1e-5)
    for k in twice:     # mean over 3 rows against mean over 2: scale the sums back
        assert np.allclose(twice[k] * 3, weighted[k] * 2, atol=1e-5)
    alone_loss, alone = grads([1], [1])
    zero_loss, zero = grads([0, 1], [0, 1])
    assert np.isclose(alone_loss, zero_loss, rtol=1e-5)
    for k in alone:
        assert np.allclose(alone[k], zero[k] * 2, atol=1e-5)


def test_the_held_slices_are_never_trained_on(tmp_path):
    import json
    for stem in ("longform-01", "longlocal-02", "battles-03"):
        art = {"id": f"{stem.split('-')[0]}-0001", "register": "wire", "title": "T",
               "sentences": [{"text": f"A sentence of {stem}."}]}
        (tmp_path / f"{stem}.jsonl").write_text(json.dumps(art) + "\n", encoding="utf-8")
    kept = train_detector.training_sentences(tmp_path)
    assert [s.text for s in kept] == ["A sentence of battles-03."]
