"""Kinds of time expression added for TempEval-style news (issue 14): rates and sets, lengths
and halves, stretches and lengths so far, parts of days, quarters and periods by their last day,
ranges, holidays without a day, and the tense cues that place them."""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.dates import find_timexes

WEDNESDAY = date(2018, 9, 12)


def found(text: str, anchor: date | None = WEDNESDAY):
    return [(t.text, t.type, t.value) for t in find_timexes(text, anchor)]


@pytest.mark.parametrize(("text", "words", "kind", "value"), [
    ("The mine pays $3 million a year in royalties.", "a year", "SET", "P1Y"),
    ("Nurses work 12 hours a day.", "12 hours a day", "SET", "P1D"),
    ("Crews drill six days a week since May.", "six days a week", "SET", "P1W"),
    ("The bonds pay out semiannually.", "semiannually", "SET", "P6M"),
    ("The record is 2 hours 9 minutes.", "2 hours 9 minutes", "DURATION", "PT2H9M"),
    # told in September, the quarter reported is the second; a year back, 2017's
    ("Profit fell from the same quarter last year.", "the same quarter last year", "DATE",
     "2017-Q2"),
    ("The mill was built in the late 1700s.", "the late 1700s", "DATE", "17"),
    ("The town boomed in the 1960s.", "the 1960s", "DATE", "196"),
    ("The works produce 70 engines per week.", "per week", "SET", "P1W"),
    ("Rents went up year after year.", "year after year", "SET", "P1Y"),
    ("The committee sits every other Thursday.", "every other Thursday", "SET", "XXXX-WXX-4"),
    ("The fair comes every May.", "every May", "SET", "XXXX-05"),
    ("Dividends are paid each quarter.", "each quarter", "SET", "P3M"),
    ("Patrols pass every few hours.", "every few hours", "SET", "PTXH"),
    ("The gallery opens late at weekends.", "weekends", "SET", "XXXX-WXX-WE"),
    ("The choir rehearses on Tuesday evenings.", "Tuesday evenings", "SET", "XXXX-WXX-2TEV"),
    ("The border was shut for a month and a half.", "a month and a half", "DURATION", "P1.5M"),
    ("She waited three and a half hours.", "three and a half hours", "DURATION", "PT210M"),
    ("The rain fell all week.", "all week", "DURATION", "P1W"),
    ("Roads stay shut for the rest of the month.", "the rest of the month", "DURATION", "PXM"),
    ("Repairs could take weeks or months.", "months", "DURATION", "PXM"),
    ("The hall was quiet by midday.", "midday", "TIME", "2018-09-12T12:00"),
    ("Shots rang out in the middle of the night.", "the middle of the night", "TIME",
     "2018-09-12TNI"),
    ("The vote came on the evening of 3 September.", "the evening of 3 September", "TIME",
     "2018-09-03TEV"),
    ("The side has won twice this season.", "this season", "DATE", "2018"),
])
def test_rates_halves_stretches_and_parts_of_days(text, words, kind, value):
    assert (words, kind, value) in found(text)


@pytest.mark.parametrize("text", [
    "A 30-year-old driver was hurt.",
    "The team scored 2012 points in all.",
    "He took a second look at the plan.",
    "The evening news led with the strike.",
    "Ten dollars a head was the price.",
])
def test_ages_counts_ordinals_and_named_parts_of_days_are_no_expressions(text):
    assert found(text) == []


def test_a_rate_is_not_a_length_told_from_a_day():
    # "a year ago" and "a year later" date or measure; only a count before "a year" is a rate
    assert found("Sales fell 4 percent a year ago.")[0][1] == "DATE"
    assert ("a year", "DURATION", "P1Y") in found("The plant shut 20 workers, and a year later "
                                                  "it closed.")


@pytest.mark.parametrize(("text", "words", "kind", "value"), [
    ("The bakery gives bread away every Christmas.", "every Christmas", "SET", "XXXX-12-25"),
    ("The dispute, now in its fifth year, goes on.", "its fifth year", "DURATION", "P5Y"),
    ("Sales fell for a third straight month.", "a third straight month", "DURATION", "P3M"),
    ("On the 40th day of the strike, talks resumed.", "the 40th day", "DATE", "XXXX-XX-XX"),
    ("In the final weeks of the campaign, rallies grew.", "the final weeks", "DURATION", "PXW"),
])
def test_holiday_sets_ordinal_lengths_and_ends_of_stretches(text, words, kind, value):
    assert (words, kind, value) in found(text)


def test_a_year_of_study_is_not_a_length_so_far():
    assert found("She is a second year student.") == []


@pytest.mark.parametrize(("text", "value"), [
    # the verb "last" of a length is no past cue: the spring is the next one
    ("The trials start in the spring and last about six months.", "2019-SP"),
    ("The trials started in the spring.", "2018-SP"),
    # "should" and "is expected" speak of what is to come
    ("The river should fall by Friday.", "2018-09-14"),
    ("Snow is expected on Friday.", "2018-09-14"),
])
def test_should_expected_and_the_verb_last_as_tense_cues(text, value):
    assert found(text)[0][2] == value


@pytest.mark.parametrize(("text", "words", "value"), [
    ("Revenue rose in Q3 2017.", "Q3 2017", "2017-Q3"),
    ("Output fell in H1 2016.", "H1 2016", "2016-H1"),
    ("The stalls open every weekend.", "every weekend", "XXXX-WXX-WE"),
    ("The pair speak every couple of weeks.", "every couple of weeks", "PXW"),
    ("Rates stay low for the foreseeable future.", "the foreseeable future", "FUTURE_REF"),
    ("The strike began on the 3rd.", "the 3rd", "2018-09-03"),
    ("The strike began on the 20th.", "the 20th", "2018-08-20"),
    ("The strike will begin on the 3rd.", "the 3rd", "2018-10-03"),
])
def test_abbreviated_quarters_days_of_the_month_and_vague_references(text, words, value):
    assert [(w, v) for w, _, v in found(text)] == [(words, value)]


@pytest.mark.parametrize("text", ["He lives on the 14th floor.", "A Q&A with the mayor.",
                                  "She sat on the 3rd row."])
def test_floors_rows_and_questions_are_no_days_or_quarters(text):
    assert found(text) == []


@pytest.mark.parametrize(("text", "words", "kind", "value"), [
    ("The race is run on the last Sunday in April.", "the last Sunday in April", "DATE",
     "2018-04-29"),
    ("The club met on the first Tuesday of November 2016.",
     "the first Tuesday of November 2016", "DATE", "2016-11-01"),
    ("She won for the third year running.", "the third year running", "DURATION", "P3Y"),
])
def test_a_weekday_counted_in_its_month_and_a_run_of_years(text, words, kind, value):
    assert found(text) == [(words, kind, value)]


@pytest.mark.parametrize(("text", "words", "value"), [
    ("The jury retired at 2.15pm.", "2.15pm", "2018-09-12T14:15"),
    ("Shots were heard at 11.45 p.m. on Monday.", "11.45 p.m. on Monday", "2018-09-10T23:45"),
    ("The levy ends at the end of the financial year.", "the end of the financial year", "2018"),
])
def test_british_clock_times_and_the_end_of_a_financial_year(text, words, value):
    assert [(w, v) for w, _, v in found(text)] == [(words, value)]


@pytest.mark.parametrize(("text", "words", "kind", "value"), [
    ("The club was famous in the Sixties.", "the Sixties", "DATE", "196"),
    ("Crime fell in the late nineties.", "the late nineties", "DATE", "199"),
    ("Wages have stalled over the last decade.", "the last decade", "DURATION", "P10Y"),
])
def test_decades_named_by_words_and_the_last_decade(text, words, kind, value):
    assert found(text) == [(words, kind, value)]


def test_a_decade_of_life_is_an_age_not_a_date():
    assert found("The driver, in his sixties, was unhurt.") == []


@pytest.mark.parametrize(("text", "words", "kind", "value"), [
    ("Yields have climbed for three straight weeks.", "three straight weeks", "DURATION", "P3W"),
    ("Banks shut for Presidents Day.", "Presidents Day", "DATE", "2018-02-19"),
    # an -ed word after an article is an adjective, not a past verb: the debate is to come
    ("They will meet in a televised debate on Oct. 12.", "Oct. 12", "DATE", "2018-10-12"),
    ("The vote will be held on Oct. 12, the only one scheduled.", "Oct. 12", "DATE",
     "2018-10-12"),
])
def test_straight_lengths_a_us_holiday_and_adjectives_that_end_in_ed(text, words, kind, value):
    assert found(text) == [(words, kind, value)]


@pytest.mark.parametrize(("text", "words", "value"), [
    ("Attacks fell during Ramadan.", "Ramadan", "XXXX-XX-XX"),
    ("The parade on Independence Day was called off.", "Independence Day", "XXXX-XX-XX"),
    ("Wreaths were laid on Armistice Day.", "Armistice Day", "2017-11-11"),
])
def test_holidays_of_a_country_or_a_lunar_calendar_are_named_without_a_day(text, words, value):
    assert [(w, v) for w, _, v in found(text)] == [(words, value)]


def test_a_holiday_of_unknown_day_does_not_date_the_events_of_its_sentence():
    [tx] = find_timexes("Gunmen attacked a bus during Ramadan.", WEDNESDAY)
    assert (tx.start, tx.role) == (None, "background")


@pytest.mark.parametrize(("text", "second"), [
    ("The offer runs from June 1 through August 31.", "2018-08-31"),
    ("Between 1 January and 30 June, 400 people were held.", "2018-06-30"),
    ("Shops will be shut from Monday to Friday.", "2018-09-21"),
    ("The season lasted from late spring to early autumn.", "2018-FA"),
])
def test_the_end_of_a_range_comes_after_its_start(text, second):
    assert found(text)[1][2] == second


def test_two_dates_joined_by_and_are_no_range_without_between():
    # "on Monday and Tuesday" told on a Monday: two past days, not the start of a week
    monday = date(2018, 9, 10)
    assert [v for _, _, v in found("Crowds gathered on Monday and Tuesday.", monday)] == [
        "2018-09-10", "2018-09-04"]


@pytest.mark.parametrize(("text", "value"), [
    ("The board picked a plan to run through March.", "2019-03"),
    ("It set up a fund to last until May.", "2019-05"),
    ("The fund ran out in May.", "2018-05"),
])
def test_an_infinitive_of_a_timetable_verb_speaks_of_what_is_to_come(text, value):
    assert found(text)[0][2] == value


@pytest.mark.parametrize(("text", "words", "kind", "value"), [
    ("Revenue for the quarter ended June 30 was flat.", "the quarter ended June 30", "DATE",
     "2018-Q2"),
    ("Profit for the year ending March 31, 2017 fell.", "the year ending March 31, 2017", "DATE",
     "2017"),
    ("Sales fell in the first quarter of fiscal 2013.", "the first quarter of fiscal 2013",
     "DATE", "2013-Q1"),
    ("The bond pays 4 percent per annum.", "per annum", "SET", "P1Y"),
])
def test_periods_by_their_last_day_fiscal_quarters_and_per_annum(text, words, kind, value):
    assert found(text) == [(words, kind, value)]


@pytest.mark.parametrize(("text", "words", "value"), [
    ("The vote is slated for the week of October 8.", "the week of October 8", "2018-W41"),
    ("Profits grew in the latter half of 2016.", "the latter half of 2016", "2016-H2"),
])
def test_the_week_of_a_day_and_the_latter_half(text, words, value):
    assert [(w, v) for w, _, v in found(text)] == [(words, value)]


@pytest.mark.parametrize(("text", "found_"), [
    ("Schools were closed for the day.", [("the day", "DURATION", "P1D")]),
    ("They waited for the day of the vote.", []),
    ("He prayed for the day when peace comes.", []),
])
def test_for_the_day_is_a_length_of_a_day(text, found_):
    assert found(text) == found_


def test_a_length_of_a_day_does_not_date_its_sentence():
    [tx] = find_timexes("Schools were closed for the day.", WEDNESDAY)
    assert tx.role == "background"


@pytest.mark.parametrize(("text", "value"), [
    ("Banks will stay closed until Friday.", "2018-09-14"),
    ("The government has until Friday to pay.", "2018-09-14"),
    ("Banks stayed closed until Friday.", "2018-09-07"),
])
def test_a_participle_after_stay_and_a_deadline_with_has_until(text, value):
    assert found(text)[0][2] == value


@pytest.mark.parametrize(("text", "words", "kind", "value"), [
    ("Prices rose over the past fortnight.", "the past fortnight", "DURATION", "P2W"),
    ("Every single day, more people came.", "Every single day", "SET", "P1D"),
    # a year named before "a year" is no quantity of a rate; "a year early" is a length
    ("The trial began in 2012 and was stopped a year early.", "a year", "DURATION", "P1Y"),
])
def test_fortnights_single_days_and_years_that_are_no_quantities(text, words, kind, value):
    assert (words, kind, value) in found(text)


def test_a_past_clock_time_is_not_on_a_day_to_come_named_before():
    text = "He will be sentenced on 16 December.\nHe was taken from court at 4.30pm."
    assert find_timexes(text, WEDNESDAY)[-1].value == "2018-09-12T16:30"


def test_irregular_past_forms_of_trade_and_news_are_past_cues():
    # "sold" is nearer than the timetable's "starts": the December is the one past
    assert found("The gala, which starts at 8pm, sold out in December.")[1][2] == "2017-12"


def test_now_in_a_compound_adjective_is_no_reference_to_the_present():
    assert found("The now-closed plant was sold.") == []
    assert found("The plant is closed now.") == [("now", "DATE", "PRESENT_REF")]


@pytest.mark.parametrize(("text", "value"), [
    ("Markets are closed Monday for the holiday.", "2018-09-17"),
    ("It could take until Friday to restore power.", "2018-09-14"),
    ("The exit was first due to happen on 29 March.", "2018-03-29"),
    ("The exit is due to happen on 29 March.", "2019-03-29"),
])
def test_closed_on_a_weekday_could_take_and_a_past_plan(text, value):
    assert found(text)[0][2] == value


def test_a_plan_told_in_the_past_is_no_future_cue():
    # a plan told in the past tense: the Thursday gone by
    assert found("The firm was first slated to report results Thursday.")[0][2] == "2018-09-06"
    assert found("The hearing is scheduled for Thursday.")[0][2] == "2018-09-13"
