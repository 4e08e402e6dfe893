"""A holiday's name as a time ("on Christmas Day", "over Easter") or as the modifier of a noun
("a Christmas market", "Easter parade route"), which names a thing and dates no event but that
noun (eventwire/dates/holidays.py, the roles of find_timexes and event_date)."""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.dates import event_date, find_timexes
from eventwire.dates.holidays import is_holiday, modifies_a_noun
from eventwire.nlp import split_sentences

FRIDAY = date(2025, 3, 14)      # last Tuesday 03-11; last Christmas 2024-12-25


def role_of(text: str, words: str) -> str:
    (tx,) = [t for t in find_timexes(text, FRIDAY) if t.text == words]
    return tx.role


@pytest.mark.parametrize("text", [
    "A lorry ploughed into a Christmas market in Magdeburg.",
    "Pickpockets targeted Christmas shoppers in Leeds.",
    "Vandals tore down Easter decorations outside the church.",
    "Police broke up a Halloween party in Ghent.",
    "Scuffles broke out during Diwali celebrations in Leicester.",
    "Bailiffs seized the Boxing Day takings of the pub.",
])
def test_a_holiday_before_a_noun_modifies_it(text):
    (tx,) = find_timexes(text, FRIDAY)
    assert tx.role == "attributive" or tx.value == "XXXX-XX-XX", tx


@pytest.mark.parametrize(("text", "words"), [
    ("Gunmen attacked a church on Christmas Day.", "Christmas Day"),
    ("Rebels shelled the town over Easter, killing 20.", "Easter"),
    ("Police arrested 40 people at Christmas, officials said.", "Christmas"),
    ("Troops attacked the base on Christmas morning.", "Christmas"),
    ("Looters struck during the Christmas holidays.", "Christmas"),
    ("Shops were shut over the Easter weekend.", "Easter"),
    ("Fighting flared ahead of Christmas and the New Year.", "Christmas"),
    ("Christmas fell on a Wednesday.", "Christmas"),
])
def test_a_holiday_told_as_a_time_is_a_point(text, words):
    assert role_of(text, words) == "point"


def test_the_words_after_a_name():
    text = "at a Christmas market, at Christmas, at Christmas time"
    ends = [i + len("Christmas") for i in range(len(text)) if text.startswith("Christmas", i)]
    assert [modifies_a_noun(text, e) for e in ends] == [True, False, False]
    assert is_holiday("Christmas Eve") and is_holiday("Good Friday") and not is_holiday("Friday")


def date_of(text: str, trigger: str):
    (sentence,) = split_sentences(text)
    at = text.index(trigger)
    return event_date(find_timexes(text, FRIDAY), sentence, (at, at + len(trigger)), FRIDAY)


@pytest.mark.parametrize(("text", "trigger", "start"), [
    # the sentence's own day, not the holiday the market is named for
    ("A man stabbed three people at a Christmas market in Essen on Tuesday.", "stabbed",
     date(2025, 3, 11)),
    ("A van hit Easter parade spectators in Cork on Tuesday.", "hit", date(2025, 3, 11)),
    # a holiday names the noun right after it: "the Christmas Day raid" is dated by it...
    ("Survivors of the Christmas Day raid testified.", "raid", date(2024, 12, 25)),
    # ...and so is the verb right after its noun
    ("The Easter Sunday blasts killed 40 people.", "killed", date(2024, 3, 31)),
    # ...not a verb after a noun of no happening: the market is named, no day told
    ("A Christmas market burned.", "burned", None),
    ("The Easter fair flooded when the river rose.", "flooded", None),
    # ...not a noun one word on ("a Christmas market attack": the market is named)
    ("Witnesses of the Christmas market attack testified.", "attack", None),
    # a holiday told as a time dates the event
    ("Militants raided a village on Christmas Eve.", "raided", date(2024, 12, 24)),
])
def test_an_event_at_a_holiday_s_namesake_is_dated_by_its_own_day(text, trigger, start):
    d = date_of(text, trigger)
    if start is None:
        assert d.text == "" and d.end == FRIDAY
    else:
        assert (d.start, d.end) == (start, start)
