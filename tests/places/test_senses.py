"""The entries a mention may name (eventwire.places.senses)."""

from __future__ import annotations

from eventwire.places.senses import loose_senses


def test_a_loose_match_spells_the_entrys_own_name(world):
    gaz = world.gazetteer
    # transliterations of a town's own name stand
    assert any(gaz.country[i] == "YE" for i in loose_senses(gaz, "Hodeidah"))
    assert any(gaz.country[i] == "AF" for i in loose_senses(gaz, "Mazar-i-Sharif"))
    # a skeleton shared only with another town's alternate name is a coincidence
    assert not any(gaz.name[i] == "Kansas City" for i in loose_senses(gaz, "Wynwood"))


def test_a_district_the_tables_lack_is_not_a_far_city(world):
    text = "Zika was found in mosquitoes in Miami's Wynwood district."
    a = text.index("Wynwood")
    got = world.resolve_spans(text, [(text.index("Miami"), text.index("Miami") + 5),
                                     (a, a + 7)])
    assert got[1] is None or got[1].admin1 == "Florida"
