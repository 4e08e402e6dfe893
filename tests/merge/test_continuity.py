"""A sentence that goes on telling the happening of the sentence right before it happened where
that one did (merge/continuity.py, wired in merge.fold.fold_article). Events built by hand."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from eventwire.merge import fold_article
from eventwire.merge.continuity import continued
from eventwire.records import DateValue, DocumentRef, Event, Evidence, Place
from eventwire.taxonomy import event_type

_DOC = DocumentRef("c" * 64, None, None, date(2025, 6, 23))
_SUNDAY = DateValue(date(2025, 6, 22), date(2025, 6, 22), 1, "Sunday night", (40, 52))
_UNDATED = DateValue(date(2025, 5, 24), date(2025, 6, 23), 3, "", (200, 200))


def _place(name, span, gid):
    return Place(name, name, span, "Yemen", "YE", geonameid=gid, geo_precision=1)


def _event(label, span, place, when=_UNDATED, sentence="sentence"):
    return Event(id=f"ew-{label}-{span[0]}", type=event_type(label),
                 evidence=Evidence(sentence, span), document=_DOC, date=when,
                 location=place, confidence=0.9)


# The first sentence (0-100) tells a battle on a front it names; the next (102-180) its toll,
# placed at the article's main place, named in a later paragraph (500-504).
_FRONT = _place("Maqbanah", (30, 38), 1)
_CITY = _place("Taiz", (500, 504), 2)
_BATTLE = _event("ARMED_CLASH", (0, 100), _FRONT, when=_SUNDAY)


def test_the_next_sentence_of_the_same_kind_happened_where_the_one_before_did():
    toll = _event("ARMED_CLASH", (102, 180), _CITY)
    (one,) = fold_article([_BATTLE, toll])
    assert one.location == _FRONT and len(one.mentions) == 2


@pytest.mark.parametrize("later", [
    _event("ARMED_CLASH", (150, 220), _CITY),                       # not the next sentence
    _event("ARMED_CLASH", (102, 180), _place("Hayfan", (120, 126), 3)),   # its own place
    _event("ARMED_CLASH", (102, 180), _CITY, sentence="Another clash killed four."),
    _event("ATTACK", (102, 180), _CITY),                            # another kind
])
def test_other_sentences_keep_their_place(later):
    assert continued([_BATTLE], later) is later


def test_a_sentence_before_that_tells_its_kind_at_two_places_gives_none():
    other = _event("ARMED_CLASH", (0, 100), _place("Hayfan", (60, 66), 3), when=_SUNDAY)
    toll = _event("ARMED_CLASH", (102, 180), _CITY)
    assert continued([_BATTLE, other], toll) is toll


def test_a_sentence_before_placed_from_elsewhere_gives_none():
    placed = _event("ARMED_CLASH", (0, 100), _CITY, when=_SUNDAY)
    toll = _event("ARMED_CLASH", (102, 180), _place("Maqbanah", (30, 38), 1))
    assert continued([placed], toll) is toll


def test_a_country_before_does_not_take_the_articles_town_away():
    """"An explosion at a plant in eastern China ..." then an unplaced sentence the article
    places at its town: the town stays (merge.continuity._coarser)."""
    china = Place("China", "China", (40, 45), "China", "CN", geonameid=10, geo_precision=3,
                  feature="PCLI")
    town = Place("Yancheng", "Yancheng", (500, 508), "China", "CN", geonameid=11,
                 geo_precision=1, feature="PPL", admin1="Jiangsu")
    blast = _event("REM_EXPLOS", (0, 100), china, when=_SUNDAY)
    more = _event("REM_EXPLOS", (102, 180), town)
    assert continued([blast], more) is more


def test_a_protests_next_sentence_keeps_its_place():
    rally = _event("PEACE_PROTEST", (0, 100), _FRONT, when=_SUNDAY)
    crowd = _event("PEACE_PROTEST", (102, 180), _CITY)
    assert continued([rally], crowd) is crowd


def test_a_claim_right_after_an_attack_is_placed_at_it():
    """"Gunmen fired on shoppers at the market in X ... The group said hours later it had
    carried out the attack": the claim, placed at the article's main place, is the attack's."""
    market = _place("Sandakan", (40, 48), 4)
    attack = _event("ATTACK", (0, 100), market, when=_SUNDAY)
    claim = _event("ATTRIB", (102, 180), _CITY)
    assert continued([attack], claim).location == market
    # a claim after a protest, or with another happening told, keeps its place
    rally = _event("PEACE_PROTEST", (0, 100), market, when=_SUNDAY)
    assert continued([rally], claim) is claim
    also = _event("ATTRIB", (102, 180), _CITY, sentence="The group also claimed a bombing.")
    assert continued([attack], also) is also
    # "later" tells when the claim came, not another happening
    later = _event("ATTRIB", (102, 180), _CITY,
                   sentence='The group said hours later that its "brothers" carried it out.')
    assert continued([attack], later).location == market


def test_a_reference_back_after_violence_at_two_places_is_at_the_one_told_last():
    """"Jets bombed Mukalla overnight, after militants said they were behind yesterday's
    suicide bombing in Djibouti. Twenty-four people died in that attack": the bombing's."""
    strike = _event("AIR_STRIKE", (0, 100), _place("Mukalla", (30, 37), 5), when=_SUNDAY)
    bombing = _event("SUIC_BOMB", (0, 100), _place("Djibouti", (85, 93), 6), when=_SUNDAY)
    toll = _event("ATTACK", (102, 180), _CITY)
    for before in ([strike, bombing], [bombing, strike]):
        assert continued(before, toll, refers_back=True).location == bombing.location
        assert continued(before, toll) is toll           # no reference back: no choice
    # the happening told last is a country holding the article's town: the town stays
    yemen = Place("Yemen", "Yemen", (85, 90), "Yemen", "YE", geonameid=7, geo_precision=3,
                  feature="PCLI")
    country = _event("SUIC_BOMB", (0, 100), yemen, when=_SUNDAY)
    abroad = _event("AIR_STRIKE", (0, 100), Place("Jizan", "Jizan", (30, 35), "Saudi Arabia",
                                                  "SA", geonameid=13, geo_precision=1),
                    when=_SUNDAY)
    assert continued([abroad, country], toll, refers_back=True) is toll
    # told at a province and at the country holding it ("in Hadramaut, Yemen"), the province
    hadramaut = Place("Hadramaut", "Hadramaut", (40, 49), "Yemen", "YE", "Hadramaut",
                      geonameid=12, geo_precision=3, feature="ADM1")
    province = _event("REM_EXPLOS", (0, 100), hadramaut, when=_SUNDAY)
    nation = replace(country, type=event_type("REM_EXPLOS"))
    assert continued([province, nation], toll, refers_back=True).location == hadramaut
    # nor with another happening told, or a place of its own
    another = _event("ATTACK", (102, 180), _CITY, sentence="Another attack killed two.")
    assert continued([strike, bombing], another, refers_back=True) is another


def test_a_toll_told_of_that_blast_folds_into_the_blast_not_the_shelling_before_it():
    shelling = _event("ART_MISS_ATTACK", (0, 100), _place("Goma", (40, 44), 8), when=_SUNDAY)
    blast = _event("REM_EXPLOS", (0, 100), _place("Beni", (90, 94), 9), when=_SUNDAY)
    toll = _event("REM_EXPLOS", (102, 150), shelling.location)     # the article's main place
    folded = fold_article([shelling, blast, toll], refer_back={toll.id})
    assert [len(e.mentions) for e in folded] == [0, 2]
    assert [e.location.name for e in folded] == ["Goma", "Beni"]
