"""What an agreement of a conflict is made of, and the verbs that tell one kept (agreeing.py)."""

from __future__ import annotations

import pytest

from eventwire.agreeing import agreed_thing, in_force
from eventwire.nlp import load_pipeline


def _token(text: str, word: str):
    doc = load_pipeline()(text)
    return next(t for t in doc if t.text == word)


@pytest.mark.parametrize(("text", "word", "expected"), [
    ("The truce between the army and the militia held for a second day.", "truce", True),
    ("A prisoner exchange was agreed in the capital.", "exchange", True),
    ("The two sides signed a peace deal on Monday.", "deal", True),
    # a deal of business, a swap of players: no conflict's
    ("The airline signed a deal for twelve new jets.", "deal", False),
    ("The club agreed a swap with its rivals.", "swap", False),
])
def test_a_truce_or_a_conflicts_deal_is_agreed(text, word, expected):
    assert agreed_thing(_token(text, word)) is expected


@pytest.mark.parametrize(("text", "verb", "expected"), [
    ("The truce between the army and the militia held for a second day on Monday.", "held",
     True),
    ("The ceasefire in the northern hills was largely holding on Monday.", "holding", True),
    ("The prisoner swap agreement remained in force despite the shelling.", "remained", True),
    # what held is no agreement; an agreement made; talks held
    ("Police held four men at the border post on Monday.", "held", False),
    ("The two sides signed a ceasefire on Monday.", "signed", False),
    ("Envoys held talks on a ceasefire in the capital on Monday.", "held", False),
])
def test_a_verb_tells_an_agreement_kept_in_force(text, verb, expected):
    assert in_force(_token(text, verb)) is expected
