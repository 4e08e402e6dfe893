"""People taken by armed men are abducted (events/captives.py).

Sentences written for these tests; ``ASIDE`` was written with them and only checked."""

from __future__ import annotations

import pytest

from eventwire.events.captives import captives_released, people_taken
from eventwire.events.model import Judgement


def _judged(label: str) -> Judgement:
    return Judgement(label=label, event=0.9, realis=1.0, background=0.0, crime=0.0)


DEV = [
    ("Armed men seized six travellers on the road to the city and demanded a ransom.",
     "NON_STATE_ACTOR_OVERTAKES_TER", "ABDUCT_DISSAP"),
    ("The fighters captured four employees of the mining company.", "ARREST", "ABDUCT_DISSAP"),
    ("Gunmen seized 15 worshippers from a church during the service.", "ATTACK",
     "ABDUCT_DISSAP"),
    ("Bandits grabbed eleven farmers working in their fields.", "OTHER", "ABDUCT_DISSAP"),
    ("Six passengers were seized from a bus at a fake checkpoint.", "ARREST", "ABDUCT_DISSAP"),
    # taken by the state: an arrest; soldiers taken: the fight's; a place or goods: not people
    ("Police seized three students at the gate of the campus.", "ARREST", "ARREST"),
    ("Rebels captured 20 soldiers after overrunning the base.", "NON_STATE_ACTOR_OVERTAKES_TER",
     "NON_STATE_ACTOR_OVERTAKES_TER"),
    ("Rebels seized the town after troops withdrew.", "NON_VIOL_TERRIT_TRANSFER",
     "NON_VIOL_TERRIT_TRANSFER"),
    ("Customs officers seized 200 kg of heroin at the port.", "ORG_CRIME", "ORG_CRIME"),
    # killed beside the taking: the attack; "they": who took them, the text before says
    ("Gunmen killed three farmers and seized eight villagers in the raid.", "ATTACK", "ATTACK"),
    ('"They just grabbed people," said a student who was at the march.', "PEACE_PROTEST",
     "PEACE_PROTEST"),
    # soldiers or police taken with no fight told are abducted; in a fight, the fight's
    ("Four soldiers were seized on the road between the two towns, relatives said.",
     "GOV_REGAINS_TERIT", "ABDUCT_DISSAP"),
    ("Guerrillas seized two policemen at a roadblock on Sunday.",
     "NON_STATE_ACTOR_OVERTAKES_TER", "ABDUCT_DISSAP"),
    ("Rebels seized six soldiers after heavy fighting near the dam.",
     "NON_STATE_ACTOR_OVERTAKES_TER", "NON_STATE_ACTOR_OVERTAKES_TER"),
    ("Militants stormed the post and seized three soldiers.", "NON_STATE_ACTOR_OVERTAKES_TER",
     "NON_STATE_ACTOR_OVERTAKES_TER"),
]
ASIDE = [
    ("Militants snatched two nurses from the clinic on Sunday night.", "ATTACK",
     "ABDUCT_DISSAP"),
    ("Soldiers seized two fishermen who had crossed the maritime border.", "ARREST", "ARREST"),
    ("Pirates seized a tanker and its crew of 19 off the coast.", "OTHER", "OTHER"),
]


@pytest.mark.parametrize(("sentence", "label", "expected"), DEV + ASIDE)
def test_people_taken_by_armed_men_are_abducted(parse, sentence, label, expected):
    assert people_taken(_judged(label), parse(sentence)).label == expected


RELEASED = [
    ("The rebels freed six aid workers they had held for a month.", "AGREEMENT"),
    ("Kidnappers released the abducted priest on Monday after a ransom was paid.", "AGREEMENT"),
    ("The three hostages were released unharmed near the border on Friday.", "AGREEMENT"),
    ("Militants set free eleven fishermen captured last week.", "AGREEMENT"),
    ("Guerrillas released four policemen in a rural area on Tuesday.", "AGREEMENT"),
    ("REBELS RELEASED TWO SOLDIERS TO A RED CROSS TEAM.", "AGREEMENT"),
    # a rescue by the state's forces; a taking told as the news; people taken, not freed
    ("Troops freed nine hostages in a raid on a bandit camp.", "ABDUCT_DISSAP"),
    ("Police freed the kidnapped girl after a shootout with her abductors.", "ABDUCT_DISSAP"),
    ("Gunmen abducted 20 passengers on the highway and later freed two women.",
     "ABDUCT_DISSAP"),
    ("Bandits seized twelve farmers from their fields on Sunday.", "ABDUCT_DISSAP"),
    ("The gang freed its leader from the prison van.", "ABDUCT_DISSAP"),
    ("The militia released a video of the kidnapped soldiers.", "ABDUCT_DISSAP"),
]


@pytest.mark.parametrize(("sentence", "expected"), RELEASED)
def test_captives_their_takers_let_go_are_released(parse, sentence, expected):
    assert captives_released(_judged("ABDUCT_DISSAP"), parse(sentence)).label == expected


def test_a_release_read_as_another_label_is_left_alone(parse):
    sentence = "The rebels freed six aid workers they had held for a month."
    assert captives_released(_judged("ATTACK"), parse(sentence)).label == "ATTACK"
