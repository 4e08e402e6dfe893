"""The clauses of a candidate sentence (eventwire.events.clauses) on our own sentences."""

from __future__ import annotations

import pytest

from eventwire.events.clauses import (
    WHERE,
    background_starts,
    in_sequence_clause,
    own_time_or_place,
    same_word,
    sentence_clauses,
)
from eventwire.events.detect import Candidate
from eventwire.events.features import SentenceInContext
from eventwire.records import EventMention, Sentence
from eventwire.taxonomy import event_type


@pytest.fixture(scope="module")
def nlp():
    from eventwire.nlp import load_pipeline
    return load_pipeline()


def _mention(text, word, clause=None, label="ATTACK"):
    s = text.index(word)
    return EventMention(event_type(label), word, (s, s + len(word)),
                        Sentence(text, 0, len(text)), clause=clause)


def test_a_conjoined_verb_with_its_own_subject_starts_a_clause(nlp):
    text = "Rebels kidnapped two engineers on Monday, and a bomb killed a soldier on Tuesday."
    spans = sentence_clauses(nlp(text))
    # The cut is at the second verb's subject; the conjunction stays with the first clause.
    assert [text[a:b].strip(" ,.") for a, b in spans] == [
        "Rebels kidnapped two engineers on Monday, and", "a bomb killed a soldier on Tuesday"]


@pytest.mark.parametrize(("text", "second"), [
    ("Fighting flared again in the hills on Thursday, a day after a truce between the two "
     "militias took effect.", "a day after a truce between the two militias took effect"),
    ("Shelling resumed on the northern front on Monday, two days after the sides signed a "
     "ceasefire.", "two days after the sides signed a ceasefire"),
    ("Troops entered the port on Friday, following a deal brokered by elders.",
     "following a deal brokered by elders"),
])
def test_what_came_before_set_off_by_a_comma_starts_a_clause(nlp, text, second):
    spans = sentence_clauses(nlp(text))
    assert [text[a:b].strip(" ,.") for a, b in spans][-1] == second


def test_an_after_inside_the_main_clause_starts_none(nlp):
    text = "Police arrested two men after a chase through the market on Friday."
    assert len(sentence_clauses(nlp(text))) == 1


def test_a_verb_sharing_its_subject_starts_no_clause(nlp):
    text = "Gunmen stormed the village school on Monday and killed two teachers."
    assert len(sentence_clauses(nlp(text))) == 1


def test_an_ongoing_background_clause_is_found(nlp):
    text = ("Government forces, which have been pressing an offensive since April, entered "
            "the town on Friday.")
    starts = background_starts(nlp(text))
    assert starts == frozenset({text.index("which")})
    assert background_starts(nlp("Troops entered the town on Friday.")) == frozenset()


@pytest.mark.parametrize("word, other, same", [
    ("arrested", "arrested", True), ("took control", "took", True),
    ("arrested", "held", False), ("took", "control", False)])
def test_same_word(word, other, same):
    text = "Police arrested them and took control of the square as they held signs."
    assert same_word(_mention(text, word), _mention(text, other)) is same


def _cand(nlp, text):
    return Candidate(nlp(text), Sentence(text, 0, len(text)), SentenceInContext(text))


def test_a_clause_with_its_own_day_or_place(nlp):
    text = "Rebels kidnapped two engineers in Beni on Monday, and a bomb killed a soldier in Goma."
    cand = _cand(nlp, text)
    cut = text.index("and a bomb")
    main = _mention(text, "kidnapped", (0, cut))
    second = _mention(text, "killed", (cut, len(text)))
    assert own_time_or_place(cand, second, main)
    assert own_time_or_place(cand, second, main, WHERE)


def test_a_clause_with_nothing_of_its_own(nlp):
    text = "Gunmen attacked a police post in Beni on Monday, and they killed two officers."
    cand = _cand(nlp, text)
    cut = text.index("and they")
    main = _mention(text, "attacked", (0, cut))
    assert not own_time_or_place(cand, _mention(text, "killed", (cut, len(text))), main)


SEQUENCE = [
    # what came before the sentence's news, set off by "after", "since", "following"
    ("Jets struck the town of Gao on Sunday, a day after the group said its fighter had blown "
     "himself up at a market in Niamey.", "blown", True),
    ("Drones hit the town on Tuesday night, residents said, days after the group said one of "
     "its fighters had blown himself up in Bamako.", "blown", True),
    ("The army shelled the camp after rebels ambushed a convoy near Kidal.", "ambushed", True),
    ("Following the bombing of the market, troops raided the district.", "bombing", True),
    # the news itself
    ("Jets struck the town of Gao on Sunday, a day after the group said its fighter had blown "
     "himself up at a market in Niamey.", "struck", False),
    ("Gunmen killed six people in Gao, after which police arrested two suspects.", "arrested",
     False),
    ("Rebels attacked the base on Monday and burned the barracks.", "burned", False),
]


@pytest.mark.parametrize(("text", "word", "apart"), SEQUENCE)
def test_what_came_before_the_news_is_told_apart(nlp, text, word, apart):
    assert in_sequence_clause(nlp(text), text.index(word)) is apart
