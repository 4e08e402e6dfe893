"""The words of two reports: content words, names and numbers, headline similarity."""

from __future__ import annotations

from eventwire.merge.text import cosine, jaccard, names, words


def test_words_drop_case_accents_punctuation_and_stop_words():
    assert words("The fire in Düzce, officials SAID.") == frozenset({"fire", "duzce",
                                                                     "officials"})


def test_names_are_capitalised_words_and_numbers_not_the_calendar():
    assert names("A 6.1-magnitude quake hit Aceh on Tuesday, killing 24.",
                 "Quake kills 24 in Aceh") == frozenset({"6 1", "aceh", "24", "quake"})


def test_jaccard_is_shared_over_all_and_zero_for_nothing():
    assert jaccard(frozenset("ab"), frozenset("bc")) == 1 / 3
    assert jaccard(frozenset(), frozenset("a")) == 0.0


def test_headlines_of_one_happening_are_closer_than_of_another_kind():
    a = "Fire guts historic church in Alaska town"
    same = "Arson suspected in blaze that destroyed Alaska church"
    other = "Parliament passes budget after long debate"
    assert cosine(a, a) == 1.0
    assert cosine(a, same) > cosine(a, other) + 0.2
    assert cosine(a, "") == 0.0
