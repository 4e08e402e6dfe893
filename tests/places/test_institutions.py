"""Place names opening institutions' names (eventwire.places.institutions), on sentences
written here; the geoparser's readings of whole sentences are in test_context
(context_institutions_*.jsonl)."""

from __future__ import annotations

import pytest

from eventwire.places.institutions import Kind, institution_after, kept_outside_institutions
from eventwire.places.recognize import Mention


def _kind(text: str, name: str, nth: int = 0):
    start = -1
    for _ in range(nth + 1):
        start = text.index(name, start + 1)
    return institution_after(text, start, start + len(name))


@pytest.mark.parametrize("text, name, kind", [
    ("a fight at Lincoln High School on Monday", "Lincoln", Kind.NAMED),
    ("the Houston Chronicle reported", "Houston", Kind.SOURCE),
    ("an American Airlines jet", "American", Kind.CARRIER),
    ("guests of the Camden Hotel fled", "Camden", Kind.VENUE),
    ("the Charles Dayton Center on Elm Street", "Dayton", Kind.PART),
    ("He taught at Stephen F. Austin University.", "Austin", Kind.PART),
    ("doctors at Jordan Valley Medical Center", "Jordan", Kind.PART),
    ("nurses at St. Mary's Hospital", "St. Mary", Kind.PART),
    ("the Washington Latin School", "Washington", Kind.LONGER),
    ("Eastern Kentucky University closed", "Kentucky", Kind.NAMED),
    ("Goose Creek High School", "Goose Creek", Kind.NAMED),        # a sentence's first word
    ("the Pan American Health Organization warned", "American", Kind.PART),
])
def test_the_institution_after_a_name_says_what_the_name_is(text, name, kind):
    assert _kind(text, name) is kind


@pytest.mark.parametrize("text, name", [
    ("the Springfield Police Department said", "Springfield"),
    ("Kenema Government Hospital admitted six", "Kenema"),
    ("the Oakland School District closed", "Oakland"),
    ("Boston's Children's Hospital treated her", "Boston"),
    ("taken to Jackson Memorial Hospital in Miami", "Jackson"),
    ("the Bremen Lions Club met", "Bremen"),
    ("the Tarrant County Medical Examiner said", "Tarrant County"),   # an office, no paper
    ("the Denver Broncos lost", "Denver"),
    ("protesters outside the Washington Post building", "Washington"),
    ("at the Miami Herald's offices", "Miami"),
    ("fighting in Springfield on Monday", "Springfield"),
])
def test_the_places_own_bodies_and_plain_names_are_no_institutions(text, name):
    assert _kind(text, name) is None


def _mentions(text, *names):
    out = []
    for name in names:
        start = text.index(name, out[-1].end if out else 0)
        out.append(Mention(start, start + len(name), name, "GAZ"))
    return out


def test_a_towns_institution_needs_the_town_named_alone(gaz):
    text = "Peoria Academy closed. Dallas Academy closed too, and Dallas police came."
    kept = kept_outside_institutions(text, _mentions(text, "Peoria", "Dallas", "Dallas"), gaz)
    assert [m.text for m in kept] == ["Dallas", "Dallas"]       # Peoria: one school's name


def test_a_big_city_and_a_states_institutions_are_theirs(gaz):
    text = "Dallas University and Texas College shut; Peoria College stayed open."
    kept = kept_outside_institutions(text, _mentions(text, "Dallas", "Texas", "Peoria"), gaz)
    assert [m.text for m in kept] == ["Dallas", "Texas"]


def test_a_weak_name_standing_alone_supports_the_towns_institution(gaz):
    text = "Peoria Academy held a fair. Peoria residents came."
    peoria, alone = _mentions(text, "Peoria", "Peoria")
    assert kept_outside_institutions(text, [peoria], gaz, [alone]) == [peoria]
    assert kept_outside_institutions(text, [peoria], gaz) == []


def test_a_possessive_is_the_places_own_but_a_saints_names_the_institution():
    assert _kind("San Antonio's Methodist Hospital said", "San Antonio") is None
    assert _kind("St. Mary's Hospital said", "St. Mary") is Kind.PART
