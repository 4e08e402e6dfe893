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


# Lines written in capitals or in lower case (read in lower case): names after a word of
# place, not the common words that are names of places somewhere (sentences written for the
# project).
CUED = [
    ("fr", "des hommes armés ont tué six villageois près de djibo dans la nuit.", ["Djibo"]),
    ("fr", "la police a dispersé un rassemblement devant l'université d'abidjan.",
     ["Abidjan"]),
    ("fr", "il a été reçu à bras ouverts à paris par le président.", ["Paris"]),
    ("fr", "des affrontements ont éclaté dans la province de kandahar et à kaboul.",
     ["Kandahār", "Kabul"]),
    ("es", "un grupo armado asesinó a cinco campesinos en tumaco el martes.", ["Tumaco"]),
    ("es", "la obra se puso en marcha en mayo en el centro de sevilla.", ["Sevilla"]),
    ("pt", "homens armados mataram quatro pessoas em macomia na segunda-feira.", ["Macomia"]),
    ("pt", "milhares protestaram no centro de lisboa e em porto alegre.",
     ["Lisbon", "Porto Alegre"]),
    ("pt", "a polícia prendeu no domingo três homens no rio de janeiro.", ["Rio de Janeiro"]),
    ("fr", "le ministre a été condamné à vie pour corruption.", []),
    ("fr", "les prix ont augmenté en mars et en avril à cause de la guerre.", []),
    ("fr", "il habite dans la rue de la paix depuis dix ans.", []),
    ("es", "el acuerdo entró en vigor en general sin problemas.", []),
    ("es", "el presidente habló en nombre de todos en la sede de la onu.", []),
    ("es", "los manifestantes se concentraron en una plaza del centro.", []),
    ("pt", "o governo está em causa depois da decisão do tribunal.", []),
    ("pt", "o jogador ficou em campo até ao fim.", []),
]


@pytest.mark.parametrize(("language", "text", "names"), CUED)
def test_caseless_lines_name_towns_after_a_word_of_place(places, language, text, names):
    doc = Document("d", text, "s", language=language)
    found = places.places(doc, split_sentences(text, language), [(0, len(text))])
    assert [p.name for p in found] == names


def test_lower_case_names_are_read_only_in_caseless_lines(places):
    text = "Des hommes armés ont tué six villageois près de djibo dans la nuit."
    assert _read(places, text, "fr")[0] == ()


def test_country_names_shared_with_english_are_written_ones():
    from eventwire.foreign.places import written_country_names

    names = dict(written_country_names("fr"))
    assert names["France"] == "FR" and names["Burkina Faso"] == "BF"
    assert names["Allemagne"] == "DE"


@pytest.mark.parametrize(("language", "text", "names"), [
    ("es", "Agentes de la Guardia Civil detuvieron a dos hombres en Cádiz.", ["Cadiz"]),
    ("es", "La Policía Nacional desarticuló una banda en Sevilla.", ["Sevilla"]),
    ("fr", "Le ministre Thomas Lyon a visité Grenoble mardi.", ["Grenoble"]),
    ("pt", "Os professores marcharam no centro de Porto Alegre.", ["Porto Alegre"]),
])
def test_a_word_opening_a_longer_unknown_name_is_no_town(places, language, text, names):
    assert [p.name for p in _read(places, text, language)[0]] == names


# Caseless lines (country names written as the reader writes them again, foreign.reader.
# _countries_named): a town whose name is also a common word of some language after a mere
# preposition ("en lima", "in kabul", "à nice", "em natal") is read only when it is a city
# and a place of its country is named near it; after a noun of place ("el centro de lima")
# it is read as other names are. Sentences written for the project.
COMMON_WORD_TOWNS = [
    ("es", "un coche bomba explotó en lima, la capital de Perú, el martes.", ["Lima", "Peru"]),
    ("es", "la policía detuvo a tres hombres en lima y en arequipa.", ["Lima", "Arequipa"]),
    ("es", "un atentado sacudió el centro de lima.", ["Lima"]),
    ("es", "un coche bomba explotó en lima el martes.", []),
    ("es", "enfrentamientos en cali dejaron dos muertos en Colombia.", ["Cali", "Colombia"]),
    ("es", "los manifestantes marcharon en cali.", []),
    ("de", "bei einem anschlag in kabul und in kandahar wurden zehn menschen getötet.",
     ["Kabul", "Kandahār"]),
    ("de", "bei einem anschlag in kabul wurden zehn menschen getötet.", []),
    ("fr", "des hommes armés ont tué dix civils à kaya, au Burkina Faso.",
     ["Kaya", "Burkina Faso"]),
    ("fr", "l'explosion a eu lieu à nice, près de la promenade, en France.",
     ["Nice", "France"]),
    ("pt", "a polícia prendeu dois homens em natal, no Brasil.", ["Natal", "Brazil"]),
    ("pt", "o avião aterrou em natal.", []),
    # Common words beside a place of a country where a village bears them.
    ("fr", "il a été reçu à bras ouverts à paris par le président.", ["Paris"]),
    ("fr", "il a été condamné à vie à paris.", ["Paris"]),
    ("es", "la marcha terminó en paz en Bolivia.", ["Bolivia"]),
    ("es", "los precios subieron en general en Colombia.", ["Colombia"]),
]


@pytest.mark.parametrize(("language", "text", "names"), COMMON_WORD_TOWNS)
def test_a_caseless_town_that_is_a_common_word_needs_its_country_near(places, language,
                                                                      text, names):
    doc = Document("d", text, "s", language=language)
    found = places.places(doc, split_sentences(text, language), [(0, len(text))])
    assert [p.name for p in found] == names


# German capitalises its nouns: a noun after an article, a contracted preposition, a
# possessive or a number is no town ("am Sonntag", "ein Dorf", "in der Nähe", "vier Kinder");
# a country's genitive is the country ("im Norden Syriens", "Malis"). Sentences written for
# the project.
GERMAN = [
    ("Bewaffnete töteten am Sonntag vier Bauern in einem Dorf im Norden Nigerias.",
     ["Nigeria"]),
    ("In der Nähe von Mossul explodierte eine Bombe unter einem Fahrzeug.", ["Mosul"]),
    ("Eine Landmine riss in der Provinz Helmand vier Kinder in den Tod.", ["Helmand"]),
    ("Ein Helfer wurde am Montag im Norden Malis verschleppt.", ["Mali"]),
    ("Bei einem Angriff im Süden Afghanistans starben sieben Polizisten.", ["Afghanistan"]),
    ("Separatisten haben den Ort Awdijiwka mit Granaten beschossen.", ["Avdiyivka"]),
    ("Die Polizei nahm in Köln und Bonn drei Männer fest.", ["Köln", "Bonn"]),
]


@pytest.mark.parametrize(("text", "names"), GERMAN)
def test_german_nouns_are_no_towns_and_genitives_name_countries(places, text, names):
    assert [p.name for p in _read(places, text, "de")[0]] == names
