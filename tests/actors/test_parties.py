"""Which nouns name a party (a person, group, organisation, state or force)."""

from __future__ import annotations

import pytest

from eventwire.actors.parties import is_act, is_part, is_party, party_nouns, thing_nouns


@pytest.fixture(scope="module")
def nlp():
    from eventwire.nlp import load_pipeline
    return load_pipeline()


def _token(nlp, text: str, word: str):
    return next(t for t in nlp(text) if t.text == word)


@pytest.mark.parametrize(("text", "word"), [
    ("The envoys met on Monday.", "envoys"),
    ("Two engineers were kidnapped.", "engineers"),
    ("The militiamen left the town.", "militiamen"),
    ("The opposition parties walked out.", "parties"),
    ("Kenya closed the border.", "Kenya"),
    ("The gendarmes arrived late.", "gendarmes"),
    ("Dozens of detainees were freed.", "detainees"),
    ("The coalition rejected the plan.", "coalition"),
    ("The Red Cross sent doctors.", "Cross"),
])
def test_people_groups_organisations_and_states_are_parties(nlp, text, word):
    assert is_party(_token(nlp, text, word))


@pytest.mark.parametrize(("text", "word"), [
    ("They agreed on Wednesday.", "Wednesday"),
    ("The council imposed a curfew.", "curfew"),
    ("They reached an agreement.", "agreement"),
    ("They shot down a drone.", "drone"),
    ("The army fired artillery shells.", "artillery"),
    ("They crossed the Friendship Bridge.", "Bridge"),
    ("It declared a state of emergency.", "state"),
    ("They sent 500 tonnes of grain.", "tonnes"),
])
def test_things_dates_places_and_abstract_nouns_are_not(nlp, text, word):
    assert not is_party(_token(nlp, text, word))


def test_numbers_and_parts_lead_to_the_party_after_of(nlp):
    assert is_part(_token(nlp, "Thousands of people marched.", "Thousands"))
    assert is_part(_token(nlp, "Two of the men fled.", "Two"))
    assert not is_part(_token(nlp, "The bodies of the men were found.", "bodies"))


def test_acts_and_devices_are_not_who_acted(nlp):
    assert is_act(_token(nlp, "A roadside bomb killed two.", "bomb"))
    assert is_act(_token(nlp, "The blasts shook the city.", "blasts"))
    assert not is_act(_token(nlp, "The bombers fled.", "bombers"))


def test_the_word_kinds_do_not_overlap():
    assert party_nouns() and thing_nouns()
    assert not party_nouns() & thing_nouns()


@pytest.mark.parametrize(("text", "word", "party"), [
    ("The dockworkers walked out.", "dockworkers", True),
    ("Firefighters reached the site.", "Firefighters", True),
    ("The stakeholders met again.", "stakeholders", True),
    ("He lost his screwdriver.", "screwdriver", False),
    ("They awaited the arrival.", "arrival", False),
    ("The warhead was found.", "warhead", False),
])
def test_a_closed_compound_ending_in_a_person_word_is_a_person(nlp, text, word, party):
    assert is_party(_token(nlp, text, word)) is party
