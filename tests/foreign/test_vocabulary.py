"""Common words and names told apart by the encoder's vocabulary (foreign.vocabulary)."""

from __future__ import annotations

import pytest

from eventwire.foreign.vocabulary import is_capitalised, is_word, log_probability, readable

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


# German nouns and names in lower case, whole pieces and compounds (written capitalised
# again in caseless German lines), and the words of German that stay lower case.
@pytest.mark.parametrize("word", ["dorf", "menschen", "polizei", "berlin", "montag", "nacht",
                                  "bundesregierung", "zentralnigeria", "flüchtlingslager",
                                  "botschafter", "gazastreifen"])
def test_german_nouns_are_capitalised(word):
    assert is_capitalised(word)


@pytest.mark.parametrize("word", ["ein", "und", "der", "hat", "wurden", "verletzt", "traf",
                                  "überfielen", "erschossen", "griffen", "festgenommen",
                                  "russischen", "abgefeuert", "Dorf"])
def test_german_words_stay_lower_case(word):
    assert not is_capitalised(word)


def test_a_word_is_likelier_spelled_as_the_vocabulary_writes_it():
    assert log_probability("entführt") > log_probability("entfuehrt")
    assert log_probability("Feuer") > log_probability("Feür")
    # a whole piece is its own score; a word of no piece costs its pieces'
    assert log_probability("für") > log_probability("fuer") > log_probability("fxqzr")
