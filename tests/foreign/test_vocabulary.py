"""Common words and names told apart by the encoder's vocabulary (foreign.vocabulary)."""

from __future__ import annotations

import pytest

from eventwire.foreign.vocabulary import is_word, readable

pytestmark = pytest.mark.skipif(not readable(), reason="the encoder is not installed")


# Words of news in French, Spanish and Portuguese that are also names of towns somewhere.
@pytest.mark.parametrize("word", ["vie", "bras", "paz", "general", "marcha", "mars", "nice",
                                  "tours", "causa", "campo", "VIE", "Paz"])
def test_common_words(word):
    assert is_word(word)


@pytest.mark.parametrize("word", ["djibo", "tumaco", "macomia", "lyon", "sevilla", "paris",
                                  "kandahar", "goma", "victoria", "PARIS"])
def test_names(word):
    assert not is_word(word)
