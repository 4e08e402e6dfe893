"""Unrest told over several nights: how far back a report says it began, and what that does
to its window and to merging the nights' reports."""

from __future__ import annotations

from datetime import timedelta

import pytest
from merge_builders import FRIDAY, HOMS, RAQQA, report

from eventwire.merge import merge, reports
from eventwire.merge.evidence import date_feature, profile
from eventwire.merge.spells import LONGEST_SPELL_DAYS, days_back


@pytest.mark.parametrize(("sentence", "back"), [
    ("Rioting broke out for a second night in the suburb on Sunday.", 1),
    ("Shopkeepers swept up glass after three nights of rioting.", 3),
    ("There has been another night of violence in the port city.", 1),
    ("Protesters gathered for a third straight day outside parliament.", 2),
    ("Youths clashed with police for the fifth consecutive night of unrest.", 4),
    ("It was the 3rd night of disturbances in the district.", 2),
    ("Police made arrests on the second night in a row.", 1),
])
def test_a_spell_of_unrest_reaches_back(sentence, back):
    assert days_back(sentence) == back


@pytest.mark.parametrize("sentence", [
    "The defence rested on the third day of the trial.",
    "A second day of talks ended without agreement.",
    "On the second day of the festival, rioters clashed with police.",   # the festival's
    "Two days of heavy rain flooded the valley.",
    "Soldiers died in the second day of fighting for the hill.",
    "Protests entered their twentieth day on Monday.",
    f"Students marked {LONGEST_SPELL_DAYS + 6} days of protests in the square.",
])
def test_other_ordinals_and_long_campaigns_are_no_spell(sentence):
    assert days_back(sentence) == 0


_SAT, _SUN = FRIDAY + timedelta(1), FRIDAY + timedelta(2)


def _riot(doc: str, sentence: str, day, place=RAQQA):
    return report(doc, sentence, label="VIOL_DEMONSTR", place=place, day=day, published=day,
                  actor=None)


def test_a_second_nights_report_spans_both_nights_and_a_first_nights_does_not():
    first = profile(_riot("a", "Youths burned cars and stoned police on Saturday night.", _SAT))
    second = profile(_riot("b", "Rioting broke out for a second night on Sunday.", _SUN))
    assert first.window == (_SAT, _SAT) and first.exact_day
    assert second.window == (_SAT, _SUN) and not second.exact_day
    assert date_feature(first, second) == 0.5            # overlapping, no longer a veto


def test_the_same_words_of_another_kind_read_no_spell():
    # a spell is read for riots and protests only: an air strike's "second day" keeps its day
    strike = profile(report("c", "Jets struck the town for a second day of violence.",
                            day=_SUN, published=_SUN))
    assert strike.window == (_SUN, _SUN)


def test_the_nights_of_one_riot_merge_and_another_citys_riot_of_the_same_night_does_not():
    nights = [
        _riot("wire1", "Youths torched cars and threw stones at police on Saturday night.", _SAT),
        _riot("wire2", "Rioting broke out for a second night on Sunday, with a bus burned.", _SUN),
        _riot("local", "Residents swept up glass after two nights of rioting.",
              _SUN + timedelta(1)),
    ]
    elsewhere = _riot("other", "Youths threw stones at police and burned bins on Sunday night.",
                      _SUN, place=HOMS)
    events = merge([*nights, elsewhere])
    docs = sorted(sorted(m.document.id for m in reports(e)) for e in events)
    assert ["local", "wire1", "wire2"] in docs
    assert ["other"] in docs


def test_two_nights_no_report_ties_together_stay_two_events():
    a = _riot("a", "Youths torched cars and threw stones at police on Saturday night.", _SAT)
    b = _riot("b", "Youths torched cars and threw stones at police on Sunday night.", _SUN)
    assert len(merge([a, b])) == 2


def test_a_spell_reaches_back_no_further_than_the_nights_it_names():
    # a second night's report spans one night back, not to last week's riot at the place
    week_before = _riot("old", "Youths torched cars and threw stones at police on Saturday.",
                        _SAT - timedelta(7))
    second = _riot("new", "Rioting broke out for a second night on Sunday, with a bus burned.",
                   _SUN)
    assert date_feature(profile(week_before), profile(second)) is None
    assert len(merge([week_before, second])) == 2
