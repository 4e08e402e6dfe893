"""The merge stage end to end on hand-built reports: one happening told by several outlets is
one event; hard negatives (same kind, same place or day) stay apart."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

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

from eventwire.dates.timex import MONTH, YEAR
from eventwire.merge import constraint, merge, reports
from eventwire.merge.decide import possible, same_event
from eventwire.merge.evidence import profile
from eventwire.merge.places import two_places
from eventwire.records import Claim, DateValue
from eventwire.taxonomy import event_type


def test_one_story_on_four_outlets_is_one_event():
    wire = report("wire", "Russian warplanes struck Raqqa on Friday, killing seven people, "
                  "activists said.", dead=7, confidence=0.9)
    local = report("local", "Seven civilians died when Russian jets bombed a market in Raqqa "
                   "on Friday.", dead=7, place=RAQQA, published=FRIDAY + timedelta(1))
    radio = report("radio", "russian air strikes have killed seven people in syria",
                   place=SYRIA, day=None, dead=7)
    headline = report("head", "Russian strikes kill 7 in Raqqa", day=None, actor=None)
    merged = merge([radio, headline, local, wire])
    assert len(merged) == 1
    assert {m.document.id for m in merged[0].mentions} == {"wire", "local", "radio", "head"}
    assert merged[0].location == RAQQA                  # the most specific place


def test_a_claim_of_responsibility_joins_the_act():
    act = report("wire", "A car bomb exploded in Raqqa on Friday, killing 12 people.",
                 label="REM_EXPLOS", dead=12, actor=None)
    claim = report("claim", "Islamic State claimed the car bombing in Raqqa on Friday that "
                   "killed 12 people.", label="ATTRIB", dead=12, actor="Islamic State")
    [e] = merge([claim, act])
    assert e.type.label == "REM_EXPLOS"                 # the act, not the claim


def test_two_fires_in_one_town_years_apart_stay_two_events():
    old = report("old", "A fire destroyed the main market in Homs on Friday.", place=HOMS,
                 label="PROPERTY_DISTRUCT", actor=None)
    later = date(2019, 4, 5)
    new = report("new", "A fire destroyed the main market in Homs on Friday.", place=HOMS,
                 label="PROPERTY_DISTRUCT", actor=None, day=later, published=later)
    assert len(merge([old, new])) == 2


def _recalling(doc: str, sentence: str, published: date) -> object:
    """A report that recalls an old fire in Homs as the background of its news."""
    return replace(report(doc, sentence, place=HOMS, label="PROPERTY_DISTRUCT", actor=None,
                          day=None, published=published, confidence=0.8), background=True)


def test_two_articles_recalling_one_old_fire_are_not_one_story():
    first = _recalling("first", "The market burned down once before, in a fire in 2009.",
                       date(2019, 4, 5))
    second = _recalling("second", "The market burned down once before, in a fire in 2009.",
                        date(2019, 4, 12))
    assert same_event(profile(first), profile(second)) is None
    assert len(merge([first, second])) == 2
    news = replace(first, background=False, id="news", document=replace(
        first.document, id="news"))                    # a report that tells it as news
    assert same_event(profile(news), profile(second)) is not None


def test_a_report_recalling_a_fire_years_later_joins_none_of_its_reports():
    fire = date(2009, 6, 5)
    news = report("news", "A fire gutted the main market in Homs on Friday.", place=HOMS,
                  label="PROPERTY_DISTRUCT", actor=None, day=fire, published=fire)
    year = DateValue(date(2009, 1, 1), date(2009, 12, 31), YEAR, "2009", (3, 7))
    later = replace(report("later", "In 2009 a fire gutted the main market in Homs.",
                           place=HOMS, label="PROPERTY_DISTRUCT", actor=None,
                           published=date(2019, 4, 5)), date=year)
    assert profile(later).history and not profile(news).history
    assert same_event(profile(news), profile(later)) is None
    assert len(merge([news, later])) == 2


def test_a_dated_recollection_does_not_join_a_report_with_no_time():
    old_quake = replace(report("old", "A quake hit Homs on Friday.", place=HOMS,
                               label="NATURAL_DISASTER", actor=None, published=None),
                        background=True)
    undated = report("news", "A quake hit Homs.", place=HOMS, label="NATURAL_DISASTER",
                     actor=None, day=None, published=None)
    assert same_event(profile(old_quake), profile(undated)) is None
    told_as_news = replace(old_quake, background=False)
    assert same_event(profile(told_as_news), profile(undated)) is not None


def test_bombings_in_two_countries_in_one_sentence_stay_two_events():
    s = "Suicide bombings struck Raqqa and Ankara on Friday."
    a = report("doc", s, label="SUIC_BOMB", actor=None)
    b = report("doc", s, label="SUIC_BOMB", actor=None, place=ANKARA, start=1)
    other = report("other", "A suicide bomber struck Ankara on Friday.", label="SUIC_BOMB",
                   actor=None, place=ANKARA)
    merged = merge([a, b, other])
    assert len(merged) == 2
    assert sorted(len(reports(e)) for e in merged) == [1, 2]


def test_different_places_days_or_kinds_stay_apart():
    base = report("a", "Russian warplanes struck Raqqa on Friday.")
    others = [report("b", "Russian warplanes struck Homs on Friday.", place=HOMS),
              report("c", "Russian warplanes struck Raqqa on Saturday.",
                     day=FRIDAY + timedelta(1), published=FRIDAY + timedelta(1)),
              report("d", "Russian warplanes struck Raqqa on Friday.", label="PEACE_PROTEST"),
              report("e", "Russian warplanes struck Raqqa on Friday.",
                     day=FRIDAY + timedelta(9), published=FRIDAY + timedelta(9))]
    assert len(merge([base, *others])) == 5


def test_a_town_joins_its_region_but_not_a_town_of_another_region():
    town = report("a", "Jets struck a bakery in Raqqa on Friday, killing five.", dead=5)
    region = report("b", "Jets struck a bakery in Raqqa province on Friday, killing five.",
                    place=RAQQA_REGION, dead=5)
    other = report("c", "Jets struck a bakery in Homs on Friday, killing five.", place=HOMS,
                   dead=5)
    merged = merge([town, region, other])
    assert sorted(len(reports(e)) for e in merged) == [1, 2]
    assert merge([town, region])[0].location == RAQQA


def test_tolls_that_contradict_keep_similar_reports_apart():
    a = report("a", "Air strikes hit a school in Raqqa overnight, killing 3 people.", dead=3,
               day=None)
    b = report("b", "Jets bombed the Raqqa bread market, killing 30 people.", dead=30, day=None)
    assert len(merge([a, b])) == 2


def test_a_report_with_no_place_meets_its_story_by_its_words():
    a = report("a", "Russian warplanes struck the market in Raqqa on Friday, killing seven "
               "people.", dead=7)
    b = report("b", "russian warplanes struck the market killing seven people", place=None,
               day=None, dead=7)
    assert len(merge([a, b])) == 1


def test_reports_with_no_time_meet_their_story_by_place_or_by_kind():
    dated = report("a", "Russian warplanes struck the market in Raqqa on Friday, killing "
                   "seven people.", dead=7)
    undated = report("b", "Russian warplanes struck the Raqqa market, killing seven people.",
                     day=None, published=None, dead=7)
    nowhere = report("c", "russian warplanes struck the market killing seven people",
                     place=None, day=None, published=None, dead=7)
    [e] = merge([dated, undated, nowhere])
    assert {m.document.id for m in e.mentions} == {"a", "b", "c"}


def test_a_follow_up_published_days_later_joins_its_story():
    wire = report("wire", "A car bomb killed 12 people at a checkpoint in Raqqa on Friday.",
                  label="REM_EXPLOS", dead=12, actor=None)
    later = FRIDAY + timedelta(5)
    follow = report("follow", "The car bomb that killed 12 people at a Raqqa checkpoint was "
                    "the deadliest this year.", label="REM_EXPLOS", dead=12, actor=None,
                    day=None, published=later)
    assert len(merge([wire, follow])) == 1


def test_missing_fields_are_filled_and_figures_span_every_report():
    claim = Claim("activists", "activist", "activists said", (40, 54))
    a = report("a", "Warplanes struck Raqqa on Friday, killing 3, medics said.", dead=3,
               confidence=0.9)
    b = report("b", "Warplanes struck Raqqa on Friday, killing 5, activists said.", dead=5,
               claim=claim, confidence=0.2)
    [e] = merge([a, b])
    assert e.claim == claim
    assert (e.fatalities.low, e.fatalities.best, e.fatalities.high) == (3, 3, 5)
    [conflict] = e.conflicts
    assert conflict.field == "fatalities"
    assert conflict.values == (("3", ("a",)), ("5", ("b",)))


def test_the_same_report_twice_is_not_two_mentions():
    a = report("a", "Warplanes struck Raqqa on Friday.")
    assert merge([a, a]) == [a]


# --------------------------------------------------------------------------- properties

_sentences = ["Jets hit the town of Raqqa on Friday.", "jets hit the town",
              "A car bomb exploded in a market.", "Protesters marched in the city.",
              "Robbers took $2 million from a bank.", "Robbers took $9 million from a bank.",
              "Youths clashed with riot police."]
_small = st.builds(
    report, st.sampled_from(["aa", "bb", "cc", "dd"]), st.sampled_from(_sentences),
    label=st.sampled_from(["AIR_STRIKE", "REM_EXPLOS", "ATTRIB", "PEACE_PROTEST", "ORG_CRIME",
                           "VIOL_DEMONSTR", "ARMED_CLASH"]),
    place=st.sampled_from([RAQQA, HOMS, SYRIA, TABQA, None]),
    day=st.sampled_from([FRIDAY, FRIDAY + timedelta(1), None]),
    actor=st.sampled_from(["Russia", "France", None]),
    dead=st.none() | st.integers(0, 40), start=st.sampled_from([0, 50]),
    confidence=st.sampled_from([0.2, 0.9]))


def _report_keys(evs):
    return {(m.document.id, m.evidence.span) for e in evs for m in reports(e)}


@given(st.lists(_small, max_size=12), st.randoms())
@settings(max_examples=200, deadline=None)
def test_merge_does_not_depend_on_input_order(evs, rnd):
    shuffled = list(evs)
    rnd.shuffle(shuffled)
    assert merge(shuffled) == merge(evs)


@given(st.lists(_small, max_size=12))
@settings(max_examples=200, deadline=None)
def test_every_report_is_kept_once_and_no_event_holds_two_reports_one_article_tells_apart(evs):
    evs = list({(e.document.id, e.evidence.span): e for e in evs}.values())   # one per sentence
    merged = merge(evs)
    assert _report_keys(merged) == _report_keys(evs)
    assert len({e.id for e in merged}) == len(merged)
    for e in merged:
        mine = _report_keys([e])
        members = [x for x in evs if (x.document.id, x.evidence.span) in mine]
        apart = [k for x in members for k in profile(x).told_apart]
        assert len(apart) == len(set(apart))
        sites = {s for x in members for s in constraint.sites(profile(x))}
        assert not any(two_places(p, q) for d, k, p in sites for d2, k2, q in sites
                       if (d, k) == (d2, k2))


def test_an_articles_two_sentences_of_one_fire_join_through_other_reports():
    # The article types its fire two ways (damage, disaster), in sentences it does not fold:
    # each sentence resembles another outlet's report, and the outlets tell one fire.
    damage = report("own", "Fire destroyed the market in Raqqa on Friday.",
                    label="PROPERTY_DISTRUCT", actor=None)
    disaster = report("own", "The blaze at the market in Raqqa spread from a fuel store.",
                      label="MAN_MADE_DISASTER", actor=None, start=60)
    wire = report("wire", "A fire destroyed the market in Raqqa on Friday.",
                  label="PROPERTY_DISTRUCT", actor=None)
    local = report("local", "The blaze at the Raqqa market spread from a fuel store, traders "
                   "said.", label="MAN_MADE_DISASTER", actor=None)
    merged = merge([damage, disaster, wire, local])
    assert [sorted(m.document.id for m in reports(e)) for e in merged] == [
        ["local", "own", "own", "wire"]]


def test_two_shootings_one_article_tells_apart_stay_apart_through_a_report_of_each():
    # One article tells two attacks at one place on two days (its fold kept them apart; the
    # second's day is read from the sentence before, so no date veto holds them apart); each
    # is told again elsewhere in words that resemble both: still two events.
    first = report("own", "Gunmen killed four people in Homs on Friday.", label="ATTACK",
                   place=HOMS, dead=4)
    second = report("own", "Gunmen killed four people in Homs.", label="ATTACK", place=HOMS,
                    day=FRIDAY + timedelta(1), dead=4, start=80)
    second = replace(second, date=replace(second.date, span=(60, 66)))
    again = [report(doc, "Gunmen killed four people in Homs.", label="ATTACK", place=HOMS,
                    day=None, dead=4, published=FRIDAY + timedelta(1)) for doc in ("x", "y")]
    merged = merge([first, second, *again])
    for e in merged:
        assert [m.document.id for m in reports(e)].count("own") <= 1


def test_an_articles_riot_and_the_arrests_it_tells_apart_stay_two_events_through_others():
    # One article tells the rioting and the police's arrests at one place, each with its day;
    # other outlets tell them in words that fit either (crowd labels share a family).
    riot = report("own", "Youths hurled stones at police in Homs on Friday.",
                  label="VIOL_DEMONSTR", place=HOMS, actor=None)
    arrests = report("own", "Police broke up the crowd in Homs on Friday and held 40 people.",
                     label="PROTEST_WITH_INTER", place=HOMS, actor=None, start=60)
    others = [report("x", "Youths hurled stones at police in Homs on Friday and 40 people were "
                     "held.", label="VIOL_DEMONSTR", place=HOMS, actor=None),
              report("y", "Police broke up the crowd in Homs on Friday and held 40 people after "
                     "youths hurled stones.", label="PROTEST_WITH_INTER", place=HOMS, actor=None)]
    merged = merge([riot, arrests, *others])
    assert all([m.document.id for m in reports(e)].count("own") == 1 for e in merged)
    # so do its riot and the arrests it tells as arrests; two of its arrests still join
    held = replace(arrests, type=event_type("ARREST"))
    merged = merge([riot, held, *others])
    assert all([m.document.id for m in reports(e)].count("own") == 1 for e in merged)
    again = report("own", "The 40 people held in Homs on Friday were charged.",
                   label="ARREST", place=HOMS, actor=None, start=140)
    wire = report("wire", "Police held 40 people in Homs on Friday; they were charged.",
                  label="ARREST", place=HOMS, actor=None)
    assert len(merge([held, again, wire])) == 1
    # a march and its rioting told by two articles, none telling them apart, still join
    wire = report("wire", "Youths hurled stones at police in Homs on Friday.",
                  label="VIOL_DEMONSTR", place=HOMS, actor=None)
    radio = report("radio", "The protest in Homs turned violent on Friday as youths hurled "
                   "stones at police.", label="PEACE_PROTEST", place=HOMS, actor=None)
    assert len(merge([wire, radio])) == 1


def test_an_articles_call_and_agreement_stay_two_events_through_reports_of_both():
    # Developments (a call, an agreement) are not folded: an article often tells several, and
    # reports elsewhere that tell both in one breath do not make them one.
    call = report("own", "The foreign ministers spoke by telephone about Raqqa on Friday.",
                  label="DIPLO", actor=None)
    deal = report("own", "The two sides agreed a ceasefire for Raqqa on Friday.",
                  label="AGREEMENT", actor=None, start=70)
    both = [report(doc, "The ministers agreed by telephone on a ceasefire for Raqqa on Friday.",
                   label=label, actor=None) for doc, label in (("x", "DIPLO"), ("y", "AGREEMENT"))]
    for e in merge([call, deal, *both]):
        assert [m.document.id for m in reports(e)].count("own") <= 1


def test_a_town_the_gazetteer_read_in_two_countries_is_one_happenings_place():
    # Two outlets name one town; one article's context resolved it to a namesake abroad.
    here = replace(RAQQA, name="Aurora", text="Aurora")
    abroad = replace(here, country="Brazil", iso2="BR", admin1="Ceara", latitude=-6.9,
                     longitude=-38.97, geonameid=3407407)
    wire = report("wire", "A gunman shot dead two shoppers at a supermarket in Aurora on "
                  "Friday.", label="ATTACK", place=here, dead=2, actor=None)
    local = report("local", "Two shoppers were shot dead at an Aurora supermarket on Friday.",
                   label="ATTACK", place=abroad, dead=2, actor=None)
    assert len(merge([wire, local])) == 1
    # a town of another name abroad still vetoes
    elsewhere = replace(abroad, name="Crato", text="Crato")
    moved = replace(local, location=elsewhere)
    assert len(merge([wire, moved])) == 2


@given(st.lists(_small, min_size=1, max_size=12))
@settings(max_examples=200, deadline=None)
def test_merged_best_figure_is_the_lowest_reported(evs):
    evs = list({(e.document.id, e.evidence.span): e for e in evs}.values())   # one per sentence
    for e in merge(evs):
        mine = _report_keys([e])
        figures = [x.fatalities.best for x in evs if x.fatalities is not None
                   and (x.document.id, x.evidence.span) in mine]
        assert (e.fatalities.best if e.fatalities else None) == (min(figures) if figures
                                                                 else None)


@given(_small, _small)
@settings(max_examples=300, deadline=None)
def test_a_pair_left_unencoded_is_never_one_event(a, b):
    pa, pb = profile(a), profile(b)
    assert possible(pa, pb) or same_event(pa, pb) is None


def test_a_riot_told_as_clashes_with_the_police_is_one_event():
    riot = report("wire", "Youths torched cars and hurled stones at police in Homs on Friday "
                  "night.", label="VIOL_DEMONSTR", place=HOMS, actor=None, confidence=0.9)
    clashes = report("local", "Riot police clashed with stone-throwing youths in Homs on Friday "
                     "night as cars burned.", label="ARMED_CLASH", place=HOMS, actor=None)
    assert same_event(profile(riot), profile(clashes)) is not None
    assert len(merge([clashes, riot])) == 1


def test_a_peaceful_march_after_clashes_stays_apart():
    clashes = report("local", "Riot police clashed with stone-throwing youths in Homs on Friday "
                     "night.", label="ARMED_CLASH", place=HOMS, actor=None)
    march = report("march", "Thousands marched peacefully through Homs on Saturday in memory "
                   "of the victims.", label="PEACE_PROTEST", place=HOMS, actor=None,
                   published=FRIDAY + timedelta(1))
    assert same_event(profile(march), profile(clashes)) is None
    assert len(merge([clashes, march])) == 2


def test_one_days_outlets_recalling_one_happening_at_a_named_place_are_one_story():
    # outlets of one day recall one story's earlier bombings abroad in their own
    # words, on the day of the news; none tells them as news
    first = _recalling("first", "The market burned down once before, in a fire in 2009.",
                       date(2019, 4, 5))
    second = _recalling("second", "A fire once gutted the market, residents recalled.",
                        date(2019, 4, 6))
    assert profile(first).place_named and profile(second).place_named
    assert same_event(profile(first), profile(second)) is not None
    # not another kind recalled at the place
    from eventwire.taxonomy import event_type
    other = replace(second, type=event_type("ARMED_CLASH"))
    assert same_event(profile(first), profile(other)) is None


def _history(doc: str, sentence: str, when: str, start: date, end: date, published: date,
             label: str = "ART_MISS_ATTACK") -> object:
    """A report recalling, with a date its sentence names (``when``), a happening in Homs
    years before ``published``, as a follow-up's background."""
    at = sentence.index(when)
    grain = MONTH if (end - start).days < 31 else YEAR
    return replace(report(doc, sentence, place=HOMS, label=label, actor=None, day=None,
                          published=published, confidence=0.8),
                   date=DateValue(start, end, grain, when, (at, at + len(when))),
                   background=True)


_FEB = (date(2022, 2, 1), date(2022, 2, 28))
_SEPT = date(2025, 9, 16)


@pytest.mark.parametrize("days_apart", [0, 1, 2, 7])
def test_a_weeks_outlets_recalling_one_dated_happening_of_history_are_one_story(days_apart):
    wire = _history("wire", "The base was last hit in February 2022, when a rocket killed a "
                    "mechanic.", "February 2022", *_FEB, _SEPT)
    follow = _history("follow", "Tamanhint has been targeted before: a rocket attack in "
                      "February 2022 killed a mechanic there.", "February 2022", *_FEB,
                      _SEPT + timedelta(days_apart))
    assert profile(wire).history and profile(follow).history
    assert same_event(profile(wire), profile(follow)) is not None
    assert len(merge([wire, follow])) == 1


def test_one_days_copies_of_a_recollection_of_history_are_one_story_whatever_its_grain():
    year = (date(2019, 1, 1), date(2019, 12, 31))
    wire = _history("wire", "The standoff has revived memories of 2019, when blockaders and "
                    "residents fought at Sacaba.", "2019", *year, _SEPT)
    copy = _history("copy", "The standoff revived memories of 2019, when blockaders and "
                    "residents fought at Sacaba.", "2019", *year, _SEPT)
    assert same_event(profile(wire), profile(copy)) is not None
    assert len(merge([wire, copy])) == 1
    # not a day later, nor another outlet's own words, nor another kind
    later = _history("later", "The standoff has revived memories of 2019, when blockaders and "
                     "residents fought at Sacaba.", "2019", *year, _SEPT + timedelta(1))
    own = _history("own", "In 2019 a rocket killed a mechanic at the base.", "2019", *year,
                   _SEPT)
    kind = replace(copy, type=event_type("ARMED_CLASH"))
    for other in (later, own, kind):
        assert same_event(profile(wire), profile(other)) is None, other.document.id


def test_recollections_of_history_stay_apart_unless_one_dated_month_kind_and_week():
    wire = _history("wire", "The base was last hit in February 2022, when a rocket killed a "
                    "mechanic.", "February 2022", *_FEB, _SEPT)
    cases = [
        # articles more than a week apart may recall two happenings
        _history("late", "A rocket attack in February 2022 killed a mechanic.",
                 "February 2022", *_FEB, _SEPT + timedelta(8)),
        # a year recalled may hold two happenings of one kind at one place
        _history("year", "A rocket attack in 2022 killed a mechanic.", "2022",
                 date(2022, 1, 1), date(2022, 12, 31), _SEPT),
        # another month
        _history("march", "A rocket attack in March 2022 killed a mechanic.", "March 2022",
                 date(2022, 3, 1), date(2022, 3, 31), _SEPT),
        # another kind
        _history("clash", "Fighting in February 2022 killed a mechanic.", "February 2022",
                 *_FEB, _SEPT, label="ARMED_CLASH"),
    ]
    for other in cases:
        assert same_event(profile(wire), profile(other)) is None, other.document.id
        assert len(merge([wire, other])) == 2, other.document.id
    # history never joins news, even news of the happening's own day
    news = report("news", "A rocket hit the base in Homs on Friday, killing a mechanic.",
                  label="ART_MISS_ATTACK", place=HOMS, actor=None, day=date(2022, 2, 4),
                  published=date(2022, 2, 4))
    assert same_event(profile(wire), profile(news)) is None
    assert len(merge([wire, news])) == 2
