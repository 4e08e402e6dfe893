"""An agreement between parties to a conflict, read from the parse (events/agreements.py).

Sentences written for these tests, in several registers. ``ASIDE`` was written apart, after the
rule was set on ``DEV`` and the corpus's training split, and checked once.
"""

from __future__ import annotations

import pytest

from eventwire.events.agreements import breach_told, conflict_agreement, standing_only
from eventwire.events.realis import realis

DEV = [
    ("The army and the rebels signed a ceasefire in the capital on Sunday.", True),
    ("Mediators brokered a prisoner swap between the two militias on Friday.", True),
    ("The government and the insurgents agreed to a truce late on Tuesday.", True),
    ("A peace deal was signed in Geneva on Monday.", True),
    ("The ceasefire took effect at midnight.", True),
    ("Both sides agreed on a humanitarian truce to evacuate the wounded.", True),
    ("No deal was reached after three days of talks.", False),
    ("The company signed a deal to buy the port operator.", False),
    ("The two countries signed a trade agreement on Monday.", False),
    ("Efforts to reach a ceasefire have stalled.", False),
    ("Shelling continued until the truce took effect.", False),
    ("The rebels signed a peace accord with the government in 2016.", False),
    ("The envoy urged both sides to agree to a ceasefire.", False),
    ("A fighter who had signed the peace deal was shot dead.", False),
    ("The truce brokered by Qatar on Monday collapsed within hours.", True),
    ("The peace accord signed in 2018 collapsed last year.", False),
    # freed in an exchange of prisoners: the exchange carried out
    ("The Houthis and the government released more than 400 detainees on Saturday in the "
     "largest exchange of prisoners in three years.", True),
    ("Russia and Ukraine freed 95 soldiers each in a prisoner swap brokered by the UAE.", True),
    ("The two sides may release captives in an exchange of prisoners next month.", False),
    ("The club released two players in an exchange of goalkeepers.", False),
    ("Rebels freed 12 hostages in 2019 in an exchange of prisoners.", False),
]
ASIDE = [
    ("THE TWO ARMED GROUPS SIGNED A TRUCE IN THE NORTHERN TOWN ON THURSDAY.", True),
    ("tribal elders brokered a ceasefire between the clans on saturday.", True),
    ("The warring parties reached a deal on the exchange of prisoners.", True),
    ("The football club agreed a deal with its new sponsor.", False),
    ("Talks on a ceasefire will resume next week.", False),
    ("Fighting broke out again days after the 2019 peace agreement was signed.", False),
]


@pytest.mark.parametrize(("sentence", "expected"), DEV)
def test_agreements_made(parse, sentence, expected):
    assert conflict_agreement(parse(sentence), realis) is expected


@pytest.mark.parametrize(("sentence", "expected"), ASIDE)
def test_aside_sentences(parse, sentence, expected):
    assert conflict_agreement(parse(sentence), realis) is expected


# A truce or deal the sentence's act flouts: the sentence tells the act, not an agreement made.
STANDING = [
    ("The army pressed ahead with airstrikes on rebel positions on Sunday despite the truce.",
     True),
    ("Russian forces shelled the town on Tuesday in violation of the ceasefire.", True),
    ("Rebels attacked an army post on Monday, breaking a ceasefire agreed last month.", True),
    ("Despite the peace deal, gunmen killed six villagers on Saturday.", True),
    ("Tanks fired on the town on Thursday in breach of the truce, residents said.", True),
    ("Fighting resumed on Monday despite a ceasefire brokered by Turkey.", True),
    ("Militia fighters torched a village, violating the truce signed in March.", True),
    ("The two sides signed a ceasefire in Doha on Tuesday after weeks of talks.", False),
    ("Negotiators agreed a truce in Juba on Friday, despite clashes earlier in the week.",
     False),
    ("The truce brokered by Qatar on Monday collapsed within hours.", False),
    ("The rebels accused the army of breaking the ceasefire and then signed a new truce.",
     False),                                # one truce flouted, one made
    ("Shelling went on through the night.", False),           # no agreement named at all
    # an agreement made or carried out despite a standing one (review, 2026-12-06)
    ("Despite the truce, Russia and Ukraine swapped 150 prisoners of war each on Friday.",
     False),
    ("Amid the ceasefire, Hamas freed 13 hostages and Israel released 39 prisoners.", False),
    ("Despite the ceasefire, the government and the rebels signed a power-sharing agreement "
     "on Friday.", False),
    ("Troops shelled rebel positions on Tuesday in violation of the cease-fire.", True),
    # a truce that ends by breach, as the subject of its collapse
    ("The ceasefire between the two clans collapsed on Friday when their fighters traded fire "
     "again.", True),
    ("The truce broke down overnight as rebels shelled army positions near the dam.", True),
    ("The local peace deal fell apart on Sunday after gunmen attacked a market.", True),
    ("The ceasefire has held since Monday, the mediators said.", False),
    ("A truce that collapsed in May was restored on Tuesday by the elders.", False),
    ("The truce mediated by the elders on Monday collapsed on Tuesday when the clans traded "
     "fire again.", False),                 # its making is news too
]
STANDING_ASIDE = [
    ("SOLDIERS OPENED FIRE ON A REBEL CAMP ON FRIDAY IN VIOLATION OF THE ARMISTICE.", True),
    ("gunmen raided the border post overnight despite the ceasefire, officials said.", True),
    ("Both militias flouted the truce on Wednesday with an exchange of mortar fire.", True),
    ("Clan fighters clashed again on Sunday, shattering a fragile truce.", True),
    ("The warring parties reached a ceasefire deal late on Sunday despite the shelling.",
     False),
    ("Under a prisoner swap agreed on Friday, the rebels freed twelve soldiers.", False),
    ("Mediators brokered a fresh truce on Monday after the old one broke down.", False),
]


@pytest.mark.parametrize(("sentence", "expected"), STANDING)
def test_an_agreement_the_act_flouts_is_standing(parse, sentence, expected):
    assert standing_only(parse(sentence)) is expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Ukraine said Russia had violated the truce.", True),
    ("The rebels denied breaking the ceasefire agreed in March.", True),
    ("Kyiv accused Moscow of violating the ceasefire.", True),
    ("The Islamic State group claimed the bombing in Kabul, which broke a week-long truce.",
     False),
    ("Russian forces shelled the town despite the truce.", False),
])
def test_a_breach_told_as_the_news(parse, sentence, expected):
    assert breach_told(parse(sentence)) is expected


@pytest.mark.parametrize(("sentence", "label"), [
    ("The rebels broke the ceasefire on Tuesday, shelling army positions near Kalehe.",
     "ART_MISS_ATTACK"),
    ("Militants broke a two-week truce by attacking a checkpoint, killing four soldiers.",
     "ATTACK"),
    ("Ukraine said Russia had violated the truce.", None),
    # fire exchanged by a verb the cue words do not name
    ("The truce broke down on Sunday when the two militias traded fire again near the port.",
     "ARMED_CLASH"),
    ("The truce broke down on Sunday when the two parties traded accusations.", None),
])
def test_the_act_a_breach_was_done_by(parse, sentence, label):
    from eventwire.events.violent_acts import violent_act_label
    assert violent_act_label(parse(sentence), sentence, objects=True) == label


def test_the_aside_check_of_standing_agreements(parse):
    right = sum(standing_only(parse(s)) is e for s, e in STANDING_ASIDE)
    assert right >= len(STANDING_ASIDE) - 1, right


# Who made it named: a party to a conflict must be among the sentence's words.
PARTIES = [
    ("Two feuding rappers announced a peace deal at a press conference.", False),
    ("The two airlines signed a ceasefire in their fare war on Monday.", False),
    ("Neighbours in the long feud agreed to a truce after mediation by the priest.", False),
    ("Russia and Ukraine agreed to a ceasefire on Tuesday.", True),
    ("The warring parties agreed to a ceasefire on Saturday.", True),
    ("The army and the rebels signed a truce in the capital.", True),
    ("Leaders of two rival gangs agreed on Sunday to a truce.", True),
    ("Elders of the two clans negotiated a truce after the clashes.", True),
    ("A truce was agreed on Sunday.", True),
]


@pytest.mark.parametrize(("sentence", "expected"), PARTIES)
def test_an_agreement_made_by_named_parties_needs_a_party_to_a_conflict(parse, sentence,
                                                                      expected):
    assert conflict_agreement(parse(sentence), realis) is expected
