"""Arrests made as ordinary police news, and arrests only named (events/custody.py): sentences
written for these tests, hard negatives included (abductions, earlier arrests, plans, denials,
a ship detained, an arrest a court is about)."""

from __future__ import annotations

import pytest

from eventwire.events.custody import arrest_made, arrest_unmade
from eventwire.events.realis import realis


MADE = [
    ("a former teacher has been arrested over the theft of school funds, police said", True),
    ("Officers detained two men outside the bank on Monday.", True),
    ("a driver who led police on a chase was arrested after his car ran out of fuel", True),
    ("the suspect was taken into custody at his flat", True),
    ("Gunmen detained three travellers at a roadblock.", False),            # an abduction
    ("residents detained a thief and handed him to police", False),
    ("the man had been arrested twice before for burglary", False),         # before the news
    ("police plan to arrest the organisers", False),
    ("no one was arrested, police said", False),
    ("a man who was arrested last week appeared in court on monday", False),   # his clause
    ("coastguards detained a fishing vessel off the coast", False),          # a thing
]
UNMADE = [
    ("the suspect had a warrant out for his arrest", True),
    ("police said he pulled a gun when officers tried to arrest him", True),
    ("relatives said the man died in custody", True),
    ("no arrests have been made, police said", True),
    ("police denied arresting the journalist", True),
    ("the man was also charged with resisting arrest", True),
    ("a constable was cleared of assault over the arrest of a teenager", True),
    ("the arrest of the two men in 2019 sparked protests", True),
    ("he was arrested on friday and died in custody on saturday", False),     # one made
    ("police made three arrests after the fight", False),
    ("police are hunting the gunman", False),                                # no arrest named
]


@pytest.mark.parametrize(("sentence", "expected"), MADE)
def test_arrest_made(parse, sentence, expected):
    assert arrest_made(parse(sentence), realis) is expected


@pytest.mark.parametrize(("sentence", "expected"), UNMADE)
def test_arrest_unmade(parse, sentence, expected):
    assert arrest_unmade(parse(sentence), realis) is expected
