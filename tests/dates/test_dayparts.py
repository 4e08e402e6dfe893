"""Times of day with no clock: "overnight", "at dawn", "the early hours of Sunday"
(eventwire/dates/dayparts.py and the patterns that find them)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from eventwire.dates import find_timexes
from eventwire.dates.dayparts import time_of_day_only

MONDAY = date(2023, 11, 6)
DAY = timedelta(days=1)


def only(text: str, anchor: date | None = MONDAY):
    found = find_timexes(text, anchor)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(("text", "evening", "start", "end"), [
    # a report of the past: the night that ended on the publication day
    ("Artillery pounded the suburbs overnight.", MONDAY - DAY, MONDAY - DAY, MONDAY),
    ("Overnight, police arrested 40 people.", MONDAY - DAY, MONDAY - DAY, MONDAY),
    ("Troops carried out an overnight raid on the camp.", MONDAY - DAY, MONDAY - DAY, MONDAY),
    # the future: the night to come
    ("The curfew will be enforced overnight.", MONDAY, MONDAY, MONDAY + DAY),
    # a named night: "into Sunday" ended on Sunday; "on Saturday" may be either night next to it
    ("Drones struck the refinery overnight into Sunday.", MONDAY - 2 * DAY, MONDAY - 2 * DAY,
     MONDAY - DAY),
    ("Drones struck overnight Saturday to Sunday.", MONDAY - 2 * DAY, MONDAY - 2 * DAY,
     MONDAY - DAY),
    ("Drones struck the refinery overnight on Saturday.", MONDAY - 2 * DAY, MONDAY - 3 * DAY,
     MONDAY - DAY),
    ("Drones struck the refinery Saturday overnight.", MONDAY - 2 * DAY, MONDAY - 3 * DAY,
     MONDAY - DAY),
])
def test_overnight_is_a_night_and_a_two_day_window(text, evening, start, end):
    tx = only(text)
    assert (tx.type, tx.value) == ("TIME", f"{evening.isoformat()}TNI")
    assert (tx.start, tx.end, tx.precision) == (start, end, 2)


@pytest.mark.parametrize(("text", "words", "day", "part", "mod"), [
    ("Troops stormed the village at dawn.", "at dawn", MONDAY, "MO", None),
    ("The raid began just before dawn.", "just before dawn", MONDAY, "MO", "START"),
    ("Police detained 14 people in a dawn raid.", "dawn", MONDAY, "MO", None),
    ("Police detained 14 people in a predawn raid.", "predawn", MONDAY, "MO", "START"),
    ("The shelling stopped at dusk.", "at dusk", MONDAY, "EV", None),
    ("Gunmen attacked the bus after dark.", "after dark", MONDAY, "NI", None),
    ("The convoy will leave at daybreak.", "at daybreak", MONDAY + DAY, "MO", None),
    ("The march will end at sunset.", "at sunset", MONDAY, "EV", None),
    ("Militants attacked before dawn on Thursday.", "before dawn on Thursday",
     date(2023, 11, 2), "MO", "START"),
    ("On Thursday at dawn militants attacked.", "Thursday at dawn", date(2023, 11, 2), "MO",
     None),
    ("A bomb went off in the early hours of Sunday.", "the early hours of Sunday",
     date(2023, 11, 5), "MO", "START"),
    ("The fire started in the small hours.", "the small hours", MONDAY, "MO", "START"),
])
def test_a_part_of_one_day(text, words, day, part, mod):
    tx = only(text)
    assert (tx.text, tx.type, tx.value, tx.mod) == (words, "TIME", f"{day.isoformat()}T{part}",
                                                    mod)
    assert (tx.start, tx.end, tx.precision) == (day, day, 1)


def test_late_on_a_night_keeps_its_day():
    tx = only("Gunmen killed two guards late on Friday night.")
    assert (tx.text, tx.value, tx.mod, tx.precision) == (
        "late on Friday night", "2023-11-03TNI", "END", 1)


def test_a_time_of_day_is_told_from_a_day_named_just_before_it_in_its_paragraph():
    text = ("Rebels entered the port on Thursday. By nightfall they held the harbour.\n\n"
            "Police detained 14 people in a dawn raid.")
    nightfall, dawn = find_timexes(text, MONDAY)[1:]
    assert nightfall.value == "2023-11-02TEV"
    assert dawn.value == "2023-11-06TMO"


@pytest.mark.parametrize("text", [
    "The town changed almost overnight.",
    "Prices did not fall overnight.",
    "The singer became an overnight sensation.",
    "It was an overnight success.",
    "Change will not happen overnight.",
    "The Dawn newspaper reported the raid.",
    "The dark mood lingered.",
])
def test_overnight_as_suddenly_and_other_words_are_no_time(text):
    assert find_timexes(text, MONDAY) == ()


def test_without_an_anchor_the_value_is_a_part_of_an_unknown_day():
    assert only("Fighting raged overnight.", None).value == "XXXX-XX-XXTNI"
    assert only("Troops moved at dawn.", None).value == "XXXX-XX-XXTMO"


@pytest.mark.parametrize(("text", "words", "value", "start"), [
    # the day of a statement is the reporter's "now": the night before it, its dawn
    ("Gunmen stormed a village overnight, killing 12, police said on Saturday.", "overnight",
     "2023-11-03TNI", date(2023, 11, 3)),
    ("On Saturday, police said gunmen stormed the village overnight.", "overnight",
     "2023-11-03TNI", date(2023, 11, 3)),
    ("Police on Saturday said troops raided the camp at dawn.", "at dawn", "2023-11-04TMO",
     date(2023, 11, 4)),
    ("Troops will move at dawn, the army told reporters on Saturday.", "at dawn",
     "2023-11-05TMO", date(2023, 11, 5)),
    # the day an event was dated by: its dawn, and the night that followed it
    ("Rebels entered the port on Thursday and shelled it overnight.", "overnight",
     "2023-11-02TNI", date(2023, 11, 2)),
    ("Police said gunmen raided the farm on Thursday and fled at dawn.", "at dawn",
     "2023-11-02TMO", date(2023, 11, 2)),
])
def test_a_time_of_day_is_told_from_the_days_of_its_sentence(text, words, value, start):
    (tx,) = [t for t in find_timexes(text, MONDAY) if t.text == words]
    assert (tx.value, tx.start) == (value, start)


def _clock(text: str, anchor: date | None = MONDAY):
    return next(tx for tx in find_timexes(text, anchor) if tx.type == "TIME")


@pytest.mark.parametrize(("text", "day"), [
    # a clock time is told from the day its sentence named before it...
    ("Gunmen stormed the hotel on Saturday and held it until 4 p.m.", MONDAY - 2 * DAY),
    ("On Friday, the gunman entered the party at about 4:30 p.m.", MONDAY - 3 * DAY),
    # ...or from the day the sentence before it named, in its paragraph
    ("The gunman opened fire on Saturday. He surrendered at 6 p.m.", MONDAY - 2 * DAY),
    # ...or from the day of a statement in its sentence
    ("The blast hit the market at 9 a.m., police said on Sunday.", MONDAY - DAY),
    # with no day named, the publication day
    ("The blast hit the market at 9 a.m., police said.", MONDAY),
    # a clock time with its own weekday keeps it
    ("Shelling resumed at 10 p.m. Saturday.", MONDAY - 2 * DAY),
])
def test_a_clock_time_without_a_day_takes_the_day_the_text_named(text, day):
    tx = _clock(text)
    assert (tx.start, tx.end) == (day, day)
    assert tx.value.startswith(day.isoformat() + "T")


def test_a_clock_time_in_a_new_paragraph_does_not_take_the_day_before_it():
    tx = _clock("The gunman opened fire on Saturday.\n\nThe shop opens at 9 a.m.")
    assert tx.start == MONDAY


# MONDAY is 2023-11-06: last Saturday 11-04, last Friday 11-03.
@pytest.mark.parametrize(("text", "words", "day"), [
    # a day named after the time of day in its clause is its day
    ("Police held 25 people in dawn raids across Izmir on Saturday.", "dawn", MONDAY - 2 * DAY),
    ("Rebels overran a garrison before dawn near Beni on Friday, killing three.", "before dawn",
     MONDAY - 3 * DAY),
    ("A bomb went off at 7 a.m. in the old bazaar on Saturday.", "7 a.m.", MONDAY - 2 * DAY),
    ("Riot police moved in at dusk outside the stadium on Friday.", "at dusk", MONDAY - 3 * DAY),
    ("Gunmen struck shortly after midnight in the port district on Saturday.", "midnight",
     MONDAY - 2 * DAY),
    # a time of day that opens the sentence goes with the clause after its comma
    ("Before dawn, soldiers in Tikrit arrested 12 men on Saturday.", "Before dawn",
     MONDAY - 2 * DAY),
    # a participle after a comma is still the clause's
    ("Troops swept the village at dawn, detaining nine on Friday.", "at dawn", MONDAY - 3 * DAY),
    # where it was said: the day of the statement
    ("Shelling stopped at midnight, an army spokesman told reporters in Aden on Saturday.",
     "midnight", MONDAY - 2 * DAY),
])
def test_a_time_of_day_takes_the_day_named_after_it_in_its_clause(text, words, day):
    (tx,) = [t for t in find_timexes(text, MONDAY) if t.text == words]
    assert (tx.start, tx.end, tx.clockless) == (day, day, True)


@pytest.mark.parametrize(("text", "words"), [
    ("Jets struck the camp before dawn, a day after talks failed in Cairo on Saturday.",
     "before dawn"),
    ("Police cleared the square at dawn after fans clashed with stewards on Saturday.",
     "at dawn"),
    ("Rebels shelled the town at dawn; on Saturday they had taken the bridge.", "at dawn"),
    ("Drones hit the depot before dawn and again near the border on Saturday.", "before dawn"),
    ('"They came at dawn," said a man whose shop burned on Saturday.', "at dawn"),
])
def test_a_day_in_another_clause_is_not_the_time_of_day_s(text, words):
    (tx,) = [t for t in find_timexes(text, MONDAY) if t.text == words]
    assert tx.start == MONDAY


def test_overnight_before_a_day_named_later_is_the_night_that_ended_on_it():
    (tx,) = [t for t in find_timexes("A blaze overnight gutted the market hall on Saturday.",
                                     MONDAY) if t.text == "overnight"]
    assert (tx.start, tx.end) == (MONDAY - 3 * DAY, MONDAY - 2 * DAY)


@pytest.mark.parametrize(("words", "expected"), [
    ("6 pm", True), ("about 5:30 a.m.", True), ("at dawn", True), ("in the evening", True),
    ("midnight", True), ("overnight", True),
    ("Wednesday evening", False), ("Thursday", False), ("last night", False),
    ("this morning", False), ("March 3", False), ("", False),
])
def test_words_naming_a_time_of_day_and_no_day(words, expected):
    assert time_of_day_only(words) is expected
