"""The cannot-link constraint: a chain A~B~C does not join A and C when their evidence vetoes
one event; a cluster's summary finds a vetoed cross pair exactly as checking every pair does."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta
from functools import reduce

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from merge_builders import (
    ANKARA,
    FRIDAY,
    HOMS,
    RAQQA,
    RAQQA_REGION,
    SYRIA,
    TABQA,
    report,
)

from eventwire.merge import merge, reports
from eventwire.merge.constraint import apart, clash, joined, summary, weekday_of
from eventwire.merge.decide import same_event
from eventwire.merge.evidence import plain_features, profile
from eventwire.records import DateValue, Place

_BOMB = "A car bomb exploded at a checkpoint in {} on {}{}."
SATURDAY = FRIDAY + timedelta(1)


def _bomb(doc, where="Raqqa", day="Friday", toll="", **kw):
    kw = {"label": "SUIC_BOMB", "actor": None,
          **({"day": SATURDAY} if day == "Saturday" else {}), **kw}
    return report(doc, _BOMB.format(where, day, toll), **kw)


# Chains: A and C are two happenings by one kind of evidence, B is told like both.
CHAINS = {
    "tolls": (_bomb("a", toll=", killing three people", dead=3),
              report("b", "A car bomb exploded at a checkpoint in Raqqa, killing people.",
                     label="SUIC_BOMB", actor=None, day=None),
              _bomb("c", toll=", killing 30 people", dead=30)),
    "days": (_bomb("a"),
             report("b", "A car bomb exploded at a checkpoint in Raqqa.", label="SUIC_BOMB",
                    actor=None, day=None, published=SATURDAY),
             _bomb("c", day="Saturday", published=SATURDAY)),
    "places": (_bomb("a"), _bomb("b", "Syria", place=SYRIA), _bomb("c", "Homs", place=HOMS)),
    "sums": (report("a", "Gunmen robbed the bank in Raqqa on Friday and took $2 million.",
                    label="ORG_CRIME", actor=None),
             report("b", "Gunmen robbed the bank in Raqqa on Friday.", label="ORG_CRIME",
                    actor=None),
             report("c", "Gunmen robbed the bank in Raqqa on Friday and took $30 million.",
                    label="ORG_CRIME", actor=None)),
    "magnitudes": (report("a", "A 5.4-magnitude earthquake shook Raqqa on Friday.",
                          label="NATURAL_DISASTER", actor=None),
                   report("b", "An earthquake shook Raqqa on Friday.", label="NATURAL_DISASTER",
                          actor=None),
                   report("c", "A 7.1-magnitude earthquake shook Raqqa on Friday.",
                          label="NATURAL_DISASTER", actor=None)),
    "labels": (report("a", "A car bomb destroyed the market in Raqqa on Friday.",
                      label="SUIC_BOMB", actor=None),
               report("b", "A car bomb destroyed the market in Raqqa on Friday.",
                      label="PROPERTY_DISTRUCT", actor=None),
               report("c", "Police defused a bomb at the market in Raqqa on Friday.",
                      label="DISR_WEAP", actor=None)),
}


@pytest.mark.parametrize("kind", sorted(CHAINS))
def test_a_chain_through_a_report_told_like_both_gives_two_events(kind):
    a, b, c = CHAINS[kind]
    pa, pb, pc = map(profile, (a, b, c))
    assert same_event(pa, pb) is not None and same_event(pb, pc) is not None   # the chain
    assert plain_features(pa, pc) is None                                    # A, C vetoed
    merged = merge([c, a, b])
    assert len(merged) == 2
    for e in merged:
        assert {m.document.id for m in reports(e)} != {"a", "c"}
        assert len(reports(e)) < 3


def test_the_bridge_joins_the_side_it_is_told_like_best():
    a = _bomb("a", toll=", killing three people", dead=3)
    b = _bomb("b", toll=", killing people")
    c = _bomb("c", toll=", killing 30 people", dead=30)
    to_a, to_c = (same_event(profile(b), profile(x)) for x in (a, c))
    assert to_a is not None and to_c is not None and to_a != to_c
    best, other = ("a", "c") if to_a > to_c else ("c", "a")
    for order in ([a, b, c], [c, b, a], [b, c, a]):
        groups = sorted(sorted(m.document.id for m in reports(e)) for e in merge(order))
        assert groups == sorted([sorted(["b", best]), [other]])


# --------------------------------------------------------------------------- properties

_day = st.sampled_from([FRIDAY, SATURDAY, FRIDAY + timedelta(3), FRIDAY + timedelta(20), None])
# A country told by a part of it ("northern Syria", where the sentence names it at offset 0),
# and a town far on its other side (Daraa, 265 km south of Syria's point).
_NORTH_OF_SYRIA = "Jets hit northern Syria."
_SYRIA_TOLD = replace(SYRIA, span=(18, 23))
_DARAA = Place("Daraa", "Daraa", (0, 5), "Syria", "SY", "Daraa Governorate", 32.62, 36.10,
               170903, 1, "PPLA")
_varied = st.builds(
    report, st.sampled_from(["aa", "bb", "cc", "dd", "ee", "ff"]),
    st.sampled_from(["A car bomb exploded at a checkpoint.", "a car bomb exploded",
                     "Jets hit the town of Raqqa.", "A fire destroyed the market.",
                     "Robbers took $2 million.", "Robbers took $5 million and R1m.",
                     "Robbers took $9 million.", "A 6.1-magnitude quake hit.",
                     "A magnitude 6.5 quake hit.", "A magnitude 7.2 quake and a 5.0 aftershock.",
                     _NORTH_OF_SYRIA]),
    label=st.sampled_from(["SUIC_BOMB", "PROPERTY_DISTRUCT", "NATURAL_DISASTER", "ATTRIB",
                           "AGREEMENT", "AIR_STRIKE"]),
    place=st.sampled_from([RAQQA, TABQA, HOMS, SYRIA, RAQQA_REGION, ANKARA, _SYRIA_TOLD, _DARAA,
                           None]),
    day=_day, published=_day, actor=st.sampled_from(["Russia", None]),
    dead=st.none() | st.integers(0, 40), start=st.sampled_from([0, 0, 100]),
    confidence=st.sampled_from([0.2, 0.9]))


def _told_as(e, words: str | None):
    """``e`` with its date's words replaced: a day counted from the report's own day ("this
    morning") or from another time ("the next day") tells its day less surely than "Friday"."""
    return e if words is None or e.date is None else replace(e, date=replace(e.date, text=words))


_varied = st.builds(_told_as, _varied,
                    st.sampled_from([None, None, "this morning", "the next day"]))


def _vetoed(xs, ys):
    return any(plain_features(profile(x), profile(y)) is None for x in xs for y in ys)


@given(st.lists(_varied, min_size=1, max_size=5), st.lists(_varied, min_size=1, max_size=5))
@settings(max_examples=500, deadline=None)
def test_a_summary_clashes_exactly_when_some_cross_pair_is_vetoed(xs, ys):
    sx = reduce(joined, (summary(profile(x)) for x in xs))
    sy = reduce(joined, (summary(profile(y)) for y in ys))
    assert clash(sx, sy) == _vetoed(xs, ys) == clash(sy, sx)


@given(st.lists(_varied, max_size=14), st.randoms())
@settings(max_examples=200, deadline=None)
def test_merged_events_hold_no_vetoed_pair_whatever_the_order(evs, rnd):
    evs = list({(e.document.id, e.evidence.span): e for e in evs}.values())  # one per sentence
    shuffled = list(evs)
    rnd.shuffle(shuffled)
    merged = merge(evs)
    assert merge(shuffled) == merged
    for e in merged:
        mine = {(m.document.id, m.evidence.span) for m in reports(e)}
        members = [x for x in evs if (x.document.id, x.evidence.span) in mine]
        assert len(members) == len(mine)
        assert not any(_vetoed([x], [y]) for x in members for y in members if x is not y)


def test_a_natural_disaster_never_joins_a_report_of_another_label():
    flood = report("a", "Floods destroyed the market in Raqqa on Friday.",
                   label="NATURAL_DISASTER", actor=None)
    blast = report("b", "A gas blast destroyed the market in Raqqa on Friday.",
                   label="MAN_MADE_DISASTER", actor=None)
    again = report("c", "Floods swept the market in Raqqa on Friday.",
                   label="NATURAL_DISASTER", actor=None)
    assert same_event(profile(flood), profile(blast)) is None
    assert same_event(profile(flood), profile(again)) is not None


def _on(doc: str, day: str | None, sentence: str = "A car bomb exploded at the market in Raqqa{}."):
    """A report of an undated archive copy: its weekday, if any, is anchored to no week."""
    text = sentence.format(f" on {day}" if day else "")
    e = report(doc, text, label="REM_EXPLOS", actor=None, day=None, published=None)
    if day is None:
        return e
    at = text.index(day)
    return replace(e, date=DateValue(None, None, 1, day, (at, at + len(day))))


def test_groups_agreeing_on_weekdays_days_apart_stay_two_events_through_an_undated_bridge():
    friday, tuesday = [_on("f1", "Friday"), _on("f2", "Friday")], [_on("t1", "Tuesday"),
                                                                  _on("t2", "Tuesday")]
    bridge = _on("radio", None)
    assert same_event(profile(bridge), profile(friday[0])) is not None
    assert same_event(profile(bridge), profile(tuesday[0])) is not None
    groups = sorted(sorted(m.document.id for m in reports(e))
                    for e in merge([*friday, bridge, *tuesday]))
    assert ["t1", "t2"] in groups or ["radio", "t1", "t2"] in groups
    assert all(not ({"f1", "t1"} <= set(g)) for g in groups)



def test_groups_agreeing_on_weekdays_a_day_apart_are_two_nights_of_strikes():
    text = "Drones struck the fuel depot in Raqqa{}."
    monday = [_on("m1", "Monday night", text), _on("m2", "Monday night", text)]
    tuesday = [_on("t1", "Tuesday night", text), _on("t2", "Tuesday night", text)]
    groups = sorted(sorted(m.document.id for m in reports(e)) for e in merge([*monday, *tuesday]))
    assert groups == [["m1", "m2"], ["t1", "t2"]]
    # one report's other day does not split them
    assert len(merge([*monday, _on("t1", "Tuesday night", text)])) == 1

def test_one_reports_other_weekday_does_not_split_a_story():
    # "the governor said on Sunday": one report's day is often its speech's
    sunday = _on("gov", "Sunday", "The governor said{} a car bomb exploded at the market in Raqqa.")
    story = [_on("f1", "Friday"), _on("f2", "Friday"), _on("radio", None), sunday]
    assert same_event(profile(sunday), profile(story[2])) is not None
    assert len(merge(story)) == 1


def test_a_groups_weekday_is_the_one_most_of_its_documents_name_counted_up_to_a_cap():
    def held(*docs_days):
        return reduce(joined, (summary(profile(_on(doc, day))) for doc, day in docs_days))

    assert weekday_of(held(("f1", "Friday"), ("f2", "Friday"), ("t1", "Tuesday"))) == 4
    assert weekday_of(held(("f1", "Friday"), ("t1", "Tuesday"))) is None       # one each
    many = [(f"f{i}", "Friday") for i in range(12)] + [(f"t{i}", "Tuesday") for i in range(9)]
    assert weekday_of(held(*many)) is None       # both beyond the documents kept: a tie


def _quake(doc: str, magnitude: str):
    return report(doc, f"A {magnitude}-magnitude earthquake shook Raqqa on Friday.",
                  label="NATURAL_DISASTER", actor=None)


def test_sets_clash_when_one_quakes_smallest_and_the_others_largest_are_far_apart():
    def held(*ms):
        return reduce(joined, (summary(profile(_quake(f"q{m}", m))) for m in ms))

    assert clash(held("5.4", "5.8"), held("6.2"))         # 5.4 and 6.2
    assert not clash(held("5.8", "6.0"), held("6.2"))     # every cross pair within the gap
    assert not clash(held("6.2"), summary(profile(report(
        "n", "An earthquake shook Raqqa on Friday.", label="NATURAL_DISASTER", actor=None))))


def test_an_unsure_reports_label_vetoes_nothing():
    """A reading under UNSURE_LABEL ("police were called to the house" read as a clash) may
    be a misreading of the happening a sure report types: its label neither vetoes a pair nor
    a set; a sure one still does."""
    from eventwire.merge.evidence import UNSURE_LABEL, label_feature
    killing = report("a", "Police arrested a man at his home in Raqqa on Friday.",
                     label="ARREST", actor=None, confidence=0.9)
    clash_ = report("b", "Police were called to the home in Raqqa on Friday.",
                    label="ARMED_CLASH", actor=None, confidence=UNSURE_LABEL - 0.1)
    sure = report("c", "Police were called to the home in Raqqa on Friday.",
                  label="ARMED_CLASH", actor=None, confidence=0.9)
    assert label_feature(profile(killing), profile(clash_)) == 0.0
    assert plain_features(profile(killing), profile(clash_)) is not None
    assert not clash(summary(profile(killing)), summary(profile(clash_)))
    assert label_feature(profile(killing), profile(sure)) is None
    assert clash(summary(profile(killing)), summary(profile(sure)))
    # sure as ordinary crime is sure: a suspect's arrest stays apart from the attack
    crime = replace(clash_, confidence_with_crime=0.99)
    assert label_feature(profile(killing), profile(crime)) is None


def test_a_day_counted_from_a_reports_own_day_joins_the_day_named_beside_it():
    wire = _bomb("wire")
    east = _told_as(report("east", "A car bomb exploded at a checkpoint in Raqqa this morning.",
                           label="SUIC_BOMB", actor=None, day=SATURDAY, published=SATURDAY),
                    "this morning")
    named = _bomb("named", day="Saturday", published=SATURDAY)
    assert not clash(summary(profile(wire)), summary(profile(east)))
    assert clash(summary(profile(wire)), summary(profile(named)))
    assert len(merge([wire, east])) == 1


# --------------------------------------------------------------------------- one article's places

# Kano state and two of its districts (invented reports; real names, coordinates rounded).
_KANO_STATE = Place("Kano", "Kano State", (0, 10), "Nigeria", "NG", "Kano", 11.75, 8.50,
                    2335196, 3, "ADM1")
_DALA = Place("Dala", "Dala", (0, 4), "Nigeria", "NG", "Kano", 12.02, 8.49, 9000001, 3, "ADM2",
              admin2="Dala")
_GWARZO = Place("Gwarzo", "Gwarzo", (0, 6), "Nigeria", "NG", "Kano", 11.92, 7.93, 9000002, 3,
                "ADM2", admin2="Gwarzo")


def _told(doc, sentence, place, start=0, label="ARMED_CLASH", **kw):
    """A report whose sentence (at ``start`` in its document) names ``place`` by its words."""
    at = start + sentence.index(place.text)
    return report(doc, sentence, label=label, place=replace(place, span=(at, at + len(place.text))),
                  start=start, actor=None, **kw)


_FRONT = "Troops and bandits fought in Dala district on Friday night."
_OTHER = "Clashes also broke out in Gwarzo district on Friday."


def _apart(*groups):
    held = [reduce(joined, (summary(profile(e)) for e in g)) for g in groups]
    return apart(*held)


@pytest.mark.parametrize("label", ["ATTACK", "REM_EXPLOS", "AIR_STRIKE"])
def test_one_articles_violence_of_two_kinds_at_two_places_stays_apart(label):
    # one event per place: a fight in one district and an attack, a bomb or a strike in
    # another are two happenings, whatever kinds they are typed as
    front = _told("own", _FRONT, _DALA)
    assert _apart([front], [_told("own", "Bandits killed five villagers in Gwarzo district.",
                                  _GWARZO, start=80, label=label)])


@pytest.mark.parametrize("label", ["PEACE_PROTEST", "PROTEST_WITH_INTER", "MOB_VIOL"])
def test_one_articles_crowds_of_two_kinds_at_two_places_stay_apart(label):
    riot = _told("own", "Rioters burned the town hall in Dala district on Friday night.", _DALA,
                 label="VIOL_DEMONSTR")
    other = _told("own", "Thousands marched in Gwarzo district on Friday.", _GWARZO, start=80,
                  label=label)
    assert _apart([riot], [other])
    # not a crowd told at the district's province: one unrest told coarser
    assert not _apart([riot], [_told("own", "Unrest spread in Kano State on Friday.",
                                     _KANO_STATE, start=80, label=label)])


def test_one_articles_fights_at_two_districts_stay_apart_whatever_bridges_them():
    front, other = _told("own", _FRONT, _DALA), _told("own", _OTHER, _GWARZO, start=80)
    state = _told("radio", "There was heavy fighting in Kano State on Friday night.",
                  _KANO_STATE)
    assert _apart([front], [other]) and _apart([front, state], [other])
    assert not _apart([front], [state]) and not _apart([state], [other])
    assert same_event(profile(front), profile(state)) is not None      # the bridge
    assert same_event(profile(state), profile(other)) is not None
    for order in ([front, other, state], [state, other, front]):
        told = sorted(sorted(m.document.id for m in reports(e)) for e in merge(order))
        assert told == [["own"], ["own", "radio"]]    # the coarser report joins one of them


def test_one_articles_fight_and_shelling_at_one_place_stay_apart_whatever_bridges_them():
    # the fold keeps a battle and a shelling told at one place and night apart: two acts by
    # the article's account, though another outlet's report is told like both
    fight = report("own", "Rival militias clashed in Homs on Friday night.",
                   label="ARMED_CLASH", place=HOMS, actor=None)
    rocket = report("own", "A rocket struck the airport of Homs on Friday night.",
                    label="ART_MISS_ATTACK", place=HOMS, actor=None, start=80)
    bridge = report("radio", "Fighting and rocket fire shook Homs on Friday night.",
                    label="ARMED_CLASH", place=HOMS, actor=None)
    assert _apart([fight], [rocket]) and _apart([fight, bridge], [rocket])
    assert same_event(profile(bridge), profile(rocket)) is not None      # the bridge
    for order in ([fight, rocket, bridge], [bridge, rocket, fight]):
        told = sorted(sorted(m.document.id for m in reports(e)) for e in merge(order))
        assert ["own"] in told and len(told) == 2
    # another article's shelling there may join the fight: its evidence decides
    assert not _apart([fight], [replace(rocket, document=replace(rocket.document, id="wire"))])


def test_an_article_may_tell_one_fight_at_two_grains():
    front = _told("own", _FRONT, _DALA)
    # the province that holds the district: one fight told coarser
    assert not _apart([front], [_told("own", "Fighting in Kano State killed six.",
                                      _KANO_STATE, start=80)])
    # a place read elsewhere in the article, not in the sentence: more often misread
    elsewhere = replace(_told("own", _OTHER, _GWARZO, start=80), location=_GWARZO)
    assert not _apart([front], [elsewhere])
    # two articles' reports: the evidence decides, as before
    assert not _apart([front], [_told("wire", _OTHER, _GWARZO)])


def test_a_country_told_by_a_part_clashes_with_a_town_far_on_its_other_side():
    north = report("aa", _NORTH_OF_SYRIA, place=_SYRIA_TOLD)
    south, near = report("bb", "Jets hit Daraa.", place=_DARAA), report("cc", "Jets hit Raqqa.")
    assert clash(summary(profile(north)), summary(profile(south)))
    assert not clash(summary(profile(north)), summary(profile(near)))
    # the country told whole holds both
    whole = report("dd", "Jets hit Syria.", place=SYRIA)
    assert not clash(summary(profile(whole)), summary(profile(south)))
    assert merge([north, south]) != merge([north, near])


def test_a_claim_is_never_of_an_act_after_the_day_it_names():
    claim = report("aa", "The group said on Friday it carried out the attack.", label="ATTRIB",
                   day=FRIDAY, published=SATURDAY + timedelta(2))
    later = report("bb", "Gunmen attacked the town again on Saturday.", label="ATTACK",
                   day=SATURDAY, published=SATURDAY + timedelta(2))
    earlier = report("cc", "Gunmen attacked the town on Friday.", label="ATTACK",
                     day=FRIDAY - timedelta(1), published=SATURDAY + timedelta(2))
    undated = replace(claim, date=None)
    # a claim on Friday is not of Saturday's attack; it may be of Thursday's
    assert plain_features(profile(claim), profile(later)) is None
    assert plain_features(profile(later), profile(claim)) is None
    assert plain_features(profile(claim), profile(earlier)) is not None
    assert plain_features(profile(undated), profile(later)) is not None
    # and a set holding the claim clashes with a set holding the later act, through others
    assert clash(reduce(joined, map(summary, map(profile, [earlier, claim]))),
                 summary(profile(later)))
    assert not clash(summary(profile(undated)), summary(profile(later)))
