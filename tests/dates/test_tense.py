"""Tense cues: the present simple of a timetable verb speaks of a scheduled future, unless it is
the historic present of a past story (eventwire/dates/tense.py and its use in find_timexes)."""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.dates import find_timexes
from eventwire.dates.tense import SCHEDULE_VERBS, has_past, narrates_past, tense_of

WEDNESDAY = date(2024, 5, 15)


def value_of(text: str, words: str, anchor: date = WEDNESDAY) -> str | None:
    found = [t for t in find_timexes(text, anchor) if t.text == words]
    assert len(found) == 1, find_timexes(text, anchor)
    return found[0].value


@pytest.mark.parametrize(("text", "words", "value"), [
    ("Voting ends in August.", "August", "2024-08"),
    ("The ceasefire expires on Friday.", "Friday", "2024-05-17"),
    ("Polls close at 8 pm on Sunday.", "8 pm on Sunday", "2024-05-19T20:00"),
    ("The talks open Monday.", "Monday", "2024-05-20"),
    ("Negotiations resume on Thursday in Doha.", "Thursday", "2024-05-16"),
    ("The museum reopens in March after a fire.", "March", "2025-03"),
    ("The new law comes into force on 1 July.", "1 July", "2024-07-01"),
    ("The festival kicks off on Saturday.", "Saturday", "2024-05-18"),
    ("They convene in Brussels on Tuesday.", "Tuesday", "2024-05-21"),
    ("The deadline is Friday.", "Friday", "2024-05-17"),
    ("The run-off is on June 9.", "June 9", "2024-06-09"),
    ("Officials said the school year starts in September.", "September", "2024-09"),
    ("Registration began in March and finishes in July.", "July", "2024-07"),
])
def test_a_timetable_in_the_present_is_the_future(text, words, value):
    assert value_of(text, words) == value


@pytest.mark.parametrize(("text", "words", "value"), [
    ("Voting ended in August.", "August", "2023-08"),
    ("The ceasefire expired on Friday.", "Friday", "2024-05-10"),
    ("Polls closed at 8 pm on Sunday.", "8 pm on Sunday", "2024-05-12T20:00"),
    ("Registration began in March and finishes in July.", "March", "2024-03"),
    # adjectives and idioms, not timetables
    ("The army kept the crossings open on Sunday.", "Sunday", "2024-05-12"),
    ("The shop was open on Sunday.", "Sunday", "2024-05-12"),
    ("Soldiers open fire on protesters on Tuesday.", "Tuesday", "2024-05-14"),
    ("Loose ends remained in April.", "April", "2024-04"),
    # the present of a report is no timetable
    ("The president says troops shot three men on Monday.", "Monday", "2024-05-13"),
    ("The death toll from Friday's attack is 30.", "Friday", "2024-05-10"),
    ("Rebels seize a town on Monday.", "Monday", "2024-05-13"),
])
def test_past_and_report_tenses_stay_past(text, words, value):
    assert value_of(text, words) == value


def test_the_historic_present_carries_a_past_story_on():
    text = ("Delegates reached Geneva on Sunday. The talks open Monday amid renewed shelling. "
            "Both delegations walked out before lunch.")
    assert value_of(text, "Monday") == "2024-05-13"


def test_a_timetable_in_a_past_story_that_would_go_back_in_time_is_the_future():
    text = ("The commission published the timetable on Monday. The count begins in June. "
            "Turnout was low in 2019.")
    assert value_of(text, "June") == "2024-06"


def test_without_a_named_day_there_is_no_story_to_carry_on():
    text = "Fighting flared in the north. The talks open Monday. Both sides traded blame."
    assert value_of(text, "Monday") == "2024-05-20"


def test_a_past_verb_in_the_sentence_keeps_the_writer_s_present():
    text = ("The board met on Monday. Officials said voting ends in August. "
            "Turnout was low last time.")
    assert value_of(text, "August") == "2024-08"


@pytest.mark.parametrize("verb", SCHEDULE_VERBS)
def test_every_timetable_verb_is_a_cue_in_both_forms(verb):
    head, _, rest = verb.partition(" ")
    third = head + ("es" if head.endswith(("s", "sh", "ch", "x")) else "s")
    for sentence in (f"The session {third} {rest} on Friday.".replace("  ", " "),
                     f"The sessions {verb} on Friday."):
        at = sentence.index("Friday")
        assert tense_of(sentence, at, at + 6) == (1, True), sentence


def test_narrates_past():
    assert narrates_past("Troops shelled the town.")
    assert not narrates_past("Troops will shell the town.")
    assert not narrates_past("Shelling ends at noon, officials said.")
    assert not narrates_past("The town is quiet.")


# WEDNESDAY is 2024-05-15: last Monday 05-13, next Monday 05-20.
@pytest.mark.parametrize(("text", "words", "value"), [
    # a plan, a proposal or a decision in the protest's purpose is not the protest's tense
    ("Parents picketed the school gates on Monday over plans to merge two schools.", "Monday",
     "2024-05-13"),
    ("Nurses rallied outside the assembly on Monday against a proposal to freeze pay next year.",
     "Monday", "2024-05-13"),
    ("Farmers blocked the bypass on Monday in protest at plans to cut fuel subsidies.", "Monday",
     "2024-05-13"),
    ("About 60 tenants protested on Monday about rents that are set to rise in June.", "Monday",
     "2024-05-13"),
    ("Dockers walked out on Monday amid fears that the port will be sold.", "Monday",
     "2024-05-13"),
    # a relative clause describes the thing, not the act the day goes with
    ("The ministers signed an accord on Monday that will come into force in July.", "Monday",
     "2024-05-13"),
    ("The rebels agreed to a truce on Monday which is expected to hold.", "Monday",
     "2024-05-13"),
    ("Crowds filled the square on Monday, where a statue is due to be unveiled.", "Monday",
     "2024-05-13"),
    # a participle after a comma, an infinitive of purpose
    ("Villagers marched on Monday, saying the dam would flood their fields.", "Monday",
     "2024-05-13"),
    ("Students occupied the library on Monday to oppose plans to charge fees.", "Monday",
     "2024-05-13"),
    # a date inside the dependent phrase takes its tense from there
    ("Residents protested on Monday over plans to close the clinic in July.", "July",
     "2024-07"),
])
def test_a_cue_in_the_purpose_or_a_relative_clause_does_not_date_the_main_verb(text, words,
                                                                               value):
    assert value_of(text, words) == value


@pytest.mark.parametrize(("text", "words", "value"), [
    ("Workers will strike on Monday over plans to cut pensions.", "Monday", "2024-05-20"),
    ("Tenants plan to march on Monday against the eviction.", "Monday", "2024-05-20"),
    ("The talks open on Monday, when the envoys will meet.", "Monday", "2024-05-20"),
    ("The vote on Monday will decide the leadership.", "Monday", "2024-05-20"),
    ("On Monday, after weeks of talks, the two sides will sign the deal.", "Monday",
     "2024-05-20"),
    ("The ministers will meet on Monday to discuss plans that were drafted in April.",
     "Monday", "2024-05-20"),
    # the day dates a noun inside a phrase: the nearest cue as before
    ("The minister vowed she would seek no revenge for the raid on Monday, which she said left "
     "nine dead.", "Monday", "2024-05-13"),
])
def test_the_main_verb_s_own_future_and_a_day_inside_a_phrase_are_kept(text, words, value):
    assert value_of(text, words) == value


@pytest.mark.parametrize("verb", ["agreed", "freed", "guaranteed", "decreed", "succeeded"])
def test_past_forms_in_eed_are_past(verb):
    assert has_past(f"The two sides {verb} on Friday.")


@pytest.mark.parametrize("word", ["need", "speed", "proceed", "indeed", "seed"])
def test_words_in_eed_that_are_no_past_are_no_cue(word):
    assert not has_past(f"They {word} it on Friday.")


# WEDNESDAY is 2024-05-15: last Monday 05-13, next Monday 05-20.
@pytest.mark.parametrize(("text", "words", "value"), [
    # a relative clause's own verb before the day, whatever the main verb's tense after it
    ("The gunmen, who raided a fuel depot outside the port on Monday evening, will be tried "
     "in June.", "Monday evening", "2024-05-13TEV"),
    ("Families who fled the rising waters of the river on Monday night plan to go home.",
     "Monday night", "2024-05-13TNI"),
    ("Sailors whose trawler sank off the northern cape on Sunday morning are expected home.",
     "Sunday morning", "2024-05-12TMO"),
    # the stretch between clause breaks: its own verb, not one across a comma
    ("The envoy will fly to the talks in Juba on Friday, her office said.", "Friday",
     "2024-05-17"),
    ("Looters smashed the windows of 1,000 shops on Monday night, and repairs will take weeks.",
     "Monday night", "2024-05-13TNI"),
    # a relative clause's future stays the future
    ("The mediator, who will arrive on Friday, met rebels in March.", "Friday", "2024-05-17"),
    # a condition's participle is no past ("if needed")
    ("The panel is due to sit on Monday, and on Tuesday if needed.", "Tuesday", "2024-05-21"),
])
def test_the_clause_a_day_is_told_in_gives_its_tense(text, words, value):
    assert value_of(text, words) == value


@pytest.mark.parametrize(("text", "words", "value"), [
    # no verb in the day's stretch: the nearest cue, as before
    ("On Monday evening, the two sides will meet again.", "Monday evening", "2024-05-20TEV"),
    ("Speaking on Monday, the minister said troops had withdrawn.", "Monday", "2024-05-13"),
    # headlines in the present, a present perfect: no future
    ("Police arrest 40 at rally on Monday evening", "Monday evening", "2024-05-13TEV"),
    ("Police have detained 40 people on Monday evening.", "Monday evening", "2024-05-13TEV"),
])
def test_a_stretch_without_a_verb_keeps_the_nearest_cue(text, words, value):
    assert value_of(text, words) == value
