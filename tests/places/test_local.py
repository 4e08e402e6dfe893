"""Local news: the signals that make a document local, a name used civically, and the bonus
that puts such a name in the local country (the tiny gazetteer's Parises)."""

from __future__ import annotations

from fakes import mentions as _mentions

from eventwire.places.local import LOCAL_BONUS, civic, local_bonuses, local_country
from eventwire.places.names import normalize
from eventwire.places.resolve import resolve_all
from eventwire.places.senses import candidates

LOCAL = ("The school board met Monday. Paris police said a teen was hurt near the middle "
         "school; call 903-555-0100.")


def test_two_distinct_local_signals_make_local_news():
    assert local_country(LOCAL, None, None) == "US"
    assert local_country("The school board met. The school board met again.", None,
                         None) is None                  # one signal twice
    assert local_country("Paris police said a teen was hurt.", None, None) is None


def test_the_outlets_country_is_the_local_one_and_a_dateline_abroad_is_no_local_news():
    assert local_country(LOCAL, "CA", None) == "CA"
    assert local_country(LOCAL, None, "FR") is None
    assert local_country(LOCAL, None, "US") == "US"


def test_phone_numbers_and_street_addresses_count_once_each_whatever_their_digits():
    two_phones = "Call 555-555-0100 or (555) 555-0199."
    assert local_country(two_phones, None, None) is None
    assert local_country(two_phones + " Services are at 214 Elm St., Paris.", None,
                         None) == "US"


def test_a_name_before_a_civic_noun_or_after_an_address_is_used_civically():
    text = ("Paris City Council met. A Paris woman spoke, as did Paris's mayor. The home at "
            "12 Oak St., Paris, sold. Flights to Paris rose. Paris is cold.")
    found = _mentions(text, *["Paris"] * 6)
    assert [civic(text, m) for m in found] == [True, True, True, True, False, False]


def test_a_civically_used_name_gets_the_bonus_in_its_local_senses_only(parises):
    text = LOCAL
    found = _mentions(text, "Paris")
    keys = [(normalize(m.text), False) for m in found]
    cands = {keys[0]: candidates(parises, found[0])}
    got = local_bonuses(parises, text, found, keys, cands, "US")
    assert {parises.country[i] for i in got[keys[0]]} == {"US"}
    assert set(got[keys[0]].values()) == {LOCAL_BONUS}
    assert local_bonuses(parises, text, found, keys, cands, None) == {}
    # No sense in the local country: an empty bonus (the name supports no country).
    assert local_bonuses(parises, text, found, keys, cands, "DE") == {keys[0]: {}}


def test_local_news_puts_a_civic_name_in_the_local_country_and_leaves_a_trip_abroad(parises):
    def country(text: str) -> str:
        found = _mentions(text, "Paris")
        return parises.country[resolve_all(parises, text, found)[0].entry]

    assert country(LOCAL) == "US"
    assert country("Paris police said a teen was hurt.") == "FR"        # no local news
    assert country("The school board and the middle school sent 30 students on a trip to "
                   "Paris.") == "FR"                                      # no civic use


def test_one_signal_however_written_is_one_kind():
    assert local_country("The Sheriff’s Office and the sheriff's deputies and sheriffs.",
                         None, None) is None


def test_courts_grades_and_route_addresses_are_local_signals():
    assert local_country("In Superior Court, eighth-graders testified.", None, None) == "US"
    assert local_country("The lodge is at 310 Highway 27; call 555-555-0100.", None,
                         None) == "US"
    assert local_country("The lodge is at 310 Highway 27 and 12 Route 9.", None,
                         None) is None                  # two addresses are one kind


def test_a_civic_name_with_a_unit_word_is_the_local_town_it_names(make_gazetteer):
    from eventwire.places.build import _Builder
    b = _Builder()
    countries = {"FR": b.add("France", 46.0, 2.0, "FR", "", "PCLI", 67_000_000, 1),
                 "US": b.add("United States", 39.76, -98.5, "US", "", "PCLI", 327_000_000, 2)}
    b.add("Paris", 48.85, 2.35, "FR", "FR.11", "PPLC", 2_100_000, 3)
    texas = b.add("Paris", 33.66, -95.56, "US", "US.TX", "PPL", 25_000, 4)
    b.add("Paris City", 48.86, 2.34, "FR", "FR.11", "ADM2", 2_100_000, 5)
    gaz = b.finish(countries, {}, {"FR": (), "US": ()})
    text = LOCAL + " The Paris City Council met; Paris City is broke."
    found = _mentions(text, "Paris", "Paris City", "Paris City")
    got = resolve_all(gaz, text, found)
    assert [r.entry for r in got] == [texas] * 3
    # Without local news the longer name keeps its own sense.
    plain = "Paris police met the Paris City Council."
    got = resolve_all(gaz, plain, _mentions(plain, "Paris", "Paris City"))
    assert gaz.country[got[1].entry] == "FR"
