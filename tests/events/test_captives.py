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
# people nouns the actor table leaves out (drivers, priests, medics), and a place the police or
# the army hold, which is no one taken
DEV += [
    ("Gunmen seized eight truck drivers on the highway on Wednesday morning.",
     "NON_STATE_ACTOR_OVERTAKES_TER", "ABDUCT_DISSAP"),
    ("Bandits snatched two priests from the parish house at night.", "ATTACK", "ABDUCT_DISSAP"),
    ("Militants seized a police station in the town on Friday.",
     "NON_STATE_ACTOR_OVERTAKES_TER", "NON_STATE_ACTOR_OVERTAKES_TER"),
    ("Insurgents captured an army post near the border after a short fight.",
     "NON_STATE_ACTOR_OVERTAKES_TER", "NON_STATE_ACTOR_OVERTAKES_TER"),
]
ASIDE = [
    ("Armed men grabbed three medics outside the hospital.", "OTHER", "ABDUCT_DISSAP"),
    ("Rebels seized the police headquarters and the radio station.",
     "NON_STATE_ACTOR_OVERTAKES_TER", "NON_STATE_ACTOR_OVERTAKES_TER"),
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


@pytest.mark.parametrize(("sentence", "verb", "expected"), [
    ("Gunmen seized eight truck drivers on the highway.", "seized", True),
    ("Armed men captured four aid workers near the camp.", "captured", True),
    ("Rebels seized the town after troops withdrew.", "seized", False),
    ("Police seized three students at the gate.", "seized", False),
    ("Gunmen killed two guards and seized six travellers.", "seized", False),
    ("Militants seized a police station in the town.", "seized", False),
])
def test_a_rules_taking_of_people_is_told(parse, sentence, verb, expected):
    """A rule's cue "seized" reads ground taken; a taking of civilians by armed men is not."""
    from eventwire.events.captives import taking_people

    doc = parse(sentence)
    assert taking_people(next(t for t in doc if t.text == verb)) is expected


HIJACKED = [
    # a craft for people hijacked or seized with people aboard, by armed men or no one named
    ("Pirates armed with rifles hijacked an oil tanker in the Gulf of Aden on Monday and took "
     "its 20 crew hostage, the navy said.", True),
    ("An oil tanker with 20 sailors aboard was seized by armed pirates off the coast.", True),
    ("Somali pirates hijacked a bulk carrier with 23 crew in the Indian Ocean on Tuesday.", True),
    ("Gunmen hijacked a bus carrying 18 passengers on the highway on Friday.", True),
    ("Militants commandeered a ferry with about 60 passengers on board, officials said.", True),
    ("A passenger train carrying 400 people was seized by separatist fighters in the pass.",
     True),
    # hard negatives: the state seizing; a lorry, a car or a cargo; an attempt; a killing; a
    # craft taken with no one aboard told; a craft in a clause about another act
    ("The navy seized a fishing trawler with 12 crew off the coast on Monday.", False),
    ("Gunmen hijacked a truck carrying flour on the highway on Sunday.", False),
    ("Thieves hijacked a car with two passengers in the city centre.", False),
    ("Pirates tried to hijack a tanker with 20 crew but were driven off by guards.", False),
    ("Pirates hijacked a tanker and killed two of its 20 crew.", False),
    ("Pirates hijacked an empty fishing boat moored at the harbour.", False),
    ("The navy freed 23 fishermen from a vessel seized by pirates last month.", False),
]
# Written with HIJACKED and only checked, not tuned on.
HIJACKED_ASIDE = [
    ("Armed men hijacked a minibus with 14 passengers near the border and drove it into the "
     "bush, police said.", True),
    ("Pirates seized a cargo ship with 19 crew members off the coast of Benin on Sunday.", True),
    ("Coast guards seized a boat carrying 30 migrants near the island.", False),
    ("Smugglers hijacked a lorry loaded with cigarettes on the motorway.", False),
]
# A craft at sea keeps its crew aboard whatever the text says of it: an armed group named
# seizing one takes them (not one told empty, nor one taken by the state or no one named).
AT_SEA = [
    ("Somali pirates seized a Greek oil tanker off the coast of Oman on Saturday.", True),
    ("Pirates hijacked a Liberian-flagged cargo ship in the Gulf of Aden on Monday.", True),
    ("Armed pirates boarded and seized a chemical tanker off Lagos on Sunday.", True),
    ("Houthi fighters seized a car carrier in the Red Sea on Sunday.", True),
    ("A tanker was seized in the Strait of Hormuz on Friday, the shipping agency said.", False),
    ("The coast guard seized a fishing boat carrying two tonnes of cocaine.", False),
    ("Pirates seized an abandoned trawler drifting near the reef.", False),
    ("Pirates hijacked a truck at the port and drove off with its cargo.", False),
    # a tanker or a carrier may be a lorry: at sea when pirates took it or the water is named
    ("Bandits hijacked three fuel tankers on the Kano road on Monday.", False),
    ("Gunmen seized an oil tanker in the Gulf of Guinea on Thursday.", True),
    # takings counted over a span are a tally, no event
    ("Pirates have seized more than 90 ships off Somalia this year.", False),
    ("Pirates hijacked 12 ships with their crews in the Gulf of Aden since January.", False),
]


@pytest.mark.parametrize(("sentence", "expected"), AT_SEA)
def test_a_craft_at_sea_seized_by_an_armed_group_takes_its_crew(parse, sentence, expected):
    from eventwire.events.captives import craft_hijacked, may_hijack
    from eventwire.events.realis import realis

    doc = parse(sentence)
    words = frozenset(t.lower_ for t in doc)
    assert (may_hijack(words) and craft_hijacked(doc, realis)) is expected


@pytest.mark.parametrize(("sentence", "expected"), HIJACKED + HIJACKED_ASIDE)
def test_a_craft_hijacked_with_people_aboard_is_their_abduction(parse, sentence, expected):
    from eventwire.events.captives import craft_hijacked, may_hijack
    from eventwire.events.realis import realis

    doc = parse(sentence)
    words = frozenset(t.lower_ for t in doc)
    assert (may_hijack(words) and craft_hijacked(doc, realis)) is expected
