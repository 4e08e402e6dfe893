"""Sums of money in a report's sentences, and what they say about two reports being one."""

from __future__ import annotations

import pytest
from merge_builders import report

from eventwire.merge import merge, reports
from eventwire.merge.amounts import largest, sums, sums_agree
from eventwire.merge.decide import same_event
from eventwire.merge.evidence import (
    count_feature,
    plain_features,
    profile,
    sums_contradict,
)


@pytest.mark.parametrize(("sentence", "expected"), [
    ("The gang fled with $48 million in gold bars.", [("dollar", 48_000_000)]),
    ("Thieves took $3-million worth of paintings.", [("dollar", 3_000_000)]),
    ("Losses were put at €750,000 by the insurer.", [("euro", 750_000)]),
    ("The raiders escaped with £2.4m in cash.", [("pound", 2_400_000)]),
    ("Gunmen seized R12 million from the van.", [("rand", 12_000_000)]),
    ("The kidnappers asked for N30m.", [("naira", 30_000_000)]),
    ("The fire caused 900,000 euros of damage.", [("euro", 900_000)]),
    ("They demanded a ransom of ten million naira.", [("naira", 10_000_000)]),
    ("A six-million-dollar haul was taken.", [("dollar", 6_000_000)]),
    ("The haul was worth 1.5 million euros ($1.9 million).",
     [("euro", 1_500_000), ("dollar", 1_900_000)]),
    ("Shares worth US$2bn changed hands.", [("dollar", 2_000_000_000)]),
])
def test_sums_with_a_currency_are_read(sentence, expected):
    assert list(sums(sentence)) == expected


@pytest.mark.parametrize("sentence", [
    "The truck carried 500 pounds of explosives.",          # a weight
    "The convoy was ambushed on the N1 near the R21 turn-off.",   # road names
    "Some 5 million people live in the region.",           # no currency
    "The blast damaged 3,000 homes in 2019.",
    "the gang stole r5 from a kiosk",                       # a letter sign needs a capital
    "Police said R 40 was found on him.",                   # and to touch the digits
])
def test_figures_that_are_not_sums_are_not_read(sentence):
    assert sums(sentence) == ()


def test_a_report_keeps_the_largest_sum_per_currency():
    assert largest(["A reward of $10,000 was offered.", "They took $2 million and €5,000."]) \
        == (("dollar", 2_000_000), ("euro", 5_000))


def test_sums_contradict_only_in_one_currency_beyond_the_tolls_ratio():
    assert sums_contradict((("rand", 5_000_000),), (("rand", 40_000_000),))
    assert not sums_contradict((("rand", 5_000_000),), (("rand", 8_000_000),))   # estimates
    assert not sums_contradict((("rand", 5_000_000),), (("dollar", 400_000),))   # exchange
    assert not sums_contradict((), (("rand", 5_000_000),))


_CASH = "Armed robbers blew open a cash van in Kimberley and took {}."


def _robbery(doc, haul, **kw):
    kw = {"label": "ORG_CRIME", "actor": None, "place": None, "day": None,
          "published": None, **kw}
    return report(doc, _CASH.format(haul), **kw)


def test_undated_robberies_at_one_place_with_sums_far_apart_stay_two():
    small = [_robbery("s1", "R2 million"), _robbery("s2", "about two million rand")]
    large = [_robbery("l1", "R25 million"), _robbery("l2", "some 25 million rand")]
    # hard negative: told in the same words, no date to tell them by
    assert plain_features(profile(small[0]), profile(large[0])) is None
    groups = sorted(sorted(m.document.id for m in reports(e)) for e in merge(small + large))
    assert groups == [["l1", "l2"], ["s1", "s2"]]


def test_sums_of_one_haul_told_in_two_currencies_or_rounded_do_not_split_it():
    a = _robbery("a", "R2 million ($110,000)")
    b = _robbery("b", "2.3 million rand")
    c = _robbery("c", "$120,000")
    pa, pb, pc = map(profile, (a, b, c))
    assert same_event(pa, pb) is not None and same_event(pa, pc) is not None
    assert len(merge([a, b, c])) == 1


def test_a_report_with_no_sum_joins_whichever_it_is_told_like():
    a, b = _robbery("a", "R2 million"), _robbery("b", "the cash")
    assert same_event(profile(a), profile(b)) is not None


def test_sums_agree_when_one_currency_gives_about_one_sum():
    assert sums_agree((("euro", 300_000),), (("euro", 300_000),))
    assert sums_agree((("euro", 2_000_000),), (("euro", 2_300_000),))       # a revision
    assert not sums_agree((("euro", 2_000_000),), (("euro", 3_000_000),))
    assert not sums_agree((("euro", 300_000),), (("dollar", 300_000),))      # no exchange
    assert not sums_agree((), (("euro", 300_000),))


_TELLER = "{} robbed a bank of {}."


def test_one_sum_in_two_reports_with_neither_place_nor_date_is_evidence_of_one_robbery():
    # an undated, placeless wire item and radio copy: the sum taken is what they share
    a = report("a", _TELLER.format("Gunmen", "2 million cedis"), label="ORG_CRIME",
               actor=None, place=None, day=None, published=None)
    b = report("b", _TELLER.format("Robbers", "two million cedis"), label="ORG_CRIME",
               actor=None, place=None, day=None, published=None)
    c = report("c", _TELLER.format("Robbers", "2.1 million cedis"), label="ORG_CRIME",
               actor=None, place=None, day=None, published=None)
    other = report("d", _TELLER.format("Gunmen", "a van"), label="ORG_CRIME",
                   actor=None, place=None, day=None, published=None)
    pa, pb, pc, po = map(profile, (a, b, c, other))
    assert count_feature(pa, pb) == 1.0 and count_feature(pa, pc) == 1.0
    assert count_feature(pa, po) == 0.0
