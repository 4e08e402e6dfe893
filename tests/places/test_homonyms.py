"""The senses of a name news rarely means and the one it means by default
(eventwire.places.homonyms)."""

from __future__ import annotations

from fakes import mentions as _mentions

from eventwire.places.homonyms import prominent_town
from eventwire.places.resolve import resolve_all


def _resolve(gaz, text, *names, **kw):
    return [(gaz.name[r.entry], gaz.country[r.entry]) if r.entry is not None else None
            for r in resolve_all(gaz, text, _mentions(text, *names), **kw)]


def test_a_city_dwarfing_its_namesakes_is_prominent(gaz):
    paris = gaz.lookup("Paris")
    assert gaz.country[prominent_town(gaz, paris)] == "FR"     # 2.1 million against 25,000
    assert prominent_town(gaz, gaz.lookup("Springfield")) is None      # two of a size
    assert prominent_town(gaz, gaz.lookup("Kent")) is None             # too small
    # it stays a prior: the document's Texas context still wins Paris for Texas
    assert _resolve(gaz, "Paris and Dallas officials met in Texas.", "Paris", "Dallas",
                    "Texas")[0] == ("Paris", "US")


def _spans(world, text, *names):
    spans = [(text.index(n), text.index(n) + len(n)) for n in names]
    return [(p.name, p.iso2) if p is not None else None
            for p in world.resolve_spans(text, spans)]


def test_a_world_city_beats_a_namesake_in_the_other_names_country(world):
    # own sentences: a city of millions a hundred times any namesake, the other names abroad
    assert _spans(world, "The singer told a crowd in Toronto that she grew up near Anaheim.",
                  "Toronto", "Anaheim")[0] == ("Toronto", "CA")
    assert _spans(world, "Moscow said it would expel ten diplomats, days after Berlin named a "
                  "Russian officer as a suspect.", "Moscow", "Berlin", "Russian")[1][1] == "DE"
    assert _spans(world, "Rescuers from Lagos and Ibadan flew to Cairo on Monday.",
                  "Lagos", "Ibadan", "Cairo")[2] == ("Cairo", "EG")


def test_a_world_citys_namesake_keeps_its_own_region_and_container(world):
    # hard negatives: the namesake's own state named, or given as a container
    got = _spans(world, "Flooding closed roads in Toronto, Ohio, and nearby Steubenville.",
                 "Toronto", "Ohio", "Steubenville")
    assert got[0][1] == "US"
    got = _spans(world, "Crews from Steubenville and Wintersville, in Jefferson County, Ohio, "
                 "helped in Toronto after the storm.", "Steubenville", "Wintersville",
                 "Jefferson County", "Ohio", "Toronto")
    assert got[4][1] == "US"
    # an old or foreign name of a world city is not its own: no world bonus ("Canton")
    assert _spans(world, "A Canton woman was charged after a crash on Route 62 near Massillon.",
                  "Canton", "Massillon")[0][1] == "US"


def test_a_capital_named_only_by_an_old_name_is_not_what_the_name_means(world):
    # own sentences: an alias of a capital ("Salem" of Jerusalem, "Saint George" of Freetown)
    # that other towns bear as their own name: one of those, not the capital
    got = _spans(world, "Firefighters battled a blaze at a warehouse in Salem on Sunday.", "Salem")
    assert got[0][0] == "Salem" and got[0][1] != "IL"
    got = _spans(world, "A fire destroyed a church in Salem, Oregon, on Sunday.", "Salem",
                 "Oregon")
    assert got[0] == ("Salem", "US")
    got = _spans(world, "Police in Saint George said two men were arrested.", "Saint George")
    assert got[0][1] != "SL"
    # hard negatives: a capital's own name, and an old name no other town bears
    assert _spans(world, "Talks resumed in Jerusalem on Monday.", "Jerusalem")[0][1] == "IL"
    assert _spans(world, "Shells hit Kiev overnight, officials said.", "Kiev")[0][1] == "UA"
    assert _spans(world, "Protests spread in Rangoon on Friday.", "Rangoon")[0][1] == "MM"
