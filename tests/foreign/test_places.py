"""Places of foreign text: gazetteer names, countries in the document's language."""

from __future__ import annotations

import pytest

from eventwire.foreign.places import ForeignPlaces, country_names, event_location
from eventwire.foreign.sentences import split_sentences
from eventwire.places import Geoparser, load_gazetteer
from eventwire.records import Document


@pytest.fixture(scope="module")
def places():
    return ForeignPlaces(Geoparser(load_gazetteer()))


def _read(places, text, language):
    sentences = split_sentences(text, language)
    return places.places(Document("d", text, "s", language=language), sentences), sentences


def test_local_names_of_towns_find_their_town(places):
    found, sentences = _read(places, "Un bombardeo alcanzó un mercado en las afueras de Alepo "
                             "y otro en Mogadiscio.", "es")
    assert [(p.text, p.name, p.iso2) for p in found] == [("Alepo", "Aleppo", "SY"),
                                                         ("Mogadiscio", "Mogadishu", "SO")]
    assert event_location(found, sentences[0]).name == "Aleppo"


def test_a_name_of_several_words_and_spans_into_the_text(places):
    text = "Os professores marcharam no centro de Porto Alegre nesta terça."
    found, _ = _read(places, text, "pt")
    assert [(p.text, p.geo_precision) for p in found] == [("Porto Alegre", 1)]
    assert text[found[0].span[0]:found[0].span[1]] == "Porto Alegre"


def test_a_capitalised_word_opening_a_sentence_is_not_taken_alone(places):
    found, _ = _read(places, "Sevilla ganó el partido. La afición celebró en la plaza.", "es")
    assert found == ()


def test_countries_named_in_the_language(places):
    assert ("Irak", "IQ") in country_names("es") and ("Allemagne", "DE") in country_names("fr")
    assert country_names("xx") == ()
    found, sentences = _read(places, "قتل ثمانية مدنيين في غارة جوية في العراق", "ar")
    assert [(p.text, p.iso2, p.geo_precision) for p in found] == [("العراق", "IQ", 3)]


def test_the_only_country_of_the_document_places_an_event_without_a_place(places):
    found, sentences = _read(places, "Des hommes armés ont attaqué un village. Le Niger a "
                             "décrété un deuil national.", "fr")
    assert event_location(found, sentences[0]).iso2 == "NE"


def test_no_place_when_the_document_names_several_countries(places):
    found, sentences = _read(places, "Hubo disparos en un barrio. Irak y Alemania condenaron "
                             "los hechos.", "es")
    assert event_location(found, sentences[0]) is None


def test_a_follow_up_sentence_without_a_place_is_where_the_lede_says(places):
    found, sentences = _read(places, "Des milliers de personnes ont manifesté samedi à Lyon. "
                             "La police a dispersé les manifestants en fin de journée.", "fr")
    assert event_location(found, sentences[1]).name == "Lyon"
    assert event_location(found, sentences[0]).name == "Lyon"


def test_a_follow_up_sentence_takes_no_town_when_the_document_spans_countries(places):
    found, sentences = _read(places, "Hubo disparos en Alepo y en Mogadiscio. La policía "
                             "detuvo a dos hombres.", "es")
    assert event_location(found, sentences[1]) is None


def test_a_country_short_name_is_the_country_not_a_town_of_its_name(places):
    found, _ = _read(places, "Un atentado en Siria dejó doce muertos.", "es")
    assert [(p.text, p.iso2, p.geo_precision) for p in found] == [("Siria", "SY", 3)]
    found, _ = _read(places, "La Russie a bombardé un dépôt.", "fr")
    assert [(p.text, p.iso2) for p in found] == [("Russie", "RU")]
