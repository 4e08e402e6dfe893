"""places.twofold: a country's name that is a region of another country, read by the
document's other places (own sentences; more in data/context_twofold_*.jsonl)."""

from __future__ import annotations

import pytest

from eventwire.records import Entity


def _place(world, nlp, text: str, name: str):
    ents = [Entity(e.text, e.start_char, e.end_char, e.label_) for e in nlp(text).ents]
    start = text.index(name)
    return next(p for p in world.places(text, ents)
                if p.span[0] <= start < p.span[1])


@pytest.mark.parametrize("text, name, iso2", [
    ("Storms battered Savannah and other parts of Georgia on Sunday.", "Georgia", "US"),
    ("Health officials in Georgia said a teenager in Macon had died of the flu.", "Georgia",
     "US"),
    ("Bandits attacked farmers near Minna and across Niger on Saturday.", "Niger", "NG"),
    # hard negatives: the country's capital, its neighbours, an office only a country has
    ("Protesters gathered in Tbilisi, Georgia, to demand new elections.", "Georgia", "GE"),
    ("Russia, Armenia and Georgia met in Baku to discuss the pipeline.", "Georgia", "GE"),
    ("The embassy of Georgia in Washington said the visa rules would change.", "Georgia",
     "GE"),
    ("Georgia's president said the country would seek closer ties with the EU.", "Georgia",
     "GE"),
    ("A French soldier was killed near Niamey, the army of Niger said.", "Niger", "NE"),
])
def test_the_other_places_say_country_or_region(world, nlp, text, name, iso2):
    assert _place(world, nlp, text, name).iso2 == iso2
