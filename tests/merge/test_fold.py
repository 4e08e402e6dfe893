"""Within one article, a retelling folds into its lead event (issue 13, item 4)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from eventwire.merge import FOLDED_EVENT_TYPES, fold_article, reports
from eventwire.merge.evidence import place_key
from eventwire.merge.families import PLANNED, merge_label
from eventwire.merge.fold import VIOLENCE, _fold, day_of
from eventwire.records import Actor, Count, DateValue, DocumentRef, Event, Evidence, Place
from eventwire.taxonomy import event_type

_DOC = DocumentRef("a" * 64, None, None, date(2024, 3, 6))
_KABUL = Place("Kabul", "Kabul", (5, 10), "Afghanistan", "AF", geonameid=1138958)
_HERAT = Place("Herat", "Herat", (5, 10), "Afghanistan", "AF", geonameid=1139715)
_WEDNESDAY = DateValue(date(2024, 3, 6), date(2024, 3, 6), 1, "Wednesday", (20, 29))
_INFERRED = DateValue(date(2024, 2, 6), date(2024, 3, 6), 3, "", (100, 100))


_POLICE = Actor("Police Forces of Afghanistan", "police", (30, 36), inter=1)
_VILLAGERS = Actor("Civilians (Afghanistan)", "villagers", (30, 39), inter=7)


def _article_event(label, start, place=_KABUL, when=_INFERRED, dead=None, target=None):
    span = (start, start + 40)
    return Event(id=f"ew-{label}-{start}", type=event_type(label), evidence=Evidence(
        f"sentence at {start}", span), document=_DOC, date=when, location=place,
        fatalities=dead, confidence=0.5, actor2=target)


def test_a_retelling_folds_into_the_lead_event_and_adds_its_count():
    lead = _article_event("SUIC_BOMB", 0, when=_WEDNESDAY)
    retold = _article_event("REM_EXPLOS", 100, dead=Count(12, 12, 12, "12 people", (120, 129)))
    (folded,) = fold_article([lead, retold])
    assert folded.id == lead.id and folded.type.label == "SUIC_BOMB"
    assert folded.fatalities.best == 12
    assert [m.evidence.span for m in folded.mentions] == [(0, 40), (100, 140)]


def test_other_places_types_and_strategic_developments_stay_apart():
    lead = _article_event("SUIC_BOMB", 0, when=_WEDNESDAY)
    elsewhere = _article_event("REM_EXPLOS", 100, place=_HERAT)
    claim = _article_event("ATTRIB", 200)
    ban = _article_event("CHANGE_TO_GROUP_ACT", 300, when=_WEDNESDAY)
    move = _article_event("CHANGE_TO_GROUP_ACT", 400)
    out = fold_article([lead, elsewhere, claim, ban, move])
    assert [e.type.label for e in out] == ["SUIC_BOMB", "REM_EXPLOS", "ATTRIB",
                                           "CHANGE_TO_GROUP_ACT", "CHANGE_TO_GROUP_ACT"]


def _restriction(start, place=_KABUL, when=_INFERRED):
    """A change to a group's activity typed as PLOVER's restriction ("barred ... from")."""
    e = _article_event("CHANGE_TO_GROUP_ACT", start, place=place, when=when)
    return replace(e, type=event_type("CHANGE_TO_GROUP_ACT", "COERCE", "restrict"))


def test_a_restriction_retold_is_one_measure_whatever_days_its_tellings_name():
    ban = _restriction(0)
    enforced = _restriction(100, when=_WEDNESDAY)       # "enforced more strictly on Wednesday"
    quoted = _restriction(200)
    out = fold_article([ban, enforced, quoted])
    assert [len(e.mentions) for e in out] == [3]


def test_a_restriction_stays_apart_from_other_developments_and_other_places():
    ban = _restriction(0)
    deployment = _article_event("CHANGE_TO_GROUP_ACT", 100)     # PLOVER's mobilization
    elsewhere = _restriction(200, place=_HERAT)
    out = fold_article([ban, deployment, elsewhere])
    assert len(out) == 3


def test_a_day_counted_back_to_an_earlier_happening_dates_no_later_sentence():
    truce = _article_event("AGREEMENT", 0, when=_WEDNESDAY)
    monday = DateValue(date(2024, 3, 4), date(2024, 3, 4), 1, "two days after", (50, 64))
    shelling = _article_event("ART_MISS_ATTACK", 60, when=monday)
    terms = _article_event("AGREEMENT", 200)         # "the truce provides for ..."
    out = fold_article([truce, shelling, terms])
    assert out[-1].date == _WEDNESDAY


def test_an_undated_event_takes_the_article_date_at_its_place_only():
    lead = _article_event("SUIC_BOMB", 0, when=_WEDNESDAY)
    claim = _article_event("ATTRIB", 100)
    elsewhere = _article_event("ATTRIB", 200, place=_HERAT)
    out = fold_article([lead, claim, elsewhere])
    assert out[1].date == _WEDNESDAY
    assert out[2].date == _INFERRED


def test_history_recalled_dates_no_news_told_after_it():
    june = DateValue(date(2023, 6, 1), date(2023, 6, 30), 3, "in June", (10, 17))
    recalled = replace(_article_event("AIR_STRIKE", 0, when=june), background=True)
    ban = _article_event("CHANGE_TO_GROUP_ACT", 100)
    also_recalled = replace(_article_event("ATTACK", 200), background=True)
    out = fold_article([recalled, ban, also_recalled])
    assert out[1].date == _INFERRED           # the news keeps "on or shortly before"
    assert out[2].date == june                # history goes on from history


def test_a_retelling_with_its_own_other_date_is_a_new_event():
    lead = _article_event("SUIC_BOMB", 0, when=_WEDNESDAY)
    january = DateValue(date(2024, 1, 10), date(2024, 1, 10), 1, "Jan. 10", (110, 117))
    earlier = _article_event("SUIC_BOMB", 100, when=january)
    assert len(fold_article([lead, earlier])) == 2


def test_a_retelling_dated_by_the_leads_day_in_other_words_folds():
    lead = _article_event("ATTACK", 0, when=_WEDNESDAY)
    morning = DateValue(date(2024, 3, 6), date(2024, 3, 6), 1, "Wednesday morning", (110, 127))
    clock = DateValue(date(2024, 3, 6), date(2024, 3, 6), 1, "10 a.m.", (210, 217))
    thursday = DateValue(date(2024, 3, 7), date(2024, 3, 7), 1, "Thursday", (310, 318))
    out = fold_article([lead, _article_event("ATTACK", 100, when=morning),
                        _article_event("ATTACK", 200, when=clock),
                        _article_event("ATTACK", 300, when=thursday)])
    assert [len(e.mentions) for e in out] == [3, 0]
    assert out[1].date == thursday


def test_a_retelling_dated_by_a_time_of_day_alone_folds_whatever_day_it_was_given():
    tuesday = DateValue(date(2024, 3, 5), date(2024, 3, 5), 1, "Tuesday evening", (20, 35))
    lead = _article_event("SUIC_BOMB", 0, when=tuesday)
    # "at about 6 pm" in a later paragraph of Wednesday's paper: the publication day stood in
    six = DateValue(date(2024, 3, 6), date(2024, 3, 6), 1, "6 pm", (110, 114))
    dawn = DateValue(date(2024, 3, 6), date(2024, 3, 6), 1, "at dawn", (210, 217))
    (folded,) = fold_article([lead, _article_event("SUIC_BOMB", 100, when=six),
                              _article_event("SUIC_BOMB", 200, when=dawn)])
    assert len(folded.mentions) == 3 and folded.date == tuesday
    # a day named, a time of day told from a day near it, or one told as another act: another
    assert len(fold_article([lead, _article_event("SUIC_BOMB", 100, when=_WEDNESDAY)])) == 2
    after = DateValue(date(2024, 3, 4), date(2024, 3, 4), 1, "6 pm", (110, 114))
    assert len(fold_article([lead, _article_event("SUIC_BOMB", 100, when=after)])) == 2
    second = replace(_article_event("SUIC_BOMB", 100, when=six),
                     evidence=Evidence("A second bomber struck at 6 pm.", (100, 140)))
    assert len(fold_article([lead, second])) == 2


def test_unanchored_dates_fold_by_their_words():
    """With no publication date to count from, "Friday" is not resolved: two sentences that
    say "Friday" tell one day, "Friday" and "Saturday" two."""
    friday = DateValue(None, None, None, "Friday", (20, 26))
    friday_again = DateValue(None, None, None, "friday", (120, 126))
    saturday = DateValue(None, None, None, "Saturday", (220, 228))
    out = fold_article([_article_event("ATTACK", 0, when=friday),
                        _article_event("ATTACK", 100, when=friday_again),
                        _article_event("ATTACK", 200, when=saturday)])
    assert [len(e.mentions) for e in out] == [2, 0]


def test_an_attack_that_names_no_target_retells_a_battle_at_its_place():
    # "Gunmen attacked a police post in Kabul" (a battle: the target is armed state forces),
    # then "The assailants came on motorcycles" (read as an attack, no target named).
    lead = _article_event("ARMED_CLASH", 0, when=_WEDNESDAY, target=_POLICE)
    retold = _article_event("ATTACK", 100)
    (folded,) = fold_article([lead, retold])
    assert folded.type.label == "ARMED_CLASH" and len(folded.mentions) == 2


def test_an_attack_on_named_civilians_or_elsewhere_is_not_the_battle():
    lead = _article_event("ARMED_CLASH", 0, when=_WEDNESDAY, target=_POLICE)
    villagers = _article_event("ATTACK", 100, target=_VILLAGERS)
    elsewhere = _article_event("ATTACK", 200, place=_HERAT)
    out = fold_article([lead, villagers, elsewhere])
    assert [e.type.label for e in out] == ["ARMED_CLASH", "ATTACK", "ATTACK"]


def test_a_battle_does_not_fold_into_an_attack():
    lead = _article_event("ATTACK", 0, when=_WEDNESDAY)
    clash = _article_event("ARMED_CLASH", 100)
    assert [e.type.label for e in fold_article([lead, clash])] == ["ATTACK", "ARMED_CLASH"]


def test_a_definite_reference_back_folds_into_a_violent_lead_of_another_type():
    # "Gunmen fired on a police post in Kabul on Wednesday" (a battle), then "The attack left
    # one officer and two passers-by dead" (read as an attack on civilians).
    lead = _article_event("ARMED_CLASH", 0, when=_WEDNESDAY, target=_POLICE)
    toll = replace(_article_event("ATTACK", 100, target=_VILLAGERS), confidence=0.9)
    later = _article_event("ATTACK", 200, target=_VILLAGERS)
    (folded,) = fold_article([lead, toll, later], refer_back={toll.id})
    assert folded.type.label == "ARMED_CLASH" and folded.confidence == 0.9
    assert len(folded.mentions) == 3       # a later attack there finds the lead too


def test_a_reference_back_elsewhere_or_to_a_protest_stays_apart():
    lead = _article_event("ARMED_CLASH", 0, when=_WEDNESDAY, target=_POLICE)
    elsewhere = _article_event("ATTACK", 100, place=_HERAT, target=_VILLAGERS)
    protest = _article_event("PEACE_PROTEST", 200)
    thursday = DateValue(date(2024, 3, 7), date(2024, 3, 7), 1, "Thursday", (310, 318))
    other_day = _article_event("ATTACK", 300, when=thursday, target=_VILLAGERS)
    out = fold_article([lead, elsewhere, protest, other_day],
                       refer_back={elsewhere.id, protest.id, other_day.id})
    assert [e.type.label for e in out] == ["ARMED_CLASH", "ATTACK", "PEACE_PROTEST", "ATTACK"]


def test_without_a_reference_back_an_attack_on_civilians_is_not_the_battle():
    lead = _article_event("ARMED_CLASH", 0, when=_WEDNESDAY, target=_POLICE)
    toll = _article_event("ATTACK", 100, target=_VILLAGERS)
    assert len(fold_article([lead, toll])) == 2


# --------------------------------------------------------------------------- properties

def _reference(events, refer_back=frozenset()):
    """Folding as first written: each event searches every earlier one (quadratic). A lead is
    of its own type and of the types of the retellings folded into it; a lead told with no
    date words takes the day of a retelling its window holds, when it is the last lead of
    that kind at its place; a claim's day dates no other event; an attribution of where an
    attack was planned takes no day from the article."""
    def own(e):
        return e.date is not None and bool(e.date.text)

    def kinds_it_retells(e):
        if e.id in refer_back and e.type.event_type in VIOLENCE:
            return set(VIOLENCE)
        untargeted_attack = e.type.label == "ATTACK" and e.actor2 is None
        return {e.type.event_type} | ({"Battles"} if untargeted_attack else set())

    def same_slot(e, lead, kind):
        place = place_key(e.location)
        return (e.type.event_type in FOLDED_EVENT_TYPES and kind in kinds_of[id(lead)]
                and place is not None and place == place_key(lead.location)
                and e.document.id == lead.document.id)

    def around(lead, e):
        w, d = lead.date, e.date
        return (w is not None and not w.text and own(e) and w.start <= d.start
                and d.end <= w.end and "second" not in e.evidence.sentence)

    out, kinds_of, dated_log = [], {}, []    # dated_log: (lead, place) in the order dated
    for e in events:
        dated = e
        if not own(e) and merge_label(e) != PLANNED:
            place = place_key(e.location)
            prev = next((n for n, where in reversed(dated_log)
                         if place is None or where == place), None)
            dated = e if prev is None else replace(e, date=out[prev].date)
        undated = e.date is None or e.date.text == ""
        found = []
        for kind in kinds_it_retells(dated):
            slot = [i for i in range(len(out)) if same_slot(dated, out[i], kind)]
            on_day = [i for i in slot if day_of(dated.date) == day_of(out[i].date)]
            if slot and undated:
                found.append(slot[-1])
            elif on_day:
                found.append(on_day[-1])
            elif slot and around(out[slot[-1]], dated):
                found.append(slot[-1])
        lead = max(found, default=None)
        if lead is not None and (out[lead].evidence.span == dated.evidence.span
                                 and own(out[lead]) and own(dated)
                                 and day_of(out[lead].date) != day_of(dated.date)):
            lead = None                     # one sentence's act on two days
        if lead is None:
            out.append(dated)
            kinds_of[id(dated)] = {dated.type.event_type}
            n = len(out) - 1
        else:
            took = not own(out[lead]) and own(dated)
            kinds = kinds_of.pop(id(out[lead])) | {dated.type.event_type}
            out[lead] = _fold(out[lead], dated)
            if took:                        # the lead takes the retelling's day
                out[lead] = replace(out[lead], date=dated.date)
            kinds_of[id(out[lead])] = kinds
            n = lead if took else None
        if n is not None and own(dated) and dated.type.label != "ATTRIB":
            dated_log.append((n, place_key(dated.location)))
    return out


_THURSDAY = DateValue(date(2024, 3, 7), date(2024, 3, 7), 1, "Thursday", (60, 68))
_article = st.lists(st.builds(
    lambda label, place, when, dead, target, n: _article_event(
        label, n * 50, place=place, when=when, dead=dead, target=target),
    st.sampled_from(["SUIC_BOMB", "REM_EXPLOS", "ATTRIB", "PEACE_PROTEST", "ARMED_CLASH",
                     "ATTACK", "CHANGE_TO_GROUP_ACT"]),
    st.sampled_from([_KABUL, _HERAT, None]),
    st.sampled_from([_WEDNESDAY, _THURSDAY, _INFERRED, None]),
    st.none() | st.builds(lambda n: Count(n, n, n, f"{n} people", (0, 5)), st.integers(1, 9)),
    st.sampled_from([None, _POLICE, _VILLAGERS]),
    st.integers(0, 40)), max_size=30)


@given(_article, st.sets(st.integers(0, 40)))
@settings(max_examples=300, deadline=None)
def test_indexed_folding_gives_what_the_search_of_every_earlier_event_gave(events, back):
    events = sorted(events, key=lambda e: e.evidence.span)
    refer_back = {e.id for e in events if e.evidence.span[0] // 50 in back}
    assert fold_article(events, refer_back) == _reference(events, refer_back)


def test_a_retelling_adds_what_it_says_was_hit_once():
    from eventwire.records import Target
    market = Target("business", "market", (15, 21))
    lead = replace(_article_event("SUIC_BOMB", 0, when=_WEDNESDAY), targets=(market,))
    retold = replace(_article_event("REM_EXPLOS", 100), targets=(
        Target("business", "Market", (115, 121)), Target("vehicle", "minibus", (125, 132))))
    (folded,) = fold_article([lead, retold])
    assert [t.text for t in folded.targets] == ["market", "minibus"]


# --------------------------------------------------------------------------- place grain

_DIYALA = Place("Diyala", "Diyala", (5, 11), "Iraq", "IQ", admin1="Diyala", geonameid=96965,
                geo_precision=3, feature="ADM1")
_MUQDADIYAH = Place("Al Miqdadiyah", "Muqdadiyah", (5, 15), "Iraq", "IQ", admin1="Diyala",
                    geonameid=99062, geo_precision=2, feature="PPL")
_BAQUBAH = Place("Baqubah", "Baqubah", (5, 12), "Iraq", "IQ", admin1="Diyala",
                 geonameid=98860, geo_precision=1, feature="PPLA")
_KIRKUK = Place("Kirkuk", "Kirkuk", (5, 11), "Iraq", "IQ", admin1="Kirkuk", geonameid=94787,
                geo_precision=1, feature="PPLA")
_IRAQ = Place("Iraq", "Iraq", (5, 9), "Iraq", "IQ", geonameid=99237, geo_precision=3,
              feature="PCLI")


def test_a_reference_back_at_a_town_folds_into_a_lead_told_at_its_region_and_places_it():
    lead = _article_event("ARMED_CLASH", 0, place=_DIYALA, when=_WEDNESDAY, target=_POLICE)
    retold = _article_event("ARMED_CLASH", 100, place=_MUQDADIYAH)    # "the attack on the post"
    (folded,) = fold_article([lead, retold], refer_back={retold.id})
    assert folded.id == lead.id and len(folded.mentions) == 2
    assert folded.location == _MUQDADIYAH            # the most specific place told
    # without a reference back a town's event is its own ("In Baqubah, gunmen ...")
    assert len(fold_article([lead, retold])) == 2


def test_a_lead_is_told_finer_at_one_place_only():
    # "Gunmen attacked two villages in Iraq", "the attack in Kirkuk ...", "the attack in Baqubah"
    lead = _article_event("ATTACK", 0, place=_IRAQ, when=_WEDNESDAY)
    first = _article_event("ATTACK", 100, place=_KIRKUK)
    again = _article_event("ATTACK", 150, place=_KIRKUK)
    second = _article_event("ATTACK", 200, place=_BAQUBAH)
    out = fold_article([lead, first, again, second], refer_back={first.id, again.id, second.id})
    assert [(e.location.name, len(e.mentions)) for e in out] == [("Kirkuk", 3), ("Baqubah", 0)]


def test_different_named_actors_keep_a_town_apart_from_its_regions_lead():
    rebels = Actor("M23", "M23 rebels", (0, 10), inter=2)
    others = Actor("Allied Democratic Forces", "ADF fighters", (0, 12), inter=2)
    lead = _article_event("ARMED_CLASH", 0, place=_DIYALA, when=_WEDNESDAY)
    lead = replace(lead, actor1=rebels, actor2=_POLICE)
    told = replace(_article_event("ARMED_CLASH", 100, place=_MUQDADIYAH), actor1=others)
    assert len(fold_article([lead, told], refer_back={told.id})) == 2
    same = replace(told, actor1=rebels)
    assert len(fold_article([lead, same], refer_back={same.id})) == 1


def test_a_later_event_at_the_region_folds_into_a_town_lead_only_at_the_town():
    # the lead's region key is its own only when the lead is told at the region
    lead = _article_event("ARMED_CLASH", 0, place=_MUQDADIYAH, when=_WEDNESDAY)
    other_town = _article_event("ARMED_CLASH", 100, place=_BAQUBAH)
    assert len(fold_article([lead, other_town])) == 2


def test_a_town_in_another_region_or_on_another_day_stays_apart():
    lead = _article_event("ARMED_CLASH", 0, place=_DIYALA, when=_WEDNESDAY)
    elsewhere = _article_event("ARMED_CLASH", 100, place=_KIRKUK)
    january = DateValue(date(2024, 1, 10), date(2024, 1, 10), 1, "Jan. 10", (110, 117))
    earlier = _article_event("ARMED_CLASH", 200, place=_BAQUBAH, when=january)
    back = {elsewhere.id, earlier.id}
    assert len(fold_article([lead, elsewhere, earlier], refer_back=back)) == 3


def test_a_town_folds_into_a_lead_told_at_its_country_only_by_a_reference_back():
    lead = _article_event("SUIC_BOMB", 0, place=_IRAQ, when=_WEDNESDAY)
    told = _article_event("SUIC_BOMB", 100, place=_KIRKUK)
    assert len(fold_article([lead, told])) == 2          # "in Kirkuk, a bomber ...": a town's
    (folded,) = fold_article([lead, told], refer_back={told.id})    # "the bombing, in Kirkuk"
    assert folded.id == lead.id


def test_a_disaster_retold_at_its_place_folds_but_not_into_violence():
    lead = _article_event("MAN_MADE_DISASTER", 0, when=_WEDNESDAY)
    retold = _article_event("MAN_MADE_DISASTER", 100)
    quake = _article_event("NATURAL_DISASTER", 200)
    blast = _article_event("REM_EXPLOS", 300)            # "a blast hit ...": no reference back
    out = fold_article([lead, retold, quake, blast], refer_back={quake.id})
    assert [(e.type.label, len(e.mentions)) for e in out] == [
        ("MAN_MADE_DISASTER", 2), ("NATURAL_DISASTER", 0), ("REM_EXPLOS", 0)]


def test_a_reference_back_to_a_blast_folds_a_bombs_typing_into_an_accidents_and_back():
    accident = _article_event("MAN_MADE_DISASTER", 0, when=_WEDNESDAY)
    told = _article_event("REM_EXPLOS", 100)                    # "the explosion shook ..."
    (folded,) = fold_article([accident, told], refer_back={told.id})
    assert folded.type.label == "MAN_MADE_DISASTER" and len(folded.mentions) == 2
    assert len(fold_article([accident, told])) == 2              # "a blast hit ...": a new one
    bomb = _article_event("REM_EXPLOS", 0, when=_WEDNESDAY)
    typed_accident = _article_event("MAN_MADE_DISASTER", 100)    # "the blast gutted ..."
    (folded,) = fold_article([bomb, typed_accident], refer_back={typed_accident.id})
    assert folded.type.label == "REM_EXPLOS"
    battle = _article_event("ARMED_CLASH", 200)                  # not a blast
    assert len(fold_article([accident, battle], refer_back={battle.id})) == 2


def _on(first: date, last: date, text: str) -> DateValue:
    return DateValue(first, last, 1 if first == last else 2, text, (20, 20 + len(text)))


_MONDAY, _TUESDAY = date(2024, 3, 4), date(2024, 3, 5)


def test_a_night_and_the_evening_or_small_hours_of_its_days_are_one_happening():
    night = _article_event("ARMED_CLASH", 0, when=_on(_MONDAY, _TUESDAY, "overnight"))
    for part in (_on(_MONDAY, _MONDAY, "late on Monday"), _on(_MONDAY, _MONDAY, "Monday night"),
                 _on(_TUESDAY, _TUESDAY, "early Tuesday")):
        (folded,) = fold_article([night, _article_event("ARMED_CLASH", 100, when=part)])
        assert folded.id == night.id and len(folded.mentions) == 2
        (folded,) = fold_article([_article_event("ARMED_CLASH", 100, when=part), night])
        assert len(folded.mentions) == 2                # either told first


def test_a_days_night_and_the_small_hours_of_the_next_are_one_happening():
    evening = _on(_MONDAY, _MONDAY, "Monday night")
    for small in ("around midnight", "early Tuesday", "the early hours of Tuesday"):
        part = _on(_TUESDAY, _TUESDAY, small)
        for first, then in ((evening, part), (part, evening)):          # either told first
            out = fold_article([_article_event("VIOL_DEMONSTR", 0, when=first),
                                _article_event("VIOL_DEMONSTR", 100, when=then)])
            assert len(out) == 1, small
    late = _on(_MONDAY, _MONDAY, "late on Monday")
    assert len(fold_article([_article_event("VIOL_DEMONSTR", 0, when=late),
                             _article_event("VIOL_DEMONSTR", 100, when=part)])) == 1


def test_a_day_and_the_next_days_other_hours_or_nights_are_two_happenings():
    wednesday = date(2024, 3, 6)
    for first, then in ((_on(_MONDAY, _MONDAY, "Monday night"),
                         _on(_TUESDAY, _TUESDAY, "Tuesday afternoon")),
                        (_on(_MONDAY, _MONDAY, "Monday night"),
                         _on(_TUESDAY, _TUESDAY, "Tuesday night")),
                        (_on(_MONDAY, _MONDAY, "on Monday"),                 # no night told
                         _on(_TUESDAY, _TUESDAY, "early Tuesday")),
                        (_on(_MONDAY, _MONDAY, "Monday afternoon"),
                         _on(_TUESDAY, _TUESDAY, "around midnight")),
                        (_on(_MONDAY, _MONDAY, "Monday night"),              # two days on
                         _on(wednesday, wednesday, "early Wednesday"))):
        out = fold_article([_article_event("VIOL_DEMONSTR", 0, when=first),
                            _article_event("VIOL_DEMONSTR", 100, when=then)])
        assert len(out) == 2, (first.text, then.text)


def test_another_part_of_the_nights_days_or_another_night_is_another_happening():
    night = _article_event("ARMED_CLASH", 0, when=_on(_MONDAY, _TUESDAY, "overnight"))
    for other in (_on(_MONDAY, _MONDAY, "Monday afternoon"),
                  _on(_TUESDAY, _TUESDAY, "Tuesday night"),
                  _on(date(2024, 3, 3), date(2024, 3, 3), "late on Sunday"),
                  _on(_TUESDAY, date(2024, 3, 6), "overnight into Wednesday")):
        assert len(fold_article([night, _article_event("ARMED_CLASH", 100, when=other)])) == 2


# A sentence placed from elsewhere in its article that names a place of its own
# (fold.names_another_place). Places and sentences invented for the tests.
_DABRA = Place("Dabra", "Dabra", (30, 35), "Ethiopia", "ET", admin1="Amhara", geonameid=1001,
               geo_precision=1, feature="PPL")


def _told(label, start, sentence, place=_DABRA, when=_INFERRED):
    """An event whose sentence is ``sentence``; its place's span lies in the sentence only when
    the sentence starts at 0 (the lead), else it was read elsewhere in the article."""
    span = (start, start + len(sentence))
    return Event(id=f"ew-{label}-{start}", type=event_type(label), evidence=Evidence(
        sentence, span), document=_DOC, date=when, location=place, confidence=0.9)


_LEAD = "Jets bombed the cattle market in Dabra on Wednesday, killing nine people."


# Sentences after the lead that tell another happening, at a place of their own ...
_ANOTHER_HAPPENING = (
    "Hours later, another strike hit a clinic in Wetlet, a village 20 km away.",
    "That evening the air force also bombed Gonde township.",
    "On the same day, a bomb hit the school in nearby Amba Mariam, killing two.",
    "A second raid near the town of Gashena killed four herders.",
    "Jets also struck Kon village, residents said.",
    "Separately, gunmen shot dead a trader in Kombolcha.")
# ... and sentences that retell the lead, at its place or a larger one, or at none of their own.
_RETOLD = (
    "The strike in Amhara region killed nine, officials said.",
    "In Dabra, the toll rose to twelve by evening.",
    "Residents of Dabra buried the dead as more jets flew over.",
    "The bombing hit the crowd near the Grand Mosque.",
    "A second bomb hit the crowd, killing two more.",
    "in dabra and in wetlet the dead were buried.",
    "AIR STRIKE IN WETLET REGION KILLS NINE",
    "Nine were killed in Wednesday's strike, in Ethiopia's north.",
    "In December, jets bombed the same market, killing three.",
    "Jets circled for an hour in Shewa Robit, residents said.",
    "Militias fought for six hours in Kebele Ten overnight, and again at dawn.",
    # "nearby" of another noun than the place: the speaker's town is no act's
    "The health office in Bahir Dar said a man from a nearby village died.")


@pytest.mark.parametrize(("other", "records"),
                         [(s, 2) for s in _ANOTHER_HAPPENING] + [(s, 1) for s in _RETOLD])
def test_another_place_of_its_own_is_another_happening_and_a_retelling_folds(other, records):
    lead = _told("AIR_STRIKE", 0, _LEAD, when=_WEDNESDAY)
    assert len(fold_article([lead, _told("AIR_STRIKE", 200, other)])) == records


def test_a_place_the_leads_sentence_names_or_a_reference_back_still_folds():
    lead = _told("AIR_STRIKE", 0, "Jets bombed markets in Dabra and Wetlet on Wednesday.",
                 when=_WEDNESDAY)
    retold = _told("AIR_STRIKE", 200, "In Wetlet, four people died in the bombing.")
    assert len(fold_article([lead, retold])) == 1
    lead = _told("AIR_STRIKE", 0, _LEAD, when=_WEDNESDAY)
    back = _told("AIR_STRIKE", 200, "The strike on the market in Sirba Abay killed nine.")
    assert len(fold_article([lead, back], refer_back={back.id})) == 1


def test_a_sentence_that_names_its_own_place_is_compared_by_that_place():
    lead = _told("AIR_STRIKE", 0, _LEAD, when=_WEDNESDAY)
    wetlet = replace(_DABRA, name="Wetlet", text="Wetlet", span=(230, 236), geonameid=1002)
    there = _told("AIR_STRIKE", 200, "Another strike hit a clinic in Wetlet.", place=wetlet)
    assert len(fold_article([lead, there])) == 2


# --------------------------------------------------------------------------- agreements

_KUNDUZ = Place("Kunduz", "Kunduz", (5, 11), "Afghanistan", "AF", "Kunduz", 36.73, 68.86,
                1135689, 1, "PPLA")
_IMAM_SAHIB = Place("Imam Sahib", "Imam Sahib", (5, 15), "Afghanistan", "AF", "Kunduz", 37.18,
                    68.92, 1138300, 1, "PPL")          # a town 50 km north of Kunduz
_KUNDUZ_PROVINCE = Place("Kunduz", "Kunduz province", (5, 20), "Afghanistan", "AF", "Kunduz",
                         36.8, 68.8, 1135690, 3, "ADM1")
_TASHKENT = Place("Tashkent", "Tashkent", (5, 13), "Uzbekistan", "UZ", "Tashkent", 41.26,
                  69.22, 1512569, 1, "PPLC")


def _said(label, start, sentence, place=_KUNDUZ, when=_INFERRED):
    """An event of a sentence of an article about a truce in Kunduz (:func:`_told`)."""
    return _told(label, start, sentence, place, when)


_TRUCE = "Elders and militia commanders signed a truce in Kunduz on Wednesday."


def test_a_definite_reference_back_to_the_articles_agreement_folds_into_it():
    truce = _said("AGREEMENT", 0, _TRUCE, when=_WEDNESDAY)
    for sentence, place in (("The truce provides for the reopening of the market road.", None),
                            ("Under the deal, both sides are to hand over prisoners.", _KUNDUZ),
                            ("THE CEASEFIRE ALSO COVERS THE DISTRICTS AROUND THE CITY.",
                             _KUNDUZ_PROVINCE),            # a place holding the lead's
                            ("Residents said the local agreement was holding on Friday.",
                             _KUNDUZ)):
        told = _said("AGREEMENT", 100, sentence, place=place,
                     when=replace(_THURSDAY, text="Friday"))     # its day is not the deal's
        (folded,) = fold_article([truce, told], refer_back={told.id})
        assert folded.id == truce.id and len(folded.mentions) == 2, sentence
        assert folded.location == _KUNDUZ and folded.date == _WEDNESDAY


def test_other_agreements_and_words_that_name_none_stay_apart():
    truce = _said("AGREEMENT", 0, _TRUCE, when=_WEDNESDAY)
    deal = "Under the deal, both sides are to hand over prisoners."
    cases = (
        # not told as a reference back (an indefinite or new one: the parse says so)
        (_said("AGREEMENT", 100, "Both sides signed a deal to hand over prisoners."), False),
        (_said("AGREEMENT", 100, "A second truce was signed in Kunduz on Thursday."), False),
        # a reference back whose words name no agreement: a release, typed as one
        (_said("AGREEMENT", 100, "The release of the prisoners took place at a school."), True),
        # the deal at another place: where its terms apply, or another country's deal
        (_said("AGREEMENT", 100, deal, place=_IMAM_SAHIB), True),
        (_said("AGREEMENT", 100, deal, place=_TASHKENT), True),
        # a call for calm referring back is no agreement
        (_said("DIPLO", 100, "The deal was welcomed by the governor in a call."), True))
    for told, back in cases:
        out = fold_article([truce, told], refer_back={told.id} if back else frozenset())
        assert len(out) == 2, told.evidence.sentence
    # no agreement told before: a reference back leads
    told = _said("AGREEMENT", 100, deal)
    assert fold_article([told], refer_back={told.id}) == [told]


def test_a_reference_back_folds_into_the_last_agreement_told():
    first = _said("AGREEMENT", 0, _TRUCE, when=_WEDNESDAY)
    second = _said("AGREEMENT", 100, "Both sides later agreed a prisoner exchange.",
                   when=_THURSDAY)
    told = _said("AGREEMENT", 200, "The agreement is to be carried out within a week.")
    out = fold_article([first, second, told], refer_back={told.id})
    assert [len(reports(e)) for e in out] == [1, 2]


# --------------------------------------------------------------------------- undated leads

_JANUARY = DateValue(date(2024, 1, 1), date(2024, 1, 31), 2, "In January", (210, 220))


def test_a_lead_told_with_no_date_words_takes_the_day_of_its_retelling():
    lead = _article_event("SUIC_BOMB", 0)                       # "claimed a bombing at X"
    retold = _article_event("SUIC_BOMB", 100, when=_WEDNESDAY)  # "the bomber ... on Wednesday"
    (folded,) = fold_article([lead, retold])
    assert folded.id == lead.id and folded.date == _WEDNESDAY and len(folded.mentions) == 2
    # later undated events of the place take that day
    later = _article_event("ARMED_CLASH", 200)
    assert fold_article([lead, retold, later])[1].date == _WEDNESDAY


def test_a_second_one_told_in_the_leads_window_is_another_happening():
    lead = _article_event("AIR_STRIKE", 0)                      # "drones bombed the town"
    second = replace(_article_event("AIR_STRIKE", 100, when=_WEDNESDAY),
                     evidence=Evidence("A second raid followed on Wednesday.", (100, 140)))
    assert len(fold_article([lead, second])) == 2


def test_a_retelling_outside_the_leads_window_is_another_happening():
    lead = _article_event("SUIC_BOMB", 0)
    old = _article_event("SUIC_BOMB", 200, when=_JANUARY)       # "In January, a bomb ..."
    assert [e.date for e in fold_article([lead, old])] == [_INFERRED, _JANUARY]


def test_a_claims_day_dates_no_other_event():
    claim = _article_event("ATTRIB", 0, when=_WEDNESDAY)        # "claimed on Wednesday ..."
    act = _article_event("SUIC_BOMB", 100)
    clash = _article_event("ARMED_CLASH", 200)
    assert [e.date for e in fold_article([claim, act, clash])] == [_WEDNESDAY, _INFERRED,
                                                                    _INFERRED]
    told = _article_event("SUIC_BOMB", 0, when=_WEDNESDAY)     # an act's day does
    assert [e.date for e in fold_article([told, clash])] == [_WEDNESDAY, _WEDNESDAY]


def test_one_sentences_act_on_two_days_is_two_events_whatever_night_they_make():
    evening = DateValue(date(2024, 3, 3), date(2024, 3, 3), 1, "Sunday evening", (20, 34))
    morning = DateValue(date(2024, 3, 4), date(2024, 3, 4), 1, "Monday morning", (48, 62))
    first = _article_event("AIR_STRIKE", 0, when=evening)
    again = replace(_article_event("AIR_STRIKE", 0, when=morning), id="ew-again")
    assert len(fold_article([first, again])) == 2
    # told in a sentence of its own, the small hours retell the evening's strike
    later = _article_event("AIR_STRIKE", 100, when=morning)
    assert len(fold_article([first, later])) == 1


def test_a_lead_that_took_a_day_is_found_on_it_under_every_kind_it_stands_for():
    # a battle told with no day; a bombing on Thursday dates the untargeted attack after it,
    # which folds into the battle (standing for attacks too) and gives it Thursday; an attack
    # on Wednesday is then another happening, found under neither kind's old window
    clash = _article_event("ARMED_CLASH", 0)
    bombing = _article_event("SUIC_BOMB", 50, when=_THURSDAY)
    retold = replace(_article_event("ATTACK", 60), evidence=Evidence("sentence at 60", (50, 90)))
    other = _article_event("ATTACK", 100, when=_WEDNESDAY)
    folded = fold_article([clash, bombing, retold, other])
    assert [(e.type.label, e.date) for e in folded] == [
        ("ARMED_CLASH", _THURSDAY), ("SUIC_BOMB", _THURSDAY), ("ATTACK", _WEDNESDAY)]


def test_an_attribution_of_planning_takes_no_day_of_the_acts_at_its_place():
    # "officials said the attacks abroad were planned in X", after "jets struck X on Wednesday"
    lead = _article_event("AIR_STRIKE", 0, when=_WEDNESDAY)
    plan = _article_event("ATTRIB", 100)
    plan = replace(plan, evidence=replace(
        plan.evidence, sentence="Officials said the bombings abroad were planned in the city."))
    claim = _article_event("ATTRIB", 200)
    out = fold_article([lead, plan, claim])
    assert out[1].date == plan.date and out[2].date == _WEDNESDAY



def _told_by(label, start, sentence, day, place=_KABUL):
    """An event whose only date words are those of ``sentence`` naming ``day``."""
    at = sentence.index(day.text)
    e = _article_event(label, start, place=place,
                       when=replace(day, span=(start + at, start + at + len(day.text))))
    return replace(e, evidence=Evidence(sentence, (start, start + len(sentence))))


_MONDAY_LATE = DateValue(date(2024, 3, 4), date(2024, 3, 4), 1, "late on Monday", (30, 44))
_LAST_FRIDAY = DateValue(date(2024, 3, 1), date(2024, 3, 1), 1, "Friday", (0, 6))


@pytest.mark.parametrize(("sentence", "day"), [
    ("Police fired tear gas and detained 28 people, a spokesman said on Wednesday.", _WEDNESDAY),
    ("The governor told reporters on Wednesday that 40 people had been arrested.", _WEDNESDAY),
    ("Medics at the main hospital treated 16 wounded, officials confirmed Wednesday.",
     _WEDNESDAY),
])
def test_a_sources_day_gives_way_to_the_act_it_told_of_days_before(sentence, day):
    riot = _article_event("VIOL_DEMONSTR", 0, when=_MONDAY_LATE)
    told = _told_by("PROTEST_WITH_INTER", 100, sentence, day)
    assert fold_article([riot, told])[1].date == _MONDAY_LATE


@pytest.mark.parametrize(("lead_day", "sentence", "day", "place"), [
    # the act's own day; a source's day long after the place's last act; another place's act
    (_MONDAY_LATE, "Police detained 28 people on Wednesday, a spokesman said.", _WEDNESDAY, _KABUL),
    (_LAST_FRIDAY, "Police detained 28 people, a spokesman said on Wednesday.", _WEDNESDAY, _KABUL),
    (_MONDAY_LATE, "Police detained 28 people, a spokesman said on Wednesday.", _WEDNESDAY, _HERAT),
    # a claim's saying is its act
    (_MONDAY_LATE, "The group claimed on Wednesday that it planted the bomb.", _WEDNESDAY, _KABUL),
])
def test_a_sources_day_stays_where_no_act_it_told_of_is_near(lead_day, sentence, day, place):
    riot = _article_event("VIOL_DEMONSTR", 0, when=lead_day)
    label = "ATTRIB" if "claimed" in sentence else "PROTEST_WITH_INTER"
    told = _told_by(label, 100, sentence, day, place=place)
    assert fold_article([riot, told])[1].date.start == day.start


_BADJI = Actor("Ana Badji", "Ana Badji", (30, 39))
_SY = Actor("Omar Sy", "Omar Sy", (30, 37))
_FRIDAY = DateValue(date(2024, 3, 1), date(2024, 3, 1), 1, "Friday", (120, 126))
_YEARS_AGO = DateValue(date(2019, 5, 2), date(2019, 5, 2), 1, "May 2, 2019", (120, 131))


def _arrest(start, whom, *, place=_KABUL, when=_INFERRED, sentence=None):
    e = replace(_article_event("ARREST", start, place=place, when=when), actor1=_POLICE,
                actor2=whom)
    return replace(e, evidence=Evidence(sentence, e.evidence.span)) if sentence else e


def test_an_arrest_of_a_named_person_told_again_is_the_one_arrest():
    """"Police arrested Ana Badji at her home in Kabul on Wednesday ... Badji, a critic of the
    government who represents Herat, was detained on charges of ...": one arrest, kept at its
    lead's place and day (merge.fold.arrested_key)."""
    lead = _arrest(0, _BADJI, when=_WEDNESDAY)
    retold = _arrest(100, _BADJI, place=_HERAT)
    (one,) = fold_article([lead, retold])
    assert one.id == lead.id and one.location == _KABUL and one.date == _WEDNESDAY
    assert len(one.mentions) == 2


@pytest.mark.parametrize("later", [
    _arrest(100, _SY),                                           # another person
    _arrest(100, None),                                          # no one named
    _arrest(100, _BADJI, sentence="Badji was arrested again on Friday."),
    _arrest(100, _BADJI, when=_YEARS_AGO),                       # an arrest years before
    _arrest(100, _BADJI, when=_FRIDAY),                          # five days before
])
def test_other_arrests_stay_apart(later):
    lead = _arrest(0, _BADJI, when=_WEDNESDAY)
    assert len(fold_article([lead, later])) == 2


def test_a_background_arrest_is_not_retold_by_the_news():
    lead = replace(_arrest(0, _BADJI), background=True)
    assert len(fold_article([lead, _arrest(100, _BADJI, when=_WEDNESDAY)])) == 2


def test_a_further_event_its_sentence_tells_elsewhere_or_another_day_is_not_folded():
    """"A car bomb exploded in Kabul, and another bomb went off in Herat": two events of one
    sentence and label (events.clauses.another_verb); at one place on one day, one."""
    lead = _article_event("REM_EXPLOS", 0, when=_WEDNESDAY)
    elsewhere = replace(lead, id="ew-further", location=_HERAT)
    assert len(fold_article([lead, elsewhere])) == 2
    tuesday = DateValue(date(2024, 3, 5), date(2024, 3, 5), 1, "Tuesday", (60, 67))
    assert len(fold_article([lead, replace(lead, id="ew-further", date=tuesday)])) == 2
    (one,) = fold_article([lead, replace(lead, id="ew-further")])
    assert len(reports(one)) == 2
