"""Town names tagged as organisations that the text makes places (eventwire.places.tagged)."""

from __future__ import annotations

import pytest

from eventwire.places.recognize import _locative
from eventwire.places.tagged import cued_place


def _cued(gaz, text, name="Peoria"):
    start = text.index(name)
    return cued_place(gaz, text, start, start + len(name), _locative)


@pytest.mark.parametrize("text", [
    "The robbery happened in Peoria on Monday.",
    "Peoria police closed the road.",
    "A Peoria woman was hurt.",
    "Jane Okafor, 26, of Peoria, was arrested.",
    "Flooding hit Peoria, Illinois, overnight.",
    "PEORIA — Two men were arrested.",
    "PEORIA, Ill. (AP) -- Two men were arrested.",
])
def test_a_cue_makes_the_name_a_place(gaz, text):
    name = "PEORIA" if text.startswith("PEORIA") else "Peoria"
    assert _cued(gaz, text, name)


@pytest.mark.parametrize("text", [
    "Shares of Peoria fell on Monday.",                   # no cue: a company
    "She had lunch at Peoria's on Main Street.",          # a shop
    "Delegates at the Peoria summit agreed.",             # "the X summit"
    "He studied at Peoria University for years.",         # the name goes on
    "Senator Jane Peoria, D-Springfield, spoke.",         # a party and a town, no region
    "Peoria said the deal was off.",
])
def test_without_a_cue_the_name_stays_an_organisation(gaz, text):
    assert not _cued(gaz, text)



@pytest.mark.parametrize("text, opens", [
    ("PEORIA — Two men were arrested.", True),
    ("Mill closes. PEORIA — Two men were arrested.", True),
    ("PEORIA, Ill. (AP) -- Two men were arrested.", True),
    ("Peoria — Two men were arrested.", False),                 # not in capitals
    ("Officials in PEORIA — two of them — said so.", False),     # no sentence opens
    ("He said PEORIA — The rest", False),                        # inside a sentence
])
def test_a_dateline_opens_with_the_name_in_capitals_then_a_dash(text, opens):
    from eventwire.places.tagged import opens_dateline
    name = "PEORIA" if "PEORIA" in text else "Peoria"
    start = text.index(name)
    assert opens_dateline(text, start, start + len(name)) is opens
