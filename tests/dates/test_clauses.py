"""A date in a clause describing a noun is another happening's (eventwire/dates/clauses.py).

Sentences written for these tests."""

from __future__ import annotations

import pytest

from eventwire.dates.clauses import EARLIER, OTHER, OWN, other_clause


@pytest.fixture(scope="module")
def nlp():
    from eventwire.nlp import load_pipeline
    return load_pipeline()


def _spans(text: str, date: str, trigger: str) -> tuple[tuple[int, int], tuple[int, int]]:
    d, t = text.index(date), text.index(trigger)
    return (d, d + len(date)), (t, t + len(trigger))


CASES = [
    ("Supporters of a teacher whom the board fired in September rallied on Tuesday.",
     "September", "rallied", OTHER),
    ("Supporters of a teacher whom the board fired in September rallied on Tuesday.",
     "Tuesday", "rallied", OWN),
    ("Police broke up a sit-in by families of men who disappeared in 2015.", "2015", "broke",
     OTHER),
    ("A bomb exploded on Sunday at a market which was rebuilt in 2019.", "2019", "exploded",
     OTHER),
    ("Protesters marched on Friday against a law passed in March.", "March", "marched", OTHER),
    ("An air strike hit a hospital that had reopened in August.", "August", "hit", EARLIER),
    ("Gunmen shot a judge who had sentenced a gang leader in July.", "July", "shot", EARLIER),
    ("Gunmen who had been freed from prison in January attacked a bank on Monday.", "January",
     "Gunmen", EARLIER),
    # the clause holds the event, or describes the event's own noun
    ("Gunmen who attacked a checkpoint on Sunday were killed by troops.", "Sunday", "attacked",
     OWN),
    ("The army said it repelled an attack that killed five soldiers on Tuesday.", "Tuesday",
     "attack", OWN),
    ("Rebels attacked the town in March, the army said.", "March", "attacked", OWN),
    # the trigger in a clause describing a noun: the main clause's date is another act's
    ("Police arrested 11 people on Monday on suspicion of helping jihadists who killed 17 "
     "soldiers on Saturday night.", "Monday", "killed", OTHER),
    ("Troops on Tuesday hunted the gunmen who stormed a school in the village.", "Tuesday",
     "stormed", OTHER),
    ("Police arrested 11 people on Monday on suspicion of helping jihadists who killed 17 "
     "soldiers on Saturday night.", "Monday", "arrested", OWN),
    # a participle with a direct object is a misread main verb, not a clause of its noun
    ("Fighting between two of the port's strongest armed groups killed at least 12 people "
     "overnight in the old district, the health ministry said on Tuesday.", "overnight",
     "Fighting", OWN),
]


@pytest.mark.parametrize(("text", "date", "trigger", "expected"), CASES)
def test_a_date_in_a_clause_describing_a_noun(nlp, text, date, trigger, expected):
    span, trigger_span = _spans(text, date, trigger)
    assert other_clause(nlp(text), 0, span, trigger_span) == expected


CLAIMS = [
    ("The group claimed responsibility on Friday for a bombing at a checkpoint.", "Friday",
     "bombing", True),
    ("On Sunday the rebels took credit for an ambush on a convoy near the border.", "Sunday",
     "ambush", True),
    ("A raid on the depot was claimed on Monday by the northern militia.", "Monday", "raid",
     True),
    # the claim itself, the act's own day, a saying's, no claim
    ("The group claimed responsibility on Friday for a bombing at a checkpoint.", "Friday",
     "claimed", False),
    ("The group claimed Thursday's bombing at a checkpoint in a statement.", "Thursday",
     "bombing", False),
    ("Police said on Friday that a bombing at a checkpoint killed four.", "Friday", "bombing",
     False),
    ("A bombing on Friday killed four at a checkpoint near the border.", "Friday", "bombing",
     False),
]


@pytest.mark.parametrize(("text", "date", "trigger", "expected"), CLAIMS)
def test_a_claims_day_is_not_the_claimed_acts(nlp, text, date, trigger, expected):
    from eventwire.dates.clauses import of_the_claim
    from eventwire.nlp import parse
    doc = next(iter(parse(nlp, [text])))
    date_span, trigger_span = _spans(text, date, trigger)
    assert of_the_claim(doc, 0, date_span, trigger_span) is expected


SAYINGS = [
    ("Troops detained 14 men at the market, the army said on Saturday.", "Saturday", True),
    ("The mayor told reporters late on Monday that the bridge had been shelled.", "Monday",
     True),
    ("Officials confirmed Wednesday that two clinics had closed.", "Wednesday", True),
    ("Nine people were reported dead on Sunday after the floods.", "Sunday", False),
    # the act's own day, and a saying further back than the words between allow
    ("Troops detained 14 men at the market on Saturday, the army said.", "Saturday", False),
    ("The army said the raid, one of many in the valley this month, began on Friday.",
     "Friday", False),
    ("Rebels shelled the airport late on Tuesday and again on Thursday.", "Tuesday", False),
]


@pytest.mark.parametrize(("text", "date", "expected"), SAYINGS)
def test_a_date_right_after_a_verb_of_saying_is_the_sayings(text, date, expected):
    from eventwire.dates.clauses import said_on
    assert said_on(text, text.index(date)) is expected
