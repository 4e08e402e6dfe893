"""Place names that name a thing in their context (eventwire.places.things)."""

from __future__ import annotations

import pytest

from eventwire.places.things import names_a_thing


def _at(text: str, name: str) -> bool:
    start = text.index(name)
    return names_a_thing(text, start, start + len(name))


@pytest.mark.parametrize("text, name", [
    ("The service was written in Java by a small team.", "Java"),
    ("Java developers are in high demand, the survey found.", "Java"),
    ("The app, written in Java and Python, was hacked.", "Java"),
    ("Most banking software still runs on COBOL or Java.", "Java"),
    ("The flaw lets attackers run code through a Java deserialization bug.", "Java"),
    ("The bug affects Java applications and Android phones.", "Java"),
    ("The malware was coded in Delphi and spread by email.", "Delphi"),
    ("Their backend is built with Python, Ruby and Go.", "Ruby"),
    ("The team ported the game to Kotlin last year.", "Kotlin"),
    ("Ruby on Rails sites were hit by the worm.", "Ruby"),
    ("Turkey was served at the Thanksgiving dinner in the shelter.", "Turkey"),
    ("Volunteers handed out Turkey sandwiches to the homeless.", "Turkey"),
    ("Families lined up for Turkey and stuffing before the holiday.", "Turkey"),
    ("They carved the Turkey and watched the game.", "Turkey"),
    ("Thieves took fine China and jewellery from the house.", "China"),
    ("She inherited the China cabinet from her grandmother.", "China"),
    ("The burglars smashed China and crystal in the dining room.", "China"),
])
def test_a_place_name_naming_a_thing(text, name):
    assert _at(text, name)


@pytest.mark.parametrize("text, name", [
    ("Floods in Java killed 30 people on Sunday.", "Java"),
    ("An earthquake struck off the coast of Java.", "Java"),
    ("A volcano erupted on Java, Indonesia's most populous island.", "Java"),
    ("Police in Delphi, Indiana, found the bodies.", "Delphi"),
    ("Tourists flocked to Delphi to see the ruins.", "Delphi"),
    ("A tornado struck Ada and Shawnee.", "Ada"),
    ("Turkey shelled Kurdish positions in Syria.", "Turkey"),
    ("Turkey served as a mediator between the two sides.", "Turkey"),
    ("Turkey and Greece traded accusations over the islands.", "Turkey"),
    ("Erdogan said Turkey would host the dinner for NATO ministers.", "Turkey"),
    ("China sent warships to the strait.", "China"),
    ("China set a growth target of 5 percent.", "China"),
    ("Tensions between China and Japan rose.", "China"),
    ("Exports to China and India fell.", "China"),
])
def test_the_same_names_as_places(text, name):
    assert not _at(text, name)


def test_weather_and_works_in_java_are_in_java():
    assert not _at("A storm developed in Java overnight.", "Java")
    assert not _at("The bridge was built in Java by Dutch engineers.", "Java")
    assert not _at("Floods written off as minor hit Java.", "Java")
