from __future__ import annotations

import pytest

from eventwire.places.clubs import club_span, club_word, names_a_club


def _at(text: str, name: str) -> tuple[str, int, int]:
    start = text.index(name)
    return text, start, start + len(name)


@pytest.mark.parametrize("text, name", [
    ("Real Madrid fans threw flares at police during the away game.", "Madrid"),
    ("Manchester United supporters attacked a coach carrying rival fans.", "Manchester"),
    ("Inter Milan ultras ambushed a van after the match.", "Milan"),
    ("Police fired tear gas at Paris Saint-Germain fans.", "Paris"),
    ("Dynamo Kyiv supporters were attacked at a hotel before the game.", "Kyiv"),
    ("Leeds United lost the derby, and fans smashed windows.", "Leeds"),
    ("The club said Sporting Lisbon players were attacked at the training ground.", "Lisbon"),
])
def test_a_place_in_a_clubs_name_is_the_club(text, name):
    assert names_a_club(*_at(text, name))


@pytest.mark.parametrize("text, name", [
    # the text puts the event at the club's ground
    ("Fans clashed with police outside Manchester United's stadium.", "Manchester"),
    ("Fans gathered at the home ground of Real Madrid to protest.", "Madrid"),
    # no sport near: a city named so, a council, a sentence opening with "Real"
    ("An airstrike hit Mosul City on Tuesday, killing four.", "Mosul"),
    ("Protesters gathered outside the Kirkuk City council building.", "Kirkuk"),
    ("Real fear gripped Madrid after the blasts.", "Madrid"),
    # a town, a police force, a date: not clubs' words
    ("Riot police clashed with fans in Madrid after the derby.", "Madrid"),
    ("Texas Rangers arrested two men after the game.", "Texas"),
    ("Fans fought in Sheffield Wednesday night after the match.", "Sheffield"),
])
def test_other_names_and_the_clubs_ground_are_not_the_club(text, name):
    assert not names_a_club(*_at(text, name))


def test_the_span_of_the_clubs_name():
    text, start, end = _at("Fans of Inter Milan FC sang.", "Milan")
    assert text[slice(*club_span(text, start, end))] == "Inter Milan FC"


# Reports written for this rule (tests/places/data/event_places_clubs_dev.jsonl): a club's fans
# or players where the sentence names another place, the document does, or nothing does
# (``want`` null: the club's town is no answer), beside the club's ground and the town itself.
CLUB_REPORTS = "event_places_clubs_dev.jsonl"
# All but the two whose club spaCy tags as a person or reads as a namesake region ("the home
# ground of Manchester United"; "Manchester United's stadium": Jamaica's Manchester parish).
CLUB_FLOOR = 0.85


def test_a_clubs_town_is_no_place_of_its_fans_deeds(world, nlp):
    from places.test_event_places import cases, locate, right
    reports = cases(CLUB_REPORTS)
    got = [locate(world, c, nlp) for c in reports]
    ok = [right(p, c["want"]) if c["want"] else p is None for p, c in zip(got, reports)]
    assert sum(ok) / len(ok) >= CLUB_FLOOR, [c["text"] for c, k in zip(reports, ok) if not k]


@pytest.mark.parametrize("text, name, want", [
    ("Fans of Real Madrid rioted after the match.", "Real", True),
    ("Brighton and Hove Albion fans sang at the game.", "Albion", True),
    # hard negatives: an adjective, the towns named so, a word with no sport near
    ("Real fear gripped the town after the match.", "Real", False),
    ("A storm hit Albion, New York, before the game.", "Albion", False),
    ("Police in Real said the fans fled.", "Real", False),
    ("Real Madrid is the name of a bank's new branch.", "Real", False),
])
def test_a_word_of_a_clubs_name_beside_its_place_is_no_place(text, name, want):
    assert club_word(*_at(text, name)) is want


class _M:
    def __init__(self, text: str, name: str) -> None:
        self.text, self.start = name, text.index(name)
        self.end = self.start + len(name)


_AREAS = {"Bayern", "Bavaria", "Hellas", "Lazio", "Texas"}
_TOWNS = {"Munich", "Verona", "Roma", "Madrid", "Dallas"}


@pytest.mark.parametrize("text, names, dropped", [
    ("Bayern Munich fans clashed with police before the match.", ("Bayern", "Munich"),
     {0}),
    ("Police held 20 Hellas Verona supporters after the game.", ("Hellas", "Verona"), {0}),
    ("Lazio Roma ultras attacked police before the derby.", ("Lazio", "Roma"), {0}),
    ("The Bayern Munich striker was hurt; Madrid fans cheered.", ("Bayern", "Munich",
                                                                  "Madrid"), {0}),
    # hard negatives: no sport, a comma between, a town first, the area alone
    ("Floods hit Bavaria Munich and the Alps.", ("Bavaria", "Munich"), set()),
    ("The match was in Bavaria, Munich police said.", ("Bavaria", "Munich"), set()),
    ("Madrid Bavaria fans met at the final.", ("Madrid", "Bavaria"), set()),
    ("Bayern fans set off flares during the match.", ("Bayern",), set()),
    ("Fans of Bayern and Munich police met after the game.", ("Bayern", "Munich"), set()),
])
def test_a_regions_name_opening_a_clubs_before_its_town_is_the_clubs_word(text, names,
                                                                          dropped):
    from eventwire.places.clubs import area_words
    ms = sorted((_M(text, n) for n in names), key=lambda m: m.start)
    assert area_words(text, ms, lambda m: m.text in _AREAS,
                      lambda m: m.text in _TOWNS) == dropped


@pytest.mark.parametrize("text, places", [
    ("Bayern Munich fans clashed with police before the match.", ["Munich"]),
    ("Police arrested 20 Bayern Munich supporters after the game in Madrid.",
     ["Munich", "Madrid"]),
    ("Hellas Verona fans threw flares during the match.", ["Verona"]),
    ("The Bayern Munich striker was hurt in the crash.", ["Munich"]),
    ("Fans of Bayern Munich rioted in Madrid after the final.", ["Munich", "Madrid"]),
    # hard negatives: the region where things happen
    ("Floods hit Bavaria on Tuesday; Munich was spared.", ["Bavaria", "Munich"]),
    ("Floods hit Bavaria Munich and the Alps.", ["Bavaria", "Munich", "Alps"]),
    ("The match in Bavaria, Munich police said, was calm.", ["Bavaria", "Munich"]),
])
def test_a_club_named_after_a_region_and_its_town_is_the_towns(world, text, places):
    found = world.places(text, [])
    assert [p.text for p in found] == places
    assert all(p.name != "Bavaria" or p.text == "Bavaria" for p in found)


@pytest.mark.parametrize("text, name, leads", [
    ("Bayern fans set off flares during the match.", "Bayern", True),
    ("Lazio's coach was sent off in the derby.", "Lazio", True),
    ("Police held Lazio ultras after the game.", "Lazio", True),
    # hard negatives: no word of sport after it, or none around
    ("Floods in Bayern closed roads before the match.", "Bayern", False),
    ("Bayern fans of the new law protested.", "Bayern", False),
])
def test_a_word_of_sport_after_a_name(text, name, leads):
    from eventwire.places.clubs import leads_sport
    assert leads_sport(*_at(text, name)) is leads


@pytest.mark.parametrize("text, places", [
    ("Bayern fans set off flares during the match in Madrid.", ["Madrid"]),
    ("Lazio ultras attacked police before the derby in Rome.", ["Rome"]),
    # hard negatives: a region's own name, its name with no sport, a national side's
    ("Texas fans cheered at the game in Dallas.", ["Texas", "Dallas"]),
    ("Floods hit Bavaria; Bayern's roads were shut, the match off.", ["Bavaria", "Bayern"]),
    ("Holland fans celebrated in Amsterdam after the match.", ["Holland", "Amsterdam"]),
])
def test_a_clubs_region_in_another_tongue_is_no_place(world, text, places):
    assert [p.text for p in world.places(text, [])] == places


@pytest.mark.parametrize("text, name, said", [
    ("Cleveland beat Dallas 102-98 on Sunday night.", "Cleveland", True),
    ("Cleveland beat Dallas 102-98 on Sunday night.", "Dallas", True),
    ("Chelsea drew with Arsenal, and fans clashed outside the ground.", "Arsenal", True),
    ("The Lakers lost to Boston 110-99.", "Boston", True),
    ("England beat Australia by six wickets in the second Test match.", "England", True),
    # no score and no word of sport, or no rival named after the verb
    ("Russia beat back an attack near Kharkiv, the ministry said.", "Russia", False),
    ("Troops defeated Islamic State fighters near Mosul in 2017.", "Mosul", False),
    ("Protesters in Dallas beat drums outside city hall.", "Dallas", False),
    ("Israel defeated Egypt in 1967.", "Israel", False),
    ("The score was 3-1 when police in Paris fired tear gas.", "Paris", False),
])
def test_a_town_that_plays_is_its_team(text, name, said):
    from eventwire.places.clubs import plays
    start = text.index(name)
    assert plays(text, start, start + len(name)) is said
