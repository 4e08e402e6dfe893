"""One act told again on other days in its own sentence (dates.repeats)."""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.dates import event_date, find_timexes
from eventwire.dates.repeats import counts_of_day, repeated_days
from eventwire.nlp import split_sentences
from eventwire.records import Count, Counts, DateValue

THURSDAY = date(2023, 9, 14)


def days_of(text: str, trigger: str) -> list[str]:
    """The texts of the days ``trigger``'s act is told on (empty: one day)."""
    timexes = find_timexes(text, THURSDAY)
    start = text.index(trigger)
    sentence = next(s for s in split_sentences(text) if s.start <= start < s.end)
    when = event_date(timexes, sentence, (start, start + len(trigger)), THURSDAY)
    return [d.text for d in repeated_days(timexes, sentence, when)]


@pytest.mark.parametrize(("text", "trigger", "days"), [
    ("Artillery pounded the river port on Sunday night and again on Tuesday, officials said.",
     "pounded", ["Sunday night", "Tuesday"]),
    ("Jets bombed a depot outside the town on Monday, killing five, and again on Wednesday, "
     "when a missile hit a fuel truck.", "bombed", ["Monday", "Wednesday"]),
    ("Jets bombed a depot outside the town on Monday, killing five, and again on Wednesday, "
     "when a missile hit a fuel truck.", "missile", ["Monday", "Wednesday"]),
    ("Herders and farmers fought near the well on Friday and Saturday.", "fought",
     ["Friday", "Saturday"]),
    ("Herders and farmers fought near the well on Friday and on Saturday.", "fought",
     ["Friday", "Saturday"]),
    ("Students blocked the ring road on Monday and once more on Wednesday.", "blocked",
     ["Monday", "Wednesday"]),
    ("The militia raided the camp on Tuesday and then again on Thursday morning.", "raided",
     ["Tuesday", "Thursday morning"]),
    # the act told again by a verb of its own
    ("Drones struck a depot near the port on Sunday and hit the town again on Tuesday.",
     "struck", ["Sunday", "Tuesday"]),
    ("Gunners shelled the market on Monday and shelled it again on Wednesday.", "Gunners",
     ["Monday", "Wednesday"]),
])
def test_an_act_told_again_on_other_days_is_told_on_each(text, trigger, days):
    assert days_of(text, trigger) == days


@pytest.mark.parametrize(("text", "trigger"), [
    # a span of days is one event told as a range
    ("Gunners shelled the suburbs between Friday and Sunday, killing four.", "shelled"),
    ("Fighting raged around the airport from Monday to Wednesday.", "Fighting"),
    # a night running into the next morning is one happening
    ("Drones struck the harbour on Saturday night and Sunday morning, the navy said.",
     "struck"),
    # one day, named once
    ("Rebels ambushed a patrol on Wednesday near the dam.", "ambushed"),
    # the other day is another verb's, not a repetition
    ("Rebels ambushed a patrol on Monday and the army hit back on Tuesday.", "ambushed"),
    ("Rebels ambushed a patrol on Monday and the army hit back again on Tuesday.",
     "ambushed"),
    ("Rebels ambushed a patrol on Monday and police fired again on Tuesday.", "ambushed"),
    ("Rebels ambushed a patrol on Monday; talks resumed on Tuesday.", "ambushed"),
    ("Rebels ambushed a patrol on Sunday and Monday's market stayed shut.", "ambushed"),
    # a day with its date is one day
    ("Rebels ambushed a patrol on Monday, September 11, near the dam.", "ambushed"),
    # no day read in the sentence
    ("Rebels ambushed a patrol near the dam, and again near the bridge.", "ambushed"),
])
def test_one_day_or_a_span_is_one_event(text, trigger):
    assert days_of(text, trigger) == []


def test_a_row_of_more_days_than_a_sentence_tells_one_act_on_is_a_chronology():
    text = ("Gunmen attacked the village on Monday, and again on Tuesday, and again on "
            "Wednesday, and again on Thursday.")
    assert days_of(text, "attacked") == []


def _day(text: str, at: int) -> DateValue:
    return DateValue(THURSDAY, THURSDAY, 1, text, (at, at + len(text)))


def test_a_figure_belongs_to_the_day_named_last_before_it():
    days = (_day("Monday", 30), _day("Wednesday", 70))
    before_both = Count(2, 2, 2, "two", (10, 13))
    after_first = Count(5, 5, 5, "killing five", (40, 52))
    after_second = Count(3, 3, 3, "three hurt", (90, 100))
    counts = Counts(fatalities=after_first, injured=after_second, arrested=before_both)
    first, second = counts_of_day(counts, days, 0), counts_of_day(counts, days, 1)
    assert (first.fatalities, first.injured, first.arrested) == (after_first, None, before_both)
    assert (second.fatalities, second.injured, second.arrested) == (None, after_second, None)


@pytest.mark.parametrize(("text", "trigger", "days"), [
    # the doers coming back on another day to do harm again
    ("Gunmen stormed two neighbourhoods of the town late on Sunday, and returned on Tuesday "
     "morning to kill three people waiting for a bus.", "stormed",
     ["late on Sunday", "Tuesday morning"]),
    ("Fighters raided the village on Friday night and came back on Sunday to kill four "
     "farmers, residents said.", "raided", ["Friday night", "Sunday"]),
    ("Bandits attacked the market on Monday, and they returned on Wednesday, burning the "
     "remaining stalls.", "attacked", ["Monday", "Wednesday"]),
    ("Militiamen looted the camp on Tuesday and then came back on Thursday to abduct six "
     "women.", "looted", ["Tuesday", "Thursday"]),
])
def test_doers_coming_back_to_do_harm_again_tell_the_act_on_each_day(text, trigger, days):
    assert days_of(text, trigger) == days


@pytest.mark.parametrize(("text", "trigger"), [
    # hard negatives: coming back to find, bury or rebuild; others coming back; coming back
    # somewhere with no harm told
    ("Fighters raided the village on Friday, killing two, and returned on Sunday to find it "
     "empty.", "raided"),
    ("Fighters raided the village on Friday, killing two, and residents returned on Sunday "
     "to bury the dead.", "raided"),
    ("Gunmen attacked the town on Monday and returned to their camp on Tuesday.", "attacked"),
    ("Troops shelled the ridge on Monday and returned on Wednesday, the army said.",
     "shelled"),
])
def test_coming_back_without_harm_or_by_others_is_no_other_day_of_the_act(text, trigger):
    assert days_of(text, trigger) == []
