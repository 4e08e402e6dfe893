"""An event's date: its own sentence first, then the article context."""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.dates import event_date, find_timexes
from eventwire.nlp import split_sentences

TUESDAY = date(2015, 11, 17)


def date_of(text: str, trigger: str, published: date | None = TUESDAY, index: int | None = None):
    sentences = split_sentences(text)
    start = text.index(trigger)
    sentence = next(s for s in sentences if s.start <= start < s.end) if index is None \
        else sentences[index]
    return event_date(find_timexes(text, published), sentence,
                      (start, start + len(trigger)), published)


def test_the_nearest_date_of_the_sentence_wins():
    text = "A week after the vote on Sunday, gunmen attacked a bus on Friday near the border."
    d = date_of(text, "attacked")
    assert (d.start, d.precision, d.text) == (date(2015, 11, 13), 1, "Friday")
    assert text[d.span[0]:d.span[1]] == "Friday"


def test_background_and_durations_are_not_the_event_date():
    d = date_of("The militants, who have held the city since early 2014, shelled a school.",
                "shelled")
    assert d.text == "" and d.end == TUESDAY and d.precision == 2


@pytest.mark.parametrize(("text", "trigger"), [
    ("Troops returned fire and the battle lasted for about two hours, he said.", "battle"),
    ("The gunmen fired on the post for 40 minutes before they fled.", "fired"),
    ("Protesters blocked the highway for six hours.", "blocked"),
    ("The clash went on for nearly an hour, residents said.", "clash"),
])
def test_a_length_of_hours_or_minutes_says_how_long_not_when(text, trigger):
    d = date_of(text, trigger)
    assert d.text == "" and d.end == TUESDAY


def test_a_length_of_days_still_dates_an_action_up_to_the_report():
    d = date_of("Rebels have shelled the town for three days.", "shelled")
    assert d.text == "three days" and d.end == TUESDAY and d.start == date(2015, 11, 14)


def test_a_recent_start_dates_an_ongoing_action():
    d = date_of("Activists say the militants have been arresting men since late October.",
                "arresting")
    assert (d.start, d.end, d.precision, d.text) == (date(2015, 10, 21), TUESDAY, 3,
                                                     "late October")


def test_for_months_is_a_range_up_to_the_report():
    d = date_of("For months, rebels have been advancing toward the city.", "advancing")
    assert d.end == TUESDAY and d.precision == 3 and d.text == "months"
    assert (TUESDAY - d.start).days > 31


def test_present_tense_reports_are_dated_to_the_days_before_publication():
    d = date_of("Airstrikes are pounding the city and residents are fleeing.", "Airstrikes")
    assert d.end == TUESDAY and d.precision == 2 and (TUESDAY - d.start).days <= 7


def test_undated_past_events_get_month_precision():
    d = date_of("Rebels seized a police station and burned it.", "seized")
    assert d.end == TUESDAY and d.precision == 3


def test_without_a_publication_date_relative_dates_keep_their_text():
    d = date_of("Rebels shelled the base on Friday.", "shelled", published=None)
    assert d.start is None and d.end is None and d.text == "Friday"


def test_without_a_publication_date_or_a_date_there_is_none():
    assert date_of("Rebels shelled the base.", "shelled", published=None) is None


@pytest.mark.parametrize(("text", "start"), [
    ("The court said it convicted him on 3 March 2011.", date(2011, 3, 3)),
    ("Police said the bombing on Sunday killed four.", date(2015, 11, 15)),
])
def test_dates_of_the_sentence(text, start):
    assert date_of(text, text.split()[3]).start == start


def test_a_date_in_a_relative_clause_after_the_trigger_is_not_the_events():
    from datetime import date

    from eventwire.dates import event_date, find_timexes
    from eventwire.records import Sentence

    text = ("Jets raided the town, killing four, aid workers said of the army, "
            "which has besieged it since early March.")
    anchor = date(2021, 4, 6)
    sentence = Sentence(text, 0, len(text))
    trigger = (text.index("raided"), text.index("raided") + 6)
    got = event_date(find_timexes(text, anchor), sentence, trigger, anchor)
    assert got is not None and got.text == ""          # the report's window, not March
    before = "Since early March, jets raided the town, killing four."
    got = event_date(find_timexes(before, anchor), Sentence(before, 0, len(before)),
                     (before.index("raided"), before.index("raided") + 6), anchor)
    assert got is not None and got.text == "early March"


@pytest.mark.parametrize("published", [date(1, 1, 1), date(1, 1, 3), date(9999, 12, 31)])
def test_publication_dates_at_the_ends_of_the_calendar_never_fail(published):
    text = ("Gunmen killed 12 people in Kabul. For weeks, rebels have shelled the town. "
            "Police arrested 3 people yesterday. Troops will attack next week.")
    for trigger in ("killed", "shelled", "arrested", "attack"):
        d = date_of(text, trigger, published)
        assert d is None or d.start is None or date.min <= d.start <= d.end <= date.max
    window = date_of("Gunmen killed 12 people in Kabul.", "killed", date(1, 1, 1))
    assert (window.start, window.end) == (date(1, 1, 1), date(1, 1, 1))


@pytest.mark.parametrize(("text", "trigger", "start", "end", "precision"), [
    # the night before a report: the evening before and the publication day
    ("Militants shelled the airport overnight, officials said.", "shelled",
     date(2015, 11, 16), TUESDAY, 2),
    ("Drones hit a depot overnight into Sunday.", "hit", date(2015, 11, 14),
     date(2015, 11, 15), 2),
    ("Troops raided the camp at dawn, killing two.", "raided", TUESDAY, TUESDAY, 1),
    ("Gunmen attacked the post before dawn on Saturday.", "attacked", date(2015, 11, 14),
     date(2015, 11, 14), 1),
    ("The blast struck in the early hours of Monday.", "blast", date(2015, 11, 16),
     date(2015, 11, 16), 1),
])
def test_times_of_day_date_an_event(text, trigger, start, end, precision):
    d = date_of(text, trigger)
    assert (d.start, d.end, d.precision) == (start, end, precision)


@pytest.mark.parametrize(("text", "trigger"), [
    ("Gunmen attacked a checkpoint on the anniversary of the 9/11 attacks.", "attacked"),
    ("Two men linked to the 7/7 bombings were arrested.", "arrested"),
    ("Police detained a suspect in the 26/11 case.", "detained"),
])
def test_a_named_attack_does_not_date_the_event(text, trigger):
    d = date_of(text, trigger)
    assert d.text == "" and d.end == TUESDAY and (d.start.month, d.start.day) != (9, 11)


def test_a_named_attack_leaves_the_real_date_to_the_event():
    d = date_of("On Sunday, gunmen attacked a memorial to the 9/11 victims.", "attacked")
    assert (d.start, d.text) == (date(2015, 11, 15), "Sunday")


def test_a_scheduled_event_is_dated_after_the_report():
    d = date_of("The ceasefire expires on Friday, the mediators said.", "expires")
    assert d.start == date(2015, 11, 20) and d.precision == 1


@pytest.mark.parametrize(("text", "trigger", "start"), [
    # an attributive date dates the noun it names ...
    ("The November 2 raid killed five people.", "raid", date(2015, 11, 2)),
    ("Survivors of the 2014 chemical attack testified.", "attack", date(2014, 1, 1)),
    # ... not the sentence's other events
    ("Gunmen attacked a checkpoint on the anniversary of the September 11 attacks.",
     "attacked", None),
    ("Police arrested a suspect in the November 2 raid.", "arrested", None),
    ("Militants posted a 2014 propaganda video.", "posted", None),
    ("Rebels marked the 11 September attacks by shelling the airport.", "shelling", None),
])
def test_an_attributive_date_dates_only_its_noun(text, trigger, start):
    d = date_of(text, trigger)
    if start is None:
        assert d.text == "" and d.end == TUESDAY
    else:
        assert d.start == start


# TUESDAY is 2015-11-17: last Sunday 11-15, last Monday 11-16.
@pytest.mark.parametrize(("text", "trigger", "start"), [
    # a time of day in its clause with a day named after it: that day
    ("Police seized 40 rifles in dawn raids across Mosul on Sunday.", "seized",
     date(2015, 11, 15)),
    ("Gunmen ambushed a patrol after dark near Arish on Monday, officials said.", "ambushed",
     date(2015, 11, 16)),
    # a time of day in a quotation is the speaker's: the act is dated by the saying's day
    ('"We have halted all strikes from midnight," the envoy said after talks in Muscat on '
     'Sunday.', "halted", date(2015, 11, 15)),
    ("\u201cThe militia came at 4 a.m. and burned the granary,\u201d a farmer said by phone "
     "from a camp on Monday.", "burned", date(2015, 11, 16)),
    # with no other date, the quoted time of day still dates it
    ('"They came at dawn," a farmer said.', "came", TUESDAY),
])
def test_a_time_of_day_defers_to_the_named_day(text, trigger, start):
    d = date_of(text, trigger)
    assert (d.start, d.end) == (start, start)


@pytest.mark.parametrize("text", [
    "On Wednesday last week, gunmen killed six people at the market.",
    "Last week, on Wednesday, gunmen killed six people at the market.",
    "Gunmen killed six people at the market on Wednesday of last week.",
    "Gunmen killed six people at the market last week on Wednesday.",
])
def test_a_day_written_beside_its_week_is_the_date(text):
    d = date_of(text, "killed")                         # published on a Tuesday
    assert (d.start, d.precision, d.text) == (date(2015, 11, 11), 1, "Wednesday")


def test_a_week_with_another_acts_day_stays_the_week():
    d = date_of("Gunmen killed six people at the market last week, police said on Monday.",
                "killed")
    assert (d.precision, d.text) == (2, "last week")


@pytest.mark.parametrize(("text", "trigger", "day"), [
    ("The army said on Wednesday that troops retook the town on Monday.", "retook",
     date(2015, 11, 16)),
    ("The army said on Wednesday it had regained control of the villages on Monday.",
     "regained", date(2015, 11, 16)),
    ("Officials told reporters on Tuesday that rebels had seized the town on Sunday.", "seized",
     date(2015, 11, 15)),
    # the saying's day still dates an event whose clause names none
    ("Police said on Monday that gunmen killed five people in the town.", "killed",
     date(2015, 11, 16)),
    ("Gunmen killed five people on Sunday, police said on Monday.", "killed", date(2015, 11, 15)),
    # the saying closing the sentence, whatever clause the parser hangs the act's words on
    ("Fighting between two of the port's strongest armed groups killed at least 12 people "
     "overnight in the old district, the health ministry said on Tuesday.", "Fighting",
     date(2015, 11, 16)),
    ("Rival militias fought with heavy weapons in the suburbs on Sunday night, residents "
     "told reporters on Monday.", "fought", date(2015, 11, 15)),
    # the saying that is the event keeps its day
    ("The group claimed on Monday the bombing of the pipeline.", "claimed", date(2015, 11, 16)),
])
def test_the_reported_clauses_day_outranks_the_sayings(text, trigger, day):
    from eventwire.nlp import load_pipeline
    sentence = split_sentences(text)[0]
    start = text.index(trigger)
    d = event_date(find_timexes(text, TUESDAY), sentence, (start, start + len(trigger)),
                   TUESDAY, parsed=load_pipeline()(text))
    assert d.start == day


@pytest.mark.parametrize(("text", "trigger", "day"), [
    # the day a truce held is not the day it was made
    ("The truce between the army and the militia held for a second day on Monday, after "
     "elders brought the two sides together on Saturday to sign it.", "truce",
     date(2015, 11, 14)),
    ("A ceasefire in the northern hills was largely holding on Monday, aid workers said.",
     "ceasefire", None),
    ("The prisoner swap agreement remained in force on Monday despite the shelling.",
     "agreement", None),
    # the day one was made or signed, or another label's day, is kept
    ("The army and the militia signed a truce on Monday at a school in the valley.", "truce",
     date(2015, 11, 16)),
    ("The two sides agreed a ceasefire on Monday that held through the night.", "ceasefire",
     date(2015, 11, 16)),
])
def test_an_agreements_day_is_the_day_it_was_made_not_kept(text, trigger, day):
    from eventwire.nlp import load_pipeline
    sentence = split_sentences(text)[0]
    start = text.index(trigger)
    d = event_date(find_timexes(text, TUESDAY), sentence, (start, start + len(trigger)),
                   TUESDAY, "AGREEMENT", parsed=load_pipeline()(text))
    assert (d.start if d.text else None) == day


@pytest.mark.parametrize(("text", "trigger", "start", "words"), [
    # a time after "since", "until" or "before" that a clause of "when" then tells dates that
    # clause's act
    ("The town has been quiet since March 3, when gunmen killed four traders at the market.",
     "killed", date(2015, 3, 3), "March 3"),
    ("Schools stayed shut until October 2, when troops retook the district.", "retook",
     date(2015, 10, 2), "October 2"),
    ("Nobody had been hurt there before 2012, when a bomb hit the bus station.", "bomb",
     date(2012, 1, 1), "2012"),
])
def test_a_background_time_a_when_clause_tells_dates_its_act(text, trigger, start, words):
    d = date_of(text, trigger)
    assert (d.start, d.text) == (start, words)


def test_a_background_time_with_no_when_clause_still_dates_nothing():
    d = date_of("The town has been quiet since March 3, and gunmen killed four traders.",
                "killed")
    assert d.text == "" and d.end == TUESDAY


def test_a_day_in_the_possessive_after_by_names_the_agent_not_a_deadline():
    d = date_of("Four people were killed by yesterday's missile on the station.", "missile")
    assert (d.start, d.text) == (date(2015, 11, 16), "yesterday")
    d = date_of("Two men were wounded by Sunday's blast, police said.", "blast")
    assert (d.start, d.text) == (date(2015, 11, 15), "Sunday")
    # a deadline: no event date
    d = date_of("Troops must leave the town by Sunday, the ministry said.", "leave")
    assert d.text == ""


@pytest.mark.parametrize(("text", "trigger", "start"), [
    ("Gunmen entered the village shortly before midnight on Saturday, shooting residents.",
     "entered", date(2015, 11, 14)),
    ("The bomb went off just before 11 pm on Friday near the market.", "went off",
     date(2015, 11, 13)),
    ("Rebels overran the post before dawn on Monday, the army said.", "overran",
     date(2015, 11, 16)),
    ("By midnight on Sunday, rioters had burned three police stations.", "burned",
     date(2015, 11, 15)),
])
def test_a_time_of_day_just_before_or_by_dates_the_act_to_its_day(text, trigger, start):
    d = date_of(text, trigger)
    assert (d.start, d.precision) == (start, 1)


@pytest.mark.parametrize(("text", "trigger"), [
    # a day, not a time of day, after "before" or "by" stays a deadline or background
    ("Troops must leave the town before Saturday, the ministry said.", "leave"),
    ("The ceasefire must hold until midnight on Saturday, the envoy said.", "hold"),
])
def test_a_day_before_or_until_is_still_no_event_date(text, trigger):
    assert date_of(text, trigger).text == ""
