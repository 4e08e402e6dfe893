"""Diplomats expelled, summoned or recalled, read from the parse (events/expulsions.py).

Sentences written for these tests. ``ASIDE`` was written with them and checked once, after
the rule was set on ``DEV`` and the corpus: 3 of 5 then (the capitals' deputy and diplomats
missed; "recalled as a witness" read as a recall, since mended), 4 of 5 after.
"""

from __future__ import annotations

import pytest

from eventwire.events.realis import realis
from eventwire.events.expulsions import diplomats_expelled

DEV = [
    ("Britain expelled two Russian diplomats on Tuesday over the poisoning.", True),
    ("Mali expelled the French ambassador on Monday, giving him 72 hours to leave.", True),
    ("The Foreign Ministry summoned the Iranian ambassador on Monday over the arrest.", True),
    ("Estonia summoned Russia's charge d'affaires on Tuesday over an airspace violation.", True),
    ("Niger recalled its envoy to Abuja for consultations on Friday.", True),
    ("Three Belarusian diplomats were expelled on Wednesday, the ministry said.", True),
    ("Algeria ordered two French embassy staff to leave the country within 48 hours.", True),
    ("The government threatened to expel the ambassador if the raids continued.", False),
    ("The school expelled the ambassador's son after a fight.", False),
    ("Parliament summoned the defence minister to explain the purchase.", False),
    ("Britain expelled 23 Russian diplomats in 2018 after the Salisbury attack.", False),
    ("Lawmakers called for the expulsion of the Israeli ambassador.", False),
    ("The ambassador recalled his years in Nairobi with fondness.", False),
    # review, 2026-12-06: not a state's act, or staff sent home
    ("Protesters stormed the embassy and ordered the diplomats out.", False),
    ("Wagner fighters expelled the French diplomats from the hotel.", False),
    ("Hackers ordered the embassy staff out of the building with a fake bomb threat.", False),
    ("The State Department ordered non-emergency embassy staff to leave Kyiv.", False),
]
ASIDE = [
    ("KENYA SUMMONED THE UGANDAN HIGH COMMISSIONER'S DEPUTY AND TWO DIPLOMATS ON FRIDAY.", True),
    ("the foreign ministry summoned the chinese ambassador over the detention of fishermen.",
     True),
    ("Poland declared a Russian consul persona non grata on Thursday.", True),
    ("Officials ordered an inquiry into the ambassador's remarks.", False),
    ("The envoy was recalled as a witness at the trial in The Hague.", False),
]


@pytest.mark.parametrize(("sentence", "expected"), DEV)
def test_diplomats_expelled_summoned_or_recalled(parse, sentence, expected):
    assert diplomats_expelled(parse(sentence), realis) is expected


def test_the_aside_check(parse):
    right = sum(diplomats_expelled(parse(s), realis) is e for s, e in ASIDE)
    assert right >= len(ASIDE) - 1, right
