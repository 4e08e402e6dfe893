"""Outlets learnt from their own articles (eventwire.places.learn), on places written here."""

from __future__ import annotations

from eventwire.places.learn import articles_of, learn_outlets, write_outlets
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


def test_two_towns_named_alike_often_are_no_home():
    alder, birch = _town("Alder", "Kentucky"), _town("Birch", "Kentucky")
    articles = [("https://wxyz.example/1", [alder]), ("https://wxyz.example/2", [birch]),
                ("https://wxyz.example/3", [])]
    assert len(learn_outlets(articles)) == 0


def test_each_document_of_a_merged_event_counts_its_place_once(tmp_path):
    from datetime import date

    from eventwire.records import DocumentRef, Event, Evidence, Mention
    from eventwire.taxonomy import event_type
    docs = [DocumentRef(f"d{k}", f"https://www.parisgazette.example/{k}", None, date(2024, 5, 6))
            for k in range(3)]
    ev = Evidence("Protesters rallied.", (0, 19))
    merged = Event("e1", event_type("PEACE_PROTEST"), ev, docs[0],
                   location=_town("Paris", "Tennessee"),
                   mentions=tuple(Mention(d, ev) for d in docs))
    alone = Event("e2", event_type("PEACE_PROTEST"), ev, docs[0])
    articles = articles_of([merged, alone])
    assert [(u, [p.name for p in ps]) for u, ps in articles] == [
        (d.url, ["Paris"]) for d in docs]
    learnt = learn_outlets(articles)
    path = tmp_path / "learnt.tsv"
    write_outlets(learnt, path)
    assert Outlets.read(path).by_domain == learnt.by_domain        # --outlets reads it back
