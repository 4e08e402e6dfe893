"""Kinds of time expression beyond calendar dates: sets, bounded lengths, halves, fiscal years,
holidays and vague references; and time words inside names, which are not time expressions."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from eventwire.dates import find_timexes
from eventwire.dates.holidays import HOLIDAYS, easter, holiday_in, holiday_near

WEDNESDAY = date(2018, 9, 12)


def found(text: str, anchor: date | None = WEDNESDAY):
    return [(t.text, t.type, t.value) for t in find_timexes(text, anchor)]


@pytest.mark.parametrize(("text", "words", "value"), [
    ("Guards patrol the wall every Tuesday.", "every Tuesday", "XXXX-WXX-2"),
    ("Each Saturday the market fills up.", "Each Saturday", "XXXX-WXX-6"),
    ("Shops shut on Sundays.", "Sundays", "XXXX-WXX-7"),
    ("Thursdays are the busiest days.", "Thursdays", "XXXX-WXX-4"),
    ("The road floods every autumn.", "every autumn", "XXXX-FA"),
    ("Herders move south each winter.", "each winter", "XXXX-WI"),
    ("Shells fall every night.", "every night", "XXXX-XX-XXTNI"),
    ("Each morning the queue grows.", "Each morning", "XXXX-XX-XXTMO"),
    ("Talks are held every other month.", "every other month", "P2M"),
    ("Inspections take place every three days.", "every three days", "P3D"),
    ("The board meets twice a month.", "twice a month", "P1M"),
    ("Trucks cross five times a week.", "five times a week", "P1W"),
    ("The clinic opens once per year.", "once per year", "P1Y"),
    ("Ministers meet quarterly.", "quarterly", "P3M"),
    ("The newsletter appears fortnightly.", "fortnightly", "P2W"),
    ("The index is recalculated hourly.", "hourly", "PT1H"),
])
def test_sets(text, words, value):
    assert found(text) == [(words, "SET", value)]


@pytest.mark.parametrize(("text", "words", "value", "mod"), [
    ("The road was shut for more than a year.", "more than a year", "P1Y", "MORE_THAN"),
    ("He was held for less than a week.", "less than a week", "P1W", "LESS_THAN"),
    ("Rebels held the hill for nearly three months.", "nearly three months", "P3M", "APPROX"),
    ("The vote took almost two days.", "almost two days", "P2D", "APPROX"),
    ("The blockade lasted at least 40 days.", "at least 40 days", "P40D", "EQUAL_OR_MORE"),
    ("Talks lasted just over an hour.", "just over an hour", "PT1H", "MORE_THAN"),
    ("The region has been at war for half a century.", "half a century", "P50Y", None),
    ("They waited half an hour.", "half an hour", "PT30M", None),
    ("A half-day strike was called.", "half-day", "PT12H", None),
    ("The mission lasted six weeks.", "six weeks", "P6W", None),
])
def test_bounded_and_half_lengths(text, words, value, mod):
    [tx] = find_timexes(text, WEDNESDAY)
    assert (tx.text, tx.type, tx.value, tx.mod) == (words, "DURATION", value, mod)


@pytest.mark.parametrize(("text", "words", "value"), [
    ("The refugees waited weeks for their papers.", "weeks", "PXW"),
    ("A recount could take days.", "days", "PXD"),
    ("She spent years in prison.", "years", "PXY"),
    ("The case dragged on after months of delays.", "months", "PXM"),
])
def test_bare_plural_lengths_after_a_verb_of_length(text, words, value):
    assert found(text) == [(words, "DURATION", value)]


@pytest.mark.parametrize("text", [
    "A second man was arrested.",
    "Police fired a second time.",
    "The days are getting shorter.",
    "Those were the years of plenty.",
    "Minutes of the meeting were published.",
])
def test_ordinals_and_plural_nouns_are_not_lengths(text):
    assert found(text) == []


@pytest.mark.parametrize(("text", "value"), [
    ("Sales fell in the first half.", "2018-H1"),
    ("Profits will recover in the second half.", "2018-H2"),
    ("Output grew in the first half of the year.", "2018-H1"),
    ("Orders rose in the second half of last year.", "2017-H2"),
    ("Exports slumped in the first half of 2012.", "2012-H1"),
])
def test_halves_of_a_year(text, value):
    [(_, kind, got)] = found(text)
    assert (kind, got) == ("DATE", value)


def test_a_second_half_told_in_the_past_before_it_began_is_last_years():
    [tx] = find_timexes("Sales fell in the second half.", date(2019, 3, 1))
    assert tx.value == "2018-H2"


def test_a_half_of_something_else_is_no_date():
    assert found("He scored in the first half of the match.") == []


@pytest.mark.parametrize(("text", "words", "value"), [
    ("The firm lost money in fiscal 2017.", "fiscal 2017", "2017"),
    ("Spending rises in fiscal year 2019.", "fiscal year 2019", "2019"),
    ("The deficit grew in the 2016 fiscal year.", "the 2016 fiscal year", "2016"),
    ("Revenue rose in the 2015 financial year.", "the 2015 financial year", "2015"),
    ("The budget for FY2020 was cut.", "FY2020", "2020"),
    ("Costs climbed in FY19.", "FY19", "2019"),
    ("Sales fell last fiscal year.", "last fiscal year", "2017"),
])
def test_fiscal_years_are_years(text, words, value):
    assert found(text) == [(words, "DATE", value)]


@pytest.mark.parametrize(("text", "value"), [
    ("Prices have risen lately.", "PAST_REF"),
    ("Such rallies are rare these days.", "PRESENT_REF"),
    ("The border is closed at the moment.", "PRESENT_REF"),
    ("Food is recently scarce.", "PAST_REF"),
])
def test_vague_references(text, value):
    [(_, kind, got)] = found(text)
    assert (kind, got) == ("DATE", value)


@pytest.mark.parametrize(("text", "anchor", "words", "day"), [
    ("Crowds gathered on Christmas Eve.", date(2018, 9, 12), "Christmas Eve", date(2017, 12, 24)),
    ("Police were on alert over Easter.", date(2018, 9, 12), "Easter", date(2018, 4, 1)),
    ("The shops will open on Easter Monday.", date(2019, 1, 10), "Easter Monday",
     date(2019, 4, 22)),
    ("Traffic was heavy on Thanksgiving.", date(2016, 12, 5), "Thanksgiving",
     date(2016, 11, 24)),
    ("Stores opened early on Black Friday.", date(2016, 12, 5), "Black Friday",
     date(2016, 11, 25)),
    ("The strike ended before Labor Day.", date(2018, 9, 12), "Labor Day", date(2018, 9, 3)),
    ("The parade was held on Memorial Day.", date(2019, 6, 14), "Memorial Day",
     date(2019, 5, 27)),
    ("The strike began on New Year’s Day.", date(2017, 2, 20), "New Year’s Day",
     date(2017, 1, 1)),
    ("Arrests were made on Good Friday.", date(2019, 6, 14), "Good Friday", date(2019, 4, 19)),
])
def test_holidays(text, anchor, words, day):
    [tx] = find_timexes(text, anchor)
    assert (tx.text, tx.type, tx.start) == (words, "DATE", day)


@pytest.mark.parametrize("text", [
    "The Sunday Examiner published the list.",
    "The Monday Review ran the interview.",
    "Residents of Spring Street were evacuated.",
    "The Daily Courier carried the story.",
    "Tourists flew to Easter Island.",
    "The ship anchored off Christmas Island.",
    "May said the vote would go ahead.",
    "March told reporters he would resign.",
    "Thousands will march through the city.",
    "The company may cut jobs.",
    "He was given a second chance.",
])
def test_time_words_in_names_and_other_senses_are_not_dates(text):
    assert found(text) == []


@pytest.mark.parametrize(("text", "words"), [
    ("On Monday President Smith said the talks had failed.", "Monday"),
    ("Since March Police have doubled patrols.", "March"),
    ("The vote is due in May.", "May"),
    ("Fighting resumed last Sunday.", "last Sunday"),
    ("Until Friday Parliament is closed.", "Friday"),
    ("In March Congress passed the bill.", "March"),
    ("During August Rebels held the pass.", "August"),
])
def test_a_time_word_after_a_preposition_is_a_date_before_a_name(text, words):
    assert [w for w, _, _ in found(text)] == [words]


@given(st.integers(min_value=1900, max_value=2100))
def test_easter_is_a_spring_sunday_and_the_days_counted_from_it_follow(year):
    day = easter(year)
    assert day.weekday() == 6 and date(year, 3, 22) <= day <= date(year, 4, 25)
    assert holiday_in("good friday", year) == day - timedelta(days=2)
    assert holiday_in("Easter Monday", year) == day + timedelta(days=1)


@given(st.integers(min_value=1900, max_value=2100))
def test_weekday_holidays_fall_on_their_weekday(year):
    thanksgiving = holiday_in("thanksgiving", year)
    assert thanksgiving.weekday() == 3 and 22 <= thanksgiving.day <= 28
    memorial = holiday_in("memorial day", year)
    assert memorial.weekday() == 0 and (memorial + timedelta(days=7)).month == 6
    labor = holiday_in("labor day", year)
    assert labor.weekday() == 0 and labor.day <= 7 and labor.month == 9


DATED_HOLIDAYS = sorted(name for name, rule in HOLIDAYS.items() if rule[0] != "unknown")


@given(st.dates(min_value=date(1950, 1, 1), max_value=date(2090, 12, 31)),
       st.sampled_from(DATED_HOLIDAYS))
def test_a_holiday_is_placed_on_the_side_of_the_anchor_the_tense_says(anchor, name):
    before, after = holiday_near(name, anchor, -1), holiday_near(name, anchor, 1)
    assert before <= anchor <= after
    assert anchor.year - 1 <= before.year <= anchor.year <= after.year <= anchor.year + 1
    assert holiday_near(name, before, 1) == before == holiday_near(name, before, -1)


JULY = date(2022, 7, 29)        # a Friday in the third quarter


@pytest.mark.parametrize(("text", "value"), [
    ("Profit rose in the latest quarter.", "2022-Q2"),
    ("Profit rose in the quarter, the firm said.", "2022-Q2"),
    ("The firm expects a loss in the current quarter.", "2022-Q3"),
    ("Orders fell last quarter.", "2022-Q2"),
    ("Results are due next quarter.", "2022-Q4"),
    ("Costs rose in the preceding quarter.", "2022-Q2"),
    ("Sales lagged the year-ago quarter.", "2021-Q2"),
    ("Sales lagged the year-earlier period.", "2021"),
    ("Debt will fall by the end of the quarter.", "2022-Q3"),
])
def test_quarters_told_from_the_report(text, value):
    [tx] = find_timexes(text, JULY)
    assert (tx.type, tx.value) == ("DATE", value)


@pytest.mark.parametrize("text", [
    "A quarter of the voters stayed home.",
    "The team lost the quarter-final.",
    "Artists live in the quarter of the old town.",
])
def test_a_quarter_that_is_no_time(text):
    assert found(text, JULY) == []


@pytest.mark.parametrize(("text", "value"), [
    ("The storm hit in the second week of March.", "2022-W10"),
    ("Voting will end in the last week of August.", "2022-W35"),
    ("The camp opened in the first week of June 2019.", "2019-W22"),
    ("Talks were held in the final week of January.", "2022-W05"),
])
def test_weeks_of_a_month(text, value):
    [tx] = find_timexes(text, JULY)
    assert (tx.type, tx.value) == ("DATE", value)


@pytest.mark.parametrize(("second", "kind", "value"), [
    ("Police left that night.", "TIME", "2022-07-12TNI"),
    ("Police left that evening.", "TIME", "2022-07-12TEV"),
    ("Police left the same day.", "DATE", "2022-07-12"),
    ("Police left the next morning.", "TIME", "2022-07-13TMO"),
    ("Police had arrived the night before.", "TIME", "2022-07-11TNI"),
    ("Police had arrived the week before.", "DATE", "2022-W27"),
    ("Police left the following afternoon.", "TIME", "2022-07-13TAF"),
    ("Police stayed that week.", "DATE", "2022-W28"),
])
def test_days_told_from_the_last_day_named(second, kind, value):
    text = "Crowds gathered on July 12. " + second
    *_, tx = find_timexes(text, JULY)
    assert (tx.type, tx.value) == (kind, value)


def test_a_day_before_a_noun_is_not_told_from_the_last_day():
    assert found("Crowds gathered the night before the vote.", JULY) == []


def test_the_expressions_own_words_do_not_set_its_tense():
    """ "last" inside "the last week of August" is no past-tense cue for placing August."""
    [tx] = find_timexes("The camp will close in the last week of August.", JULY)
    assert tx.value == "2022-W35"


@pytest.mark.parametrize(("text", "words", "kind", "value"), [
    ("Gunmen attacked the post last night.", "last night", "TIME", "2022-07-28TNI"),
    ("Shops reopened this past weekend.", "this past weekend", "DATE", "2022-W29-WE"),
    ("Prices rose this past week.", "this past week", "DATE", "2022-W29"),
    ("A decades-long feud ended.", "decades-long", "DURATION", "PXDE"),
    ("The years-long siege was lifted.", "years-long", "DURATION", "PXY"),
    ("Hours later, troops withdrew.", "Hours", "DURATION", "PTXH"),
    ("The flood came weeks after the warning.", "weeks", "DURATION", "PXW"),
    ("Police arrived minutes before the blast.", "minutes", "DURATION", "PTXM"),
])
def test_nights_past_weeks_and_lengths_before_later(text, words, kind, value):
    assert found(text, JULY) == [(words, kind, value)]


@pytest.mark.parametrize("text", [
    "They danced on the last night of the festival.",
    "Aid flowed in the days after the quake.",
    "The weeks before the vote were tense.",
])
def test_a_stretch_named_with_the_is_not_a_length(text):
    assert found(text, JULY) == []


@pytest.mark.parametrize(("first", "second", "kind", "value"), [
    # a sentence naming the act's day and the day a source spoke: the next tells from the act's
    ("Rebels stormed the post on July 12, the army said on July 14.",
     "A second clash followed that afternoon.", "TIME", "2022-07-12TAF"),
    ("Gunmen attacked the village on July 12, police said on Thursday.",
     "Troops arrived the same day.", "DATE", "2022-07-12"),
    ("On Thursday, officials said, rebels shelled the town on July 12.",
     "Residents fled the next morning.", "TIME", "2022-07-13TMO"),
    # the day a source spoke alone: the next tells from it
    ("Police said on July 14 that the march would go ahead.",
     "Crowds gathered that evening.", "TIME", "2022-07-14TEV"),
    # two days of the act: the later one
    ("Rebels attacked on July 11 and again on July 12.",
     "Troops arrived the same day.", "DATE", "2022-07-12"),
])
def test_days_told_from_the_acts_day_not_the_day_a_source_spoke(first, second, kind, value):
    *_, tx = find_timexes(first + " " + second, JULY)
    assert (tx.type, tx.value) == (kind, value)
