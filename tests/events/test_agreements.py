"""An agreement between parties to a conflict, read from the parse (events/agreements.py).

Sentences written for these tests, in several registers. ``ASIDE`` was written apart, after the
rule was set on ``DEV`` and the corpus's training split, and checked once.
"""

from __future__ import annotations

import pytest

from eventwire.events.agreements import conflict_agreement
from eventwire.events.detect import realis

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
