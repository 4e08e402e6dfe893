"""Officials saying where or by whom an attack was planned: an attribution, read from the parse
(events/planning.py).

Sentences written for these tests, with invented and real places. ``ASIDE`` was written
before the rule was run on it, after the rule was set on ``DEV``, and checked once: 8 of 9
right (the miss is marked).
"""

from __future__ import annotations

import pytest

from eventwire.events.planning import attack_planned, may_plan
from eventwire.events.realis import realis

DEV = [
    # where the planning is laid
    ("Intelligence officials told reporters on Monday that the Bamako attacks were planned "
     "in Menaka.", True),
    ("Prosecutors said Friday's bombing at the stadium was planned in Belgium.", True),
    ("Security sources said the suicide bombings in the capital were orchestrated from a camp "
     "in the northern city of Deir ez-Zor.", True),
    # by whom
    ("French investigators said the attack on the concert hall was organised from Syria by "
     "the Islamic State.", True),
    ("Officials said the bombing in Niamey had been ordered by commanders of Boko Haram in "
     "Nigeria.", True),
    ("Police said al-Shabab masterminded the attack on the hotel.", True),
    ("The operation had been prepared in Gao by the jihadist group, according to security "
     "officials.", True),
    # no place or party, not as a fact, a plot, a standing view
    ("Officials said the attack had been planned for months.", False),
    ("Officials said the attack was planned in January.", False),
    ("Investigators said the attack was planned in secret.", False),
    ("Officials said the attack may have been planned in Algeria.", False),
    ("Officials said the attack was not planned in Mali.", False),
    ("Militants planned an attack on the base, officials said.", False),
    ("An attack was planned in Kidal, officials said.", False),
    ("Officials said the group planned attacks in Europe.", False),
    ("Officials have long said attacks were planned in the tribal areas.", False),
    # a state's own act, a party only linked to a group, no act of attack
    ("Officials said the operation had been prepared in Bamako and carried out by special forces.",
     False),
    ("The army said the raid on the rebel camp was planned in Niamey.", False),
    ("The assault on the prison was planned in Gao, according to security officials.", False),
    ("Officials said the killings were ordered by the junta.", False),
    ("Prosecutors said the killing had been ordered by politicians linked to a militia.", False),
    ("The minister said the march was organised in Dakar by opposition parties.", False),
    ("Police said the robbery was planned in Lagos.", False),
]
ASIDE = [
    pytest.param("Investigators told the newspaper that the hotel siege had been planned in "
                 "Mogadishu.", True, marks=pytest.mark.xfail(
                     strict=True, reason="a siege is not among the acts claims and "
                     "attributions name (responsibility.ACT_NOUNS)")),
    ("According to the prosecutor, the kidnapping of the aid workers was organised from "
     "Niger.", True),
    ("The police chief said the bombings were masterminded by the Red Dawn Front.", True),
    ("Iraqi officials said these attacks were planned in Mosul.", True),
    ("The general said the offensive was planned in Bamako.", False),
    ("Officials said the attacks were planned in response to the arrests.", False),
    ("Officials said an attack on the embassy was being planned in Gao.", False),
    ("The organisers said the rally was planned in Lagos.", False),
    ("Police said the robbery at the bank had been planned by two brothers.", False),
]


@pytest.mark.parametrize(("sentence", "expected"), DEV)
def test_where_or_by_whom_an_attack_was_planned(parse, sentence, expected):
    assert attack_planned(parse(sentence), realis) is expected


@pytest.mark.parametrize(("sentence", "expected"), ASIDE)
def test_aside_sentences(parse, sentence, expected):
    assert attack_planned(parse(sentence), realis) is expected


def test_a_shared_act_is_laid_on_a_group_named_before_it(parse):
    # "the operation" is an army's as often as a group's: the words before say whose
    sentence = "Officials said the operation had been prepared in Gao."
    assert not attack_planned(parse(sentence), realis)
    assert attack_planned(parse(sentence), realis,
                          context="The jihadist group claimed the attack on the hotel.")


@pytest.mark.parametrize("sentence", [s for s, fires in DEV if fires])
def test_the_prefilter_keeps_every_sentence_the_rule_reads(sentence):
    assert may_plan(frozenset(w.strip(".,").lower() for w in sentence.split()))
