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
