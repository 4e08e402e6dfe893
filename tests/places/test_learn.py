"""Outlets learnt from their own articles (eventwire.places.learn), on places written here."""

from __future__ import annotations

from eventwire.places.learn import learn_outlets
from eventwire.places.outlet import Outlet, Outlets
from eventwire.records import Place


def _town(name, admin1, confidence=0.9, iso2="US"):
    return Place(name, name, (0, len(name)), iso2=iso2, admin1=admin1, feature="PPL",
                 confidence=confidence)


def test_the_region_of_an_outlets_firm_towns_and_the_town_its_host_names():
    paris, henry = _town("Paris", "Tennessee"), _town("Springville", "Tennessee")
    far = _town("Paris", "Texas", confidence=0.5)                 # not firm: never counted
    articles = [("https://www.parisgazette.example/a1", [paris, henry, far]),
                ("https://www.parisgazette.example/a2", [henry, _town("Ohio City", "Ohio")]),
                ("https://www.parisgazette.example/a3", [paris])]
    learnt = learn_outlets(articles)
    assert learnt.by_domain == {"www.parisgazette.example": Outlet(
        "www.parisgazette.example", "US", "Paris", "Tennessee")}
    # Too few articles, or an outlet the directory lists: nothing learnt.
    assert len(learn_outlets(articles[:2])) == 0
    listed = Outlets([Outlet("parisgazette.example", "US")])
    assert len(learn_outlets(articles, listed)) == 0


def test_a_statewide_outlet_names_no_dominant_town_and_is_not_learnt():
    towns = [_town(n, "Kentucky") for n in ("Alder", "Birch", "Cedar", "Dale")]
    articles = [(f"https://wxyz.example/{k}", [towns[k], towns[(k + 1) % 4]]) for k in range(4)]
    assert len(learn_outlets(articles)) == 0
    one = [(f"https://wxyz.example/{k}", [towns[0], towns[0], towns[k]]) for k in range(4)]
    assert learn_outlets(one).by_domain["wxyz.example"].town == "Alder"
