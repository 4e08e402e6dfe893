"""Actor mentions found by the word lists, on phrases written for eventwire."""

from __future__ import annotations

import pytest

from eventwire.actor_mentions import find_actor_mentions, non_state_within, outside_own_country


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


@pytest.mark.parametrize(("text", "first", "second"), [
    # the country word qualifies the actor noun right after it, not a noun past a verb
    ("Kenyan jets bombed militant camps near the border.", "Military Forces of Kenya",
     "Rebel Group"),
    ("Nigerian troops killed rebel fighters in the forest.", "Military Forces of Nigeria",
     "Rebel Group"),
    ("Ethiopian drones hit militia positions overnight.", "Military Forces of Ethiopia",
     "Unidentified Armed Group"),
])
def test_a_country_word_qualifies_the_nearer_actor_noun(text, first, second):
    names = [m.name for m in find_actor_mentions(text)]
    assert names[0] == first and names[1].startswith(second) and "(" not in names[1]


@pytest.mark.parametrize(("text", "name"), [
    # one compound: the country word reaches past a noun joined to the next
    ("Malian army soldiers patrolled the road.", "Military Forces of Mali"),
    ("Kenyan riot police dispersed the students.", "Police Forces of Kenya"),
    ("Russian and French warplanes struck the outskirts.", "Military Forces of Russia"),
])
def test_a_country_word_still_qualifies_a_compound(text, name):
    assert find_actor_mentions(text)[0].name == name


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


# Country words at sentence starts, inside compounds, cut by a window, in capitals and in
# lower case (which the case-sensitive table does not read as countries).
_COUNTRY_TEXTS = [
    "Russian and French warplanes struck; U.S.-backed forces and Saudi-led jets answered.",
    "AMERICAN troops left. american troops left. The Bosnia and Herzegovina police said.",
    "ssian soldiers, Afghanistan's army, UK-trained units, the USA and the United Kingdom",
    "Iraqi-Kurdish fighters met Turkish, Syrian and Iranian officials in Britain on Monday.",
    "", "no capitals at all here", "Sudanese, South Sudanese and Congolese peacekeepers",
]


@pytest.mark.parametrize("text", _COUNTRY_TEXTS)
def test_the_fast_country_scan_finds_what_the_plain_one_does(text):
    from eventwire.actor_mentions import demonym_scanner
    from eventwire.lexicon import demonym_regex

    assert demonym_scanner() is not demonym_regex()       # the bundled table takes the fast one
    for start in range(len(text)):                        # every window, as _generic cuts them
        window = text[start:start + 30]
        assert ([m.span() for m in demonym_scanner().finditer(window)]
                == [m.span() for m in demonym_regex().finditer(window)])


@pytest.mark.parametrize(("pattern", "capitalised"), [
    ("Saudi(?:-led)?|Saudi Arabia", True), (r"U\.S\.|US", True), (r"A\|b", True),
    ("a|B", False), ("B|(?:x)", False), ("A|", False), ("A[bc]|B", False), ("(?:A)", False)])
def test_only_tables_whose_names_all_start_with_a_capital_take_the_fast_scan(pattern,
                                                                             capitalised):
    from eventwire.actor_mentions import _capitalised
    from eventwire.lexicon import word_regex

    assert _capitalised(word_regex(pattern, ignore_case=False).pattern) is capitalised


@pytest.mark.parametrize(("text", "words", "expected"), [
    ("The militants said they attacked the post.", "The militants", True),
    ("Hezbollah fighters fired at the base.", "Hezbollah fighters", True),
    ("The army and militias clashed on Monday.", "The army and militias", False),
    ("Residents said the attack lasted an hour.", "Residents", False),
])
def test_non_state_within_a_span(text, words, expected):
    start = text.index(words)
    found = find_actor_mentions(text)
    assert non_state_within(found, start, start + len(words)) is expected


def test_one_kept_reading_whether_the_table_is_given_or_not():
    # the detector asks without a table, the actor stage with its own (None): one scan
    text = "Suspected rebels abducted 12 villagers near the border on Friday."
    find_actor_mentions.cache_clear()
    first = find_actor_mentions(text)
    assert find_actor_mentions(text, None) is first
    assert find_actor_mentions(text, table=None) is first
