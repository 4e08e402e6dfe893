"""German written without umlauts (foreign.umlauts): word lists match either spelling, and
the encoder reads such sentences respelled."""

from __future__ import annotations

import re

import pytest

from eventwire.foreign.umlauts import either_spelling, respelled, spelled_either
from eventwire.foreign.vocabulary import readable


@pytest.mark.parametrize(("written", "word"), [
    ("entfuehrt", "entführt"), ("zusammenstoessen", "zusammenstößen"), ("getoetet", "getötet"),
    ("strassenschlacht", "straßenschlacht"), ("kaempfe", "kämpfe"),
])
def test_a_pattern_matches_either_spelling(written, word):
    pattern = re.compile(either_spelling(r"entführt|zusammenstö(?:ß|ss)en|getötet|"
                                         r"straßenschlacht|kämpfe"))
    assert pattern.fullmatch(written) and pattern.fullmatch(word)


def test_a_pattern_of_another_language_is_left_as_written():
    assert spelled_either("déjà|ü", "fr") == "déjà|ü"
    assert spelled_either("ü", "de") == "(?:ü|ue)"


def test_an_umlaut_inside_a_character_class_is_refused():
    with pytest.raises(ValueError):
        either_spelling("s[aä]tz")
    with pytest.raises(ValueError):
        either_spelling(r"[\]ä]")         # an escaped bracket ends no class


@pytest.mark.skipif(not readable(), reason="the encoder is not installed")
@pytest.mark.parametrize(("written", "read"), [
    ("Bewaffnete haben einen Arzt entfuehrt", "Bewaffnete haben einen Arzt entführt"),
    ("Muenchen und Duesseldorf", "München und Düsseldorf"),
    ("neun Soldaten getoetet", "neun Soldaten getötet"),
    ("Oel fuer Oesterreich", "Öl für Österreich"),
    ("die Strasse", "die Straße"),
    ("Massnahmen der Regierung", "Maßnahmen der Regierung"),
    # words whose "ue", "ae", "oe", "ss" are no umlaut or sharp s
    ("Feuer in Israel", "Feuer in Israel"), ("Michael und Samuel", "Michael und Samuel"),
    ("die neue Steuer", "die neue Steuer"), ("dass er muss", "dass er muss"),
    ("Russland und der Kongress", "Russland und der Kongress"),
    ("die Quelle", "die Quelle"), ("Schuesse", "Schuesse"),
])
def test_a_sentence_without_umlauts_is_respelled_as_the_vocabulary_finds_likelier(written,
                                                                                   read):
    assert respelled(written) == read


def test_a_sentence_with_an_umlaut_is_left_as_written():
    text = "Die Polizei hat in Muenchen drei Männer festgenommen."
    assert respelled(text) == text
