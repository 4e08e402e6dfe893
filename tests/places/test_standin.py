"""Names the tables lack stand in for the document's home town (eventwire.places.standin), on
the tiny gazetteer of conftest."""

from __future__ import annotations

from eventwire.places import Geoparser
from eventwire.places.locate import DocumentPlaces
from eventwire.places.standin import STAND_IN_CONFIDENCE, stands_in
from eventwire.records import Entity, Sentence


def _spans(text, *names):
    return [(text.index(n), text.index(n) + len(n)) for n in names]


def test_a_street_the_tables_lack_is_in_the_town_named_most(gaz):
    text = ("Peoria police closed Quenby Avenue after a fire. Springfield sent a crew. "
            "Peoria officials said Quenby Avenue would reopen.")
    out = Geoparser(gaz).resolve_spans(text, _spans(text, "Peoria", "Springfield",
                                                     "Quenby Avenue"))
    street = out[2]
    assert street.name == "Peoria" and street.text == "Quenby Avenue"
    assert street.geo_precision == 2 and street.confidence == STAND_IN_CONFIDENCE
    assert stands_in(gaz, street) and not stands_in(gaz, out[0])


def test_far_features_abbreviations_and_documents_without_a_town_get_none(gaz):
    gp = Geoparser(gaz)
    text = "Peoria hikers climbed Mount Quenby and sailed to Quenby Island; N.Q. rules."
    out = gp.resolve_spans(text, _spans(text, "Peoria", "Mount Quenby", "Quenby Island",
                                        "N.Q."))
    assert out[0].name == "Peoria" and out[1:] == (None, None, None)
    text = "Syria and Lebanon met on Quenby Avenue."      # countries only: no home town
    assert gp.resolve_spans(text, _spans(text, "Syria", "Lebanon", "Quenby Avenue"))[2] is None


def test_a_stand_in_never_locates_an_event(gaz):
    # The street alone in the event's sentence: the event is in the document's main place,
    # not at the street's stand-in (the same point, but named by a guess).
    text = "Peoria police were on alert. A bomb exploded on Quenby Avenue on Monday."
    ents = [Entity(n, a, b, label) for n, label in (("Quenby Avenue", "FAC"), ("Peoria", "GPE"))
            for a, b in _spans(text, n)]
    places = Geoparser(gaz).places(text, ents)
    street = [p for p in places if p.text == "Quenby Avenue"]
    assert street and stands_in(gaz, street[0])
    start = text.index("A bomb")
    sentence = Sentence(text[start:], start, len(text))
    located = DocumentPlaces(gaz, places, text).event_locations(
        sentence, (text.index("exploded"), text.index("exploded") + 8), None)
    assert [p.text for p in located] == ["Peoria"]


def test_a_far_feature_named_by_the_word_after_it_gets_none(gaz):
    # own sentences: "the X islands", "the X peninsula" leave the feature word out of the span
    gp = Geoparser(gaz)
    text = "Peoria fishermen sailed near the Quenby islands and the Marlow peninsula."
    out = gp.resolve_spans(text, _spans(text, "Peoria", "Quenby", "Marlow"))
    assert out[1] is None and out[2] is None
    # a district the span leaves its word out of is still the town's
    text = "Peoria police closed roads in the Quenby district after a fire."
    out = gp.resolve_spans(text, _spans(text, "Peoria", "Quenby"))
    assert out[1] is not None and out[1].name == "Peoria"


def test_an_unknown_name_after_the_article_is_a_buildings_not_the_events_town(gaz):
    # hand-built places: "the Minster" unresolved, France resolved in the sentence before
    from eventwire.records import Place

    text = ("Police in France were on alert. Hundreds gathered outside the Minster and in "
            "the village of Quenbyford on Saturday.")
    fr = gaz.countries["FR"]
    france = Place("France", "France", _spans(text, "France")[0], "France", "FR", None,
                   gaz.latitude[fr], gaz.longitude[fr], gaz.geonameid[fr], 3, "PCLI", 0.9)
    minster = Place("Minster", "Minster", _spans(text, "Minster")[0], confidence=0.5)
    village = Place("Quenbyford", "Quenbyford", _spans(text, "Quenbyford")[0], confidence=0.5)
    start = text.index("Hundreds")
    sentence = Sentence(text[start:], start, len(text))
    trigger = (text.index("gathered"), text.index("gathered") + 8)
    places = DocumentPlaces(gaz, [france, minster], text)
    assert [p.name for p in places.event_locations(sentence, trigger, None)] != ["Minster"]
    # the village the text names as one is the place, in the article's country
    places = DocumentPlaces(gaz, [france, village], text)
    [got] = places.event_locations(sentence, trigger, None)
    assert (got.name, got.iso2, got.geo_precision) == ("Quenbyford", "FR", 3)
