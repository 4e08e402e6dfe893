"""A campaign for ground launched, read from the parse (events/offensives.py).

Sentences written for these tests, with invented and real places. ``ASIDE`` was written after
the rule was set on ``DEV``, before the rule was run on it, and checked once: 6 of 7 right (the
miss is marked).
"""

from __future__ import annotations

import pytest

from eventwire.events.offensives import may_launch, offensive_launched
from eventwire.events.realis import realis

DEV = [
    ("The alliance announced an offensive to recapture Kidal in early March; its nearest units "
     "are now about 40 miles south of the city.", "offensive"),
    ("Government-backed militias, who launched an offensive to retake Kidal in early March, "
     "have captured several villages south of the city.", "offensive"),
    ("The coalition of Tuareg and Arab fighters began a campaign to retake Kidal in early March "
     "and has since seized villages held by the rebels.", "campaign"),
    ("Kurdish-led forces launched a campaign last month vowing to retake the city.",
     "campaign"),
    ("Government forces announced an offensive aimed at recapturing Menaka last month.",
     "offensive"),
    ("The militia began a push to recapture the border crossing on Friday.", "push"),
    ("Last month the army announced an offensive aimed at retaking it.", "offensive"),
    # not a launch: a plan, a vow, fighting told, no ground, a campaign of another kind
    ("The rebels vowed to launch an offensive to retake the town.", None),
    ("The army said it would launch an offensive to retake Gao.", None),
    ("The army launched an offensive to retake the town on Monday, killing 30 militants.", None),
    ("The ministry launched a campaign to vaccinate children in the north.", None),
    ("The party launched its campaign to win back the capital's council.", None),
    ("Police launched an operation to clear street vendors from the market.", None),
    ("Troops launched a drive to free the hostages held in the forest.", None),
    ("The offensive, launched in March to retake the city, has stalled.", None),
]

ASIDE = [
    ("Somali troops launched an operation on Sunday to retake the port town of Harardhere.",
     "operation"),
    ("The junta announced a counteroffensive to recapture the towns lost in the north.",
     "counteroffensive"),
    ("Rebels began a fresh offensive in January aimed at seizing Goma.", "offensive"),
    pytest.param("The army is expected to launch an offensive to retake the valley.", None,
                 marks=pytest.mark.xfail(strict=True, reason="a false launch: an expectation "
                                         "is no word of plan the realis check reads")),
    ("The government launched a campaign to plant a million trees in the province.", None),
    ("Army chiefs have not launched an offensive to reclaim the district.", None),
    ("The firm launched a drive to recapture its share of the market.", None),
]


def _launch(parse, sentence: str) -> str | None:
    tok = offensive_launched(parse(sentence), realis)
    return None if tok is None else tok.text


@pytest.mark.parametrize(("sentence", "campaign"), DEV)
def test_a_campaign_for_ground_launched(parse, sentence, campaign):
    assert _launch(parse, sentence) == campaign


@pytest.mark.parametrize(("sentence", "campaign"), ASIDE)
def test_aside_sentences(parse, sentence, campaign):
    assert _launch(parse, sentence) == campaign


def test_the_prefilter_lets_every_launch_through():
    for sentence, campaign in DEV + [getattr(p, "values", p) for p in ASIDE]:
        words = frozenset(sentence.lower().replace(",", " ").replace(".", " ").split())
        if campaign is not None:
            assert may_launch(words), sentence
    assert not may_launch(frozenset({"the", "army", "retook", "the", "town"}))
