"""Realis of a trigger: notices of what may come, and happenings named only to date another."""

import pytest

from eventwire.events.realis import realis, time_anchor


def _token(doc, word):
    return next(t for t in doc if t.text == word)


# (sentence, trigger word, whether the trigger tells what happened)
NOTICES = [
    ("A false alert warning of an incoming missile was sent to phones across the island.",
     "missile", False),
    ("Sirens warning of a rocket attack sounded across the north before dawn.", "attack", False),
    ("Police searched the school after a hoax call about a bomb in the gym.", "bomb", True),
    ("An alarm about a possible drone strike woke residents of the port city.", "strike", False),
    ("Rockets hit the town minutes after the sirens gave their warning.", "hit", True),
    ("The bombing came despite repeated warnings from the security services.", "bombing", True),
    ("Police issued a warning to drivers after the attack on the bridge.", "attack", True),
]
NOTICES_ASIDE = [
    ("A text alert about incoming drones was sent to residents in the border district.",
     "drones", False),
    ("Militants shelled the camp hours after an alert was lifted.", "shelled", True),
    ("The council repeated its warnings of a fresh offensive on the valley.", "offensive", False),
]


ANCHORS = [
    ("Two people were killed on Monday, the first deaths since the truce began.", "truce", True),
    ("It was the deadliest day since the war began in 2022, officials said.", "war", True),
    ("Protests have grown since the arrest of the opposition leader in May.", "arrest", True),
    ("Police fired tear gas at protesters in the worst unrest since the election.", "fired",
     False),
    ("Three soldiers were killed when their convoy hit a mine since laid by the rebels.",
     "killed", False),
    ("The truce began at midnight, and the guns fell silent along the front.", "truce", False),
]
ANCHORS_ASIDE = [
    ("Shops stayed shut for the first time since the bombing of the market last year.",
     "bombing", True),
    ("Rebels attacked two villages on Sunday, a week after the ceasefire was signed.",
     "attacked", False),
    ("Nobody has been charged since the ambush on the convoy in March.", "ambush", True),
]


@pytest.mark.parametrize(("sentence", "word", "expected"), ANCHORS + ANCHORS_ASIDE)
def test_a_happening_named_only_to_date_another_is_an_anchor(parse, sentence, word, expected):
    assert time_anchor(_token(parse(sentence), word)) is expected


NONE_OF = [
    ("No march took place on Wednesday, and police were deployed in the centre.", "march", False),
    ("There was no protest outside the embassy despite calls online.", "protest", False),
    ("No arrests were made after the fight outside the club.", "arrests", False),
    ("No attack was reported in the district over the holiday.", "attack", False),
    ("A march took place on Wednesday despite the ban.", "march", True),
    ("Police said no one was hurt when protesters marched on the ministry.", "marched", True),
    ("Gunmen attacked the village, and no one was arrested.", "attacked", True),
]


ULTIMATUMS = [
    ("Rebels gave the government 72 hours to withdraw its troops or face an offensive.",
     "withdraw", False),
    ("Rebels gave the government 72 hours to withdraw its troops or face an offensive.",
     "offensive", False),
    ("The army gave the fighters until Friday to lay down their weapons.", "lay", False),
    ("The junta set a deadline of Friday for the militia to leave the city.", "leave", False),
    ("Police gave protesters two hours to clear the square, then fired tear gas.", "fired", True),
    ("The army withdrew its troops on Monday, giving the rebels control of the road.",
     "withdrew", True),
    ("Officials gave aid workers access to the camp to distribute food.", "distribute", True),
]


# Each list a class: notices of what may come, happenings under "no", the acts ultimatums
# demand.
@pytest.mark.parametrize(("sentence", "word", "expected"),
                         NOTICES + NOTICES_ASIDE + NONE_OF + ULTIMATUMS)
def test_whether_a_trigger_tells_what_happened(parse, sentence, word, expected):
    assert realis(_token(parse(sentence), word)) is expected


# A clause of its own subject told as going on beside a plan ("as", "while", "because",
# "since"): a fact, not in the plan's scope.
ALONGSIDE = [
    ("Fighters are preparing the city for a ground assault as jets bomb it daily.", "bomb",
     True),
    ("The rebels are planning a new offensive as government jets bomb their positions.",
     "bomb", True),
    ("Residents fear for their lives because militants shelled the market on Monday.",
     "shelled", True),
    # the plan's own aim, or a clause of what is still to come
    ("Fighters are preparing the city for a ground assault as jets bomb it daily.", "assault",
     False),
    ("The rebels plan to attack the town as soon as the army withdraws.", "attack", False),
    ("The army is preparing to retake the town while militants dig trenches around it.",
     "retake", False),
]


@pytest.mark.parametrize(("sentence", "word", "expected"), ALONGSIDE)
def test_a_clause_told_beside_a_plan_is_a_fact(parse, sentence, word, expected):
    assert realis(_token(parse(sentence), word)) is expected
