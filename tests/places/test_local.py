"""Local news: the signals that make a document local, a name used civically, and the bonus
that puts such a name in the local country (a capital and a US town named like it)."""

from __future__ import annotations

import pytest
from fakes import mentions as _mentions

from eventwire.places.build import _Builder
from eventwire.places.local import LOCAL_BONUS, civic, local_bonuses, local_country
from eventwire.places.names import normalize
from eventwire.places.resolve import resolve_all
from eventwire.places.senses import candidates

LOCAL = ("The school board met Monday. Vienna police said a teen was hurt near the middle "
         "school; call 903-555-0100.")


@pytest.fixture(scope="module")
def viennas():
    """Austria's capital, a Virginia town of its name, and a district abroad named with a
    unit word (invented: to test "the X City Council")."""
    b = _Builder()
    countries = {"AT": b.add("Austria", 47.3, 13.3, "AT", "", "PCLI", 8_900_000, 1),
                 "US": b.add("United States", 39.76, -98.5, "US", "", "PCLI", 327_000_000, 2)}
    b.add("Vienna", 48.21, 16.37, "AT", "AT.09", "PPLC", 1_700_000, 3)
    b.add("Vienna", 38.90, -77.27, "US", "US.VA", "PPL", 16_000, 4)
    b.add("Vienna City", 48.2, 16.4, "AT", "AT.09", "ADM2", 1_700_000, 5)
    return b.finish(countries, {}, {"AT": (), "US": ()})


def test_two_distinct_local_signals_make_local_news():
    assert local_country(LOCAL, None, None) == "US"
    assert local_country("The school board met. The school board met again.", None,
                         None) is None                  # one signal twice
    assert local_country("Vienna police said a teen was hurt.", None, None) is None


def test_the_outlets_country_is_the_local_one_and_a_dateline_abroad_is_no_local_news():
    assert local_country(LOCAL, "CA", None) == "CA"
    assert local_country(LOCAL, None, "AT") is None
    assert local_country(LOCAL, None, "US") == "US"


def test_a_north_american_phone_number_outweighs_a_hosts_country_elsewhere():
    assert local_country(LOCAL, "JO", None) == "US"         # "jordannews.com"
    assert local_country(LOCAL, "CA", None) == "CA"
    no_phone = "The school board met Monday near the middle school."
    assert local_country(no_phone, "JO", None) == "JO"
    assert local_country(LOCAL, "JO", "JO") is None         # a dateline in Jordan


def test_phone_numbers_and_street_addresses_count_once_each_whatever_their_digits():
    two_phones = "Call 555-555-0100 or (555) 555-0199."
    assert local_country(two_phones, None, None) is None
    assert local_country(two_phones + " Services are at 214 Elm St., Vienna.", None,
                         None) == "US"


def test_a_name_before_a_civic_noun_or_after_an_address_is_used_civically():
    text = ("Vienna City Council met. A Vienna woman spoke, as did Vienna's mayor. The home at "
            "12 Oak St., Vienna, sold. Flights to Vienna rose. Vienna is cold.")
    found = _mentions(text, *["Vienna"] * 6)
    assert [civic(text, m) for m in found] == [True, True, True, True, False, False]


def test_a_civically_used_name_gets_the_bonus_in_its_local_senses_only(viennas):
    text = LOCAL
    found = _mentions(text, "Vienna")
    keys = [(normalize(m.text), False) for m in found]
    cands = {keys[0]: candidates(viennas, found[0])}
    got = local_bonuses(viennas, text, found, keys, cands, "US")
    assert {viennas.country[i] for i in got[keys[0]]} == {"US"}
    assert set(got[keys[0]].values()) == {LOCAL_BONUS}
    assert local_bonuses(viennas, text, found, keys, cands, None) == {}
    # No sense in the local country: an empty bonus (the name supports no country).
    assert local_bonuses(viennas, text, found, keys, cands, "DE") == {keys[0]: {}}


def test_local_news_puts_a_civic_name_in_the_local_country_and_leaves_a_trip_abroad(viennas):
    def country(text: str) -> str:
        found = _mentions(text, "Vienna")
        return viennas.country[resolve_all(viennas, text, found)[0].entry]

    assert country(LOCAL) == "US"
    assert country("Vienna police said a teen was hurt.") == "AT"        # no local news
    assert country("The school board and the middle school sent 30 students on a trip to "
                   "Vienna.") == "AT"                                      # no civic use


def test_one_signal_however_written_is_one_kind():
    assert local_country("The Sheriff’s Office and the sheriff's deputies and sheriffs.",
                         None, None) is None


def test_courts_grades_and_route_addresses_are_local_signals():
    assert local_country("In Superior Court, eighth-graders testified.", None, None) == "US"
    assert local_country("The lodge is at 310 Highway 27; call 555-555-0100.", None,
                         None) == "US"
    assert local_country("The lodge is at 310 Highway 27 and 12 Route 9.", None,
                         None) is None                  # two addresses are one kind


def test_a_civic_name_with_a_unit_word_is_the_local_town_it_names(viennas):
    gaz = viennas
    virginia = next(i for i in gaz.lookup("Vienna") if gaz.country[i] == "US")
    text = LOCAL + " The Vienna City Council met; Vienna City is broke."
    found = _mentions(text, "Vienna", "Vienna City", "Vienna City")
    got = resolve_all(gaz, text, found)
    assert [r.entry for r in got] == [virginia] * 3
    # Without local news the longer name keeps its own sense.
    plain = "Vienna police met the Vienna City Council."
    got = resolve_all(gaz, plain, _mentions(plain, "Vienna", "Vienna City"))
    assert gaz.country[got[1].entry] == "AT"
