"""Claims of hacks (eventwire.events.hacks), on sentences written for the project."""

from __future__ import annotations

import pytest

from eventwire.events.hacks import cyber_claim, hack_claimed


@pytest.mark.parametrize("sentence, hack", [
    ("A ransomware gang claimed the attack on the hospital's network.", True),
    ("Hackers claimed responsibility for breaching the ministry's servers.", True),
    ("The group claimed the attack on its leak site and threatened to publish stolen data.",
     True),
    ("Militants claimed the bombing of the market on Friday.", False),
    ("The rebels claimed responsibility for the ambush on the convoy.", False),
])
def test_a_claimed_hack_is_told_apart_from_violence(parse, sentence, hack):
    assert cyber_claim(parse(sentence)) == hack


@pytest.mark.parametrize("sentence, hack", [
    ("A ransomware gang claimed the attack on the hospital's network.", True),
    # the claim's own words, not the places or people it names
    ("The rebels claimed the attack on a cyber cafe in the old town.", False),
    ("A militia claimed the shooting of a blogger who exposed hackers.", False),
])
def test_a_hack_is_read_in_the_claims_own_words(parse, sentence, hack):
    verb = next(t for t in parse(sentence) if t.lower_ == "claimed")
    assert hack_claimed(verb) == hack
