"""The founding article (../shared/seed): its dates as a careful coder reads them."""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.dates import event_date, find_timexes
from eventwire.nlp import split_sentences

pytestmark = pytest.mark.shared
PUBLISHED = date(2015, 11, 17)     # a Tuesday


@pytest.fixture(scope="module")
def seed(shared):
    text = (shared / "seed" / "000_b4b382c6af93ebdd.txt").read_text(encoding="utf-8")
    return text, split_sentences(text), find_timexes(text, PUBLISHED)


def _date(seed, trigger: str):
    text, sentences, timexes = seed
    start = text.index(trigger)
    sentence = next(s for s in sentences if s.start <= start < s.end)
    return event_date(timexes, sentence, (start, start + len(trigger)), PUBLISHED)


def test_fridays_carnage_is_the_friday_before(seed):
    d = _date(seed, "carnage")
    assert (d.start, d.end, d.precision, d.text) == (date(2015, 11, 13), date(2015, 11, 13),
                                                     1, "Friday")


def test_airstrikes_are_the_days_up_to_publication(seed):
    d = _date(seed, "airstrikes that shake")
    assert d.end == PUBLISHED and d.precision == 2 and d.start < PUBLISHED


def test_kerry_spoke_on_the_tuesday_of_the_report(seed):
    assert _date(seed, "suggested").start == PUBLISHED


def test_late_october_is_the_month(seed):
    _, _, timexes = seed
    tx = next(t for t in timexes if t.text == "late October")
    assert (tx.value, tx.precision, tx.start.month) == ("2015-10", 3, 10)
    d = _date(seed, "launched")
    assert d.text == "late October" and d.precision == 3 and d.start.month == 10


def test_since_early_2014_is_not_an_event_date(seed):
    _, _, timexes = seed
    tx = next(t for t in timexes if t.text == "early 2014")
    assert tx.role == "background"
    d = _date(seed, "held since")
    assert d.text != "early 2014" and d.start.year == 2015
