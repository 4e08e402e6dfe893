"""Headlines told in the present (eventwire.events.headlines), on our own headlines.

``HEADLINES`` and ``NOT_HEADLINES`` were written for the shape; ``ASIDE`` was written after the
reading was tuned and is only checked. The sentences are parsed as the pipeline parses them
(eventwire.casing first), so capitals and lower case are read as mixed case.
"""

from __future__ import annotations

import pytest

from eventwire.events.headlines import HEADLINE_FLOOR, headline_act, headline_label
from eventwire.events.model import Judgement, Sure
from eventwire.events.realis import realis
from eventwire.records import EventMention, Sentence
from eventwire.taxonomy import event_type

HEADLINES = [
    ("Gunmen kill 5 in attack on bus in Zamfara.", "kill"),
    ("Army retakes key town of Palma from insurgents.", "retakes"),
    ("Rebels seize border town of Tessit, army says.", "seize"),
    ("GUERRILLAS KIDNAP 3 OIL WORKERS IN CAUCA.", "kidnap"),
    ("car bomb kills 7 near checkpoint in mogadishu.", "kills"),
    ("Russia detains French researcher in Moscow on spying charges.", "detains"),
    ("Rival militias clash in Tripoli suburbs, 9 dead.", "clash"),
]
NOT_HEADLINES = [
    "Police arrest dozens of drivers every weekend in Lagos.",       # a habit
    "Rebels control most of the north of Mali.",                      # a state
    "Gunmen killed 5 in an attack on a bus in Zamfara on Monday.",    # told in the past
    "They kill 5 in every raid, a villager said.",                   # a pronoun, a habit
    '"We kill them in Zamfara," the commander said.',                # a quotation
    "Rebels threaten to seize the town of Tessit.",                   # a threat
    "Militants will not attack schools in Borno, a spokesman says.",  # a negated future
    ("Gunmen who kill villagers in the forests of Zamfara state are hard to find, officials "
     "in the state capital of Gusau told reporters at a briefing on Monday."),  # long, a state
]
ASIDE = [
    pytest.param("Insurgents overrun army base in Cabo Delgado.", "overrun",
                 marks=pytest.mark.xfail(strict=True, reason="a verb whose present is its "
                                         "participle is tagged VBN, read as past")),
    ("POLICE DISPERSE 300 STUDENTS IN DHAKA.", "disperse"),
    ("Roadside bomb kills four soldiers in Helmand.", "kills"),
    ("Police often arrest traders in the market in Kano.", None),
    ("Unions threaten a strike at the Ford plant in Cologne.", None),
]


@pytest.mark.parametrize(("text", "verb"), HEADLINES + [(t, None) for t in NOT_HEADLINES] + ASIDE)
def test_headline_act(parse, text, verb):
    found = headline_act(parse(text), realis)
    assert (found.text.lower() if found is not None else None) == verb


def _mention(text, word, label):
    s = text.index(word)
    return EventMention(event_type(label), word, (100 + s, 100 + s + len(word)),
                        Sentence(text, 100, 100 + len(text)))


def _sure(label, confidence):
    return Sure(Judgement(label, 0.9, 0.9, 0.1, 0.1), confidence, confidence)


@pytest.mark.parametrize(("text", "word", "label", "expected"), [
    ("Guerrillas kidnap 3 oil workers in Cauca.", "kidnap", "ABDUCT_DISSAP", "ABDUCT_DISSAP"),
    ("Car bomb kills 7 near checkpoint in Mogadishu.", "Car bomb", "REM_EXPLOS", "REM_EXPLOS"),
    # the rule's word is what the act is about, not the act
    ("Opposition leader slams arrests in Harare.", "arrests", "ARREST", None),
])
def test_the_rules_label_in_the_headlines_act(parse, text, word, label, expected):
    rules = (_mention(text, word, label),)
    assert headline_label(parse(text), rules, _sure(label, 0.4), realis) == expected


def test_the_model_must_give_the_label_some_weight(parse):
    text = "Heat wave kills crops across Punjab."
    rules = (_mention(text, "Heat wave", "NATURAL_DISASTER"),)
    low = _sure("NATURAL_DISASTER", HEADLINE_FLOOR - 0.01)
    assert headline_label(parse(text), rules, low, realis) is None
    assert headline_label(parse(text), rules, _sure("NATURAL_DISASTER", HEADLINE_FLOOR),
                          realis) == "NATURAL_DISASTER"


def test_a_rule_of_another_label_gives_nothing(parse):
    text = "Gunmen kill 5 in attack on bus in Zamfara."
    rules = (_mention(text, "Gunmen", "ATTACK"),)
    assert headline_label(parse(text), rules, _sure("ARMED_CLASH", 0.6), realis) is None
