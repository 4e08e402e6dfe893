"""The people a document names (eventwire.places.people), on entities written here."""

from __future__ import annotations

from eventwire.places.people import given_names
from eventwire.records import Entity


def _ents(text, *tagged):
    out, pos = [], 0
    for words, label in tagged:
        pos = text.index(words, pos)
        out.append(Entity(words, pos, pos + len(words), label))
        pos += len(words)
    return out


def test_a_first_name_counts_when_the_surname_names_the_person_alone(gaz):
    text = "Peoria Okafor won. Okafor said so. Kent Drive flooded; Drive said so. Ar Raqqah Ali."
    ents = _ents(text, ("Peoria Okafor", "PERSON"), ("Okafor", "PERSON"),
                 ("Kent Drive", "PERSON"), ("Drive", "PERSON"), ("Ar Raqqah", "PERSON"))
    # "Drive" is an English word; "Ar Raqqah" is a place's whole name, "Raqqah" never alone.
    assert given_names(ents, gaz) == {"peoria"}
    assert given_names(ents[:1], gaz) == frozenset()        # no surname alone: none
