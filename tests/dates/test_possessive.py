"""A day in the possessive before a word of the event's kind dates the event ("Saturday's
blast"), whatever date stands nearer the trigger; before a word of another kind it does not."""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.dates import event_date, find_timexes
from eventwire.dates.possessive import possessive_day
from eventwire.nlp import split_sentences

TUESDAY = date(2024, 3, 12)


def date_of(text: str, trigger: str, label: str | None, published: date | None = TUESDAY):
    sentence = split_sentences(text)[0]
    start = text.index(trigger)
    return event_date(find_timexes(text, published), sentence, (start, start + len(trigger)),
                      published, label)


@pytest.mark.parametrize(("text", "trigger", "label", "day"), [
    ("Residents of Kano on Monday buried the victims of Saturday's bomb attack on a mosque.",
     "buried", "REM_EXPLOS", "Saturday"),
    ("Sunday's blast at the market killed at least 20 people, police said on Monday.",
     "said", "REM_EXPLOS", "Sunday"),
    ("Mourners on Monday gathered for those killed in Friday’s suicide bombing in Bannu.",
     "gathered", "SUIC_BOMB", "Friday"),
    ("Officials on Monday raised the toll from last Thursday's deadly earthquake to 310.",
     "raised", "NATURAL_DISASTER", "last Thursday"),
    ("The army said on Sunday that Thursday's attack on its base had been repelled.",
     "said", "ARMED_CLASH", "Thursday"),
    ("Shopkeepers on Monday swept up glass after Saturday's riots in the port district.",
     "swept", "VIOL_DEMONSTR", "Saturday"),
    ("Detectives on Tuesday released footage of Sunday's armed robbery of a jeweller.",
     "released", "ORG_CRIME", "Sunday"),
])
def test_the_possessive_day_of_the_happening_dates_it(text, trigger, label, day):
    d = date_of(text, trigger, label)
    assert d.text == day
    assert text[d.span[0]:d.span[1]] == day


@pytest.mark.parametrize(("text", "trigger", "label", "day"), [
    # the noun is another happening: the sentence's own act keeps its day
    ("Police on Tuesday arrested three men over Friday's bombing of a bus in Quetta.",
     "arrested", "ARREST", "Tuesday"),
    ("Hundreds marched in Lahore on Monday to protest Saturday's killing of a journalist.",
     "marched", "PEACE_PROTEST", "Monday"),
    ("The government on Sunday blamed rebels for Thursday's attack on an army base.",
     "blamed", "ATTRIB", "Sunday"),
    ("Sunday's match passed calmly, but fans rioted in the city centre on Monday.",
     "rioted", "VIOL_DEMONSTR", "Monday"),
    ("Protesters on Monday marched against Friday's shooting of a teenager by police.",
     "marched", "PEACE_PROTEST", "Monday"),
    # a possessive that is no happening's day
    ("Gunmen on Monday attacked a convoy on the way to Saturday's election rally.",
     "attacked", "ATTACK", "Monday"),
])
def test_a_possessive_day_of_another_kind_of_happening_does_not(text, trigger, label, day):
    assert date_of(text, trigger, label).text == day


def test_without_a_label_the_nearest_date_wins():
    text = "Residents of Kano on Monday buried the victims of Saturday's bomb attack on a mosque."
    assert date_of(text, "buried", None).text == "Monday"


def test_an_unanchored_possessive_weekday_keeps_its_text():
    text = "Residents on Monday buried the victims of Saturday's bomb attack on a mosque."
    d = date_of(text, "buried", "REM_EXPLOS", published=None)
    assert d.start is None and d.text == "Saturday"


def test_a_possessive_month_or_year_is_no_day():
    text = "Residents on Monday recalled last year's bombing of the mosque."
    sentence = split_sentences(text)[0]
    assert possessive_day(find_timexes(text, TUESDAY), sentence, "REM_EXPLOS") is None


@pytest.mark.parametrize(("text", "trigger", "label", "day"), [
    # the act comes after the possessive's happening, and has its own day
    ("Rockets hit the airbase on Thursday, two days after Tuesday's shelling of its gate.",
     "Rockets", "ART_MISS_ATTACK", "Thursday"),
    ("Gunmen attacked a checkpoint late Friday, a day after Thursday's ambush on a patrol.",
     "attacked", "ATTACK", "late Friday"),
    ("A car bomb exploded in the square on Monday, hours after Sunday's attack on the mayor.",
     "exploded", "REM_EXPLOS", "Monday"),
    ("Jets pounded rebel positions on Wednesday following Monday's assault on the base.",
     "pounded", "AIR_STRIKE", "Wednesday"),
])
def test_the_day_of_a_happening_the_act_came_after_does_not(text, trigger, label, day):
    assert date_of(text, trigger, label).text == day


@pytest.mark.parametrize(("text", "trigger", "label", "day"), [
    # the phrase opens a clause of a few words that ends in the possessive day: a claim, a
    # statement, a report of the earlier happening
    ("Jets bombed the town on Saturday, after the group said it carried out Sunday's "
     "shooting at a market.", "bombed", "AIR_STRIKE", "Saturday"),
    ("Troops shelled rebel positions on Friday following claims that the rebels staged "
     "Wednesday's ambush.", "shelled", "ART_MISS_ATTACK", "Friday"),
    ("Police raided three houses in the district on Monday, a day after officials blamed "
     "the militia for Sunday's attack.", "raided", "ATTACK", "Monday"),
    # no day of the act's own before the phrase: the possessive day is its day
    ("Gunmen attacked the village again, after the army said on Tuesday that "
     "Monday's attack had killed ten.", "attacked", "ATTACK", "Monday"),
])
def test_a_possessive_day_closing_a_clause_of_what_came_before_is_not_the_acts(
        text, trigger, label, day):
    assert date_of(text, trigger, label).text == day


@pytest.mark.parametrize(("text", "trigger", "label"), [
    # "in the wake of" tells what came before too: no day of the act's own, none of it
    ("Warplanes bombard the city every day in the wake of last week's massacre in the capital.",
     "bombard", "AIR_STRIKE"),
    ("Drones struck the town in the aftermath of last month's bombing of the market.",
     "struck", "AIR_STRIKE"),
])
def test_in_the_wake_of_a_happening_its_day_is_not_the_acts(text, trigger, label):
    d = date_of(text, trigger, label)
    assert d is None or not d.text


@pytest.mark.parametrize(("text", "trigger", "label", "day"), [
    # the trigger is the happening of the phrase
    ("Shopkeepers cleared debris on Monday after Saturday's riots in the old town.",
     "riots", "VIOL_DEMONSTR", "Saturday"),
    ("Schools stayed shut on Tuesday, a day after Monday's bombing of a bus station.",
     "bombing", "REM_EXPLOS", "Monday"),
    # no day of the sentence's own before the phrase
    ("Rockets hit the airbase again, two days after Tuesday's shelling of its gate.",
     "Rockets", "ART_MISS_ATTACK", "Tuesday"),
])
def test_the_possessive_day_of_the_phrase_dates_its_own_happening(text, trigger, label, day):
    assert date_of(text, trigger, label).text == day


def test_words_before_the_phrase_that_tell_no_act_of_the_kind_leave_it_its_day():
    text = "Traders reopened their stalls on Monday, two days after Saturday's shelling."
    assert date_of(text, "reopened", "ART_MISS_ATTACK").text == "Saturday"
