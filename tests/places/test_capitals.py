"""A country the text names makes its capital the sense of the name (eventwire.places.capitals),
on the tiny gazetteer of conftest."""

from __future__ import annotations

import pytest

from eventwire.places.capitals import (
    CAPITAL_BONUS,
    capital_bonuses,
    capital_phrases,
    capitals_of,
    names_a_seat,
    seat_phrases,
)


def _cands(gaz, *names):
    return {n: gaz.lookup(n) for n in names}


def test_the_capital_of_a_named_country_gets_the_bonus(gaz):
    cands = _cands(gaz, "France", "Paris", "Texas")
    out = capital_bonuses(gaz, {n: n for n in cands}, cands)
    paris_fr = next(i for i in cands["Paris"] if gaz.country[i] == "FR")
    assert out == {"Paris": {paris_fr: CAPITAL_BONUS}}


def test_no_named_country_no_bonus_and_a_name_never_boosts_itself(gaz):
    cands = _cands(gaz, "Paris", "Texas")
    assert capital_bonuses(gaz, {n: n for n in cands}, cands) == {}
    # "Lebanon" names the country; its capital's bonus comes only from another name.
    cands = _cands(gaz, "Lebanon", "Beirut")
    beirut = cands["Beirut"][0]
    assert capital_bonuses(gaz, {n: n for n in cands}, cands) == {"Beirut": {beirut: CAPITAL_BONUS}}
    assert capital_bonuses(gaz, {"Lebanon": "Lebanon"}, {"Lebanon": cands["Lebanon"]}) == {}


# "the <country> capital": the capital of the country its words name (capitals.capital_phrases).
@pytest.mark.parametrize(("text", "expected"), [
    ("A bomb exploded near a mosque in the Afghan capital on Friday.", "Kabul"),
    ("Thousands marched through the Kenyan capital on Tuesday.", "Nairobi"),
    ("Robbers stole jewels from a store in the French capital.", "Paris"),
    ("SHELLS HIT THE SYRIAN CAPITAL OVERNIGHT, STATE MEDIA SAID.", "Damascus"),
    ("police dispersed a rally in the ugandan capital on monday.", "Kampala"),
    ("Protesters gathered in the state capital on Monday.", None),
    ("The fund raised venture capital from investors.", None),
    ("He moved to the former Soviet capital in 1990.", None),
    ("Working capital fell in the third quarter.", None),
])
def test_the_capital_a_country_word_names(world, text, expected):
    gaz = world.gazetteer
    found = [gaz.name[i] for _, _, i in capital_phrases(text, gaz, capitals_of(gaz))]
    assert found == ([expected] if expected else [])
    places = world.places(text, [])
    if expected:            # the capital in place of the demonym, spanning the phrase
        (place,) = [p for p in places if p.name == expected]
        assert text[place.span[0]:place.span[1]].lower().endswith("capital")


# A national institution of a named country sits where the country is governed
# (capitals.seat_phrases): its capital, or the seat the table gives where they differ.
@pytest.mark.parametrize(("text", "expected"), [
    ("Protesters threw stones at police outside Armenia's parliament on Thursday.", "Yerevan"),
    ("Riot police cleared a sit-in outside the Kenyan parliament.", "Nairobi"),
    ("Gunmen attacked Pakistan's interior ministry on Monday.", "Islamabad"),
    ("A car bomb exploded near the Somali presidential palace.", "Mogadishu"),
    ("The Ivory Coast defence ministry said troops had repelled the attack.", "Abidjan"),
    ("Farmers drove tractors to the Dutch parliament on Monday.", "The Hague"),
    ("STUDENTS MARCHED ON THE NIGERIAN NATIONAL ASSEMBLY.", "Abuja"),
    # a country whose parliament and government sit apart; no country named; not a seat
    ("Protesters gathered outside South Africa's parliament.", None),
    ("Protesters gathered outside parliament on Monday.", None),
    ("The European parliament voted on the law.", None),
    ("Hikers crossed the Georgian mountains.", None),
])
def test_a_national_institution_is_at_the_seat_of_government(world, text, expected):
    gaz = world.gazetteer
    found = [gaz.name[i] for _, _, i in seat_phrases(text, gaz, capitals_of(gaz))]
    assert found == ([expected] if expected else [])
    if expected:            # a place of its own, spanning the phrase, beside the country's
        (place,) = [p for p in world.places(text, []) if p.name == expected]
        assert names_a_seat(place.text)


# An institution named with no country where something happened at it is the one of the
# article's country, when its places are all in one (capitals.bare_seat_phrases); none with
# no one country, one whose parliament and government sit apart, or no place word before it.
@pytest.mark.parametrize(("text", "country", "expected"), [
    ("Thousands rallied outside parliament on Saturday.", "GE", ["Tbilisi"]),
    ("Police broke up a sit-in outside the interior ministry.", "KE", ["Nairobi"]),
    ("Students stormed the national assembly on Monday.", "NG", ["Abuja"]),
    ("Thousands rallied outside parliament on Saturday.", None, []),
    ("Thousands rallied outside parliament on Saturday.", "ZA", []),
    ("Parliament voted on the budget on Saturday.", "GE", []),
])
def test_a_bare_institution_is_at_the_seat_of_the_articles_country(world, text, country,
                                                                    expected):
    from eventwire.places.capitals import bare_seat_phrases
    gaz = world.gazetteer
    found = bare_seat_phrases(text, gaz, capitals_of(gaz), country)
    assert [gaz.name[i] for _, _, i in found] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Thousands of Georgians rallied outside parliament. Students marched in Kutaisi.",
     "Tbilisi"),
    # two countries named: no one country's parliament
    ("Georgians and Armenians rallied outside parliament. Students marched in Yerevan.",
     None),
])
def test_the_articles_country_places_a_bare_institution(world, text, expected):
    found = [p.name for p in world.places(text, []) if p.text == "parliament"]
    assert found == ([expected] if expected else [])
