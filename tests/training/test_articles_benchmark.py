"""``benchmarks/articles.py`` scores a long article's reports as the e2e scorer scores news."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from tests.merge_builders import report
from training.corpus import LabelledSentence

from bench import load

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def bench():
    return load("articles")


def _sentence(i, text, label=None, *, background=False, scope="core", kind=None):
    return LabelledSentence("longform-9999", "wire", "A title", "", text, "", i, label,
                            label is not None, background, scope if label else None, kind)


SENTENCES = (
    _sentence(0, "BEIRUT (AP) - Militants attacked an army post in Homs on Sunday.", "ARMED_CLASH"),
    _sentence(1, "Two soldiers were killed in the fighting, officials said.", "ARMED_CLASH"),
    _sentence(2, "A man was stabbed in a robbery nearby.", "ATTACK", scope="crime"),
    _sentence(3, "The group has grown stronger over the years, analysts say.", kind="context"),
    _sentence(4, "In 2019 a car bomb killed ten people in the same town.", "REM_EXPLOS",
              background=True),
)


def _article(bench):
    return bench.Article("longform-9999", "A title", " ".join(s.text for s in SENTENCES),
                         SENTENCES)


def _score(bench, events):
    tally, kinds, examples = bench.Tally(), Counter(), []
    bench.score(_article(bench), events, tally, kinds, examples, 0.6)
    return tally, kinds


def test_evidence_maps_to_its_sentence_though_cleaning_dropped_the_dateline(bench):
    art = _article(bench)
    assert art.sentence_of("Militants attacked an army post in Homs on Sunday.").index == 0
    assert art.sentence_of("Two soldiers were killed in the fighting, officials said.").index == 1


def test_matched_duplicate_tolerated_and_false(bench):
    events = [
        report("d", SENTENCES[0].text[14:], label="ARMED_CLASH", confidence=0.9),   # matched
        report("d", SENTENCES[1].text, label="ARMED_CLASH", confidence=0.9),        # matched
        report("d", SENTENCES[0].text[14:], label="ARMED_CLASH", confidence=0.9),   # duplicate
        report("d", SENTENCES[2].text, label="ATTACK", confidence=0.9),             # crime
        report("d", SENTENCES[4].text, label="REM_EXPLOS", confidence=0.9),         # background
        report("d", SENTENCES[3].text, label="ATTACK", confidence=0.9),             # duplicate:
        # its family is the crime sentence's (the e2e scorer counts any gold event's family)
        report("d", SENTENCES[3].text, label="PEACE_PROTEST", confidence=0.9),      # false
        report("d", SENTENCES[3].text, label="PEACE_PROTEST", confidence=0.5),      # below 0.6
    ]
    tally, kinds = _score(bench, events)
    assert (tally.matched, tally.dup, tally.tolerated, tally.false) == (2, 2, 2, 1)
    assert (tally.found, tally.gold) == (1, 1)
    assert kinds == Counter({"context": 1})


def test_a_report_of_the_wrong_family_on_an_event_sentence_is_false(bench):
    tally, kinds = _score(bench, [report("d", SENTENCES[1].text, label="AIR_STRIKE",
                                         confidence=0.9)])
    assert (tally.matched, tally.false, tally.found) == (0, 1, 0)
    assert kinds == Counter({"AIR_STRIKE for ARMED_CLASH": 1})


def test_an_article_in_capitals_or_lower_case_is_scored_against_the_same_sentences(bench):
    art = _article(bench)
    for case in ("upper", "lower"):
        recased = bench.CASES[case](SENTENCES[1].text)
        assert recased != SENTENCES[1].text and len(recased) == len(SENTENCES[1].text)
        assert art.sentence_of(recased).index == 1
    tally, log = bench.Tally(), []
    bench.score(art, [report("d", SENTENCES[1].text.upper(), label="ARMED_CLASH",
                             confidence=0.9)], tally, Counter(), [], 0.6, log)
    assert tally.matched == 1
    assert [(o["status"], o["sentence"], o["gold"]) for o in log] == [
        ("matched", 1, "ARMED_CLASH")]
