"""The clauses of a candidate sentence (eventwire.events.clauses) on our own sentences."""

from __future__ import annotations

import pytest

from eventwire.events.clauses import (
    WHERE,
    another_verb,
    background_starts,
    in_sequence_clause,
    lead_clause,
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


@pytest.mark.parametrize("text, apart", [
    ("the army has flown two hundred more soldiers into the town today, a day after "
     "separatist fighters killed two soldiers in a raid on a post there.", True),
    ("Troops shelled the hills on Monday, two days after rebels killed two soldiers there.",
     True),
    # a sequence with no span of days: no time of its own unless the words name one
    ("Troops shelled the hills on Monday, after rebels killed two soldiers there.", False),
])
def test_a_trailing_clause_days_apart_tells_a_time_of_its_own(nlp, text, apart):
    cand = _cand(nlp, text)
    cut = text.index(",")
    main = _mention(text, text.split()[1], (0, cut))
    assert own_time_or_place(cand, _mention(text, "killed", (cut, len(text))), main) is apart
    assert not own_time_or_place(cand, _mention(text, "killed", (cut, len(text))), main, WHERE)


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


# (sentence, the clause's first words, tells a further happening?)
ANOTHER = [
    ("A car bomb exploded near a mosque in Mosul, and another bomb went off at a bus station "
     "in Kirkuk.", "another bomb", True),
    ("Rockets hit the base on Sunday night, and a second salvo on Tuesday destroyed a hangar.",
     "a second salvo", True),
    ("Police dispersed protesters in Nairobi, and protesters in Kisumu were also dispersed.",
     "protesters in Kisumu", True),
    ("Jets bombed the port on Friday, and the town was hit again on Saturday night.",
     "the town", True),
    # a count of people is no further happening; nor a clause with nothing of the kind
    ("A bomb killed two soldiers in Kirkuk, and another 20 people were wounded.",
     "another 20", False),
    ("A bomb killed two soldiers in Kirkuk, and another two people were wounded.",
     "another two", False),
    ("Gunmen attacked a police post in Beni on Monday, and they killed two officers.",
     "they killed", False),
    ("Troops clashed with rebels near Kidal, and the army said six rebels died.",
     "the army", False),
    # a source also saying is no further happening
    ("Three miners died in a flooded pit in Shanxi, and the state agency also reported two "
     "injured.", "the state agency", False),
]


@pytest.mark.parametrize(("text", "clause", "expected"), ANOTHER)
def test_a_clause_telling_another_happening_has_its_verb(nlp, text, clause, expected):
    start = text.index(clause)
    assert (another_verb(nlp(text), start, len(text)) is not None) is expected


def test_the_town_of_a_place_and_a_time_later_are_a_clauses_own(nlp):
    """A town the small model mislabels, named after "the town of", and "an hour later"."""
    text = ("A roadside bomb hit an army vehicle in Wadi Khaled on Thursday morning, and a "
            "second device went off at a checkpoint outside the town of Halba.")
    cand = _cand(nlp, text)
    cut = text.index("a second device")
    main = _mention(text, "bomb", (0, cut), "REM_EXPLOS")
    assert own_time_or_place(cand, _mention(text, "went off", (cut, len(text))), main, WHERE)
    later = "A bomb hit an army vehicle near Kidal, and a second bomb exploded an hour later."
    cut = later.index("a second bomb")
    main = _mention(later, "bomb", (0, cut), "REM_EXPLOS")
    cand = _cand(nlp, later)
    assert own_time_or_place(cand, _mention(later, "exploded", (cut, len(later))), main)
    assert not own_time_or_place(cand, _mention(later, "exploded", (cut, len(later))), main,
                                 WHERE)


@pytest.mark.parametrize("text, lead", [
    ("An explosives-laden car blew up outside a police station on Wednesday, a day after "
     "gunmen killed two policemen in Duran.", "An explosives-laden car blew up outside a "
     "police station on Wednesday"),
    ("Schools stayed closed across the port city on Thursday, two days after gunmen killed "
     "two policemen there.", "Schools stayed closed across the port city on Thursday"),
    # what came before, told first
    ("Hours after the derailment, two gunmen on a motorcycle shot two volunteers at a "
     "checkpoint.", "two gunmen on a motorcycle shot two volunteers at a checkpoint."),
    # a rule's word in the main clause, no trailing clause, or a main clause too short
    ("Drones struck the town of Dolo on Tuesday night, two days after rebels attacked a "
     "checkpoint there.", None),
    ("A car bomb exploded outside a police station on Wednesday, a day after gunmen killed "
     "two policemen.", None),
    ("Gunmen killed two policemen in Duran on Tuesday.", None),
    ("Officials spoke on Tuesday, a day after gunmen killed two policemen.", None),
])
def test_the_main_clause_is_judged_alone_when_the_rules_read_only_after_it(nlp, text, lead):
    from eventwire.events.detect import Detector
    parsed = nlp(text)
    rules = Detector(rules_only=True).rule_mentions(parsed, Sentence(text, 0, len(text)))
    assert rules
    span = lead_clause(parsed, 0, rules)
    assert (text[span[0]:span[1]] if span is not None else None) == lead
