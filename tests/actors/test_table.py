"""The actor table: loading, validation, the one-pass finder, and the bundled rows' hygiene."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from eventwire.actors.table import (
    ActorEntry,
    ActorTable,
    bundled_entries,
    bundled_table,
    check_table,
    fold,
    is_acronym,
    load_actor_table,
    parse_rows,
    state_actors,
)
from eventwire.errors import InputError
from eventwire.lexicon import actor_categories, country_of, demonyms

ROW = "Shining Path\tSendero Luminoso|SL-PCP\t2\tPE\t1980-\tarmed"


def test_a_row_reads_into_an_entry():
    (e,) = parse_rows(ROW, "t.tsv")
    assert e.name == "Shining Path" and e.aliases == ("Shining Path", "Sendero Luminoso", "SL-PCP")
    assert (e.inter, e.countries, e.years, e.kind, e.country) == (2, ("PE",), (1980, None),
                                                                   "armed", "PE")
    assert e.source == "t.tsv:1"


@pytest.mark.parametrize("row, words", [
    ("Only a name", "6 tab-separated columns"),
    ("X\t\t9\tPE\t1990-\tarmed", "inter code 1-8"),
    ("X\t\t2\tQQ\t1990-\tarmed", "QQ is not an ISO 3166"),
    ("X\t\t2\tPE\tsince 1990\tarmed", "years must read"),
    ("X\t\t2\tPE\t1990-\tpirates", "kind 'pirates'"),
])
def test_a_broken_row_names_its_file_and_line(row, words):
    with pytest.raises(InputError, match=rf"mine\.tsv:3: .*{words}"):
        parse_rows(f"# comment\n\n{row}", "mine.tsv")


def test_a_transnational_actor_has_no_home_country():
    (e,) = parse_rows("Al Qaeda\t\t2\t*,AF,YE\t1988-\tarmed", "t.tsv")
    assert e.country is None and e.countries == ("*", "AF", "YE")


def test_an_alias_naming_two_actors_is_refused():
    rows = parse_rows("A Front\tAF1\t2\tPE\t1990-\tarmed\nB Front\taf1|AF1\t2\tPE\t1990-\tarmed",
                      "t.tsv")
    with pytest.raises(InputError, match=r"t\.tsv:2: the alias 'AF1' also names 'A Front'"):
        check_table(rows)


def test_a_name_listed_twice_is_refused():
    rows = parse_rows("A Front\t\t2\tPE\t1990-\tarmed\nA Front\t\t3\tPE\t1990-\tarmed", "t.tsv")
    with pytest.raises(InputError, match="listed twice"):
        check_table(rows)


def test_acronyms_match_case_sensitively_names_ignore_case_and_accents():
    table = ActorTable(parse_rows(
        "Farabundo Marti National Liberation Front\tFMLN|Frente Farabundo Martí\t2\tSV\t"
        "1980-1992\tarmed", "t.tsv"))
    text = "the fmln and FMLN; FRENTE FARABUNDO MARTI; frente farabundo martí"
    found = [text[s:e] for s, e, _ in table.find(text)]
    assert found == ["FMLN", "FRENTE FARABUNDO MARTI", "frente farabundo martí"]


def test_a_group_named_by_its_countrys_adjective_is_found_with_the_country_last():
    table = ActorTable(parse_rows(
        "Malian Liberation Front\tMLF\t2\tML\t2012-\tarmed\n"
        "Libyan National Army\tLNA\t2\tLY\t2014-\tarmed\n"
        "Kenyan People Party\t\t6\tKE\t1963-\tparty\n"
        "Islamic Jihad\t\t2\tPS\t1981-\tarmed\n", "t.tsv"))
    text = ("fighters of the Liberation Front of Mali; troops of the National Army of Libya; "
            "the national army of Libya; the People Party of Kenya; the Jihad of Islamic")
    found = [(text[s:e], a.name) for s, e, a in table.find(text)]
    # written in lower case it is a description (the state's army), and only armed groups
    # named adjective first are turned
    assert found == [("Liberation Front of Mali", "Malian Liberation Front"),
                     ("National Army of Libya", "Libyan National Army")]


def test_the_longest_alias_wins_where_two_overlap():
    table = ActorTable(parse_rows("Islamic State\tIS|Islamic State Sahel\t2\t*\t2004-\tarmed\n"
                                  "Islamic State Sahel Province\tISSP\t2\tML\t2015-\tarmed",
                                  "t.tsv"))
    [(s, e, entry)] = list(table.find("Islamic State Sahel Province fighters"))
    assert entry.name == "Islamic State Sahel Province" and (s, e) == (0, 28)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.text("abc ", min_size=1, max_size=6).map(str.strip).filter(bool),
                min_size=1, max_size=8, unique=True),
       st.text("abc .", max_size=40))
def test_the_trie_finds_what_a_plain_alternation_finds(aliases, text):
    rows = "\n".join(f"N{i}\t{a}\t2\tPE\t1990-\tarmed" for i, a in enumerate(aliases))
    entries = [e for e in parse_rows(rows, "t.tsv")]
    entries = [ActorEntry(e.name, e.aliases[1:], e.inter, e.countries, e.years, e.kind)
               for e in entries]
    keys = {fold(a) for a in aliases}
    plain = re.compile(r"(?<![\w-])(?:" + "|".join(
        re.escape(a) for a in sorted(keys, key=len, reverse=True)) + r")(?![\w])", re.IGNORECASE)
    expected = [m.span() for m in plain.finditer(text)]
    assert [(s, e) for s, e, _ in ActorTable(entries).find(text)] == expected


def test_user_rows_are_added_and_win_over_bundled_ones(tmp_path):
    path = tmp_path / "mine.tsv"
    path.write_text("# my actors\nRiver Valley Defence Group\tRVDG|Taliban\t3\tAF\t2024-\t"
                    "armed\n", encoding="utf-8")
    table = load_actor_table(path)
    assert table.lookup("RVDG").name == "River Valley Defence Group"
    assert table.lookup("Taliban").name == "River Valley Defence Group"
    assert table.lookup("FMLN").name == "Farabundo Marti National Liberation Front"
    assert len(table) == len(bundled_table()) + 1


def test_a_missing_user_table_says_what_to_do(tmp_path):
    with pytest.raises(InputError, match="cannot read the actor table"):
        load_actor_table(tmp_path / "none.tsv")


def test_state_actors_cover_every_country_of_the_country_table():
    countries = {d.country for d in demonyms()}
    names = {e.name for e in state_actors()}
    assert len(names) == 3 * len(countries)
    assert {"Military Forces of Syria", "Police Forces of India", "Government of Peru"} <= names
    assert all(e.inter == 1 and len(e.countries) == 1 for e in state_actors())


# -- the bundled rows --------------------------------------------------------------------

def test_the_bundled_table_loads_and_holds_600_non_state_armed_actors():
    entries = bundled_entries()
    armed = [e for e in entries if e.kind in ("armed", "criminal") and e.inter != 1]
    assert len(armed) >= 600
    assert {e.kind for e in entries} == {"armed", "criminal", "party", "movement",
                                         "international"}


# Acronyms of two characters stand for too many things. "IS" is kept (actor_mentions reads it
# as the Islamic State only between words not in capitals), and so are two that are how the
# groups are written and spell no word.
SHORT_ACRONYMS = frozenset({"IS", "3R", "G9"})


def _offences(alias: str, stop: frozenset[str], places: frozenset[str], generic: list) -> str:
    if is_acronym(alias):
        short = len(alias.replace("-", "")) < 3 and alias.replace("-", "") not in SHORT_ACRONYMS
        return "a short acronym" if short else ""
    if fold(alias) in stop:
        return "a common word"
    if fold(alias) in places or country_of(alias) is not None:
        return "a place"
    # A generic phrase is an alias only when a proper name qualifies it ("Saudi-led
    # coalition", "anti-ISIS coalition"), never alone ("anti-junta fighters").
    named = any(w[:1].isupper() for w in re.split(r"[\s-]+", alias))
    if not named and any(p.fullmatch(alias) for p in generic):
        return "a generic noun"
    return ""


def test_no_alias_is_a_common_word_a_generic_noun_or_a_place():
    import pycountry
    from spacy.lang.en.stop_words import STOP_WORDS

    places = frozenset({fold(s.name) for s in pycountry.subdivisions}
                       | {fold(c.name) for c in pycountry.countries})
    generic = [t.pattern for t in actor_categories()]
    bad = [f"{e.source} {alias!r}: {why}" for e in bundled_entries() for alias in e.aliases
           if (why := _offences(alias, frozenset(STOP_WORDS), places, generic))]
    assert bad == []


@pytest.mark.parametrize("alias, why", [("the", "a common word"), ("Sinai", "a place"),
                                        ("Peru", "a place"), ("rebels", "a generic noun"),
                                        ("FA", "a short acronym"), ("Saudi-led forces", "")])
def test_the_alias_check_catches_what_it_should(alias, why):
    generic = [t.pattern for t in actor_categories()]
    assert _offences(alias, frozenset({"the"}), frozenset({"sinai"}), generic) == why


def test_aliases_find_their_actor_in_running_text():
    table = bundled_table()
    for text, name in [("Sendero Luminoso guerrillas blew up a pylon.", "Shining Path"),
                       ("THE FARABUNDO MARTI NATIONAL LIBERATION FRONT ATTACKED",
                        "Farabundo Marti National Liberation Front"),
                       ("Fighters of Jama'at Nusrat al-Islam wal-Muslimin struck a convoy.",
                        "Jama'at Nusrat al-Islam wal-Muslimin"),
                       ("MONUSCO peacekeepers were deployed.", "MONUSCO")]:
        assert [e.name for _, _, e in table.find(text)] == [name], text


def test_shared_full_names_are_names_and_no_alias():
    from eventwire.actors.table import bundled_table
    table = bundled_table()
    assert "National Liberation Army" in table.qualified
    assert len(table.qualified["National Liberation Army"]) >= 2
    for bare, rows in table.qualified.items():
        assert len(bare.split()) >= 2 and table.lookup(bare) is None, bare
        assert all(r.name.startswith(bare + " (") for r in rows)
    assert "Settlers" not in table.qualified and "Platform" not in table.qualified
