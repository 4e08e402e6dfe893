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
