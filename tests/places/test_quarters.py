"""places.quarters: a town's quarter named with the town's possessive and a part noun is in
the town (own sentences; more in data/context_quarters_*.jsonl)."""

from __future__ import annotations

import pytest

from eventwire.places.quarters import quarters
from eventwire.places.recognize import Mention
from eventwire.records import Entity


def _place(world, nlp, text: str, name: str):
    ents = [Entity(e.text, e.start_char, e.end_char, e.label_) for e in nlp(text).ents]
    at = text.index(name)
    return next((p for p in world.places(text, ents) if p.span[0] <= at < p.span[1]), None)


def test_the_quarter_after_a_possessive_is_found():
    text = "Police raided homes in Istanbul's Besiktas district and Mogadishu's Bakara Market."
    towns = [Mention(text.index(t), text.index(t) + len(t), t, "GPE")
             for t in ("Istanbul", "Mogadishu")]
    found = [m.text for m in quarters(text, towns) if m.source == "QUARTER"]
    assert found == ["Besiktas", "Bakara Market"]


def test_no_quarter_without_a_part_noun_or_a_town_before():
    text = "Kenya's Turkana region and Paris's mayor, and Jane's Kibera district office."
    towns = [Mention(text.index(t), text.index(t) + len(t), t, "GPE")
             for t in ("Kenya", "Paris")]
    assert [m.text for m in quarters(text, towns)] == ["Kenya", "Paris"]


@pytest.mark.parametrize("text, name, iso2", [
    ("Cholera killed twelve people in Nairobi's Mathare slum.", "Mathare", "KE"),
    ("Protesters gathered in Cairo's Zamalek district on Friday.", "Zamalek", "EG"),
    ("Thieves stole paintings in Amsterdam's Jordaan neighbourhood.", "Jordaan", "NL"),
    # hard negatives: a region of a country, a town after a possessive
    ("Kenya's Turkana region was hit by drought.", "Turkana", "KE"),
    ("Paris's mayor visited Lyon on Monday.", "Lyon", "FR"),
])
def test_a_quarter_is_in_its_town(world, nlp, text, name, iso2):
    assert _place(world, nlp, text, name).iso2 == iso2
