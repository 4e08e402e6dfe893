from __future__ import annotations

from eventwire.places.recognize import recognize, scan
from eventwire.records import Entity


def _ent(text, sub, label, nth=0):
    start = -1
    for _ in range(nth + 1):
        start = text.index(sub, start + 1)
    return Entity(sub, start, start + len(sub), label)


def _texts(mentions):
    return [m.text for m in mentions]


def test_scan_finds_longest_names_and_demonyms(gaz):
    text = "Syrian troops left Ar Raqqah for Dallas, Tex. on Monday."
    found = scan(text, gaz)
    assert _texts(found) == ["Syrian", "Ar Raqqah", "Dallas", "Tex."]
    assert [m.demonym for m in found] == [True, False, False, False]


def test_entities_and_gazetteer_matches_are_merged_without_overlap(gaz):
    text = "Officials in Peoria said Springfield and Texas were next."
    ents = [_ent(text, "Peoria", "GPE")]
    assert _texts(recognize(text, ents, gaz)) == ["Peoria", "Springfield", "Texas"]


def test_place_opening_an_organisation_name_is_recovered(gaz):
    text = "The Texas Department of Safety said the road was closed."
    ents = [_ent(text, "The Texas Department of Safety", "ORG")]
    assert _texts(recognize(text, ents, gaz)) == ["Texas"]


def test_town_tagged_as_person_after_a_place_noun(gaz):
    text = "Fighters are 30 miles away in the town of Ein Issa, activists said."
    ents = [_ent(text, "Ein Issa", "PERSON")]
    assert _texts(recognize(text, ents, gaz)) == ["Ein Issa"]


def test_people_named_like_places_are_left_out(gaz):
    text = "Mayor Tom Dallas spoke. Dallas said the vote in Peoria was close."
    person = _ent(text, "Tom Dallas", "PERSON")
    peoria = _ent(text, "Peoria", "GPE")
    assert _texts(recognize(text, [person, peoria], gaz)) == ["Peoria"]
    assert _texts(recognize(text, [person, _ent(text, "Dallas", "PERSON", 1), peoria],
                            gaz)) == ["Peoria"]


def test_a_name_the_document_tags_as_a_place_is_not_a_surname(gaz):
    text = "John Peoria spoke. Flooding in Peoria closed roads."
    place = _ent(text, "Peoria", "GPE", 1)
    found = recognize(text, [_ent(text, "John Peoria", "PERSON"), place], gaz)
    assert (place.start, place.end) in [(m.start, m.end) for m in found]


def test_stopwords_and_lowercase_are_not_places(gaz):
    text = "March came. The paris of the plains is not a name."
    assert recognize(text, [], gaz) == []


def test_a_designated_town_tagged_as_an_organisation_is_a_place(gaz):
    text = "Gunmen captured the town of Ein Issa on Friday."
    start = text.index("Ein Issa")
    ents = [Entity("Ein Issa", start, start + 8, "ORG")]
    assert [m.text for m in recognize(text, ents, gaz)] == ["Ein Issa"]


def test_a_bare_county_name_is_not_a_place_on_its_own(gaz):
    text = "Clarke said so. Schools in Clarke County closed."
    assert _texts(recognize(text, [], gaz)) == ["Clarke County"]


def test_a_big_county_bare_name_opening_an_organisation_is_not_a_place(gaz):
    text = "The Harris Academy said it would reopen."
    ents = [_ent(text, "The Harris Academy", "ORG")]
    assert recognize(text, ents, gaz) == []
