"""Actor mentions found by the word lists, on phrases written for eventwire."""

from __future__ import annotations

import pytest

from eventwire.actor_mentions import find_actor_mentions, outside_own_country


@pytest.mark.parametrize("alias", ["ISIS", "ISIL", "Daesh", "Islamic State group", "IS"])
def test_aliases_merge(alias):
    mentions = find_actor_mentions(f"On Monday {alias} fighters left the town.")
    assert mentions[0].name == "Islamic State"
    # the group and the noun for its members are one mention: "ISIS fighters"
    assert mentions[0].text == f"{alias} fighters" and mentions[0].inter == 2


def test_country_adjective_names_state_forces():
    (m,) = find_actor_mentions("Russian warplanes struck the outskirts.")
    assert (m.name, m.inter, m.country, m.text) == (
        "Military Forces of Russia", 1, "RU", "Russian warplanes")


@pytest.mark.parametrize(("text", "inter"), [
    ("police", 1), ("rebels", 2), ("militiamen", 3), ("herdsmen", 4), ("rioters", 5),
    ("protesters", 6), ("villagers", 7)])
def test_categories(text, inter):
    (m,) = find_actor_mentions(f"The {text} gathered.")
    assert m.inter == inter


def test_police_without_country():
    (m,) = find_actor_mentions("Police dispersed the crowd.")[:1]
    assert m.name == "Police Forces"


def test_backed_is_not_the_backer():
    (m,) = find_actor_mentions("US-backed fighters advanced.")
    assert m.country != "US"


def test_uppercase_is_verb_is_not_a_group():
    assert not any(m.name == "Islamic State" for m in find_actor_mentions("THIS IS A TEST"))


def test_outside_own_country():
    (m,) = find_actor_mentions("French jets struck targets in Syria.")
    assert outside_own_country("French jets struck targets in Syria.", m)
    (m,) = find_actor_mentions("French police patrolled in France.")
    assert not outside_own_country("French police patrolled in France.", m)


@pytest.mark.parametrize(("text", "name"), [
    ("the Japanese minister told reporters", "Government of Japan"),
    ("Kenya's foreign minister arrived", "Government of Kenya"),
    ("the Turkish foreign ministry said", "Government of Turkey"),
    ("talks between the ministers of Peru and Chile", "Government of Peru"),
])
def test_office_titles_name_their_government(text, name):
    assert next(m.name for m in find_actor_mentions(text)) == name


def test_a_title_before_a_name_is_the_persons():
    text = "President Omar Diallo greeted Prime Minister Sara Lind."
    assert not any(m.category == "government" for m in find_actor_mentions(text))


@pytest.mark.parametrize("text", [
    "An al-Qaeda-linked group attacked the base.", "ISIS-inspired attackers struck the cafe.",
    "A Taliban-affiliated faction seized the pass."])
def test_an_affiliate_is_not_the_named_group(text):
    names = {m.name for m in find_actor_mentions(text)}
    assert not names & {"Al Qaeda", "Islamic State", "Taliban"}
