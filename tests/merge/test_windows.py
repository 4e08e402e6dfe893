"""When a report says its happening was: a claim's act on or before the claim's day."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from merge_builders import FRIDAY, report

from eventwire.merge.evidence import date_feature, profile
from eventwire.merge.windows import CLAIM_DAYS_BEFORE, UNDATED_DAYS_BEFORE
from eventwire.records import DateValue
from eventwire.taxonomy import event_type


def _p(**kw):
    return profile(report("x" + str(sorted(kw)), "Jets struck a market on Friday.", **kw))


def test_a_claim_names_the_statements_day_or_the_acts_so_its_act_may_be_days_before():
    saturday, thursday = FRIDAY + timedelta(1), FRIDAY - timedelta(1)
    claim = profile(report("claim", "The group claimed the bombing in a statement on Saturday.",
                           label="ATTRIB", day=saturday, published=saturday))
    assert claim.window == (saturday - timedelta(CLAIM_DAYS_BEFORE), saturday)
    assert not claim.exact_day                     # its day vetoes no other day
    assert date_feature(claim, _p()) == 0.5        # Friday's act, claimed on Saturday
    assert date_feature(claim, _p(day=saturday, published=saturday)) == 0.5
    # but not an act after the claim, nor one weeks before it
    assert date_feature(claim, _p(day=saturday + timedelta(3), published=saturday)) is None
    assert date_feature(claim, _p(day=thursday - timedelta(10), published=thursday)) is None
    # an undated claim's window, "on or shortly before publication", already holds its act's
    # days: not widened, so a stray claim of a later report joins no act of days before
    undated = profile(report("undated", "The group said it carried out the attack.",
                             label="ATTRIB", day=None, published=saturday))
    assert undated.window == (saturday - timedelta(UNDATED_DAYS_BEFORE), saturday)


def test_a_claim_dated_by_a_day_in_the_possessive_names_its_acts_day():
    # "Monday's raid flattened a school", read as a claim: Monday is the raid's day, so it
    # fits no act told days before (Saturday's strikes on the town)
    monday, saturday = FRIDAY + timedelta(3), FRIDAY + timedelta(1)
    for sentence in ("Monday's raid flattened a school the group used as a depot.",
                     "Residents said Monday’s strike hit a house near the mosque."):
        e = report("told", sentence, label="ATTRIB", day=monday, published=monday)
        at = sentence.index("Monday")
        e = replace(e, date=DateValue(monday, monday, 1, "Monday", (at, at + 6)))
        told = profile(e)
        assert told.window == (monday, monday)
        assert date_feature(told, _p(day=saturday, published=monday)) is None
    # a claim's own day, in the possessive of a statement or not, is a claim's
    for said in ("The group claimed the raid on Monday.",
                 "The group claimed the raid in Monday's statement on its website."):
        e = report("said", said, label="ATTRIB", day=monday, published=monday)
        at = said.index("Monday")
        e = replace(e, date=DateValue(monday, monday, 1, "Monday", (at, at + 6)))
        assert profile(e).window == (monday - timedelta(CLAIM_DAYS_BEFORE), monday)


def test_a_claims_weekday_in_an_undated_copy_says_nothing_of_its_acts():
    # "claimed the bombing in a statement on Sunday": Saturday's bombing, not Sunday's shelling
    claim = report("claim", "Al-Shabab claimed the bombing in a statement on Sunday.",
                   label="ATTRIB", day=None, published=None)
    at = claim.evidence.sentence.index("Sunday")
    claim = replace(claim, date=DateValue(None, None, 1, "Sunday", (at, at + 6)))
    assert profile(claim).calendar == (None, None)


def test_a_restriction_stands_from_its_day_to_the_report():
    # "has barred residents from leaving since October", reported on a Friday in November
    october = DateValue(date(2015, 10, 1), date(2015, 10, 31), 3, "October", (60, 67))
    ban = replace(report("ban", "The group has barred residents from leaving since October.",
                         label="CHANGE_TO_GROUP_ACT"),
                  type=event_type("CHANGE_TO_GROUP_ACT", "COERCE", "restrict"), date=october)
    assert profile(ban).window == (date(2015, 10, 1), FRIDAY)
    # the same ban told with no date meets it; another development keeps its month
    news = replace(ban, date=None, id="ew-news")
    assert date_feature(profile(ban), profile(news)) is not None
    moved = replace(ban, type=event_type("CHANGE_TO_GROUP_ACT", "MOBILIZE", None))
    assert profile(moved).window == (date(2015, 10, 1), date(2015, 10, 31))
