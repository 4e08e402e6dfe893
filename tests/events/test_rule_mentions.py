"""The events the rules read in a sentence, before the model's judgement
(events/rule_mentions.py): one per clause naming a distinct event, each done."""

from __future__ import annotations

import pytest

from eventwire.events.classify import classify
from eventwire.events.rule_mentions import irrealis_labels, mention_of, rule_mentions
from eventwire.records import Sentence


def _labels(parse, text: str) -> list[str]:
    return [m.type.label for m in rule_mentions(parse(text), Sentence(text, 0, len(text)))]


@pytest.mark.parametrize("text, labels", [
    ("Troops clashed with rebels near the river on Monday.", ["ARMED_CLASH"]),
    # two clauses, two events; a claim reports the act it claims too
    ("Police arrested 12 people after protesters blocked the main road.",
     ["ARREST", "PEACE_PROTEST"]),
    ("Insurgents claimed responsibility for a suicide bombing at a market in Kano.",
     ["ATTRIB", "SUIC_BOMB"]),
    # not done, inside a quotation, no event word
    ("The rebels vowed to attack the base.", []),
    ('"We will bomb them all," the commander said.', []),
    ("The council approved a new library budget on Tuesday.", []),
    # "seized" reads ground taken, unless what was taken is people (events/captives.py)
    ("Rebels seized the town of Kolo on Monday.", ["NON_STATE_ACTOR_OVERTAKES_TER"]),
    ("Gunmen seized eight truck drivers on the highway on Wednesday.", ["ABDUCT_DISSAP"]),
    # captives marched off are no protest march (events/crowdless.py)
    ("Armed men stopped a bus, ordered the passengers off and marched them into the hills.",
     []),
    ("Thousands marched through the capital on Sunday.", ["PEACE_PROTEST"]),
    # a later clause telling a further happening reads one of a label told, however weak its
    # cue, or of the label told before it with none (events/clauses.another_verb)
    ("A car bomb exploded near a mosque in Mosul on Friday, and another bomb went off at a "
     "bus station in Kirkuk.", ["REM_EXPLOS", "REM_EXPLOS"]),
    ("Rockets hit the air base near Sabha on Sunday night, and a second salvo on Tuesday "
     "morning destroyed a hangar.", ["ART_MISS_ATTACK", "ART_MISS_ATTACK"]),
    ("Militants ambushed an army convoy near Mandera on Tuesday, and a second convoy was "
     "attacked outside Wajir on Wednesday.", ["ARMED_CLASH", "ATTACK"]),
    ("A car bomb exploded near a mosque in Mosul on Friday, and another 20 people were "
     "wounded.", ["REM_EXPLOS"]),
    ("A car bomb exploded near a mosque in Mosul on Friday, and a bomb hit a bus station in "
     "Kirkuk.", ["REM_EXPLOS"]),
])
def test_the_rules_read_one_event_per_clause_that_happened(parse, text, labels):
    assert sorted(_labels(parse, text)) == sorted(labels)


def test_a_label_read_only_under_a_threat_is_irrealis(parse):
    assert "ARMED_CLASH" in irrealis_labels(parse("The rebels vowed to attack the base."))
    assert not irrealis_labels(parse("The rebels attacked the base on Monday."))


def test_a_mention_keeps_its_trigger_and_clause_in_document_offsets():
    text = "Gunmen ambushed a convoy near the border."
    sentence = Sentence(text, 100, 100 + len(text))
    m = mention_of(classify(text), 0, sentence)
    s, e = m.trigger_span
    assert text[s - 100:e - 100] == m.trigger and m.clause == (100, 100 + len(text))
