"""What a verb of claiming claims (eventwire/claiming.py). Sentences written for these tests."""

from __future__ import annotations

import re

import pytest

from eventwire.claiming import CANDIDATE_WORDS, claimed_nouns, takes_credit


@pytest.fixture(scope="module")
def parse():
    from eventwire.nlp import load_pipeline, parse as parse_all
    nlp = load_pipeline()
    return lambda text: next(iter(parse_all(nlp, [text])))


def _verb(doc, word):
    return next(t for t in doc if t.lower_ == word)


@pytest.mark.parametrize(("text", "verb", "nouns"), [
    ("The rebels claimed the ambush on the convoy.", "claimed", ["ambush"]),
    ("The militia claimed responsibility for two bombings.", "claimed",
     ["responsibility", "bombings"]),
    ("The insurgents took credit for the raid on the depot.", "took", ["credit", "raid"]),
    ("The bombings were claimed by a little-known group.", "claimed", ["bombings"]),
    # passive with no claimant: none; credit for nothing
    ("The bombings were claimed on a website.", "claimed", []),
    ("The rebels claimed victory.", "claimed", ["victory"]),
])
def test_the_nouns_a_claim_takes(parse, text, verb, nouns):
    assert [t.text for t in claimed_nouns(_verb(parse(text), verb))] == nouns


@pytest.mark.parametrize(("text", "expected"), [
    ("The insurgents took credit for the raid on the depot.", True),
    ("The insurgents took the credit for the raid.", True),
    ("The insurgents took responsibility for the raid.", False),
    ("The insurgents took the town after a raid.", False),
])
def test_credit_taken_claims(parse, text, expected):
    assert takes_credit(_verb(parse(text), "took")) is expected


@pytest.mark.parametrize(("text", "expected"), [
    ("claimed that it brought down an army helicopter", True),
    ("claims to have shot down a drone", True),
    ("claimed on Monday that its fighters had stormed a post", False),   # "its fighters"
    ("claimed that they had attacked the base", True),
    ("claimed that the vote was rigged", False),
    ("claimed the seat in parliament", False),
])
def test_the_candidate_words_of_a_claimed_own_act(text, expected):
    assert bool(re.search(rf"\b(?:{CANDIDATE_WORDS})\b", text)) is expected
